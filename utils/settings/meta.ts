import { MASKED_ENTITY_TYPES } from '../detect/types';
import type { Route, SettingKey, Settings } from './schema';

/** Sections of the options page, in order. */
export const SETTING_GROUPS = [
  'Blind mode',
  'Detection',
  'Writing help',
  'Local model',
  'Data and audit',
] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** How the organisation's policy treats a key when its value is present but invalid. */
export type FailClosed<K extends SettingKey> =
  /** Use this safe value, locked: the user's choice never replaces a bad permission-like policy. */
  | { kind: 'safe'; value: Settings[K] }
  /** Keep the valid items of a list (more masking is the safe side), locked. */
  | { kind: 'salvage' }
  /** Ignore the policy value: the user's choice or the default applies. */
  | { kind: 'ignore' };

export interface SettingMeta<K extends SettingKey> {
  label: string;
  group: SettingGroup;
  /** A secret: shown as a password field, never written to logs or audit records. */
  secret?: boolean;
  /** Only an organisation's policy may set it; the user's stored value is ignored. */
  policyOnly?: boolean;
  /** What a present-but-invalid policy value resolves to. */
  onInvalidPolicy: FailClosed<K>;
  /** A bad policy value for this key also turns this writing-help route off (fail closed). */
  invalidDisablesRoute?: Route;
}

/**
 * Labels, sections and fail-closed rules for every setting. The help text is the declaration's
 * description (schema.ts).
 */
export const SETTING_META: { [K in SettingKey]: SettingMeta<K> } = {
  blindModeEnabled: {
    label: 'Blind mode on',
    group: 'Blind mode',
    onInvalidPolicy: { kind: 'safe', value: true },
  },
  blindModeForced: {
    label: 'Blind mode always on',
    group: 'Blind mode',
    policyOnly: true,
    onInvalidPolicy: { kind: 'safe', value: true },
  },
  customSites: { label: 'Extra sites', group: 'Blind mode', onInvalidPolicy: { kind: 'salvage' } },
  revealPolicy: {
    label: 'Revealing masked items',
    group: 'Blind mode',
    onInvalidPolicy: { kind: 'safe', value: 'disabled' },
  },
  orgKey: {
    label: 'Organisation key',
    group: 'Blind mode',
    secret: true,
    onInvalidPolicy: { kind: 'ignore' },
  },
  maskedTypes: {
    label: 'Masked identifier types',
    group: 'Detection',
    onInvalidPolicy: { kind: 'safe', value: [...MASKED_ENTITY_TYPES] },
  },
  scoreThreshold: { label: 'Detection threshold', group: 'Detection', onInvalidPolicy: { kind: 'ignore' } },
  allowTerms: {
    label: 'Never mask these terms',
    group: 'Detection',
    onInvalidPolicy: { kind: 'safe', value: [] },
  },
  denyTerms: { label: 'Always mask these terms', group: 'Detection', onInvalidPolicy: { kind: 'salvage' } },
  cloudAllowed: {
    label: 'Cloud writing help allowed',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'safe', value: false },
  },
  allowedRoutes: {
    label: 'Allowed routes',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'safe', value: ['local-model'] },
  },
  provider: {
    label: 'Cloud provider',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'ignore' },
    invalidDisablesRoute: 'cloud',
  },
  baseUrl: {
    label: 'Cloud API base URL',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'ignore' },
    invalidDisablesRoute: 'cloud',
  },
  model: {
    label: 'Cloud model',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'ignore' },
    invalidDisablesRoute: 'cloud',
  },
  apiKey: {
    label: 'Cloud API key',
    group: 'Writing help',
    secret: true,
    onInvalidPolicy: { kind: 'ignore' },
  },
  orgEndpointUrl: {
    label: 'Organisation endpoint URL',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'safe', value: '' },
    invalidDisablesRoute: 'org-endpoint',
  },
  orgEndpointModel: {
    label: 'Organisation endpoint model',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'ignore' },
  },
  orgEndpointUnmasked: {
    label: 'Unmasked text may go to the organisation endpoint',
    group: 'Writing help',
    policyOnly: true,
    onInvalidPolicy: { kind: 'safe', value: false },
  },
  gateAction: {
    label: 'Privacy gate action',
    group: 'Writing help',
    onInvalidPolicy: { kind: 'safe', value: 'block' },
  },
  localModelAllowed: {
    label: 'In-browser model allowed',
    group: 'Local model',
    onInvalidPolicy: { kind: 'safe', value: false },
  },
  localModelId: { label: 'In-browser model', group: 'Local model', onInvalidPolicy: { kind: 'ignore' } },
  modelList: { label: 'Custom model list', group: 'Local model', onInvalidPolicy: { kind: 'ignore' } },
  modelBaseUrl: { label: 'Model weights mirror', group: 'Local model', onInvalidPolicy: { kind: 'ignore' } },
  retentionDays: {
    label: 'Keep records for (days)',
    group: 'Data and audit',
    onInvalidPolicy: { kind: 'ignore' },
  },
};
