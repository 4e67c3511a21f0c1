/**
 * Which detection passes can run: the rule pass always; the model pass only when the local model is
 * allowed, WebGPU works and the model is downloaded. The popup and the overlay call
 * {@link getModelPassStatus}; the service worker answers with {@link computeModelPassInfo}.
 */
import { modelUrlFor } from './app-config';
import type { ModelCacheInfo } from './cache';
import type { Capability } from './probe';
import type { HostConfig } from './protocol';
import { recommendModel } from './recommend';

export type ModelPassStatus = 'disabled' | 'unavailable' | 'not-downloaded' | 'ready';

export interface ModelPassInfo {
  status: ModelPassStatus;
  /** The model the pass uses (when one is chosen). */
  modelId?: string;
  /** Plain words for the UI. */
  reason: string;
}

export interface StatusDeps {
  config: HostConfig;
  /** Whether this browser can host the engine at all (chrome.offscreen exists). */
  hostSupported: boolean;
  probe(): Promise<Capability>;
  cacheInfo(modelUrl: string): Promise<ModelCacheInfo>;
}

/** Works out the model pass status from settings, the device and the cache. */
export async function computeModelPassInfo(deps: StatusDeps): Promise<ModelPassInfo> {
  const { settings, scripted } = deps.config;
  if (!settings.localModelAllowed) {
    return { status: 'disabled', reason: 'The in-browser model is turned off; the rule engine masks alone.' };
  }
  if (scripted)
    return { status: 'ready', modelId: 'scripted', reason: 'Test engine (scripted) is selected.' };
  if (!deps.hostSupported) {
    return {
      status: 'unavailable',
      reason: 'This browser cannot host the in-browser model; the rule engine masks alone.',
    };
  }
  const cap = await deps.probe();
  if (!cap.webgpu)
    return { status: 'unavailable', reason: `${cap.reason ?? 'No WebGPU.'} The rule engine masks alone.` };
  const modelId = settings.localModelId || recommendModel(cap).model?.id;
  if (!modelId) return { status: 'unavailable', reason: recommendModel(cap).reason };
  const cache = await deps.cacheInfo(modelUrlFor(modelId, settings));
  if (!cache.cached) {
    return {
      status: 'not-downloaded',
      modelId,
      reason: 'The model is not downloaded yet; the rule engine masks alone.',
    };
  }
  return {
    status: 'ready',
    modelId,
    reason: 'The model pass runs after the rule pass and can only add masks.',
  };
}

/** Status of the model pass, asked of the service worker. Any failure reads as "unavailable". */
export async function getModelPassInfo(): Promise<ModelPassInfo> {
  try {
    const info = (await chrome.runtime.sendMessage({ type: 'bh-llm:status' })) as ModelPassInfo | undefined;
    if (info?.status) return info;
  } catch {
    // Background not reachable: fall through.
  }
  return {
    status: 'unavailable',
    reason: 'The model status could not be read; the rule engine masks alone.',
  };
}

/**
 * @example if ((await getModelPassStatus()) === 'ready') runModelPass(...)
 */
export async function getModelPassStatus(): Promise<ModelPassStatus> {
  return (await getModelPassInfo()).status;
}
