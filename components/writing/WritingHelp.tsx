import { useEffect, useId, useMemo, useState } from 'react';
import type { MaskedItem } from '@/utils/detect/anonymize';
import { loadPdfInPage } from '@/utils/writing/io/pdf-browser';
import { canUnmask } from '@/utils/writing/mask';
import { chooseRoute } from '@/utils/writing/router';
import { previewOf, useWriting } from '@/utils/writing/store';
import { buildMessages, TASK_ORDER, TASKS, type TaskId } from '@/utils/writing/tasks';
import { BlindCheck } from './BlindCheck';
import { History } from './History';
import { MaskedPreview } from './MaskedPreview';
import { ResultView } from './ResultView';
import { RoutePanel } from './RoutePanel';
import './writing.css';

/**
 * Writing help for candidates: paste or import, preview exactly what will be sent (masked on this
 * device), see which route will handle it and why, send, and get the reply back with your details
 * restored locally. Used by the popup and the side panel.
 */
export function WritingHelp({ pendingText }: { pendingText?: string }) {
  const w = useWriting();
  const [showHistory, setShowHistory] = useState(false);
  const ids = { task: useId(), input: useId(), jd: useId(), words: useId(), file: useId() };
  useEffect(() => {
    if (!w.ready) void w.init();
  }, [w.ready, w.init]);
  useEffect(() => {
    if (w.ready && pendingText) w.set({ text: pendingText });
  }, [w.ready, pendingText, w.set]);
  const { settings, text, jobDescription, task, choices } = w;
  const preview = useMemo(
    () => (task === 'blind-check' ? undefined : previewOf({ settings, text, jobDescription, task, choices })),
    [settings, text, jobDescription, task, choices],
  );
  const decision = useMemo(
    () => (w.settings ? chooseRoute(w.task, w.settings.values, w.localState) : undefined),
    [w.settings, w.task, w.localState],
  );
  if (!w.ready || !w.settings || !decision) return <p>Loading…</p>;
  const { values, locked } = w.settings;
  const streaming = w.run?.status === 'streaming';
  const unmaskable = (item: MaskedItem) => canUnmask(item.label, values, locked);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // The readers (mammoth, JSZip: about 330 KB) are fetched on the first import only.
      const { importBytes } = await import('@/utils/writing/io/import');
      w.set({ text: await importBytes(file.name, file.type, await file.arrayBuffer(), loadPdfInPage) });
      w.setNotice(undefined);
    } catch (error) {
      w.setNotice(error instanceof Error ? error.message : 'The file could not be imported.');
    }
  };
  return (
    <div className="bh-writing">
      <div className="bh-row">
        <label htmlFor={ids.task}>Task</label>
        <select
          id={ids.task}
          data-testid="writing-task"
          value={w.task}
          disabled={streaming}
          onChange={(e) => w.set({ task: e.target.value as TaskId })}
        >
          {TASK_ORDER.map((t) => (
            <option key={t} value={t}>
              {TASKS[t].label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => w.newDraft()} disabled={streaming} data-testid="writing-new">
          New
        </button>
        <button type="button" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
          History
        </button>
      </div>
      {showHistory ? (
        <History
          currentId={w.draftId}
          onOpen={(id) => {
            void w.openDraft(id);
            setShowHistory(false);
          }}
        />
      ) : null}
      <label htmlFor={ids.input}>Your text</label>
      <textarea
        id={ids.input}
        data-testid="writing-input"
        rows={8}
        value={w.text}
        readOnly={streaming}
        placeholder="Paste your resume, a bullet or a cover letter"
        onChange={(e) => w.set({ text: e.target.value })}
      />
      <div className="bh-row">
        <label htmlFor={ids.file}>Import a file (PDF, DOCX, TXT, MD)</label>
        <input
          id={ids.file}
          type="file"
          data-testid="writing-import"
          accept=".pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          disabled={streaming}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {w.notice ? (
        <p role="alert" className="bh-error" data-testid="writing-notice">
          {w.notice}
        </p>
      ) : null}
      {w.task === 'tailor' ? (
        <>
          <label htmlFor={ids.jd}>Job description (masked too)</label>
          <textarea
            id={ids.jd}
            data-testid="writing-jd"
            rows={5}
            value={w.jobDescription}
            readOnly={streaming}
            onChange={(e) => w.set({ jobDescription: e.target.value })}
          />
        </>
      ) : null}
      {w.task === 'shorten' ? (
        <div className="bh-row">
          <label htmlFor={ids.words}>Target length (words)</label>
          <input
            id={ids.words}
            type="number"
            min={10}
            max={2000}
            data-testid="writing-target-words"
            value={w.targetWords}
            onChange={(e) => w.set({ targetWords: Number(e.target.value) || 100 })}
          />
        </div>
      ) : null}
      {w.task === 'blind-check' ? (
        <BlindCheck text={w.text} />
      ) : (
        <>
          <h3>What will be sent</h3>
          {w.modelPass.reason ? (
            <p className="bh-hint" data-testid="writing-model-pass">
              {w.modelPass.reason}
            </p>
          ) : null}
          {preview ? (
            <MaskedPreview
              text={preview.text}
              items={preview.items}
              vault={preview.vault}
              unmasked={w.choices.unmasked}
              canUnmask={unmaskable}
              onUnmask={w.unmaskValue}
              onRemask={w.remask}
              onMaskSelection={w.maskTerm}
            />
          ) : null}
          {preview?.jobDescription ? (
            <MaskedPreview
              testId="writing-preview-jd"
              text={preview.jobDescription}
              items={preview.jdItems}
              vault={preview.vault}
              unmasked={[]}
              canUnmask={unmaskable}
              onUnmask={w.unmaskValue}
              onRemask={w.remask}
              onMaskSelection={w.maskTerm}
            />
          ) : null}
          {preview ? (
            <FullRequest
              task={w.task}
              text={preview.text}
              jd={preview.jobDescription}
              words={w.targetWords}
            />
          ) : null}
          <RoutePanel decision={decision} used={w.run?.route} />
          <div className="bh-row">
            <button
              type="button"
              className="bh-primary"
              data-testid="writing-send"
              disabled={streaming || !w.text.trim() || !decision.route}
              onClick={() => w.send()}
            >
              {streaming ? 'Sending…' : 'Send'}
            </button>
          </div>
          {w.run ? <ResultView run={w.run} original={w.text} onCancel={w.cancel} /> : null}
        </>
      )}
    </div>
  );
}

/** The whole request a masked route receives: the fixed instructions plus the masked texts. */
function FullRequest(props: { task: TaskId; text: string; jd?: string; words: number }) {
  let body: string;
  try {
    body = buildMessages({
      task: props.task,
      text: props.text,
      jobDescription: props.jd,
      targetWords: props.words,
    })
      .map((m) => `${m.role}: ${m.content}`)
      .join('\n\n');
  } catch (error) {
    body = error instanceof Error ? error.message : '';
  }
  return (
    <details>
      <summary>Full request, with the instructions</summary>
      <pre className="bh-preview" data-testid="writing-full-request">
        {body}
      </pre>
    </details>
  );
}
