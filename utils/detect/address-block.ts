/**
 * Address blocks: a street, unit or PO-box line found by the address recognizer is grown into the
 * whole postal block around it, the way addresses are written on letters and forms:
 *
 *     05405 Wesselényi u. 94.        ← house number and street before a unit
 *     Suite 741                      ← the anchor the rules found
 *     Öntésmajor                     ← town, region code, country, "(Greek)", postcode
 *     Hungary 18695
 *
 * Without this the pieces are masked one by one (a unit here, a country there) and the street or
 * town between them leaks. Growth is bounded (a few parts, one line back) and stops at ordinary
 * words, so a sentence after the address is never swallowed.
 */

import { companyAround } from './companies';
import { fold } from './lexicon';
import { dateOpensLine, endsBlock, institutionPart, sentenceEnd } from './recognizers/address';
import { isAsciiLetter, isAsciiUpper, isSpaceCode, isWordCode, scanAll } from './scan';
import type { Span } from './types';
import {
  CALENDAR,
  FUNCTION_WORDS,
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  isRegionOrCountry,
  looksLikeWord,
  ROLE_WORDS,
  SECTIONS,
  TECH,
} from './words';

/** Letters of place and street words, including Greek capitals written with the ∆ symbol. */
const L = "[\\p{L}\\p{M}∆'’.-]";
const CAP = '[\\p{Lu}∆]';

/**
 * Separators between the parts of a block: spaces, commas, ">", bullets ("???" where a bullet was lost),
 * a dash between spaces (Brazil's "Rua X, 455 – Pinheiros – São Paulo/SP") and at most two line breaks.
 */
const SEP = /\.?(?:[ \t,>;•·|]|\?{3}|(?<=[ \t])[–—-](?=[ \t]))*(?:\r?\n(?:[ \t,>;•·|]|\?{3})*){0,2}/y;

/** One more part after the anchor: unit, postcode, region code, "(Greek)", or place words. */
const PART = new RegExp(
  [
    // (Gulf addresses number their streets and zones: "Villa 14, Street 22, Zone 56".)
    '(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Villa|Building|Street|Zone)\\.?\\s?#?\\d{1,5}[A-Za-z]?(?![\\p{L}\\p{N}])',
    '\\d{3,6}(?:[- ]\\d{2,4})?(?![\\p{L}\\p{N}])',
    '\\p{Lu}{1,3}\\.?(?![\\p{L}\\p{N}])',
    `\\(${L}{2,30}(?: ${L}{1,30}){0,3}\\)`,
    `${CAP}${L}{1,30}(?: (?:\\p{Ll}{1,3} )?${CAP}${L}{0,30}){0,3}`,
    'nan(?![\\p{L}])',
  ].join('|'),
  'yu',
);

/** A particle inside a town's name and the capitalised words after it ("do Sul", "u Prelouce", "am Main"). */
const PARTICLE_TAIL = new RegExp(
  `(?:do|da|dos|das|de|del|di|du|la|le|u|am|an|ob|sur|en|im|upon)(?: ${CAP}${L}{1,30}){1,2}`,
  'yu',
);

/** A short house number after a lower-case street ("rúa olmos 44"), on the same line. */
const HOUSE_NUMBER = /[ \t]\d{1,4}[a-z]?(?![\p{L}\p{N}])/uy;

/**
 * The rest of a house number right after the anchor: a door or floor after "/" or "-" ("Lindengasse 5/2/14",
 * "Keizersgracht 123-II"), or a Belgian box or Polish flat number ("Kerkstraat 15 bus 3", "m. 4").
 */
const HOUSE_TAIL =
  /(?:(?:\/\d{1,4}[A-Za-z]?|-\d{1,3}[A-Za-z]?|[/-](?:[IVX]{1,4}|[A-Za-z]))(?![\p{L}\p{N}])){1,3}|[ \t](?:bus|bte|boîte|m\.|lok\.|ap\.|apt\.)[ \t]?\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/uy;

/** Lower-case place words and short codes, for text written in lower case ("calgary alberta", "mp 35739"). */
const LOWER_PART = /\p{Ll}[\p{L}\p{M}'’.-]{1,30}(?: \p{Ll}[\p{L}\p{M}'’.-]{1,30}){0,2}/uy;

/**
 * Before a unit or a street: the house number and street written before it on the same line
 * ("05405 Wesselényi u. 94. " before "Suite 741", "9554 " before "62 Rue Gafsa").
 */
const BACK = new RegExp(
  `(?:^|[\\s,:>(])((?:\\d{1,6}[A-Za-z]?,?\\s{1,2}){1,2}|\\d{1,6}[ \\t]${CAP}${L}*(?:[ \\t](?:${CAP}${L}*|\\p{Ll}[\\p{Ll}\\p{M}]{0,9}\\.?)){0,3}\\s{1,2}|(?:\\d{1,6}[A-Za-z]?,?[ \\t]{1,2}){0,2}${CAP}${L}*(?:[ \\t](?:${CAP}${L}*|\\p{Ll}[\\p{Ll}\\p{M}]{0,9}\\.?)){0,3}[ \\t]\\d{1,5}[A-Za-z]?\\.?,?\\s{1,2})$`,
  'u',
);

/** One letter alone after a town, at the line's or the text's end ("københavn k"). */
const DISTRICT_LETTER = /^ \p{Ll}(?:$|[ \t]*\r?\n|[.,;])/u;
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu;
const MAX_PARTS = 6;
const BACK_WINDOW = 64;
const YEAR = /^(?:19|20)\d\d[ \t,]*$/;
const DATE_WORD = /(?:\b\p{L}{3,9}\.?,?|[-–—/]|\d)\s{0,2}$/u;

const DIGITS = /^\d+$/;
const YEAR_PART = /^(?:19|20)\d\d$/;
/** What follows the first year of a date range: a dash, "to", another year, "Present". */
const RANGE_AFTER = /^\s{0,3}(?:[–—-]|to\b|till\b|(?:19|20)\d\d\b|present\b|current\b)/i;

function grow(text: string, end: number, lower: boolean): number {
  let pos = end;
  // Whether the last part taken was a number (a postcode).
  let numeric = false;
  const c = text.charCodeAt(pos);
  if (c === 47 || c === 45 || c === 32) {
    HOUSE_TAIL.lastIndex = pos;
    if (HOUSE_TAIL.exec(text)) pos = HOUSE_TAIL.lastIndex;
  }
  for (let k = 0; k < MAX_PARTS; k++) {
    SEP.lastIndex = pos;
    const sep = SEP.exec(text);
    const at = pos + (sep ? sep[0].length : 0);
    PART.lastIndex = at;
    let m = PART.exec(text);
    if (!m && at === pos + 1 && text.charCodeAt(pos) === 32) {
      // "Caxias do Sul", "Turkovice u Prelouce": a town's particle and the rest of its name after
      // a part or an anchor that ends in its first word.
      PARTICLE_TAIL.lastIndex = at;
      m = PARTICLE_TAIL.exec(text);
    }
    if (!m && k === 0 && lower) {
      // "106 rúa olmos 44, belfast": the house number after the street, on the anchor's line.
      HOUSE_NUMBER.lastIndex = pos;
      m = HOUSE_NUMBER.exec(text);
    }
    let lastTown = -1;
    if (!m && lower) {
      LOWER_PART.lastIndex = at;
      m = LOWER_PART.exec(text);
      // A town the gazetteer lacks counts when a country or region follows it ("mohács, hungary"),
      // or as the last comma part of the address's line ("36 rue de pologne, cite de l'interieur").
      if (m && !isPlaceName(m[0].replace(/\.$/, '')) && !lowerTailFollows(text, at + m[0].length)) {
        lastTown = sep ? lineEndTown(text, sep[0], at, m[0]) : -1;
        if (lastTown < 0) m = null;
      } else if (m && DISTRICT_LETTER.test(text.slice(at + m[0].length, at + m[0].length + 3))) {
        // "…, københavn k": a town's postal district letter (Copenhagen's K, V, Ø), as the Title
        // Case form takes it as a code ("København K").
        lastTown = at + m[0].length + 2;
      }
    }
    if (!m) break;
    let part = m[0];
    if (lastTown >= 0) {
      pos = lastTown;
      break;
    }
    // "Rzeszów Poland. It serves …": a part ends with its sentence.
    const stop = sentenceEnd(part);
    if (stop >= 0) part = part.slice(0, stop + 1);
    if (endsBlock(text, at + part.length, part)) break;
    // "…, ST 12345    Wuckert.Keeley@lfan.net": an e-mail address's local part is no town.
    if (text.charCodeAt(at + part.length) === 64) break;
    // "…, Parramatta NSW 2150 | 0412 345 678", "…, Pretoria, 0002 | 082 555 1234": a phone number after
    // the address is no postcode (and what follows it, the next line, is no part of the address).
    if (isDigit(text.charCodeAt(at)) && phoneAt(text, at)) break;
    // "…, Leeds LS6 2AB\n2019", "…, Manchester M19 2LL\nSept 2019 – June 2021": a date that opens the
    // next line opens the next entry ("2000 Antwerpen", a postcode before its town, goes on), and a
    // section's heading the next section ("…, 31-147 Kraków\nWykształcenie\n2013 – 2018").
    if (sep?.[0].includes('\n') && (dateOpensLine(text, at, part) || sectionHeading(part))) break;
    // "…, VA 22030\nDay phone: 703…", "…, Selangor\nH/P: 012…": a field's label that opens the next line.
    if (sep?.[0].includes('\n') && LABEL_REST.test(text.slice(at + part.length, at + part.length + 26)))
      break;
    // "…, Riverdale, MD 20737\nManagement and Program Analyst, GS-0343-12", "…, IL 62701\nSenior
    // Accountant\n2018 – 2021": a job's title that opens the next line (an employer's address above
    // the role, as federal and many other resumes write it) opens the entry, no part.
    if (sep?.[0].includes('\n') && roleLine(part)) break;
    // "…, Florida | 32306  2003  Salary", "…, IL 62704\n2015 – 2018": a year after a postcode or that
    // opens a date range is the entry's date, no part.
    const digits = DIGITS.test(part);
    if (digits && YEAR_PART.test(part) && (numeric || RANGE_AFTER.test(text.slice(at + 4, at + 16)))) break;
    numeric = digits;
    // "…, 20121 Milano\nPolitecnico di Milano, Laurea …": a school or an organisation is no part.
    if (institutionPart(part)) break;
    // Ordinary words ("Please", "After") end the block unless they name a place or a postcode,
    // region code or country follows them ("Cite Essanaouber, 32 60810").
    if (
      startsWithLetter(part) &&
      !/^(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm)\b|^(?:Villa|Building|Street|Zone)\.?\s?#?\d/.test(
        part,
      )
    ) {
      if (
        hasOrdinaryWord(part) &&
        !isPlaceName(part.replace(/\.$/, '')) &&
        !tailFollows(text, at + part.length)
      ) {
        // "31 Rue Al Bakri, Cite Merzgui": the last comma part of the line is the town all the same.
        const town = sep ? lineEndTown(text, sep[0], at, part) : -1;
        if (town >= 0) pos = town;
        break;
      }
    }
    pos = at + part.length;
  }
  return pos;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** The rest of a field's label after a part's word: up to two short words (or "/P"), then a colon. */
const LABEL_REST = /^(?:[ \t/][\p{L}.]{1,12}){0,2}[ \t]?[:：]/u;

/**
 * True when a part holds a job title's word of four letters or more ({@link ROLE_WORDS}: "Senior
 * Accountant", "Program Analyst") and names no place ("Dean Park" is a town).
 */
function roleLine(part: string): boolean {
  for (const w of part.split(' ')) {
    if (w.length > 3 && ROLE_WORDS.has(fold(w))) return !isPlaceName(part.replace(/\.$/, ''));
  }
  return false;
}

/** True when every word of a part is a section heading's word ("Wykształcenie", "Work Experience"). */
function sectionHeading(part: string): boolean {
  return part.split(' ').every((w) => SECTIONS.has(fold(w)));
}

/**
 * True when a phone number starts at `at`: groups of digits split by single spaces, hyphens or dots
 * (up to 20 characters), no group a year, and eight digits or more in two groups or more that open
 * with a trunk "0" ("0412 345 678", "082 555 1234", "021 456 7890"), or ten or more ("98450 12345").
 * A ZIP+4 ("02134-1234") and a postcode before a year ("62704 2015") are no phone.
 */
function phoneAt(text: string, at: number): boolean {
  let digits = 0;
  let groups = 0;
  let group = 0;
  let year = false;
  let i = at;
  for (; i < at + 20; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      group++;
      continue;
    }
    if (group === 0 || !(c === 32 || c === 45 || c === 46) || !isDigit(text.charCodeAt(i + 1))) break;
    if (group === 4 && /^(?:19|20)/.test(text.slice(i - 4, i))) year = true;
    groups++;
    group = 0;
  }
  if (group > 0) {
    if (group === 4 && /^(?:19|20)/.test(text.slice(i - 4, i))) year = true;
    groups++;
  }
  if (year || groups < 2) return false;
  if (groups === 2 && /^\d{5}-\d{4}$/.test(text.slice(at, i))) return false;
  return digits >= 10 || (digits >= 8 && text.charCodeAt(at) === 48);
}

/** After a town: an optional one-letter postal district ("København K"), a full stop, the line's end. */
const LINE_END = /(?: \p{L})?\.?[ \t]*(?:\r?\n|$)/uy;

/**
 * The end of `part` (at `at`) with a one-letter district after it, when it is the town that closes
 * an address's line: after a comma on the same line (`sep`), at the line's end, holding a word of
 * four letters or more outside the dictionary and no organisation word ("…, Cite Merzgui",
 * "…, københavn k"); -1 otherwise.
 */
function lineEndTown(text: string, sep: string, at: number, part: string): number {
  if (!sep.includes(',') || sep.includes('\n')) return -1;
  LINE_END.lastIndex = at + part.length;
  const end = LINE_END.exec(text);
  if (!end) return -1;
  let unknown = false;
  const words = part.split(' ');
  for (const w of words) {
    if (isOrgTail(w)) return -1;
    if (w.length > 3 && !isOrdinaryWord(w)) unknown = true;
  }
  if (!unknown) return -1;
  // "…, Street 7, Gadget Works": a name that ends in an English word of four letters or more ("Works")
  // is a business's, not a town's.
  const last = words[words.length - 1]!;
  if (words.length > 1 && last.length > 3 && isOrdinaryWord(last) && !isPlaceName(last)) return -1;
  const district = /^ \p{L}/u.test(end[0]) ? 2 : 0;
  return at + part.length + district;
}

/** True when `part` starts with a letter (\p{L}), read by code for ASCII. */
function startsWithLetter(part: string): boolean {
  const c = part.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) : /^\p{L}/u.test(part);
}

/** True when one of the part's words (split at spaces) longer than three characters is an ordinary word. */
function hasOrdinaryWord(part: string): boolean {
  for (let from = 0; from <= part.length; ) {
    let to = part.indexOf(' ', from);
    if (to < 0) to = part.length;
    if (to - from > 3 && isOrdinaryWord(part.slice(from, to))) return true;
    from = to + 1;
  }
  return false;
}

/** A postcode (not a date's day: "04/09/1990"), a region code or a country right after `pos` (across separators). */
const TAIL =
  /[ \t,>;•·|]*(?:\r?\n[ \t,>;•·|]*)?(?:\d{2,6}(?![\p{L}\p{N}]|[./]\d)|\p{Lu}{2,3}(?![\p{L}\p{N}])|(\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+)?))/uy;

/** A country or region in lower case right after `pos`, or on the next line ("…, hungary 24743", "…, south africa."). */
const LOWER_TAIL =
  /(?:[ \t,]{1,3}|[ \t,]*\r?\n(?:[ \t•·|]|\?{3})*)(\p{Ll}[\p{L}\p{M}]+(?: \p{Ll}[\p{L}\p{M}]+)?)/uy;

function lowerTailFollows(text: string, pos: number): boolean {
  LOWER_TAIL.lastIndex = pos;
  const m = LOWER_TAIL.exec(text);
  if (!m) return false;
  const [one, two] = m[1]!.split(' ');
  return isRegionOrCountry(m[1]!) || (!two ? false : isRegionOrCountry(one!));
}

function tailFollows(text: string, pos: number): boolean {
  TAIL.lastIndex = pos;
  const m = TAIL.exec(text);
  return !!m && (!m[1] || isRegionOrCountry(m[1]));
}

/**
 * False when `s` holds no LOWER_WORD: in ASCII, an a-z letter that follows no letter (read by
 * code, up to the first non-ASCII character, where the answer is true).
 */
function mayHoldLowerWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 97 && c <= 122 && !isAsciiLetter(s.charCodeAt(i - 1)))) return true;
  }
  return false;
}

function growBack(text: string, start: number): number {
  // Every BACK match ends with whitespace and holds a digit: without both, nothing is tried.
  if (!isSpaceCode(text.charCodeAt(start - 1))) return start;
  let lineStart = start;
  const floor = Math.max(0, start - BACK_WINDOW);
  // The anchor's line and the line before it ("05405 Wesselényi u. 94." above "Suite 741").
  let breaks = 0;
  let digit = false;
  for (let c = text.charCodeAt(lineStart - 1); lineStart > floor && (c !== 10 || ++breaks < 2); ) {
    if (c >= 48 && c <= 57) digit = true;
    c = text.charCodeAt(--lineStart - 1);
  }
  if (!digit) return start;
  let window = text.slice(lineStart, start);
  for (let tries = 0; tries < 4; tries++) {
    const m = BACK.exec(window);
    // "in 2012 12 Oak Street" is rare, "May 2013 12 ..." never an address: a year after a date word stays.
    if (!m?.[1] || (YEAR.test(m[1]) && DATE_WORD.test(window.slice(0, window.length - m[1].length))))
      return start;
    // Lower-case words may be street words ("u.", "tér", "terrasse"), never ordinary words ("is", "office").
    const bad = mayHoldLowerWord(m[1]) ? scanAll(m[1], LOWER_WORD).filter((w) => isOrdinaryWord(w[0])) : [];
    const lastBad = bad[bad.length - 1];
    if (!lastBad) return start - m[1].length;
    window = window.slice(window.length - m[1].length + lastBad.index + lastBad[0].length);
  }
  return start;
}

/** "to Maarit and Hersnapvej 75": a street name and "and" before a street that starts with its name. */
const CROSS_STREET = /(?:^|[\s:>,(])(\p{Lu}[\p{L}\p{M}'’-]{1,30}) and $/u;
const CROSS_CUE = /(?:^|\b(?:to|at|is|on|of|in|from)\s|[:>,?]\s?|\n\s?)$/;

/**
 * An intersection written as "X and <street> 75": the cross street X joins the block when the
 * street starts with its name (no house number first), X is no English word, and a preposition,
 * a colon or a line break comes before it ("return to Leon and Eyrarodda 66").
 */
function crossStreetBefore(text: string, start: number): number {
  if (!/^\p{L}/u.test(text.slice(start, start + 1))) return start;
  const before = text.slice(Math.max(0, start - 40), start);
  const m = CROSS_STREET.exec(before);
  if (!m || isOrdinaryWord(m[1]!) || FUNCTION_WORDS.has(m[1]!.toLowerCase())) return start;
  const at = start - ' and '.length - m[1]!.length;
  return CROSS_CUE.test(text.slice(Math.max(0, at - 12), at)) ? at : start;
}

/** What may stand before an address line's anchor on its line: a bullet, or a field label and its colon. */
const LINE_LEAD = /^[ \t•·*>-]*(?:\p{L}[\p{L} ]{0,29}[:：][ \t]*)?$/u;
/** The rest of an address line: house, block and lot numbers, localities, town, postcode; no sentence. */
const LINE_REST = /^[\p{L}\p{M}\d ,./#'’()&-]{1,120}$/u;
/** A lower-case word of four letters or more: a sentence, not an address ("near the station"). */
const LOWER_WORD4 = /(?<![\p{L}\p{M}])\p{Ll}{4,}/u;
/** The end of an address line: a town, region or country, perhaps with its postcode ("Bandung 40162", "Rizal 1900"). */
const LINE_TAIL = /(?:^|,)[ \t]*([\p{L}\p{M}][\p{L}\p{M} .'’-]{1,40}?)(?:[ \t]*-?[ \t]*\d{4,6})?[ \t.]*$/u;

/**
 * An address written on one line of its own, as South and Southeast Asian resumes put it under the
 * name ("House # 45, Street 7, G-9/2, Islamabad", "Jl. Merdeka No. 45, RT 03/RW 05, Kel. Sukajadi,
 * Bandung 40162", "Blk 5 Lot 12 Phase 2, Camella Homes, Brgy. San Isidro, Cainta, Rizal 1900"): where the
 * block starts its line (after a bullet or a field label) and the line goes on in comma-separated parts
 * to a town, region or country (with or without a postcode), the whole line is the address. Sector,
 * block, lot and ward numbers and the localities between them place the candidate as much as the
 * street does. Returns the line's end, or `end`.
 */
function wholeLine(text: string, start: number, end: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 40 || !LINE_LEAD.test(text.slice(lineStart, start))) return end;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - end > 120 || lineEnd <= end) return end;
  const rest = text.slice(end, lineEnd).replace(/[ \t\r]+$/, '');
  if (!rest.includes(',') || !LINE_REST.test(rest) || LOWER_WORD4.test(rest)) return end;
  const tail = LINE_TAIL.exec(rest);
  if (!tail) return end;
  const town = tail[1]!.trim().replace(/\.$/, '');
  return isPlaceName(town) || isRegionOrCountry(town) ? end + rest.length : end;
}

/** True for spans that can anchor a block: a street, unit or box line, not a bare postcode. */
function isAnchor(text: string, s: Span): boolean {
  // (A Cyrillic resume's address field is its whole value already: the words after it, a heading the
  // word lists do not know, "Досвід роботи", are no part of it.)
  return (
    s.label === 'ADDRESS' &&
    s.score >= 0.6 &&
    s.recognizer !== 'cyrillic-fields' &&
    hasCode(text, s.start, s.end, isAsciiLetter, /\p{L}/u)
  );
}

/**
 * True when `re` matches in text[from, to): read by code up to the first non-ASCII character
 * (`ascii` says which ASCII codes `re` matches), and by `re` on the slice from there.
 */
function hasCode(text: string, from: number, to: number, ascii: (c: number) => boolean, re: RegExp): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return re.test(text.slice(i, to));
    if (ascii(c)) return true;
  }
  return false;
}

/**
 * The address blocks around the address spans: one ADDRESS span per anchor, covering the house
 * number and street before it on its line and the unit, town, region, country and postcode after it.
 * @example addressBlocks('to 05405 Wesselényi u. 94. Suite 741 Öntésmajor Hungary 18695?', spans)
 */
export function addressBlocks(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (!isAnchor(text, s)) continue;
    const lower = !hasCode(text, s.start, s.end, isAsciiUpper, /\p{Lu}/u);
    const start = crossStreetBefore(text, growBack(text, s.start));
    const end = wholeLine(text, start, grow(text, s.end, lower));
    if (start < s.start || end > s.end)
      out.push({ start, end, label: 'ADDRESS', score: s.score, recognizer: 'address' });
  }
  return out;
}

/** A town's comma part of an address: one to three capitalised words, no digit, no dot. */
const TOWN_PART = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2}$/u;
const MAX_TOWNS = 8;

/**
 * Every other occurrence of a town that the candidate's address names: the address's comma parts
 * that are one to three capitalised words with a word in no word list ("12 Ashgrove Park,
 * Ballincollig, Co. Cork" names "Ballincollig"), wherever they recur ("Coláiste Choilm, Ballincollig,
 * 2015"), whole word and case as written: the suburbs and villages the gazetteer lacks (its places are
 * the place recognizer's, which leaves them inside organisations' names). No job, tool, section or
 * organisation word, no known employer.
 */
export function addressTowns(text: string, spans: readonly Span[]): Span[] {
  const towns = new Set<string>();
  for (const s of spans) {
    if (s.label !== 'ADDRESS' || towns.size >= MAX_TOWNS) continue;
    const block = text.slice(s.start, s.end);
    if (!block.includes(',')) continue;
    for (const raw of block.split(/[,\n]/)) {
      const part = raw.trim();
      // (The gazetteer's places are left to the place recognizer, which knows "Asahi India Glass".)
      if (!TOWN_PART.test(part) || isPlaceName(part)) continue;
      const words = part.split(' ');
      if (!words.some((w) => !isOrdinaryWord(w))) continue;
      // (A tool's or a section's word only alone: "Leamington Spa" is no single-page app; nor is its
      // "Spa" the Italian company's "SpA", a role word of three letters.)
      if (words.some((w) => (w.length > 3 && ROLE_WORDS.has(fold(w))) || isOrgTail(w))) continue;
      if (words.length === 1 && (SECTIONS.has(fold(part)) || TECH.has(fold(part)))) continue;
      if (companyAround(words, 0, words.length - 1)) continue;
      towns.add(part);
    }
  }
  const out: Span[] = [];
  for (const town of towns)
    for (let i = text.indexOf(town); i !== -1; i = text.indexOf(town, i + town.length)) {
      if (isWordCode(text.charCodeAt(i - 1)) || isWordCode(text.charCodeAt(i + town.length))) continue;
      out.push({ start: i, end: i + town.length, label: 'LOCATION', score: 0.6, recognizer: 'address' });
    }
  return out;
}

/**
 * ", Town" (or " - Town") right after a school's name, then the field's end: the locality of the
 * school, which Indian and other resumes write after it and the gazetteer seldom holds ("St. Francis
 * College for Women, Begumpet  2015", "Delhi Public School, R.K. Puram, CBSE", "St. Teresa's Higher
 * Secondary School, Ernakulam - 2014"), also where a table's tab ends the cell ("Kendriya Vidyalaya,
 * Hebbal\tCBSE"), or before the marks ("Sri Vasavi Engineering College, Tadepalligudem with 78%"). Initials may open it; one or two capitalised words, none an
 * English word or one's look-alike, nor a job, tool, section, calendar or organisation word, nor a
 * known employer ("Loyola College, Autonomous", "Anna University, Distance Education" stay). Such a
 * town is masked wherever else it stands too.
 */
const TOWN_AFTER_SCHOOL =
  /^(?:,[ \t]{1,2}|[ \t]+[-–—][ \t]{1,2})((?:\p{Lu}\.[ ]?){0,3}\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+)?)(?=[ \t]*(?:$|\r?\n|[,|(–—;])|[ \t]+-[ \t]|[ \t]{2}|\t|[ \t]+(?:19|20)\d\d\b|[ \t](?:in|with)\b)/u;

export function schoolTowns(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const towns = new Set<string>();
  for (const s of spans) {
    if (s.label !== 'SCHOOL') continue;
    const c = text.charCodeAt(s.end);
    if (c !== 44 && c !== 32 && c !== 9) continue;
    const m = TOWN_AFTER_SCHOOL.exec(text.slice(s.end, s.end + 48));
    if (!m) continue;
    const town = m[1]!;
    const words = town.replace(/^(?:\p{Lu}\.[ ]?)+/u, '').split(/[ -]/);
    if (!words.every(townWord) || companyAround(words, 0, words.length - 1)) continue;
    const start = s.end + m[0].length - town.length;
    // The name of an organisation that a line break split ("Chogoria  Hospital", "American  Association").
    const next = /^[ \t]+(\p{Lu}[\p{L}\p{M}'’]+)/u.exec(
      text.slice(start + town.length, start + town.length + 40),
    );
    if (next && isOrgTail(next[1]!)) continue;
    out.push({ start, end: start + town.length, label: 'LOCATION', score: 0.6, recognizer: 'location' });
    // (The gazetteer's places are left to the place recognizer, which knows "Perry Local School District".)
    if (towns.size < MAX_TOWNS && !isPlaceName(town)) towns.add(town);
  }
  // The same town wherever else it stands, whole word and case as written: a referee's line
  // ("Senior Lecturer, OAU, Ile-Ife") names the town of the school the education section gave.
  const found = new Set(out.map((o) => o.start));
  for (const town of towns)
    for (let i = text.indexOf(town); i !== -1; i = text.indexOf(town, i + town.length)) {
      if (isWordCode(text.charCodeAt(i - 1)) || isWordCode(text.charCodeAt(i + town.length))) continue;
      if (found.has(i)) continue;
      out.push({ start: i, end: i + town.length, label: 'LOCATION', score: 0.6, recognizer: 'location' });
    }
  return out;
}

/** A word of a town's name after a school: no English word, nor a job, tool, section or organisation word. */
function townWord(w: string): boolean {
  if (isOrdinaryWord(w) || looksLikeWord(w) || isOrgTail(w)) return false;
  const f = fold(w);
  return !ROLE_WORDS.has(f) && !SECTIONS.has(f) && !TECH.has(f) && !CALENDAR.has(f);
}
