import { lazy } from 'react';
import { browser } from '#imports';
import { OptionsPage } from '@/components/options/OptionsPage';
import { Deferred } from '@/components/ui/Deferred';
import type { SettingKey } from '@/utils/settings/schema';
import { useSettings } from '@/utils/settings/use-settings';

// The panels below bring large code (the OpenAI client, the local-model manager, Dexie): each is a
// chunk of its own, fetched after the settings form has painted (tests/e2e/page-weight.spec.ts).
const ProviderSettings = lazy(() =>
  import('@/components/writing/ProviderSettings').then((m) => ({ default: m.ProviderSettings })),
);
const ModelSection = lazy(() =>
  import('@/components/options/ModelSection').then((m) => ({ default: m.ModelSection })),
);
const DataPanel = lazy(() => import('./DataPanel').then((m) => ({ default: m.DataPanel })));

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
  return (
    <OptionsPage
      settings={settings}
      loadError={error}
      onSet={set}
      about={{ version: browser.runtime.getManifest().version, extensionId: browser.runtime.id }}
      handledKeys={PANEL_KEYS}
      extras={{
        'Writing help': (
          <Deferred label="writing-help settings">
            <ProviderSettings />
          </Deferred>
        ),
        'Local model': (
          <Deferred label="local-model settings">
            <ModelSection />
          </Deferred>
        ),
        'Data and audit': (
          <Deferred label="your data and the audit log">
            <DataPanel />
          </Deferred>
        ),
      }}
    />
  );
}
