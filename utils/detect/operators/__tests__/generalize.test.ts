import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../types';
import { Vault } from '../../vault';
import { generalize, generalizeLabel } from '../generalize';

describe('generalize', () => {
  it.each([
    ['GRAD_YEAR', 'grad-year', '[YEAR]'],
    ['AGE', 'age', '[AGE]'],
    ['LOCATION', 'city-gazetteer', '[CITY]'],
    ['LOCATION', 'location', '[LOCATION]'],
    ['SCHOOL', 'school', '[SCHOOL]'],
    ['NRP', 'nrp', '[GROUP]'],
    ['ID', 'x', '[ID]'],
  ] as [EntityType, string, string][])('%s by %s → %s', (label, recognizer, out) => {
    expect(generalizeLabel(label, recognizer)).toBe(out);
  });

  it('records nothing in the vault', () => {
    const vault = new Vault();
    const text = 'Class of 2012';
    expect(
      generalize.apply({ text, start: 9, end: 13, label: 'GRAD_YEAR', recognizer: 'grad-year', vault }),
    ).toEqual({
      text: '[YEAR]',
    });
    expect(vault.size).toBe(0);
  });
});
