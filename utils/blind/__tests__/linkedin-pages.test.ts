// @vitest-environment happy-dom
/**
 * Every LinkedIn fixture masked by the real page engine in happy-dom, as tests/e2e/sites.spec.ts does in
 * Chromium: no identifier may remain in the text a person sees, the title, the alt/title/aria-label
 * attributes or any href, and the job-relevant strings stay. Lazy sections and modals that the pages
 * keep in <template>s are added after the first pass, as the pages' own scripts add them. A fast guard
 * for the adapter and the masker (no browser, no build); the e2e spec stays the reference.
 */
import { describe, expect, it } from 'vitest';
import { identifierPattern, siteFixtures } from '@/tests/fixtures/sites/manifest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { loadFixture } from '../../sites/__tests__/load-fixture';
import { linkedin } from '../../sites/linkedin';
import { createPageEngine } from '../engine';
import { PageMasker } from '../masker';

const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'CODE']);
const ATTRS = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description', 'href'];

/** Not rendered: inside a script, style or template, or under an inline display:none or [hidden]. */
function notShown(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (
      NOT_SHOWN.has(e.tagName) &&
      (e.tagName !== 'CODE' || /display:\s*none/.test(e.getAttribute('style') ?? ''))
    )
      return true;
    if (/display:\s*none/.test(e.getAttribute('style') ?? '') || e.hasAttribute('hidden')) return true;
  }
  return false;
}

/** "identifier @ where: value" for every identifier a person or a screen reader can still get at. */
function leaks(doc: Document, identifiers: readonly string[]): string[] {
  const patterns = identifiers.map((id) => [id, identifierPattern(id)] as const);
  const out: string[] = [];
  const check = (where: string, value: string | null) => {
    if (value) for (const [id, re] of patterns) if (re.test(value)) out.push(`${id} @ ${where}: ${value}`);
  };
  check('title', doc.title);
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!notShown(n.parentElement)) check(`<${n.parentElement?.tagName.toLowerCase()}>`, n.nodeValue);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (notShown(el)) continue;
    for (const attr of ATTRS) check(`<${el.tagName.toLowerCase()} ${attr}>`, el.getAttribute(attr));
  }
  return out;
}

describe('LinkedIn fixtures masked by the real engine', () => {
  it.each(siteFixtures.filter((f) => f.adapter === 'linkedin').map((f) => [f.file, f] as const))(
    '%s: no identifier left, job-relevant text kept',
    async (_file, fixture) => {
      const doc = loadFixture(fixture.file);
      const masker = new PageMasker({
        doc,
        adapter: linkedin,
        engine: createPageEngine(DEFAULT_SETTINGS, 'linkedin-pages'),
        onError: (e) => {
          throw e;
        },
      });
      masker.start();
      for (const template of Array.from(doc.querySelectorAll('template'))) {
        const box = doc.createElement('div');
        box.append((template as HTMLTemplateElement).content.cloneNode(true));
        doc.body.append(box);
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(leaks(doc, fixture.identifiers)).toEqual([]);
      const text = doc.body.textContent ?? '';
      const kept = [...fixture.keep, ...(fixture.steps ?? []).flatMap((s) => s.keep)];
      expect(kept.filter((k) => !text.includes(k))).toEqual([]);
      masker.stop();
    },
  );
});
