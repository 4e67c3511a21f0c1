import type { Span } from '../detect/types';

/**
 * What the page masker needs from the detection engine. utils/blind/engine.ts wires the real one
 * (analyze + anonymize + vault + alias); tests may pass a small scripted one.
 */
export interface MaskEngine {
  /** Finds identifiers in text; `knownNames` are the candidate's names read from the page. */
  detect(text: string, knownNames: readonly string[]): Span[];
  /**
   * Returns the text shown in place of each span ("Candidate K7QF", "[SCHOOL]", "they"), in the order
   * of `spans` (sorted, non-overlapping). An entry is `{ text, end }` when the replacement also stands
   * for text after the span, up to `end` (never into the next span): "she prefers" → "they prefer".
   */
  replace(text: string, spans: readonly Span[]): ReplacedSpan[];
  /**
   * Finds only the given names and their variants (optional): when new candidates appear on a list
   * page, text already analysed is searched for them alone instead of being analysed again.
   */
  detectNames?(text: string, names: readonly string[]): Span[];
  /**
   * Tells that `form` is another written form of the known name `name` (a nickname or a former
   * surname stated beside it), so both get one alias (optional).
   */
  linkName?(form: string, name: string): void;
}

/** What replaces one span: its text, or its text and the end of the original it stands for. */
export type ReplacedSpan = string | { text: string; end: number };

/** Sorts spans and drops overlaps, keeping the longer span (then the earlier one). */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (!last || span.start >= last.end) {
      out.push(span);
    } else if (span.end > last.end) {
      // Overlap: merge into the first span so no letter of either stays visible (fail closed).
      out[out.length - 1] = { ...last, end: span.end };
    }
  }
  return out;
}
