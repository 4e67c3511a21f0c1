/**
 * Operators turn a detected span into its replacement (Presidio's anonymizer operators). They are
 * looked up by entity type, with a default, and this file is the ONLY place they are enabled.
 */
import type { EntityType } from '../types';
import type { Vault } from '../vault';
import { generalize } from './generalize';
import { neutralize } from './neutralize';
import { placeholder } from './placeholder';
import { pseudonym } from './pseudonym';
import { redact } from './redact';

/** What an operator is given: the whole text (for context), the span, and the vault. */
export interface OperatorInput {
  text: string;
  start: number;
  end: number;
  label: EntityType;
  recognizer: string;
  vault: Vault;
  /** Key of the person aliases; defaults to the vault's. */
  aliasKey?: string;
}

/** The replacement of a span. `end`, when set, extends the span (e.g. to swallow "Mr." + space). */
export interface Replacement {
  text: string;
  end?: number;
}

/** One way of replacing a span. */
export interface Operator {
  id: OperatorId;
  /** Whether the vault can restore the replacement to the original. */
  reversible: boolean;
  apply(input: OperatorInput): Replacement;
}

/** Ids of the operators; each is also its file name. */
export type OperatorId = 'pseudonym' | 'placeholder' | 'redact' | 'generalize' | 'neutralize';

/** The registry: every operator, by id. */
export const operators: Record<OperatorId, Operator> = {
  pseudonym,
  placeholder,
  redact,
  generalize,
  neutralize,
};

/**
 * Modes of anonymisation:
 * - "pseudonymize" (default): people get aliases, contact details typed placeholders, years, ages,
 *   places and schools are generalised, pronouns and titles neutralised;
 * - "placeholder": typed placeholders for everything reversible, people included ("[NAME_1]");
 * - "redact": "[REDACTED]" for everything except pronouns and titles, which are neutralised.
 */
export type AnonymizeMode = 'pseudonymize' | 'placeholder' | 'redact';

const PSEUDONYMIZE: Partial<Record<EntityType, OperatorId>> = {
  NAME: 'pseudonym',
  GRAD_YEAR: 'generalize',
  AGE: 'generalize',
  LOCATION: 'generalize',
  SCHOOL: 'generalize',
  NRP: 'generalize',
  MARITAL: 'generalize',
  PROXY: 'redact',
  TITLE: 'neutralize',
  PRONOUN: 'neutralize',
};
const NEUTRAL_ONLY: Partial<Record<EntityType, OperatorId>> = { TITLE: 'neutralize', PRONOUN: 'neutralize' };

const BY_MODE: Record<
  AnonymizeMode,
  { table: Partial<Record<EntityType, OperatorId>>; fallback: OperatorId }
> = {
  pseudonymize: { table: PSEUDONYMIZE, fallback: 'placeholder' },
  placeholder: { table: { ...NEUTRAL_ONLY, PROXY: 'redact' }, fallback: 'placeholder' },
  redact: { table: NEUTRAL_ONLY, fallback: 'redact' },
};

/**
 * The operator for a label: an explicit override first, then the mode's table, then its default.
 * @example operatorFor('EMAIL').id // "placeholder"
 */
export function operatorFor(
  label: EntityType,
  mode: AnonymizeMode = 'pseudonymize',
  overrides: Partial<Record<EntityType, OperatorId>> = {},
): Operator {
  const { table, fallback } = BY_MODE[mode];
  return operators[overrides[label] ?? table[label] ?? fallback];
}
