import { PENDING_SELECTION_KEY } from './protocol';

/** Selections older than this are ignored (the side panel opened for another reason). */
const MAX_AGE_MS = 5 * 60_000;

type Pending = { text: string; at: number };

/** Takes (and clears) the text the context menu left for the side panel. */
export async function takePendingSelection(): Promise<string | undefined> {
  const stored = await chrome.storage.session.get(PENDING_SELECTION_KEY);
  const pending = stored[PENDING_SELECTION_KEY] as Pending | undefined;
  if (!pending) return undefined;
  await chrome.storage.session.remove(PENDING_SELECTION_KEY);
  return Date.now() - pending.at < MAX_AGE_MS ? pending.text : undefined;
}

/** Calls back with each new selection sent while the side panel is open. Returns an unsubscribe. */
export function watchPendingSelection(callback: (text: string) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'session' || !changes[PENDING_SELECTION_KEY]?.newValue) return;
    void takePendingSelection().then((text) => text && callback(text));
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}

/** The window a page lives in (read early: opening the side panel must happen right in the click). */
export async function currentWindowId(): Promise<number | undefined> {
  return (await chrome.windows?.getCurrent?.())?.id;
}

/** Whether this browser has Chrome's side panel API. */
export function sidePanelSupported(): boolean {
  return typeof chrome !== 'undefined' && Boolean(chrome.sidePanel?.open);
}

/** Opens the side panel for long work; call directly in a click handler. */
export function openSidePanelFromPage(windowId: number): Promise<void> {
  return chrome.sidePanel.open({ windowId });
}
