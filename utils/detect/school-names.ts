/**
 * Well-known universities written by their short name, as LinkedIn headlines and resume summaries
 * write them: beside a degree or a class year ("Harvard MBA", "Stanford GSB", "Berkeley '19",
 * "Wharton alum") or after "graduated from" and the like ("alumna of Cornell"). Only there: most of
 * these names are also surnames, towns or words ("Brown", "Rice", "Duke", "Booth"), and elsewhere they
 * are left to the other recognizers. The school recognizer adds these spans to its own.
 */
import { isAllCaps, type Token, wordTokens } from './lexicon';
import { isAsciiUpper, textIs } from './scan';
import type { Span } from './types';
import { isOrdinaryWord, isPlaceName, placeWordsAfter } from './words';

/** Short names of universities and business schools (one or two words, as written). */
const SHORT_NAMES = new Set(
  `Harvard Stanford Yale Princeton Columbia Cornell Dartmouth Brown Penn UPenn Wharton Kellogg Booth Sloan Haas
  Tuck Fuqua Ross Darden Stern INSEAD HEC IESE ESADE LBS Caltech Berkeley Duke Northwestern Georgetown Vanderbilt
  Purdue Rutgers Tufts Emory Rice Brandeis Villanova Baylor Gonzaga Wellesley Amherst Swarthmore Oberlin
  Juilliard Oxford Cambridge Imperial Sorbonne Bocconi Waterloo McGill Tsinghua Fudan Technion Insead
  TUM LMU RWTH KIT HKU HKUST UNSW UBC UofT UCD TCD NTNU ETH EPFL KTH NUS NTU KAIST LSU BYU TCU SMU UCF FSU FIU UGA
  UNLV UTEP UTSA UCSB UCSF RIT WPI UConn UMass UMich GWU VCU NCSU SJSU SDSU RMIT QUT ANU UWA SFU UCT SNU CUHK NTHU
  ESSEC ESCP EDHEC ENSAE ENSTA ENSIMAG Ensimag Polytechnique CentraleSupélec Supélec Dauphine SUPAERO emlyon ENS
  BOKU METU ODTÜ Bilkent Boğaziçi`.split(/\s+/),
);
/** Two-word short names, by their second word: the first words that go with it. */
const SHORT_PAIRS = new Map<string, Set<string>>([
  ['Mellon', new Set(['Carnegie'])],
  ['Hopkins', new Set(['Johns'])],
  ['Dame', new Set(['Notre'])],
  ['State', new Set(['Penn', 'Ohio', 'Michigan', 'Arizona', 'Florida', 'Iowa', 'Oregon', 'Kansas'])],
  ['Tech', new Set(['Georgia', 'Virginia', 'Texas', 'Louisiana', 'Cal'])],
  ['Po', new Set(['Sciences'])],
  ['Poly', new Set(['Cal'])],
  ['A&M', new Set(['Texas', 'Florida', 'Alabama', 'TEXAS'])],
  ['Berkeley', new Set(['UC'])],
  ['Paris', new Set(['HEC', 'ESCP', 'Télécom', 'ENS'])],
  ['Paris-Saclay', new Set(['ENS'])],
  // French grandes écoles named by their town or network ("Mines ParisTech", "Centrale Lyon", "EM Lyon").
  ['ParisTech', new Set(['Mines', 'Télécom', 'Chimie', 'Arts'])],
  ['Lyon', new Set(['Centrale', 'EM'])],
  ['Nantes', new Set(['Centrale', 'Mines'])],
  ['Lille', new Set(['Centrale'])],
  ['Marseille', new Set(['Centrale'])],
  ['Nancy', new Set(['Mines'])],
]);
/**
 * Words after a short name that make it the school ("Harvard MBA", "Yale Law", "INSEAD logo" in an
 * image's alt), and the student life it names ("Stanford Women's Rowing", "Cornell Alumni Association",
 * "Duke Basketball").
 */
const AFTER = new Set(
  `MBA EMBA BA BS BSc BE BEng MS MSc MA MEng MPhil PhD JD LLM LLB MD MPA MPP MFA EdD DPhil GSB Law alum alumnus
  alumna alumni grad graduate logo
  Alumni Alumnae Band Marching Rowing Crew Athletics Varsity Debate Glee Orchestra Choir Chorale Hackathon
  Football Basketball Soccer Lacrosse Rugby Hockey Volleyball Swimming Tennis Golf Wrestling Cheerleading
  Women's Men's Women’s Men’s Chapter`.split(/\s+/),
);
/** Words before "of", "from" or "at" and a short name ("graduated from Cornell"), in lower case. */
const LEAD = new Set(
  'alum alumnus alumna alumni graduate graduated studied study degree degrees mba phd ba bs ms jd attended'.split(
    ' ',
  ),
);
const LINKS = new Set(['of', 'from', 'at']);
/** Degrees before a short name, dots dropped ("B.S., Georgia Tech, 2012", "MBA from Wharton"). */
const DEGREE_BEFORE = new Set(
  'MBA EMBA BA BS BSc BE BEng MS MSc MA MEng MPhil PhD JD LLM LLB MD MPA MPP MFA EdD DPhil AB SB SM'.split(
    ' ',
  ),
);
/** What may stand between such a degree and the name. */
const DEGREE_GAP = /^(?:, ?| (?:from|at|[-–|]) )$/;
/**
 * University systems written with a campus's town after them ("UNC Asheville", "CU Boulder", "UW
 * Madison", "UMass Amherst"): the pair is the school wherever it stands, the town being a place in
 * the gazetteer.
 */
const SYSTEMS = new Set([
  'UC',
  'UT',
  'UW',
  'CU',
  'UNC',
  'UMass',
  'UConn',
  'SUNY',
  'CUNY',
  'UMD',
  'IU',
  'UM',
  'CSU',
  // The National University of Ireland's universities ("NUI Galway", "NUI Maynooth").
  'NUI',
  // European universities of technology and applied sciences named after their town ("TU Delft", "KU
  // Leuven", "TH Köln", "FH Aachen", "HTW Berlin", "HAW Hamburg").
  'TU',
  'KU',
  'TH',
  'FH',
  'HTW',
  'HAW',
  // France's national institutes of applied sciences ("INSA Lyon", "INSA Toulouse") and its écoles
  // normales supérieures ("ENS Lyon", "ENS Rennes").
  'INSA',
  'ENS',
]);
/**
 * Degree words that open an education entry's next field: after a short name that starts its line,
 * a comma or a line break then one of them (or an AFTER word) makes the name the school ("INSEAD,
 * MBA, 2019"; LinkedIn's "Sciences Po\nMaster of Public Policy - MPP").
 */
const ENTRY_DEGREE = new Set(
  `Bachelor Bachelors Master Masters Doctor Doctorate Licence Licenciatura Laurea Diplom Diploma Grado
  Sivilingeniør Siviløkonom Civilingenjör Civilekonom Magister Diplôme Maîtrise Bakkalaureat Staatsexamen
  Máster Mestrado Licenciado Licenciada Dottorato Doctorat Doctorado Ingénieur Diplomingenieur
  Diplomingenieurin Matura Lisans Licencjat Sarjana Bacharelado Bacharel`.split(/\s+/),
);

/**
 * True when the token `a` starts its line (perhaps after spaces, tabs or a bullet), or follows only the
 * entry's dates there ("2016 – 2019  HEC Paris, Master in Management", as European CVs open an entry).
 */
function startsLine(text: string, tokens: readonly Token[], a: number): boolean {
  for (let p = tokens[a]!.start - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return true;
    if (c >= 48 && c <= 57) return datesOpenLine(text, tokens[a]!.start);
    if (c !== 32 && c !== 9 && c !== 0x2022 && c !== 0xb7 && c !== 45 && c !== 42) return false;
  }
  return true;
}
/** An entry's dates that open a line, then white space: "2016 – 2019  ", "09/2012 - 06/2016\t". */
const DATES_LEAD =
  /(?:^|\n)[ \t•·*-]*(?:\d{1,2}[./])?(?:19|20)\d\d(?:[ \t]?[–—-][ \t]?(?:\d{1,2}[./])?(?:19|20)\d\d)?:?[ \t]+$/;
function datesOpenLine(text: string, at: number): boolean {
  return DATES_LEAD.test(text.slice(Math.max(0, at - 40), at));
}

/** ", ", a dash or "|" between spaces, or a line break (spaces around it) between two tokens. */
function fieldBreak(text: string, from: number, to: number): boolean {
  const g = text.slice(from, to);
  return g === ', ' || DASH_BREAK.test(g) || /^[ \t]*\r?\n[ \t]*$/.test(g);
}
const DASH_BREAK = /^ [–—|-] $/;
/** What follows a state code rather than a degree: a ZIP code or the line's end ("Cambridge | MA 02139"). */
const STATE_AFTER = /^(?:[ \t]*\d|[ \t]*\r?\n|[ \t]*$)/;

/** Token index range of a short name ending at token `last`, or -1 when none ends there. */
function nameStart(text: string, tokens: readonly Token[], last: number): number {
  const t = tokens[last];
  if (!t) return -1;
  const word = t.text.replace(/['’]s$/, '');
  const pair = SHORT_PAIRS.get(word);
  const prev = tokens[last - 1];
  if (pair && prev && textIs(text, prev.end, t.start, ' ') && pair.has(prev.text)) return last - 1;
  if (SHORT_NAMES.has(word)) return last;
  // All capitals as a headline may write it ("HARVARD MBA"): the capitalised form is looked up.
  if (word.length > 3 && isAllCaps(word) && SHORT_NAMES.has(word[0] + word.slice(1).toLowerCase()))
    return last;
  return -1;
}

/** True when a class year follows: "'19" or "’19". */
function classYear(text: string, t: Token): boolean {
  const q = text.charCodeAt(t.start - 1);
  return t.text.length === 2 && (q === 39 || q === 0x2019) && /^\d\d$/.test(t.text);
}

function span(tokens: readonly Token[], a: number, b: number): Span {
  // A possessive stays outside ("Harvard's MBA programme": the name is what identifies).
  const end = tokens[b]!.end - (/['’]s$/.test(tokens[b]!.text) ? 2 : 0);
  // A name of two words ("UC Berkeley", "Carnegie Mellon", "Georgia Tech") is the school's whatever
  // reads it as a person's: surer than a one-word name, which is also a surname or a town ("Brown").
  return { start: tokens[a]!.start, end, label: 'SCHOOL', score: b > a ? 0.9 : 0.7, recognizer: 'school' };
}

/** The words of ENTRY_DEGREE of ten letters or more (the others pass the length gate below). */
const LONG_DEGREE = new Set([...ENTRY_DEGREE].filter((w) => w.length > 9));
/** First characters of the words in AFTER, LINKS and ENTRY_DEGREE, as a bit set over char codes below 128. */
const FIRSTS = new Uint8Array(128);
for (const w of [...AFTER, ...LINKS, ...ENTRY_DEGREE]) FIRSTS[w.charCodeAt(0)] = 1;

/** Bits of {@link WORD_KIND}: a word of AFTER, of ENTRY_DEGREE, of LINKS. */
const IS_AFTER = 1;
const IS_ENTRY = 2;
const IS_LINK = 4;
/**
 * Which of AFTER, ENTRY_DEGREE and LINKS each of their words belongs to, as bits: one look-up per
 * token instead of one per list and rule (most tokens that pass FIRSTS are "of", "and", "a").
 */
const WORD_KIND = new Map<string, number>();
for (const [list, bit] of [
  [AFTER, IS_AFTER],
  [ENTRY_DEGREE, IS_ENTRY],
  [LINKS, IS_LINK],
] as const)
  for (const w of list) WORD_KIND.set(w, (WORD_KIND.get(w) ?? 0) | bit);

/** Index of a word's first two code units (the second 0 for a word of one), or -1 past ASCII. */
function pairOf(a: number, b: number): number {
  return a < 128 && b < 128 ? (a << 7) | b : -1;
}
/**
 * The first two characters of WORD_KIND's words, by {@link pairOf}: a token whose first two
 * characters are ASCII and begin none of them is no such word, and skips the map look-up (most
 * tokens that pass FIRSTS: "and", "for", "Manager"). A word with a character past ASCII among its
 * first two sets KIND_WIDE, and then every token with one there is looked up.
 */
const KIND_PAIRS = new Uint8Array(128 * 128);
let KIND_WIDE = false;
for (const w of WORD_KIND.keys()) {
  const k = pairOf(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0);
  if (k < 0) KIND_WIDE = true;
  else KIND_PAIRS[k] = 1;
}
/** First characters of LONG_DEGREE's words (ASCII), and whether one starts past ASCII. */
const LONG_FIRSTS = new Uint8Array(128);
let LONG_WIDE = false;
for (const w of LONG_DEGREE) {
  const c = w.charCodeAt(0);
  if (c < 128) LONG_FIRSTS[c] = 1;
  else LONG_WIDE = true;
}

/**
 * A token that may be a degree of DEGREE_BEFORE or a system of SYSTEMS: two capitals, or a capital
 * and a dot, first ("BS", "B.S", "MBA", "UMass", "SUNY"), or "PhD"/"EdD". Few words are, so most
 * tokens skip both look-ups (every entry of both lists passes).
 */
function degreeOrSystem(text: string, t: Token, len: number): boolean {
  const c = text.charCodeAt(t.start);
  if (len > 6 || c < 65 || c > 90) return false;
  const d = text.charCodeAt(t.start + 1);
  return (d >= 65 && d <= 90) || d === 46 || t.text === 'PhD' || t.text === 'EdD';
}

/**
 * The campus after a university system's token `i` ("UNC Asheville", "UC Santa Barbara"): its last
 * token, or -1. Any acronym before a town and the word "campus" is a school too ("CCBC Essex campus").
 */
function campusAfter(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.text.length > 5 || !isAsciiUpper(t.text.charCodeAt(1))) return -1;
  const system = SYSTEMS.has(t.text);
  if (!system && !/^[A-Z]{2,5}$/.test(t.text)) return -1;
  const a = tokens[i + 1];
  if (!a || !textIs(text, t.end, a.start, ' ') || !isAsciiUpper(a.text.charCodeAt(0))) return -1;
  const b = tokens[i + 2];
  let last = -1;
  if (b && textIs(text, a.end, b.start, ' ') && isPlaceName(text.slice(a.start, b.end))) last = i + 2;
  else if (isPlaceName(a)) last = i + 1;
  if (last < 0 || system) return last;
  const c = tokens[last + 1];
  return c && /^[Cc]ampus$/.test(c.text) && textIs(text, tokens[last]!.end, c.start, ' ') ? last : -1;
}

/** Words after a short name that belong to the school's name ("Harvard Law", "Stanford GSB"). */
const NAME_TAIL = new Set(['Law', 'GSB']);
/** A degree's subject after it: "in", "of", or a capitalised word one space on ("MS Robotics"). */
const SUBJECT_AFTER =
  /^ (?:in |of |(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}\p{Ll})/u;
/** Two-letter degrees of {@link AFTER} that are no US state code. */
const NOT_STATES = new Set(['BA', 'BS', 'BE', 'JD']);

/** True when a field ends at `end`: a comma, a bracket, a bar or a dash, a line's or the text's end. */
function fieldEnds(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c) || c === 44 || c === 10 || c === 13 || c === 40 || c === 59 || c === 124) return true;
  return c === 32 && /^ ?(?:[-–—|(]|\r?\n|$)/.test(text.slice(end + 1, end + 3));
}

/** True when token `a` is an acronym of two to five capitals, no degree's, that ends its field ("SGH", "ITB"). */
function entryAcronym(text: string, a: Token): boolean {
  return (
    /^\p{Lu}{2,5}$/u.test(a.text) &&
    !AFTER.has(a.text) &&
    !DEGREE_BEFORE.has(a.text) &&
    !ENTRY_DEGREE.has(a.text) &&
    fieldEnds(text, a.end)
  );
}

/** A short name starting at token `a` that ends its field: its last token (a tail word or its town included), or -1. */
function shortNameField(text: string, tokens: readonly Token[], a: number): number {
  for (const last of [a + 1, a]) {
    if (last >= tokens.length || nameStart(text, tokens, last) !== a) continue;
    const tail = tokens[last + 1];
    if (
      tail &&
      NAME_TAIL.has(tail.text) &&
      textIs(text, tokens[last]!.end, tail.start, ' ') &&
      fieldEnds(text, tail.end)
    )
      return last + 1;
    if (fieldEnds(text, tokens[last]!.end)) return last;
    // "BOKU Wien, Diplomingenieur": the campus's town after the name, the field ending there.
    if (
      tail &&
      textIs(text, tokens[last]!.end, tail.start, ' ') &&
      isPlaceName(tail) &&
      fieldEnds(text, tail.end)
    )
      return last + 1;
    // "Cal Poly SLO", "Cal Poly San Luis Obispo": a two-word name's campus, by its letters or its town
    // of two or three words, the field ending there (no degree's letters: "Georgia Tech MS").
    if (tail && last === a + 1 && textIs(text, tokens[last]!.end, tail.start, ' ')) {
      if (
        /^[A-Z]{2,4}$/.test(tail.text) &&
        !AFTER.has(tail.text) &&
        !DEGREE_BEFORE.has(tail.text) &&
        fieldEnds(text, tail.end)
      )
        return last + 1;
      for (const n of [3, 2]) {
        const end = tokens[last + n];
        if (end && isPlaceName(text.slice(tail.start, end.end)) && fieldEnds(text, end.end)) return last + n;
      }
    }
  }
  return -1;
}

/**
 * A short name after a degree ("BS, Georgia Tech, 2012", "MBA from Wharton", "BS Mechanical
 * Engineering, Virginia Tech"): right after it, or as the next comma-separated field on its line.
 * Returns [first, last] token indexes, or null. The name must end its field.
 */
function nameAfterDegree(text: string, tokens: readonly Token[], i: number): [number, number] | null {
  const t = tokens[i]!;
  if (t.text.length > 6 || !DEGREE_BEFORE.has(t.text.includes('.') ? t.text.replace(/\./g, '') : t.text))
    return null;
  const a = tokens[i + 1];
  if (!a) return null;
  // "B.S." is tokenised "B.S": its last dot is in the gap.
  const from = text.charCodeAt(t.end) === 46 ? t.end + 1 : t.end;
  if (DEGREE_GAP.test(text.slice(from, a.start))) {
    const last = shortNameField(text, tokens, i + 1);
    if (last >= 0) return [i + 1, last];
  }
  // The subject first, then ", " and the school, on the same line.
  for (let k = i + 2; k < tokens.length && k - i <= 10; k++) {
    const g = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (g.includes('\n') || /\d/.test(tokens[k]!.text)) break;
    if (g !== ', ') continue;
    const last = shortNameField(text, tokens, k);
    // "BSc Accounting, KNUST, 2017": an acronym of capitals alone in the field after the subject, a
    // year in the next field.
    if (
      last < 0 &&
      SCHOOL_ACRONYM.test(tokens[k]!.text) &&
      entryAcronym(text, tokens[k]!) &&
      YEAR_FIELD_AFTER.test(text.slice(tokens[k]!.end, tokens[k]!.end + 16))
    )
      return [k, k];
    return last >= 0 ? [k, last] : null;
  }
  return null;
}

/**
 * An unlisted university's acronym: three to six capitals with the "U" of University or ending in the
 * "IT" of Institute of Technology ("KNUST", "BUET", "UNILAG", "NSUT"); a professional body's or a
 * vendor's ("ACCA", "AWS") has neither.
 */
const SCHOOL_ACRONYM = /^(?=[A-Z]*U|[A-Z]*IT$)[A-Z]{3,6}$/;
/** A year in the next field: ", 2017", " (2013–2017)", " | 2017". */
const YEAR_FIELD_AFTER = /^(?:,|[ \t]*[|(–—-])[ \t]*(?:19|20)\d\d(?!\d)/;

/** Short names of well-known universities beside a degree, a class year or "graduated from". */
export function shortSchoolNames(text: string): Span[] {
  const out: Span[] = [];
  const tokens = wordTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most tokens are ruled out by their length and first character, with no look-up.
    const len = t.end - t.start;
    const c = text.charCodeAt(t.start);
    if (c >= 65 && c <= 90 && len <= 6 && degreeOrSystem(text, t, len)) {
      const campus = campusAfter(text, tokens, i);
      if (campus >= 0) {
        out.push(span(tokens, i, campus));
        i = campus;
        continue;
      }
      const named = nameAfterDegree(text, tokens, i);
      if (named) out.push(span(tokens, named[0], named[1]));
    }
    // (Words of ten letters or more are read only when they are long degree words: "Licenciatura";
    // one whose first character starts none is not looked up.)
    if (len > 9 && (len > 17 || !(c < 128 ? LONG_FIRSTS[c] === 1 : LONG_WIDE) || !LONG_DEGREE.has(t.text)))
      continue;
    if (c >= 128 || FIRSTS[c] === 0 ? !(len === 2 && c >= 48 && c <= 57) : false) continue;
    // (The first two characters are read from the text: a token's word is its slice.)
    const k2 = pairOf(c, len > 1 ? text.charCodeAt(t.start + 1) : 0);
    const kind = (k2 < 0 ? KIND_WIDE : KIND_PAIRS[k2] === 1) ? (WORD_KIND.get(t.text) ?? 0) : 0;
    const after = (kind & IS_AFTER) !== 0;
    // "Master, Sciences Po", "Licence, HEC Paris": a degree word of European CVs, then the school's field.
    if ((kind & IS_ENTRY) !== 0) {
      const a = tokens[i + 1];
      if (a && DEGREE_GAP.test(text.slice(t.end, a.start))) {
        let last = shortNameField(text, tokens, i + 1);
        // "Licencjat, SGH, 2015", "Sarjana, ITB": an acronym alone in the field after the degree is its
        // school; "Lisans, ODTÜ Bilgisayar Mühendisliği": a short name before its department's words.
        if (last < 0 && entryAcronym(text, a)) last = i + 1;
        else if (last < 0 && nameStart(text, tokens, i + 1) === i + 1 && text.charCodeAt(a.end) === 32)
          last = i + 1;
        // (A town after the name is no ordinary word: "Licence, Duke Street" is an address.)
        if (last >= 0 && !isOrdinaryWord(tokens[last]!.text)) {
          out.push(span(tokens, i + 1, last));
          continue;
        }
      }
    }
    // (The rules below read the token before: the text's first word, a degree above, was read above.)
    if (i === 0) continue;
    const gap = t.start - tokens[i - 1]!.end;
    if (gap === 1 && text.charCodeAt(t.start - 1) === 32 && after) {
      const a = nameStart(text, tokens, i - 1);
      if (a >= 0) out.push(span(tokens, a, i - 1));
      continue;
    }
    // (Two-letter degrees are also state codes after a comma: "Cambridge, MA"; not after a dash:
    // "Georgia Tech — MS", "Georgia Tech — M.S.".)
    if (
      ((len > 2 && after) ||
        // Two-letter degrees that no state code spells ("Penn State, BS Accounting"; "Cambridge, MA" is a place),
        // and those that one does before their subject ("Stanford, MS Electrical Engineering").
        (len === 2 &&
          after &&
          (NOT_STATES.has(t.text) ||
            (SUBJECT_AFTER.test(text.slice(t.end, t.end + 5)) && !placeWordsAfter(text, t.end)))) ||
        (kind & IS_ENTRY) !== 0 ||
        // "Georgia Tech, M.S. Analytics": a two-letter degree written with its dots, which no state code is.
        (len === 3 &&
          t.text.charCodeAt(1) === 46 &&
          text.charCodeAt(t.end) === 46 &&
          AFTER.has(t.text[0]! + t.text[2]!)) ||
        ((after || (t.text.includes('.') && AFTER.has(t.text.replace(/\./g, '')))) &&
          DASH_BREAK.test(text.slice(tokens[i - 1]!.end, t.start)) &&
          !(len === 2 && STATE_AFTER.test(text.slice(t.end, t.end + 3))))) &&
      fieldBreak(text, tokens[i - 1]!.end, t.start)
    ) {
      let a = nameStart(text, tokens, i - 1);
      // "BOKU Wien, Diplomingenieur": the campus's town after the short name.
      if (
        a < 0 &&
        i >= 2 &&
        textIs(text, tokens[i - 2]!.end, tokens[i - 1]!.start, ' ') &&
        isPlaceName(tokens[i - 1]!)
      )
        a = nameStart(text, tokens, i - 2);
      // "KNUST — BSc Accounting": an acronym of capitals that opens the line before a dash and the
      // degree is the school's, listed or not.
      if (
        a < 0 &&
        DASH_BREAK.test(text.slice(tokens[i - 1]!.end, t.start)) &&
        SCHOOL_ACRONYM.test(tokens[i - 1]!.text) &&
        entryAcronym(text, tokens[i - 1]!)
      )
        a = i - 1;
      if (a >= 0 && startsLine(text, tokens, a)) out.push(span(tokens, a, i - 1));
      continue;
    }
    if (gap === 2 && text.charCodeAt(t.start - 2) === 32 && classYear(text, t)) {
      const a = nameStart(text, tokens, i - 1);
      if (a >= 0) out.push(span(tokens, a, i - 1));
      continue;
    }
    if ((kind & IS_LINK) !== 0 && LEAD.has(tokens[i - 1]!.text.toLowerCase()) && i + 1 < tokens.length) {
      // The name may have two words: try the longer one first.
      for (const last of [i + 2, i + 1]) {
        const a = nameStart(text, tokens, last);
        if (a === i + 1) {
          out.push(span(tokens, a, last));
          break;
        }
      }
    }
  }
  // A name found twice ("JD, Harvard Law": after the degree, and before "Law") is kept once, whole.
  return out.length > 1
    ? out.filter(
        (a, k) =>
          !out.some(
            (b, l) =>
              l !== k && b.start <= a.start && a.end <= b.end && (b.end - b.start > a.end - a.start || l < k),
          ),
      )
    : out;
}
