import { describe, expect, it } from 'vitest';
import {
  answersAfter,
  firstWords,
  isSpaceCode,
  LowerWords,
  lastWords,
  matchesAt,
  plainWords,
  scanAll,
  scanAt,
  sticky,
  textIs,
  WordGate,
} from '../scan';

const same = (text: string, re: RegExp) => {
  const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  const got = scanAll(text, re).map((m) => [m.index, ...m]);
  expect(got).toEqual(want);
};

describe('scanAll', () => {
  it('returns the matches matchAll returns', () => {
    same('a1 b22 c333', /\d+/g);
    same('Jane Doe, John Roe', /(\p{Lu})\p{Ll}+/gu);
    same('no digits here', /\d/g);
  });

  it('steps past empty matches like matchAll, over surrogate pairs in unicode mode', () => {
    same('ab', /x*/g);
    same('a😀b', /x*/gu);
    same('a😀b', /x*/g);
    same('', /x*/g);
  });

  it('starts where lastIndex stands and leaves it there', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(scanAll('1 2 3 4', re).map((m) => m.index)).toEqual([4, 6]);
    expect(re.lastIndex).toBe(3);
  });

  it('rejects a non-global regex, as matchAll does', () => {
    expect(() => scanAll('a', /a/)).toThrow(TypeError);
  });
});

describe('scanAt', () => {
  const everyStart = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => i);

  it('equals the global scan when every possible start is listed', () => {
    const cases: Array<[string, RegExp]> = [
      ['call me Ishmael, or call me Bob', /\bcall me (\p{Lu}\p{Ll}+)/gu],
      ['aaa aa a', /a+/g],
      ['ab', /x*/g],
      ['a😀b', /x*/gu],
      ['12 34-56 7', /(?<![\d-])\d+(?:-\d+)?/g],
    ];
    for (const [text, re] of cases) {
      const want = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
      expect(scanAt(text, sticky(re), everyStart(text)).map((m) => [m.index, m[0]])).toEqual(want);
    }
  });

  it('skips starts inside the previous match and keeps leftmost-first order', () => {
    const re = sticky(/aa/g);
    expect(scanAt('aaaa', re, [0, 1, 2, 3]).map((m) => m.index)).toEqual([0, 2]);
  });

  it('sees the whole text around a start (lookbehind, word boundary)', () => {
    expect(scanAt('xcall me', sticky(/\bcall/g), [1])).toEqual([]);
    expect(scanAt('x call me', sticky(/\bcall/g), [2]).map((m) => m.index)).toEqual([2]);
  });

  it('needs a sticky regex', () => {
    expect(() => scanAt('a', /a/g, [0])).toThrow(TypeError);
    expect(sticky(/a/giu).flags).toBe('iuy');
  });
});

describe('textIs', () => {
  it('says whether a range of the text is exactly the string', () => {
    const text = 'Ann, Bo & Cy';
    for (const [from, to] of [
      [3, 5],
      [7, 10],
      [3, 4],
      [0, 0],
      [11, 12],
    ] as const)
      for (const s of [', ', ' & ', ',', '', 'y', ', B'])
        expect(textIs(text, from, to, s)).toBe(text.slice(from, to) === s);
  });
});

describe('plainWords', () => {
  it('reads an alternation of plain words, unescaping dots', () => {
    expect(plainWords('linkedin\\.com|t\\.me|straße')).toEqual(['linkedin.com', 't.me', 'straße']);
  });

  it('gives up on any other regex syntax, so callers fall back to a full scan', () => {
    for (const src of ['gatan?|weg', 'a|(b)', 'x{2}', 'a|', '', undefined, 'a\\d', 'a*'])
      expect(plainWords(src)).toBeNull();
  });
});

describe('LowerWords', () => {
  const entries = ['in', 'at', "i'm", 'mr', 'élan', 'kelvin'];
  const words = new LowerWords(entries);
  const set = new Set(entries);

  it('answers like a set asked with the lower-case word', () => {
    expect(words.has('In')).toBe(true);
    expect(words.has('MR')).toBe(true);
    expect(words.has("I'M")).toBe(true);
    expect(words.has('Élan')).toBe(true);
    expect(words.has('Paris')).toBe(false);
    expect(words.has('')).toBe(false);
  });

  it('agrees with the set on ASCII, non-ASCII and special-casing words', () => {
    // The Kelvin sign lower-cases to an ASCII "k"; dotted capital I grows by one character.
    const probes = [
      '\u212Aelvin',
      'KELVIN',
      'İn',
      'IN',
      'at ',
      'At',
      'aT',
      'mrs',
      '1n',
      '\u00c9LAN',
      'x',
      'Mr.',
    ];
    for (const w of probes) expect(words.has(w)).toBe(set.has(w.toLowerCase()));
  });
});

describe('isSpaceCode', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++)
      expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('is false past the end of a string', () => {
    expect(isSpaceCode('ab'.charCodeAt(5))).toBe(false);
  });
});

describe('matchesAt', () => {
  const text = 'Dear  Ann, said Mr. Bob; by Cy.\nhi Di';
  it('asks a lookbehind whether the text before the position ends with a match, like /…$/ on a slice', () => {
    const before = /(?<=\b(?:dear|mr|hi)\b\.?\s{1,2}|\sby\s)/iy;
    const window = /(?:\b(?:dear|mr|hi)\b\.?\s{1,2}|\sby\s)$/i;
    for (let at = 0; at <= text.length; at++)
      expect(matchesAt(text, before, at), String(at)).toBe(window.test(text.slice(Math.max(0, at - 12), at)));
  });

  it('asks a plain sticky regex whether the text from the position starts with a match', () => {
    const after = /,?\s(?:said|by)\b/y;
    for (let at = 0; at <= text.length; at++)
      expect(matchesAt(text, after, at), String(at)).toBe(/^,?\s(?:said|by)\b/.test(text.slice(at, at + 12)));
  });
});

describe('WordGate', () => {
  const folded = new WordGate(lastWords(['name is', 'dear', "i'm", 'meeting with']), true);
  it.each([
    ['Dear Ilse', 4, true],
    ['DEAR Ilse', 4, true],
    ['My name is Ilse', 10, true],
    ["I'm Ilse", 3, true],
    ['a meeting with Ilse', 14, true],
    ['endear Ilse', 6, false],
    ['deary Ilse', 5, false],
    ['dear9', 5, false],
    ['', 0, false],
    ['this is', 7, true],
  ])('endsAt(%j, %i) is %s (case folded)', (text, end, want) => {
    expect(folded.endsAt(text, end)).toBe(want);
  });

  it('compares case when asked to', () => {
    const exact = new WordGate(['said', 'is'], false);
    expect(exact.endsAt('she said', 8)).toBe(true);
    expect(exact.endsAt('she SAID', 8)).toBe(false);
    expect(exact.startsAt('Ilse is here', 5)).toBe(true);
    expect(exact.startsAt('Ilse island', 5)).toBe(false);
    expect(exact.startsAt('Ilse Is', 5)).toBe(false);
  });

  it('never rules out a place where the look-behind it guards matches', () => {
    const phrases = ['name is', 'named', 'thanks to', 'hi', 'by'];
    const re = new RegExp(`(?<=\\b(?:${phrases.join('|')})\\s)`, 'iy');
    const gate = new WordGate(lastWords(phrases), true);
    const text = 'Hi Ilse, my Name is Ilse; named Ilse\tthanks to Ilse, written by Ilse. nameisIlse hiIlse';
    for (let at = 1; at <= text.length; at++)
      if (matchesAt(text, re, at)) expect(gate.endsAt(text, at - 1), `at ${at}`).toBe(true);
  });

  it('takes first and last words of phrases, and refuses anything but letters', () => {
    expect(lastWords(['name is', "i'm", 'dear'])).toEqual(['is', 'm', 'dear']);
    expect(firstWords(['is (?:very|from)', 'lives'])).toEqual(['is', 'lives']);
    expect(() => lastWords(['by\\s'])).toThrow(TypeError);
    expect(() => firstWords(['lives\\b'])).toThrow(TypeError);
    expect(() => new WordGate(['two words'], true)).toThrow(TypeError);
  });
});

describe('answersAfter', () => {
  it('reads the answer after each "?" whose question matches, and only those', () => {
    const text = 'How old are you?\n35\nWhy?\n22\nAge? 29';
    const found = answersAfter(text, /(?:^|\n)(?:How old are you|Age)$/, /[ \t]*(?:\n)?(\d\d)(?=\n|$)/y, 24);
    expect(found.map(([s, e, v]) => [text.slice(s, e), v])).toEqual([
      ['35', '35'],
      ['29', '29'],
    ]);
  });
});
