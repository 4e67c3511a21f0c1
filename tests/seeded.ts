/**
 * A small seeded generator (mulberry32) for the property and fuzz tests, unit and end-to-end alike:
 * the same seed gives the same sequence on every run, so a failure can be replayed.
 * @example const next = seeded(7); next(); // a number in [0, 1)
 */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
