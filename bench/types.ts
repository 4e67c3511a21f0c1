/**
 * What a benchmark section returns to bench/run.ts. Each section (the engine, page masking, the
 * language model) is one function `() => Promise<BenchSection>` registered in run.ts's list.
 */

/** A target from the issue, checked against a measured figure. */
export interface BenchTarget {
  /** What is checked, e.g. "NAME mask recall, resumes-dotin". */
  name: string;
  /** The measured value (null when it could not be measured: counts as FAIL). */
  value: number | null;
  op: '>=' | '>' | '<=';
  target: number;
}

/** One section of the benchmark report. */
export interface BenchSection {
  title: string;
  /** Markdown body for bench/out/results.md (tables, notes). */
  markdown: string;
  /** Headline figures by name, machine-readable (written to bench/out/results.json). */
  figures: Record<string, number | string | null>;
  /** Targets this section checks; run.ts prints PASS/FAIL for each. */
  targets?: BenchTarget[];
  /** Bars for bench/out/chart.svg, if the section has any. */
  chart?: ChartSpec;
}

/** A grouped bar chart: one or more panels, each with categories and one bar per series. */
export interface ChartSpec {
  title: string;
  panels: ChartPanel[];
}

/** One panel of a chart. */
export interface ChartPanel {
  title: string;
  /** Axis maximum; defaults to the largest value. */
  max?: number;
  /** Format of value labels, e.g. 2 decimals. */
  decimals?: number;
  series: string[];
  categories: Array<{ label: string; values: Array<number | null> }>;
  /** A dashed reference line, e.g. the target. */
  marker?: { value: number; label: string };
}

/** Whether a measured value meets its target. */
export function passes(t: BenchTarget): boolean {
  if (t.value == null || Number.isNaN(t.value)) return false;
  if (t.op === '>=') return t.value >= t.target;
  if (t.op === '>') return t.value > t.target;
  return t.value <= t.target;
}
