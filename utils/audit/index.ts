import { type AppDB, type AuditEntry, db as defaultDb } from '../db';
import { SETTING_META } from '../settings/meta';
import type { SettingKey } from '../settings/schema';

export type AuditKind = AuditEntry['kind'];
export const AUDIT_KINDS: readonly AuditKind[] = [
  'reveal',
  'rehide',
  'cloud-request',
  'blind-toggle',
  'policy-change',
  'data-deleted',
];

/**
 * Records an audit entry. Callers pass aliases, types, counts and hashes: never a raw identifier.
 * @example await recordAudit({ kind: 'reveal', site: 'www.linkedin.com', alias: 'Candidate K7QF', types: ['NAME'], reason: 'Interview scheduling' });
 */
export async function recordAudit(
  entry: Omit<AuditEntry, 'id' | 'at'> & { at?: number },
  database: AppDB = defaultDb,
): Promise<number> {
  return (await database.audit.add({ ...entry, at: entry.at ?? Date.now() })) as number;
}

/** Filters for the audit view. All optional; text matches site, alias, reason, route, model or detail. */
export interface AuditQuery {
  kinds?: readonly AuditKind[];
  since?: number;
  until?: number;
  site?: string;
  alias?: string;
  text?: string;
  limit?: number;
  offset?: number;
}

/** Audit entries matching the filters, newest first. */
export async function queryAudit(query: AuditQuery = {}, database: AppDB = defaultDb): Promise<AuditEntry[]> {
  const since = query.since ?? 0;
  const until = query.until ?? Number.MAX_SAFE_INTEGER;
  const kinds = query.kinds && query.kinds.length > 0 ? new Set(query.kinds) : null;
  const text = query.text?.trim().toLowerCase();
  const site = query.site?.trim().toLowerCase();
  const alias = query.alias?.trim().toLowerCase();
  let collection = database.audit.where('at').between(since, until, true, true).reverse();
  collection = collection.filter(
    (e) =>
      (!kinds || kinds.has(e.kind)) &&
      (!site || (e.site ?? '').toLowerCase().includes(site)) &&
      (!alias || (e.alias ?? '').toLowerCase().includes(alias)) &&
      (!text ||
        [e.site, e.alias, e.reason, e.route, e.model, e.detail, e.kind, ...(e.types ?? [])].some((v) =>
          (v ?? '').toLowerCase().includes(text),
        )),
  );
  if (query.offset) collection = collection.offset(query.offset);
  if (query.limit) collection = collection.limit(query.limit);
  return collection.toArray();
}

export const CSV_COLUMNS = [
  'id',
  'time',
  'kind',
  'site',
  'alias',
  'types',
  'reason',
  'route',
  'model',
  'textHash',
  'counts',
  'detail',
  'sentText',
] as const;

/** One CSV cell: quoted when needed; cells a spreadsheet would run as a formula are defused with a quote. */
function csvCell(value: unknown): string {
  if (value == null) return '';
  let s = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180, CRLF line ends) of audit entries, times in ISO 8601 UTC. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) =>
    [
      e.id,
      new Date(e.at).toISOString(),
      e.kind,
      e.site,
      e.alias,
      e.types?.join(' '),
      e.reason,
      e.route,
      e.model,
      e.textHash,
      e.counts
        ? Object.entries(e.counts)
            .map(([k, v]) => `${k}:${v}`)
            .join(' ')
        : undefined,
      e.detail,
      e.sentText,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** JSON export: a versioned envelope around the entries, times in ISO 8601 UTC. */
export function auditToJson(entries: readonly AuditEntry[], exportedAt = Date.now()): string {
  return `${JSON.stringify(
    {
      format: 'blindhire-audit',
      version: 1,
      exportedAt: new Date(exportedAt).toISOString(),
      entries: entries.map((e) => ({ ...e, time: new Date(e.at).toISOString() })),
    },
    null,
    2,
  )}\n`;
}

/** Keys whose policy value changed between two policy snapshots. */
export function changedPolicyKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function describeValue(key: string, value: unknown): string {
  if (value === undefined) return 'unset';
  const meta = SETTING_META[key as SettingKey];
  if (!meta) return 'set';
  // Secrets and free text are never recorded; enumerations, switches and numbers are.
  if (meta.secret) return 'set';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return /^[a-z-]+$/.test(value) && value.length <= 20 ? value : 'set';
  if (Array.isArray(value)) return `${value.length} item(s)`;
  return 'set';
}

/**
 * Records a change of the organisation's policy: which keys changed, and for non-secret switches,
 * enumerations and numbers the new value. Nothing is recorded when nothing changed.
 */
export async function recordPolicyChange(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  database: AppDB = defaultDb,
): Promise<number | null> {
  const keys = changedPolicyKeys(before, after);
  if (keys.length === 0) return null;
  const detail = keys
    .map((k) => `${k}: ${describeValue(k, before[k])} → ${describeValue(k, after[k])}`)
    .join('; ');
  return recordAudit({ kind: 'policy-change', detail }, database);
}

/** Records blind mode being switched on or off (globally, or on one site). */
export function recordBlindToggle(
  enabled: boolean,
  options: { site?: string; source?: 'user' | 'policy' } = {},
  database: AppDB = defaultDb,
): Promise<number> {
  return recordAudit(
    {
      kind: 'blind-toggle',
      site: options.site,
      detail: `Blind mode ${enabled ? 'on' : 'off'}${options.site ? ' on this site' : ''}${options.source === 'policy' ? ' (by policy)' : ''}`,
    },
    database,
  );
}

export type { AuditEntry };
