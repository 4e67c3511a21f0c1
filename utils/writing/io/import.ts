import mammoth from 'mammoth';
import { MAX_RESUME_FILE_BYTES } from '../../files';

/**
 * Importers: PDF (pdf.js), DOCX (mammoth), TXT and Markdown. They return plain text and never log
 * it. pdf.js is passed in so extension pages load it lazily (with its worker as a bundled asset)
 * and Node tests can use its legacy build.
 */

export class ImportError extends Error {
  override name = 'ImportError';
}

/** The part of pdf.js the importer uses. */
export interface PdfLib {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: Array<{ str?: string; hasEOL?: boolean } | object> }>;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** Largest file accepted (a resume is far smaller); blind mode's attachment viewer reads up to the same. */
export const MAX_IMPORT_BYTES = MAX_RESUME_FILE_BYTES;

/**
 * Text of a PDF, page by page, keeping line breaks where pdf.js marks them.
 * @example await pdfToText(bytes, await import('pdfjs-dist'))
 */
export async function pdfToText(data: Uint8Array, lib: PdfLib): Promise<string> {
  let doc: Awaited<ReturnType<PdfLib['getDocument']>['promise']>;
  try {
    // isEvalSupported false: no eval in an extension page (CSP) and none needed for text.
    // verbosity 0: errors only (font warnings do not matter for text and would reach the console).
    doc = await lib.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
      .promise;
  } catch {
    throw new ImportError('This PDF could not be read (damaged or password-protected).');
  }
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let page = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        page += item.str ?? '';
        if (item.hasEOL) page += '\n';
      }
      pages.push(page.replace(/[ \t]+\n/g, '\n').trim());
    }
  } finally {
    await doc.destroy();
  }
  const text = pages.join('\n\n').trim();
  if (!text) throw new ImportError('This PDF has no text layer (a scanned image?). Paste the text instead.');
  return text;
}

/** Text of a DOCX file (paragraphs separated by blank lines, as mammoth writes them). */
export async function docxToText(data: ArrayBuffer): Promise<string> {
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`: give both.
    const result = await mammoth.extractRawText({ arrayBuffer: data, buffer: data } as unknown as {
      arrayBuffer: ArrayBuffer;
    });
    return result.value.replace(/\n{3,}/g, '\n\n').trim();
  } catch {
    throw new ImportError('This Word file could not be read. Save it as .docx and try again.');
  }
}

export type ImportKind = 'pdf' | 'docx' | 'text';

/** Which importer a file needs, from its name and type. */
export function importKind(name: string, type = ''): ImportKind | undefined {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'pdf' || type === 'application/pdf') return 'pdf';
  if (ext === 'docx' || type.includes('wordprocessingml')) return 'docx';
  if (['txt', 'md', 'markdown', 'text'].includes(ext) || type.startsWith('text/')) return 'text';
  return undefined;
}

/**
 * Imports a file's text.
 * @example await importBytes('resume.pdf', 'application/pdf', bytes, loadPdf)
 */
export async function importBytes(
  name: string,
  type: string,
  bytes: ArrayBuffer,
  loadPdf: () => Promise<PdfLib>,
): Promise<string> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError('This file is larger than 20 MB.');
  const kind = importKind(name, type);
  if (kind === 'pdf') return pdfToText(new Uint8Array(bytes), await loadPdf());
  if (kind === 'docx') return docxToText(bytes);
  if (kind === 'text') return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  throw new ImportError('Unsupported file type: use PDF, DOCX, TXT or Markdown.');
}
