import { DEFAULT_SCORE_THRESHOLD, MASKED_ENTITY_TYPES } from '../detect/types';
import { SETTING_META } from './meta';
import type { Settings } from './schema';
import { LockedSettingError, loadWith, readSnapshotAndUser, watchWith, writeUserSetting } from './storage';

/**
 * The settings blind mode needs in a page, resolved without zod so that the content script stays
 * small. Same rules as resolveSettings (resolve.ts) for these keys: policy over user choice over
 * default, each value checked against its declaration (schema.ts), a present-but-invalid policy value
 * resolving to its fail-closed value (meta.ts). A unit test compares the two on many inputs.
 */
export const PAGE_SETTING_KEYS = [
  'blindModeEnabled',
  'blindModeForced',
  'maskedTypes',
  'revealPolicy',
  'orgKey',
  'scoreThreshold',
  'allowTerms',
  'denyTerms',
] as const;
export type PageSettingKey = (typeof PAGE_SETTING_KEYS)[number];
export type PageSettings = Pick<Settings, PageSettingKey>;

/** The page settings in force and which of them the organisation set. */
export interface ResolvedPageSettings {
  values: PageSettings;
  locked: PageSettingKey[];
}

/** The declared defaults (schema.ts) of the page keys. */
export const PAGE_DEFAULTS: PageSettings = {
  blindModeEnabled: true,
  blindModeForced: false,
  maskedTypes: [...MASKED_ENTITY_TYPES],
  revealPolicy: 'reason-required',
  orgKey: '',
  scoreThreshold: DEFAULT_SCORE_THRESHOLD,
  allowTerms: [],
  denyTerms: [],
};

const REVEAL_POLICIES: readonly unknown[] = ['allowed', 'reason-required', 'disabled'];
const ENTITY_TYPES: readonly unknown[] = MASKED_ENTITY_TYPES;

const isTerm = (item: unknown): boolean => typeof item === 'string' && item.length <= 200;
const isTermList = (value: unknown): boolean =>
  Array.isArray(value) && value.length <= 5000 && value.every(isTerm);

/** The declaration of each page key (schema.ts), as plain checks. */
const VALID: { [K in PageSettingKey]: (value: unknown) => boolean } = {
  blindModeEnabled: (v) => typeof v === 'boolean',
  blindModeForced: (v) => typeof v === 'boolean',
  maskedTypes: (v) => Array.isArray(v) && v.every((item) => ENTITY_TYPES.includes(item)),
  revealPolicy: (v) => REVEAL_POLICIES.includes(v),
  orgKey: (v) => typeof v === 'string' && v.length <= 256,
  scoreThreshold: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1,
  allowTerms: isTermList,
  denyTerms: isTermList,
};

/** Item checks of the list keys, for policy values salvaged item by item. */
const VALID_ITEM: Partial<Record<PageSettingKey, (item: unknown) => boolean>> = {
  maskedTypes: (item) => ENTITY_TYPES.includes(item),
  allowTerms: isTerm,
  denyTerms: isTerm,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy, so that callers never share arrays with storage answers or the defaults. */
const copy = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

/** Resolves the page keys from policy and user choices (see {@link PAGE_SETTING_KEYS}). */
export function resolvePageSettings(
  managedInput: unknown,
  userInput: unknown,
  options: { policyUnreadable?: boolean } = {},
): ResolvedPageSettings {
  const managed = isRecord(managedInput) ? managedInput : {};
  const user = isRecord(userInput) ? userInput : {};
  const values: Record<string, unknown> = {};
  const locked = new Set<PageSettingKey>();
  for (const key of PAGE_SETTING_KEYS) {
    const meta = SETTING_META[key];
    const valid = VALID[key];
    values[key] = copy(PAGE_DEFAULTS[key]);
    if (key in user && user[key] !== undefined && !meta.policyOnly && valid(user[key]))
      values[key] = copy(user[key]);
    const rule = meta.onInvalidPolicy;
    if (options.policyUnreadable) {
      if (rule.kind === 'safe') {
        values[key] = copy(rule.value);
        locked.add(key);
      }
      continue;
    }
    if (!(key in managed) || managed[key] === undefined) continue;
    const policy = managed[key];
    if (valid(policy)) {
      values[key] = copy(policy);
      locked.add(key);
    } else if (rule.kind === 'safe') {
      values[key] = copy(rule.value);
      locked.add(key);
    } else if (rule.kind === 'salvage') {
      const item = VALID_ITEM[key];
      const kept = Array.isArray(policy) && item ? policy.filter(item) : null;
      values[key] = kept && valid(kept) ? kept : copy(PAGE_DEFAULTS[key]);
      locked.add(key);
    }
  }
  const v = values as unknown as PageSettings;
  if (v.blindModeForced) {
    v.blindModeEnabled = true;
    if (locked.has('blindModeForced')) locked.add('blindModeEnabled');
  }
  return { values: v, locked: PAGE_SETTING_KEYS.filter((key) => locked.has(key)) };
}

/** Loads the page settings in force (an unreadable policy gives the safe values). */
export function loadPageSettings(): Promise<ResolvedPageSettings> {
  return loadWith(resolvePageSettings);
}

/**
 * The page settings to mask with while the organisation's policy has not answered (Chrome can take
 * seconds to answer storage.managed right after it starts), at least as strict as the last policy the
 * background saw and the defaults: the safe value of every permission-like setting (as when the policy
 * cannot be read: every type masked, reveal off, blind mode on, no allowed terms), the lower of that
 * policy's (or the user's) detection threshold and the default one, and its deny terms with the user's.
 * Undefined when the page must wait for the policy instead: no policy has been seen on this install
 * yet, or the last one set an organisation key (aliases are derived from it; the install's key would
 * show other aliases until it came).
 */
export async function loadProvisionalPageSettings(): Promise<ResolvedPageSettings | undefined> {
  const { snapshot, user } = await readSnapshotAndUser();
  if (!snapshot || 'orgKey' in snapshot) return undefined;
  const strict = resolvePageSettings({}, user, { policyUnreadable: true });
  // The last policy seen (its secret values are hashes there, and no page key is secret but orgKey).
  const last = resolvePageSettings(snapshot, user);
  return {
    values: {
      ...strict.values,
      scoreThreshold: Math.min(last.values.scoreThreshold, DEFAULT_SCORE_THRESHOLD),
      denyTerms: [...new Set([...last.values.denyTerms, ...strict.values.denyTerms])],
    },
    locked: PAGE_SETTING_KEYS.filter((key) => strict.locked.includes(key) || last.locked.includes(key)),
  };
}

/** Calls back with fresh page settings whenever policy or user choices change. Returns an unsubscribe. */
export function watchPageSettings(callback: (settings: ResolvedPageSettings) => void): () => void {
  return watchWith(loadPageSettings, callback);
}

/** Turns blind mode on or off as the user's choice; refused when the organisation set it. */
export function setBlindModeEnabled(enabled: boolean): Promise<void> {
  return writeUserSetting('blindModeEnabled', async () => {
    if (typeof enabled !== 'boolean') throw new TypeError('blindModeEnabled must be true or false.');
    const current = await loadPageSettings();
    if (current.locked.includes('blindModeEnabled')) throw new LockedSettingError('blindModeEnabled');
    return enabled;
  });
}
