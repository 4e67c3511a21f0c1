/**
 * What the options page's model section needs, without web-llm: the device, the models it may use,
 * what is cached, and calls to the engine host (download, delete, a trial run of the model pass).
 */
import { analyze } from '../detect/analyze';
import type { Settings } from '../settings/schema';
import { modelUrlFor } from './app-config';
import { type ModelCacheInfo, modelCacheInfo } from './cache';
import { CATALOG } from './catalog';
import { LocalModelClient } from './client';
import type { LoadProgress } from './engine';
import { type ModelPassOutcome, runModelPass } from './model-pass';
import { createLlmRecognizer } from './recognizer';

export interface ModelEntry {
  id: string;
  label: string;
  /** Approximate download, MB (curated models only). */
  downloadMB?: number;
  custom: boolean;
}

/** Curated models plus the organisation's list. */
export function modelChoices(settings: Pick<Settings, 'modelList'>): ModelEntry[] {
  const custom = settings.modelList.map((m) => ({ id: m.id, label: m.id, custom: true }));
  const ids = new Set(custom.map((m) => m.id));
  return [
    ...custom,
    ...CATALOG.filter((m) => !ids.has(m.id)).map((m) => ({
      id: m.id,
      label: m.label,
      downloadMB: m.downloadMB,
      custom: false,
    })),
  ];
}

/** Cache state of every model choice. */
export async function cacheStates(
  settings: Pick<Settings, 'modelList' | 'modelBaseUrl'>,
): Promise<Record<string, ModelCacheInfo>> {
  const out: Record<string, ModelCacheInfo> = {};
  for (const m of modelChoices(settings)) out[m.id] = await modelCacheInfo(modelUrlFor(m.id, settings));
  return out;
}

let client: LocalModelClient | null = null;
function getClient(): LocalModelClient {
  client ??= new LocalModelClient();
  return client;
}

/** Downloads (or loads from cache) a model in the engine host. */
export async function downloadModel(
  modelId: string,
  onProgress: (p: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  await getClient().call('load', { modelId }, { onProgress, signal });
}

/** Removes a model from the cache. */
export async function deleteModel(modelId: string): Promise<void> {
  await getClient().call('deleteModel', { modelId }, {});
}

/** Rule pass then model pass on a pasted text, as blind mode runs them. */
export async function trialRun(
  text: string,
  settings: Pick<Settings, 'scoreThreshold' | 'maskedTypes' | 'allowTerms' | 'denyTerms'>,
  signal?: AbortSignal,
): Promise<{ rules: number; outcome: ModelPassOutcome }> {
  const options = {
    threshold: settings.scoreThreshold,
    maskedTypes: settings.maskedTypes,
    allowList: settings.allowTerms,
    denyList: settings.denyTerms,
  };
  const rules = analyze(text, options).length;
  const outcome = await runModelPass(text, options, createLlmRecognizer(getClient()), signal);
  return { rules, outcome };
}
