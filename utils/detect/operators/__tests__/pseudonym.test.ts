import { describe, expect, it } from 'vitest';
import { Vault } from '../../vault';
import { pseudonym, splitPossessive } from '../pseudonym';

describe('pseudonym', () => {
  it('gives one alias to a person and typed placeholders to everything else', () => {
    const vault = new Vault({ aliasKey: 'k' });
    const text = 'Jane Doe jane@x.io Jane';
    const at = (start: number, end: number, label: 'NAME' | 'EMAIL') =>
      pseudonym.apply({ text, start, end, label, recognizer: 'r', vault }).text;
    const alias = at(0, 8, 'NAME');
    expect(alias).toMatch(/^Candidate [A-Z0-9]{4}$/);
    expect(at(19, 23, 'NAME')).toBe(alias);
    expect(at(9, 18, 'EMAIL')).toBe('[EMAIL_1]');
  });

  it.each([
    ["Gonzalez's", ['Gonzalez', "'s"]],
    ['Gonzalez’s', ['Gonzalez', '’s']],
    ["Jones'", ['Jones', "'"]],
    ["O'Neil", ["O'Neil", '']],
  ] as const)('splits the possessive of %s', (name, parts) => {
    expect(splitPossessive(name)).toEqual(parts);
  });

  it('keeps the possessive after the alias', () => {
    const vault = new Vault({ aliasKey: 'k' });
    const text = "Gonzalez's work";
    const out = pseudonym.apply({ text, start: 0, end: 10, label: 'NAME', recognizer: 'n', vault }).text;
    expect(out).toBe(`${vault.put('NAME', 'Gonzalez')}'s`);
  });
});
