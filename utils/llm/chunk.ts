/** Splits long text into overlapping chunks that end on whitespace, so the model sees whole words. */
export interface Chunk {
  /** Offset of the chunk in the full text. */
  start: number;
  text: string;
}

/**
 * @example chunkText('a b c', 3, 1) // [{start:0,text:'a b'}, {start:2,text:'b c'}]
 */
export function chunkText(text: string, size = 1500, overlap = 200): Chunk[] {
  if (size <= overlap) throw new RangeError('chunk size must exceed the overlap');
  if (text.length <= size) return text.trim() ? [{ start: 0, text }] : [];
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = Math.max(text.lastIndexOf('\n', end), text.lastIndexOf(' ', end));
      if (cut > start + size / 2) end = cut;
    }
    chunks.push({ start, text: text.slice(start, end) });
    if (end >= text.length) break;
    let next = end - overlap;
    const ws = text.indexOf(' ', next);
    if (ws > next && ws < end) next = ws + 1;
    start = Math.max(next, start + 1);
  }
  return chunks;
}
