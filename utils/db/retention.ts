import { type AppDB, db as defaultDb } from './index';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many records a purge removed, per table. */
export interface PurgeResult {
  audit: number;
  drafts: number;
  vault: number;
}

/**
 * Deletes audit records, drafts and vaults older than `retentionDays` (drafts and vaults by their
 * last save). Invalid day counts purge nothing rather than everything.
 */
export async function purgeExpired(
  retentionDays: number,
  now = Date.now(),
  database: AppDB = defaultDb,
): Promise<PurgeResult> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) return { audit: 0, drafts: 0, vault: 0 };
  const cutoff = now - retentionDays * DAY_MS;
  return database.transaction('rw', database.audit, database.drafts, database.vault, async () => ({
    audit: await database.audit.where('at').below(cutoff).delete(),
    drafts: await database.drafts.where('updatedAt').below(cutoff).delete(),
    vault: await database.vault.where('updatedAt').below(cutoff).delete(),
  }));
}
