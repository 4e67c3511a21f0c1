import { describe, expect, it } from 'vitest';
import { literalStarts, mergeStarts } from '../literal-starts';

describe('literalStarts', () => {
  it('lists the positions at a fixed distance from each occurrence', () => {
    expect(literalStarts('a.b.', '.', -1, -1)).toEqual([0, 2]);
    expect(literalStarts('xxBox', 'Box', 0, 0)).toEqual([2]);
    expect(literalStarts('no dot here', '.', -3, 0)).toEqual([]);
  });

  it('clips ranges to the text and lists overlapping ranges once, ascending', () => {
    expect(literalStarts('..x', '.', -4, 1)).toEqual([0, 1, 2]);
    expect(literalStarts('ab.', '.', -1, 3)).toEqual([1, 2, 3]);
    expect(literalStarts('a..b.', '.', -2, -1)).toEqual([0, 1, 2, 3]);
  });

  it('keeps only the positions whose character passes the filter', () => {
    const upper = (c: number) => c >= 65 && c <= 90;
    expect(literalStarts('Mr. mr. DR.', '.', -3, -2, upper)).toEqual([0, 8]);
  });
});

describe('mergeStarts', () => {
  it('merges ascending lists into one without repeats', () => {
    expect(mergeStarts([1, 5], [2, 5, 9])).toEqual([1, 2, 5, 9]);
    expect(mergeStarts([], [3])).toEqual([3]);
    expect(mergeStarts([], [])).toEqual([]);
    expect(mergeStarts()).toEqual([]);
  });
});
