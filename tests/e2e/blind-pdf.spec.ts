/**
 * A résumé attachment shown as a PDF inside an ATS page: the browser's PDF viewer runs no content
 * script, so blind mode points the frame at BlindHire's own viewer, which gets the file's bytes from
 * the page (read in the page's origin) and shows its text masked. Reveal shows the original file.
 */
import type { Frame, Page } from '@playwright/test';
import { waitMasked } from './blind-helpers';
import { expect, test } from './fixtures';

const ATS = 'https://app.greenhouse.io';
const NAME = 'Marisol Thackwell';
const IDS = ['Marisol', 'Thackwell', 'marisol.thackwell@postbox.test', '555-0187', 'Halvorsen', '2013'];
const KEEP = ['Mechanical Design Engineer', 'SolidWorks', 'Tailwind Robotics'];

const profile = (attachment: string) => `<!doctype html><html><head><meta charset="utf-8">
<title>${NAME} - Greenhouse</title></head><body>
<div class="person-header"><h1 class="person-name">${NAME}</h1><p>Mechanical Design Engineer</p></div>
<section class="resume-viewer">${attachment}</section></body></html>`;

const LINES = [
  NAME,
  'marisol.thackwell@postbox.test | (312) 555-0187',
  'Experience',
  'Mechanical Design Engineer, Tailwind Robotics, 2016 - Present',
  'SolidWorks, ANSYS, harmonic-drive gearboxes',
  'Education',
  'B.S. Mechanical Engineering, Halvorsen University, 2013',
  'Marisol led the gearbox redesign; she mentors two engineers.',
];

async function resumePdf(): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  for (const [i, line] of LINES.entries()) page.drawText(line, { x: 40, y: 740 - i * 18, size: 11, font });
  return Buffer.from(await pdf.save());
}

async function resumeDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph } = await import('docx');
  return Packer.toBuffer(new Document({ sections: [{ children: LINES.map((l) => new Paragraph(l)) }] }));
}

async function viewerFrame(page: Page, extensionId: string): Promise<Frame> {
  const origin = `chrome-extension://${extensionId}/`;
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith(origin)), { timeout: 15_000 })
    .toBe(true);
  return page.frames().find((f) => f.url().startsWith(origin))!;
}

/** The viewer's shown text once it has masked the file; no identifier in it, every job word kept. */
async function maskedViewerText(page: Page, extensionId: string): Promise<string> {
  const viewer = await viewerFrame(page, extensionId);
  await viewer.waitForSelector('html[data-bh-document="masked"]', { state: 'attached', timeout: 20_000 });
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what a person sees.
  const text = await viewer.evaluate(() => document.body.innerText);
  for (const id of IDS) expect(text).not.toContain(id);
  for (const kept of KEEP) expect(text).toContain(kept);
  return text;
}

async function open(
  context: import('@playwright/test').BrowserContext,
  attachment: string,
  pdf: Buffer | null,
  docx?: Buffer,
): Promise<{ page: Page; fileRequests: () => number }> {
  let requests = 0;
  await context.route(`${ATS}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/people/5521') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: profile(attachment),
      });
    }
    if (url.pathname === '/attachments/88213/resume.pdf') {
      requests++;
      if (!pdf) return route.fulfill({ status: 403, body: 'forbidden' });
      return route.fulfill({ status: 200, contentType: 'application/pdf', body: pdf });
    }
    if (url.pathname === '/attachments/88213/resume.docx' && docx) {
      requests++;
      return route.fulfill({ status: 200, body: docx });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
  const page = await context.newPage();
  await page.goto(`${ATS}/people/5521`);
  await waitMasked(page);
  return { page, fileRequests: () => requests };
}

test('a PDF résumé in a frame is shown in BlindHire’s viewer with every identifier masked', async ({
  context,
  extensionId,
}, testInfo) => {
  const { page, fileRequests } = await open(
    context,
    '<iframe id="cv" title="Resume" src="/attachments/88213/resume.pdf" width="700" height="420"></iframe>',
    await resumePdf(),
  );
  // The page's frame no longer points at the file.
  expect(await page.getAttribute('#cv', 'src')).toBe(`chrome-extension://${extensionId}/blind-pdf.html`);
  const text = await maskedViewerText(page, extensionId);
  expect(text).toMatch(/Candidate [0-9A-Z]{4}/);
  // The file was read for the viewer (the parser's frame may have asked for it too before it was
  // pointed elsewhere); no frame shows it.
  expect(fileRequests()).toBeGreaterThanOrEqual(1);
  expect(page.frames().some((f) => f.url().endsWith('/resume.pdf'))).toBe(false);
  await testInfo.attach('masked-pdf', { body: await page.screenshot(), contentType: 'image/png' });
});

test('an embedded PDF the page cannot read stays hidden and the viewer says why', async ({
  context,
  extensionId,
}) => {
  const { page } = await open(
    context,
    '<embed id="cv" type="application/pdf" src="/attachments/88213/resume.pdf" width="700" height="420">',
    null,
  );
  expect(await page.locator('#cv').isVisible()).toBe(false);
  const viewer = await viewerFrame(page, extensionId);
  await viewer.waitForSelector('html[data-bh-document="failed"]', { state: 'attached', timeout: 20_000 });
  await expect(viewer.locator('.failed')).toContainText('HTTP 403');
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what a person sees.
  const text = await viewer.evaluate(() => document.body.innerText);
  for (const id of IDS) expect(text).not.toContain(id);
});

test('a link to the PDF opens it in BlindHire’s viewer, in a dialog on the page, not the original', async ({
  context,
  extensionId,
}) => {
  const { page } = await open(
    context,
    '<a id="cv" href="/attachments/88213/resume.pdf">View resume</a>',
    await resumePdf(),
  );
  // While masked the link goes nowhere ("open in a new tab" cannot reach the file either).
  expect(await page.getAttribute('#cv', 'href')).toBe('#blind-mode');
  await page.click('#cv');
  await expect(page.locator('[data-bh-document-dialog]')).toBeVisible();
  await maskedViewerText(page, extensionId);
  expect(page.url()).toBe(`${ATS}/people/5521`);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-bh-document-dialog]')).toHaveCount(0);
});

test('a Word résumé in an office viewer’s frame is shown in BlindHire’s viewer, masked', async ({
  context,
  extensionId,
}) => {
  const file = encodeURIComponent(`${ATS}/attachments/88213/resume.docx`);
  const { page, fileRequests } = await open(
    context,
    `<iframe id="cv" title="Resume" src="https://view.officeapps.live.com/op/embed.aspx?src=${file}"></iframe>`,
    null,
    await resumeDocx(),
  );
  expect(await page.getAttribute('#cv', 'src')).toBe(`chrome-extension://${extensionId}/blind-pdf.html`);
  await maskedViewerText(page, extensionId);
  expect(fileRequests()).toBe(1);
});
