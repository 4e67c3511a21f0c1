import { type ExportFormat, exportName, exportText } from '@/utils/writing/io/export';

/** Saves a text as a file through a temporary link (no downloads permission needed). */
export async function downloadText(text: string, format: ExportFormat, base: string): Promise<void> {
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
