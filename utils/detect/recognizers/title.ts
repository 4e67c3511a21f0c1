/**
 * Gendered and honorific titles (Mr, Mrs, Ms, Miss, Mx, Sir, Madam, Dame, Lord, Lady, Dr, Prof, and
 * the European Herr/Frau, M./Mme/Mlle, Sr./Sra./Srta., Sig./Sig.ra, Dhr./Mevr.): a gender cue, label
 * TITLE. "MS Word", "MS Office" and "ms" in units are not titles; "Miss" and "Sir" need a capitalised
 * name after them unless they end a salutation; "Sr" (also "senior": "Sr. Software Engineer") needs a
 * given name of the lexicon after it. "S/O", "D/O", "W/O" (son, daughter, wife of) are gender cues too,
 * and so are Indonesian "Bapak"/"Ibu", Polish "Pan"/"Pani" and Amharic "Ato"/"Weyzero" before a name.
 */

import { fold } from '../lexicon';
import { literalStarts } from '../literal-starts';
import { scanAll, scanAt, sticky } from '../scan';
import type { Recognizer, Span } from '../types';
import {
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  nameClass,
  ROLE_WORDS,
  SENOR_BEFORE as SENOR_BEFORE_WORDS,
  TECH,
} from '../words';

const DOTTED =
  /(?<![\p{L}\p{N}.])(?:Mr|MR|mr|Mrs|MRS|mrs|Ms|MS|ms|Mx|Dr|DR|dr|Prof|PROF|prof|Smt|Shri|Sri|Kum|Sr|SR|Sra|SRA|Srta|Mme|MME|Mlle|Dhr|DHR|Mevr|Hr|Sig|Dott)\.(?:ra|na|ssa|sa)?(?=\s?\p{L})/gu;
const DOTTED_AT = sticky(DOTTED);
/** DOTTED's first letters: M m D d P p S K H. */
const DOTTED_FIRST = (c: number) =>
  c === 77 || c === 109 || c === 68 || c === 100 || c === 80 || c === 112 || c === 83 || c === 75 || c === 72;
/** A title alone in brackets, as forms write it after the name: "(Ms)", "(Mrs.)", "(Mr)", "(Miss)"; not "(MS)", a degree or Microsoft. */
const BRACKETED = /\((Mr|Mrs|Ms|Miss|Mx|MRS|MISS)\.?\)/y;
/** The capitalised word after a title: " Juan", " Rossi". */
const NEXT_NAME = /^\s?(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)/u;

/** A Spanish or Portuguese salutation or article, then one space, before "Sr" ({@link SENOR_BEFORE_WORDS}). */
const SENOR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SENOR_BEFORE_WORDS})[ \\t]$`, 'u');

/** True when the title `m` needs a name after it and lacks one: "Sr" a given name of the lexicon, "Hr."/"Sig." a capitalised word. */
function lacksName(text: string, m: RegExpExecArray): boolean {
  const w = m[0].replace('.', '');
  const strict = w === 'Sr' || w === 'SR';
  if (!strict && w !== 'Hr' && w !== 'Sig') return false;
  const next = NEXT_NAME.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
  if (!next) return true;
  // ("Velammal Matriculation Hr. Sec. School": "Higher Secondary" abbreviated, no German "Herr".)
  if (w === 'Hr' && /^Sec/.test(next[1]!)) return true;
  if (!strict) return false;
  const f = fold(next[1]!);
  if (ROLE_WORDS.has(f) || TECH.has(f)) return true;
  // (After a salutation or an article any surname follows, not only a given name of the lexicon.)
  if (w === 'Sr' && SENOR_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) return false;
  return nameClass(next[1]!) !== 'strong';
}

/** DOTTED's matches, tried only two to four characters before a dot (its words' lengths), at one of its first letters. */
function dotted(text: string): RegExpExecArray[] {
  return scanAt(text, DOTTED_AT, literalStarts(text, '.', -4, -2, DOTTED_FIRST));
}
const BARE =
  /(?<![\p{L}\p{N}.])(?:Mr|Mrs|Ms|Mx|MR|MRS|Miss|MISS|Sir|Madam|Madame|Mme|Mlle|Monsieur|Dame|Lord|Lady|Dr|Prof|Herrn|Herr|Frau|Señor|Señora|Señorita|Sr|Sra|Srta|Signor|Signora|Signorina|Dhr|Mevr|Smt|Shri)(?= \p{Lu})/gu;
/**
 * Gendered honorifics of Indonesia and Malaysia ("Bapak", "Ibu"), Poland ("Pan", "Pani", "Panie") and
 * Ethiopia ("Ato", "Weyzero", "Weyzerit"), before a capitalised name. "Pan" is also a Chinese surname:
 * it is a title only before a given name of the lexicon that is no Pinyin syllable or pair ("Pan Tomasz";
 * not "Pan Wei", "Pan Arab").
 */
const MORE_BARE = /(?<![\p{L}\p{N}.])(?:Bapak|Ibu|Pan|Pani|Panie|Ato|Weyzero|Weyzerit)(?= \p{Lu}\p{Ll})/gu;
/** The words MORE_BARE holds (a plain search before its scan). */
const MORE_BARE_WORDS = ['Bapak', 'Ibu', 'Pan', 'Ato', 'Weyzer'];
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u)';
/** One or two Pinyin syllables as one word ("Wei", "Xiaoming", "Jun"). */
const PINYIN_WORD = new RegExp(`^${PINYIN_SYLLABLE}(?:${PINYIN_SYLLABLE})?$`);

/** "Sister" and "Brother" before a capitalised word: a gendered title where a name follows. */
const SIBLING_TITLE = /(?<![\p{L}\p{N}.])(?:Sister|Brother)(?= \p{Lu}\p{Ll})/gu;

/** Bare titles that are words too, and so may open a firm's name. */
const WORD_TITLES = new Set(['Lord', 'Lady', 'Dame', 'Sir', 'Madame']);
/**
 * "S/O", "D/O", "W/O" (son, daughter, wife of) before a parent's or husband's name, as South Asian
 * resumes and forms write the candidate's relation: the letter states the candidate's gender. Capital
 * S, D or W only, before a capitalised word ("w/o supervision" is "without").
 */
const RELATION = /(?<![\p{L}\p{N}/])[SDW]\/[Oo](?![\p{L}\p{N}/])(?=\.?[ \t]{0,3}(?:[:-][ \t]{0,3})?\p{Lu})/gu;
const SALUTATION = /\b(?:Dear|Hello|Hi)\s(?:Sir\/Madam|Sir or Madam|Sir|Madam)\b|\b(?:Sir|Madam)(?=,)/g;
/** Microsoft products and units after "MS". */
const NOT_AFTER_MS =
  /^\.?\s?(?:Word|Excel|Office|Access|Project|Outlook|PowerPoint|Power|Visio|SQL|Dynamics|Teams|Paint|DOS|Windows|Exchange|Azure|CRM|Publisher|Works|Visual|in|degree|program)/;

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'TITLE', score, recognizer: 'title' };
}

/** The title recognizer. */
export const title: Recognizer = {
  id: 'title',
  kind: 'rule',
  entities: ['TITLE'],
  analyze(text) {
    const out: Span[] = [];
    for (const m of [...dotted(text), ...scanAll(text, BARE)]) {
      if (/^ms$/i.test(m[0].replace('.', '')) && NOT_AFTER_MS.test(text.slice(m.index + 2, m.index + 16)))
        continue;
      if (lacksName(text, m)) continue;
      // "Lord Corporation", "Lady Hospital": a title word that opens an organisation's name.
      if (WORD_TITLES.has(m[0])) {
        const next = NEXT_NAME.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
        if (next && isOrgTail(next[1]!)) continue;
      }
      if (
        /^(?:dr|prof)$/i.test(m[0]) &&
        !/^ \p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
      )
        continue;
      out.push(span(m.index, m.index + m[0].length, 0.85));
    }
    if (MORE_BARE_WORDS.some((w) => text.includes(w)))
      for (const m of scanAll(text, MORE_BARE)) {
        const next = NEXT_NAME.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
        if (!next || isOrgTail(next[1]!)) continue;
        if (m[0] === 'Pan' && (nameClass(next[1]!) !== 'strong' || PINYIN_WORD.test(next[1]!.toLowerCase())))
          continue;
        // "Ibu Kota Nusantara": "ibu kota", a capital city.
        if (m[0] === 'Ibu' && next[1] === 'Kota') continue;
        out.push(span(m.index, m.index + m[0].length, 0.85));
      }
    // "Sister Zanele Mokoena" (a nursing or religious title), "Brother Anselm": before a name that is no
    // ordinary word, place, tool or organisation's word ("Sister Company", "Brother International" stay).
    if (text.includes('Sister') || text.includes('Brother'))
      for (const m of scanAll(text, SIBLING_TITLE)) {
        const next = NEXT_NAME.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
        if (!next || isOrgTail(next) || TECH.has(fold(next))) continue;
        if (nameClass(next) !== 'strong' && (isOrdinaryWord(next) || isPlaceName(next))) continue;
        // ("Sister Nancy's High School": a possessive after the name names an institution after the person.)
        if (/['’]s$/.test(next)) continue;
        out.push(span(m.index, m.index + m[0].length, 0.8));
      }
    // "Tan Mei Ling (Ms)", "Jane Doe (Mrs.)": the title in brackets after the name.
    for (let k = text.indexOf('(M'); k !== -1; k = text.indexOf('(M', k + 2)) {
      BRACKETED.lastIndex = k;
      const m = BRACKETED.exec(text);
      if (m && /[\p{L}.][ \t]?$/u.test(text.slice(Math.max(0, k - 2), k)))
        out.push(span(k + 1, k + 1 + m[1]!.length, 0.85));
    }
    // Every RELATION match holds "/O" or "/o": a plain search skips its scan.
    if (text.includes('/O') || text.includes('/o'))
      for (const m of scanAll(text, RELATION)) out.push(span(m.index, m.index + m[0].length, 0.85));
    // Every SALUTATION match holds "Sir" or "Madam": a plain search skips its scan.
    if (!text.includes('Sir') && !text.includes('Madam')) return out;
    for (const m of scanAll(text, SALUTATION)) {
      const word = /Sir|Madam/.exec(m[0])!;
      out.push(span(m.index + word.index, m.index + m[0].length, 0.7));
    }
    return out;
  },
};

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [DOTTED, dotted],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/title.test.ts
