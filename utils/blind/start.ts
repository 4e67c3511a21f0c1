import type { ContentScriptContext } from '#imports';
import { findAdapter, genericAdapter } from '../sites';
import { CURTAIN_CSS, MASKER_ATTR, READY_ATTR, UI_ATTR } from './constants';
import { BlindController, defaultDeps } from './controller';

/** How long a frame waits for its same-origin parent to mask it before masking itself. */
const DELEGATE_WAIT_MS = 5000;

/** True when a same-origin parent frame runs a masker, which then masks this frame too. */
function parentMasks(win: Window): boolean {
  if (win === win.top) return false;
  try {
    return !!win.frameElement && !!win.parent.document.documentElement?.hasAttribute(MASKER_ATTR);
  } catch {
    return false;
  }
}

/**
 * Puts the curtain in place even where the manifest's stylesheet did not apply (pages injected
 * programmatically): the same rule as the content script's style.css.
 */
function ensureCurtain(doc: Document): void {
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTR, '');
  style.textContent = CURTAIN_CSS;
  doc.documentElement.append(style);
}

/**
 * Starts blind mode in this frame: picks the site adapter (the generic one for sites the user
 * added), runs the controller, follows SPA navigation and shows masked-item details on hover.
 * @example defineContentScript({ main: (ctx) => startBlindMode(ctx) })
 */
export function startBlindMode(ctx: ContentScriptContext): void {
  const doc = document;
  if (!doc.documentElement) return;
  ensureCurtain(doc);
  if (parentMasks(window)) {
    // The parent masks this document with the candidate's identity; mask it here only if it never does.
    setTimeout(() => {
      if (!doc.documentElement.hasAttribute(READY_ATTR) && !ctx.isInvalid) startBlindModeHere(ctx, false);
    }, DELEGATE_WAIT_MS);
    return;
  }
  startBlindModeHere(ctx, window === window.top);
}

function startBlindModeHere(ctx: ContentScriptContext, topFrame: boolean): void {
  const adapterFor = (url: URL) => findAdapter(url) ?? genericAdapter;
  const controller = new BlindController(
    document,
    adapterFor(new URL(location.href)),
    defaultDeps(ctx, topFrame),
  );
  void controller.run();
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => controller.navigate(adapterFor(newUrl)));
  if (topFrame) {
    let pending = false;
    ctx.addEventListener(document, 'mousemove', (event) => {
      if (pending) return;
      pending = true;
      const { clientX, clientY, target } = event;
      requestAnimationFrame(() => {
        pending = false;
        controller.hoverAt(clientX, clientY, target);
      });
    });
  }
}
