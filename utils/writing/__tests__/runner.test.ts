import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OpenAITestServer, startOpenAIServer } from '../../../tests/e2e/openai-server';
import { seeded } from '../../../tests/seeded';
import { resolveSettings } from '../../settings';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { maskDraft, restorableAliasKey } from '../mask';
import type { RunSnapshot, StartRequest } from '../protocol';
import { hashText, type RunnerDeps, WritingRunner } from '../runner';

// Invented person.
const RESUME = 'Maria Kowalczyk\nmaria.kowalczyk@example.com | +1 415 555 0137\nLed a team of 5 engineers.';
const FORBIDDEN = ['kowalczyk', 'maria', 'example.com', '415 555'];

let server: OpenAITestServer;
beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.setMode('ok');
  server.setOptions({
    apiKey: 'sk-test-key',
    chunkDelayMs: 0,
    reply: (t) => /<<<\n([\s\S]*)\n>>>/.exec(t)?.[1] ?? t,
  });
});

function setUp(
  overrides: Record<string, unknown> = {},
  managed: Record<string, unknown> = {},
  tuning: RunnerDeps['tuning'] = { maxRetries: 2 },
  local: RunnerDeps['local'] = { state: async () => 'not-downloaded', generate: async () => '' },
) {
  const user = {
    provider: 'compatible',
    baseUrl: server.baseUrl,
    model: 'test-model',
    apiKey: 'sk-test-key',
    ...overrides,
  };
  const saved: Parameters<RunnerDeps['saveDraft']>[0][] = [];
  const receipts: Parameters<RunnerDeps['recordReceipt']>[0][] = [];
  const deps: RunnerDeps = {
    loadSettings: async () => resolveSettings(managed, user),
    local,
    saveDraft: async (d) => {
      saved.push(structuredClone(d));
    },
    recordReceipt: async (r) => receipts.push(r),
    tuning,
  };
  const settings = resolveSettings(managed, user).values;
  let n = 0;
  const base = { extraTerms: [], unmasked: [], aliasKey: 'k-test' };
  const choices = {
    ...base,
    aliasKey: restorableAliasKey(RESUME, undefined, settings, base, () => `k-${n++}`),
  };
  const preview = maskDraft(RESUME, undefined, settings, choices);
  const request: StartRequest = {
    draftId: 'd1',
    task: 'polish',
    text: RESUME,
    choices,
    previewMasked: preview.text,
  };
  return { runner: new WritingRunner(deps), saved, receipts, request, preview };
}

function leaked(): string[] {
  const all = JSON.stringify(server.requests).toLowerCase();
  return FORBIDDEN.filter((f) => all.includes(f));
}

describe('WritingRunner', () => {
  it('restores placeholders split across random chunk boundaries, and model variants of them', async () => {
    const random = seeded(42);
    for (let i = 0; i < 12; i++) {
      const variants = i % 2 === 1;
      server.setOptions({
        chunkSize: 1 + Math.floor(random() * 12),
        reply: (t) => {
          const inner = /<<<\n([\s\S]*)\n>>>/.exec(t)?.[1] ?? t;
          // Models rewrite placeholders: "[Email 1]", "PHONE_1", "candidate k7qf".
          return variants
            ? inner
                .replace('[EMAIL_1]', '[Email 1]')
                .replace('[PHONE_1]', 'PHONE_1')
                .replace(/Candidate (\w{4})/, (_, c: string) => `candidate ${c.toLowerCase()}`)
            : inner;
        },
      });
      const { runner, request } = setUp();
      const snapshots: RunSnapshot[] = [];
      const final = await runner.start({ ...request, draftId: `d${i}` }, (s) => snapshots.push(s));
      expect(final.status, final.error).toBe('done');
      expect(final.output).toBe(RESUME);
      expect(final.dropped).toEqual([]);
      expect(final.invented).toEqual([]);
      // Streaming output only ever grows and never shows a half placeholder.
      for (const s of snapshots) {
        expect(RESUME.startsWith(s.output)).toBe(true);
      }
    }
    expect(leaked()).toEqual([]);
  });

  it('flags dropped and invented placeholders and identifiers the model made up', async () => {
    server.setOptions({
      reply: (t) => {
        const inner = /<<<\n([\s\S]*)\n>>>/.exec(t)?.[1] ?? t;
        return `${inner.replace(' | [PHONE_1]', '')}\nContact [EMAIL_7] or someone.new@example.net`;
      },
    });
    const { runner, request } = setUp();
    const final = await runner.start(request);
    expect(final.status).toBe('done');
    expect(final.dropped).toEqual(['[PHONE_1]']);
    expect(final.invented).toEqual(['[EMAIL_7]']);
    const invented = (final.newIdentifiers ?? []).map((s) => final.output.slice(s.start, s.end));
    expect(invented).toContain('someone.new@example.net');
    expect(invented).not.toContain('maria.kowalczyk@example.com');
  });

  it('saves the draft and a receipt with hash and counts, never an original', async () => {
    const { runner, request, saved, receipts } = setUp();
    await runner.start(request);
    const last = saved.at(-1)!;
    expect(last.status).toBe('done');
    expect(last.masked).toBe(request.previewMasked);
    expect(last.output).toContain('[EMAIL_1]');
    expect(last.secrets.text).toBe(RESUME); // encrypted by the drafts store
    expect(receipts).toHaveLength(1);
    const r = receipts[0]!;
    expect(r.route).toBe('cloud');
    expect(r.counts).toMatchObject({ EMAIL: 1, PHONE: 1, NAME: 1 });
    expect(r.textHash).toBe(hashText(r.sentText));
    expect(r.sentText.toLowerCase()).not.toContain('kowalczyk');
  });

  it('refuses to send when the preview is not what would be sent', async () => {
    const { runner, request } = setUp();
    const final = await runner.start({ ...request, previewMasked: `${request.previewMasked} ` });
    expect(final.errorKind).toBe('preview-changed');
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the partial reply when the stream breaks, and says so', async () => {
    server.setMode('break-midway');
    const { runner, request } = setUp();
    const final = await runner.start(request);
    expect(final.status).toBe('error');
    expect(final.errorKind).toBe('broken-stream');
    // Everything received is kept (a half placeholder at the cut stays as it came).
    expect(final.output.startsWith('Maria Kowalczyk\n')).toBe(true);
  });

  it('retries a 429 with backoff and succeeds', async () => {
    server.setMode('rate-limit-once');
    const { runner, request } = setUp();
    const final = await runner.start(request);
    expect(final.status).toBe('done');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it.each([
    ['bad-key', 'bad-key'],
    ['unknown-model', 'unknown-model'],
    ['server-error', 'server'],
  ] as const)('reports %s clearly', async (mode, kind) => {
    server.setMode(mode);
    const { runner, request } = setUp();
    const final = await runner.start(request);
    expect(final.status).toBe('error');
    expect(final.errorKind).toBe(kind);
  });

  it('reports an unreachable endpoint', async () => {
    const { runner, request } = setUp({ baseUrl: 'http://127.0.0.1:9/v1' });
    const final = await runner.start(request);
    expect(final.errorKind).toBe('unreachable');
  });

  it('cancels a stream and keeps what arrived', async () => {
    server.setOptions({ chunkDelayMs: 30, chunkSize: 2 });
    const { runner, request } = setUp();
    const done = runner.start(request, (s) => {
      if (s.output.length > 5) runner.cancel(request.draftId);
    });
    const final = await done;
    expect(final.status).toBe('cancelled');
    expect(final.output.length).toBeGreaterThan(5);
  });

  it('lets a second page attach to a running request', async () => {
    server.setOptions({ chunkDelayMs: 10, chunkSize: 3 });
    const { runner, request } = setUp();
    const done = runner.start(request);
    await new Promise((r) => setTimeout(r, 50));
    const seen: RunSnapshot[] = [];
    const off = runner.attach(request.draftId, (s) => seen.push(s));
    expect(off).toBeTypeOf('function');
    await done;
    expect(seen.at(-1)?.status).toBe('done');
    expect(seen.at(-1)?.output).toBe(RESUME);
    expect(runner.attach(request.draftId, () => undefined)).toBeUndefined();
  });

  it('sends unmasked text only where policy allows it (organisation endpoint)', async () => {
    // An organisation endpoint on its own network takes no key: the client sends a dummy one.
    server.setOptions({ apiKey: 'none' });
    // Policy only: the organisation sets its endpoint and allows unmasked text to it.
    const { runner, request } = setUp(
      {},
      {
        allowedRoutes: ['org-endpoint'],
        orgEndpointUrl: server.baseUrl,
        orgEndpointModel: 'test-model',
        orgEndpointUnmasked: true,
      },
    );
    const final = await runner.start(request);
    expect(final.route).toBe('org-endpoint');
    expect(final.status, final.error).toBe('done');
    expect(JSON.stringify(server.requests)).toContain('kowalczyk');
    expect(final.dropped).toEqual([]);
  });

  it('never sends unmasked text to the organisation endpoint without that policy', async () => {
    server.setOptions({ apiKey: 'none' });
    // A user cannot allow unmasked text by themselves.
    const { runner, request } = setUp({
      allowedRoutes: ['org-endpoint'],
      orgEndpointUrl: server.baseUrl,
      orgEndpointModel: 'test-model',
      orgEndpointUnmasked: true,
    });
    const final = await runner.start(request);
    expect(final.route).toBe('org-endpoint');
    expect(leaked()).toEqual([]);
    expect(DEFAULT_SETTINGS.orgEndpointUnmasked).toBe(false);
  });

  it('falls back to the next allowed route when a route cannot be reached, and says so', async () => {
    const { runner, request } = setUp({ orgEndpointUrl: 'http://127.0.0.1:9/v1', orgEndpointModel: 'qwen' });
    const routes: (string | undefined)[] = [];
    const final = await runner.start(request, (snap) => routes.push(snap.route));
    expect(final.status, final.error).toBe('done');
    expect(routes).toContain('org-endpoint');
    expect(final.route).toBe('cloud');
    expect(final.why).toContain('Organisation endpoint failed (unreachable); fell back to Cloud provider');
    expect(final.output).toBe(RESUME);
  });

  it('does not fall back on a rejected key (the user must fix it)', async () => {
    server.setMode('bad-key');
    const { runner, request } = setUp({ orgEndpointUrl: server.baseUrl, orgEndpointModel: 'test-model' });
    const final = await runner.start(request);
    expect(final.errorKind).toBe('bad-key');
    expect(final.route).toBe('org-endpoint');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('times out a silent endpoint with a clear message', async () => {
    server.setOptions({ firstByteDelayMs: 1500 });
    const { runner, request } = setUp({}, {}, { timeoutMs: 200, maxRetries: 0 });
    const final = await runner.start(request);
    server.setOptions({ firstByteDelayMs: 0 });
    expect(final.errorKind).toBe('timeout');
    expect(final.error).toContain('did not answer in time');
  });

  it('talks to Azure OpenAI with its deployment URL, API version and api-key header', async () => {
    const { runner, request } = setUp({ provider: 'azure', baseUrl: server.url, model: 'test-model' });
    const final = await runner.start(request);
    expect(final.status, final.error).toBe('done');
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post.url).toMatch(/^\/openai\/deployments\/test-model\/chat\/completions\?api-version=/);
    expect(post.headers['api-key']).toBe('sk-test-key');
    expect(leaked()).toEqual([]);
  });

  it('the in-browser model gets the text as written and its reply is shown as is', async () => {
    const seen: string[] = [];
    const local: RunnerDeps['local'] = {
      state: async () => 'ready',
      generate: async (messages) => {
        seen.push(messages.map((m) => m.content).join('\n'));
        return 'Maria Kowalczyk, polished on the device.';
      },
    };
    const { runner, request, receipts } = setUp({}, {}, undefined, local);
    const final = await runner.start(request);
    expect(final.route).toBe('local-model');
    expect(final.status).toBe('done');
    expect(final.output).toBe('Maria Kowalczyk, polished on the device.');
    expect(seen[0]).toContain('maria.kowalczyk@example.com');
    expect(server.requests).toHaveLength(0);
    // The receipt keeps the masked equivalent, never the originals.
    expect(receipts[0]?.sentText.toLowerCase()).not.toContain('kowalczyk');
  });

  it('cancelling the in-browser model reads as a cancel', async () => {
    const local: RunnerDeps['local'] = {
      state: async () => 'ready',
      generate: (_m, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () =>
            reject(Object.assign(new Error('Cancelled.'), { name: 'ModelAbortedError' })),
          );
        }),
    };
    const { runner, request } = setUp({}, {}, undefined, local);
    const done = runner.start(request);
    await new Promise((r) => setTimeout(r, 20));
    runner.cancel(request.draftId);
    expect((await done).status).toBe('cancelled');
  });

  it('falls back to the cloud when the in-browser model fails before answering', async () => {
    const local: RunnerDeps['local'] = {
      state: async () => 'ready',
      generate: async () => {
        throw Object.assign(new Error('The local model is not downloaded yet.'), {
          name: 'ModelNotLoadedError',
        });
      },
    };
    const { runner, request } = setUp({}, {}, undefined, local);
    const final = await runner.start(request);
    expect(final.status, final.error).toBe('done');
    expect(final.route).toBe('cloud');
    expect(final.why).toContain('In-browser model failed (not ready); fell back to Cloud provider');
    expect(final.output).toBe(RESUME);
    expect(leaked()).toEqual([]);
  });

  it('a run sent again replaces the earlier one', async () => {
    server.setOptions({ chunkDelayMs: 20, chunkSize: 3 });
    const { runner, request, saved } = setUp();
    const first = runner.start(request);
    await new Promise((r) => setTimeout(r, 30));
    const second = runner.start(request);
    expect((await first).status).toBe('cancelled');
    expect((await second).status).toBe('done');
    expect(saved.at(-1)?.status).toBe('done');
  });
});
