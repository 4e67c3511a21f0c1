/**
 * A cross-origin frame masks itself (its parent cannot reach into it). When that fails, the frame
 * stays hidden (fail closed) and, since the overlay lives in the top frame only, the frame shows its
 * own notice with the reason and a retry.
 */
import type { Frame, Page } from '@playwright/test';
import { attachAfter, serve, waitMasked } from './blind-helpers';
import { expect, test } from './fixtures';
import { exposedText, probeScript, readProbe } from './probe';

const TOP = 'https://www.linkedin.com';
const FRAME = 'https://app.greenhouse.io';
const IDS = ['Ilse', 'Marwood', 'Bo Lindqvist', 'bo.lindqvist@postbox.test'];

const topPage = `<!doctype html><html><head><meta charset="utf-8"><title>Ilse Marwood | LinkedIn</title></head><body>
<section class="pv-top-card"><h1 class="text-heading-xlarge">Ilse Marwood</h1><p>Staff Platform Engineer</p></section>
<p>Referred by the hiring team:</p>
<iframe id="ats" src="${FRAME}/people/77/embed" width="520" height="220" title="Referral"></iframe>
</body></html>`;

const framePage = `<!doctype html><html><head><meta charset="utf-8"><title>Bo Lindqvist - Greenhouse</title></head><body>
<div class="person-header"><h1 class="person-name">Bo Lindqvist</h1></div>
<p>Mail bo.lindqvist@postbox.test. Rust and Go, eight years.</p></body></html>`;

async function atsFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(FRAME))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(FRAME))!;
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(probeScript(IDS));
  await serve(context, TOP, { '/in/ilse-marwood/': topPage });
  await serve(context, FRAME, { '/people/77/embed': framePage });
});

test('a cross-origin frame that masks itself is masked like a page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${TOP}/in/ilse-marwood/`);
  await waitMasked(page);
  const frame = await atsFrame(page);
  await frame.waitForSelector('html[data-bh-ready]', { state: 'attached', timeout: 15_000 });
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what a person sees.
  const text = await frame.evaluate(() => document.body.innerText);
  expect(text).toContain('Rust and Go');
  for (const id of IDS) expect(text).not.toContain(id);
  // No notice while masking works.
  await expect(frame.locator('[data-testid="bh-frame-notice"]')).toBeHidden();
  expect((await readProbe(frame))?.leaks).toEqual([]);
});

test('a cross-origin frame whose masking fails stays hidden and shows its own notice', async ({
  context,
  serviceWorker,
}, testInfo) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ 'bh:test:blind': { frameAdapterThrows: true } }),
  );
  const page = await context.newPage();
  await page.goto(`${TOP}/in/ilse-marwood/`);
  // The top frame masks as usual; the frame fails.
  await waitMasked(page);
  expect(await page.getAttribute('html', 'data-bh-failed')).toBeNull();
  const frame = await atsFrame(page);
  await frame.waitForSelector('html[data-bh-failed]', { state: 'attached', timeout: 15_000 });
  const notice = frame.locator('[data-testid="bh-frame-notice"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('this frame stays hidden');
  await expect(frame.locator('[data-testid="bh-frame-failure"]')).toContainText('could not read the page');
  await expect(frame.locator('[data-testid="bh-frame-retry"]')).toBeVisible();
  // The policy (reason required) offers a deliberate reveal, which needs a reason.
  await expect(frame.locator('[data-testid="bh-frame-reason"]')).toBeVisible();
  // Fail closed: nothing of the frame's body is rendered, before or after a retry that fails again.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what a person sees.
  const bodyText = () => frame.evaluate(() => document.body.innerText.trim());
  expect(await bodyText()).toBe('');
  await frame.locator('[data-testid="bh-frame-retry"]').click();
  await expect(notice).toBeVisible();
  expect(await frame.getAttribute('html', 'data-bh-ready')).toBeNull();
  expect(await bodyText()).toBe('');
  expect((await readProbe(frame))?.leaks).toEqual([]);
  const exposed = await exposedText(page);
  for (const id of IDS) expect(exposed).not.toContain(id);
  await attachAfter(testInfo, page, 'frame-failed-closed');
});
