import { diffWords } from 'diff';
import { useMemo } from 'react';

/** Word diff between the original and the improved text. */
export function DiffView({ before, after }: { before: string; after: string }) {
  // Keys from the running offset: parts never reorder.
  const parts = useMemo(() => {
    let at = 0;
    return diffWords(before, after).map((p) => {
      const key = `${p.added ? 'a' : p.removed ? 'r' : 's'}${at}`;
      at += p.value.length;
      return { ...p, key };
    });
  }, [before, after]);
  return (
    <pre className="bh-diff" data-testid="writing-diff">
      {parts.map((p) =>
        p.added ? (
          <ins key={p.key}>{p.value}</ins>
        ) : p.removed ? (
          <del key={p.key}>{p.value}</del>
        ) : (
          <span key={p.key}>{p.value}</span>
        ),
      )}
    </pre>
  );
}
