import { recordAudit } from '../audit';
import { loadSettings, watchSettings } from '../settings';
import { syncCustomSites } from './custom-sites';
import { aliasKey } from './key';
import { fetchLexicons } from './lexicons';
import { onBlindMessage, tabStateKey } from './messaging';

/** Host of a sender's page, for audit rows (no path: paths can hold identifiers). */
function siteOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}

const safe = (p: Promise<unknown>) => p.catch(() => undefined);

/** Where tab states live: chrome.storage.session, or memory where it is missing (Firefox MV2). */
const memory = new Map<string, unknown>();
const session = {
  set: (key: string, value: unknown) =>
    chrome.storage.session
      ? chrome.storage.session.set({ [key]: value })
      : Promise.resolve(void memory.set(key, value)),
  remove: (key: string) =>
    chrome.storage.session ? chrome.storage.session.remove(key) : Promise.resolve(void memory.delete(key)),
};

/**
 * Blind mode in the background: writes audit rows for pages (content scripts run in the page's
 * origin and cannot reach the extension's IndexedDB), keeps each tab's state in
 * chrome.storage.session for the popup, and registers the content script on the user's own sites.
 */
export function setUpBlindMode(): void {
  onBlindMessage('blindAudit', async ({ data, sender }) => {
    if (sender.id !== chrome.runtime.id) throw new Error('Unknown sender');
    return recordAudit({
      kind: data.kind,
      site: siteOf(sender.tab?.url ?? sender.url),
      alias: data.alias,
      types: data.types.slice(0, 50),
      reason: data.reason?.slice(0, 500),
      detail: data.detail?.slice(0, 200),
    });
  });
  onBlindMessage('blindReport', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab.
    if (tabId === undefined || sender.frameId !== 0) return;
    await session.set(tabStateKey(tabId), data);
  });
  onBlindMessage('blindLexicons', ({ sender }) => {
    if (sender.id !== chrome.runtime.id) throw new Error('Unknown sender');
    return fetchLexicons();
  });
  chrome.tabs.onRemoved.addListener((tabId) => void safe(session.remove(tabStateKey(tabId))));
  chrome.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void safe(session.remove(tabStateKey(tabId)));
  });
  chrome.runtime.onInstalled.addListener(() => {
    void safe(loadSettings().then((s) => aliasKey(s.values.orgKey)));
  });
  // Runtime registration needs the scripting API (Chromium MV3); elsewhere added sites are not served.
  if (!chrome.scripting?.registerContentScripts) return;
  const sync = () => void safe(loadSettings().then((s) => syncCustomSites(s.values.customSites)));
  sync();
  watchSettings((s) => void safe(syncCustomSites(s.values.customSites)));
  chrome.permissions.onAdded.addListener(sync);
  chrome.permissions.onRemoved.addListener(sync);
}
