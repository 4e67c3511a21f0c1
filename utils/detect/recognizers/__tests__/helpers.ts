import { expect } from 'vitest';
import type { AnalyzeContext, Recognizer } from '../../types';

/** The texts a recognizer finds, in order, de-duplicated; spans inside a longer span are left out. */
export function found(r: Recognizer, text: string, ctx: AnalyzeContext = { defaultRegion: 'US' }): string[] {
  const spans = r.analyze(text, ctx).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  const outer = spans.filter(
    (s) =>
      !spans.some(
        (o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
      ),
  );
  for (const s of spans) {
    expect(s.recognizer).toBe(r.id);
    expect(r.entities).toContain(s.label);
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
    const v = text.slice(s.start, s.end);
    if (outer.includes(s) && !out.includes(v)) out.push(v);
  }
  return out;
}
