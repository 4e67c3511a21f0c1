import { recordAudit } from '../audit';
import { loadSettings } from '../settings';
import { saveDraft } from './drafts';
import { localGenerator } from './local';
import {
  type ClientMessage,
  PENDING_SELECTION_KEY,
  type RunSnapshot,
  type WorkerMessage,
  WRITING_PORT,
} from './protocol';
import { WritingRunner } from './runner';

/** Id of the context-menu item on a page selection. */
export const POLISH_MENU_ID = 'bh-polish-selection';

/** Largest selection taken from a page. */
const MAX_SELECTION = 50_000;

let lastPing = 0;
/** An extension API call resets the MV3 idle timer: a long stream keeps the worker alive. */
function keepAlive(): void {
  const now = Date.now();
  if (now - lastPing < 10_000) return;
  lastPing = now;
  void chrome.runtime.getPlatformInfo().catch(() => undefined);
}

/** The runner of this worker, with the real drafts store, audit log and settings. */
export function createRunner(): WritingRunner {
  return new WritingRunner({
    loadSettings,
    local: localGenerator(),
    saveDraft,
    keepAlive,
    recordReceipt: (r) =>
      recordAudit({
        kind: 'cloud-request',
        route: r.route,
        model: r.model,
        textHash: r.textHash,
        counts: r.counts,
        types: r.types,
        sentText: r.sentText,
        detail: r.detail,
      }),
  });
}

function isExtensionPage(port: chrome.runtime.Port): boolean {
  const url = port.sender?.url ?? '';
  return port.sender?.id === chrome.runtime.id && url.startsWith(chrome.runtime.getURL(''));
}

function handlePort(runner: WritingRunner, port: chrome.runtime.Port): void {
  if (port.name !== WRITING_PORT) return;
  if (!isExtensionPage(port)) {
    port.disconnect();
    return;
  }
  const detach: (() => void)[] = [];
  let open = true;
  const post = (message: WorkerMessage) => {
    if (!open) return;
    try {
      port.postMessage(message);
    } catch {
      open = false;
    }
  };
  const listener = (snapshot: RunSnapshot) => post({ type: 'snapshot', snapshot });
  port.onDisconnect.addListener(() => {
    // The run goes on: the draft is saved as it streams and the next page re-attaches.
    open = false;
    for (const d of detach) d();
  });
  port.onMessage.addListener((message: ClientMessage) => {
    if (message.type === 'start') {
      void runner.start(message.request, listener);
      detach.push(() => runner.detach(message.request.draftId, listener));
    } else if (message.type === 'attach') {
      const off = runner.attach(message.draftId, listener);
      if (off) detach.push(off);
      else post({ type: 'unknown', draftId: message.draftId });
    } else if (message.type === 'cancel') {
      runner.cancel(message.draftId);
    }
  });
}

async function openSidePanel(tab: chrome.tabs.Tab | undefined): Promise<void> {
  if (chrome.sidePanel?.open && tab?.windowId !== undefined) {
    await chrome.sidePanel.open({ windowId: tab.windowId });
    return;
  }
  // Firefox: the side panel is a sidebar.
  const sidebar = (globalThis as { browser?: { sidebarAction?: { open(): Promise<void> } } }).browser
    ?.sidebarAction;
  await sidebar?.open();
}

/**
 * "Polish with BlindHire" on a selection: opens the side panel and leaves the text for it. The panel
 * opens first, in direct response to the click (Chrome requires it).
 */
export async function handlePolishClick(
  info: Pick<chrome.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: chrome.tabs.Tab | undefined,
  open: (tab: chrome.tabs.Tab | undefined) => Promise<void> = openSidePanel,
): Promise<void> {
  if (info.menuItemId !== POLISH_MENU_ID) return;
  const opening = open(tab).catch(() => undefined);
  const text = (info.selectionText ?? '').slice(0, MAX_SELECTION);
  await chrome.storage.session.set({ [PENDING_SELECTION_KEY]: { text, at: Date.now() } });
  await opening;
}

/**
 * Writing help in the service worker: the "Polish with BlindHire" context menu on a selection
 * (opens the side panel with the text) and the port pages use to run requests that outlive them.
 */
export function setUpWritingHelp(): void {
  const runner = createRunner();
  chrome.runtime.onInstalled.addListener(() => {
    chrome.contextMenus.create(
      { id: POLISH_MENU_ID, title: 'Polish with BlindHire', contexts: ['selection'] },
      () => void chrome.runtime.lastError,
    );
  });
  chrome.contextMenus.onClicked.addListener((info, tab) => void handlePolishClick(info, tab));
  chrome.runtime.onConnect.addListener((port) => handlePort(runner, port));
}
