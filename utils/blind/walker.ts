import { shadowOf } from '../sites/read';
import { INLINE_TAGS, SKIP_TAGS, UI_ATTR } from './constants';

/**
 * A text run: the text nodes of one block, in document order, that read as continuous text. A name
 * split across inline elements (`<b>Jo</b>hn`) lies inside one run.
 */
export interface TextRun {
  /** The block element (or shadow root / document) that owns the run. */
  block: Node;
  nodes: Text[];
  /**
   * Text nodes of the run that a line break (`<br>`) or a form label's edge stands before:
   * "<b>Veteran status</b><br>No" and "<label>Veteran status</label><span>No</span>" read as a label
   * and its value, not "Veteran statusNo".
   */
  breaks?: Set<Text>;
}

/** Indices into a run's nodes where a line break was met, while the walk still adds nodes. */
const pendingBreaks = new WeakMap<TextRun, number[]>();

/** Notes a line break before the next text node the run gets. */
function markBreak(run: TextRun): void {
  const at = pendingBreaks.get(run);
  if (at) at.push(run.nodes.length);
  else pendingBreaks.set(run, [run.nodes.length]);
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
  /**
   * Custom elements met without a shadow root: one may attach it later, when the page defines the
   * element (no mutation of the page's own tree says so).
   */
  hosts?: Element[];
  /**
   * Form fields met on the way (`<input>`, `<textarea>`, contenteditable roots): their values are
   * the page's data, never rewritten; fields.ts covers the ones that show an identifier.
   */
  fields?: Element[];
}

/**
 * True for elements whose text continues the surrounding run. An inline element hidden from screen
 * readers (`aria-hidden="true"`) is a run of its own: LinkedIn writes each line twice, a copy for
 * the eye and a visually-hidden one for screen readers, side by side in one block, and read as one
 * run the two copies glue into words that are neither ("…United Kingdom · Hybrid" + "Leeds, …" read
 * "HybridLeeds", a place).
 */
export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName) && el.getAttribute('aria-hidden') !== 'true';
}

/** True for elements the masker never enters (scripts, styles, data islands, editors, our own UI). */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || el.hasAttribute(UI_ATTR) || isDataIsland(el) || isEditableRoot(el);
}

/**
 * A contenteditable element (a rich e-mail composer, a note editor): its DOM belongs to the page's
 * editor, which reads it back and sends it, so the masker never writes text inside it (the page
 * would send "Dear Candidate K7QF"); fields.ts covers it instead when it shows an identifier.
 * Read from the attribute, not `isContentEditable`, which needs the style of the element.
 */
export function isEditableRoot(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** A form field whose value a person reads: an `<input>`, a `<textarea>` or a contenteditable root. */
function isField(el: Element): boolean {
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || isEditableRoot(el);
}

function addField(result: WalkResult, el: Element): void {
  result.fields ??= [];
  result.fields.push(el);
}

const DISPLAY_NONE = /display\s*:\s*none/i;

/**
 * A hidden `<code>` that carries data for the page's own scripts (LinkedIn's Ember pages ship their
 * Voyager JSON in `<code style="display: none">`, often hundreds of KB): never painted, like a
 * `<script>` holding JSON, so it is not masked; what the page renders from it is, as it arrives.
 * Masking it would cost seconds on a real profile and could break the JSON the page reads.
 */
function isDataIsland(el: Element): boolean {
  return el.localName === 'code' && DISPLAY_NONE.test(el.getAttribute('style') ?? '');
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
  return (ATTRIBUTE_ONLY.has(el.localName) || isEditableRoot(el)) && !el.hasAttribute(UI_ATTR);
}

/** True when the node or an ancestor (within its tree) is a skipped element. */
export function isInSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element)) return true;
  }
  return false;
}

/** Visits the children of `parent`, adding text to `run` and nested blocks as runs of their own. */
function visit(parent: Node, run: TextRun, result: WalkResult, ownRunOnly: boolean): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === Node.TEXT_NODE) {
      run.nodes.push(child as Text);
      continue;
    }
    if (type !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    if (el.localName === 'br') markBreak(run);
    if (isSkipped(el)) {
      if (el.localName === 'iframe') result.frames.push(el as HTMLIFrameElement);
      // Not entered, but its attributes are read (iframe title, textarea placeholder).
      if (hasReadableAttributes(el)) result.elements.push(el);
      if (isField(el) && !el.hasAttribute(UI_ATTR)) addField(result, el);
      continue;
    }
    if (el.localName === 'input') addField(result, el);
    const inline = isInline(el);
    if (ownRunOnly && !inline) continue;
    result.elements.push(el);
    if (inline && el.localName === 'label') {
      // A form label stands apart from the value beside it ("<label>Gender</label><span>Woman</span>").
      markBreak(run);
      visit(el, run, result, ownRunOnly);
      markBreak(run);
    } else if (inline) {
      visit(el, run, result, ownRunOnly);
    } else if (el.firstChild) {
      const inner: TextRun = { block: el, nodes: [] };
      result.runs.push(inner);
      visit(el, inner, result, ownRunOnly);
    }
    if (!ownRunOnly) visitShadow(el, result);
  }
}

/** An element's shadow root (open, or closed where the browser lets an extension read it), walked as a run of its own. */
function visitShadow(el: Element, result: WalkResult): void {
  const shadow = shadowOf(el);
  if (!shadow) {
    if (el.localName.includes('-')) {
      result.hosts ??= [];
      result.hosts.push(el);
    }
    return;
  }
  result.shadowRoots.push(shadow);
  const shadowRun: TextRun = { block: shadow, nodes: [] };
  result.runs.push(shadowRun);
  visit(shadow, shadowRun, result, false);
}

/**
 * Walks a subtree once and returns its text runs (one per block, nested blocks get their own run),
 * the elements, open shadow roots and iframes in it. When `ownRunOnly` is set, only the run of `root`
 * itself is collected: nested blocks are not entered (used to re-mask the run around a small change).
 * With `into`, what it finds is added to that result (one result for many subtrees).
 * @example const { runs } = walk(document.body);
 */
export function walk(root: Node, ownRunOnly = false, into?: WalkResult): WalkResult {
  const result: WalkResult = into ?? { runs: [], elements: [], shadowRoots: [], frames: [] };
  const first = result.runs.length;
  const rootRun: TextRun = { block: root, nodes: [] };
  if (root.nodeType === Node.ELEMENT_NODE) {
    const el = root as Element;
    if (isSkipped(el)) {
      if (el.localName === 'iframe') result.frames.push(el as HTMLIFrameElement);
      if (hasReadableAttributes(el)) result.elements.push(el);
      if (isField(el) && !el.hasAttribute(UI_ATTR)) addField(result, el);
      return result;
    }
    if (el.localName === 'input') addField(result, el);
    result.runs.push(rootRun);
    result.elements.push(el);
    if (!ownRunOnly) visitShadow(el, result);
  } else {
    result.runs.push(rootRun);
  }
  if (root.nodeType === Node.TEXT_NODE) {
    rootRun.nodes.push(root as Text);
    return result;
  }
  visit(root, rootRun, result, ownRunOnly);
  // Drop the runs without text (in place: the result may hold runs found before this walk).
  let kept = first;
  for (let i = first; i < result.runs.length; i++) {
    const run = result.runs[i]!;
    const at = pendingBreaks.get(run);
    if (at) {
      pendingBreaks.delete(run);
      for (const n of at) {
        const node = run.nodes[n];
        if (!node || n === 0) continue;
        run.breaks ??= new Set();
        run.breaks.add(node);
      }
    }
    if (run.nodes.length > 0) result.runs[kept++] = run;
  }
  result.runs.length = kept;
  return result;
}
