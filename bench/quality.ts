/**
 * Detection quality of the BlindHire engine on an annotated corpus, scored by bench/score.mjs (the
 * team's reference scorer, unchanged). Standalone: `npx tsx bench/quality.ts [--misses LABEL]`
 * prints per-label figures for both corpora in bench/data/ and the engine's throughput.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/detect/analyze';

/** One gold record (bench/data/*.jsonl). */
export interface GoldRecord {
  id: string | number;
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
}

/** What bench/score.mjs returns. */
export interface ScoreResult {
  records: number;
  missing: number;
  recall: Record<string, { n: number; value: number | null }>;
  kept: Record<string, { n: number; value: number | null }>;
  maskRecall: number | null;
  keepRate: number | null;
  token: { precision: number; recall: number; f2: number; tp: number; fp: number; fn: number };
}

type ScoreFn = (gold: GoldRecord[], pred: Array<{ id: string | number; spans: unknown[] }>) => ScoreResult;

const here = path.dirname(fileURLToPath(import.meta.url));

/** Loads the reference scorer (plain JS, imported by URL so the type checker does not need a declaration). */
export async function loadScorer(): Promise<ScoreFn> {
  const mod = (await import(new URL('./score.mjs', import.meta.url).href)) as { score: ScoreFn };
  return mod.score;
}

/** Reads a JSON-lines corpus. */
export function readCorpus(file: string): GoldRecord[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
}

/** Predictions of the engine under the default policy, one record per gold record. */
export function predict(gold: readonly GoldRecord[]) {
  return gold.map((g) => ({
    id: g.id,
    spans: analyze(g.text).map((s) => ({ start: s.start, end: s.end, label: s.label, score: s.score })),
  }));
}

/**
 * Scores the engine on a corpus file with bench/score.mjs.
 * @example const r = await scoreEngine('bench/data/presidio-synth-v2.jsonl'); r.token.f2
 */
export async function scoreEngine(corpusFile: string): Promise<ScoreResult> {
  const gold = readCorpus(corpusFile);
  const score = await loadScorer();
  return score(gold, predict(gold));
}

/** Prints gold entities of `label` that the engine leaves partly unmasked (for development). */
function printMisses(
  gold: readonly GoldRecord[],
  label: string,
  keep: boolean,
  limit = Number(process.env.LIMIT ?? 60),
): void {
  let shown = 0;
  for (const g of gold) {
    const spans = analyze(g.text);
    const masked = new Uint8Array(g.text.length);
    for (const s of spans) masked.fill(1, s.start, s.end);
    for (const s of g.spans) {
      if (s.label !== label) continue;
      let total = 0;
      let hit = 0;
      for (let i = s.start; i < s.end; i++) {
        if (!/[\p{L}\p{N}]/u.test(g.text[i]!)) continue;
        total++;
        hit += masked[i]!;
      }
      const bad = keep ? hit > 0 : hit < total;
      if (!bad || shown++ >= limit) continue;
      const ctx = g.text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\s+/g, ' ');
      const m = spans
        .filter((x) => x.end > s.start && x.start < s.end)
        .map((x) => `${x.label}/${x.recognizer}:${g.text.slice(x.start, x.end)}`);
      console.log(`[${g.id}] «${g.text.slice(s.start, s.end)}» | ${ctx} | ${m.join(' ; ')}`);
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const missIdx = args.indexOf('--misses');
  const keepIdx = args.indexOf('--kept');
  const only = args.find((a) => a.endsWith('.jsonl'));
  const files = only
    ? [only]
    : ['resumes-dotin.jsonl', 'presidio-synth-v2.jsonl'].map((f) => path.join(here, 'data', f));
  for (const file of files) {
    const gold = readCorpus(file);
    if (missIdx >= 0 || keepIdx >= 0) {
      const idx = missIdx >= 0 ? missIdx : keepIdx;
      printMisses(gold, args[idx + 1] ?? 'NAME', keepIdx >= 0);
      continue;
    }
    predict(gold); // warm-up: lexicons decoded, code compiled
    const c0 = process.cpuUsage();
    const pred = predict(gold);
    const used = process.cpuUsage(c0);
    const ms = (used.user + used.system) / 1000;
    const bytes = gold.reduce((a, g) => a + Buffer.byteLength(g.text), 0);
    const r = (await loadScorer())(gold, pred);
    const f = (v: number | null) => (v == null ? '  -   ' : v.toFixed(4));
    console.log(
      `== ${path.basename(file)}: ${r.records} records, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (CPU time, one thread, warmed)`,
    );
    for (const [k, o] of Object.entries(r.recall))
      console.log(`mask ${k.padEnd(11)} n=${String(o.n).padStart(5)} ${f(o.value)}`);
    for (const [k, o] of Object.entries(r.kept))
      console.log(`keep ${k.padEnd(11)} n=${String(o.n).padStart(5)} ${f(o.value)}`);
    console.log(
      `maskRecall ${f(r.maskRecall)} keepRate ${f(r.keepRate)} token P ${f(r.token.precision)} R ${f(r.token.recall)} F2 ${f(r.token.f2)}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) void main();
