/** Architecture test (../shared/STYLE.md §6.3): every recognizer file is registered, tested and named by its id. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizers } from '../index';

const dir = path.resolve(__dirname, '..');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('recognizer registry', () => {
  it('registers every recognizer file once', () => {
    expect(recognizers.map((r) => r.id).sort()).toEqual([...files].sort());
    expect(new Set(recognizers.map((r) => r.id)).size).toBe(recognizers.length);
  });

  it.each(files)('%s has a table test and a fixtures note', (id) => {
    expect(fs.existsSync(path.join(dir, '__tests__', `${id}.test.ts`))).toBe(true);
    expect(fs.readFileSync(path.join(dir, `${id}.ts`), 'utf8')).toMatch(/Fixtures\/Test URLs:/);
  });
});
