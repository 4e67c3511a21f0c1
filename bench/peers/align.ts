/**
 * Turns a library's masked text back into spans of the original, for libraries that only return
 * masked text. The library is told to replace every finding with one marker character; the literal
 * text between markers is then located in the original, in order (the last piece is a suffix), and
 * the gaps are the spans.
 */
import type { PeerSpan } from './types';

/** A private-use character that never occurs in the corpora. */
export const MARKER = '\uE000';

/**
 * Spans of `original` that were replaced by MARKER in `masked`. If the library changed the text
 * around its findings in a way that cannot be followed, the spans found so far are returned:
 * never an invented one.
 * @example spansFromMasked('call Jane now', `call ${MARKER} now`) // [{ start: 5, end: 9 }]
 */
export function spansFromMasked(original: string, masked: string): PeerSpan[] {
  const parts = masked.split(MARKER);
  const first = parts[0]!;
  if (parts.length === 1 || !original.startsWith(first)) return [];
  const spans: PeerSpan[] = [];
  let pos = first.length;
  for (let i = 1; i < parts.length; i++) {
    const literal = parts[i]!;
    const last = i === parts.length - 1;
    const found = last ? original.length - literal.length : original.indexOf(literal, pos + 1);
    if (found < pos || (last && !original.endsWith(literal))) break;
    if (found > pos) spans.push({ start: pos, end: found });
    pos = found + literal.length;
  }
  return spans;
}
