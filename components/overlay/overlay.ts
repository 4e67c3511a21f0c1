/**
 * The blind-mode overlay: a small panel in a shadow root (mounted by the content script with WXT's
 * createShadowRootUi). Plain DOM, no React, to keep the content script small. It shows that blind
 * mode is on, how many identifiers are hidden, which passes ran, and offers reveal (with a reason
 * when policy asks for one), re-blind, retry after a failure and the on/off toggle.
 */

/** What the overlay shows. */
export interface OverlayState {
  mode: 'masking' | 'on' | 'off' | 'failed' | 'revealed';
  hidden: number;
  revealed: number;
  passes: { rules: string; model: string };
  revealPolicy: 'allowed' | 'reason-required' | 'disabled';
  /** The toggle is locked (blind mode forced by policy). */
  forced: boolean;
  /** Why masking failed. */
  failure?: string;
  /** Blocks held hidden because the page kept writing their masked text back. */
  held?: number;
  /** Masking under the strictest settings until the organisation's policy answers. */
  policyPending?: boolean;
}

/** What the user asked for. Reasons are passed through; the caller audits them. */
export interface OverlayHandlers {
  onRevealAll(reason?: string): void;
  onRevealItem(id: number, reason?: string): void;
  onReblind(): void;
  onRetry(): void;
  onToggle(enabled: boolean): void;
}

/** Details of a masked item under the pointer. */
export interface HoverItem {
  id: number;
  label: string;
  recognizer: string;
  x: number;
  y: number;
}

export const OVERLAY_CSS = `
.bh{position:fixed;right:16px;bottom:16px;z-index:2147483647;font:13px/1.4 system-ui,sans-serif;color:#1d2330;
  background:#fff;border:1px solid #c9ced6;border-radius:10px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:10px 12px;
  max-width:320px;display:flex;flex-direction:column;gap:6px}
.bh[data-mode="failed"]{border-color:#b42318;background:#fff5f4}
.row{display:flex;align-items:center;gap:6px;flex-wrap:wrap}
.title{font-weight:600}
.part{display:contents}
.muted{color:#5a6270;font-size:12px}
button{font:inherit;border:1px solid #8b93a1;background:#f4f5f7;border-radius:6px;padding:2px 8px;cursor:pointer;color:inherit}
button:disabled{opacity:.5;cursor:default}
button.primary{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
input{font:inherit;border:1px solid #8b93a1;border-radius:6px;padding:2px 6px;flex:1;min-width:120px}
.tip{position:fixed;z-index:2147483647;font:12px/1.4 system-ui,sans-serif;background:#1d2330;color:#fff;border-radius:6px;
  padding:4px 8px;display:flex;gap:6px;align-items:center;pointer-events:auto}
.tip[hidden]{display:none}
.tip button{border-color:#fff;background:transparent;color:#fff;padding:0 6px}
`;

const TYPE_NAMES: Record<string, string> = {
  NAME: 'name',
  EMAIL: 'e-mail',
  PHONE: 'phone',
  URL: 'link',
  ADDRESS: 'address',
  LOCATION: 'location',
  SCHOOL: 'school',
  GRAD_YEAR: 'year',
  AGE: 'age',
  TITLE: 'title',
  NRP: 'nationality or religion',
  ID: 'ID number',
  PRONOUN: 'pronoun',
  MARITAL: 'family status',
  PROXY: 'protected trait',
  PHOTO: 'photo',
  DOCUMENT: 'résumé file',
  FIELD: 'form field',
};

/** Human name of an identifier type. */
export function typeName(label: string): string {
  return TYPE_NAMES[label] ?? label.toLowerCase();
}

/** An element of `doc` with attributes (undefined ones left out) and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<string, string>> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

/**
 * Builds the overlay inside `container` and returns functions to update it.
 * @example const ui = createOverlay(container, handlers); ui.update(state);
 */
export function createOverlay(container: HTMLElement, handlers: OverlayHandlers) {
  const doc = container.ownerDocument;
  const style = el(doc, 'style');
  style.textContent = OVERLAY_CSS;
  const root = el(doc, 'section', {
    class: 'bh',
    'data-testid': 'bh-overlay',
    role: 'status',
    'aria-live': 'polite',
  });
  const tip = el(doc, 'div', { class: 'tip', 'data-testid': 'bh-tip', role: 'tooltip' });
  tip.hidden = true;
  container.append(style, root, tip);
  /**
   * The overlay's lines, updated in place by each render. The reason form lives beside them, built once
   * per question, so that an update never takes its focus or the reason being typed.
   */
  const body = el(doc, 'div', { class: 'part' });
  root.append(body);
  let state: OverlayState | undefined;
  /** A reveal waiting for its reason: all, or one item. */
  let asking: { id?: number } | undefined;
  /** The reason form on screen, and the question it answers. */
  let reasonBlock: HTMLElement | undefined;
  let reasonFor: { id?: number } | undefined;
  let tipTimer: ReturnType<typeof setTimeout> | undefined;
  /** A short message about a covered form field that cannot be revealed. */
  let fieldNotice: string | undefined;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  const ask = (target: { id?: number }) => {
    if (!state || state.revealPolicy === 'disabled') return;
    if (state.revealPolicy === 'allowed') {
      if (target.id === undefined) handlers.onRevealAll();
      else handlers.onRevealItem(target.id);
      return;
    }
    asking = target;
    render();
    root.querySelector<HTMLInputElement>('[data-testid="bh-reason"]')?.focus();
  };

  /** The question and form asking why `target` is revealed. */
  const reasonForm = (target: { id?: number }): HTMLElement => {
    const block = el(doc, 'div', { class: 'part' });
    if (target.id !== undefined)
      block.append(el(doc, 'div', { class: 'muted' }, 'This field shows a hidden identifier. Reveal it?'));
    const form = el(doc, 'form', { class: 'row', 'data-testid': 'bh-reason-form' });
    const input = el(doc, 'input', {
      'data-testid': 'bh-reason',
      'aria-label': 'Reason for revealing',
      placeholder: 'Reason (required)',
      required: '',
      maxlength: '300',
    });
    const ok = el(
      doc,
      'button',
      { type: 'submit', class: 'primary', 'data-testid': 'bh-reason-confirm' },
      'Reveal',
    );
    const cancel = el(doc, 'button', { type: 'button' }, 'Cancel');
    /** Closes the question; asked from "Reveal candidate", the focus goes back there. */
    const close = () => {
      // (The overlay lives in a shadow root: its own activeElement says where the focus is.)
      const back = block.contains((block.getRootNode() as Document | ShadowRoot).activeElement);
      asking = undefined;
      render();
      if (back && target.id === undefined && revealAll.isConnected) revealAll.focus();
    };
    cancel.addEventListener('click', close);
    // Escape closes the question, as it closes any prompt.
    form.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const reason = input.value.trim();
      if (!reason || !asking) return;
      const asked = asking;
      asking = undefined;
      if (asked.id === undefined) handlers.onRevealAll(reason);
      else handlers.onRevealItem(asked.id, reason);
    });
    form.append(input, ok, cancel);
    block.append(form);
    return block;
  };

  /**
   * Places `children` in `parent` in this order, leaving every element already there where it is: an
   * element that is moved or taken out loses the keyboard focus (and a click between its mousedown and
   * mouseup). The parts keep one order, so once the unwanted ones are out, the rest are in place and
   * only the new ones go in.
   */
  const place = (parent: Element, children: readonly Element[]) => {
    const wanted = new Set(children);
    for (const child of [...parent.children]) if (!wanted.has(child)) child.remove();
    children.forEach((child, i) => {
      const at = parent.children[i] ?? null;
      if (at !== child) parent.insertBefore(child, at);
    });
  };

  // The overlay's parts, built once and brought up to date by each render.
  const head = el(doc, 'div', { class: 'row' });
  const title = el(doc, 'span', { class: 'title' });
  const toggle = el(doc, 'button', { 'data-testid': 'bh-toggle' });
  toggle.addEventListener('click', () => {
    if (state) handlers.onToggle(state.mode === 'off');
  });
  head.append(title, toggle);
  const failure = el(doc, 'div', { 'data-testid': 'bh-failure' });
  const retry = el(doc, 'button', { 'data-testid': 'bh-retry', class: 'primary' }, 'Retry');
  retry.addEventListener('click', () => handlers.onRetry());
  const counts = el(doc, 'div', { class: 'row' });
  const count = el(doc, 'span', { 'data-testid': 'bh-count' });
  const countLabel = el(doc, 'span');
  const revealedCount = el(doc, 'span', { class: 'muted' });
  /** A muted line of the overlay. */
  const note = (testId: string) => el(doc, 'div', { class: 'muted', 'data-testid': testId });
  const pendingNote = note('bh-policy-pending');
  pendingNote.textContent =
    "Waiting for your organisation's policy: every kind of identifier stays hidden and revealing is off until it answers";
  const heldNote = note('bh-held');
  const passesNote = note('bh-passes');
  const fieldNote = note('bh-field-notice');
  const actions = el(doc, 'div', { class: 'row' });
  const revealAll = el(doc, 'button', { 'data-testid': 'bh-reveal-all' }, 'Reveal candidate');
  revealAll.addEventListener('click', () => ask({}));
  const reblind = el(doc, 'button', { 'data-testid': 'bh-reblind' }, 'Re-blind');
  reblind.addEventListener('click', () => handlers.onReblind());

  const render = () => {
    if (!state) return;
    const s = state;
    root.dataset.mode = s.mode;
    title.textContent =
      s.mode === 'failed'
        ? 'Blind mode: page hidden'
        : s.mode === 'off'
          ? 'Blind mode off'
          : s.mode === 'masking'
            ? 'Blind mode: masking…'
            : 'Blind mode on';
    toggle.setAttribute('aria-pressed', String(s.mode !== 'off'));
    toggle.textContent = s.mode === 'off' ? 'Turn on' : 'Turn off';
    toggle.disabled = s.forced;
    if (s.forced) toggle.title = 'Set by your organisation';
    else toggle.removeAttribute('title');
    const parts: Element[] = [head];
    if (s.mode === 'failed') {
      failure.textContent = s.failure ?? 'Masking did not finish.';
      parts.push(failure, retry);
    }
    if (s.mode !== 'off') {
      count.dataset.count = String(s.hidden);
      count.textContent = String(s.hidden);
      countLabel.textContent = s.hidden === 1 ? 'identifier hidden' : 'identifiers hidden';
      revealedCount.textContent = `(${s.revealed} revealed)`;
      place(counts, s.revealed ? [count, countLabel, revealedCount] : [count, countLabel]);
      parts.push(counts);
      if (s.policyPending) parts.push(pendingNote);
      if (s.held) {
        heldNote.textContent = `${s.held} ${s.held === 1 ? 'part' : 'parts'} of the page kept hidden: the page kept writing the names back`;
        parts.push(heldNote);
      }
      passesNote.textContent = `rules: ${s.passes.rules} · model: ${s.passes.model}`;
      parts.push(passesNote);
      if (fieldNotice) {
        fieldNote.textContent = fieldNotice;
        parts.push(fieldNote);
      }
      revealAll.disabled = s.mode === 'masking' || (s.mode !== 'failed' && s.hidden === 0);
      reblind.disabled = s.revealed === 0 && s.mode !== 'revealed';
      place(actions, s.revealPolicy !== 'disabled' ? [revealAll, reblind] : [reblind]);
      parts.push(actions);
    }
    place(body, parts);
    const wanted = asking && s.revealPolicy === 'reason-required' ? asking : undefined;
    if (wanted !== reasonFor) {
      reasonBlock?.remove();
      reasonBlock = wanted ? reasonForm(wanted) : undefined;
      reasonFor = wanted;
      if (reasonBlock) root.append(reasonBlock);
    }
  };

  return {
    root,
    /** Shows new state. */
    update(next: OverlayState) {
      state = next;
      render();
    },
    /** Shows what a masked item is (type, recognizer) near the pointer, or hides the tip. */
    hover(item: HoverItem | undefined) {
      if (tipTimer) clearTimeout(tipTimer);
      if (!item) {
        // Stay a moment so the pointer can reach the Reveal button.
        tipTimer = setTimeout(() => {
          tip.hidden = true;
        }, 1200);
        return;
      }
      tip.replaceChildren(
        el(doc, 'span', {}, `Hidden ${typeName(item.label)} · found by ${item.recognizer}`),
      );
      if (state && state.revealPolicy !== 'disabled') {
        const button = el(doc, 'button', { 'data-testid': 'bh-reveal-item' }, 'Reveal');
        button.addEventListener('click', () => {
          tip.hidden = true;
          ask({ id: item.id });
        });
        tip.append(button);
      }
      tip.style.left = `${Math.max(0, item.x + 12)}px`;
      tip.style.top = `${Math.max(0, item.y + 16)}px`;
      tip.hidden = false;
    },
    /**
     * A person focused a form field that shows a hidden identifier: asks for the reason where the
     * policy wants one, or says that revealing is off.
     */
    askReveal(id: number) {
      if (!state) return;
      if (state.revealPolicy !== 'disabled') {
        ask({ id });
        return;
      }
      fieldNotice = 'This field shows a hidden identifier. Your organisation does not allow revealing it.';
      if (noticeTimer) clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => {
        fieldNotice = undefined;
        render();
      }, 8000);
      render();
    },
    /** Keeps the tip open while the pointer is on it. */
    holdTip() {
      if (tipTimer) clearTimeout(tipTimer);
    },
    tip,
  };
}

export type Overlay = ReturnType<typeof createOverlay>;
