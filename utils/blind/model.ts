import type { Span } from '../detect/types';
import { LocalModelClient } from '../llm/client';
import { createLlmRecognizer } from '../llm/recognizer';
import { getModelPassInfo } from '../llm/status';
import type { ModelDetector } from './passes';

/** Texts shorter than this are labels and buttons: the model pass skips them. */
const MIN_TEXT = 24;
/** Most characters of page text sent to the local model in one pass. */
const MAX_CHARS = 12_000;

/**
 * Packs page texts into one document for the model (longest first, up to MAX_CHARS) and spreads
 * the spans it finds back over the texts. Exported for tests.
 */
export function packTexts(texts: readonly string[]): { doc: string; starts: Map<number, number> } {
  const order = texts
    .map((text, i) => ({ text, i }))
    .filter((t) => t.text.trim().length >= MIN_TEXT)
    .sort((a, b) => b.text.length - a.text.length);
  const starts = new Map<number, number>();
  let doc = '';
  for (const { text, i } of order) {
    if (doc.length + text.length + 1 > MAX_CHARS) continue;
    starts.set(i, doc.length);
    doc += `${text}\n`;
  }
  return { doc, starts };
}

/** Splits spans of the packed document back to the texts (spans crossing a text end are clipped). */
export function unpackSpans(
  texts: readonly string[],
  starts: Map<number, number>,
  spans: readonly Span[],
): Span[][] {
  return texts.map((text, i) => {
    const start = starts.get(i);
    if (start === undefined) return [];
    return spans
      .filter((s) => s.end > start && s.start < start + text.length)
      .map((s) => ({ ...s, start: Math.max(0, s.start - start), end: Math.min(text.length, s.end - start) }));
  });
}

/**
 * The local-model detector for the page, when the model pass can run (model allowed, WebGPU,
 * model downloaded: utils/llm/status). It talks to the engine host in the extension through
 * utils/llm/client; page text never leaves the device.
 */
export async function createModelDetector(): Promise<ModelDetector | undefined> {
  const info = await getModelPassInfo();
  if (info.status !== 'ready') return undefined;
  const recognizer = createLlmRecognizer(new LocalModelClient());
  return async (texts, signal) => {
    const { doc, starts } = packTexts(texts);
    if (!doc) return texts.map(() => []);
    const spans = await recognizer.analyze(doc, {}, signal);
    return unpackSpans(texts, starts, spans);
  };
}
