import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** Exporters: TXT, Markdown and DOCX (docx package). */

export type ExportFormat = 'txt' | 'md' | 'docx';

const MIME: Record<ExportFormat, string> = {
  txt: 'text/plain;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Markdown paragraphs as DOCX paragraphs: "# " headings, "- "/"* " bullets, **bold** runs. */
function toParagraphs(text: string): Paragraph[] {
  return text.split(/\r?\n/).map((line) => {
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][
        heading[1]!.length - 1
      ];
      return new Paragraph({ heading: level, children: [new TextRun(heading[2] ?? '')] });
    }
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const body = bullet ? (bullet[1] ?? '') : line;
    const runs = body
      .split(/(\*\*[^*]+\*\*)/)
      .filter(Boolean)
      .map((part) =>
        part.startsWith('**') && part.endsWith('**') && part.length > 4
          ? new TextRun({ text: part.slice(2, -2), bold: true })
          : new TextRun(part),
      );
    return new Paragraph({ children: runs, ...(bullet ? { bullet: { level: 0 } } : {}) });
  });
}

/**
 * The file for a text in a format.
 * @example const blob = await exportText('Hello', 'docx'); // a .docx Blob
 */
export async function exportText(text: string, format: ExportFormat): Promise<Blob> {
  if (format === 'docx') {
    const doc = new Document({ sections: [{ children: toParagraphs(text) }] });
    return Packer.toBlob(doc);
  }
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return new Blob([body], { type: MIME[format] });
}

/** A file name for a download. */
export function exportName(base: string, format: ExportFormat): string {
  const safe = base.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'blindhire';
  return `${safe}.${format}`;
}
