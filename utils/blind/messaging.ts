import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PassStates } from './passes';

/** Blind mode state of a tab, kept by the background in chrome.storage.session. */
export interface BlindTabState {
  /** on: masked; off: blind mode turned off; failed: masking failed, page hidden; revealed: revealed on purpose. */
  state: 'masking' | 'on' | 'off' | 'failed' | 'revealed';
  /** Adapter id ("linkedin", "generic"). */
  adapter: string;
  /** Host of the page (no path: paths can hold identifiers). */
  host?: string;
  /** Identifiers hidden now. */
  hidden: number;
  /** Hidden counts by type. */
  byType: Record<string, number>;
  passes: PassStates;
  /** Milliseconds from DOMContentLoaded until the page was masked (absent when the page gives no timing). */
  firstPassMs?: number;
  /** Why masking failed (a short sentence, never page text). */
  failure?: string;
  /** Masked under the strictest settings until the organisation's policy answers. */
  policyPending?: boolean;
}

/** An audit request from a page: the background adds time and site. Never carries a value. */
export interface BlindAuditRequest {
  kind: 'reveal' | 'rehide' | 'blind-toggle';
  alias?: string;
  types: string[];
  reason?: string;
  detail?: string;
}

interface BlindProtocol {
  /** Writes an audit entry (content scripts cannot reach the extension's IndexedDB). */
  blindAudit(data: BlindAuditRequest): number;
  /** Reports the tab's blind mode state for the popup. */
  blindReport(data: BlindTabState): void;
  /** The detection engine's word lists, for a content script that cannot read the resource itself. */
  blindLexicons(): unknown;
}

/** Typed messages between the blind-mode content script and the background. */
export const { sendMessage: sendBlindMessage, onMessage: onBlindMessage } =
  defineExtensionMessaging<BlindProtocol>();

/** chrome.storage.session key of a tab's state. */
export const tabStateKey = (tabId: number): string => `bh:tab:${tabId}`;
