import type { Span } from '../../detect/types';
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
    const h1 = root.querySelector('h1[data-name]');
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
