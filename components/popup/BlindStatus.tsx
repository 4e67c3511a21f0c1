import { useCallback, useEffect, useState } from 'react';
import { typeName } from '@/components/overlay/overlay';
import { Locked } from '@/components/ui/Locked';
import { originPattern } from '@/utils/blind/custom-sites';
import type { BlindTabState } from '@/utils/blind/messaging';
import { tabStateKey } from '@/utils/blind/messaging';
import { type SiteStatus, siteStatus } from '@/utils/blind/status';
import { loadSettings, type ResolvedSettings, setUserSetting, watchSettings } from '@/utils/settings';

/** Props: all optional; by default the active tab of the current window. */
export interface BlindStatusProps {
  /** Tab to describe (tests pass one; also read from the page's `?tabId=`). */
  tabId?: number;
}

interface TabInfo {
  id: number;
  url?: string;
}

async function findTab(tabId?: number): Promise<TabInfo | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  const id = tabId ?? (Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined);
  if (id !== undefined) {
    const tab = await chrome.tabs.get(id);
    return { id, url: tab.url };
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

const LABELS: Record<SiteStatus['status'], string> = {
  on: 'On',
  off: 'Off',
  failed: 'Page hidden (masking failed)',
  masking: 'Masking…',
  revealed: 'Revealed on purpose',
  unsupported: 'Not running on this site',
};

/**
 * Blind mode for the current site: on, off or unsupported; what is hidden, by type; which passes
 * ran; the on/off switch (locked when the organisation forces it); and "Add this site", which asks
 * for the host permission and registers the site.
 */
export function BlindStatus({ tabId }: BlindStatusProps = {}) {
  const [tab, setTab] = useState<TabInfo>();
  const [state, setState] = useState<BlindTabState>();
  const [settings, setSettings] = useState<ResolvedSettings>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    const stop = watchSettings(setSettings);
    let key = '';
    void findTab(tabId).then(async (info) => {
      if (!info) return;
      setTab(info);
      key = tabStateKey(info.id);
      if (!chrome.storage.session) return;
      const stored = await chrome.storage.session.get(key);
      setState(stored[key] as BlindTabState | undefined);
    });
    const onChange = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'session' && key && key in changes)
        setState(changes[key]?.newValue as BlindTabState | undefined);
    };
    chrome.storage.onChanged.addListener(onChange);
    return () => {
      stop();
      chrome.storage.onChanged.removeListener(onChange);
    };
  }, [tabId]);

  const addSite = useCallback(
    async (pattern: string) => {
      if (!settings || !tab) return;
      // Must run in the click's user gesture: the permission prompt needs it.
      const granted = await chrome.permissions.request({ origins: [originPattern(pattern)] });
      if (!granted) {
        setMessage('Permission was not given; blind mode cannot run on this site.');
        return;
      }
      await setUserSetting('customSites', [...new Set([...settings.values.customSites, pattern])]);
      setMessage('Site added. Reloading the page in blind mode…');
      await chrome.tabs.reload(tab.id);
    },
    [settings, tab],
  );

  if (!settings) return <p>Loading blind-mode status…</p>;
  const values = settings.values;
  const status = siteStatus(tab?.url, state, values);
  const locked = settings.locked.includes('blindModeEnabled') || values.blindModeForced;
  const byType = Object.entries(state?.byType ?? {}).sort((a, b) => b[1] - a[1]);
  return (
    <section data-testid="blind-status" aria-label="Blind mode" style={{ display: 'grid', gap: 6 }}>
      <div>
        <strong>Blind mode: </strong>
        <span data-testid="blind-status-state" data-status={status.status}>
          {LABELS[status.status]}
        </span>
        {status.host ? <span style={{ color: '#5a6270' }}> · {status.site ?? status.host}</span> : null}
      </div>
      {state ? (
        <>
          <div>
            <span data-testid="blind-status-count">{state.hidden}</span> identifiers hidden on this page
            {byType.length ? `: ${byType.map(([t, n]) => `${n} ${typeName(t)}`).join(', ')}` : ''}
          </div>
          <div data-testid="blind-status-passes" style={{ color: '#5a6270' }}>
            Passes: rules {state.passes.rules} · local model {state.passes.model}
            {state.firstPassMs !== undefined
              ? ` · masked ${state.firstPassMs.toFixed(1)} ms after the page loaded`
              : ''}
          </div>
          {state.policyPending ? (
            <div data-testid="blind-status-policy-pending">
              Waiting for your organisation's policy: every kind of identifier stays hidden until it answers.
            </div>
          ) : null}
          {state.failure ? <div role="alert">{state.failure}</div> : null}
        </>
      ) : null}
      <label style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        <input
          type="checkbox"
          data-testid="blind-status-toggle"
          checked={values.blindModeEnabled || values.blindModeForced}
          disabled={locked}
          onChange={(e) => void setUserSetting('blindModeEnabled', e.target.checked)}
        />
        Blind mode on recruiting sites
        {locked ? <Locked settingKey="blindModeEnabled" label="Blind mode" /> : null}
      </label>
      {status.addPattern ? (
        <button
          type="button"
          data-testid="blind-status-add-site"
          onClick={() => void addSite(status.addPattern!)}
        >
          Add this site ({status.host})
        </button>
      ) : null}
      {message ? <div role="status">{message}</div> : null}
    </section>
  );
}
