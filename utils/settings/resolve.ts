import { SETTING_META } from './meta';
import { DEFAULT_SETTINGS, type Route, type SettingKey, type Settings, settingsShape } from './schema';

/** The settings in force, which of them the organisation set, and problems found in the policy. */
export interface ResolvedSettings {
  values: Settings;
  /** Keys set by enterprise policy: shown locked ("Set by your organisation"). */
  locked: SettingKey[];
  /** Human-readable warnings about policy values that were ignored or replaced by a safe value. */
  warnings: string[];
}

const SETTING_KEYS = Object.keys(settingsShape) as SettingKey[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the items of a list that pass the item schema, or null when the value is not a list. */
function salvageList(key: SettingKey, value: unknown): unknown[] | null {
  if (!Array.isArray(value)) return null;
  const schema = settingsShape[key];
  const kept = value.filter((item) => schema.safeParse([item]).success);
  return schema.safeParse(kept).success ? kept : null;
}

/**
 * Merges policy over user choices over defaults, validating each value against its declaration.
 * Fails closed: a present-but-invalid policy value for a permission-like key resolves to the safe
 * value (locked), never to the user's choice; other bad policy values are ignored. Each problem
 * gives a warning naming the key (never the value, which may be a secret).
 */
export function resolveSettings(
  managedInput: unknown,
  userInput: unknown,
  options: { policyUnreadable?: boolean } = {},
): ResolvedSettings {
  const warnings: string[] = [];
  if (options.policyUnreadable)
    warnings.push("The organisation's policy could not be read; safe settings apply until it can.");
  const managed = isRecord(managedInput) ? managedInput : {};
  if (managedInput != null && !isRecord(managedInput))
    warnings.push('The policy is not an object and was ignored.');
  const user = isRecord(userInput) ? userInput : {};

  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const locked = new Set<SettingKey>();
  const disabledRoutes = new Set<Route>();

  for (const key of SETTING_KEYS) {
    const schema = settingsShape[key];
    const meta = SETTING_META[key];
    if (key in user && user[key] !== undefined && !meta.policyOnly) {
      const parsed = schema.safeParse(user[key]);
      if (parsed.success) values[key] = parsed.data;
    }
    if (options.policyUnreadable) {
      // As if every permission-like key had a bad policy value.
      if (meta.onInvalidPolicy.kind === 'safe') {
        values[key] = meta.onInvalidPolicy.value;
        locked.add(key);
      }
      if (meta.invalidDisablesRoute) disabledRoutes.add(meta.invalidDisablesRoute);
      continue;
    }
    if (!(key in managed) || managed[key] === undefined) continue;
    const parsed = schema.safeParse(managed[key]);
    if (parsed.success) {
      values[key] = parsed.data;
      locked.add(key);
      continue;
    }
    const reason = parsed.error.issues[0]?.message ?? 'bad value';
    const rule = meta.onInvalidPolicy;
    if (meta.invalidDisablesRoute) disabledRoutes.add(meta.invalidDisablesRoute);
    const routeNote = meta.invalidDisablesRoute ? ` The "${meta.invalidDisablesRoute}" route is off.` : '';
    if (rule.kind === 'safe') {
      values[key] = rule.value;
      locked.add(key);
      warnings.push(
        `Policy value for "${key}" is invalid (${reason}); the safe value ${JSON.stringify(rule.value)} applies.${routeNote}`,
      );
    } else if (rule.kind === 'salvage') {
      const kept = salvageList(key, managed[key]);
      values[key] = kept ?? DEFAULT_SETTINGS[key];
      locked.add(key);
      warnings.push(
        kept
          ? `Policy value for "${key}" has invalid items (${reason}); only the ${kept.length} valid item(s) apply.`
          : `Policy value for "${key}" is invalid (${reason}); the default applies.`,
      );
    } else {
      warnings.push(`Policy value for "${key}" is invalid and was ignored (${reason}).${routeNote}`);
    }
  }
  for (const key of Object.keys(managed)) {
    if (!(key in settingsShape)) warnings.push(`Unknown policy key "${key}" was ignored.`);
  }

  const v = values as Settings;
  // Cross-key rules, all on the safe side.
  if (v.blindModeForced) {
    v.blindModeEnabled = true;
    if (locked.has('blindModeForced')) locked.add('blindModeEnabled');
  }
  if (!v.cloudAllowed) disabledRoutes.add('cloud');
  if (!v.localModelAllowed) disabledRoutes.add('local-model');
  // Unmasked text may only go to an endpoint the organisation itself named.
  if (v.orgEndpointUnmasked && !(locked.has('orgEndpointUrl') && v.orgEndpointUrl !== '')) {
    v.orgEndpointUnmasked = false;
    if (locked.has('orgEndpointUnmasked'))
      warnings.push(
        '"orgEndpointUnmasked" needs "orgEndpointUrl" set by policy too; unmasked text stays off.',
      );
  }
  if (disabledRoutes.size > 0)
    v.allowedRoutes = v.allowedRoutes.filter((route) => !disabledRoutes.has(route));
  if (!v.allowedRoutes.includes('cloud')) v.cloudAllowed = false;

  return { values: v, locked: SETTING_KEYS.filter((key) => locked.has(key)), warnings };
}

/** True when a route may be used under these settings. */
export function routeAllowed(settings: Settings, route: Route): boolean {
  return settings.allowedRoutes.includes(route);
}
