/**
 * The engine host: runs in the offscreen document and owns the one engine instance. Callers connect
 * a port straight to it (HOST_PORT), so a service-worker shutdown does not cut a running load or
 * generation. Jobs are keyed by the caller's request id and outlive the port: a caller that lost its
 * port re-sends the same id and gets the running job's progress and result.
 */
import type { ModelSettings } from './app-config';
import { modelUrlFor } from './app-config';
import type { ModelCacheInfo } from './cache';
import type { LoadProgress, LocalEngine } from './engine';
import {
  LocalModelDisabledError,
  ModelAbortedError,
  ModelLoadError,
  ModelNotLoadedError,
  toWireError,
  WebGPUUnavailableError,
} from './errors';
import type { Capability } from './probe';
import type { CallerMessage, HostConfig, HostMessage, HostOpName, HostOps, HostState } from './protocol';
import { HEARTBEAT_MS } from './protocol';
import { recommendModel } from './recommend';
import { ScriptedEngine } from './scripted-engine';

/** What the host needs from its surroundings (injected so tests run it without a browser). */
export interface HostDeps {
  getConfig(): Promise<HostConfig>;
  createWebLlm(settings: ModelSettings): Promise<LocalEngine>;
  deleteCached(modelId: string, settings: ModelSettings): Promise<void>;
  probe(): Promise<Capability>;
  cacheInfo(modelUrl: string): Promise<ModelCacheInfo>;
}

/** The part of chrome.runtime.Port the host uses. */
export interface PortLike {
  name: string;
  postMessage(message: HostMessage): void;
  onMessage: { addListener(cb: (message: CallerMessage) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

interface Job {
  ports: Set<PortLike>;
  controller: AbortController;
  progress?: LoadProgress;
  outcome?: HostMessage;
}

/** How long a finished job's result waits for a reconnecting caller. */
export const RESULT_TTL_MS = 120_000;

export class EngineHost {
  private readonly jobs = new Map<string, Job>();
  private engine: LocalEngine | null = null;
  private engineKey = '';
  private loading: {
    modelId: string;
    promise: Promise<void>;
    listeners: Set<(p: LoadProgress) => void>;
    controller: AbortController;
  } | null = null;

  constructor(private readonly deps: HostDeps) {}

  /** Serves one caller port. */
  connect(port: PortLike): void {
    port.onMessage.addListener((message) => {
      if (message.kind === 'cancel') this.jobs.get(message.id)?.controller.abort();
      else if (message.kind === 'call') this.call(port, message.id, message.op, message.args);
    });
    // The job keeps running when the port closes: the caller may reconnect with the same id.
    port.onDisconnect.addListener(() => {
      for (const job of this.jobs.values()) job.ports.delete(port);
    });
  }

  state(): HostState {
    return {
      engine: this.engine?.kind ?? null,
      loadedModel: this.engine?.loadedModel() ?? null,
      jobs: this.jobs.size,
    };
  }

  private send(job: Job, message: HostMessage): void {
    for (const port of job.ports) {
      try {
        port.postMessage(message);
      } catch {
        job.ports.delete(port);
      }
    }
  }

  private call(port: PortLike, id: string, op: HostOpName, args: unknown): void {
    port.postMessage({ kind: 'alive', id });
    const existing = this.jobs.get(id);
    if (existing) {
      existing.ports.add(port);
      if (existing.progress && !existing.outcome)
        port.postMessage({ kind: 'progress', id, progress: existing.progress });
      if (existing.outcome) port.postMessage(existing.outcome);
      return;
    }
    const job: Job = { ports: new Set([port]), controller: new AbortController() };
    this.jobs.set(id, job);
    const heartbeat = setInterval(() => this.send(job, { kind: 'alive', id }), HEARTBEAT_MS);
    const onProgress = (progress: LoadProgress) => {
      job.progress = progress;
      this.send(job, { kind: 'progress', id, progress });
    };
    this.run(op, args, job.controller.signal, onProgress)
      .then(
        (value) => this.finish(id, job, { kind: 'result', id, value }),
        (error: unknown) => this.finish(id, job, { kind: 'error', id, error: toWireError(error) }),
      )
      .finally(() => clearInterval(heartbeat));
  }

  private finish(id: string, job: Job, outcome: HostMessage): void {
    job.outcome = outcome;
    this.send(job, outcome);
    setTimeout(() => this.jobs.delete(id), RESULT_TTL_MS);
  }

  /** Runs one operation. */
  async run(
    op: HostOpName,
    args: unknown,
    signal: AbortSignal,
    onProgress: (p: LoadProgress) => void,
  ): Promise<HostOps[HostOpName]['result']> {
    switch (op) {
      case 'probe':
        return this.deps.probe();
      case 'state':
        return this.state();
      case 'load': {
        const { engine, modelId } = await this.prepare((args as HostOps['load']['args']).modelId, true);
        await this.loadModel(engine, modelId, onProgress, signal);
        return { modelId, engine: engine.kind };
      }
      case 'extract': {
        const engine = await this.ready(onProgress, signal);
        return engine.extractEntities((args as HostOps['extract']['args']).text, signal);
      }
      case 'generate': {
        const engine = await this.ready(onProgress, signal);
        return engine.generate((args as HostOps['generate']['args']).request, signal);
      }
      case 'unload':
        await this.engine?.unload();
        return null;
      case 'deleteModel': {
        const { modelId } = args as HostOps['deleteModel']['args'];
        const config = await this.deps.getConfig();
        if (this.engine?.loadedModel() === modelId) await this.engine.unload();
        await this.deps.deleteCached(modelId, config.settings);
        return null;
      }
    }
  }

  /** The engine for the current config, and the model to use. */
  private async prepare(
    requested: string | undefined,
    download: boolean,
  ): Promise<{ engine: LocalEngine; modelId: string }> {
    const config = await this.deps.getConfig();
    if (!config.settings.localModelAllowed) {
      throw new LocalModelDisabledError(
        'The in-browser model is turned off by your settings or organisation.',
      );
    }
    const key = JSON.stringify([config.scripted, config.settings.modelList, config.settings.modelBaseUrl]);
    if (!this.engine || key !== this.engineKey) {
      await this.engine?.unload();
      this.engine = config.scripted
        ? new ScriptedEngine({ delayMs: config.scripted.delayMs, loadMs: config.scripted.loadMs })
        : await this.deps.createWebLlm(config.settings);
      this.engineKey = key;
    }
    let modelId = requested || config.settings.localModelId;
    if (!modelId) {
      const rec = recommendModel(await this.deps.probe());
      if (!rec.model && !config.scripted) throw new WebGPUUnavailableError(rec.reason);
      modelId = rec.model?.id ?? 'scripted';
    }
    if (!download && !config.scripted && this.engine.loadedModel() !== modelId) {
      const cache = await this.deps.cacheInfo(modelUrlFor(modelId, config.settings));
      if (!cache.cached) {
        throw new ModelNotLoadedError(
          'The local model is not downloaded yet. Download it in the BlindHire options; the rule engine masks meanwhile.',
        );
      }
    }
    return { engine: this.engine, modelId };
  }

  /** Shares one in-flight load among callers. */
  private async loadModel(
    engine: LocalEngine,
    modelId: string,
    onProgress: (p: LoadProgress) => void,
    signal: AbortSignal,
  ): Promise<void> {
    if (engine.loadedModel() === modelId) return;
    if (!this.loading || this.loading.modelId !== modelId) {
      const listeners = new Set<(p: LoadProgress) => void>();
      const controller = new AbortController();
      const promise = engine
        .load(
          modelId,
          (p) => {
            for (const l of listeners) l(p);
          },
          controller.signal,
        )
        .finally(() => {
          if (this.loading?.promise === promise) this.loading = null;
        });
      // Callers that give up are not left with an unhandled rejection.
      promise.catch(() => undefined);
      this.loading = { modelId, promise, listeners, controller };
    }
    const loading = this.loading;
    const { listeners, promise } = loading;
    listeners.add(onProgress);
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(new ModelAbortedError('Cancelled.')), { once: true }),
    );
    try {
      await Promise.race([promise, aborted]);
    } catch (error) {
      if (error instanceof ModelAbortedError) throw error;
      throw error instanceof Error ? error : new ModelLoadError(String(error));
    } finally {
      listeners.delete(onProgress);
      // The last caller cancelled: stop the download itself.
      if (signal.aborted && listeners.size === 0) loading.controller.abort();
    }
  }

  /** The engine with a model loaded (from cache only: extraction never starts a download). */
  private async ready(onProgress: (p: LoadProgress) => void, signal: AbortSignal): Promise<LocalEngine> {
    const { engine, modelId } = await this.prepare(undefined, false);
    if (engine.loadedModel()) return engine;
    await this.loadModel(engine, modelId, onProgress, signal);
    return engine;
  }
}
