/**
 * Service-worker side of the local model: creates the offscreen engine host on demand, hands it its
 * configuration (the offscreen document has chrome.runtime only), and answers status questions.
 * Model traffic does not pass through here: callers hold a port to the host itself, so the
 * service worker may be stopped at any time without cutting a load or a generation.
 */
import { loadSettings } from '../settings';
import { modelCacheInfo } from './cache';
import { toWireError } from './errors';
import { type Capability, probeCapability } from './probe';
import type { ControlMessage, EnsureHostReply, HostConfig, ScriptedEngineFlag } from './protocol';
import { SCRIPTED_ENGINE_FLAG } from './protocol';
import { computeModelPassInfo } from './status';

const OFFSCREEN_PATH = 'offscreen.html';
let creating: Promise<void> | null = null;

/** Whether this browser can host the engine (Chrome's offscreen documents). */
export function hostSupported(): boolean {
  return typeof chrome !== 'undefined' && Boolean(chrome.offscreen?.createDocument);
}

/** Creates the offscreen host unless it exists; concurrent callers share one creation. */
export async function ensureOffscreenHost(): Promise<void> {
  if (!hostSupported())
    throw new Error('This browser cannot host the in-browser model (no offscreen documents).');
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const existing = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (existing.length) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.WORKERS],
      justification: 'Runs the on-device language model (WebGPU) that finds identifiers the rules miss.',
    })
    .catch((error: unknown) => {
      // A concurrent creation from another wake-up is fine.
      if (!/single offscreen|already/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Settings and test switch the host needs. */
export async function readHostConfig(): Promise<HostConfig> {
  const [{ values }, stored] = await Promise.all([
    loadSettings(),
    chrome.storage.local.get(SCRIPTED_ENGINE_FLAG),
  ]);
  const flag = stored[SCRIPTED_ENGINE_FLAG] as ScriptedEngineFlag | boolean | undefined;
  return {
    settings: {
      modelList: values.modelList,
      modelBaseUrl: values.modelBaseUrl,
      localModelAllowed: values.localModelAllowed,
      localModelId: values.localModelId,
    },
    scripted: flag ? (typeof flag === 'object' ? flag : {}) : null,
  };
}

const PROBE_KEY = 'bh:llm:probe';

/** The device probe, cached for the browser session (the adapter does not change while it runs). */
export async function cachedProbe(): Promise<Capability> {
  const area = chrome.storage.session;
  const stored = area ? ((await area.get(PROBE_KEY))[PROBE_KEY] as Capability | undefined) : undefined;
  if (stored) return stored;
  const cap = await probeCapability();
  await area?.set({ [PROBE_KEY]: cap });
  return cap;
}

async function handle(message: ControlMessage): Promise<unknown> {
  switch (message.type) {
    case 'bh-llm:ensure-host':
      try {
        await ensureOffscreenHost();
        return { ok: true } satisfies EnsureHostReply;
      } catch (error) {
        return { ok: false, error: toWireError(error) } satisfies EnsureHostReply;
      }
    case 'bh-llm:host-config':
      return readHostConfig();
    case 'bh-llm:status':
      return computeModelPassInfo({
        config: await readHostConfig(),
        hostSupported: hostSupported(),
        probe: cachedProbe,
        cacheInfo: (url) => modelCacheInfo(url),
      });
  }
}

const TYPES = new Set(['bh-llm:ensure-host', 'bh-llm:host-config', 'bh-llm:status']);

/** Registers the local-model control handlers. Call once from the background entrypoint. */
export function setUpLocalModel(): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !TYPES.has(type)) return false;
    if (sender.id !== chrome.runtime.id) return false;
    void handle(message as ControlMessage).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: toWireError(error) }),
    );
    return true;
  });
}
