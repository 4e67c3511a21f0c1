import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SCORE_THRESHOLD, MASKED_ENTITY_TYPES } from '../../detect/types';
import { DEFAULT_SETTINGS, LockedSettingError, resolveSettings, USER_SETTINGS_KEY } from '..';
import {
  loadPageSettings,
  loadProvisionalPageSettings,
  PAGE_DEFAULTS,
  PAGE_SETTING_KEYS,
  type PageSettingKey,
  type ResolvedPageSettings,
  resolvePageSettings,
  setBlindModeEnabled,
  watchPageSettings,
} from '../page';
import { POLICY_SNAPSHOT_KEY } from '../storage';

/** The page keys of the full resolver's answer. */
function pick(
  managed: unknown,
  user: unknown,
  options?: { policyUnreadable?: boolean },
): ResolvedPageSettings {
  const full = resolveSettings(managed, user, options);
  const values = Object.fromEntries(PAGE_SETTING_KEYS.map((k) => [k, full.values[k]]));
  const page = PAGE_SETTING_KEYS as readonly string[];
  return {
    values: values as ResolvedPageSettings['values'],
    locked: full.locked.filter((k): k is PageSettingKey => page.includes(k)),
  };
}

const long = (n: number) => 'x'.repeat(n);
/** Valid and invalid candidates for each key, edge cases included. */
const POOL: Record<PageSettingKey, unknown[]> = {
  blindModeEnabled: [true, false, 'true', 0, 1, null, []],
  blindModeForced: [true, false, 'yes', 1, null],
  maskedTypes: [
    [],
    ['NAME'],
    ['EMAIL', 'PHONE', 'EMAIL'],
    [...MASKED_ENTITY_TYPES],
    ['NAME', 'NOPE'],
    'NAME',
    [1],
    null,
  ],
  revealPolicy: ['allowed', 'reason-required', 'disabled', 'maybe', '', 3, null],
  orgKey: ['', 'acme', long(256), long(257), 42, null, ['k']],
  scoreThreshold: [0, 1, 0.55, -0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, '0.5', null],
  allowTerms: [[], ['Acme'], [long(200)], [long(201)], ['a', 7], 'Acme', Array(5001).fill('a'), null],
  denyTerms: [
    [],
    ['Acme'],
    [long(201), 'ok', 3, 'fine'],
    'Acme',
    Array(5001).fill('a'),
    [...Array(5001).fill('a'), 9],
    [null],
  ],
};

function randomSide(rnd: () => number): Record<string, unknown> {
  const side: Record<string, unknown> = {};
  for (const key of PAGE_SETTING_KEYS) {
    const roll = rnd();
    if (roll < 0.45) continue;
    if (roll < 0.5) side[key] = undefined;
    else side[key] = POOL[key][Math.floor(rnd() * POOL[key].length)];
  }
  if (rnd() < 0.2) side.retentionDays = 7;
  if (rnd() < 0.1) side.unknownKey = true;
  return side;
}

describe('resolvePageSettings', () => {
  it('has the declared defaults', () => {
    for (const key of PAGE_SETTING_KEYS) expect(PAGE_DEFAULTS[key]).toEqual(DEFAULT_SETTINGS[key]);
  });

  it('gives the same answer as resolveSettings for the page keys (random policies and user choices)', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 3000; i++) {
      const managed = randomSide(rnd);
      const user = randomSide(rnd);
      const unreadable = rnd() < 0.1;
      const options = unreadable ? { policyUnreadable: true } : {};
      expect(
        resolvePageSettings(managed, user, options),
        JSON.stringify({ managed, user, unreadable }),
      ).toEqual(pick(managed, user, options));
    }
  });

  it('gives the same answer for non-object inputs', () => {
    for (const [m, u] of [
      [null, null],
      ['x', { revealPolicy: 'allowed' }],
      [[], []],
      [{ revealPolicy: 'allowed' }, 5],
    ] as const)
      expect(resolvePageSettings(m, u)).toEqual(pick(m, u));
  });

  it('fails closed: a malformed policy turns blind mode on and reveal off, locked', () => {
    const r = resolvePageSettings(
      { blindModeEnabled: 'no', revealPolicy: 'sometimes', allowTerms: 'Acme' },
      { blindModeEnabled: false, revealPolicy: 'allowed', allowTerms: ['Acme'] },
    );
    expect(r.values.blindModeEnabled).toBe(true);
    expect(r.values.revealPolicy).toBe('disabled');
    expect(r.values.allowTerms).toEqual([]);
    expect(r.locked).toEqual(['blindModeEnabled', 'revealPolicy', 'allowTerms']);
  });

  it('an unreadable policy gives the safe values, locked', () => {
    const r = resolvePageSettings(
      {},
      { blindModeEnabled: false, revealPolicy: 'allowed' },
      { policyUnreadable: true },
    );
    expect(r.values.blindModeEnabled).toBe(true);
    expect(r.values.blindModeForced).toBe(true);
    expect(r.values.revealPolicy).toBe('disabled');
    expect(r.locked).toContain('blindModeEnabled');
  });

  it('never shares arrays with its inputs or the defaults', () => {
    const user = { denyTerms: ['Acme'] };
    const r = resolvePageSettings({}, user);
    r.values.denyTerms.push('x');
    r.values.maskedTypes.pop();
    expect(user.denyTerms).toEqual(['Acme']);
    expect(PAGE_DEFAULTS.maskedTypes).toEqual([...MASKED_ENTITY_TYPES]);
  });
});

describe('page settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('loads policy over user choices', async () => {
    await fakeBrowser.storage.managed.set({ revealPolicy: 'disabled' });
    await fakeBrowser.storage.local.set({
      [USER_SETTINGS_KEY]: { revealPolicy: 'allowed', scoreThreshold: 0.6 },
    });
    const r = await loadPageSettings();
    expect(r.values.revealPolicy).toBe('disabled');
    expect(r.values.scoreThreshold).toBe(0.6);
    expect(r.locked).toEqual(['revealPolicy']);
  });

  it('an unreadable policy fails closed', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('IO error'));
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { blindModeEnabled: false } });
    const r = await loadPageSettings();
    expect(r.values.blindModeEnabled).toBe(true);
    expect(r.values.revealPolicy).toBe('disabled');
  });

  it('watches policy and user changes live', async () => {
    const seen: ResolvedPageSettings[] = [];
    const stop = watchPageSettings((s) => seen.push(s));
    await fakeBrowser.storage.managed.set({ blindModeForced: true });
    await vi.waitFor(() => expect(seen.at(-1)?.locked).toContain('blindModeEnabled'));
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { revealPolicy: 'allowed' } });
    await vi.waitFor(() => expect(seen.at(-1)?.values.revealPolicy).toBe('allowed'));
    stop();
  });

  it('turns blind mode off as the user choice, and refuses when policy forces it on', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { scoreThreshold: 0.6 } });
    await setBlindModeEnabled(false);
    const stored = await fakeBrowser.storage.local.get(USER_SETTINGS_KEY);
    expect(stored[USER_SETTINGS_KEY]).toEqual({ scoreThreshold: 0.6, blindModeEnabled: false });
    expect((await loadPageSettings()).values.blindModeEnabled).toBe(false);
    await fakeBrowser.storage.managed.set({ blindModeForced: true });
    await expect(setBlindModeEnabled(false)).rejects.toBeInstanceOf(LockedSettingError);
    await fakeBrowser.storage.managed.set({ blindModeEnabled: true, blindModeForced: false });
    await expect(setBlindModeEnabled(false)).rejects.toBeInstanceOf(LockedSettingError);
  });
});

describe('provisional page settings (while the policy has not answered)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are none before the background has seen a policy (the page waits for it)', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { revealPolicy: 'allowed' } });
    expect(await loadProvisionalPageSettings()).toBeUndefined();
  });

  it('are none when the last policy set an organisation key (aliases are derived from it)', async () => {
    await fakeBrowser.storage.local.set({
      [POLICY_SNAPSHOT_KEY]: { orgKey: 'sha256:00', blindModeForced: true },
    });
    expect(await loadProvisionalPageSettings()).toBeUndefined();
  });

  it('are no less strict than the last policy seen or the defaults (threshold, deny terms)', async () => {
    await fakeBrowser.storage.local.set({
      [POLICY_SNAPSHOT_KEY]: { scoreThreshold: 0.3, denyTerms: ['Acme Search'], revealPolicy: 'allowed' },
      [USER_SETTINGS_KEY]: { scoreThreshold: 0.9, denyTerms: ['Zeta'] },
    });
    expect((await loadProvisionalPageSettings())?.values).toMatchObject({
      scoreThreshold: 0.3,
      denyTerms: ['Acme Search', 'Zeta'],
      revealPolicy: 'disabled',
    });
    // A threshold the user raised (no policy sets one) is capped at the default one.
    await fakeBrowser.storage.local.set({ [POLICY_SNAPSHOT_KEY]: {} });
    expect((await loadProvisionalPageSettings())?.values.scoreThreshold).toBe(DEFAULT_SCORE_THRESHOLD);
  });

  it('are the user choices under the safe value of every permission-like setting', async () => {
    const types = MASKED_ENTITY_TYPES.filter((t) => t !== 'LOCATION');
    const user = {
      blindModeEnabled: false,
      revealPolicy: 'allowed',
      maskedTypes: types,
      allowTerms: ['Rust'],
    };
    await fakeBrowser.storage.local.set({ [POLICY_SNAPSHOT_KEY]: {}, [USER_SETTINGS_KEY]: user });
    const provisional = await loadProvisionalPageSettings();
    const strict = resolvePageSettings({}, user, { policyUnreadable: true });
    expect(provisional).toEqual(strict);
    expect(provisional?.values).toMatchObject({
      blindModeEnabled: true,
      blindModeForced: true,
      revealPolicy: 'disabled',
      maskedTypes: [...MASKED_ENTITY_TYPES],
      allowTerms: [],
    });
  });
});
