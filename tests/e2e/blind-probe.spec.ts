import { chromium } from '@playwright/test';
import {
  attachAfter,
  auditRows,
  fixture,
  leaked,
  screenshotWithoutExtension,
  serve,
  setUserSettings,
  waitMasked,
} from './blind-helpers';
import { executablePath, expect, test } from './fixtures';
import { exposedText, probeScript, readProbe } from './probe';

const ORIGIN = 'https://www.linkedin.com';
const PATH = '/in/ilse-marwood-4b2a/';
const IDS = ['Ilse', 'Marwood', 'ilse.marwood@postbox.test', '415 555 0134', 'ilse-marwood'];
const PAGES = { [PATH]: fixture('profile.html') };

test('the probe sees no identifier painted from the first frame; everything exposed is masked', async ({
  context,
}, testInfo) => {
  await context.addInitScript(probeScript(IDS.slice(0, 4)));
  await serve(context, ORIGIN, PAGES);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  await expect(page.locator('text=posted about Go generics')).toBeVisible();
  await page.waitForTimeout(300);
  const probe = await readProbe(page);
  expect(probe?.frames).toBeGreaterThan(5);
  expect(probe?.readyAtFrame).not.toBeNull();
  expect(probe?.leaks).toEqual([]);
  for (const frame of page.frames()) expect((await readProbe(frame))?.leaks ?? []).toEqual([]);
  const exposed = await exposedText(page);
  expect(leaked(exposed, IDS)).toEqual([]);
  // Job-relevant content stays.
  for (const keep of ['Staff Platform Engineer', 'Kubernetes', 'Northwind Cloud', 'B.Sc. Computer Science']) {
    expect(exposed).toContain(keep);
  }
  expect(exposed).toMatch(/Candidate [0-9A-Z]{4}/);
  const photo = page.locator('img.pv-top-card-profile-picture__image');
  expect(await photo.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  const box = await photo.boundingBox();
  expect(Math.round(box!.width)).toBe(120);
  await expect(page.locator('[data-testid="bh-overlay"]')).toBeVisible();
  expect(Number(await page.locator('[data-testid="bh-count"]').getAttribute('data-count'))).toBeGreaterThan(
    10,
  );
  await expect(page.locator('[data-testid="bh-passes"]')).toContainText('rules: done');
  await attachAfter(testInfo, page);
  await screenshotWithoutExtension(testInfo, ORIGIN, PAGES, PATH);
});

test('the probe does record identifiers on the same page without the extension', async () => {
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext();
    await context.addInitScript(probeScript(IDS.slice(0, 4)));
    await serve(context, ORIGIN, PAGES);
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${PATH}`);
    await expect.poll(async () => (await readProbe(page))?.leaks.length ?? 0).toBeGreaterThan(0);
    const where = new Set((await readProbe(page))!.leaks.map((l) => l.where));
    expect([...where].sort()).toEqual(['body', 'title']);
  } finally {
    await browser.close();
  }
});

test('reveal asks for a reason, writes an audit row without values, and re-blind is one click', async ({
  context,
  serviceWorker,
}, testInfo) => {
  await serve(context, ORIGIN, PAGES);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  await page.locator('[data-testid="bh-reveal-all"]').click();
  await page.locator('[data-testid="bh-reason"]').fill('Scheduling the onsite interview');
  await page.locator('[data-testid="bh-reason-confirm"]').click();
  await expect(page.locator('h1')).toHaveText('Ilse Marwood');
  await attachAfter(testInfo, page, 'revealed');
  await expect
    .poll(async () => (await auditRows(serviceWorker)).filter((r) => r.kind === 'reveal').length)
    .toBe(1);
  const row = (await auditRows(serviceWorker)).find((r) => r.kind === 'reveal')!;
  expect(row.site).toBe('www.linkedin.com');
  expect(row.reason).toBe('Scheduling the onsite interview');
  expect(row.alias).toMatch(/^Candidate [0-9A-Z]{4}$/);
  expect(row.types).toEqual(expect.arrayContaining(['NAME', 'EMAIL', 'PHOTO']));
  expect(leaked(JSON.stringify(row), IDS)).toEqual([]);
  await page.locator('[data-testid="bh-reblind"]').click();
  await expect(page.locator('h1')).toHaveText(/^Candidate [0-9A-Z]{4}$/);
  expect(leaked(await exposedText(page), IDS)).toEqual([]);
});

test('hovering a masked item names its type and recognizer; one item can be revealed', async ({
  context,
  serviceWorker,
}) => {
  await setUserSettings(serviceWorker, { revealPolicy: 'allowed' });
  await serve(context, ORIGIN, PAGES);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  const mail = page.locator('#about a[href]').first();
  await mail.hover();
  const tip = page.locator('[data-testid="bh-tip"]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('e-mail');
  await expect(tip).toContainText('found by email');
  await tip.locator('[data-testid="bh-reveal-item"]').click();
  await expect(mail).toHaveText('ilse.marwood@postbox.test');
  await expect(page.locator('h1')).toHaveText(/^Candidate [0-9A-Z]{4}$/);
  await expect
    .poll(async () => (await auditRows(serviceWorker)).find((r) => r.kind === 'reveal')?.types)
    .toEqual(['EMAIL']);
});

test('with reveal disabled by policy the overlay offers no reveal', async ({ context, serviceWorker }) => {
  await setUserSettings(serviceWorker, { revealPolicy: 'disabled' });
  await serve(context, ORIGIN, PAGES);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  await expect(page.locator('[data-testid="bh-overlay"]')).toBeVisible();
  await expect(page.locator('[data-testid="bh-reveal-all"]')).toHaveCount(0);
  await page.locator('h1').hover();
  await expect(page.locator('[data-testid="bh-reveal-item"]')).toHaveCount(0);
});
