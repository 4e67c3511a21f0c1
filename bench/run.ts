/**
 * `npm run bench`: runs every benchmark section, prints each with PASS/FAIL per target, and writes
 * bench/out/results.md (tables, date, command), bench/out/results.json (figures) and
 * bench/out/chart.svg. Usage: npm run bench [-- --only engine,page] [--strict]
 * --strict exits 1 when a target fails; a section that crashes always makes the exit status 1.
 * Sections marked oneCore (the engine: its MB/s are "on one core") run pinned to CPU 0 with taskset
 * on Linux, the others on every CPU (--no-pin to skip pinning).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChartSvg } from './chart';
import { runEngineBench } from './engine';
import { runLlmBench } from './llm';
import { runPageBench } from './page';
import { type BenchSection, passes } from './types';

/** The ONE list of benchmark sections; each other section adds one line here. */
const sections: Array<{ id: string; run: () => Promise<BenchSection>; oneCore?: boolean }> = [
  { id: 'engine', run: runEngineBench, oneCore: true },
  { id: 'page', run: runPageBench },
  { id: 'llm', run: runLlmBench },
];

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'out');

function targetTable(section: BenchSection): string {
  if (!section.targets?.length) return '';
  const rows = section.targets.map((t) => {
    const v = t.value == null ? '–' : t.value.toFixed(3);
    return `| ${t.name} | ${v} | ${t.op} ${t.target.toFixed(3)} | ${passes(t) ? 'PASS' : 'FAIL'} |`;
  });
  return ['| target | measured | required | result |', '|---|---|---|---|', ...rows].join('\n');
}

function printSection(section: BenchSection, seconds: number): void {
  console.log(`\n## ${section.title} (${seconds.toFixed(1)} s)\n`);
  console.log(section.markdown);
  for (const t of section.targets ?? []) {
    const v = t.value == null ? '–' : t.value.toFixed(3);
    console.log(`${passes(t) ? 'PASS' : 'FAIL'}  ${t.name}: ${v} ${t.op} ${t.target.toFixed(3)}`);
  }
}

/**
 * Sets the CPUs every thread of this process may run on (Linux `taskset -a -p`); processes started
 * later (Chromium for the page section) inherit it. Returns false where taskset is missing.
 */
function setAffinity(cpus: string): boolean {
  if (process.platform !== 'linux') return false;
  const r = spawnSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const allCpus = `0-${Math.max(0, os.cpus().length - 1)}`;
  const pin = !args.includes('--no-pin');
  let pinning = 'not pinned';
  const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
  const started = new Date();
  const done: Array<{ id: string; section: BenchSection; seconds: number }> = [];
  let crashed = 0;
  for (const { id, run, oneCore } of sections) {
    if (only && !only.has(id)) continue;
    if (pin && oneCore && setAffinity('0')) pinning = `${id} section pinned to one core (taskset)`;
    const t0 = performance.now();
    try {
      const section = await run();
      const seconds = (performance.now() - t0) / 1000;
      printSection(section, seconds);
      done.push({ id, section, seconds });
    } catch (e) {
      crashed++;
      const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      console.error(`section ${id} failed: ${message}`);
      done.push({
        id,
        section: { title: `${id} (failed)`, markdown: `Error: ${message}`, figures: {} },
        seconds: 0,
      });
    }
    if (pin && oneCore) setAffinity(allCpus);
  }
  const targets = done.flatMap((d) => d.section.targets ?? []);
  const failed = targets.filter((t) => !passes(t)).length;
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}, ${os.platform()}, ${pinning}`;
  const md = [
    '# Benchmark results',
    '',
    `Produced by \`${command}\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; ${machine}.`,
    `Targets: ${targets.length - failed} of ${targets.length} met.`,
    '',
    '![Mask recall and throughput per library](chart.svg)',
    ...done.flatMap((d) => ['', `## ${d.section.title}`, '', d.section.markdown, '', targetTable(d.section)]),
    '',
  ].join('\n');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'results.md'), md);
  const json = {
    date: started.toISOString(),
    command,
    machine,
    sections: done.map((d) => ({
      id: d.id,
      seconds: d.seconds,
      figures: d.section.figures,
      targets: d.section.targets?.map((t) => ({ ...t, pass: passes(t) })),
    })),
  };
  fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  let charted = 0;
  for (const d of done) {
    if (!d.section.chart) continue;
    const name = charted++ ? `chart-${d.id}.svg` : 'chart.svg';
    fs.writeFileSync(
      path.join(outDir, name),
      barChartSvg(d.section.chart, `${command} · ${started.toISOString().slice(0, 10)} · ${machine}`),
    );
  }
  console.log(
    `\n${targets.length - failed}/${targets.length} targets met. Wrote ${path.relative(process.cwd(), outDir)}/results.md, results.json and chart.svg.`,
  );
  if (crashed || (failed && args.includes('--strict'))) process.exitCode = 1;
}

void main();
