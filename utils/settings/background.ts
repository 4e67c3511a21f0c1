import { browser } from '#imports';
import { recordBlindToggle, recordPolicyChange } from '../audit';
import { purgeExpired } from '../db/retention';
import { loadSettings, readManaged, USER_SETTINGS_KEY } from './index';
import { SETTING_META } from './meta';
import type { SettingKey } from './schema';
import { POLICY_SNAPSHOT_KEY } from './storage';

/** Alarm that runs the retention purge. */
export const RETENTION_ALARM = 'blindhire-retention';
/** Minutes between purges. */
export const RETENTION_PERIOD_MINUTES = 60;
export { POLICY_SNAPSHOT_KEY };

// One at a time, so a start-up check and a change event never record the same change twice.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
}

/** Purges records older than the retention setting. */
export async function runRetention(now = Date.now()) {
  const { values } = await loadSettings();
  return purgeExpired(values.retentionDays, now);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The policy as kept in the snapshot: secret values (API key, organisation key) only as hashes. */
export async function policySnapshot(policy: Record<string, unknown>): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(policy).map(async ([key, value]) => {
      const secret = SETTING_META[key as SettingKey]?.secret === true;
      return [key, secret ? `sha256:${await sha256Hex(JSON.stringify(value))}` : value] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Compares the policy with the last snapshot, records what changed in the audit log, and stores it. */
export function syncPolicySnapshot(): Promise<void> {
  return serial(async () => {
    const [current, stored] = await Promise.all([
      readManaged(),
      browser.storage.local.get(POLICY_SNAPSHOT_KEY),
    ]);
    const before = (stored[POLICY_SNAPSHOT_KEY] ?? {}) as Record<string, unknown>;
    const after = await policySnapshot(current);
    await recordPolicyChange(before, after);
    await browser.storage.local.set({ [POLICY_SNAPSHOT_KEY]: after });
  });
}

async function ensureAlarm(): Promise<void> {
  const existing = await browser.alarms.get(RETENTION_ALARM);
  if (!existing || existing.periodInMinutes !== RETENTION_PERIOD_MINUTES)
    await browser.alarms.create(RETENTION_ALARM, {
      delayInMinutes: RETENTION_PERIOD_MINUTES,
      periodInMinutes: RETENTION_PERIOD_MINUTES,
    });
}

function userBlindMode(value: unknown): boolean | undefined {
  const v = (value as Record<string, unknown> | undefined)?.blindModeEnabled;
  return typeof v === 'boolean' ? v : undefined;
}

/**
 * Background wiring for settings and data: retention purge at start-up and on an alarm (and again when
 * the retention setting changes), and audit records for policy changes and blind-mode switches.
 * Resolves when the start-up work is done.
 */
export function setUpSettings(): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention().catch(reportError);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      void syncPolicySnapshot().catch(reportError);
      void runRetention().catch(reportError);
    }
    if (area === 'local' && USER_SETTINGS_KEY in changes) {
      const change = changes[USER_SETTINGS_KEY];
      const before = userBlindMode(change?.oldValue) ?? true;
      const after = userBlindMode(change?.newValue) ?? true;
      if (before !== after) void recordBlindToggle(after, { source: 'user' }).catch(reportError);
      void runRetention().catch(reportError);
    }
  });
  return (async () => {
    await ensureAlarm();
    await syncPolicySnapshot();
    await runRetention();
  })().catch(reportError);
}

function reportError(error: unknown): void {
  // Only the error's kind and message: never page text or identifiers.
  console.warn('[BlindHire settings]', error instanceof Error ? `${error.name}: ${error.message}` : 'error');
}
