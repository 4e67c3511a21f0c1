import { describe, expect, it } from 'vitest';
import { wordTokens } from '../lexicon';

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
