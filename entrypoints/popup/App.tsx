import { lazy, Suspense, useEffect, useState } from 'react';
import { BlindStatus } from '@/components/popup/BlindStatus';
import { currentWindowId, openSidePanelFromPage, sidePanelSupported } from '@/utils/writing/pending';
import './style.css';

type Tab = 'blind' | 'writing';
const TAB_KEY = 'bh:popup:tab';

// Writing help brings the detection engine (about 780 KB with its helpers): chunks of their own,
// fetched when that tab is about to show, so the blind-mode tab paints without them.
const loadWritingHelp = () => import('@/components/writing/WritingHelp');
const WritingHelp = lazy(() => loadWritingHelp().then((m) => ({ default: m.WritingHelp })));
const initialTab = (): Tab => (localStorage.getItem(TAB_KEY) === 'writing' ? 'writing' : 'blind');
// Reopened on the writing tab: start fetching now, alongside React's first render.
if (initialTab() === 'writing') void loadWritingHelp();

/** BlindHire popup: blind-mode status and writing help, as tabs. */
export function App() {
  // The popup closes whenever it loses focus: reopen on the tab last used.
  const [tab, setTabState] = useState<Tab>(initialTab);
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void currentWindowId().then(setWindowId);
  }, []);
  const setTab = (next: Tab) => {
    localStorage.setItem(TAB_KEY, next);
    setTabState(next);
  };
  return (
    <main className="bh-popup">
      <h1>BlindHire</h1>
      <div role="tablist" aria-label="BlindHire" className="bh-tabs">
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
            // About to open writing help (pointer on its tab, or keyboard focus): fetch its code.
            onPointerEnter={id === 'writing' ? () => void loadWritingHelp() : undefined}
            onFocus={id === 'writing' ? () => void loadWritingHelp() : undefined}
            style={{ fontWeight: tab === id ? 700 : 400 }}
          >
            {label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="bh-popup-panel">
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
            <Suspense fallback={<p role="status">Loading writing help…</p>}>
              <WritingHelp />
            </Suspense>
          </>
        )}
      </section>
    </main>
  );
}
