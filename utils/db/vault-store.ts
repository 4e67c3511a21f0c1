import { type EntityType, MASKED_ENTITY_TYPES } from '../detect/types';
import { openJson, sealJson } from './crypto';
import { type AppDB, db as defaultDb } from './index';

/** One vault entry as stored (same shape as utils/detect/vault.ts VaultEntry). */
export interface StoredVaultEntry {
  placeholder: string;
  label: EntityType;
  original: string;
}

const LABELS = new Set<string>(MASKED_ENTITY_TYPES);

function isEntry(value: unknown): value is StoredVaultEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.placeholder === 'string' && typeof v.original === 'string' && LABELS.has(v.label as string);
}

const aad = (id: string) => `vault:${id}`;

/**
 * Saves a vault (placeholder → original), encrypted with AES-GCM under the device's non-extractable
 * key. The original values exist in clear only in memory. Saving again replaces the entries and keeps
 * the creation time.
 */
export async function saveVault(
  id: string,
  entries: readonly StoredVaultEntry[],
  database: AppDB = defaultDb,
): Promise<void> {
  const sealed = await sealJson(
    entries.map(({ placeholder, label, original }) => ({ placeholder, label, original })),
    aad(id),
    database,
  );
  const now = Date.now();
  const existing = await database.vault.get(id);
  await database.vault.put({ id, createdAt: existing?.createdAt ?? now, updatedAt: now, ...sealed });
}

/** Loads and decrypts a vault; null when there is none (or retention purged it). */
export async function loadVault(id: string, database: AppDB = defaultDb): Promise<StoredVaultEntry[] | null> {
  const record = await database.vault.get(id);
  if (!record) return null;
  const value = await openJson(record, aad(id), database);
  if (!Array.isArray(value) || !value.every(isEntry)) throw new Error('Vault record is malformed.');
  return value;
}

/** Deletes a vault. */
export async function deleteVault(id: string, database: AppDB = defaultDb): Promise<void> {
  await database.vault.delete(id);
}
