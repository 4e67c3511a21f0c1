/**
 * Schools, colleges and universities: a run of capitalised words around an institution word
 * (University, College, Institute, School, Academy, Polytechnic, Universidad, Hochschule, IIT/NIT…)
 * with "of/at/for/and" links ("University of Texas at Dallas"). The run stops at degree words,
 * digits, commas and line breaks, so a degree or an employer beside it stays visible.
 */

import { companyAtTokens, isKnownCompany } from '../companies';
import { fold, isAllCaps, isCapitalised, type Token, wordTokens } from '../lexicon';
import { isAsciiLower, isSpaceCode, plainWords, scanAll, scanAt, sticky, textIs } from '../scan';
import { shortSchoolNames } from '../school-names';
import type { Recognizer, Span } from '../types';
import {
  CALENDAR,
  isOrdinaryWord,
  isPlaceName,
  isRegionOrCountry,
  LANGUAGES,
  ROLE_WORDS,
  SECTIONS,
  TECH,
  tokenInfo,
} from '../words';

/** A run of characters other than spaces and tabs: one word of a school's name. */
const NON_BLANK_RUN = /[^ \t]+/g;

/** `\s` as a character code (scan.ts isSpaceCode), with the ASCII cases tested here, in the hot loops. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && isSpaceCode(c));

const KEY =
  /^(?:univ|universitys|universidad|universidade|universit(?:y|ies|é|e|ät|at|à|a|ad|ade|eit|etet|et|as|i|atea|esi|ário|ária)|uniwersytet|univerzita|univerzitet|üniversitesi|egyetem|egyeteme|yliopisto|hogskolan|hogeschool|politechnika|szkoła|liceo|liceum|lisesi|enstitüsü|enstitusu|gimnazjum|technikum|colegio|coleg|cegep|prifysgol|ysgol|akademia|realschule|gesamtschule|университет|институт|академия|college|colleges|collège|institute|institut|instituto|istituto|institution|school|schools|academy|akademie|academia|polytechnic|polytechnique|politecnico|politécnico|politécnica|hochschule|fachhochschule|conservatory|conservatoire|seminary|vidyalaya|vidyapeeth|vidyapith|vidyapeetham|vidyashram|vidyashrama|gurukul|gurukulam|mahavidyalaya|vishwavidyalaya|gymnasium|lyceum|coláiste|colaiste|scoil|gaelscoil|gaelcholáiste|gaelcholaiste|meanscoil|lycée|lycee|école|ecole|escuela|escola|scuola|colégio|faculdade|facultad|faculty|faculté|faculte|facoltà|fakultät|fakultat|fakulta|fakultet|fakultas|wydział|wydzial|iit|nit|iiit|iim|bits|iisc|iiser)$/i;
/**
 * Austrian secondary and vocational school types (Höhere Technische Lehranstalt, Handelsakademie,
 * Höhere Lehranstalt für wirtschaftliche Berufe, Bundes(ober-stufen)realgymnasium), written before
 * the school's town ("HTL Mödling", "HAK Wien", "HTBLuVA Wiener Neustadt"), and the Spanish and Italian
 * ones written before the school's name ("IES Ramiro de Maeztu", "CEIP Miguel Hernández", "ITIS Galileo
 * Galilei").
 */
const AUSTRIAN_TYPE =
  /^(?:HTL|HTBLA|HTBLuA|HTBLVA|HTBLuVA|HAK|BHAK|HLW|HBLA|HBLW|BORG|BRG|BHS|AHS|BAfEP|BAKIP|IES|IESO|CEIP|CIFP|ITIS)$/;
/** True when an Austrian school type `t` and the word `town` after it name a school ({@link AUSTRIAN_TYPE}). */
function austrianSchool(text: string, t: Token, town: Token): boolean {
  if (isPlaceName(town)) return true;
  let p = t.start - 1;
  while (p >= 0 && ENTRY_LEAD.test(text[p]!)) p--;
  return (
    p < 0 ||
    text.charCodeAt(p) === 10 ||
    educationNear(text, t.start) ||
    leavingQualificationAfter(text, town.end) ||
    // "Bachillerato, IES Ramiro de Maeztu": the qualification earlier on the line.
    LEAVING.test(text.slice(Math.max(0, text.lastIndexOf('\n', t.start - 1) + 1, t.start - 60), t.start))
  );
}
/** What may stand before an education entry's first word on its line: dates, dashes, a bullet. */
const ENTRY_LEAD = /^[\d \t./–—•·*-]$/;
/**
 * Abbreviations that are the name of an institution by themselves (Latin America's and Spain's
 * universities too: "UNAM", "ITAM", "UFMG", "Unicamp", "PUCRS", "UTN", "Uniandes", "UNED", and Mexico's
 * technical colleges, "CONALEP", "CBTIS" ("CBTis"), "CETIS" ("CETis"), and Asia's and Australia's, "HKUST", "SJTU",
 * "NUST", "BUET", "UNSW", and India's state technical universities and engineering colleges, "JNTUK", "AKTU",
 * "RGPV", "GTU", "SPPU", "VJTI", "NITK"; not those that are also common acronyms, employers or given names: "USP", a selling point,
 * "UBA", a bank, "UAB", a hospital, "UTM", a tracking parameter, "ANU", a given name).
 */
const ACRONYM =
  /^(?:IIT|NIT|IIIT|IIM|BITS|IISc|IISER|MIT|UCLA|NYU|USC|CMU|LSE|ETH|EPFL|KAIST|NUS|NTU|UCL|KCL|VIT|SRM|MNIT|VNIT|NSIT|DTU|IIEST|UPenn|UIUC|UCSD|UCB|CUNY|SUNY|JNTU|BHU|AMU|JNU|DU|TAFE|SMA|SMAN|SMP|SMPN|SMK|SMKN|SMJK|HTL|HTBLA|HTBLuA|HTBLVA|HTBLuVA|HAK|BHAK|HLW|HBLA|HBLW|BORG|BRG|BHS|AHS|BAfEP|BAKIP|IES|IESO|CEIP|CIFP|ITIS|UNAM|CONALEP|CBTIS|CBTis|CETIS|CETis|ITAM|ITESM|UANL|UDLAP|UFMG|UFRJ|UFSC|UFRGS|UFPE|UFPR|UFBA|UNIFESP|UERJ|UNESP|UNICAMP|Unicamp|PUCRS|PUCPR|PUCP|UTN|UNLP|ITBA|UNAL|Uniandes|UCAB|UTFSM|USACH|UNED|IITB|IITD|IITK|IITM|IITKGP|HKUST|CUHK|PolyU|NTHU|NCTU|NCKU|NTUST|POSTECH|SJTU|ZJU|PKU|USTC|HUST|BUPT|XJTU|SYSU|NJU|KFUPM|NUST|LUMS|GIKI|BUET|UNSW|RMIT|QUT|UWA|UBC|SFU|KTH|NTNU|JNTUK|JNTUH|JNTUA|AKTU|RGPV|GTU|SPPU|MAKAUT|WBUT|BPUT|KIIT|RVCE|COEP|VJTI|SVNIT|MNNIT|NITK|NITT|DAIICT|IIITH|IIITB|IIITD|GGSIPU|NSUT|CUSAT|PESIT|BMSCE)$/;
const LINK = new Set([
  'of',
  'at',
  'for',
  'and',
  '&',
  'the',
  'de',
  'del',
  'di',
  'des',
  'du',
  'la',
  'le',
  'für',
  'in',
  // Links inside names in other languages ("Universiteit van Amsterdam", "Handelshögskolan i Stockholm",
  // "Universitatea din București", "Gymnasium am Markt").
  'van',
  'voor',
  'i',
  'din',
  'am',
  'an',
  'im',
  'zu',
  'y',
  'és',
  // "and" in German, French, Italian and Portuguese, Danish and Norwegian, Swedish ("Hochschule für
  // Technik und Wirtschaft Berlin", "Université Pierre et Marie Curie", "Norges teknisk-naturvitenskapelige
  // universitet og …").
  'und',
  'et',
  'e',
  'og',
  'och',
  // Italian and Portuguese links ("Università degli Studi di Padova", "Università della Svizzera
  // italiana", "Universidade do Porto", "Universidade Nova de Lisboa").
  // Polish: "im." (imienia, named after) before the patron, "w"/"we" (in) before the town ("III Liceum
  // Ogólnokształcące im. Adama Mickiewicza w Bydgoszczy", "Uniwersytet Mikołaja Kopernika w Toruniu";
  // "im" is German's link above too).
  'w',
  'we',
  'degli',
  'della',
  'delle',
  'dello',
  'do',
  'da',
  'dos',
  'das',
  // Spanish articles after "de" ("Universidad de los Andes", "Universidad de las Américas"; only
  // there: "College  Las Vegas, NV" is a town after the school).
  'los',
  'las',
]);
/** The Spanish articles of {@link LINK}, links only right after "de". */
const ARTICLE_LINKS = new Set(['los', 'las']);
/**
 * A link word in any case, but a one-letter one only in lower case: a capital "I" or "Y" is a numeral,
 * a pronoun or an initial ("University of Rennes I", "University of Oslo  I gave ..."), not the
 * Swedish or Spanish link.
 */
function isLink(word: string): boolean {
  const lower = word.toLowerCase();
  return LINK.has(lower) && (lower.length > 1 || word === lower);
}
/** {@link isLink} of a word after `prev`: the Spanish articles only after "de" ({@link ARTICLE_LINKS}). */
function linkAfter(word: string, prev: string): boolean {
  return isLink(word) && !(ARTICLE_LINKS.has(word.toLowerCase()) && prev.toLowerCase() !== 'de');
}
/** Particles inside a name before the institution word ("St. Francis of Assisi School", "Fon du Lac College"). */
const NAME_LINK = new Set(['of', 'de', 'del', 'di', 'des', 'du', 'la', 'le']);
/** Words that never belong to a school's name (degrees, section words). */
const STOP =
  /^(?:bachelor|bachelors|master|masters|diploma|degree|certificate|b\.?tech|m\.?tech|b\.?e|m\.?e|b\.?sc|m\.?sc|b\.?s|m\.?s|b\.?a|m\.?a|mba|bba|bca|mca|phd|ph\.?d|ed\.?d|ed|j\.?d|graduated|entered|enrolled|admitted|transferred|education|educational|qualification|qualifications|gpa|cgpa|percentage|major|minor|from|present|current|which|what|whose|your|their|this|that|these|those|any|each|every|some|another|either|neither|attended|studied|completed|pursuing|coursework|courses|dipl[oô]m[ée]e?s?|titulaire|graduad[oa]|egresad[oa]|formad[oa]|licenciad[oa]|absolvent(?:in)?|laureat[oa])$/i;
/** Ordinary words that do belong to school names ("Open University", "State College"). */
const SCHOOL_WORDS = new Set(
  `state national technical technological technology agricultural medical engineering science sciences arts art
  business law community public christian catholic royal imperial central northern southern eastern western north
  south east west new open city county american international global women's womens pacific atlantic institute
  government model modern senior junior higher memorial methodist baptist presbyterian lutheran jesuit wesleyan
  polytechnic management music design fine applied advanced research graduate university college school
  academy the and of for at great union general liberal training teachers teacher's nursing commerce
  arts music economics law medicine pharmacy education humanities dental veterinary social human health
  computer information studies policy journalism communication communications mathematics physics chemistry
  biology psychology philosophy theology agriculture forestry hotel hospitality tourism fashion film media mass
  languages foreign administration finance accounting marketing data tech environment environmental
  planning architecture services systems resources development affairs relations operations security
  quality software computing network networks project projects professional professionals learning group`.split(
    /\s+/,
  ),
);
/** Schools that are usually employers of teachers, not alma maters: need education context. */
const K12 =
  /^(?:elementary|primary|middle|high|secondary|junior|montessori|kindergarten|nursery|preschool|schools|district)$/i;
/** Organisation words after a university name: the run is a lab or office, not the school. */
const ORG_AFTER =
  /^(?:lab|laboratory|labs|press|department|committee|newspaper|publication|library|hospital|center|centre|office|museum|foundation|store|bookstore)$/i;
/** Words naming a school's type before "School" or "College" ("Public School", "Staff College"). */
const SCHOOL_TYPE = new Set([
  'public',
  'high',
  'secondary',
  'grammar',
  'convent',
  'staff',
  'senior',
  'junior',
]);
/** Adjectives that belong to an institution's name rather than to a subject. */
const INSTITUTION_ADJECTIVE = new Set(
  'technological technical state national international central metropolitan catholic christian royal imperial federal agricultural open community memorial city'.split(
    ' ',
  ),
);
const MAX_LEFT = 5;
/** Type words before a school's word that {@link extent} does not count against MAX_LEFT, and how many. */
const LEFT_TYPE_WORDS = new Set([
  ...SCHOOL_TYPE,
  'higher',
  'primary',
  'middle',
  'matriculation',
  'model',
  'girls',
  'boys',
  // "Hr. Sec. School": Tamil Nadu's "Higher Secondary" abbreviated.
  'hr',
  'sec',
]);
const MAX_TYPE_WORDS = 3;
/** "Hr." before "Sec.": "Higher" abbreviated in a school's type, no job word ("HR"). */
const HIGHER_SEC = (p: Token, next: Token) =>
  (p.text === 'Hr' || p.text === 'HR') && /^(?:Sec|SEC|Secondary|SECONDARY)$/.test(next.text);
const MAX_RIGHT = 7;

const capish = (t: Token) =>
  isCapitalised(t.text) || isAllCaps(t.text) || /^\d{1,3}(?:st|nd|rd|th)?$/.test(t.text);
/** Gaps inside a school's name; PDF extraction doubles spaces next to the institution words. */
const gap = (text: string, a: Token, b: Token) => {
  const g = text.slice(a.end, b.start);
  // ". " only after an abbreviation ("St. Josephs", "Eng. college", "Govt. Polytechnic", "D.A.V. Public
  // School"), not after a sentence ("Airbnb. Stanford").
  if (/^\. {1,2}$/.test(g))
    return (
      (a.text.length <= 3 && /^\p{Lu}/u.test(a.text)) || SCHOOL_ABBREVIATION.test(a.text) || a.text === 'im'
    );
  if (/^(?: |-| ?& ?|'s |, )$/.test(g)) return g !== ', ' || /^(?:the|of)$/i.test(b.text);
  // Dotin-style text separates fields with double spaces: join across one only towards a link word
  // ("University  of Technology") or from a name-like word into the institution word ("Technological  University").
  if (!/^ {2,3}$/.test(g)) return false;
  if (linkAfter(b.text, a.text) || isLink(a.text)) return true;
  if (KEY.test(b.text) && (!isOrdinaryWord(a) || INSTITUTION_ADJECTIVE.has(a.text.toLowerCase())))
    return true;
  // "Delhi Public  School", "Springfield High  School", "Administrative Staff  College": a school's type
  // word into "School" or "College" (not into "University": "7-12 Secondary  University of …" is two fields).
  if (SCHOOL_TYPE.has(a.text.toLowerCase()) && /^(?:school|college)$/i.test(b.text) && isCapitalised(a.text))
    return true;
  // "West Gate  Community College": a name of two or more Title Case words that a line break split
  // from the institution adjective before its institution word.
  if (
    INSTITUTION_ADJECTIVE.has(b.text.toLowerCase()) &&
    TITLE_WORD.test(a.text) &&
    !stopsAt(a) &&
    !SUBJECT_WORDS.has(a.text.toLowerCase()) &&
    titleWordBefore(text, a.start) &&
    /^ (?:\p{Lu}[\p{L}]+ )?(?:University|College|Institute)\b/u.test(text.slice(b.end, b.end + 40))
  )
    return true;
  // "West Gate  Community College", "Vinnitsa National  Technical University": into an institution
  // adjective that the institution word follows.
  return (
    INSTITUTION_ADJECTIVE.has(b.text.toLowerCase()) &&
    isCapitalised(a.text) &&
    !stopsAt(a) &&
    (!isOrdinaryWord(a) || INSTITUTION_ADJECTIVE.has(a.text.toLowerCase())) &&
    /^ {1,3}(?:\p{Lu}[\p{L}]+ {1,3})?(?:University|College|Institute|UNIVERSITY|COLLEGE|INSTITUTE)\b/u.test(
      text.slice(b.end, b.end + 40),
    )
  );
};

/**
 * Abbreviations that open a school's name in South Asia with a dot after them: "Govt." (government),
 * and a school's initials ("D.A.V.", "Z.P.H.S.").
 */
const SCHOOL_ABBREVIATION = /^(?:Govt|GOVT|Engg|ENGG|\p{Lu}(?:\.\p{Lu}){1,5})$/u;
/** The word before a school's number, when the name's run took it ("No" of "School No. 1", Indonesian "Negeri"). */
const NUMBER_WORD = /^(?:No|NO|Negeri|NEGERI)$/;
/**
 * Abbreviations of schools that are numbered, one school a number ("CBTIS 1", "CETIS 33", "CONALEP 2"
 * in Mexico, "SMAN 3", "SMP 5" in Indonesia): the number after them is the school's.
 */
const NUMBERED_ACRONYM = /^(?:CBTIS|CBTis|CETIS|CETis|CONALEP|SMA|SMAN|SMP|SMPN|SMK|SMKN|SMJK)$/;
/** A school's number after its name: "Kendriya Vidyalaya No. 2", "SMA Negeri 3". */
const SCHOOL_NUMBER = /(?: No\.? ?| Negeri | NEGERI | ?\. ?| #? ?)(\d{1,3})(?!\d|[.,]\d|[/%-]|\s%)/y;

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Fields of study among SCHOOL_WORDS: on the line before a school they are the candidate's major. */
const SUBJECT_WORDS = new Set(
  `science sciences arts art business law engineering technology medical computer information studies journalism
  communication communications mathematics physics chemistry biology psychology philosophy theology agriculture
  forestry hospitality tourism fashion film media languages administration finance accounting marketing data
  environment environmental planning architecture security quality software computing network networks
  management music design economics medicine pharmacy education humanities health nursing commerce`.split(
    /\s+/,
  ),
);

/**
 * True when a Title Case word that is no stop word nor a job's or an honorific's word ends one space
 * before `at` ("West" before "Gate"), not after a job or an honorific ("Professor Blanda").
 */
function titleWordBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  const m = /(\S+) (\S+) $/.exec(text.slice(Math.max(0, at - 40), at));
  const w = m ? m[2]! : /(\S+) $/.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (!w || !TITLE_WORD.test(w) || stops(w)) return false;
  return !(m && (ROLE_WORDS.has(m[1]!.toLowerCase()) || /^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(m[1]!)));
}

/** Words that end a school's name: roles, calendar and section words, tools. */
function stops(word: string): boolean {
  if (STOP.test(word)) return true;
  const f = word.toLowerCase();
  if (SCHOOL_WORDS.has(f) || KEY.test(word)) return false;
  // "Staff College" (military and civil-service colleges): capitalised, a staff is part of the name.
  if (f === 'staff' && word !== f) return false;
  return ROLE_WORDS.has(f) || CALENDAR.has(f) || SECTIONS.has(f) || TECH.has(f);
}

/** {@link stops} of a token's word, worked out once per distinct word and kept in its WordInfo. */
function stopsAt(t: Token): boolean {
  const info = tokenInfo(t);
  let v = info.schoolStop;
  if (v === undefined) {
    v = stops(t.text);
    info.schoolStop = v;
  }
  return v;
}

/**
 * 2: an institution's abbreviation (ACRONYM), 1: an institution word (KEY), 0: neither. Asked of
 * every token: worked out once per distinct word and kept in its WordInfo (most tokens already
 * hold their entry, and a field read costs less than the two tests).
 */
function institutionWord(t: Token): number {
  // Only ASCII letters match ASCII letters under /i, so the first three letters of a word starting
  // with ASCII ones rule most words out without a look-up in the word table. A word starting with a
  // lower-case letter can only be one of KEY's words (ACRONYM starts with a capital), all of three
  // letters or more; a capitalised one of three letters or more may be either's.
  const w = t.text;
  const c = w.charCodeAt(0);
  // A word starting with a digit is neither (every KEY and ACRONYM word, and a glued year's word,
  // starts with a letter): numbers and dates, new on every page, skip the word table.
  if (c >= 48 && c <= 57) return 0;
  if (KEY_HEADS && c >= 97 && c <= 122) {
    if (w.length < 3 || !mayBegin(w, KEY_HEADS)) return 0;
  } else if (CAPITAL_HEADS && c >= 65 && c <= 90 && w.length >= 3 && !mayBegin(w, CAPITAL_HEADS))
    // (A compound that ends in an institution word starts with any letters: "Aalto-yliopisto".)
    return compound(w) ? 2 : 0;
  const info = tokenInfo(t);
  let v = info.institution;
  if (v === undefined) {
    v = computeInstitutionWord(t.text);
    info.institution = v;
  }
  return v;
}

/**
 * Institution words whose first three letters mix ASCII and other letters (kept out of KEY, whose
 * first letters prefilter words), and compounds ending in one ("Aalto-yliopisto").
 */
const KEY_WIDE = /^(?:høgskole|høgskolen|högskola|högskolan|cégep|meánscoil)$/i;
/**
 * A name and an institution word in one word: a compound ("Handelshögskolan", "Aalto-yliopisto",
 * "Musikhochschule"), or German names joined by hyphens to a capitalised "Universität" ("Humboldt-
 * Universität", "Ludwig-Maximilians-Universität"). The name is inside it, so it stands alone like an
 * abbreviation.
 */
const KEY_COMPOUND =
  /^\p{Lu}[\p{L}]*?-?(?:högskolan|högskola|høgskole|høgskolen|hochschule|hogeschool|yliopisto|korkeakoulu|universitet|universitetet|akademie|akademia)$|^(?:\p{Lu}[\p{L}]*-(?:\p{Ll}+-)?)*\p{Lu}\p{Ll}{3,}-(?:Universität|Universitat|Hochschule|Akademie)$/u;

/**
 * German, Austrian and Swedish school names written as one word, the name's parts joined by hyphens and
 * the school type capitalised ("Goethe-Gymnasium", "Albertus-Magnus-Gymnasium", "Geschwister-Scholl-
 * Realschule", "Goethegymnasium", "Katedralskolan", "Nackagymnasiet"), asked of the lower-cased word.
 */
const SCHOOL_COMPOUND =
  /^\p{Ll}[\p{L}-]*?(?:gymnasium|realgymnasium|realschule|gesamtschule|grundschule|hauptschule|oberschule|mittelschule|berufsschule|fachoberschule|waldorfschule|berufskolleg|lyzeum|gymnasiet|skolan)$/u;

/** The last four letters (lower case) of {@link KEY_COMPOUND}'s and {@link SCHOOL_COMPOUND}'s institution words. */
const COMPOUND_TAILS = new Set([
  'sium',
  'lleg',
  'zeum',
  'siet',
  'olan',
  'kola',
  'kole',
  'olen',
  'hule',
  'hool',
  'isto',
  'oulu',
  'itet',
  'etet',
  'emie',
  'emia',
  'ität',
  'itat',
]);

/** {@link KEY_COMPOUND}, asked only of words long enough (or hyphenated) and ending like one. */
function compound(w: string): boolean {
  if (!(w.length >= 10 || w.includes('-'))) return false;
  const tail = w.slice(-4).toLowerCase();
  return COMPOUND_TAILS.has(tail) && (KEY_COMPOUND.test(w) || SCHOOL_COMPOUND.test(w.toLowerCase()));
}

function computeInstitutionWord(w: string): number {
  if (ACRONYM.test(w)) return 2;
  if (KEY.test(w) || KEY_WIDE.test(w)) return 1;
  if (compound(w)) return 2;
  // "Tribhuvan University1975": PDF extraction glued the year to the institution word.
  const c = w.charCodeAt(w.length - 1);
  return c >= 48 && c <= 57 && GLUED_YEAR.test(w) && KEY.test(w.slice(0, -4)) ? 1 : 0;
}
const GLUED_YEAR = /^\p{L}{4,}(?:19|20)\d\d$/u;

/** Index of three lower-case ASCII letters in a table of 26³ entries. */
const head = (c: number, d: number, e: number) => (c - 97) * 676 + (d - 97) * 26 + (e - 97);

/**
 * False when the word (starting with an ASCII letter) goes on with two more ASCII letters, and the
 * three begin none of `heads`' words (see {@link headsOf}).
 */
function mayBegin(w: string, heads: Uint8Array): boolean {
  const d = w.charCodeAt(1) | 32;
  const e = w.charCodeAt(2) | 32;
  return !(d >= 97 && d <= 122 && e >= 97 && e <= 122) || heads[head(w.charCodeAt(0) | 32, d, e)] === 1;
}

/**
 * The first three letters (lower case, 1 at their {@link head} index) of the words of a
 * `^(?:a|b|…)$` pattern that start with three ASCII letters, read from its source; a word starting
 * with another letter ("école") cannot match a word that starts with ASCII ones. Words shorter than
 * `min` are left out (the caller asks only longer words). Null when a word is shorter than three
 * letters but not than `min`, or starts with regex syntax (then every word is tested).
 */
function headsOf(re: RegExp, min: number): Uint8Array | null {
  const words = /^\^\(\?:(.*)\)\$$/.exec(re.source)?.[1]?.split(/\|(?![^(]*\))/);
  if (!words) return null;
  const heads = new Uint8Array(26 * 26 * 26);
  for (const k of words) {
    if (k.length < min) continue;
    const [c, d, e] = [0, 1, 2].map((i) => k.charCodeAt(i) | 32) as [number, number, number];
    if (/^[a-z]{3}/i.test(k)) heads[head(c, d, e)] = 1;
    else if (!/^[^\x00-\x7f]/.test(k)) return null;
  }
  return heads;
}
const KEY_HEADS = headsOf(KEY, 0);
/**
 * Whether the first-letter prefilters are on: a word added to KEY or ACRONYM with a non-ASCII letter
 * among its first three turns them off (it belongs in {@link KEY_WIDE}), and school's word-table
 * look-ups grow several times over (a test guards it).
 */
export const SCHOOL_PREFILTERS_ON = (): boolean => KEY_HEADS !== null && CAPITAL_HEADS !== null;

/**
 * True when the word names a kind of school in any language the recognizer reads ("Universidad",
 * "Université", "Politécnica", "Colegio", "Goethe-Gymnasium"): a run of capitalised words holding one
 * is an institution's name, not a person's.
 * @example isInstitutionWord('Universidad') // true
 */
export const isInstitutionWord = (w: string): boolean =>
  w.length >= 4 && (KEY.test(w) || KEY_WIDE.test(w) || compound(w));
/**
 * {@link isInstitutionWord} of a university, a college or an institute, not of a school ("Milton
 * Middle School" is as often an employer named after its town).
 * @example isHigherInstitutionWord('University') // true
 * @example isHigherInstitutionWord('School') // false
 */
export const isHigherInstitutionWord = (w: string): boolean => isInstitutionWord(w) && !SCHOOL_LEVEL.test(w);
/** KEY's and ACRONYM's heads, for capitalised words of three letters or more. */
const CAPITAL_HEADS = ((key, acronym) => key && acronym && key.map((v, i) => v | acronym[i]!))(
  headsOf(KEY, 3),
  headsOf(ACRONYM, 3),
);

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'SCHOOL', score, recognizer: 'school' };
}

/**
 * Industries that end an employer's name elsewhere ("Quellin Energy", "Harlow Power Systems") but name a
 * school's subject after its link ("Institute of Energy Studies", "College of Power Engineering",
 * "Institute of Electronics and Telecommunications").
 */
const INDUSTRY_SUBJECTS = new Set(
  'energy power electric electrical electronics telecommunications telecom steel railway railways foods'.split(
    ' ',
  ),
);

/**
 * "School of Education & Human Development", "College of Continuing Education": "Education" (a
 * degree word elsewhere) or an industry ({@link INDUSTRY_SUBJECTS}) names the subject of a school when
 * "of", "and" or "&" comes one or two words before it.
 */
function subjectAfterLink(toks: Token[], j: number): boolean {
  if (
    toks[j]!.text !== 'Education' &&
    toks[j]!.text !== 'EDUCATION' &&
    !INDUSTRY_SUBJECTS.has(fold(toks[j]!.text))
  )
    return false;
  const link = (t: Token | undefined) => !!t && /^(?:of|and|&|for|OF|AND|FOR)$/.test(t.text);
  // One word between: an English word ("Continuing", "Adult", "Special"), not a place ("of Texas Education").
  const between = toks[j - 1]!;
  return link(toks[j - 1]) || (link(toks[j - 2]) && isOrdinaryWord(between) && !isPlaceName(between));
}

/** French institution words, whose names go on in lower case. */
const FRENCH_KEY =
  /^(?:[ÉEé]cole|ECOLE|ÉCOLE|Conservatoire|Institut|Universit[ée]|Lyc[ée]e|Facult[ée]|Coll[èe]ge)$/;
/**
 * Lower-case words of French institutions' names: adjectives and subjects ("Conservatoire national des
 * arts et métiers", "École normale supérieure", "Institut national des sciences appliquées", "École
 * nationale des ponts et chaussées", "École supérieure d'ingénieurs").
 */
const FRENCH_NAME_WORDS = new Set(
  `national nationale nationales nationaux supérieur supérieure supérieures normale polytechnique catholique libre
  technique techniques technologique centrale arts métiers sciences lettres ingénieurs ingénieur commerce gestion
  management informatique mines ponts chaussées télécommunications agronomique appliquées politiques
  économiques sociales humaines physique chimie études hautes statistique électronique électricité mécanique
  aéronautique musique danse architecture travaux publics industrielle industrielles biologie médecine droit
  internationale international européenne européen`.split(/\s+/),
);
/** A token that is one of {@link FRENCH_NAME_WORDS}, perhaps after an elided "d'" ("d'ingénieurs"). */
function frenchNameWord(t: Token | undefined): boolean {
  if (!t) return false;
  const w = /^[dl]['’]/.test(t.text) ? t.text.slice(2) : t.text;
  return FRENCH_NAME_WORDS.has(w);
}

/** Words that open a publication's, a society's or a role's name before "of the" ("Proceedings of the …"). */
const NOT_OF_THE_NAME =
  /^(?:proceedings|journal|transactions|annals|bulletin|review|letters|reports|archives|friends|members?|fellows?|president|chair|head|director|dean|council|board|committee|society|association|union|federation|department|ministry|office|school|college|university|institute|academy)$/i;
/**
 * True when the "the" at `t` links a short name before it into a school's name, as "of the" does
 * leftwards in "Our Lady of the Lake University": "of" before it, one or two capitalised words before
 * "of" that open an entry (a line's start, a comma, a colon, a dash, a bar or a tab before them, or
 * "at", "from", "attended") and no
 * publication's, society's or role's word ("Proceedings of the National Academy of Sciences" stays).
 */
function ofTheName(text: string, toks: Token[], t: number): boolean {
  const of = toks[t - 1];
  if (of?.text !== 'of' || !textIs(text, of.end, toks[t]!.start, ' ')) return false;
  for (let n = 1; n <= 2; n++) {
    const w = toks[t - 1 - n];
    if (!w || !capish(w) || stopsAt(w) || NOT_OF_THE_NAME.test(w.text)) return false;
    if (!textIs(text, w.end, toks[t - n]!.start, ' ')) return false;
    const before = text.slice(Math.max(0, w.start - 10), w.start);
    if (w.start === 0 || /(?:^|[\n,:;|\t–—-]) ?$|(?:^|\s)(?:at|from|attended)\s$/.test(before)) return true;
    if (!/ $/.test(before)) return false;
  }
  return false;
}

/** The first letters of a doctorate written "Ph. D.", "Ed. D.", "Psy. D.". */
const DOCTORATE_HEAD = new Set(['Ph', 'Ed', 'Psy', 'Pharm', 'Sc', 'Eng', 'PH', 'ED']);

/** What may follow the last word of a school's name: a comma, a bracket, a dash, a tab or the line's end. */
const NAME_CLOSES = /^(?:[ \t]*(?:$|\r?\n|,|\(|[–—|])|\t|[ \t]-[ \t])/;

/**
 * True when toks[j], a tool's word, is the last word of the school's name after a capitalised word that
 * the name took past its institution word and a link ("University of the Incarnate Word", "College of the
 * Holy Spirit"), a comma, a bracket, a dash, a tab or the line's end after it.
 */
function toolWordEnds(text: string, toks: Token[], k: number, to: number, j: number): boolean {
  const t = toks[j]!;
  if (to !== j - 1 || to <= k + 1 || !TECH.has(fold(t.text)) || !isCapitalised(t.text)) return false;
  if (!isLink(toks[k + 1]!.text) || TECH.has(fold(toks[to]!.text))) return false;
  return NAME_CLOSES.test(text.slice(t.end, t.end + 4));
}

function extent(text: string, toks: Token[], k: number): [number, number] {
  let from = k;
  // Words naming the school's type ("Senior Secondary", "Matriculation Higher Secondary") do not count
  // against MAX_LEFT, up to MAX_TYPE_WORDS of them: "Padma Seshadri Bala Bhavan Senior Secondary School".
  let typeWords = 0;
  while (from > 0 && k - from - typeWords < MAX_LEFT) {
    const p = toks[from - 1]!;
    const g = text.slice(p.end, toks[from]!.start);
    // "Michigan Technological  University": a double space right before the institution word is allowed.
    // "Professor Blanda  School of ...": a person's name above the school, not part of it.
    const q = toks[from - 2];
    // ("Dr. A.P.J. Abdul Kalam Technical University": the dot after initials is no such gap.)
    const person =
      g.length > 1 &&
      g !== '. ' &&
      !!q &&
      (JOB_WORD_SET.has(q.text.toLowerCase()) || /^(?:Mr|Mrs|Ms|Dr|Prof)$/.test(q.text)) &&
      /^\.? $/.test(text.slice(q.end, p.start));
    // "Bolton, Ph. D.  Widener University": a doctorate's letters after a name end the school's name.
    const doctorate =
      p.text === 'D' && !!q && DOCTORATE_HEAD.has(q.text) && /^\. ?$/.test(text.slice(q.end, p.start));
    const ok = gap(text, p, toks[from]!) && g !== ', ' && !person && !doctorate;
    // "St. Francis of Assisi School", "Fon du Lac College": a link word inside the name, with a capital before it.
    // "Sri Ramakrishna Arts and Science College", "Tribal and Community College": "and" before a
    // school word, with a capitalised word before it.
    const link =
      (p.text === 'the' && ofTheName(text, toks, from - 1)) ||
      ((NAME_LINK.has(p.text) ||
        (p.text === 'and' &&
          (SCHOOL_WORDS.has(toks[from]!.text.toLowerCase()) || toks[from]!.text === 'Staff') &&
          from - 1 > 0 &&
          !stopsAt(toks[from - 2]!))) &&
        from - 1 > 0 &&
        capish(toks[from - 2]!) &&
        gap(text, toks[from - 2]!, p));
    if (!ok || (!capish(p) && !link) || /^\d/.test(p.text)) break;
    // "Govt. Degree College", "SVR Degree College": India's colleges of first degrees name themselves so.
    // (A name before "Degree": "Bachelor Degree College courses" is none.)
    const namer = toks[from - 2];
    const degreeCollege =
      g === ' ' &&
      from === k &&
      /^(?:Degree|DEGREE)$/.test(p.text) &&
      /^(?:colleges?)$/i.test(toks[from]!.text) &&
      !!namer &&
      capish(namer) &&
      !stopsAt(namer) &&
      gap(text, namer, p);
    // "Java Training Institute": tools and section words join a name only across a single space.
    if (
      stopsAt(p) &&
      !degreeCollege &&
      !HIGHER_SEC(p, toks[from]!) &&
      !(g === ' ' && (TECH.has(fold(p.text)) || SECTIONS.has(fold(p.text))) && !STOP.test(p.text))
    )
      break;
    if (typeWords < MAX_TYPE_WORDS && LEFT_TYPE_WORDS.has(p.text.toLowerCase())) typeWords++;
    from--;
  }
  // A name does not start with a link word ("of London College" keeps "of" only inside).
  while (from < k && !capish(toks[from]!)) from++;
  let to = k;
  let j = k + 1;
  const french = FRENCH_KEY.test(toks[k]!.text);
  // The words after the last institution word are counted ("University of Sunderland School of
  // Education and Lifelong Learning").
  let last = k;
  // The last lower-case subject word taken ("of information technology"), or -1.
  let subjectAt = -1;
  while (j < toks.length && j - last <= MAX_RIGHT) {
    const t = toks[j]!;
    // "University of M issouri": PDF extraction split a word after its capital.
    if (
      to === j - 1 &&
      toks[j - 1]!.text.length === 1 &&
      /^\p{Lu}$/u.test(toks[j - 1]!.text) &&
      textIs(text, toks[j - 1]!.end, t.start, ' ') &&
      /^\p{Ll}{3,}$/u.test(t.text) &&
      !isOrdinaryWord(t) &&
      isLink(toks[j - 2]?.text ?? '')
    ) {
      // (The name ends there: the words after such a split are seldom the school's.)
      to = j;
      break;
    }
    if (
      !gap(text, toks[j - 1]!, t) ||
      (stopsAt(t) && !subjectAfterLink(toks, j) && !toolWordEnds(text, toks, k, to, j))
    )
      break;
    if (institutionWord(t) === 1) last = j;
    if (linkAfter(t.text, toks[j - 1]!.text)) {
      j++;
      continue;
    }
    // "Institute of technology", "School of design and environment": lower-case subject words after a link.
    // ... and the subject's further words ("Institute of information technology").
    const prev = toks[j - 1]!;
    // "Conservatoire national des arts et métiers", "École normale supérieure": a French institution's
    // name keeps its adjectives and subjects in lower case ("et" between two of them).
    if (
      french &&
      !capish(t) &&
      t.text === 'et' &&
      frenchNameWord(toks[j + 1]) &&
      gap(text, t, toks[j + 1]!)
    ) {
      j++;
      continue;
    }
    const lowerSubject =
      !capish(t) &&
      ((SCHOOL_WORDS.has(t.text.toLowerCase()) &&
        (isLink(prev.text) || (to === j - 1 && subjectAt === j - 1))) ||
        (french && frenchNameWord(t)));
    if ((!capish(t) && !lowerSubject) || /^\d/.test(t.text)) break;
    if (lowerSubject) subjectAt = j;
    if (ORG_AFTER.test(t.text)) break;
    to = j;
    j++;
  }
  // A lone "School"/"College" with nothing capitalised around it is a common noun.
  return [from, to];
}

const EDU_CONTEXT =
  /\b(?:education|educational|academic|qualification|graduated|graduation|diploma|degree|bachelor|master|b\.?\s?tech|[bm]\.?\s?sc|ph\.?\s?d|b\.?\s?a\b|b\.?\s?s\b|hsc|ssc|gpa|cgpa|percentage|marks|studied|attended|alumn|matric|sslc|cbse|icse|kcse|kcpe|wassce|waec|neco|stpm|spm\b|g\.?c\.?e\b|bece|o[ -]levels?|a[ -]levels?|matura|abitur|ausbildung|schulbildung|pre-university)/i;
/**
 * India's school-leaving levels, as written: "Intermediate" (in lower case an ordinary word) as an
 * education entry's first field, not America's "Intermediate School" or "Intermediate grades".
 */
const INDIAN_LEVEL =
  /\b(?:(?:Intermediate|INTERMEDIATE)(?=[ \t]*(?:[(:|–—-]|\r?\n|$)|[ \t]{2}|[ \t](?:from|at|in)\b)|1[02]th(?![ -]?[Gg]rade)|Class (?:X|XII)\b|CLASS (?:X|XII)\b|PUC\b)/;

/** True if the education section or a degree word comes shortly before `at`. */
function educationNear(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  return EDU_CONTEXT.test(before) || INDIAN_LEVEL.test(before);
}

/**
 * "Sri Chaitanya Junior College", "Lincoln Junior College": a junior college is higher education
 * (India's pre-university colleges, America's two-year colleges), not a school that employs teachers
 * like a junior high school; no other K-12 word in the run.
 */
function juniorCollege(run: readonly Token[]): boolean {
  let junior = false;
  for (let i = 0; i < run.length; i++) {
    const w = run[i]!.text;
    if (/^junior$/i.test(w)) {
      if (!/^colleges?$/i.test(run[i + 1]?.text ?? '')) return false;
      junior = true;
    } else if (K12.test(w)) return false;
  }
  return junior;
}

/** A referees heading at a line's start ("Referees", "CHARACTER REFERENCES"). */
const REFEREES_HEADING =
  /(?:^|\n)[ \t]*(?:(?:CHARACTER|PROFESSIONAL) |(?:Character|Professional) )?(?:REFEREES|REFERENCES|Referees|References)\b/g;

/**
 * True when `at` lies under a referees heading (within 1,500 characters) with no education or work
 * heading ({@link headings}) between them.
 */
function underReferees(text: string, heads: ReadonlyArray<[number, boolean]>, at: number): boolean {
  const from = Math.max(0, at - 1500);
  const before = text.slice(from, at);
  REFEREES_HEADING.lastIndex = 0;
  let last = -1;
  for (let m = REFEREES_HEADING.exec(before); m; m = REFEREES_HEADING.exec(before)) last = from + m.index;
  return last >= 0 && !heads.some(([h]) => h > last && h < at);
}

/** School-leaving qualifications, written after the school on its line ("St. Mary's High School, A-Levels, 2010"). */
const LEAVING =
  /^[^\n]{0,40}?\b(?:A-?Levels?|GCSEs?|Abitur|Baccalaur[ée]at|Bachillerato|Maturit[àäa]|Matura|Leaving Cert(?:ificate)?|High School Diploma|IB Diploma|HSC|SSC|Highers|SSLC|Matric(?:ulation)?|KCSE|KCPE|WASSCE|WAEC|NECO|BECE|SPM|STPM|O-?Levels?|National Senior Certificate)\b/u;
/**
 * A student's words after a school on its line ("Roosevelt High School, Class of 2012", "…, GPA 3.8",
 * "… — Diploma, 2012", "…, graduated 2012"), or a diploma opening the next line ("Roosevelt High
 * School\nHigh School Diploma"): the school was attended.
 */
const STUDENT_AFTER =
  /^(?:[^\n]{0,40}?\b(?:Class of[ \t]?(?:['’]\d\d|(?:19|20)\d\d)|GPA|G\.P\.A|[Dd]iploma|GED|[Gg]raduat(?:ed|ion|ing))\b|[ \t,]*\r?\n[ \t]*(?:(?:High School|Secondary School|HS) )?(?:Diploma|GED)[ \t]*(?:[,|(–—-]|\r?\n|$))/u;

/** True when a school-leaving qualification or a student's words follow `end` (see {@link STUDENT_AFTER}). */
function leavingQualificationAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  return LEAVING.test(after) || STUDENT_AFTER.test(after);
}

/**
 * School-leaving qualifications written before the school on its line, as Australian, Irish, New
 * Zealand, Canadian, African, Arab and Pakistani resumes list them ("Year 12 (VCE), Mount Waverley
 * Secondary College", "Completed Year 12 at Brisbane State High School", "Leaving Certificate 2015,
 * St. Mary's Secondary School", "SSCE, Government Secondary School", "Tawjihi, Amman Baccalaureate
 * School"). "Year 10–12" counts only as a level (before a bracket, a comma, a dash, "Certificate",
 * "at", "in" or a year), not as a class taught ("Year 12 English teacher").
 */
const LEAVING_BEFORE =
  /(?:\b(?:VCE|WACE|QCE|SACE|HSC|ATAR|NCEA|Leaving Cert(?:ificate)?|Junior Cert(?:ificate)?|SSCE|SSSCE|WASSCE|WAEC|NECO|GCE|IGCSEs?|GCSEs?|KCSE|KCPE|UACE|CSEC|Tawjihi|Thanaweya|F\.?Sc\.?|FSc|Matric(?:ulation|ulated)?|SSC|A-?Levels?|O-?Levels?)|\bYear 1[0-2](?=[ \t]*(?:[(,:–—-]|Certificate\b|at\b|in\b|\d)))/;
/** Words of a line on which a qualification is taught or marked, not held ("Taught VCE Physics at …"). */
const TEACHING_LINE =
  /\b(?:[Tt]each|[Tt]aught|[Tt]utor|[Ii]nstruct|[Cc]oach|[Ll]ectur|[Ee]xaminer|[Mm]arker|[Ii]nvigilat)/;

/** True when a school-leaving qualification comes before `start` on its line, which teaches nothing. */
function leavingQualificationBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 80);
  const nl = text.lastIndexOf('\n', start - 1);
  const line = text.slice(nl >= from ? nl + 1 : from, start);
  return LEAVING_BEFORE.test(line) && !TEACHING_LINE.test(line);
}

/** Jobs held at schools: a school right after one (same line) or right before one is an employer. */
const JOB_WORDS =
  'teacher principal instructor tutor lecturer professor administrator counselor counsellor coach librarian aide assistant associate director coordinator intern trainee substitute specialist manager officer dean head nurse psychologist therapist developer engineer analyst consultant researcher programmer technician secretary registrar superintendent chair treasurer'.split(
    ' ',
  );
const JOB_WORD_SET = new Set(JOB_WORDS);
/** The job words in lower case, Title Case and capitals (the pattern after them is case-sensitive). */
const JOB = `(?:${JOB_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')})(?:s|S)?`;
// (With what the job is of before "at" or a separator: "Head of Mathematics at", "Head of Year 7 at",
// "Director of Studies at", "Teacher of Mathematics, ".)
const JOB_BEFORE = new RegExp(
  `\\b${JOB}(?:(?: of(?: [A-Z0-9][A-Za-z0-9&'’-]*){1,3})?(?:\\s?[,|–—-]|\\s(?:at|for|with|in)))?\\s{1,3}$`,
);
const JOB_AFTER = new RegExp(
  `^\\s?(?:\\([^)\\n]{1,12}\\)\\s?)?(?:as an?\\s|[,|–—-]\\s?)?(?:\\p{Lu}[\\p{L}.&-]*\\s){0,3}${JOB}\\b`,
  'u',
);

/** Institution words of schools (employers of teachers) and of higher education (alma maters). */
const SCHOOL_LEVEL =
  /^(?:school|schools|academy|elementary|primary|middle|high|secondary|district|montessori|kindergarten|nursery|preschool)$/i;
const HIGHER_LEVEL =
  /^(?:universit\S*|college|colleges|institute|institut|instituto|polytechnic|faculty|graduate|hochschule|iit|nit|iim|law|medicine|medical|nursing|business|management)$/i;

/** True when a job title sits beside the school on its line: the school is an employer ("English Teacher, Castle View School"). */
function employerNear(text: string, start: number, end: number): boolean {
  // The line's start is looked for only within the 60 characters read (no scan back to the text's start).
  let from = Math.max(0, start - 60);
  for (let p = start - 1; p >= from; p--)
    if (text.charCodeAt(p) === 10) {
      from = p + 1;
      break;
    }
  const before = text.slice(from, start);
  if (JOB_BEFORE.test(before)) return true;
  return JOB_AFTER.test(text.slice(end, end + 60).split('\n', 1)[0]!);
}

/**
 * True when the school ends its line and a job title opens the next ("Ashcombe Academy Trust\nHead of
 * Mathematics"), as LinkedIn's profile export and many templates list a position: asked in a work
 * section only ("Oakridge School\nHead Girl" under Education is the candidate's school).
 */
function jobOnNextLine(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  const line = after.split('\n', 1)[0]!;
  return line.trim() === '' && line.length < after.length && JOB_LINE.test(after.slice(line.length + 1));
}
/** A job title that opens a line ("Head of Mathematics", "Teacher of English", "Teaching Assistant"). */
const JOB_LINE = new RegExp(`^[ \\t]*(?:\\p{Lu}[\\p{L}.&-]*\\s){0,3}${JOB}\\b`, 'u');

/** Words of a research institute's name, not of a place of learning ("Battelle Memorial Institute", "Scripps Research Institute"). */
const RESEARCH_WORD = /^(?:Memorial|MEMORIAL|Research|RESEARCH|Cancer|CANCER|Medical|MEDICAL)$/;
/** "Institute" as a name's last word (no "of …" after it). */
const INSTITUTE_LAST = /^(?:Institute|INSTITUTE)$/;

/**
 * True for a research institute that employs the candidate: "Institute" ends the name (no "of …": not
 * "Stevens Institute of Technology"), no other institution word is in it, no education cue comes before
 * it or degree after it, and a research word is in the name or a research post comes right before it
 * ("Battelle Memorial Institute", "Postdoctoral Fellow, Salk Institute"; "Pratt Institute, BFA" and a
 * trainer's "Java Training Institute" stay schools).
 */
function researchInstitute(text: string, run: readonly Token[], end: number): boolean {
  const last = run[run.length - 1]!;
  if (run.length < 2 || !INSTITUTE_LAST.test(last.text)) return false;
  for (let i = 0; i < run.length - 1; i++)
    if (isLink(run[i]!.text) || institutionWord(run[i]!) === 1) return false;
  const start = run[0]!.start;
  // (A degree after it makes it where the candidate studied: "Scripps Research Institute\nPhD Chemistry".)
  if (educationNear(text, start) || EDU_CONTEXT.test(text.slice(end, end + 80))) return false;
  return (
    run.some((x) => RESEARCH_WORD.test(x.text)) ||
    RESEARCH_JOB_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}
/** A research post right before a name ("Research Scientist, ", "Postdoctoral Fellow at "). */
const RESEARCH_JOB_BEFORE =
  /\b(?:[Ss]cientist|SCIENTIST|[Ff]ellow|FELLOW|[Pp]ostdoc\w*)(?:\s?[,|–—-]|\s(?:at|with))\s{1,3}$/;

/**
 * Section headings of a resume: where education and where work experience is listed, and (alone on
 * their line) the other sections that end a work section ("Training", "Skills"; not "Referees", whose schools are
 * read as the referees' employers below).
 */
const HEADING =
  /(?:^|\n|\s{2}|[•|])\s*(?:(EDUCATION(?:AL)?(?: BACKGROUND)?|ACADEMIC|QUALIFICATIONS?|Education(?:al)?(?: Background)?|Academic (?:Background|Qualifications?|Profile|Record|Details|History)|Qualifications?)|((?:PROFESSIONAL |WORK |TEACHING |RELEVANT |RELATED |STUDENT TEACHING |CLASSROOM )?EXPERIENCE|(?:Professional |Work |Teaching |Relevant |Related |Classroom )?Experience|EMPLOYMENT(?: HISTORY)?|Employment(?: History)?|WORK HISTORY|Work History))\b|((?:TRAINING|Training|COURSES|Courses|CERTIFICATIONS?|Certifications?|LICEN[CS]ES(?: (?:&|AND) CERTIFICATIONS)?|Licen[cs]es(?: (?:&|and) [Cc]ertifications)?|SKILLS|Skills|PROJECTS|Projects|AWARDS|Awards|VOLUNTEERING|Volunteering|INTERESTS|Interests|LANGUAGES|Languages|PUBLICATIONS|Publications)(?=[ \t]*:?[ \t]*(?:\r?\n|$)))/g;

const HEADING_AT = sticky(HEADING);
// Scanned only at the starts headingStarts() lists: keep these first words of HEADING's headings in step.
const HEADING_WORD =
  /EDUCATION|ACADEMIC|QUALIFICATION|Education|Academic|Qualification|PROFESSIONAL|WORK|TEACHING|RELEVANT|RELATED|STUDENT|CLASSROOM|EXPERIENCE|Professional|Work|Teaching|Relevant|Related|Classroom|Experience|EMPLOYMENT|Employment|TRAINING|Training|COURSES|Courses|CERTIFICATION|Certification|LICEN|Licen|SKILLS|Skills|PROJECTS|Projects|AWARDS|Awards|VOLUNTEERING|Volunteering|INTERESTS|Interests|LANGUAGES|Languages|PUBLICATIONS|Publications/g;

/**
 * Where HEADING can start: only whitespace lies between its lead (the text's start, a line break,
 * two spaces, "•" or "|") and a heading's first word, so the starts are that word, the whitespace
 * run right before it and the character before the run (a scan for the capitalised words alone is
 * cheaper than one that tries the lead everywhere).
 */
function headingStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const m of scanAll(text, HEADING_WORD)) {
    const w = m.index;
    let r = w;
    while (r > next && isSpace(text.charCodeAt(r - 1))) r--;
    for (let s = Math.max(r - 1, next); s <= w; s++) starts.push(s);
    next = w + 1;
  }
  return starts;
}

/** [position, is a work section] of each heading, in order. */
function headings(text: string): Array<[number, boolean]> {
  const out: Array<[number, boolean]> = [];
  for (const m of scanAt(text, HEADING_AT, headingStarts(text))) out.push([m.index, m[2] !== undefined]);
  return out;
}

/** True when the nearest heading before `at` starts a work-experience section. */
function inWorkSection(heads: ReadonlyArray<[number, boolean]>, at: number): boolean {
  let work = false;
  for (const [pos, isWork] of heads) {
    if (pos >= at) break;
    work = isWork;
  }
  return work;
}

/** Primary and secondary schools and districts (not a bare "School", which may be a university's). */
const K12_LEVEL =
  /^(?:elementary|primary|middle|high|secondary|montessori|kindergarten|nursery|preschool|district|schools)$/i;

/** Members of a profession: a body "of Engineers" or "of Surgeons" is a professional body, no school. */
const PROFESSION =
  /^(?:engineers|accountants|surveyors|actuaries|architects|planners|bankers|physicists|chemists|biologists|secretaries|auditors|builders|technicians|administrators|linguists|translators|interpreters|physicians|surgeons|nurses|midwives|obstetricians|gynaecologists|psychiatrists|pathologists|radiologists|anaesthetists|anesthetists|practitioners|pharmacists|dentists|optometrists|veterinarians|lawyers|solicitors|barristers|attorneys|journalists|librarians|statisticians|economists|geologists|designers|marketers|managers|directors|ophthalmologists|paediatrics|pediatrics)$/i;
/** A publication's word and "of" (perhaps "the") right before a school's run ("Proceedings of the "). */
const PUBLICATION_BEFORE =
  /(?:^|[^\p{L}])(?:Proceedings|Journal|Annals|Transactions|Bulletin|Memoirs|Reports|Review) of (?:the )?$/u;
/** A qualification's word after a school's run ("… School Diploma", "… School Certificate"). */
const QUALIFICATION = /^(?:diploma|certificate)$/i;

/** True when the run's words are generic school words, "State", and a region or a country ("Ontario Secondary School"). */
function regionalRun(run: Token[]): boolean {
  let name = '';
  for (const x of run) {
    if (GENERIC.test(x.text) || /^state$/i.test(x.text)) continue;
    name = name ? `${name} ${x.text}` : x.text;
  }
  // A region's adjective names it too ("West African Senior School Certificate", "Kenyan Secondary
  // School Certificate"): "-an" after the region's name.
  return (
    name !== '' &&
    (isRegionOrCountry(name) || (/[^\s]an$/.test(name) && isRegionOrCountry(name.slice(0, -1))))
  );
}

/** Levels of schooling and programmes ("High", "Honors", "Graduate"). */
const LEVEL = /^(?:high|higher|senior|junior|secondary|middle|elementary|primary|honors|honours|graduate)$/i;
/** Words of a school's kind or level: a run of only these, with a level word, names no particular school. */
const GENERIC =
  /^(?:high|higher|senior|junior|secondary|middle|elementary|primary|honors|honours|graduate|the|of|school|college|university|academy|institute)$/i;

/** Kinds of school: with only generic words, after "a" or "an", they name none ("a community college"). */
const KIND =
  /^(?:community|first|generation|first-generation|gen|first-gen|boarding|private|public|liberal|arts|vocational|technical|local|state|sixth|form|grammar|comprehensive|charter|magnet|online|for-profit|ivy|league)$/i;
/** Kinds of school that name none wherever they stand ("First-generation college student", "Ivy League university"). */
const STRONG_KIND = /^(?:first-generation|generation|first-gen|gen|boarding|for-profit|ivy|league)$/i;

/** A hospital's word straight after an institution word ("University Hospital", "College Hospitals"). */
const HOSPITAL = /^(?:hospitals?|infirmary|clinics?)$/i;
/** "Medical"/"Health" after an institution word, then the word that makes it a hospital or a health system. */
const HEALTH = /^(?:medical|health)$/i;
const HEALTH_NEXT =
  /^(?:center|centre|centers|centres|system|systems|network|care|partners|services|trust)$/i;

/**
 * True when the run [from, to] (and the word after it) names a hospital after a university or a
 * college: an institution word followed by "Hospital(s)", "Infirmary", "Clinic", or by "Medical" or
 * "Health" and "Center", "System", "Network", "Care" ("Duke University Health System"). "University of
 * Health Sciences" and "University Medical School" stay schools.
 */
function hospitalAfter(text: string, toks: Token[], from: number, to: number): boolean {
  const last = Math.min(to + 1, toks.length - 1);
  // "Lagos University Teaching Hospital", "University of Nigeria Teaching Hospital": a teaching hospital.
  const next = toks[to + 1];
  if (
    /^teaching$/i.test(toks[to]!.text) &&
    next &&
    HOSPITAL.test(next.text) &&
    textIs(text, toks[to]!.end, next.start, ' ')
  )
    return true;
  for (let i = from + 1; i <= last; i++) {
    if (institutionWord(toks[i - 1]!) !== 1 || !textIs(text, toks[i - 1]!.end, toks[i]!.start, ' ')) continue;
    const w = toks[i]!.text;
    if (HOSPITAL.test(w)) return true;
    const n = toks[i + 1];
    if (HEALTH.test(w) && n && textIs(text, toks[i]!.end, n.start, ' ') && HEALTH_NEXT.test(n.text))
      return true;
  }
  return false;
}

/** Organisations named after a school: "Association of Graduate Schools", "MIT Media Lab". */
const ORG_HEAD =
  /^(?:association|society|council|federation|committee|board|union|alliance|network|consortium)$/i;

/** A token that runs "U" and "of" into a capital ("UofT", "UofM"). */
const UOF_TOKEN = /^Uof\p{Lu}/u;
/** "U of " or "Univ. of " and the place or letter that names the university ("U of M", "U of Michigan"). */
const U_OF =
  /(?:U ?of ?|Univ\. of )\p{Lu}(?:[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?: (?:at )?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){0,3})?(?![\p{L}\p{N}])/uy;

/**
 * The words of a text, with a word that PDF extraction hyphenated at a line's end read whole
 * ("Northwest-\nern University", "Uni-\nversity of Toronto"): a lower-case letter, "-", the line break
 * (spaces around it), and a lower-case letter. The joined token spans both parts. Only texts that
 * hold "-\n" are read again; the shared token list is not changed.
 */
function joinWrapped(text: string, toks: Token[]): Token[] {
  if (!text.includes('-\n') && !text.includes('-\r\n')) return toks;
  let out: Token[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    const a = toks[k]!;
    const b = toks[k + 1];
    const joined = b ? wrapped(text, a, b) : null;
    if (joined !== null) {
      out ??= toks.slice(0, k);
      out.push({ start: a.start, end: b!.end, text: joined, info: undefined });
      k++;
    } else out?.push(a);
  }
  return out ?? toks;
}
/**
 * The word that `a` and `b` make when they are one word broken at a line's end after "-"
 * ({@link joinWrapped}), or null: the two parts run together where both are in lower case, or both in
 * capitals ("MASSACHU-\nSETTS"); a capital after a lower-case letter keeps its hyphen, a compound
 * ("Wisconsin-\nMadison" is "Wisconsin-Madison", as one line would have it).
 */
function wrapped(text: string, a: Token, b: Token): string | null {
  if (text.charCodeAt(a.end) !== 45 || b.start - a.end > 6 || !WRAP_GAP.test(text.slice(a.end, b.start)))
    return null;
  const last = text[a.end - 1]!;
  const first = b.text[0]!;
  if (LOWER.test(last)) {
    if (LOWER.test(first)) return a.text + b.text;
    return UPPER.test(first) ? `${a.text}-${b.text}` : null;
  }
  return UPPER.test(last) && isAllCaps(a.text) && isAllCaps(b.text) && a.text.length > 1
    ? a.text + b.text
    : null;
}
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const WRAP_GAP = /^-[ \t]*\r?\n[ \t]*$/;

/** Indian words of learning before a house's word: "Vidya Mandir", "Shishu Mandir", "Vidya Niketan". */
export const LEARNING =
  /^(?:Vidya|VIDYA|Vidyaa|Shishu|SHISHU|Shiksha|Shikshan|SHIKSHA|Gyan|GYAN|Gyana|Jnana)$/;
const HOUSE =
  /^(?:Mandir|MANDIR|Niketan|NIKETAN|Bhavan|BHAVAN|Bhawan|BHAWAN|Peeth|PEETH|Peetham|Sadan|SADAN|Kendra|KENDRA)$/;

/**
 * "Tecnológico" as names write it, with or without its accent, in Title Case or capitals; and its
 * short form "Tec" ("Tec de Monterrey", "TEC de Costa Rica"), only before "de"/"del".
 */
const TECNOLOGICO = /^(?:Tecnológico|Tecnologico|TECNOLÓGICO|TECNOLOGICO|Tec|TEC)$/;

/**
 * True when the "Tecnológico" at toks[k] opens a school's name: no capitalised word right before it
 * (a single space apart), and a capitalised word after it, or "de"/"del" and a capitalised word.
 */
function tecnologicoOpens(text: string, toks: Token[], k: number): boolean {
  const p = toks[k - 1];
  if (p && capish(p) && textIs(text, p.end, toks[k]!.start, ' ')) return false;
  const n = toks[k + 1];
  if (!n || !textIs(text, toks[k]!.end, n.start, ' ')) return false;
  if (n.text !== 'de' && n.text !== 'del') return toks[k]!.text.length > 3 && isCapitalised(n.text);
  const m = toks[k + 2];
  return !!m && textIs(text, n.end, m.start, ' ') && isCapitalised(m.text);
}

/** A French elided article before a capital ("l'École", "d'Ingénieurs", "L’Université"). */
const ELIDED = /^[lLdD]['’]\p{Lu}/u;

/** True when an apostrophe `q` of the text follows "l" or "d" and comes before a capital ("l'École"), by plain searches. */
function elisionIn(text: string, q: string): boolean {
  for (let at = text.indexOf(q, 1); at >= 0; at = text.indexOf(q, at + 1)) {
    const c = text.charCodeAt(at - 1) | 32;
    if ((c === 108 || c === 100) && ELIDED.test(text.slice(at - 1, at + 2))) return true;
  }
  return false;
}

/**
 * The tokens with a French elided article cut off the word it opens ("de l'École Polytechnique": the
 * name starts at "École", which is then asked as an institution word). Only texts that hold one are
 * read again; the shared token list is not changed.
 */
function splitElisions(text: string, toks: Token[]): Token[] {
  if (!elisionIn(text, "'") && !elisionIn(text, '’')) return toks;
  let out: Token[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text.length > 3 && ELIDED.test(t.text)) {
      out ??= toks.slice(0, k);
      out.push({ start: t.start + 2, end: t.end, text: t.text.slice(2), info: undefined });
    } else out?.push(t);
  }
  return out ?? toks;
}

function analyzeSchools(text: string): Span[] {
  const out: Span[] = [];
  const toks = splitElisions(text, joinWrapped(text, wordTokens(text)));
  let heads: Array<[number, boolean]> | undefined;
  const froms: number[] = [];
  let nordic: number[] | undefined;
  // Schools read as employers (a job beside them, a work section, no education cue): [start, end].
  const employers: Array<[number, number]> = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // (The first letter is compared first: most words are no "from" and no "U".)
    const c0 = t.text.charCodeAt(0);
    if (c0 === 102 && t.text === 'from') froms.push(k);
    let kind = institutionWord(t);
    // "Crown Agents Training Centre": a training centre where an education context comes before it.
    // (Every spelling trainingCentre takes starts with "C": other words skip the call.)
    if (!kind && c0 === 67 && k > 0 && trainingCentre(text, toks, k)) kind = 1;
    // "Kent State U.": the abbreviated "University" after "State".
    if (
      !kind &&
      c0 === 85 &&
      t.text === 'U' &&
      k > 0 &&
      toks[k - 1]!.text === 'State' &&
      text.charCodeAt(t.end) === 46
    )
      kind = 1;
    // "U of M", "U of Michigan", "UofT", "Univ. of Illinois": a university's short forms.
    if (c0 === 85 && (t.text === 'U' || t.text === 'Univ' || UOF_TOKEN.test(t.text))) {
      U_OF.lastIndex = t.start;
      const m = U_OF.exec(text);
      if (m) {
        out.push(span(t.start, t.start + m[0].length, 0.8));
        continue;
      }
    }
    // "Tecnológico de Monterrey", "Tecnológico Nacional de México": Mexico's technological institutes
    // by their short name, opening the name ("Parque Tecnológico de Andalucía" is no school).
    if (!kind && c0 === 84 && TECNOLOGICO.test(t.text) && tecnologicoOpens(text, toks, k)) kind = 1;
    // "Bhavan's Vidya Mandir", "Saraswati Shishu Mandir", "Vidya Niketan": a house of learning.
    if (!kind && k > 0 && LEARNING.test(toks[k - 1]!.text) && HOUSE.test(t.text)) kind = 1;
    const acronym = kind === 2;
    if (!kind) continue;
    // A lower-case "school"/"college" counts only right after a capitalised name ("VMKV Eng. college").
    if (!capish(t) && !(k > 0 && capish(toks[k - 1]!) && gap(text, toks[k - 1]!, t))) {
      // (Nordic names keep their adjectives in lower case: read from the line's start below.)
      if (NORDIC_WORD.test(t.text)) {
        nordic ??= [];
        nordic.push(t.start);
      }
      continue;
    }
    const [from, right] = extent(text, toks, k);
    // (The name ends at an abbreviated "U.".)
    const to = t.text === 'U' ? k : right;
    const run = toks.slice(from, to + 1);
    if (
      run.some((x) => K12.test(x.text)) &&
      !juniorCollege(run) &&
      !educationNear(text, toks[from]!.start) &&
      !leavingQualificationAfter(text, toks[to]!.end) &&
      !leavingQualificationBefore(text, toks[from]!.start)
    ) {
      employers.push([toks[from]!.start, toks[to]!.end]);
      k = to;
      continue;
    }
    // "HTL Mödling", "HAK Wien": an Austrian school type names a school only with its town after it
    // ("HTL" alone is also Adobe's template language; "HTL Templates" is no school).
    // It opens an education entry (its line, after dates), or the town is a place of the gazetteer,
    // or an education heading or degree comes before it.
    if (acronym && AUSTRIAN_TYPE.test(t.text) && (to === k || !austrianSchool(text, t, toks[k + 1]!))) {
      k = to;
      continue;
    }
    if (from === to && !acronym) {
      // "Institute of ..." with nothing after it, or a bare "University": only with a name next to it.
      continue;
    }
    // "High School Diploma", "Higher School Certificate", "Honors College": a level word and the
    // institution word alone name no school (a qualification, an honours programme, a kind of school).
    if (!acronym && run.some((x) => LEVEL.test(x.text)) && run.every((x) => GENERIC.test(x.text))) {
      k = to;
      continue;
    }
    // "first-generation college student", "a community college", "a State University": a kind of
    // school and the institution word name no particular school ("COMMUNITY COLLEGE" heading an
    // education entry, whose name the resume left out, stays a school).
    if (
      !acronym &&
      run.every((x) => KIND.test(x.text) || GENERIC.test(x.text) || x.text === '-') &&
      (run.some((x) => STRONG_KIND.test(x.text)) ||
        (run.some((x) => KIND.test(x.text)) &&
          /\b(?:a|an)\s+$/.test(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start))))
    ) {
      k = to;
      continue;
    }
    // "Ontario Secondary School Diploma", "Alberta High School Diploma": a region's school-leaving
    // diploma, no school.
    if (
      !acronym &&
      run.some((x) => LEVEL.test(x.text)) &&
      QUALIFICATION.test(toks[to + 1]?.text ?? '') &&
      textIs(text, toks[to]!.end, toks[to + 1]!.start, ' ') &&
      regionalRun(run)
    ) {
      k = to;
      continue;
    }
    // "University Entrance" (New Zealand's qualification), "University Entrance Examination": an
    // institution word and "Entrance" alone name an examination, no school.
    const entrance = run.findIndex((x) => /^(?:Entrance|ENTRANCE)$/.test(x.text));
    if (
      !acronym &&
      entrance > 0 &&
      run.slice(0, entrance).every((x) => GENERIC.test(x.text)) &&
      run.slice(entrance + 1).every((x) => /^(?:examinations?|exams?|tests?)$/i.test(x.text))
    ) {
      k = to;
      continue;
    }
    // "First School Leaving Certificate", "Primary School Leaving Certificate": a school-leaving
    // qualification, no school.
    if (
      !acronym &&
      /^leaving$/i.test(toks[to]!.text) &&
      /^(?:certificate|cert|examination|exam)$/i.test(toks[to + 1]?.text ?? '') &&
      textIs(text, toks[to]!.end, toks[to + 1]!.start, ' ')
    ) {
      k = to;
      continue;
    }
    // "Institution of Structural Engineers", "Royal College of Surgeons", "Chartered Institute of
    // Personnel and Development": a professional body (a membership, a chartered status), no school.
    if (!acronym && (PROFESSION.test(toks[to]!.text) || /^(?:Chartered|CHARTERED)$/.test(toks[from]!.text))) {
      k = to;
      continue;
    }
    // "Proceedings of the National Academy of Sciences", "Journal of the American College of
    // Cardiology": a publication's name holds the institution's, cited, not attended.
    if (
      text.charCodeAt(toks[from]!.start - 1) === 32 &&
      PUBLICATION_BEFORE.test(text.slice(Math.max(0, toks[from]!.start - 30), toks[from]!.start))
    ) {
      k = to;
      continue;
    }
    // "Cork University Hospital", "Vanderbilt University Medical Center": a hospital named after a
    // university is an employer (a nurse's or a doctor's), not where the candidate studied.
    if (hospitalAfter(text, toks, from, to)) {
      k = to;
      continue;
    }
    const first = fold(toks[from]!.text);
    if (from === k && to === k + 1 && /^(?:of|at)$/.test(first)) continue;
    // "(HKUST)", "(Caltech)", "('ISPI')": the school's own abbreviation right after it.
    let end = toks[to]!.end;
    // "Kendriya Vidyalaya No. 2", "SMA Negeri 3": the school's number after "No." or "Negeri".
    // "CBTIS 1", "CONALEP 2", "SMAN 3": a numbered school's abbreviation takes its number after a space.
    const numbered = NUMBER_WORD.test(toks[to]!.text) || NUMBERED_ACRONYM.test(toks[to]!.text);
    if (numbered || text.startsWith(' No', end)) {
      SCHOOL_NUMBER.lastIndex = end;
      const n = SCHOOL_NUMBER.exec(text);
      if (n && (numbered || n[0].startsWith(' No'))) end = SCHOOL_NUMBER.lastIndex;
    }
    const abbr = /^\s?\(\s?['‘’"]?[A-Z][A-Za-z&.]{1,12}['‘’"]?\s?\)/.exec(text.slice(end, end + 20));
    if (abbr) end += abbr[0].length;
    // "Association of Graduate Schools", "MIT Media Lab": an organisation that carries a school's word.
    // (An organisation word names the organisation only before its link: "Alliance Girls High School",
    // "Union High School" are schools.)
    if (
      (ORG_HEAD.test(toks[from]!.text) && from < to && isLink(toks[from + 1]!.text)) ||
      /^(?:lab|labs|laboratory)$/i.test(toks[to + 1]?.text ?? '')
    ) {
      k = to;
      continue;
    }
    // A school (not a university or college) beside a job title or in a work-experience section is
    // where the candidate worked (universities stay masked: they are so often the alma mater).
    const schoolLevel =
      run.some((x) => SCHOOL_LEVEL.test(x.text)) && !run.some((x) => HIGHER_LEVEL.test(x.text));
    heads ??= headings(text);
    const work = inWorkSection(heads, toks[from]!.start);
    const k12 = schoolLevel && run.some((x) => K12_LEVEL.test(x.text));
    if (
      (schoolLevel && (employerNear(text, toks[from]!.start, end) || (work && jobOnNextLine(text, end)))) ||
      (work && k12) ||
      researchInstitute(text, run, end)
    ) {
      employers.push([toks[from]!.start, toks[to]!.end]);
      k = to;
      continue;
    }
    // A department before the school joins it where the school is studied at (an employer's
    // department, after a job title or in a work section, stays).
    let start = toks[from]!.start;
    const dept = departmentBefore(text, start);
    if (dept < start && !work && !employerNear(text, dept, end) && educationNear(text, dept)) start = dept;
    out.push(span(start, end, acronym && from === to ? 0.7 : 0.85));
    k = to;
  }
  // "Higher School Certificate, Parramatta Marist High School, 2021" … "Referees\nRachel Moss, Year
  // Adviser, Parramatta Marist High School": a school the candidate attended stays masked where it stands
  // again as a referee's employer (the candidate's own jobs keep their employer).
  if (employers.length && out.length) {
    const attended = new Set(out.map((s) => text.slice(s.start, s.end)));
    heads ??= headings(text);
    for (const [a, b] of employers)
      if (attended.has(text.slice(a, b)) && underReferees(text, heads, a)) out.push(span(a, b, 0.8));
  }
  if (froms.length) out.push(...awardedFrom(text, toks, froms));
  if (nordic) out.push(...nordicSchools(text, nordic));
  out.push(...otherScriptSchools(text));
  if (VIETNAMESE_GATE.some((g) => text.includes(g))) out.push(...vietnameseSchools(text, VN_SCHOOL));
  if (VN_ASCII_GATE.some((g) => text.includes(g))) out.push(...vietnameseSchools(text, VN_SCHOOL_ASCII));
  if (out.length) out.push(...bracketedInitials(text, out));
  return out;
}

/**
 * Vietnamese schools: the institution's kind ("Trường Đại học", "Đại học", "Học viện", "Cao đẳng", "THPT",
 * "THCS", "Tiểu học", "Trung học phổ thông"), then its name of capitalised and lower-case syllables and
 * abbreviations ("Bách khoa Hà Nội", "Quốc gia TP.HCM", "chuyên Lê Hồng Phong") up to a comma, a dash,
 * a bracket, a digit or the line's end ({@link vietnameseSchools} ends it before a degree's words).
 */
const VN_SCHOOL =
  /(?<![\p{L}\p{M}])(?:(?:Trường|TRƯỜNG)[ \t])?(?:Đại[ \t][Hh]ọc|ĐẠI[ \t]HỌC|Học[ \t][Vv]iện|HỌC[ \t]VIỆN|Cao[ \t][Đđ]ẳng|CAO[ \t]ĐẲNG|THPT|THCS|PTTH|Tiểu[ \t][Hh]ọc|TIỂU[ \t]HỌC|Trung[ \t][Hh]ọc(?:[ \t][Pp]hổ[ \t][Tt]hông|[ \t][Cc]ơ[ \t][Ss]ở)?|TRUNG[ \t]HỌC(?:[ \t]PHỔ[ \t]THÔNG|[ \t]CƠ[ \t]SỞ)?)((?:[ \t][\p{L}\p{M}][\p{L}\p{M}\p{N}.'’&-]*){1,10})/gu;
/**
 * The same kinds typed without diacritics, as many Vietnamese CVs and forms write them ("Truong Dai hoc
 * Bach khoa Ha Noi", "Dai hoc Quoc gia TP HCM", "Hoc vien Ngan hang", "Cao dang Kinh te"): "Dai", "Cao"
 * and "Dang" are also names ("Cao Dang Khoa"), so the second word is in lower case or the whole kind in
 * capitals, or "Truong" opens it.
 */
const VN_SCHOOL_ASCII =
  /(?<![\p{L}\p{M}])(?:Truong[ \t](?:Dai[ \t][Hh]oc|Cao[ \t][Dd]ang)|TRUONG[ \t](?:DAI[ \t]HOC|CAO[ \t]DANG)|Dai[ \t]hoc|DAI[ \t]HOC|Hoc[ \t][Vv]ien|HOC[ \t]VIEN|Cao[ \t]dang|CAO[ \t]DANG)((?:[ \t][\p{L}\p{M}][\p{L}\p{M}\p{N}.'’&-]*){1,10})/gu;
/** What every {@link VN_SCHOOL_ASCII} match holds, looked for first. */
const VN_ASCII_GATE = ['Dai ', 'DAI ', 'Hoc ', 'HOC ', 'Cao ', 'CAO '];
/**
 * Letters of Vietnamese, one of which a text with a {@link VN_SCHOOL} match holds ("học", "đẳng",
 * "Trường" before "THPT"), looked for first: none is in Latin-1, so a text written in Latin-1 letters
 * rules them all out at once (ASCII searches for "THPT" cost 0.1 ms a pass).
 */
const VIETNAMESE_GATE = ['ọ', 'Ọ', 'ẳ', 'Ẳ', 'ờ', 'Ờ'];
/**
 * Words that end a Vietnamese school's name (lower case): a degree ("Kỹ sư", "Cử nhân", "Thạc sĩ",
 * "Tiến sĩ"), the major ("chuyên ngành", "ngành"), the year, graduation, grading, mode of study, "from".
 */
const VN_STOP_FIRST = new Set(['ngành', 'năm', 'hệ', 'từ', 'gpa', 'bằng', 'bachelor', 'master', 'engineer']);
/**
 * {@link VN_STOP_FIRST} and {@link VN_STOP_PAIRS} typed without diacritics: stops only in lower case, as
 * "Nam" (south) and "He" stand in names ("Dai hoc Nam Can Tho").
 */
const VN_STOP_ASCII = new Set([
  'nganh',
  'nam',
  'he',
  'tu',
  'bang',
  'ky su',
  'ki su',
  'cu nhan',
  'thac si',
  'thac sy',
  'tien si',
  'tien sy',
  'chuyen nganh',
  'tot nghiep',
  'xep loai',
  'nien khoa',
  'khoa hoc',
]);
/**
 * Two-word stops whose first word may also stand in a name ("chuyên" of "THPT chuyên", a school for the
 * gifted; "Kỹ" of "Kỹ thuật", technical).
 */
const VN_STOP_PAIRS = new Set([
  'kỹ sư',
  'kĩ sư',
  'cử nhân',
  'thạc sĩ',
  'thạc sỹ',
  'tiến sĩ',
  'tiến sỹ',
  'chuyên ngành',
  'tốt nghiệp',
  'xếp loại',
  'niên khóa',
  'khóa học',
]);

/** Vietnamese schools ({@link VN_SCHOOL}, or `re`: {@link VN_SCHOOL_ASCII}) with a capitalised word or an abbreviation in their name. */
function vietnameseSchools(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of scanAll(text, re)) {
    const nameStart = m.index + m[0].length - m[1]!.length;
    const words = scanAll(m[1]!, NON_BLANK_RUN);
    let end = nameStart;
    let named = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]![0].toLowerCase();
      if (VN_STOP_FIRST.has(w.replace(/\.$/, ''))) break;
      if (i + 1 < words.length && VN_STOP_PAIRS.has(`${w} ${words[i + 1]![0].toLowerCase()}`)) break;
      if (re === VN_SCHOOL_ASCII && w === words[i]![0]) {
        if (VN_STOP_ASCII.has(w.replace(/\.$/, ''))) break;
        if (i + 1 < words.length && VN_STOP_ASCII.has(`${w} ${words[i + 1]![0]}`)) break;
      }
      if (/^\p{Lu}/u.test(words[i]![0])) named = true;
      end = nameStart + words[i]!.index + words[i]![0].length;
    }
    if (!named) continue;
    // A dot that ends the sentence is not the name's ("… Hà Nội."), an abbreviation's is ("TP.").
    if (text.charCodeAt(end - 1) === 46 && !/^\s\p{Lu}/u.test(text.slice(end, end + 2))) end--;
    out.push(span(m.index, end, 0.85));
  }
  return out;
}

/** Chinese, Japanese and Korean universities and colleges: the name's characters before the word. */
const CJK_SCHOOL =
  /[\p{Script=Han}]{1,8}(?:大学|大學|学院|學院)|[\p{Script=Hangul}]{1,8}(?:대학교|대학원|대학)/gu;
/**
 * Russian ones: a capitalised adjective, perhaps more adjectives, then the institution word, perhaps
 * "имени" and a person's name ("Московский государственный университет имени М. В. Ломоносова"); the
 * adjective may join two capitalised words ("Санкт-Петербургский государственный университет").
 */
const CYRILLIC_SCHOOL =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}-]+(?:-\p{Lu}[\p{Ll}-]+)?(?:[ \t][\p{Ll}-]+){0,3}[ \t](?:университет|институт|академия|університет|інститут|академія|універсітэт|інстытут|акадэмія|универзитет|универзитета)(?:[ \t](?:имени|им\.|імені|ім\.|імя)[ \t]\p{Lu}[^\r\n,;()]{0,40})?/gu;

/** What every CJK_SCHOOL match holds (its institution words; the Korean ones all start with 대학): keep in step. */
const CJK_WORDS = ['大学', '大學', '学院', '學院', '대학'];
/** CYRILLIC_SCHOOL's institution words, read from its source (the pattern has no /i); null if it changed shape. */
const CYRILLIC_WORDS = plainWords(/\(\?:(университет\|[^)]*)\)/.exec(CYRILLIC_SCHOOL.source)?.[1]);

/**
 * Nordic names keep their adjectives in lower case: a capitalised word, up to three lower-case words,
 * then the institution word ("Norges teknisk-naturvitenskapelige universitet"), as a line of its own (or
 * before a comma or a bracket), not inside a sentence ("Jeg studerte ved et universitet i Oslo").
 */
const NORDIC_SCHOOL =
  /[ \t•·|]*\p{Lu}[\p{Ll}-]+(?:[ \t][\p{Ll}-]+){1,3}[ \t](?:universitet|universitetet|högskola|högskolan|høgskole|høgskolen|yliopisto|korkeakoulu)(?=[ \t]*(?:$|[\r\n,(|]|[-–—][ \t]))/uy;
/** The lower-case institution words of {@link NORDIC_SCHOOL}. */
const NORDIC_WORD =
  /^(?:universitet|universitetet|högskola|högskolan|høgskole|høgskolen|yliopisto|korkeakoulu)$/;

/** {@link NORDIC_SCHOOL} read from the start of the line of each lower-case institution word. */
function nordicSchools(text: string, words: readonly number[]): Span[] {
  const out: Span[] = [];
  let done = -1;
  for (const at of words) {
    const line = text.lastIndexOf('\n', at - 1) + 1;
    if (line <= done) continue;
    done = line;
    NORDIC_SCHOOL.lastIndex = line;
    const m = NORDIC_SCHOOL.exec(text);
    if (!m) continue;
    const lead = /^[ \t•·|]*/.exec(m[0])![0].length;
    out.push(span(m.index + lead, m.index + m[0].length, 0.8));
  }
  return out;
}

const OTHER_SCRIPT = /[\u0400-\u04ff\u3400-\u9fff\uac00-\ud7af]/;

/** Schools written in Chinese, Japanese, Korean or Russian (their words are no capitalised runs). */
function otherScriptSchools(text: string): Span[] {
  const out: Span[] = [];
  // (One pass tells whether the text has any Cyrillic, Chinese, Japanese or Korean letter at all.)
  if (!OTHER_SCRIPT.test(text)) return out;
  // (Every match holds one of its institution words: a plain search for them first, since the
  // patterns cost 3 to 6 ns a character of the whole text, and any one such letter brings it here.)
  if (CJK_WORDS.some((w) => text.includes(w)))
    for (const m of scanAll(text, CJK_SCHOOL)) out.push(span(m.index, m.index + m[0].length, 0.8));
  if (!CYRILLIC_WORDS || CYRILLIC_WORDS.some((w) => text.includes(w)))
    for (const m of scanAll(text, CYRILLIC_SCHOOL)) out.push(span(m.index, m.index + m[0].length, 0.8));
  return out;
}

/** A degree or diploma earlier on the line before "from" ("Diploma in Embedded Systems from ..."). */
const DEGREE_BEFORE_FROM =
  /\b(?:diploma|degree|bachelor'?s?|masters?|master's|b\.?\s?tech|m\.?\s?tech|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|m\.?\s?com|mba|bba|bca|mca|ph\.?\s?d|doctorate|graduated|graduation|post[- ]?graduation|b\.\s?e|m\.\s?e|b\.\s?a|m\.\s?a|b\.\s?s|m\.\s?s|pgdm|pgdba|pgd|llb|llm|mbbs|bds|b\.?\s?pharm|m\.?\s?pharm|b\.?\s?arch|b\.?\s?ed|m\.?\s?ed|ssc|hsc|sslc|hssc|puc|10th|12th|matriculation|intermediate)\b/i;

/**
 * True when a degree word stands in the clause that ends at `at` (at most 100 characters back, no
 * line break, sentence's full stop, semicolon or colon after it): the clause is found by a scan
 * back, then searched once.
 */
function degreeBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 100) {
    const c = text.charCodeAt(i - 1);
    // (A full stop ends the clause where a space follows it; "B.Tech" goes on, and so does an
    // abbreviation's dot after one capital, "B.E. (CSE) from VTU".)
    if (
      c === 10 ||
      c === 59 ||
      c === 58 ||
      (c === 46 && text.charCodeAt(i) === 32 && !initialBefore(text, i - 1))
    )
      break;
    i--;
  }
  return DEGREE_BEFORE_FROM.test(text.slice(i, at));
}
/** True when the dot at `dot` follows one capital that follows no letter ("B.E.", "M.S."). */
function initialBefore(text: string, dot: number): boolean {
  const c = text.charCodeAt(dot - 1);
  const b = dot >= 2 ? text.charCodeAt(dot - 2) : 32;
  return c >= 65 && c <= 90 && !((b >= 65 && b <= 90) || (b >= 97 && b <= 122));
}
/** Capitalised words of a name (or an acronym) after "from". */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{3,8})$/u;
const MAX_FROM_WORDS = 8;

/**
 * Where a degree or diploma was awarded: the capitalised name after "from" when a degree word comes
 * earlier on the line ("Diploma in Embedded Systems from Centre for Advanced Computing", "course
 * in Java (DJV) from NIIT"). Places, tools and well-known companies are not taken, and the name
 * stops at a comma, a digit or a section word. `froms`: the indices of the tokens "from".
 */
function awardedFrom(text: string, toks: Token[], froms: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const f of froms) {
    const at = toks[f]!.start - 1;
    let k = f + 1;
    // "from", one space on each side, then a capital: most "from"s are read no further.
    if (k >= toks.length || text.charCodeAt(at) !== 32 || !textIs(text, toks[f]!.end, toks[k]!.start, ' '))
      continue;
    if (!/^\p{Lu}/u.test(toks[k]!.text)) continue;
    if (!degreeBefore(text, at)) continue;
    const first = k;
    let last = -1;
    for (let n = 0; k < toks.length && n < MAX_FROM_WORDS; k++, n++) {
      const t = toks[k]!;
      if (k > first) {
        const g = text.slice(toks[k - 1]!.end, t.start);
        const prev = toks[k - 1]!.text.toLowerCase();
        // One space, or a line break (two spaces) after a link or a school word ("Advanced  Computing").
        if (g !== ' ' && !(g === '  ' && (LINK.has(prev) || SCHOOL_WORDS.has(prev)))) break;
      }
      if (LINK.has(t.text) && k > first) continue;
      // (Job words may name the institution here: "Centre", "Development".)
      const f = t.text.toLowerCase();
      if (!NAME_WORD.test(t.text) || STOP.test(t.text) || CALENDAR.has(f) || SECTIONS.has(f) || TECH.has(f))
        break;
      last = k;
    }
    if (last < 0) continue;
    const name = toks.slice(first, last + 1);
    // An institution word means the run above found it already.
    if (name.some((t) => institutionWord(t))) continue;
    if (name.length === 1 && (isPlaceName(name[0]!) || isOrdinaryWord(name[0]!))) continue;
    if (isPlaceName(text.slice(name[0]!.start, toks[last]!.end))) continue;
    // English words only name an organisation with a link inside ("Centre for Advanced Computing").
    if (
      name.every((t) => isOrdinaryWord(t) || isPlaceName(t)) &&
      !toks.slice(first, last).some((t) => t.text === 'for' || t.text === 'of')
    )
      continue;
    if (companyAtTokens(toks, first, last)) continue;
    out.push(span(name[0]!.start, toks[last]!.end, 0.7));
  }
  return out;
}

/**
 * A school's initials as the first item in brackets elsewhere in the text ("Odesa National
 * Polytechnic University" ... "Programming in Java (ONPU, 2011)"): the capitals of its words but
 * its links ("of", "and", "the"), three to six letters, never a tool.
 */
function bracketedInitials(text: string, found: readonly Span[]): Span[] {
  // The candidates first, read from each "(" (a plain search): three to six capitals, then "," or
  // ")"; most texts have none, and then no school's initials are worked out.
  const cands: Array<[number, number]> = [];
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    let e = at + 1;
    while (e - at <= 7 && text.charCodeAt(e) >= 65 && text.charCodeAt(e) <= 90) e++;
    const n = e - at - 1;
    const c = text.charCodeAt(e);
    if (n >= 3 && n <= 6 && (c === 44 || c === 41)) cands.push([at + 1, e]);
  }
  const out: Span[] = [];
  if (!cands.length) return out;
  // A school's initials start with its first letter ("The" aside): the others are not worked out.
  const firsts = new Set<number>();
  for (const [a] of cands) firsts.add(text.charCodeAt(a));
  const initials = new Set<string>();
  for (const s of found) {
    const f = textIs(text, s.start, s.start + 4, 'The ') ? s.start + 4 : s.start;
    if (!firsts.has(text.charCodeAt(f))) continue;
    let a = '';
    for (const w of text.slice(s.start, s.end).split(/[\s,&()'‘’"-]+/)) {
      if (!w || isLink(w)) continue;
      if (!/^\p{Lu}/u.test(w)) {
        a = '';
        break;
      }
      a += w[0];
    }
    if (!/^[A-Z]*$/.test(a)) continue;
    if (a.length >= 3 && a.length <= 6 && !TECH.has(a.toLowerCase())) initials.add(a);
    // "University of Nigeria, Nsukka (UNN)": the town after the name counts in the initials too.
    const town = a.length >= 2 ? TOWN_AFTER.exec(text.slice(s.end, s.end + 40)) : null;
    if (town) {
      let b = a;
      for (const w of town[1]!.split(' ')) b += w[0];
      if (b.length <= 6 && /^[A-Z]+$/.test(b) && !TECH.has(b.toLowerCase())) initials.add(b);
    }
  }
  for (const [a, e] of cands) if (initials.has(text.slice(a, e))) out.push(span(a, e, 0.7));
  return out;
}

/** One or two capitalised words after a comma, before a bracket ("…, Nsukka (UNN)"). */
const TOWN_AFTER = /^, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) \(/u;

/**
 * A school's acronym in brackets at the end of its name: "Kestrel Valley University (KVU)", "Universiti
 * Teknologi MARA (UiTM)" (three to eight letters, two capitals at least, the first one first).
 */
const BRACKETED_ACRONYM = /\(((?=[A-Z][a-z]{0,3}[A-Z])[A-Z][A-Za-z]{2,7})\)$/;
/** A school's acronym: three to eight capitals. */
const ACRONYM_ONLY = /^[A-Z]{3,8}$/;
/** A word only a place of learning's name holds (not "Institute" alone: "Project Management Institute"). */
const LEARNING_WORD =
  /Universit|UNIVERSIT|College|COLLEGE|School|SCHOOL|Polytechnic|Academy|Institute of Technology|Universidad|Université|Hochschule/;

/** A unit of an organisation: "University Planning and Budget Group (UPBG)" is no school. */
const ORG_UNIT = /\b(?:Group|Office|Committee|Council|Board|Services|Relations|Association)\b/;

/**
 * A school's acronym found again elsewhere in the text, standing alone ("Kestrel Valley University
 * (KVU)" … "alumni of KVU", "Department of Physics, UNN."): the acronym in brackets after a name that
 * holds a word of learning ("University", "College"), or the brackets' initials of such a name
 * ("University of Nigeria, Nsukka (UNN)"); as whole words in capitals, never a tool's or an ordinary
 * word, and not before a capitalised word ("MIT Media Lab", "PMI Project Methodologies": a unit, a
 * method, an employer's name).
 */
function acronymsAgain(text: string, found: readonly Span[]): Span[] {
  let acronyms: Set<string> | null = null;
  for (const s of found) {
    const t = text.slice(s.start, s.end);
    let a: string | undefined;
    if (ACRONYM_ONLY.test(t)) {
      // The initials in brackets right after a school's name (and perhaps its town).
      if (text.charCodeAt(s.start - 1) !== 40 || text.charCodeAt(s.end) !== 41) continue;
      const named = found.some(
        (n) => n.end <= s.start && n.end >= s.start - 40 && LEARNING_WORD.test(text.slice(n.start, n.end)),
      );
      if (named) a = t;
    } else if (LEARNING_WORD.test(t) && !ORG_UNIT.test(t)) a = BRACKETED_ACRONYM.exec(t)?.[1];
    if (!a || TECH.has(a.toLowerCase()) || isOrdinaryWord(a)) continue;
    acronyms ??= new Set();
    acronyms.add(a);
  }
  const out: Span[] = [];
  if (!acronyms) return out;
  const covered = (i: number) => found.some((s) => s.start <= i && s.end > i);
  for (const a of acronyms)
    for (let i = text.indexOf(a); i !== -1; i = text.indexOf(a, i + a.length)) {
      const e = i + a.length;
      if (isWordCode(text.charCodeAt(i - 1)) || isWordCode(text.charCodeAt(e)) || covered(i)) continue;
      if (text.charCodeAt(e) === 32 && isAsciiUpper(text.charCodeAt(e + 1))) continue;
      out.push(span(i, e, 0.7));
    }
  return out;
}
/** An ASCII capital. */
function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
/** An ASCII letter or digit (NaN, before the text or after it, is none). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "Department of Informatics, " right before a school: the department is part of its name. */
const DEPARTMENT_BEFORE =
  /(?<![\p{L}])(?:Department|DEPARTMENT|Dept\.|Faculty|FACULTY) (?:of|OF) (?:(?:\p{Lu}[\p{L}&-]*|and|of|&|AND|OF) ){0,6}\p{Lu}[\p{L}&-]*, $/u;

/** Where a school starting at `start` starts with the department written before it. */
function departmentBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 2) !== 44) return start;
  const m = DEPARTMENT_BEFORE.exec(text.slice(Math.max(0, start - 90), start));
  return m ? start - m[0].length : start;
}

/** "Centre"/"Center" after "Training", with an education context before them. */
function trainingCentre(text: string, toks: Token[], k: number): boolean {
  const w = toks[k]!.text;
  if (w !== 'Centre' && w !== 'Center' && w !== 'CENTRE' && w !== 'CENTER') return false;
  const p = toks[k - 1]!;
  return (
    (p.text === 'Training' || p.text === 'TRAINING') &&
    p.end + 1 === toks[k]!.start &&
    educationNear(text, p.start)
  );
}

/**
 * A table's column heading that names where the candidate studied ("Institution", "University",
 * "Board/University", "College / School", "Name of Institute").
 */
const SCHOOL_COLUMN =
  /^(?:name of (?:the )?)?(?:(?:board|institute|institution|college|school|university)[ \t]*\/[ \t]*)?(?:university|univ\.?|institution|institute|college|school)(?:[ \t]*\/[ \t]*(?:board|institute|institution|college|school|university))?(?:[ \t]+name)?$/i;
/** An acronym in a table's cell: two to eight letters, capitals first and at least two of them ("VTU", "IGNOU", "UoM"). */
const CELL_ACRONYM = /^(?=[A-Z][a-z]{0,2}[A-Z])[A-Z][A-Za-z]{1,7}$/;
/** School boards and leaving examinations that share a school column ("CBSE", "ICSE", "HSC"): no school. */
const BOARDS = new Set(
  'CBSE ICSE ISC HSC SSC HSSC SSLC PUC NIOS IB IGCSE GCSE WAEC NECO KCSE KCPE BSEB UPB MSBSHSE GSEB RBSE PSEB HPBOSE JKBOSE BSE CHSE'.split(
    ' ',
  ),
);

/**
 * "Qualification\tInstitution\tBoard/University\tYear" … "B.Tech (ECE)\tPES Institute of Technology\tVTU\t2012":
 * an acronym in a tab-separated table's cell under a column heading of schools ({@link SCHOOL_COLUMN})
 * is a school's (a university's initials), on the rows after the heading's line with as many cells,
 * up to a line without a tab. Boards and leaving examinations ({@link BOARDS}) and tools stay. Read only
 * on texts with a tab, line by line (each line split once).
 */
function schoolColumnAcronyms(text: string): Span[] {
  const out: Span[] = [];
  let columns: number[] | null = null;
  let width = 0;
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const line = text.slice(a, b);
    if (!line.includes('\t')) {
      columns = null;
    } else {
      const cells = line.split('\t');
      if (columns && cells.length === width) {
        let at = a;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c]!;
          if (columns.includes(c)) {
            const v = cell.trim();
            if (CELL_ACRONYM.test(v) && !BOARDS.has(v.toUpperCase()) && !TECH.has(v.toLowerCase())) {
              const start = at + cell.indexOf(v);
              out.push(span(start, start + v.length, 0.7));
            }
          }
          at += cell.length + 1;
        }
      } else {
        const found: number[] = [];
        for (let c = 0; c < cells.length; c++) if (SCHOOL_COLUMN.test(cells[c]!.trim())) found.push(c);
        if (found.length && cells.length >= 2) {
          columns = found;
          width = cells.length;
        } else if (columns) columns = null;
      }
    }
    a = b + 1;
  }
  return out;
}

/** A comma or a table's tab, an acronym in capitals, then a separator, a year or the line's end: an affiliating university after a college. */
const AFFILIATION_AFTER =
  /^(?:,[ \t]{0,2}|\t{1,2})([A-Z]{3,8})(?=[ \t]*(?:$|[\n,\t(|]|[ \t][–—-]|(?:19|20)\d\d))/;
/** Grades and marks that follow a school's name on an entry's line ("CGPA 8.1"): no acronym of a school. */
const GRADE_WORDS = new Set(['GPA', 'CGPA', 'SGPA', 'CPI', 'CWA', 'WAM', 'NA', 'N/A']);

/**
 * "PES Institute of Technology\tVTU\t2012", "B.E., PES Institute of Technology, VTU, 2012": an acronym of
 * three letters or more right after a school, one comma or a table's tab between them, then another
 * field, a year or the line's end, is the university the college is affiliated to (Indian colleges
 * name theirs so). Not a board ({@link BOARDS}), a tool, a degree or a job word, a grade, or a place
 * ("…, NYC", "…, UAE").
 */
function affiliatedAcronyms(text: string, found: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of found) {
    const c = text.charCodeAt(s.end);
    if (c !== 44 && c !== 9) continue;
    const m = AFFILIATION_AFTER.exec(text.slice(s.end, s.end + 16));
    if (!m) continue;
    const v = m[1]!;
    if (BOARDS.has(v) || GRADE_WORDS.has(v)) continue;
    const f = v.toLowerCase();
    if (TECH.has(f) || ROLE_WORDS.has(f) || isPlaceName(v)) continue;
    const start = s.end + m[0].length - v.length;
    out.push(span(start, start + v.length, 0.7));
  }
  return out;
}

/** The school recognizer. */
/** What every {@link LEAVING_ACRONYM} match holds: the texts without any skip it. */
const LEAVING_CUES = ['10th', '12th', 'SSC', 'HSC', 'SSLC', 'PUC', 'Matric', 'Intermediate', 'Class X'];
/**
 * An Indian leaving examination's label opening its line, then a school's initials: "SSC: ZPHS
 * Gannavaram, 2011", "12th: DPS R.K. Puram, 2010", "10th - KV Pattom", with the words and initials of its
 * place after them up to the field's end.
 */
const LEAVING_ACRONYM =
  /^[ \t•·*-]*(?:10th|12th|SSC|HSC|HSSC|SSLC|PUC|Matric(?:ulation)?|Intermediate|Class X(?:II)?)(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*[:|–—-][ \t]*(\p{Lu}{2,6}(?:(?:[ \t]+(?:\p{Lu}\.){1,3}|[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,3}))(?=[ \t]*(?:$|[,(|–—-]))/gmu;

/**
 * Schools written by their initials after a leaving examination's label ({@link LEAVING_ACRONYM}),
 * where the initials are no board or examination ({@link BOARDS}: "SSC: CBSE, 2008" stays) and no tool.
 */
function leavingAcronyms(text: string): Span[] {
  const out: Span[] = [];
  for (const m of scanAll(text, LEAVING_ACRONYM)) {
    const value = m[1]!;
    const initials = /^\p{Lu}+/u.exec(value)![0];
    if (BOARDS.has(initials) || TECH.has(initials.toLowerCase())) continue;
    const start = m.index + m[0].length - value.length;
    out.push(span(start, start + value.length, 0.7));
  }
  return out;
}

export const school: Recognizer = {
  id: 'school',
  kind: 'structure',
  entities: ['SCHOOL'],
  analyze: (text, ctx) => {
    const out = analyzeSchools(text);
    for (const s of shortSchoolNames(text)) out.push(s);
    for (const s of highAndGrammar(text)) out.push(s);
    for (const s of credentialIssuers(text)) out.push(s);
    if (text.includes('\t')) for (const s of schoolColumnAcronyms(text)) out.push(s);
    if (LEAVING_CUES.some((c) => text.includes(c))) for (const s of leavingAcronyms(text)) out.push(s);
    if (ctx?.pageText) educationEntries(text, out);
    if (out.length) out.push(...affiliatedAcronyms(text, out));
    if (out.length) out.push(...acronymsAgain(text, out));
    return out.map((s) => {
      const end = wrappedName(text, s.end);
      return end === s.end ? s : { ...s, end };
    });
  },
};

/** The words that say a line names a credential: "Certified …", "Certificate in …", "Awarded …". */
const CREDENTIAL_CUES = ['ertifi', 'warded', 'ccredited'] as const;
/** How far after its cue a credential's issuer is looked for (a line's length). */
const ISSUER_WINDOW = 140;
/**
 * An issuing body's name after "from", "by", "of the" or a comma: capitalised words (and links) with a
 * body's head word (not a student body's, "President of Student Council") ("Scrum Alliance", "American Society for Quality", "Nursing Council of Kenya",
 * "U.S. Department of Labor"), then its acronym in brackets. ("Services" and "Board" are left out: "…,
 * Amazon Web Services" is an employer, "the Board of Directors" no issuer.)
 */
const ISSUER =
  /(?:\b(?:from|by)(?: the)?|\bof the|,)[ \t]{1,2}((?:(?!Student|Certifi|Member|Pending)\p{Lu}\p{Ll}[\p{L}'’&-]*[ \t]{1,2}){0,4}?(?:(?:\p{Lu}\.){2,3}[ \t]?)?(?:Alliance|Council|Society|Foundation|Association|Institute|Academy|Federation|Authority|Commission|Department|Bureau|Guild|Chamber|Ministry)(?:[ \t]{1,2}(?:of|for|on|and|&)(?: the)?[ \t]{1,2}\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3})?(?:[ \t]{1,2}\([A-Z]{2,8}\))?)(?![\p{L}\p{N}])/gu;

/**
 * The body that issued a credential the line names, which resumes print where an education entry names
 * its school: "Certified Scrum Master (CSM), Agile Alliance", "Certified Six Sigma Black Belt, American
 * Society for Quality (ASQ)", "Awarded Registered Nurse of the Nursing Council of Kenya", "Certified by
 * U.S. Department of Labor". Only after a credential's word on the same line, and never a known employer.
 */
function credentialIssuers(text: string): Span[] {
  const cues: number[] = [];
  for (const cue of CREDENTIAL_CUES)
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + cue.length)) cues.push(at);
  const out: Span[] = [];
  if (!cues.length) return out;
  cues.sort((a, b) => a - b);
  // Each stretch of text is read once: a cue inside the last one's window only extends it.
  let last = -1;
  for (const at of cues) {
    const from = Math.max(at, last);
    let to = Math.min(text.length, at + ISSUER_WINDOW);
    const nl = text.indexOf('\n', from);
    if (nl !== -1 && nl < to) to = nl;
    if (to <= from) continue;
    // (From the window's start: a name the last window cut off is read again whole.)
    const start = Math.max(at, last - ISSUER_WINDOW / 2);
    const line = text.slice(start, to);
    ISSUER.lastIndex = 0;
    for (let m = ISSUER.exec(line); m; m = ISSUER.exec(line)) {
      const name = m[1]!.replace(/[ \t]{1,2}\([A-Z]{2,8}\)$/, '');
      if (isKnownCompany(name)) continue;
      const end = start + m.index + m[0].length;
      out.push(span(end - m[1]!.length, end, 0.7));
    }
    last = to;
  }
  return out;
}

/** "Boys" or "Girls", perhaps with an apostrophe, ending right before " High". */
const BOYS_GIRLS_BEFORE = /(?:Boys|Girls)['’]?$/;
/** Up to four capitalised words (or a Roman numeral) before `at`, each followed by one space or tab. */
const RUN_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]){1,4})$/u;

/**
 * Schools that South African, Australian and New Zealand resumes name without "School": a town or a
 * name, "Boys' High" or "Girls' High" ("Durban Girls' High", "King Edward VII Boys High"), and a town's
 * grammar school by the town alone ("Auckland Grammar", "Brisbane Grammar"; "English Grammar" is a
 * subject). With "School" or "College" after them the other rules find them.
 */
function highAndGrammar(text: string): Span[] {
  const out: Span[] = [];
  for (const word of [' High', ' Grammar'] as const) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length;
      const next = text.charCodeAt(end);
      // A whole word, no "School"/"College" after it (the institution rules take those).
      if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 39) continue;
      // "… Boys High", "… Girls' High"; "Auckland Grammar": a capitalised word right before it.
      if (
        word === ' High'
          ? !BOYS_GIRLS_BEFORE.test(text.slice(Math.max(0, at - 7), at))
          : !isAsciiLower(text.charCodeAt(at - 1))
      )
        continue;
      if (/^[ \t](?:School|College|Schools)/.test(text.slice(end, end + 9))) continue;
      const run = RUN_BEFORE.exec(text.slice(Math.max(0, at - 60), at + 1));
      if (!run) continue;
      const words = run[1]!.trim().split(/[ \t]/);
      const start = at + 1 - run[1]!.length;
      // "Durban Girls' High": a name before "Boys"/"Girls" ("Boys High" alone names no school).
      if (/^(?:Boys|Girls)['’]?$/.test(words[words.length - 1]!)) {
        if (words.length >= 2) out.push(span(start, end, 0.9));
      } else if (
        word === ' Grammar' &&
        words.length === 1 &&
        isPlaceName(words[0]!) &&
        !LANGUAGES.has(fold(words[0]!))
      )
        out.push(span(start, end, 0.7));
    }
  }
  return out;
}

/** The heading of a profile's education section, a line of its own (LinkedIn's, in its main languages). */
const EDUCATION_HEADINGS = [
  'Education',
  'Formation',
  'Ausbildung',
  'Formación',
  'Formação acadêmica',
  'Formação académica',
  'Istruzione',
  'Opleiding',
];
/** A line that is only an entry's dates: a year, a month and a year, or a range of them. */
const DATE_LINE =
  /^[ \t]*(?:\p{L}{3,9}\.? )?(?:19|20)\d\d(?:[ \t]*[-–—][ \t]*(?:(?:\p{L}{3,9}\.? )?(?:19|20)\d\d|\p{L}{3,12}))?[ \t]*$/u;
/** The lines that end an education entry before the next one: its dates, its grade, its activities. */
const ENTRY_END = /^[ \t]*(?:Grade:|Activities and societies:|Activities & societies:)/;
/** The first line of an entry: a capital, no digit at its start, at most 100 characters. */
const ENTRY_FIRST = /^[ \t]*\p{Lu}[^\n]{1,99}$/u;

/** Degrees of other languages that {@link STOP} leaves out ("Licenciatura en …", "Abitur"). */
const FOREIGN_DEGREE =
  /^(?:licenciatura|gradua[çc][aã]o|ingenier[ií]a|engenharia|abitur|baccalaur[ée]at|laurea|bachiller(?:ato)?|maestr[ií]a|mestrado|doutorado|doctorado|diplom|magister|bootcamp|certification|course)$/i;

/** True when the line names a degree, not a school: a degree's word and no institution's ("Bachelor of Science"). */
function degreeLine(line: string): boolean {
  let degree = false;
  for (const w of line.split(/[\s,;:()]+/)) {
    if (!w) continue;
    if (KEY.test(w)) return false;
    if (STOP.test(w) || FOREIGN_DEGREE.test(w)) degree = true;
  }
  return degree;
}

/**
 * The schools of a profile page's education section (page text only): under the section's heading, an
 * entry's first line, after the heading or the last entry's dates, grade or activities, when its dates
 * follow within two lines ("Education\nTechnion - Israel Institute of Technology\nB.Sc., Computer
 * Science\n2012 – 2016", "Le Wagon\nFull-Stack Web Development Bootcamp\n2020"): LinkedIn names the
 * school there whatever its words. The section ends at the next section's heading.
 */
function educationEntries(text: string, out: Span[]): void {
  for (const heading of EDUCATION_HEADINGS) {
    for (let k = text.indexOf(heading); k !== -1; k = text.indexOf(heading, k + heading.length)) {
      const e = k + heading.length;
      if (
        (k > 0 && text.charCodeAt(k - 1) !== 10) ||
        !(e === text.length || text.charCodeAt(e) === 10 || text.charCodeAt(e) === 13)
      )
        continue;
      const lines: Array<[number, number]> = [];
      for (let a = e + 1, n = 0; a < text.length && n < 80; n++) {
        let b = text.indexOf('\n', a);
        if (b === -1) b = text.length;
        const line = text.slice(a, b).trim();
        if (line && SECTIONS.has(fold(line.replace(/:$/, '')))) break;
        if (line) lines.push([a, b]);
        a = b + 1;
      }
      const at = (i: number) => text.slice(lines[i]![0], lines[i]![1]);
      for (let i = 0; i < lines.length; i++) {
        const line = at(i);
        if (i > 0 && !DATE_LINE.test(at(i - 1)) && !ENTRY_END.test(at(i - 1))) continue;
        if (!ENTRY_FIRST.test(line) || DATE_LINE.test(line) || ENTRY_END.test(line) || degreeLine(line))
          continue;
        if (
          !(i + 1 < lines.length && DATE_LINE.test(at(i + 1))) &&
          !(i + 2 < lines.length && DATE_LINE.test(at(i + 2)))
        )
          continue;
        const lead = line.length - line.trimStart().length;
        const body = line.trim();
        out.push(span(lines[i]![0] + lead, lines[i]![0] + lead + body.length, 0.8));
      }
    }
  }
}

/** A link word that ends a school's line when its name goes on at the next ("Massachusetts Institute of"). */
const DANGLING_LINK = /[ \t]+(?:of|de|del|di|des|du|la|le|and|&|for|at|the)(?:[ \t]*\r?\n|[ \t]{2,})[ \t]*/y;
/** A line break, or the two spaces that stand for one, and the next line's indent. */
const BREAK = /(?:[ \t]*\r?\n|[ \t]{2,})[ \t]*/y;
/** A capitalised adjective that ends the text: "Political", "Medical", "Electronic", "Applied". */
const ADJECTIVE_END = /[ \t]\p{Lu}\p{Ll}{2,}(?:al|ic|ive|ied)$/u;
/** The rest of the name at the next line's start: up to four capitalised words, before "(", "," or the line's end. */
const NAME_REST =
  /\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t](?:(?:of|and|&|de|del|la|the)[ \t])?\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?=[ \t]*(?:[(,]|\r?\n|$)|[ \t]{2})/uy;

/**
 * The end of a school's name that PDF extraction or a narrow column wrapped after a link word
 * ("Massachusetts Institute of\nTechnology", "Universidad Nacional Autónoma de\nMéxico": "of Technology"
 * and "de" were left); read only where a link word and a line break (or the two spaces that stand for
 * one) follow a school. A degree, a section or a date at the next line stays ("Bachelor of ...").
 */
function wrappedName(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return end;
  DANGLING_LINK.lastIndex = end;
  let q: number;
  let adjective = false;
  if (DANGLING_LINK.test(text)) q = DANGLING_LINK.lastIndex;
  else {
    // "School of Economics and Political\nScience": an adjective cannot end the name.
    BREAK.lastIndex = end;
    if (!BREAK.test(text) || !ADJECTIVE_END.test(text.slice(Math.max(0, end - 20), end))) return end;
    q = BREAK.lastIndex;
    adjective = true;
  }
  NAME_REST.lastIndex = q;
  const m = NAME_REST.exec(text);
  if (!m || (adjective && m[0].split(/[ \t]+/).length > 2)) return end;
  for (const w of m[0].split(/[ \t]+/)) {
    const f = fold(w.replace(/[.'’-]+$/, ''));
    if (STOP.test(f) || SECTIONS.has(f) || CALENDAR.has(f)) return end;
  }
  return q + m[0].length;
}

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [HEADING, (text) => scanAt(text, HEADING_AT, headingStarts(text))],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/school.test.ts
