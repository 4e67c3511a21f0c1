/**
 * Typed failures of the local model (../shared/STYLE.md §3.7, after web-llm's src/error.ts). Callers
 * never swallow them: they degrade to the rule engine and say so in the UI.
 */

/** Base class: every local-model failure has a plain-words message fit for the UI. */
export class LocalModelError extends Error {
  override name = 'LocalModelError';
}

/** No WebGPU adapter (browser without WebGPU, blocked GPU, or no adapter found). */
export class WebGPUUnavailableError extends LocalModelError {
  override name = 'WebGPUUnavailableError';
}

/** The model could not be downloaded or initialised (network, mirror, cache, GPU memory). */
export class ModelLoadError extends LocalModelError {
  override name = 'ModelLoadError';
}

/** A request needed a loaded model and none is loaded. */
export class ModelNotLoadedError extends LocalModelError {
  override name = 'ModelNotLoadedError';
}

/** The model answered with something that is not the JSON asked for. */
export class ModelOutputError extends LocalModelError {
  override name = 'ModelOutputError';
}

/** A generation took longer than allowed. */
export class ModelTimeoutError extends LocalModelError {
  override name = 'ModelTimeoutError';
}

/** The engine host (offscreen document) could not be reached, even after reconnecting. */
export class HostUnavailableError extends LocalModelError {
  override name = 'HostUnavailableError';
}

/** The organisation or the user turned the local model off. */
export class LocalModelDisabledError extends LocalModelError {
  override name = 'LocalModelDisabledError';
}

/** The caller cancelled. */
export class ModelAbortedError extends LocalModelError {
  override name = 'ModelAbortedError';
}

const BY_NAME = {
  LocalModelError,
  WebGPUUnavailableError,
  ModelLoadError,
  ModelNotLoadedError,
  ModelOutputError,
  ModelTimeoutError,
  HostUnavailableError,
  LocalModelDisabledError,
  ModelAbortedError,
} as const;

/** An error as it crosses a message channel. Messages never carry page text. */
export interface WireError {
  name: string;
  message: string;
}

/** Serialises any thrown value for a message channel. */
export function toWireError(error: unknown): WireError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'LocalModelError', message: String(error) };
}

/** Rebuilds a typed error from the wire; unknown names become {@link LocalModelError}. */
export function fromWireError(wire: WireError): LocalModelError {
  const Ctor = (BY_NAME as Record<string, typeof LocalModelError>)[wire.name] ?? LocalModelError;
  return new Ctor(wire.message);
}
