/**
 * Form fields in blind mode, in Chromium with the built extension: an "Edit candidate" form and a
 * "Send email" compose (To: field, prefilled textarea, contenteditable composer) whose values name
 * the candidate. Nothing of them may be painted, yet the forms must post the original values and
 * the composer's DOM must stay the page's; focusing a covered field is a deliberate, audited reveal;
 * values typed or set later are checked again. Everyone here is invented.
 */
import type { Page, Request } from '@playwright/test';
import {
  attachAfter,
  auditRows,
  fixture,
  leaked,
  paintedText,
  screenshotWithoutExtension,
  waitMasked,
} from './blind-helpers';
import { expect, test } from './fixtures';

const ORIGIN = 'https://app.greenhouse.io';
const PATH = '/people/60417731/edit';
const IDS = ['Ilse', 'Marwood', 'ilse.marwood@postbox.example', '+44 113 496 0771'];
const PAGE = fixture('../sites/greenhouse-edit-forms.html');
const COVERED = ['first_name', 'last_name', 'email', 'phone', 'to', 'body', 'note', 'email-button', 'cc'];
const LEFT_ALONE = ['subject', 'title', 'years', 'available', 'pin', 'nickname'];

/** Serves the fixture and answers its forms' posts, keeping each post's body. */
async function serveForms(page: Page): Promise<Request[]> {
  const posts: Request[] = [];
  await page.context().route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'POST') {
      posts.push(request);
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Saved</h1>' });
    }
    if (new URL(request.url()).pathname !== PATH) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
  });
  return posts;
}

/** True when the field paints no glyph (BlindHire's cover), as the browser computes it. */
function isCovered(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    // The Cc field lives in a web component's open shadow root.
    const el =
      document.getElementById(id) ?? document.getElementById('cc-field')!.shadowRoot!.getElementById(id)!;
    const fill = getComputedStyle(el).getPropertyValue('-webkit-text-fill-color');
    return /^rgba\(.*,\s*0\)$/.test(fill) || fill === 'transparent';
  }, id);
}

const posted = (request: Request) => new URLSearchParams(request.postData() ?? '');

test('fields that show an identifier are covered; the forms post the original values', async ({
  page,
}, testInfo) => {
  await screenshotWithoutExtension(testInfo, ORIGIN, { [PATH]: PAGE }, PATH);
  const posts = await serveForms(page);
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  await attachAfter(testInfo, page);
  const painted = await page.evaluate(paintedText);
  expect(leaked(painted, IDS)).toEqual([]);
  // Job-relevant values stay in sight.
  expect(painted).toContain('Phone screen: Senior Data Analyst');
  expect(painted).toContain('Data Analyst');
  for (const id of COVERED) expect(await isCovered(page, id), id).toBe(true);
  for (const id of LEFT_ALONE) expect(await isCovered(page, id), id).toBe(false);
  // The masked rendering is the field's background: the alias, never the original.
  const image = decodeURIComponent(
    await page.evaluate(() => getComputedStyle(document.getElementById('to')!).backgroundImage),
  );
  expect(image).toMatch(/^url\("data:image\/svg\+xml,/);
  expect(image).toMatch(/Candidate [0-9A-Z]{4}/);
  expect(leaked(image, IDS)).toEqual([]);
  // What the page's scripts read is the page's own: values and the composer's DOM.
  expect(await page.inputValue('#first_name')).toBe('Ilse');
  expect(await page.locator('#note').innerHTML()).toContain('Dear Ilse,');

  await page.click('#save-candidate');
  await expect.poll(() => posts.length).toBe(1);
  const edit = posted(posts[0]!);
  expect(edit.get('first_name')).toBe('Ilse');
  expect(edit.get('last_name')).toBe('Marwood');
  expect(edit.get('email')).toBe('ilse.marwood@postbox.example');
  expect(edit.get('phone')).toBe('+44 113 496 0771');
  expect(edit.get('pin')).toBe('Marwood1');

  // The e-mail form on a page of its own: the first page is still navigating to the post's answer, and
  // a goto started meanwhile was aborted by that navigation once in a clean-clone CI run.
  const second = await page.context().newPage();
  await second.goto(`${ORIGIN}${PATH}`);
  await waitMasked(second);
  await second.click('#send');
  await expect.poll(() => posts.length).toBe(2);
  const mail = posted(posts[1]!);
  expect(mail.get('to')).toBe('Ilse Marwood <ilse.marwood@postbox.example>');
  expect(mail.get('body')).toMatch(/^Hi Ilse,\r?\n/);
  expect(mail.get('note_html')).toBe('<p>Dear Ilse,</p><p>Your <b>dbt</b> models impressed the panel.</p>');
});

test('focusing a covered field is a deliberate reveal: reason, audit row without values, re-blind', async ({
  page,
  serviceWorker,
}, testInfo) => {
  await serveForms(page);
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  await page.click('#email');
  // The policy asks for a reason: the field gives up the focus and stays covered meanwhile.
  await expect(page.locator('[data-testid="bh-reason"]')).toBeFocused();
  expect(await isCovered(page, 'email')).toBe(true);
  await page.locator('[data-testid="bh-reason"]').fill('Correcting a typo in the address');
  await page.locator('[data-testid="bh-reason-confirm"]').click();
  await expect.poll(() => isCovered(page, 'email')).toBe(false);
  await expect(page.locator('#email')).toBeFocused();
  // Only that field: the others stay covered.
  expect(await isCovered(page, 'first_name')).toBe(true);
  await attachAfter(testInfo, page, 'revealed');
  await expect
    .poll(async () => (await auditRows(serviceWorker)).filter((r) => r.kind === 'reveal').length)
    .toBe(1);
  const row = (await auditRows(serviceWorker)).find((r) => r.kind === 'reveal')!;
  expect(row).toMatchObject({
    reason: 'Correcting a typo in the address',
    detail: 'field',
    types: ['EMAIL'],
  });
  expect(leaked(JSON.stringify(row), IDS)).toEqual([]);
  await page.locator('[data-testid="bh-reblind"]').click();
  await expect.poll(() => isCovered(page, 'email')).toBe(true);
});

test('Tab through a form reveals nothing; a key that edits a covered field asks; its text cannot be copied', async ({
  page,
  serviceWorker,
}) => {
  await serveForms(page);
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  await page.focus('#first_name');
  for (const id of ['last_name', 'email', 'phone']) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#${id}`)).toBeFocused();
    expect(await isCovered(page, id), id).toBe(true);
  }
  expect(leaked(await page.evaluate(paintedText), IDS)).toEqual([]);
  expect((await auditRows(serviceWorker)).filter((r) => r.kind === 'reveal')).toEqual([]);
  // Select-all and copy in the covered, focused field: the clipboard event is refused.
  const copied = await page.evaluate(() => {
    const el = document.getElementById('phone') as HTMLInputElement;
    el.select();
    const event = new ClipboardEvent('copy', { bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(copied).toBe(true);
  // A letter asks to see the field: the policy wants a reason, so the letter is not typed meanwhile.
  await page.keyboard.press('x');
  await expect(page.locator('[data-testid="bh-reason"]')).toBeFocused();
  expect(await isCovered(page, 'phone')).toBe(true);
  expect(await page.inputValue('#phone')).toBe('+44 113 496 0771');
});

test('values typed or set later are checked again', async ({ page }) => {
  await serveForms(page);
  await page.goto(`${ORIGIN}${PATH}`);
  await waitMasked(page);
  // A person types a name: in sight while they type, covered once they leave the field.
  await page.click('#nickname');
  await page.keyboard.type('Ilse Marwood', { delay: 20 });
  expect(await isCovered(page, 'nickname')).toBe(false);
  await page.keyboard.press('Tab');
  await expect.poll(() => isCovered(page, 'nickname')).toBe(true);
  expect(await page.inputValue('#nickname')).toBe('Ilse Marwood');
  // A page script sets a value with no event and no mutation (a typeahead filling the field).
  await page.evaluate(() => {
    (document.getElementById('title') as HTMLInputElement).value = 'Analyst, ilse.marwood@postbox.example';
  });
  await expect.poll(() => isCovered(page, 'title'), { timeout: 2_000 }).toBe(true);
  // And clears it: the field is uncovered.
  await page.evaluate(() => {
    (document.getElementById('title') as HTMLInputElement).value = 'Senior Data Analyst';
  });
  await expect.poll(() => isCovered(page, 'title'), { timeout: 2_000 }).toBe(false);
  expect(leaked(await page.evaluate(paintedText), IDS)).toEqual([]);
});
