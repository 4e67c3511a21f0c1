import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MASKED_ENTITY_TYPES } from '../../detect/types';
import {
  DEFAULT_SETTINGS,
  LockedSettingError,
  loadSettings,
  PolicyUnreadableError,
  type ResolvedSettings,
  readManaged,
  resetUserSettings,
  resolveSettings,
  SETTING_META,
  settingsShape,
  setUserSetting,
  USER_SETTINGS_KEY,
  watchSettings,
} from '..';

const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);

describe('resolveSettings', () => {
  it('takes policy over user over default', () => {
    const r = resolveSettings({ revealPolicy: 'disabled' }, { revealPolicy: 'allowed', scoreThreshold: 0.7 });
    expect(r.values.revealPolicy).toBe('disabled');
    expect(r.values.scoreThreshold).toBe(0.7);
    expect(r.values.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(r.locked).toEqual(['revealPolicy']);
    expect(r.warnings).toEqual([]);
  });

  it('ignores invalid user values', () => {
    const r = resolveSettings({}, { scoreThreshold: 7, revealPolicy: 'sometimes', retentionDays: 2.5 });
    expect(r.values.scoreThreshold).toBe(DEFAULT_SETTINGS.scoreThreshold);
    expect(r.values.revealPolicy).toBe(DEFAULT_SETTINGS.revealPolicy);
    expect(r.values.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
  });

  it('a malformed cloudAllowed counts as not allowed, even when the user allowed it', () => {
    const r = resolveSettings({ cloudAllowed: 'yes' }, { cloudAllowed: true });
    expect(r.values.cloudAllowed).toBe(false);
    expect(r.values.allowedRoutes).not.toContain('cloud');
    expect(r.locked).toContain('cloudAllowed');
    expect(r.warnings.join('\n')).toMatch(/"cloudAllowed" is invalid/);
  });

  it('a malformed reveal policy disables reveal', () => {
    const r = resolveSettings({ revealPolicy: 'maybe' }, { revealPolicy: 'allowed' });
    expect(r.values.revealPolicy).toBe('disabled');
    expect(r.locked).toContain('revealPolicy');
  });

  it('a malformed route list leaves only the local model', () => {
    const r = resolveSettings({ allowedRoutes: 'cloud' }, {});
    expect(r.values.allowedRoutes).toEqual(['local-model']);
    expect(r.values.cloudAllowed).toBe(false);
  });

  it('a malformed site list keeps blind mode on, on the default sites plus valid entries', () => {
    const notAList = resolveSettings({ customSites: 'https://jobs.example.com/*' }, { customSites: [] });
    expect(notAList.values.customSites).toEqual([]);
    expect(notAList.values.blindModeEnabled).toBe(true);
    expect(notAList.locked).toContain('customSites');
    const mixed = resolveSettings({ customSites: ['https://jobs.example.com/*', 'not a pattern', 42] }, {});
    expect(mixed.values.customSites).toEqual(['https://jobs.example.com/*']);
    expect(mixed.warnings.join('\n')).toMatch(/"customSites" has invalid items/);
  });

  it('a malformed masked-type list masks every type', () => {
    const r = resolveSettings({ maskedTypes: ['NAME', 'SHOE_SIZE'] }, { maskedTypes: ['EMAIL'] });
    expect(r.values.maskedTypes).toEqual([...MASKED_ENTITY_TYPES]);
  });

  it('a malformed allow list allows nothing; a malformed deny list keeps its valid terms', () => {
    const r = resolveSettings(
      { allowTerms: 5, denyTerms: ['Acme', { bad: true }] },
      { allowTerms: ['Java'] },
    );
    expect(r.values.allowTerms).toEqual([]);
    expect(r.values.denyTerms).toEqual(['Acme']);
  });

  it('a bad cloud base URL from policy turns the cloud route off', () => {
    const r = resolveSettings({ baseUrl: 'javascript:alert(1)' }, { baseUrl: 'https://api.example.com/v1' });
    expect(r.values.cloudAllowed).toBe(false);
    expect(r.values.allowedRoutes).not.toContain('cloud');
    expect(r.locked).not.toContain('baseUrl');
  });

  it('ignores bad non-permission values with a warning and keeps the user value', () => {
    const r = resolveSettings({ scoreThreshold: 'high' }, { scoreThreshold: 0.8 });
    expect(r.values.scoreThreshold).toBe(0.8);
    expect(r.locked).not.toContain('scoreThreshold');
    expect(r.warnings).toHaveLength(1);
  });

  it('never puts a policy value in a warning', () => {
    const r = resolveSettings({ apiKey: ['sk-secret-value'], orgKey: 12345678 }, {});
    expect(r.warnings.join('\n')).not.toMatch(/sk-secret-value|12345678/);
    expect(r.warnings).toHaveLength(2);
  });

  it('warns about unknown keys and a policy that is not an object', () => {
    expect(resolveSettings({ blindMode: true }, {}).warnings).toEqual([
      'Unknown policy key "blindMode" was ignored.',
    ]);
    expect(resolveSettings('nope', {}).warnings).toEqual(['The policy is not an object and was ignored.']);
  });

  it('forced blind mode overrides the user and locks the switch', () => {
    const r = resolveSettings({ blindModeForced: true }, { blindModeEnabled: false });
    expect(r.values.blindModeEnabled).toBe(true);
    expect(r.locked).toEqual(expect.arrayContaining(['blindModeForced', 'blindModeEnabled']));
  });

  it('policy-only keys ignore user values', () => {
    const r = resolveSettings(
      {},
      { orgEndpointUnmasked: true, orgEndpointUrl: 'http://llm.corp.example/v1' },
    );
    expect(r.values.orgEndpointUnmasked).toBe(false);
    const policy = resolveSettings(
      { orgEndpointUnmasked: true, orgEndpointUrl: 'http://llm.corp.example/v1' },
      { orgEndpointUrl: 'https://elsewhere.example/v1' },
    );
    expect(policy.values.orgEndpointUnmasked).toBe(true);
    expect(policy.values.orgEndpointUrl).toBe('http://llm.corp.example/v1');
  });

  it('unmasked text needs the endpoint set by policy too', () => {
    const r = resolveSettings({ orgEndpointUnmasked: true }, { orgEndpointUrl: 'https://mine.example/v1' });
    expect(r.values.orgEndpointUnmasked).toBe(false);
    expect(r.warnings.join('\n')).toMatch(/orgEndpointUnmasked/);
  });

  it('routes follow cloudAllowed and localModelAllowed', () => {
    const r = resolveSettings({ cloudAllowed: false, localModelAllowed: false }, {});
    expect(r.values.allowedRoutes).toEqual(['org-endpoint']);
    const noCloudRoute = resolveSettings({ allowedRoutes: ['local-model'] }, { cloudAllowed: true });
    expect(noCloudRoute.values.cloudAllowed).toBe(false);
  });

  it('has a label, a section and a fail-closed rule for every setting, and valid safe values', () => {
    for (const key of Object.keys(settingsShape) as (keyof typeof settingsShape)[]) {
      const meta = SETTING_META[key];
      expect(meta.label.length, key).toBeGreaterThan(0);
      if (meta.onInvalidPolicy.kind === 'safe')
        expect(settingsShape[key].safeParse(meta.onInvalidPolicy.value).success, key).toBe(true);
    }
  });
});

describe('settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads policy > user > default from storage', async () => {
    await fakeBrowser.storage.local.set({
      [USER_SETTINGS_KEY]: { model: 'my-model', revealPolicy: 'allowed' },
    });
    await setPolicy({ revealPolicy: 'disabled' });
    const r = await loadSettings();
    expect(r.values.model).toBe('my-model');
    expect(r.values.revealPolicy).toBe('disabled');
    expect(r.locked).toEqual(['revealPolicy']);
  });

  it('stores user choices and refuses locked and policy-only keys', async () => {
    await setUserSetting('scoreThreshold', 0.65);
    await setUserSetting('gateAction', 'mask');
    expect((await loadSettings()).values).toMatchObject({ scoreThreshold: 0.65, gateAction: 'mask' });
    await setPolicy({ cloudAllowed: false });
    await expect(setUserSetting('cloudAllowed', true)).rejects.toBeInstanceOf(LockedSettingError);
    await expect(setUserSetting('blindModeForced', true)).rejects.toBeInstanceOf(LockedSettingError);
    expect((await loadSettings()).values.cloudAllowed).toBe(false);
  });

  it('rejects invalid user values', async () => {
    await expect(setUserSetting('retentionDays', 0)).rejects.toThrow();
    await expect(setUserSetting('customSites', ['nope'])).rejects.toThrow();
  });

  it('serialises quick writes so none is lost', async () => {
    await Promise.all([
      setUserSetting('model', 'a'),
      setUserSetting('scoreThreshold', 0.9),
      setUserSetting('retentionDays', 7),
    ]);
    expect((await loadSettings()).values).toMatchObject({
      model: 'a',
      scoreThreshold: 0.9,
      retentionDays: 7,
    });
  });

  it('resets user choices', async () => {
    await setUserSetting('model', 'x');
    await resetUserSettings();
    expect((await loadSettings()).values.model).toBe(DEFAULT_SETTINGS.model);
  });

  it('applies policy and user changes live', async () => {
    const seen: ResolvedSettings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setPolicy({ revealPolicy: 'disabled' });
    await vi.waitFor(() => expect(seen.at(-1)?.values.revealPolicy).toBe('disabled'));
    await setUserSetting('model', 'live-model');
    await vi.waitFor(() => expect(seen.at(-1)?.values.model).toBe('live-model'));
    await fakeBrowser.storage.managed.remove('revealPolicy');
    await vi.waitFor(() => expect(seen.at(-1)?.locked).toEqual([]));
    const count = seen.length;
    stop();
    await setPolicy({ cloudAllowed: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBe(count);
  });

  it('treats unreadable managed storage (Firefox without a policy) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    await setUserSetting('model', 'mine');
    const r = await loadSettings();
    expect(r.values.model).toBe('mine');
    expect(r.locked).toEqual([]);
    expect(await readManaged()).toEqual({});
  });

  it('fails closed when the policy exists but cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('IO error'));
    await fakeBrowser.storage.local.set({
      [USER_SETTINGS_KEY]: { revealPolicy: 'allowed', cloudAllowed: true, model: 'mine' },
    });
    const r = await loadSettings();
    expect(r.values).toMatchObject({ revealPolicy: 'disabled', cloudAllowed: false, model: 'mine' });
    // Every route is off: neither the cloud, the endpoint nor the local model is allowed.
    expect(r.values.allowedRoutes).toEqual([]);
    expect(r.locked).toEqual(expect.arrayContaining(['revealPolicy', 'cloudAllowed', 'blindModeEnabled']));
    expect(r.warnings[0]).toMatch(/could not be read/);
    await expect(readManaged()).rejects.toBeInstanceOf(PolicyUnreadableError);
    await expect(setUserSetting('revealPolicy', 'allowed')).rejects.toBeInstanceOf(LockedSettingError);
  });

  it('Firefox rejects with a plain object when there is no policy: that is no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue({
      message: 'Managed storage manifest not found',
    });
    expect(await readManaged()).toEqual({});
    expect((await loadSettings()).warnings).toEqual([]);
  });

  it('ignores unrelated storage changes', async () => {
    const seen: ResolvedSettings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    stop();
  });
});
