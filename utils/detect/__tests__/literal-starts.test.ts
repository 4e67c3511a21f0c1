import { describe, expect, it } from 'vitest';
import { digitRuns, literalStarts, mergeStarts, runStarts, startsAround } from '../literal-starts';

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

describe('startsAround', () => {
  it('lists the positions around each anchor once, ascending, filtered by their characters', () => {
    expect(startsAround('ab cd', [3], -3, -1)).toEqual([0, 1, 2]);
    expect(startsAround('abcdef', [2, 3], -1, 1)).toEqual([1, 2, 3, 4]);
    expect(startsAround('a Bc D', [5], -5, 0, (c, before) => c >= 65 && c <= 90 && before === 32)).toEqual([
      2, 5,
    ]);
  });
});

describe('digitRuns and runStarts', () => {
  it('finds the runs of digits with their ends', () => {
    expect(digitRuns('a12 3')).toEqual([1, 3, 4, 5]);
    expect(digitRuns('no digits')).toEqual([]);
    expect(digitRuns('٣ 4')).toEqual([2, 3]);
  });

  it('keeps the runs of the asked lengths whose neighbours pass', () => {
    expect(runStarts('1 22 333', 2, 3, () => true)).toEqual([2, 5]);
    expect(runStarts('x1 22,', 1, 2, (before, after) => before !== 120 && after === 44)).toEqual([3]);
    expect(runStarts('7', 1, 1, (before, after) => Number.isNaN(before) && Number.isNaN(after))).toEqual([0]);
  });
});
