import { useCallback, useEffect, useId, useState } from 'react';
import type { AuditKind, AuditQuery } from '@/utils/audit';
import type { AuditEntry } from '@/utils/db';

const KIND_LABELS: Record<AuditKind, string> = {
  reveal: 'Reveal',
  rehide: 'Hide again',
  'cloud-request': 'Cloud request',
  'blind-toggle': 'Blind mode switch',
  'policy-change': 'Policy change',
  'data-deleted': 'Data deleted',
};

export interface AuditLogProps {
  query: (q: AuditQuery) => Promise<AuditEntry[]>;
  /** Saves a file (the entrypoint wires a download). */
  onExport: (format: 'csv' | 'json', entries: AuditEntry[]) => void;
  /** Changes whenever the log may have changed, to reload. */
  refreshKey?: number;
}

const PAGE = 200;

function dayStart(date: string): number | undefined {
  return date ? new Date(`${date}T00:00:00`).getTime() : undefined;
}
function dayEnd(date: string): number | undefined {
  return date ? new Date(`${date}T23:59:59.999`).getTime() : undefined;
}

/** The audit log with filters and CSV / JSON export. */
export function AuditLog({ query, onExport, refreshKey = 0 }: AuditLogProps) {
  const id = useId();
  const [kind, setKind] = useState<AuditKind | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);

  const filters = useCallback(
    (): AuditQuery => ({
      kinds: kind ? [kind] : undefined,
      since: dayStart(from),
      until: dayEnd(to),
      text: text || undefined,
    }),
    [kind, from, to, text],
  );

  useEffect(() => {
    let active = true;
    void refreshKey;
    void query({ ...filters(), limit: PAGE }).then((list) => active && setEntries(list));
    return () => {
      active = false;
    };
  }, [query, filters, refreshKey]);

  const exportAll = async (format: 'csv' | 'json') => onExport(format, await query(filters()));

  return (
    <div className="bh-audit" data-testid="audit-log">
      <search className="bh-audit-filters" aria-label="Filter the audit log">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as AuditKind | '')}
          data-testid="audit-filter-kind"
        >
          <option value="">All</option>
          {(Object.keys(KIND_LABELS) as AuditKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <label htmlFor={`${id}-text`}>Contains</label>
        <input
          id={`${id}-text`}
          type="search"
          value={text}
          placeholder="site, alias, reason, model…"
          onChange={(e) => setText(e.target.value)}
          data-testid="audit-filter-text"
        />
        <button type="button" onClick={() => void exportAll('csv')} data-testid="audit-export-csv">
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAll('json')} data-testid="audit-export-json">
          Export JSON
        </button>
      </search>
      {entries === null ? (
        <p>Loading…</p>
      ) : entries.length === 0 ? (
        <p data-testid="audit-empty">No records match.</p>
      ) : (
        <table className="bh-audit-table">
          <caption className="bh-visually-hidden">Audit records, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Kind</th>
              <th scope="col">Site</th>
              <th scope="col">Candidate</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="audit-row">
                <td>
                  <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time>
                </td>
                <td>{KIND_LABELS[e.kind] ?? e.kind}</td>
                <td>{e.site ?? ''}</td>
                <td>{e.alias ?? ''}</td>
                <td>{details(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries && entries.length === PAGE ? <p>Showing the newest {PAGE}; export for all of them.</p> : null}
    </div>
  );
}

function details(e: AuditEntry): string {
  const parts: string[] = [];
  if (e.types?.length) parts.push(e.types.join(', '));
  if (e.reason) parts.push(`Reason: ${e.reason}`);
  if (e.route) parts.push(`Route: ${e.route}`);
  if (e.model) parts.push(`Model: ${e.model}`);
  if (e.counts)
    parts.push(
      Object.entries(e.counts)
        .map(([k, v]) => `${k} ×${v}`)
        .join(', '),
    );
  if (e.textHash) parts.push(`SHA-256 ${e.textHash.slice(0, 12)}…`);
  if (e.detail) parts.push(e.detail);
  return parts.join(' · ');
}
