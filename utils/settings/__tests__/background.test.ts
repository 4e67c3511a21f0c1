import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { queryAudit } from '../../audit';
import { db } from '../../db';
import { POLICY_SNAPSHOT_KEY, RETENTION_ALARM, RETENTION_PERIOD_MINUTES, setUpSettings } from '../background';
import { setUserSetting } from '../index';

const DAY = 86_400_000;

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([db.audit.clear(), db.drafts.clear(), db.vault.clear()]);
});

async function seedOld() {
  const old = Date.now() - 45 * DAY;
  await db.audit.add({ at: old, kind: 'reveal', alias: 'Candidate OLD1' });
  await db.drafts.add({
    id: 'd',
    createdAt: old,
    updatedAt: old,
    task: 't',
    masked: '',
    output: '',
    status: 'done',
  });
}

describe('setUpSettings', () => {
  it('purges at start-up and schedules an alarm', async () => {
    await seedOld();
    await setUpSettings();
    expect(await db.drafts.count()).toBe(0);
    expect(await db.audit.where('alias').equals('Candidate OLD1').count()).toBe(0);
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({
      periodInMinutes: RETENTION_PERIOD_MINUTES,
    });
  });

  it('purges when the alarm fires, using the retention setting in force', async () => {
    await setUpSettings();
    await fakeBrowser.storage.managed.set({ retentionDays: 60 });
    await seedOld();
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await new Promise((r) => setTimeout(r, 30));
    expect(await db.drafts.count()).toBe(1);
    await fakeBrowser.storage.managed.set({ retentionDays: 7 });
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(0));
  });

  it('records the policy found at start-up, then each change, without repeats', async () => {
    await fakeBrowser.storage.managed.set({ cloudAllowed: false });
    await setUpSettings();
    await fakeBrowser.storage.managed.set({ revealPolicy: 'disabled' });
    await vi.waitFor(async () => expect(await queryAudit({ kinds: ['policy-change'] })).toHaveLength(2));
    const details = (await queryAudit({ kinds: ['policy-change'] })).map((e) => e.detail);
    expect(details).toEqual(['revealPolicy: unset → disabled', 'cloudAllowed: unset → false']);
    expect((await fakeBrowser.storage.local.get(POLICY_SNAPSHOT_KEY))[POLICY_SNAPSHOT_KEY]).toEqual({
      cloudAllowed: false,
      revealPolicy: 'disabled',
    });
    // A restart with the same policy records nothing new.
    fakeBrowser.storage.onChanged.removeAllListeners?.();
    await setUpSettings();
    expect(await queryAudit({ kinds: ['policy-change'] })).toHaveLength(2);
  });

  it('keeps secrets out of the snapshot and the audit log, but records that they changed', async () => {
    await fakeBrowser.storage.managed.set({ apiKey: 'sk-policy-secret-1', cloudAllowed: true });
    await setUpSettings();
    await fakeBrowser.storage.managed.set({ apiKey: 'sk-policy-secret-2' });
    await vi.waitFor(async () => expect(await queryAudit({ kinds: ['policy-change'] })).toHaveLength(2));
    const snapshot = (await fakeBrowser.storage.local.get(POLICY_SNAPSHOT_KEY))[POLICY_SNAPSHOT_KEY];
    expect(JSON.stringify(snapshot)).not.toContain('sk-policy-secret');
    expect((snapshot as { apiKey: string }).apiKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    const audit = JSON.stringify(await queryAudit({}));
    expect(audit).not.toContain('sk-policy-secret');
    expect((await queryAudit({ kinds: ['policy-change'] }))[0]?.detail).toBe('apiKey: set → set');
  });

  it('records blind mode switched by the user', async () => {
    await setUpSettings();
    await setUserSetting('blindModeEnabled', false);
    await vi.waitFor(async () => expect(await queryAudit({ kinds: ['blind-toggle'] })).toHaveLength(1));
    await setUserSetting('scoreThreshold', 0.7);
    await setUserSetting('blindModeEnabled', true);
    await vi.waitFor(async () => expect(await queryAudit({ kinds: ['blind-toggle'] })).toHaveLength(2));
    expect((await queryAudit({ kinds: ['blind-toggle'] })).map((e) => e.detail)).toEqual([
      'Blind mode on',
      'Blind mode off',
    ]);
  });
});
