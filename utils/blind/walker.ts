import { INLINE_TAGS, SKIP_TAGS, UI_ATTR } from './constants';

/**
 * A text run: the text nodes of one block, in document order, that read as continuous text. A name
 * split across inline elements (`<b>Jo</b>hn`) lies inside one run.
 */
export interface TextRun {
  /** The block element (or shadow root / document) that owns the run. */
  block: Node;
  nodes: Text[];
}

/** What one walk over a subtree found. */
export interface WalkResult {
  runs: TextRun[];
  /** Every element seen (for attribute, link and photo checks). */
  elements: Element[];
  /** Open shadow roots met on the way (to be observed). */
  shadowRoots: ShadowRoot[];
  /** iframe elements met on the way (same-origin ones are masked too). */
  frames: HTMLIFrameElement[];
}

/** True for elements whose text continues the surrounding run. */
export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** True for elements the masker never enters (scripts, styles, our own UI). */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || el.hasAttribute(UI_ATTR);
}

/** The block that owns a node's run: the nearest non-inline ancestor, shadow root or document. */
export function blockOf(node: Node): Node {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current.nodeType !== Node.ELEMENT_NODE) return current;
    if (!isInline(current as Element)) return current;
    current = current.parentNode;
  }
  return node;
}

/** Elements never entered whose attributes people still read. */
const ATTRIBUTE_ONLY = new Set(['iframe', 'textarea', 'video', 'audio', 'canvas', 'object', 'embed']);

function hasReadableAttributes(el: Element): boolean {
  return ATTRIBUTE_ONLY.has(el.localName) && !el.hasAttribute(UI_ATTR);
}

/** True when the node or an ancestor (within its tree) is a skipped element. */
export function isInSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element)) return true;
  }
  return false;
}

/**
 * Walks a subtree once and returns its text runs (one per block, nested blocks get their own run),
 * the elements, open shadow roots and iframes in it. When `ownRunOnly` is set, only the run of `root`
 * itself is collected: nested blocks are not entered (used to re-mask the run around a small change).
 * @example const { runs } = walk(document.body);
 */
export function walk(root: Node, ownRunOnly = false): WalkResult {
  const result: WalkResult = { runs: [], elements: [], shadowRoots: [], frames: [] };
  const rootRun: TextRun = { block: root, nodes: [] };
  result.runs.push(rootRun);
  const visit = (parent: Node, run: TextRun): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        run.nodes.push(child as Text);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (isSkipped(el)) {
        if (el.localName === 'iframe') result.frames.push(el as HTMLIFrameElement);
        // Not entered, but its attributes are read (iframe title, textarea placeholder).
        if (hasReadableAttributes(el)) result.elements.push(el);
        continue;
      }
      const inline = isInline(el);
      if (ownRunOnly && !inline) continue;
      result.elements.push(el);
      if (inline) {
        visit(el, run);
      } else {
        const inner: TextRun = { block: el, nodes: [] };
        result.runs.push(inner);
        visit(el, inner);
      }
      const shadow = el.shadowRoot;
      if (shadow && !ownRunOnly) {
        result.shadowRoots.push(shadow);
        const shadowRun: TextRun = { block: shadow, nodes: [] };
        result.runs.push(shadowRun);
        visit(shadow, shadowRun);
      }
    }
  };
  if (root.nodeType === Node.ELEMENT_NODE) {
    const el = root as Element;
    if (isSkipped(el)) {
      if (el.localName === 'iframe') result.frames.push(el as HTMLIFrameElement);
      if (hasReadableAttributes(el)) result.elements.push(el);
      result.runs.length = 0;
      return result;
    }
    result.elements.push(el);
    const shadow = el.shadowRoot;
    if (shadow && !ownRunOnly) {
      result.shadowRoots.push(shadow);
      const shadowRun: TextRun = { block: shadow, nodes: [] };
      result.runs.push(shadowRun);
      visit(shadow, shadowRun);
    }
  }
  if (root.nodeType === Node.TEXT_NODE) {
    rootRun.nodes.push(root as Text);
    return result;
  }
  visit(root, rootRun);
  result.runs = result.runs.filter((r) => r.nodes.length > 0);
  return result;
}
