/**
 * Small DOM readers shared by the site adapters: safe selector queries, JSON-LD `Person`, og and
 * profile meta tags, labelled fields. None of them throws: a missing or broken
 * hook yields nothing, and the masker's whole-page pass covers the rest.
 */
import { cleanName, looksLikeName, nameForms, squash, titleName } from './names';
import type { CandidateIdentity } from './types';

export { cleanName, looksLikeName, nameForms, squash, titleName } from './names';

/** `querySelectorAll` that returns [] instead of throwing on an invalid selector. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The elements of `root` (and `root` itself when it is an element) matching `selector`. */
export function within(root: Document | Element, selector: string): Element[] {
  const found = all(root, selector);
  try {
    if ('matches' in root && root.matches(selector)) found.unshift(root);
  } catch {
    // Invalid selector: nothing matches.
  }
  return found;
}

/**
 * The elements of `root` (and `root` itself) matching any of `selectors`, in document order. On a
 * whole document each selector is queried on its own: a browser answers a selector list with one
 * walk of the page that tries every selector on every element (0.6–0.9 ms for a dozen selectors on
 * a 600 KB profile page), one selector at a time through its indexed fast paths (about 0.1 ms in
 * all). An invalid selector matches nothing and leaves the others working.
 * @example withinAny(document, ['h1.name', '.top-card h2'])
 */
export function withinAny(root: Document | Element, selectors: readonly string[]): Element[] {
  if (root.nodeType !== DOCUMENT_NODE) return within(root, selectors.join(', '));
  const found = new Set<Element>();
  for (const selector of selectors) for (const el of all(root, selector)) found.add(el);
  const list = [...found];
  return list.length > 1 ? list.sort(inDocumentOrder) : list;
}

const DOCUMENT_NODE = 9;

/** Sort order of two elements of one document: the earlier one first. */
function inDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/** The owning document of a root. */
export function docOf(root: Document | Element): Document {
  return 'documentElement' in root ? root : root.ownerDocument;
}

/** Visible-ish text of an element: prefers the `aria-hidden` copy LinkedIn puts beside screen-reader text. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const visible = el.querySelector(':scope > span[aria-hidden="true"], :scope span[aria-hidden="true"]');
  return squash((visible ?? el).textContent);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function jsonObjects(value: Json, out: Record<string, Json>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) jsonObjects(item, out);
  } else if (value && typeof value === 'object') {
    out.push(value);
    const graph = value['@graph'];
    if (graph) jsonObjects(graph, out);
    for (const key of ['mainEntity', 'author', 'about']) if (value[key]) jsonObjects(value[key], out);
  }
}

function isPerson(obj: Record<string, Json>): boolean {
  const type = obj['@type'];
  return type === 'Person' || (Array.isArray(type) && type.includes('Person'));
}

/** The script elements that hold JSON-LD. */
export const JSON_LD = 'script[type="application/ld+json"]';

/** Names and profile URLs of every JSON-LD `Person` inside `root` (malformed blocks are skipped). */
export function jsonLdPersons(root: ParentNode): CandidateIdentity {
  const found = emptyIdentity();
  for (const script of all(root, JSON_LD)) {
    const objects: Record<string, Json>[] = [];
    try {
      jsonObjects(JSON.parse(script.textContent ?? '') as Json, objects);
    } catch {
      continue;
    }
    for (const obj of objects.filter(isPerson)) {
      const { name, givenName, familyName, url, sameAs } = obj;
      if (typeof name === 'string') found.names.push(name);
      if (typeof givenName === 'string' && typeof familyName === 'string') {
        found.names.push(`${givenName} ${familyName}`);
      }
      for (const link of [url, ...(Array.isArray(sameAs) ? sameAs : [sameAs])]) {
        if (typeof link === 'string') found.profileUrls.push(link);
      }
    }
  }
  return found;
}

/**
 * Content of the first `<meta property=…>` or `<meta name=…>`. Read through the document's list of
 * meta elements, which the browser keeps between calls while the page does not change: the head's
 * several keys cost one walk of a large page, not one selector query (a whole walk) each.
 */
export function meta(doc: Document, key: string): string {
  for (const el of doc.getElementsByTagName('meta')) {
    if (el.getAttribute('property') === key || el.getAttribute('name') === key)
      return squash(el.getAttribute('content'));
  }
  return '';
}

/**
 * Identity stated in the head: `profile:first_name` + `profile:last_name`, `og:title` (site suffix
 * removed) and the canonical / `og:url` address when it matches `profilePath`.
 */
export function headIdentity(
  doc: Document,
  siteLabels: readonly string[],
  profilePath?: RegExp,
): CandidateIdentity {
  const found = emptyIdentity();
  const first = meta(doc, 'profile:first_name');
  const last = meta(doc, 'profile:last_name');
  if (first || last) found.names.push(squash(`${first} ${last}`));
  const og = titleName(meta(doc, 'og:title'), siteLabels);
  if (og) found.names.push(og);
  if (profilePath) {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    for (const url of [canonical, meta(doc, 'og:url')])
      if (url && profilePath.test(url)) found.profileUrls.push(url);
  }
  return found;
}

/** An identity with no names and no URLs. */
export function emptyIdentity(): CandidateIdentity {
  return { names: [], profileUrls: [] };
}

/** Absolute form of an address relative to the root's document, or undefined if it cannot be parsed. */
function absolute(url: string, base: string | undefined): string | undefined {
  try {
    const parsed = new URL(url, base && /^https?:/.test(base) ? base : undefined);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Merges partial identities: cleans and de-duplicates names (case-insensitively) and makes URLs
 * absolute against the document's address.
 */
export function mergeIdentities(root: Document | Element, parts: CandidateIdentity[]): CandidateIdentity {
  // Nothing found (an added list row, most often): no need to read the document's address.
  if (parts.every((part) => part.names.length === 0 && part.profileUrls.length === 0)) return emptyIdentity();
  const names = new Map<string, string>();
  const sameAs = new Map<string, [string, string]>();
  const urls = new Set<string>();
  let base: string | undefined;
  try {
    base = docOf(root).URL;
  } catch {
    base = undefined;
  }
  const fullNames = new Set<string>();
  const single: string[] = [];
  for (const part of parts) {
    for (const raw of part.names) {
      // The name, then the other forms stated with it (a nickname, a former surname).
      const [name, ...others] = nameForms(raw);
      if (!name) continue;
      if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
      if (name.includes(' ')) fullNames.add(name.toLowerCase());
      else single.push(name);
      for (const form of others) {
        if (!names.has(form.toLowerCase())) names.set(form.toLowerCase(), form);
        sameAs.set(form.toLowerCase(), [form, name]);
      }
    }
    for (const raw of part.profileUrls) {
      const url = absolute(raw, base);
      if (url) urls.add(url);
    }
  }
  // One full name read from the root (a profile, a card) and a one-word name beside it ("Perpetua
  // Okonedo-Haig", "Preferred name: Tua"): the name the person goes by, under the same alias. (Two
  // full names, a list: no telling whose it is.)
  if (fullNames.size === 1) {
    const person = names.get([...fullNames][0]!)!;
    const own = person.toLowerCase().split(' ');
    for (const one of single)
      if (!own.includes(one.toLowerCase()) && !sameAs.has(one.toLowerCase()))
        sameAs.set(one.toLowerCase(), [one, person]);
  }
  // A first name alone ("Imogen shared a post" on a card that also names "Imogen Stradbroke") is a
  // part of a full name found too, which already masks its parts: it is no other person.
  const full = [...names.values()];
  const tokens = new Set(full.flatMap((n) => (n.includes(' ') ? n.toLowerCase().split(' ') : [])));
  return {
    names: full.filter((n) => n.includes(' ') || !tokens.has(n.toLowerCase())),
    profileUrls: [...urls],
    ...(sameAs.size ? { sameAs: [...sameAs.values()] } : {}),
  };
}

/**
 * Runs identity readers, each guarded so one broken hook cannot make readIdentity throw.
 * @example safeRead(root, [() => headerName(root), () => jsonLdPersons(root)])
 */
export function safeRead(
  root: Document | Element,
  readers: Array<() => CandidateIdentity>,
): CandidateIdentity {
  const parts: CandidateIdentity[] = [];
  for (const read of readers) {
    try {
      parts.push(read());
    } catch {
      // A site redesign broke this hook; the others and the whole-page pass still run.
    }
  }
  return mergeIdentities(root, parts);
}

/** Names read from the text of the elements matching `selectors`, plus the links around them. */
export function namesAt(
  root: Document | Element,
  selectors: readonly string[],
  linkPath?: RegExp,
): CandidateIdentity {
  const found = emptyIdentity();
  for (const el of withinAny(root, selectors)) {
    const label =
      el.tagName === 'FIGURE' || el.tagName === 'IMG'
        ? el.getAttribute('aria-label') || el.getAttribute('alt')
        : textOf(el);
    if (label) found.names.push(label);
    const href = el.closest('a')?.getAttribute('href') ?? el.querySelector('a')?.getAttribute('href');
    if (href && linkPath?.test(href)) found.profileUrls.push(href);
  }
  return found;
}

/**
 * Whether `root` or a descendant matches one of `selectors` (true when the list is invalid, so a
 * broken hook never rules a root out). Lets an adapter skip its readers on an element that holds
 * none of their hooks, such as most rows added by an infinite list.
 */
export function holdsAny(root: Element, selectors: readonly string[]): boolean {
  const list = selectors.join(', ');
  try {
    return root.matches(list) || root.querySelector(list) !== null;
  } catch {
    return true;
  }
}

/**
 * {@link namesAt} for several selector groups, group by group (the first group's names first). On an
 * element, one query over all groups rules out a root that holds none of them (a list row added by
 * an infinite list usually does), so each group costs a query only when something matched.
 */
export function namesAtGroups(
  root: Document | Element,
  groups: readonly (readonly string[])[],
  linkPath?: RegExp,
): CandidateIdentity {
  // On a whole document each group's own queries are cheap (see withinAny): nothing to rule out.
  if (root.nodeType !== DOCUMENT_NODE && !holdsAny(root as Element, groups.flat())) return emptyIdentity();
  const found = emptyIdentity();
  for (const group of groups) {
    const part = namesAt(root, group, linkPath);
    found.names.push(...part.names);
    found.profileUrls.push(...part.profileUrls);
  }
  return found;
}

/**
 * Elements that carry field labels. Kept narrow (no bare span/div) because the masker may call
 * readIdentity on every mutation batch of a large page.
 */
export const LABELS = 'dt, th, label, strong, b, [class*="label" i], [data-automation-id="formLabel"]';

/**
 * A label of a field that holds the candidate's name: "Name", "Full name", "Legal name", and the
 * other name a person goes by, which ATS profiles and HR systems state beside the legal one
 * ("Preferred name", "Preferred first name", "Nickname", "Known as", "Goes by").
 */
const NAME_LABEL =
  '(?:(?:full|candidate|legal|preferred(?:\\s+(?:full|first|given))?)\\s+name|name|nick\\s?name|known\\s+as|goes\\s+by)';
const IS_NAME_LABEL = new RegExp(`^${NAME_LABEL}\\s*:?$`, 'i');
const INLINE_NAME = new RegExp(`^${NAME_LABEL}\\s*:\\s*(.+)$`, 'i');

/**
 * Text after a "Name:" style label (`<dt>Name</dt><dd>…</dd>`, `<label>`, `<th>`, "Name: …"). A
 * preferred name may be one word ("Preferred name: Tua"): it is returned as stated, a name of its own.
 */
export function labelledNames(root: Document | Element): CandidateIdentity {
  const found = emptyIdentity();
  for (const el of all(root, LABELS)) {
    if (el.children.length > 0 && el.tagName !== 'LABEL') continue;
    const text = squash(el.textContent);
    const inline = INLINE_NAME.exec(text);
    if (inline?.[1]) found.names.push(inline[1]);
    else if (IS_NAME_LABEL.test(text)) {
      const next = el.nextElementSibling ?? el.parentElement?.nextElementSibling;
      if (next) found.names.push(squash(next.textContent));
    }
  }
  return found;
}

/** A field label of the given name alone: "First name", "Given name(s)", "Forename", "Legal first name". */
const GIVEN_LABEL = /^(?:(?:legal|candidate(?:'s)?)\s+)?(?:(?:first|given)\s*names?|forenames?)$/i;
/** A field label of the family name alone: "Last name", "Family name", "Surname(s)", "Legal last name". */
const FAMILY_LABEL = /^(?:(?:legal|candidate(?:'s)?)\s+)?(?:(?:last|family)\s*names?|surnames?)$/i;
/** Either label with an inline value: "First name: Imogen". */
const INLINE_FIELD = /^([^:]{3,40}?)\s*:\s*(.+)$/;

/** Label cells of a field table (the first cell of a row) besides the {@link LABELS}. */
export const FIELD_CELLS = 'td:first-child';

/** The value of the field labelled by `el`: its next cell or `<dd>`, the next box, or an input's value. */
function fieldValue(el: Element): string {
  const own = el.tagName === 'LABEL' ? el.querySelector('input') : null;
  const next = own ?? el.nextElementSibling ?? el.parentElement?.nextElementSibling;
  // A header row ("First Name | Last Name | Email") labels columns: the next cell is no value.
  if (!next || /^(?:TH|DT|LABEL)$/.test(next.tagName)) return '';
  if (next.tagName === 'INPUT') return squash(next.getAttribute('value'));
  return squash(next.textContent);
}

/**
 * A given name and a family name stated in two fields, as ATS profiles and forms print them ("First
 * Name | Imogen", "Last Name | Ravensworth"; `<dt>`/`<dd>`, `<label>` and its value, "Surname:
 * Ravensworth"), joined into one full name. A given name pairs with the nearest family name in page
 * order, either order first; a pair counts only when both values read as names and the whole
 * strictly as a name ("First name | Required" gives nothing).
 * @example <tr><td>First Name</td><td>Imogen</td></tr><tr><td>Last Name</td><td>Ravensworth</td></tr> → 'Imogen Ravensworth'
 */
export function fieldPairNames(root: Document | Element): CandidateIdentity {
  const found = emptyIdentity();
  let given: string | undefined;
  let family: string | undefined;
  for (const el of all(root, `${LABELS}, ${FIELD_CELLS}`)) {
    if (el.children.length > 0 && el.tagName !== 'LABEL') continue;
    const text = squash(el.textContent);
    if (text.length > 60) continue;
    const inline = INLINE_FIELD.exec(text);
    const label = inline ? inline[1]! : text.replace(/\s*[:*]$/, '');
    const isGiven = GIVEN_LABEL.test(label);
    if (!isGiven && !FAMILY_LABEL.test(label)) continue;
    const value = inline ? squash(inline[2]) : fieldValue(el);
    if (!value || !looksLikeName(value) || value.split(' ').length > 3) continue;
    if (GIVEN_LABEL.test(value) || FAMILY_LABEL.test(value)) continue;
    if (isGiven) given = value;
    else family = value;
    if (given && family) {
      const name = `${given} ${family}`;
      if (looksLikeName(name, true)) found.names.push(name);
      given = undefined;
      family = undefined;
    }
  }
  return found;
}

/**
 * Controls whose accessible label names the person they act on. ATS lists and pipelines label their
 * row checkboxes and quick actions this way ("Select Barnaby Thistlewood", "Open Isadora Prentiss's
 * profile", "Advance Ines Okoro-Vale to Phone Screen", "Next candidate: Oswin Hartigan"), also where
 * every class name is generated: the label is written for screen readers and changes less.
 */
export const ACTION_LABELS =
  'button[aria-label], a[aria-label], input[aria-label], [role="button"][aria-label], [role="checkbox"][aria-label], [role="img"][aria-label], [role="option"][aria-label]';

/** The person in an action label; the rest (verb, stage, reason) is dropped. */
const ACTION_LABEL =
  /^(?:(?:select|deselect|open|view|preview|archive|reject|advance|move|email|message|schedule (?:an )?interview with|send (?:a )?message to|(?:previous|next) candidate:|photo of|profile (?:photo|picture) of)\s+)(.+?)(?:['’]s?\s+(?:profile|application|resume|résumé|photo|avatar)\b.*|,\s*because\b.*|\s+to\s+(?:the\s+)?(?:next\s+)?\S.*)?$/i;

/**
 * Full names stated in action labels (see {@link ACTION_LABELS}): only what reads strictly as a name
 * (two capitalised tokens, no UI or job word), so "Open Job Details" or "Advance Anselm to Phone
 * Screen" (a first name alone) give nothing.
 * @example actionLabelName('Archive Cosima Wendlebury, because the role was filled') // 'Cosima Wendlebury'
 */
export function actionLabelName(label: string | null): string | undefined {
  const m = ACTION_LABEL.exec(squash(label));
  const name = m?.[1] ? cleanName(m[1]) : undefined;
  return name && looksLikeName(name, true) ? name : undefined;
}

/** Names in the action labels of `root` (see {@link actionLabelName}). */
export function actionLabelNames(root: Document | Element): CandidateIdentity {
  const found = emptyIdentity();
  for (const el of within(root, ACTION_LABELS)) {
    const name = actionLabelName(el.getAttribute('aria-label'));
    if (name) found.names.push(name);
  }
  return found;
}

/** Elements whose label may name the person of an initials avatar: a tooltip, a title, an ARIA label. */
export const AVATAR_LABELS = '[data-tooltip], [data-original-title], [title], [aria-label]';
const AVATAR_LABEL_ATTRS = ['data-tooltip', 'data-original-title', 'title', 'aria-label'];

/**
 * Names of initials avatars: an element that shows only the initials of a person ("LM") and states
 * the person's name in its tooltip, title or ARIA label ("Leopold Marchetti-Quayle"). ATS headers
 * draw the candidate this way whatever their class names; the initials must be those of the name
 * (first and last word, or every word), so a label of another kind ("Signed in as Rosamund
 * Pellow", "Menu") gives nothing.
 * @example <div data-tooltip="Leopold Marchetti-Quayle">LM</div> → 'Leopold Marchetti-Quayle'
 */
export function initialsAvatarNames(root: Document | Element): CandidateIdentity {
  const found = emptyIdentity();
  for (const el of within(root, AVATAR_LABELS)) {
    if (el.childElementCount > 1) continue;
    const initials = squash(el.textContent);
    if (!/^\p{Lu}{2,3}$/u.test(initials)) continue;
    for (const attr of AVATAR_LABEL_ATTRS) {
      const name = cleanName(el.getAttribute(attr));
      if (!name || !looksLikeName(name, true)) continue;
      const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
      const all = words.map((w) => w[0]).join('');
      const ends = `${words[0]?.[0]}${words[words.length - 1]?.[0]}`;
      if (initials === all.toUpperCase() || initials === ends.toUpperCase()) {
        found.names.push(name);
        break;
      }
    }
  }
  return found;
}

/**
 * Names of the links to candidate records (`selector` finds the links, `path` must match their
 * address): an ATS links every candidate in a list, a feed or "Recently viewed" to the record by an
 * address of a fixed shape (/people/<id>, /candidates/<uuid>), whatever its markup. Only link texts
 * that read strictly as a name count ("Barnaby Thistlewood", not "View application").
 */
export function linkedNames(root: Document | Element, selector: string, path: RegExp): CandidateIdentity {
  const found = emptyIdentity();
  for (const a of within(root, selector)) {
    if (!path.test(a.getAttribute('href') ?? '')) continue;
    const name = listedName(a.textContent);
    if (name) found.names.push(name);
  }
  return found;
}

/**
 * A name as a list or grid writes it, "Barnaby Thistlewood" or, sorted by surname, "Thistlewood,
 * Barnaby" (returned as "Barnaby Thistlewood"), when it reads strictly as a name.
 * @example listedName('Thistlewood, Barnaby') // 'Barnaby Thistlewood'
 */
export function listedName(text: string | null): string | undefined {
  const flat = squash(text);
  const sorted = /^([^,]+),\s*([^,]+)$/.exec(flat);
  const name = cleanName(sorted ? `${sorted[2]} ${sorted[1]}` : flat);
  return name && looksLikeName(name, true) ? name : undefined;
}

/** A grid header that heads a column of people. */
const PERSON_COLUMN = /^(?:candidate|candidates|applicant|name|full name|candidate name|applicant name)$/i;

/** Tables and ARIA grids whose header cells say which column holds the names. */
export const GRIDS = 'table, [role="grid"], [role="table"]';

/**
 * Names in the "Candidate" (or "Name", "Applicant") column of tables and grids: the header cell's
 * text says which column holds people, whatever the cells' markup (Workday's grids are all
 * generated classes and prompt options). Each cell counts when its text reads strictly as a name.
 */
export function columnNames(root: Document | Element): CandidateIdentity {
  const found = emptyIdentity();
  for (const grid of within(root, GRIDS)) {
    const rows = all(grid, 'tr, [role="row"]');
    const header = rows.find((r) => r.querySelector('th, [role="columnheader"]'));
    if (!header) continue;
    const heads = Array.from(header.children);
    const column = heads.findIndex((cell) => PERSON_COLUMN.test(squash(cell.textContent)));
    if (column < 0) continue;
    for (const row of rows) {
      if (row === header) continue;
      const name = listedName(row.children[column]?.textContent ?? null);
      if (name) found.names.push(name);
    }
  }
  return found;
}

/** The page heading of a candidate record: an h1, or the ARIA heading the hashed markup draws instead. */
const PAGE_HEADINGS = ['h1', '[role="heading"][aria-level="1"]', '[role="heading"][aria-level="2"]'];

/**
 * On a candidate record (the address's path matches `path`: Ashby's /candidates/<uuid>,
 * SmartRecruiters' /app/people/candidates/<uuid>), the page's first heading that reads strictly as
 * a name is the candidate, where no test id marks it. Returned as written: the merge reads a
 * nickname in it too ('Anastasiya “Nastya” Kowalczuk').
 */
export function recordHeading(doc: Document, path: RegExp): string[] {
  let pathname = '';
  try {
    pathname = new URL(doc.URL).pathname;
  } catch {
    return [];
  }
  if (!path.test(pathname)) return [];
  for (const selector of PAGE_HEADINGS) {
    const heading = all(doc, selector)[0];
    const text = squash(heading?.textContent);
    const name = cleanName(text);
    if (name && looksLikeName(name, true)) return [text];
  }
  return [];
}

type ClosedRootReader = { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null };

/**
 * An element's shadow root, a closed one included where the browser lets an extension read it:
 * Firefox gives content scripts `element.openOrClosedShadowRoot`, Chrome `chrome.dom.openOrClosedShadowRoot`.
 * Closed roots are looked for on custom elements only (a hyphen in the name: `sr-candidate-header`),
 * where web components keep them; a page script cannot read them, a screen reader and a person can.
 */
export function shadowOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  if (!el.localName.includes('-')) return null;
  try {
    const own = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (own) return own;
    const dom = (globalThis as unknown as { chrome?: { dom?: ClosedRootReader } }).chrome?.dom;
    return dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}
