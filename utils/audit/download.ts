import type { AuditEntry } from '../db';
import { auditToCsv, auditToJson } from './index';

/** Saves the entries as a CSV or JSON file through the browser's download bar (extension pages). */
export function downloadAudit(
  format: 'csv' | 'json',
  entries: readonly AuditEntry[],
  now = new Date(),
): void {
  const text = format === 'csv' ? auditToCsv(entries) : auditToJson(entries, now.getTime());
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `blindhire-audit-${now.toISOString().slice(0, 10)}.${format}`;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
