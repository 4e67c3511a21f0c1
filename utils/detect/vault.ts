/**
 * The vault maps placeholders back to the originals ("[EMAIL_1]" → the address, "Candidate K7QF" →
 * the person's name) so a later text, such as a model's reply, can be restored on the device. It
 * never leaves the device; persisting it (encrypted) is the storage layer's job: entries() and
 * Vault.fromEntries() make it serialisable.
 */

import { ALIAS_CODE_SOURCE, ALIAS_PREFIX, candidateAlias, nameTokens } from './alias';
import { nicknamesOf } from './data/nicknames';
import { normalize } from './normalize';
import { CJK_CLASS, CYRILLIC_ENDINGS, SOUTHEAST_ASIAN_CLASS } from './scripts';
import type { EntityType } from './types';
import { MASKED_ENTITY_TYPES } from './types';

/** One placeholder and what it stands for. */
export interface VaultEntry {
  placeholder: string;
  label: EntityType;
  original: string;
}

/** How a placeholder is written: a person alias ("Candidate K7QF") or a typed one ("[EMAIL_1]"). */
export type PlaceholderStyle = 'alias' | 'typed';

/** Options of Vault.put. */
export interface PutOptions {
  /** Defaults to "alias" for NAME and "typed" for every other label. */
  style?: PlaceholderStyle;
  /** Key of the alias hash; defaults to the vault's key. */
  aliasKey?: string;
}

interface Person {
  tokens: string[];
  entry: VaultEntry;
}

/** Initials as written: three to five capitals, dotted or not, possessive or not ("IVK's", "I. V. K."). */
const MONOGRAM = /^((?:\p{Lu}\.?\s?){3,5})(?:['’]s)?$/u;

/**
 * The initials of a full name: each capitalised part's first letter, a hyphenated part's halves each
 * ("Ines Valderrama-Kohl" → "IVK"), and each part once ("Jamal D. Washington-Reyes" → "JDWR", "JDW").
 */
function monogramsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const halves = words.flatMap((w) => w.split('-').filter((h) => /^\p{Lu}/u.test(h)));
  return [halves, words].map((ws) => ws.map((w) => w[0]).join('')).filter((m) => m.length >= 3);
}

/** The typed-placeholder key of a label: "GRAD_YEAR" → "GRADYEAR" (spelling variants fold to it). */
const labelKey = (label: string): string => label.toUpperCase().replace(/[^A-Z]/g, '');
const LABEL_BY_KEY = new Map<string, EntityType>(MASKED_ENTITY_TYPES.map((l) => [labelKey(l), l]));
for (const [synonym, label] of [
  ['MAIL', 'EMAIL'],
  ['PERSON', 'NAME'],
  ['PHONENUMBER', 'PHONE'],
  ['TELEPHONE', 'PHONE'],
  ['YEAR', 'GRAD_YEAR'],
] as const) {
  LABEL_BY_KEY.set(synonym, label);
}

/** Folds an original so the same value written differently gets the same placeholder. */
function valueKey(label: EntityType, original: string): string {
  const trimmed = normalize(original).text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (label === 'PHONE') return trimmed.replace(/[^\d+]/g, '');
  if (label === 'EMAIL' || label === 'URL') return trimmed.toLowerCase().replace(/\/+$/, '');
  return trimmed.toLowerCase();
}

/** Does the variant name the person? Every token is one of theirs (a lone letter may be an initial). */
function variantOf(variant: readonly string[], person: readonly string[], empty = false): boolean {
  if (!variant.length) return empty;
  if (!variant.some((t) => t.length > 1)) return false;
  return variant.every((t) => person.includes(t) || (t.length === 1 && person.some((p) => p.startsWith(t))));
}

/** A lower-case letter then a capital ("MarisolThackwell"), and a capital before a capitalised word ("MThackwell"). */
const LOWER_UPPER = /(\p{Ll})(\p{Lu})/gu;
const UPPER_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;

/** Scripts written without spaces between words (Hangul as the jamo that names fold to). */
const UNSPACED = new RegExp(`^[${CJK_CLASS}${SOUTHEAST_ASIAN_CLASS}]+$`, 'u');
/** A gendered Chinese title after a surname ("王先生"), masked with it. */
const GENDERED_TITLE = /(?:先生|女士|小姐)$/u;
/** The stems a Cyrillic token may have: itself, and itself less each case ending it ends with ("алексеи" → "алексе", "алекс"). */
function cyrillicStems(t: string): string[] {
  const out = [t];
  for (const e of CYRILLIC_ENDINGS)
    if (t.endsWith(e) && t.length - e.length >= 3) out.push(t.slice(0, -e.length));
  return out;
}

/**
 * True when a name token is another written form of a person's token `q` (both folded): a part of a
 * name in an unspaced script ("小明" of "王小明", "王先生"), a Cyrillic case form ("кузнецовои" of
 * "кузнецова"), or a Hebrew or Arabic token with a joined prefix ("לכהן" of "כהן").
 */
function inflectedToken(t: string, q: string): boolean {
  if (t === q) return true;
  const c = t.charCodeAt(0);
  if (c < 0x400) return false;
  if (UNSPACED.test(t)) {
    const bare = t.replace(GENDERED_TITLE, '');
    return bare.length > 0 && (q.startsWith(bare) || (bare.length >= 2 && q.includes(bare)));
  }
  if (c < 0x530) {
    const stems = cyrillicStems(q);
    return cyrillicStems(t).some((stem) => stems.includes(stem));
  }
  if (c >= 0x590 && c < 0x700) return t.length - q.length <= 2 && t.length > q.length && t.endsWith(q);
  return false;
}

function randomKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Placeholder ↔ original map.
 * @example
 * const vault = new Vault({ aliasKey: 'org' });
 * vault.put('EMAIL', 'jane@example.com'); // "[EMAIL_1]"
 * vault.put('NAME', 'Jane Doe'); // "Candidate K7QF"
 * vault.restore('Write to Candidate K7QF at [EMAIL_1]'); // "Write to Jane Doe at jane@example.com"
 */
export class Vault {
  readonly aliasKey: string;
  private readonly byPlaceholder = new Map<string, VaultEntry>();
  private readonly byValue = new Map<string, VaultEntry>();
  private readonly counters = new Map<EntityType, number>();
  private readonly rank = new Map<string, number>();
  /** People by each of their name tokens, so finding a person costs O(tokens), not O(people). */
  private readonly personsByToken = new Map<string, Person[]>();
  /** Every person once, in registration order (forms in inflecting scripts are checked against each). */
  private readonly people = new Set<Person>();
  /** People by their first name and surname run together, both ways round ("marisolthackwell", "thackwellmarisol"). */
  private readonly gluedNames = new Map<string, Person[]>();
  /** Forms linked to a person ({@link linkKnownName}), by placeholder and form, so each is indexed once. */
  private readonly links = new Set<string>();

  constructor(options: { aliasKey?: string } = {}) {
    this.aliasKey = options.aliasKey || randomKey();
  }

  /** Number of placeholders held. */
  get size(): number {
    return this.byPlaceholder.size;
  }

  /**
   * Registers a person known for the candidate (from a page header or a form), so that every variant
   * of the name ("Jane", "Doe", "J. Doe", "JANE DOE's") gets the same alias. Returns that alias.
   */
  addKnownName(fullName: string, options: Omit<PutOptions, 'style'> = {}): string {
    return this.put('NAME', fullName, { ...options, style: 'alias' });
  }

  /**
   * Another form of a known person's name, stated beside it (a nickname: "Izzy Marwood" of "Ilse
   * (Izzy) Marwood"; a former surname: "Ilse Quenby"): it and its parts get that person's alias
   * instead of one of their own. Returns the alias.
   * @example vault.linkKnownName('Izzy Marwood', 'Ilse Marwood'); vault.put('NAME', 'Izzy') === vault.put('NAME', 'Ilse Marwood') // true
   */
  linkKnownName(form: string, fullName: string, options: Omit<PutOptions, 'style'> = {}): string {
    const placeholder = this.addKnownName(fullName, options);
    const entry = this.byPlaceholder.get(placeholder);
    const tokens = nameTokens(form);
    const key = `${placeholder}\u0000${tokens.join(' ')}`;
    if (entry && tokens.length && !this.links.has(key)) {
      this.links.add(key);
      this.indexPerson({ tokens, entry });
    }
    return placeholder;
  }

  /** The placeholder for an original, minting one the first time it is seen. */
  put(label: EntityType, original: string, options: PutOptions = {}): string {
    const style = options.style ?? (label === 'NAME' ? 'alias' : 'typed');
    if (label === 'NAME') {
      const person = this.findPerson(original, style) ?? this.findGlued(original, style);
      if (person) return person.entry.placeholder;
    }
    const key = `${style}\u0000${label}\u0000${valueKey(label, original)}`;
    const known = this.byValue.get(key);
    if (known) return known.placeholder;
    const placeholder =
      style === 'alias' ? this.mintAlias(original, options.aliasKey ?? this.aliasKey) : this.mintTyped(label);
    const entry: VaultEntry = { placeholder, label, original: original.trim() };
    this.remember(entry, key);
    return placeholder;
  }

  /** The original behind a placeholder, or any model variant of it ("[Email 1]", "candidate k7qf"). */
  lookup(placeholder: string): string | undefined {
    return this.entryFor(placeholder)?.original;
  }

  /** The vault entry for a placeholder or a variant of it. */
  entryFor(placeholder: string): VaultEntry | undefined {
    return this.byPlaceholder.get(canonicalPlaceholder(placeholder) ?? placeholder);
  }

  /** Every placeholder, in the order they were minted. */
  placeholders(): string[] {
    return [...this.byPlaceholder.keys()];
  }

  /** Restores every placeholder (and model variants of them) that the vault knows in a text. */
  restore(text: string): string {
    return replacePlaceholders(text, this, () => {});
  }

  /** Serialisable copy of the map. */
  entries(): VaultEntry[] {
    return [...this.byPlaceholder.values()].map((e) => ({ ...e }));
  }

  /** Rebuilds a vault from entries(); placeholders minted later continue the numbering. */
  static fromEntries(entries: readonly VaultEntry[], options: { aliasKey?: string } = {}): Vault {
    const vault = new Vault(options);
    for (const e of entries) {
      const style: PlaceholderStyle = e.placeholder.startsWith(ALIAS_PREFIX) ? 'alias' : 'typed';
      vault.remember({ ...e }, `${style}\u0000${e.label}\u0000${valueKey(e.label, e.original)}`);
      const n = Number(/_(\d+)\]$/.exec(e.placeholder)?.[1] ?? 0);
      if (n > (vault.counters.get(e.label) ?? 0)) vault.counters.set(e.label, n);
    }
    return vault;
  }

  private remember(entry: VaultEntry, key: string): void {
    this.rank.set(entry.placeholder, this.rank.size);
    this.byPlaceholder.set(entry.placeholder, entry);
    this.byValue.set(key, entry);
    if (entry.label === 'NAME') this.indexPerson({ tokens: nameTokens(entry.original), entry });
  }

  private indexPerson(person: Person): void {
    this.people.add(person);
    const n = person.tokens.length;
    if (n >= 2) {
      const first = person.tokens[0]!;
      const last = person.tokens[n - 1]!;
      for (const key of [first + last, last + first]) {
        const list = this.gluedNames.get(key);
        if (!list) this.gluedNames.set(key, [person]);
        else if (!list.includes(person)) list.push(person);
      }
    }
    for (const t of new Set(person.tokens)) {
      const list = this.personsByToken.get(t);
      if (!list) this.personsByToken.set(t, [person]);
      else if (!list.includes(person)) list.push(person);
    }
  }

  private findPerson(original: string, style: PlaceholderStyle): Person | undefined {
    const tokens = nameTokens(original);
    if (!tokens.length) return undefined;
    const isAlias = (p: Person) => p.entry.placeholder.startsWith(ALIAS_PREFIX) === (style === 'alias');
    // Every match shares at least one full token with the variant; first-registered wins.
    const found = new Set<Person>();
    for (const t of tokens) if (t.length > 1) for (const p of this.personsByToken.get(t) ?? []) found.add(p);
    const candidates = [...found].filter(isAlias).sort((a, b) => this.order(a) - this.order(b));
    const sub = candidates.find((p) => variantOf(tokens, p.tokens));
    if (sub) return sub;
    // A fuller form of a person seen first by a part of the name ("Jane", then "Jane Doe").
    const sup = candidates.find((p) => variantOf(p.tokens, tokens));
    if (sup) {
      sup.tokens = tokens;
      sup.entry.original = original.trim();
      this.indexPerson(sup);
    }
    return sup;
  }

  /**
   * A person whose name is written glued, as in file names and handles: "MarisolThackwell" and
   * "ThackwellM" read as "Marisol Thackwell" and "Thackwell M" (split at their capitals), and a lower-case
   * run of the first name and surname ("marisolthackwell", "thackwellmarisol") as that person; or with
   * the first name's short or full form ("Pippa", "Pippa Ardoyne" for "Philippa Ardoyne", data/nicknames.ts).
   */
  private findGlued(original: string, style: PlaceholderStyle): Person | undefined {
    const split = original.replace(LOWER_UPPER, '$1 $2').replace(UPPER_WORD, '$1 $2');
    if (split !== original) {
      const person = this.findPerson(split, style);
      if (person) return person;
    }
    const tokens = nameTokens(original);
    if (!tokens.length) return undefined;
    const t = tokens[0]!;
    const alias = style === 'alias';
    const ok = (p: Person) => p.entry.placeholder.startsWith(ALIAS_PREFIX) === alias;
    // First name and surname run together ("marisolthackwell").
    if (tokens.length === 1) {
      const glued = this.gluedNames.get(t)?.find(ok);
      if (glued) return glued;
    }
    // The first name's short or full form, alone or with the rest ("Pippa", "Bob Kowalczyk"). (Nickname
    // groups are symmetric: the person's first name is among the word's forms.)
    for (const form of nicknamesOf(t)) {
      for (const p of this.personsByToken.get(form) ?? []) {
        if (
          ok(p) &&
          p.tokens.length >= 2 &&
          p.tokens[0] === form &&
          variantOf(tokens.slice(1), p.tokens.slice(1), true)
        )
          return p;
      }
    }
    // A form of a name in a script that inflects, prefixes or runs words together ("Кузнецовой",
    // "לכהן", "小明", "王先生"), as the known-identity recognizer finds it (Latin names skip the walk).
    if (tokens.some((tok) => tok.charCodeAt(0) >= 0x400))
      for (const p of this.people)
        if (ok(p) && tokens.every((tok) => p.tokens.some((q) => inflectedToken(tok, q)))) return p;
    // A person's initials of three letters or more ("IVK", "I.V.K." of "Ines Valderrama-Kohl").
    const mono = MONOGRAM.exec(original.trim())?.[1]?.replace(/[.\s]/g, '');
    if (mono)
      for (const p of this.people) if (ok(p) && monogramsOf(p.entry.original).includes(mono)) return p;
    return undefined;
  }

  /** Registration order of a person (placeholders are kept in insertion order). */
  private order(p: Person): number {
    return this.rank.get(p.entry.placeholder) ?? 0;
  }

  private mintAlias(name: string, key: string): string {
    for (let attempt = 0; ; attempt++) {
      const alias = candidateAlias(name, key, attempt);
      if (!this.byPlaceholder.has(alias)) return alias;
    }
  }

  private mintTyped(label: EntityType): string {
    const n = (this.counters.get(label) ?? 0) + 1;
    this.counters.set(label, n);
    return `[${label}_${n}]`;
  }
}

/**
 * Typed placeholders and the variants models write: "[EMAIL_1]", "[Email 1]", "{EMAIL_1}",
 * "<EMAIL-1>", "EMAIL_1", and aliases in any case ("candidate k7qf"). Linear: no nested quantifiers.
 */
// The alias form comes first: "Candidate WQC9" would otherwise read as label "Candidate WQC", number 9.
const PLACEHOLDER_SOURCE =
  `(${ALIAS_PREFIX})[ _-]?([A-Za-z0-9]{4})|` +
  '([\\[{<(]\\s{0,2})?([A-Za-z]{1,9}(?:[ _-]?[A-Za-z]{2,6})?)[ _-]?(\\d{1,4})(\\s{0,2}[\\]}>)])?';
const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}_])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}_])';
/** Matches placeholder-like text; see canonicalPlaceholder for what counts. */
export const PLACEHOLDER_PATTERN = new RegExp(
  `${BOUNDARY_BEFORE}(?:${PLACEHOLDER_SOURCE})${BOUNDARY_AFTER}`,
  'giu',
);
const STRICT_TYPED = new RegExp(`^\\[(?:${MASKED_ENTITY_TYPES.join('|')})_\\d+\\]$`);
const STRICT_ALIAS = new RegExp(`^${ALIAS_PREFIX} ${ALIAS_CODE_SOURCE}$`);

/**
 * The canonical placeholder a match stands for ("[Name 1]" → "[NAME_1]", "candidate k7qf" →
 * "Candidate K7QF"), or undefined when the text is not a placeholder. A bare form ("NAME_1") counts
 * only in capitals with an underscore, so ordinary prose ("Name 1 of 3") is left alone.
 */
export function canonicalPlaceholder(text: string): string | undefined {
  const m = new RegExp(`^(?:${PLACEHOLDER_SOURCE})$`, 'iu').exec(text.trim());
  if (!m) return undefined;
  if (m[1]) return `${ALIAS_PREFIX} ${m[2]!.toUpperCase()}`;
  const [, , , open, rawLabel, n, close] = m;
  const label = LABEL_BY_KEY.get(labelKey(rawLabel!));
  if (!label) return undefined;
  const bare = !open && !close;
  if (bare && !(rawLabel === rawLabel!.toUpperCase() && /_\d+$/.test(text.trim()))) return undefined;
  return `[${label}_${Number(n)}]`;
}

/** Whether a text is a placeholder in the exact form the anonymizer writes. */
export function isStrictPlaceholder(text: string): boolean {
  return STRICT_TYPED.test(text) || STRICT_ALIAS.test(text);
}

/** Characters of already-emitted text kept as context (word boundaries, sentence starts). */
const CONTEXT = 8;
const SENTENCE_START = /(?:^|[.!?]["')\]]?\s+|\n\s*)$/;

/**
 * The original to put back. A pronoun stands in many places under one placeholder ("she" and "She"
 * share "[PRONOUN_1]"), so it takes the case its new place needs: capitalised at a sentence start,
 * lower case elsewhere (unless written in capitals).
 */
function fitCase(entry: VaultEntry, preceding: string): string {
  const o = entry.original;
  if (entry.label !== 'PRONOUN' || !o || (o.length > 1 && o === o.toUpperCase())) return o;
  return SENTENCE_START.test(preceding) ? o[0]!.toUpperCase() + o.slice(1) : o[0]!.toLowerCase() + o.slice(1);
}

/**
 * Replaces every placeholder the vault knows; calls `seen` with the canonical form of each
 * placeholder-like match (known or not) so callers can report invented ones.
 */
function replacePlaceholders(
  text: string,
  vault: Vault,
  seen: (canonical: string, known: boolean, raw: string) => void,
  from = 0,
): string {
  PLACEHOLDER_PATTERN.lastIndex = from;
  let out = text.slice(0, from);
  let last = from;
  for (let m = PLACEHOLDER_PATTERN.exec(text); m; m = PLACEHOLDER_PATTERN.exec(text)) {
    // An unpaired bracket is punctuation of the sentence, not part of the placeholder: "(EMAIL_1, …".
    let start = m.index;
    let raw = m[0];
    const [open, close] = [m[3], m[6]];
    if (open && !close) {
      start += open.length;
      raw = raw.slice(open.length);
    } else if (close && !open) {
      raw = raw.slice(0, -close.length);
    }
    const canonical = canonicalPlaceholder(raw);
    if (!canonical) continue;
    const entry = vault.entryFor(canonical);
    seen(canonical, Boolean(entry), raw);
    if (!entry) continue;
    out += text.slice(last, start) + fitCase(entry, text.slice(Math.max(0, start - CONTEXT), start));
    last = start + raw.length;
  }
  return out + text.slice(last);
}

/** What a stream restorer saw. */
export interface RestoreReport {
  /** Placeholders restored, with how often. */
  restored: Record<string, number>;
  /** Placeholder-shaped text in the reply that the vault does not know (made up by the model), as written. */
  invented: string[];
  /** Expected placeholders that never appeared in the reply. */
  dropped: string[];
}

/** Restores a reply that arrives in chunks. */
export interface StreamRestorer {
  /** Adds a chunk; returns the restored text that is now safe to show. */
  push(chunk: string): string;
  /** Ends the stream; returns whatever was held back, restored. */
  flush(): string;
  /** Restored, invented and dropped placeholders so far. */
  report(): RestoreReport;
}

/** Longest tail held back while it may still be the start of a placeholder. */
export const MAX_HOLD_BACK = 48;
/** Ends of text that may be the first part of a placeholder, each anchored at the end. */
const PARTIAL_TAILS = [
  // An opening bracket and what may follow it: "[", "[Ema", "{EMAIL_", "[Phone Number 1".
  /[[{<(]\s{0,2}[A-Za-z _-]{0,20}\d{0,4}\s{0,2}$/,
  // "Candidate K7Q", "candidate", or any word that may grow into one ("Cand").
  /(?<![\p{L}\p{N}_])[Cc][Aa][Nn][Dd][Ii][Dd][Aa][Tt][Ee][ _-]?[A-Za-z0-9]{0,4}$/u,
  /(?<![\p{L}\p{N}_])[A-Za-z]{1,9}$/u,
  // A bare capitalised form that may still grow: "EMAIL", "GRAD_YEAR_", "PHONE_1".
  /(?<![\p{L}\p{N}_])[A-Z][A-Z_ -]{0,20}\d{0,4}$/u,
];

/** Where the part of `text` that must wait for more input starts (text.length when none). */
function holdStart(text: string): number {
  const tail = text.slice(-MAX_HOLD_BACK);
  const offset = text.length - tail.length;
  let start = text.length;
  for (const re of PARTIAL_TAILS) {
    const m = re.exec(tail);
    if (m && offset + m.index < start) start = offset + m.index;
  }
  return start;
}

/**
 * A restorer for streamed text: holds back a possible partial placeholder at the end of a chunk
 * (at most MAX_HOLD_BACK characters), restores placeholders and model variants of them, and
 * reports invented and dropped placeholders.
 * @example
 * const r = createStreamRestorer(vault);
 * r.push('Dear Candi') + r.push('date K7QF, ') + r.flush(); // "Dear Jane Doe, "
 */
export function createStreamRestorer(
  vault: Vault,
  options: { expected?: readonly string[] } = {},
): StreamRestorer {
  let buffer = '';
  let before = ''; // the last character already emitted, for word boundaries across the cut
  const restored: Record<string, number> = {};
  const invented = new Set<string>();
  const onSeen = (canonical: string, known: boolean, raw: string) => {
    if (known) restored[canonical] = (restored[canonical] ?? 0) + 1;
    // Typed forms are unambiguous in any spelling; an alias only in its exact form ("Candidate with" is prose).
    else if (canonical.startsWith('[') || isStrictPlaceholder(raw.trim())) invented.add(raw.trim());
  };
  const emit = (upTo: number): string => {
    const head = buffer.slice(0, upTo);
    const out = replacePlaceholders(before + head, vault, onSeen, before.length).slice(before.length);
    before = (before + head).slice(-CONTEXT);
    buffer = buffer.slice(upTo);
    return out;
  };
  return {
    push(chunk) {
      buffer += chunk;
      let cut = holdStart(buffer);
      // Never cut through a complete placeholder that starts before the held-back tail.
      PLACEHOLDER_PATTERN.lastIndex = 0;
      const scan = before + buffer;
      for (let m = PLACEHOLDER_PATTERN.exec(scan); m; m = PLACEHOLDER_PATTERN.exec(scan)) {
        const start = m.index - before.length;
        if (start < cut && start + m[0].length > cut) cut = Math.max(0, start);
        if (start >= cut) break;
      }
      return emit(cut);
    },
    flush() {
      return emit(buffer.length);
    },
    report() {
      const expected = options.expected ?? vault.placeholders();
      return {
        restored: { ...restored },
        invented: [...invented],
        dropped: expected.filter((p) => !restored[canonicalPlaceholder(p) ?? p]),
      };
    },
  };
}
