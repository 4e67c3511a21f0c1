import type { Span } from '../detect/types';
import { cleanName, looksLikeName } from '../sites/names';
import { shadowOf } from '../sites/read';
import type { CandidateIdentity, SiteAdapter } from '../sites/types';
import { HELD_ATTR, MASKER_ATTR, READY_ATTR, TEXT_ATTRS, TIMING_ATTR, UI_ATTR } from './constants';
import { type DocumentMessage, documentAttr, pdfLink, pdfSource, readDocument } from './documents';
import type { MaskEngine, ReplacedSpan } from './engine-types';
import { FieldGuard } from './fields';
import { echoesMasked, handlesOf, identifyingLink, maskedPart, NEUTRAL_HREF } from './links';
import {
  hasNeutralBackground,
  isNeutralAvatar,
  looksLikePhoto,
  neutralAvatar,
  neutralLogo,
  photoBackground,
  photoSize,
} from './photos';
import { type MaskedEntry, MaskRegistry } from './registry';
import {
  holdParts,
  matcherFor,
  mayHoldFor,
  queryAll,
  quietFor,
  splitSelectorList,
  validSelectors,
} from './selectors';
import { addNamesToCache, applyReplacements, detectBatch, maskRuns, seenNameSpans } from './text-mask';
import {
  blockOf,
  isEditableRoot,
  isInline,
  isInSkipped,
  isSkipped,
  type TextRun,
  type WalkResult,
  walk,
} from './walker';

/** Figures about the masking of a page: counts and timings, never text. */
export interface MaskerStats {
  /** Identifiers hidden now (not revealed), by type. */
  byType: Record<string, number>;
  hidden: number;
  revealed: number;
  firstPassMs?: number;
  /** performance.now() when the first full pass began. */
  firstPassAt?: number;
  lastBatchMs?: number;
  /** Time spent masking while the page was parsed (before the first full pass). */
  earlyMs: number;
  batches: number;
  /** Mutation records in the last batch. */
  lastBatchRecords?: number;
  /** Of {@link lastBatchMs}, the time spent in the detection engine (its `detect` and `detectNames` calls). */
  lastBatchEngineMs?: number;
  /** Walks of the whole document (full passes, early re-masks after new names). */
  pageWalks: number;
  /** Blocks held hidden because the page kept writing their masked text back. */
  held: number;
}

/** Options of {@link PageMasker}. */
export interface PageMaskerOptions {
  doc: Document;
  adapter: SiteAdapter;
  engine: MaskEngine;
  /** Called after every pass or batch that changed something (the overlay refreshes its count). */
  onUpdate?: () => void;
  /** Called when masking new content failed: the caller must hide the page (fail closed). */
  onError?: (error: unknown) => void;
  /**
   * BlindHire's viewer page for PDF attachments (entrypoints/blind-pdf), which a frame showing a
   * PDF is pointed at; without it such a frame shows about:blank (the résumé stays hidden).
   */
  documentViewer?: string;
  /** Reads an attachment for the viewer (default: fetch in the page's origin, documents.ts). */
  readDocument?: (url: string) => Promise<ArrayBuffer | string>;
  /**
   * A person focused a covered form field, asking to see it (see fields.ts): true when it was
   * revealed at once; otherwise the field gives up the focus until it is revealed. Without it the
   * field stays covered.
   */
  onFieldFocus?: (entry: MaskedEntry) => boolean;
}

/** Text shown in the tab until the first pass has masked the real title. */
export const TITLE_COVER = 'Blind mode';

const ATTR_FILTER = [
  ...TEXT_ATTRS,
  'href',
  'src',
  'srcset',
  'style',
  'data-delayed-url',
  'data',
  'hidden',
  // Form fields (fields.ts): a value attribute sets an untouched field's value; a field can change type or become editable.
  'value',
  'type',
  'contenteditable',
];
/** What an observer of BlindHire watches in a document or a shadow root. */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTR_FILTER,
};
/** Names read back from the page that are our own placeholders, not people. */
const NOT_A_NAME = /Candidate [0-9A-Z]{4}|[[\]]|^Blind mode$/;

/**
 * Above this many added subtrees in one batch, the identity and photo checks query the whole page
 * once (a few fast queries) instead of each subtree (a few queries each).
 */
const MANY_ROOTS = 64;
/**
 * Full names the engine found that a page whose adapter read no name at all (its hooks broke in a
 * redesign) takes as known names, at most: a list page names a few dozen people.
 */
const MAX_LEARNED = 40;
/**
 * Custom elements met without a shadow root are looked at again every HOST_CHECK_MS for
 * HOST_WATCH_MS: a page that defines its web components after the markup (a script at the end, a
 * lazy module) attaches their shadow roots then, and nothing in the page's own tree changes to say
 * so. At most MAX_HOSTS are watched at once (frameworks that name every component with a hyphen and
 * use no shadow DOM would otherwise have each of thousands looked at).
 */
const HOST_CHECK_MS = 100;
const HOST_WATCH_MS = 3000;
const MAX_HOSTS = 300;
/** Background declarations that hold an image URL (a photo), parentheses and quotes included. */
const BACKGROUND_IMAGE =
  /background(?:-image)?\s*:(?:[^;("']|"[^"]*"|'[^']*')*url\((?:"[^"]*"|'[^']*'|[^)]*)\)(?:[^;("']|\([^)]*\)|"[^"]*"|'[^']*')*;?/gi;
/**
 * A page that writes a masked text back this many times within REWRITE_WINDOW_MS is fighting the
 * masking (a script that restores its own text on every change): the block is held hidden instead.
 */
const MAX_REWRITES = 30;
const REWRITE_WINDOW_MS = 1000;

/** How long count updates after passes and batches are coalesced (ms). */
const UPDATE_DELAY_MS = 100;
/**
 * A recount walks every entry (thousands on a long infinite list): coalesced updates wait at least
 * this many times the last recount's duration, so counting stays a small share of the main thread.
 */
const RECOUNT_SHARE = 20;
const MAX_UPDATE_DELAY_MS = 2000;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Masks one document in place and keeps it masked: a full pass (text runs, attributes, title, links,
 * photos, open shadow roots, same-origin iframes), then a MutationObserver that masks new content
 * inside its callback, so nothing new is painted unmasked. Only text node data and attributes
 * change; the page's elements, listeners and layout stay.
 * @example const masker = new PageMasker({ doc: document, adapter, engine }); masker.guardTitle(); masker.start();
 */
export class PageMasker {
  readonly registry = new MaskRegistry();
  /** The form fields of the page and its same-origin frames, covered where they show an identifier. */
  readonly fields: FieldGuard;
  readonly doc: Document;
  private adapter: SiteAdapter;
  private engine: MaskEngine;
  /** Time spent in the engine's detection calls so far (ms), and its value when the current batch began. */
  private engineMs = 0;
  private batchEngineFrom = 0;
  private readonly onUpdate?: () => void;
  private readonly onError?: (error: unknown) => void;
  private names: string[] = [];
  /** The names plus the handles people build from them ("janedoe", "jdoe"), as the engine searches them. */
  private searchNames: string[] = [];
  private live = false;
  /** Masking content as the parser inserts it, before the first full pass (curtain still down). */
  private early = false;
  /**
   * True while early masking covers the whole document: everything parsed so far is masked with the
   * names known now. The pass at DOMContentLoaded then only finishes what is left instead of walking
   * the whole page again.
   */
  private covered = false;
  /** The identity was read on the whole page after the last change the observer delivered. */
  private identityFresh = false;
  /** Handles built from the known names, for link checks. */
  private nameHandles: string[] = [];
  private readonly observers = new Map<Node, MutationObserver>();
  private readonly frames = new WeakSet<HTMLIFrameElement>();
  private modelSpans = new Map<string, readonly Span[]>();
  /** Engine spans per text for the current names and engine (cleared when either changes). */
  private readonly spanCache = new Map<string, Span[]>();
  /** Replacements per text and spans for the current names and engine. */
  private readonly replacementCache = new Map<string, ReplacedSpan[]>();
  /** Initials of the names found on the page so far, for initials avatars shown as text (text-mask.ts). */
  private readonly initials = new Set<string>();
  /** Full names masked in the page's text so far (text-mask.ts), masked again in attributes. */
  private readonly seenNames = new Set<string>();
  /** Custom elements met without a shadow root, and when (see {@link HOST_WATCH_MS}). */
  private readonly hosts = new Map<Element, number>();
  private hostTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly documentViewer: string;
  private listening = false;
  private readonly readDocument: (url: string) => Promise<ArrayBuffer | string>;
  /** The adapter's photo selectors the document accepts, one by one and joined. */
  private photoSelectors: string[] = [];
  private photoSelector = '';
  /** Blocks whose masked text the page wrote back: how often, since when (see MAX_REWRITES). */
  private rewrites = new WeakMap<Node, { count: number; since: number }>();
  /** Blocks held hidden because the page kept writing their masked text back, and the elements hidden for them. */
  private held = new WeakSet<Node>();
  private heldElements = new Set<Element>();
  /** `el.matches(photoSelector)`, cheaper where a selector ends in `:has(…)` (see matcherFor). */
  private isPhoto: (el: Element) => boolean = () => false;
  /** The adapter's candidate-card selectors, one by one and joined. */
  private cardSelectors: string[] = [];
  private cardSelector = '';
  private isCard: (el: Element) => boolean = () => false;
  /** False when no candidate card can be inside a subtree (see {@link mayHoldFor}). */
  private mayHoldCard: (root: ParentNode) => boolean = () => true;
  /**
   * True for an added subtree where no identity hook (when the adapter lists them), candidate card
   * or photo selector can match (see {@link quietFor}): its identity, card and photo queries are skipped.
   */
  private isQuiet: (root: Element) => boolean = () => false;
  /** The adapter lists its element hooks: a quiet subtree states no identity. */
  private quietSkipsIdentity = false;
  private readonly figures: MaskerStats = {
    byType: {},
    hidden: 0,
    revealed: 0,
    batches: 0,
    earlyMs: 0,
    pageWalks: 0,
    held: 0,
  };
  /** The counts in {@link figures} are out of date (recounted when read). */
  private countsStale = false;
  /** How long the last recount took (ms). */
  private recountMs = 0;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: PageMaskerOptions) {
    this.doc = options.doc;
    this.adapter = options.adapter;
    this.engine = this.timed(options.engine);
    this.onUpdate = options.onUpdate;
    this.onError = options.onError;
    this.documentViewer = options.documentViewer ?? 'about:blank';
    this.readDocument = options.readDocument ?? ((url) => readDocument(url));
    this.fields = new FieldGuard({
      registry: this.registry,
      // The engine call attributes get: the page's names, the names masked in its text so far.
      detect: (texts) =>
        detectBatch(texts, this.engine, {
          ...this.attributeOptions(),
          cache: undefined,
          replacements: undefined,
        }),
      onFocus: options.onFieldFocus,
      onChange: () => this.refresh(),
      onError: (error) => {
        if (!this.live && !this.early) return;
        this.live = false;
        this.early = false;
        this.covered = false;
        this.onError?.(error);
      },
    });
    this.applyAdapter(options.adapter);
  }

  /**
   * The engine with its detection calls timed into {@link engineMs}, so that the figures say how much
   * of a batch is detection and how much is the page's DOM. Its other methods are the engine's own.
   */
  private timed(engine: MaskEngine): MaskEngine {
    const clocked = <T>(run: () => T): T => {
      const t = now();
      try {
        return run();
      } finally {
        this.engineMs += now() - t;
      }
    };
    const timed = Object.create(engine) as MaskEngine;
    timed.detect = (text, knownNames) => clocked(() => engine.detect(text, knownNames));
    const detectNames = engine.detectNames;
    if (detectNames)
      timed.detectNames = (text, names) => clocked(() => detectNames.call(engine, text, names));
    return timed;
  }

  private applyAdapter(adapter: SiteAdapter): void {
    this.adapter = adapter;
    this.photoSelectors = validSelectors(this.doc, adapter.photoSelectors);
    this.photoSelector = this.photoSelectors.join(', ');
    this.isPhoto = matcherFor(this.doc, this.photoSelectors);
    // Invalid card selectors are kept: querying them throws, and the pass fails closed as before.
    this.cardSelectors = adapter.candidateRoots ? splitSelectorList(adapter.candidateRoots) : [];
    this.cardSelector = adapter.candidateRoots ?? '';
    this.isCard = matcherFor(this.doc, this.cardSelectors);
    this.mayHoldCard = mayHoldFor(this.doc, this.cardSelectors);
    const hooks = adapter.elementHooks;
    this.quietSkipsIdentity = !!hooks;
    this.isQuiet = quietFor(this.doc, [
      ...(hooks ?? []),
      ...holdParts(this.cardSelectors),
      ...this.photoSelectors,
    ]);
  }

  /** The candidate's names as read from the page so far. */
  get knownNames(): readonly string[] {
    return this.names;
  }

  /**
   * From document_start: observes the document and covers the tab title as soon as it is parsed,
   * until the first pass masks it properly. The rest of the page is hidden by the curtain meanwhile.
   */
  guardTitle(): void {
    this.doc.documentElement.setAttribute(MASKER_ATTR, '');
    this.observe(this.doc);
    this.coverTitle();
  }

  private coverTitle(): void {
    const title = this.doc.querySelector('title');
    if (!title) return;
    for (let n = title.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const text = n as Text;
      const state = this.registry.texts.get(text);
      if (state?.written === text.data && state.pieces[0]?.entry.recognizer === 'title-cover') continue;
      const original = this.registry.originalText(text);
      const entry = this.registry.create('NAME', 'title-cover', TITLE_COVER);
      const cover = n === title.firstChild ? TITLE_COVER : '';
      this.registry.setText(
        text,
        original,
        original ? [{ start: 0, end: original.length, replacement: cover, entry }] : [],
      );
    }
  }

  /**
   * Masks content as the parser inserts it, while the curtain is still down, so the full pass at
   * DOMContentLoaded mostly finds text it has already analysed (cached). Needs the engine.
   */
  beginEarly(): void {
    const t0 = now();
    this.early = true;
    this.observe(this.doc);
    // What the parser inserted before the engine was ready: the walk sees all of it, so the
    // records are dropped, and from here on every record is masked as it comes (see handle).
    this.remaskEarly();
    this.figures.earlyMs += now() - t0;
  }

  /** Masks everything parsed so far again (early masking: first call, or new names were found). */
  private remaskEarly(): void {
    this.covered = false;
    this.takeRecords();
    this.readIdentity([this.doc]);
    this.maskTrees([this.doc.documentElement], [], true);
    this.figures.pageWalks++;
    this.coverTitle();
    this.takeRecords();
    this.covered = true;
  }

  /**
   * Runs the first pass and masks new content from then on. After early masking this only finishes
   * what the observer has not delivered yet (the parser's last chunk), checks the identity on the
   * whole page (new names mean a full pass) and masks the title for real; otherwise it is a full
   * pass. Throws if masking fails.
   */
  start(): void {
    this.doc.documentElement.setAttribute(MASKER_ATTR, '');
    this.listenForDocuments();
    const resume = this.early && this.covered;
    this.live = true;
    this.early = false;
    this.covered = false;
    this.observe(this.doc);
    if (resume) this.finishEarly();
    else this.fullPass();
  }

  private finishEarly(): void {
    const t0 = now();
    const pending: MutationRecord[] = [];
    for (const observer of this.observers.values()) pending.push(...observer.takeRecords());
    if (pending.length) this.handle(pending);
    // handle() runs a full pass itself when the batch brought new names.
    if (this.figures.firstPassMs !== undefined) return;
    // The identity on the whole page, unless the last batch (the parser's last chunk) read it.
    if (!this.identityFresh && this.readIdentity([this.doc])) {
      this.fullPass();
      return;
    }
    if (this.learnNames()) {
      this.fullPass();
      return;
    }
    const title = this.doc.querySelector('title');
    if (title) this.maskTrees([title]);
    this.takeRecords();
    this.figures.firstPassMs = now() - t0;
    this.figures.firstPassAt = t0;
    this.writeTiming();
    this.refresh();
  }

  /** Swaps the engine or adapter (settings changed, SPA navigation) and masks the page again. */
  update(next: { engine?: MaskEngine; adapter?: SiteAdapter }): void {
    if (next.engine) {
      this.engine = this.timed(next.engine);
      this.spanCache.clear();
      this.replacementCache.clear();
    }
    if (next.adapter) {
      this.applyAdapter(next.adapter);
    }
    if (this.live) this.fullPass();
    // What was masked while the page was parsed was masked the old way.
    else if (this.early && this.covered) this.remaskEarly();
  }

  /** Masks the whole document again from the originals (identity re-read). */
  fullPass(): void {
    const t0 = now();
    // The full walk below sees the current DOM (shadow roots and frames included), so pending
    // records add nothing: drop them rather than mask twice.
    this.takeRecords();
    this.readIdentity([this.doc]);
    this.maskTrees([this.doc.documentElement], [], true);
    this.figures.pageWalks++;
    if (this.learnNames()) {
      this.maskTrees([this.doc.documentElement], [], true);
      this.figures.pageWalks++;
    }
    this.takeRecords();
    const ms = now() - t0;
    if (this.figures.firstPassMs === undefined) {
      this.figures.firstPassMs = ms;
      this.figures.firstPassAt = t0;
    }
    this.writeTiming();
    this.refresh();
  }

  /**
   * Adds spans found later by the language model: `texts` are run texts as returned by
   * {@link runTexts}, `spans[i]` the spans in `texts[i]`. The model can only add masks.
   */
  addModelSpans(texts: readonly string[], spans: readonly (readonly Span[])[]): void {
    texts.forEach((text, i) => {
      const found = spans[i] ?? [];
      if (found.length) this.modelSpans.set(text, [...(this.modelSpans.get(text) ?? []), ...found]);
    });
    if (this.live) this.fullPass();
  }

  /** The original text of every run on the page (for the model pass; in memory only). */
  runTexts(): string[] {
    const { runs } = walk(this.doc.documentElement);
    return [
      ...new Set(
        runs.map((r) => r.nodes.map((n) => this.registry.originalText(n)).join('')).filter((t) => t.trim()),
      ),
    ];
  }

  /** Stops observing and puts every original back (blind mode turned off). */
  /** Starts catching clicks on links to PDFs ({@link onClick}). */
  private listenForDocuments(): void {
    if (this.listening) return;
    this.listening = true;
    this.doc.addEventListener('click', this.onClick, true);
    this.doc.addEventListener('auxclick', this.onClick, true);
  }

  stop(): void {
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('auxclick', this.onClick, true);
    this.listening = false;
    this.live = false;
    this.early = false;
    this.covered = false;
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    if (this.hostTimer !== undefined) clearTimeout(this.hostTimer);
    this.hostTimer = undefined;
    this.hosts.clear();
    this.fields.stop();
    for (const entry of this.registry.list()) this.registry.setRevealed(entry.id, true);
    this.showHeld(true);
    this.heldElements.clear();
    this.held = new WeakSet();
    this.refresh(true);
  }

  /** Reveals one entry, or every entry when no id is given. Returns the entries revealed. */
  reveal(id?: number): MaskedEntry[] {
    this.drain();
    const targets = this.registry.list().filter((e) => !e.revealed && (id === undefined || e.id === id));
    for (const entry of targets) this.registry.setRevealed(entry.id, true);
    // The whole candidate: held blocks show too (the page's own text).
    if (id === undefined) this.showHeld(true);
    this.takeRecords();
    // A field whose focus was taken away until it was revealed gets it back.
    this.fields.afterReveal(targets);
    this.refresh(true);
    return targets;
  }

  /** Masks every revealed entry again. */
  reblind(): void {
    this.drain();
    for (const entry of this.registry.list()) if (entry.revealed) this.registry.setRevealed(entry.id, false);
    this.showHeld(false);
    this.takeRecords();
    this.refresh(true);
  }

  /** Shows the held blocks (reveal, stop) or hides them again (re-blind). */
  private showHeld(show: boolean): void {
    for (const el of this.heldElements) {
      if (show) el.removeAttribute(HELD_ATTR);
      else el.setAttribute(HELD_ATTR, '');
    }
  }

  /**
   * Reads the candidate's names from each root (the adapter's readers, scoped to the root) and from
   * each candidate card in or around the roots (with `cardsNear`: only the cards in or around those
   * nodes); true if new ones came. `quiet` roots hold no hook, card or photo (see {@link isQuiet}): only
   * the card around them is looked up.
   */
  private readIdentity(
    roots: Iterable<Document | Element>,
    cardsNear?: ReadonlySet<Node>,
    quiet?: ReadonlySet<Node>,
  ): boolean {
    const before = this.names.length;
    const names = new Set(this.names);
    const add = (identity: CandidateIdentity) => {
      for (const raw of identity.names) {
        const name = raw.replace(/\s+/g, ' ').trim();
        if (name.length >= 2 && name.length <= 120 && !NOT_A_NAME.test(name)) names.add(name);
      }
      // A nickname or former surname stated beside the name: one person, one alias.
      for (const [form, name] of identity.sameAs ?? []) this.engine.linkName?.(form, name);
    };
    const cards = new Set<Element>();
    // Sibling roots (rows of one list) share their ancestors' card: look it up once per parent.
    const parentCard = new Map<Node, Element | null>();
    const cardAbove = (el: Element): Element | null => {
      const parent = el.parentElement;
      if (!parent) return null;
      let card = parentCard.get(parent);
      if (card === undefined) {
        card = parent.closest(this.cardSelector);
        parentCard.set(parent, card);
      }
      return card;
    };
    const cardAround = (el: Element): Element | null => (this.isCard(el) ? el : cardAbove(el));
    /** The page's cards, when the page itself is among the roots (a page-wide read). */
    let pageCards: Set<Element> | undefined;
    for (const root of roots) {
      const still = !!quiet?.has(root);
      if (!still || !this.quietSkipsIdentity) add(this.adapter.readIdentity(root));
      if (!this.cardSelector) continue;
      if (root.nodeType === Node.ELEMENT_NODE) {
        // A quiet root is no card and holds none: only a card around it counts.
        const card = still ? cardAbove(root as Element) : cardAround(root as Element);
        if (card) cards.add(card);
      }
      if (still) continue;
      // A subtree (an added row) without anything a card is made of holds no card.
      if (root.nodeType === Node.ELEMENT_NODE && !this.mayHoldCard(root)) continue;
      if (!cardsNear) {
        queryAll(root, this.cardSelectors, this.cardSelector, cards);
        continue;
      }
      const found = queryAll(root, this.cardSelectors, this.cardSelector, new Set<Element>());
      if (root === this.doc) pageCards = found;
      for (const card of found) if (within(card, cardsNear)) cards.add(card);
    }
    if (cardsNear && this.cardSelector) {
      // The page's cards were just queried (one query per selector): a node of the page is a card
      // when it is among them, which spares a selector-list `matches` per added subtree.
      const known = pageCards;
      const isCard = known
        ? (el: Element) => known.has(el) || (el.getRootNode() !== this.doc && this.isCard(el))
        : this.isCard;
      for (const node of cardsNear) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const card = isCard(node as Element) ? (node as Element) : cardAbove(node as Element);
        if (card) cards.add(card);
      }
    }
    for (const card of cards) add(this.adapter.readIdentity(card));
    const fresh = [...names].slice(before);
    this.takeNames(names, fresh);
    for (const root of roots) if (root.nodeType === Node.DOCUMENT_NODE) this.identityFresh = true;
    return fresh.length > 0;
  }

  /** Takes `names` as the page's names; `fresh` are the new ones, searched in the cached texts too. */
  private takeNames(names: ReadonlySet<string>, fresh: readonly string[]): void {
    this.names = [...names];
    if (!fresh.length) return;
    this.nameHandles = [...new Set(this.names.flatMap(handlesOf))];
    this.searchNames = [...new Set([...this.names, ...this.nameHandles])];
    const added = [...fresh, ...fresh.flatMap(handlesOf)];
    this.replacementCache.clear();
    if (!addNamesToCache(this.spanCache, this.engine, added)) this.spanCache.clear();
  }

  /**
   * Fallback when the adapter read no name on the whole page (a redesign broke every hook, the title
   * names no one): the full names the engine found in the page's text become the page's names, so
   * their other written forms are masked too, where the engine alone cannot tell them: the name
   * glued in a file name ("MarisolThackwell-CoverLetter.pdf"), the first name alone in a
   * placeholder or button label ("Add a note for Cosima…"), a handle ("evanderq"). Only what reads
   * strictly as a name (two capitalised tokens, no UI or job word, no acronym such as the "CI" of
   * "Travis CI"), at most {@link MAX_LEARNED}.
   * True when names were taken (the caller masks the page again, from the cache).
   */
  private learnNames(): boolean {
    if (this.names.length > 0) return false;
    const found = new Set<string>();
    for (const [text, spans] of this.spanCache) {
      for (const s of spans) {
        if (s.label !== 'NAME' || s.recognizer === 'known-identity' || s.recognizer === 'initials') continue;
        if (found.size >= MAX_LEARNED) break;
        const name = cleanName(text.slice(s.start, s.end));
        // A token of two or three capitals is an acronym ("Travis CI", "Argo CD"), not a surname.
        if (name && looksLikeName(name, true) && !/(?:^|\s)\p{Lu}{2,3}(?:\s|$)/u.test(name)) found.add(name);
      }
    }
    if (!found.size) return false;
    this.takeNames(found, [...found]);
    return true;
  }

  private detectOptions() {
    return {
      knownNames: this.searchNames,
      cache: this.spanCache,
      replacements: this.replacementCache,
      initials: this.initials,
      seenNames: this.seenNames,
      extraSpans: this.modelSpans.size ? (text: string) => this.modelSpans.get(text) ?? [] : undefined,
    };
  }

  /**
   * The options of an attribute batch: the names masked in the page's text are masked in attributes
   * too, where a label holds a name alone and says too little for the engine ("Teodor Ashgrove" on an
   * avatar, with no cue and a surname that is also a town).
   */
  private attributeOptions() {
    const options = this.detectOptions();
    if (!this.seenNames.size) return options;
    const model = options.extraSpans;
    const seen = this.seenNames;
    return {
      ...options,
      extraSpans: (text: string) => {
        const names = seenNameSpans(text, seen);
        return model ? [...model(text), ...names] : names;
      },
    };
  }

  /**
   * Masks subtrees with one engine call for all of them: their runs (plus `extraRuns`), attributes,
   * links and photos; observes their open shadow roots and same-origin frames. `quiet` roots hold
   * no photo by the adapter's selectors (see {@link isQuiet}): they are not queried for photos.
   */
  private maskTrees(
    roots: readonly Node[],
    extraRuns: TextRun[] = [],
    force = false,
    quiet?: ReadonlySet<Node>,
  ): void {
    // A block's own run comes first: it holds the text of inline roots added into it, read in context.
    // One walk result collects every root's runs and elements.
    const found: WalkResult = { runs: [...extraRuns], elements: [], shadowRoots: [], frames: [] };
    const scopes: ParentNode[] = [];
    for (const root of roots) {
      walk(root, false, found);
      if (root.nodeType === Node.ELEMENT_NODE && !quiet?.has(root)) scopes.push(root as Element);
    }
    for (const shadow of found.shadowRoots) {
      scopes.push(shadow);
      this.observe(shadow);
    }
    for (const frame of found.frames) this.attachFrame(frame, force);
    if (found.hosts?.length) {
      const at = now();
      for (const host of found.hosts) {
        if (this.hosts.size >= MAX_HOSTS) break;
        if (!this.hosts.has(host)) this.hosts.set(host, at);
      }
      this.scheduleHostCheck();
    }
    const runs = found.runs;
    maskRuns(extraRuns.length ? dedupeRuns(runs) : runs, this.engine, this.registry, this.detectOptions());
    this.maskElements(found.elements, this.photoMatcher(scopes));
    // Form fields are covered, never rewritten (fields.ts); a full pass checks every one again.
    if (found.fields) this.fields.add(found.fields);
    this.fields.sync(force);
  }

  /**
   * Whether an element matches the adapter's photo selectors: one query per scope (subtree root or
   * shadow root) instead of one `matches` per element. With many scopes (a parsed chunk), the scopes
   * in the page itself are answered by one query per selector over the whole page (0.3–0.6 ms on the
   * 600 KB bench page for LinkedIn's thirteen photo selectors, in the last parser chunk as measured;
   * a `matches` per element of that chunk cost 0.2–1.2 ms for 500–3,200 elements). The page query
   * does not grow with the chunk.
   */
  private photoMatcher(scopes: readonly ParentNode[]): (el: Element) => boolean {
    if (!this.photoSelectors.length) return () => false;
    const photos = new Set<Element>();
    let perScope = scopes;
    if (scopes.length > MANY_ROOTS) {
      // Shadow roots, and subtrees in them, are not in a query of the page.
      perScope = scopes.filter((scope) => (scope as Node).getRootNode() !== this.doc);
      if (perScope.length > MANY_ROOTS) return this.isPhoto;
      queryAll(this.doc, this.photoSelectors, this.photoSelector, photos);
    }
    for (const scope of perScope) {
      if ((scope as Node).nodeType === Node.ELEMENT_NODE && (scope as Element).matches(this.photoSelector))
        photos.add(scope as Element);
      queryAll(scope, this.photoSelectors, this.photoSelector, photos);
    }
    return (el) => photos.has(el);
  }

  /** Masks attributes, identifying links and photos of elements. */
  private maskElements(
    elements: readonly Element[],
    isPhoto: (el: Element) => boolean = (el) => !!this.photoSelector && el.matches(this.photoSelector),
  ): void {
    /** Element, attribute, original value, and whether BlindHire masked it before. */
    const slots: [Element, string, string, boolean][] = [];
    for (const el of elements) {
      // Most added elements have no attribute at all (no attribute record, no link, no photo URL).
      if (!el.hasAttributes()) continue;
      const states = this.registry.attrs.get(el);
      for (const name of TEXT_ATTRS) {
        const known = !!states?.has(name);
        if (!known && !el.hasAttribute(name)) continue;
        const value = this.registry.originalAttr(el, name);
        if (value?.trim()) slots.push([el, name, value, known]);
      }
    }
    const results = slots.length
      ? detectBatch(
          slots.map((s) => s[2]),
          this.engine,
          this.attributeOptions(),
        )
      : [];
    slots.forEach(([el, name, value, known], i) => {
      const reps = results[i]!;
      if (reps.length === 0) {
        if (!known) return;
        this.registry.dropAttr(el, name);
        if (el.getAttribute(name) !== value) el.setAttribute(name, value);
        return;
      }
      const masked = applyReplacements(value, reps);
      const first = reps[0]!.span;
      const entry = this.registry.create(first.label, first.recognizer, masked);
      this.registry.setAttr(el, name, value, masked, entry);
    });
    for (const el of elements) {
      if (!el.hasAttributes()) {
        // Nothing to read or restore there; only the adapter's selectors can call it a photo.
        if (isPhoto(el)) this.maskPhoto(el);
        continue;
      }
      const tag = el.localName;
      if (tag === 'a' || tag === 'area') this.maskLink(el);
      else if (tag === 'iframe' || tag === 'embed' || tag === 'object') this.maskDocument(el);
      // An image whose text alternative the engine masked as a name is that person's photo, also
      // where the page states no name for the adapter to read (a list row without hooks): an <img>
      // by its alt, an element drawn as an image (role="img", a background) by its label.
      const photo =
        isPhoto(el) ||
        (tag === 'img'
          ? looksLikePhoto(el, this.names, this.registry.originalAttr(el, 'alt')) ||
            this.maskedAs(el, 'alt') === 'NAME'
          : el.hasAttribute('style') &&
            (looksLikePhoto(el, this.names, null) ||
              (el.getAttribute('role') === 'img' &&
                this.maskedAs(el, 'aria-label') === 'NAME' &&
                /url\(/i.test(this.registry.originalAttr(el, 'style') ?? ''))));
      if (photo) this.maskPhoto(el);
      else if (tag === 'img' && this.maskedAs(el, 'alt') === 'SCHOOL') this.maskLogo(el);
    }
  }

  /** The label an attribute of the element is masked as (its first identifier), if it is masked. */
  private maskedAs(el: Element, name: string): MaskedEntry['label'] | undefined {
    const state = this.registry.attrs.get(el)?.get(name);
    return state && !state.entry.revealed && state.written === el.getAttribute(name)
      ? state.entry.label
      : undefined;
  }

  /**
   * A logo whose text alternative names a masked school ("University of Michigan logo") shows the
   * school: a neutral tile of the same size replaces it.
   */
  private maskLogo(el: Element): void {
    const state = this.registry.attrs.get(el)?.get('src');
    if (state && !state.entry.revealed && state.written === el.getAttribute('src')) return;
    const src = this.registry.originalAttr(el, 'src');
    const [w, h] = photoSize(el, src ?? el.getAttribute('data-delayed-url'));
    const entry = this.registry.create('SCHOOL', 'logo', 'logo');
    this.registry.setAttr(el, 'src', src, neutralLogo(w, h), entry);
    for (const name of ['srcset', 'data-delayed-url', 'data-src']) {
      const value = this.registry.originalAttr(el, name);
      if (value !== null) this.registry.setAttr(el, name, value, null, entry);
    }
  }

  /**
   * The masked entry whose original text a link's address repeats (see {@link echoesMasked}): text
   * masked inside the link, or in the alt, title or label of the link and of what it holds.
   */
  private echoedEntry(link: Element, href: string): MaskedEntry | undefined {
    for (const node of [link, ...link.querySelectorAll('[alt], [title], [aria-label]')]) {
      const states = this.registry.attrs.get(node);
      if (!states) continue;
      for (const [name, state] of states) {
        if (name === 'href' || name === 'src' || state.entry.revealed) continue;
        if (state.original === null || state.masked === null) continue;
        if (echoesMasked(href, [maskedPart(state.original, state.masked)])) return state.entry;
      }
    }
    const doc = link.ownerDocument;
    const texts = doc.createTreeWalker(link, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const state = this.registry.texts.get(n as Text);
      if (!state) continue;
      for (const piece of state.pieces) {
        if (!piece.entry.revealed && echoesMasked(href, [state.original.slice(piece.start, piece.end)]))
          return piece.entry;
      }
    }
    return undefined;
  }

  private maskLink(el: Element): void {
    const href = this.registry.originalAttr(el, 'href');
    if (href === null) return;
    // A link to a PDF (a résumé's file) goes nowhere while masked: clicks open it in BlindHire's
    // viewer ({@link onClick}), and "open in a new tab" cannot reach the original.
    const label =
      identifyingLink(href, this.names, this.nameHandles) ??
      this.echoedEntry(el, href)?.label ??
      (pdfLink(el, href, this.doc.baseURI) ? 'DOCUMENT' : undefined);
    if (!label) {
      if (this.registry.attrs.get(el)?.has('href')) this.registry.dropAttr(el, 'href');
      return;
    }
    if (el.getAttribute('href') === NEUTRAL_HREF && this.registry.attrs.get(el)?.has('href')) return;
    const entry = this.registry.create(label, label === 'DOCUMENT' ? 'document' : 'link', NEUTRAL_HREF);
    this.registry.setAttr(el, 'href', href, NEUTRAL_HREF, entry);
  }

  private maskPhoto(el: Element): void {
    if (el.localName === 'img') {
      const state = this.registry.attrs.get(el)?.get('src');
      if (state && !state.entry.revealed && state.written === el.getAttribute('src')) return;
      if (isNeutralAvatar(el.getAttribute('src')) && !state) return;
      const src = this.registry.originalAttr(el, 'src');
      const lazy = el.getAttribute('data-delayed-url');
      const [w, h] = photoSize(el, src ?? lazy);
      const entry = this.registry.create('PHOTO', 'photo', 'avatar');
      this.registry.setAttr(el, 'src', src, neutralAvatar(w, h), entry);
      for (const name of ['srcset', 'data-delayed-url', 'data-src']) {
        const value = this.registry.originalAttr(el, name);
        if (value !== null) this.registry.setAttr(el, name, value, null, entry);
      }
      const picture = el.parentElement?.localName === 'picture' ? el.parentElement : null;
      for (const source of picture ? picture.querySelectorAll('source') : []) {
        const set = this.registry.originalAttr(source, 'srcset');
        if (set !== null) this.registry.setAttr(source, 'srcset', set, null, entry);
      }
      return;
    }
    const state = this.registry.attrs.get(el)?.get('style');
    if (state && !state.entry.revealed && state.written === el.getAttribute('style')) return;
    const style = this.registry.originalAttr(el, 'style');
    // The neutral avatar is already over it (written by another copy of this script, as a page
    // that had the script injected twice would have): masking it again would only grow the style.
    if (!state && hasNeutralBackground(style)) return;
    const [w, h] = photoSize(el, style);
    const entry = this.registry.create('PHOTO', 'photo', 'avatar');
    // The page's other styles stay; its background image (the photo's URL) goes, not only under the override.
    const rest = style?.replace(BACKGROUND_IMAGE, '').replace(/^[\s;]+|[\s;]+$/g, '') ?? '';
    const base = rest ? `${rest};` : '';
    const short = (el.textContent ?? '').trim().length <= 4;
    const masked = `${base}background-image:url("${neutralAvatar(w, h)}")!important;background-size:cover!important${short ? ';color:transparent!important' : ''}`;
    this.registry.setAttr(el, 'style', style, masked, entry);
    if (short) this.maskInitials(el, entry);
  }

  /**
   * A frame, embed or object that shows a PDF (a résumé attachment): the browser's PDF viewer runs no
   * content script, so it is pointed at BlindHire's viewer, which gets the file's bytes (read here)
   * and shows its text masked. An embed or object is hidden and the viewer framed after it. Reveal
   * (the entry's) shows the original again; re-blinding hides it.
   */
  private maskDocument(el: Element): void {
    const attr = documentAttr(el)!;
    const state = this.registry.attrs.get(el)?.get(attr);
    if (state && state.written === el.getAttribute(attr)) return;
    const original = this.registry.originalAttr(el, attr);
    const url = pdfSource(el, original, this.doc.baseURI);
    if (!url) return;
    const entry = this.registry.create('DOCUMENT', 'document', 'résumé');
    let frame: HTMLIFrameElement;
    if (el.localName === 'iframe') {
      frame = el as HTMLIFrameElement;
    } else {
      const style = this.registry.originalAttr(el, 'style');
      this.registry.setAttr(el, 'style', style, `${style ? `${style};` : ''}display:none!important`, entry);
      frame = this.doc.createElement('iframe');
      for (const name of ['width', 'height', 'class']) {
        const value = el.getAttribute(name);
        if (value !== null) frame.setAttribute(name, value);
      }
      frame.setAttribute(UI_ATTR, '');
      frame.setAttribute('title', 'Résumé (masked by BlindHire)');
      // Shown while the entry is masked; hidden again when it is revealed.
      frame.hidden = true;
      el.after(frame);
      this.registry.setAttr(frame, 'hidden', '', null, entry);
    }
    this.feedViewer(frame, url);
    if (frame === el) this.registry.setAttr(el, 'src', original, this.documentViewer, entry);
    else frame.setAttribute('src', this.documentViewer);
  }

  /**
   * Reads the PDF at `url` once and posts it, with the candidate's names, to the viewer in `frame`
   * on every load of the viewer there (again after a reveal and a re-blind), to its window only.
   */
  private feedViewer(frame: HTMLIFrameElement, url: string): void {
    const viewer = this.documentViewer;
    // "chrome-extension://<id>" or "moz-extension://<uuid>" (URL.origin is "null" for some schemes).
    const origin = viewer.slice(0, viewer.indexOf('/', viewer.indexOf('//') + 2));
    const bytes = this.readDocument(url);
    const names = [...this.knownNames];
    frame.addEventListener('load', () => {
      if (frame.getAttribute('src') !== viewer || viewer === 'about:blank') return;
      void bytes.then((b) => {
        const message: DocumentMessage =
          typeof b === 'string'
            ? { type: 'blindhire:document', error: b, names }
            : { type: 'blindhire:document', bytes: b, names };
        frame.contentWindow?.postMessage(message, origin);
      });
    });
  }

  /**
   * A click (or a middle click) on a masked link to a PDF (a résumé's "Download" or "View" link):
   * the file opens in BlindHire's viewer in a dialog on the page, not in the browser's PDF viewer
   * (which would show the original). Once revealed, the link has its address back and works as the
   * page made it.
   */
  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== (event.type === 'auxclick' ? 1 : 0)) return;
    const target = event.target as Element | null;
    const link = target?.closest?.('a[href], area[href]');
    if (!link || link.getAttribute('href') !== NEUTRAL_HREF) return;
    const url = pdfLink(link, this.registry.originalAttr(link, 'href'), this.doc.baseURI);
    if (!url) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.openDocument(url);
  };

  /** Shows a PDF in BlindHire's viewer, in a dialog over the page (closed by its button or Escape). */
  openDocument(url: string): void {
    this.doc.querySelector('[data-bh-document-dialog]')?.remove();
    const dialog = this.doc.createElement('div');
    dialog.setAttribute(UI_ATTR, '');
    dialog.setAttribute('data-bh-document-dialog', '');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Résumé, masked by BlindHire');
    dialog.setAttribute(
      'style',
      'position:fixed!important;inset:4% 8%!important;z-index:2147483646!important;display:flex!important;flex-direction:column!important;background:#fff!important;border:1px solid #8b93a1!important;border-radius:8px!important;box-shadow:0 8px 30px rgba(0,0,0,.35)!important;visibility:visible!important',
    );
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.setAttribute('style', 'align-self:flex-end;margin:4px 6px;font:12px system-ui,sans-serif');
    const frame = this.doc.createElement('iframe');
    frame.setAttribute(UI_ATTR, '');
    frame.title = 'Résumé (masked by BlindHire)';
    frame.setAttribute('style', 'flex:1;border:0;width:100%');
    const remove = () => {
      dialog.remove();
      this.doc.removeEventListener('keydown', onKey, true);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') remove();
    };
    close.addEventListener('click', remove);
    this.doc.addEventListener('keydown', onKey, true);
    dialog.append(close, frame);
    this.feedViewer(frame, url);
    frame.setAttribute('src', this.documentViewer);
    (this.doc.body ?? this.doc.documentElement).append(dialog);
  }

  /** Empties the initials shown in an avatar ("JD"): they identify as much as the photo. */
  private maskInitials(el: Element, entry: MaskedEntry): void {
    for (const node of walk(el).runs.flatMap((r) => r.nodes)) {
      const original = this.registry.originalText(node);
      if (!/^\s*\p{Lu}{1,3}\.?\s*$/u.test(original)) continue;
      this.registry.setText(node, original, [{ start: 0, end: original.length, replacement: '', entry }]);
    }
  }

  private scheduleHostCheck(): void {
    if (this.hostTimer !== undefined || !this.hosts.size) return;
    this.hostTimer = setTimeout(() => {
      this.hostTimer = undefined;
      try {
        this.checkHosts();
      } catch (error) {
        this.live = false;
        this.onError?.(error);
        return;
      }
      this.scheduleHostCheck();
    }, HOST_CHECK_MS);
  }

  /** Masks the shadow roots that custom elements met before have attached since. */
  private checkHosts(): void {
    if (!this.live && !this.early) {
      this.hosts.clear();
      return;
    }
    const ready: Element[] = [];
    const t = now();
    for (const [host, since] of this.hosts) {
      if (shadowOf(host)) ready.push(host);
      else if (host.isConnected && t - since < HOST_WATCH_MS) continue;
      this.hosts.delete(host);
    }
    if (!ready.length) return;
    // A shadow root may state the candidate (a profile header component): new names mean a full pass.
    if (this.readIdentity(ready)) {
      this.fullPass();
      return;
    }
    // The host again: its light tree is cached, and the walk now meets the root and observes it.
    this.maskTrees(ready);
    this.takeRecords();
    this.refresh();
  }

  /** Observes a document or shadow root; mutations are masked inside the callback. */
  private observe(root: Document | ShadowRoot): void {
    if (this.observers.has(root)) return;
    const view = (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument)
      ?.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    const observer = new Observer((records) => this.onMutations(records));
    if (root.nodeType === Node.DOCUMENT_NODE) this.fields.listen(root as Document);
    observer.observe(root, OBSERVED);
    this.observers.set(root, observer);
  }

  /** Drops pending records: call only right after BlindHire's own writes. */
  private takeRecords(): void {
    for (const observer of this.observers.values()) observer.takeRecords();
  }

  /** Masks what the page changed that no callback has seen yet (before BlindHire writes). */
  private drain(): void {
    const pending: MutationRecord[] = [];
    for (const observer of this.observers.values()) pending.push(...observer.takeRecords());
    if (pending.length) this.handle(pending);
  }

  private onMutations(records: readonly MutationRecord[]): void {
    try {
      const all = [...records];
      // Records of the other observers (shadow roots, frames) of the same task are handled now too.
      for (const observer of this.observers.values()) all.push(...observer.takeRecords());
      this.handle(all);
    } catch (error) {
      this.live = false;
      this.early = false;
      this.covered = false;
      this.onError?.(error);
    }
  }

  /** Masks what a batch of mutations changed, and checks the form fields that changed (before the next paint). */
  private handle(records: readonly MutationRecord[]): void {
    if (!this.live && !this.early) {
      this.handleRecords(records);
      return;
    }
    // Every observer's queue was just read (see the callers), so BlindHire's own writes below would be
    // its only records: the observers stop watching meanwhile, and the browser makes none of them (a
    // batch writes one record's worth per masked text node; taking them back cost as much again).
    for (const observer of this.observers.values()) observer.disconnect();
    try {
      this.handleRecords(records);
      if (this.live || this.early) this.fields.sync();
      // (Observers made during the batch, for new shadow roots and frames, watched its writes.)
      this.takeRecords();
    } finally {
      // After stop() the map is empty: nothing watches again.
      for (const [root, observer] of this.observers) observer.observe(root, OBSERVED);
    }
  }

  /**
   * A field's text changed where the masker does not enter (inside a `<textarea>` or an editable
   * root): the outermost such field around the node is checked again.
   */
  private fieldChanged(node: Node): void {
    let field: Element | undefined;
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (n.nodeType !== Node.ELEMENT_NODE) continue;
      const el = n as Element;
      if (el.localName === 'textarea' || isEditableRoot(el)) field = el;
    }
    if (field) this.fields.dirty(field);
  }

  /**
   * An element became editable (an editor took it over after load) or stopped being so. Editable:
   * the text BlindHire masked in it goes back to the page's own, since the editor will read and send
   * it, and the field is covered instead. No longer editable: its text is masked as the page's.
   */
  private editableChanged(el: Element, roots: Set<Node>): void {
    if (el.parentNode && isInSkipped(el.parentNode)) return;
    if (!isEditableRoot(el)) {
      this.fields.dirty(el);
      roots.add(el);
      return;
    }
    const texts = this.doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const node = n as Text;
      if (this.registry.texts.has(node)) this.registry.setText(node, this.registry.originalText(node), []);
    }
    this.fields.add([el]);
  }

  private handleRecords(records: readonly MutationRecord[]): void {
    if (!this.live && !this.early) {
      this.coverTitle();
      this.takeRecords();
      return;
    }
    const t0 = now();
    this.batchEngineFrom = this.engineMs;
    /** Added elements. */
    const roots = new Set<Node>();
    /** Blocks whose own run changed (text added, removed or edited, inline elements added). */
    const ownRuns = new Set<Node>();
    /** Blocks that got new or changed text of their own (identity may be stated there). */
    const textBlocks = new Set<Element>();
    const elements = new Set<Element>();
    /** Blocks where the page wrote over masked text in this batch. */
    const rewritten = new Set<Node>();
    let readDocument = false;
    const head = this.doc.head;
    // Records of one batch share their ancestors (a parsed chunk: thousands of nodes in a few
    // containers): each ancestor is looked at once, for both questions (skipped? in the head?).
    const placeMemo = new Map<Node, number>();
    const placeOf = (node: Node): number => {
      const path: Node[] = [];
      let place = 0;
      for (let n: Node | null = node; n; n = n.parentNode) {
        const known = placeMemo.get(n);
        if (known !== undefined) {
          place = known;
          break;
        }
        path.push(n);
      }
      // What holds for a node holds for everything below it.
      for (let i = path.length - 1; i >= 0; i--) {
        const n = path[i]!;
        if (n === head) place |= IN_HEAD;
        else if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element)) place |= SKIPPED;
        placeMemo.set(n, place);
      }
      return place;
    };
    const skipped = (node: Node): boolean => (placeOf(node) & SKIPPED) !== 0;
    // Nodes known to lie inside a subtree added earlier in this batch (only "yes" is kept: roots
    // only grow while the records are read).
    const inAdded = new Set<Node>();
    const insideAdded = (node: Node): boolean => {
      const path: Node[] = [];
      for (let n: Node | null = node; n; n = n.parentNode) {
        if (roots.has(n) || inAdded.has(n)) {
          for (const p of path) inAdded.add(p);
          return true;
        }
        path.push(n);
      }
      return false;
    };
    let lastTarget: Node | null = null;
    let lastSkipped = false;
    let lastBlock: Node = this.doc;
    let lastInside = false;
    for (const record of records) {
      const target = record.target;
      const type = record.type;
      if (type === 'attributes') {
        const el = target as Element;
        const name = record.attributeName ?? '';
        if (name === 'value' || name === 'type') {
          this.fields.dirty(el);
          continue;
        }
        if (name === 'contenteditable') {
          this.editableChanged(el, roots);
          continue;
        }
        const state = this.registry.attrs.get(el)?.get(name);
        if (state && state.written === el.getAttribute(name)) continue;
        // The page rewrote a covered field's style: the cover goes back on (fields.ts).
        if (name === 'style' && this.fields.entryOf(el)) {
          this.fields.dirty(el);
          continue;
        }
        if (name === 'style' && !state && !photoBackground(el.getAttribute('style'))) continue;
        if (!skipped(el.parentNode ?? el)) elements.add(el);
        continue;
      }
      if (!readDocument && target !== lastTarget) {
        // The head (title, meta tags) or a JSON-LD script (a skipped element) changed: identity is re-read.
        const place = placeOf(target);
        readDocument = (place & IN_HEAD) !== 0 || ((place & SKIPPED) !== 0 && isJsonLd(target));
      }
      if (type === 'characterData') {
        const state = this.registry.texts.get(target as Text);
        if (state && state.written === (target as Text).data) continue;
        if (skipped(target)) {
          this.fieldChanged(target);
          continue;
        }
        const block = blockOf(target);
        if (this.held.has(block)) continue;
        // The page wrote over text BlindHire had masked.
        if (state?.pieces.length) rewritten.add(block);
        ownRuns.add(block);
        if (block.nodeType === Node.ELEMENT_NODE) textBlocks.add(block as Element);
        continue;
      }
      // Child-list records of one batch mostly share their target (rows appended to one list).
      if (target !== lastTarget) {
        lastTarget = target;
        lastSkipped = skipped(target);
        lastBlock =
          target.nodeType === Node.ELEMENT_NODE && isInline(target as Element) ? blockOf(target) : target;
        // A parsed chunk adds a card, then its children one record at a time: when the block lies in
        // a subtree added earlier in this batch, that subtree's walk reads these nodes (and its run).
        // (Asked once per target: a node that is in no added subtree does not come into one later.)
        lastInside = !lastSkipped && insideAdded(lastBlock);
        // Text typed or set inside a textarea or an editable root: that field is checked again.
        if (lastSkipped) this.fieldChanged(target);
      }
      if (lastSkipped || lastInside) continue;
      const block = lastBlock;
      if (this.held.has(block)) continue;
      // The block's own run changes only when text or inline elements come or go: a nested block
      // (a list row, a parsed card) has its own run.
      const added = record.addedNodes;
      let runChanged = false;
      let textAdded = false;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType === Node.ELEMENT_NODE) {
          roots.add(node);
          if (!runChanged && isInline(node as Element)) runChanged = true;
        } else if (node.nodeType === Node.TEXT_NODE && !BLANK.test((node as Text).data)) {
          // Added white space (the parser's line breaks between cards) reads no differently: the
          // run was already analysed with a space at each node boundary (see maskRuns).
          runChanged = true;
          textAdded = true;
        }
      }
      const removed = record.removedNodes;
      if (removed.length) {
        if (!runChanged) runChanged = changesRun(removed);
        // The page took out text BlindHire had masked (to put its own back, as `textContent =` does).
        if (runChanged && this.removesMasked(removed)) rewritten.add(block);
      }
      if (runChanged) ownRuns.add(block);
      if (textAdded && block.nodeType === Node.ELEMENT_NODE) textBlocks.add(block as Element);
    }
    for (const block of rewritten) {
      if (!this.fighting(block)) continue;
      // Held hidden from now on (fail closed): no more rewriting it in turns with the page.
      this.held.add(block);
      const el = block.nodeType === Node.ELEMENT_NODE ? (block as Element) : block.parentElement;
      if (el) {
        this.heldElements.add(el);
        el.setAttribute(HELD_ATTR, '');
      }
      this.figures.held++;
      ownRuns.delete(block);
      textBlocks.delete(block as Element);
      this.refresh();
    }
    if (roots.size === 0 && ownRuns.size === 0 && elements.size === 0) return;
    this.identityFresh = false;
    // The outermost added elements: a parsed chunk adds whole subtrees node by node.
    // Sibling roots (rows of one list) share their ancestors: each ancestor is looked up once.
    const coveredMemo = new Map<Node, boolean>();
    const covered = (node: Node | null): boolean => {
      const path: Node[] = [];
      let result = false;
      for (let n = node; n; n = n.parentNode) {
        const known = coveredMemo.get(n);
        if (known !== undefined) {
          result = known;
          break;
        }
        path.push(n);
        if (roots.has(n)) {
          result = true;
          break;
        }
      }
      for (const n of path) coveredMemo.set(n, result);
      return result;
    };
    const topRoots: Element[] = [];
    for (const r of roots) if (r.isConnected && !covered(r.parentNode)) topRoots.push(r as Element);
    const inTop = new Set<Node>(topRoots);
    // Many added subtrees (a parsed chunk): one read of the page costs less than one per subtree.
    // (The page read covers the main document only: subtrees in shadow roots and frames are read each.)
    const outside = topRoots.filter((r) => r.getRootNode() !== this.doc);
    const many = topRoots.length - outside.length > MANY_ROOTS;
    const identityRoots: (Document | Element)[] =
      readDocument || many ? [this.doc, ...outside] : [...topRoots];
    if (!readDocument && !many) {
      for (const block of textBlocks)
        if (block.isConnected && !within(block, inTop)) identityRoots.push(block);
    }
    // Added subtrees where no hook, card or photo selector can match (most rows of a list).
    const quiet = new Set<Node>();
    if (!many) for (const root of topRoots) if (this.isQuiet(root)) quiet.add(root);
    const newNames = this.readIdentity(identityRoots, many && !readDocument ? inTop : undefined, quiet);
    if (newNames && this.live) {
      this.fullPass();
      return;
    }
    if (newNames) {
      this.remaskEarly();
      this.finishBatch(t0, records.length);
      return;
    }
    const extraRuns: TextRun[] = [];
    for (const block of ownRuns) {
      if (block.isConnected && !within(block, inTop)) extraRuns.push(...walk(block, true).runs);
    }
    this.maskTrees(topRoots, extraRuns, false, quiet);
    this.maskElements([...elements].filter((e) => e.isConnected));
    // Until the first full pass the tab title stays covered, whatever the parser has shown so far.
    if (!this.live) this.coverTitle();
    this.takeRecords();
    this.finishBatch(t0, records.length);
  }

  /** True when a removed node is (or holds) text BlindHire had masked. */
  private removesMasked(nodes: NodeList): boolean {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.nodeType === Node.TEXT_NODE) {
        if (this.registry.texts.get(node as Text)?.pieces.length) return true;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        for (const run of walk(node).runs)
          for (const text of run.nodes) if (this.registry.texts.get(text)?.pieces.length) return true;
      }
    }
    return false;
  }

  /** Counts one more write-back of a block's masked text; true once the page is fighting the masking. */
  private fighting(block: Node): boolean {
    const t = now();
    const seen = this.rewrites.get(block);
    if (!seen || t - seen.since > REWRITE_WINDOW_MS) {
      this.rewrites.set(block, { count: 1, since: t });
      return false;
    }
    seen.count++;
    return seen.count > MAX_REWRITES;
  }

  private finishBatch(t0: number, records: number): void {
    this.figures.batches++;
    this.figures.lastBatchRecords = records;
    this.figures.lastBatchMs = now() - t0;
    this.figures.lastBatchEngineMs = this.engineMs - this.batchEngineFrom;
    if (!this.live) this.figures.earlyMs += this.figures.lastBatchMs;
    this.writeTiming();
    this.refresh();
  }

  /** Masks a same-origin iframe's document and keeps it masked (also after it navigates). */
  private attachFrame(frame: HTMLIFrameElement, force = false): void {
    const attach = (again: boolean) => {
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument;
      } catch {
        doc = null;
      }
      if (!doc?.documentElement || (this.observers.has(doc) && !again)) return;
      this.observe(doc);
      this.maskTrees([doc.documentElement]);
      this.takeRecords();
      doc.documentElement.setAttribute(READY_ATTR, '');
      this.refresh();
    };
    attach(force);
    if (!this.frames.has(frame)) {
      this.frames.add(frame);
      frame.addEventListener('load', () => {
        try {
          if (this.live) attach(false);
        } catch (error) {
          this.live = false;
          this.onError?.(error);
        }
      });
    }
  }

  private writeTiming(): void {
    const s = this.figures;
    const parts = [
      `first=${(s.firstPassMs ?? 0).toFixed(2)}`,
      `at=${(s.firstPassAt ?? 0).toFixed(2)}`,
      `early=${s.earlyMs.toFixed(2)}`,
      `batch=${(s.lastBatchMs ?? 0).toFixed(2)}`,
      `engine=${(s.lastBatchEngineMs ?? 0).toFixed(2)}`,
      `n=${s.batches}`,
      `records=${s.lastBatchRecords ?? 0}`,
      `walks=${s.pageWalks}`,
    ];
    this.doc.documentElement.setAttribute(TIMING_ATTR, parts.join(' '));
  }

  /** Counts and timings of the masking (counts are brought up to date when read). */
  get stats(): MaskerStats {
    if (this.countsStale) this.recount();
    return this.figures;
  }

  /**
   * Marks the counts out of date and tells the listener: at once after a user's action, else
   * coalesced (a recount walks every entry, too much for each small batch of an infinite list).
   */
  private refresh(immediate = false): void {
    this.countsStale = true;
    if (immediate) {
      this.onUpdate?.();
      return;
    }
    if (this.updateTimer !== undefined) return;
    const delay = Math.min(MAX_UPDATE_DELAY_MS, Math.max(UPDATE_DELAY_MS, this.recountMs * RECOUNT_SHARE));
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      this.onUpdate?.();
    }, delay);
  }

  private recount(): void {
    const t0 = now();
    this.countsStale = false;
    const byType: Record<string, number> = {};
    let hidden = 0;
    let revealed = 0;
    for (const entry of this.registry.list()) {
      if (entry.recognizer === 'title-cover') continue;
      if (entry.revealed) {
        revealed++;
        continue;
      }
      hidden++;
      byType[entry.label] = (byType[entry.label] ?? 0) + 1;
    }
    this.figures.byType = byType;
    this.figures.hidden = hidden;
    this.figures.revealed = revealed;
    this.recountMs = now() - t0;
  }
}

/** Where a node lies (bits of {@link PageMasker.handle}'s memo): in a skipped element, in the head. */
const SKIPPED = 1;
const IN_HEAD = 2;

/** White space only. */
const BLANK = /^\s*$/;

/** True when one of the nodes is text or an inline element (part of its parent block's run). */
function changesRun(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === Node.TEXT_NODE) return true;
    if (node.nodeType === Node.ELEMENT_NODE && isInline(node as Element)) return true;
  }
  return false;
}

/** True for the head, or a node at most two levels inside it (title and its text, meta, scripts). */
/** True for a JSON-LD script (a Person there names the candidate). */
function isJsonLd(node: Node): boolean {
  return node.nodeName === 'SCRIPT' && /ld\+json/i.test((node as Element).getAttribute('type') ?? '');
}

/** True when an ancestor of the node (within its tree) is in the set. */
function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) if (set.has(n)) return true;
  return false;
}

/** True when the node or an ancestor (within its tree) is in the set. */
function within(node: Node, set: ReadonlySet<Node>): boolean {
  return set.has(node) || hasAncestorIn(node, set);
}

function dedupeRuns(runs: readonly TextRun[]): TextRun[] {
  const seen = new Set<Text>();
  const out: TextRun[] = [];
  for (const run of runs) {
    const nodes = run.nodes.filter((n) => !seen.has(n));
    for (const n of nodes) seen.add(n);
    if (nodes.length)
      out.push(run.breaks ? { block: run.block, nodes, breaks: run.breaks } : { block: run.block, nodes });
  }
  return out;
}
