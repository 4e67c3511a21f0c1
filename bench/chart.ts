/**
 * A dependency-free SVG bar chart for the benchmark report: panels side by side, each a horizontal
 * grouped bar chart (one group per library, one bar per series), with value labels and a legend.
 */
import type { ChartPanel, ChartSpec } from './types';

const COLORS = ['#2b6cb0', '#dd6b20', '#38a169', '#805ad5', '#d53f8c'];
const PANEL_WIDTH = 460;
const LABEL_WIDTH = 150;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 14;
const TOP = 64;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function panelHeight(p: ChartPanel): number {
  return p.categories.length * (p.series.length * (BAR + GAP) + GROUP_GAP);
}

function drawPanel(p: ChartPanel, x0: number): string {
  const values = p.categories.flatMap((c) => c.values.filter((v): v is number => v != null));
  const max = p.max ?? Math.max(1e-9, ...values, p.marker?.value ?? 0);
  const plot = PANEL_WIDTH - LABEL_WIDTH - 70;
  const out: string[] = [`<text x="${x0}" y="${TOP - 28}" class="panel">${esc(p.title)}</text>`];
  p.series.forEach((s, i) => {
    const lx = x0 + i * 130;
    out.push(`<rect x="${lx}" y="${TOP - 18}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/>`);
    out.push(`<text x="${lx + 14}" y="${TOP - 9}" class="legend">${esc(s)}</text>`);
  });
  let y = TOP;
  for (const c of p.categories) {
    const groupH = p.series.length * (BAR + GAP);
    out.push(
      `<text x="${x0 + LABEL_WIDTH - 8}" y="${y + groupH / 2 + 4}" class="cat">${esc(c.label)}</text>`,
    );
    c.values.forEach((v, i) => {
      const by = y + i * (BAR + GAP);
      const w = v == null ? 0 : Math.max(1, (Math.min(v, max) / max) * plot);
      const label = v == null ? 'error' : v.toFixed(p.decimals ?? 2);
      out.push(
        `<rect x="${x0 + LABEL_WIDTH}" y="${by}" width="${w.toFixed(1)}" height="${BAR}" fill="${COLORS[i % COLORS.length]}"/>`,
        `<text x="${x0 + LABEL_WIDTH + w + 4}" y="${by + BAR - 4}" class="val">${label}</text>`,
      );
    });
    y += groupH + GROUP_GAP;
  }
  out.push(
    `<line x1="${x0 + LABEL_WIDTH}" y1="${TOP - 2}" x2="${x0 + LABEL_WIDTH}" y2="${y - GROUP_GAP + 2}" class="axis"/>`,
  );
  if (p.marker) {
    const mx = (x0 + LABEL_WIDTH + (Math.min(p.marker.value, max) / max) * plot).toFixed(1);
    out.push(
      `<line x1="${mx}" y1="${TOP - 2}" x2="${mx}" y2="${y - GROUP_GAP + 2}" class="marker"/>`,
      `<text x="${mx}" y="${y - GROUP_GAP + 14}" class="mlabel">${esc(p.marker.label)}</text>`,
    );
  }
  return out.join('\n');
}

/**
 * Renders a chart as a standalone SVG document.
 * @example fs.writeFileSync('chart.svg', barChartSvg({ title: 'x', panels: [...] }))
 */
export function barChartSvg(spec: ChartSpec, subtitle = ''): string {
  const height = TOP + Math.max(...spec.panels.map(panelHeight), 0) + 30;
  const width = spec.panels.length * PANEL_WIDTH + 20;
  const panels = spec.panels.map((p, i) => drawPanel(p, 10 + i * PANEL_WIDTH)).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 10}" viewBox="0 0 ${width} ${height + 10}" font-family="Helvetica, Arial, sans-serif">
<style>
.title { font-size: 16px; font-weight: bold; fill: #1a202c; }
.sub { font-size: 11px; fill: #4a5568; }
.panel { font-size: 13px; font-weight: bold; fill: #2d3748; }
.legend, .val { font-size: 11px; fill: #2d3748; }
.cat { font-size: 12px; fill: #1a202c; text-anchor: end; }
.axis { stroke: #a0aec0; stroke-width: 1; }
.marker { stroke: #c53030; stroke-width: 1.5; stroke-dasharray: 4 3; }
.mlabel { font-size: 11px; fill: #c53030; text-anchor: middle; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="10" y="18" class="title">${esc(spec.title)}</text>
${panels}
<text x="10" y="${height}" class="sub">${esc(subtitle)}</text>
</svg>
`;
}
