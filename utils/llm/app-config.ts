/**
 * web-llm's appConfig from settings: the organisation's own model list (settings.modelList) and a
 * mirror for the weights (settings.modelBaseUrl). Kept free of web-llm so the service worker and the
 * options page can use it without bundling the engine.
 */
import type { Settings } from '../settings/schema';

/** The fields of web-llm's ModelRecord that BlindHire reads or writes. */
export interface ModelRecordLike {
  model: string;
  model_id: string;
  model_lib: string;
  vram_required_MB?: number;
  low_resource_required?: boolean;
  required_features?: string[];
  overrides?: Record<string, unknown>;
}

export interface AppConfigLike {
  model_list: ModelRecordLike[];
  cacheBackend: 'cache';
}

/** Public hosts a mirror replaces. */
export const WEIGHTS_HOST = 'https://huggingface.co';
export const LIBS_HOST = 'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main';

export type ModelSettings = Pick<Settings, 'modelList' | 'modelBaseUrl'>;

/**
 * Rewrites a public URL onto the mirror: weights `https://huggingface.co/X` → `${base}/X`, libraries
 * `https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/X` → `${base}/binary-mlc-llm-libs/X`.
 * @example mirrorUrl('https://huggingface.co/mlc-ai/M', 'https://models.corp') // 'https://models.corp/mlc-ai/M'
 */
export function mirrorUrl(url: string, base: string): string {
  const b = base.trim().replace(/\/+$/, '');
  if (!b) return url;
  if (url.startsWith(`${LIBS_HOST}/`)) return `${b}/binary-mlc-llm-libs/${url.slice(LIBS_HOST.length + 1)}`;
  if (url.startsWith(`${WEIGHTS_HOST}/`)) return `${b}/${url.slice(WEIGHTS_HOST.length + 1)}`;
  return url;
}

/**
 * The appConfig web-llm loads from: the organisation's list first (replacing same ids), then the
 * prebuilt records, every public URL moved to the mirror when one is set.
 */
export function buildAppConfig(prebuilt: readonly ModelRecordLike[], settings: ModelSettings): AppConfigLike {
  const custom: ModelRecordLike[] = settings.modelList.map((m) => ({
    model: m.url,
    model_id: m.id,
    model_lib: m.libUrl,
    low_resource_required: true,
  }));
  const ids = new Set(custom.map((m) => m.model_id));
  const rest = prebuilt
    .filter((m) => !ids.has(m.model_id))
    .map((m) => ({
      ...m,
      model: mirrorUrl(m.model, settings.modelBaseUrl),
      model_lib: mirrorUrl(m.model_lib, settings.modelBaseUrl),
    }));
  return { model_list: [...custom, ...rest], cacheBackend: 'cache' };
}

/** Where a model's weights live, without needing web-llm's prebuilt list (curated models follow mlc-ai's layout). */
export function modelUrlFor(modelId: string, settings: ModelSettings): string {
  const custom = settings.modelList.find((m) => m.id === modelId);
  if (custom) return custom.url;
  return mirrorUrl(`${WEIGHTS_HOST}/mlc-ai/${modelId}`, settings.modelBaseUrl);
}

/** web-llm's normalisation of a weights URL to the folder its files are fetched from (cleanModelUrl). */
export function weightsFolder(modelUrl: string): string {
  let u = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  if (!/.+\/resolve\/.+\//.test(u)) u += 'resolve/main/';
  return new URL(u).href;
}
