/**
 * Person names from structure, context and lexicons (DETECTION-NOTES.md): runs of name-shaped
 * words (Title Case, ALL CAPS, initials, particles, hyphens, apostrophes, Jr./III) are split at
 * ordinary words, then scored by context ("Name:", "Dear", Mr/Ms, signatures, "called"), position
 * (the header of a resume, with or without line breaks) and the name lexicon. Names found with
 * confidence, and the name parts that e-mail local parts and profile slugs echo, are then masked
 * wherever they repeat. "Name:" also takes names in any script (CJK, Cyrillic, Arabic, ...).
 */

import { companyAtTokens } from '../companies';
import {
  firstEndingAfter,
  fold,
  isAllCaps,
  isCapitalised,
  lexicon,
  type Token,
  tokenEndingAt,
  wordTokens,
} from '../lexicon';
import { NAME_LIKE_MAIL_LABELS } from '../mail-words';
import {
  cuedNames,
  employerAfterParticle,
  givenNamesBefore,
  lowerCaseRuns,
  objectsBeforePossessive,
  repeatedFullNames,
  surnameShaped,
} from '../name-rules';
import {
  codeAt,
  firstWords,
  isAsciiLetter,
  isSpaceCode,
  isWordCode,
  LowerWords,
  lastWords,
  matchesAt,
  plainWords,
  scanAll,
  scanAt,
  sticky,
  textIs,
  WordGate,
} from '../scan';
import { CYRILLIC_ENDINGS } from '../scripts';
import type { Recognizer, Span } from '../types';
import {
  CALENDAR,
  coinedOrgWord,
  foreignClue,
  GERMAN_BEFORE_NOUN,
  HONORIFIC_WORDS,
  handWordName,
  isLanguageName,
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  isRegionOrCountry,
  LANGUAGES,
  looksLikeWord,
  nameClass,
  OTHER_COLUMNS,
  orgNounAhead,
  PARTICLES,
  PEOPLE_COLUMNS,
  ROLE_WORDS,
  SALUTATION_HONORIFICS,
  SALUTATION_WORDS,
  SECTIONS,
  SENTENCE_FUNCTION_WORDS,
  SIGN_OFF_WORDS,
  SIGN_OFFS,
  SUFFIXES,
  startsPlacePhrase,
  TECH,
  TITLE_ABBREVIATIONS,
  tokenInfo,
  toolWordName,
} from '../words';
import { isArabicHeading } from './arabic-fields';
import { isEastAsianHeading, isEastAsianLabel } from './east-asian-fields';
import { isHigherInstitutionWord, isInstitutionWord } from './school';

/** One capitalised word, or two, in a greeting's list of names. */
const GREETED_NAME = /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?/gu;

/** A word in Title Case; Hawaiian names hold the ʻokina (a modifier letter: "Keʻala", "Kaʻiulani"). */
const NAME_SHAPE =
  /^(?:\p{Lu}\p{Ll}{0,2}['’])?(?:Ma?c|Fitz|De|Di|La|Le|Van|Von)?(?:IJ|\p{Lu})[\p{Ll}\p{M}ʻ]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}ʻ]+)*(?:['’]s)?$/u;
/** A word in capitals; a prefix keeps its small letters in a name typed in capitals ("McALLISTER", "O'NEIL-McCARTHY"). */
const CAPS_SHAPE =
  /^(?:Ma?c|Fitz|De|Di|La|Le|Van|Von)?\p{Lu}[\p{Lu}\p{M}]*(?:['’-](?:Ma?c|Fitz|De|Di|La|Le|Van|Von)?\p{Lu}[\p{Lu}\p{M}]*)*(?:['’]S)?$/u;
const INITIAL = /^\p{Lu}$/u;
/**
 * Strong cues right before a name. Like the other context patterns here it is sticky and tried in
 * place ({@link matchesAt}): a lookbehind for the text before a position, a plain pattern for the
 * text after it (no slice of the text around the position, scanned from every start).
 */
const CUE_PHRASES = [
  'full name',
  'candidate',
  'candidate name',
  'applicant',
  'applicant name',
  'name',
  'dear',
  'hi',
  'hello',
  'hey',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'madam',
  'sincerely',
  'regards',
  // Sign-offs of messages ("Thanks,\nEmrys", "Best, Zarek").
  'thanks',
  'cheers',
  // Cheers that open a comment ("Congrats Ifeoma!", "Kudos Maria").
  'congrats',
  'congratulations',
  'kudos',
  'best',
  'thank you',
  'thanks again',
  'talk soon',
  'take care',
  'un saludo',
  'un abrazo',
  // Short forms and other languages' ("Thx, Jordan", "Saludos,\nLucía"); a cue needs ASCII letters
  // (its WordGate), so "Viele Grüße" only stops being a name.
  ...SIGN_OFF_WORDS.split(/\s+/).filter((w) => /^[a-z]+$/.test(w)),
  'best wishes',
  'warmly',
  'respectfully',
  'yours truly',
  'called',
  'named',
  'my name is',
  'i am',
  "i'm",
  'this is',
  'signed',
  'referee',
  'reference',
  // English judges ("Judicial Assistant to Lord Justice Hawthorne-Pym", "Marshal to Mrs Justice Ferrabee").
  'lord justice',
  'lady justice',
  'mr justice',
  'mrs justice',
];
/**
 * Words before "by" that make the word after it an organisation: its verbs ("Issued by Coursera",
 * "Offered by Udemy", "Powered by Workday") and the credentials and courses that a platform or a
 * vendor gives ("Course by Udemy", "Certificate by Coursera", "Specialization by DeepLearning"). A
 * given name and a surname after them stay names by the lexicon ("Course by Andrew Tarrant").
 */
const ORG_BY_WORDS =
  'issued|offered|powered|accredited|course|courses|certificate|certificates|certification|certifications|specialization|specialisation|nanodegree|bootcamp|training|program|programme|credential|badge|license|licence';
const CUE = new RegExp(
  `(?<=\\b(?:${CUE_PHRASES.join('|')})\\b[.!]?[\\s:,–|-]{0,4}|(?<!\\b(?:${ORG_BY_WORDS}))[\\s,]by\\s)`,
  'iy',
);
const CUE_GATE = new WordGate([...lastWords(CUE_PHRASES), 'by'], true);
/** A character between a cue and the name ({@link CUE}: a dot or "!", then up to four of these). */
const isCueGap = (c: number) =>
  c === 46 || c === 33 || c === 58 || c === 44 || c === 0x2013 || c === 124 || c === 45 || isSpaceCode(c);

/**
 * A look-behind for word phrases and one white space ("says ", "meeting with "), tried in place,
 * with a {@link WordGate} on the phrases' last words in front of it.
 */
interface PhrasesBefore {
  re: RegExp;
  gate: WordGate;
}

function phrasesBefore(phrases: readonly string[], flags: string): PhrasesBefore {
  return {
    re: new RegExp(`(?<=\\b(?:${phrases.join('|')})\\s)`, flags),
    gate: new WordGate(lastWords(phrases), flags.includes('i')),
  };
}

/** True when one of the phrases and one white space end right at `at`. */
function phraseBefore(p: PhrasesBefore, text: string, at: number): boolean {
  return isSpaceCode(text.charCodeAt(at - 1)) && p.gate.endsAt(text, at - 1) && matchesAt(text, p.re, at);
}

/** True when a verb of people ({@link PERSON_AFTER}) follows `end` after one white space. */
function personAfter(text: string, end: number): boolean {
  return (
    isSpaceCode(text.charCodeAt(end)) &&
    PERSON_AFTER_GATE.startsAt(text, end + 1) &&
    matchesAt(text, PERSON_AFTER, end)
  );
}

/** True when a cue ({@link CUE}) ends right before `at`; its last word is checked first ({@link WordGate}). */
function cueBefore(text: string, at: number): boolean {
  let q = at;
  while (q > 0 && at - q < 5 && isCueGap(text.charCodeAt(q - 1))) q--;
  // ("4417 Maple Ridge Dr, Cedar Falls": an honorific's letters before a comma are a street's "Drive";
  // a title is written right before the name, a greeting or a sign-off takes the comma.)
  if (CUE_GATE.endsAt(text, q) && matchesAt(text, CUE, at)) return !honorificComma(text, q, at);
  // (The rest needs a gap other than one space: most pieces follow a single space after a word.)
  if (q === at) return dashSignature(text, at);
  if (at - q < 2 && text.charCodeAt(q) === 32) return false;
  if (shortSignOff(text, q, at) || dashSignature(text, at)) return true;
  // A sign-off word with a letter past ASCII, which the gate cannot read ("Viele Grüße\nLena").
  let w = q;
  while (w > 0 && q - w < 16 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  if (w === 0 || text.charCodeAt(w - 1) < 128) return false;
  const m = LAST_LETTERS.exec(text.slice(Math.max(0, q - 16), q));
  return m !== null && SIGN_OFFS.has(fold(m[0]));
}
const LAST_LETTERS = /\p{L}+$/u;

/** The letters of an honorific that a cue's gap holding a comma follows ("Dr, ", "Ms., "). */
const HONORIFIC_END = /(?:^|[^\p{L}])(?:dr|mr|mrs|ms|mx|prof)\.?$/iu;

/** True when the cue's gap text[q, at) holds a comma and the cue is an honorific ({@link HONORIFIC_END}). */
function honorificComma(text: string, q: number, at: number): boolean {
  let comma = false;
  for (let i = q; i < at && !comma; i++) comma = text.charCodeAt(i) === 44;
  return comma && HONORIFIC_END.test(text.slice(Math.max(0, q - 6), q));
}

/**
 * Two-letter sign-offs that are also place codes or a given name ("BR", "KR", "LG", "VG", "Ty"): a cue
 * only where one opens its line and a comma or a line break follows it ("Sounds good.\nBR,\nLena",
 * "Br, Lena"); "Offices: BR, KR, DE" and "Ty Burrell" are left alone.
 */
function shortSignOff(text: string, q: number, at: number): boolean {
  if (q < 2 || isAsciiLetter(text.charCodeAt(q - 3)) || !isAsciiLetter(text.charCodeAt(q - 2))) return false;
  if (!isAsciiLetter(text.charCodeAt(q - 1))) return false;
  let breaks = false;
  for (let p = q; p < at; p++) {
    const c = text.charCodeAt(p);
    if (c === 44 || c === 10) breaks = true;
  }
  if (!breaks) return false;
  let b = q - 3;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  if (b >= 0 && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) return false;
  return SHORT_SIGN_OFFS.has(text.slice(q - 2, q).toLowerCase());
}
const SHORT_SIGN_OFFS = new Set(['br', 'kr', 'lg', 'vg', 'ty']);

/**
 * A signature glued to a dash or a tilde ("-DQ", "—Lena", "~Lena") where a line or a sentence starts
 * ("Will do. Thanks! -Lena") and the message ends: the name signs it. A bullet leaves a space after
 * its dash, and a list has more such lines.
 */
function dashSignature(text: string, at: number): boolean {
  const d = text.charCodeAt(at - 1);
  if (d !== 45 && d !== 0x2013 && d !== 0x2014 && d !== 126) return false;
  let b = at - 2;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  if (b < 0) return false;
  const c = text.charCodeAt(b);
  if (!(c === 10 || c === 13 || ((c === 46 || c === 33) && b < at - 2))) return false;
  // It closes the message: a short line (three words at most), then nothing but white space or a
  // blank line (a list written "-Grafana\n-Prometheus" is no signature).
  const eol = text.slice(at, at + 48).indexOf('\n');
  const rest = text.slice(at, eol < 0 ? at + 48 : at + eol).trimEnd();
  if (rest.length > 40 || rest.split(' ').length > 3) return false;
  if (
    eol < 0
      ? at + 48 < text.length
      : !/^\r?\n?[ \t]*(?:\r?\n|$)/.test(text.slice(at + eol + 1, at + eol + 80))
  )
    return false;
  if (c === 10 || c === 13) {
    // The line before ends a sentence ("Will do.\n-DQ"), and opens with no dash or bullet.
    let prev = b - 1;
    while (prev >= 0 && b - prev <= 200 && text.charCodeAt(prev) !== 10) prev--;
    if (b - prev > 200) return false;
    const line = text.slice(prev + 1, b).trim();
    if (!line || '-–—~•*'.includes(line[0]!) || !'.!?,'.includes(line[line.length - 1]!)) return false;
  }
  return true;
}
/**
 * "Name:" in several languages ("Nombre completo:", "Nome e cognome:", "Naam:", "Imię i nazwisko:", "Ad Soyad:",
 * "Nama Lengkap:", "Họ và tên:"; Turkish "Adı:", "Soyadı:", "İsim:" too; a form's parts, "Surname:", "Forename:",
 * "Nickname:", "Vorname:", "Nachname:", "Achternaam:", "Apellidos:", "Cognome:", "Nazwisko:", "Prénom:"); whatever follows on the line is a name in
 * any script, even a given name that is also a country ("Nome: Italia Fanfoni").
 */
const NAME_LABEL =
  /(?:^|[\s|])(?:full name|candidate name|name with initials|names? in full|name|surname|forenames?|nick ?name|vorname|nachname|familienname|rufname|geburtsname|voornaam|achternaam|apellidos?|cognome|nazwisko|pr[ée]noms?|nombre(?: completo| y apellidos?)?|nombres y apellidos|nom(?: complet| et pr[ée]nom)?|pr[ée]nom et nom|nome(?: e cognome| completo)?|naam|imi[eę] i nazwisko|ad[ıi]? soyad[ıi]?|ad[ıi]|soyad[ıi]?|[iİ]s[iİ]m(?: soy[iİ]s[iİ]m)?|soy[iİ]s[iİ]m|nama(?: lengkap)?|h[ọo] v[àa] t[êe]n|имя|фио|ф\.и\.о\.|姓名|名前|氏名|이름|الاسم|שם)\s?[:：]\s{0,3}([^\n\r,;|:：()\d@]{1,60})/giu;
const NAME_LABEL_AT = sticky(NAME_LABEL);
/** The labels of {@link NAME_LABEL} that name one part of a name ("Surname:", "First name:", "Nickname:"). */
const PART_LABEL =
  /(?:surname|forenames?|nick ?name|first name|last name|family name|given name|middle name|maiden name|vorname|nachname|familienname|rufname|geburtsname|voornaam|achternaam|apellidos?|cognome|nazwisko|pr[ée]noms?)\s?[:：]\s*$/iu;
/** A form's filler in a name field ("None", "N/A", "Unknown"). */
const FILLER = /^(?:none|n\/?a|unknown|not|nil|same|tbd|other|optional|required)$/i;
/** The longest label of {@link NAME_LABEL} with its leading space and the space before its colon, and some room. */
const NAME_LABEL_REACH = 40;
const SPACE_OR_BAR = /[\s|]/;

/**
 * {@link NAME_LABEL}'s matches, tried only where one can start: the text's start, and each white space
 * or "|" within {@link NAME_LABEL_REACH} characters before a colon (every match holds one right after
 * its label). A whole-text scan tried the case-insensitive alternation at every space.
 */
function nameLabelMatches(text: string): RegExpExecArray[] {
  const colons: number[] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) colons.push(c);
  if (text.includes('：')) {
    for (let c = text.indexOf('：'); c >= 0; c = text.indexOf('：', c + 1)) colons.push(c);
    colons.sort((a, b) => a - b);
  }
  const starts: number[] = [];
  let from = 0;
  for (const c of colons) {
    for (let p = Math.max(from, c - NAME_LABEL_REACH); p < c; p++) {
      const k = text.charCodeAt(p);
      if (
        p === 0 ||
        k === 32 ||
        k === 10 ||
        k === 9 ||
        k === 13 ||
        k === 124 ||
        (k > 127 && SPACE_OR_BAR.test(text.charAt(p))) ||
        (k < 32 && SPACE_OR_BAR.test(text.charAt(p)))
      )
        starts.push(p);
    }
    from = c;
  }
  return starts.length ? scanAt(text, NAME_LABEL_AT, starts) : [];
}
const MAX_RUN = 16;
/** Field labels that the name lexicons hold as surnames: Turkish "Dini:" (religion). */
const NAME_LIKE_LABELS = new Set(['Dini', 'DİNİ', 'DINI']);
/** A colon right after a word, or after one space: the word is a field label ("Имя:"). */
const COLON_AFTER = /\s?[:：]/y;
/** "Dibbert.V", "Kumar.S": a name with an initial after a dot. */
const NAME_DOT_INITIAL = /^\p{Lu}[\p{Ll}\p{M}]{2,}\.\p{Lu}$/u;

type Part = 'name' | 'caps' | 'initial' | 'particle' | 'suffix';

/** Shape of a token, memoised per word (on the word's shared entry). */
function shapeOf(t: Token): Part | null {
  // Most words start with a lower-case ASCII letter or a digit: no look-up needed (such a word is
  // a particle or nothing, as computeShape says).
  const c = t.text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return isParticle(t.text) ? 'particle' : null;
  const info = tokenInfo(t);
  let v = info.shape as Part | null | undefined;
  if (v === undefined) {
    v = computeShape(t.text);
    info.shape = v;
  }
  return v;
}

/** First two characters of each particle (the second 0 for "y"), by code: PARTICLE_PAIRS[a << 7 | b]. */
const PARTICLE_PAIRS = new Uint8Array(128 * 128);
for (const p of PARTICLES) PARTICLE_PAIRS[(p.charCodeAt(0) << 7) | (p.length > 1 ? p.charCodeAt(1) : 0)] = 1;
const MAX_PARTICLE = Math.max(...[...PARTICLES].map((p) => p.length));

/**
 * PARTICLES.has(w), most words answered by their length and first two characters without a look-up
 * (the particles are lower-case ASCII words).
 */
function isParticle(w: string): boolean {
  if (w.length > MAX_PARTICLE) return false;
  const a = w.charCodeAt(0);
  const b = w.length > 1 ? w.charCodeAt(1) : 0;
  return a < 128 && b < 128 && PARTICLE_PAIRS[(a << 7) | b] === 1 && PARTICLES.has(w);
}

/**
 * Particles written with a capital: Arabic and Malay patronymics in Title Case ("Ahmad Bin Ismail",
 * "Nur Binti Hassan"), and any particle of two letters or more in a name written in capitals
 * ("MOHAMMED BIN SALEH AL-HARBI", "MARIA DELA CRUZ", "JAN VAN DIJK").
 */
const TITLE_PARTICLES = new Set(['Bin', 'Binti', 'Bint', 'Ibn', 'Mac', 'Nic']);
const capitalParticle = (w: string) =>
  TITLE_PARTICLES.has(w) || (w.length >= 2 && isAllCaps(w) && PARTICLES.has(w.toLowerCase()));

function computeShape(w: string): Part | null {
  const c = w.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return PARTICLES.has(w) ? 'particle' : null;
  if (INITIAL.test(w)) return 'initial';
  // "Z.Q. Lindqvist": initials written together are one token.
  if (dottedInitials(w)) return 'initial';
  if (capitalParticle(w)) return 'particle';
  if (NAME_DOT_INITIAL.test(w)) return 'name';
  if (SUFFIXES.has(w.toLowerCase())) return 'suffix';
  if (PARTICLES.has(w)) return 'particle';
  if (NAME_SHAPE.test(w)) return 'name';
  if (w.length >= 2 && CAPS_SHAPE.test(w)) return 'caps';
  return null;
}

/** Comparison key for repeated name parts: folded, without apostrophes and hyphens ("O'Connell" = "oconnell"). */
/** Comparison key; "Dibbert.V" (a surname with its initial, as Indian resumes write it) keys as "dibbert". */
const key = (w: string) =>
  fold(w)
    .replace(/\.[a-z]$/, '')
    .replace(/['’-]/g, '');

const stripPossessive = (w: string) => (/['’][sS]$/.test(w) ? w.slice(0, -2) : w);

/** True when the word ends with "'s" or "’s" (/['’]s$/ by its last two characters: asked at every step of a run). */
function possessive(w: string): boolean {
  const n = w.length;
  if (w.charCodeAt(n - 1) !== 115) return false;
  const a = w.charCodeAt(n - 2);
  return a === 39 || a === 0x2019;
}

/** A token for the word look-ups, or its word without the possessive when it has one ({@link stripPossessive}). */
function bare(t: Token): Token | string {
  const w = t.text;
  const n = w.length;
  const c = w.charCodeAt(n - 1);
  const a = w.charCodeAt(n - 2);
  return (c === 115 || c === 83) && (a === 39 || a === 0x2019) ? w.slice(0, -2) : t;
}

const UPPER_START = /^\p{Lu}/u;
const GLUED_CAPITAL = /^\p{Lu}\p{Lu}\p{Ll}{2,}/u;
/** {@link key} of a token's word without its possessive, memoised per word. */
function tokenKey(t: Token): string {
  const info = tokenInfo(t);
  let v = info.key;
  if (v === undefined) {
    v = key(stripPossessive(t.text));
    info.key = v;
  }
  return v;
}

/** A word that ends a name: ordinary words, sections, known places that are not names (memoised per word). */
function isBreaker(t: Token): boolean {
  const info = tokenInfo(t);
  let v = info.breaker;
  if (v === undefined) {
    v = computeBreaker(t.text);
    info.breaker = v;
  }
  return v;
}

/**
 * Syllables of Korean given names in their usual romanisations, and of Taiwanese ones in Wade-Giles,
 * as hyphenated given names write them with a lower-case second part ("Min-jun", "Seo-yeon",
 * "Chia-hui"): such a name is no hyphenated English word, though "jun" is a month and "min" a unit.
 */
const GIVEN_SYLLABLES = new Set(
  `min jun joon hoon woo ho jin yeon seo eun ji hyun bin jae soo won young yoon ah in kyung sung hee jung woong
  hwan seok ha yeong su yun rin na ra mi sun hye hyuk sik chul gyu kyu tae dong sang han yong il ok ja sook nam
  gi ki chan ye do si yu da so hwa hyo bo chia hui ting mei ling shu fen wen hsin hsiu chen chih yi hsien ying
  ming wei hao kuo tsung yen lan chun hung ping che`.split(/\s+/),
);
/** Two syllables: "Min-jun", in Title Case "Min-Jun", in capitals "MIN-JUN". */
const SYLLABLE_PAIR = /^([A-Z][a-z]{1,5})-([a-z]{1,5}|[A-Z][a-z]{1,4})$|^([A-Z]{2,6})-([A-Z]{1,5})$/;
/**
 * A Chinese given name in Hanyu Pinyin written as one word that ends in "-ing" ("Xiaoming", "Jiaming",
 * "Yiping", "Zhiqing"): two syllables of Pinyin, so no English "-ing" word, whose ending would
 * otherwise make it one. (Unknown words only: English words are answered by the dictionary first, and an
 * "-ing" form of an English word is none: "Modeling", "Mentoring", "Pooling".)
 */
const PINYIN_ING =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u))(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?ing$/;

/** True when an "-ing" word's stem is an English word ("Model" in "Modeling", "Mentor", "Coach"). */
function englishStem(stem: string): boolean {
  return isOrdinaryWord(stem) || isOrdinaryWord(`${stem}e`) || isOrdinaryWord(stem.slice(0, -1));
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

function computeBreaker(word: string): boolean {
  // "BIN", "Bin" are words too ("trash bin") but particles of a name here; a run may not start with one.
  if (capitalParticle(word)) return false;
  // "PO Box 5123": the post office of a postal box, no initials of a name (nor "Po", a given name).
  if (word === 'PO' || word === 'P.O') return true;
  // "4:51 PM Wilhelmina Carraway scheduled…": the clock's half of the day before a name in an
  // activity feed, no initials of it.
  if (word === 'AM' || word === 'PM') return true;
  const w = stripPossessive(word);
  const pair = SYLLABLE_PAIR.exec(w);
  if (
    pair &&
    GIVEN_SYLLABLES.has((pair[1] ?? pair[3]!).toLowerCase()) &&
    GIVEN_SYLLABLES.has((pair[2] ?? pair[4]!).toLowerCase())
  )
    return false;
  // "Entry-Level", "Co-ordinator", "Software-Firmware": a hyphenated word with an ordinary part is not a name.
  // ("Pieter-Jan", "Jan-Willem": a strong given name beside a short word such as the month's "Jan", all
  // in Title Case, makes a double given name; not "Cruz-based", "Officer-Los".)
  if (w.includes('-')) {
    const parts = w.split('-');
    const plain = parts.filter((p) => p && isOrdinaryWord(p) && !nameClass(p));
    if (
      plain.length &&
      // ("Al-Farsi", "El-Sayed", "Bin-Laden": an Arabic article or kinship word before a surname that is
      // also a word, here the Persian language's name.)
      !(parts.length === 2 && ARABIC_LEAD.test(parts[0]!) && parts[1]!.length >= 3) &&
      !(
        parts.every((p) => TITLE_CASE.test(p)) &&
        plain.every((p) => p.length <= 4) &&
        parts.some((p) => p.length > 2 && nameClass(p) === 'strong')
      )
    )
      return true;
  }
  // Names that are also words ("Will", "Hills") stay in the run; scorePiece wants a strong name beside them.
  if (isOrdinaryWord(w)) return !nameClass(w);
  if (nameClass(w)) return false;
  if (isPlaceName(w)) return true;
  if (w.endsWith('ing') && PINYIN_ING.test(w.toLowerCase()) && !englishStem(w.slice(0, -3))) return false;
  return looksLikeWord(w) || lexicon('nationalities').has(fold(w));
}

/**
 * Organisation suffixes and joiners right after a capitalised run ("Taylor Motors", "Barnes & Noble"),
 * and legal forms of other countries ("Halvorsen Berg AS", "Popescu SRL", "Kowalczyk Sp. z o.o.",
 * "Yılmaz Yazılım A.Ş."; US forms with dots, "Acme Widgets, L.L.C.", "Hollis Barrow, P.C."; the short ones that are also words, "AS", "AB", "SE", only where the name ends).
 */
const ORG_AFTER =
  /\s?(?:&|and (?:Company|Co\b|Sons)|,?\s?(?:Inc|Ltd|LLC|LLP|PLC|plc|Plc|GmbH|AG|SA|Pvt|Co|Corp|Group|L\.L\.C|L\.L\.P|P\.L\.L\.C)\b|,?[ \t]P\.C\.(?=[ \t]*(?:$|[\r\n,;)|]))|,?[ \t](?:A\/S|ApS|SRL|S\.R\.L|S\.A|S\.p\.A|S\.r\.l|SpA|Srl|SAS|SARL|S\.L|B\.V|N\.V|KG|OHG|Sp\. z o\.o|d\.o\.o|s\.r\.o|Kft|Zrt|EOOD|OOD|Pty|Ltda|Lda|A\.Ş|Ltd\. Şti)(?![A-Za-z])|,?[ \t](?:AS|ASA|AB|Oy|Oyj|SE)(?=[ \t]*(?:$|[\r\n,;.)|])))/y;

/** Employment-type labels after an employer (LinkedIn: "Northwind Insights · Full-time"). */
const EMPLOYMENT_AFTER =
  /\s{0,2}[·|•–—-]\s{0,2}(?:Full[- ]time|Part[- ]time|Contract|Contractor|Internship|Freelance|Self-employed|Seasonal|Apprenticeship|Temporary)\b/iy;
/** LinkedIn's roles grouped under an employer: the employment type opens the next line ("Northwind\nFull-time · 2 yrs"). */
const EMPLOYMENT_NEXT_LINE =
  /[ \t]*\r?\n[ \t]*(?:Full[- ]time|Part[- ]time|Contract|Internship|Freelance|Self-employed|Seasonal|Apprenticeship|Temporary)[ \t]*(?:[·|•]|\r?\n|$)/iy;
/**
 * A job word, then "at" / "for" / "with": the run after it is an employer ("Data Engineer at Contoso
 * Freight", "Bus Driver at Trent Barton"; the trades and services too, not the carers and tutors a
 * person employs).
 */
const EMPLOYER_BEFORE =
  /(?<=\b(?:engineer|developer|manager|director|officer|analyst|consultant|architect|administrator|specialist|designer|scientist|researcher|intern|internship|lead|head|associate|assistant|coordinator|representative|accountant|advisor|adviser|technician|programmer|executive|driver|mechanic|electrician|operator|supervisor|cashier|clerk|chef|cook|worker|auditor|inspector|surveyor|planner|buyer|controller|worked|working|work|employed|interned|joined|joining|job|position|role|positions|roles|career)\s(?:at|with|for|@)\s)/iy;

/**
 * A field labelled as the employer, its value after the label ("Employer: Trent Barton", "Current
 * employer: …", "Arbeitgeber: …", "Empresa: …"): an organisation, though firms take their founders' names.
 */
const EMPLOYER_LABEL_BEFORE =
  /(?<=(?:^|[\n|•])[ \t]*(?:(?:current|previous|present|last|former) )?(?:employer|company|organi[sz]ation|firm|client|clients|main contractor|contractor|arbeitgeber|firma|unternehmen|empresa|entreprise|employeur|azienda|werkgever|bedrijf|pracodawca|perusahaan|instansi)[ \t]?[:：][ \t]{0,3})/iy;

/** "Law Offices of X", "Bank of X", "Friends of X": an organisation's head noun before "of". */
const ORG_OF_BEFORE =
  /(?<=\b(?:Offices?|Bank|Friends|Society|Association|Scouts|Guides|Department|Ministry|Council|Federation|Union|Chamber|Foundation|Institute|Museum|Church|Hospital|Company|Corporation|Group|Board)\s(?:of|for)\s)/y;

/** The words that end {@link EMPLOYER_BEFORE} ("at", "with", "for", "@") and {@link ORG_OF_BEFORE} ("of", "for"). */
const LINKS_BEFORE = new Set(['at', 'with', 'for', '@', 'of']);

/**
 * False when neither {@link EMPLOYER_BEFORE} nor {@link ORG_OF_BEFORE} can match at `at`: both end
 * with white space, one of their link words and white space. The word is compared in lower case:
 * without the u flag an ASCII letter matches only itself in either case, and no other character.
 */
function linkBefore(text: string, at: number): boolean {
  const e = at - 1;
  if (!isSpaceCode(text.charCodeAt(e))) return false;
  let b = e;
  while (b > 0 && e - b < 4 && !isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (b === e || b === 0 || !isSpaceCode(text.charCodeAt(b - 1))) return false;
  return LINKS_BEFORE.has(text.slice(b, e).toLowerCase());
}

/** True when Dutch "bij" or German "bei" and one space end right before `at`, after white space or a line's start. */
function employerPrepositionBefore(text: string, at: number): boolean {
  if (at < 4 || text.charCodeAt(at - 1) !== 32) return false;
  const w = text.slice(at - 4, at - 1).toLowerCase();
  return (w === 'bij' || w === 'bei') && (at === 4 || isSpaceCode(text.charCodeAt(at - 5)));
}

/** True when the piece reads as an organisation: "The X", "X Motors", "X & Y", "X Inc.". */
function isOrganisation(text: string, toks: Token[], from: number, to: number): boolean {
  const start = toks[from]!.start;
  const before = text.slice(Math.max(0, start - 4), start);
  // "The Vide A. Persson version": a name with a middle initial is a person even after "The".
  // "The Steffen Mauer version", "The Ilse Brandt biography": a work named after its author.
  if (
    /(?:^|\s)The $|& $/.test(before) &&
    !middleInitial(toks, from, to) &&
    !matchesAt(text, WORK_AFTER, toks[to]!.end)
  )
    return true;
  const last = toks[to]!;
  // "Northwind Insights", "Lehman Brothers", "Genos Steakhouse": an organisation noun ends the run.
  if (to > from && nameClass(last) !== 'strong' && isOrgTail(last)) return true;
  if (matchesAt(text, EMPLOYMENT_AFTER, last.end) || matchesAt(text, EMPLOYMENT_NEXT_LINE, last.end))
    return true;
  // ("Worked with Jane Doe at Acme", "working with Lee Seo-yeon": a name of two words or more, one a
  // given name of the lexicon, after "worked with" is a colleague, not an employer; "Data Engineer with
  // Lindqvist Brandt" stays one.)
  if (
    linkBefore(text, start) &&
    (matchesAt(text, EMPLOYER_BEFORE, start) || matchesAt(text, ORG_OF_BEFORE, start)) &&
    !(
      to > from &&
      WORKED_WITH.test(text.slice(Math.max(0, start - 14), start)) &&
      givenNameIn(toks, from, to)
    )
  )
    return true;
  if (employerAfterJob(text, start, last.end) === 'line') return true;
  // "Joined Mott MacDonald in 2015", "Seconded to Laing O'Rourke for …": a verb of joining a firm before
  // the run (not a person's team after it: "joined Priya Sharma's team", "joined Jane and Tom").
  if (
    codeAt(text, start - 1) === 32 &&
    JOINED_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
    !/['’]s$/.test(last.text) &&
    !JOINED_PERSON_AFTER.test(text.slice(last.end, last.end + 6))
  )
    return true;
  // "Atkins — Senior Engineer, Jan 2018 – Mar 2021": the employer opens a dated job line, its title after.
  // (A run of two names or more, each a word of the name lexicons, is a person there: "Priya Sharma —
  // Senior Engineer, 2019 – 2021" on a team's page; one word is a firm's founder, "Atkins".)
  const person = to > from && allNames(toks, from, to);
  // (Under a resume's experience heading the run is the employer all the same: "Mott MacDonald —
  // Senior Engineer, 2018 – 2021" below "EXPERIENCE"; a team's page has no such heading.)
  if (jobAfterEmployer(text, start, last.end) && (!person || experienceAbove(text, start))) return true;
  // "consultants Dar Al-Handasah and Atkins", "clients such as Jacobs": firms a plural of firms names.
  if (!person && firmsNounBefore(text, start)) return true;
  // "Trabalhei na Itaú Unibanco", "Trabajé en Grupo Bimbo", "J'ai travaillé chez Decathlon", "Ho lavorato
  // presso Luxottica": a Romance verb of working, then "at" (the article's gender names a firm, not a person).
  if (codeAt(text, start - 1) === 32 && WORKED_AT_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
    return true;
  // "werkte drie jaar bij Philips", "Praktikum bei Bosch": one word after Dutch "bij" or German "bei"
  // (at), an employer; a person there has an honorific or a given name beside the surname.
  if (from === to && employerPrepositionBefore(text, start)) return true;
  if (jobAtEmployer(text, start, last.end)) return true;
  // (Or inside the run's last words, which a legal form in capitals joins: "Halvorsen Berg AS".)
  for (let k = Math.max(from, to - 2); k <= to; k++)
    if (matchesAt(text, ORG_AFTER, toks[k]!.end)) return true;
  if (orgNounAhead(text, toks, to)) return true;
  const next = toks[to + 1];
  return (
    !!next &&
    textIs(text, last.end, next.start, ' ') &&
    /^\p{Lu}/u.test(next.text) &&
    ROLE_WORDS.has(fold(next.text)) &&
    // ("Sarah Dean, General Manager": a job's word that is a surname of the lexicon, after a given name.)
    !(nameClass(last) === 'strong' && handWordName(next.text))
  );
}

/**
 * A line that opens with a job and goes on with "at" in German, Dutch, French, Italian, Portuguese or
 * Spanish, up to the piece (perhaps after the employer's first words, not an honorific's: "Assistent
 * bei Frau Keller"): a headline or a job entry.
 */
const JOB_AT_BEFORE =
  /^[ \t•·*>–-]*(\p{Lu}[^\n.!?:;|]{0,70}?) (?:bei|bij|chez|presso|na|no|en) (?:(?!(?:Herrn?|Frau|Dr|Prof|Mme|Mlle|Mr|Mrs|Ms|Dhr|Mevr|Sig|Sra?|Dott)\b)\p{Lu}[\p{L}&.'’-]* ){0,2}$/u;

/**
 * True when the piece is the employer after a job and "at" in another language, to the line's end or
 * a separator ("Senior Consultant bei Roland Berger", "Analista presso Ferrero", "Engenheiro de
 * software no Itaú Unibanco | Cloud", "Gerente de produto na Magazine Luiza"), as English "at"
 * after a job word is.
 */
function jobAtEmployer(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const line = lineAround(text, start);
  if (!line) return false;
  const m = JOB_AT_BEFORE.exec(text.slice(line[0], start));
  return m !== null && namesJob(m[1]!) && AFTER_EMPLOYER.test(text.slice(end, line[1]));
}

/** A Portuguese, Spanish, French or Italian verb of working, then "at" ("trabalhei na ", "trabajé en ", "travaillé chez ", "lavorato presso "). */
const WORKED_AT_BEFORE =
  /(?:^|[^\p{L}])(?:trabalh(?:ei|o|ava|ou|ando)|trabaj(?:é|o|aba|ó|ando)|travaill(?:e|é|ais|ait|ant)|lavor(?:o|avo|ato|ando))\s(?:na|no|em|en|chez|presso)\s$/iu;

/** A verb of joining a firm and one space ("Joined ", "rejoined ", "seconded to ", "transferred to "). */
const JOINED_BEFORE = /(?:^|[^\p{L}])(?:[Jj]oined|[Rr]ejoined|[Ss]econded to|[Tt]ransferred to)[ \t]$/u;
/** A possessive or "and" after the run: the people one joins ("Priya Sharma's team", "Jane and Tom"). */
const JOINED_PERSON_AFTER = /^(?:['’]s?\b| (?:and|&) )/;

/** "worked with ", "working with ", "work with " before a run (a job word and "with" still opens an employer). */
const WORKED_WITH = /\bwork(?:ed|ing)? with\s$/i;

/** True when a token of toks[from..to] is a given name of the lexicon ("Jane", "Seo-yeon" of "Lee Seo-yeon"). */
function givenNameIn(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (nameClass(toks[k]!) === 'strong') return true;
  return false;
}

/** True when every token of toks[from..to] is a word of the name lexicons that is no English word. */
function allNames(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (nameClass(toks[k]!) !== 'strong') return false;
  return true;
}

/** True when a token strictly inside toks[from..to] is an initial. */
function middleInitial(toks: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (INITIAL.test(toks[k]!.text)) return true;
  return false;
}

function gapOk(text: string, a: Token, b: Token): boolean {
  // The gap is read in place (no closure: this runs for every pair of neighbouring tokens).
  const from = a.end;
  const to = b.start;
  if (textIs(text, from, to, ' ') || textIs(text, from, to, '-')) return true;
  // "J. Doe", "Samuel L. Jackson", "Robert Downey Jr.", "Z.Q. Lindqvist"
  if (textIs(text, from, to, '. ') || textIs(text, from, to, '.'))
    return INITIAL.test(a.text) || SUFFIXES.has(`${a.text.toLowerCase()}.`) || dottedInitials(a.text);
  // "J.-P. Marchetti", "M.-L. Dubois": French compound given names written as initials.
  return textIs(text, from, to, '.-') && INITIAL.test(a.text) && INITIAL.test(b.text);
}

function nameSpan(start: number, end: number, score: number): Span {
  return { start, end, label: 'NAME', score, recognizer: 'person-name' };
}

/** What ends a name of ordinary words after a cue: the line's end, a comma, a bracket, a bar or a dash. */
const WORD_NAME_END = /^(?:[ \t]*(?:\r?\n|$)|[,!]|[ \t]*[|(;–—]|[ \t]-[ \t])/;
/** "by" right before a piece (after its gap): a weak cue, the by-line of an organisation as often ("by Mercy Corps"). */
const BY_BEFORE = /\bby[\s,:]*$/i;

/**
 * True when a piece of ordinary words, each a name of the lexicons, is a name by a cue before it: a
 * sign-off, a referee's label or a greeting ("Best,\nHope", "Reference: Will Baker, CTO", "Hi Page,"),
 * not "by", and the piece ends its phrase ("Reference: Will be furnished on request" goes on).
 */
/** A field word alone on its line right above ("Candidate\n", "Name\n"): a heading, no cue for a word. */
const HEADING_CUE_ABOVE =
  /(?:^|\n)[ \t]*(?:(?:candidate|applicant|full)[ \t]+)?(?:candidate|applicant|name)[ \t]*\n[ \t]*$/i;

/** The next line one capitalised word alone: another column heading. */
const HEADING_WORD_BELOW = /^[ \t]*\n[ \t]*\p{Lu}\p{L}*[ \t]*(?:\n|$)/u;

function wordNameAfterCue(text: string, piece: readonly Token[]): boolean {
  const start = piece[0]!.start;
  const end = piece[piece.length - 1]!.end;
  if (!WORD_NAME_END.test(text.slice(end, end + 4))) return false;
  if (BY_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  // "Hi All,", "Hello Team,": a greeting's group, not a person.
  if (piece.length === 1 && GREETED_GROUPS.has(piece[0]!.text.toLowerCase())) return false;
  // "Candidate\nStage\nLocation": a table's column headings, one word a line, the label word above.
  if (
    piece.length === 1 &&
    HEADING_CUE_ABOVE.test(text.slice(Math.max(0, start - 24), start)) &&
    HEADING_WORD_BELOW.test(text.slice(end, end + 30))
  )
    return false;
  return (
    cueBefore(text, start) ||
    salutationBefore(text, start) ||
    GREETING_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  );
}
/** A greeting that opens its line right before the piece ("Hi Page,", "Hello Summer!"). */
const GREETING_BEFORE = /(?:^|\n)[ \t]*(?:Hi|Hello|Hey|Dear)[ \t]$/;
/** " and " and one or two capitalised words that end their phrase (a second person after a name). */
const AND_NAME = /^ and (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[,.;:!?)]|\r?\n|$| \p{Ll}))/u;

/** Greetings and thanks that open a message's line before the addressee's given name. */
const GREETINGS = new Set(['Hi', 'Hello', 'Hey', 'Dear', 'Thanks']);

/**
 * The given name after a greeting that opens its line, when the name is also a word of a resume's
 * sections and so ends every run ("Hi Page,", "Thanks Page, we will be in touch"): one word of the
 * name lexicons between the greeting and a comma or "!" (not a greeted group: "Hi All,").
 */
function greetedWordNames(
  text: string,
  toks: readonly Token[],
  capitals: readonly number[],
  out: Span[],
): void {
  for (const k of capitals) {
    const g = toks[k]!;
    if (k + 1 >= toks.length) break;
    const c = g.text.charCodeAt(0);
    if ((c !== 72 && c !== 68 && c !== 84) || !GREETINGS.has(g.text)) continue;
    const n = toks[k + 1]!;
    const after = text.charCodeAt(n.end);
    if (!textIs(text, g.end, n.start, ' ')) continue;
    if (after === 32) {
      greetedList(text, g, n.start, out);
      continue;
    }
    if (after !== 44 && after !== 33) continue;
    if (!TITLE_CASE.test(n.text) || !isBreaker(n) || GREETED_GROUPS.has(n.text.toLowerCase())) continue;
    const f = fold(n.text);
    if (!lexicon('nameCommon').has(f) && !lexicon('nameStrong').has(f)) continue;
    let i = g.start - 1;
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
    if (i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)
      out.push(nameSpan(n.start, n.end, 0.9));
  }
}

/** Two to four greeted people of one or two words, joined by commas, "and" or "&", before the greeting's comma or "!" ("Grace and Hope Rivers,"). */
const GREETED_LIST =
  /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:(?:,| and|, and| &) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?){1,3}[ \t]*[,!](?=[ \t]*(?:\r?\n|$)| )/uy;

/**
 * The people a greeting that opens its line names together ("Dear Grace and Hope,", "Hi Summer, Faith
 * and Joy!"): each a name of the lexicons or a word of no English list, none a greeted group ("Hi
 * Product and Design,", "Dear Friends and Family," stay).
 */
function greetedList(text: string, g: Token, at: number, out: Span[]): void {
  GREETED_LIST.lastIndex = at;
  const m = GREETED_LIST.exec(text);
  if (!m) return;
  let i = g.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return;
  const names: Span[] = [];
  for (const w of scanAll(m[0], GREETED_NAME)) {
    for (const word of w[0].split(' '))
      if (GREETED_GROUPS.has(fold(word)) || (isOrdinaryWord(word) && !nameClass(word))) return;
    names.push(nameSpan(at + w.index!, at + w.index! + w[0].length, 0.9));
  }
  out.push(...names);
}

/** Groups a message greets ("Hi All,", "Hello Team,", "Dear Friends,"). */
const GREETED_GROUPS = new Set([
  'all',
  'team',
  'everyone',
  'everybody',
  'folks',
  'friends',
  'colleagues',
  'there',
  'world',
  'friend',
  'guest',
  'reader',
  'family',
  'mom',
  'mum',
  'dad',
  'both',
]);

/** The Greek letters' names, which name fraternities, sororities and honour societies ("Sigma Phi Epsilon"). */
const GREEK_LETTERS = new Set(
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(
    ' ',
  ),
);

/**
 * Head nouns that open the names of organisations, charities and public bodies in Spanish, Portuguese,
 * French and Italian, before their subject ("Casa de los Niños", "Restos du Cœur", "Fundación Niños del
 * Sol", "Secours Populaire", "Hogar de Cristo", "Centro de Salud", "Banco de Alimentos"), and the words for a
 * company or a group ("Empresa Quellix", "Grupo Velmora").
 */
const ROMANCE_ORG_HEADS =
  'Fundación|Fundacion|Fundação|Fundacao|Fondation|Fondazione|Asociación|Asociacion|Associação|Associacao|Associazione|Hogar|Maison|Comedor|Albergue|Refugio|Secours|Restos|Movimiento|Mouvement|Movimento|Cooperativa|Coopérative|Collectif|Colectivo|Coletivo|Sociedad|Société|Società|Sociedade|Hermandad|Cofradía|Parroquia|Paroisse|Parrocchia|Paróquia|Iglesia|Église|Igreja|Chiesa|Patronato|Ayuntamiento|Mairie|Prefeitura|Comune|Banco|Banque|Centro|Centre|Casa|Instituto|Institut|Istituto|Obra|Œuvre|Amigos|Amis|Amici|Comité|Comitato|Comitê|Federación|Fédération|Federazione|Federação|Cámara|Chambre|Camera|Câmara|Junta|Liga|Ligue|Lega|Clínica|Clinique|Clinica|Hôpital|Ospedale|Hospital|Universidad|Colegio|Escola|Escuela|École|Empresa|Empresas|Entreprise|Azienda|Compañía|Companhia|Compagnie|Compagnia|Grupo|Groupe|Gruppo';
const ROMANCE_ORG_HEAD_SET = new Set(ROMANCE_ORG_HEADS.split('|'));
/** A preposition (and article) of those languages after a head noun: " de los ", " du ", " d'". */
const ROMANCE_OF =
  /^[ \u00a0](?:de|del|do|da|dos|das|du|des|di|della|dello|dei|degli|delle)(?:[ \u00a0](?:la|las|los|le|les|el|l['’]))?[ \u00a0]|^[ \u00a0]d['’]/u;
/** A head noun, up to two capitalised words, and perhaps a preposition, right before a piece ("Casa de los ", "Fundación "). */
const ROMANCE_ORG_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${ROMANCE_ORG_HEADS})(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}[ \\u00a0](?:(?:de|del|do|da|dos|das|du|des|di|della|dello|dei|degli|delle)(?:[ \\u00a0](?:la|las|los|le|les|el))?[ \\u00a0]|d['’])?$`,
  'u',
);

/**
 * True when the piece names an organisation in a Romance language: it opens with a head noun of
 * {@link ROMANCE_ORG_HEADS} (one that is also a name of the lexicons, "Casa", only before a preposition), or
 * follows one ("Niños" of "Casa de los Niños").
 */
function romanceOrganisation(text: string, piece: readonly Token[]): boolean {
  const first = piece[0]!;
  if (
    ROMANCE_ORG_HEAD_SET.has(first.text) &&
    (!nameClass(first) || ROMANCE_OF.test(text.slice(first.end, first.end + 12)))
  )
    return true;
  const c = text.charCodeAt(first.start - 1);
  if (c !== 32 && c !== 0xa0 && c !== 39 && c !== 0x2019) return false;
  return ROMANCE_ORG_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start));
}

/**
 * A venue's head noun right before a piece, one space between: restaurants, cafés and hotels take a
 * person's name after it ("Restaurant Daniel", "Brasserie Léon", "Hotel Sacher", "Café Anselm").
 */
export const VENUE_BEFORE =
  /(?<![\p{L}\p{M}])(?:Restaurant|RESTAURANT|Ristorante|Restaurante|Brasserie|Trattoria|Osteria|Taverna|Bistro|Bistrot|Café|Cafe|Hotel|HOTEL|Hôtel|Auberge|Pizzeria|Boulangerie|Pâtisserie|Patisserie|Chez) $/u;

/** {@link VENUE_BEFORE}'s head nouns. */
const VENUE_HEADS = new Set(
  'Restaurant RESTAURANT Ristorante Restaurante Brasserie Trattoria Osteria Taverna Bistro Bistrot Café Cafe Hotel HOTEL Hôtel Auberge Pizzeria Boulangerie Pâtisserie Patisserie Chez'.split(
    ' ',
  ),
);

/** True when a venue's head noun opens the piece or stands right before it, one space between. */
function venueName(text: string, piece: readonly Token[]): boolean {
  if (piece.length > 1 && VENUE_HEADS.has(piece[0]!.text)) return true;
  // The word before the space, read back by hand (most pieces have none of four to eleven letters that
  // starts with a capital: no slice, no regex).
  const e = piece[0]!.start - 1;
  if (text.charCodeAt(e) !== 32) return false;
  let b = e;
  while (b > 0 && b > e - 12) {
    const c = text.charCodeAt(b - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127)) break;
    b--;
  }
  const c0 = text.charCodeAt(b);
  return e - b >= 4 && e - b <= 11 && c0 >= 65 && c0 <= 90 && VENUE_HEADS.has(text.slice(b, e));
}

/**
 * Piper's (and Mooney's) aircraft after the maker's name ("Piper PA-28", "Piper Seneca", "Mooney M20J",
 * "Piper aircraft"): the maker is also a given name or a surname, so only a model, a model's name or an
 * aircraft's word after it makes it the maker.
 */
const PIPER_MODEL_AFTER =
  /^ (?:PA-?\d|[A-Z]{1,3}-?\d{1,3}[A-Z]?\b|\d{2,}|(?:Cub|Cherokee|Warrior|Archer|Arrow|Seneca|Seminole|Saratoga|Malibu|Navajo|Aztec|Comanche|Meridian|Dakota|Lance|Tomahawk|Apache|Twin Comanche|Chieftain|Cheyenne|M350|M500|M600)\b|(?:aircraft|airplanes?|aeroplanes?|twins?|singles?)\b)/;
/** An aircraft's word on a line, or another maker's ("Cessna", "Beechcraft"), that makes a lone "Piper" the maker. */
const AIRCRAFT_LINE =
  /aircraft|airplane|aeroplane|type[ -]rat|Cessna|Beechcraft|Cirrus|Diamond DA|Mooney|Embraer|Airbus|Boeing|Bombardier|multi-engine|single-engine|\bSEL\b|\bMEL\b/i;

/** True for "Piper" or "Mooney" naming the aircraft maker ({@link PIPER_MODEL_AFTER}, {@link AIRCRAFT_LINE}), not a person. */
function aircraftMaker(text: string, piece: readonly Token[]): boolean {
  const first = piece[0]!;
  if (first.text !== 'Piper' && first.text !== 'PIPER' && first.text !== 'Mooney') return false;
  if (PIPER_MODEL_AFTER.test(text.slice(first.end, first.end + 16))) return true;
  if (piece.length > 1) return false;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  const lineEnd = text.indexOf('\n', first.end);
  return AIRCRAFT_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

/** The word before an English judge's "Justice" ("Lord Justice", "Mrs Justice"). */
const JUDGE_TITLE_BEFORE = /(?:Lord|Lady|Mr|Mrs|Ms)\.? $/;

/** "St. " or "Ste. " right before a word: a saint's abbreviation. */
const SAINT_BEFORE = /(?<![\p{L}\p{M}])Ste?\. $/u;
/** True when the token is "St" or "Ste" and a dot, a space and a capital follow it ("St. Luke's"). */
function saintAfter(text: string, t: Token): boolean {
  return (
    (t.text === 'St' || t.text === 'Ste') &&
    text.charCodeAt(t.end) === 46 &&
    text.charCodeAt(t.end + 1) === 32 &&
    isUpperAt(text, t.end + 2)
  );
}

/**
 * Military ranks' abbreviations as US and Commonwealth resumes write them before a name, in capitals
 * or in their own case ("SSG", "SFC", "1SG", "CPT", "LTC", "SSgt", "GySgt", "LCpl", "SrA"); not the
 * two-letter ones that read as initials ("MG", "BG", "LT").
 */
const MILITARY_RANKS = new Set(
  `PVT PFC SPC CPL SGT SSG SFC MSG 1SG SGM CSM 2LT 1LT CPT MAJ LTC COL LTG SSGT TSGT MSGT SMSGT CMSGT GYSGT LCPL
  A1C SRA CPO SCPO MCPO LCDR CDR CAPT LTJG Pvt Pfc Spc Cpl Sgt SSgt TSgt MSgt SMSgt CMSgt GySgt LCpl SrA Capt Maj
  Ltc Col Cmdr Lcdr`.split(/\s+/),
);

/**
 * A header line of a tool's word that is a given name of the lexicons, then one or two words that are
 * names of the lexicons or no words at all, in Title Case ("Crystal Nguyen-Tran", "Ada Lovegood",
 * "Scala Brightwater"); no role, section or organisation's word, no place ("Ruby Developer", "Crystal Clear").
 */
function toolNameFirst(text: string, inSeg: readonly Token[]): boolean {
  if (inSeg.length < 2 || inSeg.length > 3 || !toolWordName(inSeg[0]!.text)) return false;
  for (let k = 1; k < inSeg.length; k++) {
    const t = inSeg[k]!;
    const f = fold(t.text);
    if (!TITLE_CASE.test(t.text.replace(/-/g, '')) && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(t.text))
      return false;
    if (ROLE_WORDS.has(f) || SECTIONS.has(f) || TECH.has(f) || isOrgTail(t)) return false;
    if (nameClass(t) === null && (isOrdinaryWord(t) || looksLikeWord(t.text) || isPlaceName(t))) return false;
  }
  return !isPlaceName(text.slice(inSeg[0]!.start, inSeg[inSeg.length - 1]!.end));
}

/**
 * True for a plural in "-s" of an ordinary word that the word lists lack ("Tags": "tag"); not "-ss"
 * ("Ross"), not a word of three letters or fewer ("Jas").
 */
function pluralOfWord(word: Token | string): boolean {
  const w = typeof word === 'string' ? word : word.text;
  return w.length > 3 && /[^sS'’][sS]$/u.test(w) && isOrdinaryWord(w.slice(0, -1));
}

/** Score of a candidate piece of tokens (particles and initials included), or 0. */
function scorePiece(text: string, piece: Token[], parts: Part[]): number {
  // One pass over the core words (name or capitals), counting what the rules below ask about
  // (whether they are all in capitals is asked after it, only where the score depends on it).
  let core = 0;
  let strong = 0;
  let known = 0;
  let ordinary = 0;
  let places = 0;
  let initials = 0;
  let greek = 0;
  // Plurals of ordinary words that the lexicons lack ("Tags"), no name of the lexicons ("Banks", "Brooks").
  let plurals = 0;
  for (let k = 0; k < piece.length; k++) {
    if (parts[k] === 'initial') initials++;
    if (parts[k] !== 'name' && parts[k] !== 'caps') continue;
    const t = piece[k]!;
    const w = bare(t);
    const cls = nameClass(w);
    core++;
    if (cls === 'strong') strong++;
    if (cls) known++;
    // (A tool's word that opens a piece is a given name there: toolGivenName let it open it.)
    if (isOrdinaryWord(w) && !(k === 0 && isBreaker(t) && toolWordName(t.text))) ordinary++;
    else if (!cls && pluralOfWord(w)) plurals++;
    if (isPlaceName(w)) places++;
    if (GREEK_LETTERS.has(t.text.toLowerCase())) greek++;
  }
  if (!core) return 0;
  // "Sigma Phi Epsilon", "Omega Psi Phi", "Kappa Alpha Theta": a society's name of Greek letters.
  if (greek === core && core >= 2) return 0;
  // "S.-E. Asia": a hyphen joins the initials of a given name only where they open the name ("J.-P.").
  if (initials >= 2 && strayHyphen(text, piece)) return 0;
  // ("Dr.-Ing.", "Dipl.-Ing.": a degree's abbreviation after the cue's letters is no name.)
  // (After a cue, a name of ordinary words counts where each is a name of the lexicons: "Best,\nHope",
  // "Reference: Will Young".)
  if (
    // ("Candidate Tags", a list's column heading: a plural of a word after the cue is no name.)
    (ordinary + plurals < core || (known === core && core <= 3 && wordNameAfterCue(text, piece))) &&
    (cueBefore(text, piece[0]!.start) ||
      (known > 0 && salutationBefore(text, piece[0]!.start)) ||
      authorityAcronym(text, piece)) &&
    !degreeAbbreviation(text, piece) &&
    !orgWordAfter(text, piece[piece.length - 1]!.end)
  )
    return 0.9;
  if (ordinary && strong === 0) return 0;
  if (core >= 2) {
    const caps = coreInCaps(piece, parts);
    // "RORY DELACOURT" alone on its line (a page's heading, a resume shown in an ATS): a given name of
    // the lexicons and no ordinary word or place, the line nothing but the name.
    if (strong >= 1)
      return !caps ? 0.85 : !ordinary && !places && core <= 4 && lineIsPiece(text, piece) ? 0.85 : 0.35;
    if (known >= 1) return caps ? 0.5 : 0.65;
    return caps ? 0 : 0.5;
  }
  if (places) return 0;
  if (strong && initials) return 0.75;
  // "Z.Q. Lindqvist", "J.-P. Marchetti": initials written together or joined by a hyphen before one
  // word that may be a surname (no English word, tool, role or section; ordinary words ended above).
  if (initials && joinedInitials(text, piece, parts) && surnameOrUnknown(bare(piece[piece.length - 1]!)))
    return 0.75;
  // "along the Thames.", "across the Severn,": one name word after a lower-case "the", ending its phrase,
  // names a river, a place or a thing, not a person ("the Dane County", "the Curtis and Edith …" go on).
  if (
    strong &&
    !coreInCaps(piece, parts) &&
    !signOffAfter(text, piece[piece.length - 1]!.end) &&
    !(lowerTheBefore(text, piece[0]!.start) && phraseEndAt(text, piece[piece.length - 1]!.end)) &&
    !mailLabel(text, piece)
  )
    return 0.55;
  return 0;
}

/**
 * True when an organisation's word follows `end` after one space: the cued run opens a company's
 * name ("Thanks,\nAcme Analytics GmbH", a recruiter signing for the firm), not a person's.
 */
function orgWordAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  LETTERS_AT.lastIndex = end + 1;
  const m = LETTERS_AT.exec(text);
  if (m === null || !/^\p{Lu}/u.test(m[0])) return false;
  if (isOrgTail(m[0]) || isHigherInstitutionWord(m[0])) return true;
  // "Dr. A.P.J. Abdul Kalam Technical University", "Dr. B.R. Ambedkar Open University": an institution
  // named after a person, one word between the name and the institution word.
  const next = LETTERS_AT.lastIndex;
  if (text.charCodeAt(next) !== 32) return false;
  LETTERS_AT.lastIndex = next + 1;
  const n = LETTERS_AT.exec(text);
  return n !== null && /^\p{Lu}/u.test(n[0]) && isHigherInstitutionWord(n[0]);
}
const LETTERS_AT = /\p{L}+/uy;
/**
 * True when a sign-off word ({@link SIGN_OFFS}) follows `end` after one space: the word before it
 * opens the sign-off ("Viele Grüße", "Un saludo", "Vänliga hälsningar"), though name lists hold it.
 */
function signOffAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  LETTERS_AT.lastIndex = end + 1;
  const m = LETTERS_AT.exec(text);
  return m !== null && SIGN_OFFS.has(fold(m[0]));
}

/** True when every core word (name or capitals) of the piece is in capitals. */
function coreInCaps(piece: Token[], parts: Part[]): boolean {
  for (let k = 0; k < piece.length; k++)
    if ((parts[k] === 'name' || parts[k] === 'caps') && !isAllCaps(piece[k]!.text)) return false;
  return true;
}

/**
 * True when a run without a first name of the lexicon mixes a 3-4 letter acronym with Title Case
 * words, or ends in "AI", as product companies name themselves ("Fabrikam AI", "Contoso AI").
 */
function acronymInRun(piece: Token[]): boolean {
  if (piece.length < 2) return false;
  // ("AI" in capitals is the acronym, not the Japanese given name "Ai".)
  const ai = piece[piece.length - 1]!.text === 'AI' ? piece[piece.length - 1] : undefined;
  const acronym = ai !== undefined || piece.some((t) => /^[A-Z]{3,4}$/.test(t.text) && !nameClass(t));
  const title = piece.some((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
  // ("HEC Paris", "BHS Linz": a town that is also a given name does not make the run a person.)
  return acronym && title && !piece.some((t) => t !== ai && nameClass(t) === 'strong' && !isPlaceName(t));
}

/** Degree abbreviations that look like given names after an initial ("M. Ed.", "M. Phil", "Ed. D"). */
/** Degrees and credentials written in capitals, which a name's part found again must not be. */
const CREDENTIAL_LETTERS = new Set(
  'JD MD MBA PhD BA MA MS BS BSc MSc LLB LLM MPH MPA BE ME DDS DVM RN CPA CFA PE PMP BBA BCA MCA MFA EdD DO PA NP'.split(
    ' ',
  ),
);
const DEGREE_ABBR = /^(?:Ed|Phil|Tech|Sc|Com|Arch|Pharm|Des|Lib|Mus|Div|Eng|Litt|Th|Sci|Admin|Tech|Ing)$/;
/**
 * What stands before such an abbreviation in a degree: an initial ("M. Ed."), German "Dipl.-" and "Dr.-"
 * ("Dipl.-Ing.", "Dr.-Ing."), or another degree ("M.Sc. Eng.").
 */
const DEGREE_ABBR_BEFORE = /(?:\b[ABDM]\.\s?|\b(?:Dipl|Dr)\.-|\b[BM]\.\s?Sc\.\s)$/;
/** Abbreviated subjects of degrees ("Chem. Eng.", "Mech. Eng.", "Elec. Eng.", "Comp. Sci.", "Bus. Admin."). */
const SUBJECT_ABBR =
  /^(?:Chem|Mech|Elec|Electr|Civ|Comp|Bus|Ind|Aero|Biomed|Env|Envir|Mat|Mgmt|Info|Petr|Struct|Mfg|Nucl|Agric|Econ|Math|Phys|Stat|Eng|Sci|Admin|Tech)$/;
/** Another dotted abbreviation right before or after one ("Chem. " before "Eng.", " Eng." after "Mech."). */
const SUBJECT_ABBR_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{1,5}\.\s$/u;
const SUBJECT_ABBR_AFTER = /^\s\p{Lu}\p{Ll}{1,5}\.(?!\p{L})/u;
/** French honours after "mention" on a diploma ("mention Très Bien", "mention Assez Bien"). */
const HONOURS = new Set(['Très', 'TRÈS', 'Bien', 'BIEN', 'Assez', 'ASSEZ', 'Honorable', 'HONORABLE']);

function degreeAbbreviation(text: string, piece: Token[]): boolean {
  const first = piece[0]!;
  if (
    piece.every((t) => HONOURS.has(t.text)) &&
    /\bmention $/i.test(text.slice(Math.max(0, first.start - 8), first.start))
  )
    return true;
  // "Chem. Eng.", "Mech. Eng.", "Comp. Sci.": a subject's and a degree's abbreviations, each with its
  // dot, next to another such abbreviation.
  if (
    piece.every(
      (t) => (DEGREE_ABBR.test(t.text) || SUBJECT_ABBR.test(t.text)) && text.charCodeAt(t.end) === 46,
    ) &&
    (piece.length > 1 ||
      SUBJECT_ABBR_BEFORE.test(text.slice(Math.max(0, first.start - 9), first.start)) ||
      SUBJECT_ABBR_AFTER.test(text.slice(first.end + 1, first.end + 10)))
  )
    return true;
  const word = piece.find((t) => DEGREE_ABBR.test(t.text));
  if (!word) return false;
  if (DEGREE_ABBR_BEFORE.test(text.slice(Math.max(0, word.start - 8), word.start))) return true;
  if (/^\.\s?D\b/.test(text.slice(word.end, word.end + 4))) return true;
  return piece.length === 2 && /^[ABDM]$/.test(first.text) && word === piece[1];
}

/**
 * Degree words across languages (Spanish, Italian, Portuguese, French, German, English): a
 * capitalised run right after one and a preposition is the degree's subject ("Grado en Ingeniería
 * Informática", "Laurea in Ingegneria Gestionale", "Mestrado em Engenharia Civil").
 */
const DEGREE_WORDS =
  "grado|licenciatura|licenciado|licenciada|licence|laurea|m[aá]ster|masters?|master['’]s|maestr[ií]a|mestrado|doctorado|dottorato|doctorat|doutorado|doutoramento|diplomatura|diploma|dipl[oô]me|diplom|bachelors?|bachelor['’]s|bacharelado|bachillerato|graduad[oa]|t[ií]tulo|ingenier[ií]a|ingegneria|engenharia|studium|degree|doctorate|ph\\.?d|[bm]\\.?sc|mba|specialization|specialisation|especializaci[oó]n|posgrado|postgrado|p[oó]s-gradua[cç][aã]o|postgraduate";
const DEGREE_PREPS = 'en|in|di|de|del|em|of|der|des|du|im|da|do|na|no';
const JOB_PREPS = 'de|del|di|della|delle|dei|degli|du|des|der|für|en|in|da|do|van';
/** A degree word, up to three words ("of Science", "Magistrale", "Universitario"), then a preposition, before a position. */
const DEGREE_SUBJECT_BEFORE = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:${DEGREE_WORDS})(?:[ -][\\p{L}'’.]+){0,3} (?:${DEGREE_PREPS}) )`,
  'iuy',
);
/**
 * Job words of European languages before a preposition: the run after them is the job's field ("Jefe
 * de Proyecto", "Chef de Projet Informatique", "Responsable de Ventas", "Leiter der Entwicklung").
 */
const JOB_WORDS =
  'jef[ea]|chef|responsabile|responsable|director[a]?|directeur|directrice|gerente|ingenier[oa]|ingegnere|ing[eé]nieur|t[eé]cnic[oa]|consultor[a]?|analista|especialista|coordinador[a]?|coordinatore|coordinatrice|charg[eé]e?|leiter(?:in)?|referent(?:in)?|medewerker|mitarbeiter(?:in)?';
const JOB_SUBJECT_BEFORE = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:${JOB_WORDS})(?: [\\p{L}'’.]+){0,2} (?:${JOB_PREPS}) )`,
  'iuy',
);
/** The prepositions that end both look-behinds above, in lower case ({@link prepositionBefore}). */
const SUBJECT_PREPS = new Set([...DEGREE_PREPS.split('|'), ...JOB_PREPS.split('|')]);
const MAX_PREP = Math.max(...[...SUBJECT_PREPS].map((p) => p.length));

/**
 * False when neither {@link DEGREE_SUBJECT_BEFORE} nor {@link JOB_SUBJECT_BEFORE} can match at `at`
 * (text[at - 1] being a space): both end with " (?:preposition) ". A word of ASCII characters is
 * compared in lower case (under /iu an ASCII letter of the text matches only itself in either
 * case); a word with any other character is left to the patterns ("für"; "ſ" matches "s" under /iu).
 */
function prepositionBefore(text: string, at: number): boolean {
  const e = at - 1;
  let b = e;
  while (b > 0 && e - b < MAX_PREP && text.charCodeAt(b - 1) !== 32) b--;
  if (b === e || b === 0 || text.charCodeAt(b - 1) !== 32) return false;
  for (let i = b; i < e; i++) if (text.charCodeAt(i) >= 128) return true;
  return SUBJECT_PREPS.has(text.slice(b, e).toLowerCase());
}
const JOB_WORD = new RegExp(`^(?:${JOB_WORDS})$`, 'iu');
const DEGREE_WORD = new RegExp(`^(?:${DEGREE_WORDS})$`, 'iu');
/** A preposition and a capitalised word after a degree word ("Grado en Ingeniería"). */
const SUBJECT_AFTER = new RegExp(` (?:${DEGREE_PREPS}) \\p{Lu}`, 'uy');

/**
 * Job words in several languages, also inside German and Dutch compounds ("Softwareentwickler",
 * "Projektleiter", "Projectleider"); Turkish and Polish ones as whole words ("Yazılım Mühendisi",
 * "Proje Yöneticisi", "Starszy Analityk"), since "uzman" also ends "Guzman".
 */
const JOB_LINE =
  /(?:engineer|developer|manager|director|officer|analyst|consultant|architect|administrator|specialist|designer|scientist|researcher|intern|lead|leader|head of|associate|assistant|coordinator|representative|accountant|advisor|adviser|technician|programmer|tester|executive|founder|owner|president|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|praktikant(?:in)?|werkstudent(?:in)?|ingenier[oa]|desarrollador|desarrolladora|jef[ea]|gestora?|gerente|analista|consultor|consultora|responsable|t[eé]cnic[oa]|desenvolvedora?|engenheir[oa]|diretora?|directora|coordenadora?|coordinadora?|l[ií]der|d[eé]veloppeur|d[eé]veloppeuse|ing[eé]nieure?|charg[eé]e?|stagiaire|sviluppatore|sviluppatrice|ingegner[ea]|programador[a]?|programmat(?:ore|rice)|analyste|directrice|cheffe|consulente|responsabile|ontwikkelaar|medewerker|leider|stagiair|adviseur|beheerder|analist|docent|co[öo]rdinator|utvecklare|konsult|(?<![\p{L}])(?:m[üu]hendis(?:i)?|y[öo]netici(?:si)?|m[üu]d[üu]r[üu]?|uzman[ıi]?|geli[şs]tirici(?:si)?|dan[ıi][şs]man[ıi]?|analityk|specjalist(?:a|ka)|kierownik|in[żz]ynier|programist(?:a|ka)))s?(?![\p{L}])/iu;
/** A person's headline names the employer after the job ("Engineering Manager at Northwind Cloud"). */
const HEADLINE = / (?:at|@|bei|chez|presso) \p{Lu}/u;
/**
 * A date range or an open start of a job ("Jan 2020 – Present", "2016 – 2020", "03/2018 - 12/2019", "seit 2019").
 * (The leading `(?=[\s\S])` changes no match, since every match holds a year, but it keeps V8 from
 * building its skip table over the optional month names: for a two-byte text, one with a "•" or a
 * curly quote, compiling the pattern took 300–600 ms without it, 30–40 ms with it, once a page.)
 */
export const DATE_RANGE =
  /(?=[\s\S])(?:(?:^|[^\p{L}\d])(?:\p{L}{3,10}\.?\s|\d{1,2}[./])?(?:19|20)\d{2}\s?(?:[–—-]|to|bis|a|al|à)\s?(?:(?:\p{L}{3,10}\.?\s|\d{1,2}[./])?(?:19|20)\d{2}|present|current|now|today|date|heute|jetzt|actualidad|actual|atual|presente|hoy|hoje|oggi|attuale|aujourd'hui|pr[eé]sent|heden|nu|halen|obecnie))|(?:since|seit|desde|depuis|dal|sinds)\s(?:\p{L}{3,10}\.?\s|\d{1,2}[./])?(?:19|20)\d{2}/iu;
/** A year on its own ("2012", "Summer 2010"). */
const YEAR_IN = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** A season before a year ("Summer 2010", "Fall 2019"): a date, not a given name. */
const SEASON_YEAR =
  /^(?:Spring|Summer|Autumn|Fall|Winter|SPRING|SUMMER|AUTUMN|FALL|WINTER)[ \t](?:19|20)\d\d(?!\d)/;
/** Contact details: an e-mail or a phone number (seven digits or more in a row, spaces allowed). */
export const CONTACT = /@|(?:\d[\s./-]?){7}/;
/** A range of years or of months and years ("2015-2020", "03/2018-12/2019"): no phone's digits. */
const YEAR_RANGES = /(?<!\d)(?:\d{1,2}[./])?(?:19|20)\d\d\s?[–—-]\s?(?:\d{1,2}[./])?(?:19|20)\d\d(?!\d)/g;
/** {@link CONTACT} in a line, its ranges of years left out ("Nurse, Kaiser Permanente, 2015-2020" holds none). */
function hasContact(line: string): boolean {
  if (!CONTACT.test(line)) return false;
  return line.includes('@') || CONTACT.test(line.replace(YEAR_RANGES, ' '));
}

/** Longest line read around a job entry: longer ones are prose. */
const MAX_LINE = 160;

/**
 * The line around `at`, [start, end) without its line break, or null when it runs on for more than
 * MAX_LINE characters on either side (read no further: each piece's look stays bounded).
 */
function lineAround(text: string, at: number): [number, number] | null {
  let a = at;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) if (at - --a > MAX_LINE) return null;
  let b = at;
  while (b < text.length && text.charCodeAt(b) !== 10) if (++b - at > MAX_LINE) return null;
  return [a, b];
}

/** What may open an employer's own line before it: a bullet, or the entry's dates ("2018 – 2021   Mott MacDonald"). */
const EMPLOYER_LINE_LEAD =
  /^[\s•·*>–-]*(?:(?:\p{L}{3,10}\.?\s)?[\d/.]{4,10}\s?[–—-]\s?(?:(?:\p{L}{3,10}\.?\s)?[\d/.]{4,10}|[Pp]resent|[Cc]urrent)[\s:|]{1,12})?$/u;

/**
 * True when the piece is an employer on a line of its own in a job entry ("Monzo\nSenior Backend
 * Engineer\nJan 2020 – Present", "Senior Backend Engineer\nQuintaro\nMar 2018 – Dec 2019"): the line
 * holds the piece (after a bullet; then a place or dates, no sentence), a line next to it is a job
 * title with no employer after it (a person's headline has one, "Engineering Manager at Northwind"),
 * and a date range is on that line or within two lines. Not the first line of the text (the
 * candidate's name), nor a line with contact details after it (a header or a referee).
 */
export function employerLine(text: string, start: number, end: number): boolean {
  const line = lineAround(text, start);
  if (!line) return false;
  const [a, b] = line;
  if (a === 0 || !EMPLOYER_LINE_LEAD.test(text.slice(a, start))) return false;
  const rest = text.slice(end, b);
  if (rest.trim() && !/^\s?[,|·•–—(-]/.test(rest)) return false;
  if (/\s\p{Ll}/u.test(rest)) return false;
  // Not the first line with text (the blank lines above it are read back to the first character).
  let p = a - 1;
  while (p >= 0 && text.charCodeAt(p) <= 32) p--;
  if (p < 0) return false;
  // Up to two lines on each side.
  const before: string[] = [];
  for (let e = a - 1, k = 0; k < 2 && e > 0; k++) {
    const l = lineAround(text, e);
    if (!l) break;
    before.unshift(text.slice(l[0], e));
    e = l[0] - 1;
  }
  const after: string[] = [];
  for (let s = b + 1, k = 0; k < 2 && s <= text.length && b < text.length; k++) {
    const l = lineAround(text, s);
    if (!l) break;
    after.push(text.slice(s, l[1]));
    if (l[1] >= text.length) break;
    s = l[1] + 1;
  }
  const prev = before[before.length - 1] ?? '';
  if (hasContact(prev) || after.some((l) => hasContact(l))) return false;
  const job = (l: string | undefined) => !!l && l.length <= 80 && JOB_LINE.test(l) && !HEADLINE.test(l);
  if (!job(prev) && !job(after[0])) return false;
  return [...before, text.slice(a, b), ...after].some((l) => DATE_RANGE.test(l));
}

/**
 * A job title and a separator before the piece on its line ("Warehouse Supervisor — ", "Graduate
 * Engineer, "), perhaps after the entry's dates ("08/2015 – Present   Truck Driver, ").
 */
const JOB_THEN_SEPARATOR =
  /^[\s•·*>–-]*(?:[\d/.]{4,10}\s?[–—-]\s?(?:[\d/.]{4,10}|Present|Current|atual|actual|actualidad|heute|oggi|presente|hoje|hoy|aujourd'hui)\s?:?\s{1,12})?[\p{Lu}][^\n]{0,70}?(?:(?:,|\s[|–—-])\s{1,3}|[^\s]\t{1,2})$/u;
/** Job words of resumes that {@link JOB_LINE} leaves out (trades, care, teaching, retail, law). */
const MORE_JOB_WORDS =
  /(?:(?:audit|tax|assurance|accounts) senior|controller|comptroller|treasurer|supervisor|operator|nurse|teacher|clerk|cashier|attendant|driver|mechanic|electrician|worker|cook|chef|agent|auditor|editor|writer|producer|paralegal|attorney|solicitor|barrister|partner|fellow|instructor|tutor|lecturer|professor|adjunct|therapist|pharmacist|physician|surgeon|dentist|librarian|coach|trainer|apprentice|trainee|receptionist|secretary|bookkeeper|buyer|planner|estimator|surveyor|inspector|officer|member)s?(?![\p{L}])/iu;
/** True when the text names a job (a job word of {@link JOB_LINE} or of the trades and services). */
export function namesJob(s: string): boolean {
  return JOB_LINE.test(s) || MORE_JOB_WORDS.test(s);
}

/**
 * False when {@link JOB_THEN_SEPARATOR} cannot match the text before `start` on its line: it ends
 * with one to three white spaces after a comma, or after a bar or a dash that white space precedes.
 * Read in place, before the line is found and sliced (most pieces follow a word and one space, or
 * start their line). A run of white space longer than three, or reaching back past the line's start,
 * leaves no match either.
 */
function separatorBefore(text: string, start: number): boolean {
  let r = 0;
  while (r < 4 && start - r > 0 && isSpaceCode(text.charCodeAt(start - r - 1))) r++;
  if (r === 0 || r > 3) return false;
  const c = text.charCodeAt(start - r - 1);
  if (c === 44) return true;
  // ("Graduate Engineer\tBalfour Beatty\t2010 – 2012": a table's tab after the job's cell.)
  if (r <= 2 && text.charCodeAt(start - 1) === 9 && !isSpaceCode(c)) return true;
  return (
    (c === 124 || c === 0x2013 || c === 0x2014 || c === 45) && isSpaceCode(text.charCodeAt(start - r - 2))
  );
}

/**
 * What may follow the piece on its line: the rest of the employer's name ("Schneider National", whose
 * ordinary word ends the piece), then a separator, a bracketed date, or the line's end.
 */
/** A comma and a town that end the line after an employer (", Nottingham"). */
const TOWN_AFTER = /^,[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]*$/u;
/** A date that opens a line: a month and a year, a year, or a month's number and a year ("Mar 2015", "03/2018"). */
const DATE_OPENS = /^[ \t]*(?:\p{L}{3,10}\.?[ \t]|\d{1,2}[./])?(?:19|20)\d\d(?!\d)/u;
const AFTER_EMPLOYER = /^(?: \p{Lu}[\p{L}&.'’-]*){0,2}(?:\s*$|,|\s{0,3}[|–—(]|\s-\s|\s{2}|\t)/u;

/**
 * True when the piece is the employer of a job entry written on one line after the job title
 * ("Warehouse Supervisor — Costco Wholesale, West Sacramento, CA (2015 to Present)", "Graduate
 * Engineer, Mott MacDonald, Coventry (Sep 2015 – Sep 2017)"): the line starts with a job title and a
 * separator, the piece ends at a separator or the line's end, and a date range is on that line or
 * on the next two ('line' or 'next'). Not on a line with contact details (a referee: "Hiring Manager,
 * Jane Doe, 555-0100").
 */
export function employerAfterJob(text: string, start: number, end: number): 'line' | 'next' | false {
  if (!separatorBefore(text, start)) return false;
  const line = lineAround(text, start);
  if (!line) return false;
  const [a, b] = line;
  if (a === 0) return false;
  const before = text.slice(a, start);
  if (!JOB_THEN_SEPARATOR.test(before) || HEADLINE.test(before)) return false;
  if (!namesJob(before)) return false;
  const rest = text.slice(end, b);
  if (!AFTER_EMPLOYER.test(rest)) return false;
  const whole = text.slice(a, b);
  if (hasContact(whole)) return false;
  if (DATE_RANGE.test(whole)) return 'line';
  // "Intern, Hargreaves Lansdown, Bristol, Summer 2010": one year on the line does under a resume's
  // experience heading.
  if (YEAR_IN.test(whole) && experienceAbove(text, a)) return 'line';
  // "Bus Driver, Trent Barton, Nottingham\nMar 2015 – Jun 2019": the job, the employer and its town,
  // then the entry's dates opening the next line; a referee's line names no town after the name, and
  // a date under it ends no referee's entry.
  const town = TOWN_AFTER.exec(rest);
  if (town && isPlaceName(town[1]!) && b + 1 < text.length && DATE_OPENS.test(text.slice(b + 1, b + 40)))
    return 'line';
  for (let s = b + 1, k = 0; k < 2 && s < text.length; k++) {
    const l = lineAround(text, s);
    if (!l) return false;
    const next = text.slice(s, l[1]);
    if (hasContact(next)) return false;
    if (DATE_RANGE.test(next)) return 'next';
    s = l[1] + 1;
  }
  return false;
}

/**
 * The separator after an employer that opens its line, then the job's field up to the next separator
 * or a date ("Atkins — Senior Engineer, Jan 2018", "WSP Parsons Brinckerhoff, Graduate Engineer 2014").
 */
const EMPLOYER_THEN_JOB =
  /^(?: \p{Lu}[\p{L}&.'’-]*){0,2}(?:,[ \t]|[ \t]{1,3}[|–—][ \t]|[ \t]-[ \t]|[ \t]{2,}|\t)[ \t]*(\p{Lu}[^\n,|–—(\t]{2,60}?)(?=[ \t]*(?:$|[,|–—(\t]|[ \t]-[ \t]|[ \t]{2}|(?:\p{L}{3,10}\.?[ \t]|\d{1,2}[./])?(?:19|20)\d\d))/u;

/**
 * True when the piece is the employer that opens a dated job line, the job's title after it ("Atkins —
 * Senior Engineer, Jan 2018 – Mar 2021", "WSP Parsons Brinckerhoff, Graduate Engineer 2014 – 2016"), as
 * resumes that lead with the employer write an entry: the piece starts its line (after a bullet), a
 * separator and a job's title follow it, and a date range is on the line. Not the text's first line
 * (the candidate's name and headline) nor a line with contact details (a referee's).
 */
function jobAfterEmployer(text: string, start: number, end: number): boolean {
  const line = lineAround(text, start);
  if (!line || line[0] === 0) return false;
  for (let i = line[0]; i < start; i++) {
    const c = text.charCodeAt(i);
    if (!(isSpaceCode(c) || c === 0x2022 || c === 0xb7 || c === 42 || c === 62 || c === 45 || c === 0x2013))
      return false;
  }
  const m = EMPLOYER_THEN_JOB.exec(text.slice(end, line[1]));
  if (!m || !namesJob(m[1]!)) return false;
  const whole = text.slice(line[0], line[1]);
  return DATE_RANGE.test(whole) && !hasContact(whole);
}

/** Words of an experience section's heading ("Teaching Experience", "Employment History"). */
const EXPERIENCE_WORDS = new Set([
  'experience',
  'experiences',
  'employment',
  'berufserfahrung',
  'experiencia',
]);
/** Lines read back for a heading above a job entry. */
const HEADING_LINES = 60;
/** A heading's words: one to five, perhaps "&" between them and a colon after. */
const SECTION_HEADING = /^[ \t#*•]*(\p{L}+(?:[ \t]+(?:\p{L}+|&)){0,4})[ \t]*:?[ \t]*$/u;

/**
 * True when the nearest section heading above `at` (within {@link HEADING_LINES} lines) is a resume's
 * experience section: a short line of words, one an experience word ("EXPERIENCE", "Teaching
 * Experience", "Employment History"), or a line of section words only ({@link SECTIONS}) with "work" or
 * "career" ("Work History", "Career History"). Another heading ("EDUCATION", "REFERENCES") nearer above
 * answers false. Asked only for a run already read as a job entry's employer.
 */
function experienceAbove(text: string, at: number): boolean {
  let end = text.lastIndexOf('\n', at - 1);
  for (let n = 0; n < HEADING_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const m = end - start <= 48 ? SECTION_HEADING.exec(text.slice(start, end)) : null;
    if (m) {
      let section = true;
      let work = false;
      for (const w of m[1]!.split(/[ \t]+/)) {
        const f = fold(w);
        if (EXPERIENCE_WORDS.has(f)) return true;
        if (f === 'work' || f === 'career') work = true;
        else if (!SECTIONS.has(f) && f !== '&' && f !== 'and' && f !== 'of') section = false;
      }
      if (section) return work;
    }
    end = start - 1;
  }
  return false;
}

/**
 * A plural of firms, perhaps with "such as" or "including", and up to three firms before the piece, each
 * after a comma, "and" or "&" ("consultants Dar Al-Handasah and ", "clients including Arup, "): the
 * piece is one more firm. Read on at most 90 characters before it.
 */
const FIRMS_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:consultants|contractors|subcontractors|sub-contractors|clients|vendors|suppliers|firms|companies|employers|insurers|lenders|banks|consultancies|agencies)(?:[ \t](?:such as|including|like|incl\.))?[ \t](?:\p{Lu}[\p{L}\p{M}&.'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}&.'’-]*){0,3}(?:,[ \t]|,?[ \t](?:and|&)[ \t])){0,3}$/u;

function firmsNounBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  return FIRMS_NOUN_BEFORE.test(text.slice(Math.max(0, start - 90), start));
}

/**
 * A referee's line up to the piece: the referee's name (two to four capitalised words, perhaps after a
 * list number or an honorific), a comma or a dash, the referee's job title and a comma or a dash.
 */
const REFEREE_THEN_JOB =
  /^[ \t•·*>–-]*(?:\d{1,2}[.)][ \t]*)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t])?\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){1,3}(?:,|[ \t][–—-])[ \t]([^,\n|–—]{3,60}?)(?:,|[ \t][–—-])[ \t]{1,3}$/u;

/**
 * True when the piece is the employer on a referee's line, after the referee's name and job title
 * ("Karen Whitfield, Nurse Manager, Mount Carmel East - 614-555-0177", "Mr. Paul Ashworth, Head of
 * Department, Kroger, 0113 496 0123"): the line's contact details belong to the referee, and the
 * run that follows the job title is where the referee works. The piece ends at a separator or the line's end.
 */
export function refereeEmployer(text: string, start: number, end: number): boolean {
  if (!separatorBefore(text, start)) return false;
  const line = lineAround(text, start);
  if (!line) return false;
  const m = REFEREE_THEN_JOB.exec(text.slice(line[0], start));
  if (!m || !namesJob(m[1]!)) return false;
  return AFTER_EMPLOYER.test(text.slice(end, line[1]));
}

/** Vietnamese middle names that never end a name ("Thị", "Văn"), as written and in capitals. */
const VIETNAMESE_MIDDLE = new Set(['Thị', 'THỊ', 'Văn', 'VĂN']);
/**
 * True when toks[j] is a Vietnamese middle name inside a name (after the surname) and toks[j + 1] a
 * short capitalised syllable: the given name, even where it reads as a word ("Thu", "Mai", "Tám").
 */
function afterVietnameseMiddle(toks: readonly Token[], j: number): boolean {
  if (j < 1) return false;
  const t = toks[j]!;
  const next = toks[j + 1]!.text;
  return VIETNAMESE_MIDDLE.has(t.text) && next.length <= 6 && !next.includes('-');
}

/** A letter that only Vietnamese writes among Latin scripts (đ, ơ, ư, ĩ, ũ and the letters from U+1EA0 on: "ạ", "ế", "ự"). */
const VIETNAMESE_LETTER = /[\u1EA0-\u1EF9đĐơƠưƯĩĨũŨ]/u;
/** Vietnamese kinship pronouns that address or name a person before a given name ("anh Tuấn", "chị Mai"). */
const VIETNAMESE_KIN = new Set(['anh', 'chị', 'em', 'ông', 'bà', 'cô', 'chú', 'bác', 'bạn', 'thầy']);
/**
 * Section headings of Vietnamese CVs, lower case (personal information, education, experience, skills,
 * objective, certificates, projects, activities, interests, references, awards, contact): their words
 * are also syllables of names ("THÔNG", "VẤN", "TIN").
 */
const VIETNAMESE_HEADINGS = new Set(
  [
    'thông tin cá nhân',
    'thông tin liên hệ',
    'học vấn',
    'trình độ học vấn',
    'kinh nghiệm',
    'kinh nghiệm làm việc',
    'kỹ năng',
    'kĩ năng',
    'mục tiêu',
    'mục tiêu nghề nghiệp',
    'chứng chỉ',
    'dự án',
    'hoạt động',
    'sở thích',
    'người tham chiếu',
    'giải thưởng',
    'ngoại ngữ',
  ].map((h) => h.normalize('NFC')),
);
/** True when the words toks[from..to] are a Vietnamese CV's section heading ({@link VIETNAMESE_HEADINGS}), in any case. */
function vietnameseHeading(toks: readonly Token[], from: number, to: number): boolean {
  // (Every heading's first word has five letters or fewer: a longer one rules the piece out.)
  if (to - from > 4 || toks[from]!.text.length > 5) return false;
  let h = '';
  for (let k = from; k <= to; k++) h += (k > from ? ' ' : '') + toks[k]!.text.toLowerCase();
  return VIETNAMESE_HEADINGS.has(h.normalize('NFC'));
}
/** Lines read for Vietnamese words around a piece, at most. */
const VIETNAMESE_REACH = 200;

/**
 * True when the piece toks[from..to] is Vietnamese prose or a heading, no name. Vietnamese writes a
 * person's name with every syllable capitalised ("Nguyễn Thị Mai"), so one capitalised word before a
 * lower-case word, on a line that holds two more words with Vietnamese letters, opens a sentence or
 * a phrase ("Tôi đã làm việc", "Chúng tôi", "Kỹ sư Công nghệ thông tin"), as does such a word that
 * writes a Vietnamese letter itself ("Kế toán viên"), unless a kinship pronoun
 * names the person ("chị Mai nói"). A heading in capitals with Vietnamese letters whose first word is
 * no name of the lexicon is a section ("HỌC VẤN", education; a name opens with its surname, "NGUYỄN").
 */
function vietnamesePhrase(text: string, toks: Token[], from: number, to: number): boolean {
  const first = toks[from]!;
  if (to > from && vietnameseHeading(toks, from, to)) return true;
  // Cheap gate: a Vietnamese letter in the piece or in the few words after it.
  const next = toks[to + 1];
  let viet = false;
  for (let k = from; k <= to && !viet; k++) viet = VIETNAMESE_LETTER.test(toks[k]!.text);
  if (!viet && !(next && VIETNAMESE_LETTER.test(text.slice(next.start, next.start + 24)))) return false;
  if (to > from) {
    if (!viet) return false;
    for (let k = from; k <= to; k++) if (!isAllCaps(toks[k]!.text)) return false;
    return !nameClass(first.text);
  }
  if (!next || !textIs(text, first.end, next.start, ' ') || !lowerStart(next.text)) return false;
  const prev = toks[from - 1];
  if (prev && VIETNAMESE_KIN.has(prev.text) && textIs(text, prev.end, first.start, ' ')) return false;
  // "Kế toán viên", "Vị trí:": the capitalised word writes a letter only Vietnamese writes itself, and
  // the lower-case word after it goes on the phrase (a job's title, a field's label), whatever its line holds.
  if (VIETNAMESE_LETTER.test(first.text)) return true;
  // Two other words with Vietnamese letters on the piece's line.
  const a = text.lastIndexOf('\n', first.start) + 1;
  let b = text.indexOf('\n', first.start);
  if (b < 0) b = text.length;
  let n = 0;
  for (let k = to + 1; k < toks.length && toks[k]!.start < Math.min(b, first.start + VIETNAMESE_REACH); k++)
    if (VIETNAMESE_LETTER.test(toks[k]!.text) && ++n >= 2) return true;
  for (let k = from - 1; k >= 0 && toks[k]!.start >= Math.max(a, first.start - VIETNAMESE_REACH); k--)
    if (VIETNAMESE_LETTER.test(toks[k]!.text) && ++n >= 2) return true;
  return false;
}

/**
 * Endings of the verbs that open a resume's lines in Spanish, Portuguese and Italian: the first person of
 * the preterite ("Desarrollé", "Lideré", "Dirigí"; "Coordenei", "Liderei", "Desenvolvi", "Atendi",
 * "Conduzi") and the past participle ("Sviluppato", "Gestito", "Contribuito").
 */
const ROMANCE_VERB = /^\p{Lu}\p{Ll}{3,}(?:[bcdfghjklmnñpqrstvz]é|[bcdgrstv]í|ei|[vdz]i|ato|ito|uto)$/u;
/** What may stand before a line's first word: spaces and a bullet. */
const LINE_OPENING = /(?:^|\n)[ \t]*(?:[•·*▪◦●>–—-][ \t]*)?$/;

/**
 * True when the token opens its line (after a bullet) and is a Romance verb form of no name of the
 * lexicon ({@link ROMANCE_VERB}, six letters or more): "José", "Renato", "Andrei" stay names.
 */
function romanceVerbOpening(text: string, t: Token): boolean {
  if (t.text.length < 6 || !ROMANCE_VERB.test(t.text) || nameClass(t)) return false;
  return LINE_OPENING.test(text.slice(Math.max(0, t.start - 6), t.start));
}

/** Labels of an activity feed's entries in German, Spanish, Portuguese, French and Italian: comment, note, message, review. */
const FEED_LABELS = new Set(
  'Kommentar Notiz Nachricht Bewertung Feedback Comentario Nota Mensaje Comentário Mensagem Avaliação Commentaire Note Message Avis Commento Messaggio Valutazione'.split(
    ' ',
  ),
);
/** "By" after such a label: von, de, du, da, di. */
const BY_PARTICLES = new Set(['von', 'de', 'du', 'da', 'di', 'del', 'do']);

/**
 * Words that open a reply in Spanish, Portuguese, Italian, German and French chats and letters ("sure",
 * "well", "fine", "perfect", "of course"), some also surnames, given names or places ("Claro", "Bueno",
 * "Klar", "Parfait", "Vale").
 */
const REPLY_WORDS = new Set([
  'Claro',
  'Vale',
  'Bueno',
  'Perfecto',
  'Perfetto',
  'Perfeito',
  'Certo',
  'Klar',
  'Parfait',
  'Genau',
  'Exacto',
  'Listo',
  'Dale',
  'Beleza',
]);
/** A comma and a lower-case word after the reply's word. */
const REPLY_AFTER = /^,[ \t]+\p{Ll}/u;

/**
 * True when the token is a reply's word ({@link REPLY_WORDS}) that opens its line or a sentence, before a
 * comma and a lower-case word ("Claro, el lunes"); "Claro Mendes," and a name elsewhere stay.
 */
function replyWord(text: string, t: Token): boolean {
  if (!REPLY_WORDS.has(t.text) || !REPLY_AFTER.test(text.slice(t.end, t.end + 4))) return false;
  let b = t.start;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  const c = text.charCodeAt(b - 1);
  return b === 0 || c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 0xbf || c === 0xa1;
}

/** What ends a field label: a colon, or the line's end. */
const LABEL_END = /[ \t]*(?:[:：]|\r?\n|$)/y;

/**
 * True when toks[k] opens its line before a lower-case section word that ends the line or comes
 * before a colon: a field label of two words whose first is a name of the lexicon ("Dane osobowe",
 * "Stan cywilny: kawaler", Polish "personal data", "marital status").
 */
function labelOpening(text: string, toks: Token[], k: number): boolean {
  const next = toks[k + 1];
  if (!next || !textIs(text, toks[k]!.end, next.start, ' ') || !lowerStart(next.text)) return false;
  if (!SECTIONS.has(fold(next.text)) || !matchesAt(text, LABEL_END, next.end)) return false;
  let i = toks[k]!.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/** Words of a languages field's label or a languages heading (German, Romance, Dutch, Nordic, Polish, Turkish, Indonesian, ...). */
const LANGUAGE_LABELS =
  '(?:idiomas?|langues|lingue|idiomi|l[íi]nguas|lenguas|sprachen|sprachkenntnisse|fremdsprachen|languages?|talen|talenkennis|taalvaardigheid|języki(?: obce)?|yabancı diller|diller|bahasa|kemampuan bahasa|ngoại ngữ|språk|sprog|kielet|kielitaito|jazyky|limbi(?: străine)?|connaissances linguistiques|compétences linguistiques|conoscenze linguistiche|language skills)';
/** A languages field's label opening its line ("Idiomas:", "Langues :", "Lingue:", "Sprachen:", "Talen:", "Języki obce:", "Languages:"). */
const LANGUAGES_LABEL = new RegExp(`^[\\s•·*>–-]*${LANGUAGE_LABELS}[ \\t]*[:：]`, 'iu');
/** A languages heading on a line of its own ("Talen", "IDIOMAS", "Sprachkenntnisse:"). */
const LANGUAGES_HEADING = new RegExp(`^[ \\t•·*>–-]*${LANGUAGE_LABELS}[ \\t]*[:：]?[ \\t]*\\r?$`, 'iu');
/** What follows a language in such a field: a level in brackets or after a dash, a separator, or the line's end. */
const LANGUAGE_AFTER = /^[ \t]*(?:$|[\r\n,;|/(·•]|[–—-][ \t])/u;
/**
 * A language's level after its name, a colon, a dash or a bracket ("Engels – vloeiend", "Ingles:
 * Avanzado", "Deutsch (Muttersprache)", "Frans: B2").
 */
export const LEVEL_AFTER =
  /^[ \t]*(?:[:：(]|[–—-][ \t])[ \t]*(?:[ABC][12]\b|(?:native|fluent|basic|intermediate|advanced|proficient|bilingual|mother tongue|nativ[oa]|avanzad[oa]|intermedi[oa]|b[áa]sic[oa]|fluid[oa]|biling[üu]e|lengua materna|natif|native|courant|notions|langue maternelle|interm[ée]diaire|avanc[ée]|flie[ßs]end|muttersprache|grundkenntnisse|verhandlungssicher|gut|sehr gut|madrelingua|ottimo|buono|scolastico|fluente|avan[çc]ado|intermedi[áa]rio|vloeiend|goed|moedertaal|basis|redelijk|uitstekend|ojczysty|zaawansowany|podstawowy|komunikatywny|ileri|orta|ba[şs]lang[ıi][çc]|anadil|lancar|aktif|pasif)(?!\p{L}))/iu;
/** The word before an opening bracket ("Almanca (" → "Almanca"). */
const LANGUAGE_BEFORE_BRACKET = /(\p{L}+)[ \t]?\($/u;
/** Lines read back from a language list's item to its heading, and the longest such item's line. */
const LIST_LINES = 8;
const LIST_LINE_MAX = 80;

/**
 * True when the one-word piece is an item of a languages field ("Idiomas: Español (nativo), Inglés
 * (C1)", "Sprachen: Deutsch (Muttersprache), Englisch"): language names of other languages are given
 * names or surnames of the lexicon ("Frances", "Deutsch"), but there they are skills. A language's name
 * is one too before a level ("Engels – vloeiend") or in a list under a languages heading ("Talen\nEngels\nDuits"),
 * and a level in brackets after a language's name is none ("Almanca (Orta)").
 */
function languageItem(text: string, t: Token): boolean {
  const line = lineAround(text, t.start);
  if (!line) return false;
  if (LANGUAGE_AFTER.test(text.slice(t.end, t.end + 3)) && LANGUAGES_LABEL.test(text.slice(line[0], t.start)))
    return true;
  // "Almanca (Orta)", "Deutsch (Gut)": a level in brackets after a language's name.
  if (text.charCodeAt(t.start - 1) === 40) {
    const lang = LANGUAGE_BEFORE_BRACKET.exec(text.slice(Math.max(0, t.start - 30), t.start));
    if (lang && isLanguageName(lang[1]!)) return true;
  }
  if (!isLanguageName(t.text)) return false;
  return LEVEL_AFTER.test(text.slice(t.end, t.end + 40)) || headingAbove(text, line[0]);
}

/** True when a languages heading stands on one of the few short lines above the line starting at `at`. */
function headingAbove(text: string, at: number): boolean {
  let end = at - 1;
  for (let n = 0; n < LIST_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > LIST_LINE_MAX) return false;
    if (LANGUAGES_HEADING.test(text.slice(start, end))) return true;
    end = start - 1;
  }
  return false;
}

/** A dash, bar or comma after the employer, then the job title (up to a bracket or the line's end). */
const JOB_AFTER_EMPLOYER = /^[ \t]?(?:[–—|,]|-(?=[ \t]))[ \t]?([^\n(]{2,70})/u;

/**
 * True when the piece is the employer that opens a job entry's line, the job title after it and the
 * dates on that line ("Itaú Unibanco — Desenvolvedor (2013–2019)", "Al Futtaim Engineering | Site Engineer
 * | 2015 – 2018", as Spanish and Portuguese CVs write a job entry). Not the text's first line, nor a line
 * with contact details (a referee).
 */
export function employerBeforeJob(text: string, start: number, end: number): boolean {
  const line = lineAround(text, start);
  if (!line) return false;
  const [a, b] = line;
  if (a === 0 || !/^[\s•·*>–-]*$/.test(text.slice(a, start))) return false;
  const m = JOB_AFTER_EMPLOYER.exec(text.slice(end, b));
  if (!m || !namesJob(m[1]!)) return false;
  const whole = text.slice(a, b);
  return !hasContact(whole) && DATE_RANGE.test(whole);
}

/**
 * True when the piece names a degree's or a job's subject ("Ingeniería Informática" in "Grado en
 * ...", "Proyecto" in "Jefe de ..."), or is a degree before its subject ("Grado", "Máster
 * Universitario" in "... en Ingeniería").
 */
function degreeSubject(text: string, piece: Token[]): boolean {
  const first = piece[0]!;
  // "Sarjana Komputer", "Sijil Pelajaran Malaysia", "Ijazah Sarjana Muda": Indonesian and Malay degree
  // and certificate words open the qualification's name, with no preposition after them.
  if (LOCAL_DEGREE.test(first.text)) return true;
  // "S1 Teknik Informatika", "D3 Akuntansi", "S2 Manajemen Bisnis": Indonesian degree levels (sarjana,
  // magister, doktor, diploma) before the field of study (no given name of the lexicon in it: "Room S2
  // Jane Doe").
  if (
    DEGREE_LEVEL_BEFORE.test(text.slice(Math.max(0, first.start - 4), first.start)) &&
    !givenNameIn(piece, 0, piece.length - 1)
  )
    return true;
  // "Administración de Empresas", "Engenharia Elétrica": a Spanish or Portuguese field of study, on a
  // degree's line or under it; "Licenciatura, Contaduría Pública": a subject after a degree word's comma.
  if (FIELD_HEAD.has(fold(first.text))) return true;
  if (
    DEGREE_GAP.test(text.slice(Math.max(0, first.start - 3), first.start)) &&
    !piece.some((t) => nameClass(t) === 'strong') &&
    piece.some((t) => SUBJECT_ENDING.test(fold(t.text)))
  ) {
    const line = text.slice(Math.max(0, first.start - 80), first.start);
    if (DEGREE_BEFORE_GAP.test(line.slice(line.lastIndexOf('\n') + 1))) return true;
  }
  if (
    (DEGREE_WORD.test(first.text) || JOB_WORD.test(first.text)) &&
    (matchesAt(text, SUBJECT_AFTER, first.end) ||
      matchesAt(text, SUBJECT_AFTER, piece[piece.length - 1]!.end))
  )
    return true;
  // (A preposition and a space end the text before: the gate of the lookbehind.)
  return (
    text.charCodeAt(first.start - 1) === 32 &&
    prepositionBefore(text, first.start) &&
    (matchesAt(text, DEGREE_SUBJECT_BEFORE, first.start) || matchesAt(text, JOB_SUBJECT_BEFORE, first.start))
  );
}

/** An Indonesian degree level and a space ("S1 ", "S2 ", "D3 ", "D4 "), after a space, a bracket, a colon or the line's start. */
const DEGREE_LEVEL_BEFORE = /(?:^|[\s(:,])(?:S[123]|D[1-4])[ \t]$/;

/** First words of Spanish and Portuguese fields of study (folded): no name starts with one. */
const FIELD_HEAD = new Set(
  `administracion administracao contaduria contabilidad contabilidade ingenieria engenharia derecho direito
  economia ciencias ciencia psicologia medicina arquitectura arquitetura comunicacion comunicacao mercadotecnia
  finanzas financas negocios relaciones relacoes enfermeria enfermagem odontologia biologia quimica fisica
  matematicas matematica educacion educacao pedagogia diseno sistemas informatica computacao gestion gestao
  turismo nutricion nutricao farmacia periodismo jornalismo publicidad publicidade filosofia sociologia
  antropologia veterinaria agronomia estadistica estatistica actuaria`.split(/\s+/),
);
/** Endings of Romance subject words (folded): "Pública", "Elétrica", "Digital", "Producción", "Computação". */
const SUBJECT_ENDING = /(?:ia|cion|cao|coes|ica|icas|ico|icos|ismo|idad|idade|ura|al|ales|ais)$/;
/** A comma, a middle dot, a bar or a dash and a space right before a piece. */
const DEGREE_GAP = /[,·|–—-][ \t]$/;
/** A degree word earlier on the line, then that gap ("Licenciatura, ", "Bacharelado - BS, "). */
const DEGREE_BEFORE_GAP = new RegExp(
  `(?:^|[^\\p{L}])(?:${DEGREE_WORDS})(?![\\p{L}])[^\\n]{0,60}[,·|–—-][ \\t]$`,
  'iu',
);

/** Indonesian and Malay degree and certificate words (bachelor, master, certificate, degree), German "Staatsexamen", Italian "Maturità". */
const LOCAL_DEGREE =
  /^(?:Sarjana|SARJANA|Magister|MAGISTER|Sijil|SIJIL|Ijazah|IJAZAH|Staatsexamen|STAATSEXAMEN|Maturità|MATURITÀ)$/;

/** "Mount", "Mt": a run that opens with it names a mountain or a place named after one, no person. */
const MOUNT = /^(?:Mount|MOUNT|Mt)$/;

/** True if the first two or three words of the piece form a known place name. */
function startsWithPlace(text: string, piece: Token[]): boolean {
  // "Southern Austria", "Northern Ireland", "Upper Silesia": a part of a region or country.
  if (COMPASS.has(piece[0]!.text) && isPlaceName(piece[1]!)) return true;
  // "Mount Carmel East", "Mt. Sinai": a mountain's name, or a place's or an employer's named after one.
  if (MOUNT.test(piece[0]!.text)) return true;
  // A first word that starts no place of several words, followed by one space, starts none of the
  // phrases below (asked without building them; "-" and "." would join it to the next word).
  const first = piece[0]!;
  if (textIs(text, first.end, piece[1]!.start, ' ') && !mayStartPlacePhrase(first)) return false;
  for (let n = Math.min(3, piece.length); n >= 2; n--) {
    if (isPlaceName(text.slice(piece[0]!.start, piece[n - 1]!.end).replace(/\s+/g, ' '))) return true;
  }
  return false;
}

/**
 * True when the token's word holds "-" or "." (which would join it to the next word) or starts a
 * place name of several words; worked out once per distinct word and kept in its WordInfo.
 */
function mayStartPlacePhrase(t: Token): boolean {
  const info = tokenInfo(t);
  let v = info.placePhrase;
  if (v === undefined) {
    v = /[-.]/.test(t.text) || startsPlacePhrase(fold(t.text));
    info.placePhrase = v;
  }
  return v;
}

const COMPASS = new Set(
  'Northern Southern Eastern Western Central North South East West Upper Lower Greater Inner Outer'.split(
    ' ',
  ),
);

/** {@link SENTENCE_FUNCTION_WORDS} as a sentence writes them: lower case, capitalised, in capitals. */
const SENTENCE_FUNCTION_CASED = new Set(
  [...SENTENCE_FUNCTION_WORDS].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]),
);
/** German articles that are no name before any capitalised noun (not "Des", "Den": given names). */
const ANY_NOUN_AFTER = new Set(['der', 'dem', 'das']);
/** "Damen und " before "Herren" (any case). */
const LADIES_AND = /damen und $/i;
/** A word that starts with a lower-case letter (/^\p{Ll}/u, ASCII answered by code). */
function lowerStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
}

/**
 * How many words to skip (0, 1 or 2) at toks[k], a function word of German, French, Spanish, Italian, Portuguese or Dutch that
 * is also a name, a particle or a place ({@link SENTENCE_FUNCTION_WORDS}), opening a sentence before
 * words of its language: one of the next three lower-case words is a function word, a common verb or
 * holds a letter past ASCII ("Au cours de", "Bien à vous", "Le poste correspond à", "Durante mi
 * etapa"); a German article or preposition also before a capitalised word that is no name
 * ("Im Team mit"), and "der", "dem", "das" with the noun after them ("Der Kunde war zufrieden"); and "Herren" after "Damen und". "Au Yeung", "Ella joined Acme" stay names.
 */
export function foreignOpener(text: string, toks: Token[], k: number): 0 | 1 | 2 {
  const t = toks[k]!;
  // (Asked of every run's first word: the cased forms are looked up as written, no lower-casing first.)
  if (t.text.length > 8 || !SENTENCE_FUNCTION_CASED.has(t.text)) return 0;
  const w = t.text.toLowerCase();
  if (w === 'herren') return LADIES_AND.test(text.slice(Math.max(0, t.start - 10), t.start)) ? 1 : 0;
  const next = toks[k + 1];
  if (!next || !textIs(text, t.end, next.start, ' ') || !sentenceStart(text, t.start)) return 0;
  // German nouns are often surnames too ("Kunde"): after "der", "dem", "das" any noun is one.
  if (GERMAN_BEFORE_NOUN.has(w) && UPPER_START.test(next.text)) {
    if (next.text.length < 2) return 0;
    return ANY_NOUN_AFTER.has(w) ? 2 : nameClass(next) ? 0 : 1;
  }
  for (let j = k + 1; j <= k + 3 && j < toks.length; j++) {
    const n = toks[j]!;
    if (j > k + 1 && !textIs(text, toks[j - 1]!.end, n.start, ' ')) break;
    if (!lowerStart(n.text)) break;
    if (foreignClue(n.text)) return 1;
  }
  return 0;
}

/**
 * True when toks[k] is a function word of another language ({@link SENTENCE_FUNCTION_CASED}) and the
 * next word, one space on, is in lower case, three letters or more, no English word and no name.
 */
function foreignWordAfter(text: string, toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.text.length > 8 || !SENTENCE_FUNCTION_CASED.has(t.text)) return false;
  const next = toks[k + 1];
  if (!next || next.text.length < 3 || !lowerStart(next.text) || !textIs(text, t.end, next.start, ' '))
    return false;
  return !isOrdinaryWord(next) && !nameClass(next) && !isParticle(next.text);
}

/** {@link SALUTATION_WORDS}, asked in any case (most run starts are ruled out by their first two letters). */
const SALUTATION_GATE = new LowerWords(SALUTATION_WORDS);
/** What ends a salutation line: a few words, then a comma, a colon or "!" and the line's end. */
const SALUTATION_LINE_END = /^[^\n,:!]{1,60}[,:!][ \t]*(?:\r?\n|$)/;

/**
 * True when toks[k] opens a letter's salutation ({@link SALUTATION_WORDS}: "Gentile", "Beste", "Liebe",
 * "Geachte", "Vážený") at a line's or sentence's start, one space before an honorific ("Beste meneer
 * Jansen", "Liebe Frau Keller") or on a line that ends with a comma, a colon or "!" ("Gentile
 * Responsabile,"): no name part ("Gentile", "Beste" and "Liebe" are surnames and given names too).
 */
function salutationOpener(text: string, toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.text.length > 12 || !SALUTATION_GATE.has(t.text)) return false;
  const next = toks[k + 1];
  if (!next || !textIs(text, t.end, next.start, ' ')) return false;
  // "Ciao Amara, ti andrebbe…", "Hej Amara, hur mår du?": a capitalised greeting that is no name, before
  // one word and a comma or "!" that go on with the message (also where a joined line ran into it).
  if (
    UPPER_START.test(t.text) &&
    !nameClass(t) &&
    UPPER_START.test(next.text) &&
    GREETED_END.test(text.slice(next.end, next.end + 2))
  )
    return true;
  if (!sentenceStart(text, t.start)) return false;
  return (
    SALUTATION_HONORIFICS.has(next.text.toLowerCase()) ||
    SALUTATION_LINE_END.test(text.slice(next.start, next.start + 80))
  );
}
/** A comma or "!" right after the greeted word. */
const GREETED_END = /^[,!]/;

/**
 * True when a salutation word ({@link SALUTATION_WORDS}) and one space end right at `at`, the word at
 * a line's or sentence's start and the line ending with a comma, a colon or "!" ("Liebe Anna,",
 * "Querida Lucía:", "Beste Sanne,"): words after it that hold a name of the lexicon are the addressee,
 * as after "Dear" (not "Liebe Kolleginnen und Kollegen,"), and the salutation word is no given name.
 */
function salutationBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  let w = at - 1;
  while (w > 0 && at - w < 14 && /\p{L}/u.test(text[w - 1]!)) w--;
  if (w === at - 1 || !SALUTATION_GATE.has(text.slice(w, at - 1)) || !sentenceStart(text, w)) return false;
  return SALUTATION_LINE_END.test(text.slice(at, at + 80));
}

/**
 * Verbs of an ATS's or LinkedIn's buttons that the name lexicon holds as surnames ("Call", "Hire",
 * "Book", "Share", "Forward", "Nudge"), and "Mark" before "… as" ("Mark Priya Raman as hired"; "Mark"
 * alone is a given name); and the greeting "Hey", a surname too ("Hey Hunter,").
 */
const UI_VERBS = new Set(['Call', 'Hire', 'Book', 'Share', 'Forward', 'Nudge', 'Mark', 'Hey']);
/** " as " and a lower-case word after a run, or after the rest of its name ("Mark Priya Raman as hired"). */
const AS_AFTER = /^(?: \p{Lu}[\p{L}'’-]*){0,3} as \p{Ll}/u;

/**
 * True when toks[from] is a button's verb ({@link UI_VERBS}) that opens its line before a name of the
 * lexicon on the same line ("Call Jamal Haddad", "Hire Priya"): the verb is no part of the name. A
 * verb alone, or before words of no name ("Call Center Agent"), is left to the rest.
 */
function uiVerbOpening(text: string, toks: Token[], from: number, to: number): boolean {
  const t = toks[from]!;
  if (!uiVerbAt(text, t.start, t.text, toks[to]!.end)) return false;
  for (let k = from + 1; k <= to; k++) if (nameClass(toks[k]!)) return true;
  return false;
}

/**
 * True when `word` at `at` is a button's verb ({@link UI_VERBS}) that opens its line, one space before
 * the name that ends at `nameEnd` ("Call Jamal Haddad"; "Mark" only before " as …").
 */
export function uiVerbAt(text: string, at: number, word: string, nameEnd: number): boolean {
  if (!UI_VERBS.has(word) || text.charCodeAt(at + word.length) !== 32) return false;
  if (word === 'Mark' && !AS_AFTER.test(text.slice(nameEnd, nameEnd + 60))) return false;
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/**
 * True when toks[k] is a title's abbreviation with its dot ("Ing. Tomáš", "Dott. Rossi"), whatever
 * follows: before a field of study it is the degree ("Ing., Mechanical Engineering", "Mgr.\nLaw").
 */
function titleAbbreviation(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && TITLE_ABBREVIATIONS.has(t.text) && text.charCodeAt(t.end) === 46;
}

/** Candidate runs of name-shaped tokens, split at breaker words ({@link startTokens} where they may start). */
function pieces(
  text: string,
  toks: Token[],
  capitals: readonly number[],
): Array<{ from: number; to: number; parts: Part[] }> {
  const out: Array<{ from: number; to: number; parts: Part[] }> = [];
  // A run starts at a capitalised word (a lower-case word or a number is a particle or nothing).
  let next = 0;
  for (const i of capitals) {
    if (i < next) continue;
    const p = shapeOf(toks[i]!);
    if (!p || p === 'particle' || p === 'suffix' || (isBreaker(toks[i]!) && !toolGivenName(text, toks, i)))
      continue;
    const parts: Part[] = [p];
    let j = i;
    // A possessive ends a name ("Pave's Irena Bílá").
    while (
      j + 1 < toks.length &&
      j - i < MAX_RUN - 1 &&
      gapOk(text, toks[j]!, toks[j + 1]!) &&
      !possessive(toks[j]!.text)
    ) {
      const q = shapeOf(toks[j + 1]!);
      if (!q) break;
      if (q === 'name' || q === 'caps') {
        // After "Elita B" a surname may end like a word ("Desaulniers"), though not be one.
        const afterInitial = parts.length >= 2 && parts[parts.length - 1] === 'initial';
        // After the Vietnamese middle names "Thị", "Văn" a given name follows, whatever else it reads as
        // ("Nguyễn Thị Thu Hà": "Thu" is no Thursday).
        const breaks = afterInitial
          ? isOrdinaryWord(toks[j + 1]!) && !nameClass(toks[j + 1]!)
          : isBreaker(toks[j + 1]!) && !afterVietnameseMiddle(toks, j);
        if (breaks) break;
      }
      parts.push(q);
      j++;
    }
    // Particles and initials do not end a name.
    while (j > i && (parts[parts.length - 1] === 'particle' || parts[parts.length - 1] === 'initial')) {
      parts.pop();
      j--;
    }
    out.push({ from: i, to: j, parts });
    next = j + 1;
  }
  return out;
}

/**
 * True when the tool's word at `i` is a given name opening a name: a tool's word that the name lexicons
 * hold ("Julia", "Ruby", "Maya", {@link toolWordName}), one space, then a Title Case word that is a name
 * of the lexicons or a place, as surnames often are ("Reported to Julia Harrow", "Contact: Ruby Preston",
 * "Maya Lincoln recommended…"); not inside a list of tools ("Python, Julia Lang") and not before a tool,
 * a role, a section or a word ("Ruby Developer", "Julia Computing", "Crystal Reports").
 */
function toolGivenName(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!next || next.start !== t.end + 1 || text.charCodeAt(t.end) !== 32 || !toolWordName(t.text))
    return false;
  if (shapeOf(next) !== 'name' || isBreaker(next) || possessive(t.text)) return false;
  if (nameClass(next) === null && !isPlaceName(next)) return false;
  // A list of tools before it: the word before is a tool's, a comma, a slash or a bar between them.
  const prev = toks[i - 1];
  if (prev && TECH.has(fold(prev.text))) {
    const gap = text.slice(prev.end, t.start);
    if (TOOL_LIST_GAP.test(gap)) return false;
  }
  // A tool after the two words: a list of tools written with spaces ("Ruby Sinatra Rails").
  const after = toks[i + 2];
  return !(after && TECH.has(fold(after.text)) && TOOL_RUN_GAP.test(text.slice(next.end, after.start)));
}
/** Between two tools of a list: a comma, a slash, a bar, "&", "+" or "and". */
const TOOL_LIST_GAP = /^\s*[,/|;&+]\s*$|^\s+and\s+$/;
/** Between two tools of a list written with spaces, commas, slashes or bars. */
const TOOL_RUN_GAP = /^[\s,/|]+$/;

/** Indices of every token. */
const allTokens = (toks: Token[]) => toks.map((_, k) => k);

/**
 * Indices of the tokens that start with a capital or a character past ASCII: the only ones that
 * can start a name written with capitals (the passes over them skip the others unread). With
 * `lower`, those that start with an ASCII lower-case letter, for text written in lower case.
 */
function startTokens(toks: Token[], lower = false): number[] {
  const out: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const c = toks[k]!.text.charCodeAt(0);
    if (lower ? c >= 97 && c <= 122 : c >= 128 || (c >= 65 && c <= 90)) out.push(k);
  }
  return out;
}

/**
 * A header line of letters spaced out, two to four words set apart by two to four spaces; an apostrophe or
 * a hyphen inside a word is spaced out like its letters ("C I A N   O ' S H E A").
 */
const SPACED_HEADER =
  /^(\p{Lu}(?: [\p{Lu}'’-]){1,20}(?: {2,4}\p{Lu}(?: [\p{Lu}'’-]){1,20}){1,3})[ \t]*(?:\r?\n|$)/u;
/**
 * A designed template's stacked header: the given names on the first line and the surnames on the
 * second, one to three words a line and four at most in all, one space between them
 * ("MARISOL\nQUINTANILLA", "Jane\nDoe", "JOHN MICHAEL\nO'SULLIVAN", "Ana Lucía\nFernández Ruiz").
 */
const STACKED_HEADER =
  /^[ \t]*(?:(?:Dr|DR|Prof|PROF|Mr|MR|Mrs|MRS|Ms|MS)\.?[ \t]+)?(\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30}){0,2})[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30}){0,2})[ \t]*(?:\r?\n|$)/u;
/**
 * Abbreviated given names written with a dot before the rest of the name: "Md."/"Mohd."/"Muhd."
 * (Muhammad) and "Mst." (Mosammat) in South Asia and Malaysia, "Ma." (María) in the Philippines.
 */
/** Initials written together, one token: "R.S", "H.M.K.C". */
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu}){1,5}$/u;
/** Initials that spell a degree, a country or a postal label, not a person's initials ("B.E.", "U.S.", "P.O."). */
export const NOT_INITIALS = new Set(
  'BA BE BS BBA MBA BCA MCA MA ME MS MD DO LLB LLM BDS MBBS PG UG US UK USA UAE PO PS AD BC AM PM AI IT HR QA EU NY LA DC TV'.split(
    ' ',
  ),
);
const dottedInitials = (w: string) => DOTTED_INITIALS.test(w) && !NOT_INITIALS.has(w.replace(/\./g, ''));
const NAME_ABBREVIATION = /^(?:Md|MD|Mohd|MOHD|Muhd|MUHD|Mst|MST|Ma|MA)$/;

/**
 * True when the piece opens with initials written together ("Z.Q.") or joined by a hyphen ("J.-P.")
 * and ends with its one core word, in Title Case.
 */
function joinedInitials(text: string, piece: Token[], parts: Part[]): boolean {
  const n = piece.length;
  if (n < 2 || parts[n - 1] !== 'name' || !parts.slice(0, -1).every((p) => p === 'initial')) return false;
  const first = piece[0]!;
  return dottedInitials(first.text) || (n >= 3 && textIs(text, first.end, piece[1]!.start, '.-'));
}

/** True when initials joined by ".-" stand anywhere but at the piece's start ({@link gapOk}). */
function strayHyphen(text: string, piece: Token[]): boolean {
  for (let k = 2; k < piece.length; k++)
    if (textIs(text, piece[k - 1]!.end, piece[k]!.start, '.-')) return true;
  return false;
}

/** A word that may be a surname after initials: a name of the lexicon or no word, tool, role or section. */
function surnameOrUnknown(t: Token | string): boolean {
  if (nameClass(t)) return true;
  const w = typeof t === 'string' ? t : t.text;
  const f = fold(w);
  return !TECH.has(f) && !ROLE_WORDS.has(f) && !SECTIONS.has(f) && !LANGUAGES.has(f) && !looksLikeWord(w);
}

/**
 * A resume's document title where the text opens with one, in English or as Spanish, Portuguese,
 * Italian and German CVs open ("Hoja de Vida", "Currículum Vitae", "Currículo", "Lebenslauf"), or an
 * application's or cover letter's title ("Candidatura", "Solicitud", "Sollicitatie", "Bewerbung",
 * "Życiorys", "Özgeçmiş", "Riwayat Hidup", "Sơ yếu lý lịch", "Cover Letter"), and
 * Chinese, Japanese and Korean ones ("个人简历", "履歴書", "이력서"), also with "of" before the name
 * ("CURRICULUM VITAE OF PRIYA NAIR"): no
 * name ("Vida" is a given name of the lexicon), and the header's name comes after it.
 */
const DOC_TITLE =
  /^[\s"'“”‘’*#•·>\-–|]*(?:(resume|résumé|curr[ií]cul(?:um|o)(?: vitae)?|hoja de vida|lebenslauf|cv|bio-?data|profile|candidatura|candidature|solicitud|sollicitatie|bewerbung|anschreiben|motivationsschreiben|lettre de motivation|carta de presentaci[oó]n|cover letter|[żz]yciorys|životopis|özgeçmiş|önéletrajz|ansökan|søknad|ansøgning|hakemus|ansioluettelo|(?:daftar )?riwayat hidup|surat lamaran|sơ yếu lý lịch|резюме|автобиография|автобіографія|біографія|биография|биографија|个人简历|個人簡歷|简历|簡歷|履歴書|職務経歴書|이력서)(?![\p{L}\p{M}])[\s:,–|-]*(?:of[ \t]+)?)?/iu;

/** The header of a resume: first line, or (no line breaks) the text up to a double space. */
/**
 * A header line of two capitalised words, each a name of the lexicons, that make no place
 * and no section or role ("Grace Bell", "WILL YOUNG" opening a resume): a name of ordinary words.
 */
function wordNamesHeader(text: string, inSeg: readonly Token[]): boolean {
  // (Two words: three such words open employers as often, "Sunny Day Care".)
  return (
    inSeg.length === 2 &&
    wordNames(inSeg.map((t) => t.text)) &&
    !inSeg.some((t) => ROLE_WORDS.has(fold(t.text))) &&
    !isPlaceName(text.slice(inSeg[0]!.start, inSeg[1]!.end))
  );
}

/**
 * An author of a publication as reference styles write one: APA's "Surname, I. J." ("Quenby, A. J., &
 * Tarrant, B. (2021)"), before a comma, "&", "and", the year's bracket or the list's end; and IEEE's
 * "I. J. Surname" ("P. Ferraretti, and J. K. Oduya, "Title""), before the next author's initial, the
 * quoted title, "et al" or a colon.
 */
const APA_AUTHOR =
  /(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?), ((?:\p{Lu}\.[ -]?){1,3})(?=[,;&]|\s*\(|\s+and\s|[ \t]*(?:\r?\n|$))/uy;
const IEEE_AUTHOR =
  /((?:\p{Lu}\.[ -]?){1,3})(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=,\s*(?:and\s+)?\p{Lu}\.|,\s*["“]|\s+and\s+\p{Lu}\.|\s+et al|:)/uy;
/** {@link IEEE_AUTHOR} last in its list: before a full stop or a comma and the title's capital. */
const IEEE_LAST =
  /((?:\p{Lu}\.[ -]?){1,3})(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=[.,][ \t]+["“]?\p{Lu})/uy;
/**
 * The last author of ACS's and Vancouver-like lists that join authors with "; ", before the title
 * ("Okafor, C.; Whitcombe, A. Electron solvation …"): tried only after "; ".
 */
const LAST_AUTHOR =
  /(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?), ((?:\p{Lu}\.[ -]?){1,3})(?=[ \t]+\p{Lu}[\p{Ll}]|[ \t]*[\p{Ll}\d])/uy;
/** A character inside a word of a name ("O’Neil", "Grogan-Kaylor"), or a digit or dot before one. */
const IN_NAME = /[\p{L}\p{N}'’.-]/u;
const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 128 && /\p{Lu}/u.test(text[i] ?? ''));
};
/** Initials that are no person's: places, legal forms and degrees ("Leeds, U.K.", "Acme, L.L.C.", "Science, B.S."). */
const NOT_AUTHOR_INITIALS = new Set(
  'U.S. U.K. U.S.A. D.C. N.Y. L.A. B.C. A.D. S.A. A.G. N.V. P.C. L.P. L.L.C. N.A. B.S. M.S. B.A. M.A. B.E. M.E. J.D. M.D. R.N.'.split(
    ' ',
  ),
);

/** The Arabic article and kinship words that open a hyphenated surname ("Al-Farsi", "Abu-Bakr"). */
const ARABIC_LEAD = /^(?:al|Al|AL|el|El|EL|bin|Bin|BIN|ibn|Ibn|IBN|abu|Abu|ABU|bint|Bint|ould|Ould)$/;

/**
 * Words of journals' abbreviated names (ISO 4, as reference lists write them: "J Chem Phys", "Proc Natl
 * Acad Sci", "Phys. Rev. Lett.", "Ann Surg").
 */
const JOURNAL_WORDS = new Set(
  `J Am Chem Phys Soc Proc Natl Acad Sci Lett Rev Biol Med Res Int Eur Appl Nat Commun Trans Eng Mater
  Comput Biochem Biophys Mol Neurosci Psychol Clin Ann Bull Adv Curr Opin Environ Econ Stat Math Geophys
  Astron Astrophys Nucl Opt Technol Inf Syst Mech Electron Microbiol Immunol Genet Pharmacol Endocrinol
  Epidemiol Oncol Cardiol Surg Pediatr Obstet Gynecol Dermatol Ophthalmol Radiol Nurs Educ Manag Sociol
  Anthropol Philos Linguist Acoust Catal Org Inorg Polym Anal Chim Acta Phytochem Ecol Evol Zool Bot
  Physiol Pathol Neurol Psychiatry Rep Sens Energy Fuels Mar Hum Nutr Vet Agric Food Dent Orthop`.split(
    /\s+/,
  ),
);

/**
 * True when every word of the piece is a journal's abbreviation word ({@link JOURNAL_WORDS}), two or more
 * of them, or one after another such word and a dot ("Rev. Lett"): a journal, no person.
 */
function journalAbbreviation(
  text: string,
  toks: readonly Token[],
  from: number,
  piece: readonly Token[],
): boolean {
  for (const t of piece) if (!JOURNAL_WORDS.has(t.text)) return false;
  if (piece.length >= 2) return true;
  const p = toks[from - 1];
  return !!p && JOURNAL_WORDS.has(p.text) && /^\.?[ \t]$/.test(text.slice(p.end, piece[0]!.start));
}

/** A co-author's surname: no ordinary word, place or organisation noun unless a surname of the lexicon. */
function authorSurname(w: string): boolean {
  return w
    .split(/[- ]/)
    .every((p) => (!isOrdinaryWord(p) || nameClass(p) !== null) && !isPlaceName(p) && !isOrgTail(p));
}

/**
 * Co-authors of a publication list ({@link APA_AUTHOR}, {@link IEEE_AUTHOR}): people named beside the
 * candidate, whose names are searchable. The surname must be no ordinary word, place or organisation
 * noun unless it is a surname of the lexicon ("Smith, J." yes; "Science, B." no).
 */
function citationNames(text: string): Span[] {
  const out: Span[] = [];
  const surname = authorSurname;
  // APA: tried only where ", " comes before a capital and its dot, from the word (or two) before it.
  for (let k = text.indexOf(', '); k > 0; k = text.indexOf(', ', k + 2)) {
    if (text.charCodeAt(k + 3) !== 46 || !isUpperAt(text, k + 2)) continue;
    let w = k;
    while (w > 0 && IN_NAME.test(text[w - 1]!) && text[w - 1] !== '.') w--;
    // A surname of two words ("Van Dijk, J.") starts at the word before.
    let v = w - 1;
    while (v > 0 && IN_NAME.test(text[v - 1]!) && text[v - 1] !== '.') v--;
    for (const start of text[w - 1] === ' ' && v < w - 1 ? [v, w] : [w]) {
      if (start > 0 && IN_NAME.test(text[start - 1]!)) continue;
      APA_AUTHOR.lastIndex = start;
      let m = APA_AUTHOR.exec(text);
      if (!m && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 59) {
        LAST_AUTHOR.lastIndex = start;
        m = LAST_AUTHOR.exec(text);
      }
      if (!m) continue;
      const initials = m[2]!.replace(/[ -]/g, '');
      if (NOT_AUTHOR_INITIALS.has(initials) || !surname(m[1]!)) break;
      // (Below the repetition rule's 0.8: a co-author's initials are no name part to find again.)
      out.push(nameSpan(start, start + m[0].trimEnd().length, 0.75));
      break;
    }
  }
  // IEEE: tried only at a capital and its dot that open a word.
  let reach = 0;
  for (let k = text.indexOf('.', 1); k > 0; k = text.indexOf('.', k + 1)) {
    const i = k - 1;
    if (i < reach || !isUpperAt(text, i) || (i > 0 && IN_NAME.test(text[i - 1]!))) continue;
    IEEE_AUTHOR.lastIndex = i;
    let m = IEEE_AUTHOR.exec(text);
    // "A. Nwosu, T. Halvorsen, and M. Ibekwe. Robust learning …": the last author after "and", an
    // author just before it, then the title.
    if (!m && i > 5 && text.startsWith('and ', i - 4) && out.length && i - out[out.length - 1]!.end <= 6) {
      IEEE_LAST.lastIndex = i;
      m = IEEE_LAST.exec(text);
    }
    if (!m) continue;
    reach = i + m[0].length;
    if (NOT_AUTHOR_INITIALS.has(m[1]!.replace(/[ -]/g, '')) || !surname(m[2]!)) continue;
    out.push(nameSpan(i, reach, 0.75));
  }
  return out;
}

/**
 * An author list in the Vancouver style (medicine, biology): "Surname AB" items joined by commas, at the
 * line's start after a list number, ending in ". " or ", et al." ("Ostrova L, Achterberg M, Quenby R.
 * Solvent cages. Nature Chem. 2017"). Sticky, tried at a line's start only.
 */
const VANCOUVER =
  /[ \t]*(?:\[?\d{1,3}[.)\]][ \t]*|[-•*▪–][ \t]*)?((?:Co-)?[Aa]uthors?:[ \t]*)?((?:\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)? (?:\p{Lu}{1,3}|(?:\p{Lu}\.){1,3}),[ \t]*)+(?:et al\.|\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)? (?:\p{Lu}{1,3}\.|(?:\p{Lu}\.){2,3}))(?:[ \t]|(?=\r?\n|$)))/uy;
const VANCOUVER_AUTHOR =
  /(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?) ((?:\p{Lu}\.){2,3}|\p{Lu}{1,3}(?:\.(?=,))?)(?=[,.]|[ \t]|$)/gu;
/** A year of a publication on the rest of the line ("2017;9:455", "(2019)", "2020."). */
const PUB_YEAR = /(?:^|[^\d])(?:19|20)\d\d(?!\d)/;

/**
 * The authors of a {@link VANCOUVER} list at `line`: two or more, each surname no ordinary word, place,
 * organisation noun or tool ("Java EE, Spring MVC." is no list), the line holding a year.
 */
/** True when the span overlaps a Vancouver author and goes on past it ("Quenby R. Solvent"). */
function pastAuthor(authors: readonly Span[], s: Span): boolean {
  for (const a of authors) if (s.start < a.end && s.end > a.end && s.start >= a.start) return true;
  return false;
}

/** The authors of the {@link VANCOUVER} lists of the text. */
function vancouverNames(text: string): Span[] {
  const out: Span[] = [];
  /** The start of the last line read (each line is read once). */
  let last = -1;
  // The start of the line holding k, and the next line break: followed forward as k grows (a search
  // back from each k would read a long line again for every comma on it).
  let line = 0;
  let nextBreak = text.indexOf('\n');
  // "Surname AB, " ends an author: its line is read from its start.
  for (let k = text.indexOf(', '); k > 0; k = text.indexOf(', ', k + 2)) {
    // (Or a capital and a dot: "Surname J., ".)
    const b = text.charCodeAt(k - 1) === 46 ? text.charCodeAt(k - 2) : text.charCodeAt(k - 1);
    if (b < 65 || b > 90) continue;
    while (nextBreak !== -1 && nextBreak < k) {
      line = nextBreak + 1;
      nextBreak = text.indexOf('\n', line);
    }
    if (line <= last) continue;
    last = line;
    vancouverAuthors(text, line, out);
  }
  return out;
}

function vancouverAuthors(text: string, line: number, out: Span[]): void {
  VANCOUVER.lastIndex = line;
  const m = VANCOUVER.exec(text);
  if (!m) return;
  const list = m[2]!;
  const from = line + m[0].length - list.length;
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  // ("Authors: Whitcombe J., Castellano R.": a label names the list, with or without its year.)
  if (!m[1] && !PUB_YEAR.test(text.slice(from + list.length, Math.min(end, from + list.length + 400))))
    return;
  const found: Span[] = [];
  VANCOUVER_AUTHOR.lastIndex = 0;
  for (let a = VANCOUVER_AUTHOR.exec(list); a; a = VANCOUVER_AUTHOR.exec(list)) {
    const name = a[1]!;
    // (A particle opens a surname of two words: "Van Dijk RJ".)
    const words = name
      .split(/[- ]/)
      .filter((w, k, all) => k === all.length - 1 || !isParticle(w.toLowerCase()));
    // (In such a list a surname of the lexicon that is also a place is the author's: "Anand R".)
    const author = (w: string) => authorSurname(w) || (nameClass(w) !== null && !isOrgTail(w));
    if (words.some((w) => !author(w) || TECH.has(fold(w)) || ROLE_WORDS.has(fold(w)))) return;
    found.push(nameSpan(from + a.index, from + a.index + a[0].length, 0.75));
  }
  if (found.length >= 2 || (found.length === 1 && list.endsWith('et al. '))) out.push(...found);
}

/**
 * The name of a {@link STACKED_HEADER}: two name-shaped words of one style (both capitals or both
 * capitalised), no section, job, tool or language word, one of them a name of the lexicon or both
 * unlike English words ("CURRICULUM\nVITAE", "PRODUCT\nDESIGNER" are no names). One span over both
 * lines, so the person gets one alias.
 */
function stackedHeader(toks: Token[], start: number, rest: string): Span | null {
  const m = STACKED_HEADER.exec(rest);
  if (!m) return null;
  const words = `${m[1]} ${m[2]}`.split(' ');
  if (words.length > 4) return null;
  const from = start + m[0].indexOf(m[1]!);
  const at = toks.findIndex((t) => t.start >= from);
  if (at < 0) return null;
  const run = toks.slice(at, at + words.length);
  if (run.length < words.length || run.some((t, k) => t.text !== words[k])) return null;
  // One style, or the surname's line in capitals under a capitalised given name ("Olumide\nADEYEMI").
  const caps = (t: Token) => t.text === t.text.toUpperCase();
  const firstLine = m[1]!.split(' ').length;
  const style = (k: number) => caps(run[k]!) === caps(run[0]!) || (k >= firstLine && caps(run[k]!));
  if (run.some((_, k) => !style(k) || (k >= firstLine && caps(run[k]!) !== caps(run[firstLine]!))))
    return null;
  // (A given name that is also a place's, "MARY", "MICHAEL", is still a given name on the first line; the
  // second line's place is a town: "Grado Ruiz\nBerlin".)
  const place = (t: Token, k: number) => isPlaceName(t.text) && (k >= firstLine || nameClass(t) !== 'strong');
  if (run.some((t, k) => !shapeOf(t) || isBreaker(t) || !surnameOrUnknown(t) || place(t, k))) return null;
  // Three or four words: a given name of the lexicon opens them and the second line holds names of the
  // lexicon only ("MARY ANNE\nMACDONALD"; "Marisa Alves\nLegistorm" is a name, then an employer).
  if (words.length > 2) {
    if (!nameClass(run[0]!) || run.slice(firstLine).some((t) => !nameClass(t))) return null;
  } else if (!run.some((t) => nameClass(t))) return null;
  return nameSpan(run[0]!.start, run[run.length - 1]!.end, 0.8);
}

/**
 * A header written surname first, a comma, then the given name of the lexicon and perhaps a middle name
 * or initial, alone on its line ("Doe, Jane A.", "SMITH, JOHN"): the surname may be a word ("Doe",
 * "Smith", "Baker"), which the comma kept out of the header's segment.
 */
const INVERTED_HEADER =
  /^[ \t]*(\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30})?),[ \t](\p{Lu}[\p{L}\p{M}'’-]{1,30})((?:[ \t]\p{Lu}\.?|[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30})?)[ \t]*(?=\r?\n|$|[ \t]{2,}|[ \t]?[|•·])/u;

function invertedHeader(rest: string, start: number): Span | null {
  const m = INVERTED_HEADER.exec(rest);
  if (!m) return null;
  const given = m[2]!;
  if (nameClass(given) !== 'strong' || isPlaceName(given)) return null;
  const surname = m[1]!.split(/[ \t]/);
  const plain = (w: string) => {
    const f = fold(w);
    return (
      !TECH.has(f) &&
      !ROLE_WORDS.has(f) &&
      !SECTIONS.has(f) &&
      !LANGUAGES.has(f) &&
      !CALENDAR.has(f) &&
      !isOrgTail(w) &&
      !isRegionOrCountry(w)
    );
  };
  // (A town's name may be the surname, "Baker, Emily Rose": the given name after the comma is no place,
  // so the line is no "Town, Region".)
  if (!surname.every(plain)) return null;
  // "Doe, JANE": one style for both (capitals or capitalised), as a header is written.
  const caps = (w: string) => w === w.toUpperCase();
  if (caps(m[1]!) !== caps(given)) return null;
  const leading = m[0].length - m[0].trimStart().length;
  return nameSpan(start + leading, start + m[0].trimEnd().length, 0.8);
}

/**
 * A header line of two to four words set apart by two or three spaces, nothing else on it but after four
 * spaces or a tab ("JANE  DOE", "JANE  DOE      jane@example.com").
 */
const WIDE_HEADER =
  /^[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?: {2,3}\p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?=[ \t]*(?:\r?\n|$)| {4,}|\t)/u;

/**
 * A {@link WIDE_HEADER} whose words are all name-shaped and none a section, job, tool or place word: the
 * name of a designed template whose letter spacing PDF extraction wrote as two or three spaces ("JANE  DOE",
 * "MAYA  R.  FENWICK-ADEBAYO"); read as one segment, as if one space stood between the words. Otherwise
 * null, and the header's segment ends at the first two spaces as usual ("Jane Doe  Software Engineer").
 */
function wideHeader(toks: Token[], start: number, rest: string): RegExpExecArray | null {
  const m = WIDE_HEADER.exec(rest);
  if (!m?.[0].includes('  ')) return null;
  const end = start + m[0].length;
  const run = toks.filter((t) => t.start >= start && t.end <= end);
  if (run.length < 2 || run.length > 5) return null;
  return run.every((t) => shapeOf(t) && !isBreaker(t)) ? m : null;
}

/**
 * Personal-data field words that are also common surnames: the last word of a header's name after a
 * given name is the surname ("Ana Nascimento"; "Data de Nascimento:" is the birth date's label).
 */
const FIELD_SURNAMES = new Set(['nascimento', 'morada']);
/** "de " or "of " right before a field word: "Data de Nascimento", "Local de Nascimento". */
const FIELD_OF = /(?:^|[^\p{L}])(?:de|of|da|do)[ \t]$/iu;

function headerName(text: string, toks: Token[]): Span | null {
  const lead = DOC_TITLE.exec(text);
  const start = lead ? lead[0].length : 0;
  if (start > 80) return null;
  const rest = text.slice(start, start + 120);
  // "J O R D A N   E L L I S": a letter-spaced header (designed templates), read as its words.
  const spaced = SPACED_HEADER.exec(rest);
  if (spaced) {
    const words = spaced[1]!.split(/ {2,4}/).map((w) => w.replace(/ /g, ''));
    if (words.some((w) => !isOrdinaryWord(w) && !SECTIONS.has(fold(w))))
      return nameSpan(start, start + spaced[1]!.length, 0.85);
  }
  const stacked = stackedHeader(toks, start, rest);
  if (stacked) return stacked;
  const inverted = invertedHeader(rest, start);
  if (inverted) return inverted;
  const seg =
    wideHeader(toks, start, rest) ??
    /^[^\n\r|,•·@:;()\d]{2,80}?(?=\s{2,}|\n|\r|\s?[|,•·–:(]|\s-\s|\s\d|$)/.exec(rest);
  if (!seg) return null;
  const segStart = start;
  const segEnd = start + seg[0].trimEnd().length;
  // Tokens are ordered and do not overlap: the ones inside the segment are one run near the start.
  let a = 0;
  while (a < toks.length && toks[a]!.start < segStart) a++;
  let b = a;
  while (b < toks.length && toks[b]!.end <= segEnd) b++;
  let inSeg = toks.slice(a, b);
  // "Md. Rafiqul Islam", "MA. CRISTINA DELA CRUZ": the abbreviated given name is read after the rest
  // (extendSurnames in the analyzer puts it back before the name).
  if (inSeg.length > 2 && NAME_ABBREVIATION.test(inSeg[0]!.text) && text[inSeg[0]!.end] === '.')
    inSeg = inSeg.slice(1);
  // "SSG Darnell K. Whitfield": the rank before the name heading a veteran's resume is kept.
  if (inSeg.length > 1 && MILITARY_RANKS.has(inSeg[0]!.text)) inSeg = inSeg.slice(1);
  if (!inSeg.length || inSeg.length > 8) return null;
  // "Halvorsen Berg AS", "Popescu SRL": an employer's name with its legal form opens the text.
  for (let k = 0; k < inSeg.length; k++) if (matchesAt(text, ORG_AFTER, inSeg[k]!.end)) return null;
  // "Wehner Education Current Address": keep the name-shaped words before the first ordinary word.
  // "João Pedro Albuquerque Nascimento": a field word that is also a surname ("Nascimento", birth)
  // ends the header's name, no label after it.
  const lastName = (t: Token, k: number) =>
    k >= 1 &&
    k === inSeg.length - 1 &&
    FIELD_SURNAMES.has(fold(t.text)) &&
    !matchesAt(text, COLON_AFTER, t.end) &&
    nameClass(inSeg[0]!) !== null;
  // "Crystal Wexley": two names of the lexicons, one a tool's word too, make the whole segment.
  // (Or such a given name first, then a surname the lexicons lack: "Crystal Nguyen-Tran", "Ada Lovegood".)
  const toolName =
    (inSeg.length === 2 && inSeg.some((t) => toolWordName(t.text)) && wordNamesHeader(text, inSeg)) ||
    toolNameFirst(text, inSeg);
  const breaks = (t: Token, k: number) =>
    !toolName && isBreaker(t) && !afterVietnameseMiddle(inSeg, k - 1) && !lastName(t, k);
  const cut = inSeg.findIndex((t, k) => !shapeOf(t) || breaks(t, k));
  // "Sky Patel", "OCEAN LIU": a given name that is an ordinary word before a surname of the lexicons.
  if (cut === 0 && inSeg.length === 2 && wordGivenName(inSeg[0]!, inSeg[1]!))
    return nameSpan(inSeg[0]!.start, inSeg[1]!.end, 0.85);
  // (A line cut before a role or section word, "Summer Camp Counselor", is no name of words alone.)
  const whole = cut < 0;
  const stop = inSeg[cut];
  // "Microbilt Corporation is ...": the first line names an organisation; "Viele Grüße" signs off.
  if (cut > 0 && stop && (isOrgTail(stop) || SIGN_OFFS.has(fold(stop.text)))) return null;
  if (
    cut > 0 &&
    stop &&
    /^\p{Lu}/u.test(stop.text) &&
    stop.text.split('-').some((w) => SECTIONS.has(fold(w)) || ROLE_WORDS.has(fold(w)))
  )
    inSeg = inSeg.slice(0, cut);
  else if (matchesAt(text, COLON_AFTER, segEnd)) return null; // a field label, not a name
  if (inSeg.length > 5) return null;
  // "Hogar de Cristo", "Restos du Cœur": a charity's name in a Romance language.
  if (romanceOrganisation(text, inSeg)) return null;
  // "Omega Psi Phi": a society's name of Greek letters.
  if (inSeg.length >= 2 && inSeg.every((t) => GREEK_LETTERS.has(t.text.toLowerCase()))) return null;
  // "R.S. SHARMA": initials written together are one token.
  const parts = inSeg.map((t) => (dottedInitials(t.text) ? 'initial' : shapeOf(t)));
  const latin = inSeg.every((t) => /^[\p{Script=Latin}\p{M}'’.-]+$/u.test(t.text));
  if (latin) {
    if (parts.some((p) => !p) || inSeg.some((t, k) => breaks(t, k))) return null;
    // "THÔNG TIN CÁ NHÂN" (personal information) heading a Vietnamese CV.
    if (vietnameseHeading(inSeg, 0, inSeg.length - 1)) return null;
    // "Candidatura\n\nCaro Marco,": a letter's salutation after its title (the name rules read it).
    if (inSeg.length > 1 && salutationBefore(text, inSeg[1]!.start)) return null;
    // "Directora de Recursos Humanos", "Grado en Ingeniería": a job or a degree with its subject.
    if (degreeSubject(text, inSeg)) return null;
    if (inSeg.every((t) => isOrdinaryWord(bare(t))) && !(whole && wordNamesHeader(text, inSeg))) return null;
    const named = inSeg.filter((_, k) => parts[k] === 'name' || parts[k] === 'caps');
    // One word alone at the very top ("Wehner  Education ...") is a surname unless it reads as a word.
    if (named.length === 1 && inSeg.length === 1) {
      const w = inSeg[0]!.text;
      if (parts[0] !== 'name' || isPlaceName(w) || (looksLikeWord(w) && !nameClass(w))) return null;
      // "Ing.\nComputer Science": a title's abbreviation with its dot is the degree, no surname.
      if (TITLE_ABBREVIATIONS.has(w) && text.charCodeAt(inSeg[0]!.end) === 46) return null;
      return nameSpan(inSeg[0]!.start, inSeg[0]!.end, NAME_DOT_INITIAL.test(w) ? 0.85 : 0.6);
    }
    // "R.S. SHARMA", "K. Ramesh": initials with their dots before one name word (Indian and Sri
    // Lankan resumes write the given names or the family name as initials).
    if (named.length === 1 && parts[0] === 'initial' && text[inSeg[0]!.end] === '.') {
      const w = bare(named[0]!);
      if (isPlaceName(w) || (isOrdinaryWord(w) && !nameClass(w)) || !surnameOrUnknown(w)) return null;
    } else if (
      named.length === 1 &&
      named[0] === inSeg[0] &&
      inSeg.length <= 3 &&
      parts.every((p, k) => k === 0 || p === 'initial')
    ) {
      // "KARTHIK R", "Ramesh K": one name word and the initials after it (South Indian resumes write the
      // father's or family name as an initial after the given name).
      const w = bare(named[0]!);
      if (isPlaceName(w) || ((isOrdinaryWord(w) || looksLikeWord(named[0]!.text)) && !nameClass(w)))
        return null;
    } else if (named.length < 2) return null;
    // "Morgan Stanley" above an address: a well-known employer heading the text is no candidate.
    if (companyAtTokens(inSeg, 0, inSeg.length - 1)) return null;
    // "Northwind Insights", "Coho Vineyard · Full-time": an employer, not the candidate.
    const lastWord = inSeg[inSeg.length - 1]!.text;
    if (nameClass(lastWord) !== 'strong' && isOrgTail(lastWord)) return null;
    if (matchesAt(text, EMPLOYMENT_AFTER, segEnd)) return null;
  } else if (
    inSeg.some((t) => /\p{Script=Latin}/u.test(t.text)) ||
    inSeg.length > 4 ||
    // "氏名　山田　太郎": a field of a Japanese resume's table (east-asian-fields masks its value);
    // "教育背景", "学歴", "학력": a section heading.
    isEastAsianLabel(inSeg[0]!.text) ||
    (inSeg.length === 1 && isEastAsianHeading(inSeg[0]!.text)) ||
    // "السيرة الذاتية", "المعلومات الشخصية": a heading of a resume in the Arabic script.
    (inSeg.length <= 3 && isArabicHeading(text.slice(inSeg[0]!.start, inSeg[inSeg.length - 1]!.end))) ||
    // "Личные данные", "Опыт работы": a section heading in another script ("Резюме" before it is the title).
    inSeg.some((t) => SECTIONS.has(fold(t.text))) ||
    eastAsianSentence(inSeg)
  ) {
    return null;
  }
  // "Wong Ka Ming, Peter", "CHAN Tai Man, Peter": Hong Kong resumes put the English given name after
  // the name and a comma, alone at the line's end.
  const english = latin ? ENGLISH_NAME_AFTER.exec(text.slice(segEnd, segEnd + 24)) : null;
  const w = english?.[1];
  if (w && nameClass(w) && !isPlaceName(w))
    return nameSpan(inSeg[0]!.start, segEnd + english![0].length, 0.85);
  const last = inSeg[inSeg.length - 1]!;
  // A closing initial takes its dot ("Ilse M."), as the surname's initial does elsewhere.
  const dot = INITIAL.test(last.text) && text.charCodeAt(last.end) === 46 ? 1 : 0;
  return nameSpan(inSeg[0]!.start, last.end + dot, 0.85);
}

/** Words that open a header line and are no given name ("About Patel", "Dear Liu"). */
const NO_GIVEN = new Set([
  'the',
  'a',
  'an',
  'about',
  'contact',
  'dear',
  'hi',
  'hello',
  'by',
  'for',
  'with',
  'and',
  'or',
  'to',
  'from',
  'my',
  'our',
  'your',
  'new',
]);

/**
 * The two words of a header ("Sky Patel", "OCEAN LIU"): an ordinary word in Title Case or capitals as
 * the surname is, then a strong surname of the lexicons that is no word and no place; the first word no
 * role, section, tool, organisation, place or nationality word ("Senior Patel", "Summary Khan" are none).
 */
function wordGivenName(a: Token, b: Token): boolean {
  const caps = isAllCaps(a.text);
  if (caps ? !isAllCaps(b.text) || a.text.length < 3 : !TITLE_CASE.test(a.text) || !TITLE_CASE.test(b.text))
    return false;
  if (nameClass(b) !== 'strong' || isOrdinaryWord(b) || isPlaceName(b)) return false;
  const f = fold(a.text);
  return (
    isOrdinaryWord(a) &&
    !NO_GIVEN.has(f) &&
    !ROLE_WORDS.has(f) &&
    !SECTIONS.has(f) &&
    !TECH.has(f) &&
    !isOrgTail(a) &&
    !isPlaceName(a) &&
    !lexicon('nationalities').has(f)
  );
}

/** The salutations and closings of Chinese and Japanese letters ("拝啓", "敬具", "此致", "敬礼"): no name. */
const LETTER_WORDS = new Set([
  '拝啓',
  '謹啓',
  '前略',
  '敬具',
  '敬白',
  '草々',
  '謹白',
  '此致',
  '敬礼',
  '敬禮',
  '尊敬的',
]);
/** Ideographs and kana; Hangul syllables. */
const HAN_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;

/**
 * True when a header's words in Chinese, Japanese or Korean script are a sentence, no name: a run of
 * ideographs or kana longer than a name (more than five), one that opens with "我" (I) or "本人" (the
 * candidate), or more than two words of Hangul, or one longer than four syllables, or a letter's salutation
 * or closing ("拝啓", "敬具", "此致"; "我负责后端开发",
 * "我和张伟一起完成了项目", "김서연 님이 작성"; "王小明", "山田 太郎", "김 서연" stay).
 */
function eastAsianSentence(inSeg: readonly Token[]): boolean {
  let hangul = 0;
  for (const t of inSeg) {
    if (LETTER_WORDS.has(t.text)) return true;
    if (HAN_KANA.test(t.text)) {
      if (t.text.length > 5 || t.text.startsWith('我') || t.text.startsWith('本人')) return true;
    } else if (HANGUL.test(t.text) && (++hangul > 2 || t.text.length > 4)) return true;
  }
  return false;
}

/** A comma and one capitalised word that ends the header's line ("…, Peter"). */
const ENGLISH_NAME_AFTER = /^,[ \t]?(\p{Lu}\p{Ll}+)(?=[ \t]*(?:\r?\n|$))/u;

/** A line that is a first name, a nickname in quotes or brackets, and a surname ("Anastasiya “Nastya” Kowalczuk"). */
const NICKNAME_LINE =
  /^[ \t]*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ \u00a0]['"“‘(](\p{Lu}[\p{Ll}\p{M}]+)['"”’)][ \u00a0](\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ \t]*$/gmu;

/** A word that may be a person's name part here: no ordinary word, tool, job word or place. */
function namePartWord(word: string): boolean {
  const f = fold(word);
  return (
    !isOrdinaryWord(word) && !TECH.has(f) && !ROLE_WORDS.has(f) && !isPlaceName(word) && !SECTIONS.has(f)
  );
}

/**
 * A person's name with a nickname between the first name and the surname on a line of its own, as
 * candidate lists and headers print it ("Anastasiya “Nastya” Kowalczuk", "Robert (Bob) Kowalczyk"): the
 * whole line, whatever the lexicons hold, when no word of it is an ordinary word, a tool, a job's word or a
 * place ("Python (Django) Developer" stays).
 */
function nicknameLines(text: string): Span[] {
  const out: Span[] = [];
  NICKNAME_LINE.lastIndex = 0;
  for (let m = NICKNAME_LINE.exec(text); m; m = NICKNAME_LINE.exec(text)) {
    if (![m[1]!, m[2]!, m[3]!].every(namePartWord)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].lastIndexOf(m[3]!) + m[3]!.length;
    out.push(nameSpan(start, end, 0.85));
  }
  return out;
}

/** A name field's label alone on its line, as ATS detail panes print a field above its value. */
const NAME_LINE_LABEL =
  /^(?:(?:full|preferred|first|last|family|given|middle|legal|candidate(?:'s)?|maiden|display|nick|sur|fore)[ \t]?)?names?$/i;
/** The value line: one to four words, the first capitalised, no digits, no "@". */
const NAME_LINE_VALUE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{L}[\p{L}\p{M}'’.-]*){0,3}$/u;

/**
 * The value under a name field's label on a line of its own ("Preferred name\nTua", "Surname\nHope"), as
 * ATS detail panes print it: the next line's words, whatever they are, unless the line is another field's
 * label or a heading ("Name\nStage\nSource", a list's column headings). Looked at only where "ame" ends a
 * line.
 */
function labelLineNames(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('ame\n'); i >= 0; i = text.indexOf('ame\n', i + 4))
    out.push(...labelLineAt(text, i));
  for (let i = text.indexOf('AME\n'); i >= 0; i = text.indexOf('AME\n', i + 4))
    out.push(...labelLineAt(text, i));
  return out;
}

function labelLineAt(text: string, i: number): Span[] {
  const lineStart = text.lastIndexOf('\n', i) + 1;
  if (i + 3 - lineStart > 24 || !NAME_LINE_LABEL.test(text.slice(lineStart, i + 3).trim())) return [];
  const from = i + 4;
  let to = text.indexOf('\n', from);
  if (to < 0) to = text.length;
  const raw = text.slice(from, to);
  const value = raw.trim();
  if (!value || value.length > 60 || !NAME_LINE_VALUE.test(value)) return [];
  const words = value.split(/[ \t]+/);
  // Another field's label or a list's column heading ("Stage", "Email", "Current company", "Recruiter"), a
  // section's heading, or a form's filler.
  const h = value.toLowerCase();
  // (A form's next field's label, "First name\nLast name", or its button, "Preferred name\nSave candidate":
  // the field's value is in an input, not in the text.)
  if (
    OTHER_COLUMNS.has(h) ||
    PEOPLE_COLUMNS.has(h) ||
    words.every((w) => SECTIONS.has(fold(w))) ||
    FILLER.test(value) ||
    NAME_LINE_LABEL.test(value) ||
    FORM_ACTION.test(value)
  )
    return [];
  const start = from + raw.indexOf(value);
  return [nameSpan(start, start + value.length, 0.85)];
}
/** A form's button: a verb of saving or sending and perhaps what it acts on ("Save candidate", "Submit", "Cancel"). */
const FORM_ACTION =
  /^(?:save|submit|cancel|send|update|apply|continue|next|back|edit|add|delete|remove|reset|clear|search|done|ok|confirm|close)(?:[ \t](?:candidate|changes|profile|application|details|email|message|note|draft|form|and (?:close|continue|next)))?$/i;

/** Names after "Name:" in any script. */
function labelledNames(text: string, labels: Array<[number, number]>): Span[] {
  const out: Span[] = [];
  for (const m of nameLabelMatches(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    // The label's words are no name ("Adı Soyadı:", where "Adı" is a given name of the lexicon too), nor
    // are a job title's after it (below).
    labels.push([m.index, start]);
    const value = m[1]!.replace(/\s{2,}.*$/s, '').trimEnd();
    const words = value.split(/\s+/).filter(Boolean);
    if (!value || words.length > 5 || !/\p{L}/u.test(value)) continue;
    // "Company Name: Tata Consultancy Services", "Client Name: Walmart", "Project Name: Phoenix": the name
    // of an employer, a client or a thing, no person's.
    if (thingNameLabel(text, m.index, start)) {
      labels.push([start, start + value.length]);
      continue;
    }
    // "Name: Mark Engineer", "Name: Quenby Tarrant Software Engineer": a job title after the name on the
    // field's line is kept, and the name before it is one.
    const job = trailingJob(words);
    if (job > 0) {
      const name = words.slice(0, job);
      if (name.every((w) => isOrdinaryWord(w) && !nameClass(w))) continue;
      const end = start + value.slice(0, value.indexOf(words[job]!, name.join(' ').length)).trimEnd().length;
      labels.push([end, start + value.length]);
      out.push(nameSpan(start, end, 0.9));
      continue;
    }
    // Ordinary words only are no name ("Name: Not provided"), unless each is a capitalised name of the
    // lexicons too ("Full Name: Will Young", "Name : Grace Bell": English names made of words).
    // A name part's field holds one name whatever word it is ("Surname: Hope", "Nickname: Kit", "First
    // name: Grace"), capitalised and not a form's filler ("Surname: None").
    const partField =
      words.length === 1 &&
      PART_LABEL.test(text.slice(m.index, start)) &&
      /^\p{Lu}\p{Ll}/u.test(value) &&
      !FILLER.test(value) &&
      !SECTIONS.has(fold(value));
    if (!partField && words.every((w) => isOrdinaryWord(w) || SECTIONS.has(fold(w))) && !wordNames(words))
      continue;
    // "Naam: Beleidsadviseur", "Nombre: Analista de datos": a job title in the name field, no given
    // name of the lexicon in it.
    if (namesJob(value) && !words.some((w) => isCapitalised(w) && nameClass(w) === 'strong')) {
      labels.push([start, start + value.length]);
      continue;
    }
    out.push(nameSpan(start, start + value.length, 0.9));
  }
  return out;
}

/**
 * The labels of the people around an application that name their person on the next line too, as a
 * page's fields and grid cells read one a line ("Referrer\nRose Baker", "Recruiter\nOkonjo, Temperance"):
 * a name of two words at least, or one written surname first. Lower case, one space between words.
 */
const LINE_ROLE_LABELS = new Set([
  'supervisor',
  'line manager',
  'hiring manager',
  'reporting manager',
  'reports to',
  'interviewer',
  'interviewers',
  'recruiter',
  'sourcer',
  'coordinator',
  'recruiting coordinator',
  'referee',
  'referees',
  'referred by',
  // A referral source's referrer ("Employee Referral: Okonjo, Temperance").
  'referral',
  'employee referral',
  'referrer',
  'sourced by',
  'submitted by',
  'added by',
  'emergency contact',
  'contact person',
  // An ATS list's or card's owner ("Owner\nTeodor Ashgrove").
  'owner',
]);
/**
 * Labels of the people around an application, written before a colon or a bar: the candidate's
 * supervisor or referee on a resume, the interviewer, recruiter or coordinator on an ATS page, a
 * message's copy list ("Supervisor: Rose Baker", "Interviewer | Candy Long", "cc: Amber Stone; Crystal
 * Waters"): {@link LINE_ROLE_LABELS} and the labels that take their name after a colon or bar only.
 */
const ROLE_LABELS = new Set([
  ...LINE_ROLE_LABELS,
  'manager',
  'reporting to',
  'reference',
  'references',
  'cc',
  'bcc',
  'mentor',
  'advisor',
  'adviser',
  'thesis advisor',
  // An academic CV's supervisors, committee and grants' investigators.
  'advisors',
  'advisers',
  'supervisors',
  'thesis supervisor',
  'phd advisor',
  'ph.d. advisor',
  'phd supervisor',
  'doctoral advisor',
  'dissertation advisor',
  'dissertation chair',
  'committee',
  'committee members',
  'thesis committee',
  'dissertation committee',
  'principal investigator',
  'pi',
  'contact',
  'point of contact',
  'next of kin',
  'panel',
  'panelists',
  'attendees',
  'guardian',
  'spouse',
  "father's name",
  "mother's name",
  "spouse's name",
  "husband's name",
]);
/** The last letters of {@link ROLE_LABELS}, in lower case, as a table over ASCII codes. */
const ROLE_LABEL_LAST = new Uint8Array(128);
for (const l of ROLE_LABELS) ROLE_LABEL_LAST[l.charCodeAt(l.length - 1) | 32] = 1;
/** The last words of {@link ROLE_LABELS} ("manager", "to", "name"). */
const ROLE_LABEL_WORDS = new Set([...ROLE_LABELS].map((l) => l.slice(l.lastIndexOf(' ') + 1)));
/** A letter of a label's word, or its apostrophe (ASCII). */
const isRoleLabelChar = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || c === 39;
/** The longest of {@link ROLE_LABELS}, and some room for a bullet and spaces. */
const ROLE_LABEL_REACH = 26;
/** A name's word: capitalised, or a particle or an initial. */
const ROLE_NAME =
  /[ \t]*((?:\p{Lu}[\p{L}\p{M}'’-]*\.?|de|van|von|da|di|le|la|del|der|den|bin|binti|al|el)(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’-]*\.?|de|van|von|da|di|le|la|del|der|den|bin|binti|al|el)){0,3})(?=[ \t]*(?:[,;|(\r\n]|$|[ \t]and[ \t]|[ \t]?[–—-][ \t]))/uy;
/** Honorifics that open the value ({@link roleLabelNames}). */
const ROLE_TITLE =
  /^(?:(?:Dr|Drs|Mr|Mrs|Ms|Mx|Prof|Profs|Professor|Professors|Sir|Dame|Rev|Herr|Frau|PVT|PFC|SPC|CPL|SGT|SSG|SFC|MSG|1SG|SGM|CSM|2LT|1LT|CPT|MAJ|LTC|COL|Sgt|SSgt|TSgt|MSgt|GySgt|Capt|Maj|Col)\.?[ \t]+)+/;
const ROLE_NEXT = /(?:[ \t]*[,;][ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)(?=\p{Lu})/uy;

/**
 * A comma and one capitalised word that ends the field (a bracket, a bar, a semicolon, the line's end)
 * right after a one-word value: a name written surname first, as trackers sort people ("Okonjo,
 * Temperance").
 */
const ROLE_GIVEN_AFTER = /[ \t]*,[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*)(?=[ \t]*(?:[()|;]|\r?\n|$))/uy;
/**
 * Role nouns that may name their person in brackets right after them, surname first ("contact her
 * current manager (Whitcombe, Anselm)"): lower case.
 */
const BRACKET_ROLES = new Set(
  'manager supervisor recruiter sourcer referee reference referrer referral mentor advisor adviser interviewer coordinator contact'.split(
    ' ',
  ),
);
/** A name in brackets written surname first: "(Whitcombe, Anselm)". */
const BRACKETED_SURNAME_FIRST = /\((\p{Lu}[\p{L}\p{M}'’-]*),[ \t](\p{Lu}[\p{L}\p{M}'’-]*)\)/uy;

/**
 * True when a surname and a given name written surname first read as a person's name
 * ({@link roleValueIsName}, given name first), and not as a place and its region ("London, Ontario").
 */
function surnameFirstIsName(surname: string, given: string): boolean {
  if (isPlaceName(surname) && isPlaceName(given)) return false;
  return roleValueIsName([given, surname]);
}

/**
 * Names written surname first in brackets right after a role noun ({@link BRACKET_ROLES}), in a sentence
 * too: "not contact her current manager (Whitcombe, Anselm) yet". A team or a list of words is no one
 * ("Product Manager (Payments, Risk)").
 */
function bracketedRoleNames(text: string, out: Span[]): void {
  for (let c = text.indexOf(' ('); c >= 0; c = text.indexOf(' (', c + 1)) {
    let w = c;
    while (w > 0 && c - w < 12 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
    if (w === c || !BRACKET_ROLES.has(text.slice(w, c).toLowerCase())) continue;
    BRACKETED_SURNAME_FIRST.lastIndex = c + 1;
    const m = BRACKETED_SURNAME_FIRST.exec(text);
    if (m && surnameFirstIsName(m[1]!, m[2]!)) out.push(nameSpan(c + 2, c + m[0].length, 0.85));
  }
}

/**
 * A line that holds one name written surname first and nothing else but a record's number in brackets,
 * as an ATS grid's cell reads ("Okonjo, Temperance", "Okonjo, Temperance (48213)").
 */
const SORTED_LINE =
  /^[ \t]*(\p{Lu}[\p{L}\p{M}'’-]+),[ \t](\p{Lu}[\p{L}\p{M}'’-]+)(?=(?:[ \t]+\(\d{3,8}\))?[ \t]*\r?$)/gmu;

/**
 * Names of {@link SORTED_LINE} whose given name is one of the lexicons that is also an English word
 * ("Temperance", "Rose", "Hope"; a name of the lexicon alone is read with its surname already) and whose
 * surname is no word at all, of no place, tool, job or organisation ("Okonjo"): "Marketing, Taylor",
 * "Boston, Massachusetts", "Skills, Python" stay.
 */
function sortedLineNames(text: string, out: Span[]): void {
  for (const m of scanAll(text, SORTED_LINE)) {
    const [surname, given] = [m[1]!, m[2]!];
    if (nameClass(given) !== 'common' || isPlaceName(given) || isPlaceName(surname)) continue;
    const f = fold(surname);
    if (isOrdinaryWord(surname) || looksLikeWord(surname) || nameClass(surname) === 'common') continue;
    if (TECH.has(f) || ROLE_WORDS.has(f) || SECTIONS.has(f) || CALENDAR.has(f) || LANGUAGES.has(f)) continue;
    if (isOrgTail(surname)) continue;
    const start = m.index + m[0].length - m[0].trimStart().length;
    out.push(nameSpan(start, m.index + m[0].length, 0.8));
  }
}

/** True when the words read as a person's name: capitalised words, no job, section, tool or organisation word, one a name of the lexicons or no word at all. */
function roleValueIsName(words: readonly string[]): boolean {
  const core = words.filter((w) => !isParticle(w) && !/^\p{Lu}\.$/u.test(w));
  if (!core.length || core.length > 4) return false;
  let named = 0;
  for (const w of core) {
    const f = fold(w);
    if (
      TECH.has(f) ||
      ROLE_WORDS.has(f) ||
      SECTIONS.has(f) ||
      CALENDAR.has(f) ||
      LANGUAGES.has(f) ||
      isOrgTail(w)
    )
      return false;
    // "TBD", "HR", "N": an acronym or a letter is no name unless the lexicon holds it.
    if (w.length <= 4 && w === w.toUpperCase() && !nameClass(w)) return false;
    if (nameClass(w)) named++;
    else if (isOrdinaryWord(w) || looksLikeWord(w)) return false;
  }
  if (core.every((w) => isPlaceName(w) && !nameClass(w))) return false;
  return named > 0 || core.length >= 2;
}

/** Names after the label of a person around the application ({@link ROLE_LABELS}), one or several. */
function roleLabelNames(text: string): Span[] {
  const out: Span[] = [];
  // [label's end, value's start, the label alone on its line]
  const seps: Array<[number, number, boolean]> = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) seps.push([c, c + 1, false]);
  for (let c = text.indexOf(' | '); c >= 0; c = text.indexOf(' | ', c + 1)) seps.push([c, c + 3, false]);
  for (let c = text.indexOf('\n'); c >= 0; c = text.indexOf('\n', c + 1))
    seps.push([c > 0 && text.charCodeAt(c - 1) === 13 ? c - 1 : c, c + 1, true]);
  for (const [at, after, line] of seps) {
    // (Most colons and bars follow no such label: the last letter before them, in lower case, is the last
    // letter of none, read before the label is cut out.)
    let e = at;
    while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    const last = text.charCodeAt(e - 1) | 32;
    if (last > 127 || !ROLE_LABEL_LAST[last]) continue;
    let w = e - 1;
    while (w > 0 && e - w < 14 && isRoleLabelChar(text.charCodeAt(w - 1))) w--;
    if (!ROLE_LABEL_WORDS.has(text.slice(w, e).toLowerCase())) continue;
    // The label: the words back to the line's start, a bar, a bullet or a semicolon.
    let a = at;
    while (a > 0 && at - a <= ROLE_LABEL_REACH) {
      const k = text.charCodeAt(a - 1);
      if (k === 10 || k === 13 || k === 124 || k === 59 || k === 0x2022 || k === 0xb7) break;
      a--;
    }
    if (at - a > ROLE_LABEL_REACH) continue;
    const label = text
      .slice(a, at)
      .trim()
      .replace(/[ \t]+/g, ' ')
      .toLowerCase();
    if (line ? !LINE_ROLE_LABELS.has(label) : !ROLE_LABELS.has(label)) continue;
    let p = after;
    for (let n = 0; n < 6; n++) {
      ROLE_NAME.lastIndex = p;
      const m = ROLE_NAME.exec(text);
      if (!m) break;
      // (An honorific before the name is the title recognizer's: "Referee: Dr. Ingrid Berg".)
      const title = ROLE_TITLE.exec(m[1]!);
      const value = title ? m[1]!.slice(title[0].length) : m[1]!;
      // "Employee Referral: Okonjo, Temperance": one word, a comma and one word that ends the field, a
      // name written surname first; one person, masked whole.
      if (value && n === 0 && !/[ \t]/.test(value)) {
        ROLE_GIVEN_AFTER.lastIndex = ROLE_NAME.lastIndex;
        const given = ROLE_GIVEN_AFTER.exec(text);
        if (given && surnameFirstIsName(value, given[1]!)) {
          out.push(nameSpan(ROLE_NAME.lastIndex - value.length, ROLE_GIVEN_AFTER.lastIndex, 0.85));
          break;
        }
        // A word alone under a heading ("Recruiter\nUpdated") is another heading as often as a name.
        if (line) break;
      }
      if (!value || !roleValueIsName(value.split(/[ \t]+/))) break;
      const start = ROLE_NAME.lastIndex - value.length;
      out.push(nameSpan(start, ROLE_NAME.lastIndex, 0.85));
      ROLE_NEXT.lastIndex = ROLE_NAME.lastIndex;
      if (!ROLE_NEXT.test(text)) break;
      p = ROLE_NEXT.lastIndex;
    }
  }
  if (text.includes(', ')) {
    bracketedRoleNames(text, out);
    sortedLineNames(text, out);
  }
  return out;
}

/** Role words that are jobs on their own and no surnames ({@link ROLE_WORDS} has "Dean", "Head", "Lead"). */
const JOB_NOUNS = new Set(
  'engineer developer manager analyst consultant architect administrator specialist designer programmer scientist researcher technician tester coordinator accountant'.split(
    ' ',
  ),
);

/**
 * Index of the first word of a job title that ends a name field's value ("Mark Engineer" → 1,
 * "Quenby Tarrant Senior Software Engineer" → 2: a role word last, with the ordinary words before it
 * that are no names of the lexicon), or 0: none, nothing before it, or one role word that may be a surname.
 */
function trailingJob(words: readonly string[]): number {
  const last = words.length - 1;
  if (last < 1 || !isCapitalised(words[last]!) || !ROLE_WORDS.has(fold(words[last]!))) return 0;
  let i = last;
  while (i > 1 && isOrdinaryWord(words[i - 1]!) && !nameClass(words[i - 1]!) && isCapitalised(words[i - 1]!))
    i--;
  // A role word alone ends the name unless it is a job noun no surname is ("Name: Emma Dean", "Tom Head").
  return i === last && !JOB_NOUNS.has(fold(words[last]!)) ? 0 : i;
}

/** Nouns before "Name:" that make it the name of an organisation or a thing ("Company Name:"). */
const THING_BEFORE_NAME = new Set(
  'company companies client clients customer employer organisation organization org project projects product brand team account bank branch department dept course programme program hotel store shop firm business domain host server database app application module file tool vendor supplier partner institution event'.split(
    ' ',
  ),
);

/** True when the word right before a "Name:" label is a {@link THING_BEFORE_NAME} ("Company Name:", "Client name :"). */
function thingNameLabel(text: string, from: number, valueStart: number): boolean {
  const label = text.slice(from, valueStart);
  const m = /(?:^|[\s|])(\p{L}+)\s+name\s?[:：]/iu.exec(label);
  if (m) return THING_BEFORE_NAME.has(m[1]!.toLowerCase());
  // The label's match starts at "name": the word before it on the line.
  if (!/^[\s|]?name\s?[:：]/i.test(label)) return false;
  const before = /(\p{L}+)[ \t]*[\s|]?$/u.exec(text.slice(Math.max(0, from - 20), from + 1));
  return !!before && THING_BEFORE_NAME.has(before[1]!.toLowerCase());
}

/** Two to four capitalised words, each a given name or surname of the lexicons ("Will Young", "Faith Long"). */
function wordNames(words: readonly string[]): boolean {
  // (A tool's word that the name lexicons hold counts too: "Crystal Wexley", "Ruby Fairweather".)
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (w) => isCapitalised(w) && !SECTIONS.has(fold(w)) && (nameClass(w) !== null || toolWordName(w)),
    )
  );
}

/** True when the span lies inside a name field's label or a job title in its place ({@link labelledNames}). */
function insideLabel(labels: ReadonlyArray<readonly [number, number]>, s: Span): boolean {
  for (const [a, b] of labels) if (s.start >= a && s.end <= b) return true;
  return false;
}

/** Name parts echoed by e-mail local parts and profile slugs ("raye.oconnell@", "/in/meda-cronin"). */
/** Adds to `out` the keys of the name-like parts of an e-mail's local part or a profile handle. */
function addEchoed(out: Set<string>, raw: string): void {
  for (const piece of raw.split(/[._\-\d+%']+/)) {
    for (const p of piece.split(/(?<=\p{Ll})(?=\p{Lu})/u)) {
      if (p.length >= 3 && !isOrdinaryWord(p)) out.add(key(p));
    }
  }
}

/**
 * The words of e-mail local parts and profile slugs ({@link echoSources}) of two or three pieces that are
 * each a name of the lexicons ("grace.bell", "will-young-4b2a"), lower-cased, in both orders.
 */
function echoedWordNames(sources: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const raw of sources) {
    const pieces = raw
      .split(/[._\-\d+%']+/)
      // (Single letters are a slug's hash or an initial: "will-young-4b2a".)
      .filter((p) => p.length >= 2)
      .map((p) => p.toLowerCase());
    if (pieces.length < 2 || pieces.length > 3) continue;
    if (!pieces.every((p) => /^\p{Ll}+$/u.test(p))) continue;
    // Every piece a name of the lexicons; or ("sky.patel", "ocean.liu") one a strong name and the others
    // words of three letters or more that name no mailbox, role, section or place ("sales.smith" stays).
    const named = pieces.filter((p) => nameClass(p[0]!.toUpperCase() + p.slice(1)) !== null);
    if (
      named.length < pieces.length &&
      !(
        pieces.some((p) => nameClass(p[0]!.toUpperCase() + p.slice(1)) === 'strong') &&
        pieces.every(
          (p) =>
            named.includes(p) ||
            (p.length >= 3 &&
              !MAILBOX_WORDS.has(p) &&
              !ROLE_WORDS.has(p) &&
              !SECTIONS.has(p) &&
              !isPlaceName(p[0]!.toUpperCase() + p.slice(1))),
        )
      )
    )
      continue;
    out.push(pieces, [...pieces].reverse());
  }
  return out;
}

/** Words of shared mailboxes' addresses ("sales.team@", "info.london@"): no part of a person's name. */
const MAILBOX_WORDS = new Set(
  `info contact sales admin support jobs careers career office team hello mail recruiting recruitment
  noreply reply enquiries inquiries press media billing accounts service services help desk hiring talent
  marketing news webmaster postmaster the and group dept`.split(/\s+/),
);

/**
 * Runs of capitalised words, one or two spaces apart, that spell an echoed e-mail or slug's words in
 * order ({@link echoedWordNames}): "Grace Bell" or "BELL Grace" beside "grace.bell@example.com".
 */
function echoedSequences(
  text: string,
  toks: readonly Token[],
  capitals: readonly number[],
  sources: readonly string[],
): Span[] {
  const seqs = echoedWordNames(sources);
  if (!seqs.length) return [];
  const out: Span[] = [];
  // (A word is lower-cased only when its length is that of a first piece.)
  const lengths = new Set(seqs.map((q) => q[0]!.length));
  const tryAt = (k: number, lower: boolean) => {
    if (!lengths.has(toks[k]!.text.length)) return;
    const first = toks[k]!.text.toLowerCase();
    for (const seq of seqs) {
      if (first !== seq[0]) continue;
      let j = k;
      for (let q = 1; q < seq.length && j >= 0; q++) {
        const a = toks[j]!;
        const b = toks[j + 1];
        const gap = b ? text.slice(a.end, b.start) : '';
        j =
          b &&
          (lower ? b.text === seq[q] : isCapitalised(b.text)) &&
          b.text.toLowerCase() === seq[q] &&
          /^[ \t]{1,2}$/.test(gap)
            ? j + 1
            : -1;
      }
      if (j >= 0) out.push(nameSpan(toks[k]!.start, toks[j]!.end, 0.85));
    }
  };
  for (const k of capitals) tryAt(k, false);
  // "jane doe" beside "jane.doe@…": a header or a signature written all in lower case spells the same
  // words (each piece a name of the lexicons, in the e-mail's order or reversed).
  for (let k = 0; k < toks.length; k++) {
    const c = toks[k]!.text.charCodeAt(0);
    if (c >= 97 && c <= 122) tryAt(k, true);
  }
  return out;
}

/** E-mail local parts and profile slugs of the text ("raye.oconnell", "meda-cronin"), as written. */
function echoSources(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // Walk back over the local part by hand: a regex here would rescan 64 characters at every position.
    let s = at;
    while (s > 0 && at - s < 64 && /[\p{L}\p{N}._%+'-]/u.test(text[s - 1]!)) s--;
    if (at - s >= 3) out.push(text.slice(s, at));
  }
  for (const m of echoProfiles(text)) out.push(m[1]!);
  return out;
}

function echoedParts(sources: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of sources) addEchoed(out, raw);
  return out;
}

/** Profile paths whose slug echoes a name ("linkedin.com/in/meda-cronin"). */
const ECHO_PROFILE =
  /(?:linkedin\.com\/(?:in|pub)|indeed\.com\/r|github\.com|twitter\.com)\/([\p{L}\p{N}_-]{3,80})/giu;
const ECHO_PROFILE_AT = sticky(ECHO_PROFILE);
/**
 * Lengths of ECHO_PROFILE's domains ("linkedin.com" 12, ...), read from its source: every
 * alternative starts with a ".com" domain and a "/". Null if the pattern changed shape (then the
 * full scan runs). Their letters are one code unit under /iu (the Kelvin sign for k too).
 */
const ECHO_LENGTHS = ((alts) => {
  const domains = alts.map((a) => /^([a-z]+)\\\.com(?:\\\/|$)/.exec(a)?.[1]);
  return domains.every(Boolean)
    ? [...new Set(domains.map((d) => d!.length + 4))].sort((a, b) => b - a)
    : null;
})(/^\(\?:(.*)\)\\\/\(/.exec(ECHO_PROFILE.source)?.[1]?.split(/\|(?![^(]*\))/) ?? ['?']);

/**
 * ECHO_PROFILE's matches, tried only where one can start: a domain's length before each "/"
 * that follows ".com" (any case).
 */
function echoProfiles(text: string): RegExpExecArray[] {
  if (!ECHO_LENGTHS) return /linkedin|indeed|github|twitter/i.test(text) ? scanAll(text, ECHO_PROFILE) : [];
  const starts: number[] = [];
  for (let k = text.indexOf('/'); k !== -1; k = text.indexOf('/', k + 1)) {
    if (k < 4 || text.charCodeAt(k - 4) !== 46 || text.slice(k - 3, k).toLowerCase() !== 'com') continue;
    for (const len of ECHO_LENGTHS) if (k >= len) starts.push(k - len);
  }
  if (starts.length > ECHO_LENGTHS.length) starts.sort((a, b) => a - b);
  return scanAt(text, ECHO_PROFILE_AT, starts);
}

/** Words before a person ("says X", "my kid X", "shouted at X"). */
const PERSON_BEFORE = phrasesBefore(
  [
    'name is',
    'named him',
    'named her',
    'calls me',
    'called me',
    'call him',
    'call her',
    'says',
    'said',
    'told',
    'asked',
    'tells',
    'shouted at',
    'yelled at',
    'met',
    'meet',
    'meeting with',
    'spoke with',
    'talked to',
    'talk to',
    'follow up with',
    'thanks to',
    'according to',
    'tell',
    'kid',
    'son',
    'daughter',
    'wife',
    'husband',
    'brother',
    'sister',
    'friend',
    'mother',
    'father',
    'mom',
    'dad',
    'uncle',
    'aunt',
    'cousin',
    'boss',
    'colleague',
    'partner',
    'grandfather',
    'grandmother',
    'nephew',
    'niece',
    'founder',
    'founders',
    'starring',
    'directed by',
    'written by',
    'featuring',
    'contact',
    'ask',
    'by',
    // Recruiters' notes ("Looping in Grace Bell", "Synced with Dawn", "Reached out to Hope Rivers").
    'worked closely with',
    'spoke to',
    'spoken to',
    'synced with',
    'sync with',
    'looping in',
    'looped in',
    'reached out to',
    'heard back from',
    'chatted with',
  ],
  'iy',
);
/**
 * Verbs of recruiters' notes that take a colleague or an organisation alike ("Pinged Summer about
 * references", "Checked with Hope", "Waiting on Joy for the offer", "Emailed Lucía Ferrer", "agree with
 * Faith"; "Waiting on Brightpath", "Emailed Acme the NDA"): a person only where each word is a name of the lexicons.
 */
const NOTE_PERSON_BEFORE = phrasesBefore(
  [
    'pinged',
    'ping',
    'checked with',
    'check with',
    'checked in with',
    'check in with',
    'caught up with',
    'catch up with',
    'confirmed with',
    'followed up with',
    'debriefed with',
    'waiting on',
    'heard from',
    'emailed',
    'texted',
    'messaged',
    'nudged',
    'reminded',
    'handed over to',
    'handed off to',
    'hand off to',
    'agree with',
    'agreed with',
  ],
  'iy',
);

/** Words after a person ("X is very reliable", "X lives on", "X said"). */
const PERSON_AFTER_PHRASES = [
  'is (?:very|from|my|our|not|always|never|reliable|coming|going|here|there)',
  'was (?:born|my|very)',
  'lives',
  'lived',
  'says',
  'said',
  'spent',
  'shouted',
  'told',
  'asked',
  'wrote',
  'writes',
  'works',
  'worked',
  'joined',
  'left',
  'went',
  'came',
  'called',
  'has (?:been|a|an)',
  'had (?:a|an|been|given)',
  'began',
  'begins',
  'will (?:be|come|call|send|join)',
  'and (?:I|me|my|his|her)\\b',
  'just (?:turned|has|had|got)',
  'wants',
  'needs',
  'loves',
  'likes',
  'thinks',
  'knows',
  'smiled',
  'laughed',
  'replied',
  'answered',
  // Recruiters' notes ("Hunter mentioned that …", "Dawn flagged the gap").
  'mentioned',
  'noted',
  'flagged',
  'confirmed',
  'suggested',
  'agreed',
  // Scorecards ("Grace was strong on system design", "Faith struggled with the last question").
  'was (?:strong|excellent|impressive|articulate|thoughtful|solid|unable|able to)',
  'is (?:a strong|strong|interviewing|available|open to|currently|still)',
  'seems',
  'seemed',
  'struggled',
  'demonstrated',
  'impressed',
  'explained',
  'prefers',
  'declined',
];
const PERSON_AFTER = new RegExp(`\\s(?:${PERSON_AFTER_PHRASES.join('|')})\\b`, 'y');
const PERSON_AFTER_GATE = new WordGate(firstWords(PERSON_AFTER_PHRASES), false);

/** A work after the name of its author or performer ("the Ruoho novel", "The Ilse Brandt version"). */
const WORK_AFTER =
  /\s(?:novels?|memoirs?|biography|films?|movies?|documentary|poems?|paintings?|portraits?|symphony|concerto|opera|sonata|version|recording)\b/y;
/** The same, without the words that also follow a product ("the Zorbix version"). */
const AUTHORED_AFTER =
  /\s(?:novels?|memoirs?|biography|films?|movies?|documentary|poems?|paintings?|portraits?|symphony|concerto|opera|sonata)\b/y;
const THE_BEFORE = /(?<=\b[Tt]he\s)/y;
/** "ex-Beatle", "ex-Googler": a former member of a group, the person's name after it. */
const EX_MEMBER_BEFORE = /(?<=(?:^|[\s(])ex-\p{Lu}[\p{L}\p{M}]+\s)/uy;
/** A possessive before a relative or a personal detail ("Oriane's husband", "Matek's address"). */
const POSSESSED_AFTER =
  /['’]s\s(?:daughter|son|wife|husband|mother|father|mom|dad|brother|sister|kids?|children|parents?|boss|birthday|address(?! (?:book|bar|space|field|line|list)))\b/y;

/** True when punctuation, a line break or the text's end follows `end` ("the Thames." but not "the Dane County"). */
function phraseEndAt(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 10 || c === 13
  );
}

/** True when a lower-case "the " ends at `at` after a non-letter. */
function lowerTheBefore(text: string, at: number): boolean {
  return (
    at >= 4 &&
    text.charCodeAt(at - 1) === 32 &&
    text.charCodeAt(at - 2) === 101 &&
    text.charCodeAt(at - 3) === 104 &&
    text.charCodeAt(at - 4) === 116 &&
    (at === 4 || !isAsciiLetter(text.charCodeAt(at - 5)))
  );
}

/** A certificate's or a licence's word and "by" ("Certification by ", "Licence by "). */
const CERTIFIED_BY_BEFORE = /\b(?:certificate|certification|credential|license|licence)s? by\s{1,2}$/i;

/**
 * True when the piece is one acronym after a certificate's word and "by" ("Teaching Certification by
 * MSDE"): a school or a state's education authority certifies, and it is masked as a school would be
 * (a platform after it is written in Title Case: "Certificate by Coursera").
 */
function authorityAcronym(text: string, piece: Token[]): boolean {
  const t = piece[0]!;
  if (piece.length !== 1 || t.text.length < 3 || !isAllCaps(t.text) || text.charCodeAt(t.start - 1) !== 32)
    return false;
  return CERTIFIED_BY_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/** {@link ORG_BY_WORDS} before "by" ("Issued by Coursera", "Course by Udemy"). */
const ORG_BY_BEFORE = new RegExp(`\\b(?:${ORG_BY_WORDS}) by\\s{1,2}$`, 'i');

/** True when {@link ORG_BY_BEFORE} ends at `at` (asked only after "by "). */
function orgByBefore(text: string, at: number): boolean {
  return ORG_BY_BEFORE.test(text.slice(Math.max(0, at - 20), at));
}

/** True when "the " or "The " ends at `at` after a non-letter (THE_BEFORE, read by code). */
function theBefore(text: string, at: number): boolean {
  if (at < 4 || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 101) return false;
  return matchesAt(text, THE_BEFORE, at);
}

/** True when the word before `at` (one space on) starts with "ex-": the cheap gate of EX_MEMBER_BEFORE. */
function exBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  let i = at - 2;
  while (i >= 0 && at - i < 40 && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 45) i--;
  return (
    i >= 2 && text.charCodeAt(i) === 45 && text.charCodeAt(i - 1) === 120 && text.charCodeAt(i - 2) === 101
  );
}

/**
 * A label of capitals before a list of two commas or more ("ML: PyTorch, TensorFlow, scikit-learn", "QA:
 * Selenium, Cypress, pytest"): a skills line's heading, no speaker.
 */
const ACRONYM_LABEL = /^\p{Lu}{2,4}$/u;
const LIST_AFTER = /^[ \t]?[^\s,.!?]{1,25}(?: [^\s,.!?]{1,25})?,[ \t][^\n,]{1,30},/u;
/** A vocative ("Don't go to town, Mark!", after it "!" or "?") and a speaker label ("Vinka: What ..."), around a piece. */
const VOCATIVE_BEFORE = /(?<=,\s)/y;
const SPEAKER_AFTER = /:\s?["“\p{Lu}]/uy;
/**
 * Field labels of forms and recruiting pages that name lexicons also hold as surnames ("Stage: On-site
 * interview", "Race: Asian", "Level: Senior"), and the labels of a candidate's right to work ("Visa:
 * Employment visa", "Permit: Yes", "Clearance: Secret"), and those of US self-identification forms ("Veteran:
 * Protected veteran", "Disability:", "Ethnicity:"), and those of ATS pages in German, French, Spanish,
 * Portuguese and Dutch ("Stelle:", "Étape :", "Puesto:", "Etapa:", "Vaga:", "Functie:", "Fase:"), Italian,
 * Polish, Swedish and Spanish ("Posizione:", "Etap:", "Stanowisko:", "Källa:", "Ubicación:"): before a
 * colon they are labels, never speakers.
 */
const FIELD_LABELS = new LowerWords(
  'stage race level rank grade class rating score step round band shift term cycle sex age faith creed caste title salary pay rate notice start priority post position batch track mode branch division unit section category language reason outcome decision feedback summary note comment answer question subject date time hours budget team manager referrer owner source type result phase status visa permit licence license clearance sponsorship citizenship residency availability relocation veteran disability ethnicity stelle phase stufe quelle abteilung standort poste étape etape statut service puesto etapa estado fuente vacante cargo área area vaga fase fonte functie bron afdeling vacature locatie posizione sede reparto stato ruolo livello valutazione nota commento origine decisione motivo processo assunzione candidato candidata colloquio offerta tipo esito punteggio etap stanowisko źródło dział lokalizacja rola poziom ocena wynik notatka komentarz typ oferta decyzja powód proces rekrutacja zatrudnienie kandydat kandydatka projekt rekruter steg kandidat rekryterare tjänst källa roll avdelning plats nivå betyg anteckning kommentar erbjudande beslut anledning skäl resultat ubicación valoración comentario departamento decisión proceso contratación resultado puntuación attuale actual atual actuel aktuell nuvarande obecnie aktualnie huidig'.split(
    ' ',
  ),
);

/** The Polish "you" as a UI capitalises it ("Tobie", "Ciebie", "Tobą"; "Tobie" is a French given name too). */
const POLISH_YOU = new Set(['Tobie', 'Ciebie', 'Tobą', 'Cię']);
/** A Polish preposition and one space before it ("o ", "do ", "dla "). */
const POLISH_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:o|do|dla|z|ze|od|u|w|przez|po|przy)[ ]$/u;

/** "Yes" and "no" in Spanish, Italian, Portuguese, French, German, Dutch, Polish and Swedish that name lexicons hold too ("Sí", "Tak", "Nie"). */
const ANSWER_WORDS = new LowerWords('sí sì si sim não nao oui non ja nein nee tak nie nej'.split(' '));

/** True when the token is alone on its line (spaces and a full stop aside): read beside it, no search of the line. */
/**
 * True when the piece is its line's only text (spaces aside), or opens its line before a card's
 * separator ("RORY DELACOURT · Senior Engineer", "RORY DELACOURT | London").
 */
function lineIsPiece(text: string, piece: Token[]): boolean {
  let i = piece[0]!.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 10) return false;
  const end = piece[piece.length - 1]!.end;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (j >= text.length || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) return true;
  return j > end && CARD_SEPARATORS.includes(text[j]!) && text.charCodeAt(j + 1) === 32;
}
/** Separators between a card's fields on one line. */
const CARD_SEPARATORS = '·|•–—';

function aloneOnLine(text: string, t: Token): boolean {
  let i = t.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 10) return false;
  let j = t.end;
  while (
    j < text.length &&
    (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 46)
  )
    j++;
  return j >= text.length || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13;
}

/** Column headings of candidate lists that {@link FIELD_LABELS} lacks ("Applied", "Added", "Tags"). */
const COLUMN_WORDS = new LowerWords(
  'name candidate applied added created updated job location email phone tags rating actions activity'.split(
    ' ',
  ),
);
/** A line of one to three words whose first word is a field label or a column heading. */
const HEADING_LINE = /^[ \t]*(\p{L}+)(?:[ \t]\p{L}+){0,2}[ \t]*$/u;

/**
 * True when the token is a field label alone on its line and the next two lines are headings too
 * ({@link FIELD_LABELS}, {@link COLUMN_WORDS}): a table's column headings, one a line as a page's cells
 * are read ("Name\nStage\nSource\nApplied\nOwner"), no name after the "Name" heading.
 */
function columnHeading(text: string, t: Token): boolean {
  if (!FIELD_LABELS.has(t.text) || !isOrdinaryWord(t)) return false;
  // (The word's line is the word alone: the characters beside it are read, no search of the line.)
  if (t.start > 0 && text.charCodeAt(t.start - 1) !== 10) return false;
  let le = t.end;
  if (text.charCodeAt(le) === 13) le++;
  if (text.charCodeAt(le) !== 10) return false;
  let at = le + 1;
  for (let k = 0; k < 2; k++) {
    // (A heading's line is short: the next line break is looked for within 40 characters.)
    const nl = text.slice(at, at + 40).indexOf('\n');
    const end = nl < 0 ? -1 : at + nl;
    const m = HEADING_LINE.exec(
      text.slice(at, end < 0 ? Math.min(text.length, at + 40) : end).replace(/\r$/, ''),
    );
    if (!m || !(FIELD_LABELS.has(m[1]!) || COLUMN_WORDS.has(m[1]!))) return false;
    if (end < 0) return k === 1;
    at = end + 1;
  }
  return true;
}

/**
 * True when a lower-case word other than a name's particle follows on the line from `at` (read up
 * to 120 characters): a speaker says a sentence ("Vinka: What a wife."), while a field label's
 * value is a place, an address or a number, in capitals and digits ("Geburtsland: Österreich",
 * "Wohnadresse: Lindenweg 4, 8001 Zürich").
 */
function saysSomething(text: string, at: number): boolean {
  const stop = Math.min(text.length, at + 120);
  for (let i = at; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    // A word's first letter: after a space, a quote or a bracket.
    const p = text.charCodeAt(i - 1);
    if (p !== 32 && p !== 34 && p !== 0x201c && p !== 40) continue;
    if (!((c >= 97 && c <= 122) || (c >= 128 && /\p{Ll}/u.test(text[i]!)))) continue;
    // A name's particle is no sentence ("Contactpersoon: Dhr. Jan de Vries").
    let e = i + 1;
    while (e < stop && text.charCodeAt(e) > 32) e++;
    if (!isParticle(text.slice(i, e))) return true;
  }
  return false;
}

/**
 * True when the piece ending at `end` is a field's label: a colon or a dash and a space follow it,
 * perhaps after an abbreviation's dot ("Contact No.: 98…", "Contact Person: …", "Emergency Contact
 * No - 98…"), or a dot and a number do ("contact No. 5"). "Contact" before it is then the label's
 * first word, not a verb of people.
 */
function labelAfter(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 46) {
    i++;
    if (text.charCodeAt(i) === 32) {
      const d = text.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) return true;
    }
  }
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === 58 || ((c === 45 || c === 0x2013) && text.charCodeAt(i + 1) === 32);
}

/** True when a capitalised English word that is no name follows `end` after one space ("Prior Worker"). */
function titleWordAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  LETTERS_AT.lastIndex = end + 1;
  const m = LETTERS_AT.exec(text);
  // (Not a day or a month: "told Grace Thursday".)
  return (
    m !== null &&
    /^\p{Lu}\p{Ll}/u.test(m[0]) &&
    isOrdinaryWord(m[0]) &&
    !nameClass(m[0]) &&
    !CALENDAR.has(m[0].toLowerCase())
  );
}

/** The labels of an e-mail's header fields in German, Dutch, French, Spanish and Portuguese that name lexicons hold ("Von", "De", "Para"), lower case. */
const MAIL_LABELS = new Set(NAME_LIKE_MAIL_LABELS.map((l) => l.toLowerCase()));

/**
 * True when the piece is one such label that opens its line before a colon ("Von: Anke Jansen", "De :
 * Solène Marchand", "Para: Recursos Humanos"): a field of a mail's header, no name.
 */
function mailLabel(text: string, piece: readonly Token[]): boolean {
  if (piece.length !== 1) return false;
  const t = piece[0]!;
  const c = text.charCodeAt(t.end);
  if (c !== 58 && !(c === 32 && text.charCodeAt(t.end + 1) === 58)) return false;
  if (!MAIL_LABELS.has(t.text.toLowerCase())) return false;
  let i = t.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/** Latin after "per" ("per Diem", "per Annum", "per Capita", "per Se"): no person whose word is reported. */
const PER_LATIN = new Set(['diem', 'annum', 'anum', 'capita', 'se', 'cent', 'centum', 'mille', 'mensem']);

/**
 * "Per Summer, the candidate prefers remote", "as per Grace's notes": whose word a note reports, after
 * "per" and one space; each word a name of the lexicons (not "per Company Policy", "per Annum").
 */
function perSource(text: string, start: number, piece: readonly Token[]): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32 || (text.charCodeAt(start - 2) | 32) !== 114)
    return false;
  if (!/(?:^|[^\p{L}])[Pp]er $/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  return !PER_LATIN.has(fold(piece[0]!.text)) && piece.every((t) => nameClass(bare(t)));
}

/** True when the words around a capitalised, not-ordinary piece say it is a person. */
function personContext(text: string, start: number, end: number, piece: Token[]): boolean {
  // The context first: it rarely says so, and then the words need no checking.
  // Vocative ("Don't go to town, Mark!") and speaker labels at the start of a line or sentence ("Vinka: What ...").
  // (Each pattern is tried only where the character it needs first stands: "!" or "?", ":", or
  // white space after the piece, white space before it.)
  const after = text.charCodeAt(end);
  const person =
    ((after === 33 || after === 63) && matchesAt(text, VOCATIVE_BEFORE, start)) ||
    (after === 58 &&
      matchesAt(text, SPEAKER_AFTER, end) &&
      !(piece.length === 1 && FIELD_LABELS.has(piece[0]!.text)) &&
      !(
        piece.length === 1 &&
        ACRONYM_LABEL.test(piece[0]!.text) &&
        LIST_AFTER.test(text.slice(end + 1, end + 80))
      ) &&
      (start === 0 || /[.!?"\n]\s*$/.test(text.slice(Math.max(0, start - 24), start))) &&
      saysSomething(text, end + 1)) ||
    (phraseBefore(PERSON_BEFORE, text, start) && !labelAfter(text, end) && !orgByBefore(text, start)) ||
    (phraseBefore(NOTE_PERSON_BEFORE, text, start) && piece.every((t) => nameClass(t) !== null)) ||
    perSource(text, start, piece) ||
    personAfter(text, end) ||
    (exBefore(text, start) && matchesAt(text, EX_MEMBER_BEFORE, start)) ||
    (theBefore(text, start) && matchesAt(text, AUTHORED_AFTER, end)) ||
    (end - start > 2 && text.charCodeAt(end - 1) === 115 && matchesAt(text, POSSESSED_AFTER, end - 2));
  if (!person) return false;
  // "Referred by Prior Worker" (a Workday field's value): names that are all also words, before a
  // capitalised English word that is no name, open a Title Case phrase.
  if (piece.every((t) => isOrdinaryWord(t)) && titleWordAfter(text, end)) return false;
  // Names that are also words ("Mark", "Angel") count here; other ordinary words and places do not.
  // (A surname of the lexicon that is also a place stays one after a given name: "Grace Bell".)
  if (
    piece.some(
      (t, k) =>
        (isOrdinaryWord(t) && !nameClass(t)) ||
        (isPlaceName(t) && (k === 0 || !nameClass(t))) ||
        !/^\p{Lu}/u.test(t.text),
    ) ||
    (piece.length === 2 && isPlaceName(`${piece[0]!.text} ${piece[1]!.text}`))
  )
    return false;
  return !piece.some((t) => looksLikeWord(t.text) && !nameClass(t));
}

/** "my name is vitoria", "call me višeslav": names in any case after a self-introduction. */
const SELF_NAMED =
  /\b(?:my name is|my name's|call me|calls me|called me|i am called|i'm called)\s([\p{L}\p{M}'’-]{2,30})(?:\s([\p{L}\p{M}'’-]{2,30}))?/giu;

const SELF_NAMED_AT = sticky(SELF_NAMED);
/** "name" and "call" (no other letters fold to these under /iu): every cue holds one. */
const SELF_ANCHOR = /name|call/gi;
/**
 * Where a cue starts, from its anchor ("call me" 0, "my name is" 3, ...), read from SELF_NAMED's
 * cues; null when a cue is not plain words holding "name" or "call" (then the full scan runs).
 */
const SELF_OFFSETS = ((cues) => {
  const offsets = cues?.map((c) => c.search(/name|call/));
  return offsets && !offsets.includes(-1) ? [...new Set(offsets)].sort((a, b) => b - a) : null;
})(plainWords(/^\\b\(\?:([^)]*)\)/.exec(SELF_NAMED.source)?.[1]));

/** Role nouns of a third-person bio ("… is a seasoned engineer"): a person's job, singular. */
const BIO_ROLES = new Set(
  `engineer developer designer manager director officer analyst consultant architect administrator specialist
  scientist researcher professor lecturer teacher writer editor producer coach trainer founder cofounder
  entrepreneur leader professional strategist marketer recruiter executive nurse doctor physician accountant
  lawyer attorney student graduate technologist programmer`.split(/\s+/),
);
/** Words that end the phrase after "is a" before its role noun. */
const BIO_STOP = new Set([
  'of',
  'for',
  'at',
  'with',
  'in',
  'on',
  'who',
  'that',
  'which',
  'and',
  'to',
  'by',
  'from',
]);
/** The words a bio's verb phrase may put before the role: articles, adverbs, adjectives ("a seasoned full-stack"). */
const BIO_LEAD = / (?:is|was) (?:an?|the) /y;

/**
 * The subject of a third-person bio, as LinkedIn "About" sections and speaker bios open: an unknown
 * capitalised word opening a sentence before "is a"/"is an" and, within four words, a job's role noun
 * ("Quellin is a seasoned engineer who loves Rust", "Zorvak is an award-winning product leader").
 * Known names are found without this; tools, places, organisations and ordinary words are no subject
 * ("Kafka is a distributed log", "Acme is a leading provider"). Looked for only at " is a"/" was a".
 */
function bioSubjects(text: string, toks: Token[]): Span[] {
  const out: Span[] = [];
  const at = bioVerbs(text, toks);
  for (const [v, verb] of BIO_VERBS.entries()) {
    // (As the search for the phrase it replaces: one at the very start of the text ended it.)
    if (at[v]!.length === 0 || text.startsWith(verb)) continue;
    for (const k of at[v]!) {
      BIO_LEAD.lastIndex = k;
      const lead = BIO_LEAD.exec(text);
      if (!lead) continue;
      const i = tokenEndingAt(toks, k);
      if (i < 0) continue;
      const t = toks[i]!;
      // The word opens the text, its line or its sentence.
      if (!/(?:^|[.!?]\s|\n)\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
      if (
        !/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text) ||
        isOrdinaryWord(t) ||
        isPlaceName(t) ||
        TECH.has(fold(t.text))
      )
        continue;
      if (companyAtTokens(toks, i, i) || isOrgTail(t)) continue;
      // The role noun among the first four words after the article, before any preposition or clause
      // ("a leading provider of data engineers" is a firm's).
      let role = false;
      let words = 0;
      for (let j = i + 1; j < toks.length && words < 4; j++) {
        if (toks[j]!.start < lead.index + lead[0].length) continue;
        const w = fold(toks[j]!.text);
        if (BIO_STOP.has(w)) break;
        words++;
        if (BIO_ROLES.has(w)) {
          role = true;
          break;
        }
      }
      if (role) out.push(nameSpan(t.start, t.end, 0.6));
    }
  }
  return out;
}

const BIO_VERBS = [' is a', ' was a'] as const;

/**
 * Where " is a" and " was a" start (ascending, one list each), read from the tokens: a space
 * before "is" or "was" makes the word a token of its own, so each such phrase is the token "is" or
 * "was" with a space before it and " a" after it. (Two searches of the whole text for the phrases
 * cost about 1 ns a character, the spaces they start with being everywhere.)
 */
function bioVerbs(text: string, toks: readonly Token[]): number[][] {
  const at: number[][] = [[], []];
  for (const t of toks) {
    const n = t.end - t.start;
    const v = n === 2 ? (t.text === 'is' ? 0 : -1) : n === 3 ? (t.text === 'was' ? 1 : -1) : -1;
    if (v < 0 || text.charCodeAt(t.start - 1) !== 32 || !text.startsWith(' a', t.end)) continue;
    at[v]!.push(t.start - 1);
  }
  return at;
}

/**
 * A user name that joins a given name and a surname with a dot or an underscore, as tools show who
 * did something ("Owner: niamh.oconnor", "Submitted by: aoife.brennan", "ravi_kumar") or a file is named
 * ("aoife.brennan.pdf"): both words strong names of the lexicons (no English word, no tool), the whole no
 * e-mail's or address's part (no "@", "/" or another dot or word character on either side, but a
 * document's extension) and no code ("np.mean(").
 */
const DOTTED_NAME =
  /(?<![\p{L}\p{N}@._/\\:#$-])(\p{Ll}[\p{Ll}'’]{1,19})[._](\p{Ll}[\p{Ll}'’]{1,19})(?![\p{L}\p{N}@(]|[_/\\-][\p{L}\p{N}]|\.(?!(?:pdf|docx?|rtf|odt|txt)(?![\p{L}\p{N}]))[\p{L}\p{N}])/gu;

/** A surname of the lexicons in a user name, also without its apostrophe ("oconnor", "odonnell"). */
function handleSurname(word: string): boolean {
  if (nameClass(word) === 'strong') return true;
  return word.length > 3 && word.startsWith('o') && nameClass(`o'${word.slice(1)}`) === 'strong';
}

const DOTTED_NAME_AT = sticky(DOTTED_NAME);
/** A character a user name's word may hold: a lower-case letter or an apostrophe. */
const HANDLE_CHAR = /[\p{Ll}'’]/u;

/**
 * Where DOTTED_NAME can start: every match joins two words with a "." or "_" that has a word's
 * character before it and a lower-case letter after it, so the starts are the first letter of the word
 * before each such joint and each letter after an apostrophe in it (a global scan, with its
 * look-behind tried at every character, cost about 10 ns a character).
 */
function dottedStarts(text: string): number[] {
  const joints: number[] = [];
  for (const sep of ['.', '_'])
    for (let i = text.indexOf(sep, 1); i !== -1; i = text.indexOf(sep, i + 1))
      if (HANDLE_CHAR.test(text[i - 1]!) && LOWER_LETTER.test(text[i + 1] ?? '')) joints.push(i);
  joints.sort((a, b) => a - b);
  const starts: number[] = [];
  for (const j of joints) {
    let s = j - 1;
    while (s > 0 && j - s < 21 && HANDLE_CHAR.test(text[s - 1]!)) s--;
    for (let k = s; k < j; k++)
      if (LOWER_LETTER.test(text[k]!) && (k === s || !LOWER_LETTER.test(text[k - 1]!))) starts.push(k);
  }
  // Joints close together ("a.b.c") give overlapping runs: ascending and once each for scanAt.
  return starts.length > 1 ? [...new Set(starts)].sort((a, b) => a - b) : starts;
}

function dottedNames(text: string): Span[] {
  const out: Span[] = [];
  if (!text.includes('.') && !text.includes('_')) return out;
  for (const m of scanAt(text, DOTTED_NAME_AT, dottedStarts(text)))
    if (nameClass(m[1]!) === 'strong' && handleSurname(m[2]!))
      out.push(nameSpan(m.index, m.index + m[0].length, 0.7));
  return out;
}

function selfNamed(text: string): Span[] {
  // With the anchors, their scan is the gate (a text without "name" or "call" gives no starts).
  if (!SELF_OFFSETS && !/name|call/i.test(text)) return [];
  return selfNamedIn(selfNamedMatches(text));
}

/** SELF_NAMED's matches; the /iu pattern is slow to scan in full, so it is tried only where a cue can start. */
function selfNamedMatches(text: string): RegExpExecArray[] {
  if (!SELF_OFFSETS) return scanAll(text, SELF_NAMED);
  const starts: number[] = [];
  let sorted = true;
  for (const a of scanAll(text, SELF_ANCHOR))
    for (const d of SELF_OFFSETS)
      if (a.index >= d) {
        const s = a.index - d;
        if (starts.length && s < starts[starts.length - 1]!) sorted = false;
        starts.push(s);
      }
  // Anchors far apart ("on-call" after "on-call") give ascending starts already: sort only when not.
  if (!sorted) starts.sort((a, b) => a - b);
  return scanAt(text, SELF_NAMED_AT, starts);
}

/** Names from the self-introduction matches. */
function selfNamedIn(matches: readonly RegExpExecArray[]): Span[] {
  const out: Span[] = [];
  for (const m of matches) {
    const first = m[1]!;
    if (isOrdinaryWord(first)) continue;
    const start = m.index + m[0].length - (m[2] ? m[2].length + 1 : 0) - first.length;
    const second = m[2] && !isOrdinaryWord(m[2]) ? m[2] : '';
    out.push(nameSpan(start, start + first.length + (second ? second.length + 1 : 0), 0.85));
  }
  return out;
}

const SENTENCE_CAPITAL = /(?:^|[.!?]\s)\s*["“(]?\p{Lu}/u;

/** Words before a lower-case name in chat-like text ("follow up with patricia", "heard nijito asano"). */
const LOWER_VERBS = [
  'name is',
  'named',
  'call me',
  'called',
  'says',
  'said',
  'told',
  'asked',
  'tells',
  'met',
  'meet',
  'meeting with',
  'spoke with',
  'talked to',
  'talk to',
  'follow up with',
  'heard',
  'ask',
  'contact',
  'ping',
  'cc',
  'dear',
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank you',
];
const LOWER_BEFORE = phrasesBefore(
  [
    ...LOWER_VERBS,
    'calls me',
    'thanks to',
    'according to',
    'email',
    'mail',
    'with',
    'from',
    'to',
    'by',
    'of',
    'under',
    'and',
  ],
  'y',
);

/** A possessive before a relative ("roberto's daughter", "amira’s husband"): the owner is a person. */
const KIN_AFTER =
  /['’]s\s(?:daughter|son|wife|husband|mother|father|mom|dad|brother|sister|kids?|children|parents?|family|friend|boss)\b/y;

/**
 * Names written in lower case ("follow up with patricia desrosiers"): a word of the name lexicon
 * that is not an English word, right after a person cue, or two such words in a row; a following
 * word that is neither ordinary nor a place is taken as the surname.
 */
function lowerCaseNames(text: string, toks: Token[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const c = t.text.charCodeAt(0);
    if (!(c >= 97 && c <= 122) || t.text.length < 3) continue;
    // "roberto's daughter": the possessive is looked up without its "'s", and ends the name.
    const w = bare(t);
    if (nameClass(w) !== 'strong' || isPlaceName(w) || PARTICLES.has(t.text)) continue;
    const next = w === t ? toks[k + 1] : undefined;
    const joined = !!next && text.slice(t.end, next.start) === ' ';
    const nextLower = joined && /^\p{Ll}/u.test(next!.text);
    const nextName = nextLower && nameClass(next!) === 'strong' && !isPlaceName(next!);
    const cue =
      phraseBefore(LOWER_BEFORE, text, t.start) ||
      personAfter(text, t.end) ||
      matchesAt(text, KIN_AFTER, t.end - 2) ||
      lowerVocative(text, t);
    if (!cue && !nextName) continue;
    let end = t.end;
    if (
      nextLower &&
      (nextName || (!isOrdinaryWord(next!) && !isPlaceName(next!) && !looksLikeWord(next!.text)))
    ) {
      end = next!.end;
      k++;
    }
    out.push(nameSpan(t.start, end, cue ? 0.6 : 0.5));
  }
  return out;
}

/**
 * A greeting, a thanks or a sign-off and a comma before the word ("thanks, conor", "cheers, niamh", "thx
 * vaishnavi, talk soon", "ok sounds good aoife"), the word then ending its clause: a name addressed in a chat.
 */
const LOWER_VOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:thanks|thank you|thx|ty|tysm|cheers|best|regards|hi|hey|hello|hiya|bye|cya|see you|talk soon|sounds good|ok|okay|great|congrats|congratulations|welcome|sorry|morning|good morning|evening|good evening)[,!]?[ \t]$/iu;
const CLAUSE_END_AFTER = /(?:[ \t]*(?:[,.!?;:)]|\r?\n|$))/y;

function lowerVocative(text: string, t: Token): boolean {
  return (
    matchesAt(text, CLAUSE_END_AFTER, t.end) &&
    LOWER_VOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))
  );
}

/** Verbs and greetings before a person in lower-case text ({@link LOWER_BEFORE} without its prepositions). */
const LOWER_PERSON_VERB = phrasesBefore(LOWER_VERBS, 'y');
/** After a speaker label: a colon, then an opening quote ("tracy:\"i'm ...\"") or a word. */
const QUOTE_AFTER_COLON = /:\s?["“]/y;
const WORD_AFTER_COLON = /: \p{L}/uy;
/** Before an unknown lower-case word that a verb of people follows: a verb of meeting or telling, or "of". */
const UNKNOWN_PERSON_BEFORE = phrasesBefore(
  [
    'of',
    'met',
    'meet',
    'told',
    'asked',
    'heard',
    'thanks to',
    'according to',
    'spoke with',
    'talked to',
    'follow up with',
    'ask',
    'dear',
    'hi',
    'hello',
    'hey',
  ],
  'y',
);
/** Surname endings written in lower case (Slavic, Nordic, Finnish, ...): a sentence may start with such a name. */
const LOWER_SURNAME_ENDING =
  /(?:ova|eva|ski|ska|sky|wicz|vich|ić|vić|enko|chuk|nen|sson|dóttir|escu|oğlu|shvili|poulos|ová|ská)$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}]+$/u;

/** True when only spaces lie between `at` and the text's start, a line break or a sentence's end. */
function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && i < at - 1);
}

/**
 * How a lower-case word can be a name in text written in lower case: 'known' (a name of the lexicon
 * that is no English word; it may also be a town, "selma"), 'unknown' (in no word list, no tool,
 * section, job, month or language, and no English word by its ending: "frederikke") or null.
 */
function lowerNameKind(t: Token): 'known' | 'unknown' | null {
  // (The memoised word check first: most lower-case words are ordinary ones, and need no regex.)
  if (t.text.length < 3 || isOrdinaryWord(t) || !LOWER_WORD.test(t.text) || PARTICLES.has(t.text))
    return null;
  const f = t.text;
  if (TECH.has(f) || SECTIONS.has(f) || ROLE_WORDS.has(f) || CALENDAR.has(f) || LANGUAGES.has(f)) return null;
  const cls = nameClass(t);
  if (cls === 'strong') return 'known';
  if (cls || isPlaceName(t) || looksLikeWord(f) || lexicon('nationalities').has(f)) return null;
  // (Unknown words of three letters are mostly abbreviations and code: "var", "npm".)
  return f.length >= 4 ? 'unknown' : null;
}

/**
 * Lower-case names that the sentence around them makes people (text written in lower case only):
 * - the subject of a verb of people at a sentence's start or after a person cue ("selma is from
 *   ...", "the true gender of frederikke has been ...", "bártová began writing");
 * - a speaker label at a line's start ("mika: \"who are you?\"");
 * - two unknown words after a verb of meeting or telling ("have you heard nijito asano speak").
 */
function lowerCaseContextNames(text: string, toks: Token[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const c = t.text.charCodeAt(0);
    // (A word that starts with a digit, a capital or punctuation is never one: no look-up for it.)
    if (c < 97 || (c > 122 && c < 128)) continue;
    const kind = lowerNameKind(t);
    if (!kind) {
      // A given name that is also a word ("frank") only as the first of two words before an
      // authored work ("the frank tolvaro biography"; "the small barebones version" is a product's).
      const n = toks[k + 1];
      if (
        n &&
        nameClass(t) === 'common' &&
        LOWER_WORD.test(t.text) &&
        theBefore(text, t.start) &&
        textIs(text, t.end, n.start, ' ') &&
        lowerNameKind(n) &&
        matchesAt(text, AUTHORED_AFTER, n.end)
      ) {
        out.push(nameSpan(t.start, n.end, 0.6));
        k++;
      }
      continue;
    }
    // A speaker label at a line's start: a known name before a colon and a quote, or one of four
    // letters or more that is no town before a colon and a word ("min: 3", "max: 10" are fields).
    if (text.charCodeAt(t.end) === 58 && sentenceStart(text, t.start) && kind === 'known') {
      if (
        matchesAt(text, QUOTE_AFTER_COLON, t.end) ||
        (t.text.length >= 4 && !isPlaceName(t) && matchesAt(text, WORD_AFTER_COLON, t.end))
      ) {
        out.push(nameSpan(t.start, t.end, 0.6));
        continue;
      }
    }
    // The subject of a verb of people: a known name at a sentence's start or after a person cue; an
    // unknown word only after a verb of meeting or telling or "of" ("the story of tolvaro has been"),
    // or at a sentence's start with a surname's ending ("dravkina began").
    if (
      personAfter(text, t.end) &&
      (kind === 'known'
        ? sentenceStart(text, t.start) || phraseBefore(LOWER_BEFORE, text, t.start)
        : phraseBefore(UNKNOWN_PERSON_BEFORE, text, t.start) ||
          (sentenceStart(text, t.start) && LOWER_SURNAME_ENDING.test(t.text)))
    ) {
      out.push(nameSpan(t.start, t.end, 0.6));
      continue;
    }
    const n = toks[k + 1];
    // "the ilse brandt biography", "the tolvaro novel": the author before a work.
    if (theBefore(text, t.start)) {
      if (matchesAt(text, AUTHORED_AFTER, t.end)) {
        out.push(nameSpan(t.start, t.end, 0.6));
        continue;
      }
      if (n && textIs(text, t.end, n.start, ' ') && lowerNameKind(n) && matchesAt(text, WORK_AFTER, n.end)) {
        out.push(nameSpan(t.start, n.end, 0.6));
        k++;
        continue;
      }
    }
    if (
      kind === 'unknown' &&
      n &&
      textIs(text, t.end, n.start, ' ') &&
      phraseBefore(LOWER_PERSON_VERB, text, t.start) &&
      lowerNameKind(n) === 'unknown'
    ) {
      out.push(nameSpan(t.start, n.end, 0.6));
      k++;
    }
  }
  return out;
}

/**
 * In text written in lower case, every other occurrence of a word of a name found there ("cormac
 * had given cormac his address", "eric g. samoylova's tales ... early samoylova?"): no English word,
 * particle or initial.
 */
function lowerCaseRepeats(toks: Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const words = new Set<string>();
  for (const s of spans) {
    // Only names found with the stronger cues (an initial, an honorific, a verb of giving, "my name
    // is") recur; not a "name:" field's value (0.9), which in code and configuration is any word.
    if (s.label !== 'NAME' || s.score < 0.7 || s.score >= 0.9) continue;
    for (let j = firstEndingAfter(toks, s.start); j < toks.length && toks[j]!.start < s.end; j++) {
      const b = bare(toks[j]!);
      const w = typeof b === 'string' ? b : b.text;
      if (w.length >= 3 && LOWER_WORD.test(w) && !isOrdinaryWord(b) && !PARTICLES.has(w)) words.add(w);
    }
  }
  if (!words.size) return out;
  for (const t of toks) {
    const b = bare(t);
    if (words.has(typeof b === 'string' ? b : b.text)) out.push(nameSpan(t.start, t.end, 0.6));
  }
  return out;
}

/** An organisation word or legal form right after a list ("... & Taylor Solicitors", "..., PA"). */
function firmAfter(toks: Token[], last: number): boolean {
  const n = toks[last + 1];
  if (!n) return false;
  if (/^(?:LLP|LLC|PA|PC|Inc|Ltd)$/.test(n.text)) return true;
  return isOrgTail(n) || /^(?:Orchestra|Band|Ensemble|Choir|Quartet|Trio)$/.test(n.text);
}

/**
 * A list member that says the list is not one of people: a tool, section, job, month, language or
 * organisation word. Worked out once per distinct word (every test reads the word alone) and kept
 * in its WordInfo.
 */
function listBreaker(t: Token): boolean {
  const info = tokenInfo(t);
  let v = info.listBreaker;
  if (v === undefined) {
    v = computeListBreaker(t);
    info.listBreaker = v;
  }
  return v;
}

function computeListBreaker(t: Token): boolean {
  const f = fold(t.text);
  if (TECH.has(f) || SECTIONS.has(f) || ROLE_WORDS.has(f) || CALENDAR.has(f) || LANGUAGES.has(f)) return true;
  if (isOrgTail(t)) return true;
  // English words and places count only when they are names too ("Graves", "Anna").
  return (isOrdinaryWord(t) || isPlaceName(t)) && !nameClass(t);
}

/** A plural noun of people, then a colon or a verb of listing, before a list ("founders: ", "authors were "). */
const PEOPLE_BEFORE =
  /(?<=\b(?:founders|co-?founders|partners|members|authors|co-?authors|speakers|panell?ists|children|kids|sons|daughters|siblings|brothers|sisters|parents|friends|guests|colleagues|referees|hosts|judges|winners|owners)(?::| (?:are|were|include|included|being):?) )/iy;

/**
 * Lists of single capitalised words ("founders: Šušulić, Bowman and White"): when most known
 * members are names, the unknown capitalised members are names too.
 */
function listNames(
  text: string,
  toks: Token[],
  spans: readonly Span[],
  starts: readonly number[],
  lower = false,
): Span[] {
  const out: Span[] = [];
  let named: Set<number> | undefined;
  const member = lower ? /^\p{Ll}{2}/u : /^\p{Lu}\p{Ll}/u;
  // Lists of names start with a capital (ASCII lower-case and digits cannot start one), or in
  // text written in lower case ("they had 6: silvana, adam, ..."), with a lower-case letter:
  // `starts` ({@link startTokens}).
  let next = 0;
  for (const i of starts) {
    if (i < next) continue;
    // The members: toks[i..k], one after each comma, then perhaps one more after "and" or "&"
    // (`last`). The walk counts them first: most capitalised words start no list of three, and
    // build no array of members.
    let k = i;
    for (let b = toks[k + 1]; b; b = toks[k + 1]) {
      if (!textIs(text, toks[k]!.end, b.start, ', ') && !textIs(text, toks[k]!.end, b.start, ',')) break;
      k++;
    }
    let j = k;
    let last = -1;
    const a = toks[k]!;
    const b = toks[k + 1];
    if (b) {
      const ge = a.end;
      const gs = b.start;
      const c = toks[k + 2];
      if (
        c &&
        b.text === 'and' &&
        (textIs(text, ge, gs, ' ') || textIs(text, ge, gs, ', ')) &&
        textIs(text, b.end, c.start, ' ')
      )
        last = j = k + 2;
      else if (textIs(text, ge, gs, ' & ') || textIs(text, ge, gs, ', & ')) last = j = k + 1;
    }
    if (k - i + (last >= 0 ? 2 : 1) < 3) {
      next = j + 1;
      continue;
    }
    const items = toks.slice(i, k + 1);
    if (last >= 0) items.push(toks[last]!);
    // "Smith, Jones & Taylor Solicitors", "The Clark, Romero and Hall Orchestra": a firm, not people
    // (asked only of lists long enough to count).
    const lastItem = items[items.length - 1]!;
    const firm =
      items.length >= 3 &&
      (/(?:^|\s)The $/.test(text.slice(Math.max(0, items[0]!.start - 4), items[0]!.start)) ||
        (/^,? (?:\p{Lu}\p{Ll}+ )?(?:\p{Lu}\p{Ll}+|LLP|LLC|PA|P\.A\.|PC|Inc|Ltd)\b/u.test(
          text.slice(lastItem.end, lastItem.end + 24),
        ) &&
          firmAfter(toks, j)));
    // "Intern, Hargreaves Lansdown, Bristol, Summer 2010": a year after the last member makes the line
    // a dated entry's fields (an employer, a town, a season), not a list of people.
    const dated = YEAR_AFTER.test(text.slice(lastItem.end, lastItem.end + 6));
    // Every member a capitalised word that is no tool, section, job, month or language; most of them names.
    if (items.length >= 3 && !firm && !dated && items.every((t) => member.test(t.text) && !listBreaker(t))) {
      named ??= new Set(spans.map((s) => s.start));
      const spanStarts = named;
      const names = items.filter((t) => spanStarts.has(t.start) || nameClass(t)).length;
      const strong = items.some(
        (t) => spanStarts.has(t.start) || nameClass(t) === 'strong' || surnameShaped(t.text),
      );
      // After a plural noun of people ("our founders: ...", "Authors: ..."), most members being
      // names is enough.
      const people = !strong && names < items.length && matchesAt(text, PEOPLE_BEFORE, items[0]!.start);
      if ((strong || people || names === items.length) && names * 2 >= items.length)
        for (const t of items) if (!spanStarts.has(t.start)) out.push(nameSpan(t.start, t.end, 0.6));
    }
    next = j + 1;
  }
  return out;
}

/** A year after one space or a tab ("Summer 2010"). */
const YEAR_AFTER = /^[ \t](?:19|20)\d\d(?!\d)/;

/** Speaker labels of chat transcripts and interviews ("Bot: Where ...", "Agent: ..."): roles, not names. */
const CHAT_ROLES = new Set(
  'Bot Chatbot User Agent Customer Client Assistant System Interviewer Interviewee Candidate Recruiter Moderator Host Guest Operator Support Admin Caller Me Q A'.split(
    ' ',
  ),
);

/**
 * Words that a person cue finds alone but that name no one: e-mail subject prefixes and ATS field
 * labels before a colon ("Re: Staff SRE at Northwind", "Fwd:", "Tags: Kubernetes, Terraform"), and
 * time zones after a clock time ("Thursday at 14:00 CET works").
 */
const NOT_SPEAKERS = new Set(
  'Re RE Fwd FWD Fw FW AW WG Tr TR Tags Tag Cc CC Bcc BCC UTC GMT CET CEST EET EEST WET WEST BST IST EST EDT CST CDT MST MDT PST PDT AEST AEDT AWST NZST NZDT JST KST SGT HKT MSK SAST'.split(
    ' ',
  ),
);

/** The quoted words before and after a position (sticky, tried in place like the context patterns). */
const OPEN_QUOTE = /(?<=["“]([^"“”\n]{0,80}))/y;
const CLOSE_QUOTE = /([^"“”\n]{0,80})["”]/y;

/**
 * True when [start, end) lies inside a quoted phrase of three or more words, every one capitalised
 * (title case): a song, book or talk title. A quote in running text has lower-case words.
 */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  OPEN_QUOTE.lastIndex = start;
  const before = OPEN_QUOTE.exec(text);
  if (!before) return false;
  CLOSE_QUOTE.lastIndex = end;
  const after = CLOSE_QUOTE.exec(text);
  if (!after) return false;
  const words = `${before[1]}${text.slice(start, end)}${after[1]}`.split(/[\s,.:;!?-]+/).filter(Boolean);
  return words.length >= 3 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** A plural verb of people after a pair ("Torpy and Salinas were precision engineers"). */
const PEOPLE_VERB = / (?:were|are|have been|had been|both|co-founded|founded|met|married)\b/y;

/**
 * Two capitalised words joined by "and" that the verb after them makes people ("Park and Mann
 * were ..."): both are names when neither is a tool, section, job, month, language or other word,
 * and one of them is already a name or a surname of the lexicon or by its ending.
 */
/** A capitalised word in no word list that reads as no English word by its ending. */
function unknownWord(t: Token): boolean {
  return (
    !nameClass(t) && !isOrdinaryWord(t) && !isPlaceName(t) && !looksLikeWord(t.text) && !coinedOrgWord(t)
  );
}

function pairNames(text: string, toks: Token[], spans: readonly Span[], capitals: readonly number[]): Span[] {
  const out: Span[] = [];
  if (!text.includes(' and ')) return out;
  let named: Set<number> | undefined;
  // The first word of a pair starts with a capital ({@link startTokens}); "and" follows it.
  for (const c of capitals) {
    const k = c + 1;
    if (k + 1 >= toks.length || toks[k]!.text !== 'and') continue;
    const a = toks[k - 1]!;
    const b = toks[k + 1]!;
    if (!textIs(text, a.end, toks[k]!.start, ' ') || !textIs(text, toks[k]!.end, b.start, ' ')) continue;
    if (!matchesAt(text, PEOPLE_VERB, b.end)) continue;
    named ??= new Set(spans.map((s) => s.start));
    const spanStarts = named;
    const pair = [a, b];
    if (!pair.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !listBreaker(t))) continue;
    // One of them a name already, a surname of the lexicon or by its ending; or a surname that is
    // also a word beside an unknown word ("Okoro and Brown were ...").
    if (
      !pair.some((t) => spanStarts.has(t.start) || nameClass(t) === 'strong' || surnameShaped(t.text)) &&
      !(pair.some((t) => nameClass(t) === 'common') && pair.some((t) => unknownWord(t)))
    )
      continue;
    if (companyAtTokens(toks, k - 1, k - 1) || companyAtTokens(toks, k + 1, k + 1)) continue;
    for (const t of pair) if (!spanStarts.has(t.start)) out.push(nameSpan(t.start, t.end, 0.6));
  }
  return out;
}

/** After a greeted name, the people of an organisation ("Hello Lever team", not "Team Lead"). */
const GROUP_AFTER =
  /[ ](?:(?:[Hh]iring|HIRING|[Rr]ecruiting|RECRUITING|[Tt]alent|TALENT|[Pp]eople|HR) )?(?:[Tt]eam|TEAM|[Ff]olks|[Rr]ecruiters|[Cc]rew)(?![ ]?(?:[Ll]ead|[Mm]anag|[Mm]ember|[Ll]eader|[Cc]oach|[Cc]aptain|LEAD|MANAG))(?![\p{L}\p{N}])/uy;
/** What follows a place in LinkedIn's place names and ends the phrase: " Metropolitan Area", " Region". */
const AREA_TAIL =
  /^ (?:(?:Metropolitan|Metro|Bay|Capital|Tri-State) )?(?:Area|Region)(?![ \t]*[\p{L}\p{N}])/u;

/**
 * True when {@link AREA_TAIL} matches the 32 characters after `end`. The pattern is case-sensitive
 * and starts with a space and a word whose capital is A, B, C, M, R or T, so any other two
 * characters answer no without the slice (most names are followed by a line break or a comma).
 */
function areaAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1);
  if (c !== 65 && c !== 66 && c !== 67 && c !== 77 && c !== 82 && c !== 84) return false;
  return AREA_TAIL.test(text.slice(end, end + 32));
}

/** A document's extension at the end of a file name. */
const FILE_EXTENSIONS = ['.pdf', '.PDF', '.doc', '.DOC', '.odt', '.rtf', '.pages'];
/** What a file name may hold besides the person's name. */
const FILE_WORDS = new Set(
  'resume résumé cv curriculum vitae cover letter coverletter lebenslauf biodata bio profile portfolio final updated new latest draft copy version rev en de fr es pt template sample example format document file my for and of the job application signed scan scanned page'.split(
    ' ',
  ),
);
/** Words that say a file is a resume or a cover letter (one must be there). */
const FILE_KINDS = new Set(
  'resume résumé cv curriculum vitae coverletter cover lebenslauf biodata'.split(' '),
);
/** A file name's word: a capitalised run ("Jane" of "JaneDorrington"), a lower-case run or a run of capitals. */
const FILE_PART = /\p{Lu}[\p{Ll}\p{M}]+|[\p{Ll}\p{M}]+|\p{Lu}+(?![\p{Ll}])|\d+/gu;

/**
 * The name in the file name of a resume or a cover letter: "Jane_Dorrington_Resume_2024.pdf",
 * "Dorrington-Jane-CV.docx", "JaneDorringtonCoverLetter.pdf", "jdorrington_cv_final.docx". Only a file
 * name with a resume or cover-letter word holds one; its other words (the kind, "final", a year, a
 * version) stay, and each name word is masked. Looked for only at a document extension.
 */
function fileNameNames(text: string): Span[] {
  const out: Span[] = [];
  for (const ext of FILE_EXTENSIONS)
    for (let k = text.indexOf(ext); k > 0; k = text.indexOf(ext, k + 1)) {
      const after = text.charCodeAt(k + ext.length + (text.charCodeAt(k + ext.length) === 120 ? 1 : 0));
      if (isWordCode(after)) continue;
      let s = k;
      while (s > 0 && k - s < 120 && !FILE_NAME_STOP.test(text[s - 1]!)) s--;
      let named = fileNameWords(text, s, k);
      // A file name with spaces, as ATS attachment lists show it ("Hunter Green - Resume.pdf", "Cover
      // Letter - Hunter Green.docx"): from its line's start or its label's colon, the name's words in
      // capitals, no job's word (a sentence, "Please find attached my Resume.pdf", has lower-case words).
      if ((!named || named.length === 0) && text.charCodeAt(s - 1) === 32) {
        let b = s;
        while (b > 0 && k - b < 80 && !SPACED_FILE_STOP.test(text[b - 1]!)) b--;
        named = fileNameWords(text, b, k);
        if (named?.some(([, , w]) => !/^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()))) named = null;
      }
      // "Resume - Elspeth_Crandall.pdf", "Attachment: Elspeth_Crandall.pdf": no such word in the file name,
      // one on its line before it.
      if (!named || named.length === 0) named = labelledFileWords(text, s, k);
      if (!named || named.length === 0 || named.length > 3) continue;
      for (const [a, b] of named) out.push(nameSpan(a, b, 0.8));
    }
  return out;
}
const FILE_NAME_STOP = /[\s"'“”‘’:/\\()[\]<>|,;]/;
/** Where a file name with spaces starts: a line's start, a label's colon, a quote, a bracket, a slash, a bar. */
const SPACED_FILE_STOP = /[\n\r\t"“”:/\\()[\]<>|;•·]/;

/**
 * The words of the file name from `s` to `k` that may be a person's name (not a document's kind, a
 * year, a version or a file word), or null when the name holds no resume or cover-letter word.
 */
function fileNameWords(text: string, s: number, k: number): Array<[number, number, string]> | null {
  const [words, kind] = fileParts(text, s, k);
  return kind ? words : null;
}

/**
 * The words of the file name from `s` to `k` that may be a person's name (not a year, a version or a file
 * word), and whether the name holds a document's kind (a resume or cover-letter word).
 */
function fileParts(text: string, s: number, k: number): [Array<[number, number, string]>, boolean] {
  const words: Array<[number, number, string]> = [];
  FILE_PART.lastIndex = 0;
  const name = text.slice(s, k);
  for (let m = FILE_PART.exec(name); m; m = FILE_PART.exec(name))
    words.push([s + m.index, s + m.index + m[0].length, m[0]]);
  const kind = words.some(([, , w]) => FILE_KINDS.has(w.toLowerCase()));
  const named = words.filter(
    ([a, b, w]) => b - a >= 2 && !/^\d/.test(w) && !FILE_WORDS.has(w.toLowerCase()) && !/^v\d/i.test(w),
  );
  return [named, kind];
}
/** A resume's word or an attachment's label on the line before a file name ("Resume - ", "Attachment: "). */
const FILE_LABEL_BEFORE =
  /(?:resume|résumé|cv|curriculum vitae|cover letter|attachment|attached|file|upload(?:ed)?)[ \t]*[:–—-]?[ \t]*$/i;

/**
 * The words of a file name with no resume word in it after such a word or an attachment's label before it
 * ({@link FILE_LABEL_BEFORE}): two or three capitalised ones, a given name of the lexicon among them, or null.
 */
function labelledFileWords(text: string, s: number, k: number): Array<[number, number, string]> | null {
  if (!FILE_LABEL_BEFORE.test(text.slice(Math.max(0, s - 24), s))) return null;
  const [named] = fileParts(text, s, k);
  return named.length >= 2 &&
    named.length <= 3 &&
    named.every(([, , w]) => /^\p{Lu}\p{Ll}/u.test(w)) &&
    named.some(([, , w]) => nameClass(w) === 'strong')
    ? named
    : null;
}

/**
 * Sign-offs of letters in Arabic, Persian, Hebrew, Greek, Hindi and Thai script, which stand on their
 * own line above the writer's name (the name lexicons hold few names in these scripts).
 */
const OTHER_SCRIPT_SIGN_OFFS = [
  'مع التحية',
  'مع تحياتي',
  'تحياتي',
  'مع خالص التحية',
  'مع أطيب التحيات',
  'مع الشكر',
  'مع الاحترام',
  'المخلص',
  'با احترام',
  'با سپاس',
  'ارادتمند',
  'בברכה',
  'בכבוד רב',
  'Με εκτίμηση',
  'Με τιμή',
  'Φιλικά',
  'सादर',
  'भवदीय',
  'ขอแสดงความนับถือ',
];
/** The sign-off's line end, then the writer's line: one to four words of those scripts, nothing else. */
const SIGNED_BELOW =
  /^[ \t]*[,،.!]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*((?:[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Devanagari}\p{Script=Thai}][\p{L}\p{M}'’.-]*)(?:[ \t][\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Devanagari}\p{Script=Thai}][\p{L}\p{M}'’.-]*){0,3})[ \t]*(?:\r?\n|$)/u;

/**
 * The writer's name below a sign-off in another script ("مع التحية،\nأحمد الفارسي", "בברכה,\nדנה כהן",
 * "Με εκτίμηση,\nΕλένη Παπαδοπούλου"): the sign-off opens its line, the name is the next line (one blank
 * line may stand between).
 */
function signedInOtherScripts(text: string): Span[] {
  const out: Span[] = [];
  for (const w of OTHER_SCRIPT_SIGN_OFFS) {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) {
      let a = k;
      while (a > 0 && (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 9)) a--;
      if (a > 0 && text.charCodeAt(a - 1) !== 10) continue;
      const m = SIGNED_BELOW.exec(text.slice(k + w.length, k + w.length + 120));
      if (!m) continue;
      const start = k + w.length + m[0].indexOf(m[1]!);
      out.push(nameSpan(start, start + m[1]!.length, 0.85));
    }
  }
  return out;
}

/**
 * A given name split in two text runs, one a line, then the surname ("Ott\nilie Brackenridge"): a page's
 * search highlight (a mark element) cuts the word where the query ends. The first run is a capitalised
 * fragment alone on its line, the next line opens with the word's rest in lower case and holds the
 * surname only.
 */
const SPLIT_NAME =
  /(?<=^|\n)[ \t]*(\p{Lu}\p{Ll}{1,6})[ \t]*\r?\n(\p{Ll}{1,10})[ \t]+(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]{1,30})[ \t]*(?=\r?\n|$)/gu;

/**
 * {@link SPLIT_NAME}'s names: the joined given name is no word, and is a given name of the lexicons or the
 * line above is the initials avatar of the joined name ("OB\nOtt\nilie Brackenridge").
 */
function splitNames(text: string): Span[] {
  const out: Span[] = [];
  SPLIT_NAME.lastIndex = 0;
  for (let m = SPLIT_NAME.exec(text); m; m = SPLIT_NAME.exec(text)) {
    const given = m[1]! + m[2]!;
    const surname = m[3]!;
    if (isOrdinaryWord(given) || isOrdinaryWord(surname) || isPlaceName(surname)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].lastIndexOf(surname) + surname.length;
    let avatar = false;
    const ls = text.lastIndexOf('\n', start - 2) + 1;
    if (start > 0 && start - ls <= 6) {
      const line = text.slice(ls, start - 1).trim();
      avatar = line.length === 2 && line === given[0]! + surname[0]!;
    }
    if (avatar || nameClass(given) === 'strong') out.push(nameSpan(start, end, 0.85));
  }
  return out;
}

function analyzeNames(text: string, document = true, known?: ReadonlySet<string>): Span[] {
  const toks = wordTokens(text);
  const out: Span[] = [];
  if (text.includes('.')) out.push(...fileNameNames(text));
  out.push(...bioSubjects(text, toks));
  out.push(...birthNames(text));
  // (A page's first run is no resume's header: see AnalyzeContext.pageText.)
  const header = document ? headerName(text, toks) : null;
  if (header) out.push(header);
  const labels: Array<[number, number]> = [];
  out.push(...labelledNames(text, labels));
  if (text.includes('ame\n') || text.includes('AME\n')) out.push(...labelLineNames(text));
  if (/['"“‘(]/.test(text)) out.push(...nicknameLines(text));
  if (text.includes('\n')) out.push(...splitNames(text));
  out.push(...roleLabelNames(text));
  out.push(...selfNamed(text));
  out.push(...dottedNames(text));
  out.push(...signedInOtherScripts(text));
  // (Author lists of publications: a plain substring test first.)
  if (
    text.includes('., ') ||
    text.includes('. (') ||
    text.includes(', and ') ||
    text.includes(' et al') ||
    text.includes('.; ')
  )
    out.push(...citationNames(text));
  // "Ostrova L, Achterberg M, Quenby R. Solvent cages.": Vancouver's authors, no title word after one.
  const vancouver = text.includes(', ') ? vancouverNames(text) : [];
  out.push(...vancouver);
  const capitals = startTokens(toks);
  greetedWordNames(text, toks, capitals, out);
  for (const run of pieces(text, toks, capitals)) {
    let { from, parts, to } = run;
    // "Au cours de", "Der Kunde war": a function word of another language that opens the sentence.
    // (After "Der", "Dem", "Das" the capitalised word is a noun too: "Der Kunde war".)
    const opener = foreignOpener(text, toks, from) || (salutationOpener(text, toks, from) ? 1 : 0);
    if (opener) {
      from += opener;
      parts = parts.slice(opener);
      if (from > to) continue;
    }
    // "Frau Keller", "Herr Brandauer": a European honorific that the name lexicon holds as a surname
    // opens no name (the title recognizer and the honorific's cue take the two words apart).
    // "SSG Darnell K. Whitfield", "Supervisor: MSG Ricardo Villanueva-Stroud": a military rank's
    // abbreviation before the name is the person's grade, a job's title, kept.
    if (from < to && (HONORIFIC_WORDS.has(toks[from]!.text) || MILITARY_RANKS.has(toks[from]!.text))) {
      from++;
      parts = parts.slice(1);
    }
    // "Lord Justice Hawthorne-Pym", "Mrs Justice Ferrabee": an English judge's title; the name after it
    // takes the title's cue.
    if (
      from + 1 < to &&
      (toks[from]!.text === 'Lord' || toks[from]!.text === 'Lady') &&
      toks[from + 1]!.text === 'Justice'
    ) {
      from += 2;
      parts = parts.slice(2);
    } else if (
      from < to &&
      toks[from]!.text === 'Justice' &&
      JUDGE_TITLE_BEFORE.test(text.slice(Math.max(0, toks[from]!.start - 6), toks[from]!.start))
    ) {
      from++;
      parts = parts.slice(1);
    }
    // "Call Jamal Haddad", "Hire Priya Raman": a button's verb that the name lexicon holds as a surname
    // opens its line before a name; the verb stays visible.
    if (from < to && uiVerbOpening(text, toks, from, to)) {
      from++;
      parts = parts.slice(1);
    }
    // "Kommentar von Friederike Ostermann", "Comentario de Martín Echeverría": an activity feed's label
    // and "by" open no name.
    if (from + 2 <= to && FEED_LABELS.has(toks[from]!.text) && BY_PARTICLES.has(toks[from + 1]!.text)) {
      from += 2;
      parts = parts.slice(2);
    }
    // "Ing. Tomáš Dvořák", "Gentile Dott. Rossi": a title's abbreviation ends its run (its dot does).
    if (titleAbbreviation(text, toks, to)) {
      to--;
      parts = parts.slice(0, -1);
      if (from > to) continue;
    }
    // "Herrn Wagner von Siemens", "Frau Keller von Brandt Group": the particle opens the
    // person's employer, and the name ends before it.
    for (let j = from + 1; j < to; j++)
      if (employerAfterParticle(toks, j, to)) {
        parts = parts.slice(0, j - from);
        to = j - 1;
        break;
      }
    const piece = toks.slice(from, to + 1);
    // "Name\nStage\nSource\nApplied": a table's column headings, one a line, after the name's column.
    if (piece.length === 1 && !document && columnHeading(text, piece[0]!)) continue;
    // "Puntuación general\nSí", "Tak", "Nej": a form's or a scorecard's answer alone on its line.
    if (piece.length === 1 && ANSWER_WORDS.has(piece[0]!.text) && aloneOnLine(text, piece[0]!)) continue;
    // "Vu par Summer Lane à 11:07": the reader's label of a message in French ("Vu" is a surname too).
    if (piece.length === 1 && piece[0]!.text === 'Vu' && text.startsWith(' par ', piece[0]!.end)) continue;
    // "wspomniał(a) o Tobie", "wiadomość do Ciebie": the Polish "you" a UI capitalises after a preposition.
    if (
      piece.length === 1 &&
      POLISH_YOU.has(piece[0]!.text) &&
      POLISH_PREPOSITION_BEFORE.test(text.slice(Math.max(0, piece[0]!.start - 6), piece[0]!.start))
    )
      continue;
    // A run that is one of the page's known names (the candidate's, read from the page's header) is a name,
    // whatever its words look like: not scored again (the known-identity recognizer masks it at a
    // higher score, so the result is the same; most of a page's runs of the candidate's name skip
    // about twenty checks). Single words are scored as usual ("Will" of a known "Will" opening a question).
    if (known && piece.length >= 2 && known.has(text.slice(piece[0]!.start, piece[piece.length - 1]!.end))) {
      out.push(nameSpan(piece[0]!.start, piece[piece.length - 1]!.end, 0.9));
      continue;
    }
    let score = scorePiece(text, piece, parts);
    // "San Francisco Bay Area", "Santa Clara": a run that starts with a known place is a place.
    if (score > 0 && score < 0.9 && piece.length >= 2 && startsWithPlace(text, piece)) score = 0;
    // A single unknown word followed by a colon is a field label ("Имя:"); a known name there is a speaker.
    // (So is "Dini:", the religion field of Turkish CVs, though "Dini" is a surname, and a field label of
    // another language that is one too: "Fonte:", "Sede:".)
    if (
      piece.length === 1 &&
      (!nameClass(piece[0]!) ||
        NAME_LIKE_LABELS.has(piece[0]!.text) ||
        (FIELD_LABELS.has(piece[0]!.text) && !isOrdinaryWord(piece[0]!))) &&
      matchesAt(text, COLON_AFTER, piece[0]!.end)
    )
      score = 0;
    if (
      score === 0 &&
      piece.length <= 2 &&
      !(piece.length === 1 && (CHAT_ROLES.has(piece[0]!.text) || NOT_SPEAKERS.has(piece[0]!.text))) &&
      personContext(text, piece[0]!.start, piece[piece.length - 1]!.end, piece)
    )
      score = 0.6;
    // "Berkery Noyes Mandasoft", "Lindqvist Dataware": a run that ends in a product or company word;
    // "Travis CI": one word before a tool's acronym.
    const next = toks[to + 1];
    if (
      score > 0 &&
      score < 0.9 &&
      (coinedOrgWord(piece[piece.length - 1]!) ||
        (next &&
          textIs(text, piece[piece.length - 1]!.end, next.start, ' ') &&
          (coinedOrgWord(next) || (piece.length === 1 && isAllCaps(next.text) && TECH.has(fold(next.text))))))
    )
      score = 0;
    // "Desarrollé microservicios", "Coordenei Equipes", "Sviluppato Servizi REST": a Romance verb that
    // opens a resume's line is no name, nor the words after it.
    if (score > 0 && score < 0.9 && romanceVerbOpening(text, piece[0]!)) score = 0;
    // "Sede: Da remoto", "Alla steg": a function word of another language before a lower-case word that
    // is no English word and no name, a phrase of that language ("Ella joined the team" stays).
    if (score > 0 && score < 0.9 && piece.length === 1 && foreignWordAfter(text, toks, from)) score = 0;
    // "Claro, el lunes a las 15:00.", "Bueno, te llamo", "Klar, gerne": a reply's word, no vocative.
    if (score > 0 && score < 0.9 && piece.length === 1 && replyWord(text, piece[0]!)) score = 0;
    // "M. Ed.", "M. Phil", "Ed. D": degree abbreviations that read like an initial and a given name.
    if (score > 0 && score < 0.9 && degreeAbbreviation(text, piece)) score = 0;
    // "Grado en Ingeniería Informática", "Laurea in Ingegneria Gestionale": a degree and its subject.
    if (score > 0 && score < 0.9 && degreeSubject(text, piece)) score = 0;
    // "BNP Paribas", "QA CGI", "ACI Worldwide": an acronym beside Title Case words names an organisation.
    if (score > 0 && score < 0.9 && acronymInRun(piece)) score = 0;
    // "Tube Snake Boogie", "Carry Me Back To Canada" in quotes: the title of a work, not a person.
    if (score > 0 && score < 0.9 && inQuotedTitle(text, piece[0]!.start, piece[piece.length - 1]!.end))
      score = 0;
    // "Morgan Stanley", "T Rowe Price": a well-known employer, kept like any employer; after "by" too,
    // whose cue takes people and organisations alike ("sponsored by Goldman Sachs", "acquired by Wells Fargo").
    if (
      score > 0 &&
      (score < 0.9 || BY_BEFORE.test(text.slice(Math.max(0, piece[0]!.start - 8), piece[0]!.start))) &&
      companyAtTokens(toks, from, to)
    )
      score = 0;
    // "than early Yefremova?": an unknown word with a surname's ending (not a well-known employer's,
    // "Ericsson").
    if (
      score === 0 &&
      piece.length === 1 &&
      surnameShaped(piece[0]!.text) &&
      !companyAtTokens(toks, from, to)
    )
      score = 0.5;
    if (score > 0 && score < 0.9 && isOrganisation(text, toks, from, to)) score = 0;
    // "Employer: Trent Barton": the value of an employer's field (a colon and spaces before the piece).
    if (
      score > 0 &&
      score < 0.9 &&
      (codeAt(text, piece[0]!.start - 1) === 32 || codeAt(text, piece[0]!.start - 1) === 58) &&
      matchesAt(text, EMPLOYER_LABEL_BEFORE, piece[0]!.start)
    )
      score = 0;
    // "Monzo\nSenior Backend Engineer\nJan 2020 – Present": an employer's line in a job entry (not a
    // given name of the lexicon and a surname, "Anna Berg\nHead of Design\nSince 2019" on a team page,
    // unless a resume's experience heading stands above it: "Laing O'Rourke\nSite Manager, 2016 – 2020").
    if (
      score > 0 &&
      score < 0.9 &&
      text.includes('\n') &&
      employerLine(text, piece[0]!.start, piece[piece.length - 1]!.end) &&
      (score < 0.85 || experienceAbove(text, piece[0]!.start))
    )
      score = 0;
    // "Graduate Engineer, Mott MacDonald, Coventry (Sep 2015 – Sep 2017)": the employer after the job
    // on a job entry's line, even where its words are a given name and a surname (firms take their
    // founders' names) when the dates are on that line; with the dates below it only a run without a
    // given name and a surname ("Line Manager, Jane Doe\nAcme Ltd, 2015 – 2017" is a referee). A name
    // with a strong cue ("Name:", "Dear") stays.
    if (score > 0 && score < 0.9 && text.includes('\n')) {
      const job = employerAfterJob(text, piece[0]!.start, piece[piece.length - 1]!.end);
      if (job === 'line' || (job === 'next' && score < 0.85)) score = 0;
    }
    // "Karen Whitfield, Nurse Manager, Mount Carmel East - 614-555-0177": a referee's employer.
    if (score > 0 && score < 0.9 && refereeEmployer(text, piece[0]!.start, piece[piece.length - 1]!.end))
      score = 0;
    // "Tôi đã làm việc", "Chúng tôi xây dựng", "HỌC VẤN": Vietnamese prose and headings ({@link vietnamesePhrase}).
    if (score > 0 && score < 0.9 && vietnamesePhrase(text, toks, from, to)) score = 0;
    // "Universidad de Granada", "Politécnica de Madrid": a school's name, whose words then echo nowhere.
    if (score > 0 && score < 0.9 && piece.length > 1 && piece.some((w) => isInstitutionWord(w.text)))
      score = 0;
    // "Baylor St. Luke's Medical Center", "at St. Jude": a run that ends in a saint's abbreviation before
    // its dot opens the name of a hospital, a church or a place, not a person's.
    // (So does the saint's name alone after it: "Mount Sinai St. Luke's".)
    if (
      score > 0 &&
      score < 0.9 &&
      (saintAfter(text, piece[piece.length - 1]!) ||
        (piece.length === 1 &&
          SAINT_BEFORE.test(text.slice(Math.max(0, piece[0]!.start - 5), piece[0]!.start))))
    )
      score = 0;
    // "Restos du Cœur", "Casa de los Niños", "Fundación Niños del Sol": a charity's or an organisation's
    // name in a Romance language, its head noun first.
    if (score > 0 && score < 0.9 && romanceOrganisation(text, piece)) score = 0;
    // "Sous Chef, Restaurant Daniel": a venue named after a person; "Piper PA-28": an aircraft's maker.
    if (score > 0 && score < 0.9 && (venueName(text, piece) || aircraftMaker(text, piece))) score = 0;
    // "Regolamento UE", "Directive EU", "Règlement CE": a law of the European Union (CVs' consent clauses).
    if (score > 0 && score < 0.9 && piece.length >= 2 && EU_ACRONYMS.has(piece[piece.length - 1]!.text))
      score = 0;
    // "Rua das Flores, 120", "Via dei Mille 12": a street's word opens a street's name before its number
    // (the address recognizer masks it as an address).
    if (
      score > 0 &&
      piece.length >= 2 &&
      STREET_OPENERS.has(piece[0]!.text) &&
      matchesAt(text, NUMBER_AFTER, piece[piece.length - 1]!.end)
    )
      score = 0;
    // "J Chem Phys", "Proc Natl Acad Sci", "Phys. Rev. Lett.": a journal's abbreviated name in a reference.
    if (score > 0 && score < 0.9 && journalAbbreviation(text, toks, from, piece)) score = 0;
    // "Dane osobowe", "Stan cywilny: kawaler": the first word of a two-word field label.
    if (score > 0 && score < 0.9 && piece.length === 1 && labelOpening(text, toks, from)) score = 0;
    // "Idiomas: Español (nativo), Inglés (C1)": a language of a languages field, not a person.
    // "Nivel de Ingles: Avanzado": a piece that ends with a language before its level.
    if (
      score > 0 &&
      score < 0.9 &&
      (piece.length === 1
        ? languageItem(text, piece[0]!)
        : piece.length <= 3 &&
          isLanguageName(piece[piece.length - 1]!.text) &&
          LEVEL_AFTER.test(text.slice(piece[piece.length - 1]!.end, piece[piece.length - 1]!.end + 40)))
    )
      score = 0;
    // "Itaú Unibanco — Desenvolvedor (2013–2019)": the employer before the job title on its line (two
    // names of the lexicon only under a resume's experience heading: "Balfour Beatty | Engineer | 2010 – 2012").
    if (
      score > 0 &&
      score < 0.9 &&
      text.includes('\n') &&
      employerBeforeJob(text, piece[0]!.start, piece[piece.length - 1]!.end) &&
      (score < 0.85 || experienceAbove(text, piece[0]!.start))
    )
      score = 0;
    // "Hello Lever team,", "Dear Acme Hiring Team": a greeting to an organisation's people.
    if (
      score > 0 &&
      score < 1 &&
      matchesAt(text, GROUP_AFTER, piece[piece.length - 1]!.end) &&
      cueBefore(text, piece[0]!.start)
    )
      score = 0;
    if (score > 0) out.push(nameSpan(piece[0]!.start, piece[piece.length - 1]!.end, score));
  }
  out.push(...cuedNames(text, toks, capitals));
  out.push(...listNames(text, toks, out, capitals));
  out.push(...pairNames(text, toks, out, capitals));
  // Lower-case names only in text written in lower case (chats, notes): no capital starts a sentence.
  const lowerText = !SENTENCE_CAPITAL.test(text);
  if (lowerText)
    out.push(
      ...lowerCaseNames(text, toks),
      ...lowerCaseContextNames(text, toks),
      ...lowerCaseRuns(text, toks),
      ...listNames(text, toks, out, startTokens(toks, true), true),
      ...cuedNames(text, toks, allTokens(toks), true),
    );
  out.push(...objectsBeforePossessive(text, toks));
  out.push(...cyrillicInitialNames(text, toks, capitals));
  if (lowerText) out.push(...lowerCaseRepeats(toks, out));
  out.push(...givenNamesBefore(text, toks, out));
  out.push(...repeatedFullNames(text, toks, out, capitals));
  // Nothing inside the document title that opens the text ("Hoja de Vida").
  const title = document ? DOC_TITLE.exec(text) : null;
  if (title?.[1]) {
    const titleEnd = title.index + title[0].indexOf(title[1]) + title[1].length;
    let k = 0;
    for (const s of out) if (s.start >= titleEnd) out[k++] = s;
    out.length = k;
  }
  // "Berlin Metropolitan Area", "Greater Paris Metropolitan Region": LinkedIn's names of places
  // (not "Jo Bay Area Manager": the area word must end the phrase).
  // (Each name is asked in place, not after two searches of the whole text for " Area" and " Region".)
  let kept = 0;
  // "Cashier, Trader Joe's, 2008", "Host — Denny's": a possessive that owns nothing is a shop's name
  // (and no part of it is found again).
  // "Summer 2010", "Fall 2019": a season before a year is a date (a single word only: "Summer Nguyen" stays).
  for (const s of out)
    if (
      !(s.end - s.start <= 6 && SEASON_YEAR.test(text.slice(s.start, s.end + 6))) &&
      !areaAfter(text, s.end) &&
      !insideLabel(labels, s) &&
      !(document && shopPossessive(text, s)) &&
      !(vancouver.length && pastAuthor(vancouver, s))
    )
      out[kept++] = s;
  out.length = kept;
  // A name of ordinary words spelled out by an e-mail or a profile slug ("Grace Bell" beside
  // "grace.bell@…", "WILL YOUNG" beside "linkedin.com/in/will-young-…"): no part is asked below.
  const sources = echoSources(text);
  if (sources.length) out.push(...echoedSequences(text, toks, capitals, sources));
  // Repetition: the parts of confident names, and parts echoed by e-mails, wherever they recur.
  const seen = echoedParts(sources);
  // (Most texts echo nothing: no copy of an empty set.)
  const echoed: ReadonlySet<string> = seen.size ? new Set(seen) : NO_KEYS;
  /** The keys of the confident names' words (an echoed part among them is a name the text states). */
  const stated = new Set<string>();
  /** The keys of confident names' surnames that are ordinary words ("Park" of "Sung-min Park"). */
  let plain: Set<string> | null = null;
  // (Each confident name finds its first token by binary search: the names need no sorting.)
  for (const s of out) {
    if (s.score < 0.8) continue;
    for (let j = firstEndingAfter(toks, s.start); j < toks.length && toks[j]!.start < s.end; j++) {
      const t = toks[j]!;
      if (t.start < s.start || t.end > s.end || t.text.length < 2) continue;
      const b = bare(t);
      const w = typeof b === 'string' ? b : t.text;
      // The last word of a name of two or more words, an ordinary word after a given name that is none.
      if (
        t.end === s.end &&
        j > 0 &&
        toks[j - 1]!.start >= s.start &&
        w.length >= 3 &&
        isOrdinaryWord(b) &&
        !isParticle(w) &&
        !isOrdinaryWord(toks[j - 1]!) &&
        /^\p{Lu}/u.test(w)
      ) {
        plain ??= new Set();
        plain.add(tokenKey(t));
      }
      // (An initial is one code point: a longer word skips the regex.)
      // (An Arabic article or kinship word before the rest of a name, "Khalid Al Mansoori", "Omar Bin
      // Saleh", is no part to find again: it opens employers and towns too, "Al Tayer Motors", "Al Ain".)
      if (
        !isParticle(w) &&
        !(w.length <= 2 && INITIAL.test(w)) &&
        (!isOrdinaryWord(b) || FIELD_SURNAMES.has(fold(w))) &&
        !(t.end < s.end && ARABIC_ARTICLE.test(t.text)) &&
        // ("Reviewed by JD": a degree's or credential's letters are found again as the degree, "JD degree".)
        !CREDENTIAL_LETTERS.has(w)
      ) {
        seen.add(tokenKey(t));
        stated.add(tokenKey(t));
      }
    }
  }
  // "Ивановой", "Анны" after "Иванова Анна": the stems of the stated names in the Cyrillic script, whose
  // case forms are found again.
  let stems: Set<string> | null = null;
  for (const k of stated)
    if (k.charCodeAt(0) >= 0x400 && k.charCodeAt(0) < 0x530) {
      stems ??= new Set();
      for (const st of cyrillicStems(k)) stems.add(st);
    }
  if (seen.size) {
    const hits: number[] = [];
    const firsts = keyFirstLetters(seen);
    for (const k of capitals) {
      const t = toks[k]!;
      const c0 = t.text.charCodeAt(0);
      if (c0 >= 128 && !UPPER_START.test(t.text)) continue;
      // A word that starts with an ASCII capital has a key that starts with the same letter in
      // lower case: a letter that starts no key rules the word out without reading its key.
      let wk = '';
      let hit = false;
      if (c0 >= 128 || ((firsts >>> (c0 - 65)) & 1) === 1) {
        wk = tokenKey(t);
        hit = seen.has(wk);
      }
      // "JAubrey": a bullet glyph that PDF extraction turned into a capital glued to the name.
      // (An ASCII second character other than A-Z, or an ASCII third one other than a-z, rules the
      // glued capital out without the regex: ASCII letters are \p{Lu} or \p{Ll} only as such.)
      const c1 = codeAt(t.text, 1);
      const c2 = codeAt(t.text, 2);
      if (
        !hit &&
        (c1 >= 128 || (c1 >= 65 && c1 <= 90)) &&
        (c2 >= 128 || (c2 >= 97 && c2 <= 122)) &&
        GLUED_CAPITAL.test(t.text)
      ) {
        wk = key(stripPossessive(t.text.slice(1)));
        hit = seen.has(wk);
      }
      if (!hit && stems && c0 >= 0x400 && c0 < 0x530 && t.text.length >= 4) {
        for (const st of cyrillicStems(wk || tokenKey(t))) if (stems.has(st)) hit = true;
      }
      // "OKONKWO-REYES", "DELACOURT-FENN" beside "deshawn.reyes@…" or "/in/rory-delacourt-fenn": a double
      // surname of which one half is a part found or echoed.
      if (!hit) {
        const cut = t.text.indexOf('-');
        if (cut > 1 && cut < t.text.length - 2 && t.text.indexOf('-', cut + 1) < 0) {
          const left = t.text.slice(0, cut);
          const right = stripPossessive(t.text.slice(cut + 1));
          const a = key(left);
          const b = key(right);
          // (The other half is no word and no tool: not "PPA-Office" beside a "ppa" part.)
          const other = seen.has(a) ? right : seen.has(b) ? left : '';
          if (other && other.length > 2 && !isOrdinaryWord(other) && !TECH.has(fold(other))) {
            hit = true;
            wk = seen.has(a) ? a : b;
          }
        }
      }
      if (!hit) continue;
      // "Accountant | ACCA Finalist" beside "bilal.khan.acca@…": a part of an e-mail whose other parts are
      // the stated name, written in capitals on a line of mixed case and in no name lexicon, is the
      // address's tag (a credential, a club), not a surname.
      if (
        echoed.has(wk) &&
        !stated.has(wk) &&
        isAllCaps(t.text) &&
        mixedCaseLine(text, t.start, t.end) &&
        emailTag(sources, wk, stated)
      )
        continue;
      // "Data de Nascimento:", "Local de Nascimento": the field's label, not the surname found again.
      if (
        FIELD_SURNAMES.has(fold(t.text)) &&
        (matchesAt(text, COLON_AFTER, t.end) || FIELD_OF.test(text.slice(Math.max(0, t.start - 4), t.start)))
      )
        continue;
      out.push(nameSpan(t.start, t.end, echoed.has(wk) ? 0.7 : 0.8));
      hits.push(k);
    }
    // "SIPHO MANDLA NKOSI": one word between two repeated parts, on their line and in their case, is a
    // middle name whatever else it reads as (here a town of the gazetteer that broke the header's run).
    const hitSet = hits.length > 1 ? new Set(hits) : null;
    if (hitSet)
      for (const k of hits) {
        const a = toks[k]!;
        const m = toks[k + 1];
        const b = toks[k + 2];
        if (!m || !b || !hitSet.has(k + 2) || (isOrdinaryWord(m) && !nameClass(m))) continue;
        if (!textIs(text, a.end, m.start, ' ') || !textIs(text, m.end, b.start, ' ')) continue;
        const caps = isAllCaps(a.text) && isAllCaps(b.text);
        if (
          caps ? isAllCaps(m.text) && m.text.length > 1 : /^\p{Lu}\p{Ll}/u.test(m.text) && !isAllCaps(a.text)
        )
          out.push(nameSpan(a.start, b.end, 0.7));
      }
    // A repeated part takes along a given name beside it that is also a word ("Bob Dibbert").
    for (const k of hits) {
      const t = toks[k]!;
      const p = toks[k - 1];
      if (!p || !textIs(text, p.end, t.start, ' ')) continue;
      // (The key of the word as written: the memoised one unless the word has a possessive.)
      if (
        /^\p{Lu}\p{Ll}/u.test(p.text) &&
        nameClass(p) &&
        !HONORIFIC_WORDS.has(p.text) &&
        !salutationBefore(text, t.start) &&
        !seen.has(bare(p) === p ? tokenKey(p) : key(p.text))
      )
        out.push(nameSpan(p.start, t.end, 0.7));
    }
  }
  // "Park led the migration" after "Sung-min Park": a stated surname that is an ordinary word, alone as
  // the subject of a verb in the past (not "Central Park", "Brown University", "Brown sugar").
  if (plain) out.push(...plainSurnames(text, toks, capitals, plain));
  // "Worked closely with Faith Long and Grace Bell": a second person after a name found by its context.
  for (let i = 0, n = out.length; i < n; i++) {
    const s = out[i]!;
    if (s.score < 0.6 || text.charCodeAt(s.end) !== 32 || text.charCodeAt(s.end + 1) !== 97) continue;
    const m = AND_NAME.exec(text.slice(s.end, s.end + 60));
    if (m && !isPlaceName(m[1]!) && m[1]!.split(' ').every((w) => nameClass(w)))
      out.push(nameSpan(s.end + m[0].length - m[1]!.length, s.end + m[0].length, 0.6));
  }
  // "Call Jamal Haddad": a button's verb that opens the line is no part of any name found there.
  for (const s of out) {
    const c = text.charCodeAt(s.start);
    if (c !== 67 && c !== 72 && c !== 66 && c !== 83 && c !== 70 && c !== 78 && c !== 77) continue;
    const sp = text.indexOf(' ', s.start);
    if (sp > 0 && sp < s.end && uiVerbAt(text, s.start, text.slice(s.start, sp), s.end)) s.start = sp + 1;
  }
  if (text.includes("'s ") || text.includes('’s ')) return withoutNamedBusinesses(text, out);
  return out;
}

/**
 * A business named after its founder's given name, a whole employer field ("Line Cook, Joe's Stone
 * Crab, Miami Beach", "Server, Ruth's Chris Steak House"): one possessive word that opens its line or
 * follows ", " or "at ", then two or more capitalised words to the field's end, one of them an English
 * word (not "Panjiva's Riku Andou", a firm's person). Not "Priya Sharma's
 * Team" (a full name's possessive) nor "Joe's team" (a lower-case word after).
 */
const NAMED_BUSINESS =
  /(?:^|\n|, |\bat )[ \t•·*-]*(\p{Lu}\p{Ll}+['’]s(?: \p{Lu}[\p{Ll}'’-]+){2,4})(?=[ \t]*(?:$|\r?\n|[,|•·(]|[ \t][–—-][ \t]))/gu;

/** The name spans inside a {@link NAMED_BUSINESS} field, left out: the employer stays. */
function withoutNamedBusinesses(text: string, out: Span[]): Span[] {
  const ranges: (readonly [number, number])[] = [];
  for (const m of scanAll(text, NAMED_BUSINESS)) {
    // "Panjiva's Riku Andou": a firm's person, with no English word after the possessive, is no business's name.
    const words = m[1]!.split(' ').slice(1);
    if (!words.some((w) => isOrdinaryWord(w))) continue;
    const end = m.index + m[0].length;
    ranges.push([end - m[1]!.length, end]);
  }
  if (!ranges.length) return out;
  // The ranges come in order and apart: the last one starting at or before the span is the only one
  // that may hold it (a binary search, not a pass over every range).
  return out.filter((s) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranges[mid]![0] <= s.start) lo = mid;
      else hi = mid - 1;
    }
    const [a, b] = ranges[lo]!;
    return !(s.start >= a && s.end <= b);
  });
}

/**
 * True when the name ends in a possessive, written inside it or right after it, that owns nothing: the
 * punctuation of a job line or the line's end follows ("Cashier, Trader Joe's, 2008", "Host — Denny's\n",
 * "Crew (McDonald's)"): a shop's or a restaurant's name, an employer. A person's possessive owns a noun
 * ("Jane Doe's team").
 */
function shopPossessive(text: string, s: Span): boolean {
  let e = s.end;
  const c = text.charCodeAt(e);
  if ((c === 39 || c === 0x2019) && (text.charCodeAt(e + 1) | 32) === 115) e += 2;
  const a = text.charCodeAt(e - 2);
  if ((a !== 39 && a !== 0x2019) || (text.charCodeAt(e - 1) | 32) !== 115 || e - s.start < 4) return false;
  // (The possessive's "s" ends the word: "Joe'sCrab" is no possessive.)
  return SHOP_AFTER.test(text.slice(e, e + 4));
}
/** What follows a shop's possessive name on a job line: a comma, a dash, a bar, a bracket or the line's end. */
const SHOP_AFTER = /^(?:[ \t]*(?:\r?\n|$)|[ \t]*[,|;)(]|[ \t]+[–—-][ \t])/;

const NO_KEYS: ReadonlySet<string> = new Set();

/** The European Union's and Community's initials in its languages. */
const EU_ACRONYMS = new Set(['UE', 'EU', 'CE', 'EC', 'EEC', 'CEE', 'EWG', 'EG']);

/** Words that open a street's name in Romance, Slavic and Malay addresses ("Rua", "Via", "Calle", "Jalan"). */
const STREET_OPENERS = new Set(
  'Rua Rúa Avenida Avda Calle Carrer Camino Paseo Rue Via Viale Piazza Praça Largo Travessa Alameda Estrada Rodovia Ulica Aleja Strada Calea Jalan'.split(
    ' ',
  ),
);
/** A house number after a street's name: ", 120", " 12", " nº 5". */
const NUMBER_AFTER = /,?[ \t]+(?:n[º°o]\.?[ \t]*)?\d/y;

/** A Cyrillic key and its stems less a case ending ({@link CYRILLIC_ENDINGS}), three letters or more. */
function cyrillicStems(k: string): string[] {
  const out = [k];
  for (const e of CYRILLIC_ENDINGS)
    if (k.endsWith(e) && k.length - e.length >= 3) out.push(k.slice(0, -e.length));
  return out;
}

/**
 * A surname in the Cyrillic script beside its initials, after or before it ("Иванов И.И.", "И. И. Петров",
 * "Смирновой О. В."): the surname no abstract noun, place, section or word in capitals ("ООО А.С.").
 */
const CYR_INITIALS_AFTER = /[ \t\u00a0]+([А-ЯЁІЇЄҐ]\.[ \t\u00a0]?[А-ЯЁІЇЄҐ]\.?)/y;
const CYR_INITIALS_BEFORE = /(?:^|[^\p{L}.])([А-ЯЁІЇЄҐ]\.[ \t\u00a0]?[А-ЯЁІЇЄҐ]\.[ \t\u00a0]?)$/u;
const CYR_WORD = /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?$/;

function cyrillicInitialNames(text: string, toks: readonly Token[], capitals: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const k of capitals) {
    const t = toks[k]!;
    const c = t.text.charCodeAt(0);
    if (c < 0x400 || c >= 0x530 || t.text.length < 3 || !CYR_WORD.test(t.text)) continue;
    if (looksLikeWord(t.text) || SECTIONS.has(fold(t.text)) || isPlaceName(t.text)) continue;
    CYR_INITIALS_AFTER.lastIndex = t.end;
    const a = CYR_INITIALS_AFTER.exec(text);
    if (a) {
      out.push(nameSpan(t.start, t.end + a[0].length, 0.85));
      continue;
    }
    const b = CYR_INITIALS_BEFORE.exec(text.slice(Math.max(0, t.start - 8), t.start));
    if (b) out.push(nameSpan(t.start - b[1]!.length, t.end, 0.85));
  }
  return out;
}

/**
 * A birth name after the word that marks it: French "née"/"né" ("Dubois née Martin", "Née Moreau"),
 * English "(nee Jones)", German "geb."/"geborene", Polish "z domu", and "(born Jones)". One or two capitalised
 * words, whatever else they are (a town: "Martin", "Nancy"); not "Née le 12 mars", "née à Lyon".
 */
const BIRTH_NAME =
  /(?<![\p{L}\p{N}])(?:[nN]ée?|NÉE?|\([nN]ee|geb\.|[gG]eborene[rn]?|z domu|\(born)[ \t]+(\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}[\p{L}\p{M}'’]+)?(?:[ \t]\p{Lu}[\p{L}\p{M}'’]+)?)/gu;
/** Words after the marker that are no name: an article, a month, a date word. */
const NOT_BIRTH_NAME = /^(?:Le|La|Les|Au|En|Am|Im|In|On|At|Den|Dem)$/;

function birthNames(text: string): Span[] {
  // (Most texts hold none of the markers: five searches for their letters rule them out.)
  if (
    !text.includes('né') &&
    !text.includes('Né') &&
    !text.includes('NÉ') &&
    !text.includes('(nee ') &&
    !text.includes('(Nee ') &&
    !text.includes('geb') &&
    !text.includes('Geb') &&
    !text.includes('z domu') &&
    !text.includes('(born ')
  )
    return [];
  const out: Span[] = [];
  BIRTH_NAME.lastIndex = 0;
  for (let m = BIRTH_NAME.exec(text); m; m = BIRTH_NAME.exec(text)) {
    let name = m[1]!;
    const first = name.split(/[ \t]/)[0]!;
    if (NOT_BIRTH_NAME.test(first) || CALENDAR.has(first.toLowerCase())) continue;
    // A second word that is a section, a role or an ordinary word ends the name before it.
    const sp = name.search(/[ \t]/);
    if (sp > 0) {
      const second = name.slice(sp + 1);
      if (isOrdinaryWord(second) || SECTIONS.has(fold(second)) || ROLE_WORDS.has(fold(second)))
        name = name.slice(0, sp);
    }
    const start = m.index + m[0].length - m[1]!.length;
    out.push(nameSpan(start, start + name.length, 0.85));
  }
  return out;
}

/** Verbs in the past (and auxiliaries) that a person as a sentence's subject takes, without "-ed". */
const SUBJECT_VERB =
  /^(?:led|built|ran|wrote|made|won|taught|drove|oversaw|began|grew|took|gave|brought|sold|spoke|found|set|kept|met|sent|told|rewrote|undertook|was|has|had|is|will|also|successfully|then|later|personally)$/;
/** Words in "-ed" that are no verb in the past after a surname ("Brown based", "Brown red"). */
const NOT_PAST =
  /^(?:red|bed|shed|bred|need|seed|feed|based|shaped|sized|themed|colou?red|flavou?red|related|owned)$/;

/**
 * A stated surname that is an ordinary word ({@link plain}: "Park" of "Sung-min Park", "Brown" of "Ethan
 * Brown"), found again alone, in its case, as the subject of a verb in the past: "Park led the
 * migration", "In 2021, Park designed", "Brown's team reduced". The word before it on its line is no
 * capitalised word ("Central Park led tours") and the word after it no capitalised one ("Brown
 * University"); the word after it is a verb in the past ("Brown sugar" stays a word).
 */
function plainSurnames(
  text: string,
  toks: Token[],
  capitals: readonly number[],
  plain: ReadonlySet<string>,
): Span[] {
  const out: Span[] = [];
  for (const k of capitals) {
    const t = toks[k]!;
    if (t.text.length < 3 || isAllCaps(t.text) || !plain.has(tokenKey(t))) continue;
    const next = toks[k + 1];
    if (!next || !textIs(text, t.end, next.start, ' ')) continue;
    const v = next.text;
    const c = v.charCodeAt(0);
    if (c < 97 || c > 122) continue;
    const possessive = bare(t) !== t;
    if (!(SUBJECT_VERB.test(v) || (v.length >= 5 && v.endsWith('ed') && !NOT_PAST.test(v)) || possessive))
      continue;
    const prev = toks[k - 1];
    if (prev && !/[\n.;:!?,•·|()–—*]/.test(text.slice(prev.end, t.start)) && /^\p{Lu}/u.test(prev.text))
      continue;
    out.push(nameSpan(t.start, possessive ? t.end - 2 : t.end, 0.75));
  }
  return out;
}

/**
 * True when `k` keys a part of an e-mail or slug ({@link echoSources}) that no name lexicon holds and
 * whose source also holds a part of a stated name: "acca" of "bilal.khan.acca" once "Bilal Khan" is
 * the text's name.
 */
function emailTag(sources: readonly string[], k: string, stated: ReadonlySet<string>): boolean {
  for (const raw of sources) {
    let has = false;
    let other = false;
    for (const piece of raw.split(/[._\-\d+%']+/))
      for (const p of piece.split(/(?<=\p{Ll})(?=\p{Lu})/u)) {
        if (p.length < 3) continue;
        const pk = key(p);
        if (pk === k) has = true;
        else if (stated.has(pk)) other = true;
      }
    if (has && other && !nameClass(k[0]!.toUpperCase() + k.slice(1))) return true;
  }
  return false;
}

/**
 * True when the line around [start, end) holds a lower-case letter (the line is not a header in
 * capitals). Read at most 120 characters on each side (a text without line breaks is one long line).
 */
function mixedCaseLine(text: string, start: number, end: number): boolean {
  const lo = Math.max(0, start - 120);
  const hi = Math.min(text.length, end + 120);
  const from = Math.max(lo, text.lastIndexOf('\n', start) + 1);
  let to = text.indexOf('\n', end);
  if (to === -1 || to > hi) to = hi;
  return LOWER_LETTER.test(text.slice(from, to));
}
const LOWER_LETTER = /\p{Ll}/u;
/** Arabic articles and kinship words written apart inside a name ("Al", "El", "Bin", "Abu", "Bint"). */
const ARABIC_ARTICLE = /^(?:Al|AL|El|EL|Bin|BIN|Ibn|IBN|Abu|ABU|Bint|BINT|Ould|OULD)$/;

/**
 * The first letters of the keys ({@link key}) that are lower-case ASCII letters, as bits (a = bit 0).
 * A word that starts with an ASCII capital keys to a string that starts with that letter in lower
 * case ({@link fold} keeps the first character and lower-cases it; {@link key} drops only apostrophes,
 * hyphens and a final ".x", and a word starts with a letter or a digit), so its key can be in the set
 * only when its letter's bit is set. Keys that start otherwise match only words that start past ASCII,
 * which are always looked up.
 * @example keyFirstLetters(new Set(['ann', 'berg'])) // 0b11
 */
function keyFirstLetters(keys: ReadonlySet<string>): number {
  let bits = 0;
  for (const k of keys) {
    const c = k.charCodeAt(0);
    if (c >= 97 && c <= 122) bits |= 1 << (c - 97);
  }
  return bits;
}

/** The person-name recognizer. */
export const personName: Recognizer = {
  id: 'person-name',
  kind: 'structure',
  entities: ['NAME'],
  analyze: (text, ctx) =>
    analyzeNames(text, !ctx?.pageText, ctx?.knownNames?.length ? new Set(ctx.knownNames) : undefined),
};

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [SELF_NAMED, selfNamedMatches],
  [ECHO_PROFILE, echoProfiles],
  [NAME_LABEL, nameLabelMatches],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/person-name.test.ts
