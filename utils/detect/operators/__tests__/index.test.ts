import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operatorFor, operators } from '../index';

describe('operator registry', () => {
  const dir = join(__dirname, '..');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every operator file under its own id', () => {
    expect(Object.keys(operators).sort()).toEqual(files.sort());
    for (const [id, op] of Object.entries(operators)) expect(op.id).toBe(id);
  });

  it.each(files)('%s has its own test file', (id) => {
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it.each([
    ['NAME', 'pseudonymize', 'pseudonym'],
    ['EMAIL', 'pseudonymize', 'placeholder'],
    ['GRAD_YEAR', 'pseudonymize', 'generalize'],
    ['PRONOUN', 'pseudonymize', 'neutralize'],
    ['PROXY', 'pseudonymize', 'redact'],
    ['NAME', 'placeholder', 'placeholder'],
    ['NAME', 'redact', 'redact'],
    ['TITLE', 'redact', 'neutralize'],
  ] as const)('%s in %s mode → %s', (label, mode, id) => {
    expect(operatorFor(label, mode).id).toBe(id);
  });

  it('lets an override win', () => {
    expect(operatorFor('EMAIL', 'pseudonymize', { EMAIL: 'redact' }).id).toBe('redact');
  });

  it('marks which operators the vault can undo', () => {
    const reversible = Object.values(operators)
      .filter((o) => o.reversible)
      .map((o) => o.id)
      .sort();
    expect(reversible).toEqual(['placeholder', 'pseudonym']);
  });
});
