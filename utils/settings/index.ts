import { browser } from '#imports';
import { SETTING_META } from './meta';
import { type ResolvedSettings, resolveSettings } from './resolve';
import { type SettingKey, type Settings, settingsShape } from './schema';
import { LockedSettingError, loadWith, USER_SETTINGS_KEY, watchWith, writeUserSetting } from './storage';

export * from './meta';
export * from './resolve';
export * from './schema';
export * from './storage';

/** Loads the settings in force. */
export function loadSettings(): Promise<ResolvedSettings> {
  return loadWith(resolveSettings);
}

/** Stores a user's choice after validating it. Refuses keys the organisation set and policy-only keys. */
export function setUserSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  return writeUserSetting(key, async () => {
    if (SETTING_META[key].policyOnly) throw new LockedSettingError(key);
    const current = await loadSettings();
    if (current.locked.includes(key)) throw new LockedSettingError(key);
    return settingsShape[key].parse(value);
  });
}

/** Forgets every choice the user made (policy values stay in force). */
export async function resetUserSettings(): Promise<void> {
  await browser.storage.local.remove(USER_SETTINGS_KEY);
}

/**
 * Calls back with fresh settings whenever policy or user choices change (live: no reload needed).
 * Only the newest result is delivered when changes come quickly. Returns an unsubscribe.
 */
export function watchSettings(callback: (settings: ResolvedSettings) => void): () => void {
  return watchWith(loadSettings, callback);
}
