import OpenAI, { AzureOpenAI } from 'openai';
import type { MaskedText } from '../detect/types';
import type { Settings } from '../settings/schema';
import { buildMessages, type ChatMessage, type TaskInput } from './tasks';

/**
 * The remote client for both network routes (cloud provider and organisation endpoint), on the
 * openai SDK. A cloud endpoint accepts only MaskedText (the branded type only the anonymizer mints);
 * the privacy gate checks the assembled payload again right before the call.
 */

export const AZURE_API_VERSION = '2024-10-21';

interface EndpointBase {
  baseUrl: string;
  model: string;
  apiKey: string;
  provider: Settings['provider'];
}
export interface CloudEndpoint extends EndpointBase {
  route: 'cloud';
}
export interface OrgEndpoint extends EndpointBase {
  route: 'org-endpoint';
}
export type RemoteEndpoint = CloudEndpoint | OrgEndpoint;

/** The endpoint of a remote route from the settings in force. */
export function endpointFor(route: 'cloud', s: Settings): CloudEndpoint;
export function endpointFor(route: 'org-endpoint', s: Settings): OrgEndpoint;
export function endpointFor(route: RemoteEndpoint['route'], s: Settings): RemoteEndpoint {
  return route === 'cloud'
    ? { route, baseUrl: s.baseUrl, model: s.model, apiKey: s.apiKey, provider: s.provider }
    : { route, baseUrl: s.orgEndpointUrl, model: s.orgEndpointModel, apiKey: '', provider: 'compatible' };
}

/** Client options shared by every call: retries with backoff on 429/5xx/connection errors are the SDK's. */
export interface ClientTuning {
  /** Per-attempt timeout in milliseconds. */
  timeoutMs?: number;
  maxRetries?: number;
  /** For tests: the fetch implementation. */
  fetch?: typeof fetch;
}

function makeClient(ep: RemoteEndpoint, tuning: ClientTuning): OpenAI {
  const common = {
    apiKey: ep.apiKey || 'none',
    dangerouslyAllowBrowser: true,
    maxRetries: tuning.maxRetries ?? 2,
    timeout: tuning.timeoutMs ?? 60_000,
    ...(tuning.fetch ? { fetch: tuning.fetch } : {}),
  };
  if (ep.provider === 'azure') {
    return new AzureOpenAI({
      ...common,
      endpoint: ep.baseUrl,
      deployment: ep.model,
      apiVersion: AZURE_API_VERSION,
    });
  }
  return new OpenAI({ ...common, baseURL: ep.baseUrl.replace(/\/+$/, '') });
}

/** A stream that ended without a finish reason: the connection broke midway. */
export class StreamBrokenError extends Error {
  override name = 'StreamBrokenError';
}

export interface StreamCallbacks {
  /**
   * The privacy gate: called with the whole assembled payload immediately before the network call.
   * Returns the messages to send (possibly masked further) or throws to block the call.
   */
  gate(messages: ChatMessage[]): ChatMessage[];
  /** Called with the exact messages sent, after the gate (for the audit receipt). */
  onSend?(messages: ChatMessage[]): void | Promise<void>;
  onDelta(text: string): void;
}

/**
 * Streams a task's reply from a remote route. For the cloud route the input must be MaskedText.
 * Throws typed SDK errors (see `describeError`) or StreamBrokenError; partial text already passed to
 * `onDelta` stays with the caller.
 */
export function streamTask(
  ep: CloudEndpoint,
  input: TaskInput<MaskedText>,
  cb: StreamCallbacks,
  signal?: AbortSignal,
  tuning?: ClientTuning,
): Promise<string>;
export function streamTask(
  ep: OrgEndpoint,
  input: TaskInput<string>,
  cb: StreamCallbacks,
  signal?: AbortSignal,
  tuning?: ClientTuning,
): Promise<string>;
export async function streamTask(
  ep: RemoteEndpoint,
  input: TaskInput,
  cb: StreamCallbacks,
  signal?: AbortSignal,
  tuning: ClientTuning = {},
): Promise<string> {
  const messages = cb.gate(buildMessages(input));
  const client = makeClient(ep, tuning);
  await cb.onSend?.(messages);
  const stream = await client.chat.completions.create(
    { model: ep.model, messages, stream: true, temperature: 0.3 },
    { signal },
  );
  let text = '';
  let finished = false;
  try {
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      const delta = choice?.delta?.content ?? '';
      if (delta) {
        text += delta;
        cb.onDelta(delta);
      }
      if (choice?.finish_reason) finished = true;
    }
  } catch (error) {
    if (signal?.aborted) throw new OpenAI.APIUserAbortError();
    // The response had started: a failure now is the connection breaking midway.
    throw new StreamBrokenError('The reply stopped midway: the connection broke.', { cause: error });
  }
  if (signal?.aborted) throw new OpenAI.APIUserAbortError();
  if (!finished) throw new StreamBrokenError('The reply stopped midway: the connection broke.');
  return text;
}

/**
 * "Test connection": lists models and checks the configured one exists. Sends no user text.
 * @example await testConnection(endpointFor('cloud', settings)) // { ok: true, message: 'Connected; model "gpt-4o-mini" found.' }
 */
export async function testConnection(
  ep: RemoteEndpoint,
  tuning: ClientTuning = {},
): Promise<{ ok: boolean; message: string }> {
  const client = makeClient(ep, { maxRetries: 0, timeoutMs: 15_000, ...tuning });
  try {
    if (ep.provider === 'azure') {
      // Azure deployments do not list models with a key scoped to a deployment: a 1-token call checks it.
      await client.chat.completions.create({
        model: ep.model,
        messages: [{ role: 'user', content: 'ping' }],
        max_tokens: 1,
      });
      return { ok: true, message: `Connected; deployment "${ep.model}" answered.` };
    }
    const ids: string[] = [];
    for await (const m of client.models.list()) ids.push(m.id);
    if (ids.length && !ids.includes(ep.model)) {
      return { ok: false, message: `Connected, but the model "${ep.model}" is not offered here.` };
    }
    return { ok: true, message: `Connected; model "${ep.model}" found.` };
  } catch (error) {
    return { ok: false, message: describeError(error, ep).message };
  }
}

export type ErrorKind =
  | 'bad-key'
  | 'unknown-model'
  | 'rate-limit'
  | 'server'
  | 'unreachable'
  | 'timeout'
  | 'broken-stream'
  | 'cancelled'
  | 'other';

/** A clear message for a failure, without echoing anything the provider returned verbatim. */
export function describeError(error: unknown, ep?: RemoteEndpoint): { kind: ErrorKind; message: string } {
  const where = ep
    ? ep.route === 'cloud'
      ? 'the cloud provider'
      : 'the organisation endpoint'
    : 'the endpoint';
  if (error instanceof OpenAI.APIUserAbortError || (error instanceof Error && error.name === 'AbortError'))
    return { kind: 'cancelled', message: 'Cancelled. The text received so far is kept.' };
  if (error instanceof StreamBrokenError)
    return {
      kind: 'broken-stream',
      message: 'The reply broke off midway. The part received is kept; you can retry.',
    };
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError)
    return {
      kind: 'bad-key',
      message: `The API key was rejected by ${where}. Check the key in the settings.`,
    };
  if (error instanceof OpenAI.NotFoundError)
    return {
      kind: 'unknown-model',
      message: `${where} does not know the model "${ep?.model ?? ''}" (or the base URL is wrong). Check the model name.`,
    };
  if (error instanceof OpenAI.RateLimitError)
    return {
      kind: 'rate-limit',
      message: `${where} is rate-limiting requests; retried with backoff. Try again in a minute.`,
    };
  if (error instanceof OpenAI.APIConnectionTimeoutError)
    return { kind: 'timeout', message: `${where} did not answer in time. Your text is kept; try again.` };
  if (error instanceof OpenAI.APIConnectionError)
    return {
      kind: 'unreachable',
      message: `Cannot reach ${where} at ${ep?.baseUrl ?? 'its URL'}. Check the URL and your network.`,
    };
  if (error instanceof OpenAI.APIError && (error.status ?? 0) >= 500)
    return {
      kind: 'server',
      message: `${where} had an internal error (${error.status}); retried with backoff.`,
    };
  if (error instanceof OpenAI.APIError)
    return { kind: 'other', message: `${where} refused the request (${error.status ?? 'no status'}).` };
  return { kind: 'other', message: error instanceof Error ? error.message : 'Unexpected error.' };
}
