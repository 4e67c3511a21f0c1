import { useCallback, useEffect, useRef, useState } from 'react';
import { Locked } from '@/components/ui/Locked';
import type { ModelCacheInfo } from '@/utils/llm/cache';
import type { LoadProgress } from '@/utils/llm/engine';
import { estimateRemaining, formatBytes, formatDuration } from '@/utils/llm/eta';
import { cacheStates, deleteModel, downloadModel, modelChoices, trialRun } from '@/utils/llm/manager';
import type { ModelPassOutcome } from '@/utils/llm/model-pass';
import { type Capability, describeCapability, probeCapability } from '@/utils/llm/probe';
import { recommendModel } from '@/utils/llm/recommend';
import { getModelPassInfo, type ModelPassInfo } from '@/utils/llm/status';
import type { SettingKey } from '@/utils/settings/schema';
import { useSettings } from '@/utils/settings/use-settings';

type Download = { modelId: string; progress: LoadProgress | null; error?: string; done?: boolean };

/**
 * Local model management for the options page: the device in plain words, the recommended model,
 * download with progress and time left, what is cached, delete, the organisation's model list and
 * weights mirror, and a trial run of the model pass. No required props.
 */
export function ModelSection() {
  const { settings, set } = useSettings();
  const [cap, setCap] = useState<Capability | null>(null);
  const [cache, setCache] = useState<Record<string, ModelCacheInfo>>({});
  const [status, setStatus] = useState<ModelPassInfo | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  const abort = useRef<AbortController | null>(null);
  const values = settings?.values;
  const locked = (key: SettingKey) => settings?.locked.includes(key) ?? false;

  const refresh = useCallback(async () => {
    if (!values) return;
    setCache(await cacheStates(values));
    setStatus(await getModelPassInfo());
  }, [values]);

  useEffect(() => {
    void probeCapability().then(setCap);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (!values || !cap) return <p role="status">Checking this device…</p>;
  const rec = recommendModel(cap);
  const chosen = values.localModelId || rec.model?.id || '';
  const choices = modelChoices(values);

  const start = async (modelId: string) => {
    abort.current = new AbortController();
    setDownload({ modelId, progress: null });
    try {
      await downloadModel(modelId, (p) => setDownload({ modelId, progress: p }), abort.current.signal);
      setDownload({ modelId, progress: null, done: true });
    } catch (error) {
      setDownload({ modelId, progress: null, error: error instanceof Error ? error.message : String(error) });
    }
    await refresh();
  };

  const remove = async (modelId: string) => {
    await deleteModel(modelId).catch((e: unknown) =>
      setDownload({ modelId, progress: null, error: e instanceof Error ? e.message : String(e) }),
    );
    await refresh();
  };

  return (
    <section className="bh-model" aria-label="Local model" data-testid="model-section">
      <p data-testid="model-capability">{describeCapability(cap)}</p>
      <p data-testid="model-recommendation">
        Recommended: <strong>{rec.model ? rec.model.label : 'none'}</strong> — {rec.reason}
      </p>
      {status ? (
        <p data-testid="model-status" data-status={status.status}>
          Model pass: {status.status.replace('-', ' ')}. {status.reason}
        </p>
      ) : null}

      <label>
        <input
          type="checkbox"
          checked={values.localModelAllowed}
          disabled={locked('localModelAllowed')}
          onChange={(e) => void set('localModelAllowed', e.target.checked)}
        />{' '}
        Use the in-browser model{' '}
        {locked('localModelAllowed') ? <Locked settingKey="localModelAllowed" /> : null}
      </label>

      <label>
        Model{' '}
        <select
          value={values.localModelId}
          disabled={locked('localModelId')}
          onChange={(e) => void set('localModelId', e.target.value)}
          data-testid="model-select"
        >
          <option value="">Automatic ({rec.model?.label ?? 'none fits'})</option>
          {choices.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
              {m.downloadMB ? ` — about ${m.downloadMB} MB` : ''}
            </option>
          ))}
        </select>{' '}
        {locked('localModelId') ? <Locked settingKey="localModelId" /> : null}
      </label>

      <DownloadBox
        modelId={chosen}
        cached={cache[chosen]?.cached ?? false}
        download={download}
        disabled={!values.localModelAllowed || !chosen}
        onStart={() => void start(chosen)}
        onCancel={() => abort.current?.abort()}
      />

      <h4>Cached models</h4>
      <CacheList cache={cache} onDelete={(id) => void remove(id)} />

      <MirrorSettings />
      <TrialRun />
    </section>
  );
}

function DownloadBox(props: {
  modelId: string;
  cached: boolean;
  download: Download | null;
  disabled: boolean;
  onStart: () => void;
  onCancel: () => void;
}) {
  const d = props.download?.modelId === props.modelId ? props.download : null;
  const busy = d !== null && !d.done && !d.error;
  const p = d?.progress;
  const left = p ? estimateRemaining(p.progress, p.elapsed) : null;
  return (
    <div data-testid="model-download">
      <button type="button" disabled={props.disabled || busy} onClick={props.onStart}>
        {props.cached ? 'Load model' : 'Download model'}
      </button>
      {busy ? (
        <>
          {' '}
          <progress max={1} value={p?.progress ?? 0} aria-label="Download progress" />{' '}
          {p ? `${Math.round(p.progress * 100)}%` : 'Starting…'}
          {left !== null ? `, about ${formatDuration(left)} left` : ''}{' '}
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </>
      ) : null}
      {d?.done ? <span role="status"> Ready.</span> : null}
      {d?.error ? (
        <p role="alert" data-testid="model-error">
          {d.error}
        </p>
      ) : null}
    </div>
  );
}

function CacheList({
  cache,
  onDelete,
}: {
  cache: Record<string, ModelCacheInfo>;
  onDelete: (id: string) => void;
}) {
  const cached = Object.entries(cache).filter(([, c]) => c.files > 0);
  if (!cached.length) return <p data-testid="model-cache">Nothing is cached.</p>;
  const total = cached.reduce((n, [, c]) => n + c.bytes, 0);
  return (
    <ul data-testid="model-cache">
      {cached.map(([id, c]) => (
        <li key={id}>
          {id}: {formatBytes(c.bytes)}
          {c.cached ? '' : ' (incomplete)'}{' '}
          <button type="button" onClick={() => onDelete(id)}>
            Delete
          </button>
        </li>
      ))}
      <li>Total: {formatBytes(total)}</li>
    </ul>
  );
}

function MirrorSettings() {
  const { settings, set } = useSettings();
  const [base, setBase] = useState<string | null>(null);
  const [entry, setEntry] = useState({ id: '', url: '', libUrl: '' });
  const [error, setError] = useState('');
  if (!settings) return null;
  const { values, locked } = settings;
  const save = (p: Promise<void>) => p.then(() => setError('')).catch((e: Error) => setError(e.message));
  return (
    <div data-testid="model-mirror">
      <h4>Weights mirror and organisation models</h4>
      <label>
        Weights base URL{' '}
        <input
          type="url"
          value={base ?? values.modelBaseUrl}
          placeholder="https://models.example.org"
          disabled={locked.includes('modelBaseUrl')}
          onChange={(e) => setBase(e.target.value)}
          onBlur={() => base !== null && void save(set('modelBaseUrl', base.trim()))}
        />{' '}
        {locked.includes('modelBaseUrl') ? <Locked settingKey="modelBaseUrl" /> : null}
      </label>
      <ul>
        {values.modelList.map((m) => (
          <li key={m.id}>
            {m.id}{' '}
            {locked.includes('modelList') ? null : (
              <button
                type="button"
                onClick={() =>
                  void save(
                    set(
                      'modelList',
                      values.modelList.filter((x) => x.id !== m.id),
                    ),
                  )
                }
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {locked.includes('modelList') ? (
        <Locked settingKey="modelList" />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!entry.id || !entry.url || !entry.libUrl)
              return setError('Give the id, weights URL and library URL.');
            void save(set('modelList', [...values.modelList.filter((x) => x.id !== entry.id), entry]));
          }}
        >
          {(['id', 'url', 'libUrl'] as const).map((k) => (
            <input
              key={k}
              aria-label={k === 'id' ? 'Model id' : k === 'url' ? 'Weights URL' : 'Model library URL'}
              placeholder={
                k === 'id' ? 'Model id' : k === 'url' ? 'Weights URL' : 'Model library (.wasm) URL'
              }
              value={entry[k]}
              onChange={(e) => setEntry({ ...entry, [k]: e.target.value })}
            />
          ))}
          <button type="submit">Add model</button>
        </form>
      )}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}

function TrialRun() {
  const { settings } = useSettings();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ rules: number; outcome: ModelPassOutcome } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!settings) return null;
  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await trialRun(text, settings.values));
    } finally {
      setBusy(false);
    }
  };
  const added = result ? result.outcome.spans.filter((s) => s.recognizer === 'llm') : [];
  return (
    <div data-testid="model-trial">
      <h4>Try the model pass</h4>
      <textarea
        aria-label="Text to check"
        rows={4}
        cols={60}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <br />
      <button type="button" disabled={busy || !text.trim()} onClick={() => void run()}>
        {busy ? 'Checking…' : 'Check text'}
      </button>
      {result ? (
        <div role="status" data-testid="model-trial-result" data-status={result.outcome.status}>
          <p>
            Rule pass: {result.rules} found. Model pass: {result.outcome.status}
            {result.outcome.status === 'failed' ? ` (${result.outcome.error})` : ''}; {added.length} added.
          </p>
          <ul>
            {added.map((s) => (
              <li key={`${s.start}-${s.end}`}>
                {s.label}: {text.slice(s.start, s.end)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
