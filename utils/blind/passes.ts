import type { Span } from '../detect/types';

/** State of the rule pass on a page. */
export type RulePassState = 'pending' | 'done' | 'failed';
/** State of the local-model pass on a page. */
export type ModelPassState = 'pending' | 'running' | 'done' | 'unavailable' | 'failed';

/** Which passes ran on the page (the overlay and popup show it). */
export interface PassStates {
  rules: RulePassState;
  model: ModelPassState;
}

/**
 * A model detector for the page: given the page's text runs, returns the spans the model found in
 * each (offsets into that run). It can only ADD masks. The local-model feature registers one with
 * {@link registerModelDetector}; without one the model pass reads "unavailable".
 */
export type ModelDetector = (texts: readonly string[], signal: AbortSignal) => Promise<Span[][]>;

let detector: ModelDetector | undefined;
const listeners = new Set<() => void>();

/**
 * Registers (or, with undefined, removes) the model detector used after the rule pass.
 * @example registerModelDetector(async (texts) => texts.map((t) => llmSpans(t)));
 */
export function registerModelDetector(next: ModelDetector | undefined): void {
  detector = next;
  for (const listener of listeners) listener();
}

/** The registered model detector, if any. */
export function getModelDetector(): ModelDetector | undefined {
  return detector;
}

/** Calls back when a detector is registered or removed. Returns an unsubscribe. */
export function onModelDetectorChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
