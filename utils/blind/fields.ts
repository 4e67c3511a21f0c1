/**
 * Form fields in blind mode: `<input>` (text-like types), `<textarea>` and contenteditable roots.
 *
 * Their values are the page's data: what the form submits and what the page's scripts (an e-mail
 * composer, a React form) read back. Rewriting them would send "Dear Candidate K7QF" to the
 * candidate, so BlindHire never does: no `input.value`, no textarea value, no DOM inside a
 * contenteditable root is ever written. A field whose value holds something the engine masks is
 * covered instead: its own glyphs are made transparent and a masked rendering is drawn as its
 * background image.
 *
 * Why a background image, and not a stand-in element laid over the field: the cover is the field's
 * own box, so it follows scrolling (page, inner scroll containers), resizing, transforms, animations,
 * clipping, stacking order and shadow roots with no position to track and no element added to the
 * page (nothing for the page's CSS selectors or its framework's reconciliation to trip on; a
 * stand-in with the field hidden would also make it unfocusable, which blocks the form's own
 * validation). The rendering is an SVG with a `foreignObject`, sized by the field's content box
 * (no intrinsic size, so 1 unit = 1 CSS px), in the field's computed font and colour. Where the
 * page's Content-Security-Policy refuses `data:` images, the field shows empty: still covered.
 *
 * Only `-webkit-text-fill-color` (supported by Chromium, Firefox and Safari) hides the glyphs, not
 * `color`: a border drawn in `currentColor` would vanish with it. It is inherited, so the text of a
 * contenteditable root's links and styled spans is hidden too.
 *
 * A person who clicks into a covered field asks to see it: the masker hands the entry to the
 * controller, which reveals it through the usual reveal path (reason, audit row) or, where the
 * policy asks for a reason or forbids revealing, takes the focus away and asks or says why. Moving
 * through a form with Tab is not asking: the field takes the focus and stays covered, and a key that
 * edits or opens it (a letter, Backspace, Delete, Enter) asks then. Copying or cutting a covered
 * field's text, or dragging it out, is refused: the clipboard would get what the cover hides.
 */
import type { MaskedEntry, MaskRegistry } from './registry';
import { applyReplacements, type Replacement } from './text-mask';
import { isEditableRoot, isInline } from './walker';

/** Input types whose value is shown as text; the rest (password, hidden, number, date, checkbox…) are left alone. */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url']);
/** Input types whose value is their label ("Email Ilse"), painted as text too (and posted when named). */
const BUTTON_TYPES = new Set(['submit', 'button', 'reset']);

export type FieldKind = 'input' | 'button' | 'textarea' | 'editable';

/** The kind of a field BlindHire checks, or undefined for an element it leaves alone. */
export function fieldKind(el: Element): FieldKind | undefined {
  const tag = el.localName;
  if (tag === 'input') {
    // `.type` reads "text" for a missing or unknown type, as the browser shows it.
    const type = ((el as HTMLInputElement).type || el.getAttribute('type') || 'text').toLowerCase();
    return TEXT_TYPES.has(type) ? 'input' : BUTTON_TYPES.has(type) ? 'button' : undefined;
  }
  if (tag === 'textarea') return 'textarea';
  return isEditableRoot(el) ? 'editable' : undefined;
}

const NOT_SHOWN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text a field shows: its value, or a contenteditable root's text with a line break at every
 * block and `<br>` ("<p>Dear Ilse,</p><p>Your…" reads as two lines, not "Ilse,Your").
 */
export function fieldText(el: Element, kind: FieldKind): string {
  if (kind !== 'editable') return (el as HTMLInputElement).value ?? '';
  let out = '';
  const visit = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) {
        out += (c as Text).data;
        continue;
      }
      if (c.nodeType !== Node.ELEMENT_NODE) continue;
      const e = c as Element;
      if (e.localName === 'br') {
        out += '\n';
        continue;
      }
      if (NOT_SHOWN.has(e.localName)) continue;
      const block = !isInline(e);
      if (block && out && !out.endsWith('\n')) out += '\n';
      visit(e);
      if (block && out && !out.endsWith('\n')) out += '\n';
    }
  };
  visit(el);
  return out;
}

/** The declarations a cover adds (all `!important`); a page's own are kept around them. */
const COVER_PROPS = [
  '-webkit-text-fill-color',
  'text-shadow',
  'background-image',
  'background-repeat',
  'background-origin',
  'background-position',
  'background-size',
];
const COVER_DECLARATION = new RegExp(`^\\s*(?:${COVER_PROPS.join('|')})\\s*:[^]*!\\s*important\\s*$`, 'i');

/**
 * The page's own part of a covered field's style attribute: what the page wrote, without the cover's
 * declarations (a page script that sets one property through `el.style` serializes them back in).
 * @example pageStyle('width: 10px; -webkit-text-fill-color: transparent !important') // 'width: 10px'
 */
export function pageStyle(style: string | null): string | null {
  if (style === null) return null;
  const kept = style.split(';').filter((d) => d.trim() && !COVER_DECLARATION.test(d));
  return kept.length ? kept.join(';').trim() : null;
}

/** What a field's text looks like, read once before it is covered. */
export interface FieldLook {
  font: string;
  lineHeight: string;
  color: string;
  letterSpacing: string;
}

function lookOf(el: Element): FieldLook {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const get = (name: string, fallback: string) => style?.getPropertyValue(name) || fallback;
  return {
    font: `${get('font-style', 'normal')} ${get('font-weight', '400')} ${get('font-size', '13px')} ${get('font-family', 'sans-serif')}`,
    lineHeight: get('line-height', 'normal'),
    color: get('color', '#000'),
    letterSpacing: get('letter-spacing', 'normal'),
  };
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** The masked text as an SVG image the size of the field's content box (see the file's comment). */
export function maskedImage(text: string, kind: FieldKind, look: FieldLook): string {
  const layout =
    kind === 'input' || kind === 'button'
      ? `display:flex;align-items:center;${kind === 'button' ? 'justify-content:center;' : ''}height:100%;white-space:pre;overflow:hidden`
      : 'height:100%;white-space:pre-wrap;overflow-wrap:anywhere;overflow:hidden';
  const style = `margin:0;${layout};font:${look.font};line-height:${look.lineHeight};color:${look.color};letter-spacing:${look.letterSpacing}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"><foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml" style="${xml(style)}"><span>${xml(text.replace(/\s+$/, ''))}</span></div></foreignObject></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * The style attribute of a covered field: the page's own style, then the cover. Without a look (a
 * check that failed), the field shows empty.
 */
export function coverStyle(page: string | null, masked: string, kind: FieldKind, look?: FieldLook): string {
  const base = page?.trim() ? `${page.trim().replace(/;\s*$/, '')};` : '';
  const image = look && masked.trim() ? `url("${maskedImage(masked, kind, look)}")` : 'none';
  return `${base}-webkit-text-fill-color:transparent!important;text-shadow:none!important;background-image:${image}!important;background-repeat:no-repeat!important;background-origin:content-box!important;background-position:0 0!important;background-size:auto!important`;
}

/** Recognizer of a field's entry; a check that threw covers the field as `FIELD_ERROR`. */
export const FIELD_RECOGNIZER = 'field';
export const FIELD_ERROR = 'field-error';

/** A person's typing in a focused field is checked once they pause this long (ms), not per keystroke. */
export const TYPING_PAUSE_MS = 300;
/** Fields whose value a page script set with no event and no mutation are caught within this (ms). */
export const POLL_MS = 250;
/** A focus this soon after a person's pointer press is theirs, not the page's (autofocus). */
const GESTURE_MS = 1000;

/**
 * True for a key press in a focused covered field that asks to see it: one that would edit the
 * value (a character, Backspace, Delete) or act on it (Enter). Tab, arrows, Escape, modifier keys
 * alone and shortcuts (Ctrl, Alt, Meta held) move or do nothing to the value: they do not ask.
 */
export function keyAsksReveal(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  const key = event.key ?? '';
  return key.length === 1 || key === 'Enter' || key === 'Backspace' || key === 'Delete';
}

interface FieldState {
  /** The text last checked. */
  checked: string;
  entry?: MaskedEntry;
  /** A person typed into the field while it had focus: it is covered, if need be, when focus leaves. */
  typed?: boolean;
}

export interface FieldGuardOptions {
  registry: MaskRegistry;
  /** The masker's engine call for texts read alone (same engine, the page's known names). */
  detect: (texts: readonly string[]) => Replacement[][];
  /**
   * A person focused (or clicked) a covered field, asking to see it. True when it was revealed at
   * once (it keeps the focus); otherwise the field loses the focus and gets it back once revealed.
   */
  onFocus?: (entry: MaskedEntry) => boolean;
  /** Something was covered or uncovered (counts changed). */
  onChange: () => void;
  /**
   * A check outside the masker's own passes (a timer, an event) failed past the engine call, where
   * a field may be left uncovered: the caller hides the page (fail closed).
   */
  onError?: (error: unknown) => void;
}

/**
 * Covers the form fields of a page (and its same-origin frames) that show an identifier, and keeps
 * them covered as their values change: a page script's change (mutation, or a value set with no
 * event, caught by a light poll) is checked before the next paint, a person's typing in a focused
 * field once they pause and when they leave the field.
 */
export class FieldGuard {
  private readonly registry: MaskRegistry;
  private readonly options: FieldGuardOptions;
  /** Every text-like field met (disconnected ones are dropped at the next check). */
  private readonly tracked = new Set<Element>();
  private states = new WeakMap<Element, FieldState>();
  private readonly looks = new WeakMap<Element, FieldLook>();
  /** Fields to check at the next {@link sync}. */
  private readonly dirtyFields = new Set<Element>();
  /** Focused fields a person is typing in, checked after {@link TYPING_PAUSE_MS}. */
  private readonly typing = new Set<Element>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private poll: ReturnType<typeof setInterval> | undefined;
  private readonly docs = new Set<Document>();
  /** When a person last pressed a pointer (a focus soon after it is theirs). */
  private lastGesture = Number.NEGATIVE_INFINITY;
  /** Fields whose focus was taken away until their entry is revealed. */
  private readonly pendingFocus = new Map<number, Element>();
  /** The field losing focus right now (a focusout handler still sees it as active in some browsers). */
  private leaving: Element | undefined;

  constructor(options: FieldGuardOptions) {
    this.registry = options.registry;
    this.options = options;
  }

  /** Fields found by a walk: checked at the next {@link sync} (all of them when `force`). */
  add(fields: readonly Element[]): void {
    for (const el of fields) {
      if (!fieldKind(el)) continue;
      this.tracked.add(el);
      this.dirtyFields.add(el);
    }
  }

  /** A field's value may have changed (a mutation inside it, its `value` or `type` attribute). */
  dirty(el: Element): void {
    if (!fieldKind(el) && !this.states.get(el)?.entry) return;
    this.tracked.add(el);
    if (this.isFocused(el) && this.states.get(el)?.typed) {
      // Checked when the person pauses (the pause timer runs from their last key, not from here).
      if (!this.typing.has(el)) this.typed(el);
    } else this.dirtyFields.add(el);
  }

  /** The entry covering a field, if any. */
  entryOf(el: Element): MaskedEntry | undefined {
    return this.states.get(el)?.entry;
  }

  /**
   * Checks the fields that changed, with one engine call, and covers or uncovers them. With `force`
   * (a full pass: new names, new settings) a revealed field not in use is covered again, as a full
   * pass masks revealed text again. A check that throws leaves the fields covered (fail closed).
   */
  sync(force = false): void {
    for (const el of this.tracked) {
      if (!el.isConnected) {
        this.tracked.delete(el);
        continue;
      }
      if (force) this.dirtyFields.add(el);
      const state = this.states.get(el);
      // A value set by a page script leaves no mutation and fires no event.
      const tag = el.localName;
      if (
        state &&
        (tag === 'input' || tag === 'textarea') &&
        (el as HTMLInputElement).value !== state.checked
      )
        this.dirty(el);
    }
    if (!this.dirtyFields.size) return;
    const list = [...this.dirtyFields].filter((el) => el.isConnected);
    this.dirtyFields.clear();
    const kinds = list.map((el) => fieldKind(el));
    const texts = list.map((el, i) => (kinds[i] ? fieldText(el, kinds[i]!) : ''));
    let results: Replacement[][] | undefined;
    try {
      results = this.options.detect(texts);
    } catch {
      results = undefined;
    }
    let changed = false;
    list.forEach((el, i) => {
      changed =
        this.apply(el, kinds[i], texts[i]!, results ? (results[i] ?? []) : undefined, force) || changed;
    });
    if (changed) this.options.onChange();
  }

  /** Covers, updates or uncovers one field; `reps` undefined: its check failed. True when it changed. */
  private apply(
    el: Element,
    kind: FieldKind | undefined,
    text: string,
    reps: readonly Replacement[] | undefined,
    force: boolean,
  ): boolean {
    const state = this.states.get(el) ?? { checked: text };
    this.states.set(el, state);
    state.checked = text;
    const entry = state.entry && this.registry.entries.has(state.entry.id) ? state.entry : undefined;
    if (!kind || (reps && reps.length === 0)) {
      if (!entry && !state.entry) return false;
      this.uncover(el, state);
      return true;
    }
    const masked = reps ? applyReplacements(text, reps) : '';
    const page = pageStyle(this.registry.originalAttr(el, 'style'));
    const focused = this.isFocused(el);
    // The cover changes neither font nor colour, so a covered field's look reads true as well.
    if (!this.looks.has(el) && reps) this.looks.set(el, lookOf(el));
    if (entry && (!entry.revealed || !force || focused)) {
      // The same entry: a revealed field stays revealed while it is edited.
      this.registry.updateAttr(el, 'style', page, coverStyle(page, masked, kind, this.looks.get(el)));
      return false;
    }
    // A person typing a name into the field they are in sees it until they leave the field.
    if (!entry && focused && state.typed && reps) return false;
    const first = reps?.[0]?.span;
    const next = this.registry.create(
      first?.label ?? 'FIELD',
      first ? FIELD_RECOGNIZER : FIELD_ERROR,
      masked || 'hidden field',
    );
    state.entry = next;
    this.registry.setAttr(el, 'style', page, coverStyle(page, masked, kind, this.looks.get(el)), next);
    return true;
  }

  private uncover(el: Element, state: FieldState): void {
    const entry = state.entry;
    state.entry = undefined;
    if (!entry) return;
    const page = pageStyle(this.registry.originalAttr(el, 'style'));
    this.registry.dropAttr(el, 'style');
    if (el.getAttribute('style') !== page) {
      if (page === null) el.removeAttribute('style');
      else el.setAttribute('style', page);
    }
  }

  /** {@link sync} from a timer or an event: a failure goes to `onError` (the page is hidden). */
  private safeSync(): void {
    try {
      this.sync();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** After a reveal: a field whose focus was taken away for it gets it back. */
  afterReveal(entries: readonly MaskedEntry[]): void {
    for (const entry of entries) {
      const el = this.pendingFocus.get(entry.id);
      this.pendingFocus.delete(entry.id);
      if (el?.isConnected) (el as HTMLElement).focus?.();
    }
  }

  /** Number of fields being watched (for tests and figures). */
  get size(): number {
    return this.tracked.size;
  }

  /** Listens to a document's events (the page's and same-origin frames'); polls for silent changes. */
  listen(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    for (const type of EVENTS) doc.addEventListener(type, this.onEvent, true);
    if (this.poll === undefined)
      this.poll = setInterval(() => {
        if (this.tracked.size) this.safeSync();
      }, POLL_MS);
  }

  /** Stops listening and forgets every field (the registry's entries are revealed by the masker). */
  stop(): void {
    for (const doc of this.docs) for (const type of EVENTS) doc.removeEventListener(type, this.onEvent, true);
    this.docs.clear();
    if (this.poll !== undefined) clearInterval(this.poll);
    this.poll = undefined;
    if (this.typingTimer !== undefined) clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    for (const el of this.tracked) {
      const state = this.states.get(el);
      if (state) this.uncover(el, state);
    }
    this.tracked.clear();
    this.dirtyFields.clear();
    this.typing.clear();
    this.pendingFocus.clear();
    this.states = new WeakMap();
  }

  private isFocused(el: Element): boolean {
    if (el === this.leaving) return false;
    const root = el.getRootNode() as Document | ShadowRoot;
    return root.activeElement === el;
  }

  /** The tracked field an event is about (through open shadow roots; inside a contenteditable root). */
  private fieldOf(event: Event): Element | undefined {
    const path = event.composedPath?.() ?? [];
    let node = (path[0] ?? event.target) as Node | null;
    let found: Element | undefined;
    for (let depth = 0; node && depth < 64; depth++, node = node.parentNode) {
      if (node.nodeType === Node.ELEMENT_NODE && this.tracked.has(node as Element)) found = node as Element;
    }
    return found;
  }

  private readonly onEvent = (event: Event): void => {
    const type = event.type;
    if (type === 'pointerdown' || type === 'mousedown') {
      if (event.isTrusted) this.lastGesture = performance.now();
      // A click into a covered field that already has the focus (the page's autofocus, Tab) asks too.
      const el = this.fieldOf(event);
      if (el && this.isFocused(el)) this.ask(el, event);
      return;
    }
    const el = this.fieldOf(event);
    if (!el) return;
    if (type === 'keydown') {
      // A person's key that edits or opens the focused covered field asks to see it (Tab does not).
      if (!event.isTrusted || !keyAsksReveal(event as KeyboardEvent) || !this.isFocused(el)) return;
      if (!this.isCovered(el)) return;
      // Enter asked to see the field; it does not also submit the form.
      if ((event as KeyboardEvent).key === 'Enter') event.preventDefault();
      this.ask(el, event);
      return;
    }
    if (type === 'copy' || type === 'cut' || type === 'dragstart') {
      if (this.isCovered(el)) event.preventDefault();
      return;
    }
    if (type === 'focusin') {
      if (performance.now() - this.lastGesture < GESTURE_MS) this.ask(el, event);
      return;
    }
    if (type === 'focusout') {
      this.leaving = el;
      try {
        this.typing.delete(el);
        this.dirtyFields.add(el);
        this.safeSync();
      } finally {
        this.leaving = undefined;
        const state = this.states.get(el);
        if (state) state.typed = false;
      }
      return;
    }
    // input, change
    const state = this.states.get(el) ?? { checked: '\u0000' };
    this.states.set(el, state);
    if (event.isTrusted && this.isFocused(el)) {
      state.typed = true;
      this.typed(el);
    } else {
      this.dirtyFields.add(el);
      this.schedule(el.ownerDocument);
    }
  };

  /** True while the field is covered: its entry is there and not revealed. */
  private isCovered(el: Element): boolean {
    const entry = this.states.get(el)?.entry;
    return !!entry && !entry.revealed && this.registry.entries.has(entry.id);
  }

  /** A person asks to see a covered field (see {@link FieldGuardOptions.onFocus}). */
  private ask(el: Element, event: Event): void {
    if (!this.isCovered(el)) return;
    const entry = this.states.get(el)!.entry!;
    if (this.options.onFocus?.(entry)) return;
    this.pendingFocus.set(entry.id, el);
    if (event.type !== 'focusin') event.preventDefault();
    (el as HTMLElement).blur?.();
  }

  /** Typing in a focused field: checked once the person pauses (one engine call, not one per key). */
  private typed(el: Element): void {
    this.typing.add(el);
    if (this.typingTimer !== undefined) clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.typingTimer = undefined;
      for (const f of this.typing) this.dirtyFields.add(f);
      this.typing.clear();
      this.safeSync();
    }, TYPING_PAUSE_MS);
  }

  /** Checks before the next paint (a page script's change). */
  private schedule(doc: Document): void {
    if (this.frame !== undefined) return;
    const view = doc.defaultView;
    const run = () => {
      this.frame = undefined;
      this.safeSync();
    };
    this.frame = view?.requestAnimationFrame
      ? view.requestAnimationFrame(run)
      : (setTimeout(run, 0) as unknown as number);
  }
}

const EVENTS = [
  'input',
  'change',
  'focusin',
  'focusout',
  'pointerdown',
  'mousedown',
  'keydown',
  'copy',
  'cut',
  'dragstart',
] as const;
