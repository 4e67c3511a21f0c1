/**
 * Caller side of the engine host: any extension page or content script uses this to reach the
 * model. It asks the service worker to make sure the offscreen host exists, then talks to the host
 * over a direct port. If the port drops mid-request (host closed or crashed), it re-creates the host
 * and re-sends the same request id with the same input, so nothing the user typed is lost; after
 * `maxReconnects` it fails with a {@link HostUnavailableError} that says so.
 */
import type { ExtractedEntity, GenerateRequest, GenerateResult, LoadProgress, LocalEngine } from './engine';
import { fromWireError, HostUnavailableError, ModelAbortedError } from './errors';
import type {
  CallerMessage,
  ControlMessage,
  EnsureHostReply,
  HostMessage,
  HostOpName,
  HostOps,
} from './protocol';
import { HOST_PORT, HOST_SILENCE_MS } from './protocol';

/** The part of chrome.runtime the client uses (a parameter for tests). */
export interface RuntimeLike {
  sendMessage(message: ControlMessage): Promise<unknown>;
  connect(info: { name: string }): {
    postMessage(message: CallerMessage): void;
    disconnect(): void;
    onMessage: { addListener(cb: (message: HostMessage) => void): void };
    onDisconnect: { addListener(cb: () => void): void };
  };
}

export interface ClientOptions {
  maxReconnects?: number;
  /** Silence after which the host counts as lost (default HOST_SILENCE_MS). */
  silenceMs?: number;
  /** Called each time the client reconnects (the UI can say "reconnecting"). */
  onReconnect?: (attempt: number) => void;
}

class PortClosed extends Error {}

function newId(): string {
  return `${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('')}`;
}

export class LocalModelClient implements Pick<LocalEngine, 'extractEntities' | 'generate'> {
  constructor(
    private readonly runtime: RuntimeLike = chrome.runtime as unknown as RuntimeLike,
    private readonly options: ClientOptions = {},
  ) {}

  /** Makes sure the offscreen host exists (the service worker creates it). */
  async ensureHost(): Promise<void> {
    let reply: EnsureHostReply | undefined;
    try {
      reply = (await this.runtime.sendMessage({ type: 'bh-llm:ensure-host' })) as EnsureHostReply | undefined;
    } catch (error) {
      throw new HostUnavailableError(
        `The extension's background could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!reply) throw new HostUnavailableError('The extension background did not answer.');
    if (!reply.ok) throw fromWireError(reply.error);
  }

  /** Runs one host operation, reconnecting when the port drops. */
  async call<K extends HostOpName>(
    op: K,
    args: HostOps[K]['args'],
    opts: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {},
  ): Promise<HostOps[K]['result']> {
    const id = newId();
    const max = this.options.maxReconnects ?? 3;
    for (let attempt = 0; ; attempt++) {
      if (opts.signal?.aborted) throw new ModelAbortedError('Cancelled.');
      await this.ensureHost();
      try {
        return (await this.once(id, op, args, opts)) as HostOps[K]['result'];
      } catch (error) {
        if (!(error instanceof PortClosed)) throw error;
        if (attempt >= max) {
          throw new HostUnavailableError(
            `Lost the connection to the local model ${attempt + 1} times; your text is kept, try again.`,
          );
        }
        this.options.onReconnect?.(attempt + 1);
      }
    }
  }

  private once(
    id: string,
    op: HostOpName,
    args: unknown,
    opts: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void },
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const port = this.runtime.connect({ name: HOST_PORT });
      let settled = false;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        opts.signal?.removeEventListener('abort', onAbort);
        fn();
      };
      // The host acks at once and then beats; silence means it is gone even if the port stays open.
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          try {
            port.disconnect();
          } catch {
            // Already gone.
          }
          settle(() => reject(new PortClosed('host silent')));
        }, this.options.silenceMs ?? HOST_SILENCE_MS);
      };
      arm();
      const onAbort = () => {
        try {
          port.postMessage({ kind: 'cancel', id });
          port.disconnect();
        } catch {
          // The port may already be gone.
        }
        settle(() => reject(new ModelAbortedError('Cancelled.')));
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      port.onMessage.addListener((message) => {
        if (message.id !== id) return;
        arm();
        if (message.kind === 'progress') opts.onProgress?.(message.progress);
        else if (message.kind === 'result') {
          port.disconnect();
          settle(() => resolve(message.value));
        } else if (message.kind === 'error') {
          port.disconnect();
          settle(() => reject(fromWireError(message.error)));
        }
      });
      port.onDisconnect.addListener(() => {
        // Reading lastError marks it handled ("Receiving end does not exist" when no host listens).
        void globalThis.chrome?.runtime?.lastError;
        settle(() => reject(new PortClosed('port closed')));
      });
      port.postMessage({ kind: 'call', id, op, args });
    });
  }

  extractEntities(text: string, signal?: AbortSignal): Promise<ExtractedEntity[]> {
    return this.call('extract', { text }, { signal });
  }

  generate(request: GenerateRequest, signal?: AbortSignal): Promise<GenerateResult> {
    return this.call('generate', { request }, { signal });
  }
}
