import { useEffect, useRef, useState } from 'react';
import type { StorageReport, WipeResult } from '@/utils/db/wipe';
import { formatBytes } from '@/utils/db/wipe';

export interface DataSectionProps {
  report: () => Promise<StorageReport>;
  deleteAll: (options: { includeModels: boolean }) => Promise<WipeResult>;
}

/** Storage used, and "Delete all my data" with a confirmation (and a second one for cached models). */
export function DataSection({ report, deleteAll }: DataSectionProps) {
  const [usage, setUsage] = useState<StorageReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [includeModels, setIncludeModels] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [tick, setTick] = useState(0);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // The dialog was opened by the user: move focus into it, and back to its opener when it closes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  useEffect(() => {
    let active = true;
    void tick;
    void report().then((r) => active && setUsage(r));
    return () => {
      active = false;
    };
  }, [report, tick]);

  const run = async () => {
    setBusy(true);
    try {
      const r = await deleteAll({ includeModels });
      const models = r.modelCaches.length + r.modelDatabases.length;
      setMessage(
        `Deleted ${r.vault} vault(s), ${r.drafts} draft(s) and ${r.audit} audit record(s)` +
          (includeModels ? `, and ${models} model cache(s).` : '.'),
      );
    } catch (e) {
      setMessage(`Could not delete everything: ${e instanceof Error ? e.message : 'error'}`);
    } finally {
      setBusy(false);
      setConfirming(false);
      setIncludeModels(false);
      setTick((t) => t + 1);
    }
  };

  return (
    <div className="bh-data">
      <dl className="bh-usage" data-testid="storage-usage">
        <dt>Storage used</dt>
        <dd>
          {usage
            ? `${formatBytes(usage.usageBytes)} of ${formatBytes(usage.quotaBytes)} available`
            : 'Measuring…'}
        </dd>
        <dt>Records</dt>
        <dd>
          {usage ? `${usage.vault} vault(s), ${usage.drafts} draft(s), ${usage.audit} audit record(s)` : '…'}
        </dd>
        <dt>Cached models</dt>
        <dd>{usage ? (usage.modelCaches.length ? usage.modelCaches.join(', ') : 'none') : '…'}</dd>
      </dl>
      {confirming ? (
        <div
          className="bh-confirm"
          role="alertdialog"
          aria-labelledby="bh-confirm-title"
          aria-describedby="bh-confirm-text"
        >
          <h3 id="bh-confirm-title">Delete all your BlindHire data?</h3>
          <p id="bh-confirm-text">
            This deletes the vault (masked values can no longer be revealed), drafts and the audit log on this
            device. It cannot be undone. Settings stay.
          </p>
          <label>
            <input
              type="checkbox"
              checked={includeModels}
              onChange={(e) => setIncludeModels(e.target.checked)}
              data-testid="delete-include-models"
            />{' '}
            Also delete cached in-browser models (they will be downloaded again when needed)
          </label>
          <div className="bh-actions">
            <button
              type="button"
              className="bh-danger"
              disabled={busy}
              onClick={() => void run()}
              data-testid="delete-confirm"
            >
              {includeModels ? 'Delete data and models' : 'Delete data'}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)} ref={cancelRef}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="bh-danger"
          onClick={() => setConfirming(true)}
          data-testid="delete-all"
        >
          Delete all my data…
        </button>
      )}
      <p role="status" aria-live="polite" data-testid="delete-status">
        {message}
      </p>
    </div>
  );
}
