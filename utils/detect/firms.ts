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
 * - a line of its own followed within two lines by a street line, with a house number (the firm line of
 *   a postal block).
 * "X and Sons", "X & Co.", "X Brothers" are firms as they stand.
 */
import { scanAll } from './scan';
import { isOrgTail } from './words';

type Range = [number, number];

const W = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+`;
const LW = String.raw`\p{Ll}[\p{Ll}\p{M}'’]+`;
/** Three to five capitalised words: "A, B and C", "A, B, C & D" (optional serial comma). */
const LIST = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’&-])${W}(?:, ${W}){1,3},? (?:and|&) ${W}(?![\p{L}\p{M}\p{N}-])`,
  'gu',
);
/** The same in text written in lower case ("hubbard, fox and gillespie"), judged only by layout. */
const LOWER_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’&-])${LW}(?:, ${LW}){1,3},? and ${LW}(?![\p{L}\p{M}\p{N}-])`,
  'gu',
);
/** "Okafor and Sons", "Brandt & Co.", "Lehman Brothers": a family firm or a company as it stands. */
const SONS = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’-])${W} (?:(?:and|&) (?:Sons|Son|Daughters|Brothers|Bros\.|Co\.|Company)|Brothers|Bros\.)(?![\p{L}\p{M}\p{N}-])`,
  'gu',
);

const SONS_WORDS = [' Son', ' Daughters', ' Brothers', ' Bros.', ' Co.', ' Company'];
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

/**
 * [start, end) ranges of firm names made of surnames, sorted by start.
 * @example firmNames('She spent a year at Hale, Okafor and Brandt.') // [[20, 44]]
 */
export function firmNames(text: string): Range[] {
  const out: Range[] = [];
  const and = text.includes(' and ');
  // Lists need a comma; the firm words of SONS are looked for as plain text first.
  if ((and || text.includes(' & ')) && text.includes(', ')) {
    for (const m of scanAll(text, LIST)) {
      const end = m.index + m[0].length;
      // The last word took the list's possessive ("... and Brandt's"): one owner, so one firm.
      if (/['’]s$/.test(m[0]) || firmEvidence(text, m.index, end)) out.push([m.index, end]);
    }
    // Lower-case lists only in text written wholly in lower case.
    if (and && !ANY_CAPITAL.test(text)) {
      for (const m of scanAll(text, LOWER_LIST)) {
        const end = m.index + m[0].length;
        if (ownLineInAddress(text, m.index, end)) out.push([m.index, end]);
      }
    }
  }
  if (SONS_WORDS.some((w) => text.includes(w)))
    for (const m of scanAll(text, SONS)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}
