// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFixtures } from '@/tests/fixtures/sites/manifest';
import { adapters, genericAdapter, type SiteAdapter } from '..';

const SITES_DIR = path.resolve(import.meta.dirname, '..');
/** Files in utils/sites that are not adapters. */
const SUPPORT_FILES = new Set(['index.ts', 'types.ts', 'read.ts', 'names.ts']);
const adapterFiles = fs
  .readdirSync(SITES_DIR)
  .filter((f) => f.endsWith('.ts') && !SUPPORT_FILES.has(f))
  .map((f) => f.replace(/\.ts$/, ''));
const registered: SiteAdapter[] = [...adapters, genericAdapter];

describe('site adapter architecture', () => {
  it('registers every adapter file exactly once, generic apart', () => {
    expect(registered.map((a) => a.id).sort()).toEqual([...adapterFiles].sort());
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
    expect(adapters).not.toContain(genericAdapter);
  });

  it.each(adapterFiles)('%s: id equals the file name, has a test, fixtures and a Fixtures note', (name) => {
    const source = fs.readFileSync(path.join(SITES_DIR, `${name}.ts`), 'utf8');
    expect(registered.find((a) => a.id === name)).toBeDefined();
    expect(fs.existsSync(path.join(SITES_DIR, '__tests__', `${name}.test.ts`))).toBe(true);
    expect(siteFixtures.some((f) => f.adapter === name)).toBe(true);
    expect(source).toMatch(/\/\/ Fixtures: /);
  });

  it.each(registered.map((a) => [a.id, a]))(
    '%s: selectors are valid CSS and matches valid patterns',
    (_id, adapter) => {
      const doc = document.implementation.createHTMLDocument('t');
      for (const sel of [
        ...adapter.photoSelectors,
        ...(adapter.candidateRegions ?? []),
        adapter.candidateRoots ?? 'x',
      ]) {
        expect(() => doc.querySelectorAll(sel)).not.toThrow();
      }
      for (const m of adapter.matches) expect(m).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/.*\*$/);
      expect(adapter.label.length).toBeGreaterThan(0);
    },
  );

  it.each(registered.map((a) => [a.id, a]))(
    '%s: readIdentity never throws on pages without its hooks',
    (_id, adapter) => {
      const empty = document.implementation.createHTMLDocument('');
      expect(adapter.readIdentity(empty)).toEqual({ names: [], profileUrls: [] });
      const odd = document.implementation.createHTMLDocument('x');
      odd.body.innerHTML =
        '<script type="application/ld+json">{not json</script><h1></h1><dt>Name</dt><figure aria-label=""></figure>';
      expect(() => adapter.readIdentity(odd)).not.toThrow();
      expect(() => adapter.readIdentity(odd.body)).not.toThrow();
    },
  );
});
