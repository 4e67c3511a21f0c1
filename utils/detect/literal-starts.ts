/**
 * Anchor positions for {@link scanAt} (./scan.ts): a pattern whose every match holds a literal
 * ("Mr." holds a dot, "PO Box" holds "Box") or a digit run at a bounded distance from its start is
 * tried only at the positions that distance away, found with `indexOf` (many times faster than a
 * regex alternation tried at every position, when the literal's first character is rare) or read
 * off the text's digit runs (found once per text and shared by the recognizers).
 */

/**
 * The positions `i + from` … `i + to` for every occurrence `i` of `literal` in `text` (from ≤ to;
 * negative values look back), inside [0, text.length], ascending and without repeats; with `first`,
 * only those whose character code passes it (a cheap filter on the pattern's first character).
 * @example literalStarts('a.b.', '.', -1, -1) // [0, 2]
 */
export function literalStarts(
  text: string,
  literal: string,
  from: number,
  to: number,
  first?: (code: number) => boolean,
): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) {
    const end = Math.min(i + to, text.length);
    for (let s = Math.max(i + from, next); s <= end; s++)
      if (!first || first(text.charCodeAt(s))) out.push(s);
    next = Math.max(next, end + 1);
  }
  return out;
}

/**
 * The positions `a + from` … `a + to` around each of the ascending `anchors` (from ≤ to), inside
 * [0, text.length], ascending and without repeats; with `first`, only those whose character code
 * (and the code before it, NaN at the start) pass it.
 * @example startsAround('ab cd', [3], -3, -1) // [0, 1, 2]
 */
export function startsAround(
  text: string,
  anchors: readonly number[],
  from: number,
  to: number,
  first?: (code: number, before: number) => boolean,
): number[] {
  const out: number[] = [];
  let next = 0;
  for (const a of anchors) {
    const end = Math.min(a + to, text.length);
    for (let s = Math.max(a + from, next); s <= end; s++)
      if (!first || first(text.charCodeAt(s), text.charCodeAt(s - 1))) out.push(s);
    next = Math.max(next, end + 1);
  }
  return out;
}

/**
 * Ascending position lists merged into one ascending list without repeats.
 * @example mergeStarts([1, 5], [2, 5, 9]) // [1, 2, 5, 9]
 */
export function mergeStarts(...lists: ReadonlyArray<readonly number[]>): number[] {
  let out: number[] = [];
  for (const list of lists) if (list.length > 0) out = out.length === 0 ? [...list] : mergeTwo(out, list);
  return out;
}

/** Two ascending lists merged in one pass, without repeats. */
function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

const DIGITS = /\d+/g;
let runsText: string | undefined;
let runs: number[] = [];

/**
 * The runs of ASCII digits in `text`, flat: [start, end, start, end, …] (end exclusive), ascending;
 * memoised for the last text, as several recognizers anchor their patterns at digits. A pattern
 * whose match starts with `\d` after a lookbehind that excludes digits starts at a run's start.
 * @example digitRuns('a12 3') // [1, 3, 4, 5]
 */
export function digitRuns(text: string): readonly number[] {
  if (text === runsText) return runs;
  const out: number[] = [];
  DIGITS.lastIndex = 0;
  while (DIGITS.test(text)) {
    const end = DIGITS.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    out.push(start, end);
  }
  DIGITS.lastIndex = 0;
  runsText = text;
  runs = out;
  return out;
}

/** True for the code of an ASCII digit (what `\d` matches). */
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The starts of the digit runs of `min` to `max` digits that `keep(before, after, length)` accepts,
 * given the codes of the characters before and after the run (NaN at the text's ends).
 * @example runStarts('1 22 333', 2, 3, () => true) // [2, 5]
 */
export function runStarts(
  text: string,
  min: number,
  max: number,
  keep: (before: number, after: number, length: number) => boolean,
): number[] {
  const all = digitRuns(text);
  const out: number[] = [];
  for (let k = 0; k < all.length; k += 2) {
    const start = all[k]!;
    const end = all[k + 1]!;
    const len = end - start;
    if (len >= min && len <= max && keep(text.charCodeAt(start - 1), text.charCodeAt(end), len))
      out.push(start);
  }
  return out;
}
