import type { ExportFormat } from '@/utils/writing/io/export';

/**
 * Saves a text as a file through a temporary link (no downloads permission needed). The exporter
 * (docx, about 210 KB) is fetched on the first download, not with the writing-help panel.
 */
export async function downloadText(text: string, format: ExportFormat, base: string): Promise<void> {
  const { exportName, exportText } = await import('@/utils/writing/io/export');
  const blob = await exportText(text, format);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = exportName(base, format);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
