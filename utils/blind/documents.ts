/**
 * Résumé attachments shown inside a page: a PDF in an `<iframe>`, an `<embed>` or an `<object>` (an
 * ATS's resume preview), or a Word file in an office viewer's frame (Microsoft's or Google's). The
 * browser's PDF viewer runs no content script, and the office viewers are other sites, so blind mode
 * cannot mask them in place. The masker points such a frame at BlindHire's own viewer page instead
 * (entrypoints/blind-pdf), and this module hands the viewer the file's bytes: read here, in the
 * page's origin and with its cookies (an extension page would need a host permission for every
 * ATS), and posted to the viewer's window only. The viewer masks the text and shows nothing else.
 */

import { MAX_RESUME_FILE_BYTES } from '../files';

/** The message the viewer page waits for. */
export interface DocumentMessage {
  type: 'blindhire:document';
  /** The PDF's bytes, or why they could not be read (then the viewer keeps the résumé hidden). */
  bytes?: ArrayBuffer;
  error?: string;
  /** The candidate's names the page states, so the viewer masks every variant of them too. */
  names: string[];
}

/** Query parameters through which PDF viewers name the file they show ("viewer.html?file=…"). */
const FILE_PARAMS = ['file', 'src', 'url', 'document_url', 'doc', 'pdf'];
const PDF_PATH = /\.pdf$/i;
/** A résumé file's path: a PDF or a Word file. */
const FILE_PATH = /\.(?:pdf|docx)$/i;
/** The same file name anywhere in an address (a quick test before the address is parsed). */
const FILE_NAME = /\.(?:pdf|docx)/i;
/** Office viewers that show a Word or PDF file named in their query ("view.officeapps.live.com/op/embed.aspx?src=…"). */
const OFFICE_VIEWERS = /^(?:view\.officeapps\.live\.com|docs\.google\.com|drive\.google\.com)$/;

/** The attribute that holds a frame's, embed's or object's URL. */
export function documentAttr(el: Element): 'src' | 'data' | null {
  const tag = el.localName;
  return tag === 'iframe' || tag === 'embed' ? 'src' : tag === 'object' ? 'data' : null;
}

/**
 * The absolute URL of the PDF an `<iframe>`, `<embed>` or `<object>` shows, or null when it shows
 * something else: a path ending in ".pdf", a `type` of application/pdf, or a PDF viewer's page
 * whose `file`, `src`, `url` or `document_url` parameter names a ".pdf" (then that file's URL).
 * @example pdfSource(iframe, '/files/cv.pdf', 'https://ats.example/') // 'https://ats.example/files/cv.pdf'
 */
export function pdfSource(el: Element, value: string | null, base: string): string | null {
  if (!value || !documentAttr(el)) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'blob:') return null;
  const type = el.getAttribute('type')?.trim().toLowerCase();
  if (type === 'application/pdf' || PDF_PATH.test(url.pathname)) return url.href;
  // An office viewer shows Word files too; another page of this site names a PDF.
  const path = OFFICE_VIEWERS.test(url.hostname) ? FILE_PATH : PDF_PATH;
  for (const name of FILE_PARAMS) {
    const inner = url.searchParams.get(name);
    if (!inner) continue;
    try {
      const file = new URL(inner, url);
      if ((file.protocol === 'https:' || file.protocol === 'http:') && path.test(file.pathname))
        return file.href;
    } catch {}
  }
  return null;
}

/**
 * The absolute URL of the résumé file a link opens, or null: an address whose path ends in ".pdf"
 * or ".docx", or a link marked as one (`type="application/pdf"`, or a `download` name ending so).
 * @example pdfLink(a, '/files/cv.pdf', 'https://ats.example/') // 'https://ats.example/files/cv.pdf'
 */
export function pdfLink(link: Element, href: string | null, base: string): string | null {
  if (!href) return null;
  // Asked of every link the masker reads: most have no file name in their address and no marks, and
  // are answered without parsing the address.
  const type = link.getAttribute('type');
  const download = link.getAttribute('download');
  if (!type && !download && !FILE_NAME.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const marked = type?.trim().toLowerCase() === 'application/pdf' || FILE_PATH.test(download ?? '');
  return marked || FILE_PATH.test(url.pathname) ? url.href : null;
}

/** Largest attachment read (larger ones stay hidden, with the reason); the writing help's import limit too. */
export const MAX_DOCUMENT_BYTES = MAX_RESUME_FILE_BYTES;

/**
 * Reads a PDF in the page's origin, with its cookies. Resolves with the bytes, or with the reason
 * they could not be read (another site's file without CORS, an error status, not a PDF, too large).
 */
export async function readDocument(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<ArrayBuffer | string> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'include' });
  } catch {
    return 'the file could not be read from this page (it may be served by another site)';
  }
  if (!response.ok) return `the file could not be read (HTTP ${response.status})`;
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_DOCUMENT_BYTES) return 'the file is larger than 20 MB';
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return 'the file is larger than 20 MB';
  return documentKind(bytes) ? bytes : 'the file is neither a PDF nor a Word document';
}

/** What the bytes are: a PDF ("%PDF-" near the start), a Word file (a ZIP with word/ parts), or neither. */
export function documentKind(bytes: ArrayBuffer): 'pdf' | 'docx' | null {
  const head = new Uint8Array(bytes, 0, Math.min(64 * 1024, bytes.byteLength));
  let text = '';
  for (let i = 0; i < head.length; i += 8192) text += String.fromCharCode(...head.subarray(i, i + 8192));
  if (text.slice(0, 1024).includes('%PDF-')) return 'pdf';
  return text.startsWith('PK\u0003\u0004') && text.includes('word/') ? 'docx' : null;
}

/** True for a message shaped like {@link DocumentMessage} (the viewer checks what it receives). */
export function isDocumentMessage(data: unknown): data is DocumentMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Partial<DocumentMessage>;
  return (
    m.type === 'blindhire:document' &&
    Array.isArray(m.names) &&
    m.names.every((n) => typeof n === 'string') &&
    (m.bytes instanceof ArrayBuffer || typeof m.error === 'string')
  );
}
