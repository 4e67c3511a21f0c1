import { Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportName, exportText } from '../io/export';
import { docxToText, ImportError, importBytes, importKind, type PdfLib, pdfToText } from '../io/import';

// Invented person.
const LINES = ['Jordan Okafor-Lindqvist', 'jordan.ol@example.org', 'Senior data engineer, 2016-2024'];

const loadPdf = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfLib;

async function makePdf(lines: string[], pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(`${line}${p ? ` p${p + 1}` : ''}`, { x: 50, y: 780 - i * 20, size: 12, font });
    });
  }
  return doc.save();
}

async function makeDocx(lines: string[]): Promise<ArrayBuffer> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  const buffer = await Packer.toBuffer(doc);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

describe('importers', () => {
  it('reads the text of a real PDF, every page', async () => {
    const text = await pdfToText(await makePdf(LINES, 2), await loadPdf());
    for (const line of LINES) expect(text).toContain(line);
    expect(text).toContain('p2');
  });

  it('says so when a PDF is damaged', async () => {
    await expect(pdfToText(new TextEncoder().encode('%PDF-1.7 not really'), await loadPdf())).rejects.toThrow(
      ImportError,
    );
  });

  it('says so when a PDF has no text layer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await expect(pdfToText(await doc.save(), await loadPdf())).rejects.toThrow(/no text layer/);
  });

  it('reads the text of a real DOCX', async () => {
    const text = await docxToText(await makeDocx(LINES));
    expect(text.split(/\n+/)).toEqual(LINES);
  });

  it('rejects a file that is not a DOCX', async () => {
    await expect(docxToText(new TextEncoder().encode('plain').buffer as ArrayBuffer)).rejects.toThrow(
      ImportError,
    );
  });

  it.each([
    ['resume.pdf', '', 'pdf'],
    ['CV.DOCX', '', 'docx'],
    ['notes.md', '', 'text'],
    ['x', 'text/plain', 'text'],
    ['photo.png', 'image/png', undefined],
  ])('importKind(%s, %s) = %s', (name, type, kind) => {
    expect(importKind(name, type)).toBe(kind);
  });

  it('imports TXT and Markdown as UTF-8 without a BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFF# Zoë Ångström\n- Built things').buffer as ArrayBuffer;
    expect(await importBytes('cv.md', 'text/markdown', bytes, loadPdf)).toBe(
      '# Zoë Ångström\n- Built things',
    );
  });

  it('refuses unsupported and oversized files', async () => {
    await expect(importBytes('a.png', 'image/png', new ArrayBuffer(4), loadPdf)).rejects.toThrow(
      /Unsupported/,
    );
    await expect(
      importBytes('a.txt', 'text/plain', new ArrayBuffer(21 * 1024 * 1024), loadPdf),
    ).rejects.toThrow(/20 MB/);
  });
});

describe('exporters', () => {
  it('writes TXT and Markdown as they are', async () => {
    expect(await (await exportText('Hello', 'txt')).text()).toBe('Hello\n');
    const md = await exportText('# Title\n- point', 'md');
    expect(md.type).toContain('text/markdown');
    expect(await md.text()).toBe('# Title\n- point\n');
  });

  it('writes a DOCX that reads back', async () => {
    const blob = await exportText('# Summary\n- Led **five** teams\nPlain line', 'docx');
    const text = await docxToText(await blob.arrayBuffer());
    expect(text).toContain('Summary');
    expect(text).toContain('Led five teams');
    expect(text).toContain('Plain line');
  });

  it('makes safe file names', () => {
    expect(exportName('my resume / v2', 'docx')).toBe('my-resume-v2.docx');
    expect(exportName('///', 'txt')).toBe('blindhire.txt');
  });
});
