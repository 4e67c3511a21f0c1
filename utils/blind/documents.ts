/**
 * Résumé attachments shown as PDFs inside a page (an ATS's resume preview in an `<iframe>`, an
 * `<embed>` or an `<object>`): the browser's PDF viewer runs no content script, so blind mode cannot
 * mask it in place. The masker points such a frame at BlindHire's own viewer page instead
 * (entrypoints/blind-pdf), and this module hands the viewer the file's bytes: read here, in the
 * page's origin and with its cookies (an extension page would need a host permission for every
 * ATS), and posted to the viewer's window only. The viewer masks the text and shows nothing else.
 */

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
  for (const name of FILE_PARAMS) {
    const inner = url.searchParams.get(name);
    if (!inner) continue;
    try {
      const file = new URL(inner, url);
      if ((file.protocol === 'https:' || file.protocol === 'http:') && PDF_PATH.test(file.pathname))
        return file.href;
    } catch {}
  }
  return null;
}

/**
 * The absolute URL of the PDF a link opens, or null: an address whose path ends in ".pdf", or a
 * link marked as one (`type="application/pdf"`, or a `download` name ending in ".pdf").
 * @example pdfLink(a, '/files/cv.pdf', 'https://ats.example/') // 'https://ats.example/files/cv.pdf'
 */
export function pdfLink(link: Element, href: string | null, base: string): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const marked =
    link.getAttribute('type')?.trim().toLowerCase() === 'application/pdf' ||
    PDF_PATH.test(link.getAttribute('download') ?? '');
  return marked || PDF_PATH.test(url.pathname) ? url.href : null;
}

/** Largest attachment read (larger ones stay hidden, with the reason). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

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
  const head = new Uint8Array(bytes, 0, Math.min(1024, bytes.byteLength));
  if (!String.fromCharCode(...head).includes('%PDF-')) return 'the file is not a PDF';
  return bytes;
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
