import { type FirstRender, kb, measureFirstRender } from './first-render';
import { expect, getServiceWorker, launchWithExtension, test } from './fixtures';

/**
 * First-render JavaScript budget for the extension's pages. React and React DOM (214 KB minified) and
 * the settings code with zod (91 KB) are needed to show any setting with its policy lock; the page's
 * own code adds 10-30 KB: 319 KB for the options page and 334 KB for the popup when this was set.
 * 400 KB leaves about a fifth for growth, and any one heavy library pulled into the first render
 * breaks it (dexie 100 KB, openai 150 KB, libphonenumber 135 KB, the detection engine 600 KB,
 * docx/mammoth/jszip 550 KB, pdf.js 400 KB): those belong in chunks loaded after the first render,
 * when the user reaches the section or tab that needs them. Before that split the options page
 * loaded 1207 KB and the popup 1623 KB.
 */
const BUDGET_BYTES = 400 * 1024;

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

test('options.html#local-model opens at that section, whose panel then loads', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#local-model`);
  // The panel is a lazily loaded chunk: on a loaded two-core machine it took 10 s once (the default
  // 5 s failed a run while four agents shared the cores); what is checked is that it loads and scrolls.
  await expect(page.getByTestId('model-section')).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(() => page.evaluate(() => document.getElementById('local-model')!.getBoundingClientRect().top))
    .toBeLessThan(50);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
});
