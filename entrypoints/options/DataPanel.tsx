import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'react';
import { AuditLog } from '@/components/options/AuditLog';
import { DataSection } from '@/components/options/DataSection';
import { queryAudit, recordAudit } from '@/utils/audit';
import { downloadAudit } from '@/utils/audit/download';
import { db } from '@/utils/db';
import { deleteAllData, storageReport } from '@/utils/db/wipe';

/**
 * "Data and audit" on the options page: storage used, delete all my data, and the audit log. Loaded
 * after the settings form (it brings Dexie), so the form paints first.
 */
export function DataPanel() {
  const [auditVersion, setAuditVersion] = useState(0);
  // Records written anywhere in the extension (the service worker included) refresh the log.
  useEffect(() => {
    const sub = liveQuery(() => db.audit.orderBy('id').last()).subscribe({
      next: () => setAuditVersion((v) => v + 1),
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  }, []);
  const deleteAll = useCallback(async (options: { includeModels: boolean }) => {
    const result = await deleteAllData(options);
    await recordAudit({
      kind: 'data-deleted',
      detail: `All local data deleted${options.includeModels ? ', with cached models' : ''}`,
    });
    setAuditVersion((v) => v + 1);
    return result;
  }, []);
  const query = useCallback((q: Parameters<typeof queryAudit>[0]) => queryAudit(q), []);
  const report = useCallback(() => storageReport(), []);
  return (
    <>
      <h3>Your data</h3>
      <DataSection report={report} deleteAll={deleteAll} />
      <h3>Audit log</h3>
      <AuditLog query={query} onExport={downloadAudit} refreshKey={auditVersion} />
    </>
  );
}
