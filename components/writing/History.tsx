import { useCallback, useEffect, useState } from 'react';
import { queryAudit } from '@/utils/audit';
import type { AuditEntry, Draft } from '@/utils/db/index';
import { deleteDraft, listDrafts } from '@/utils/writing/drafts';
import { TASKS, type TaskId } from '@/utils/writing/tasks';

type DraftRow = Omit<Draft, 'inputCipher' | 'inputIv'>;

/** Drafts (open, delete) and request receipts ("what was sent"). */
export function History({ currentId, onOpen }: { currentId: string; onOpen(id: string): void }) {
  const [drafts, setDrafts] = useState<DraftRow[]>([]);
  const [receipts, setReceipts] = useState<AuditEntry[]>([]);
  const [openReceipt, setOpenReceipt] = useState<number | undefined>();
  const refresh = useCallback(async () => {
    setDrafts(await listDrafts());
    setReceipts(await queryAudit({ kinds: ['cloud-request'], limit: 20 }));
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section aria-label="History" data-testid="writing-history" className="bh-history">
      <h3>Drafts</h3>
      {drafts.length === 0 ? <p className="bh-hint">No drafts yet.</p> : null}
      <ul>
        {drafts.map((d) => (
          <li key={d.id} data-testid="draft-row" data-current={d.id === currentId}>
            <button type="button" className="bh-link" onClick={() => onOpen(d.id)}>
              {TASKS[d.task as TaskId]?.label ?? d.task} · {new Date(d.updatedAt).toLocaleString()} ·{' '}
              {d.status}
            </button>{' '}
            <button
              type="button"
              aria-label="Delete draft"
              data-testid="draft-delete"
              onClick={() => void deleteDraft(d.id).then(refresh)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <h3>What was sent</h3>
      {receipts.length === 0 ? <p className="bh-hint">No requests yet.</p> : null}
      <ul>
        {receipts.map((r) => (
          <li key={r.id} data-testid="receipt-row">
            <button
              type="button"
              className="bh-link"
              onClick={() => setOpenReceipt(openReceipt === r.id ? undefined : r.id)}
            >
              {new Date(r.at).toLocaleString()} · {r.route} · {r.model} ·{' '}
              {Object.entries(r.counts ?? {})
                .map(([k, n]) => `${n} ${k}`)
                .join(', ') || 'nothing masked'}
            </button>
            {openReceipt === r.id ? (
              <div>
                <p className="bh-hint">SHA-256 {r.textHash}</p>
                {r.detail ? <p className="bh-hint">{r.detail}</p> : null}
                <pre className="bh-preview" data-testid="receipt-text">
                  {r.sentText}
                </pre>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
