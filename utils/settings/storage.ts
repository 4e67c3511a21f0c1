import { browser } from '#imports';
import type { SettingKey } from './schema';

// Storage access shared by the full settings API (index.ts) and the page settings (page.ts). No zod
// here: the content script imports this module.

/** Key of the user's choices in storage.local. */
export const USER_SETTINGS_KEY = 'settings';

/**
 * Key of the last policy seen in storage.local (secret values only as hashes), kept by the
 * background: policy changes made while the browser was closed are audited against it, and pages
 * read from it whether the organisation sets a key of its own (see `loadProvisionalPageSettings`).
 */
export const POLICY_SNAPSHOT_KEY = 'policySnapshot';

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

/** Thrown when the user tries to change a setting the organisation set. */
export class LockedSettingError extends Error {
  constructor(readonly key: SettingKey) {
    super(`"${key}" is set by your organisation and cannot be changed.`);
    this.name = 'LockedSettingError';
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

/** The user's stored choices (unvalidated), {} when none. */
export async function readUser(): Promise<Record<string, unknown>> {
  const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
  const user = stored[USER_SETTINGS_KEY];
  return typeof user === 'object' && user !== null ? (user as Record<string, unknown>) : {};
}

/**
 * The last policy the background kept (undefined before it kept one) and the user's choices (as
 * {@link readUser}), in one storage read.
 */
export async function readSnapshotAndUser(): Promise<{
  snapshot: Record<string, unknown> | undefined;
  user: Record<string, unknown>;
}> {
  const stored = await browser.storage.local.get([POLICY_SNAPSHOT_KEY, USER_SETTINGS_KEY]);
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  return { snapshot: record(stored[POLICY_SNAPSHOT_KEY]), user: record(stored[USER_SETTINGS_KEY]) ?? {} };
}

/**
 * Reads policy and user choices together and resolves them with `resolve`. An unreadable policy
 * resolves with `policyUnreadable` (every permission-like setting takes its safe value).
 */
export async function loadWith<T>(
  resolve: (managed: unknown, user: unknown, options?: { policyUnreadable?: boolean }) => T,
): Promise<T> {
  const [managed, user] = await Promise.all([
    readManaged().catch((error: unknown) =>
      error instanceof PolicyUnreadableError ? null : Promise.reject(error),
    ),
    readUser(),
  ]);
  return managed === null ? resolve({}, user, { policyUnreadable: true }) : resolve(managed, user);
}

// Writes within one context are serialised so that two quick changes do not overwrite each other.
let writeQueue: Promise<unknown> = Promise.resolve();

/** Runs `prepare` (checks, validation), then stores its result as the user's choice for `key`; serialised. */
export function writeUserSetting(key: SettingKey, prepare: () => Promise<unknown>): Promise<void> {
  const run = async () => {
    const value = await prepare();
    const user = await readUser();
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: { ...user, [key]: value } });
  };
  const result = writeQueue.then(run, run);
  writeQueue = result.catch(() => undefined);
  return result;
}

/**
 * Calls back with `load()` whenever policy or user choices change (live: no reload needed). Only the
 * newest result is delivered when changes come quickly. Returns an unsubscribe.
 */
export function watchWith<T>(load: () => Promise<T>, callback: (settings: T) => void): () => void {
  let latest = 0;
  let active = true;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && USER_SETTINGS_KEY in changes)) return;
    const ticket = ++latest;
    void load().then((settings) => {
      if (active && ticket === latest) callback(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
