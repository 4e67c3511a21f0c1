import { type FirstRender, kb, measureFirstRender } from './first-render';
import { expect, getServiceWorker, launchWithExtension, test } from './fixtures';

/**
 * First-render JavaScript budgets for the extension's pages. React and React DOM (about 215 KB
 * minified) and the settings code with zod (about 110 KB) are needed to show any setting; the page's
 * own components add a few tens of KB. The budget allows that plus about a quarter for growth, and
 * stays far below what one heavy library adds (openai 150 KB, dexie 100 KB, libphonenumber 135 KB,
 * the detection engine 800 KB, docx/mammoth/jszip 550 KB, pdf.js 400 KB): those belong in chunks
 * loaded after the first render, when the user reaches the section or tab that needs them.
 */
const BUDGET_BYTES = 450 * 1024;

/** Pages, and a control that shows the page is usable. */
const PAGES = [
  { page: 'options.html', selector: '[data-testid="setting-blindModeEnabled"]' },
  { page: 'popup.html', selector: '[data-testid="blind-status-toggle"]' },
] as const;

/** Cold runs per page (a fresh browser profile each): BH_WEIGHT_RUNS=3 for the figures in the README. */
const RUNS = Math.max(1, Number(process.env.BH_WEIGHT_RUNS) || 1);

for (const { page, selector } of PAGES) {
  test(`${page} loads at most ${kb(BUDGET_BYTES)} of JavaScript before its first render`, async () => {
    test.setTimeout(60_000 * RUNS);
    // Cold: the first open in a fresh profile. Warm: the page opened again a second later.
    const cold: FirstRender[] = [];
    const warm: FirstRender[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await launchWithExtension();
      try {
        const id = new URL((await getServiceWorker(context)).url()).host;
        cold.push(await measureFirstRender(context, id, page, selector));
        await new Promise((r) => setTimeout(r, 1000));
        warm.push(await measureFirstRender(context, id, page, selector));
      } finally {
        await context.close();
      }
    }
    const runs = [...cold, ...warm];
    const times = (list: FirstRender[]) =>
      list.map((r) => `${r.ms.toFixed(0)} ms (first paint ${r.fcp.toFixed(0)})`).join(', ');
    const summary = `${kb(cold[0]!.jsBytes)} of JS; cold ${times(cold)}; warm ${times(warm)}`;
    test.info().annotations.push({ type: `${page} first render`, description: summary });
    console.log(`${page} first render: ${summary}`);
    console.log(`  files: ${cold[0]!.files.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}`);
    for (const r of runs)
      expect(r.jsBytes, r.files.map((f) => f.file).join(', ')).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
