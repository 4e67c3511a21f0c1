import { maskedPieces } from '@/utils/blind/document-view';
import { documentKind, isDocumentMessage } from '@/utils/blind/documents';
import { createPageEngine } from '@/utils/blind/engine';
import { aliasKey } from '@/utils/blind/key';
import { loadPageSettings } from '@/utils/settings/page';
import { docxToText, ImportError, pdfToText } from '@/utils/writing/io/import';
import { loadPdfInPage } from '@/utils/writing/io/pdf-browser';

/**
 * BlindHire's viewer for résumé attachments (PDF or Word previews) on recruiting pages in blind mode.
 * The blind-mode content script points the page's document frame here and posts the file's bytes and the
 * candidate's names (utils/blind/documents.ts); this page shows the text with every identifier
 * masked, or says why it cannot, and never shows the original.
 */
const status = document.getElementById('status')!;
const root = document.getElementById('doc')!;
let started = false;

function fail(reason: string): void {
  status.textContent = 'Résumé hidden';
  root.replaceChildren();
  const box = document.createElement('p');
  box.className = 'failed';
  box.textContent = `BlindHire could not mask this résumé, so it stays hidden: ${reason}. Reveal the candidate from the page's BlindHire panel to see the original (the reveal is recorded).`;
  root.append(box);
  document.documentElement.dataset.bhDocument = 'failed';
}

async function show(bytes: ArrayBuffer, names: string[]): Promise<void> {
  const settings = await loadPageSettings();
  const key = await aliasKey(settings.values.orgKey);
  const engine = createPageEngine(settings.values, key);
  const text =
    documentKind(bytes) === 'docx'
      ? await docxToText(bytes)
      : await pdfToText(new Uint8Array(bytes), await loadPdfInPage());
  const pages = text.split(/\n\n+/);
  const nodes = pages.map((page) => {
    const block = document.createElement('div');
    block.className = 'page';
    for (const piece of maskedPieces(page, names, engine, settings.values)) {
      if (!piece.label) {
        block.append(piece.text);
        continue;
      }
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.title = `Hidden by BlindHire: ${piece.label.toLowerCase()}`;
      chip.textContent = piece.text;
      block.append(chip);
    }
    return block;
  });
  root.replaceChildren(...nodes);
  status.textContent = 'Identifiers hidden';
  document.documentElement.dataset.bhDocument = 'masked';
}

window.addEventListener('message', (event) => {
  if (started || !isDocumentMessage(event.data)) return;
  started = true;
  const message = event.data;
  if (message.error !== undefined || !message.bytes) {
    fail(message.error ?? 'the file could not be read');
    return;
  }
  show(message.bytes, message.names).catch((error: unknown) =>
    fail(
      error instanceof ImportError
        ? /no text layer/.test(error.message)
          ? 'it has no text layer (a scanned image?)'
          : error.message.replace(/\.$/, '')
        : 'the file could not be read as a PDF',
    ),
  );
});
