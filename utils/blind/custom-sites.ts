/** Id of the dynamic content script that serves the sites a user added. */
export const CUSTOM_SCRIPT_ID = 'bh-custom-sites';
/** Files of the blind-mode content script in the build (WXT names them after the entrypoint). */
export const CONTENT_JS = 'content-scripts/recruiting.js';
export const CONTENT_CSS = 'content-scripts/recruiting.css';

/** True for a match pattern Chrome accepts for a site: scheme, host, path. */
export function isSitePattern(pattern: string): boolean {
  return /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/.test(pattern);
}

/**
 * The match pattern for "add this site": the page's origin with any path.
 * @example sitePatternFor('https://jobs.example.com/c/1') // 'https://jobs.example.com/*'
 */
export function sitePatternFor(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `${u.protocol}//${u.host}/*`;
  } catch {
    return undefined;
  }
}

/** Origin pattern used for the host-permission request ("https://jobs.example.com/*"). */
export function originPattern(pattern: string): string {
  return pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');
}

/**
 * Registers the content script for the user's sites that have host permission (and unregisters it
 * when none is left). Runs in the background at start-up and whenever settings or permissions change.
 */
export async function syncCustomSites(patterns: readonly string[]): Promise<string[]> {
  const valid = [...new Set(patterns.filter(isSitePattern))];
  const granted: string[] = [];
  for (const pattern of valid) {
    if (await chrome.permissions.contains({ origins: [originPattern(pattern)] })) granted.push(pattern);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (granted.length) {
    await chrome.scripting.registerContentScripts([
      {
        id: CUSTOM_SCRIPT_ID,
        matches: granted,
        js: [CONTENT_JS],
        css: [CONTENT_CSS],
        runAt: 'document_start',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
