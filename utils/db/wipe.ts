import { type AppDB, db as defaultDb } from './index';

/** Cached in-browser models: web-llm keeps them in Cache Storage and IndexedDB under names starting "webllm". */
export const MODEL_CACHE_PREFIX = 'webllm';

/** What "delete all my data" removed. */
export interface WipeResult {
  audit: number;
  drafts: number;
  vault: number;
  modelCaches: string[];
  modelDatabases: string[];
}

/** Names of the cached-model stores on this profile. */
export async function listModelCaches(): Promise<{ caches: string[]; databases: string[] }> {
  const cacheNames = typeof caches === 'undefined' ? [] : await caches.keys();
  const dbs =
    typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function'
      ? await indexedDB.databases()
      : [];
  return {
    caches: cacheNames.filter((name) => name.startsWith(MODEL_CACHE_PREFIX)),
    databases: dbs.map((d) => d.name ?? '').filter((name) => name.startsWith(MODEL_CACHE_PREFIX)),
  };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another context holds it open: the delete completes when it closes; do not hang the UI.
    request.onblocked = () => resolve();
  });
}

/** Deletes cached in-browser models (Cache Storage and IndexedDB stores named "webllm…"). */
export async function deleteModelCaches(): Promise<{ caches: string[]; databases: string[] }> {
  const found = await listModelCaches();
  await Promise.all(found.caches.map((name) => caches.delete(name)));
  await Promise.all(found.databases.map(deleteDatabase));
  return found;
}

/**
 * "Delete all my data": the vault, drafts and audit log, and the data key (a new one is made when
 * needed); cached models only when `includeModels` (the UI asks a second time first). Settings stay.
 */
export async function deleteAllData(
  options: { includeModels: boolean },
  database: AppDB = defaultDb,
): Promise<WipeResult> {
  const counts = await database.transaction(
    'rw',
    [database.audit, database.drafts, database.vault, database.keys],
    async () => {
      const result = {
        audit: await database.audit.count(),
        drafts: await database.drafts.count(),
        vault: await database.vault.count(),
      };
      await Promise.all([
        database.audit.clear(),
        database.drafts.clear(),
        database.vault.clear(),
        database.keys.clear(),
      ]);
      return result;
    },
  );
  const models = options.includeModels ? await deleteModelCaches() : { caches: [], databases: [] };
  return { ...counts, modelCaches: models.caches, modelDatabases: models.databases };
}

/** Storage used by the extension, and how much of it each kind of data takes (record counts). */
export interface StorageReport {
  usageBytes: number | null;
  quotaBytes: number | null;
  audit: number;
  drafts: number;
  vault: number;
  modelCaches: string[];
}

export async function storageReport(database: AppDB = defaultDb): Promise<StorageReport> {
  const estimate =
    typeof navigator !== 'undefined' && navigator.storage?.estimate ? await navigator.storage.estimate() : {};
  const [audit, drafts, vault, models] = await Promise.all([
    database.audit.count(),
    database.drafts.count(),
    database.vault.count(),
    listModelCaches(),
  ]);
  return {
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
    audit,
    drafts,
    vault,
    modelCaches: [...models.caches, ...models.databases],
  };
}

/** "12.3 MB" style sizes for the options page. */
export function formatBytes(bytes: number | null): string {
  if (bytes == null) return 'unknown';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
