import { useMemo } from 'react';
import { blindCheck, blindVersion } from '@/utils/writing/blind-check';
import { downloadText } from './download';

/** The blind-ready check: runs on this device only; flags items and offers a blind version. */
export function BlindCheck({ text }: { text: string }) {
  const issues = useMemo(() => blindCheck(text), [text]);
  const blind = useMemo(() => blindVersion(text, issues), [text, issues]);
  if (!text.trim()) return <p className="bh-hint">Paste or import your resume to check it.</p>;
  return (
    <section aria-label="Blind-ready check" data-testid="blind-check">
      <p className="bh-hint">Checked on this device; nothing was sent.</p>
      {issues.length === 0 ? (
        <p data-testid="blind-check-clean">No blind-hiring issues found.</p>
      ) : (
        <ul data-testid="blind-check-issues">
          {issues.map((issue) => (
            <li key={`${issue.start}-${issue.kind}`} data-kind={issue.kind}>
              <q>{text.slice(issue.start, issue.end)}</q> — {issue.advice}
            </li>
          ))}
        </ul>
      )}
      <div className="bh-row">
        <button
          type="button"
          data-testid="blind-download-txt"
          onClick={() => void downloadText(blind, 'txt', 'blind-resume')}
        >
          Download blind version (TXT)
        </button>
        <button
          type="button"
          data-testid="blind-download-docx"
          onClick={() => void downloadText(blind, 'docx', 'blind-resume')}
        >
          DOCX
        </button>
      </div>
    </section>
  );
}
