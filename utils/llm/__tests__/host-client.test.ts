import { describe, expect, it, vi } from 'vitest';
import { buildAppConfig, mirrorUrl, modelUrlFor, weightsFolder } from '../app-config';
import { LocalModelClient, type RuntimeLike } from '../client';
import { estimateRemaining, formatDuration } from '../eta';
import { EngineHost, type HostDeps, type PortLike } from '../host';
import type { CallerMessage, HostConfig, HostMessage } from '../protocol';
import { computeModelPassInfo } from '../status';

const MiB = 2 ** 20;
const softwareGpu = {
  webgpu: true,
  isFallbackAdapter: true,
  shaderF16: false,
  maxBufferSize: 1024 * MiB,
  maxStorageBufferBindingSize: 1024 * MiB,
};
const baseSettings: HostConfig['settings'] = {
  modelList: [],
  modelBaseUrl: '',
  localModelAllowed: true,
  localModelId: '',
};

function deps(config: Partial<HostConfig> = {}, cached = false): HostDeps {
  return {
    getConfig: async () => ({ settings: baseSettings, scripted: { delayMs: 30 }, ...config }),
    createWebLlm: async () => {
      throw new Error('web-llm is not used in unit tests');
    },
    deleteCached: async () => undefined,
    probe: async () => softwareGpu,
    cacheInfo: async () => ({ cached, files: cached ? 2 : 0, bytes: 0 }),
  };
}

/** An in-memory runtime: connect() links a port pair to the host; `drop()` cuts every open port. */
function fakeRuntime(makeHost: () => EngineHost) {
  let host = makeHost();
  const open = new Set<() => void>();
  let ensured = 0;
  const runtime: RuntimeLike = {
    sendMessage: async () => {
      ensured++;
      return { ok: true };
    },
    connect: () => {
      const toHost: Array<(m: CallerMessage) => void> = [];
      const toCaller: Array<(m: HostMessage) => void> = [];
      const hostGone: Array<() => void> = [];
      const callerGone: Array<() => void> = [];
      let alive = true;
      const hostPort: PortLike = {
        name: 'bh-llm-host',
        postMessage: (m) =>
          alive &&
          queueMicrotask(() => {
            for (const l of toCaller) l(m);
          }),
        onMessage: { addListener: (l) => toHost.push(l) },
        onDisconnect: { addListener: (l) => hostGone.push(l) },
      };
      host.connect(hostPort);
      const cut = () => {
        if (!alive) return;
        alive = false;
        for (const l of hostGone) l();
        for (const l of callerGone) l();
      };
      open.add(cut);
      return {
        postMessage: (m) =>
          alive &&
          queueMicrotask(() => {
            for (const l of toHost) l(m);
          }),
        disconnect: () => {
          alive = false;
          for (const l of hostGone) l();
        },
        onMessage: { addListener: (l) => toCaller.push(l) },
        onDisconnect: { addListener: (l) => callerGone.push(l) },
      };
    },
  };
  return {
    runtime,
    ensured: () => ensured,
    /** The host goes away (offscreen document closed): a fresh one replaces it on the next connect. */
    replaceHost: () => {
      for (const cut of open) cut();
      open.clear();
      host = makeHost();
    },
  };
}

describe('engine host and client', () => {
  it('extracts through the port with the scripted engine', async () => {
    const rt = fakeRuntime(() => new EngineHost(deps()));
    const found = await new LocalModelClient(rt.runtime).extractEntities('Mentoring: Women in Tech mentor.');
    expect(found).toEqual([{ text: 'Women in Tech mentor', label: 'PROXY' }]);
  });

  it('reconnects when the host goes away mid-request and re-sends the same input', async () => {
    const texts: string[] = [];
    const make = () => {
      const host = new EngineHost(deps());
      const run = host.run.bind(host);
      host.run = (op, args, signal, onProgress) => {
        if (op === 'extract') texts.push((args as { text: string }).text);
        return run(op, args, signal, onProgress);
      };
      return host;
    };
    const rt = fakeRuntime(make);
    const onReconnect = vi.fn();
    const pending = new LocalModelClient(rt.runtime, { onReconnect }).extractEntities('church youth leader');
    await new Promise((r) => setTimeout(r, 10));
    rt.replaceHost();
    expect(await pending).toEqual([{ text: 'church youth leader', label: 'PROXY' }]);
    expect(onReconnect).toHaveBeenCalledWith(1);
    expect(texts).toEqual(['church youth leader', 'church youth leader']);
    expect(rt.ensured()).toBe(2);
  });

  it('treats a silent host as lost even when the port stays open, and re-sends', async () => {
    const rt = fakeRuntime(() => new EngineHost(deps()));
    let connects = 0;
    const ghost: RuntimeLike = {
      sendMessage: rt.runtime.sendMessage,
      connect: (info) => {
        connects++;
        if (connects > 1) return rt.runtime.connect(info);
        // The first port reaches nobody who answers (the host is gone, another frame holds the port).
        return {
          postMessage: () => undefined,
          disconnect: () => undefined,
          onMessage: { addListener: () => undefined },
          onDisconnect: { addListener: () => undefined },
        };
      },
    };
    const found = await new LocalModelClient(ghost, { silenceMs: 50 }).extractEntities('church youth leader');
    expect(found).toEqual([{ text: 'church youth leader', label: 'PROXY' }]);
    expect(connects).toBe(2);
  });

  it('gives up with a clear message after too many lost connections', async () => {
    const rt = fakeRuntime(() => new EngineHost(deps({ scripted: { delayMs: 1000 } })));
    const client = new LocalModelClient(rt.runtime, { maxReconnects: 1 });
    const pending = client.extractEntities('x y').catch((e: Error) => e);
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 20));
      rt.replaceHost();
    }
    const error = await pending;
    expect(error).toMatchObject({ name: 'HostUnavailableError' });
    expect((error as Error).message).toMatch(/your text is kept/);
  });

  it('a caller re-attaching with the same id gets the running job, not a second run', async () => {
    const host = new EngineHost(deps());
    const runs = vi.spyOn(host, 'run');
    const port = (): PortLike & { got: HostMessage[]; send: (m: CallerMessage) => void } => {
      const listeners: Array<(m: CallerMessage) => void> = [];
      const got: HostMessage[] = [];
      return {
        name: 'bh-llm-host',
        got,
        send: (m) => {
          for (const l of listeners) l(m);
        },
        postMessage: (m) => got.push(m),
        onMessage: { addListener: (l) => listeners.push(l) },
        onDisconnect: { addListener: () => undefined },
      };
    };
    const a = port();
    const b = port();
    host.connect(a);
    host.connect(b);
    a.send({ kind: 'call', id: 'same', op: 'extract', args: { text: 'church youth leader' } });
    b.send({ kind: 'call', id: 'same', op: 'extract', args: { text: 'church youth leader' } });
    await vi.waitFor(() => expect(b.got.some((m) => m.kind === 'result')).toBe(true));
    expect(runs).toHaveBeenCalledTimes(1);
  });

  it('stops the download when the last caller cancels', async () => {
    const host = new EngineHost(deps({ scripted: { loadMs: 300 } }));
    const controller = new AbortController();
    const pending = host.run('load', {}, controller.signal, () => {});
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: 'ModelAbortedError' });
    await new Promise((r) => setTimeout(r, 400));
    expect(host.state()).toMatchObject({ engine: 'scripted', loadedModel: null });
    // Without a cancel the same load completes.
    await host.run('load', {}, new AbortController().signal, () => {});
    expect(host.state().loadedModel).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
  });

  it('refuses when the model is turned off, and never downloads for an extraction', async () => {
    const off = new EngineHost(deps({ settings: { ...baseSettings, localModelAllowed: false } }));
    await expect(
      off.run('extract', { text: 'x' }, new AbortController().signal, () => {}),
    ).rejects.toMatchObject({
      name: 'LocalModelDisabledError',
    });
    let created = 0;
    const real = new EngineHost({
      ...deps({ scripted: null }),
      createWebLlm: async () => {
        created++;
        const { ScriptedEngine } = await import('../scripted-engine');
        return new ScriptedEngine();
      },
    });
    await expect(
      real.run('extract', { text: 'x' }, new AbortController().signal, () => {}),
    ).rejects.toMatchObject({
      name: 'ModelNotLoadedError',
    });
    expect(created).toBe(1);
  });
});

describe('model pass status', () => {
  const status = (over: Partial<Parameters<typeof computeModelPassInfo>[0]>) =>
    computeModelPassInfo({
      config: { settings: baseSettings, scripted: null },
      hostSupported: true,
      probe: async () => softwareGpu,
      cacheInfo: async () => ({ cached: false, files: 0, bytes: 0 }),
      ...over,
    });

  it('is disabled, unavailable, not-downloaded or ready', async () => {
    expect(
      (await status({ config: { settings: { ...baseSettings, localModelAllowed: false }, scripted: null } }))
        .status,
    ).toBe('disabled');
    expect((await status({ hostSupported: false })).status).toBe('unavailable');
    expect(
      (await status({ probe: async () => ({ ...softwareGpu, webgpu: false, reason: 'No GPU.' }) })).status,
    ).toBe('unavailable');
    expect(await status({})).toMatchObject({
      status: 'not-downloaded',
      modelId: 'SmolLM2-360M-Instruct-q4f32_1-MLC',
    });
    expect((await status({ cacheInfo: async () => ({ cached: true, files: 9, bytes: 1 }) })).status).toBe(
      'ready',
    );
  });
});

describe('appConfig from settings', () => {
  const prebuilt = [
    {
      model: 'https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      model_id: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      model_lib:
        'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm',
    },
  ];

  it('moves public URLs to the mirror and puts the organisation list first', () => {
    const cfg = buildAppConfig(prebuilt, {
      modelBaseUrl: 'https://models.corp.example/',
      modelList: [
        {
          id: 'corp-model',
          url: 'https://models.corp.example/corp',
          libUrl: 'https://models.corp.example/corp.wasm',
        },
      ],
    });
    expect(cfg.model_list.map((m) => m.model_id)).toEqual([
      'corp-model',
      'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
    ]);
    expect(cfg.model_list[1]!.model).toBe(
      'https://models.corp.example/mlc-ai/Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
    );
    expect(cfg.model_list[1]!.model_lib).toMatch(
      /^https:\/\/models\.corp\.example\/binary-mlc-llm-libs\/web-llm-models\//,
    );
    expect(buildAppConfig(prebuilt, { modelBaseUrl: '', modelList: [] }).model_list).toEqual(prebuilt);
    expect(mirrorUrl('https://elsewhere.example/x', 'https://m')).toBe('https://elsewhere.example/x');
  });

  it('finds the weights folder the way web-llm does', () => {
    expect(weightsFolder(modelUrlFor('M', { modelBaseUrl: '', modelList: [] }))).toBe(
      'https://huggingface.co/mlc-ai/M/resolve/main/',
    );
    expect(weightsFolder('https://m.example/x/resolve/v2/')).toBe('https://m.example/x/resolve/v2/');
  });
});

describe('download time left', () => {
  it('extrapolates linearly and formats', () => {
    expect(estimateRemaining(0.25, 30)).toBe(90);
    expect(estimateRemaining(0, 30)).toBeNull();
    expect(estimateRemaining(1, 30)).toBe(0);
    expect(formatDuration(90)).toBe('2 min');
    expect(formatDuration(3900)).toBe('1 h 5 min');
  });
});
