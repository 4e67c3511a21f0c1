import { useEffect, useId, useState } from 'react';
import { Locked } from '@/components/ui/Locked';
import {
  loadSettings,
  type ResolvedSettings,
  type SettingKey,
  setUserSetting,
  watchSettings,
} from '@/utils/settings';
import { endpointFor, testConnection } from '@/utils/writing/client';

type Provider = 'openai' | 'azure' | 'compatible';

/** Provider presets: the base URL and model a choice starts from. */
export const PROVIDER_PRESETS: Record<
  Provider,
  { label: string; baseUrl: string; model: string; hint: string }
> = {
  openai: {
    label: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    hint: 'API key from platform.openai.com.',
  },
  azure: {
    label: 'Azure OpenAI',
    baseUrl: 'https://YOUR-RESOURCE.openai.azure.com',
    model: 'your-deployment',
    hint: 'Base URL is the resource endpoint; "model" is the deployment name.',
  },
  compatible: {
    label: 'OpenAI-compatible',
    baseUrl: 'http://localhost:11434/v1',
    model: 'llama3.1',
    hint: 'Any OpenAI-compatible API (vLLM, Ollama, LM Studio, hosted providers). The key may be empty.',
  },
};

/** "sk-…abcd": never the whole key on screen. */
export function maskKey(key: string): string {
  if (!key) return 'not set';
  return `${key.slice(0, 3)}…${key.slice(-4)} (${key.length} characters)`;
}

function Field(props: {
  k: SettingKey;
  label: string;
  locked: boolean;
  children: (id: string) => React.ReactNode;
  help?: string;
}) {
  const id = useId();
  return (
    <div className="bh-field">
      <label htmlFor={id}>{props.label}</label>{' '}
      {props.locked ? <Locked settingKey={props.k} label={props.label} /> : null}
      <div>{props.children(id)}</div>
      {props.help ? <small className="bh-hint">{props.help}</small> : null}
    </div>
  );
}

/**
 * Writing-help provider settings: preset, base URL, model, API key (stored on this device only, shown
 * masked), the organisation endpoint, and "test connection". Settings the organisation set are shown
 * locked. Mounted by the options page ("Writing help") and the popup.
 */
export function ProviderSettings() {
  const [resolved, setResolved] = useState<ResolvedSettings>();
  const [keyDraft, setKeyDraft] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | undefined>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void loadSettings().then(setResolved);
    return watchSettings(setResolved);
  }, []);
  if (!resolved) return <p>Loading…</p>;
  const s = resolved.values;
  const isLocked = (k: SettingKey) => resolved.locked.includes(k);
  const save = <K extends SettingKey>(k: K, v: ResolvedSettings['values'][K]): Promise<void> => {
    setError(undefined);
    setStatus(undefined);
    return setUserSetting(k, v).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : 'Could not save.'),
    );
  };
  // One after the other: each save reads and writes the stored settings.
  const choosePreset = async (p: Provider) => {
    await save('provider', p);
    if (!isLocked('baseUrl')) await save('baseUrl', PROVIDER_PRESETS[p].baseUrl);
    if (!isLocked('model')) await save('model', PROVIDER_PRESETS[p].model);
  };
  return (
    <div className="bh-provider" data-testid="provider-settings">
      <Field
        k="provider"
        label="Provider"
        locked={isLocked('provider')}
        help={PROVIDER_PRESETS[s.provider].hint}
      >
        {(id) => (
          <select
            id={id}
            data-testid="provider-preset"
            value={s.provider}
            disabled={isLocked('provider')}
            onChange={(e) => void choosePreset(e.target.value as Provider)}
          >
            {(Object.keys(PROVIDER_PRESETS) as Provider[]).map((p) => (
              <option key={p} value={p}>
                {PROVIDER_PRESETS[p].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field k="baseUrl" label="Base URL" locked={isLocked('baseUrl')}>
        {(id) => (
          <input
            id={id}
            data-testid="provider-base-url"
            type="url"
            defaultValue={s.baseUrl}
            key={s.baseUrl}
            disabled={isLocked('baseUrl')}
            onBlur={(e) => void (e.target.value !== s.baseUrl && save('baseUrl', e.target.value.trim()))}
          />
        )}
      </Field>
      <Field k="model" label={s.provider === 'azure' ? 'Deployment' : 'Model'} locked={isLocked('model')}>
        {(id) => (
          <input
            id={id}
            data-testid="provider-model"
            defaultValue={s.model}
            key={s.model}
            disabled={isLocked('model')}
            onBlur={(e) => void (e.target.value !== s.model && save('model', e.target.value.trim()))}
          />
        )}
      </Field>
      <Field
        k="apiKey"
        label="API key"
        locked={isLocked('apiKey')}
        help={`Stored on this device only. Current: ${maskKey(s.apiKey)}`}
      >
        {(id) => (
          <span className="bh-row">
            <input
              id={id}
              data-testid="provider-api-key"
              type="password"
              autoComplete="off"
              value={keyDraft}
              placeholder={s.apiKey ? 'Enter a new key to replace it' : 'Paste your API key'}
              disabled={isLocked('apiKey')}
              onChange={(e) => setKeyDraft(e.target.value)}
            />
            <button
              type="button"
              data-testid="provider-api-key-save"
              disabled={isLocked('apiKey') || !keyDraft.trim()}
              onClick={() => {
                void save('apiKey', keyDraft.trim());
                setKeyDraft('');
              }}
            >
              Save key
            </button>
            {s.apiKey && !isLocked('apiKey') ? (
              <button type="button" onClick={() => void save('apiKey', '')}>
                Remove key
              </button>
            ) : null}
          </span>
        )}
      </Field>
      <Field
        k="orgEndpointUrl"
        label="Organisation endpoint URL"
        locked={isLocked('orgEndpointUrl')}
        help="Your organisation's own OpenAI-compatible server (vLLM, Ollama) on its network."
      >
        {(id) => (
          <input
            id={id}
            type="url"
            defaultValue={s.orgEndpointUrl}
            key={s.orgEndpointUrl}
            disabled={isLocked('orgEndpointUrl')}
            onBlur={(e) =>
              void (e.target.value !== s.orgEndpointUrl && save('orgEndpointUrl', e.target.value.trim()))
            }
          />
        )}
      </Field>
      <Field k="orgEndpointModel" label="Organisation endpoint model" locked={isLocked('orgEndpointModel')}>
        {(id) => (
          <input
            id={id}
            defaultValue={s.orgEndpointModel}
            key={s.orgEndpointModel}
            disabled={isLocked('orgEndpointModel')}
            onBlur={(e) =>
              void (e.target.value !== s.orgEndpointModel && save('orgEndpointModel', e.target.value.trim()))
            }
          />
        )}
      </Field>
      <div className="bh-row">
        <button
          type="button"
          data-testid="provider-test"
          onClick={() => {
            setStatus({ ok: true, message: 'Testing…' });
            void testConnection(endpointFor('cloud', s)).then(setStatus);
          }}
        >
          Test connection
        </button>
        {status ? (
          <span role="status" data-testid="provider-test-result" className={status.ok ? 'bh-ok' : 'bh-error'}>
            {status.message}
          </span>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="bh-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
