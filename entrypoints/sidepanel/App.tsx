import { useEffect, useState } from 'react';
import { WritingHelp } from '@/components/writing/WritingHelp';
import { takePendingSelection, watchPendingSelection } from '@/utils/writing/pending';

/** Side panel: the writing-help UI with room for long work; takes text from "Polish with BlindHire". */
export function App() {
  const [pending, setPending] = useState<string>();
  useEffect(() => {
    void takePendingSelection().then((text) => text && setPending(text));
    return watchPendingSelection(setPending);
  }, []);
  return (
    <main style={{ padding: 8, font: '13px/1.4 system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 16, margin: '0 0 6px' }}>BlindHire writing help</h1>
      <WritingHelp pendingText={pending} />
    </main>
  );
}
