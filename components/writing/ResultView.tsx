import { useState } from 'react';
import type { RunSnapshot } from '@/utils/writing/protocol';
import { routeLabel } from '@/utils/writing/router';
import { DiffView } from './DiffView';
import { downloadText } from './download';

/** Highlights identifiers the model invented in the restored reply. */
function Highlighted({ text, marks }: { text: string; marks: NonNullable<RunSnapshot['newIdentifiers']> }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [i, m] of [...marks].sort((a, b) => a.start - b.start).entries()) {
    if (m.start < cursor) continue;
    parts.push(text.slice(cursor, m.start));
    parts.push(
      <mark
        key={i}
        className="bh-invented"
        data-testid="invented-identifier"
        title={`The model added this ${m.label.toLowerCase()}: check it`}
      >
        {text.slice(m.start, m.end)}
      </mark>,
    );
    cursor = m.end;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}

/** The reply: streaming text (restored on the device), its flags, a diff, copy and downloads. */
export function ResultView({
  run,
  original,
  onCancel,
}: {
  run: RunSnapshot;
  original: string;
  onCancel(): void;
}) {
  const [showDiff, setShowDiff] = useState(false);
  const [copied, setCopied] = useState(false);
  const streaming = run.status === 'streaming';
  return (
    <section aria-label="Result" className="bh-result">
      <p data-testid="writing-status" className="bh-hint">
        {streaming
          ? 'Writing…'
          : run.status === 'done'
            ? 'Done'
            : run.status === 'cancelled'
              ? 'Cancelled'
              : 'Stopped'}
        {run.route ? (
          <span data-testid="writing-route-used">
            {' '}
            — handled by {routeLabel(run.route)}
            {run.model ? ` (${run.model})` : ''}
          </span>
        ) : null}
        {streaming ? (
          <button type="button" onClick={onCancel} data-testid="writing-cancel">
            Cancel
          </button>
        ) : null}
      </p>
      {run.why?.includes('fell back') ? (
        <p className="bh-hint" data-testid="writing-fallback">
          {run.why}
        </p>
      ) : null}
      {run.error ? (
        <p role="alert" className="bh-error" data-testid="writing-error">
          {run.error}
        </p>
      ) : null}
      {run.gateMasked ? (
        <p className="bh-hint">The privacy gate masked identifiers the preview had missed.</p>
      ) : null}
      <pre className="bh-output" data-testid="writing-output" aria-live="polite">
        <Highlighted text={run.output} marks={run.newIdentifiers ?? []} />
      </pre>
      {run.invented?.length || run.dropped?.length || run.newIdentifiers?.length ? (
        <ul className="bh-flags" data-testid="writing-flags">
          {run.dropped?.length ? (
            <li>The model dropped {run.dropped.join(', ')}: add those details back if needed.</li>
          ) : null}
          {run.invented?.length ? (
            <li>The model made up placeholders it was not given: {run.invented.join(', ')}.</li>
          ) : null}
          {run.newIdentifiers?.length ? (
            <li>The model added details that are not in your text (highlighted): check them.</li>
          ) : null}
        </ul>
      ) : null}
      {!streaming && run.output ? (
        <div className="bh-row">
          <button
            type="button"
            data-testid="writing-copy"
            onClick={() => void navigator.clipboard.writeText(run.output).then(() => setCopied(true))}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
          <button
            type="button"
            data-testid="writing-download-txt"
            onClick={() => void downloadText(run.output, 'txt', 'improved')}
          >
            TXT
          </button>
          <button
            type="button"
            data-testid="writing-download-md"
            onClick={() => void downloadText(run.output, 'md', 'improved')}
          >
            Markdown
          </button>
          <button
            type="button"
            data-testid="writing-download-docx"
            onClick={() => void downloadText(run.output, 'docx', 'improved')}
          >
            DOCX
          </button>
          <button
            type="button"
            aria-pressed={showDiff}
            onClick={() => setShowDiff(!showDiff)}
            data-testid="writing-show-diff"
          >
            {showDiff ? 'Hide changes' : 'Show changes'}
          </button>
        </div>
      ) : null}
      {showDiff ? <DiffView before={original} after={run.output} /> : null}
    </section>
  );
}
