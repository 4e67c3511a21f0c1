// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { READY_ATTR } from '../constants';
import { documentKind, isDocumentMessage, pdfLink, pdfSource, readDocument } from '../documents';
import { NEUTRAL_HREF } from '../links';
import { PageMasker } from '../masker';
import { flush, scriptedEngine, stopMaskersAfterEach, testAdapter } from './helpers';

stopMaskersAfterEach();

const BASE = 'https://ats.example/people/4/';

function element(html: string): Element {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.firstElementChild!;
}

describe('pdfSource', () => {
  it.each([
    ['<iframe src="/files/cv.pdf"></iframe>', 'https://ats.example/files/cv.pdf'],
    ['<iframe src="CV-final.PDF?sig=1"></iframe>', 'https://ats.example/people/4/CV-final.PDF?sig=1'],
    [
      '<embed type="application/pdf" src="/attachments/88/download">',
      'https://ats.example/attachments/88/download',
    ],
    ['<object data="/resume.pdf" type="application/pdf"></object>', 'https://ats.example/resume.pdf'],
    // A PDF viewer's page: the file it names.
    [
      '<iframe src="/pdfjs/web/viewer.html?file=%2Fdocs%2Fcv.pdf"></iframe>',
      'https://ats.example/docs/cv.pdf',
    ],
    [
      '<iframe src="https://viewer.example/v?document_url=https%3A%2F%2Fs3.example%2Fcv.pdf%3Fsig%3D2"></iframe>',
      'https://s3.example/cv.pdf?sig=2',
    ],
    // A Word file in Microsoft's or Google's viewer.
    [
      '<iframe src="https://view.officeapps.live.com/op/embed.aspx?src=https%3A%2F%2Fats.example%2Ffiles%2Fcv.docx"></iframe>',
      'https://ats.example/files/cv.docx',
    ],
    [
      '<iframe src="https://docs.google.com/viewer?url=https%3A%2F%2Fats.example%2Fcv.docx&embedded=true"></iframe>',
      'https://ats.example/cv.docx',
    ],
  ])('%s', (html, expected) => {
    const el = element(html);
    const attr = el.localName === 'object' ? 'data' : 'src';
    expect(pdfSource(el, el.getAttribute(attr), BASE)).toBe(expected);
  });

  it.each([
    ['<iframe src="/people/4/notes.html"></iframe>'],
    ['<iframe src="javascript:void(0)"></iframe>'],
    ['<iframe src="data:application/pdf;base64,JVBERi0="></iframe>'],
    ['<img src="/files/cv.pdf">'],
    ['<iframe></iframe>'],
    // Another site's page that names a Word file is no office viewer.
    ['<iframe src="https://ats.example/preview?file=cv.docx"></iframe>'],
  ])('%s is no PDF frame', (html) => {
    const el = element(html);
    expect(pdfSource(el, el.getAttribute('src'), BASE)).toBeNull();
  });
});

describe('pdfLink', () => {
  it.each([
    ['<a href="/files/cv.pdf">CV</a>', 'https://ats.example/files/cv.pdf'],
    [
      '<a href="/attachments/9/download" download="cv-final.pdf">CV</a>',
      'https://ats.example/attachments/9/download',
    ],
    ['<a href="/attachments/9" type="application/pdf">CV</a>', 'https://ats.example/attachments/9'],
    ['<a href="/files/Resume_2024.DOCX">CV</a>', 'https://ats.example/files/Resume_2024.DOCX'],
  ])('%s', (html, expected) => {
    const a = element(html);
    expect(pdfLink(a, a.getAttribute('href'), BASE)).toBe(expected);
  });

  it.each([
    ['<a href="/people/4/notes">Notes</a>'],
    ['<a href="mailto:cv.pdf@x.example">x</a>'],
    ['<a>none</a>'],
  ])('%s is no PDF link', (html) => {
    const a = element(html);
    expect(pdfLink(a, a.getAttribute('href'), BASE)).toBeNull();
  });
});

describe('readDocument', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n%…\n').buffer;
  const reply =
    (body: BodyInit | null, init: ResponseInit = {}) =>
    async () =>
      new Response(body, init);

  it('reads a PDF with the page cookies and passes its bytes on', async () => {
    let credentials: RequestCredentials | undefined;
    const bytes = await readDocument('https://ats.example/cv.pdf', async (_url, init) => {
      credentials = init?.credentials;
      return new Response(pdf);
    });
    expect(credentials).toBe('include');
    expect(bytes).toBeInstanceOf(ArrayBuffer);
  });

  it.each([
    [
      'a network or CORS failure',
      async () => Promise.reject(new TypeError('Failed to fetch')),
      /another site/,
    ],
    ['an error status', reply('nope', { status: 403 }), /HTTP 403/],
    ['a page that is neither a PDF nor a Word file', reply('<html>login</html>'), /neither a PDF nor a Word/],
    ['a file over 20 MB', reply(pdf, { headers: { 'content-length': String(30 * 1024 * 1024) } }), /20 MB/],
  ])('says why for %s', async (_, fetcher, reason) => {
    const result = await readDocument('https://ats.example/cv.pdf', fetcher as typeof fetch);
    expect(result).toMatch(reason);
  });
});

describe('documentKind', () => {
  it('tells a PDF and a real Word file from anything else', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kafka')] }] }));
    const bytes = docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer;
    expect(documentKind(bytes)).toBe('docx');
    expect(documentKind(new TextEncoder().encode('%PDF-1.4\n').buffer)).toBe('pdf');
    expect(documentKind(new TextEncoder().encode('PK\u0003\u0004 a zip of photos').buffer)).toBeNull();
    expect(documentKind(new TextEncoder().encode('<html>').buffer)).toBeNull();
  });
});

describe('isDocumentMessage', () => {
  it('accepts bytes or an error with the names, nothing else', () => {
    expect(
      isDocumentMessage({ type: 'blindhire:document', bytes: new ArrayBuffer(4), names: ['Ada Quist'] }),
    ).toBe(true);
    expect(isDocumentMessage({ type: 'blindhire:document', error: 'no', names: [] })).toBe(true);
    expect(isDocumentMessage({ type: 'blindhire:document', names: [] })).toBe(false);
    expect(isDocumentMessage({ type: 'other', error: 'no', names: [] })).toBe(false);
    expect(isDocumentMessage({ type: 'blindhire:document', error: 'no', names: [3] })).toBe(false);
    expect(isDocumentMessage('blindhire:document')).toBe(false);
  });
});

describe('PDF attachments in blind mode', () => {
  const VIEWER = 'chrome-extension://abc/blind-pdf.html';
  let last: PageMasker | undefined;
  afterEach(() => last?.stop());
  function setUp(html: string) {
    document.documentElement.removeAttribute(READY_ATTR);
    document.head.innerHTML = '<title>Ada Quist | ATS</title>';
    document.body.innerHTML = html;
    const read: string[] = [];
    const masker = new PageMasker({
      doc: document,
      adapter: testAdapter,
      engine: scriptedEngine(),
      documentViewer: VIEWER,
      readDocument: async (url) => {
        read.push(url);
        return new ArrayBuffer(8);
      },
      onError: (e) => {
        throw e;
      },
    });
    last = masker;
    return { masker, read };
  }

  it('points a PDF frame at the viewer, reads the file for it, and shows the original only on reveal', () => {
    const { masker, read } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><iframe id="f" title="Resume" src="/files/ada-quist.pdf"></iframe>',
    );
    masker.start();
    const frame = document.getElementById('f')!;
    expect(frame.getAttribute('src')).toBe(VIEWER);
    expect(read).toEqual([new URL('/files/ada-quist.pdf', document.baseURI).href]);
    expect(masker.registry.list().some((e) => e.label === 'DOCUMENT')).toBe(true);
    masker.reveal();
    expect(frame.getAttribute('src')).toBe('/files/ada-quist.pdf');
    masker.reblind();
    expect(frame.getAttribute('src')).toBe(VIEWER);
  });

  it('hides a PDF embed and frames the viewer after it; reveal swaps them back', () => {
    const { masker } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><embed id="e" type="application/pdf" src="/files/cv" width="600" height="400">',
    );
    masker.start();
    const embed = document.getElementById('e')!;
    const viewer = embed.nextElementSibling as HTMLIFrameElement;
    expect(embed.getAttribute('style')).toContain('display:none');
    expect(viewer.localName).toBe('iframe');
    expect(viewer.getAttribute('src')).toBe(VIEWER);
    expect(viewer.hidden).toBe(false);
    expect(viewer.getAttribute('width')).toBe('600');
    masker.reveal();
    expect(embed.getAttribute('style')).toBeNull();
    expect(viewer.hidden).toBe(true);
    masker.reblind();
    expect(viewer.hidden).toBe(false);
  });

  it('masks a PDF frame that arrives later or that the page points at another file', async () => {
    const { masker, read } = setUp('<h1 data-name="Ada Quist">Ada Quist</h1><div id="box"></div>');
    masker.start();
    document.getElementById('box')!.innerHTML = '<iframe id="f" src="/files/one.pdf"></iframe>';
    await flush();
    const frame = document.getElementById('f')!;
    expect(frame.getAttribute('src')).toBe(VIEWER);
    frame.setAttribute('src', '/files/two.pdf');
    await flush();
    expect(frame.getAttribute('src')).toBe(VIEWER);
    expect(read.map((u) => new URL(u).pathname)).toEqual(['/files/one.pdf', '/files/two.pdf']);
  });

  it('sends a link to a PDF nowhere and opens the file in the viewer, in a dialog, on a click', () => {
    const { masker, read } = setUp(
      '<h1 data-name="Ada Quist">Ada Quist</h1><a id="cv" href="/files/resume.pdf">View resume</a>',
    );
    masker.start();
    const link = document.getElementById('cv')!;
    expect(link.getAttribute('href')).toBe(NEUTRAL_HREF);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    const dialog = document.querySelector('[data-bh-document-dialog]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.querySelector('iframe')!.getAttribute('src')).toBe(VIEWER);
    expect(read).toEqual([new URL('/files/resume.pdf', document.baseURI).href]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('[data-bh-document-dialog]')).toBeNull();
    // Revealed, the link has its address back and a click is the page's again.
    masker.reveal();
    expect(link.getAttribute('href')).toBe('/files/resume.pdf');
    const again = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
    expect(document.querySelector('[data-bh-document-dialog]')).toBeNull();
  });

  it('leaves frames that show no PDF alone', () => {
    const { masker, read } = setUp('<iframe id="f" src="/people/4/notes.html"></iframe>');
    masker.start();
    expect(document.getElementById('f')!.getAttribute('src')).toBe('/people/4/notes.html');
    expect(read).toEqual([]);
  });
});
