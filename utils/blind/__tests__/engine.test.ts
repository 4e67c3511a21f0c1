import { describe, expect, it } from 'vitest';
import type { Span } from '../../detect/types';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { createPageEngine } from '../engine';
import { addNamesToCache, detectSpans } from '../text-mask';

describe('page engine', () => {
  it('gives one alias per person and typed chips, keyed by the alias key', () => {
    const a = createPageEngine(DEFAULT_SETTINGS, 'org-key');
    const b = createPageEngine(DEFAULT_SETTINGS, 'org-key');
    const text = 'Ilse Marwood wrote to ilse.marwood@postbox.test';
    const spans = a.detect(text, ['Ilse Marwood']);
    const reps = a.replace(text, spans);
    expect(reps[0]).toMatch(/^Candidate [0-9A-Z]{4}$/);
    expect(reps).toContain('[EMAIL_1]');
    expect(b.replace(text, b.detect(text, ['Ilse Marwood']))[0]).toBe(reps[0]);
    expect(createPageEngine(DEFAULT_SETTINGS, 'other-key').aliasFor('Ilse Marwood')).not.toBe(reps[0]);
  });

  it('adds newly known names to cached texts without analysing them again', () => {
    const engine = createPageEngine(DEFAULT_SETTINGS, 'k');
    const cache = new Map<string, Span[]>();
    const texts = ['Endorsed by bo lindqvist and Lindqvist', 'Go and Rust'];
    detectSpans(texts, engine, { knownNames: [], cache });
    expect(cache.get(texts[0]!)?.some((s) => texts[0]!.slice(s.start, s.end) === 'Lindqvist')).toBeFalsy();
    let calls = 0;
    const counting = {
      ...engine,
      detect: (t: string, n: readonly string[]) => {
        calls++;
        return engine.detect(t, n);
      },
    };
    expect(addNamesToCache(cache, counting, ['Bo Lindqvist'])).toBe(true);
    const found = detectSpans(texts, counting, { knownNames: ['Bo Lindqvist'], cache });
    expect(calls).toBe(0);
    expect(found[0]!.map((s) => texts[0]!.slice(s.start, s.end))).toEqual(['bo lindqvist', 'Lindqvist']);
    expect(found[1]).toEqual([]);
  });
});
