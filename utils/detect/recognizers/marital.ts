/**
 * Marital and family status (label MARITAL): "Marital Status: Married", "married", "divorced",
 * "widowed", "2 children", "mother of two", "single parent". "Engaged" and "separated" count only
 * after a marital-status label, because resumes use them for work ("engaged stakeholders").
 */

import { scanAll } from '../scan';
import type { Recognizer, Span } from '../types';

const NUM = '(?:\\d{1,2}|one|two|three|four|five|six)';
const PATTERNS: Array<[RegExp, number]> = [
  [
    /\bmarital\s?status\s?[:\-–]?\s{0,3}(married|single|unmarried|divorced|widowed|separated|engaged|in a relationship|domestic partnership)\b/gi,
    0.95,
  ],
  [/\b(?:married|unmarried|divorced|widowed|widower|divorcee|divorcée)\b/gi, 0.8],
  [new RegExp(`\\b${NUM}\\s(?:children|kids|sons|daughters|grandchildren)\\b`, 'gi'), 0.8],
  [new RegExp(`\\b(?:mother|father|mom|dad|parent) of ${NUM}\\b`, 'gi'), 0.85],
  [/\bsingle (?:mother|father|parent|mom|dad|mum)\b/gi, 0.85],
  [/\b(?:pregnant|pregnancy|expecting a baby)\b/gi, 0.8],
];

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'MARITAL', score, recognizer: 'marital' };
}

/** The marital-status recognizer. */
export const marital: Recognizer = {
  id: 'marital',
  kind: 'rule',
  entities: ['MARITAL'],
  analyze(text) {
    const out: Span[] = [];
    for (const [re, score] of PATTERNS) {
      for (const m of scanAll(text, re)) {
        const v = m[1] ?? m[0];
        const start = m.index + m[0].length - v.length;
        out.push(span(start, start + v.length, score));
      }
    }
    return out;
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/marital.test.ts
