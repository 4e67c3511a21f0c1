import { describe, expect, it } from 'vitest';
import { ALIAS_ALPHABET, aliasCode, candidateAlias, nameTokens, normaliseName } from '../alias';

describe('candidateAlias', () => {
  it('has the form "Candidate XXXX" over the unambiguous alphabet', () => {
    const alias = candidateAlias('Meda Cronin', 'org-key');
    expect(alias).toMatch(new RegExp(`^Candidate [${ALIAS_ALPHABET}]{4}$`));
    expect(ALIAS_ALPHABET).not.toMatch(/[01OIL58SB]/);
  });

  it.each([
    ['Jane Doe', 'JANE DOE'],
    ['José Álvarez', 'Jose Alvarez'],
    ['Jean-Luc Picard', 'jean luc  picard'],
    ["O'Neil", "O'NEIL's"],
    ['Priya Raghavan', 'Pr\u200Biya R\u0430ghavan'],
    ['Jane Doe', '\uFF2Aane Doe'],
  ])('folds %s and %s to one alias', (a, b) => {
    expect(candidateAlias(a, 'k')).toBe(candidateAlias(b, 'k'));
  });

  it('depends on the key and the name', () => {
    expect(candidateAlias('Jane Doe', 'k1')).not.toBe(candidateAlias('Jane Doe', 'k2'));
    expect(candidateAlias('Jane Doe', 'k1')).not.toBe(candidateAlias('John Doe', 'k1'));
  });

  it('gives a different code on another attempt (collision handling)', () => {
    expect(aliasCode('Jane Doe', 'k', 1)).not.toBe(aliasCode('Jane Doe', 'k', 0));
  });

  it('never spells the initials, across many names', () => {
    for (let i = 0; i < 2000; i++) {
      const first = String.fromCharCode(65 + (i % 26));
      const last = String.fromCharCode(65 + ((i * 7) % 26));
      const code = aliasCode(`${first}x${i} ${last}y`, 'key');
      expect(code.includes(`${first}${last}`)).toBe(false);
    }
  });

  it('spreads codes: 500 names give at least 495 distinct aliases', () => {
    const codes = new Set(Array.from({ length: 500 }, (_, i) => aliasCode(`Person Number${i}`, 'k')));
    expect(codes.size).toBeGreaterThanOrEqual(495);
  });
});

describe('normaliseName', () => {
  it('drops diacritics, case, possessives and punctuation', () => {
    expect(normaliseName('  Zoë  Ó’Brien’s ')).toBe('zoe o brien');
    expect(nameTokens('Samuel L. Jackson')).toEqual(['samuel', 'l', 'jackson']);
    expect(nameTokens('  ')).toEqual([]);
  });
});
