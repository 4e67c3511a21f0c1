import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from '@playwright/test';
import { expect, getServiceWorker, launchWithExtension, test } from './fixtures';
import { startHostCall, waitForHostEvent } from './llm-pages';

/** The real web-llm engine, as far as a machine without a GPU and without network allows. */
test.describe('real web-llm engine on the software WebGPU adapter', () => {
  let context: BrowserContext;
  let extensionId: string;

  test.beforeEach(async () => {
    context = await launchWithExtension(['--enable-unsafe-webgpu']);
    // Playwright routes do not see the offscreen document's requests, so the offline tests point the
    // weights at a closed local port instead (see below).
    extensionId = new URL((await getServiceWorker(context)).url()).host;
  });
  test.afterEach(async () => {
    await context.close();
  });

  test('probe finds the software adapter and a q4f32 model is recommended', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await startHostCall(page, 'probe', 'probe', {});
    const cap = (await waitForHostEvent(page, 'probe', ['result', 'error'])).at(-1)?.value;
    expect(cap).toMatchObject({ webgpu: true, isFallbackAdapter: true, shaderF16: false });
    const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bh-llm:status' }));
    expect(status).toMatchObject({ status: 'not-downloaded', modelId: 'SmolLM2-360M-Instruct-q4f32_1-MLC' });
  });

  test('loading a model that is not cached, with no network, fails within seconds with a clear message', async () => {
    // Weights on a closed local port: the same "no network" on every machine, CI with internet included.
    await (await getServiceWorker(context)).evaluate(() =>
      chrome.storage.local.set({ settings: { modelBaseUrl: 'http://127.0.0.1:9' } }),
    );
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const started = Date.now();
    await startHostCall(page, 'load', 'load', {});
    const log = await waitForHostEvent(page, 'load', ['result', 'error'], 20_000);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(15);
    const last = log.at(-1)!;
    expect(last.what).toBe('error');
    expect(last.value).toMatchObject({ name: 'ModelLoadError' });
    test.info().annotations.push({ type: 'offline load failed after (s)', description: seconds.toFixed(1) });
    expect((last.value as { message: string }).message).toMatch(
      /Could not download the model "SmolLM2-360M-Instruct-q4f32_1-MLC".*could not be reached/,
    );
    // Extraction never starts a download: it says the model is not downloaded.
    await startHostCall(page, 'x', 'extract', { text: 'Dana Okafor' });
    const x = (await waitForHostEvent(page, 'x', ['result', 'error'])).at(-1);
    expect(x).toMatchObject({ what: 'error', value: { name: 'ModelNotLoadedError' } });
  });

  test('web-llm fetches the weights from the organisation mirror when one is set', async () => {
    const requested: string[] = [];
    const server = http.createServer((req, res) => {
      requested.push(req.url ?? '');
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const sw = await getServiceWorker(context);
      await sw.evaluate((b) => chrome.storage.local.set({ settings: { modelBaseUrl: b } }), base);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await startHostCall(page, 'm', 'load', {});
      const last = (await waitForHostEvent(page, 'm', ['result', 'error'], 20_000)).at(-1)!;
      expect(last).toMatchObject({ what: 'error', value: { name: 'ModelLoadError' } });
      expect(requested[0]).toBe(
        '/mlc-ai/SmolLM2-360M-Instruct-q4f32_1-MLC/resolve/main/mlc-chat-config.json',
      );
    } finally {
      server.close();
    }
  });
});

test('without WebGPU the model pass is reported unavailable', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bh-llm:status' }));
  expect(status).toMatchObject({ status: 'unavailable' });
});
