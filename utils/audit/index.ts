import { type AuditEntry, db } from '../db';

/**
 * Records an audit entry. Callers pass aliases, types, counts and hashes: never a raw identifier.
 * @example await recordAudit({ kind: 'reveal', site: 'www.linkedin.com', alias: 'Candidate K7QF', types: ['NAME'], reason: 'Interview scheduling' });
 */
export async function recordAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: number }): Promise<number> {
  return (await db.audit.add({ ...entry, at: entry.at ?? Date.now() })) as number;
}
