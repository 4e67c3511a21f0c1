import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedProbe, ensureOffscreenHost, hostSupported, readHostConfig } from '../background';
import { SCRIPTED_ENGINE_FLAG } from '../protocol';

describe('local model background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands the host the settings in force and the test switch', async () => {
    expect(await readHostConfig()).toEqual({
      settings: { modelList: [], modelBaseUrl: '', localModelAllowed: true, localModelId: '' },
      scripted: null,
    });
    await fakeBrowser.storage.managed.set({ localModelAllowed: false, modelBaseUrl: 'https://m.example' });
    await fakeBrowser.storage.local.set({ [SCRIPTED_ENGINE_FLAG]: { delayMs: 5 } });
    expect(await readHostConfig()).toMatchObject({
      settings: { localModelAllowed: false, modelBaseUrl: 'https://m.example' },
      scripted: { delayMs: 5 },
    });
  });

  it('caches the probe for the session', async () => {
    const first = await cachedProbe();
    expect(first.webgpu).toBe(false);
    const stored = (await fakeBrowser.storage.session.get('bh:llm:probe'))['bh:llm:probe'];
    expect(stored).toEqual(first);
    await fakeBrowser.storage.session.set({ 'bh:llm:probe': { ...first, webgpu: true } });
    expect((await cachedProbe()).webgpu).toBe(true);
  });

  it('says clearly when the browser cannot host the engine (no offscreen documents)', async () => {
    expect(hostSupported()).toBe(false);
    await expect(ensureOffscreenHost()).rejects.toThrow(/cannot host the in-browser model/);
  });
});
