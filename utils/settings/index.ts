import { browser } from '#imports';
import { SETTING_META } from './meta';
import { type ResolvedSettings, resolveSettings } from './resolve';
import { type SettingKey, type Settings, settingsShape } from './schema';

export * from './meta';
export * from './resolve';
export * from './schema';

/** Key of the user's choices in storage.local. */
export const USER_SETTINGS_KEY = 'settings';

/**
 * Rejections that mean "no policy here" rather than "policy unreadable": Firefox rejects with
 * `{message: "Managed storage manifest not found"}` when no policies.json names the add-on.
 */
const NO_POLICY_MESSAGE =
  /^(?:Managed storage manifest not found|No managed storage manifest found|Managed storage is not (?:available|supported))\.?$/i;

/** The organisation's policy exists (or may exist) but could not be read. */
export class PolicyUnreadableError extends Error {
  constructor(message: string) {
    super(`The organisation's policy could not be read: ${message}`);
    this.name = 'PolicyUnreadableError';
  }
}

/**
 * Reads the organisation's policy. Chrome and Firefox both expose it as storage.managed. No policy
 * gives {}; any other failure throws PolicyUnreadableError so that callers can fail closed.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  const area = browser.storage.managed;
  if (!area) return {};
  try {
    const managed = await area.get(null);
    return (managed ?? {}) as Record<string, unknown>;
  } catch (error) {
    const message = String((error as { message?: unknown } | null)?.message ?? error);
    if (NO_POLICY_MESSAGE.test(message)) return {};
    throw new PolicyUnreadableError(message);
  }
}

async function readUser(): Promise<Record<string, unknown>> {
  const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
  const user = stored[USER_SETTINGS_KEY];
  return typeof user === 'object' && user !== null ? (user as Record<string, unknown>) : {};
}

/** Loads the settings in force. */
export async function loadSettings(): Promise<ResolvedSettings> {
  const [managed, user] = await Promise.all([
    readManaged().catch((error: unknown) =>
      error instanceof PolicyUnreadableError ? null : Promise.reject(error),
    ),
    readUser(),
  ]);
  // An unreadable policy fails closed: every permission-like setting takes its safe value.
  return managed === null
    ? resolveSettings({}, user, { policyUnreadable: true })
    : resolveSettings(managed, user);
}

/** Thrown when the user tries to change a setting the organisation set. */
export class LockedSettingError extends Error {
  constructor(readonly key: SettingKey) {
    super(`"${key}" is set by your organisation and cannot be changed.`);
    this.name = 'LockedSettingError';
  }
}

// Writes within one context are serialised so that two quick changes do not overwrite each other.
let writeQueue: Promise<unknown> = Promise.resolve();

/** Stores a user's choice after validating it. Refuses keys the organisation set and policy-only keys. */
export function setUserSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const run = async () => {
    if (SETTING_META[key].policyOnly) throw new LockedSettingError(key);
    const current = await loadSettings();
    if (current.locked.includes(key)) throw new LockedSettingError(key);
    const parsed = settingsShape[key].parse(value);
    const user = await readUser();
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: { ...user, [key]: parsed } });
  };
  const result = writeQueue.then(run, run);
  writeQueue = result.catch(() => undefined);
  return result;
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
  let latest = 0;
  let active = true;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && USER_SETTINGS_KEY in changes)) return;
    const ticket = ++latest;
    void loadSettings().then((settings) => {
      if (active && ticket === latest) callback(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
