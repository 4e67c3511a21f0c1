/**
 * The analyzer on hostile input: every span must lie inside the text, on whole UTF-16 code
 * points, and time must grow linearly for every recognizer on patterns built to make regexes
 * backtrack (DETECTION-NOTES.md: the 1,100-character "addresses").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { recognizers } from '../recognizers';

function valid(text: string) {
  const spans = analyze(text);
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
  }
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  return spans;
}

function best(fn: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

describe('analyze on hostile input', () => {
  it('returns sorted, non-overlapping spans inside the text', () => {
    const text = 'Meda Cronin  Bangalore, Karnataka  meda.cronin@example.com  +91 98765 43210  Class of 2012';
    expect(valid(text).length).toBeGreaterThanOrEqual(4);
  });

  it('maps spans over removed zero-width characters to the original offsets', () => {
    const text = 'Name: Pr\u200Biya Ragh\u200Davan\nEmail: pr\u200Biya@exam\uFEFFple.com';
    const spans = valid(text);
    const texts = spans.map((s) => text.slice(s.start, s.end));
    expect(texts).toContain('Pr\u200Biya Ragh\u200Davan');
    expect(texts).toContain('pr\u200Biya@exam\uFEFFple.com');
  });

  it('catches a homoglyph e-mail and keeps a genuine Cyrillic name in its script', () => {
    const text = 'mail j\u0430ne@example.com; Имя: Иван Петров';
    const texts = valid(text).map((s) => text.slice(s.start, s.end));
    expect(texts).toEqual(['j\u0430ne@example.com', 'Иван Петров']);
  });

  it('handles lone surrogates and control characters', () => {
    const text = '\uD800\u0001 Jane Doe \uDC00 jane@example.com \u0000\uD83D';
    const texts = valid(text).map((s) => text.slice(s.start, s.end));
    expect(texts).toContain('jane@example.com');
  });

  it('handles 5 MB of text without line breaks', { timeout: 60_000 }, () => {
    const block =
      'Worked at Infosys, Bangalore, Karnataka on Java and SQL Server 2008  Contact a.b@example.com  ';
    const text = block.repeat(Math.ceil(5_000_000 / block.length));
    const spans = valid(text);
    expect(spans.length).toBeGreaterThan(100_000);
    for (const s of spans) expect(s.end - s.start).toBeLessThan(200);
  });
});

describe('every recognizer is linear on adversarial input', () => {
  const attacks: Array<[string, string]> = [
    ['at-signs and dots', '.a@a.'],
    ['spelled e-mails', 'a dot b at c dot '],
    ['digit groups', '12 34-56 '],
    ['street-like runs', '12 Big Word '],
    ['capitalised words', 'Aa Bb, Cc '],
    ['domains', 'a.b.c.d/'],
    ['years', '2001 - 2002 '],
    ['school words', 'University of '],
  ];
  for (const r of recognizers) {
    it.each(attacks)(`${r.id}: %s`, (_what, unit) => {
      const small = unit.repeat(Math.ceil(20_000 / unit.length));
      const big = unit.repeat(Math.ceil(80_000 / unit.length));
      const ctx = { defaultRegion: 'US', knownNames: ['Jane Doe'] };
      r.analyze(small, ctx);
      // A quadratic recognizer gives about 16 on every try; a linear one under 4 to 5, and more only
      // when the machine is busy during one of the two timings: the best of three tries counts.
      let ratio = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && ratio >= 12; attempt++) {
        const tSmall = Math.max(
          best(() => r.analyze(`${small} `, ctx)),
          5,
        );
        const tBig = best(() => r.analyze(`${big} `, ctx));
        ratio = Math.min(ratio, tBig / tSmall);
      }
      expect(ratio).toBeLessThan(12);
    });
  }
});
