import type { MaskedItem } from '@/utils/detect/anonymize';
import type { Vault } from '@/utils/detect/vault';

export interface MaskedPreviewProps {
  /** Exactly the text that will be sent. */
  text: string;
  items: MaskedItem[];
  vault: Vault;
  /** Values the user unmasked on this draft (shown so they can be masked again). */
  unmasked: string[];
  canUnmask(item: MaskedItem): boolean;
  onUnmask(original: string): void;
  onRemask(value: string): void;
  onMaskSelection(term: string): void;
  testId?: string;
}

/**
 * The preview: the exact text to be sent, each masked item highlighted. Clicking an item unmasks it
 * (unless policy forbids); selecting words and pressing "Mask selection" masks more.
 */
export function MaskedPreview(props: MaskedPreviewProps) {
  const { text, items, vault } = props;
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [i, item] of items.entries()) {
    if (item.start > cursor) parts.push(text.slice(cursor, item.start));
    const original = vault.lookup(item.placeholder);
    const allowed = Boolean(original) && props.canUnmask(item);
    parts.push(
      <mark key={`m${i}`} className="bh-masked" data-testid="masked-item" data-label={item.label}>
        {text.slice(item.start, item.end)}
        {allowed ? (
          <button
            type="button"
            className="bh-link"
            title={`Send this ${item.label.toLowerCase()} unmasked`}
            aria-label={`Unmask ${item.placeholder}`}
            data-testid="unmask-item"
            onClick={() => original && props.onUnmask(original)}
          >
            ✕
          </button>
        ) : null}
      </mark>,
    );
    cursor = item.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  const maskSelection = () => {
    // The ✕ buttons are inside the preview: never part of a term.
    const selected = (window.getSelection()?.toString() ?? '').replace(/✕/g, '');
    if (selected.trim()) props.onMaskSelection(selected);
  };
  return (
    <div>
      <pre
        className="bh-preview"
        data-testid={props.testId ?? 'writing-preview'}
        title="Text that will be sent"
      >
        {parts}
      </pre>
      <div className="bh-row">
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={maskSelection}
          data-testid="writing-mask-selection"
        >
          Mask selection
        </button>
        <span className="bh-hint">
          {items.length} item(s) masked. Select words in the preview to mask more.
        </span>
      </div>
      {props.unmasked.length ? (
        <p className="bh-hint" data-testid="writing-unmasked">
          Sent as written (you unmasked them):{' '}
          {props.unmasked.map((v) => (
            <button
              key={v}
              type="button"
              className="bh-chip"
              onClick={() => props.onRemask(v)}
              title="Mask again"
            >
              {v} ↺
            </button>
          ))}
        </p>
      ) : null}
    </div>
  );
}
