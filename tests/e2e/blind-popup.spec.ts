import type { Worker } from '@playwright/test';
import { fixture, serve, waitMasked } from './blind-helpers';
import { expect, test } from './fixtures';

/** The newest tab (the extension has no "tabs" permission, so tabs cannot be found by address). */
async function newestTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)));
}

test('the popup shows blind mode, counts and passes for a supported page', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serve(context, 'https://www.linkedin.com', { '/in/ilse-marwood-4b2a/': fixture('profile.html') });
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/in/ilse-marwood-4b2a/');
  await waitMasked(page);
  const overlayCount = Number(await page.locator('[data-testid="bh-count"]').getAttribute('data-count'));
  const tabId = await newestTabId(serviceWorker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-testid="tab-blind"]').click();
  await expect(popup.locator('[data-testid="blind-status-state"]')).toHaveAttribute('data-status', 'on');
  await expect(popup.locator('[data-testid="blind-status-count"]')).toHaveText(String(overlayCount));
  await expect(popup.locator('[data-testid="blind-status-passes"]')).toContainText('rules done');
  await expect(popup.locator('[data-testid="blind-status-add-site"]')).toHaveCount(0);
});
