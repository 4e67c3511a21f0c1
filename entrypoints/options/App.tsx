import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'react';
import { browser } from '#imports';
import { AuditLog } from '@/components/options/AuditLog';
import { DataSection } from '@/components/options/DataSection';
import { ModelSection } from '@/components/options/ModelSection';
import { OptionsPage } from '@/components/options/OptionsPage';
import { ProviderSettings } from '@/components/writing/ProviderSettings';
import { queryAudit, recordAudit } from '@/utils/audit';
import { downloadAudit } from '@/utils/audit/download';
import { db } from '@/utils/db';
import { deleteAllData, storageReport } from '@/utils/db/wipe';
import type { SettingKey } from '@/utils/settings/schema';
import { useSettings } from '@/utils/settings/use-settings';

/** Settings the feature panels below edit themselves (with their own locks), so they are not shown twice. */
const PANEL_KEYS: readonly SettingKey[] = [
  // ProviderSettings (writing help)
  'provider',
  'baseUrl',
  'model',
  'apiKey',
  'orgEndpointUrl',
  'orgEndpointModel',
  // ModelSection (local model)
  'localModelAllowed',
  'localModelId',
  'modelBaseUrl',
  'modelList',
];

/** BlindHire settings page: wires settings, data and audit into the page components. */
export function App() {
  const { settings, error, set } = useSettings();
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
    <OptionsPage
      settings={settings}
      loadError={error}
      onSet={set}
      about={{ version: browser.runtime.getManifest().version, extensionId: browser.runtime.id }}
      handledKeys={PANEL_KEYS}
      extras={{
        'Writing help': <ProviderSettings />,
        'Local model': <ModelSection />,
        'Data and audit': (
          <>
            <h3>Your data</h3>
            <DataSection report={report} deleteAll={deleteAll} />
            <h3>Audit log</h3>
            <AuditLog query={query} onExport={downloadAudit} refreshKey={auditVersion} />
          </>
        ),
      }}
    />
  );
}
