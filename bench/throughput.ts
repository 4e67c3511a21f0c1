/**
 * Throughput of a detector in MB/s of UTF-8 text on one thread, on a resume-sized mix: whole resumes
 * from resumes-dotin plus presidio-synth snippets joined into resume-sized documents. Untimed
 * warm-up passes over the whole mix come first (at least one, and for at least `warmupMs`, so
 * that the JIT has compiled the hot code of every library alike: the measurement is the steady
 * state, not the first-run compile cost); then timed passes; the median pass is reported.
 */
import type { GoldRecord } from './quality';

/** Options of measureThroughput. */
export interface ThroughputOptions {
  /** Minimum timed passes (default 3). */
  minPasses?: number;
  /** Maximum timed passes (default 25). */
  maxPasses?: number;
  /** Stop after this long once minPasses are done (default 4000 ms). */
  budgetMs?: number;
  /** Untimed whole-mix passes run for at least this long first (default 1500 ms; at least one pass). */
  warmupMs?: number;
}

/** The measured throughput. */
export interface Throughput {
  mbPerSec: number;
  passes: number;
  /** Untimed warm-up passes run before the timed ones. */
  warmupPasses: number;
  bytes: number;
  docs: number;
}

/** Bytes of UTF-8 text in documents. */
export const utf8Bytes = (docs: readonly string[]) =>
  docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);

/**
 * The mix: every `stride`-th resume, plus synthetic snippets joined into ~3 KB documents up to a
 * fifth of the resume bytes, so both shapes of text are in it.
 * @example buildMix(resumes, synth).length // 33 resumes + 16 synthetic documents
 */
export function buildMix(resumes: readonly GoldRecord[], synth: readonly GoldRecord[], stride = 8): string[] {
  const docs = resumes.filter((_, i) => i % stride === 0).map((r) => r.text);
  const budget = utf8Bytes(docs) / 5;
  let added = 0;
  let current = '';
  for (const s of synth) {
    if (added >= budget) break;
    current += `${s.text}\n\n`;
    if (current.length >= 3000) {
      docs.push(current);
      added += Buffer.byteLength(current, 'utf8');
      current = '';
    }
  }
  return docs;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Runs `detect` over every document repeatedly and returns the median MB/s.
 * @example (await measureThroughput((t) => analyze(t), mix)).mbPerSec
 */
export function measureThroughput(
  detect: (text: string) => unknown,
  docs: readonly string[],
  options: ThroughputOptions = {},
): Throughput {
  const { minPasses = 3, maxPasses = 25, budgetMs = 4000, warmupMs = 1500 } = options;
  const bytes = utf8Bytes(docs);
  let sink = 0;
  let warmupPasses = 0;
  const warmupStart = performance.now();
  do {
    for (const d of docs) sink ^= Number(Boolean(detect(d)));
    warmupPasses++;
  } while (performance.now() - warmupStart < warmupMs);
  const rates: number[] = [];
  const started = performance.now();
  while (rates.length < maxPasses && (rates.length < minPasses || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    for (const d of docs) sink ^= Number(Boolean(detect(d)));
    const seconds = (performance.now() - t0) / 1000;
    rates.push(bytes / 1e6 / Math.max(seconds, 1e-9));
  }
  if (sink < 0) throw new Error('unreachable'); // keeps the results alive for the optimiser
  return { mbPerSec: median(rates), passes: rates.length, warmupPasses, bytes, docs: docs.length };
}
