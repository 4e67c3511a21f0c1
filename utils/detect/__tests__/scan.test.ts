import { describe, expect, it } from 'vitest';
import { scanAll } from '../scan';

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
