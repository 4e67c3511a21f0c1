import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { analyze } from '../detect/analyze';
import type { Span } from '../detect/types';
import { createStreamRestorer, type StreamRestorer } from '../detect/vault';
import type { ResolvedSettings } from '../settings';
import type { Route, Settings } from '../settings/schema';
import { type ClientTuning, describeError, endpointFor, type RemoteEndpoint, streamTask } from './client';
import type { DraftSecrets } from './drafts';
import { countByLabel, GateBlockedError, runGate } from './gate';
import { analyzeOptionsFor, type MaskedDraft, maskDraft, maskSpansInto, vaultOriginals } from './mask';
import type { RunSnapshot, StartRequest } from './protocol';
import { checkReply, placeholdersIn } from './reply';
import { chooseRoute, type LocalModelState, nextRoute, routeLabel } from './router';
import { buildMessages, type ChatMessage } from './tasks';

/**
 * Runs writing-help requests in the service worker, so a closed popup does not end a stream: pages
 * attach by draft id and get snapshots; the draft (masked input, raw reply, status) is saved as the
 * reply streams, the originals only encrypted.
 */

/** The in-browser model as the runner needs it. */
export interface LocalGenerator {
  state(): Promise<LocalModelState>;
  generate(messages: ChatMessage[], signal: AbortSignal): Promise<string>;
}

/** What a run records (the drafts store and the audit log). */
export interface RunnerDeps {
  loadSettings(): Promise<ResolvedSettings>;
  local: LocalGenerator;
  saveDraft(draft: {
    id: string;
    task: string;
    masked: string;
    output: string;
    status: RunSnapshot['status'];
    route?: string;
    error?: string;
    secrets: DraftSecrets;
  }): Promise<void>;
  recordReceipt(receipt: {
    route: string;
    model: string;
    textHash: string;
    counts: Record<string, number>;
    types: string[];
    sentText: string;
    detail?: string;
  }): Promise<number>;
  tuning?: ClientTuning;
  /** Called often while streaming; the worker uses it to stay alive (an extension API call). */
  keepAlive?(): void;
}

type Listener = (snapshot: RunSnapshot) => void;

interface Run {
  snapshot: RunSnapshot;
  controller: AbortController;
  listeners: Set<Listener>;
  endpoint?: RemoteEndpoint;
  masked?: MaskedDraft;
  /** The reply as received (placeholders, not restored): what the draft stores. */
  raw: string;
  restorer?: StreamRestorer;
  /** The last periodic save while streaming (the reply so far survives a worker restart). */
  saving?: Promise<void>;
  savedAt?: number;
}

/** How often a streaming reply is saved to the draft. */
const SAVE_EVERY_MS = 1000;

/** SHA-256 (hex) of the exact text sent. */
export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export class WritingRunner {
  private readonly runs = new Map<string, Run>();
  constructor(private readonly deps: RunnerDeps) {}

  /** The live snapshot of a draft's run, if this worker runs it. */
  snapshot(draftId: string): RunSnapshot | undefined {
    return this.runs.get(draftId)?.snapshot;
  }

  /** Listens to a run; returns an unsubscribe. Sends the current snapshot at once. */
  attach(draftId: string, listener: Listener): (() => void) | undefined {
    const run = this.runs.get(draftId);
    if (!run) return undefined;
    run.listeners.add(listener);
    listener(run.snapshot);
    return () => run.listeners.delete(listener);
  }

  /** Stops sending a run's snapshots to a listener (its page went away); the run goes on. */
  detach(draftId: string, listener: Listener): void {
    this.runs.get(draftId)?.listeners.delete(listener);
  }

  cancel(draftId: string): void {
    this.runs.get(draftId)?.controller.abort();
  }

  /** Starts a run; resolves with the final snapshot. */
  async start(request: StartRequest, listener?: Listener): Promise<RunSnapshot> {
    this.runs.get(request.draftId)?.controller.abort();
    const run: Run = {
      snapshot: { draftId: request.draftId, status: 'streaming', output: '' },
      controller: new AbortController(),
      listeners: new Set(listener ? [listener] : []),
      raw: '',
    };
    this.runs.set(request.draftId, run);
    // A slow endpoint may send nothing for a while: keep the worker alive for the whole run.
    const alive = setInterval(() => this.deps.keepAlive?.(), 15_000);
    try {
      await this.execute(request, run);
    } catch (error) {
      // Keep every character received: flush what the restorer held back before reporting.
      const tail = run.restorer?.flush() ?? '';
      if (tail) this.emit(run, { output: run.snapshot.output + tail });
      this.fail(run, error);
    }
    clearInterval(alive);
    await run.saving?.catch(() => undefined);
    // A newer run of the same draft (sent again) owns the draft from now on.
    if (this.runs.get(request.draftId) === run) {
      this.runs.delete(request.draftId);
      await this.persist(request, run).catch(() => undefined);
    }
    this.emit(run);
    return run.snapshot;
  }

  private emit(run: Run, patch: Partial<RunSnapshot> = {}): void {
    run.snapshot = { ...run.snapshot, ...patch };
    for (const l of run.listeners) l(run.snapshot);
  }

  private fail(run: Run, error: unknown): void {
    if (error instanceof GateBlockedError) {
      this.emit(run, { status: 'error', errorKind: 'gate', error: error.message });
      return;
    }
    const described = describeError(error, run.endpoint);
    // Any engine's own abort error (the in-browser model's included) reads as a cancel.
    const { kind, message } = run.controller.signal.aborted
      ? describeError(new DOMException('', 'AbortError'))
      : described;
    this.emit(run, { status: kind === 'cancelled' ? 'cancelled' : 'error', errorKind: kind, error: message });
  }

  private async persist(request: StartRequest, run: Run): Promise<void> {
    await this.deps.saveDraft({
      id: request.draftId,
      task: request.task,
      masked: run.masked?.text ?? request.previewMasked,
      output: run.raw,
      status: run.snapshot.status,
      route: run.snapshot.route,
      error: run.snapshot.error,
      secrets: {
        text: request.text,
        jobDescription: request.jobDescription,
        targetWords: request.targetWords,
        choices: request.choices,
        vault: run.masked?.vault.entries() ?? [],
      },
    });
  }

  private async execute(request: StartRequest, run: Run): Promise<void> {
    const { values: s } = await this.deps.loadSettings();
    const local = await this.deps.local.state().catch((): LocalModelState => 'unknown');
    const decision = chooseRoute(request.task, s, local);
    this.emit(run, { route: decision.route, why: decision.why, statuses: decision.statuses });
    if (!decision.route || decision.route === 'device') {
      this.emit(run, { status: 'error', errorKind: 'no-route', error: decision.why });
      return;
    }
    // Re-mask here and send only what the user previewed.
    const masked = maskDraft(request.text, request.jobDescription, s, request.choices);
    run.masked = masked;
    if (
      masked.text !== request.previewMasked ||
      (masked.jobDescription ?? '') !== (request.previewJobDescription ?? '')
    ) {
      this.emit(run, {
        status: 'error',
        errorKind: 'preview-changed',
        error: 'The preview is out of date (settings or text changed). Review the preview and send again.',
      });
      return;
    }
    const detect = (t: string) => analyze(t, analyzeOptionsFor(s, request.choices));
    await this.persist(request, run);
    let route: Route = decision.route;
    let restorer: StreamRestorer;
    for (;;) {
      try {
        restorer = await this.runRoute(run, request, s, masked, route, detect);
        break;
      } catch (error) {
        // Fall back to the next allowed route when this one could not even start: nothing was
        // received, the user did not cancel, and the failure was the route's (not the gate's).
        const next = nextRoute(decision, route);
        const { kind } = describeError(error, run.endpoint);
        const unavailable =
          kind === 'unreachable' || kind === 'timeout' || (route === 'local-model' && kind === 'other');
        if (
          !next ||
          run.raw ||
          run.controller.signal.aborted ||
          error instanceof GateBlockedError ||
          !unavailable
        )
          throw error;
        this.emit(run, {
          route: next,
          why: `${routeLabel(route)} failed (${kind === 'other' ? 'not ready' : kind}); fell back to ${routeLabel(next)}.`,
        });
        run.endpoint = undefined;
        route = next;
      }
    }
    const tail = restorer.flush();
    const output = run.snapshot.output + tail;
    const flags = checkReply(output, restorer.report(), [request.text, request.jobDescription ?? ''], detect);
    this.emit(run, { status: 'done', output, ...flags });
  }

  /** Sends the request on one route and streams the reply in; returns the restorer to finish with. */
  private async runRoute(
    run: Run,
    request: StartRequest,
    s: Settings,
    masked: MaskedDraft,
    route: Route,
    detect: (text: string) => Span[],
  ): Promise<StreamRestorer> {
    const signal = run.controller.signal;
    // Unmasked text may go only to the in-browser model, or to the organisation's endpoint when its
    // policy allows; the cloud route gets MaskedText only (types) and the gate checks it again.
    const unmasked = route === 'local-model' || (route === 'org-endpoint' && s.orgEndpointUnmasked);
    // An unmasked request has no placeholders to keep: nothing can be "dropped".
    const expected = unmasked
      ? []
      : [
          ...placeholdersIn(masked.text, masked.vault),
          ...placeholdersIn(masked.jobDescription ?? '', masked.vault),
        ];
    const restorer = createStreamRestorer(masked.vault, { expected });
    run.restorer = restorer;
    const onDelta = (delta: string) => {
      run.raw += delta;
      const out = restorer.push(delta);
      if (out) this.emit(run, { output: run.snapshot.output + out });
      this.deps.keepAlive?.();
      const now = Date.now();
      if (now - (run.savedAt ?? 0) > SAVE_EVERY_MS) {
        run.savedAt = now;
        run.saving = (run.saving ?? Promise.resolve())
          .then(() => this.persist(request, run))
          .catch(() => undefined);
      }
    };
    let receiptText = '';
    const gate = (messages: ChatMessage[]) => {
      const result = runGate(messages, {
        originals: vaultOriginals(masked.vault.entries()),
        placeholders: masked.vault.placeholders(),
        approved: request.choices.unmasked,
        detect,
        action: s.gateAction,
        mask: maskSpansInto(masked.vault, request.choices.aliasKey),
        unmaskedAllowed: unmasked,
      });
      if (result.masked) this.emit(run, { gateMasked: true });
      return result.messages;
    };
    const onSend = async (messages: ChatMessage[]) => {
      receiptText = messages.map((m) => `${m.role}: ${m.content}`).join('\n\n');
      const counts = countByLabel([...masked.items, ...masked.jdItems]);
      const model = run.endpoint?.model ?? 'in-browser model';
      const auditId = await this.deps.recordReceipt({
        route,
        model,
        textHash: hashText(receiptText),
        counts,
        types: Object.keys(counts),
        // The audit log never holds originals: for an unmasked route it keeps the masked equivalent.
        sentText: unmasked ? masked.text : receiptText,
        detail: unmasked
          ? 'Sent unmasked (allowed for this route); the masked equivalent is shown.'
          : undefined,
      });
      this.emit(run, { auditId, model });
    };
    const input = { task: request.task, targetWords: request.targetWords };
    if (route === 'local-model') {
      const messages = gate(
        buildMessages({ ...input, text: request.text, jobDescription: request.jobDescription }),
      );
      await onSend(messages);
      onDelta(await this.deps.local.generate(messages, signal));
    } else if (route === 'cloud') {
      const ep = endpointFor('cloud', s);
      run.endpoint = ep;
      const text = { ...input, text: masked.text, jobDescription: masked.jobDescription };
      await streamTask(ep, text, { gate, onSend, onDelta }, signal, this.deps.tuning);
    } else {
      const ep = endpointFor('org-endpoint', s);
      run.endpoint = ep;
      const text = unmasked
        ? { ...input, text: request.text, jobDescription: request.jobDescription }
        : { ...input, text: masked.text, jobDescription: masked.jobDescription };
      await streamTask(ep, text, { gate, onSend, onDelta }, signal, this.deps.tuning);
    }
    return restorer;
  }
}
