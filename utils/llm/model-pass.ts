/**
 * The model pass as blind mode and writing help run it: rule spans first, the model's spans added
 * after. A model failure never removes a rule span; it is reported so the UI can say the pass failed.
 */
import { type AnalyzeOptions, analyze, analyzeWithModel } from '../detect/analyze';
import type { AsyncRecognizer, Span } from '../detect/types';
import { LlmPassError } from './recognizer';

export type ModelPassOutcome =
  | { status: 'done'; spans: Span[] }
  | { status: 'failed'; spans: Span[]; error: string };

/**
 * Rule spans ∪ model spans. On failure: the rule spans plus whatever chunks succeeded.
 * @example const { status, spans } = await runModelPass(text, options, createLlmRecognizer(client));
 */
export async function runModelPass(
  text: string,
  options: AnalyzeOptions,
  llm: AsyncRecognizer,
  signal?: AbortSignal,
): Promise<ModelPassOutcome> {
  try {
    return { status: 'done', spans: await analyzeWithModel(text, options, llm, signal) };
  } catch (error) {
    const partial = error instanceof LlmPassError ? error.partial : [];
    const salvage: AsyncRecognizer = { ...llm, analyze: async () => partial };
    const spans = partial.length ? await analyzeWithModel(text, options, salvage) : analyze(text, options);
    return { status: 'failed', spans, error: error instanceof Error ? error.message : String(error) };
  }
}
