/**
 * The local engine interface. The web-llm engine (webllm-engine.ts, the only module that imports
 * web-llm) and the scripted test engine (scripted-engine.ts) both implement it, so the host, the
 * recognizer and the tests never depend on web-llm directly.
 */
import type { EntityType } from '../detect/types';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** One generation. `jsonSchema` (a JSON-schema string) constrains the output to JSON. */
export interface GenerateRequest {
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  jsonSchema?: string;
}

export interface GenerateResult {
  text: string;
  promptTokens?: number;
  completionTokens?: number;
  /** Decode speed reported by the engine, tokens per second. */
  tokensPerSecond?: number;
}

/** A candidate identifier as the model wrote it; not trusted until found verbatim in the text. */
export interface ExtractedEntity {
  text: string;
  label: EntityType;
}

/** Model download / initialisation progress. */
export interface LoadProgress {
  /** 0..1 */
  progress: number;
  /** Seconds since the load started. */
  elapsed: number;
  /** Engine's own status line (file names and sizes, never page text). */
  text: string;
}

export interface LocalEngine {
  readonly kind: 'webllm' | 'scripted';
  /** Downloads (or reads from cache) and initialises a model. */
  load(modelId: string, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void>;
  /** The model that is loaded, or null. */
  loadedModel(): string | null;
  generate(request: GenerateRequest, signal?: AbortSignal): Promise<GenerateResult>;
  /** Asks the model for the identifiers in one chunk of text (schema-constrained JSON). */
  extractEntities(text: string, signal?: AbortSignal): Promise<ExtractedEntity[]>;
  unload(): Promise<void>;
}
