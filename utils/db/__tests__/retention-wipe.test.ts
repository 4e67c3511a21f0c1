import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '../index';
import { purgeExpired } from '../retention';
import { loadVault, saveVault } from '../vault-store';
import { deleteAllData, formatBytes, listModelCaches, storageReport } from '../wipe';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
let n = 0;
const dbs: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`data-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
  vi.unstubAllGlobals();
});

async function seed(db: AppDB) {
  await db.audit.bulkAdd([
    { at: NOW - 40 * DAY, kind: 'reveal', alias: 'Candidate AAAA' },
    { at: NOW - 29 * DAY, kind: 'reveal', alias: 'Candidate BBBB' },
    { at: NOW - 1000, kind: 'blind-toggle' },
  ]);
  const draft = { task: 'reply', masked: 'm', output: '', status: 'done' as const };
  await db.drafts.bulkAdd([
    { id: 'old', createdAt: NOW - 60 * DAY, updatedAt: NOW - 31 * DAY, ...draft },
    { id: 'edited', createdAt: NOW - 60 * DAY, updatedAt: NOW - 2 * DAY, ...draft },
  ]);
  const iv = new Uint8Array(12);
  const cipher = new ArrayBuffer(4);
  await db.vault.bulkAdd([
    { id: 'v-old', createdAt: NOW - 90 * DAY, updatedAt: NOW - 45 * DAY, iv, cipher },
    { id: 'v-new', createdAt: NOW - 90 * DAY, updatedAt: NOW - DAY, iv, cipher },
  ]);
}

describe('retention', () => {
  it('purges records older than the retention period, by last save', async () => {
    const db = freshDb();
    await seed(db);
    expect(await purgeExpired(30, NOW, db)).toEqual({ audit: 1, drafts: 1, vault: 1 });
    expect((await db.audit.toArray()).map((e) => e.alias ?? e.kind)).toEqual([
      'Candidate BBBB',
      'blind-toggle',
    ]);
    expect((await db.drafts.toArray()).map((d) => d.id)).toEqual(['edited']);
    expect((await db.vault.toArray()).map((v) => v.id)).toEqual(['v-new']);
  });

  it('a shorter period purges more; an invalid one purges nothing', async () => {
    const db = freshDb();
    await seed(db);
    expect(await purgeExpired(Number.NaN, NOW, db)).toEqual({ audit: 0, drafts: 0, vault: 0 });
    expect(await purgeExpired(0, NOW, db)).toEqual({ audit: 0, drafts: 0, vault: 0 });
    expect(await purgeExpired(1, NOW, db)).toEqual({ audit: 2, drafts: 2, vault: 1 });
  });
});

/** A minimal Cache Storage for Node, holding names only. */
function fakeCaches(names: string[]) {
  const set = new Set(names);
  return {
    keys: async () => [...set],
    delete: async (name: string) => set.delete(name),
    has: async (name: string) => set.has(name),
  };
}

describe('delete all my data', () => {
  it('removes vault, drafts, audit and the key but keeps models unless asked', async () => {
    const db = freshDb();
    await seed(db);
    await saveVault('page', [{ placeholder: '[EMAIL_1]', label: 'EMAIL', original: 'a@example.org' }], db);
    const cacheStorage = fakeCaches(['webllm/model', 'webllm/wasm', 'other-cache']);
    vi.stubGlobal('caches', cacheStorage);
    const result = await deleteAllData({ includeModels: false }, db);
    expect(result).toMatchObject({ audit: 3, drafts: 2, vault: 3, modelCaches: [] });
    expect(await db.audit.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.vault.count()).toBe(0);
    expect(await db.keys.count()).toBe(0);
    expect(await cacheStorage.keys()).toHaveLength(3);
    // The store works again afterwards, with a new key.
    await saveVault('page', [{ placeholder: '[EMAIL_1]', label: 'EMAIL', original: 'b@example.org' }], db);
    expect((await loadVault('page', db))?.[0]?.original).toBe('b@example.org');
  });

  it('deletes cached models (Cache Storage and IndexedDB named webllm…) when confirmed', async () => {
    const db = freshDb();
    const cacheStorage = fakeCaches(['webllm/model', 'webllm/wasm', 'other-cache']);
    vi.stubGlobal('caches', cacheStorage);
    const modelDb = new Dexie('webllm/config');
    modelDb.version(1).stores({ urls: 'url' });
    await modelDb.open();
    await modelDb.table('urls').add({ url: 'x' });
    modelDb.close();
    expect((await listModelCaches()).databases).toContain('webllm/config');
    const result = await deleteAllData({ includeModels: true }, db);
    expect(result.modelCaches).toEqual(['webllm/model', 'webllm/wasm']);
    expect(result.modelDatabases).toEqual(['webllm/config']);
    expect(await cacheStorage.keys()).toEqual(['other-cache']);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('webllm/config');
  });

  it('reports storage used and record counts', async () => {
    const db = freshDb();
    await seed(db);
    vi.stubGlobal('navigator', {
      storage: { estimate: async () => ({ usage: 123_456, quota: 10_000_000 }) },
    });
    vi.stubGlobal('caches', fakeCaches(['webllm/model']));
    expect(await storageReport(db)).toEqual({
      usageBytes: 123_456,
      quotaBytes: 10_000_000,
      audit: 3,
      drafts: 2,
      vault: 2,
      modelCaches: ['webllm/model'],
    });
    expect(formatBytes(123_456)).toBe('123.5 kB');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(null)).toBe('unknown');
  });
});
