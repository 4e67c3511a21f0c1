import { fixture, leaked, serve, waitMasked } from './blind-helpers';
import { expect, test } from './fixtures';
import { exposedText } from './probe';

const ORIGIN = 'https://www.linkedin.com';

test('the local-model pass runs after the rule pass and only adds masks (scripted engine)', async ({
  context,
  serviceWorker,
}) => {
  // The scripted engine (utils/llm, a documented test switch) stands in for a real model here.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ 'bh:test:scriptedEngine': true }));
  const html = fixture('profile.html').replace(
    'I build developer platforms.',
    'I build developer platforms. I returned from maternity leave in 2022 and rebuilt the CI fleet.',
  );
  await serve(context, ORIGIN, { '/in/ilse-marwood-4b2a/': html });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/in/ilse-marwood-4b2a/`);
  await waitMasked(page);
  await expect(page.locator('[data-testid="bh-passes"]')).toContainText('model: done', { timeout: 30_000 });
  const exposed = await exposedText(page);
  expect(exposed).not.toContain('returned from maternity leave');
  expect(exposed).toContain('rebuilt the CI fleet');
  expect(leaked(exposed, ['Ilse', 'Marwood', 'ilse.marwood@postbox.test'])).toEqual([]);
});

test('without a usable model the overlay says the model pass is unavailable', async ({ context }) => {
  await serve(context, ORIGIN, { '/in/ilse-marwood-4b2a/': fixture('profile.html') });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/in/ilse-marwood-4b2a/`);
  await waitMasked(page);
  await expect(page.locator('[data-testid="bh-passes"]')).toContainText('model: unavailable', {
    timeout: 20_000,
  });
});
