import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, DB_VERSION, declareVersions, SCHEMA_VERSIONS } from '..';

/** Fixture data written by each earlier version, as that version's code wrote it. */
const FIXTURES: Record<number, (dexie: Dexie) => Promise<void>> = {
  1: async (dexie) => {
    await dexie.table('audit').bulkAdd([
      {
        at: 1_700_000_000_000,
        kind: 'reveal',
        site: 'www.linkedin.com',
        alias: 'Candidate K7QF',
        types: ['NAME'],
      },
      {
        at: 1_700_000_100_000,
        kind: 'cloud-request',
        route: 'cloud',
        model: 'gpt-4o-mini',
        textHash: 'ab'.repeat(32),
      },
    ]);
    await dexie.table('drafts').bulkAdd([
      {
        id: 'd1',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_500_000,
        task: 'reply',
        masked: 'Hi [NAME_1]',
        output: '',
        status: 'done',
      },
      // An early build could write a draft without createdAt.
      { id: 'd2', updatedAt: 1_700_000_600_000, task: 'reply', masked: 'x', output: '', status: 'draft' },
    ]);
    await dexie.table('vault').add({
      id: 'v1',
      createdAt: 1_700_000_000_000,
      iv: new Uint8Array(12),
      cipher: new Uint8Array([1, 2, 3]).buffer,
    });
  },
  2: async (dexie) => {
    await dexie.table('audit').add({ at: 1_700_000_000_000, kind: 'policy-change', detail: 'cloudAllowed' });
    await dexie.table('vault').add({
      id: 'v2',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_900_000,
      iv: new Uint8Array(12),
      cipher: new Uint8Array([4]).buffer,
    });
  },
};

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

describe('database migrations', () => {
  it('has explicit, increasing versions and a fixture for each', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(DB_VERSION).toBe(versions.at(-1));
    for (const v of versions) expect(FIXTURES[v], `fixture for version ${v}`).toBeDefined();
  });

  for (const from of SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < DB_VERSION)) {
    it(`upgrades from version ${from} keeping data and filling new fields`, async () => {
      const name = `migrate-${from}-${counter++}`;
      const old = new Dexie(name);
      declareVersions(old, from);
      await old.open();
      await FIXTURES[from]!(old);
      const before = {
        audit: await old.table('audit').count(),
        drafts: await old.table('drafts').count(),
        vault: await old.table('vault').count(),
      };
      old.close();

      const db = new AppDB(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      expect(await db.audit.count()).toBe(before.audit);
      expect(await db.drafts.count()).toBe(before.drafts);
      expect(await db.vault.count()).toBe(before.vault);
      for (const record of await db.vault.toArray()) {
        expect(typeof record.updatedAt).toBe('number');
        expect(record.updatedAt).toBeGreaterThanOrEqual(record.createdAt);
        expect(new Uint8Array(record.cipher).length).toBeGreaterThan(0);
      }
      for (const draft of await db.drafts.toArray()) {
        expect(typeof draft.createdAt).toBe('number');
        expect(typeof draft.updatedAt).toBe('number');
      }
      // The version-2 indexes work on migrated data.
      const firstKind = (await db.audit.orderBy('at').first())!.kind;
      expect(
        await db.audit.where('[kind+at]').between([firstKind, 0], [firstKind, Infinity]).count(),
      ).toBeGreaterThan(0);
      expect(await db.vault.where('updatedAt').above(0).count()).toBe(before.vault);
      expect(await db.drafts.where('createdAt').above(0).count()).toBe(before.drafts);
    });
  }

  it('version 1 drafts keep their fields; a draft without createdAt gets its last save', async () => {
    const name = `migrate-detail-${counter++}`;
    const old = new Dexie(name);
    declareVersions(old, 1);
    await old.open();
    await FIXTURES[1]!(old);
    old.close();
    const db = new AppDB(name);
    opened.push(db);
    expect(await db.drafts.get('d1')).toMatchObject({ createdAt: 1_700_000_000_000, masked: 'Hi [NAME_1]' });
    expect(await db.drafts.get('d2')).toMatchObject({
      createdAt: 1_700_000_600_000,
      updatedAt: 1_700_000_600_000,
    });
    expect(await db.vault.get('v1')).toMatchObject({
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    });
    expect((await db.audit.where('alias').equals('Candidate K7QF').toArray()).map((e) => e.kind)).toEqual([
      'reveal',
    ]);
  });

  it('a fresh database opens at the newest version', async () => {
    const db = new AppDB(`fresh-${counter++}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    await FIXTURES[DB_VERSION]!(db);
    expect(await db.vault.count()).toBe(1);
  });
});
