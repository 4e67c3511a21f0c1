import type { EntityType } from '../detect/types';

/** One masked identifier: a span of a text run, an attribute value, a link or a photo. */
export interface MaskedEntry {
  id: number;
  label: EntityType | 'PHOTO' | 'LINK' | 'DOCUMENT' | 'FIELD';
  recognizer: string;
  /** What the page shows instead ("Candidate K7QF", "[SCHOOL]", a neutral avatar). */
  placeholder: string;
  revealed: boolean;
}

/** A piece of a text node that is masked: offsets into the node's original data. */
export interface TextPiece {
  start: number;
  end: number;
  replacement: string;
  entry: MaskedEntry;
}

/** Masking state of one text node. The original lives here, in memory only. */
export interface TextState {
  original: string;
  /** The data BlindHire last wrote; if the node holds something else, the page changed it. */
  written: string;
  pieces: TextPiece[];
}

/** Masking state of one attribute (alt, title, href, src…). */
export interface AttrState {
  original: string | null;
  /** The masked value (null: attribute removed). */
  masked: string | null;
  /** What the attribute held after BlindHire's last write. */
  written: string | null;
  entry: MaskedEntry;
}

/**
 * In-memory book of everything masked on a page, for counts, hover details and reveal. Originals
 * never leave it: nothing here is stored or sent.
 */
export class MaskRegistry {
  private nextId = 1;
  readonly texts = new WeakMap<Text, TextState>();
  readonly attrs = new WeakMap<Element, Map<string, AttrState>>();
  /** Live entries by id, with the nodes or attributes that show them. */
  readonly entries = new Map<
    number,
    { entry: MaskedEntry; nodes: Set<Text>; attrs: Set<[Element, string]> }
  >();

  /** Creates an entry. */
  create(label: MaskedEntry['label'], recognizer: string, placeholder: string): MaskedEntry {
    const entry: MaskedEntry = { id: this.nextId++, label, recognizer, placeholder, revealed: false };
    this.entries.set(entry.id, { entry, nodes: new Set(), attrs: new Set() });
    return entry;
  }

  /** The node's original data: its current data unless BlindHire wrote it. */
  originalText(node: Text): string {
    const state = this.texts.get(node);
    return state && state.written === node.data ? state.original : node.data;
  }

  /** The attribute's original value: its current value unless BlindHire wrote it. */
  originalAttr(el: Element, name: string): string | null {
    const state = this.attrs.get(el)?.get(name);
    const current = el.getAttribute(name);
    return state && state.written === current ? state.original : current;
  }

  /** Forgets the pieces of a text node (before it is masked again). */
  dropText(node: Text): void {
    const state = this.texts.get(node);
    if (!state) return;
    for (const piece of state.pieces) this.release(piece.entry.id, node);
    this.texts.delete(node);
  }

  /** Forgets an attribute's mask. */
  dropAttr(el: Element, name: string): void {
    const map = this.attrs.get(el);
    const state = map?.get(name);
    if (!map || !state) return;
    const record = this.entries.get(state.entry.id);
    if (record) {
      for (const pair of record.attrs) if (pair[0] === el && pair[1] === name) record.attrs.delete(pair);
      if (record.nodes.size === 0 && record.attrs.size === 0) this.entries.delete(state.entry.id);
    }
    map.delete(name);
  }

  private release(id: number, node: Text): void {
    const record = this.entries.get(id);
    if (!record) return;
    record.nodes.delete(node);
    if (record.nodes.size === 0 && record.attrs.size === 0) this.entries.delete(id);
  }

  /** Renders a text node from its state (revealed pieces show the original). */
  static render(state: TextState): string {
    let out = '';
    let at = 0;
    for (const piece of state.pieces) {
      out += state.original.slice(at, piece.start);
      out += piece.entry.revealed ? state.original.slice(piece.start, piece.end) : piece.replacement;
      at = piece.end;
    }
    return out + state.original.slice(at);
  }

  /** Records a masked text node and writes its masked data; `original` is the node's {@link originalText}. */
  setText(node: Text, original: string, pieces: TextPiece[]): void {
    // A node never masked holds its original (the caller read it with originalText just before).
    const masked = this.texts.has(node);
    if (masked) this.dropText(node);
    if (pieces.length === 0) {
      if (masked && node.data !== original) node.data = original;
      return;
    }
    const state: TextState = { original, written: '', pieces };
    // An <option> with no value attribute posts its text: pin the value to what it posts now, so the form
    // sends the page's value, not the mask ("Move: Ilse Marwood" would post "Candidate K7QF").
    if (!masked) keepOptionValue(node);
    for (const piece of pieces) this.entries.get(piece.entry.id)?.nodes.add(node);
    state.written = MaskRegistry.render(state);
    this.texts.set(node, state);
    if (masked ? node.data !== state.written : original !== state.written) node.data = state.written;
  }

  /** Records a masked attribute and writes its masked value (null removes the attribute). */
  setAttr(
    el: Element,
    name: string,
    original: string | null,
    value: string | null,
    entry: MaskedEntry,
  ): void {
    this.dropAttr(el, name);
    let map = this.attrs.get(el);
    if (!map) {
      map = new Map();
      this.attrs.set(el, map);
    }
    map.set(name, { original, masked: value, written: value, entry });
    this.entries.get(entry.id)?.attrs.add([el, name]);
    writeAttr(el, name, entry.revealed ? original : value);
    const state = map.get(name)!;
    state.written = el.getAttribute(name);
  }

  /**
   * Sets an attribute's original and masked values anew, keeping its entry (and whether that is
   * revealed): a covered form field whose value changed. False when the attribute is not masked.
   */
  updateAttr(el: Element, name: string, original: string | null, value: string | null): boolean {
    const state = this.attrs.get(el)?.get(name);
    if (!state) return false;
    state.original = original;
    state.masked = value;
    writeAttr(el, name, state.entry.revealed ? original : value);
    state.written = el.getAttribute(name);
    return true;
  }

  /** Shows or hides the original of one entry everywhere it appears. */
  setRevealed(id: number, revealed: boolean): void {
    const record = this.entries.get(id);
    if (!record) return;
    record.entry.revealed = revealed;
    for (const node of record.nodes) {
      const state = this.texts.get(node);
      if (!state) continue;
      state.written = MaskRegistry.render(state);
      node.data = state.written;
    }
    for (const [el, name] of record.attrs) {
      const state = this.attrs.get(el)?.get(name);
      if (!state) continue;
      writeAttr(el, name, revealed ? state.original : state.masked);
      state.written = el.getAttribute(name);
    }
  }

  /** Entries currently in the page. */
  list(): MaskedEntry[] {
    const out: MaskedEntry[] = [];
    for (const [id, record] of this.entries) {
      if (shown(record)) out.push(record.entry);
      else this.entries.delete(id);
    }
    return out;
  }

  /** Finds the entry shown at an offset of a text node (for hover details). */
  entryAt(node: Text, offset: number): MaskedEntry | undefined {
    const state = this.texts.get(node);
    if (!state || state.written !== node.data) return undefined;
    let at = 0;
    let out = 0;
    for (const piece of state.pieces) {
      out += piece.start - at;
      const shown = piece.entry.revealed ? piece.end - piece.start : piece.replacement.length;
      if (offset >= out && offset < out + Math.max(shown, 1)) return piece.entry;
      out += shown;
      at = piece.end;
    }
    return undefined;
  }
}

/** True when an entry still shows in a connected node or attribute. */
function shown(record: { nodes: Set<Text>; attrs: Set<[Element, string]> }): boolean {
  for (const node of record.nodes) if (node.isConnected) return true;
  for (const [el] of record.attrs) if (el.isConnected) return true;
  return false;
}

function writeAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets an <option>'s value attribute to the value it has now (its text) when it has none. */
function keepOptionValue(node: Text): void {
  const parent = node.parentElement;
  const option = (parent?.localName === 'option' ? parent : parent?.closest?.('option')) as
    | HTMLOptionElement
    | null
    | undefined;
  if (option && !option.hasAttribute('value')) option.setAttribute('value', option.value);
}
