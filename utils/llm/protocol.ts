/**
 * Messages between callers (options page, popup, content scripts) and the engine host (the
 * offscreen document), and the control messages the service worker answers. Every payload is typed;
 * page text travels only inside `extract` / `generate` calls and never into logs.
 */
import type { Settings } from '../settings/schema';
import type { ExtractedEntity, GenerateRequest, GenerateResult, LoadProgress } from './engine';
import type { WireError } from './errors';
import type { Capability } from './probe';

/** Port name callers open to reach the engine host directly (the service worker is not on this path). */
export const HOST_PORT = 'bh-llm-host';

/**
 * The host acknowledges a call at once and then says "alive" this often while the job runs. A port
 * can stay open after the host is gone (other extension frames hold their end), so callers treat
 * {@link HOST_SILENCE_MS} without a word as a lost host.
 */
export const HEARTBEAT_MS = 2000;
export const HOST_SILENCE_MS = 8000;

/** Test switch (documented in docs/LOCAL-MODEL.md): selects the deterministic scripted engine. */
export const SCRIPTED_ENGINE_FLAG = 'bh:test:scriptedEngine';

/** Value of {@link SCRIPTED_ENGINE_FLAG}: timings of the scripted engine. */
export interface ScriptedEngineFlag {
  delayMs?: number;
  loadMs?: number;
}

export interface HostState {
  engine: 'webllm' | 'scripted' | null;
  loadedModel: string | null;
  jobs: number;
}

/** Operations the host runs, and what each returns. */
export interface HostOps {
  probe: { args: Record<string, never>; result: Capability };
  load: { args: { modelId?: string }; result: { modelId: string; engine: 'webllm' | 'scripted' } };
  extract: { args: { text: string }; result: ExtractedEntity[] };
  generate: { args: { request: GenerateRequest }; result: GenerateResult };
  unload: { args: Record<string, never>; result: null };
  deleteModel: { args: { modelId: string }; result: null };
  state: { args: Record<string, never>; result: HostState };
}
export type HostOpName = keyof HostOps;

export type CallerMessage =
  | { kind: 'call'; id: string; op: HostOpName; args: unknown }
  | { kind: 'cancel'; id: string };

export type HostMessage =
  | { kind: 'alive'; id: string }
  | { kind: 'progress'; id: string; progress: LoadProgress }
  | { kind: 'result'; id: string; value: unknown }
  | { kind: 'error'; id: string; error: WireError };

/** Control messages answered by the service worker (utils/llm/background.ts). */
export type ControlMessage =
  | { type: 'bh-llm:ensure-host' }
  | { type: 'bh-llm:host-config' }
  | { type: 'bh-llm:status' };

/** What the host needs from settings and storage (the offscreen document has chrome.runtime only). */
export interface HostConfig {
  settings: Pick<Settings, 'modelList' | 'modelBaseUrl' | 'localModelAllowed' | 'localModelId'>;
  scripted: ScriptedEngineFlag | null;
}

export type EnsureHostReply = { ok: true } | { ok: false; error: WireError };
