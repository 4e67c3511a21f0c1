import type { CDPSession } from '@playwright/test';
import { expect, getServiceWorker, launchWithExtension, test } from './fixtures';

// A proxy phrase that only the model pass finds (the rules now mask "church" themselves, so a church
// proxy would add nothing the rule pass had not masked).
const TEXT =
  'Dana Okafor, dana.okafor@example.org. Volunteer: wheelchair basketball captain. Built payment APIs.';

/** Waits until the offscreen engine host exists, then lets the request reach the engine. */
async function waitForHost(serviceWorkerPage: import('@playwright/test').Page): Promise<void> {
  await expect
    .poll(
      () =>
        serviceWorkerPage.evaluate(async () => {
          const contexts = await chrome.runtime.getContexts({
            contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
          });
          return contexts.length;
        }),
      { timeout: 15_000 },
    )
    .toBe(1);
  await serviceWorkerPage.waitForTimeout(2000);
}

async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped'))
        resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

test('options: software adapter, q4f32 recommendation, offline download fails clearly', async () => {
  const context = await launchWithExtension(['--enable-unsafe-webgpu']);
  try {
    // Weights on a closed local port: no network on any machine (routes do not see offscreen requests).
    const sw = await getServiceWorker(context);
    await sw.evaluate(() => chrome.storage.local.set({ settings: { modelBaseUrl: 'http://127.0.0.1:9' } }));
    const id = new URL(sw.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html#local-model`);
    const section = page.getByTestId('model-section');
    await expect(section.getByTestId('model-capability')).toContainText('software graphics adapter');
    await expect(section.getByTestId('model-recommendation')).toContainText('SmolLM2 360M (q4f32)');
    await expect(section.getByTestId('model-status')).toHaveAttribute('data-status', 'not-downloaded');
    await expect(section.getByTestId('model-cache')).toHaveText('Nothing is cached.');
    const started = Date.now();
    await section.getByRole('button', { name: 'Download model' }).click();
    await expect(section.getByTestId('model-error')).toContainText('Could not download the model', {
      timeout: 15_000,
    });
    expect(Date.now() - started).toBeLessThan(15_000);
  } finally {
    await context.close();
  }
});

test.describe('options trial run through the real client (scripted engine)', () => {
  test.beforeEach(async ({ serviceWorker }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({ 'bh:test:scriptedEngine': { delayMs: 8000 } }),
    );
  });

  test('survives a service-worker stop mid-request and keeps the text', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#local-model`);
    const trial = page.getByTestId('model-trial');
    await trial.getByLabel('Text to check').fill(TEXT);
    await trial.getByRole('button', { name: 'Check text' }).click();
    await expect(trial.getByRole('button', { name: 'Checking…' })).toBeVisible();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await waitForHost(page);
    await stopServiceWorker(cdp);
    const result = trial.getByTestId('model-trial-result');
    await expect(result).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(result).toContainText('PROXY: wheelchair basketball captain');
    await expect(trial.getByLabel('Text to check')).toHaveValue(TEXT);
  });

  test('reconnects when the host is closed mid-request', async ({ context, extensionId, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#local-model`);
    const trial = page.getByTestId('model-trial');
    await trial.getByLabel('Text to check').fill(TEXT);
    await trial.getByRole('button', { name: 'Check text' }).click();
    await waitForHost(page);
    await serviceWorker.evaluate(() => chrome.offscreen.closeDocument());
    const result = trial.getByTestId('model-trial-result');
    await expect(result).toHaveAttribute('data-status', 'done', { timeout: 40_000 });
    await expect(result).toContainText('PROXY: wheelchair basketball captain');
    await expect(trial.getByLabel('Text to check')).toHaveValue(TEXT);
  });
});
