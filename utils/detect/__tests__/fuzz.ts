import { expect } from 'vitest';
import { seeded } from '../../../tests/seeded';
import { insideRanges } from '../tech-lists';

export { seeded };

/** A text of `min` to `min + spread - 1` pieces drawn from `pieces`. */
export function randomText(
  next: () => number,
  pieces: readonly string[],
  min: number,
  spread: number,
): string {
  let text = '';
  const len = min + Math.floor(next() * spread);
  for (let k = 0; k < len; k++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

/**
 * Holds a scan that reads only around some targets to the whole-text scan: for random texts and
 * one to six random [start, end) targets in each, a target lies inside one of `around`'s ranges
 * exactly when it lies inside one of `whole`'s.
 */
export function expectSameAroundTargets(
  seed: number,
  pieces: readonly string[],
  whole: (text: string) => Array<[number, number]>,
  around: (text: string, targets: ReadonlyArray<readonly [number, number]>) => Array<[number, number]>,
  maxTarget: number,
): void {
  const next = seeded(seed);
  for (let n = 0; n < 400; n++) {
    const text = randomText(next, pieces, 4, 55);
    const all = whole(text);
    const targets: Array<[number, number]> = [];
    for (let k = 0; k < 1 + Math.floor(next() * 6); k++) {
      const a = Math.floor(next() * text.length);
      targets.push([a, Math.min(text.length, a + 1 + Math.floor(next() * maxTarget))]);
    }
    const near = around(text, targets);
    for (const [a, b] of targets)
      expect(insideRanges(near, a, b), `${JSON.stringify(text)} ${a}-${b}`).toBe(insideRanges(all, a, b));
  }
}
