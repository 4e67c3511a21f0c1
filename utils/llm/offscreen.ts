/**
 * Starts the engine host in the offscreen document. web-llm is imported lazily here, on the first
 * load or extraction, so it is one chunk of the build and costs nothing until the model is used.
 */

import { modelCacheInfo } from './cache';
import { EngineHost, type PortLike } from './host';
import { probeCapability } from './probe';
import type { HostConfig } from './protocol';
import { HOST_PORT } from './protocol';

/**
 * Asks the service worker for the config. A worker stopped mid-answer closes the channel: asking
 * again wakes a fresh one.
 */
async function fetchConfig(attempts = 3): Promise<HostConfig> {
  for (let i = 1; ; i++) {
    try {
      const config = (await chrome.runtime.sendMessage({ type: 'bh-llm:host-config' })) as
        | HostConfig
        | undefined;
      if (config?.settings) return config;
      throw new Error('The extension background sent no configuration.');
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}

/** Serves HOST_PORT connections from this extension's own pages and content scripts. */
export function startOffscreenHost(): EngineHost {
  const host = new EngineHost({
    getConfig: () => fetchConfig(),
    createWebLlm: async (settings) => new (await import('./webllm-engine')).WebLlmEngine(settings),
    deleteCached: async (modelId, settings) =>
      (await import('./webllm-engine')).deleteCachedModel(modelId, settings),
    probe: () => probeCapability(),
    cacheInfo: (url) => modelCacheInfo(url),
  });
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== HOST_PORT || port.sender?.id !== chrome.runtime.id) return;
    host.connect(port as unknown as PortLike);
  });
  return host;
}
