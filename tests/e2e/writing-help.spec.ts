import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { type OpenAITestServer, startOpenAIServer } from './openai-server';

/**
 * Writing help end to end: the built extension, its popup, and a loopback OpenAI-compatible server
 * that records every request. All people and contact details below are invented.
 */

const NAME = 'Maria Kowalczyk';
const EMAIL = 'maria.kowalczyk@example.com';
const PHONE = '+1 415 555 0137';
const RESUME = `${NAME}
${EMAIL} | ${PHONE}

Experience
- Led a team of 5 engineers to rebuild the billing system, cutting failed payments by 30%.
- Wrote the onboarding guide used by every new hire.`;
/** Every form an identifier could take in a request. */
const FORBIDDEN = ['kowalczyk', 'maria', 'example.com', '415 555', '4155550137', '555-0137', '5550137'];

/** The server's reply: the text between the markers, "polished" (placeholders kept as sent). */
const polish = (userText: string) => {
  const inner = /<<<\n([\s\S]*)\n>>>/.exec(userText)?.[1] ?? userText;
  return `Polished:\n${inner.replace('Wrote', 'Authored')}`;
};

let server: OpenAITestServer;
test.beforeAll(async () => {
  server = await startOpenAIServer({ reply: polish, chunkSize: 5, chunkDelayMs: 2 });
});
test.afterAll(async () => {
  await server.close();
});
test.beforeEach(() => {
  server.requests.length = 0;
  server.setMode('ok');
  server.setOptions({ chunkDelayMs: 2, firstByteDelayMs: 0 });
});

async function configure(sw: Worker, settings: Record<string, unknown>) {
  await sw.evaluate(async (values) => {
    await chrome.storage.local.set({ settings: values });
  }, settings);
}

const cloudSettings = () => ({
  provider: 'compatible',
  baseUrl: server.baseUrl,
  model: 'test-model',
  apiKey: 'sk-test-key',
});

async function openWriting(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByTestId('tab-writing').click();
  await expect(page.getByTestId('writing-input')).toBeVisible();
  return page;
}

async function pasteAndSend(page: Page, text = RESUME) {
  await page.getByTestId('writing-input').fill(text);
  await expect(page.getByTestId('writing-preview')).toContainText('[EMAIL_1]');
  await page.getByTestId('writing-send').click();
}

function assertNothingLeaked() {
  expect(server.requests.length).toBeGreaterThan(0);
  for (const r of server.requests) {
    const all = JSON.stringify({
      method: r.method,
      url: r.url,
      headers: r.headers,
      body: r.body,
    }).toLowerCase();
    for (const needle of FORBIDDEN) expect(all, `request leaked "${needle}"`).not.toContain(needle);
  }
}

test('polish: only masked text leaves, the reply shows the real values, a receipt is kept', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configure(serviceWorker, cloudSettings());
  const page = await openWriting(context, extensionId);
  await expect(page.getByTestId('route-cloud')).toContainText('available');
  await pasteAndSend(page);
  await expect(page.getByTestId('writing-status')).toContainText('Done', { timeout: 20_000 });
  const output = page.getByTestId('writing-output');
  await expect(output).toContainText(NAME);
  await expect(output).toContainText(EMAIL);
  await expect(output).toContainText(PHONE);
  await expect(output).toContainText('Authored the onboarding guide');
  await expect(page.getByTestId('writing-route-used')).toContainText('Cloud provider');
  assertNothingLeaked();
  const chat = server.requests.filter((r) => r.url.endsWith('/chat/completions') && r.method === 'POST');
  expect(chat).toHaveLength(1);
  expect(chat[0]!.body).toContain('[EMAIL_1]');
  expect(chat[0]!.body).toContain('Candidate ');
  // The preview's "full request" is exactly what the server received.
  const sent = (JSON.parse(chat[0]!.body) as { messages: { role: string; content: string }[] }).messages;
  expect(await page.getByTestId('writing-full-request').textContent()).toBe(
    sent.map((m) => `${m.role}: ${m.content}`).join('\n\n'),
  );
  // The receipt holds the masked text, a hash and counts; never an original.
  const receipts = await serviceWorker.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('blindhire');
        open.onsuccess = () => {
          const req = open.result.transaction('audit').objectStore('audit').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
  );
  const receipt = receipts.find((r) => (r as { kind: string }).kind === 'cloud-request') as Record<
    string,
    unknown
  >;
  expect(receipt.route).toBe('cloud');
  expect(receipt.textHash).toMatch(/^[0-9a-f]{64}$/);
  expect(receipt.counts).toMatchObject({ EMAIL: 1, PHONE: 1 });
  expect(JSON.stringify(receipt).toLowerCase()).not.toContain('kowalczyk');
  // The diff view compares the original with the result.
  await page.getByTestId('writing-show-diff').click();
  await expect(page.getByTestId('writing-diff').locator('ins')).toContainText(['Authored']);
});

test('errors: bad key, unknown model, rate limit, server error retried, broken stream, unreachable', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configure(serviceWorker, cloudSettings());
  const page = await openWriting(context, extensionId);
  const cases: [Parameters<OpenAITestServer['setMode']>[0], RegExp][] = [
    ['bad-key', /API key was rejected/],
    ['unknown-model', /does not know the model "test-model"/],
    ['rate-limit', /rate-limiting/],
    ['break-midway', /broke off midway/],
  ];
  await page.getByTestId('writing-input').fill(RESUME);
  for (const [mode, message] of cases) {
    server.setMode(mode);
    server.requests.length = 0;
    await page.getByTestId('writing-send').click();
    await expect(page.getByTestId('writing-error')).toContainText(message, { timeout: 20_000 });
    // Nothing typed is lost.
    await expect(page.getByTestId('writing-input')).toHaveValue(RESUME);
    if (mode === 'rate-limit') expect(server.requests.filter((r) => r.method === 'POST').length).toBe(3);
    if (mode === 'break-midway') await expect(page.getByTestId('writing-output')).toContainText('Polished');
    assertNothingLeaked();
  }
  // A 500 once is retried with backoff and then succeeds.
  server.setMode('server-error-once');
  server.requests.length = 0;
  await page.getByTestId('writing-send').click();
  await expect(page.getByTestId('writing-status')).toContainText('Done', { timeout: 20_000 });
  await expect(page.getByTestId('writing-output')).toContainText(NAME);
  expect(server.requests.filter((r) => r.method === 'POST').length).toBe(2);
  // Unreachable endpoint.
  await configure(serviceWorker, { ...cloudSettings(), baseUrl: 'http://127.0.0.1:9/v1' });
  await page.getByTestId('writing-input').fill(`${RESUME}\n`);
  await page.getByTestId('writing-send').click();
  await expect(page.getByTestId('writing-error')).toContainText(/Cannot reach the cloud provider/, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('writing-input')).toHaveValue(`${RESUME}\n`);
});

test('popup closed mid-stream and reopened shows the finished result', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configure(serviceWorker, cloudSettings());
  server.setOptions({ chunkDelayMs: 60 });
  const page = await openWriting(context, extensionId);
  await pasteAndSend(page);
  await expect(page.getByTestId('writing-output')).toContainText('Polished');
  await expect(page.getByTestId('writing-status')).toContainText('Writing');
  await page.close();
  const again = await openWriting(context, extensionId);
  await expect(again.getByTestId('writing-input')).toHaveValue(RESUME);
  await expect(again.getByTestId('writing-status')).toContainText('Done', { timeout: 30_000 });
  await expect(again.getByTestId('writing-output')).toContainText(NAME);
  await expect(again.getByTestId('writing-output')).toContainText('Authored the onboarding guide');
  // And once more after it finished: loaded from the encrypted draft.
  await again.close();
  const third = await openWriting(context, extensionId);
  await expect(third.getByTestId('writing-status')).toContainText('Done');
  await expect(third.getByTestId('writing-output')).toContainText(EMAIL);
  assertNothingLeaked();
});

test('routes: cloud unavailable when not allowed; blind-ready check runs on the device', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configure(serviceWorker, { ...cloudSettings(), cloudAllowed: false });
  const page = await openWriting(context, extensionId);
  await expect(page.getByTestId('route-cloud')).toContainText('unavailable');
  await expect(page.getByTestId('writing-send')).toBeDisabled();
  await page.getByTestId('writing-task').selectOption('blind-check');
  await page
    .getByTestId('writing-input')
    .fill(`${RESUME}\nDate of birth: 04/05/1990\nMarital status: married\nPhoto attached`);
  const issues = page.getByTestId('blind-check-issues');
  await expect(issues.locator('[data-kind="date-of-birth"]')).toHaveCount(1);
  await expect(issues.locator('[data-kind="marital-status"]')).not.toHaveCount(0);
  await expect(issues.locator('[data-kind="photo"]')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByTestId('blind-download-txt').click();
  const file = await download;
  const body = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(body).toString('utf8');
  expect(text).not.toContain('1990');
  expect(text).not.toContain('married');
  expect(server.requests).toHaveLength(0);
});

test('in-browser model: the model pass adds masks and a whole document stays on the device', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // The documented test switch selects the deterministic scripted engine (docs/LOCAL-MODEL.md).
  await serviceWorker.evaluate(async () => {
    await chrome.storage.local.set({ 'bh:test:scriptedEngine': {} });
  });
  await configure(serviceWorker, cloudSettings());
  const page = await openWriting(context, extensionId);
  await expect(page.getByTestId('route-local-model')).toContainText('available');
  await page.getByTestId('writing-input').fill(`${RESUME}\n- Volunteer: church youth leader since 2019.`);
  // The scripted model finds the proxy phrase the rules do not mask.
  await expect(page.getByTestId('writing-model-pass')).toContainText('Model pass done', { timeout: 20_000 });
  await expect(page.getByTestId('writing-preview')).not.toContainText('church youth leader');
  await page.getByTestId('writing-send').click();
  await expect(page.getByTestId('writing-status')).toContainText('Done', { timeout: 20_000 });
  await expect(page.getByTestId('writing-route-used')).toContainText('In-browser model');
  expect(server.requests).toHaveLength(0);
});

test('import PDF and DOCX in the popup; mask a selection, unmask an item; the side panel takes a page selection', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const { Document, Packer, Paragraph } = await import('docx');
  await configure(serviceWorker, cloudSettings());
  const page = await openWriting(context, extensionId);
  // A real PDF, read by pdf.js with its worker inside the extension page.
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText(`${NAME} - ${EMAIL}`, { x: 40, y: 700, size: 12, font });
  await page.getByTestId('writing-import').setInputFiles({
    name: 'resume.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(await pdf.save()),
  });
  await expect(page.getByTestId('writing-input')).toHaveValue(new RegExp(EMAIL.replace(/\./g, '\\.')));
  // A real DOCX, read by mammoth.
  const docx = new Document({
    sections: [{ children: [new Paragraph(NAME), new Paragraph('Project Bluefinch lead')] }],
  });
  await page.getByTestId('writing-import').setInputFiles({
    name: 'resume.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await Packer.toBuffer(docx),
  });
  await expect(page.getByTestId('writing-input')).toHaveValue(`${NAME}\n\nProject Bluefinch lead`);
  // Mask more: select a word in the preview.
  await page.getByTestId('writing-input').fill(`${RESUME}\nProject Bluefinch lead`);
  const preview = page.getByTestId('writing-preview');
  await expect(preview).toContainText('Bluefinch');
  await preview.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf('Bluefinch') ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 'Bluefinch'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
  });
  await page.getByTestId('writing-mask-selection').click();
  await expect(preview).not.toContainText('Bluefinch');
  // Unmask the e-mail on purpose: it is sent as written, nothing else is.
  const emailItem = preview.locator('[data-testid="masked-item"][data-label="EMAIL"]');
  await emailItem.getByTestId('unmask-item').click();
  await expect(preview).toContainText(EMAIL);
  await page.getByTestId('writing-send').click();
  await expect(page.getByTestId('writing-status')).toContainText('Done', { timeout: 20_000 });
  const body = server.requests.find((r) => r.method === 'POST')!.body;
  expect(body).toContain(EMAIL);
  expect(body).not.toContain('Bluefinch');
  expect(body).not.toContain('415 555');
  expect(body).not.toMatch(/Kowalczyk\b(?!@)/);
  // The side panel picks up a selection sent from a page ("Polish with BlindHire").
  await serviceWorker.evaluate(async () => {
    await chrome.storage.session.set({
      'bh:writing:pending': { text: 'Selected bullet from a page', at: Date.now() },
    });
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('writing-input')).toHaveValue('Selected bullet from a page');
});

test('options: provider preset, base URL, model and key set in the UI; test connection; key never shown in full', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const provider = options.getByTestId('provider-settings');
  await expect(provider).toBeVisible();
  await provider.getByTestId('provider-preset').selectOption('compatible');
  await expect(provider.getByTestId('provider-base-url')).toHaveValue('http://localhost:11434/v1');
  await provider.getByTestId('provider-base-url').fill(server.baseUrl);
  await provider.getByTestId('provider-model').fill('test-model');
  await provider.getByTestId('provider-model').blur();
  await provider.getByTestId('provider-api-key').fill('sk-test-key');
  await provider.getByTestId('provider-api-key-save').click();
  await expect(provider).toContainText('sk-…-key (11 characters)');
  await provider.getByTestId('provider-test').click();
  await expect(provider.getByTestId('provider-test-result')).toHaveText(
    'Connected; model "test-model" found.',
  );
  expect(await options.content()).not.toContain('sk-test-key');
  expect(server.requests.map((r) => `${r.method} ${r.url}`)).toContain('GET /v1/models');
  // The popup uses what was saved.
  const page = await openWriting(context, extensionId);
  await pasteAndSend(page);
  await expect(page.getByTestId('writing-status')).toContainText('Done', { timeout: 20_000 });
  await expect(page.getByTestId('writing-output')).toContainText(NAME);
  // "What was sent" and history with delete.
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByTestId('receipt-row').first().getByRole('button').click();
  await expect(page.getByTestId('receipt-text')).toContainText('[EMAIL_1]');
  await expect(page.getByTestId('receipt-text')).not.toContainText(EMAIL);
  await expect(page.getByTestId('draft-row')).toHaveCount(1);
  await page.getByTestId('draft-delete').click();
  await expect(page.getByTestId('draft-row')).toHaveCount(0);
  assertNothingLeaked();
});

test('the reply: identifiers the model invents are highlighted, dropped placeholders flagged', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configure(serviceWorker, cloudSettings());
  server.setOptions({
    reply: (t) => `${polish(t).replace(' | [PHONE_1]', '')}\nReferences: jamie.invented@example.net`,
  });
  try {
    const page = await openWriting(context, extensionId);
    await pasteAndSend(page);
    await expect(page.getByTestId('writing-status')).toContainText('Done', { timeout: 20_000 });
    await expect(page.getByTestId('invented-identifier')).toHaveText('jamie.invented@example.net');
    await expect(page.getByTestId('writing-flags')).toContainText('dropped [PHONE_1]');
    await expect(page.getByTestId('writing-output')).toContainText(EMAIL);
  } finally {
    server.setOptions({ reply: polish });
  }
});

test('service worker stopped mid-stream: the page says so and keeps the input and the part received', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configure(serviceWorker, cloudSettings());
  server.setOptions({ chunkDelayMs: 150 });
  const page = await openWriting(context, extensionId);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await pasteAndSend(page);
  // Wait until the reply so far has been saved (every second while streaming).
  await expect(page.getByTestId('writing-output')).toContainText('Maria Kowalczyk');
  await page.waitForTimeout(1500);
  const partial = await page.getByTestId('writing-output').textContent();
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped'))
        resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await expect(page.getByTestId('writing-error')).toContainText('interrupted', { timeout: 20_000 });
  await expect(page.getByTestId('writing-input')).toHaveValue(RESUME);
  expect((await page.getByTestId('writing-output').textContent())?.length).toBeGreaterThanOrEqual(
    partial!.length,
  );
  // Reopened: the draft says what happened and keeps what was saved of the reply.
  await page.close();
  const again = await openWriting(context, extensionId);
  await expect(again.getByTestId('writing-input')).toHaveValue(RESUME);
  await expect(again.getByTestId('writing-error')).toContainText('interrupted');
  await expect(again.getByTestId('writing-output')).toContainText('Maria Kowalczyk');
  assertNothingLeaked();
});

test('cancel mid-stream keeps the text received and the input', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configure(serviceWorker, cloudSettings());
  server.setOptions({ chunkDelayMs: 120 });
  const page = await openWriting(context, extensionId);
  await pasteAndSend(page);
  await expect(page.getByTestId('writing-output')).toContainText('Polished');
  await page.getByTestId('writing-cancel').click();
  await expect(page.getByTestId('writing-status')).toContainText('Cancelled');
  await expect(page.getByTestId('writing-error')).toContainText('text received so far is kept');
  await expect(page.getByTestId('writing-output')).toContainText('Polished');
  await expect(page.getByTestId('writing-input')).toHaveValue(RESUME);
  await expect(page.getByTestId('writing-send')).toBeEnabled();
});
