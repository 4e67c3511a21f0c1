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
 * A quick test that rules a subtree out: false when no descendant of a root can match any of
 * `selectors`. A selector `S:has(A)` is represented by its argument `A` (a match needs an `A` below
 * it, so inside the root), the others by themselves, in one plain `querySelector` that avoids the
 * browser's costly `:has` matching on the many small subtrees of a batch. With an invalid selector
 * it always answers true (the real query then throws, as before).
 * @example if (mayHoldFor(document, ['li:has(a.profile)'])(row)) queryAll(row, …)
 */
export function mayHoldFor(doc: Document, selectors: readonly string[]): (root: ParentNode) => boolean {
  const parts: string[] = [];
  for (const selector of selectors) {
    const has = selector.includes(':has(') ? SUBJECT_HAS.exec(selector) : null;
    parts.push(has && !has[1]!.includes(':has(') ? has[2]! : selector);
  }
  if (parts.length === 0) return () => false;
  if (validSelectors(doc, [...selectors, ...parts]).length !== selectors.length + parts.length)
    return () => true;
  const list = parts.join(', ');
  return (root) => root.querySelector(list) !== null;
}
