/**
 * Text normalisation before detection: zero-width and invisible characters are removed and
 * homoglyphs (Cyrillic/Greek look-alikes, full-width forms) are folded to ASCII, so that
 * "J\u200Bane" or "jаne@example.com" (Cyrillic а) are still caught. Recognizers run on the
 * normalised text; `toOriginal` maps spans back to offsets in the original text.
 */

import { isAsciiLetter, isSpaceCode, scanAll } from './scan';

/** Characters that render as nothing: removed before detection. */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

function isInvisible(c: number): boolean {
  if (c < 0x00ad) return false; // below the first range: most characters
  for (const [a, b] of INVISIBLE_RANGES) if (c >= a && c <= b) return true;
  return false;
}

/** Look-alike letters folded to their Latin twin (one UTF-16 unit each, so offsets stay 1:1). */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  ԛ: 'q',
  ԝ: 'w',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  // Punctuation look-alikes used in e-mails and names
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\uFF20': '@',
  '\uFE6B': '@',
  '\u2024': '.',
  '\uFF0E': '.',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
};

/** Result of {@link normalize}. */
export interface Normalized {
  /** The text recognizers see. */
  text: string;
  /** Maps a span [start, end) of `text` back to the original text. */
  toOriginal(start: number, end: number): [number, number];
  /** True when `text` is the input itself (offsets map one to one). */
  unchanged?: boolean;
}

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** Any character that normalisation changes: one regex test decides the fast path. */
const DIRTY = new RegExp(
  `[${[
    ...INVISIBLE_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`),
    `${hex(0x370)}-${hex(0x52f)}`,
    `${hex(FULLWIDTH_START)}-${hex(FULLWIDTH_END)}`,
    ...Object.keys(HOMOGLYPHS).map((k) => hex(k.charCodeAt(0))),
  ].join('')}]`,
);

/**
 * The characters below U+02BC that DIRTY holds (the no-break space and the soft hyphen) and every
 * character from U+02BC on, as a negated class of the clean characters below U+02BC: a text without
 * one is clean, and V8 runs this test several times faster than DIRTY's list of ranges (most texts
 * hold nothing past Latin-1 but accented letters).
 */
const MAYBE_DIRTY = ((low: number) => {
  const clean: string[] = [];
  for (let c = 0; c < low; c++) {
    if (DIRTY.test(String.fromCharCode(c))) continue;
    let d = c;
    while (d + 1 < low && !DIRTY.test(String.fromCharCode(d + 1))) d++;
    clean.push(`${hex(c)}-${hex(d)}`);
    c = d;
  }
  return new RegExp(`[^${clean.join('')}]`);
})(0x2bc);
/** True when the text holds a character of DIRTY (the first can only be at or after MAYBE_DIRTY's first). */
function isDirty(text: string): boolean {
  const at = text.search(MAYBE_DIRTY);
  if (at < 0) return false;
  DIRTY_FROM.lastIndex = at;
  const dirty = DIRTY_FROM.test(text);
  DIRTY_FROM.lastIndex = 0;
  return dirty;
}
const DIRTY_FROM = new RegExp(DIRTY.source, 'g');

const LETTER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Homoglyphs by code unit: Cyrillic/Greek letters (folded only in mixed-script words) and the rest (always). */
const LETTER_FOLD = new Map<number, string>();
const OTHER_FOLD = new Map<number, string>();
for (const [k, v] of Object.entries(HOMOGLYPHS)) {
  (LETTER_SCRIPT.test(k) ? LETTER_FOLD : OTHER_FOLD).set(k.charCodeAt(0), v);
}

/** True for a letter, mark or digit (one UTF-16 unit; ASCII decided without a regex). */
function isWordChar(ch: string, c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(ch);
}

const hexValue = (c: number) =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

/** The byte of a "\xHH" escape at `at`, or -1. */
function escapedByte(input: string, at: number): number {
  if (input.charCodeAt(at) !== 92 || input.charCodeAt(at + 1) !== 120) return -1;
  const hi = hexValue(input.charCodeAt(at + 2));
  const lo = hexValue(input.charCodeAt(at + 3));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

/**
 * One character written as the "\xHH" escapes of its UTF-8 bytes at `at` ("\xc3\xa1" is "á"):
 * the character and the length of its escapes, or null where the escapes are no valid UTF-8 of a
 * non-ASCII character (a lone "\x01" stays as it is).
 */
export function decodeByteEscapes(input: string, at: number): [string, number] | null {
  const b0 = escapedByte(input, at);
  const count =
    b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (!count) return null;
  let cp = b0 & (count === 2 ? 0x1f : count === 3 ? 0x0f : 0x07);
  for (let k = 1; k < count; k++) {
    const b = escapedByte(input, at + 4 * k);
    if (b < 0x80 || b > 0xbf) return null;
    cp = cp * 64 + (b & 0x3f);
  }
  // Overlong forms, surrogates and code points past Unicode are no characters.
  if ((count === 3 && cp < 0x800) || (count === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
  if (cp >= 0xd800 && cp <= 0xdfff) return null;
  return [String.fromCodePoint(cp), 4 * count];
}

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
const LETTER_MARK_NUMBER = /^[\p{L}\p{M}\p{N}]/u;

/**
 * What a decoded character is read as. Letters, marks and digits stay, and an apostrophe ("O’Neil")
 * becomes "'"; any other character past U+00FF (bullets, dashes, quotes, symbols, private-use glyphs:
 * "•", "—", "“", "") becomes a middle dot ("·"), which only separates words, as the escape did. Text
 * without characters past U+00FF stays a one-byte string, which every pattern scans faster.
 */
function decodedStandIn(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const fold = OTHER_FOLD.get(cp);
  if (fold) return fold;
  if (cp <= 0xff || LETTER_MARK_NUMBER.test(ch)) return ch;
  if (SINGLE_QUOTES.has(cp)) return "'";
  return '·';
}

const ESCAPE_RUN = /(?:\\x[0-9a-fA-F]{2})+/g;

/**
 * Text whose only change is decoded byte escapes (most resumes converted from PDF): the output is
 * built from slices, and offsets are mapped through the decoded characters' positions (binary search),
 * not through a per-character table. Null when a decoded character needs the full pass.
 */
function decodeOnly(input: string): Normalized | null {
  const pieces: string[] = [];
  /** For each decoded character: its start in the output, and its escapes' start and end in the input. */
  const outAt: number[] = [];
  const inStart: number[] = [];
  const inEnd: number[] = [];
  let copied = 0;
  let outLen = 0;
  for (const m of scanAll(input, ESCAPE_RUN)) {
    const runEnd = m.index + m[0].length;
    let i = m.index;
    while (i < runEnd) {
      const decoded = decodeByteEscapes(input, i);
      if (!decoded) {
        i += 4;
        continue;
      }
      const [ch, len] = decoded;
      // A decoded look-alike or invisible character needs the full pass (folding by word, removal).
      const cp = ch.charCodeAt(0);
      if (LETTER_FOLD.has(cp) || isInvisible(cp)) return null;
      pieces.push(input.slice(copied, i));
      outLen += i - copied;
      const folded = decodedStandIn(ch);
      outAt.push(outLen);
      inStart.push(i);
      inEnd.push(i + len);
      pieces.push(folded);
      outLen += folded.length;
      i += len;
      copied = i;
    }
  }
  if (!outAt.length) return { text: input, toOriginal: sameOffsets, unchanged: true };
  pieces.push(input.slice(copied));
  const text = pieces.join('');
  const n = input.length;
  /** Index of the last decoded character starting at or before output offset `p`, or -1. */
  const before = (p: number) => {
    let lo = 0;
    let hi = outAt.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (outAt[mid]! <= p) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  /** Input range of the output unit at `p`. */
  const unit = (p: number): [number, number] => {
    const k = before(p);
    if (k < 0) return [p, p + 1];
    const w = p - outAt[k]!;
    const size = text.charCodeAt(outAt[k]!) >= 0xd800 && text.charCodeAt(outAt[k]!) <= 0xdbff ? 2 : 1;
    if (w < size) return [inStart[k]!, inEnd[k]!];
    const at = inEnd[k]! + (w - size);
    return [at, at + 1];
  };
  return {
    text,
    toOriginal(s, e) {
      if (s >= text.length) return [n, n];
      if (e <= s) {
        const a = unit(s)[0];
        return [a, a];
      }
      return [unit(s)[0], Math.min(n, unit(Math.min(e, text.length) - 1)[1])];
    },
  };
}

/** Offsets of text that normalisation left as it was. */
function sameOffsets(s: number, e: number): [number, number] {
  return [s, e];
}

/**
 * Removes invisible characters and folds homoglyphs. Cyrillic and Greek letters are folded only
 * inside words that also contain Latin letters (a mixed-script word is a spoofing signal), so
 * genuine Cyrillic or Greek names keep their script. Linear time.
 * @example normalize('J\u200Bane').text // 'Jane'
 */
export function normalize(input: string): Normalized {
  // Fast path: nothing to do for text without invisible, full-width, look-alike or Cyrillic/Greek characters
  // (accented Latin letters need no work).
  const escaped = input.includes('\\x');
  const dirty = isDirty(input);
  if (!dirty && !escaped) return { text: input, toOriginal: sameOffsets, unchanged: true };
  const fast = !dirty && decodeOnly(input);
  if (fast) return fast;
  // Nothing to remove or decode (curly quotes, no-break spaces, look-alikes): every character
  // becomes one character, so offsets stay as they are and the text is folded in place.
  if (!escaped && !INVISIBLE.test(input))
    return { text: foldMixedWords(input.replace(FOLD_ALWAYS, foldOne)), toOriginal: sameOffsets };
  return normalizeFull(input, escaped);
}

/** Characters always folded: full-width forms and the look-alikes that are no Cyrillic or Greek letters. */
const FOLD_ALWAYS = new RegExp(
  `[${hex(FULLWIDTH_START)}-${hex(FULLWIDTH_END)}${[...OTHER_FOLD.keys()].map(hex).join('')}]`,
  'g',
);
const INVISIBLE = new RegExp(`[${INVISIBLE_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`);
const LETTER_LOOKALIKE = new RegExp(`[${[...LETTER_FOLD.keys()].map(hex).join('')}]`, 'g');

function foldOne(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= FULLWIDTH_START && c <= FULLWIDTH_END
    ? String.fromCharCode(c - 0xfee0)
    : (OTHER_FOLD.get(c) ?? ch);
}

const isWordUnit = (text: string, k: number) => isWordChar(text[k]!, text.charCodeAt(k));

/** Folds the Cyrillic and Greek look-alikes of each word that also holds a Latin letter (as the full pass does). */
function foldMixedWords(text: string): string {
  let out = '';
  let copied = 0;
  let done = 0;
  for (const m of scanAll(text, LETTER_LOOKALIKE)) {
    if (m.index < done) continue;
    let a = m.index;
    let b = m.index + 1;
    while (a > 0 && isWordUnit(text, a - 1)) a--;
    while (b < text.length && isWordUnit(text, b)) b++;
    done = b;
    let latin = false;
    for (let k = a; k < b && !latin; k++) latin = isAsciiLetter(text.charCodeAt(k));
    if (!latin) continue;
    out += text.slice(copied, a);
    for (let k = a; k < b; k++) out += LETTER_FOLD.get(text.charCodeAt(k)) ?? text[k]!;
    copied = b;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The full pass: removes invisible characters, decodes byte escapes and folds look-alikes, one
 * character at a time with a map of offsets. (Exported for the tests that hold the fast paths to it.)
 */
export function normalizeFull(input: string, escaped = input.includes('\\x')): Normalized {
  const n = input.length;
  const out: string[] = [];
  const map: number[] = [];
  /** Original end of each output unit, where it differs from map + 1 (decoded byte escapes). */
  const ends = new Map<number, number>();
  let wordStart = 0;
  const flushWord = (end: number) => {
    // Fold Cyrillic/Greek only when the word mixes them with Latin letters.
    let hasLatin = false;
    for (let k = wordStart; k < end; k++) {
      if (isAsciiLetter(out[k]!.charCodeAt(0))) {
        hasLatin = true;
        break;
      }
    }
    if (hasLatin) {
      for (let k = wordStart; k < end; k++) {
        const folded = LETTER_FOLD.get(out[k]!.charCodeAt(0));
        if (folded) out[k] = folded;
      }
    }
    wordStart = end + 1;
  };
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (escaped && c === 92) {
      // "Bogot\xc3\xa1": UTF-8 bytes written out as escapes by a text extractor, read as "Bogotá".
      const decoded = decodeByteEscapes(input, i);
      if (decoded) {
        const standIn = decodedStandIn(decoded[0]);
        const len = decoded[1];
        for (let u = 0; u < standIn.length; u++) {
          const folded = standIn[u]!;
          if (!isWordChar(folded, folded.charCodeAt(0))) flushWord(out.length);
          ends.set(out.length, i + len);
          out.push(folded);
          map.push(i);
        }
        i += len - 1;
        continue;
      }
    }
    if (isInvisible(c)) continue;
    let folded: string;
    let fc = c;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      fc = c - 0xfee0;
      folded = String.fromCharCode(fc);
    } else {
      const other = OTHER_FOLD.get(c);
      if (other) {
        folded = other;
        fc = other.charCodeAt(0);
      } else folded = input[i]!;
    }
    if (!isWordChar(folded, fc)) flushWord(out.length);
    out.push(folded);
    map.push(i);
  }
  flushWord(out.length);
  map.push(n);
  const text = out.join('');
  return {
    text,
    toOriginal(s, e) {
      if (e <= s) return [map[s] ?? n, map[s] ?? n];
      return [map[s] ?? n, ends.get(e - 1) ?? (map[e - 1] ?? n - 1) + 1];
    },
  };
}

/** A digit beside a letter that OCR mistakes for one ("7l2", "20l8", "2O7"): most texts have none. */
const OCR_GATE = /\d[lIO]|[lIO]\d/;
/** A run of digits, look-alike letters and a date's or a phone's punctuation, a digit or look-alike at each end. */
const OCR_RUN = /[\dlIO][\dlIO./-]*[\dlIO]/g;
const OCR_DIGIT: Record<string, string> = { l: '1', I: '1', O: '0' };

/**
 * OCR's letters for digits inside numbers read as the digits ("Te1: +254 7l2 345 678" has "712",
 * "Jan 20l8" has "2018", "Date of Birth: l2/04/l99l" has "12/04/1991", "+44 2O7 946 0958" has "207"):
 * in a run of digits, "l", "I", "O" and a date's or a phone's punctuation ("/", ".", "-") with no letter
 * on either side, each look-alike beside a digit, more digits than look-alikes and two digits at least, "l" and "I" become "1" and "O"
 * becomes "0". One character for one, so offsets stay as they are; words ("Il", "IO", "A1liance",
 * "month1y", "COVID19") are left alone. One search for the gate, then a scan of its runs.
 * @example withOcrDigits(normalize('20l8')).text // '2018'
 */
export function withOcrDigits(norm: Normalized): Normalized {
  const text = norm.text;
  if (!OCR_GATE.test(text)) return norm;
  let out = '';
  let copied = 0;
  for (const m of scanAll(text, OCR_RUN)) {
    const run = m[0];
    const a = m.index;
    const b = a + run.length;
    if (isLetterAt(text, a - 1) || isLetterAt(text, b)) continue;
    let digits = 0;
    let alike = 0;
    let lone = false;
    for (let k = 0; k < run.length; k++) {
      const c = run.charCodeAt(k);
      if (c >= 48 && c <= 57) digits++;
      else if (c === 108 || c === 73 || c === 79) {
        alike++;
        // ("I-405": a look-alike beside no digit is a letter.)
        lone ||= !(isDigitAt(run, k - 1) || isDigitAt(run, k + 1));
      }
    }
    if (!alike || lone || digits < 2 || digits <= alike) continue;
    out += text.slice(copied, a);
    for (const ch of run) out += OCR_DIGIT[ch] ?? ch;
    copied = b;
  }
  if (copied === 0) return norm;
  return { text: out + text.slice(copied), toOriginal: norm.toOriginal };
}

/** True when the character at `i` is an ASCII digit. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** True when the character at `i` is a letter (ASCII asked by code; others by the regex). */
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return /\p{L}/u.test(text[i]!);
}

const isPad = (c: number) => c === 32 || c === 9;

/**
 * Aligned field labels read as plain ones: "Age                  :  29", "Passport No.\t\t: K1234567"
 * (resumes typeset in Word align their colons with runs of spaces or tabs) become "Age : 29" and
 * "Passport No. : K1234567", so every recognizer's label pattern sees the shape it was written for.
 * Of a run of two or more spaces or tabs between a label and its colon, the last is kept. Of the run
 * after the colon before the value, the first is kept after such an aligned colon, and the first two
 * after a plain one (so that a field still reads unlike a chat line's speaker: "Patron:  Nzalae Water"
 * is no "Jane: hello"). Nothing else changes, and `toOriginal` maps spans of
 * the result back through `norm` to the original text. Linear time (one search for colons).
 * @example withFieldPadding(normalize('Age      : 29')).text // 'Age : 29'
 */
export function withFieldPadding(norm: Normalized): Normalized {
  const text = norm.text;
  /** Removed ranges [from, to) of `text`, ascending. */
  const cuts: number[] = [];
  let from = 0;
  for (;;) {
    const a = text.indexOf(':', from);
    const b = text.indexOf('：', from);
    const c = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (c < 0) break;
    from = c + 1;
    let j = c;
    while (j > 0 && isPad(text.charCodeAt(j - 1))) j--;
    // A label's last character before the run (not the start of a line or of the text).
    const aligned = c - j >= 2 && j > 0 && !isSpaceCode(text.charCodeAt(j - 1));
    if (aligned) {
      if (cuts.length && cuts[cuts.length - 1]! > j) continue; // overlaps the cut after the last colon
      cuts.push(j, c - 1);
    }
    // After an aligned colon one space is kept (the label is a field's for sure); after a plain one, two.
    const keep = aligned ? 1 : 2;
    let k = c + 1;
    while (k < text.length && isPad(text.charCodeAt(k))) k++;
    if (k - (c + 1) > keep && k < text.length && !isSpaceCode(text.charCodeAt(k))) cuts.push(c + 1 + keep, k);
  }
  return withCuts(norm, cuts);
}

/**
 * Words that PDF extraction hyphenated at a line's end read whole: "San Fran-\ncisco, CA" becomes "San
 * Francisco, CA" and "Chen-\nnai" "Chennai", so the place, name and school recognizers see the word the
 * author wrote (school names read them so already; places and people did not). The hyphen, the line
 * break and the next line's indent go where a lower-case letter stands on both sides, or a capital on
 * both sides with another before it ("MASSACHU-\nSETTS"); a capital after a lower-case letter is a
 * compound's second part and stays ("Wisconsin-\nMadison"), as do digits ("2019-\n2020") and a dash
 * after a space ("Python -\nbased"). Linear time (one search for "-\n"); `toOriginal` maps a span over
 * the joined word back over both of its parts.
 * @example withJoinedWraps(normalize('San Fran-\ncisco')).text // 'San Francisco'
 */
export function withJoinedWraps(norm: Normalized): Normalized {
  const text = norm.text;
  let i = text.indexOf('-\n');
  const cr = text.indexOf('-\r\n');
  if (i < 0 || (cr >= 0 && cr < i)) i = cr;
  if (i < 0) return norm;
  const cuts: number[] = [];
  for (; i >= 0; i = text.indexOf('-', i + 1)) {
    let j = i + 1;
    if (text.charCodeAt(j) === 13) j++;
    if (text.charCodeAt(j) !== 10 || i < 2) continue;
    j++;
    while (j < text.length && isPad(text.charCodeAt(j))) j++;
    const a = text[i - 1]!;
    const b = text[j];
    if (!b) break;
    const lower = WRAP_LOWER.test(a) && WRAP_LOWER.test(b);
    const caps = WRAP_UPPER.test(a) && WRAP_UPPER.test(b) && WRAP_UPPER.test(text[i - 2]!);
    if (lower || caps) cuts.push(i, j);
  }
  return withCuts(norm, cuts);
}
const WRAP_LOWER = /^\p{Ll}$/u;
const WRAP_UPPER = /^\p{Lu}$/u;

/** `norm` with the ranges [cuts[2k], cuts[2k+1]) of its text removed (ascending, apart), mapped back. */
function withCuts(norm: Normalized, cuts: readonly number[]): Normalized {
  if (!cuts.length) return norm;
  const text = norm.text;
  const pieces: string[] = [];
  /** For each cut: its position in the result and the characters removed up to and including it. */
  const at: number[] = [];
  const removed: number[] = [];
  let copied = 0;
  let gone = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    pieces.push(text.slice(copied, cuts[i]));
    gone += cuts[i + 1]! - cuts[i]!;
    at.push(cuts[i]! - (gone - (cuts[i + 1]! - cuts[i]!)));
    removed.push(gone);
    copied = cuts[i + 1]!;
  }
  pieces.push(text.slice(copied));
  const out = pieces.join('');
  /** Offset in `text` of the result's unit `p`. */
  const back = (p: number) => {
    let lo = 0;
    let hi = at.length - 1;
    let shift = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= p) {
        shift = removed[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return p + shift;
  };
  return {
    text: out,
    toOriginal(s, e) {
      const start = back(s);
      const end = e > s ? back(e - 1) + 1 : start;
      return norm.toOriginal(start, end);
    },
  };
}
