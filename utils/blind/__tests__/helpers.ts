import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Span } from '../../detect/types';
import { within } from '../../sites/read';
import type { SiteAdapter } from '../../sites/types';
import type { MaskEngine } from '../engine-types';
import { PageMasker } from '../masker';

/**
 * A scripted engine for DOM tests: finds the known names (and their first/last parts), e-mail
 * addresses and the given extra terms. The real engine is tested by its own helpers.
 */
export function scriptedEngine(extra: Record<string, Span['label']> = {}): MaskEngine & { calls: number } {
  const engine = {
    calls: 0,
    detect(text: string, knownNames: readonly string[]): Span[] {
      engine.calls++;
      const spans: Span[] = [];
      const terms: [string, Span['label']][] = Object.entries(extra);
      for (const name of knownNames) {
        terms.push([name, 'NAME']);
        for (const part of name.split(/\s+/)) if (part.length > 2) terms.push([part, 'NAME']);
      }
      terms.sort((a, b) => b[0].length - a[0].length);
      for (const [term, label] of terms) {
        let at = text.indexOf(term);
        while (at >= 0) {
          spans.push({ start: at, end: at + term.length, label, score: 1, recognizer: 'scripted' });
          at = text.indexOf(term, at + term.length);
        }
      }
      for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
        spans.push({
          start: m.index,
          end: m.index + m[0].length,
          label: 'EMAIL',
          score: 1,
          recognizer: 'email',
        });
      }
      return spans;
    },
    replace(_text: string, spans: readonly Span[]): string[] {
      return spans.map((s) => (s.label === 'NAME' ? 'Candidate TEST' : `[${s.label}]`));
    },
  };
  return engine;
}

/** An adapter reading the name from `h1` and photos from `.photo`. */
export const testAdapter: SiteAdapter = {
  id: 'test',
  label: 'Test',
  matches: ['https://example.test/*'],
  readIdentity(root) {
    // (The root itself too, as the real adapters read it: a batch's added root may be the heading.)
    const h1 = within(root, 'h1[data-name]')[0];
    return { names: h1 ? [h1.getAttribute('data-name')!] : [], profileUrls: [] };
  },
  candidateRoots: '.card',
  photoSelectors: ['img.photo', '.bg-photo'],
};

/** Waits for queued mutation callbacks. */
export const flush = () => new Promise((r) => setTimeout(r, 0));

/** A masker on this document with the test adapter and a scripted engine; errors are thrown. */
export function testMasker(
  engine: MaskEngine = scriptedEngine(),
  adapter: SiteAdapter = testAdapter,
): PageMasker {
  return new PageMasker({
    doc: document,
    adapter,
    engine,
    onError: (e) => {
      throw e;
    },
  });
}

/**
 * Stops, after each test, every masker that began watching the document during it: otherwise the maskers
 * of earlier tests keep watching the file's shared document and answer the next test's writes.
 * Call once at the top of a test file.
 */
export function stopMaskersAfterEach(): void {
  const watching = new Set<PageMasker>();
  const proto = PageMasker.prototype;
  const methods = ['start', 'beginEarly', 'guardTitle'] as const;
  const originals = methods.map((name) => proto[name]);
  beforeAll(() => {
    methods.forEach((name, i) => {
      proto[name] = function (this: PageMasker) {
        watching.add(this);
        return originals[i]!.call(this);
      };
    });
  });
  afterEach(() => {
    for (const masker of watching) masker.stop();
    watching.clear();
  });
  afterAll(() => {
    methods.forEach((name, i) => {
      proto[name] = originals[i]!;
    });
  });
}
