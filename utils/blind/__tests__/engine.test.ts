import { describe, expect, it } from 'vitest';
import { anonymize } from '../../detect/anonymize';
import type { Span } from '../../detect/types';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { consumedEnds, createPageEngine } from '../engine';
import { addNamesToCache, applyReplacements, detectBatch, detectSpans } from '../text-mask';

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

  it("masks the candidate's initials in a recruiter's note with the candidate's alias", () => {
    const engine = createPageEngine(DEFAULT_SETTINGS, 'org-key');
    const alias = engine.aliasFor('Ines Valderrama-Kohl');
    const text = "Notes: IVK's tradeoff analysis was excellent; I.V.K. agreed to the onsite.";
    const spans = engine.detect(text, ['Ines Valderrama-Kohl']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["IVK's", 'I.V.K.']);
    const reps = engine.replace(text, spans).map((r) => (typeof r === 'string' ? r : r.text));
    expect(reps[0]).toBe(`${alias}'s`);
    expect(reps[1]).toBe(alias);
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

describe('page engine replacements', () => {
  it('a replacement that takes in the next word stands for it too ("She prefers" → "They prefer")', () => {
    const engine = createPageEngine(DEFAULT_SETTINGS, 'k');
    const texts = [
      'Ilse Marwood leads the team. She prefers Go and she always writes tests.',
      'Mrs. Marwood joined.',
      'Ask her manager.',
    ];
    const masked = detectBatch(texts, engine, { knownNames: ['Ilse Marwood'] }).map((reps, i) =>
      applyReplacements(texts[i]!, reps),
    );
    expect(masked[0]).toMatch(
      /^Candidate [0-9A-Z]{4} leads the team\. They prefer Go and they always write tests\.$/,
    );
    expect(masked[1]).toMatch(/^Candidate [0-9A-Z]{4} joined\.$/);
    expect(masked[2]).toBe('Ask their manager.');
  });

  it('names looked up again keep their alias; pronouns and titles still read in context', () => {
    const engine = createPageEngine(DEFAULT_SETTINGS, 'k');
    const names = ['Ilse Marwood', 'Bo Lindqvist'];
    const parts = [
      'Ilse Marwood',
      'Marwood',
      "Ilse's",
      'she',
      'She prefers',
      'her',
      'Mr.',
      'Bo Lindqvist',
      'he writes',
      'Go',
    ];
    let seed = 3;
    const pick = () => {
      seed = (seed * 16807) % 2147483647;
      return parts[seed % parts.length]!;
    };
    const aliasOf = new Map<string, string>();
    let checked = 0;
    for (let round = 0; round < 60; round++) {
      const text = Array.from({ length: 6 }, pick).join(' ');
      const spans = engine.detect(text, names);
      const got = engine.replace(text, spans);
      // The same vault: everything but names is replaced as the anonymizer does, in context.
      const fresh = anonymize(text, spans, { vault: engine.vault, aliasKey: 'k' });
      expect(fresh.items).toHaveLength(spans.length);
      const ends = consumedEnds(text, spans, fresh);
      spans.forEach((span, i) => {
        const original = text.slice(span.start, span.end);
        if (span.label === 'NAME') {
          expect(got[i]).toMatch(/^Candidate [0-9A-Z]{4}(?:'s)?$/);
          // One text, one alias on the page.
          expect(got[i], original).toBe(aliasOf.get(original) ?? got[i]);
          aliasOf.set(original, got[i] as string);
          return;
        }
        const item = fresh.items[i]!;
        expect(got[i], `${original} in ${text}`).toEqual(
          ends[i]! > span.end ? { text: item.placeholder, end: ends[i]! } : item.placeholder,
        );
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(30);
    expect(aliasOf.size).toBeGreaterThan(3);
  });
});
