import { useEffect, useState } from 'react';
import { BlindStatus } from '@/components/popup/BlindStatus';
import { WritingHelp } from '@/components/writing/WritingHelp';
import { currentWindowId, openSidePanelFromPage, sidePanelSupported } from '@/utils/writing/pending';

type Tab = 'blind' | 'writing';
const TAB_KEY = 'bh:popup:tab';

/** BlindHire popup: blind-mode status and writing help, as tabs. */
export function App() {
  // The popup closes whenever it loses focus: reopen on the tab last used.
  const [tab, setTabState] = useState<Tab>(() =>
    localStorage.getItem(TAB_KEY) === 'writing' ? 'writing' : 'blind',
  );
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void currentWindowId().then(setWindowId);
  }, []);
  const setTab = (next: Tab) => {
    localStorage.setItem(TAB_KEY, next);
    setTabState(next);
  };
  return (
    <main style={{ width: 440, padding: 8, font: '13px/1.4 system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 16, margin: '0 0 6px' }}>BlindHire</h1>
      <div role="tablist" aria-label="BlindHire" style={{ display: 'flex', gap: 4, marginBottom: 8 }}>
        {(
          [
            ['blind', 'Blind mode'],
            ['writing', 'Writing help'],
          ] as const
        ).map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            data-testid={`tab-${id}`}
            onClick={() => setTab(id)}
            style={{ fontWeight: tab === id ? 700 : 400 }}
          >
            {label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'blind' ? (
          <BlindStatus />
        ) : (
          <>
            {sidePanelSupported() && windowId !== undefined ? (
              <button
                type="button"
                data-testid="writing-open-side-panel"
                onClick={() => void openSidePanelFromPage(windowId).then(() => window.close())}
              >
                Open in side panel for long work
              </button>
            ) : null}
            <WritingHelp />
          </>
        )}
      </section>
    </main>
  );
}
