import type { Settings } from '../settings/schema';
import { findAdapter } from '../sites';
import { sitePatternFor } from './custom-sites';
import type { BlindTabState } from './messaging';

/** What the popup says about blind mode on the current tab. */
export interface SiteStatus {
  /** on: masked · off: blind mode turned off · failed: page hidden · unsupported: BlindHire does not run here. */
  status: 'on' | 'off' | 'failed' | 'masking' | 'revealed' | 'unsupported';
  host?: string;
  /** Adapter label or "Added site". */
  site?: string;
  /** The pattern "Add this site" would add (unsupported http(s) pages only). */
  addPattern?: string;
}

/** Whether a URL is one of the user's added sites. */
function isCustom(url: URL, customSites: readonly string[]): boolean {
  const pattern = sitePatternFor(url.href);
  return (
    !!pattern && customSites.some((p) => p === pattern || sitePatternFor(p.replace(/\*$/, '')) === pattern)
  );
}

/**
 * Works out blind mode's status for a tab from its URL, the state its content script reported and
 * the settings.
 * @example siteStatus('https://www.linkedin.com/in/x/', state, settings).status // 'on'
 */
export function siteStatus(
  url: string | undefined,
  state: BlindTabState | undefined,
  settings: Settings,
): SiteStatus {
  let parsed: URL | undefined;
  try {
    parsed = url ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  // Without the tab's address (no activeTab grant) the content script's own report still counts.
  if (!parsed && state) return { status: state.state, host: state.host };
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return { status: 'unsupported' };
  const adapter = findAdapter(parsed);
  const custom = isCustom(parsed, settings.customSites);
  const host = parsed.host;
  const site = adapter?.label ?? (custom ? 'Added site' : undefined);
  if (state) return { status: state.state, host, site };
  if (!adapter && !custom) return { status: 'unsupported', host, addPattern: sitePatternFor(parsed.href) };
  return { status: settings.blindModeEnabled || settings.blindModeForced ? 'masking' : 'off', host, site };
}
