/**
 * Marital and family status (label MARITAL): "Marital Status: Married", "married", "divorced",
 * "widowed", "2 children", "mother of two", "single parent". "Engaged" and "separated" count only
 * after a marital-status label, because resumes use them for work ("engaged stakeholders").
 */

import { scanAll } from '../scan';
import type { Recognizer, Span } from '../types';

const NUM = '(?:\\d{1,2}|one|two|three|four|five|six)';
/**
 * Pattern, score, and a word every match of the pattern holds (same /i matching): the pattern is
 * scanned only when its word is in the text, because a plain word search is several times cheaper
 * than a scan that starts with \b.
 */
const PATTERNS: Array<[RegExp, number, RegExp]> = [
  [
    /\bmarital\s?status\s?[:\-–]?\s{0,3}(married|single|unmarried|divorced|widowed|separated|engaged|in a relationship|domestic partnership)\b/gi,
    0.95,
    /marital/i,
  ],
  [/\b(?:married|unmarried|divorced|widowed|widower|divorcee|divorcée)\b/gi, 0.8, /married|divorc|widow/i],
  [
    new RegExp(`\\b${NUM}\\s(?:children|kids|sons|daughters|grandchildren)\\b`, 'gi'),
    0.8,
    /children|kids|sons|daughters/i,
  ],
  [
    new RegExp(`\\b(?:mother|father|mom|dad|parent) of ${NUM}\\b`, 'gi'),
    0.85,
    /mother|father|mom|dad|parent/i,
  ],
  [/\bsingle (?:mother|father|parent|mom|dad|mum)\b/gi, 0.85, /single /i],
  [/\b(?:pregnant|pregnancy|expecting a baby)\b/gi, 0.8, /pregnan|expecting a baby/i],
];

/**
 * Every pattern's word in one scan, mapped back to its pattern by the word (in lower case: only
 * ASCII letters match these words under /i). No word is a prefix of another pattern's word, and the
 * scan restarts one character after each hit, so every word present is seen.
 */
const WORD_PATTERN = new Map(
  PATTERNS.flatMap(([, , w], k) => w.source.split('|').map((word) => [word.toLowerCase(), k] as const)),
);
const WORDS = new RegExp([...WORD_PATTERN.keys()].join('|'), 'gi');

/** Which patterns' words the text holds. */
function wordsPresent(text: string): boolean[] {
  const present = PATTERNS.map(() => false);
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) {
    present[WORD_PATTERN.get(m[0].toLowerCase())!] = true;
    WORDS.lastIndex = m.index + 1;
  }
  WORDS.lastIndex = 0;
  return present;
}

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
    const present = wordsPresent(text);
    for (const [k, [re, score]] of PATTERNS.entries()) {
      if (!present[k]) continue;
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
