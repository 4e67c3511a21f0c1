import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../chart';
import { MARKER, spansFromMasked } from '../peers/align';
import { buildMix, measureThroughput, utf8Bytes } from '../throughput';
import { passes } from '../types';

/** Masks the given ranges with the marker, as a redacting library would. */
function mask(text: string, ranges: [number, number][]): string {
  let out = '';
  let pos = 0;
  for (const [a, b] of ranges) {
    out += text.slice(pos, a) + MARKER;
    pos = b;
  }
  return out + text.slice(pos);
}

describe('spansFromMasked', () => {
  it.each([
    ['call Jane now', [[5, 9]]],
    [
      'Jane Doe, jane@x.io',
      [
        [0, 4],
        [5, 8],
        [10, 19],
      ],
    ],
    ['a.b.c a.b.c', [[0, 5]]],
    [
      'x 12 Main St. y. z',
      [
        [2, 13],
        [17, 18],
      ],
    ],
    ['nothing', []],
  ] as [string, [number, number][]][])('recovers the ranges of %s', (text, ranges) => {
    const spans = spansFromMasked(text, mask(text, ranges));
    expect(spans.map((s) => [s.start, s.end])).toEqual(ranges);
  });

  it('returns nothing rather than inventing spans when the text was changed', () => {
    expect(spansFromMasked('Hello Jane', `Goodbye ${MARKER}`)).toEqual([]);
  });
});

describe('throughput', () => {
  const gold = (n: number, text: string) => Array.from({ length: n }, (_, i) => ({ id: i, text, spans: [] }));

  it('mixes whole resumes with synthetic snippets joined into resume-sized documents', () => {
    const docs = buildMix(gold(16, 'r'.repeat(5000)), gold(200, 's'.repeat(300)), 4);
    expect(docs.filter((d) => d.startsWith('r'))).toHaveLength(4);
    const synthetic = docs.filter((d) => d.startsWith('s'));
    expect(synthetic.length).toBeGreaterThan(0);
    for (const d of synthetic) expect(d.length).toBeGreaterThanOrEqual(3000);
    expect(utf8Bytes(['é'])).toBe(2);
  });

  it('measures the median of several passes and runs the detector on every document', () => {
    const seen = new Map<string, number>();
    const r = measureThroughput((t) => seen.set(t, (seen.get(t) ?? 0) + 1), ['a', 'b', 'c', 'd'], {
      minPasses: 3,
      maxPasses: 3,
      warmupMs: 0,
    });
    expect(r.passes).toBe(3);
    expect(r.warmupPasses).toBe(1);
    expect(r.mbPerSec).toBeGreaterThan(0);
    expect(seen.get('d')).toBe(4); // one whole warm-up pass, then 3 timed passes
  });
});

describe('targets and chart', () => {
  it('checks targets, failing unmeasured ones', () => {
    expect(passes({ name: 'x', value: 0.99, op: '>=', target: 0.99 })).toBe(true);
    expect(passes({ name: 'x', value: 0.5, op: '>', target: 0.5 })).toBe(false);
    expect(passes({ name: 'x', value: null, op: '>=', target: 0 })).toBe(false);
  });

  it('draws one bar per value, escapes labels and marks errors', () => {
    const svg = barChartSvg({
      title: 'A & B',
      panels: [
        {
          title: 'recall',
          max: 1,
          series: ['d1', 'd2'],
          categories: [{ label: '<lib>', values: [0.5, null] }],
        },
      ],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;lib&gt;');
    expect(svg).toContain('>0.50<');
    expect(svg).toContain('>error<');
    expect(svg.match(/<rect x="\d+(\.\d+)?" y="\d+" width="[\d.]+" height="16"/g)).toHaveLength(2);
    const marked = barChartSvg({
      title: 't',
      panels: [
        {
          title: 'p',
          series: ['s'],
          categories: [{ label: 'a', values: [2] }],
          marker: { value: 4, label: 'goal' },
        },
      ],
    });
    expect(marked).toContain('class="marker"');
    expect(marked).toContain('>goal<');
  });
});
