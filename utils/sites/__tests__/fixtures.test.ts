// @vitest-environment happy-dom
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifierPattern, siteFixtures } from '@/tests/fixtures/sites/manifest';
import { FIXTURE_DIR, fixtureHtml } from './load-fixture';

/** Text nodes and attribute values under a node, templates' content included. */
function collect(root: Node, out: string[]): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    const el = node as Element;
    for (const attr of Array.from(el.attributes)) out.push(attr.value);
    if (el.tagName === 'TEMPLATE') collect((el as HTMLTemplateElement).content, out);
  }
}

/** All text a fixture can show, in any state: page, frames, templates and scripts, entities decoded. */
function allText(fixture: (typeof siteFixtures)[number]): string {
  const out: string[] = [];
  for (const file of [fixture.file, ...Object.values(fixture.frames ?? {})]) {
    // Frames are served separately (listed in `frames`); do not let the parser try to load them.
    const html = fixtureHtml(file).replace(/<iframe\b/g, '<x-frame');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    out.push(doc.title);
    collect(doc.documentElement, out);
    // Also the joined text, for names split across inline elements (<mark>Ott</mark>ilie).
    out.push(doc.documentElement.textContent ?? '');
  }
  return out.join(' ');
}

describe('site fixture manifest', () => {
  it('lists every fixture page exactly once, as a page or a frame', () => {
    const listed = siteFixtures.flatMap((f) => [f.file, ...Object.values(f.frames ?? {})]);
    const onDisk = fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));
    expect([...listed].sort()).toEqual(onDisk.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each(siteFixtures.map((f) => [f.file, f]))(
    '%s: every identifier and kept string is really on the page',
    (_file, f) => {
      const text = allText(f);
      for (const id of f.identifiers) expect(identifierPattern(id).test(text), id).toBe(true);
      for (const keep of [...f.keep, ...(f.steps ?? []).flatMap((s) => s.keep)])
        expect(text.includes(keep), keep).toBe(true);
      // A name is on the page whole, or in parts joined by the adapter ("First Name" / "Last Name" fields).
      for (const name of f.names)
        expect(
          text.includes(name) || name.split(' ').every((w) => identifierPattern(w).test(text)),
          name,
        ).toBe(true);
    },
  );

  it.each(siteFixtures.map((f) => [f.file, f]))('%s: no kept string contains an identifier', (_file, f) => {
    for (const keep of [...f.keep, ...(f.steps ?? []).flatMap((s) => s.keep)]) {
      const clash = f.identifiers.filter((id) => identifierPattern(id).test(keep));
      expect(clash, keep).toEqual([]);
    }
    for (const step of f.steps ?? []) {
      expect(f.identifiers.some((id) => identifierPattern(id).test(step.waitForText))).toBe(false);
    }
  });

  it.each(siteFixtures.map((f) => [f.file, f]))(
    '%s: every name is covered by identifiers (first and last name)',
    (_file, f) => {
      for (const name of f.names) {
        for (const part of name.split(' ')) expect(f.identifiers, part).toContain(part);
      }
    },
  );

  it('matches identifiers as whole words, case-insensitively', () => {
    expect(identifierPattern('Talia').test('Italian')).toBe(false);
    // Unspaced scripts have no word boundaries: a name inside a sentence is still there.
    expect(identifierPattern('王小明').test('王小明的推荐信')).toBe(true);
    expect(identifierPattern('민준').test('김민준님은')).toBe(true);
    expect(identifierPattern('Talia').test('talia.brennquist@mailbox.example')).toBe(true);
    expect(identifierPattern('her').test('other')).toBe(false);
    expect(identifierPattern('her').test('She/Her')).toBe(true);
    expect(identifierPattern('+1 734-555-0188').test('call +1 734-555-0188.')).toBe(true);
    expect(identifierPattern('Marisol').test('Marisol_Thackwell_Resume.pdf')).toBe(true);
  });
});
