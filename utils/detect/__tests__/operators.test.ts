import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generalizeLabel } from '../operators/generalize';
import { operatorFor, operators } from '../operators/index';
import { neutralize } from '../operators/neutralize';
import type { EntityType } from '../types';
import { Vault } from '../vault';

const neutral = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  const r = neutralize.apply({
    text,
    start,
    end: start + word.length,
    label: 'PRONOUN',
    recognizer: 't',
    vault: new Vault(),
  });
  return text.slice(0, start) + r.text + text.slice(r.end ?? start + word.length);
};

describe('operator registry', () => {
  it('registers every operator file under its own id', () => {
    const dir = join(__dirname, '..', 'operators');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(operators).sort()).toEqual(files.sort());
    for (const [id, op] of Object.entries(operators)) expect(op.id).toBe(id);
  });

  it.each([
    ['NAME', 'pseudonymize', 'pseudonym'],
    ['EMAIL', 'pseudonymize', 'placeholder'],
    ['GRAD_YEAR', 'pseudonymize', 'generalize'],
    ['PRONOUN', 'pseudonymize', 'neutralize'],
    ['NAME', 'placeholder', 'placeholder'],
    ['NAME', 'redact', 'redact'],
    ['TITLE', 'redact', 'neutralize'],
  ] as const)('%s in %s mode → %s', (label, mode, id) => {
    expect(operatorFor(label, mode).id).toBe(id);
  });

  it('lets an override win', () => {
    expect(operatorFor('EMAIL', 'pseudonymize', { EMAIL: 'redact' }).id).toBe('redact');
  });
});

describe('generalize', () => {
  it.each([
    ['GRAD_YEAR', 'grad-year', '[YEAR]'],
    ['AGE', 'age', '[AGE]'],
    ['LOCATION', 'city-gazetteer', '[CITY]'],
    ['LOCATION', 'country', '[LOCATION]'],
    ['SCHOOL', 'school', '[SCHOOL]'],
    ['ID', 'x', '[ID]'],
  ] as [EntityType, string, string][])('%s by %s → %s', (label, recognizer, out) => {
    expect(generalizeLabel(label, recognizer)).toBe(out);
  });
});

describe('neutralize', () => {
  it.each([
    ['She led the team', 'She', 'They led the team'],
    ['she is a lead', 'she', 'they are a lead'],
    ['He was promoted', 'He', 'They were promoted'],
    ['HE HAS SHIPPED', 'HE', 'THEY HAVE SHIPPED'],
    ["she's great", "she's", "they're great"],
    ['I met her yesterday', 'her', 'I met them yesterday'],
    ['her code is clean', 'her', 'their code is clean'],
    ['Her team grew', 'Her', 'Their team grew'],
    ['the idea was his.', 'his', 'the idea was theirs.'],
    ['his work', 'his', 'their work'],
    ['we told him that', 'him', 'we told them that'],
    ['she taught herself Go', 'herself', 'she taught themself Go'],
    ['Dear Mr. Smith', 'Mr.', 'Dear Smith'],
    ['Dear Ms Smith', 'Ms', 'Dear Smith'],
    ['a female engineer', 'female', 'a engineer'],
    ['a 53 year old male.', 'male', 'a 53 year old person.'],
    ['his wife works', 'wife', 'his spouse works'],
    ['Mother of two', 'Mother', 'Parent of two'],
    ['an unknownword', 'unknownword', 'an [GENDER]'],
  ])('%s', (text, word, out) => {
    expect(neutral(text, word)).toBe(out);
  });
});

describe('pseudonym and placeholder', () => {
  it.each([
    ["Gonzalez's", "'s"],
    ['Gonzalez’s', '’s'],
    ["Jones'", "'"],
    ['Jones', ''],
    ["O'Neil", ''],
  ])('keeps the possessive of %s', (name, ending) => {
    const vault = new Vault({ aliasKey: 'k' });
    const text = `${name} work`;
    const input = { text, start: 0, end: name.length, label: 'NAME' as const, recognizer: 'n', vault };
    const alias = operators.pseudonym.apply(input).text;
    expect(alias).toBe(`${vault.put('NAME', name.replace(/['’]s?$/, ''))}${ending}`);
    expect(operators.placeholder.apply(input).text).toBe(`[NAME_1]${ending}`);
  });

  it('share the vault so repeated values keep their placeholder', () => {
    const vault = new Vault({ aliasKey: 'k' });
    const text = 'Jane Doe jane@x.io';
    const a = operators.pseudonym.apply({ text, start: 0, end: 8, label: 'NAME', recognizer: 'n', vault });
    const b = operators.placeholder.apply({
      text,
      start: 9,
      end: 18,
      label: 'EMAIL',
      recognizer: 'e',
      vault,
    });
    expect(a.text).toMatch(/^Candidate [A-Z0-9]{4}$/);
    expect(b.text).toBe('[EMAIL_1]');
    expect(
      operators.pseudonym.apply({ text, start: 9, end: 18, label: 'EMAIL', recognizer: 'e', vault }).text,
    ).toBe('[EMAIL_1]');
    expect(
      operators.redact.apply({ text, start: 0, end: 8, label: 'NAME', recognizer: 'n', vault }).text,
    ).toBe('[REDACTED]');
  });
});
