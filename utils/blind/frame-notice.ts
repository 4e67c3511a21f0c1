/**
 * The notice of a child frame that masks itself (a cross-origin frame, or a same-origin one its
 * parent did not mask): the overlay runs in the top frame only, so when masking fails here the frame
 * stays hidden (fail closed) and this notice, inside the frame, says why and offers retry and, where
 * the policy allows, a deliberate reveal. It shows nothing while masking works.
 */

import { el } from '../../components/overlay/overlay';

/** The part of the overlay state the notice reads (see components/overlay). */
export interface FrameNoticeState {
  mode: 'masking' | 'on' | 'off' | 'failed' | 'revealed';
  revealPolicy: 'allowed' | 'reason-required' | 'disabled';
  failure?: string;
}

/** What the notice asks the controller for. */
export interface FrameNoticeHandlers {
  onRetry(): void;
  onRevealAll(reason?: string): void;
}

/** Styles of the notice (inside its shadow root, outside the frame's body, so the curtain leaves it). */
export const FRAME_NOTICE_CSS = `
.bhf{position:fixed;left:6px;top:6px;right:6px;z-index:2147483647;font:12px/1.35 system-ui,sans-serif;color:#1d2330;
  background:#fff5f4;border:1px solid #b42318;border-radius:8px;padding:6px 8px;display:flex;flex-direction:column;gap:4px;
  max-width:420px;box-sizing:border-box}
.bhf[hidden]{display:none}
.bhf b{font-weight:600}
.bhf .row{display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.bhf button{font:inherit;border:1px solid #8b93a1;background:#f4f5f7;border-radius:6px;padding:1px 8px;cursor:pointer;color:inherit}
.bhf button.primary{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
.bhf input{font:inherit;min-width:0;flex:1;border:1px solid #8b93a1;border-radius:6px;padding:1px 6px}`;

/**
 * Builds the notice in `container` (a shadow root's container). `update` shows it only while
 * masking has failed; `hover` does nothing (hover details belong to the top frame's overlay).
 * @example const notice = createFrameNotice(container, ctrl.handlers); notice.update(ctrl.overlayState());
 */
export function createFrameNotice(container: HTMLElement, handlers: FrameNoticeHandlers) {
  const doc = container.ownerDocument;
  const style = el(doc, 'style');
  style.textContent = FRAME_NOTICE_CSS;
  const root = el(doc, 'section', {
    class: 'bhf',
    'data-testid': 'bh-frame-notice',
    role: 'alert',
  });
  root.hidden = true;
  container.append(style, root);
  /** The last state shown (a re-render keeps a reason being typed). */
  let shown = '';

  const render = (s: FrameNoticeState) => {
    if (s.mode !== 'failed') {
      root.hidden = true;
      shown = '';
      return;
    }
    const key = `${s.failure ?? ''}|${s.revealPolicy}`;
    root.hidden = false;
    if (key === shown) return;
    shown = key;
    root.replaceChildren(
      el(doc, 'b', {}, 'Blind mode: this frame stays hidden'),
      el(doc, 'span', { 'data-testid': 'bh-frame-failure' }, s.failure ?? 'Masking did not finish.'),
    );
    const row = el(doc, 'div', { class: 'row' });
    const retry = el(doc, 'button', { 'data-testid': 'bh-frame-retry', class: 'primary' }, 'Retry');
    retry.addEventListener('click', () => handlers.onRetry());
    row.append(retry);
    if (s.revealPolicy !== 'disabled') {
      const reason =
        s.revealPolicy === 'reason-required'
          ? el(doc, 'input', {
              'data-testid': 'bh-frame-reason',
              placeholder: 'Reason to show it',
              'aria-label': 'Reason',
            })
          : undefined;
      const reveal = el(doc, 'button', { 'data-testid': 'bh-frame-reveal' }, 'Show unmasked');
      reveal.addEventListener('click', () => {
        const why = reason?.value.trim();
        if (reason && !why) {
          reason.focus();
          return;
        }
        handlers.onRevealAll(why);
      });
      if (reason) row.append(reason);
      row.append(reveal);
    }
    root.append(row);
  };

  return {
    root,
    /** Shows new state (visible only while masking has failed). */
    update(next: FrameNoticeState) {
      render(next);
    },
    /** Hover details are the top frame's business. */
    hover(_item: unknown) {},
  };
}
