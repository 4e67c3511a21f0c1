import { DEFAULT_SETTINGS, type SettingKey, type Settings, settingsShape } from './schema';

export * from './schema';

/** The settings in force, which of them the organisation set, and problems found in the policy. */
export interface ResolvedSettings {
  values: Settings;
  /** Keys set by enterprise policy: shown locked ("Set by your organisation"). */
  locked: SettingKey[];
  /** Human-readable warnings about policy values that were ignored. */
  warnings: string[];
}

const USER_KEY = 'settings';

/** Merges policy over user choices over defaults, validating each value against its declaration. */
export function resolveSettings(
  managed: Record<string, unknown>,
  user: Record<string, unknown>,
): ResolvedSettings {
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const locked: SettingKey[] = [];
  const warnings: string[] = [];
  for (const key of Object.keys(settingsShape) as SettingKey[]) {
    const schema = settingsShape[key];
    if (key in user) {
      const parsed = schema.safeParse(user[key]);
      if (parsed.success) values[key] = parsed.data;
    }
    if (key in managed) {
      const parsed = schema.safeParse(managed[key]);
      if (parsed.success) {
        values[key] = parsed.data;
        locked.push(key);
      } else {
        warnings.push(
          `Policy value for "${key}" is invalid and was ignored: ${parsed.error.issues[0]?.message ?? 'bad value'}`,
        );
      }
    }
  }
  for (const key of Object.keys(managed)) {
    if (!(key in settingsShape)) warnings.push(`Unknown policy key "${key}" was ignored.`);
  }
  return { values: values as Settings, locked, warnings };
}

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await chrome.storage.managed?.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    // Firefox without policies and some test contexts throw: no policy.
    return {};
  }
}

/** Loads the settings in force. */
export async function loadSettings(): Promise<ResolvedSettings> {
  const [managed, stored] = await Promise.all([readManaged(), chrome.storage.local.get(USER_KEY)]);
  return resolveSettings(managed, (stored[USER_KEY] ?? {}) as Record<string, unknown>);
}

/** Stores a user's choice. Refuses keys the organisation set. */
export async function setUserSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const current = await loadSettings();
  if (current.locked.includes(key))
    throw new Error(`"${key}" is set by your organisation and cannot be changed.`);
  const parsed = settingsShape[key].parse(value);
  const stored = await chrome.storage.local.get(USER_KEY);
  await chrome.storage.local.set({ [USER_KEY]: { ...(stored[USER_KEY] ?? {}), [key]: parsed } });
}

/** Calls back with fresh settings whenever policy or user choices change. Returns an unsubscribe. */
export function watchSettings(callback: (settings: ResolvedSettings) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_KEY in changes)) void loadSettings().then(callback);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
