/**
 * Phone numbers in national and international formats, found with libphonenumber-js (the default
 * region from the context, "US" otherwise), plus a bounded digit-group pattern for numbers whose
 * region is unknown ("+46 (0)8 928 571 38", "0688 872 49 99", "98765 43210").
 */
import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js';
import { scanAll, wordBefore } from '../scan';
import type { Recognizer, Span } from '../types';

/**
 * Digit groups with separators: 7-15 digits, optional "+cc" (or "(+cc)", as Spanish CVs write it, or
 * "00cc" before "(0)": "0049 (0)30 1234 5678"), optional "(0)", a German area code before a slash
 * ("0151/23456789", "030 / 123 456 78", "0171 / 12 34 567", or at a line's end where PDF extraction broke
 * the line: "0555/\n123456"), optional extension.
 */
const GROUPS =
  /(?<![\p{L}\p{N}+\-/.:])(?:\+\d{1,3}[\s.-]{0,2}|\(\+\d{1,3}\)\s?|00\d{1,3}[ \t]?(?=\(0\)))?(?:\(0\)\s?)?(?:0\d{1,4}[ \t]?\/[ \t]?(?:\r?\n[ \t]?)?(?=\d{3})|0\d{2,4}[ \t]?\/[ \t]?(?=\d\d \d\d))?(?:\(\d{1,5}\)[\s.-]{0,2})?\d{1,12}(?:[\s.-]{1,2}\d{1,8}){0,5}(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\p{L}\p{N}]|[-/.]\d)/gu;

const DATE_HOUR = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})[ T]\d{1,2}$/;
const DATE_LIKE = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d)$/;

/** A year alone on the next line at the end of a match. */
const YEAR_LINE = /[ \t]*\r?\n[ \t]*(?:19|20)\d\d$/;
/** A number of one or two digits alone at the next line's start: a list item's number if "." or ")" follows. */
const ITEM_LINE = /[ \t]*\r?\n[ \t]*\d{1,2}$/;
/** A group of four to six digits, then a year: a postcode or a number before the entry's year. */
const POSTCODE_YEAR = /^\d{4,6}\s{1,2}(?:19|20)\d\d$/;

/**
 * A year, a hyphen and a number of three to five digits: a requisition's, a case's or a ticket's
 * number ("Clinical Research Coordinator (2024-3318)", "Case 2019-04417"), no phone, unless a phone
 * word stands right before it ("Tel. 2024-3318": a Hong Kong or Brazilian number of four and four).
 */
const YEAR_ID = /^(?:19|20)\d\d-\d{3,5}$/;
/** A phone word right before a number ("Tel.", "Call me:", "Phone No:"). */
const PHONE_CUE =
  /(?<!\p{L})(?:phone|tel|telephone|mobile|mob|cell|call|ph|contact|whatsapp|fax|landline|handy|telefon|tél|móvil)(?!\p{L})[^\p{L}\p{N}\n]{0,4}(?:(?:no|number|me)[^\p{L}\p{N}\n]{0,3})?$/iu;

function digitsOf(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Found numbers per region and snippet: [startsAt, endsAt] pairs. */
const libraryMemo = new Map<string, ReadonlyArray<readonly [number, number]>>();
const LIBRARY_MEMO_MAX = 2000;

/**
 * libphonenumber-js on one snippet. The library is pure but slow (tens of microseconds a call: it
 * builds regexes from its metadata on every call), and the content script analyses the same text
 * again when a page re-renders, so results are kept per region and snippet (bounded).
 */
function findInSnippet(snippet: string, region: string): ReadonlyArray<readonly [number, number]> {
  const k = `${region}\u0000${snippet}`;
  let v = libraryMemo.get(k);
  if (v === undefined) {
    try {
      v = findPhoneNumbersInText(snippet, { defaultCountry: region as CountryCode }).map(
        (f) => [f.startsAt, f.endsAt] as const,
      );
    } catch {
      v = [];
    }
    if (libraryMemo.size >= LIBRARY_MEMO_MAX) libraryMemo.clear();
    libraryMemo.set(k, v);
  }
  return v;
}

/** libphonenumber-js on one candidate (with a little context for a "+" or brackets): valid numbers score higher. */
function byLibrary(text: string, start: number, end: number, region: string): Span[] {
  const from = Math.max(0, start - 2);
  return findInSnippet(text.slice(from, end + 1), region).map(([startsAt, endsAt]) => ({
    start: from + startsAt,
    end: from + endsAt,
    label: 'PHONE',
    score: 0.95,
    recognizer: 'phone',
  }));
}

/** Two numbers joined by a hyphen or a dash, the second the larger ("1234-1245"). */
const PAGES = /^(\d{1,5})[ \t]?[-–][ \t]?(\d{1,5})$/;
/** A citation's volume ("141, ", "86(3), ", "97(4):") or "pp." / "pages" right before its pages. */
const PAGES_BEFORE = /(?:(?<![\p{L}\p{N}])(?:pp?|pages?)\.?|\d(?:\(\d{1,4}\))?[,:])[ \t]?$/u;

/** True when `s` at `at` is a citation's range of pages, not a phone number's groups. */
function pageRange(text: string, at: number, s: string): boolean {
  const p = PAGES.exec(s);
  if (!p) return false;
  const a = Number(p[1]);
  const b = Number(p[2]);
  return b > a && b - a < 1000 && PAGES_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * A match split at its line breaks where each line holds a number of its own (seven digits or more):
 * two numbers on consecutive lines ("+91-98450-12345\n020 7946 0958") are two, not one too long
 * (whose leading groups would then be dropped as a postcode's). A number wrapped across lines, with a
 * short part on one side ("0555/\n123456"), stays whole.
 */
function byLine(found: { index: number; 0: string }): Array<{ index: number; 0: string }> {
  const s = found[0];
  const nl = s.indexOf('\n');
  if (nl < 0) return [found];
  const head = s.slice(0, nl).trimEnd();
  const rest = s.slice(nl + 1);
  const lead = rest.length - rest.trimStart().length;
  if (digitsOf(head) < 7 || digitsOf(rest) < 7) return [found];
  return [
    { index: found.index, 0: head },
    ...byLine({ index: found.index + nl + 1 + lead, 0: rest.trimStart() }),
  ];
}

function analyzePhones(text: string, region: string): Span[] {
  const out: Span[] = [];
  for (const whole of scanAll(text, GROUPS)) {
    // Fewer than seven characters hold fewer than seven digits (most matches: years, day numbers).
    if (whole[0].length < 7) continue;
    for (const found of byLine(whole)) phoneCandidate(text, region, found, out);
  }
  return out;
}

/** Judges one candidate of {@link GROUPS} (see analyzePhones), adding what it finds to `out`. */
function phoneCandidate(
  text: string,
  region: string,
  found: { index: number; 0: string },
  out: Span[],
): void {
  {
    let m: { index: number; 0: string } = found;
    let s = m[0].trimEnd();
    let digits = digitsOf(s);
    // "30971 21 253 109 8211": a postcode or a number run into the phone; drop leading groups.
    for (let k = 0; k < 2 && digits > 15; k++) {
      const cut = s.search(/\s/);
      if (cut < 0) break;
      const rest = s.slice(cut).trimStart();
      m = { index: m.index + s.length - rest.length, 0: rest };
      s = rest;
      digits = digitsOf(s);
    }
    // "IL 62704\n2015 – 2018": a year on the next line is the entry's date, not the number's end.
    const year = YEAR_LINE.exec(s);
    if (year) {
      s = s.slice(0, year.index);
      digits = digitsOf(s);
    }
    // "Mob: 9810012345\n2. Ms. Neha Kapoor": the next referee's number in a numbered list.
    if (text.charCodeAt(m.index + s.length) === 46 || text.charCodeAt(m.index + s.length) === 41) {
      const item = ITEM_LINE.exec(s);
      if (item) {
        s = s.slice(0, item.index);
        digits = digitsOf(s);
      }
    }
    if (digits < 7 || digits > 15 || DATE_LIKE.test(s)) return;
    // "Florida | 32306  2003": a postcode and a year, two groups only.
    if (POSTCODE_YEAR.test(s)) return;
    // "Research Assistant II (2024-2907)": a year and a number, an id, where no phone word comes before.
    if (YEAR_ID.test(s) && !PHONE_CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
    // "J. Am. Chem. Soc., 141, 1234-1245", "pp. 3341-3350": a citation's pages after its volume or "pp.".
    if (pageRange(text, m.index, s)) return;
    // "2000-04-16 11:34:35", "07/30/1964 10:15": a date and the hour of a time.
    if (DATE_HOUR.test(s) && text[m.index + s.length] === ':') return;
    // The library settles formatted and international numbers; plain digit groups are judged by shape.
    if (/^[+(]/.test(s) || text[m.index - 1] === '+')
      out.push(...byLibrary(text, m.index, m.index + s.length, region));
    // A bare run of digits needs 10+ digits (a mobile number) or a leading "+"/"0" or grouping.
    const grouped = /[\s.()/-]/.test(s) || s.startsWith('+');
    if (!grouped && digits < 10) return;
    if (/^(?:19|20)\d\d(?:[\s-]+(?:19|20)\d\d)+$/.test(s)) return; // year lists
    out.push({
      start: m.index,
      end: m.index + s.length,
      label: 'PHONE',
      score: grouped ? 0.7 : 0.6,
      recognizer: 'phone',
    });
  }
}

/** The tel: scheme before a number. */
const TEL_SCHEME = /(?<![\p{L}\p{N}])tel:(?=[+\d(])/gu;

/** The phone recognizer. */
export const phone: Recognizer = {
  id: 'phone',
  kind: 'rule',
  entities: ['PHONE'],
  analyze(text, ctx) {
    if (!/\d{3}/.test(text) && !/\d[\s.-]\d/.test(text)) return [];
    // A number written as a tel: URI ("tel:+14155550134"): read as if a space stood after the scheme (same
    // length, so offsets hold).
    const scanned = text.includes('tel:') ? text.replace(TEL_SCHEME, 'tel ') : text;
    const out = analyzePhones(scanned, ctx.defaultRegion ?? 'US');
    if (text.includes(':')) out.push(...labelledPhones(text));
    return out;
  },
};

/** Field labels of a phone number, before its colon ("Mobile:", "Tel:", "Contact No:", "Cell Phone:"). */
const PHONE_LABELS = new Set(
  'phone phones mobile mob tel telephone cell cellphone ph whatsapp contact no number landline'.split(' '),
);
/**
 * A number as typists and PDF extraction space it: a hyphen or a dot with a space on either side and
 * spaces inside the brackets ("+91 98765 - 43210", "555 - 201 - 3344", "( 555 ) 201 - 3344").
 */
const SPACED_NUMBER =
  /[ \t]{0,3}((?:\+[ \t]?\d{1,3}[ \t]{0,2})?(?:\([ \t]?\d{1,5}[ \t]?\)[ \t]{0,2})?\d{1,6}(?:(?:[ \t]?[-.][ \t]?|[ \t])\d{1,6}){0,5})(?![\p{L}\p{N}])/uy;

/**
 * Numbers after a phone label whose groups are joined by " - " or spaced inside their brackets, which
 * the digit-group pattern reads as pieces too short to be a number (the half "+91 98765" was masked and
 * "43210" left). Read at each colon whose word before is a phone label: no pattern runs elsewhere.
 */
function labelledPhones(text: string): Span[] {
  const out: Span[] = [];
  for (let k = text.indexOf(':'); k !== -1; k = text.indexOf(':', k + 1)) {
    let w = wordBefore(text, k, 12);
    if (!w) continue;
    let label = text.slice(w[0], w[1]).toLowerCase();
    // "Contact No:", "Phone Number:", "Cell Phone:": the word before the last one names the field.
    if ((label === 'no' || label === 'number' || label === 'phone') && w[0] > 0) {
      const first = wordBefore(text, w[0], 12);
      if (first && PHONE_LABELS.has(text.slice(first[0], first[1]).toLowerCase())) w = first;
      else if (label !== 'phone') continue;
      label = text.slice(w[0], w[1]).toLowerCase();
    }
    if (!PHONE_LABELS.has(label) || label === 'no' || label === 'number') continue;
    SPACED_NUMBER.lastIndex = k + 1;
    const m = SPACED_NUMBER.exec(text);
    if (!m) continue;
    const v = m[1]!.replace(/[ \t.-]+$/, '');
    // Only the spaced shapes: what the digit-group pattern reads whole is left to it.
    if (!/[ \t][-.]|[-.][ \t]|\([ \t]|[ \t]\)/.test(v)) continue;
    const digits = digitsOf(v);
    if (digits < 7 || digits > 15 || DATE_LIKE.test(v)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + v.length, label: 'PHONE', score: 0.8, recognizer: 'phone' });
  }
  return out;
}

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/phone.test.ts
