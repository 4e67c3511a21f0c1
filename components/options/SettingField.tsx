import { type ReactNode, useEffect, useId, useState } from 'react';
import { SETTING_META } from '@/utils/settings/meta';
import { type SettingKey, type Settings, settingsShape } from '@/utils/settings/schema';
import { Locked } from '../ui/Locked';

/** Readable names for enumeration values. */
const OPTION_LABELS: Record<string, string> = {
  allowed: 'Allowed',
  'reason-required': 'Allowed with a reason',
  disabled: 'Not allowed',
  'local-model': 'In-browser model',
  'org-endpoint': 'Organisation endpoint',
  cloud: 'Cloud',
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  compatible: 'OpenAI-compatible',
  block: 'Block the request',
  mask: 'Mask what was found, then send',
};

type FieldKind = 'boolean' | 'enum' | 'enum-list' | 'number' | 'string' | 'string-list' | 'json';

interface JsonNode {
  type?: string;
  enum?: string[];
  items?: JsonNode;
}

function describeField(key: SettingKey): { kind: FieldKind; options: string[] } {
  const schema = settingsShape[key].toJSONSchema({ io: 'input' }) as JsonNode;
  if (schema.enum) return { kind: 'enum', options: schema.enum };
  if (schema.type === 'boolean') return { kind: 'boolean', options: [] };
  if (schema.type === 'number' || schema.type === 'integer') return { kind: 'number', options: [] };
  if (schema.type === 'string') return { kind: 'string', options: [] };
  if (schema.type === 'array' && schema.items?.enum) return { kind: 'enum-list', options: schema.items.enum };
  if (schema.type === 'array' && schema.items?.type === 'string') return { kind: 'string-list', options: [] };
  return { kind: 'json', options: [] };
}

export interface SettingFieldProps<K extends SettingKey> {
  settingKey: K;
  value: Settings[K];
  locked: boolean;
  /** Stores the value; a rejection is shown next to the field. */
  onChange: (value: Settings[K]) => Promise<void>;
}

/** One setting: label, control, help text, lock badge, and validation errors. Keyboard accessible. */
export function SettingField<K extends SettingKey>({
  settingKey,
  value,
  locked,
  onChange,
}: SettingFieldProps<K>) {
  const id = useId();
  const meta = SETTING_META[settingKey];
  const help = settingsShape[settingKey].description ?? '';
  const { kind, options } = describeField(settingKey);
  const [error, setError] = useState<string | null>(null);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${helpId} ${errorId}` : helpId;

  const commit = async (next: unknown) => {
    const parsed = settingsShape[settingKey].safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join(' '));
      return;
    }
    try {
      await onChange(parsed.data as Settings[K]);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save.');
    }
  };

  const common = {
    id,
    disabled: locked,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'data-testid': `setting-${settingKey}`,
  } as const;

  let control: ReactNode;
  switch (kind) {
    case 'boolean':
      control = (
        <input
          {...common}
          type="checkbox"
          checked={value as boolean}
          onChange={(e) => void commit(e.target.checked)}
        />
      );
      break;
    case 'enum':
      control = (
        <select {...common} value={value as string} onChange={(e) => void commit(e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {OPTION_LABELS[o] ?? o}
            </option>
          ))}
        </select>
      );
      break;
    case 'enum-list': {
      const selected = new Set(value as string[]);
      control = (
        <fieldset
          className="bh-choices"
          data-testid={`setting-${settingKey}`}
          aria-describedby={describedBy}
          disabled={locked}
        >
          <legend className="bh-visually-hidden">{meta.label}</legend>
          {options.map((o) => (
            <label key={o} className="bh-choice">
              <input
                type="checkbox"
                checked={selected.has(o)}
                onChange={(e) => {
                  const next = options.filter((x) => (x === o ? e.target.checked : selected.has(x)));
                  void commit(next);
                }}
              />{' '}
              {OPTION_LABELS[o] ?? o}
            </label>
          ))}
        </fieldset>
      );
      break;
    }
    case 'number':
      control = (
        <DraftInput
          {...common}
          type="number"
          step="any"
          value={String(value)}
          onCommit={(t) => void commit(t.trim() === '' ? Number.NaN : Number(t))}
        />
      );
      break;
    case 'string':
      control = (
        <DraftInput
          {...common}
          type={meta.secret ? 'password' : 'text'}
          autoComplete="off"
          spellCheck={false}
          value={value as string}
          onCommit={(t) => void commit(t.trim())}
        />
      );
      break;
    case 'string-list':
      control = (
        <DraftArea
          {...common}
          rows={4}
          value={(value as string[]).join('\n')}
          onCommit={(t) =>
            void commit(
              t
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            )
          }
        />
      );
      break;
    default:
      control = (
        <DraftArea
          {...common}
          rows={4}
          value={JSON.stringify(value, null, 2)}
          onCommit={(t) => {
            try {
              void commit(JSON.parse(t || 'null'));
            } catch {
              setError('Not valid JSON.');
            }
          }}
        />
      );
  }

  return (
    <div className={`bh-field bh-field-${kind}`} data-setting={settingKey}>
      <div className="bh-field-head">
        {kind === 'enum-list' ? (
          <span className="bh-label">{meta.label}</span>
        ) : (
          <label htmlFor={id}>{meta.label}</label>
        )}
        {locked ? <Locked settingKey={settingKey} label={meta.label} /> : null}
      </div>
      {control}
      <p id={helpId} className="bh-help">
        {help}
        {kind === 'string-list' ? ' One per line.' : ''}
      </p>
      {error ? (
        <p id={errorId} className="bh-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type DraftProps<E> = Omit<React.InputHTMLAttributes<E>, 'onChange' | 'value'> & {
  value: string;
  onCommit: (text: string) => void;
};

/** A text input that saves on blur or Enter and follows outside changes while not being edited. */
function DraftInput({ value, onCommit, ...rest }: DraftProps<HTMLInputElement>) {
  const [text, setText] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(value);
  }, [value, editing]);
  return (
    <input
      {...rest}
      value={text}
      onFocus={() => setEditing(true)}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        setEditing(false);
        if (text !== value) onCommit(text);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit(text);
      }}
    />
  );
}

/** A textarea that saves on blur. */
function DraftArea({
  value,
  onCommit,
  ...rest
}: Omit<DraftProps<HTMLTextAreaElement>, 'type'> & { rows?: number }) {
  const [text, setText] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(value);
  }, [value, editing]);
  return (
    <textarea
      {...(rest as React.TextareaHTMLAttributes<HTMLTextAreaElement>)}
      value={text}
      onFocus={() => setEditing(true)}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        setEditing(false);
        if (text !== value) onCommit(text);
      }}
    />
  );
}
