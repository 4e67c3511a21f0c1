/**
 * The analyzer: runs every registered recognizer on the normalised text, maps the spans back to
 * the original text, then applies the deny-list, allow-list, score threshold and entity-type policy
 * and merges overlapping results (Presidio's analyzer_engine shape, ../shared/STYLE.md §3.3).
 */

import { addressBlocks, addressTowns, schoolTowns } from './address-block';
import { isKnownCompany } from './companies';
import { withoutConsentClauses } from './consent';
import { nicknamesOf } from './data/nicknames';
import { employersAround } from './employers';
import { firmNames, firmNamesAround } from './firms';
import { clippedForms, findEastAsianNames, findKnownNames } from './identity';
import { fold } from './lexicon';
import { calendarInDate } from './mail-words';
import { surnameShaped } from './name-rules';
import { type Normalized, normalize, withFieldPadding, withJoinedWraps, withOcrDigits } from './normalize';
import { recognizers as defaultRecognizers } from './recognizers';
import { NOT_INITIALS, uiVerbAt } from './recognizers/person-name';
import { escapeRegExp, isWordCode, scanAll } from './scan';
import { CJK_CLASS } from './scripts';
import { insideRanges, techListsAround, toolPairs } from './tech-lists';
import type { AnalyzeContext, AsyncRecognizer, EntityType, Recognizer, Span } from './types';
import { DEFAULT_SCORE_THRESHOLD, MASKED_ENTITY_TYPES } from './types';
import {
  CALENDAR,
  coinedOrgWord,
  FUNCTION_WORDS,
  HONORIFIC_WORDS,
  handWordName,
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  isRegionOrCountry,
  LANGUAGES,
  looksLikeWord,
  nameClass,
  ROLE_WORDS,
  SALUTATION_WORDS,
  SECTIONS,
  SIGN_OFFS,
  TECH,
  toolWordName,
} from './words';

/** Options of {@link analyze}. Everything is optional; the defaults are the blind-hiring policy. */
export interface AnalyzeOptions {
  /** Minimum score a span needs to be kept (default 0.4). */
  threshold?: number;
  /** Terms never masked (case-insensitive, whole span or whole word inside a span). */
  allowList?: string[];
  /** Terms always masked (case-insensitive, whole word), as label NAME unless found otherwise. */
  denyList?: string[];
  /** Entity types that are masked (default: every must-mask type). */
  maskedTypes?: EntityType[];
  /** Names known for the candidate: every variant of them is masked. */
  knownNames?: string[];
  /** Default region for national phone numbers (ISO 3166 alpha-2, default "US"). */
  defaultRegion?: string;
  /** Recognizers to run (default: the registry). */
  recognizers?: readonly Recognizer[];
  /** The text is a page's runs joined line by line, not a document ({@link AnalyzeContext.pageText}). */
  pageText?: boolean;
}

/** Default minimum score. */
export const DEFAULT_THRESHOLD = DEFAULT_SCORE_THRESHOLD;
const MAX_TERM = 200;

/** Whole-word, case-insensitive occurrences of the given terms (linear: one alternation). */
function findTerms(text: string, terms: readonly string[]): Array<[number, number]> {
  const clean = terms.map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= MAX_TERM);
  if (!clean.length) return [];
  clean.sort((a, b) => b.length - a.length);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${clean.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const out: Array<[number, number]> = [];
  for (const m of scanAll(text, re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Drops the names that lie inside a longer place name of the gazetteer ("Ho Chi Minh" in "Ho Chi Minh
 * City", "Jose" in "San Jose", "Ann Arbor" in "Ann Arbor, MI" is not one: only a place of one phrase,
 * with no comma, counts): the place covers them, so the merged span is the place, not a person. A
 * name the page states (known identity) stays.
 */
export function namesInPlaces(text: string, spans: Span[]): Span[] {
  const places: Span[] = [];
  // (The comma is looked for inside the span only: a search of the text from it would cross the text.)
  const onePhrase = (s: Span) => {
    for (let i = s.start; i < s.end; i++) if (text.charCodeAt(i) === 44) return false;
    return true;
  };
  for (const s of spans)
    if (s.label === 'LOCATION' && s.recognizer === 'location' && onePhrase(s)) places.push(s);
  if (!places.length) return spans;
  places.sort((a, b) => a.start - b.start);
  const inside = (n: Span): boolean => {
    // The last place starting at or before the name, and the one before it (places may overlap).
    let lo = 0;
    let hi = places.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]!.start <= n.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = at; k >= 0 && k >= at - 1; k--) {
      const p = places[k]!;
      if (p.end >= n.end && p.end - p.start > n.end - n.start) return true;
    }
    return false;
  };
  return spans.filter((s) => s.label !== 'NAME' || s.recognizer === 'known-identity' || !inside(s));
}

/**
 * Merges overlapping or touching-inside spans: the merged span covers the union (masking coverage
 * never shrinks) and takes the label and recognizer of the best member (higher score, then longer).
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  return mergeSorted(
    [...spans].sort((a, b) => a.start - b.start || b.end - a.end),
    true,
  );
}

/**
 * {@link mergeSpans} for spans it made itself: already sorted with distinct starts and owned by the
 * caller, so they are neither sorted nor copied again (the result equals mergeSpans(spans)).
 */
function mergeOwned(spans: Span[]): Span[] {
  return mergeSorted(spans, false);
}

/** The merge itself over spans sorted by start (then longest first); `copy` leaves the input spans untouched. */
/**
 * True when `a` is an e-mail address or a link that covers all of `b`, or a street address that
 * covers all of a name in it: a person's name inside a postal address is the street's name
 * ("14 Harlow Street", "14, Adeola Odeku Street"), masked as the address and not as a person.
 */
const holds = (a: Span, b: Span) =>
  (a.label === 'EMAIL' ||
    a.label === 'URL' ||
    (a.label === 'ADDRESS' && (b.label === 'NAME' || b.label === 'NRP'))) &&
  a.start <= b.start &&
  a.end >= b.end;

function mergeSorted(sorted: readonly Span[], copy: boolean): Span[] {
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      // An e-mail address, a link or a street address that holds a name is an address ("ardoyne.dev",
      // "jane.doe@…", "14 Harlow Street"): it takes the merged span whatever the name's score, so it is
      // masked as one and not as a person.
      // A street address and a place that overlap are one postal block ("4545 Lloyd Lane Norristown, PA"):
      // the address names it, whatever the scores.
      const block =
        s.label === 'ADDRESS'
          ? last.label === 'LOCATION'
          : last.label === 'ADDRESS' && s.label === 'LOCATION';
      const better =
        holds(s, last) ||
        (!holds(last, s) &&
          (block
            ? s.label === 'ADDRESS'
            : s.score > last.score ||
              (s.score === last.score &&
                (s.end - s.start > last.end - last.start ||
                  // "Stanford, MBA": a school's short name that is also a town, found as both, is the school.
                  (s.end === last.end && s.label === 'SCHOOL' && last.label === 'LOCATION')))));
      const end = Math.max(last.end, s.end);
      if (better) out[out.length - 1] = { ...s, start: last.start, end };
      else last.end = end;
    } else {
      out.push(copy ? { ...s } : s);
    }
  }
  return out;
}

function ctxOf(options: AnalyzeOptions, text?: string): AnalyzeContext {
  return {
    knownNames: options.knownNames,
    defaultRegion: options.defaultRegion ?? 'US',
    pageText: options.pageText,
    pageLike: options.pageText === undefined && text !== undefined && looksLikePage(text),
  };
}

/**
 * What only recruiting pages print: their buttons on lines of their own ("Connect", "Message", "Show all",
 * "Reject", "Advance", "Move stage"), LinkedIn's degree and network lines ("· 2nd", "12 mutual
 * connections", "People also viewed", "Endorsed by"), ATS screens' words ("Application Review", "Scorecard"),
 * their section headings on lines of their own ("Activity Feed", "Screening questions", "Application
 * details"), a tab's count ("Candidates (3)"), a requisition's heading ("Job Requisition · …"), Workday's
 * application headings ("Job Application: …", "Application Questions") and a timeline's line ("… moved Ann to Onsite · 2 days ago").
 */
const PAGE_MARKER =
  /^[ \t]*(?:connect|message|follow|show all|see more|contact info|open to work|view profile|send inmail|save to pipeline|repost|reject|advance|disqualify|move stage|move to next stage|add note|add a note|send email|schedule interview|more actions|leave feedback|add feedback|activity feed|screening questions|application details)[ \t]*$|mutual connections?\b|people also viewed|endorsed by\b|· (?:1st|2nd|3rd)\b|application review|scorecards?\b|\bcandidates \(\d{1,5}\)|^[ \t]*job requisition\b|^[ \t]*job application: [A-Z]|^[ \t]*application questions[ \t]*$|\bmoved [A-Z][^\n·]{0,60} to [^\n·]{1,40}· \d{1,2} (?:minute|hour|day|week)s? ago/gim;

/** True when a text given as a document holds two or more different {@link PAGE_MARKER}s: a page's text. */
export function looksLikePage(text: string): boolean {
  let first = '';
  for (const m of scanAll(text, PAGE_MARKER)) {
    // (Two timeline lines, or two tabs' counts, are one marker: "moved", "candidates".)
    const marker = m[0]
      .trim()
      .toLowerCase()
      .replace(/^(moved|candidates) .*$/s, '$1');
    if (!first) first = marker;
    else if (marker !== first) return true;
  }
  return false;
}

/** Runs recognizers and maps their spans to the original text; invalid spans are dropped. */
/** The last text normalised and its normalisation (the analyzer's later steps read the same text). */
let lastNorm: { input: string; norm: Normalized } | undefined;

function runRecognizers(text: string, options: AnalyzeOptions, ctx = ctxOf(options, text)): Span[] {
  const norm = withJoinedWraps(withFieldPadding(withOcrDigits(normalize(text))));
  lastNorm = { input: text, norm };
  const out: Span[] = [];
  const masked = options.maskedTypes ? new Set<EntityType>(options.maskedTypes) : undefined;
  for (const r of options.recognizers ?? defaultRecognizers) {
    // A recognizer whose entity types are all unmasked by policy need not run.
    if (masked && !r.entities.some((e) => masked.has(e))) continue;
    for (const s of r.analyze(norm.text, ctx)) {
      if (!(s.end > s.start) || s.start < 0 || s.end > norm.text.length) continue;
      // Text that normalisation left as it was needs no mapping (the recognizer's span is fresh).
      if (norm.unchanged) {
        out.push(s);
        continue;
      }
      const [start, end] = norm.toOriginal(s.start, s.end);
      if (end > start) out.push({ ...s, start, end });
    }
  }
  const eastAsian = eastAsianNames(text, out);
  if (eastAsian) out.push(...findEastAsianNames(text, eastAsian, 'person-name'));
  // "… Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r.": a
  // consent clause names laws and their dates, no person and no graduation year.
  return withoutNamesInKnown(withoutConsentClauses(text, out));
}

/**
 * Drops the names other recognizers found inside a known name's span at a lower score: the known
 * span masks them as it is, and merging would keep it. On a candidate's page the known name stands in
 * every post and card, and person-name finds it there again two or three times over (the run, its
 * parts repeated), so most of the page's name spans went through every step of the policy for nothing.
 * @example
 * // "Ilse Marwood" (known-identity, 0.95) holds person-name's "Ilse Marwood" (0.9) and "Ilse" (0.8):
 * withoutNamesInKnown(spans) // only the known span and spans of other types are left
 */
export function withoutNamesInKnown(spans: Span[]): Span[] {
  const known = spans.filter((s) => s.recognizer === 'known-identity' && s.label === 'NAME');
  if (!known.length || known.length === spans.length) return spans;
  // (Below every known span's score: a name found as surely as the known one keeps its own span.)
  const below = known.reduce((low, k) => Math.min(low, k.score), 1);
  const inKnown = insideOneOf(known.sort((a, b) => a.start - b.start));
  return spans.filter(
    (s) => s.label !== 'NAME' || s.recognizer === 'known-identity' || s.score >= below || !inKnown(s),
  );
}

/** A confident name in Chinese, Japanese or Korean script: two to five characters, one gap at most. */
const EAST_ASIAN_NAME = new RegExp(`^[${CJK_CLASS}]{1,5}(?:[ \u3000][${CJK_CLASS}]{1,4})?$`, 'u');

/**
 * The names in those scripts that a text states with confidence ("姓名：王小明", a resume's header
 * "山田　太郎"): their surnames and given names recur in running text without spaces or capitals for
 * person-name's repetition rule to see ("小明负责…", "山田は…"). Undefined when there are none.
 */
function eastAsianNames(text: string, spans: readonly Span[]): string[] | undefined {
  let names: string[] | undefined;
  for (const s of spans) {
    if (s.label !== 'NAME' || s.score < 0.8 || text.charCodeAt(s.start) < 0x3040) continue;
    const name = text.slice(s.start, s.end);
    if (name.length < 2 || !EAST_ASIAN_NAME.test(name)) continue;
    names ??= [];
    names.push(name);
  }
  return names;
}

/** A capitalised word right after a name: " Felsgate", " Varrenkamp-Ode". */
const NEXT_WORD =
  /[ \u00a0]((?:\p{Lu}\p{Ll}{0,2}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}'’-])/uy;
const ONE_WORD = /^[\p{L}\p{M}'’-]+$/u;
const WORD_ENDING = /(?:tion|tions|sion|ment|ments|ness|ology|ity|ities|ing|ings|ics|ware|ship|ism)$/;

/** True for a word that can only be a surname here: not a word, place, language, tool, role or organisation noun. */
function surnameLike(word: string): boolean {
  const f = fold(word);
  // "Tom Jenkins", "Emma Norton": a tool's or job's word that is a surname of the lexicon.
  if (handWordName(word) && !isOrgTail(word)) return true;
  if (TECH.has(f) || ROLE_WORDS.has(f) || SECTIONS.has(f) || LANGUAGES.has(f) || isOrgTail(word))
    return false;
  if (nameClass(word) === 'strong') return true;
  // Surnames may end like words ("Felsgate", "Applegate"); only the clearest word endings say no here.
  return (
    !isOrdinaryWord(word) &&
    !isPlaceName(word) &&
    !nameClass(word) &&
    !WORD_ENDING.test(word) &&
    !coinedOrgWord(word)
  );
}

/**
 * A town's name that a place span alone holds right after a given name of the lexicons, the pair on its
 * own ("Gudrun Eastlake sent…", "— Teodora Ashgrove"): a surname that is also a town, not the given name's
 * place. Neither word an English word; no comma after the town ("Florence Lisbon, Portugal" reads as
 * places), no capitalised word after it (a longer place, "Maria Palm Springs").
 */
function placeSurname(text: string, s: Span, m: RegExpExecArray, next: Span | undefined): boolean {
  const given = text.slice(s.start, s.end);
  const word = m[1]!;
  if (
    next?.label !== 'LOCATION' ||
    next.start !== s.end + m[0].length - word.length ||
    next.end !== s.end + m[0].length ||
    !isPlaceName(word) ||
    isOrdinaryWord(word) ||
    isOrdinaryWord(given) ||
    !nameClass(given)
  )
    return false;
  return !/^(?:,|[ \u00a0]\p{Lu})/u.test(text.slice(next.end, next.end + 2));
}

/**
 * A first name masked alone takes the surname after it ("Rania Felsgate", where "Rania" came from
 * a known identity or the lexicon and "Felsgate" is no word, place or organisation): otherwise the
 * surname would be left beside the pseudonym ("Candidate RA9D Felsgate").
 */
function extendSurnames(text: string, spans: Span[], header = true): Span[] {
  for (const [i, s] of spans.entries()) {
    if (s.label !== 'NAME' || !ONE_WORD.test(text.slice(s.start, s.end))) continue;
    if (!/^\p{Lu}/u.test(text[s.start] ?? '')) continue;
    NEXT_WORD.lastIndex = s.end;
    const m = NEXT_WORD.exec(text);
    if (
      m &&
      (surnameLike(m[1]!) ||
        (header && headerSurname(text, s.start, m)) ||
        signatureSurname(text, s.start, m))
    )
      s.end += m[0].length;
    else if (m && placeSurname(text, s, m, spans[i + 1])) {
      // The town's span is the surname's: one person's name, its initials those of both words.
      const town = spans[i + 1]!;
      town.label = 'NAME';
      town.recognizer = s.recognizer;
      s.end += m[0].length;
    } else {
      // "Brad L Key": after a first name and a middle initial, a capitalised word is the surname,
      // even one that is also an English word.
      INITIAL_THEN_WORD.lastIndex = s.end;
      const n = INITIAL_THEN_WORD.exec(text);
      // With a dot the initial may end a sentence instead ("Flagg J. The design"): then only a surname-like word.
      if (n && (n[0].includes('.') ? surnameLike(n[1]!) : !notNamePart(n[1]!, false))) s.end += n[0].length;
      else {
        // "Ilse M. · Staff Engineer": LinkedIn shows members outside the network by first name and
        // the initial of the surname; the initial goes with the name where the phrase ends there.
        TRAILING_INITIAL.lastIndex = s.end;
        const i = TRAILING_INITIAL.exec(text);
        if (i) s.end += i[0].length;
        else {
          // "Ilse 'Izzy' Marwood", "Ilse (Izzy) Marwood": a nickname between the first name and the surname.
          NICKNAME_THEN_WORD.lastIndex = s.end;
          const k = NICKNAME_THEN_WORD.exec(text);
          if (k && nameClass(text.slice(s.start, s.end)) === 'strong' && surnameLike(k[1]!))
            s.end += k[0].length;
        }
      }
    }
    // "MARWOOD, Ilse", "Marwood, Ilse" (lists and forms write the surname first): the surname before a
    // comma that opens its line or field, when the part found is a first name of the lexicon.
    // (Only where ", " stands right before the span: most spans are ruled out by two characters.)
    const c =
      text.charCodeAt(s.start - 1) === 32 && text.charCodeAt(s.start - 2) === 44
        ? COMMA_SURNAME.exec(text.slice(Math.max(0, s.start - 40), s.start))
        : null;
    if (
      c &&
      (nameClass(text.slice(s.start, s.end).split(/\s/)[0]!) === 'strong' ||
        capsSurnameOpensText(text, s.start - c[1]!.length - 2, c[1]!)) &&
      surnameLike(c[1]!) &&
      !isPlaceName(c[1]!)
    )
      s.start -= c[1]!.length + 2;
    // "Crystal Murdock", "features Hilding Carlsson": the first name before a surname found alone.
    // (Not a button's verb that opens the line: "Call Jamal Haddad".)
    const p = PREV_WORD.exec(text.slice(Math.max(0, s.start - 32), s.start));
    if (
      p &&
      givenBefore(text, s.start - p[0].length, p[1]!, text.slice(s.start, s.end)) &&
      !uiVerbAt(text, s.start - p[0].length, p[1]!, s.end)
    )
      s.start -= p[0].length;
  }
  for (const s of spans) {
    if (s.label !== 'NAME') continue;
    s.start -= leadingInitials(text, s.start);
    // "OKAFOR, Chukwuemeka Obinna" opening the text: the surname in capitals before the given names.
    if (s.start > 2 && s.start < 48 && text.charCodeAt(s.start - 2) === 44) {
      const c = COMMA_SURNAME.exec(text.slice(0, s.start));
      if (
        c &&
        capsSurnameOpensText(text, s.start - c[1]!.length - 2, c[1]!) &&
        surnameLike(c[1]!) &&
        !isPlaceName(c[1]!)
      )
        s.start -= c[1]!.length + 2;
    }
  }
  return spans;
}

/** Initials with their dots, or an abbreviated given name, right before a name: "K. ", "H.M.K.C. ", "Md. ". */
const LEADING_INITIALS =
  /(?:^|[\s([:|,"'“‘/-])((?:\p{Lu}\.[ \u00a0]?){1,6}|(?:Md|MD|Mohd|MOHD|Muhd|MUHD|Mst|MST|Ma|MA)\.[ \u00a0]?)$/u;

/**
 * Length of the initials or abbreviated given name right before a name found without them (Indian,
 * Sri Lankan and Bangladeshi resumes: "(K. RAMESH KUMAR)", "H.M.K.C. Bandara", "Md. Rafiqul Islam";
 * Filipino "Ma. Cristina"), or 0. Only where a dot or a space stands right before the name.
 */
function leadingInitials(text: string, start: number): number {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 46 && c !== 0xa0) return 0;
  const m = LEADING_INITIALS.exec(text.slice(Math.max(0, start - 16), start));
  if (!m) return 0;
  const letters = m[1]!.replace(/[.\s]/g, '');
  if (letters.length > 1 && !/^(?:Md|Mohd|Muhd|Mst|Ma)$/i.test(letters) && NOT_INITIALS.has(letters))
    return 0;
  return m[1]!.length;
}

/** The last word of a sign-off line ("Abraços,", "Yours sincerely,", "Mit freundlichen Grüßen"). */
const SIGN_OFF_LINE = /(?:^|\n)[ \t]*[^\n]{0,30}?(\p{L}+)[ \t]*[,.!]?[ \t]*\r?\n[ \t]*$/u;
const ENGLISH_SIGN_OFFS = new Set([
  'sincerely',
  'regards',
  'best',
  'cheers',
  'thanks',
  'wishes',
  'respectfully',
  'yours',
]);

/**
 * "Abraços,\nThiago Nascimento": on the line after a sign-off, after a first name of the lexicon that
 * opens the line, a capitalised word that ends the line is the surname even when it is also a word
 * (no tool, role, language, section or organisation word), as at the text's first line.
 */
function signatureSurname(text: string, start: number, m: RegExpExecArray): boolean {
  const prev = text.charCodeAt(start - 1);
  if (prev !== 10 && prev !== 32 && prev !== 9) return false;
  const before = SIGN_OFF_LINE.exec(text.slice(Math.max(0, start - 48), start));
  if (!before) return false;
  const w = fold(before[1]!);
  if (!SIGN_OFFS.has(w) && !ENGLISH_SIGN_OFFS.has(w)) return false;
  // (A section's word may be a surname here: "Nascimento", "birth", of a Portuguese CV's field.)
  if (nameClass(text.slice(start, m.index)) !== 'strong' || notNamePart(m[1]!, false)) return false;
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
}

/**
 * "Rebecca Hides" as the first line of the text: after a first name of the lexicon that opens the
 * text, a capitalised word that ends the line is the surname even when it is an English word (no
 * tool, role, language, section or organisation word).
 */
function headerSurname(text: string, start: number, m: RegExpExecArray): boolean {
  if (start > 20 || !/^[\s"'“”*#•·>|-]*$/.test(text.slice(0, start))) return false;
  if (nameClass(text.slice(start, m.index)) !== 'strong' || notNamePart(m[1]!)) return false;
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
}

/** A middle initial and a capitalised word right after a first name: " L Key", " J. Olsen". */
const INITIAL_THEN_WORD =
  /[ \u00a0]\p{Lu}\.?[ \u00a0](\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}'’-])/uy;
/** A surname's initial that ends the phrase after a first name: " M." in "Ilse M. · Staff Engineer". */
const TRAILING_INITIAL = /[ \u00a0]\p{Lu}\.(?=[ \t]*(?:$|[\r\n·•|,;:)]|[-–—][ \t]))/uy;
/** A nickname in quotes or brackets, then a capitalised word: " 'Izzy' Marwood", " (Izzy) Marwood". */
const NICKNAME_THEN_WORD =
  /[ \u00a0](?:['"“‘(]\p{Lu}[\p{Ll}\p{M}]+['"”’)])[ \u00a0](\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}'’-])/uy;
/** A surname and a comma at the start of a line or field, right before a first name: "MARWOOD, ". */
const COMMA_SURNAME = /(?:^|[\r\n\t|•·;]|[ ]{2})[ \t]*(\p{Lu}[\p{L}\p{M}'’-]+), $/u;
/**
 * "OKAFOR, Chukwuemeka Obinna" as the text's first line: a surname in capitals before the comma that
 * opens the text (Nigerian and other resumes write the surname first), whatever the given names are.
 */
function capsSurnameOpensText(text: string, at: number, word: string): boolean {
  return (
    at <= 8 && word.length >= 3 && word === word.toUpperCase() && /^[\s"'“*#•]*$/.test(text.slice(0, at))
  );
}
/** The capitalised word right before a span: "Crystal " before "Murdock". */
const PREV_WORD = /(?<![\p{L}\p{M}\p{N}'’.-])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ \u00a0]$/u;

/**
 * Words that are never part of a name: tools, roles, languages, organisation nouns, pronouns and
 * sentence openers, and (with `sections`) section words; each part of a hyphenated word is asked.
 */
function notNamePart(word: string, sections = true): boolean {
  return word.split('-').some((part) => {
    const f = fold(part);
    return (
      TECH.has(f) ||
      ROLE_WORDS.has(f) ||
      LANGUAGES.has(f) ||
      FUNCTION_WORDS.has(f) ||
      (sections && SECTIONS.has(f)) ||
      isOrgTail(part)
    );
  });
}

/**
 * True when `word`, right before a surname, is a first name: a name of the lexicon (also when it is
 * an English word, "Rose", "Hope"), or, inside a sentence and before a surname of the lexicon, a word
 * that is no English word or place.
 */
function givenBefore(text: string, at: number, word: string, surname: string): boolean {
  // "Ruby Okafor", "Julia Kessler", "Maya Fenwick": a tool's word that is a given name of the lexicon,
  // before a surname of the lexicon.
  if (handWordName(word) && nameClass(surname) === 'strong' && !isPlaceName(word)) return true;
  if (notNamePart(word) || isPlaceName(word) || HONORIFIC_WORDS.has(word)) return false;
  // "Cara Giulia,", "Beste Sanne,": a salutation's word that opens its line, the name and a comma, a
  // colon or "!" ending it, is no given name.
  if (
    SALUTATION_WORDS.has(word.toLowerCase()) &&
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 40), at)) &&
    /^[ \t]*[,:!][ \t]*(?:\r?\n|$)/.test(
      text.slice(at + word.length + 1 + surname.length, at + word.length + 8 + surname.length),
    )
  )
    return false;
  // "Ciao Amara, ti andrebbe…", "Hej Amara, hur mår du?": a greeting that is no name, before the name and
  // a comma or "!" that go on with the message.
  if (
    SALUTATION_WORDS.has(word.toLowerCase()) &&
    !nameClass(word) &&
    /^[,!]/.test(text.slice(at + word.length + 1 + surname.length, at + word.length + 2 + surname.length))
  )
    return false;
  if (nameClass(word)) return true;
  // An unknown word counts only before a surname of the lexicon or with a surname's ending ("Hilding Carlsson").
  if (
    isOrdinaryWord(word) ||
    coinedOrgWord(word) ||
    (nameClass(surname) !== 'strong' && !surnameShaped(surname))
  )
    return false;
  // Not at the start of a sentence or line, where any word is capitalised.
  return /[\p{Ll},;]\s$/u.test(text.slice(Math.max(0, at - 2), at));
}

const DEFAULT_MASKED: ReadonlySet<EntityType> = new Set<EntityType>(MASKED_ENTITY_TYPES);
const NO_TERMS: ReadonlySet<string> = new Set();

/** Score from which a span stays whatever lists and firms are around it (above every weak span's). */
const FIRM_SCORE = 0.85;

/**
 * The weak spans that a span staying in any case covers. Such a weak span (a given name inside the
 * candidate's known name) need not be looked for in lists or firms: dropped or not, it merges into
 * the covering span, whose higher score decides the merged span (see mergeSorted).
 */
function coveredWeak(weak: readonly Span[], spans: readonly Span[]): ReadonlySet<Span> {
  if (!weak.length) return NO_SPANS;
  const covers = spans
    .filter((s) => s.score >= FIRM_SCORE && s.label !== 'PRONOUN' && !weakInList(s))
    .sort((a, b) => a.start - b.start);
  if (!covers.length) return NO_SPANS;
  return new Set(weak.filter(insideOneOf(covers)));
}
const NO_SPANS: ReadonlySet<Span> = new Set();

/**
 * A test of whether a span lies inside one of `covers` (sorted by start): the farthest end among the
 * covers that start at or before the span, found by binary search over their running farthest end.
 * @example insideOneOf([c(10, 22)])(a(12, 14)) // true
 */
function insideOneOf(covers: readonly Span[]): (s: Span) => boolean {
  const reach: number[] = [];
  for (const c of covers) reach.push(Math.max(c.end, reach[reach.length - 1] ?? -1));
  return (s) => {
    let lo = 0;
    let hi = covers.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (covers[mid]!.start <= s.start) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && reach[hi]! >= s.end;
  };
}

/** A name or place found without a strong cue: the kind a list of tools can overrule. */
/** Where a line ends: a line break, or the two spaces that stand for one where lines were joined. */
function lineBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || c === 10 || c === 13 || (c === 32 && text.charCodeAt(i + 1) === 32);
}

/**
 * True when the span is a whole line among the three after LinkedIn's "Top Skills" heading (the
 * "Save to PDF" sidebar lists three, one a line; lines may be joined with two spaces).
 */
function inTopSkills(text: string, s: Span): boolean {
  if (!lineBreakAt(text, s.end) && !/^[ \t]*(?:\r?\n|$)/.test(text.slice(s.end, s.end + 3))) return false;
  const before = text.slice(Math.max(0, s.start - 130), s.start);
  const at = before.lastIndexOf('Top Skills');
  if (at === -1) return false;
  const lines = before
    .slice(at + 10)
    .split(/\r?\n|[ \t]{2,}/)
    .map((l) => l.trim());
  // The heading ends its line, the span opens one, and at most two short lines come between.
  if (lines[0] !== '' || lines[lines.length - 1] !== '') return false;
  const between = lines.slice(1, -1).filter((l) => l);
  return between.length <= 2 && between.every((l) => l.length <= 40);
}

/** A name found by the rules whose text joins two words by " & " ("Keller & Sohn"). */
const ampersandPair = (text: string, s: Span) =>
  s.label === 'NAME' && s.recognizer === 'person-name' && text.slice(s.start, s.end).includes(' & ');

const weakInList = (s: Span) =>
  (s.label === 'NAME' || s.label === 'LOCATION') && s.score < FIRM_SCORE && s.recognizer !== 'known-identity';

/**
 * {@link firmNames} of the text, read on its normalised form where the recognizers just read it (its
 * word tokens are still kept) and mapped back.
 */
function firmsIn(text: string, targets: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const norm = lastNorm?.input === text ? lastNorm.norm : undefined;
  // Unchanged text: only the firms that can hold a target are read (the same as the whole text's).
  if (!norm || norm.unchanged) return firmNamesAround(text, targets);
  return firmNames(norm.text).map(([a, b]) => norm.toOriginal(a, b));
}

/** The honour's word after its eponym ("Rhodes Scholar"), tried at the span's end or its last space. */
const HONOUR =
  /[ -](?:Scholars?|Scholarships?|Fellows?|Fellowships?|Prizes?|Awards?|Medal|Laureate|(Scale|Score|Index|Criteria|Classification|Inventory|Questionnaire|Method|Technique|Algorithm|Theorem|Equation|Maneuver|Manoeuvre)(?![\p{L}-]|[ \t]*:))(?![\p{L}-])/uy;
/** First letters of {@link HONOUR}'s words (S, F, P, A, M, L; I, C, Q, T, E). */
const HONOUR_FIRST = new Set([83, 70, 80, 65, 77, 76, 73, 67, 81, 84, 69]);
/**
 * A weak name or place (no known identity, three words at most) that an honour's word follows, or
 * ends: the honour's eponym ("Marshall Scholar", the name recognizer's "Fulbright Scholar").
 */
const eponymOfHonour = (text: string) => (s: Span) => {
  if ((s.label !== 'NAME' && s.label !== 'LOCATION') || s.recognizer === 'known-identity') return false;
  let at = s.end;
  if (!HONOUR_FIRST.has(text.charCodeAt(at + 1))) {
    at = text.lastIndexOf(' ', s.end - 1);
    if (at <= s.start || !HONOUR_FIRST.has(text.charCodeAt(at + 1))) return false;
  }
  if (s.end - s.start > 40 || text.slice(s.start, at).split(' ').length > 3) return false;
  HONOUR.lastIndex = at;
  const m = HONOUR.exec(text);
  if (!m || HONOUR.lastIndex < s.end) return false;
  // "Glasgow Coma Scale", "Australasian Triage Scale", "Apgar Score": a clinical or technical tool named
  // after a person or a place, no candidate's name or home (a region or a country stays).
  if (m[1]) return !isRegionOrCountry(text.slice(s.start, Math.min(at, s.end)));
  // A place names a scholarship ("Rhodes", "Marshall"), not an award, which may be the town's own
  // ("Best Fine Dining in Farmington Valley Award"); a region or a country stays.
  return (
    s.label === 'NAME' ||
    (text.charCodeAt(at + 1) === 83 && !isRegionOrCountry(text.slice(s.start, Math.min(at, s.end))))
  );
};

/** German weekdays and months, lower-case: capitalised nouns that the lexicons hold as names or places. */
const GERMAN_WEEKDAYS = new Set(
  'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag'.split(' '),
);
const GERMAN_MONTHS = new Set(
  'januar jänner februar märz april mai juni juli august september oktober november dezember'.split(' '),
);
/** A German preposition or time word that may open the span, then the weekday or month ("Im März"). */
const GERMAN_CALENDAR_SPAN = /^(?:(?:Am|Im|Ab|Seit|Bis|Vom|Zum|Anfang|Mitte|Ende)[ \u00a0])?(\p{L}{3,10})$/u;
/** GERMAN_CALENDAR_SPAN's openers. */
const GERMAN_CALENDAR_OPENERS = new Set([
  'Am',
  'Im',
  'Ab',
  'Seit',
  'Bis',
  'Vom',
  'Zum',
  'Anfang',
  'Mitte',
  'Ende',
]);
/** Before the word: a German preposition or time word, or a day's number ("am ", "seit ", "4. "). */
const GERMAN_CALENDAR_BEFORE =
  /(?:(?:^|[^\p{L}])(?:am|im|ab|seit|bis|vom|zum|jeden|nächsten|kommenden|letzten|diesen|anfang|mitte|ende)|\d\.)[ \u00a0]$/iu;
/** After a weekday: a date or a time ("Montag, den 4. Mai", "Montag, 14:00", "Montag um 10 Uhr"). */
const WEEKDAY_AFTER = /^(?:,[ \u00a0](?:den[ \u00a0])?\d|[ \u00a0]um[ \u00a0]\d)/u;
/** After a month: a year ("März 2020"). */
const MONTH_AFTER = /^[ \u00a0](?:19|20)\d\d(?!\d)/u;

/**
 * A name or place span that is a German weekday or month in a date's words: after a preposition or a
 * day's number ("am Montag", "seit Januar", "den 4. Mai"), a weekday before a date or a time, a month
 * before a year ("Im März 2020"). A name with a strong cue (score 0.9 or more) or a known name stays.
 */
const germanCalendar = (text: string) => (s: Span) => {
  if ((s.label !== 'NAME' && s.label !== 'LOCATION') || s.score >= 0.9 || s.end - s.start > 16) return false;
  if (s.recognizer === 'known-identity') return false;
  let found = text.slice(s.start, s.end);
  // "Im" alone (a Korean surname) before the month: the preposition with its month.
  if (GERMAN_CALENDAR_OPENERS.has(found) && text.charCodeAt(s.end) === 32) {
    const next = /^ (\p{L}{3,10})(?![\p{L}\p{N}])/u.exec(text.slice(s.end, s.end + 12));
    if (!next) return false;
    found = `${found} ${next[1]}`;
  }
  const m = GERMAN_CALENDAR_SPAN.exec(found);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  const weekday = GERMAN_WEEKDAYS.has(w);
  if (!weekday && !GERMAN_MONTHS.has(w)) return false;
  if (m[0].length > m[1]!.length) return true;
  if (GERMAN_CALENDAR_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) return true;
  return (weekday ? WEEKDAY_AFTER : MONTH_AFTER).test(text.slice(s.end, s.end + 8));
};

/** A name or place span that is a date's word or a reply line's opener before a date ({@link calendarInDate}). */
const replyDate = (text: string) => (s: Span) =>
  (s.label === 'NAME' || s.label === 'LOCATION') &&
  s.recognizer !== 'known-identity' &&
  s.end - s.start <= 16 &&
  calendarInDate(text, s.start, s.end, CALENDAR);

/** Spanish question words, folded ("cómo", "dónde", "quién"). */
const QUESTION_WORDS = new Set(
  'como que cuando donde cual cuales quien quienes cuanto cuanta cuantos cuantas'.split(' '),
);
/** A name or place span that is one Spanish question word right after "¿" ("¿Cómo …?"). */
const spanishQuestionWord = (text: string, s: Span) =>
  (s.label === 'NAME' || s.label === 'LOCATION') &&
  s.recognizer !== 'known-identity' &&
  text.charCodeAt(s.start - 1) === 0xbf &&
  QUESTION_WORDS.has(fold(text.slice(s.start, s.end)));

/**
 * A gendered title is its own TITLE span beside the name, not part of it ("Herr Thomas Brandauer",
 * "Bapak Agus Santoso", "Pani Anna Wiśniewska", "Sr. Juan Ortega": the honorific is a surname or a
 * given name of the lexicon too, so the name recognizers read it into the name). A name span that
 * holds a title's span loses it: the words after the title stay the name, the words before it (a
 * salutation, "Kepada Yth.") stay as they were; a name span inside a title's span goes.
 */
function apartFromTitles(text: string, spans: readonly Span[]): readonly Span[] {
  const titles = spans.filter((s) => s.label === 'TITLE');
  if (!titles.length) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    const t =
      s.label === 'NAME' && s.recognizer !== 'known-identity'
        ? titles.find((t) => t.start >= s.start && t.end <= s.end)
        : undefined;
    if (!t) {
      out.push(s);
      continue;
    }
    let before = t.start;
    while (before > s.start && /[\s,]/.test(text[before - 1]!)) before--;
    if (before > s.start) out.push({ ...s, end: before });
    let after = t.end;
    while (after < s.end && /\s/.test(text[after]!)) after++;
    if (after < s.end) out.push({ ...s, start: after });
  }
  return out;
}

/** Applies the policy (threshold, maskedTypes, allow-list, deny-list) and merges. */
export function applyPolicy(text: string, found: readonly Span[], options: AnalyzeOptions = {}): Span[] {
  const spans = apartFromTitles(text, found);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const masked = options.maskedTypes ? new Set<EntityType>(options.maskedTypes) : DEFAULT_MASKED;
  const allow = options.allowList?.length
    ? new Set(options.allowList.map((t) => t.trim().toLowerCase()).filter(Boolean))
    : NO_TERMS;
  let kept = spans.filter(
    (s) =>
      s.score >= threshold &&
      masked.has(s.label) &&
      (allow.size === 0 || !allow.has(text.slice(s.start, s.end).trim().toLowerCase())),
  );
  // "am Montag", "Im März 2020", "den 4. Mai": a German weekday or month, no person or place.
  if (kept.some(germanCalendar(text))) kept = kept.filter((s) => !germanCalendar(text)(s));
  // "El mar, 3 dic 2026 a las 10:12", "Am Di., 3. Dez. 2026", "Le 06/12/2026 à 09:00": a reply line's
  // opener and the weekdays and months of its date, no person or place.
  if (kept.some(replyDate(text))) kept = kept.filter((s) => !replyDate(text)(s));
  // "¿Cómo diseñarías…?", "¿Dónde…": a Spanish question's word after its opening mark, no place or person.
  if (text.includes('¿')) kept = kept.filter((s) => !spanishQuestionWord(text, s));
  // "Ing. Mechanical Engineering", "Dipl.-Ing. Electrical Engineering": the degree's subject, no surname.
  if (text.includes('.')) kept = kept.filter((s) => !subjectAfterDegreeTitle(text, s));
  // "Rhodes Scholar", "Fulbright Scholar", "Hertz Fellow", "Nobel Prize": an honour named after a
  // person or a place, no candidate's name or home.
  // The shorter names inside an eponym go with it ("Harlan Q" of "Harlan Q. Vossberg Award"); a region or
  // a country read as a name there stays, as the place it is ("Maryland" of "Maryland Senatorial
  // Scholarship").
  const eponyms = kept.filter(eponymOfHonour(text));
  const isEponym = new Set(eponyms);
  if (eponyms.length)
    kept = kept.flatMap((s): Span[] => {
      const inside =
        s.label === 'NAME' &&
        s.recognizer !== 'known-identity' &&
        eponyms.some((e) => s.start >= e.start && s.end <= e.end);
      if (!inside && !isEponym.has(s)) return [s];
      return s.label === 'NAME' && isRegionOrCountry(text.slice(s.start, s.end))
        ? [{ ...s, label: 'LOCATION' }]
        : [];
    });
  // In a list of tools ("Jenkins, Hudson, Subversion") weak names and places are products.
  const weakAll = kept.filter(weakInList);
  const covered = coveredWeak(weakAll, kept);
  const weak = covered.size ? weakAll.filter((s) => !covered.has(s)) : weakAll;
  if (weak.length) {
    // Only the lists that can hold a weak span are looked for (the same lists as a whole-text scan).
    const targets = weak.map((s) => [s.start, s.end] as const);
    // (And the tools that running text pairs with a known one: "Queried Athena and Redshift".)
    const pairs = toolPairs(text, targets);
    const found = techListsAround(text, targets);
    const lists = pairs.length ? [...found, ...pairs].sort((a, b) => a[0] - b[0]) : found;
    // Countries and regions are no product names: they stay masked even there ("QA, CGI, Canada":
    // the country that ends a place span stays, the rest of it goes).
    if (lists.length)
      kept = kept.flatMap((s) => {
        if (!weakInList(s) || !insideRanges(lists, s.start, s.end)) return [s];
        if (s.label !== 'LOCATION') return [];
        const place = text.slice(s.start, s.end);
        if (isRegionOrCountry(place)) return [s];
        const comma = place.lastIndexOf(', ');
        return comma > 0 && isRegionOrCountry(place.slice(comma + 2))
          ? [{ ...s, start: s.start + comma + 2 }]
          : [];
      });
    // LinkedIn's "Top Skills": the lines after the heading are skills ("Jenkins\nAnsible\nHudson"), not
    // towns (names stay: with one skill listed, the profile's name may follow within two lines).
    if (text.includes('Top Skills'))
      kept = kept.filter(
        (s) =>
          !weakInList(s) ||
          s.label !== 'LOCATION' ||
          isRegionOrCountry(text.slice(s.start, s.end)) ||
          !inTopSkills(text, s),
      );
  }
  // "Hale, Okafor and Brandt LLP", "Okafor and Sons": a firm named after people is an employer.
  // (A name pair joined by "&" is asked too, whatever its score: "Keller & Sohn", "Dupont & Fils".)
  const firmLike = (s: Span) => weakInList(s) || s.label === 'PRONOUN' || ampersandPair(text, s);
  const inFirm = kept.filter(
    (s) => (weakInList(s) && !covered.has(s)) || s.label === 'PRONOUN' || ampersandPair(text, s),
  );
  if (inFirm.length) {
    const firms = firmsIn(
      text,
      inFirm.map((s) => [s.start, s.end] as const),
    );
    if (firms.length) kept = kept.filter((s) => !firmLike(s) || !insideRanges(firms, s.start, s.end));
  }
  // "PT Tokopedia", "Grupo Bimbo", "MTN Ghana": an employer's name holds no person or place.
  const employers = employersAround(text, kept);
  if (employers.length) {
    const inEmployer = (s: Span) =>
      (s.label === 'NAME' || s.label === 'LOCATION') && s.recognizer !== 'known-identity';
    // What is left of a finding after the employer starts at its next word (", Jakarta" → "Jakarta").
    const rest = carve(text, kept.filter(inEmployer), employers).map((s) => {
      const lead = /^[\s,;:–—-]*/.exec(text.slice(s.start, s.end))![0].length;
      return lead ? { ...s, start: s.start + lead } : s;
    });
    kept = [...kept.filter((s) => !inEmployer(s)), ...rest];
  }
  // "ISO/IEC 27001", "ISO 9001:2015", "IEC 62443-3-3": a standard's body, number and edition, no person,
  // town, postcode or graduation year.
  const standards = standardsIn(text);
  if (standards.length) {
    const inside = (s: Span) => s.recognizer !== 'known-identity' && s.label !== 'EMAIL' && s.label !== 'URL';
    kept = [...kept.filter((s) => !inside(s)), ...carve(text, kept.filter(inside), standards)];
  }
  // A street, unit or box line grows into its whole postal block (town, region, postcode).
  if (masked.has('ADDRESS')) kept.push(...addressBlocks(text, kept));
  // The suburb or village of the candidate's address, wherever it recurs.
  if (masked.has('LOCATION') && masked.has('ADDRESS')) kept.push(...addressTowns(text, kept));
  // The locality written after a school's name ("St. Francis College for Women, Begumpet").
  if (masked.has('LOCATION')) kept.push(...schoolTowns(text, kept));
  if (allow.size) {
    // An allowed word inside a longer span is carved out of it.
    const allowed = findTerms(text, [...allow]);
    if (allowed.length) kept = carve(text, kept, allowed);
  }
  const deny = options.denyList?.length
    ? findTerms(text, options.denyList).map(
        ([start, end]): Span => ({ start, end, label: 'NAME', score: 1, recognizer: 'deny-list' }),
      )
    : [];
  const placed = namesInPlaces(text, kept);
  const named = extendSurnames(
    text,
    mergeSpans(deny.length ? [...placed, ...deny] : placed),
    !options.pageText,
  );
  const beside = otherScriptNames(text, named);
  if (masked.has('AGE')) beside.push(...agesAfterNames(text, named));
  if (masked.has('ID')) beside.push(...idsAfterNames(text, named));
  return beside.length ? mergeSpans([...named, ...beside]) : mergeOwned(named);
}

/**
 * An age right after a person's name: in brackets ("Priya Nandakumar (34)", "Jane Doe (34 years)") or
 * between commas before a description ("Kwame Mensah, 41, a nurse from Accra"). Ages 16 to 79 only;
 * after the commas a lower-case word must follow, so a house number ("Jane Doe, 41, Harlow Street")
 * stays an address's.
 */
const AGE_AFTER_NAME =
  /(?:[ \u00a0]?[(（](?<b>[1-7]\d)(?:[ \u00a0](?:years?(?:[ \u00a0]old)?|yrs?|ans|años|anos|anni|Jahre))?[)）]|,[ \u00a0](?<c>[1-7]\d),[ \u00a0](?=\p{Ll}))/uy;

function agesAfterNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.label !== 'NAME') continue;
    const c = text.charCodeAt(s.end);
    // Cheap gate: a bracket, a space before one, or a comma must follow the name.
    if (c !== 40 && c !== 32 && c !== 0xa0 && c !== 44 && c !== 0xff08) continue;
    AGE_AFTER_NAME.lastIndex = s.end;
    const m = AGE_AFTER_NAME.exec(text);
    if (!m) continue;
    const digits = m.groups!.b ?? m.groups!.c!;
    if (Number(digits) < 16) continue;
    const start = s.end + m[0].indexOf(digits);
    out.push({ start, end: start + 2, label: 'AGE', score: 0.8, recognizer: 'age' });
  }
  return out;
}

/**
 * A candidate's number in brackets right after the name, as ATS pages show it ("Jordan Smith (4821)",
 * "Jordan Smith (C-004821)", "Jordan Smith (ID: 48213)"): three to twelve digits, a short prefix allowed;
 * not a year ("Jane Doe (2019)"), nor an age (two digits, {@link agesAfterNames}).
 */
const ID_AFTER_NAME = /[ \u00a0]?\((?:ID:?[ \u00a0]?|#)?((?:[A-Z]{1,3}-)?\d{3,12})\)/uy;
const YEAR_ONLY = /^(?:19|20)\d\d$/;

function idsAfterNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.label !== 'NAME') continue;
    const c = text.charCodeAt(s.end);
    // Cheap gate: a bracket or a space before one must follow the name.
    if (c !== 40 && !((c === 32 || c === 0xa0) && text.charCodeAt(s.end + 1) === 40)) continue;
    ID_AFTER_NAME.lastIndex = s.end;
    const m = ID_AFTER_NAME.exec(text);
    if (!m || YEAR_ONLY.test(m[1]!)) continue;
    const start = s.end + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, label: 'ID', score: 0.75, recognizer: 'id' });
  }
  return out;
}

/** A letter of a script other than Latin in which names are written (CJK, Hangul, Cyrillic, Arabic, ...). */
const OTHER_SCRIPT =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Thai}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Tamil}]';
const SCRIPT_RUN = `${OTHER_SCRIPT}[${OTHER_SCRIPT.slice(1, -1)}\\p{M}]{0,15}(?:[ ·・\\u3000]${OTHER_SCRIPT}[${OTHER_SCRIPT.slice(1, -1)}\\p{M}]{0,15}){0,3}`;
/** After a name: its other-script form in brackets ("Yuki Sato (佐藤 由紀)", "Kim Min-jun (김민준)"). */
const SCRIPT_AFTER = new RegExp(`[ \\u00a0]?[(（][ ]?(${SCRIPT_RUN})[ ]?[)）]`, 'uy');
/** Before a bracketed name: its other-script form ("佐藤 由紀 (Yuki Sato)"). */
const SCRIPT_BEFORE = new RegExp(`(${SCRIPT_RUN})[ \\u00a0]?[(（][ ]?$`, 'u');

/**
 * The same person's name in another script beside a name found: in brackets after it, or before it
 * when it stands in brackets. Tried only beside NAME spans (a bracket next to them first).
 */
function otherScriptNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  const add = (s: Span, start: number, length: number) =>
    out.push({ start, end: start + length, label: 'NAME', score: s.score, recognizer: s.recognizer });
  /** The code after `at`, or after one space there. */
  const bracketAt = (at: number, step: number) =>
    text.charCodeAt(at) === 32 ? text.charCodeAt(at + step) : text.charCodeAt(at);
  for (const s of spans) {
    if (s.label !== 'NAME') continue;
    const next = bracketAt(s.end, 1);
    if (next === 40 || next === 0xff08) {
      SCRIPT_AFTER.lastIndex = s.end;
      const m = SCRIPT_AFTER.exec(text);
      if (m) add(s, s.end + m[0].indexOf(m[1]!), m[1]!.length);
    }
    const before = bracketAt(s.start - 1, -1);
    if (before === 40 || before === 0xff08) {
      const from = Math.max(0, s.start - 40);
      const m = SCRIPT_BEFORE.exec(text.slice(from, s.start));
      if (m) add(s, from + m.index, m[1]!.length);
    }
  }
  return out;
}

/**
 * A standard's reference: its body (several joined by a slash or a space: "ISO/IEC", "BS EN ISO", "DIN EN"),
 * its number with parts ("62443-3-3", "802.11", "D638", "SP 800-53") and an edition's year after a colon
 * ("ISO 9001:2015"). Capitals only; "BS" and "EN" only before another body ("BS 2016" is a degree's year).
 */
const STANDARD_REF =
  /(?<![\p{L}\p{N}])(?:ISO|IEC|IEEE|ANSI|ASTM|IATF|NFPA|ASME|DIN|NEN|SAE|ETSI|JIS|AS\/NZS|NIST(?: SP)?|(?:BS|EN)(?=[ /](?:EN|ISO|IEC)))(?:[ /](?:ISO|IEC|EN|TS|TR|IEEE|ASTM))*[ \u00a0-]?[A-Z]?\d{2,6}(?:[-.]\d{1,4}){0,3}(?::(?:19|20)\d\d)?(?![\p{L}\p{N}])/gu;
/** A cheap test for {@link STANDARD_REF}: one of its bodies in capitals. */
const STANDARD_BODY = /ISO|IEC|IEEE|ANSI|ASTM|IATF|NFPA|ASME|DIN|NEN|SAE|ETSI|JIS|NZS|NIST/;

/** The ranges of the standards' references in a text ({@link STANDARD_REF}). */
function standardsIn(text: string): Array<[number, number]> {
  if (!STANDARD_BODY.test(text)) return [];
  return scanAll(text, STANDARD_REF).map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** A title that is also a degree (Czech, Slovak, German, Austrian, Italian CVs), right before a word. */
const DEGREE_TITLE_BEFORE = /(?:^|[^\p{L}.-])(?:Ing|Dipl\.-Ing|Mgr|Bc|Dott)\.[ \t]$/u;
/** A field's word after the subject's ("… Engineering", "… Sciences"). */
const FIELD_WORD_AFTER =
  /^[ \t](?:Engineering|Sciences?|Studies|Technology|Management|Administration|Economics|Informatics|Design|Chemistry|Physics|Mathematics)\b/;

/**
 * True for a name of one ordinary word that a degree's title opens and a field's word ends ("Ing.
 * Mechanical Engineering"): the degree's subject. ("Ing. Tomáš Dvořák" stays a name.)
 */
function subjectAfterDegreeTitle(text: string, s: Span): boolean {
  if (s.label !== 'NAME' || s.recognizer !== 'person-name' || s.end - s.start > 20) return false;
  const word = text.slice(s.start, s.end);
  return (
    isOrdinaryWord(word) &&
    !/\s/.test(word) &&
    DEGREE_TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)) &&
    FIELD_WORD_AFTER.test(text.slice(s.end, s.end + 16))
  );
}

/** Removes the given ranges from spans (splitting them where needed). */
function carve(text: string, spans: Span[], holes: ReadonlyArray<[number, number]>): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let pieces: Span[] = [s];
    for (const [a, b] of holes) {
      if (b <= s.start || a >= s.end) continue;
      pieces = pieces.flatMap((p) => {
        if (b <= p.start || a >= p.end) return [p];
        const res: Span[] = [];
        if (a > p.start) res.push({ ...p, end: a });
        if (b < p.end) res.push({ ...p, start: b });
        return res;
      });
    }
    out.push(...pieces.filter((p) => p.end > p.start && /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end))));
  }
  return out;
}

/**
 * Finds identifiers in `text` with the rule, lexicon, structure and identity recognizers.
 * Returns merged spans (UTF-16 offsets into `text`, end exclusive), sorted by start.
 * @example analyze('Mail jane@example.com').map((s) => s.label) // ['EMAIL']
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Span[] {
  if (!text) return [];
  const ctx = ctxOf(options, text);
  return finish(text, runRecognizers(text, options, ctx), options, ctx);
}

/**
 * The analyzer's steps after the recognizers, shared by {@link analyze} and {@link analyzeWithModel}: the
 * policy, the forms of the names the text states, initials avatars beside names.
 */
function finish(text: string, raw: Span[], options: AnalyzeOptions, ctx: AnalyzeContext): Span[] {
  const cards = avatarCards(text, raw);
  if (cards.length) raw = [...raw, ...cards];
  raw = withToolGivenNames(text, raw);
  let spans = applyPolicy(text, raw, options);
  if (!options.knownNames?.length) spans = withStatedNames(text, raw, spans, options);
  if (options.maskedTypes && !options.maskedTypes.includes('NAME')) return spans;
  const avatars = initialsAvatars(text, spans, Boolean(ctx.pageText || ctx.pageLike));
  const acronyms = maskedAcronyms(text, spans);
  acronyms.push(...schoolAcronyms(text, spans));
  return avatars.length || acronyms.length ? mergeSpans([...spans, ...avatars, ...acronyms]) : spans;
}

/** At most this many masked schools give their acronym to {@link schoolAcronyms}. */
const MAX_SCHOOL_ACRONYMS = 8;

/**
 * The acronym of a masked school's name wherever it stands alone: the education section names
 * "Obafemi Awolowo University", a referee's line says "Senior Lecturer, OAU". Three to six capitals,
 * one from each capitalised word ({@link ACRONYM_LINKS} left out; a school's name with another
 * lower-case word gives none), whole word and case as written, not already masked, and no English
 * word or tool ("ACE", "SPARK").
 */
function schoolAcronyms(text: string, spans: readonly Span[]): Span[] {
  const forms = new Set<string>();
  for (const s of spans) {
    if (s.label !== 'SCHOOL' || forms.size >= MAX_SCHOOL_ACRONYMS) continue;
    let letters = '';
    for (const w of text.slice(s.start, s.end).split(/[\s,]+/)) {
      if (!w || ACRONYM_LINKS.has(w.toLowerCase())) continue;
      if (!upperAt(w, 0)) {
        letters = '';
        break;
      }
      letters += w[0];
    }
    const lower = letters.toLowerCase();
    if (letters.length >= 3 && letters.length <= 6 && !isOrdinaryWord(lower) && !TECH.has(lower))
      forms.add(letters);
  }
  const out: Span[] = [];
  for (const form of forms)
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + form.length)) {
      const end = i + form.length;
      if (isWordCode(text.charCodeAt(i - 1)) || isWordCode(text.charCodeAt(end)) || insideSpan(spans, i, end))
        continue;
      // (A job title that the school's unit opens stays: "OSHC Co-ordinator", "CSBS Coordinator".)
      const next = /^ ([\p{L}-]+)/u.exec(text.slice(end, end + 24));
      if (next && ROLE_WORDS.has(fold(next[1]!.replace('-', '')))) continue;
      out.push({ start: i, end, label: 'SCHOOL', score: 0.7, recognizer: 'acronym' });
    }
  return out;
}

/** A capitalised word and one space right before a position: the candidate's given name. */
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+) $/u;
/** A list of tools before a word: a tool's word and a comma, a slash, "and" or "&" ("Python, Ruby"). */
const TOOL_LIST_BEFORE = /(?:^|[^\p{L}])(\p{L}[\p{L}+#.]*)(?:, ?| ?\/ ?| and | & )$/u;

/**
 * A found name that a tool's word which is also a given name opens ("Ada Pellworth", "Julia
 * Vantreck, Product Lead"): the recognizers leave the tool's word out ("Ruby", "Julia", "Jasmine" are
 * tools first) and mask the surname alone, which leaves the given name painted. The word joins the
 * name unless it stands in a list of tools ("Python, Ruby Kessler" keeps "Ruby" out of it).
 */
function withToolGivenNames(text: string, raw: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i]!;
    if (s.label !== 'NAME' || text.charCodeAt(s.start - 1) !== 32) continue;
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start));
    if (!m || !toolWordName(m[1]!)) continue;
    const start = s.start - 1 - m[1]!.length;
    if (raw.some((o) => o.start <= start && o.end > start)) continue;
    const list = TOOL_LIST_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (list && TECH.has(fold(list[1]!))) continue;
    out ??= [...raw];
    out[i] = { ...s, start };
  }
  return out ?? raw;
}

/** Words an acronym leaves out of its letters ("University of Lagos" is "UL", "UNILAG" aside). */
const ACRONYM_LINKS = new Set([
  'of',
  'and',
  '&',
  'the',
  'for',
  'de',
  'di',
  'do',
  'da',
  'des',
  'du',
  'la',
  'le',
  'in',
  'at',
  'und',
  'y',
  'e',
]);

/**
 * An acronym in brackets made of the initials of masked words right before it: "Virje Univertiteit
 * Brussels (VUB)", "Kestrel Valley Institute (KVI)", "Orla Quenby-Dart (OQD)". The words say who or where;
 * the acronym says it again. Read from each "(" with two to eight capitals and ")" after it; every word
 * that gives a letter has to be masked, and the acronym takes that span's label.
 */
function maskedAcronyms(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (!spans.length) return out;
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    let e = at + 1;
    while (e - at <= 9 && upperAt(text, e)) e++;
    const n = e - at - 1;
    if (n < 2 || n > 8 || text.charCodeAt(e) !== 41 || insideSpan(spans, at + 1, e)) continue;
    const acronym = text.slice(at + 1, e);
    // The words before the bracket on its line, last first.
    const words = text.slice(Math.max(0, at - 120), at).split(/([\s,]+)/);
    let initials = '';
    let pos = at;
    let label: Span['label'] | undefined;
    let ok = true;
    for (let i = words.length - 1; i >= 0 && initials.length < n; i--) {
      const w = words[i]!;
      pos -= w.length;
      if (!w || /^[\s,]+$/.test(w)) {
        if (w.includes('\n')) break;
        continue;
      }
      if (ACRONYM_LINKS.has(w.toLowerCase())) continue;
      const s = spanAt(spans, pos, pos + w.length);
      if (!upperAt(w, 0) || !s) {
        ok = false;
        break;
      }
      label = s.label;
      // ("Quenby-Dart" gives both its capitals.)
      let own = '';
      for (const part of w.split('-')) if (upperAt(part, 0)) own += part[0];
      initials = own + initials;
    }
    if (ok && label && initials === acronym)
      out.push({ start: at + 1, end: e, label, score: 0.7, recognizer: 'acronym' });
  }
  return out;
}

/** True when the character at `i` is a capital of one UTF-16 unit (A-Z, "Ü", "Ç", "İ"). */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return c < 0xd800 && UPPER.test(text[i]!);
}
const UPPER = /^\p{Lu}$/u;

/** The span of `spans` (sorted, merged) that covers [start, end) whole, if any. */
function spanAt(spans: readonly Span[], start: number, end: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return s.end >= end ? s : undefined;
  }
  return undefined;
}

/** {@link analyze}'s spans with the forms of the names the text states ({@link statedNames}). */
function withStatedNames(text: string, raw: Span[], spans: Span[], options: AnalyzeOptions): Span[] {
  const { names, weak, preferred } = statedNames(text, spans);
  // (Most texts already mask every place a stated name's part stands: then nothing is searched.)
  if (!names.length || !names.some((n) => partUncovered(text, spans, n) || nicknameUncovered(text, spans, n)))
    return spans;
  const parts = weak.size ? new Set([...weak].flatMap((n) => n.toLowerCase().split(/[ \u00a0]/))) : null;
  const again = findKnownNames(text, names, 'stated-identity').filter((s) => {
    const form = text.slice(s.start, s.end);
    // (A preferred name stands for itself capitalised, even when it is a word: "Tua", "Kit".)
    const own = preferred.has(form.replace(/['’]s$/, ''));
    return (
      !covered(spans, s) &&
      (own || !ordinaryVariant(text, s) || personAfter(text, s) || speaksOfPerson(text, s)) &&
      !parts?.has(form.replace(/['’]s$/, '').toLowerCase())
    );
  });
  return again.length ? applyPolicy(text, [...raw, ...again], options) : spans;
}

/** A line that is only two or three capitals: an initials avatar's text ("BT", "POH"). */
const INITIALS_LINE = /^[ \t]*(\p{Lu}{2,3})[ \t]*$/gmu;

/** The initials of a masked full name: first and last word, first, second and last, the last's hyphenated parts. */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return [];
  const first = words[0]![0]!;
  const last = words[words.length - 1]!;
  const out = [first + last[0]!];
  if (words.length > 2) out.push(first + words[1]![0]! + last[0]!);
  const halves = last.split('-');
  if (halves.length === 2 && halves[1]) out.push(first + halves[0]![0]! + halves[1][0]!);
  return out;
}

/**
 * Initials avatars that pages print as text beside a person's name ("BT\nBarnaby Thistlewood", the
 * circle of a candidate list's row): a line of only two or three capitals, the initials of a masked
 * full name on the line before or after it, or on a recruiting page of any masked name on it.
 * ("QA" or "UX" alone on a resume's line stays unless a name with those initials stands beside it.)
 */
function initialsAvatars(text: string, spans: readonly Span[], page: boolean): Span[] {
  if (!spans.some((s) => s.label === 'NAME')) return [];
  let all: Set<string> | undefined;
  const out: Span[] = [];
  INITIALS_LINE.lastIndex = 0;
  for (let m = INITIALS_LINE.exec(text); m; m = INITIALS_LINE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (insideSpan(spans, start, end)) continue;
    const lineStart = m.index;
    const lineEnd = m.index + m[0].length;
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    let match = false;
    for (const s of spans) {
      if (s.label !== 'NAME') continue;
      // Beside: the name opens the next line or stands on the previous one.
      const beside =
        (s.start === lineEnd + 1 || (s.start >= prevStart && s.end <= lineStart)) &&
        (nextEnd < 0 || s.start <= nextEnd);
      if (!beside && !page) continue;
      if (initialsOf(text.slice(s.start, s.end)).includes(m[1]!)) {
        match = true;
        break;
      }
    }
    if (!match && page) {
      all ??= new Set(
        spans.filter((s) => s.label === 'NAME').flatMap((s) => initialsOf(text.slice(s.start, s.end))),
      );
      match = all.has(m[1]!);
    }
    if (match) out.push({ start, end, label: 'NAME', score: 0.9, recognizer: 'initials-avatar' });
  }
  return out;
}

/** A line of two or three capitals (an initials avatar), then the line below it. */
const AVATAR_CARD = /^[ \t]*(\p{Lu}{2,3})[ \t]*\r?\n[ \t]*(\p{Lu}[^\r\n]{2,60})$/gmu;

/**
 * A card's person that no recognizer found: a line that is only a full name of no ordinary words, under a
 * line of its initials ("NA\nNneka Aldersgate": a candidate list's or a comparison's column head, whose
 * given name and surname no lexicon holds). The page drew a person there. ("QA\nQuality Assurance" and
 * "HR\nHuman Resources" are words; "AWS\nAmazon Web Services" has no such initials.)
 */
function avatarCards(text: string, spans: readonly Span[]): Span[] {
  if (!/(?:^|\n)[ \t]*\p{Lu}{2,3}[ \t]*\r?\n/u.test(text)) return [];
  const out: Span[] = [];
  for (const m of scanAll(text, AVATAR_CARD)) {
    const initials = m[1]!;
    const name = m[2]!.trimEnd();
    if (NOT_INITIALS.has(initials) || !FULL_NAME.test(name) || !initialsOf(name).includes(initials)) continue;
    if (!cardNameWords(name) || isKnownCompany(name)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    const end = start + name.length;
    if (spans.some((s) => s.start < end && s.end > start)) continue;
    out.push({ start, end, label: 'NAME', score: 0.85, recognizer: 'avatar-card' });
  }
  return out;
}

/** A full name as a text states it: two to four capitalised words, no digits. */
const FULL_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;

/**
 * True when every word of a full name is no ordinary word and, unless `places` is false, no place ("Talia
 * Brennquist"; not "Pro Bono"). The first word may be a tool's word that is a given name ("Ruby Quenby",
 * "Ada Pellworth"), when another word of the name is none.
 */
function nameWords(name: string, places = true): boolean {
  const words = name.split(/[ \u00a0]/);
  return words.every(
    (w, k) =>
      (k === 0 && words.length > 1 && toolWordName(w)) ||
      (w.length > 1 &&
        !/^\p{Lu}+$/u.test(w) &&
        !isOrdinaryWord(w) &&
        !(places && isPlaceName(w)) &&
        !looksLikeWord(w) &&
        !TECH.has(fold(w)) &&
        !isOrgTail(w)),
  );
}

/**
 * True when no word of a name under its initials avatar is an ordinary word, a tool, a section's, a role's,
 * a month's or a language's word, or a firm's: the avatar vouches for the rest, a place's name or a word's
 * shape included ("Cormac Blackwood", "Nneka Aldersgate").
 */
function cardNameWords(name: string): boolean {
  return name.split(/[ \u00a0]/).every((w) => {
    const f = fold(w);
    return (
      w.length > 1 &&
      !/^\p{Lu}+$/u.test(w) &&
      !isOrdinaryWord(w) &&
      !TECH.has(f) &&
      !isOrgTail(w) &&
      !ROLE_WORDS.has(f) &&
      !SECTIONS.has(f) &&
      !CALENDAR.has(f) &&
      !LANGUAGES.has(f) &&
      !coinedOrgWord(w)
    );
  });
}

/**
 * The full names a text states when no names are given: the first full name near the text's start (a
 * resume's header, "Name: …"), a full name whose first word is a given name of the lexicons, and a full
 * name found twice or more (a page's heading, title and cards); at most twelve. They are then searched as known names, so that their other forms (the first name
 * or the surname alone, a handle "TaliaB", a profile slug "talia-brennquist") are masked everywhere.
 * A name with an ordinary word or a place in it ("Pro Bono", "Kent Field Estates") is left out.
 */
function statedNames(
  text: string,
  spans: readonly Span[],
): { names: string[]; weak: Set<string>; preferred: Set<string> } {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  const weak = new Set<string>();
  const preferred = new Set<string>();
  for (const s of spans) {
    if (s.label !== 'NAME' || s.end - s.start > 40) continue;
    const name = text.slice(s.start, s.end);
    // A preferred name's field ("Preferred name\nTua", "Nickname: Kit"): the name the person goes by,
    // masked wherever it stands capitalised, whatever word it is.
    if (ONE_NAME.test(name) && preferredField(text, s.start)) {
      out.add(name);
      preferred.add(name);
      continue;
    }
    // The header's name of one word, no English word ("Bernier" heading the resume): the candidate's
    // surname, masked again where a running header repeats it ("Bernier Software Engineer - Page 2 of 2").
    if (
      ONE_NAME.test(name) &&
      s.recognizer === 'person-name' &&
      s.score >= 0.6 &&
      s.start < HEADER &&
      out.size === 0 &&
      name.length >= 4 &&
      !isOrdinaryWord(name) &&
      !isKnownCompany(name)
    ) {
      out.add(name);
      continue;
    }
    if (!FULL_NAME.test(name)) continue;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    // (A card's name under its initials may hold a place's name: "Blackwood".)
    const avatar = underAvatar(text, s.start, name);
    if (!(avatar ? cardNameWords(name) : nameWords(name)) || isKnownCompany(name)) continue;
    // Once, confidently: the header's name, or a name whose first word is a given name and no word.
    // Twice: any such name; found weakly with no word of the name lexicons ("Cosima Wendlebury", but
    // also "Mizzou Online"), only its forms that join both parts count ("cosima-wendlebury", "CosimaW").
    // Or a card's name under its initials avatar ("CB\nCormac Blackwood"): the page drew a person there.
    const sure =
      (s.score >= 0.6 &&
        ((s.start < HEADER && out.size === 0) ||
          nameClass(name.slice(0, name.search(/[ \u00a0]/))) === 'strong')) ||
      avatar;
    if (sure || n === 2) {
      out.add(name);
      if (!sure && s.score < 0.6 && !name.split(/[ \u00a0]/).some((w) => nameClass(w))) weak.add(name);
      else weak.delete(name);
    } else if (s.recognizer === 'person-name' && !out.has(name) && partAlone(text, name, s.start, s.end)) {
      // Once, weakly, but its first or last word stands again alone ("Given to Tamsin Achterberg …
      // Tamsin is the best analyst"): the text speaks of that person by that part.
      out.add(name);
      weak.delete(name);
    }
  }
  return { names: [...out].slice(0, 12), weak, preferred };
}

/**
 * True when the first or the last word of a full name found at [start, end) stands alone elsewhere in the
 * text, capitalised, as a whole word, with a person's verb after it or a title before it.
 */
function partAlone(text: string, name: string, start: number, end: number): boolean {
  const words = name.split(/[ \u00a0]/);
  if (words.length < 2) return false;
  for (const w of [words[0]!, words[words.length - 1]!]) {
    if (w.length < 3 || isKnownCompany(w)) continue;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
      if (at >= start && at < end) continue;
      if (letterAt(text, at - 1) || letterAt(text, at + w.length)) continue;
      // A person's verb after it or a title before it ("Tamsin is", "Oskar led", "Ms Achterberg").
      if (verbOrTitleAround(text, at, at + w.length, 6)) return true;
      // The given name and the surname's initial ("Wenonah P." for "Wenonah Pettigrew-Asante"), as a
      // list of people shortens a name.
      if (w === words[0] && surnameInitialAfter(text, at + w.length, words[words.length - 1]!)) return true;
    }
  }
  return false;
}

/** True when " X." stands at `at`, X the first letter of `surname`, and no letter follows the dot. */
function surnameInitialAfter(text: string, at: number, surname: string): boolean {
  return (
    text.charCodeAt(at) === 32 &&
    text.charCodeAt(at + 1) === surname.charCodeAt(0) &&
    text.charCodeAt(at + 2) === 46 &&
    !letterAt(text, at + 3)
  );
}

/** A verb of a person's doings after a name ("Tamsin is", "Oskar led", "Tamsin's work was"). */
const PERSON_VERB_AFTER =
  /(?:['’]s [a-z]+)? (?:is|was|has|had|led|leads|joined|worked|works|managed|manages|will|would|can|could|did|does|helped|showed|brings|brought|consistently|always|never|also|took|takes|made|makes|built|delivered|went|came|became|remains|stayed)\b/y;
/** A title right before a name ("Ms ", "Dr. "). */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? $/;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** True when text[i] is a letter, a mark or a digit (ASCII answered without the regex); false outside the text. */
function letterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? isWordCode(c) : LETTER.test(text.charAt(i));
}

/** One capitalised name ("Tua", "Kit"). */
const ONE_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]{1,20}$/u;
/** A field's label for the name a person goes by, alone on its line or before a colon. */
const PREFERRED_LABEL =
  /(?:^|[\n|·•])[ \t]*(?:preferred (?:first )?name|nick ?name)[ \t]*(?::[ \t]*|\r?\n[ \t]*)$/i;

/** True when the value at `start` follows a preferred name's label ({@link PREFERRED_LABEL}). */
function preferredField(text: string, start: number): boolean {
  return PREFERRED_LABEL.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * True when the line right before a name that opens its line is only the name's initials ("CB\nCormac
 * Blackwood"): a page's card, its initials avatar above the person's name.
 */
function underAvatar(text: string, start: number, name: string): boolean {
  let e = start;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e === 0 || text.charCodeAt(e - 1) !== 10) return false;
  const ls = text.lastIndexOf('\n', e - 2) + 1;
  if (e - 1 - ls > 12) return false;
  const line = text.slice(ls, e - 1).trim();
  return /^\p{Lu}{2,3}$/u.test(line) && initialsOf(name).includes(line);
}

/** How far into a text its header may run (a resume's name, a page's heading). */
const HEADER = 300;

/**
 * A one-word form that is an ordinary word or a place ("Will", "Reading"), or in lower case outside a file
 * name or a handle ("online" of "Coles Online"; not "take_home_perpetua.zip"): a stated name's form is not
 * enough to mask it.
 */
function ordinaryVariant(text: string, s: Span): boolean {
  const word = text.slice(s.start, s.end).replace(/['’]s$/, '');
  if (/[\s.,_-]/.test(word)) return false;
  if (isOrdinaryWord(word) || isPlaceName(word)) return true;
  if (/\p{Lu}/u.test(word)) return false;
  return !(JOINER.test(text.charAt(s.start - 1)) || JOINER.test(text.charAt(s.end)));
}
const JOINER = /^[_./-]$/;

/**
 * What follows a person's name and no word's: a bracket that opens with a personal pronoun ("Dot (she asked
 * us to call her that)", "Pat (they/them)").
 */
const PERSON_AFTER = /[ \u00a0]?\((?:she|he|they|her|him|his|their)\b/y;

/**
 * True when a capitalised one-word form of a stated name that is also a word or a tool ("Ruby" of "Ruby
 * Quenby") stands as a person: a person's verb after it ("Ruby is", "Ruby's work was"), a title or a
 * salutation before it ("Ms Ruby", "Hi Ruby,", "Thanks, Ruby"). "Eight years in Ruby" stays.
 */
function speaksOfPerson(text: string, s: Span): boolean {
  if (!/^\p{Lu}/u.test(text.charAt(s.start))) return false;
  const form = text.slice(s.start, s.end);
  const bare = form.replace(/['’]s$/, '');
  return (
    verbOrTitleAround(text, s.start, s.start + bare.length, 12) ||
    GREETING_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))
  );
}
/**
 * True when a person's verb follows the word at [at, end) ({@link PERSON_VERB_AFTER}) or a title stands
 * in the `reach` characters before it ({@link TITLE_BEFORE}).
 */
function verbOrTitleAround(text: string, at: number, end: number, reach: number): boolean {
  PERSON_VERB_AFTER.lastIndex = end;
  return PERSON_VERB_AFTER.test(text) || TITLE_BEFORE.test(text.slice(Math.max(0, at - reach), at));
}
/** A greeting or thanks right before a name ("Hi ", "Dear ", "Thanks, "). */
const GREETING_BEFORE = /(?:^|[\s(])(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Cheers)[,!]? $/;

/** True when a capitalised one-word form of a stated name is followed by {@link PERSON_AFTER}. */
function personAfter(text: string, s: Span): boolean {
  if (!/^\p{Lu}/u.test(text.charAt(s.start))) return false;
  PERSON_AFTER.lastIndex = s.end;
  return PERSON_AFTER.test(text);
}

/**
 * True when a part of `name` (three letters or more; as written, in lower case or in capitals) stands in
 * the text somewhere no span of `spans` (sorted, apart) covers, or joined to what follows by "-", "_", "."
 * or a capital that no span covers: a form of the name may be there.
 */
function partUncovered(text: string, spans: readonly Span[], name: string): boolean {
  for (const part of name.split(/[ \u00a0-]/)) {
    if (part.length < 3) continue;
    for (const form of new Set([part, part.toLowerCase(), part.toUpperCase()]))
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const end = i + form.length;
        if (!insideSpan(spans, i, end)) return true;
        // A part joined to the next by "-", "_" or "." ("Cosima-Wendlebury-CV.pdf"), each masked alone, or
        // run into a capital ("CormacB_CV.pdf", its first name masked alone).
        const c = text.charCodeAt(end);
        if ((c === 45 || c === 95 || c === 46 || (c >= 65 && c <= 90)) && !insideSpan(spans, end, end + 1))
          return true;
      }
  }
  return false;
}

/**
 * True when a short or full form of the name's first word ("Dot" of "Dorothea", data/nicknames.ts; "Thandi"
 * of "Thandiwe", {@link clippedForms}), three letters or more and capitalised, stands somewhere no span
 * covers.
 */
function nicknameUncovered(text: string, spans: readonly Span[], name: string): boolean {
  const first = name.split(/[ \u00a0]/, 1)[0]!;
  const forms = nicknamesOf(first.toLowerCase())
    .filter((nick) => nick.length >= 3)
    .map((nick) => nick[0]!.toUpperCase() + nick.slice(1));
  for (const form of [...forms, ...clippedForms(first)])
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1))
      if (!insideSpan(spans, i, i + form.length)) return true;
  return false;
}

/** True when [start, end) lies inside one of `spans` (sorted by start, apart): a binary search. */
function insideSpan(spans: readonly Span[], start: number, end: number): boolean {
  return spanAt(spans, start, end) !== undefined;
}

/** True when a span of `spans` (sorted, merged) covers `s` whole. */
function covered(spans: readonly Span[], s: Span): boolean {
  for (const t of spans) if (t.start <= s.start && t.end >= s.end) return true;
  return false;
}

/**
 * Like {@link analyze}, plus the spans of a language-model recognizer. The model can only add
 * masks: its spans are checked against the text and joined with the rule spans.
 */
export async function analyzeWithModel(
  text: string,
  options: AnalyzeOptions,
  llm: AsyncRecognizer,
  signal?: AbortSignal,
): Promise<Span[]> {
  if (!text) return [];
  const ctx = ctxOf(options, text);
  const rules = runRecognizers(text, options, ctx);
  const model = (await llm.analyze(text, ctx, signal)).filter(
    (s) =>
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end <= text.length &&
      s.end > s.start,
  );
  return finish(text, [...rules, ...model], options, ctx);
}
