/**
 * Selector helpers for whole-page queries. A long selector list ("a, b, c") costs a browser a full
 * walk of the document with every selector tried on every element (~4 ms on a 600 KB page), while
 * each selector alone often takes an indexed fast path (id, class, tag): querying them one by one
 * is many times faster.
 */

/**
 * Splits a selector list at its top-level commas (not inside parentheses, brackets or quotes).
 * @example splitSelectorList('a, li:has(b, i), [x=","]') // ['a', 'li:has(b, i)', '[x=","]']
 */
export function splitSelectorList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** The selectors the document accepts (an invalid adapter selector must not disable the rest). */
export function validSelectors(doc: Document, selectors: readonly string[]): string[] {
  return selectors.filter((s) => {
    try {
      doc.createDocumentFragment().querySelector(s);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Adds the descendants of `scope` matching a selector list: one query per selector on a whole
 * document, its root element or body (each takes the browser's fast paths), one query with the
 * joined list on a subtree.
 */
export function queryAll(
  scope: ParentNode,
  selectors: readonly string[],
  joined: string,
  into: Set<Element>,
): Set<Element> {
  const node = scope as Node;
  const whole =
    node.nodeType === Node.DOCUMENT_NODE ||
    node === node.ownerDocument?.documentElement ||
    node === node.ownerDocument?.body;
  for (const selector of whole ? selectors : [joined]) {
    for (const el of scope.querySelectorAll(selector)) into.add(el);
  }
  return into;
}

/** `S:has(A)` with a descendant argument `A` (no parentheses inside, no sibling combinator). */
const SUBJECT_HAS = /^(.*):has\(\s*>?\s*([^()+~]+?)\s*\)$/s;

/**
 * A test equivalent to `el.matches(selectors.join(', '))`, cheaper when some selectors end in
 * `:has(…)`: a browser's `matches` with `:has` in the list costs several microseconds even on a
 * small element, and a list row is tested once per batch. Such a selector can match only an element
 * with a descendant matching its argument, so one plain `querySelector` of the arguments first rules
 * most elements out; the others get the full `matches`. Invalid selectors still throw (they are
 * tested with `matches` as given).
 * @example matcherFor(document, ['li.card', 'li:has(a.profile)'])(row)
 */
export function matcherFor(doc: Document, selectors: readonly string[]): (el: Element) => boolean {
  const plain: string[] = [];
  const withHas: string[] = [];
  const args: string[] = [];
  for (const selector of selectors) {
    const has = selector.includes(':has(') ? SUBJECT_HAS.exec(selector) : null;
    if (has && !has[1]!.includes(':has(') && validSelectors(doc, [selector, has[2]!]).length === 2) {
      withHas.push(selector);
      args.push(has[2]!);
    } else plain.push(selector);
  }
  const plainList = plain.join(', ');
  const hasList = withHas.join(', ');
  const argList = args.join(', ');
  return (el) =>
    (plainList !== '' && el.matches(plainList)) ||
    (hasList !== '' && el.querySelector(argList) !== null && el.matches(hasList));
}

/**
 * The selectors whose matches show that a subtree may hold a match of `selectors`: `S:has(A)` is
 * represented by its argument `A` (a match needs an `A` below it, so inside the subtree), the others
 * by themselves.
 */
export function holdParts(selectors: readonly string[]): string[] {
  return selectors.map((selector) => {
    const has = selector.includes(':has(') ? SUBJECT_HAS.exec(selector) : null;
    return has && !has[1]!.includes(':has(') ? has[2]! : selector;
  });
}

/**
 * A quick test that rules a subtree out: false when no descendant of a root can match any of
 * `selectors`. A selector `S:has(A)` is represented by its argument `A` (see {@link holdParts}), the
 * others by themselves, in one plain `querySelector` that avoids the browser's costly `:has` matching
 * on the many small subtrees of a batch. With an invalid selector it always answers true (the real
 * query then throws, as before).
 * @example if (mayHoldFor(document, ['li:has(a.profile)'])(row)) queryAll(row, …)
 */
export function mayHoldFor(doc: Document, selectors: readonly string[]): (root: ParentNode) => boolean {
  const parts = holdParts(selectors);
  if (parts.length === 0) return () => false;
  if (validSelectors(doc, [...selectors, ...parts]).length !== selectors.length + parts.length)
    return () => true;
  const list = parts.join(', ');
  return (root) => root.querySelector(list) !== null;
}

/**
 * The rightmost compound selector of a complex selector ("h1" for ".card > h1"), or undefined when
 * the selector uses escapes or namespaces (no quick answer then).
 */
function rightmostCompound(selector: string): string | undefined {
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '\\' || (c === '|' && !quote && depth === 0)) return undefined;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~' || c === '\n' || c === '\t'))
      start = i + 1;
  }
  return selector.slice(start).trim();
}

/** True when a compound selector has a class, id or attribute condition of its own (not inside `:not(…)`, `:is(…)`…). */
function needsAttribute(compound: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < compound.length; i++) {
    const c = compound[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (depth === 0 && (c === '.' || c === '#' || c === '[')) return true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
  }
  return false;
}

/**
 * The tag names an element without any attribute must have to match one of `selectors` (lower
 * case), or null when some selector may match an element without attributes whatever its tag
 * (`*`, `:first-child`, `:is(…)`), or the selectors are beyond this simple reading.
 * @example bareTags(['.card h1', 'img[src*="photo"]']) // Set {'h1'}
 */
export function bareTags(selectors: readonly string[]): Set<string> | null {
  const tags = new Set<string>();
  for (const selector of selectors) {
    const compound = rightmostCompound(selector);
    if (compound === undefined || compound === '') return null;
    if (needsAttribute(compound)) continue;
    const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0];
    if (!tag) return null;
    tags.add(tag.toLowerCase());
  }
  return tags;
}

/** Elements of a subtree looked at before the quick test gives up and asks the selectors. */
const BARE_LIMIT = 32;

/**
 * True when the root and every element below it (a few at most) has no attribute at all and a tag
 * outside `tags`: then no selector that {@link bareTags} read can match there.
 */
function bareSubtree(root: Element, tags: ReadonlySet<string>): boolean {
  let seen = 0;
  let el: Element | null = root;
  while (el) {
    if (++seen > BARE_LIMIT || el.hasAttributes() || tags.has(el.localName.toLowerCase())) return false;
    // Next element in document order, staying inside the root.
    let next: Element | null = el.firstElementChild;
    if (!next && el !== root) {
      for (let up: Element | null = el; up && up !== root && !next; up = up.parentElement)
        next = up.nextElementSibling;
    }
    el = next;
  }
  return true;
}

/**
 * A test that rules out, at once, a subtree where nothing can match `selectors` (neither the root
 * nor an element below it): true only then. An element without attributes matches no selector
 * that needs a class, id or attribute in its last part, so rows made of plain markup (`<li>Row
 * <b>…</b></li>`, the common case in an infinite list) are ruled out without a query; other subtrees
 * get one `matches` and one `querySelector` with the whole list. With an invalid selector it always
 * answers false (the caller then runs its own queries, which fail as before).
 * @example quietFor(document, ['.card h1', 'img.photo'])(row) // true for <li>text <b>x</b></li>
 */
export function quietFor(doc: Document, selectors: readonly string[]): (root: Element) => boolean {
  if (selectors.length === 0) return () => true;
  if (validSelectors(doc, selectors).length !== selectors.length) return () => false;
  const tags = bareTags(selectors);
  const list = selectors.join(', ');
  return (root) =>
    (tags !== null && bareSubtree(root, tags)) || (!root.matches(list) && root.querySelector(list) === null);
}
