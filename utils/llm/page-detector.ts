/**
 * The model pass for blind mode: a ModelDetector (utils/blind/passes.ts) backed by the LLM
 * recognizer over the engine host. The page's text runs are joined into one document, analysed in
 * chunks, and the spans mapped back to their runs; it can only add masks. It is registered only when
 * the model pass is ready, so the overlay reads "unavailable" otherwise.
 */
import { type ModelDetector, registerModelDetector } from '../blind/passes';
import type { AsyncRecognizer, Span } from '../detect/types';
import { LocalModelClient } from './client';
import { createLlmRecognizer } from './recognizer';
import { getModelPassStatus } from './status';

const SEPARATOR = '\n\n';

/**
 * A detector over any LLM recognizer.
 * @example registerModelDetector(createModelDetector(createLlmRecognizer(new LocalModelClient())));
 */
export function createModelDetector(recognizer: AsyncRecognizer): ModelDetector {
  return async (texts, signal) => {
    const starts: number[] = [];
    let offset = 0;
    for (const t of texts) {
      starts.push(offset);
      offset += t.length + SEPARATOR.length;
    }
    const out: Span[][] = texts.map(() => []);
    const joined = texts.join(SEPARATOR);
    if (!joined.trim()) return out;
    const spans = await recognizer.analyze(joined, {}, signal);
    for (const s of spans) {
      // The run holding the span's start; a span is clipped to its run.
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > s.start) i--;
      const start = s.start - starts[i]!;
      const end = Math.min(s.end - starts[i]!, texts[i]!.length);
      if (end > start && start >= 0) out[i]!.push({ ...s, start, end });
    }
    return out;
  };
}

/**
 * Registers the local-model detector for this page when the model pass is ready. Returns the status
 * it found. Call from the content script after blind mode starts.
 */
export async function enableModelPass(): Promise<Awaited<ReturnType<typeof getModelPassStatus>>> {
  const status = await getModelPassStatus();
  if (status === 'ready')
    registerModelDetector(createModelDetector(createLlmRecognizer(new LocalModelClient())));
  return status;
}
