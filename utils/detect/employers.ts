/**
 * Employers that the name and place recognizers read as people or places, found from the way
 * companies outside Europe and North America write their names:
 * - a legal-form or group word before the name: Indonesian "PT" (Perseroan Terbatas, "PT Tokopedia",
 *   "PT. Gojek Indonesia"), Spanish and Portuguese "Grupo", "Banco", "Corporación" ("Grupo Bimbo",
 *   "Banco de Bogotá");
 *   the whole capitalised run after it is the employer;
 * - a country right after an acronym that opens a field, an organisation noun or a well-known
 *   employer: a national subsidiary ("MTN Ghana", "KPMG Kenya", "Equity Bank Kenya", "Capgemini India");
 * - a place after "Bank" that opens a field ("Bank Central Asia", "Bank Negara Indonesia");
 * - a well-known firm of two names joined by "&" whose second name is a town ("Ernst & Young");
 * - a regional Federal Reserve Bank by its town ("Dallas Fed", "New York Fed");
 * - a Vietnamese firm's words after "Công ty", "Tập đoàn" or "Ngân hàng" ("Công ty TNHH Phần mềm Sao Việt").
 * Blind hiring keeps employers, so the name and place findings inside them are dropped (a place after
 * the employer, "PT Tokopedia, Jakarta", stays). Each look reads a few characters around one finding.
 */
import { isKnownCompany } from './companies';
import { codeAt } from './scan';
import type { Span } from './types';
import { isOrgTail, isPlaceName, isRegionOrCountry, nameClass } from './words';

type Range = [number, number];

/**
 * A word that opens an employer's name, then up to three capitalised words, right before a finding
 * ("PT Tokopedia", "PT. Bank Negara Indonesia Tbk").
 */
const PREFIX_BEFORE =
  /(?<=^|[\s,;:(|•·–—-])(?:PT\.?|Grupo|Banco|Corporaci[oó]n|Compa[nñ][ií]a|Industrias)(?:[ \u00a0](?:(?:de|del|la|do|da|y)[ \u00a0])*[\p{Lu}\d][\p{L}\p{M}\d&'’.-]*){0,3}(?:[ \u00a0](?:de|del|la|do|da))*[ \u00a0]$/u;
/** "Bank" and up to two capitalised words where a field opens ("Bank Central Asia"; not "the West Bank Jordan"). */
const BANK_BEFORE =
  /(?:^|[\n,;:(|•·–—][ \t]?|\s[-–—][ \t]|\t| {2}|\b(?:at|with|for) )Bank(?: \p{Lu}[\p{L}\p{M}&'’.-]*){0,2} $/u;
/** The literal each of PREFIX_BEFORE's words holds (a quick test before the pattern). */
const PREFIX_WORDS = ['PT', 'Grupo', 'Banco', 'Corporaci', 'Compa', 'Industrias'];
/** First characters of PREFIX_AT's words. */
const PREFIX_FIRST = new Set([...'PGBCI'].map((c) => c.charCodeAt(0)));
/** The same word at the start of a finding ("PT Gojek" found as a name). */
const PREFIX_AT = /^(?:PT\.?|Grupo|Banco|Corporaci[oó]n|Compa[nñ][ií]a|Industrias)[ \u00a0]/u;
/** A word of an employer's name: capitalised or a number ("Tokopedia", "BNI", "46"), after link words ("de Bogotá"). */
const NAME_WORD = /[ \u00a0](?:(?:&|de|del|la|do|da|y)[ \u00a0])*[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*/uy;
/**
 * A field of capitalised words that opens after a line break, comma, colon, bracket or dash and ends
 * one space before a finding; its last word in group 1 ("Equity Bank " before "Kenya"; not "from the
 * West Bank " in a sentence).
 */
const FIELD_BEFORE =
  /(?:^|[\n,;:(|•·–—][ \t]?|\s[-–—][ \t]|\t| {2})(?:\p{Lu}[\p{L}\p{M}'’&.-]* ){0,3}(\p{Lu}[\p{L}\p{M}'’&-]*) $/u;
/** " Fed" after a town, as a word ("Dallas Fed"; not "Fedex", "Federal"). */
const FED_AFTER = /^ Fed(?![\p{L}\p{N}])/u;
/** A capitalised word and "&" right before a finding ("Ernst & "; with "and" it may be a list of people). */
const AMP_BEFORE = /(\p{Lu}[\p{L}\p{M}'’]+) & $/u;
/** An acronym of two to five capitals that opens a field, then one space, right before a country. */
const ACRONYM_BEFORE = /(?:^|[\n,;:(|•·–—]\s?|\s[-–—]\s|\t| {2})([A-Z]{2,5}) $/;
/** Compass points, degrees, sections and job fields, never an employer ("SE Asia", "BSc Kenya"). */
const NOT_EMPLOYER = new Set(
  'NE NW SE SW BA BS BSC MSC MA MS MBA BBA BCOM MCOM PHD CV HR IT QA UI UX CSE ECE EEE MBBS LLB KCSE KCPE WAEC NECO SPM STPM GCE BECE SSC HSC'.split(
    ' ',
  ),
);

/**
 * Vietnamese words that open a firm's name: company ("Công ty", with "TNHH", limited, or "Cổ phần",
 * joint-stock, after it), corporation ("Tổng công ty"), group ("Tập đoàn") and bank ("Ngân hàng").
 */
const VI_PREFIXES = [
  'Công ty',
  'Công Ty',
  'CÔNG TY',
  'Tập đoàn',
  'Tập Đoàn',
  'TẬP ĐOÀN',
  'Ngân hàng',
  'Ngân Hàng',
  'NGÂN HÀNG',
];
/** The most a firm's name runs after its prefix word. */
const VI_RUN_MAX = 80;
/** A word of a Vietnamese firm's name, one space before it: any case ("Phần mềm Sao Việt"), digits too. */
const VI_WORD = /[ \u00a0]([\p{L}\p{M}\d&'’.-]+)/uy;
/** Lower-case words after a firm's name in a sentence: from, at, with, and, year, in, for, as, since. */
const VI_STOP = new Set([
  'từ',
  'tại',
  'với',
  'và',
  'năm',
  'ở',
  'cho',
  'làm',
  'trong',
  'khi',
  'đến',
  'là',
  'vào',
  'của',
]);

/**
 * The Vietnamese firm whose name holds text[at]: a prefix word before it on its line, with only the
 * firm's words between ("Công ty TNHH Phần mềm Sao Việt", "Ngân hàng TMCP Á Châu"); the range runs
 * from the prefix to the last word before a separator, a lower-case word of a sentence or the line's end.
 */
function vietnameseFirm(text: string, prefixes: readonly number[], at: number): Range | undefined {
  const from = Math.max(0, at - VI_RUN_MAX);
  if (!anyIn(prefixes, from, at + 1)) return undefined;
  let best: number | undefined;
  for (const p of prefixes) if (p >= from && p <= at) best = p;
  if (best === undefined) return undefined;
  // The prefix word's own end ("Công ty" is seven characters, "Tập đoàn" and "Ngân hàng" eight and nine).
  let end = best + (VI_PREFIXES.find((w) => text.startsWith(w, best!))?.length ?? 0);
  for (let n = 0; n < 12; n++) {
    VI_WORD.lastIndex = end;
    const m = VI_WORD.exec(text);
    if (!m || VI_STOP.has(m[1]!)) break;
    end = VI_WORD.lastIndex;
  }
  if (text[end - 1] === '.') end--;
  return at < end ? [best, end] : undefined;
}

/** Where the literals stand in the text, in order (a handful of native searches). */
function literalsAt(text: string, literals: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of literals) for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) out.push(k);
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** True when one of the sorted positions lies in [from, to). */
function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/** End of the capitalised run that starts at `from` (word after word, one space apart). */
function runEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && /[\p{L}\p{M}\d.'’&-]/u.test(text[end]!)) end++;
  for (;;) {
    NAME_WORD.lastIndex = end;
    const m = NAME_WORD.exec(text);
    if (!m) break;
    end = NAME_WORD.lastIndex;
  }
  // A dot that ends the sentence or an abbreviation stays outside ("PT Tokopedia.").
  return text[end - 1] === '.' && !/^PT\.$/.test(text.slice(end - 3, end)) ? end - 1 : end;
}

/**
 * The employer ranges that hold the weak name and place findings given (each read from the
 * characters around it): a prefix word and its run, or an acronym and the country after it.
 */
export function employersAround(text: string, spans: readonly Span[]): Range[] {
  const out: Range[] = [];
  // Each pattern is tried only where the literal it needs stands (most findings have none near):
  // the places of the prefix words and of "Bank", found once for the text.
  const prefixes = literalsAt(text, PREFIX_WORDS);
  const banks = literalsAt(text, ['Bank']);
  const vietnamese = literalsAt(text, VI_PREFIXES);
  for (const s of spans) {
    if (s.label !== 'NAME' && s.label !== 'LOCATION') continue;
    const vi = vietnamese.length ? vietnameseFirm(text, vietnamese, s.start) : undefined;
    if (vi) {
      out.push(vi);
      continue;
    }
    const from = Math.max(0, s.start - 48);
    const pre = anyIn(prefixes, from, s.start);
    const bank = anyIn(banks, from, s.start);
    const win = pre || bank ? text.slice(from, s.start) : '';
    const p = (pre ? PREFIX_BEFORE.exec(win) : null) ?? (bank ? BANK_BEFORE.exec(win) : null);
    if (p) {
      out.push([s.start - p[0].length, runEnd(text, s.start)]);
      continue;
    }
    const q = PREFIX_FIRST.has(text.charCodeAt(s.start))
      ? PREFIX_AT.exec(text.slice(s.start, s.start + 14))
      : null;
    if (q) {
      out.push([s.start, runEnd(text, s.start + q[0].length)]);
      continue;
    }
    const spaced = codeAt(text, s.start - 1) === 32;
    // "Ernst & Young, Kuala Lumpur": a well-known firm whose second name was read as a place or a person.
    if (spaced && codeAt(text, s.start - 2) === 38) {
      const amp = AMP_BEFORE.exec(text.slice(Math.max(0, s.start - 14), s.start));
      const first = amp && /^[\p{L}\p{M}'’-]+/u.exec(text.slice(s.start, s.end))?.[0];
      if (amp && first && isKnownCompany(`${amp[1]} & ${first}`)) {
        out.push([s.start - amp[0].length, s.start + first.length]);
        continue;
      }
    }
    // "Dallas Fed", "New York Fed", "St. Louis Fed": a regional Federal Reserve Bank by its town.
    if (s.label === 'LOCATION' && FED_AFTER.test(text.slice(s.end, s.end + 5))) {
      out.push([s.start, s.end + 4]);
      continue;
    }
    const place = text.slice(s.start, s.end);
    if (s.label === 'LOCATION' && isRegionOrCountry(place)) {
      const c = codeAt(text, s.start - 2);
      const a =
        spaced && c >= 65 && c <= 90
          ? ACRONYM_BEFORE.exec(text.slice(Math.max(0, s.start - 14), s.start))
          : null;
      // ("Adelphi, MD United States", as USAJOBS resumes write a place: the code closes a town's place
      // found already, and is no acronym of an employer.)
      const code = s.start - (a ? a[1]!.length : 0) - 1;
      if (
        a &&
        !NOT_EMPLOYER.has(a[1]!) &&
        !isPlaceName(a[1]!) &&
        !spans.some((o) => o.label === 'LOCATION' && o.start < code && o.end >= s.start - 1)
      ) {
        out.push([code, s.end]);
        continue;
      }
      // "Equity Bank Kenya", "Capgemini India": a country right after an organisation noun or a
      // well-known employer's name.
      const w = spaced ? FIELD_BEFORE.exec(text.slice(Math.max(0, s.start - 60), s.start)) : null;
      if (w && (isOrgTail(w[1]!) || isKnownCompany(w[1]!))) out.push([s.start - w[1]!.length - 1, s.end]);
      continue;
    }
    // "KPMG Kenya" found as one name.
    const c0 = place.charCodeAt(0);
    const c1 = codeAt(place, 1);
    const n =
      c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90
        ? /^([A-Z]{2,5}) (\p{Lu}[\p{L}\p{M}]+)$/u.exec(place)
        : null;
    // ("JOHN MICHAEL": two given names in capitals are no acronym and a place, whatever place the
    // second also names.)
    if (
      n &&
      !NOT_EMPLOYER.has(n[1]!) &&
      !isPlaceName(n[1]!) &&
      isRegionOrCountry(n[2]!) &&
      !(nameClass(n[1]!) === 'strong' && nameClass(n[2]!) === 'strong')
    )
      out.push([s.start, s.end]);
  }
  return out;
}
