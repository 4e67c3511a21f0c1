import { escapeRegExp, scanAll } from '../detect/scan';
import type { Span } from '../detect/types';
import { type MaskEngine, type ReplacedSpan, resolveOverlaps } from './engine-types';
import type { MaskRegistry, TextPiece } from './registry';
import type { TextRun } from './walker';

/** A span of one text (local offsets) with the text to show instead. */
export interface Replacement {
  span: Span;
  replacement: string;
}

/** Options of one detection batch. */
export interface BatchOptions {
  knownNames: readonly string[];
  /** Extra spans for a text (from the model pass), in that text's coordinates. They only add masks. */
  extraSpans?: (text: string) => readonly Span[];
  /** Spans found per text, reused across batches; the owner clears it when names or engine change. */
  cache?: Map<string, Span[]>;
  /**
   * Replacements per text and spans, reused across batches (pages repeat text: "Like Jane's post" on
   * every post); the owner clears it when names or engine change.
   */
  replacements?: Map<string, ReplacedSpan[]>;
  /**
   * Initials of the names found so far on the page ("BT" for Barnaby Thistlewood), kept by the owner
   * across batches; {@link maskRuns} adds the initials of the names each batch finds.
   */
  initials?: Set<string>;
  /**
   * Full names (two or more words) the engine masked in text so far, kept by the owner across batches;
   * {@link maskRuns} adds each batch's, at most {@link MAX_SEEN_NAMES}. The owner masks them where the
   * engine alone cannot tell them, such as an avatar's label that holds the name alone
   * ({@link seenNameSpans}).
   */
  seenNames?: Set<string>;
}

/** Names kept in {@link BatchOptions.seenNames} at most. */
export const MAX_SEEN_NAMES = 400;

/** Separator between texts in the combined text: a line break, so no span joins two blocks. */
const SEP = '\n';

/**
 * A short text of one word, perhaps with a mark after it (a button's or a badge's word, a post's age:
 * "Connect", "Follow", "3d •"): it is joined again at each place it stands, in this batch or a later
 * one, so the lines around it keep the page's structure (a person's card: name, headline, "Connect");
 * longer texts are analysed once.
 */
function structureWord(text: string): boolean {
  return text.length <= 16 && !/\p{L}\s+\p{L}/u.test(text);
}

/**
 * Detects identifiers in many texts with one engine call (texts joined by line breaks; spans clipped
 * to their text). Returns, per text, sorted non-overlapping spans in local offsets. Texts already in
 * `options.cache` (same names, same engine) are not analysed again: lists repeat a lot of text.
 */
export function detectSpans(texts: readonly string[], engine: MaskEngine, options: BatchOptions): Span[][] {
  const cache = options.cache;
  const todo: string[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text || (!structureWord(text) && (cache?.has(text) || seen.has(text)))) continue;
    seen.add(text);
    todo.push(text);
  }
  const found = new Map<string, Span[]>();
  if (todo.length) {
    const split = splitByText(resolveOverlaps(engine.detect(todo.join(SEP), options.knownNames)), todo);
    if (cache && cache.size > MAX_CACHE) cache.clear();
    for (let t = 0; t < todo.length; t++) {
      // (A word repeated at each place it stands keeps what any of its places found.)
      const prev = found.get(todo[t]!) ?? cache?.get(todo[t]!);
      const spans = prev?.length ? resolveOverlaps([...prev, ...split[t]!]) : split[t]!;
      found.set(todo[t]!, spans);
      cache?.set(todo[t]!, spans);
    }
  }
  return texts.map((text) => {
    const spans = found.get(text) ?? cache?.get(text) ?? [];
    const extra = options
      .extraSpans?.(text)
      .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
    return extra?.length ? resolveOverlaps([...spans, ...extra]) : spans;
  });
}

/**
 * Adds the spans of newly known names to every cached text (one engine call), so the next pass
 * reuses the cache instead of analysing the page again. Returns false when the engine cannot
 * search names alone (the caller then clears the cache).
 */
export function addNamesToCache(
  cache: Map<string, Span[]>,
  engine: MaskEngine,
  names: readonly string[],
): boolean {
  if (!engine.detectNames) return false;
  const texts = [...cache.keys()];
  if (!texts.length || !names.length) return true;
  const split = splitByText(resolveOverlaps(engine.detectNames(texts.join(SEP), names)), texts);
  texts.forEach((text, t) => {
    const spans = split[t]!;
    if (spans.length) cache.set(text, resolveOverlaps([...(cache.get(text) ?? []), ...spans]));
  });
  return true;
}

/** Cached texts kept at most (the cache is cleared beyond that). */
const MAX_CACHE = 50_000;

/** Cache key of a text with its spans. */
function replacementKey(text: string, spans: readonly Span[]): string {
  let key = text;
  for (const s of spans) key += `\u0000${s.start},${s.end},${s.label},${s.recognizer}`;
  return key;
}

/**
 * The replacement of every span (one engine call for all texts). With a cache, a text seen before
 * with the same spans gets its earlier replacements, and each distinct text is replaced once.
 */
export function replaceSpans(
  texts: readonly string[],
  spans: readonly Span[][],
  engine: MaskEngine,
  cache?: Map<string, ReplacedSpan[]>,
): Replacement[][] {
  const keys = texts.map((text, i) => (cache && spans[i]?.length ? replacementKey(text, spans[i]!) : ''));
  const todo: number[] = [];
  const queued = new Set<string>();
  texts.forEach((_, i) => {
    if (!spans[i]?.length) return;
    const key = keys[i]!;
    if (key && (cache!.has(key) || queued.has(key))) return;
    if (key) queued.add(key);
    todo.push(i);
  });
  const flat: Span[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const i of todo) {
    offsets.push(offset);
    for (const s of spans[i]!) flat.push({ ...s, start: s.start + offset, end: s.end + offset });
    offset += texts[i]!.length + SEP.length;
  }
  const replaced = flat.length > 0 ? engine.replace(todo.map((i) => texts[i]!).join(SEP), flat) : [];
  const own = new Map<number, ReplacedSpan[]>();
  let k = 0;
  todo.forEach((i, t) => {
    const base = offsets[t]!;
    const list = spans[i]!.map((span): ReplacedSpan => {
      const r = replaced[k++];
      if (r === undefined) return `[${span.label.toLowerCase()}]`;
      // In the text's own offsets.
      return typeof r === 'string' ? r : { text: r.text, end: r.end - base };
    });
    own.set(i, list);
    if (keys[i]) {
      if (cache!.size > MAX_CACHE) cache!.clear();
      cache!.set(keys[i]!, list);
    }
  });
  return texts.map((text, i) => {
    const list = own.get(i) ?? (keys[i] ? cache!.get(keys[i]!) : undefined) ?? [];
    const textSpans = spans[i] ?? [];
    return textSpans.map((span, j) => {
      const r = list[j] ?? `[${span.label.toLowerCase()}]`;
      if (typeof r === 'string') return { span, replacement: r };
      // The replacement stands for more of the text ("she prefers" → "they prefer"): up to the next
      // span at most, within this text.
      const limit = Math.min(textSpans[j + 1]?.start ?? text.length, text.length);
      const end = Math.max(span.end, Math.min(r.end, limit));
      return { span: end > span.end ? { ...span, end } : span, replacement: r.text };
    });
  });
}

/**
 * Detects identifiers in many texts and returns, per text, the spans in local offsets with their
 * replacements.
 * @example detectBatch(['Jane Doe', 'Skills: Go'], engine, { knownNames: [] })[0];
 */
export function detectBatch(
  texts: readonly string[],
  engine: MaskEngine,
  options: BatchOptions,
): Replacement[][] {
  return replaceSpans(texts, detectSpans(texts, engine, options), engine, options.replacements);
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The run text with a space at every element boundary that joins two letters and a line break where
 * a `<br>` stands (`lineBreaks[n]`: one before `texts[n]`), and the offsets of the inserted
 * characters. `<span>Ilse</span><span>Marwood</span>` reads "IlseMarwood" as one word, but a person
 * sees two; "<b>Gender</b><br>Woman" reads as a label and its answer on two lines. Detecting on both
 * versions masks either reading.
 */
export function spacedVariant(
  texts: readonly string[],
  lineBreaks?: readonly boolean[],
): { text: string; inserts: number[] } | undefined {
  let text = '';
  const inserts: number[] = [];
  // A break before an empty node still stands before the next text.
  let lineBreak = false;
  for (let n = 0; n < texts.length; n++) {
    const t = texts[n]!;
    if (lineBreaks?.[n]) lineBreak = true;
    if (!t) continue;
    if (lineBreak && text && !/\n[ \t]*$/.test(text) && !/^[ \t]*\n/.test(t)) {
      inserts.push(text.length);
      text += '\n';
    } else if (text && LETTER.test(text[text.length - 1]!) && LETTER.test(t[0]!)) {
      inserts.push(text.length);
      text += ' ';
    }
    lineBreak = false;
    text += t;
  }
  return inserts.length ? { text, inserts } : undefined;
}

/** Maps an offset of the spaced variant back to the run text. */
function unspace(offset: number, inserts: readonly number[]): number {
  let shift = 0;
  for (const at of inserts) if (at < offset) shift++;
  return offset - shift;
}

/**
 * Splits spans of the joined text (sorted, non-overlapping) into spans of each text, in that text's
 * offsets, clipped to it: a span crossing a separator becomes one span per text it touches.
 */
export function splitByText(spans: readonly Span[], texts: readonly string[]): Span[][] {
  const out: Span[][] = [];
  let textStart = 0;
  let i = 0;
  for (const text of texts) {
    const textEnd = textStart + text.length;
    const own: Span[] = [];
    while (i < spans.length && spans[i]!.end <= textStart) i++;
    for (let j = i; j < spans.length && spans[j]!.start < textEnd; j++) {
      const s = spans[j]!;
      const start = Math.max(s.start, textStart) - textStart;
      const end = Math.min(s.end, textEnd) - textStart;
      if (end > start) own.push({ ...s, start, end });
    }
    out.push(own);
    textStart = textEnd + SEP.length;
  }
  return out;
}

/** Applies replacements to a string. */
export function applyReplacements(text: string, reps: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const { span, replacement } of reps) {
    out += text.slice(at, span.start) + replacement;
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * Masks text runs in place. A span that crosses nodes (`<b>Jo</b>hn`) puts its replacement in the
 * first node and empties its part of the others. Only text node data changes; elements stay.
 * Returns the number of masked spans.
 * @example maskRuns(walk(document.body).runs, engine, registry, { knownNames: ['Jane Doe'] });
 */
export function maskRuns(
  runs: readonly TextRun[],
  engine: MaskEngine,
  registry: MaskRegistry,
  options: BatchOptions,
): number {
  const originals = runs.map((run) => run.nodes.map((n) => registry.originalText(n)));
  const texts = originals.map((parts) => parts.join(''));
  const variants = originals.map((parts, r) =>
    spacedVariant(parts, runs[r]!.breaks && runs[r]!.nodes.map((n) => runs[r]!.breaks!.has(n))),
  );
  const extraTexts: string[] = [];
  const extraOf: number[] = [];
  variants.forEach((v, i) => {
    if (v) {
      extraTexts.push(v.text);
      extraOf.push(i);
    }
  });
  const found = detectSpans([...texts, ...extraTexts], engine, options);
  const spans = found.slice(0, texts.length);
  extraOf.forEach((runIndex, k) => {
    const inserts = variants[runIndex]!.inserts;
    const mapped = found[texts.length + k]!.map((s) => ({
      ...s,
      start: unspace(s.start, inserts),
      end: unspace(s.end, inserts),
    }));
    spans[runIndex] = resolveOverlaps([...spans[runIndex]!, ...mapped]);
  });
  const results = replaceSpans(texts, spans, engine, options.replacements);
  maskInitials(originals, texts, spans, results, options);
  if (options.seenNames) addSeenNames(texts, spans, options.seenNames);
  let count = 0;
  runs.forEach((run, r) => {
    count += applyRun(run, originals[r]!, results[r]!, registry);
  });
  return count;
}

/** A text node that holds only two or three capitals: an initials avatar ("BT"), or an acronym. */
const INITIALS_NODE = /^\s*(\p{Lu}{2,3})\s*$/u;
/**
 * Degrees and credentials written as capitals alone ("MS" in an education row, "JD", "MBA"): job
 * signal the policy keeps, even where a person on the page has those initials.
 */
const CREDENTIAL_ACRONYMS = new Set(
  'BA BS MA MS MD JD DO RN NP PA CPA CFA PMP MBA MFA MPH MSN BBA BFA BSN LLB LLM DDS EDD PHD'.split(' '),
);

/**
 * The initials a name is shown as: first and last token ("BT" for "Barnaby Thistlewood"), and every
 * token's, hyphenated parts included, when that makes three letters ("LBO" for "Lucía Benavente-Orr").
 * @example nameInitials('Lucía Benavente-Orr') // ['LB', 'LBO']
 */
export function nameInitials(name: string): string[] {
  const tokens = name.split(/\s+/).filter((t) => /^\p{L}/u.test(t));
  if (tokens.length < 2) return [];
  const first = (t: string) => t[0]!.toLocaleUpperCase();
  const out = [first(tokens[0]!) + first(tokens[tokens.length - 1]!)];
  const parts = tokens.flatMap((t) => t.split('-').filter((p) => /^\p{L}/u.test(p)));
  if (parts.length === 3) out.push(parts.map(first).join(''));
  return out;
}

/**
 * Initials avatars shown as text ("BT" in a grey circle beside "Barnaby Thistlewood"): a text node of
 * two or three capitals that are the initials of a name known for the page or masked as a name in
 * this batch or an earlier one is emptied, as the avatar's picture would be. Pages build these
 * avatars from any markup (generated class names, no photo hook), so only the text says what they are.
 */
function maskInitials(
  originals: readonly (readonly string[])[],
  texts: readonly string[],
  spans: readonly Span[][],
  results: Replacement[][],
  options: BatchOptions,
): void {
  const known = options.initials ?? new Set<string>();
  let candidates: [number, number, number][] | undefined;
  originals.forEach((parts, r) => {
    let at = 0;
    for (const part of parts) {
      if (part.length <= 8) {
        const m = INITIALS_NODE.exec(part);
        if (m) {
          const start = at + part.indexOf(m[1]!);
          candidates ??= [];
          candidates.push([r, start, start + m[1]!.length]);
        }
      }
      at += part.length;
    }
  });
  if (!candidates) return;
  for (const name of options.knownNames) for (const i of nameInitials(name)) known.add(i);
  spans.forEach((list, r) => {
    for (const s of list)
      if (s.label === 'NAME') for (const i of nameInitials(texts[r]!.slice(s.start, s.end))) known.add(i);
  });
  for (const [r, start, end] of candidates) {
    const letters = texts[r]!.slice(start, end);
    if (!known.has(letters) || CREDENTIAL_ACRONYMS.has(letters)) continue;
    const reps = results[r]!;
    if (reps.some(({ span }) => span.start < end && span.end > start)) continue;
    const span: Span = { start, end, label: 'NAME', score: 1, recognizer: 'initials' };
    const at = reps.findIndex((rep) => rep.span.start > start);
    reps.splice(at < 0 ? reps.length : at, 0, { span, replacement: '' });
  }
}

/**
 * Adds the full names among `spans` (a NAME the recognizers found, not a known name's form or an
 * initials avatar: two or more words, each starting with a capital) to `seen`.
 */
function addSeenNames(texts: readonly string[], spans: readonly Span[][], seen: Set<string>): void {
  spans.forEach((list, r) => {
    for (const s of list) {
      if (seen.size >= MAX_SEEN_NAMES) return;
      if (s.label !== 'NAME' || s.recognizer === 'known-identity' || s.recognizer === 'initials') continue;
      const name = texts[r]!.slice(s.start, s.end).trim().replace(/\s+/g, ' ');
      if (name.length <= 60 && SEEN_NAME.test(name)) seen.add(name);
    }
  });
}

/** Two to four words, each a capital and letters (a hyphen, an apostrophe or a dot inside). */
const SEEN_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/** The pattern of each set of names (one a masker: a page's and each frame's), rebuilt when the set grows. */
const seenPatterns = new WeakMap<ReadonlySet<string>, { size: number; re: RegExp }>();

/**
 * Spans of the names in `seen` where they stand in `text` (as whole words, any white space between
 * their words, a possessive after them): the names masked elsewhere on the page, masked again where
 * the text around them says too little for the engine, as in `aria-label="Teodor Ashgrove"`.
 * @example seenNameSpans('Open Ana Ruiz’s card', new Set(['Ana Ruiz'])).map((s) => [s.start, s.end]) // [[5, 15]]
 */
export function seenNameSpans(text: string, seen: ReadonlySet<string>): Span[] {
  if (!seen.size) return [];
  let pattern = seenPatterns.get(seen);
  if (!pattern || pattern.size !== seen.size) {
    const alts = [...seen]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.split(' ').map(escapeRegExp).join('\\s+'));
    pattern = {
      size: seen.size,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu'),
    };
    seenPatterns.set(seen, pattern);
  }
  const out: Span[] = [];
  for (const m of scanAll(text, pattern.re))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      label: 'NAME',
      score: 0.9,
      recognizer: 'page-names',
    });
  return out;
}

/** Maps a run's spans onto its text nodes and writes them. */
function applyRun(
  run: TextRun,
  texts: readonly string[],
  reps: readonly Replacement[],
  registry: MaskRegistry,
): number {
  const pieces: TextPiece[][] = texts.map(() => []);
  // Where each node's text starts in the run: a span visits only the nodes it overlaps (a long run
  // with many spans, a feed post of hundreds of nodes, would otherwise cost spans × nodes).
  const offsets = new Array<number>(texts.length + 1);
  offsets[0] = 0;
  for (let n = 0; n < texts.length; n++) offsets[n + 1] = offsets[n]! + texts[n]!.length;
  for (const { span, replacement } of reps) {
    const entry = registry.create(span.label, span.recognizer, replacement);
    let first = true;
    // The first node that ends after the span's start.
    let lo = 0;
    let hi = texts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo; n < texts.length && offsets[n]! < span.end; n++) {
      const nodeStart = offsets[n]!;
      const start = Math.max(span.start, nodeStart) - nodeStart;
      const end = Math.min(span.end, offsets[n + 1]!) - nodeStart;
      if (end <= start) continue;
      pieces[n]!.push({ start, end, replacement: first ? replacement : '', entry });
      first = false;
    }
  }
  run.nodes.forEach((node, n) => {
    // Nothing to mask and nothing masked before: the node keeps its text as it is.
    if (pieces[n]!.length === 0 && !registry.texts.has(node)) return;
    registry.setText(node, texts[n]!, pieces[n]!);
  });
  return reps.length;
}
