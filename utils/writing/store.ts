import { create } from 'zustand';
import { analyze } from '../detect/analyze';
import { Vault } from '../detect/vault';
import { loadSettings, type ResolvedSettings, watchSettings } from '../settings';
import { loadDraft, markInterrupted, newAliasKey, newDraftId, saveDraft } from './drafts';
import { localStateInPage, modelTerms } from './local';
import { analyzeOptionsFor, type MaskChoices, maskDraft, restorableAliasKey } from './mask';
import { WritingPortClient } from './port-client';
import type { RunSnapshot } from './protocol';
import { finishReply, placeholdersIn } from './reply';
import type { LocalModelState } from './router';
import { TASKS, type TaskId } from './tasks';

/**
 * The writing-help state of one page (popup or side panel). The draft is saved (encrypted) as the
 * user types, so closing the popup loses nothing; runs happen in the service worker and the page
 * re-attaches to them by draft id.
 */

/** chrome.storage.local key of the draft a page shows when it opens. */
export const CURRENT_DRAFT_KEY = 'bh:writing:current';

export interface WritingState {
  ready: boolean;
  settings?: ResolvedSettings;
  localState: LocalModelState;
  draftId: string;
  task: TaskId;
  text: string;
  jobDescription: string;
  targetWords: number;
  choices: MaskChoices;
  run?: RunSnapshot;
  /** The in-browser model's pass over the text before the preview. */
  modelPass: { status: 'off' | 'running' | 'done' | 'failed'; reason: string };
  /** A message about the page itself (import failed, draft could not be opened). */
  notice?: string;
  init(): Promise<void>;
  set(patch: Partial<Pick<WritingState, 'task' | 'text' | 'jobDescription' | 'targetWords'>>): void;
  maskTerm(term: string): void;
  unmaskValue(value: string): void;
  remask(value: string): void;
  send(): void;
  cancel(): void;
  newDraft(): void;
  openDraft(id: string): Promise<void>;
  setNotice(notice?: string): void;
}

let client: WritingPortClient | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let passTimer: ReturnType<typeof setTimeout> | undefined;
let passController: AbortController | undefined;

/** The preview of the current state: exactly what would be sent to a masked route. */
export function previewOf(
  state: Pick<WritingState, 'settings' | 'text' | 'jobDescription' | 'task' | 'choices'>,
) {
  if (!state.settings) return undefined;
  const jd = state.task === 'tailor' ? state.jobDescription : undefined;
  return maskDraft(state.text, jd, state.settings.values, state.choices);
}

function freshChoices(): MaskChoices {
  return { extraTerms: [], unmasked: [], aliasKey: newAliasKey() };
}

export const useWriting = create<WritingState>()((set, get) => {
  const persist = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      const s = get();
      if (!s.ready || s.run?.status === 'streaming' || !s.settings) return;
      const preview = previewOf(s);
      void saveDraft({
        id: s.draftId,
        task: s.task,
        masked: preview?.text ?? '',
        output: '',
        status: 'draft',
        secrets: {
          text: s.text,
          jobDescription: s.jobDescription,
          targetWords: s.targetWords,
          choices: s.choices,
          vault: preview?.vault.entries() ?? [],
        },
      }).then(() => chrome.storage.local.set({ [CURRENT_DRAFT_KEY]: s.draftId }));
    }, 400);
  };
  /** Runs the model pass a moment after the text stops changing; its finds can only add masks. */
  const schedulePass = () => {
    clearTimeout(passTimer);
    passController?.abort();
    if (get().localState !== 'ready') return;
    passTimer = setTimeout(() => {
      const s = get();
      const text = [s.text, s.task === 'tailor' ? s.jobDescription : ''].join('\n');
      if (!text.trim()) return;
      const controller = new AbortController();
      passController = controller;
      set({
        modelPass: {
          status: 'running',
          reason: 'The in-browser model is checking for identifiers the rules miss…',
        },
      });
      modelTerms(text, controller.signal).then(
        (terms) => {
          if (controller.signal.aborted) return;
          const c = get().choices;
          const known = new Set((c.modelTerms ?? []).map((t) => t.text.toLowerCase()));
          const added = terms.filter((t) => !known.has(t.text.toLowerCase()));
          set({ modelPass: { status: 'done', reason: `Model pass done: ${terms.length} item(s) found.` } });
          if (added.length) {
            set({ choices: { ...c, modelTerms: [...(c.modelTerms ?? []), ...added] } });
            persist();
          }
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          set({
            modelPass: {
              status: 'failed',
              reason: `Model pass failed (${error instanceof Error ? error.message : 'error'}); the rules masked alone.`,
            },
          });
        },
      );
    }, 800);
  };
  const edit = (patch: Partial<WritingState>) => {
    // Editing after a run starts a new draft of the same text, so the old result stays in history.
    const run = get().run;
    if (run && run.status !== 'streaming') set({ run: undefined, draftId: newDraftId() });
    set(patch);
    const s = get();
    if (s.settings && (patch.text !== undefined || patch.jobDescription !== undefined || patch.choices)) {
      const jd = s.task === 'tailor' ? s.jobDescription : undefined;
      const aliasKey = restorableAliasKey(s.text, jd, s.settings.values, s.choices, newAliasKey);
      if (aliasKey !== s.choices.aliasKey) set({ choices: { ...s.choices, aliasKey } });
    }
    if (patch.text !== undefined || patch.jobDescription !== undefined) schedulePass();
    persist();
  };
  return {
    ready: false,
    localState: 'unknown',
    modelPass: { status: 'off', reason: '' },
    draftId: newDraftId(),
    task: 'polish',
    text: '',
    jobDescription: '',
    targetWords: 100,
    choices: freshChoices(),
    async init() {
      client ??= new WritingPortClient(
        (snapshot) => {
          if (snapshot.draftId !== get().draftId) return;
          set({ run: snapshot });
          if (snapshot.status !== 'streaming') client?.unwatch();
        },
        (draftId) => {
          const run = get().run;
          if (draftId === get().draftId && run?.status === 'streaming') {
            // The worker restarted and lost the run: record that on the draft too.
            client?.unwatch();
            void markInterrupted(draftId);
            set({
              run: {
                ...run,
                status: 'error',
                errorKind: 'broken-stream',
                error:
                  'The request was interrupted (the extension restarted). The part received is kept; send again to retry.',
              },
            });
          }
        },
      );
      const settings = await loadSettings();
      const local = await localStateInPage();
      set({
        settings,
        localState: local.state,
        modelPass: { status: 'off', reason: local.state === 'ready' ? '' : `Rules only: ${local.reason}` },
      });
      watchSettings((next) => set({ settings: next }));
      const stored = await chrome.storage.local.get(CURRENT_DRAFT_KEY);
      const id = stored[CURRENT_DRAFT_KEY] as string | undefined;
      if (id) await get().openDraft(id);
      set({ ready: true });
    },
    set: (patch) => edit(patch),
    maskTerm(term) {
      const t = term.trim();
      if (!t) return;
      const c = get().choices;
      edit({
        choices: {
          ...c,
          extraTerms: [...new Set([...c.extraTerms, t])],
          unmasked: c.unmasked.filter((u) => u.toLowerCase() !== t.toLowerCase()),
        },
      });
    },
    unmaskValue(value) {
      const c = get().choices;
      edit({
        choices: {
          ...c,
          unmasked: [...new Set([...c.unmasked, value])],
          extraTerms: c.extraTerms.filter((u) => u.toLowerCase() !== value.toLowerCase()),
        },
      });
    },
    remask(value) {
      const c = get().choices;
      edit({ choices: { ...c, unmasked: c.unmasked.filter((u) => u !== value) } });
    },
    send() {
      const s = get();
      const preview = previewOf(s);
      if (!preview || !client) return;
      clearTimeout(saveTimer);
      set({ run: { draftId: s.draftId, status: 'streaming', output: '' }, notice: undefined });
      void chrome.storage.local.set({ [CURRENT_DRAFT_KEY]: s.draftId });
      client.start({
        draftId: s.draftId,
        task: s.task,
        text: s.text,
        jobDescription: s.task === 'tailor' ? s.jobDescription : undefined,
        targetWords: s.targetWords,
        choices: s.choices,
        previewMasked: preview.text,
        previewJobDescription: preview.jobDescription,
      });
    },
    cancel() {
      client?.cancel(get().draftId);
    },
    newDraft() {
      client?.unwatch();
      set({
        draftId: newDraftId(),
        text: '',
        jobDescription: '',
        run: undefined,
        choices: freshChoices(),
        notice: undefined,
      });
      void chrome.storage.local.remove(CURRENT_DRAFT_KEY);
    },
    async openDraft(id) {
      const draft = await loadDraft(id).catch(() => undefined);
      if (!draft?.secrets) {
        set({ notice: draft ? 'This draft can no longer be decrypted (its data was purged).' : undefined });
        return;
      }
      const { secrets } = draft;
      const base = {
        draftId: id,
        task: TASKS[draft.task] ? draft.task : 'polish',
        text: secrets.text,
        jobDescription: secrets.jobDescription ?? '',
        targetWords: secrets.targetWords ?? 100,
        choices: secrets.choices,
      } as const;
      let run: RunSnapshot | undefined;
      if (draft.status !== 'draft') {
        const settings = get().settings;
        const vault = Vault.fromEntries(secrets.vault, { aliasKey: secrets.choices.aliasKey });
        const detect = (t: string) =>
          analyze(t, settings ? analyzeOptionsFor(settings.values, secrets.choices) : {});
        const restored = finishReply(
          draft.output,
          vault,
          [secrets.text, secrets.jobDescription ?? ''],
          detect,
          placeholdersIn(draft.masked, vault),
        );
        run = {
          draftId: id,
          status: draft.status,
          route: draft.route as RunSnapshot['route'],
          output: restored.text,
          error: draft.error,
          ...(draft.status === 'done'
            ? {
                invented: restored.invented,
                dropped: restored.dropped,
                newIdentifiers: restored.newIdentifiers,
              }
            : {}),
        };
      }
      set({ ...base, run });
      await chrome.storage.local.set({ [CURRENT_DRAFT_KEY]: id });
      if (draft.status === 'streaming') client?.attach(id);
    },
    setNotice: (notice) => set({ notice }),
  };
});
