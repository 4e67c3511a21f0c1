import type { ClientMessage, RunSnapshot, StartRequest, WorkerMessage } from './protocol';
import { WRITING_PORT } from './protocol';

/**
 * A page's connection to the writing-help runner in the service worker. Reconnects when the worker
 * restarted; messages sent while disconnected go out on the next connection.
 */
export class WritingPortClient {
  private port: chrome.runtime.Port | undefined;
  private closed = false;
  /** The draft whose run this page follows: re-attached after the worker restarts. */
  private watching: string | undefined;

  constructor(
    private readonly onSnapshot: (snapshot: RunSnapshot) => void,
    private readonly onUnknown: (draftId: string) => void,
  ) {}

  private connect(): chrome.runtime.Port {
    if (this.port) return this.port;
    const port = chrome.runtime.connect({ name: WRITING_PORT });
    port.onMessage.addListener((message: WorkerMessage) => {
      if (message.type === 'snapshot') this.onSnapshot(message.snapshot);
      else this.onUnknown(message.draftId);
    });
    port.onDisconnect.addListener(() => {
      void chrome.runtime.lastError;
      this.port = undefined;
      // The worker stopped: ask the new one about the run (it answers "unknown" if the run was lost).
      const draftId = this.watching;
      if (draftId && !this.closed) setTimeout(() => this.attach(draftId), 300);
    });
    this.port = port;
    return port;
  }

  private send(message: ClientMessage): void {
    if (this.closed) return;
    try {
      this.connect().postMessage(message);
    } catch {
      // The worker went away between connect and post: one fresh try.
      this.port = undefined;
      this.connect().postMessage(message);
    }
  }

  start(request: StartRequest): void {
    this.watching = request.draftId;
    this.send({ type: 'start', request });
  }

  attach(draftId: string): void {
    this.watching = draftId;
    this.send({ type: 'attach', draftId });
  }

  /** Stops following a run (it finished, or the page shows another draft). */
  unwatch(): void {
    this.watching = undefined;
  }

  cancel(draftId: string): void {
    this.send({ type: 'cancel', draftId });
  }

  close(): void {
    this.closed = true;
    this.port?.disconnect();
    this.port = undefined;
  }
}
