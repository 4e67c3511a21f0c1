import { afterEach, describe, expect, it } from 'vitest';
import { DATA_KEY_ID, getDataKey } from '../crypto';
import { AppDB } from '../index';
import { deleteVault, loadVault, type StoredVaultEntry, saveVault } from '../vault-store';

const entries: StoredVaultEntry[] = [
  { placeholder: 'Candidate K7QF', label: 'NAME', original: 'Maren Tollefsby' },
  { placeholder: '[EMAIL_1]', label: 'EMAIL', original: 'maren.t@example.org' },
];

let n = 0;
const dbs: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`vault-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('vault store', () => {
  it('round-trips entries', async () => {
    const db = freshDb();
    await saveVault('page-1', entries, db);
    expect(await loadVault('page-1', db)).toEqual(entries);
    expect(await loadVault('missing', db)).toBeNull();
  });

  it('stores no original value in clear', async () => {
    const db = freshDb();
    await saveVault('page-1', entries, db);
    const record = (await db.vault.get('page-1'))!;
    const bytes = new TextDecoder('latin1').decode(new Uint8Array(record.cipher));
    expect(bytes).not.toContain('Maren');
    expect(bytes).not.toContain('example.org');
    expect(JSON.stringify(Object.keys(record))).not.toContain('original');
    expect(record.iv).toHaveLength(12);
  });

  it('uses one non-extractable AES-GCM key kept in the keys table', async () => {
    const db = freshDb();
    await saveVault('a', entries, db);
    await saveVault('b', entries, db);
    const stored = (await db.keys.get(DATA_KEY_ID))!.key;
    expect(stored.extractable).toBe(false);
    expect(stored.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', stored)).rejects.toThrow();
    expect(await db.keys.count()).toBe(1);
    expect((await getDataKey(db)).algorithm).toMatchObject({ name: 'AES-GCM' });
  });

  it('uses a fresh IV each save', async () => {
    const db = freshDb();
    await saveVault('a', entries, db);
    const first = (await db.vault.get('a'))!;
    await saveVault('a', entries, db);
    const second = (await db.vault.get('a'))!;
    expect(Array.from(second.iv)).not.toEqual(Array.from(first.iv));
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBeGreaterThanOrEqual(first.updatedAt);
  });

  it('detects tampering and records swapped between ids', async () => {
    const db = freshDb();
    await saveVault('a', entries, db);
    await saveVault('b', [entries[0]!], db);
    const a = (await db.vault.get('a'))!;
    await db.vault.put({ ...a, id: 'b' });
    await expect(loadVault('b', db)).rejects.toThrow();
    const flipped = new Uint8Array(a.cipher.slice(0));
    flipped[0] = flipped[0]! ^ 1;
    await db.vault.put({ ...a, cipher: flipped.buffer });
    await expect(loadVault('a', db)).rejects.toThrow();
  });

  it('deletes a vault', async () => {
    const db = freshDb();
    await saveVault('a', entries, db);
    await deleteVault('a', db);
    expect(await loadVault('a', db)).toBeNull();
  });

  it('cannot read vaults once the key is gone', async () => {
    const db = freshDb();
    await saveVault('a', entries, db);
    const other = new AppDB(db.name);
    dbs.push(other);
    await other.keys.clear();
    await expect(loadVault('a', other)).rejects.toThrow();
  });
});
