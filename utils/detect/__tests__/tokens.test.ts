import { describe, expect, it } from 'vitest';
import { firstEndingAfter, tokenAt, tokenEndingAt, wordTokens } from '../lexicon';

/** The definition the hand-written scanner must follow exactly. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:[-.&][\p{L}\p{M}\p{N}'’]+)*/gu;
const byRegex = (t: string) => [...t.matchAll(WORD)].map((m) => [m.index, m[0]]);
const byScanner = (t: string) => wordTokens(t).map((x) => [x.start, x.text]);

describe('wordTokens', () => {
  it('finds the words the WORD pattern finds', () => {
    for (const t of [
      "O'Connell’s co-founder B.Tech & R&D, e-mail: a.b@c.io -x x- x--y x.-y",
      'Café  naïve e\u0301te 𝐀bc 😀x ٣٤ Жанна 中文 ǅx Ⅻ',
      '\ud800a \udc00b a\u200bb',
      '',
      '---...&&&',
    ])
      expect(byScanner(t)).toEqual(byRegex(t));
  });

  it('agrees with the pattern on random strings of tricky characters', () => {
    const alphabet = [
      'a',
      'Z',
      '9',
      "'",
      '’',
      '-',
      '.',
      '&',
      ' ',
      'é',
      '\u0301',
      '😀',
      '𝐀',
      '\ud800',
      '\udc00',
      '٣',
      '_',
    ];
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 3000; n++) {
      let t = '';
      for (let k = Math.floor(rnd() * 12); k > 0; k--) t += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(byScanner(t)).toEqual(byRegex(t));
    }
  });

  it('returns the same tokens for the same text (memoised)', () => {
    const t = 'Jane Doe';
    expect(wordTokens(t)).toBe(wordTokens(t));
  });
});

describe('token look-ups by offset', () => {
  // "Ada  Quist, Go" → Ada [0,3) Quist [5,10) Go [12,14)
  const toks = wordTokens('Ada  Quist, Go');

  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [4, 1],
    [9, 1],
    [10, 2],
    [13, 2],
    [14, 3],
    [99, 3],
  ])('firstEndingAfter(%i) is token %i', (pos, k) => {
    expect(firstEndingAfter(toks, pos)).toBe(k);
  });

  it('finds the token that starts or ends at an offset, and no other', () => {
    expect([0, 5, 12].map((p) => tokenAt(toks, p))).toEqual([0, 1, 2]);
    expect([1, 3, 4, 11, 14].map((p) => tokenAt(toks, p))).toEqual([-1, -1, -1, -1, -1]);
    expect([3, 10, 14].map((p) => tokenEndingAt(toks, p))).toEqual([0, 1, 2]);
    expect([0, 2, 5, 11, 15].map((p) => tokenEndingAt(toks, p))).toEqual([-1, -1, -1, -1, -1]);
    expect(tokenAt([], 0)).toBe(-1);
    expect(tokenEndingAt([], 1)).toBe(-1);
  });
});
