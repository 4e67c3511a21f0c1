import type { PdfLib } from './import';

/**
 * Loads pdf.js in an extension page, lazily, with its worker bundled as a same-origin asset (the
 * extension CSP allows 'self' workers; nothing is fetched from a CDN).
 */
export async function loadPdfInPage(): Promise<PdfLib> {
  const [lib, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  lib.GlobalWorkerOptions.workerSrc = worker.default;
  return lib as unknown as PdfLib;
}
