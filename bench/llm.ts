/**
 * The language-model section of `npm run bench`. It starts Chromium with the built extension and
 * WebGPU, asks the offscreen engine host what the device can do, and tries to load the model.
 * Where a real model loads (a GPU machine with the weights cached in BLINDHIRE_LLM_PROFILE, or
 * reachable through BLINDHIRE_MODEL_BASE_URL), it measures load time, tokens per second, seconds
 * per resume and the mask recall the model pass adds over the rule engine on both corpora. Where
 * none is available it says so plainly and reports the probe.
 *
 * Environment: BLINDHIRE_LLM_PROFILE (Chromium profile dir holding cached weights),
 * BLINDHIRE_MODEL_BASE_URL (weights mirror), BLINDHIRE_LLM_MODEL (model id), BLINDHIRE_LLM_SAMPLE
 * (records per corpus, default 20), BLINDHIRE_LLM_LOAD_TIMEOUT_S (default 900).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../scripts/chromium';
import { analyze } from '../utils/detect/analyze';
import type { ExtractedEntity, GenerateResult } from '../utils/llm/engine';
import { buildExtractionRequest, parseEntities } from '../utils/llm/extract';
import { runModelPass } from '../utils/llm/model-pass';
import type { Capability } from '../utils/llm/probe';
import { createLlmRecognizer } from '../utils/llm/recognizer';
import { type GoldRecord, loadScorer, readCorpus } from './quality';
import type { BenchSection } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXTENSION = path.resolve(here, '../.output/chrome-mv3');
const CORPORA = [
  { id: 'resumes-dotin', file: path.join(here, 'data', 'resumes-dotin.jsonl') },
  { id: 'presidio-synth-v2', file: path.join(here, 'data', 'presidio-synth-v2.jsonl') },
];

type HostReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

/** One engine-host call from an extension page (the port protocol of utils/llm/protocol.ts). */
function hostCall(page: Page, op: string, args: unknown, timeoutMs: number): Promise<HostReply> {
  return page.evaluate(
    async ({ op, args, timeoutMs }) => {
      await chrome.runtime.sendMessage({ type: 'bh-llm:ensure-host' });
      return new Promise<HostReply>((resolve) => {
        const port = chrome.runtime.connect({ name: 'bh-llm-host' });
        const id = `bench-${Math.random()}`;
        const timer = setTimeout(() => {
          port.postMessage({ kind: 'cancel', id });
          resolve({ ok: false, error: { name: 'Timeout', message: `no answer in ${timeoutMs / 1000} s` } });
        }, timeoutMs);
        port.onMessage.addListener(
          (m: { kind: string; value?: unknown; error?: { name: string; message: string } }) => {
            if (m.kind === 'progress' || m.kind === 'alive') return;
            clearTimeout(timer);
            port.disconnect();
            resolve(m.kind === 'result' ? { ok: true, value: m.value } : { ok: false, error: m.error! });
          },
        );
        port.onDisconnect.addListener(() => {
          clearTimeout(timer);
          resolve({ ok: false, error: { name: 'HostUnavailableError', message: 'port closed' } });
        });
        port.postMessage({ kind: 'call', id, op, args });
      });
    },
    { op, args, timeoutMs },
  );
}

async function launch(): Promise<{ context: BrowserContext; page: Page }> {
  const profile =
    process.env.BLINDHIRE_LLM_PROFILE || fs.mkdtempSync(path.join(os.tmpdir(), 'bh-llm-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-webgpu',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const settings: Record<string, unknown> = {};
  if (process.env.BLINDHIRE_MODEL_BASE_URL) settings.modelBaseUrl = process.env.BLINDHIRE_MODEL_BASE_URL;
  if (process.env.BLINDHIRE_LLM_MODEL) settings.localModelId = process.env.BLINDHIRE_LLM_MODEL;
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`);
  return { context, page };
}

function unavailable(reason: string, figures: BenchSection['figures'], probeLine = ''): BenchSection {
  return {
    title: 'Local language model (WebGPU)',
    markdown: [
      `**No real model was available on this machine: ${reason}**`,
      '',
      'Load time, tokens per second, seconds per resume and the recall the model pass adds were not measured.',
      'Masking ran on the rule engine alone. Run `npm run bench` on a machine with a GPU and the weights',
      '(BLINDHIRE_LLM_PROFILE or BLINDHIRE_MODEL_BASE_URL) to measure them.',
      probeLine ? `\nProbe: ${probeLine}` : '',
    ].join('\n'),
    figures: { modelAvailable: 'no', reason, ...figures },
  };
}

function probeFigures(cap: Capability | null): BenchSection['figures'] {
  if (!cap) return { webgpu: null };
  return {
    webgpu: cap.webgpu ? 'yes' : 'no',
    fallbackAdapter: cap.isFallbackAdapter ? 'yes' : 'no',
    shaderF16: cap.shaderF16 ? 'yes' : 'no',
    maxBufferMB: Math.round(cap.maxBufferSize / 2 ** 20),
    maxStorageBindingMB: Math.round(cap.maxStorageBufferBindingSize / 2 ** 20),
    deviceMemoryGiB: cap.deviceMemoryGiB ?? null,
  };
}

/** Measures the model pass over a sample of a corpus; returns per-corpus figures. */
async function measureCorpus(page: Page, gold: GoldRecord[]) {
  const score = await loadScorer();
  const stats = { seconds: 0, tokens: 0, decodeSeconds: 0, failures: 0 };
  const engine = {
    async extractEntities(text: string): Promise<ExtractedEntity[]> {
      const started = Date.now();
      const reply = await hostCall(page, 'generate', { request: buildExtractionRequest(text) }, 300_000);
      if (!reply.ok) throw new Error(reply.error.message);
      const r = reply.value as GenerateResult;
      if (r.completionTokens && r.tokensPerSecond) {
        stats.tokens += r.completionTokens;
        stats.decodeSeconds += r.completionTokens / r.tokensPerSecond;
      }
      stats.seconds += (Date.now() - started) / 1000;
      return parseEntities(r.text);
    },
  };
  const recognizer = createLlmRecognizer(engine, { timeoutMs: 300_000 });
  const rules: Array<{ id: string | number; spans: unknown[] }> = [];
  const withModel: Array<{ id: string | number; spans: unknown[] }> = [];
  for (const g of gold) {
    rules.push({ id: g.id, spans: analyze(g.text) });
    const outcome = await runModelPass(g.text, {}, recognizer);
    if (outcome.status === 'failed') stats.failures++;
    withModel.push({ id: g.id, spans: outcome.spans });
  }
  const a = score(gold, rules);
  const b = score(gold, withModel);
  return {
    secondsPerResume: stats.seconds / gold.length,
    tokensPerSecond: stats.decodeSeconds ? stats.tokens / stats.decodeSeconds : null,
    maskRecallRules: a.maskRecall,
    maskRecallWithModel: b.maskRecall,
    recallAdded: a.maskRecall != null && b.maskRecall != null ? b.maskRecall - a.maskRecall : null,
    tokenPrecisionRules: a.token.precision,
    tokenPrecisionWithModel: b.token.precision,
    failures: stats.failures,
  };
}

/** The section. Never throws for a missing model: that is reported as a result. */
export async function runLlmBench(): Promise<BenchSection> {
  if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
    return unavailable(
      'the extension is not built (run npm run build first), so no model host could start.',
      {},
    );
  }
  const { context, page } = await launch();
  try {
    const probe = await hostCall(page, 'probe', {}, 30_000);
    const cap = probe.ok ? (probe.value as Capability) : null;
    const figures = probeFigures(cap);
    const { describeCapability } = await import('../utils/llm/probe');
    const probeLine = cap ? describeCapability(cap) : `probe failed: ${probe.ok ? '' : probe.error.message}`;
    if (!cap?.webgpu) return unavailable('WebGPU is not available in Chromium here.', figures, probeLine);
    const loadTimeout = Number(process.env.BLINDHIRE_LLM_LOAD_TIMEOUT_S ?? 900) * 1000;
    const started = Date.now();
    const load = await hostCall(page, 'load', {}, loadTimeout);
    const loadSeconds = (Date.now() - started) / 1000;
    if (!load.ok) {
      return unavailable(
        `the model could not be loaded (${load.error.name}: ${load.error.message})`,
        {
          ...figures,
          loadFailedAfterSeconds: Number(loadSeconds.toFixed(1)),
        },
        probeLine,
      );
    }
    const { modelId } = load.value as { modelId: string };
    const sample = Number(process.env.BLINDHIRE_LLM_SAMPLE ?? 20);
    const rows: string[] = [];
    const out: BenchSection['figures'] = {
      modelAvailable: 'yes',
      modelId,
      loadSeconds: Number(loadSeconds.toFixed(1)),
      ...figures,
    };
    for (const c of CORPORA) {
      const gold = readCorpus(c.file).slice(0, sample);
      const m = await measureCorpus(page, gold);
      for (const [k, v] of Object.entries(m)) out[`${c.id}.${k}`] = v == null ? null : Number(v.toFixed(4));
      const f = (v: number | null, d = 3) => (v == null ? '–' : v.toFixed(d));
      rows.push(
        `| ${c.id} (${gold.length}) | ${f(m.secondsPerResume, 2)} | ${f(m.tokensPerSecond, 1)} | ${f(m.maskRecallRules)} | ${f(m.maskRecallWithModel)} | ${f(m.recallAdded)} | ${m.failures} |`,
      );
    }
    return {
      title: 'Local language model (WebGPU)',
      markdown: [
        `Model ${modelId}, loaded in ${loadSeconds.toFixed(1)} s. Probe: ${probeLine}`,
        '',
        '| corpus (records) | s/resume | tokens/s | mask recall, rules | mask recall, rules + model | added | failed passes |',
        '|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
      figures: out,
    };
  } finally {
    await context.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void runLlmBench().then((s) => {
    console.log(`## ${s.title}\n\n${s.markdown}\n`);
    console.log(JSON.stringify(s.figures, null, 2));
  });
}
