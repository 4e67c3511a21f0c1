import { expect, test } from './fixtures';

test('service worker, popup and options page start with no console errors', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  expect(extensionId).toBe('glbanklhlpllpkdpclgnmnlggablklei');
  expect(serviceWorker.url()).toContain('background.js');
  const errors: string[] = [];
  for (const pageName of ['popup.html', 'options.html']) {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`${pageName}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${pageName}: ${e.message}`));
    await page.goto(`chrome-extension://${extensionId}/${pageName}`);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForTimeout(300);
    await page.close();
  }
  expect(errors).toEqual([]);
});
