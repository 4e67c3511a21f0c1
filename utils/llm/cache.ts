/**
 * What web-llm has cached for a model, read straight from the Cache API (web-llm's "cache" backend:
 * caches "webllm/model", "webllm/config", "webllm/wasm"). No web-llm import, so the options page and
 * the service worker can show it without loading the engine.
 */
import { weightsFolder } from './app-config';

export const WEBLLM_CACHES = ['webllm/model', 'webllm/config', 'webllm/wasm'] as const;

export interface ModelCacheInfo {
  /** The weight manifest (tensor-cache.json) and at least one shard are cached. */
  cached: boolean;
  files: number;
  bytes: number;
}

/** The part of CacheStorage used here (a parameter for tests). */
export interface CachesLike {
  has(name: string): Promise<boolean>;
  open(name: string): Promise<Pick<Cache, 'keys' | 'match' | 'delete'>>;
}

async function sizeOf(res: Response | undefined): Promise<number> {
  if (!res) return 0;
  const len = Number(res.headers.get('content-length'));
  if (Number.isFinite(len) && len > 0) return len;
  return (await res.blob()).size;
}

/**
 * Files and bytes cached under a model's weights URL (and its library URL, when given).
 * @example const { cached, bytes } = await modelCacheInfo('https://huggingface.co/mlc-ai/M');
 */
export async function modelCacheInfo(
  modelUrl: string,
  libUrl?: string,
  cachesApi: CachesLike | undefined = globalThis.caches,
): Promise<ModelCacheInfo> {
  const info: ModelCacheInfo = { cached: false, files: 0, bytes: 0 };
  if (!cachesApi) return info;
  const folder = weightsFolder(modelUrl);
  let manifest = false;
  let shards = 0;
  for (const name of WEBLLM_CACHES) {
    if (!(await cachesApi.has(name))) continue;
    const cache = await cachesApi.open(name);
    for (const req of await cache.keys()) {
      const url = req.url;
      if (!(url.startsWith(folder) || (libUrl && url === libUrl))) continue;
      info.files++;
      info.bytes += await sizeOf(await cache.match(req));
      if (name === 'webllm/model' && url.endsWith('/tensor-cache.json')) manifest = true;
      else if (name === 'webllm/model' && /\.bin$/.test(url)) shards++;
    }
  }
  info.cached = manifest && shards > 0;
  return info;
}

/** Total bytes in web-llm's caches. */
export async function totalCacheBytes(
  cachesApi: CachesLike | undefined = globalThis.caches,
): Promise<number> {
  let total = 0;
  if (!cachesApi) return 0;
  for (const name of WEBLLM_CACHES) {
    if (!(await cachesApi.has(name))) continue;
    const cache = await cachesApi.open(name);
    for (const req of await cache.keys()) total += await sizeOf(await cache.match(req));
  }
  return total;
}
