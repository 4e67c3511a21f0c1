/**
 * The real engine: web-llm on WebGPU. This is the ONLY module that imports @mlc-ai/web-llm; the
 * offscreen host imports it lazily (dynamic import), so web-llm is one chunk of the build, loaded on
 * the first model request only (tests/e2e/llm-bundle.spec.ts checks the build output).
 */
import { deleteModelAllInfoInCache, MLCEngine, prebuiltAppConfig } from '@mlc-ai/web-llm';
import { type AppConfigLike, buildAppConfig, type ModelSettings } from './app-config';
import type { ExtractedEntity, GenerateRequest, GenerateResult, LoadProgress, LocalEngine } from './engine';
import { ModelAbortedError, ModelLoadError, ModelNotLoadedError, WebGPUUnavailableError } from './errors';
import { extractEntitiesVia } from './extract';
import { probeCapability } from './probe';

/** A load with no progress for this long fails. */
export const STALL_MS = 120_000;

/** The appConfig for these settings (prebuilt list + organisation list + mirror). */
export function webLlmAppConfig(settings: ModelSettings): AppConfigLike {
  return buildAppConfig(prebuiltAppConfig.model_list, settings);
}

/** Deletes a model's weights, library and config from web-llm's cache. */
export async function deleteCachedModel(modelId: string, settings: ModelSettings): Promise<void> {
  await deleteModelAllInfoInCache(modelId, webLlmAppConfig(settings) as never);
}

/** Plain-words reason for a failed load; the original error's message only (never page text). */
export function describeLoadFailure(modelId: string, error: unknown): ModelLoadError {
  if (error instanceof ModelLoadError) return error;
  if (error instanceof Error && error.name === 'ModelNotFoundError') {
    return new ModelLoadError(`The model "${modelId}" is not in the model list.`);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/fetch|network|load failed|ERR_|NetworkError/i.test(message)) {
    return new ModelLoadError(
      `Could not download the model "${modelId}": the model host could not be reached (offline, blocked, or a wrong weights mirror). Detection continues with the rule engine.`,
    );
  }
  return new ModelLoadError(`Could not load the model "${modelId}": ${message}`);
}

export class WebLlmEngine implements LocalEngine {
  readonly kind = 'webllm';
  private engine: MLCEngine | null = null;
  private model: string | null = null;

  constructor(private readonly settings: ModelSettings) {}

  async load(modelId: string, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    if (this.model === modelId && this.engine) return;
    const cap = await probeCapability();
    if (!cap.webgpu) throw new WebGPUUnavailableError(cap.reason ?? 'WebGPU is not available.');
    await this.unload();
    let lastProgress = Date.now();
    const engine = new MLCEngine({
      appConfig: webLlmAppConfig(this.settings),
      initProgressCallback: (r) => {
        lastProgress = Date.now();
        onProgress?.({ progress: r.progress, elapsed: r.timeElapsed, text: r.text });
      },
    });
    this.engine = engine;
    let stallTimer: ReturnType<typeof setInterval> | undefined;
    const aborted = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(new ModelAbortedError('The download was cancelled.'));
      signal?.addEventListener('abort', () => reject(new ModelAbortedError('The download was cancelled.')), {
        once: true,
      });
      // A download that makes no progress for STALL_MS ends with a clear message, not a hang.
      stallTimer = setInterval(() => {
        if (Date.now() - lastProgress > STALL_MS) {
          reject(
            new ModelLoadError(
              `The download of "${modelId}" stalled (no progress for ${STALL_MS / 1000} s). Detection continues with the rule engine.`,
            ),
          );
        }
      }, 5000);
    });
    try {
      await Promise.race([engine.reload(modelId), aborted]);
      this.model = modelId;
    } catch (error) {
      this.engine = null;
      void engine.unload().catch(() => undefined);
      if (error instanceof ModelAbortedError) throw error;
      throw describeLoadFailure(modelId, error);
    } finally {
      clearInterval(stallTimer);
    }
  }

  loadedModel(): string | null {
    return this.model;
  }

  async generate(request: GenerateRequest, signal?: AbortSignal): Promise<GenerateResult> {
    const engine = this.engine;
    if (!engine || !this.model) throw new ModelNotLoadedError('No local model is loaded.');
    const onAbort = () => engine.interruptGenerate();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const started = performance.now();
      const reply = await engine.chat.completions.create({
        messages: request.messages,
        temperature: request.temperature ?? 0,
        max_tokens: request.maxTokens ?? 512,
        stream: false,
        ...(request.jsonSchema
          ? { response_format: { type: 'json_object', schema: request.jsonSchema } }
          : {}),
      });
      if (signal?.aborted) throw new ModelAbortedError('The generation was cancelled.');
      const seconds = (performance.now() - started) / 1000;
      const completionTokens = reply.usage?.completion_tokens;
      return {
        text: reply.choices[0]?.message.content ?? '',
        promptTokens: reply.usage?.prompt_tokens,
        completionTokens,
        tokensPerSecond:
          reply.usage?.extra?.decode_tokens_per_s ??
          (completionTokens ? completionTokens / seconds : undefined),
      };
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  extractEntities(text: string, signal?: AbortSignal): Promise<ExtractedEntity[]> {
    return extractEntitiesVia((req, s) => this.generate(req, s), text, signal);
  }

  async unload(): Promise<void> {
    const engine = this.engine;
    this.engine = null;
    this.model = null;
    if (engine) await engine.unload();
  }
}
