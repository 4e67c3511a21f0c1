/**
 * A deterministic engine behind the {@link LocalEngine} interface, for unit and e2e tests: it can
 * answer with malformed JSON, invent entities, obey or ignore injected instructions, stall, or take
 * a set time. It never touches the network or the GPU.
 */
import type { ExtractedEntity, GenerateRequest, GenerateResult, LoadProgress, LocalEngine } from './engine';
import { ModelAbortedError, ModelLoadError, ModelNotLoadedError } from './errors';
import { extractEntitiesVia } from './extract';
import { unwrapDocument } from './prompt';
import { locate } from './recognizer';

/** What a scripted generation does: a raw answer, or an answer after a delay, a hang, or an error. */
export type ScriptReply = string | { text?: string; delayMs?: number; hang?: boolean; error?: string };

export interface ScriptedEngineOptions {
  /** Answers one generation; `document` is the text between the prompt markers (null if none). */
  reply?: (document: string | null, request: GenerateRequest, call: number) => ScriptReply;
  /** Time every generation takes, ms. */
  delayMs?: number;
  /** Time a load takes, ms (progress is reported in five steps). */
  loadMs?: number;
  /** Makes every load fail with this message. */
  loadError?: string;
}

/** Proxy phrases and labels the default script "recognises" (a fixed list: deterministic). */
export const SCRIPTED_PHRASES: readonly ExtractedEntity[] = [
  { text: 'President, Black Students Association', label: 'PROXY' },
  { text: 'returned from maternity leave', label: 'PROXY' },
  { text: 'church youth leader', label: 'PROXY' },
  { text: 'Women in Tech mentor', label: 'PROXY' },
  // A disability proxy the rule engine has no rule for: the model pass is what masks it.
  { text: 'wheelchair basketball captain', label: 'PROXY' },
];

/** The default answer: every fixed phrase present in the document, as schema JSON. */
export function defaultReply(document: string | null): string {
  const doc = document ?? '';
  const entities = SCRIPTED_PHRASES.filter((p) => locate(doc, p.text).length > 0);
  return JSON.stringify({ entities });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ModelAbortedError('Cancelled.'));
    const timer = ms === Number.POSITIVE_INFINITY ? undefined : setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new ModelAbortedError('Cancelled.'));
      },
      { once: true },
    );
  });
}

export class ScriptedEngine implements LocalEngine {
  readonly kind = 'scripted';
  /** Every generation request received, in order (tests inspect the prompt). */
  readonly calls: GenerateRequest[] = [];
  private model: string | null = null;

  constructor(private readonly options: ScriptedEngineOptions = {}) {}

  async load(modelId: string, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    const steps = 5;
    const total = this.options.loadMs ?? 0;
    for (let i = 1; i <= steps; i++) {
      await sleep(total / steps, signal);
      onProgress?.({
        progress: i / steps,
        elapsed: (total * i) / steps / 1000,
        text: `scripted ${i}/${steps}`,
      });
    }
    if (this.options.loadError) throw new ModelLoadError(this.options.loadError);
    this.model = modelId;
  }

  loadedModel(): string | null {
    return this.model;
  }

  async generate(request: GenerateRequest, signal?: AbortSignal): Promise<GenerateResult> {
    if (!this.model) throw new ModelNotLoadedError('No model is loaded.');
    this.calls.push(request);
    const user = [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    const document = unwrapDocument(user);
    const reply = (this.options.reply ?? defaultReply)(document, request, this.calls.length);
    const r = typeof reply === 'string' ? { text: reply } : reply;
    await sleep(r.hang ? Number.POSITIVE_INFINITY : (r.delayMs ?? this.options.delayMs ?? 0), signal);
    if (r.error) throw new Error(r.error);
    const text = r.text ?? '';
    return { text, completionTokens: Math.ceil(text.length / 4) };
  }

  extractEntities(text: string, signal?: AbortSignal): Promise<ExtractedEntity[]> {
    return extractEntitiesVia((req, s) => this.generate(req, s), text, signal);
  }

  async unload(): Promise<void> {
    this.model = null;
  }
}
