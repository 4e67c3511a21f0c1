/**
 * Ages and birth dates (label AGE): "age 34", "aged 34", "34 years old", "34-year-old", "31 y/o",
 * "turned 60", "I'll turn 23", "at the age of 61", "DOB: 01/02/1990", "born 1990", "born on
 * 2 March 1990", "Date of Birth: 30.08.1990".
 */

import { scanAll } from '../scan';
import type { Recognizer, Span } from '../types';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?[\\s./-]{1,2}(?:\\d{1,2}|${MONTH}\\.?)[\\s./,-]{1,3}(?:19|20)?\\d\\d|${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d\\d|(?:19|20)\\d\\d[./-]\\d{1,2}[./-]\\d{1,2}|(?:19|20)\\d\\d)`;
const PATTERNS: Array<[RegExp, number]> = [
  [/\b(?:age[d]?|age of)[\s:-]{0,3}(\d{1,3})\b(?!\s?(?:%|percent|-\d))/gi, 1],
  [/\b(\d{1,3})[\s-]{0,2}(?:years?|yrs?)[\s-]{0,2}(?:old|of age)\b/gi, 1],
  [/\b(\d{1,3})\s?y\/?o\b/gi, 1],
  [/\b(\d{1,3})-year-old\b/gi, 1],
  [
    /\b(?:turned|turn|turning|I'm|I am|he's|she's|he is|she is|was)\s(\d{1,2})\b(?=\s?(?:years|yrs|\.|,|!|\?|$|y\/o|and|in|this|next|last|today|tomorrow|on))/gi,
    1,
  ],
  [
    new RegExp(
      `\\b(?:D\\.?O\\.?B\\.?|date of birth|birth ?date|birthday|born(?: on| in)?)[\\s:-]{0,4}(${DATE})`,
      'gi',
    ),
    1,
  ],
];

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
    for (const [re, group] of PATTERNS) {
      for (const m of scanAll(text, re)) {
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

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/age.test.ts
