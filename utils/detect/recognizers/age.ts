/**
 * Ages and birth dates (label AGE): "age 34", "aged 34", "34 years old", "34-year-old", "31 y/o",
 * "turned 60", "I'll turn 23", "at the age of 61", "DOB: 01/02/1990", "born 1990", "born on
 * 2 March 1990", "Date of Birth: 30.08.1990".
 */

import { literalStarts, lowerCased, mergeStarts } from '../literal-starts';
import { scanAll, scanAt, sticky } from '../scan';
import type { Recognizer, Span } from '../types';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?[\\s./-]{1,2}(?:\\d{1,2}|${MONTH}\\.?)[\\s./,-]{1,3}(?:19|20)?\\d\\d|${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d\\d|(?:19|20)\\d\\d[./-]\\d{1,2}[./-]\\d{1,2}|(?:19|20)\\d\\d)`;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isD = (c: number) => c === 100;
const isDOrB = (c: number) => c === 100 || c === 98;

/**
 * Each pattern, its value's group, and where in the lower-cased text its matches can start: every
 * match holds one of these ASCII words at a bounded distance from its start (the words are chosen
 * to begin with a rare letter, which a plain search skips to fastest). The pattern is tried only
 * there, as a plain search is many times cheaper than a scan that starts with \b.
 */
const PATTERNS: Array<[RegExp, number, (lower: string) => number[]]> = [
  [
    /\b(?:age[d]?|age of)[\s:-]{0,3}(\d{1,3})\b(?!\s?(?:%|percent|-\d))/gi,
    1,
    (lower) => literalStarts(lower, 'ge', -1, -1),
  ],
  [
    /\b(\d{1,3})[\s-]{0,2}(?:years?|yrs?)[\s-]{0,2}(?:old|of age)\b/gi,
    1,
    // One to three digits and up to two separators before "year" or "yr".
    (lower) =>
      mergeStarts(literalStarts(lower, 'year', -5, -1, isDigit), literalStarts(lower, 'yr', -5, -1, isDigit)),
  ],
  [
    /\b(\d{1,3})\s?y\/?o\b/gi,
    1,
    (lower) =>
      mergeStarts(literalStarts(lower, 'yo', -4, -1, isDigit), literalStarts(lower, 'y/o', -4, -1, isDigit)),
  ],
  [/\b(\d{1,3})-year-old\b/gi, 1, (lower) => literalStarts(lower, '-year-old', -3, -1, isDigit)],
  [
    /\b(?:turned|turn|turning|I'm|I am|he's|she's|he is|she is|was)\s(\d{1,2})\b(?=\s?(?:years|yrs|\.|,|!|\?|$|y\/o|and|in|this|next|last|today|tomorrow|on))/gi,
    1,
    (lower) =>
      mergeStarts(
        literalStarts(lower, 'urn', -1, -1),
        literalStarts(lower, "'m", -1, -1),
        literalStarts(lower, 'i am', 0, 0),
        literalStarts(lower, 'was', 0, 0),
        // The apostrophe of "he's" and "she's", and "he is", which also ends "she is".
        literalStarts(lower, "'s", -3, -2),
        literalStarts(lower, 'he is', -1, 0),
      ),
  ],
  [
    new RegExp(
      `\\b(?:D\\.?O\\.?B\\.?|date of birth|birth ?date|birthday|born(?: on| in)?)[\\s:-]{0,4}(${DATE})`,
      'gi',
    ),
    1,
    // "dob", "d.ob", "do.b" and "d.o.b" hold a "b" two to four characters after their "d";
    // "date of birth" starts eight before its "birth".
    (lower) =>
      mergeStarts(
        literalStarts(lower, 'b', -4, -2, isD),
        literalStarts(lower, 'birth', -8, 0, isDOrB),
        literalStarts(lower, 'born', 0, 0),
      ),
  ],
];
const STICKY = PATTERNS.map(([re]) => sticky(re));

/** The matches of pattern k: tried only at its anchors, or everywhere when lower-casing moved characters. */
function scanPattern(text: string, k: number): RegExpExecArray[] {
  const lower = lowerCased(text);
  const [re, , starts] = PATTERNS[k]!;
  return lower === null ? scanAll(text, re) : scanAt(text, STICKY[k]!, starts(lower));
}

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'AGE', score, recognizer: 'age' };
}

/** The age recognizer. */
export const age: Recognizer = {
  id: 'age',
  kind: 'rule',
  entities: ['AGE'],
  analyze(text) {
    const out: Span[] = [];
    if (!/\d/.test(text)) return out;
    for (const [k, [, group]] of PATTERNS.entries()) {
      for (const m of scanPattern(text, k)) {
        const v = m[group]!;
        const n = Number(v);
        if (v.length <= 3 && (n < 1 || n > 120)) continue;
        const start = m.index + m[0].lastIndexOf(v);
        out.push(span(start, start + v.length, 0.85));
      }
    }
    return out;
  },
};

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> =
  PATTERNS.map(([re], k) => [re, (text: string) => scanPattern(text, k)] as const);

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/age.test.ts
