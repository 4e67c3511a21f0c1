/** chrome.storage.local key of the per-install alias key (used when no organisation key is set). */
export const INSTALL_KEY = 'bh:aliasKey';

/**
 * The key aliases are derived with: the organisation key when set (every recruiter of the
 * organisation sees the same alias), else a random per-install key created once.
 * `read` is the storage read of the install key, when the caller started it earlier (page start).
 * @example const key = await aliasKey(settings.orgKey);
 */
export async function aliasKey(
  orgKey: string,
  read: Promise<Record<string, unknown>> = chrome.storage.local.get(INSTALL_KEY),
): Promise<string> {
  if (orgKey) return orgKey;
  const stored = await read;
  const existing = stored[INSTALL_KEY];
  if (typeof existing === 'string' && existing.length >= 32) return existing;
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  const key = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  await chrome.storage.local.set({ [INSTALL_KEY]: key });
  return key;
}
