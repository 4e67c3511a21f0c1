/** Props of the "Set by your organisation" badge. */
export interface LockedProps {
  /** Setting key (utils/settings/schema.ts), used for the test id `locked-<key>`. */
  settingKey: string;
  /** Extra text read by screen readers, e.g. the setting's label. */
  label?: string;
}

/**
 * Badge shown next to a setting the organisation set by enterprise policy. The control beside it
 * must be disabled; the badge explains why. Reuse it in every surface that shows settings.
 */
export function Locked({ settingKey, label }: LockedProps) {
  return (
    <span
      className="bh-locked"
      data-testid={`locked-${settingKey}`}
      title="This setting is managed by your organisation's policy and cannot be changed here."
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: '0.25em',
        padding: '0.1em 0.5em',
        borderRadius: '999px',
        fontSize: '0.8em',
        background: '#eef2ff',
        color: '#3730a3',
        border: '1px solid #c7d2fe',
        whiteSpace: 'nowrap',
      }}
    >
      <span aria-hidden="true">🔒</span>
      Set by your organisation
      {label ? <span className="bh-visually-hidden" style={visuallyHidden}>{` (${label})`}</span> : null}
    </span>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
