/** Generalisation: a value becomes its category ("2012" → "[YEAR]", "Pune" → "[CITY]"). Not reversible. */
import type { EntityType } from '../types';
import type { Operator } from './index';

const CATEGORY: Partial<Record<EntityType, string>> = {
  GRAD_YEAR: '[YEAR]',
  AGE: '[AGE]',
  LOCATION: '[LOCATION]',
  SCHOOL: '[SCHOOL]',
  ADDRESS: '[ADDRESS]',
  NRP: '[GROUP]',
  MARITAL: '[FAMILY STATUS]',
  PROXY: '[REDACTED]',
};

/**
 * The category placeholder for a label; a LOCATION found by a city recognizer becomes "[CITY]".
 * @example generalizeLabel('GRAD_YEAR', 'grad-year') // "[YEAR]"
 */
export function generalizeLabel(label: EntityType, recognizer: string): string {
  if (label === 'LOCATION' && /city|cities/i.test(recognizer)) return '[CITY]';
  return CATEGORY[label] ?? `[${label}]`;
}

/** @example generalize.apply({ label: 'AGE', ... }) // { text: "[AGE]" } */
export const generalize: Operator = {
  id: 'generalize',
  reversible: false,
  apply({ label, recognizer }) {
    return { text: generalizeLabel(label, recognizer) };
  },
};
