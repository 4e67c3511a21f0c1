import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The popup at the widths it really gets: Chrome sizes an action popup to its content (at most
 * 800x600), and the side panel can be as narrow as 320 px. Nothing may overflow sideways: text areas
 * wrap and scroll vertically, and long unbroken strings (URLs, e-mail addresses) wrap. Everything
 * below is invented.
 */

const LONG_URL =
  'https://portfolio.example.org/projects/2024/distributed-billing-rebuild-case-study-with-a-very-long-slug?ref=abcdefghijklmnopqrstuvwxyz0123456789';
const LONG_EMAIL = 'jordan.quill.applications.for.testing.only@long-subdomain.example-mail.org';
const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(6);
const TEXT = `Rebuilt the billing pipeline (${LONG_URL}); contact ${LONG_EMAIL}.\n${LONG_WORD}\nCut failed payments by 30%.`;

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out of the viewport, or scrolling sideways inside. */
  bad: string[];
}

/** Horizontal overflow of the document and of every control, text area and preformatted block. */
function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const bad: string[] = [];
    for (const el of document.querySelectorAll(
      'textarea, input, select, button, pre, label, p, li, section',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5)
        bad.push(`${name(el)} spans ${r.left}-${r.right} of ${width}`);
      else if (
        (el.tagName === 'TEXTAREA' || el.tagName === 'PRE') &&
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX !== 'visible'
      )
        bad.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, bad };
  });
}

async function expectNoOverflow(page: Page, where: string) {
  const o = await overflow(page);
  expect(o.bad, where).toEqual([]);
  expect(o.scrollWidth, `${where}: document scrollWidth`).toBeLessThanOrEqual(o.clientWidth);
}

/**
 * The width Chrome gives the popup: it lays the page out and takes the root's min-content width
 * (Blink's auto-size uses the layout view's minimum preferred width), clamped to 25-800 px.
 */
function popupWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const before = root.style.width;
    root.style.width = 'min-content';
    const width = Math.ceil(root.getBoundingClientRect().width);
    root.style.width = before;
    return Math.min(800, Math.max(25, width));
  });
}

async function fillWriting(page: Page) {
  await page.getByTestId('tab-writing').click();
  const input = page.getByTestId('writing-input');
  await expect(input).toBeVisible();
  await input.fill(TEXT);
  await expect(page.getByTestId('writing-preview')).toContainText('Cut failed payments');
  await page.getByText('Full request, with the instructions').click();
  await expect(page.getByTestId('writing-full-request')).toBeVisible();
}

for (const width of [420, 360, 320]) {
  test(`popup at ${width} px: nothing overflows sideways on either tab`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByTestId('blind-status-toggle')).toBeVisible();
    await expectNoOverflow(page, `blind tab at ${width}`);
    await fillWriting(page);
    await expectNoOverflow(page, `writing tab at ${width}`);
    await page.getByTestId('writing-task').selectOption('tailor');
    await page.getByTestId('writing-jd').fill(TEXT);
    await expect(page.getByTestId('writing-preview-jd')).toBeVisible();
    await expectNoOverflow(page, `writing tab (tailor) at ${width}`);
  });
}

test('the popup has a sensible width of its own and fits in it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('blind-status-toggle')).toBeVisible();
  const blind = await popupWidth(page);
  await fillWriting(page);
  const writing = await popupWidth(page);
  // The same width on both tabs (no jump when switching), room for the text area, and under Chrome's cap.
  expect(writing).toBe(blind);
  expect(blind).toBeGreaterThanOrEqual(320);
  expect(blind).toBeLessThanOrEqual(480);
  await page.setViewportSize({ width: blind, height: 600 });
  await expectNoOverflow(page, `writing tab at the popup's own width (${blind})`);
});

test('side panel at 320 px: nothing overflows sideways', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const input = page.getByTestId('writing-input');
  await expect(input).toBeVisible();
  await input.fill(TEXT);
  await expect(page.getByTestId('writing-preview')).toContainText('Cut failed payments');
  await expectNoOverflow(page, 'side panel at 320');
});
