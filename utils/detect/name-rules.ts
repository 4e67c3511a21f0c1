/**
 * More person-name evidence for the person-name recognizer, kept apart from its run scorer:
 * - honorifics and naming verbs take the capitalised words after them, even ordinary ones
 *   ("Mr. Manning", "was called Crystal Murdock");
 * - surname morphology: an unknown capitalised word with a typical surname ending
 *   ("-ova", "-sson", "-ić", "-nen", "-dóttir", ...) is a name mid-sentence;
 * - lower-case names in chat-like text: "codey m ross", "olga krylova's";
 * - a confident full name repeated anywhere, even when a part is an English word ("Carol Toy").
 */

import { companyAtTokens } from './companies';
import { fold, isCapitalised, lexicon, type Token, tokenAt, tokenEndingAt } from './lexicon';
import { LowerWords, matchesAt, textIs } from './scan';
import type { Span } from './types';
import {
  ACADEMIC_TITLE_WORDS,
  CALENDAR,
  coinedOrgWord,
  FUNCTION_WORDS,
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  LANGUAGES,
  looksLikeWord,
  PARTICLES as NAME_PARTICLES,
  nameClass,
  ROLE_WORDS,
  SALUTATION_WORDS,
  SECTIONS,
  SENOR_BEFORE,
  STUDY_FIELDS,
  TECH,
  tokenInfo,
} from './words';

function nameSpan(start: number, end: number, score: number): Span {
  return { start, end, label: 'NAME', score, recognizer: 'person-name' };
}

const lower = (w: string) => w.toLowerCase();
/** The word without its possessive ("'s", "’s", "'S"; /['’][sS]$/ read by code). */
function bare(w: string): string {
  const c = w.charCodeAt(w.length - 1);
  const a = w.charCodeAt(w.length - 2);
  return (c === 115 || c === 83) && (a === 39 || a === 0x2019) ? w.slice(0, -2) : w;
}

/**
 * Words that are never part of a person's name after a cue: tools, sections, jobs, calendar,
 * languages, Turkish academic titles ("Dr. Öğr. Üyesi"), fields of study ("Dr. Chemistry") (worked out once per distinct word and kept on its entry).
 */
function notNameWord(t: Token): boolean {
  const info = tokenInfo(t);
  let v = info.notName;
  if (v === undefined) {
    const f = lower(bare(t.text));
    v =
      TECH.has(f) ||
      SECTIONS.has(f) ||
      ROLE_WORDS.has(f) ||
      CALENDAR.has(f) ||
      LANGUAGES.has(f) ||
      ACADEMIC_TITLE_WORDS.has(f) ||
      STUDY_FIELDS.has(f);
    info.notName = v;
  }
  return v;
}

/** True for a word of one lower-case letter (/^\p{Ll}$/u), ASCII answered without the regex. */
function singleLower(w: string): boolean {
  if (w.length === 1) {
    const c = w.charCodeAt(0);
    if (c < 128) return c >= 97 && c <= 122;
  } else if (w.length !== 2) return false;
  return SINGLE_LOWER.test(w);
}
const SINGLE_LOWER = /^\p{Ll}$/u;

/**
 * Honorifics: the capitalised word after one is a surname, whatever else it means ("Mr. Manning").
 * The cues are sticky lookbehinds, tried right where the word starts ({@link matchesAt}).
 */
const HONORIFIC = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mister|Madam|Herrn|Herr|Frau|Mme|Mlle|Madame|Monsieur|Señor|Señora|Sra|Srta|Signor|Signora|Sig|Dhr|Mevr|Dott\.s?sa|Dottoressa|Dottor|Pani|Panie)\.?\s{1,2}|(?:^|[^\p{L}])(?:Dott|Ing|Avv|Mgr|Bc|Mw)\.\s{1,2}|(?:^|[^\p{L}])(?:heer|meneer|mevrouw|pane|paní)\s|(?:^|[^\p{L}])(?:${SENOR_BEFORE})\sSr\.?\s{1,2})`,
  'uy',
);
const HONORIFIC_LOWER = /(?<=(?:^|[^\p{L}])(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s{1,2})/uy;
/**
 * Naming verbs: the capitalised words after one name a person ("was called Crystal Murdock"); and a
 * change of name, both names ("changed my surname from Okafor to Lindqvist", "name changed from … to …",
 * "previously known as", "formerly").
 */
const NAMING =
  /(?<=\b(?:called|named|known as|name is|name's|formerly|(?:sur|maiden |last |family |birth |legal )name(?: was)?(?: legally)?(?: changed)? from|(?:my |her |his |their )name(?: was)?(?: legally)? changed from|changed? (?:my |her |his |their )(?:sur|last |family |first |legal )?name from|(?:sur|maiden |last |family |first |legal )?name(?: was| legally)? changed(?: from \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})? to|(?:changed|change) (?:my |her |his |their )?(?:sur|last |family |first |legal )?name(?: legally)?(?: from \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})? to)\s{1,2})/iuy;
/** A form's name field in words: the word after it is a name whatever else it means ("maiden name is Key"). */
const NAME_FIELD_IS = /(?<=\b(?:maiden|last|family|first|given|middle|sur) ?name is\s{1,2})/iy;
const MAX_CUED = 3;
/** Post-nominal letters of professions and orders written after a name ("DDS", "MD", "Esq"). */
const POST_NOMINAL = new Set('DDS DMD DVM MD PhD Esq CPA RN OBE MBE CBE KC QC'.split(' '));
/** Last words of the cues above. */
const CUE_LAST = new LowerWords([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'mister',
  'madam',
  // European honorifics ("Herr Vogt", "Mme Laurent", "Sra. Ortega", "Dhr. Jansen"); "Sr", also "senior",
  // only after a Spanish or Portuguese salutation or article ("Estimado Sr. Quenby", "el Sr. Marwood").
  'sr',
  'herr',
  'herrn',
  'frau',
  'mme',
  'mlle',
  'madame',
  'monsieur',
  'señor',
  'señora',
  'sra',
  'srta',
  'signor',
  'signora',
  'sig',
  'dhr',
  'mevr',
  // Italian, Czech and Slovak titles before a name, with their dot ("Dott.ssa Ferraretti", "Ing. Dvořák",
  // "Mgr. Horáková"), and the Dutch and Czech honorifics a letter writes in lower case ("Geachte heer Van
  // Dijk", "Beste meneer Jansen", "Vážený pane Nováku").
  'dott',
  'dott.ssa',
  'dott.sa',
  'dottoressa',
  'dottor',
  'ing',
  'avv',
  'mgr',
  'bc',
  'mw',
  'heer',
  'meneer',
  'mevrouw',
  'pane',
  'paní',
  // Polish "Pani" (Mrs, Ms) and "Panie" (Mr, as a letter addresses him).
  'pani',
  'panie',
  'called',
  'named',
  'formerly',
  'from',
  'to',
  'as',
  'is',
  "name's",
]);
const MAX_NAMES_PER_WORD = 8;

/**
 * Capitalised words right after an honorific or a naming verb. After an honorific the first word is
 * taken even if it is an English word ("Mrs. Rich"); later words only if they read as names.
 * `starts`: the indices (ascending) of the tokens that may be the first word: at least every
 * capitalised one, or (`lowerText`, text written in lower case) every token.
 */
export function cuedNames(
  text: string,
  toks: readonly Token[],
  starts: readonly number[],
  lowerText = false,
): Span[] {
  const out: Span[] = [];
  let next = 1;
  for (const k of starts) {
    if (k < next) continue;
    const t = toks[k]!;
    // Cheap gate: the word before must be an honorific or the last word of a naming verb.
    if (!CUE_LAST.has(toks[k - 1]!.text)) {
      // "Beste mevrouw de Groot", "Mr. van der Berg": an honorific, then a surname's particles.
      const p = lowerText ? -1 : particlesAfterHonorific(text, toks, k);
      if (p > 0) {
        out.push(nameSpan(toks[p]!.start, toks[k]!.end, 0.85));
        next = k + 1;
      }
      continue;
    }
    if (t.text.length < 2) continue;
    // A tool or section word is a name only after a name field ("maiden name is Key") or before a
    // surname ("was called Ruby Okafor").
    if (notNameWord(t) && (lowerText || !(nameFieldIs(text, toks, k) || surnameNext(text, toks, k))))
      continue;
    if (lowerText) {
      // Text written in lower case: only "mr. elliott", a word that is no English word after an honorific.
      if (!/^\p{Ll}/u.test(t.text) || isOrdinaryWord(t) || isPlaceName(t)) continue;
      if (!matchesAt(text, HONORIFIC_LOWER, t.start)) continue;
      out.push(nameSpan(t.start, t.end, 0.7));
      continue;
    }
    if (!isCapitalised(t.text)) continue;
    const honorific = matchesAt(text, HONORIFIC, t.start) || nameFieldIs(text, toks, k);
    if (!honorific && !matchesAt(text, NAMING, t.start)) continue;
    // After "called"/"named" an English word is no name ("was named Employee of the Month"), unless
    // a surname follows it ("was called Crystal Murdock").
    if (!honorific && isOrdinaryWord(bare(t.text)) && !nameClass(bare(t.text)) && !surnameNext(text, toks, k))
      continue;
    let j = k;
    let words = 1;
    while (j + 1 < toks.length && words < MAX_CUED) {
      const n = toks[j + 1]!;
      const gap = text.slice(toks[j]!.end, n.start);
      const initial = /^\p{Lu}$/u.test(toks[j]!.text);
      if (!(gap === ' ' || (initial && (gap === '. ' || gap === '.')))) break;
      // "Dhr. Jan de Vries", "Mr. Ruud van der Berg": particles before a surname.
      const after = NAME_PARTICLES.has(n.text) ? surnameAfterParticles(text, toks, j + 1) : -1;
      // "Herrn Wagner von Siemens": an employer after the particle, not the rest of a surname.
      if (after > 0 && employerAfterParticle(toks, j + 1, after)) break;
      if (after > 0) {
        j = after;
        words++;
        continue;
      }
      // Title Case words and initials only: "B.E.", "CIVIL" after a name are degrees and labels.
      if (!/^\p{Lu}(?:[\p{Ll}\p{M}'’-]*[\p{Ll}\p{M}])?$/u.test(bare(n.text))) break;
      if (notNameWord(n) || isOrgTail(n)) break;
      // A further word joins only if it is a name or no English word ("Crystal Murdock", not "Smith Street").
      if (isOrdinaryWord(bare(n.text)) && !nameClass(bare(n.text))) break;
      j++;
      words++;
    }
    if (isOrgTail(toks[j]!)) continue;
    // "Dr. Aino Valk DDS": a post-nominal after a name with an honorific belongs to it.
    const p = toks[j + 1];
    if (honorific && p && POST_NOMINAL.has(p.text) && /^,? $/.test(text.slice(toks[j]!.end, p.start))) j++;
    out.push(nameSpan(t.start, toks[j]!.end, honorific ? 0.85 : 0.8));
    next = j + 1;
  }
  return out;
}

/**
 * Index of the first of one to three lower-case particles right before toks[k] that follow an honorific
 * ("mevrouw de Groot", "Mr. van der Berg"; one space apart) when toks[k] is a surname, or -1.
 */
function particlesAfterHonorific(text: string, toks: readonly Token[], k: number): number {
  let p = k;
  while (p > 1 && k - p < 3 && NAME_PARTICLES.has(toks[p - 1]!.text) && /^\p{Ll}/u.test(toks[p - 1]!.text)) {
    if (!textIs(text, toks[p - 1]!.end, toks[p]!.start, ' ')) return -1;
    p--;
  }
  if (p === k || !CUE_LAST.has(toks[p - 1]!.text) || !matchesAt(text, HONORIFIC, toks[p]!.start)) return -1;
  return surnameWord(toks[k]!) || nameClass(toks[k]!) === 'strong' ? p : -1;
}

/** NAME_FIELD_IS before toks[k], asked only after the word "is". */
function nameFieldIs(text: string, toks: readonly Token[], k: number): boolean {
  return toks[k - 1]!.text === 'is' && matchesAt(text, NAME_FIELD_IS, toks[k]!.start);
}

/**
 * True when the word after toks[k], one space on, is a Title Case surname: of the lexicon, by its
 * ending, or a word in no word list ("Dravnik").
 */
function surnameNext(text: string, toks: readonly Token[], k: number): boolean {
  const n = toks[k + 1];
  if (!n || !textIs(text, toks[k]!.end, n.start, ' ')) return false;
  // "Dhr. Jan de Vries": a month's name before particles and a surname is a given name.
  if (NAME_PARTICLES.has(n.text)) return surnameAfterParticles(text, toks, k + 1) > 0;
  return surnameWord(n);
}

/** A Title Case surname: of the lexicon, by its ending, or a word in no word list ("Dravnik"). */
function surnameWord(n: Token): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(n.text)) return false;
  if (notNameWord(n) || isOrgTail(n)) return false;
  const w = bare(n.text);
  if (isOrdinaryWord(w) || isPlaceName(w) || looksLikeWord(w) || coinedOrgWord(w)) return false;
  return nameClass(w) === 'strong' || !nameClass(w);
}

/**
 * Index of the surname after the particles that start at toks[k] ("de Vries", "van der Berg"; up to
 * three particles, one space apart), or -1.
 */
/** Particles that also mean "of" or "from" before an employer ("Herrn Wagner von Siemens", "Mevr. Bakker van Philips"). */
const FROM_PARTICLES = new Set(['von', 'van', 'de', 'di', 'da', 'du', 'do']);

/**
 * True when toks[p] is such a particle and the words after it up to toks[last] name an employer: a
 * well-known one, or words before a legal form or an organisation noun ("Herrn Wagner von Siemens,",
 * "Frau Keller von Brandt Group"). The person's name ends before the particle.
 */
export function employerAfterParticle(toks: readonly Token[], p: number, last: number): boolean {
  if (p + 1 > last || !FROM_PARTICLES.has(toks[p]!.text)) return false;
  if (companyAtTokens(toks, p + 1, last)) return true;
  const n = toks[last + 1];
  return !!n && isOrgTail(n);
}

function surnameAfterParticles(text: string, toks: readonly Token[], k: number): number {
  let m = k;
  while (m < toks.length && m - k < 3 && NAME_PARTICLES.has(toks[m]!.text)) {
    const n = toks[m + 1];
    if (!n || !textIs(text, toks[m]!.end, n.start, ' ')) return -1;
    m++;
  }
  const n = toks[m];
  return n && m > k && surnameWord(n) ? m : -1;
}

/**
 * Endings that mark surnames across languages (Slavic -ov/-ova/-ski/-ić/-enko, Nordic -sson/-sen/
 * -dóttir, Finnish -nen, Romanian -escu, Turkish -oğlu, Armenian -yan, Georgian -adze/-shvili, Greek
 * -poulos/-akis). They are almost never the endings of English words, tools or companies.
 */
const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|ski|ska|sky|skyi|skaya|wicz|owicz|ewicz|vich|ić|vić|ovic|evic|enko|chuk|nen|sson|sdóttir|dóttir|dottir|escu|oğlu|oglu|yan|adze|shvili|poulos|opoulou|akis|ová|ný|ská)$/;

/** German plural endings in "-nen" that no Finnish surname has ("Personen", "Regionen", "Kolleginnen"). */
const GERMAN_NEN = /(?:ionen|innen|personen)$/;

/** True for a capitalised word outside every lexicon with a surname ending ("Yefremova", "Ryhänen"). */
export function surnameShaped(word: string): boolean {
  const w = bare(word);
  if (w.length < 5 || !isCapitalised(w)) return false;
  // The ending first: it rules out most words without a look-up in the word table (or an
  // upper-case copy of the word).
  const f = lower(w);
  if (!SURNAME_ENDING.test(f) || w === w.toUpperCase()) return false;
  // German plurals end like Finnish surnames ("Korhonen"): "Personen", "Positionen", "Kolleginnen".
  if (GERMAN_NEN.test(f)) return false;
  return !isOrdinaryWord(w) && !isPlaceName(w) && !TECH.has(f) && !LANGUAGES.has(f);
}

/**
 * Names in text written in lower case: "codey m ross" (first name, middle initial, surname) and
 * "olga krylova's" (a first name of the lexicon, then a word that is no English word or place).
 */
export function lowerCaseRuns(text: string, toks: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    const c = t.text.charCodeAt(0);
    if (!(c >= 97 && c <= 122) || t.text.length < 3) continue;
    // A first name of the lexicon, or (before a middle initial) any word that is no English word.
    // (The cheap per-word checks come first: most words of lower-case text stop at them.)
    const cls = nameClass(t);
    // "aksel kristensen" on a line of its own (a header, a signature): an unknown first name before a
    // surname of the lexicon or with a surname's ending.
    if (!cls && lineEdge(text, t.start, -1) && lowerLineName(text, t, toks[k + 1]!)) {
      out.push(nameSpan(t.start, toks[k + 1]!.end, 0.6));
      k++;
      continue;
    }
    const given = cls === 'strong' || (!!cls && !isOrdinaryWord(t));
    if (!given && (isOrdinaryWord(t) || !singleLower(toks[k + 1]!.text))) continue;
    if (isPlaceName(t) || notNameWord(t)) continue;
    const n = toks[k + 1]!;
    if (text.slice(t.end, n.start) !== ' ') continue;
    // "benjamin a seiler", "eric g. samoylova": a middle initial, then the surname.
    const s = toks[k + 2];
    // The middle initial may be "a" or "i" only after a first name of the lexicon (they are English words).
    const initial = singleLower(n.text) && (!/^[ai]$/.test(n.text) || !!cls);
    if (initial && s && /^\.? $/.test(text.slice(n.end, s.start)) && surnameAfter(s)) {
      out.push(nameSpan(t.start, s.end, 0.7));
      k += 2;
      continue;
    }
    if (given && cls === 'strong' && /^\p{Ll}/u.test(n.text) && n.text.length >= 3 && surnameAfter(n)) {
      out.push(nameSpan(t.start, n.end, 0.6));
      k++;
    }
  }
  return out;
}

/**
 * True when only spaces, tabs and bullets ("•", "*", "-", "???") lie between `at` and the line's
 * edge: its start (`dir` -1, looking back from `at`) or its end (`dir` 1, from `at` on); at most
 * eight characters are read.
 */
function lineEdge(text: string, at: number, dir: -1 | 1): boolean {
  for (let i = dir < 0 ? at - 1 : at, n = 0; n < 8; i += dir, n++) {
    if (i < 0 || i >= text.length) return true;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 63 && c !== 42 && c !== 45 && c !== 0x2022) return false;
  }
  return false;
}

/** "aksel kristensen\n": two lower-case words that fill a line, an unknown word and a surname. */
function lowerLineName(text: string, t: Token, n: Token): boolean {
  if (t.end + 1 !== n.start || text.charCodeAt(t.end) !== 32 || !lineEdge(text, n.end, 1)) return false;
  if (!/^\p{Ll}[\p{L}\p{M}]+$/u.test(n.text)) return false;
  if (nameClass(n) !== 'strong') {
    // A surname's ending in lower case ("bergsveinsson"), no English word, place, tool or language.
    const f = n.text;
    if (f.length < 5 || !SURNAME_ENDING.test(f) || isOrdinaryWord(f) || isPlaceName(f)) return false;
    if (TECH.has(f) || LANGUAGES.has(f)) return false;
  }
  return !isOrdinaryWord(t) && !isPlaceName(t) && !looksLikeWord(t.text) && !notNameWord(t);
}

/** Verbs of giving and telling: the word between one and "his"/"her" is a person ("gave Maren her keys"). */
const GIVING = new LowerWords(
  'gave given give gives giving told tell tells sent send sends handed showed shown offered asked paid thanked wished lent promised'.split(
    ' ',
  ),
);

/** Prepositions and particles after those verbs ("sent to his parents", "gave back her keys"). */
const PARTICLES = new LowerWords(
  'to for on in at off out back over up down away all both each into onto'.split(' '),
);

/**
 * The person between a verb of giving or telling and a possessive pronoun: "had given Maren her
 * address", "told oskar his results". Found from each " his " and " her " (a plain search); the word
 * is no English word (unless a name of the lexicon), place, tool, job or known employer.
 */
export function objectsBeforePossessive(text: string, toks: readonly Token[]): Span[] {
  const out: Span[] = [];
  // Each " his " and " her ": found as "his " and "her " with a space before them (a search that
  // starts from the rare "h" rather than from every space of the text).
  for (const p of ['his ', 'her ']) {
    for (let h = text.indexOf(p, 1); h !== -1; h = text.indexOf(p, h + 1)) {
      if (text.charCodeAt(h - 1) !== 32) continue;
      const at = h - 1;
      const k = tokenEndingAt(toks, at);
      if (k < 1 || !GIVING.has(toks[k - 1]!.text)) continue;
      const t = toks[k]!;
      if (toks[k - 1]!.end + 1 !== t.start || t.text.length < 2 || notNameWord(t) || isOrgTail(t.text))
        continue;
      if (!isCapitalised(t.text) && !/^\p{Ll}+$/u.test(t.text)) continue;
      if (PARTICLES.has(t.text) || FUNCTION_WORDS.has(lower(t.text))) continue;
      if ((isOrdinaryWord(t) && !nameClass(t)) || isPlaceName(t)) continue;
      if (companyAtTokens(toks, k, k)) continue;
      out.push(nameSpan(t.start, t.end, 0.7));
    }
  }
  return out;
}

/** A lower-case word that can be a surname: a name of the lexicon, or no English word or place. */
function surnameAfter(t: Token): boolean {
  const w = bare(t.text);
  if (!/^\p{Ll}[\p{L}\p{M}'’-]+$/u.test(w) || notNameWord(t)) return false;
  if (nameClass(w) === 'strong') return true;
  return !isOrdinaryWord(w) && !isPlaceName(w) && !looksLikeWord(w);
}

/**
 * Every exact repeat of a confident full name (two to four words), even where one of its words is
 * also an English word and the run scorer would not take it alone ("Carol Toy ... Dr Carol Toy").
 * One pass over the tokens that may start a name (`capitals`: those that start with a capital or a
 * character past ASCII); at most a few names per first word, so time stays linear.
 */
export function repeatedFullNames(
  text: string,
  toks: readonly Token[],
  spans: readonly Span[],
  capitals: readonly number[],
): Span[] {
  const byFirst = new Map<string, string[][]>();
  for (const s of spans) {
    if (s.score < 0.8 || s.label !== 'NAME') continue;
    const k = tokenAt(toks, s.start);
    if (k < 0) continue;
    const words: string[] = [];
    for (let j = k; j < toks.length && toks[j]!.end <= s.end && words.length <= 4; j++) {
      if (j > k && !textIs(text, toks[j - 1]!.end, toks[j]!.start, ' ')) break;
      words.push(toks[j]!.text);
    }
    if (words.length < 2 || words.length > 4 || !words.every(startsUpper)) continue;
    const list = byFirst.get(words[0]!) ?? [];
    if (list.length >= MAX_NAMES_PER_WORD || list.some((l) => sameWords(l, words))) continue;
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  const out: Span[] = [];
  if (!byFirst.size) return out;
  for (const k of capitals) {
    const list = byFirst.get(toks[k]!.text);
    if (!list) continue;
    for (const words of list) {
      let ok = k + words.length <= toks.length;
      for (let j = 1; ok && j < words.length; j++)
        ok = toks[k + j]!.text === words[j] && textIs(text, toks[k + j - 1]!.end, toks[k + j]!.start, ' ');
      if (ok) out.push(nameSpan(toks[k]!.start, toks[k + words.length - 1]!.end, 0.8));
    }
  }
  return out;
}

/** True when the word starts with an upper-case letter (/^\p{Lu}/u), ASCII answered without the regex. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
}
const UPPER_START = /^\p{Lu}/u;

/** True when two lists of words are the same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** True when only spaces and tabs lie between `at` and the text's start or a line break. */
function lineOpens(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/**
 * A given name that is also a month, a place or a word, right before a name found on its own:
 * "Jan Jílek", "May Okafor". Only words of the name lexicon, in Title Case, joined by one space.
 */
export function givenNamesBefore(text: string, toks: readonly Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.label !== 'NAME' || s.score < 0.5) continue;
    const k = tokenAt(toks, s.start);
    if (k <= 0) continue;
    const p = toks[k - 1]!;
    if (text.slice(p.end, s.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(p.text)) continue;
    // "Liebe Frau Keller", "Herr Brandauer": no given name stands before an honorific, nor is one; nor
    // is a salutation's word that opens its line ("Cara Giulia,", "Beste Sanne,").
    if (CUE_LAST.has(toks[k]!.text) || CUE_LAST.has(p.text)) continue;
    // "(Née Martin)": the French marker of a birth name (folded, the surname "Nee") is no given name.
    if (p.text === 'Née' || p.text === 'Né') continue;
    if (SALUTATION_WORDS.has(p.text.toLowerCase()) && lineOpens(text, p.start)) continue;
    const f = fold(p.text);
    // A tool that is also a given name ("Ada", "Ruby") only before a confident full name.
    const tool = TECH.has(f) && !(s.score >= 0.85 && /\s/.test(text.slice(s.start, s.end)));
    if (tool || ROLE_WORDS.has(f) || SECTIONS.has(f) || LANGUAGES.has(f) || isOrgTail(p)) continue;
    if (!lexicon('nameStrong').has(f) && !lexicon('nameCommon').has(f)) continue;
    // The name after it must read as a surname: no English word ("Jan Jílek", not "May Sales").
    if (isOrdinaryWord(bare(toks[k]!.text)) && !surnameShaped(toks[k]!.text)) continue;
    out.push(nameSpan(p.start, s.end, s.score));
  }
  return out;
}
