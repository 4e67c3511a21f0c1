// @vitest-environment happy-dom
/**
 * A recruiting page's visible text given to the engine as a plain document, with no options: as
 * `npm run detect` meets a page's text copied or saved from LinkedIn or an ATS, with no page adapter to
 * read the candidate's name and no DOM to mask avatars. Each site fixture's text runs (one a line, as a
 * page's innerText gives them) must come back with its identifiers masked, the job-relevant strings kept.
 * The engine has to find the page's people itself: the names the text states (statedNames), the page's
 * own phrases (looksLikePage), initials avatars beside names. No identifier may stay unmasked (KNOWN
 * would list a fixture allowed a leak; none is).
 */
import { describe, expect, it } from 'vitest';
import { identifierPattern, siteFixtures } from '@/tests/fixtures/sites/manifest';
import { loadFixture } from '../../sites/__tests__/load-fixture';
import { analyze } from '../analyze';

const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text runs a person sees, one a line (the title first). */
function visibleText(doc: Document): string {
  const lines = [doc.title];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const t = child.nodeValue?.trim();
        if (t) lines.push(t);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (NOT_SHOWN.has(el.tagName) || el.hasAttribute('hidden')) continue;
        if (/display:\s*none/.test(el.getAttribute('style') ?? '')) continue;
        visit(el);
      }
    }
  };
  visit(doc.body);
  return lines.join('\n');
}

/** Identifiers with an occurrence not wholly masked, and keep strings touched by a mask. */
function check(file: string): { leaks: string[]; lost: string[] } {
  const fixture = siteFixtures.find((f) => f.file === file)!;
  const text = visibleText(loadFixture(file));
  const masked = new Uint8Array(text.length);
  for (const s of analyze(text)) masked.fill(1, s.start, s.end);
  const leaks: string[] = [];
  for (const id of fixture.identifiers) {
    const re = new RegExp(identifierPattern(id).source, 'giu');
    for (const m of text.matchAll(re)) {
      if (masked.subarray(m.index, m.index + m[0].length).includes(0)) {
        leaks.push(`${id} «${text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 15)}»`);
        break;
      }
    }
  }
  const lost = fixture.keep.filter((k) => {
    const i = text.indexOf(k);
    return i >= 0 && masked.subarray(i, i + k.length).includes(1);
  });
  return { leaks, lost };
}

/**
 * Leaks known today, per fixture (none: generic-icims' people named surname first after a role, its
 * referrer "Employee Referral: Okonjo, Temperance" and the manager in "contact her current manager
 * (Whitcombe, Anselm) yet", are read from their role even where the text reads as no page).
 */
const KNOWN: Record<string, number> = {};

describe('a recruiting page’s text as a plain document', () => {
  it.each(siteFixtures.map((f) => [f.file] as const))('%s', (file) => {
    const { leaks, lost } = check(file);
    expect(leaks.length, leaks.join('\n')).toBeLessThanOrEqual(KNOWN[file] ?? 0);
    expect(lost, lost.join(', ')).toEqual([]);
  });
});
