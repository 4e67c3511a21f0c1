import { type ContentScriptContext, createShadowRootUi } from '#imports';
import { createOverlay, type Overlay, type OverlayState } from '../../components/overlay/overlay';
import {
  loadPageSettings,
  loadProvisionalPageSettings,
  type ResolvedPageSettings,
  setBlindModeEnabled,
  watchPageSettings,
} from '../settings/page';
import type { SiteAdapter } from '../sites/types';
import { FAILED_ATTR, READY_ATTR, UI_ATTR } from './constants';
import { createPageEngine, type PageEngine } from './engine';
import type { MaskEngine } from './engine-types';
import { createFrameNotice } from './frame-notice';
import { aliasKey, INSTALL_KEY } from './key';
import { loadPageLexicons } from './lexicons';
import { PageMasker } from './masker';
import { type BlindAuditRequest, type BlindTabState, sendBlindMessage } from './messaging';
import { createModelDetector } from './model';
import { getModelDetector, type ModelDetector, type PassStates } from './passes';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** How long the first pass may take (from document start) before the page is declared failed. */
export const FIRST_PASS_TIMEOUT_MS = 10_000;

/**
 * How long the first pass waits for the organisation's policy before it masks under the provisional
 * settings (see {@link ControllerDeps.provisionalSettings}). Chrome can take seconds to answer
 * storage.managed right after it starts, even where no policy is set; otherwise it answers at once.
 */
export const POLICY_WAIT_MS = 600;

/**
 * What the controller shows its state in: the overlay (top frame) or a frame's own notice. Only the
 * overlay asks for a covered form field's reveal (`askReveal`).
 */
export type OverlayView = Pick<Overlay, 'update' | 'hover'> & Partial<Pick<Overlay, 'askReveal'>>;

/** Side effects the controller needs, replaceable in tests. */
export interface ControllerDeps {
  loadSettings: () => Promise<ResolvedPageSettings>;
  /**
   * Settings to mask with while `loadSettings` waits for the organisation's policy: at least as
   * strict as any policy (see loadProvisionalPageSettings). Undefined: wait for the policy.
   */
  provisionalSettings?: () => Promise<ResolvedPageSettings | undefined>;
  watchSettings: (cb: (s: ResolvedPageSettings) => void) => () => void;
  setEnabled: (enabled: boolean) => Promise<void>;
  aliasKey: (orgKey: string) => Promise<string>;
  audit: (entry: BlindAuditRequest) => Promise<unknown>;
  report: (state: BlindTabState) => Promise<unknown>;
  mountOverlay: (ctrl: BlindController) => Promise<OverlayView | undefined>;
  /** Test switches read from chrome.storage.local (see {@link TEST_SWITCHES_KEY}). */
  testSwitches: () => Promise<TestSwitches>;
  /** The local-model detector, when the model pass can run here. */
  modelDetector: () => Promise<ModelDetector | undefined>;
  /** Loads what the detection engine needs before its first call (its word lists). */
  prepareEngine?: () => Promise<void>;
  /** URL of BlindHire's viewer for PDF attachments (see PageMaskerOptions.documentViewer). */
  documentViewer?: string;
}

/**
 * chrome.storage.local key of the e2e test switches. They can only make masking fail (the page then
 * stays hidden), never show anything, and only the extension itself can write that storage.
 */
export const TEST_SWITCHES_KEY = 'bh:test:blind';

/**
 * Test switches: `adapterThrows` makes the site adapter's readIdentity throw (fail-closed test);
 * `frameAdapterThrows` does so in child frames only (the frame notice test); `policyDelayMs` makes
 * the settings answer that much later, as Chrome's policy service does right after a start (the
 * provisional-settings test: the page is then masked under the strictest settings meanwhile).
 */
export interface TestSwitches {
  adapterThrows?: boolean;
  frameAdapterThrows?: boolean;
  policyDelayMs?: number;
}

async function readTestSwitches(): Promise<TestSwitches> {
  const stored = await chrome.storage.local.get(TEST_SWITCHES_KEY);
  const value = stored[TEST_SWITCHES_KEY];
  return value && typeof value === 'object' ? (value as TestSwitches) : {};
}

/** The adapter with a readIdentity that throws, as a broken adapter would. */
export function throwingAdapter(adapter: SiteAdapter): SiteAdapter {
  return {
    ...adapter,
    readIdentity: () => {
      throw new Error(`The ${adapter.label} adapter could not read the page.`);
    },
  };
}

/** The extension-backed dependencies. */
export function defaultDeps(ctx: ContentScriptContext, topFrame: boolean): ControllerDeps {
  // Started now, at document start, alongside the settings: every storage answer waits for the
  // parser to yield, so reads in a row would each cost a parser chunk.
  const installKey = chrome.storage.local.get(INSTALL_KEY);
  installKey.catch(() => undefined);
  return {
    loadSettings: loadPageSettings,
    provisionalSettings: loadProvisionalPageSettings,
    watchSettings: watchPageSettings,
    setEnabled: setBlindModeEnabled,
    aliasKey: (orgKey) => aliasKey(orgKey, installKey),
    audit: (entry) => sendBlindMessage('blindAudit', entry),
    report: (state) => (topFrame ? sendBlindMessage('blindReport', state) : Promise.resolve()),
    mountOverlay: (ctrl) => (topFrame ? mountOverlay(ctx, ctrl) : mountFrameNotice(ctx, ctrl)),
    testSwitches: readTestSwitches,
    modelDetector: async () => getModelDetector() ?? (topFrame ? createModelDetector() : undefined),
    prepareEngine: loadPageLexicons,
    documentViewer: chrome.runtime.getURL('/blind-pdf.html'),
  };
}

/** Mounts the overlay in a shadow root on `<html>` (outside `<body>`, so the curtain never hides it). */
async function mountOverlay(ctx: ContentScriptContext, ctrl: BlindController): Promise<Overlay> {
  let overlay: Overlay | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'blindhire-overlay',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    onMount: (container) => {
      overlay = createOverlay(container, ctrl.handlers);
      return overlay;
    },
  });
  ui.shadowHost.setAttribute(UI_ATTR, '');
  ui.mount();
  return overlay!;
}

/**
 * Mounts a child frame's notice (see utils/blind/frame-notice.ts) in a shadow root on `<html>`: the
 * overlay lives in the top frame, so a frame that fails says so itself.
 */
async function mountFrameNotice(ctx: ContentScriptContext, ctrl: BlindController): Promise<OverlayView> {
  let notice: OverlayView | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'blindhire-frame-notice',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    onMount: (container) => {
      notice = createFrameNotice(container, ctrl.handlers);
      return notice;
    },
  });
  ui.shadowHost.setAttribute(UI_ATTR, '');
  ui.mount();
  return notice!;
}

/**
 * Runs blind mode on one document: curtain until the first pass, masking, the overlay, reveal and
 * re-blind with audit, live settings, SPA navigation, and failing closed on any error or timeout.
 */
export class BlindController {
  readonly masker: PageMasker;
  private engine: PageEngine | undefined;
  private settings: ResolvedPageSettings | undefined;
  /** Masking under the provisional settings until the organisation's policy answers. */
  private policyPending = false;
  private key = '';
  private overlay: OverlayView | undefined;
  private state: BlindTabState['state'] = 'masking';
  private failure: string | undefined;
  private passes: PassStates = { rules: 'pending', model: 'pending' };
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private modelAbort: AbortController | undefined;
  /** How long the curtain stayed after DOMContentLoaded on the first load (what a person waits). */
  private maskedAfterDclMs: number | undefined;

  constructor(
    readonly doc: Document,
    private adapter: SiteAdapter,
    private readonly deps: ControllerDeps,
  ) {
    const lazy: MaskEngine = {
      detect: (text, names) => this.requireEngine().detect(text, names),
      replace: (text, spans) => this.requireEngine().replace(text, spans),
      detectNames: (text, names) => this.requireEngine().detectNames?.(text, names) ?? [],
    };
    this.masker = new PageMasker({
      doc,
      adapter,
      engine: lazy,
      onUpdate: () => this.changed(),
      onError: (error) => this.fail(error),
      documentViewer: deps.documentViewer,
      onFieldFocus: (entry) => this.fieldFocus(entry.id),
    });
  }

  private requireEngine(): PageEngine {
    if (!this.engine) throw new Error('The detection engine is not ready.');
    return this.engine;
  }

  /** From document_start: covers the title, then masks once the DOM is parsed. */
  async run(): Promise<void> {
    this.masker.guardTitle();
    this.watchdog = setTimeout(() => {
      if (this.state === 'masking') this.fail(new Error('Masking did not finish in time.'));
    }, FIRST_PASS_TIMEOUT_MS);
    void this.ensureOverlay();
    try {
      // Independent reads in parallel: each answer waits for the parser to yield.
      const switchesRead = this.deps.testSwitches();
      const policy = delayedBy(this.deps.loadSettings(), switchesRead);
      const [settings, switches] = await Promise.all([
        this.firstSettings(policy),
        switchesRead,
        this.deps.prepareEngine?.(),
      ]);
      this.settings = settings;
      this.key = await this.deps.aliasKey(settings.values.orgKey);
      this.engine = createPageEngine(settings.values, this.key);
      const childFrame = !!this.doc.defaultView && this.doc.defaultView !== this.doc.defaultView.top;
      if (switches.adapterThrows || (switches.frameAdapterThrows && childFrame)) {
        this.adapter = throwingAdapter(this.adapter);
        this.masker.update({ adapter: this.adapter });
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    this.deps.watchSettings((s) => this.applySettings(s));
    if (!this.enabled()) {
      this.turnOff();
      return;
    }
    // Mask while the page is parsed (curtain still down); the first pass then only finishes.
    if (this.doc.readyState === 'loading') {
      try {
        this.masker.beginEarly();
      } catch (error) {
        this.fail(error);
        return;
      }
    }
    await domReady(this.doc);
    // The policy may have answered meanwhile and turned blind mode off.
    if (this.state === 'off') return;
    this.firstPass();
  }

  /**
   * The settings of the first pass: the policy's when it answers within POLICY_WAIT_MS, else (where
   * the provisional settings allow it) those, replaced by the policy's when it answers.
   */
  private async firstSettings(policy: Promise<ResolvedPageSettings>): Promise<ResolvedPageSettings> {
    const provisional = this.deps.provisionalSettings;
    if (!provisional) return policy;
    let answered = false;
    const settle = () => {
      answered = true;
    };
    policy.then(settle, settle);
    const early = await Promise.race([policy, sleep(POLICY_WAIT_MS).then(() => undefined)]);
    if (early) return early;
    const strict = await provisional();
    if (!strict || answered) return policy;
    this.policyPending = true;
    policy.then(
      (settings) => {
        this.policyPending = false;
        this.applySettings(settings);
      },
      (error) => this.fail(error),
    );
    return strict;
  }

  private enabled(): boolean {
    const v = this.settings?.values;
    return !!v && (v.blindModeEnabled || v.blindModeForced);
  }

  /** Masks the whole page; lifts the curtain only when that worked. */
  firstPass(): void {
    try {
      this.masker.start();
    } catch (error) {
      this.fail(error);
      return;
    }
    if (this.watchdog) clearTimeout(this.watchdog);
    this.failure = undefined;
    this.state = 'on';
    this.passes.rules = 'done';
    this.doc.documentElement.removeAttribute(FAILED_ATTR);
    // The value is the time the curtain lifted (performance.now(), ms): the page bench reads it.
    const readyAt = now();
    this.doc.documentElement.setAttribute(READY_ATTR, readyAt.toFixed(2));
    this.maskedAfterDclMs ??= sinceDomContentLoaded(this.doc, readyAt);
    this.changed();
    void this.modelPass();
  }

  /** Fail closed: the curtain comes back and the overlay says why. */
  fail(error: unknown): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.state = 'failed';
    this.passes.rules = 'failed';
    this.failure = `Masking failed, so the page stays hidden: ${error instanceof Error ? error.message : 'unknown error'}`;
    this.doc.documentElement.removeAttribute(READY_ATTR);
    this.doc.documentElement.setAttribute(FAILED_ATTR, '');
    this.changed();
  }

  /** The page navigated inside the app: pick the adapter again and mask with the new identity. */
  navigate(adapter: SiteAdapter): void {
    this.adapter = adapter;
    if (this.state !== 'on' && this.state !== 'revealed') return;
    try {
      this.masker.update({ adapter });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Settings changed: turn on or off, or mask again under the new policy. */
  applySettings(next: ResolvedPageSettings): void {
    const before = this.settings?.values;
    this.settings = next;
    if (!this.enabled()) {
      if (this.state !== 'off') this.turnOff();
      return;
    }
    void this.deps
      .aliasKey(next.values.orgKey)
      .then((key) => {
        this.key = key;
        this.engine = createPageEngine(next.values, key, this.engine?.vault);
        if (this.state === 'off' || this.state === 'failed') {
          this.doc.documentElement.removeAttribute(READY_ATTR);
          this.state = 'masking';
          this.firstPass();
        } else if (policyChanged(before, next.values)) {
          this.masker.update({ engine: this.engine });
        } else {
          this.changed();
        }
      })
      .catch((error) => this.fail(error));
  }

  private turnOff(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.modelAbort?.abort();
    this.masker.stop();
    this.state = 'off';
    this.doc.documentElement.removeAttribute(FAILED_ATTR);
    this.doc.documentElement.setAttribute(READY_ATTR, '');
    this.changed();
  }

  /** The candidate's alias, for audit rows. */
  private alias(): string | undefined {
    const name = this.masker.knownNames[0];
    return name && this.engine ? this.engine.aliasFor(name) : undefined;
  }

  private policy() {
    return this.settings?.values.revealPolicy ?? 'disabled';
  }

  /** What the overlay asks for. */
  readonly handlers = {
    onRevealAll: (reason?: string) => this.revealAll(reason),
    onRevealItem: (id: number, reason?: string) => this.revealItem(id, reason),
    onReblind: () => this.reblind(),
    onRetry: () => this.retry(),
    onToggle: (enabled: boolean) => void this.toggle(enabled),
  };

  private reasonOk(reason?: string): boolean {
    const policy = this.policy();
    if (policy === 'disabled') return false;
    return policy !== 'reason-required' || !!reason?.trim();
  }

  /** Reveals the whole candidate (or, after a failure, the hidden page) and audits it. */
  revealAll(reason?: string): void {
    if (!this.reasonOk(reason)) return;
    if (this.state === 'failed') {
      this.state = 'revealed';
      this.doc.documentElement.setAttribute(READY_ATTR, '');
      void this.deps.audit({
        kind: 'reveal',
        alias: this.alias(),
        types: ['PAGE'],
        reason,
        detail: 'unmasked page after failure',
      });
      this.changed();
      return;
    }
    const revealed = this.masker.reveal();
    if (revealed.length)
      this.auditReveal(
        revealed.map((e) => e.label),
        reason,
        'all',
      );
  }

  /** Reveals one item and audits it. */
  revealItem(id: number, reason?: string): void {
    if (!this.reasonOk(reason) || this.state !== 'on') return;
    const revealed = this.masker.reveal(id);
    if (revealed.length)
      this.auditReveal(
        revealed.map((e) => e.label),
        reason,
        revealed.some((e) => e.recognizer.startsWith('field')) ? 'field' : 'item',
      );
  }

  /**
   * A person focused a covered form field: a deliberate reveal of that field, through the same
   * path as the overlay's Reveal (policy, reason, audit row). Where the policy allows it without a
   * reason the field is revealed now and keeps the focus (true); otherwise the overlay asks for the
   * reason, or says that revealing is off, and the field gets the focus back once revealed.
   */
  fieldFocus(id: number): boolean {
    if (this.state !== 'on') return false;
    if (this.policy() === 'allowed') {
      this.revealItem(id);
      return !!this.masker.registry.entries.get(id)?.entry.revealed;
    }
    this.overlay?.askReveal?.(id);
    return false;
  }

  private auditReveal(labels: string[], reason: string | undefined, detail: string): void {
    void this.deps.audit({
      kind: 'reveal',
      alias: this.alias(),
      types: [...new Set(labels)].sort(),
      reason,
      detail,
    });
  }

  /** Masks everything again in one click. */
  reblind(): void {
    if (this.state === 'revealed') {
      this.retry();
    } else {
      this.masker.reblind();
    }
    void this.deps.audit({ kind: 'rehide', alias: this.alias(), types: [] });
  }

  /** Tries the first pass again after a failure. */
  retry(): void {
    this.state = 'masking';
    this.doc.documentElement.removeAttribute(READY_ATTR);
    this.changed();
    if (!this.engine) {
      void this.run();
      return;
    }
    this.firstPass();
  }

  private async toggle(enabled: boolean): Promise<void> {
    if (this.settings?.values.blindModeForced || this.settings?.locked.includes('blindModeEnabled')) return;
    await this.deps.setEnabled(enabled);
    await this.deps.audit({ kind: 'blind-toggle', types: [], detail: enabled ? 'on' : 'off' });
  }

  /** Runs the local-model pass after the rule pass, if a model detector is registered. */
  private async modelPass(): Promise<void> {
    const detector = await this.deps.modelDetector().catch(() => undefined);
    if (!detector) {
      this.passes.model = 'unavailable';
      this.changed();
      return;
    }
    this.modelAbort?.abort();
    const abort = new AbortController();
    this.modelAbort = abort;
    this.passes.model = 'running';
    this.changed();
    try {
      const texts = this.masker.runTexts();
      const spans = await detector(texts, abort.signal);
      if (abort.signal.aborted) return;
      this.masker.addModelSpans(texts, spans);
      this.passes.model = 'done';
    } catch {
      if (!abort.signal.aborted) this.passes.model = 'failed';
    }
    this.changed();
  }

  private async ensureOverlay(): Promise<void> {
    try {
      this.overlay = await this.deps.mountOverlay(this);
      this.changed();
    } catch {
      // Without the overlay the page still masks; a failure still keeps the curtain down.
    }
  }

  /** The overlay's view of the state. */
  overlayState(): OverlayState {
    const s = this.masker.stats;
    return {
      mode: this.state,
      hidden: s.hidden,
      revealed: s.revealed,
      passes: { ...this.passes },
      revealPolicy: this.policy(),
      forced: !!(this.settings?.values.blindModeForced || this.settings?.locked.includes('blindModeEnabled')),
      failure: this.failure,
      held: s.held,
      policyPending: this.policyPending,
    };
  }

  /** Refreshes the overlay now and reports to the background soon (coalesced). */
  private changed(): void {
    this.overlay?.update(this.overlayState());
    if (this.reportTimer) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      const s = this.masker.stats;
      void this.deps
        .report({
          state: this.state,
          adapter: this.adapter.id,
          host: this.doc.location?.host,
          hidden: s.hidden,
          byType: s.byType,
          passes: { ...this.passes },
          firstPassMs: this.maskedAfterDclMs,
          failure: this.failure,
          policyPending: this.policyPending,
        })
        .catch(() => undefined);
    }, 100);
  }

  /** Shows the type and recognizer of the masked item under the pointer. */
  hoverAt(x: number, y: number, target: EventTarget | null): void {
    if (!this.overlay) return;
    let entry: ReturnType<PageMasker['registry']['entryAt']>;
    const el = target as Element | null;
    if (el?.nodeType === Node.ELEMENT_NODE) {
      const attrs = this.masker.registry.attrs.get(el);
      entry = attrs?.get('src')?.entry ?? attrs?.get('style')?.entry;
    }
    if (!entry) {
      const range = this.doc.caretRangeFromPoint?.(x, y);
      const node = range?.startContainer;
      if (node?.nodeType === Node.TEXT_NODE)
        entry = this.masker.registry.entryAt(node as Text, range!.startOffset);
    }
    this.overlay.hover(
      entry && !entry.revealed
        ? { id: entry.id, label: entry.label, recognizer: entry.recognizer, x, y }
        : undefined,
    );
  }
}

function policyChanged(
  a: ResolvedPageSettings['values'] | undefined,
  b: ResolvedPageSettings['values'],
): boolean {
  if (!a) return true;
  return (['maskedTypes', 'scoreThreshold', 'allowTerms', 'denyTerms', 'orgKey'] as const).some(
    (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The settings answer, later by the test switch `policyDelayMs` when it is set. */
async function delayedBy(
  settings: Promise<ResolvedPageSettings>,
  switches: Promise<TestSwitches>,
): Promise<ResolvedPageSettings> {
  const [value, { policyDelayMs: delay }] = await Promise.all([settings, switches]);
  if (typeof delay === 'number' && delay > 0) await sleep(delay);
  return value;
}

/** Milliseconds from the document's DOMContentLoaded to `at` (performance.now()), when known. */
function sinceDomContentLoaded(doc: Document, at: number): number | undefined {
  if (doc !== globalThis.document || typeof performance?.getEntriesByType !== 'function') return undefined;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const dcl = nav?.domContentLoadedEventStart;
  return dcl && dcl > 0 && at >= dcl ? at - dcl : undefined;
}

/** Resolves once the document is parsed. */
export function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
