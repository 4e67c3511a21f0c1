import type { EntityType } from '../detect/types';
import { ensureOffscreenHost, hostSupported, readHostConfig } from '../llm/background';
import { modelCacheInfo } from '../llm/cache';
import { LocalModelClient, type RuntimeLike } from '../llm/client';
import { probeCapability } from '../llm/probe';
import { createLlmRecognizer } from '../llm/recognizer';
import { computeModelPassInfo, getModelPassInfo, type ModelPassStatus } from '../llm/status';
import type { LocalModelState } from './router';
import type { LocalGenerator } from './runner';

/**
 * The in-browser model for writing help, through the local-model host (offscreen document): its
 * state for the router, generation for the "in-browser model" route (service worker side), and the
 * model pass that finds identifiers the rules miss before the preview (page side).
 */

/** The router's view of the model pass status. */
export function toLocalState(status: ModelPassStatus): LocalModelState {
  if (status === 'ready') return 'ready';
  if (status === 'not-downloaded') return 'not-downloaded';
  return 'unsupported';
}

/** In the service worker, `sendMessage` does not reach its own listeners: create the host directly. */
const workerRuntime: RuntimeLike = {
  async sendMessage(message) {
    if (message.type !== 'bh-llm:ensure-host') return undefined;
    try {
      await ensureOffscreenHost();
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        error: {
          name: 'HostUnavailableError',
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  },
  connect: (info) => chrome.runtime.connect(info) as unknown as ReturnType<RuntimeLike['connect']>,
};

/** The generator the service worker's runner uses. */
export function localGenerator(): LocalGenerator {
  return {
    async state() {
      const info = await computeModelPassInfo({
        config: await readHostConfig(),
        hostSupported: hostSupported(),
        probe: () => probeCapability(),
        cacheInfo: (url) => modelCacheInfo(url),
      });
      return toLocalState(info.status);
    },
    async generate(messages, signal) {
      const client = new LocalModelClient(workerRuntime);
      const result = await client.generate({ messages, maxTokens: 2048, temperature: 0.3 }, signal);
      return result.text;
    },
  };
}

/** The model state as a page sees it (asks the service worker). */
export async function localStateInPage(): Promise<{ state: LocalModelState; reason: string }> {
  const info = await getModelPassInfo();
  return { state: toLocalState(info.status), reason: info.reason };
}

/**
 * The model pass from a page: identifiers the model finds in a text (verbatim in the text only),
 * as terms the masking then treats like the user's own "mask more" choices.
 */
export async function modelTerms(
  text: string,
  signal?: AbortSignal,
): Promise<{ text: string; label: EntityType }[]> {
  const recognizer = createLlmRecognizer(new LocalModelClient());
  const spans = await recognizer.analyze(text, {}, signal);
  const seen = new Set<string>();
  const out: { text: string; label: EntityType }[] = [];
  for (const s of spans) {
    const term = text.slice(s.start, s.end);
    if (!term.trim() || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    out.push({ text: term, label: s.label });
  }
  return out;
}
