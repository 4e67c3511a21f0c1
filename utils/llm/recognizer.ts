/**
 * The LLM recognizer (kind "llm"): asks the local model for identifiers and proxy phrases chunk by
 * chunk, then keeps only what it finds verbatim in the text. Offsets are computed here, never taken
 * from the model; anything the model invents is dropped. Its spans can only add masks: the analyzer
 * (analyzeWithModel) merges them with the rule spans.
 */
import { escapeRegExp } from '../detect/scan';
import type { AsyncRecognizer, Span } from '../detect/types';
import { chunkText } from './chunk';
import type { ExtractedEntity, LocalEngine } from './engine';
import { LocalModelError, ModelAbortedError, ModelTimeoutError } from './errors';
import { LLM_LABELS } from './prompt';

/** Options of {@link createLlmRecognizer}. */
export interface LlmRecognizerOptions {
  chunkSize?: number;
  overlap?: number;
  /** Per-chunk time limit, ms (default 60 s). */
  timeoutMs?: number;
  /** Score given to model spans (default 0.7). */
  score?: number;
}

/** Some chunks failed; `partial` holds the spans from the chunks that worked. */
export class LlmPassError extends LocalModelError {
  override name = 'LlmPassError';
  constructor(
    message: string,
    readonly partial: Span[],
    readonly causes: unknown[],
  ) {
    super(message);
  }
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Every verbatim occurrence of `needle` in `text` (runs of whitespace may differ), not inside a word.
 * @example locate('Ana met Ana.', 'Ana') // [[0,3],[8,11]]
 */
export function locate(text: string, needle: string): Array<[number, number]> {
  const parts = needle.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return [];
  const re = new RegExp(parts.map(escapeRegExp).join('\\s+'), 'gu');
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    const before = text[s - 1];
    const after = text[e];
    const first = m[0][0]!;
    const last = m[0][m[0].length - 1]!;
    if (before && WORD.test(before) && WORD.test(first)) continue;
    if (after && WORD.test(after) && WORD.test(last)) continue;
    out.push([s, e]);
  }
  return out;
}

/** Spans for the entities the model returned, located in the full text; invented ones yield nothing. */
export function spansFromEntities(text: string, entities: readonly ExtractedEntity[], score = 0.7): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const e of entities) {
    if (!(LLM_LABELS as readonly string[]).includes(e.label) || e.text.trim().length < 2) continue;
    for (const [start, end] of locate(text, e.text)) {
      const key = `${start}:${end}:${e.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start, end, label: e.label, score, recognizer: 'llm' });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function withTimeout<T>(
  run: (signal: AbortSignal) => Promise<T>,
  ms: number,
  outer?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ModelTimeoutError(`The local model took longer than ${Math.round(ms / 1000)} s.`));
    }, ms);
  });
  return Promise.race([run(controller.signal), timeout]).finally(() => {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  });
}

/**
 * The recognizer over any engine that can extract entities (the local engine, the remote client or
 * the scripted engine).
 * @example const spans = await analyzeWithModel(text, options, createLlmRecognizer(client));
 */
export function createLlmRecognizer(
  engine: Pick<LocalEngine, 'extractEntities'>,
  options: LlmRecognizerOptions = {},
): AsyncRecognizer {
  const { chunkSize = 1500, overlap = 200, timeoutMs = 60_000, score = 0.7 } = options;
  return {
    id: 'llm',
    kind: 'llm',
    entities: LLM_LABELS,
    async analyze(text, _ctx, signal) {
      const found: ExtractedEntity[] = [];
      const causes: unknown[] = [];
      for (const chunk of chunkText(text, chunkSize, overlap)) {
        if (signal?.aborted) throw new ModelAbortedError('The model pass was cancelled.');
        try {
          found.push(...(await withTimeout((s) => engine.extractEntities(chunk.text, s), timeoutMs, signal)));
        } catch (error) {
          if (signal?.aborted) throw new ModelAbortedError('The model pass was cancelled.');
          causes.push(error);
        }
      }
      const spans = spansFromEntities(text, found, score);
      if (causes.length) {
        const first = causes[0] instanceof Error ? causes[0].message : String(causes[0]);
        throw new LlmPassError(
          `The model pass failed on ${causes.length} part(s) of the text: ${first}`,
          spans,
          causes,
        );
      }
      return spans;
    },
  };
}
