/**
 * Regex scanning helpers for the recognizers' hot paths. `String.prototype.matchAll` clones its
 * regex on every call (a species-constructor look-up and a new RegExp object), which costs more
 * than the scan itself on the short texts the content script analyses one by one.
 */

/**
 * Every match of a global regex in `text`, exactly as `[...text.matchAll(re)]` returns them (same
 * start position, same step past empty matches), without the clone. `re.lastIndex` is left as it
 * was found.
 * @example scanAll('a1 b22', /\d+/g).map((m) => m.index) // [1, 4]
 */
export function scanAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('scanAll needs a global regex');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // The flags are read only for an empty match (rare): their getters cost more than most scans of a short text.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  re.lastIndex = from;
  return out;
}

/** The index after `i`, stepping over a surrogate pair in unicode mode (AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * `s` as a regex matching it literally (every syntax character escaped).
 * @example new RegExp(escapeRegExp('a.b')).test('axb') // false
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A sticky twin of a regex (same pattern and flags, `y` instead of `g`), for {@link scanAt}.
 * @example sticky(/\d+/g).flags // 'y'
 */
export function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
}

/**
 * The matches a global scan of `text` would return, found by trying a sticky regex only at the
 * given start positions (ascending). Exact when every position where a match can start is among
 * `starts`: a global scan returns the leftmost match at or after the end of the previous one, and
 * that is the first listed start at or after it where the sticky regex matches. Lookbehinds and
 * `\b` still see the whole text. Use it when cheap anchors (a colon, a keyword) bound where the
 * costly pattern can start.
 * @example scanAt('a1 b22', sticky(/\d+/g), [1, 4, 5]).map((m) => m[0]) // ['1', '22']
 */
export function scanAt(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  if (!re.sticky) throw new TypeError('scanAt needs a sticky regex');
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const s of starts) {
    if (s < next || s > text.length) continue;
    re.lastIndex = s;
    const m = re.exec(text);
    if (m === null) continue;
    out.push(m);
    next = m[0] === '' ? advance(text, s, re.unicode || re.unicodeSets) : s + m[0].length;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * True when text[from, to) is exactly `s`: `text.slice(from, to) === s` without building the slice
 * (for the gaps between tokens, compared in the recognizers' per-token loops).
 * @example textIs('a, b', 1, 3, ', ') // true
 */
export function textIs(text: string, from: number, to: number, s: string): boolean {
  return to - from === s.length && text.startsWith(s, from);
}

/**
 * The words of a regex alternation written as plain text ("linkedin\.com|github\.com" →
 * ['linkedin.com', 'github.com']), or null when an alternative holds any other regex syntax (then
 * their lengths cannot be known and the caller scans in full). Callers derive anchor positions from
 * these lengths, so a pattern edited beyond plain words falls back to the exact full scan.
 * @example plainWords('str\\.|weg') // ['str.', 'weg']
 */
export function plainWords(alternation: string | undefined): string[] | null {
  if (!alternation) return null;
  const words = alternation.split('|').map((w) => w.replace(/\\\./g, '.'));
  return words.every((w) => w.length > 0 && !/[\\()[\]{}?*+^$|]/.test(w)) ? words : null;
}

const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);

/** Index of a word's first two characters (lower-cased ASCII; 0 for a missing second one), or -1 past ASCII. */
function pairIndex(word: string): number {
  const a = word.charCodeAt(0);
  const b = word.length > 1 ? word.charCodeAt(1) : 0;
  return a < 128 && b < 128 ? (asciiLower(a) << 7) | asciiLower(b) : -1;
}

/**
 * A set of lower-case words asked with words in any case: `has(w)` answers exactly
 * `set.has(w.toLowerCase())`, but a word whose first two characters are ASCII and begin no entry
 * is answered without building its lower-case form (the per-token cue gates ask this of every word).
 * @example new LowerWords(['in', 'at']).has('In') // true
 */
export class LowerWords {
  private readonly words: ReadonlySet<string>;
  private readonly pairs = new Uint8Array(128 * 128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const k = pairIndex(w);
      if (k >= 0) this.pairs[k] = 1;
    }
  }

  /** True when the word in lower case is one of the entries. */
  has(word: string): boolean {
    // ASCII characters lower-case one by one and keep their places, so an entry equal to the
    // word's lower-case form starts with the same (lower-cased) pair.
    const k = pairIndex(word);
    if (k >= 0 && this.pairs[k] === 0) return false;
    return this.words.has(word.toLowerCase());
  }
}

/** True for an ASCII capital letter code (A-Z). */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True for an ASCII lower-case letter code (a-z). */
export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** True for an ASCII letter code (A-Z, a-z). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The word that ends right before `end`, past spaces and tabs: [start, end) of a run of ASCII letters
 * (with `wide`, of word characters and anything beyond ASCII: "Dirección"), or null when there is none,
 * when it is longer than `max`, or when a letter, digit or "_" stands right before it (a word cut off).
 * For the label before a ":" ("GitHub: ilsem", "Anschrift: …").
 * @example wordBefore('Skype: x', 5, 13) // [0, 5]
 */
export function wordBefore(text: string, end: number, max: number, wide = false): [number, number] | null {
  let e = end;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const inWord = (c: number) => (wide ? c >= 128 || isWordCode(c) : isAsciiLetter(c));
  let b = e;
  while (b > 0 && e - b <= max && inWord(text.charCodeAt(b - 1))) b--;
  const c = text.charCodeAt(b - 1);
  if (b === e || e - b > max || isWordCode(c) || c >= 128) return null;
  return [b, e];
}

/** True for the code units `\w` matches in a JavaScript regex without the u flag: A-Z, a-z, 0-9, _. */
export function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * `text.charCodeAt(i)` (NaN outside the text) for a position that may fall outside the text: the
 * character before a span that may start the text, the second letter of a word that may have one.
 * V8's optimised code reads `charCodeAt` with a bounds check that throws the code away when it first
 * fails (a deoptimisation); the engine's largest functions then take 20–100 ms each to optimise again, in
 * the first passes over new text. The explicit test never fails, so nothing is thrown away.
 * @example codeAt('Ann', -1) // NaN
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : Number.NaN;
}

/**
 * True for the UTF-16 code units that `\s` matches in a JavaScript regex (white space and line
 * terminators), without a regex or a one-character string.
 * @example isSpaceCode(0x20) // true
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * True when the sticky regex `re` matches in `text` at `at`. A context pattern is tried in place
 * this way instead of on a slice of the text around `at`: written as a lookbehind (`/(?<=…)/y`) it
 * asks whether the text right before `at` ends with a match, written plainly whether the text
 * from `at` starts with one. `re.lastIndex` is set to `at` first.
 * @example matchesAt('Dear Ann', /(?<=dear\s)/iy, 5) // true
 */
export function matchesAt(text: string, re: RegExp, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * A cheap gate in front of a pattern of word phrases tried in place ({@link matchesAt}): the phrases'
 * last (or first) words, and a test of the run of ASCII letters that ends (or starts) at a position.
 * A look-behind over dozens of phrases costs about a microsecond a try, because V8 matches each
 * alternative backwards; the gate rules out nearly every try for the price of a slice and a set
 * look-up. It never rules out a match: a phrase that ends at `end` after a word boundary ends with
 * the whole run of letters there.
 *
 * @example new WordGate(['name is', 'dear'], true).endsAt('Dear Ilse', 4) // true
 */
export class WordGate {
  /** The words: a {@link LowerWords} when case is folded, else the words as written. */
  private readonly words: { has(word: string): boolean };
  private readonly max: number;
  constructor(
    words: Iterable<string>,
    /** Compare in lower case (for a pattern with the `i` flag). */
    foldCase: boolean,
  ) {
    const list: string[] = [];
    for (const w of words) {
      if (!/^[A-Za-z]+$/.test(w)) throw new TypeError(`WordGate: "${w}" is not a run of ASCII letters`);
      list.push(foldCase ? w.toLowerCase() : w);
    }
    this.words = foldCase ? new LowerWords(list) : new Set(list);
    this.max = Math.max(0, ...list.map((w) => w.length));
  }

  /** True when the run of ASCII letters that ends at `end` is one of the words. */
  endsAt(text: string, end: number): boolean {
    let b = end;
    while (b > 0 && end - b <= this.max && isAsciiLetter(text.charCodeAt(b - 1))) b--;
    return b !== end && end - b <= this.max && this.words.has(text.slice(b, end));
  }

  /** True when the run of ASCII letters that starts at `start` is one of the words. */
  startsAt(text: string, start: number): boolean {
    let e = start;
    const n = text.length;
    while (e < n && e - start <= this.max && isAsciiLetter(text.charCodeAt(e))) e++;
    return e !== start && e - start <= this.max && this.words.has(text.slice(start, e));
  }
}

/** The last word of each phrase (its final run of ASCII letters: "i'm" → "m"), for a {@link WordGate}. */
export function lastWords(phrases: readonly string[]): string[] {
  return phrases.map((p) => {
    // After a space or an apostrophe, or the whole phrase: not the letter of an escape ("\\s").
    const m = /(?:^|[ '])([A-Za-z]+)$/.exec(p);
    if (!m) throw new TypeError(`lastWords: "${p}" does not end with a plain word`);
    return m[1]!;
  });
}

/** The first word of each phrase (its leading run of ASCII letters), for a {@link WordGate}. */
export function firstWords(phrases: readonly string[]): string[] {
  return phrases.map((p) => {
    const m = /^([A-Za-z]+)(?: |$)/.exec(p);
    if (!m) throw new TypeError(`firstWords: "${p}" does not start with a plain word`);
    return m[1]!;
  });
}

/**
 * The answers an application form shows under (or after) its questions: at each "?" the sticky
 * `answer` pattern is tried right after it, and `question` (anchored with `$`) on the `back` characters
 * before it. Returns each answer's group 1 as [start, end]. Read only at "?" characters.
 * @example answersAfter('Age?\n35', /Age$/, /\s*(\d\d)(?=\n|$)/y, 8) // [[5, 7]]
 */
export function answersAfter(
  text: string,
  question: RegExp,
  answer: RegExp,
  back: number,
): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (let q = text.indexOf('?'); q !== -1; q = text.indexOf('?', q + 1)) {
    answer.lastIndex = q + 1;
    const a = answer.exec(text);
    if (!a || !question.test(text.slice(Math.max(0, q - back), q))) continue;
    const start = q + 1 + a[0].indexOf(a[1]!);
    out.push([start, start + a[1]!.length, a[1]!]);
  }
  return out;
}
