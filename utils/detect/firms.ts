/**
 * Firms named after their partners ("Sullivan, Reyes and Ward", "Okafor & Sons"). Their words are
 * surnames, so the name and place recognizers see people and towns; but the firm is an employer,
 * which blind hiring keeps. A list of three or more bare capitalised words counts as a firm only
 * where the sentence treats it as one thing:
 * - "The Hale, Okafor and Brandt Orchestra", "Hale, Okafor & Brandt LLP": an article before or an
 *   organisation word after;
 * - "Hale, Okafor and Brandt is a design agency", "... and Brandt's Mrs. Ito": a singular verb or a
 *   possessive after the whole list (a list of people takes "are" and owns nothing jointly);
 * - "a year at Hale, Okafor and Brandt", "worked for ...": a preposition of employment before;
 * - "..., Lucid and Loveland Technologies", "... and Abt Associates": listed beside an organisation;
 * - a line of its own followed within two lines by a street line, with a house number (the firm line of
 *   a postal block).
 * "X and Sons", "X & Co.", "X Brothers" are firms as they stand.
 */
import { firstEndingAfter, type Token, wordTokens } from './lexicon';
import { scanAll, textIs } from './scan';
import { isOrgTail } from './words';

type Range = [number, number];

const LW = String.raw`\p{Ll}[\p{Ll}\p{M}'’]+`;

/** The capitalised word of a list item ("Okafor", "Brandt's"), no hyphen or digit. */
const LIST_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+$/u;
/** Characters that may not stand right before a list's first word. */
const BEFORE_LIST = /[\p{L}\p{M}\p{N}'’&-]/u;
/** The firm words of other languages, which are also surnames or words: they end a firm only before its end ({@link FOREIGN_END}). */
const OTHER_LANGUAGE = new Set([
  'Sohn',
  'Söhne',
  'Soehne',
  'Partner',
  'Fils',
  'Zonen',
  'Hijos',
  'Figli',
  'Cie',
]);
/** Words that end a family firm's or a company's name ("… and Sons", "… & Co.", "… Brothers"). */
const FIRM_WORDS = new Set([
  'Sons',
  'Son',
  'Daughters',
  'Brothers',
  'Bros',
  'Co',
  'Company',
  // The same in other languages ("Keller & Sohn", "Müller & Partner", "Dupont & Fils", "Van Dijk &
  // Zonen", "García e Hijos", "Rossi & Figli", "Lenoir & Cie").
  ...OTHER_LANGUAGE,
]);
/** 1 at the code of each firm word's first character (all ASCII): a cheap test before the set. */
const FIRM_FIRST = new Uint8Array(128);
for (const w of FIRM_WORDS) FIRM_FIRST[w.charCodeAt(0)] = 1;

const FOREIGN_END =
  /^(?:[ \t]*(?:$|[\r\n,;:.)|/·–—-])|[ \t]+(?:GmbH|KG|AG|OHG|mbB|PartG|e\.K|B\.V|N\.V|S\.p\.A|S\.r\.l|S\.A|SA|SARL|SAS|SL|Ltd|LLC|Inc)\b)/;
/** "and" before a firm word, in the languages of {@link FIRM_WORDS} ("Keller und Söhne", "García e Hijos"). */
const FIRM_AND = new Set(['and', 'und', 'e', 'y', 'en', 'et']);
const listWord = (t: Token | undefined) => !!t && LIST_WORD.test(t.text);
const freeBefore = (text: string, start: number) => start === 0 || !BEFORE_LIST.test(text[start - 1]!);

/**
 * "Okafor and Sons", "Brandt & Co.", "Lehman Brothers": a capitalised word, "and" or "&" (nothing
 * before "Brothers"/"Bros.") and a firm word that ends there ("Co" and "Bros" with their dot).
 */
function familyFirms(text: string, toks: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    // (Most words start with another letter than a firm word's: they skip the set.)
    if (!FIRM_FIRST[t.text.charCodeAt(0)] || !FIRM_WORDS.has(t.text)) continue;
    const dotted = t.text === 'Co' || t.text === 'Bros';
    if (dotted && text[t.end] !== '.') continue;
    const end = dotted ? t.end + 1 : t.end;
    if (end < text.length && /[\p{L}\p{M}\p{N}-]/u.test(text[end]!)) continue;
    // A firm word of another language is also a surname ("Sohn"): it ends the firm's name only before
    // a line's or the text's end, punctuation or a legal form ("Keller & Sohn GmbH").
    if (OTHER_LANGUAGE.has(t.text) && !FOREIGN_END.test(text.slice(end, end + 12))) continue;
    let name = toks[k - 1]!;
    const brothers = t.text === 'Brothers' || t.text === 'Bros';
    if (FIRM_AND.has(name.text) && textIs(text, name.end, t.start, ' ')) {
      const before = toks[k - 2];
      if (!before || !textIs(text, before.end, name.start, ' ')) continue;
      name = before;
    } else if (!textIs(text, name.end, t.start, ' & ') && !(brothers && textIs(text, name.end, t.start, ' ')))
      continue;
    if (!listWord(name) || !freeBefore(text, name.start)) continue;
    out.push([name.start, end]);
  }
  return out;
}

/**
 * Lists of three to five capitalised words joined by "and" or "&" ("A, B and C", "A, B, C & D",
 * with or without a serial comma), read from each conjunction backwards over the word tokens: the
 * word after it, the word before it and one to three more words before that, each after ", ". As a
 * left-to-right scan would, a list starts at most four items before its conjunction and never
 * inside the list found before it.
 */
function capitalisedLists(text: string, toks: readonly Token[]): Range[] {
  const out: Range[] = [];
  let lastEnd = 0;
  for (let k = 0; k + 1 < toks.length; k++) {
    const a = toks[k]!;
    let before: number;
    let after: number;
    let amp = false;
    if (a.text === 'and') {
      // "B and C", "B, and C"
      if (!textIs(text, a.end, toks[k + 1]!.start, ' ') || k === 0) continue;
      const gap =
        textIs(text, toks[k - 1]!.end, a.start, ' ') || textIs(text, toks[k - 1]!.end, a.start, ', ');
      if (!gap) continue;
      before = k - 1;
      after = k + 1;
    } else if (
      textIs(text, a.end, toks[k + 1]!.start, ' & ') ||
      textIs(text, a.end, toks[k + 1]!.start, ', & ')
    ) {
      before = k;
      after = k + 1;
      amp = true;
    } else continue;
    const last = toks[after]!;
    if (!listWord(last) || /[\p{L}\p{M}\p{N}-]/u.test(text[last.end] ?? ' ')) continue;
    if (!listWord(toks[before])) continue;
    let first = before;
    let items = 1;
    while (items < 4 && first > 0 && textIs(text, toks[first - 1]!.end, toks[first]!.start, ', ')) {
      if (!listWord(toks[first - 1])) break;
      first--;
      items++;
    }
    const start = toks[first]!.start;
    // Two names joined by "&" before an organisation word are a firm too ("Hollis & Finch LLP").
    const pair = items === 1 && amp && orgWordAfter(text, last.end);
    if ((items < 2 && !pair) || start < lastEnd || !freeBefore(text, start)) continue;
    out.push([start, last.end]);
    lastEnd = last.end;
  }
  return out;
}

/** A capitalised organisation word right after a space at `end` ("… LLP", "… Recruitment"). */
function orgWordAfter(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 24));
  return !!next && /^\p{Lu}/u.test(next[1]!) && isOrgTail(next[1]!);
}

/** The same in text written in lower case ("hubbard, fox and gillespie"), judged only by layout. */
const LOWER_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’&-])${LW}(?:, ${LW}){1,3},? and ${LW}(?![\p{L}\p{M}\p{N}-])`,
  'gu',
);
/** "Okafor and Sons", "Brandt & Co.", "Lehman Brothers": a family firm or a company as it stands. */
/** Words that end a family firm's or a company's name ("… and Sons", "… & Co.", "… Brothers"). */

const ANY_CAPITAL = /\p{Lu}/u;

const BEFORE = /(?:^|[\s(])(?:The|the|at|for|joined|of|from)\s$/;
const VERB_AFTER =
  /^,?\s(?:is|was|has|had|became|becomes|provides|offers|employs|specializes|specialises|operates|remains)\b/;
const POSSESSIVE_AFTER = /^['’]s\b/;
const LEGAL_AFTER = /^,?\s(?:LLP|LLC|L\.L\.P\.|PLLC|PC|P\.C\.|PA|P\.A\.|Inc\b|Ltd\b|GmbH|AG|SA|S\.A\.|plc)/;
const ORG_BESIDE =
  /^(?:,| and| &) (?:\p{Lu}[\p{L}\p{M}'’-]+,? (?:and |& )?){0,3}(\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{M}])/u;
const NEXT_WORD = /^\s([\p{L}][\p{L}\p{M}'’-]*)/u;

/** True when the list at [start, end) reads as one organisation (see the file comment). */
function firmEvidence(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (POSSESSIVE_AFTER.test(after) || VERB_AFTER.test(after) || LEGAL_AFTER.test(after)) return true;
  const next = NEXT_WORD.exec(after);
  if (next && /^\p{Lu}/u.test(next[1]!) && isOrgTail(next[1]!)) return true;
  if (/^\s(?:Orchestra|Band|Ensemble|Choir|Quartet|Trio)\b/.test(after)) return true;
  // "..., Lucid and Loveland Technologies", "... and Abt Associates": listed beside an organisation.
  const coord = ORG_BESIDE.exec(text.slice(end, end + 60));
  if (coord && isOrgTail(coord[1]!)) return true;
  if (BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  return ownLineInAddress(text, start, end);
}

/** The list fills its line (after quote marks) and a line within the next two starts with a number. */
function ownLineInAddress(text: string, start: number, end: number): boolean {
  // Only a few characters may stand beside the list on its line: look no further (linear time).
  const head = text.slice(Math.max(0, start - 8), start);
  if (!/(?:^|\n)[\s>"'*•·-]*$/.test(start <= 8 ? `\n${head}` : head)) return false;
  const tail = /^[ \t,.]{0,8}\r?\n/.exec(text.slice(end, end + 10));
  if (!tail) return false;
  const lineEnd = end + tail[0].length - 1;
  const following = text.slice(lineEnd + 1, lineEnd + 1 + 200).split('\n');
  let seen = 0;
  for (const line of following) {
    const t = line.replace(/^[\s>"'*•·-]+/, '');
    if (!t) continue;
    // A street line: a house number first, or one after the street ("the corner of Adlerweg 77 ...").
    if (/^\d|\p{L}[ \t]\d{1,5}(?![\p{L}\p{N}])/u.test(t)) return true;
    if (++seen >= 2) break;
  }
  return false;
}

/** True when the gap between two word tokens is one a list or a family firm holds (" ", ", ", " & ", ", & "). */
function listGap(text: string, a: Token, b: Token): boolean {
  return (
    textIs(text, a.end, b.start, ' ') ||
    textIs(text, a.end, b.start, ', ') ||
    textIs(text, a.end, b.start, ' & ') ||
    textIs(text, a.end, b.start, ', & ')
  );
}

/**
 * The ranges of {@link firmNames} that can hold the given [start, end) targets, read only on the
 * runs of word tokens around them: a run ends at a gap no list or family firm holds (a line break,
 * a full stop, a colon ...), so no firm crosses it and the scan's state is fresh after it; each run
 * is read exactly as the whole-text scan reads it. Text written wholly in lower case is read whole.
 * @example firmNamesAround('CV.\nShe spent a year at Hale, Okafor and Brandt.', [[32, 38]]) // [[24, 48]]
 */
export function firmNamesAround(text: string, targets: ReadonlyArray<readonly [number, number]>): Range[] {
  if (!targets.length) return [];
  if (text.includes(' and ') && !ANY_CAPITAL.test(text)) return firmNames(text);
  const toks = wordTokens(text);
  const out: Range[] = [];
  let doneTo = -1;
  for (const [start, end] of [...targets].sort((a, b) => a[0] - b[0])) {
    // The tokens the target touches: the first that ends after its start, through the last that starts before its end.
    const lo = firstEndingAfter(toks, start);
    // (A target that touches no token is looked for beside the tokens around it.)
    let first = lo < toks.length && toks[lo]!.start < end ? lo : Math.max(0, lo - 1);
    let last = lo;
    while (last + 1 < toks.length && toks[last + 1]!.start < end) last++;
    last = Math.min(last, toks.length - 1);
    if (first <= doneTo) first = doneTo + 1;
    if (first > last) continue;
    // Out to the gaps no firm crosses, on both sides.
    while (first > 0 && first > doneTo + 1 && listGap(text, toks[first - 1]!, toks[first]!)) first--;
    while (last + 1 < toks.length && listGap(text, toks[last]!, toks[last + 1]!)) last++;
    out.push(...firmsOf(text, toks.slice(first, last + 1)));
    doneTo = last;
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * [start, end) ranges of firm names made of surnames, sorted by start.
 * @example firmNames('She spent a year at Hale, Okafor and Brandt.') // [[20, 44]]
 */
export function firmNames(text: string): Range[] {
  // The word tokens are those the recognizers read (kept for the last text tokenised).
  const out = firmsOf(text, wordTokens(text));
  // Lower-case lists only in text written wholly in lower case.
  if (text.includes(' and ') && !ANY_CAPITAL.test(text)) {
    for (const m of scanAll(text, LOWER_LIST)) {
      const end = m.index + m[0].length;
      if (ownLineInAddress(text, m.index, end)) out.push([m.index, end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The firms among the capitalised lists and family firms of word tokens (a text's, or one run of them). */
function firmsOf(text: string, toks: readonly Token[]): Range[] {
  const out: Range[] = [];
  for (const [start, end] of capitalisedLists(text, toks)) {
    // The last word took the list's possessive ("... and Brandt's"): one owner, so one firm.
    if (/['’]s$/.test(text.slice(end - 2, end)) || firmEvidence(text, start, end)) out.push([start, end]);
  }
  out.push(...familyFirms(text, toks));
  return out;
}
