import { analyze } from '../detect/analyze';
import { type AnonymizeOptions, anonymize, type MaskedItem } from '../detect/anonymize';
import { escapeRegExp } from '../detect/scan';
import type { EntityType, MaskedText, Span } from '../detect/types';
import { canonicalPlaceholder, Vault, type VaultEntry } from '../detect/vault';
import { locate } from '../llm/recognizer';
import type { Settings } from '../settings/schema';

/**
 * Masking for writing help, on the device. Every replacement is reversible (people get an alias,
 * everything else a typed placeholder, pronouns included) so the candidate's own values come back in
 * the reply. The user can mask more (a term added to this draft's deny list) or unmask an item (its
 * value added to this draft's allow list, which is also the privacy gate's approval for that value).
 */

/** Operators for writing help: reversible everywhere (see file comment). */
export const WRITING_OPERATORS: AnonymizeOptions['operators'] = {
  NAME: 'pseudonym',
  TITLE: 'placeholder',
  PRONOUN: 'placeholder',
  PROXY: 'placeholder',
};

/** What the user controls on a draft, besides the text. */
export interface MaskChoices {
  /** Terms the user selected to mask ("mask more"). */
  extraTerms: string[];
  /** Values the user chose to send unmasked. */
  unmasked: string[];
  /** Per-draft key of the person aliases (random, so an alias cannot be recomputed from a name elsewhere). */
  aliasKey: string;
  /** Identifiers the in-browser model found (model pass); they can only add masks. */
  modelTerms?: { text: string; label: EntityType }[];
}

export interface MaskedDraft {
  text: MaskedText;
  items: MaskedItem[];
  jobDescription?: MaskedText;
  jdItems: MaskedItem[];
  vault: Vault;
}

/** The analyzer options for a draft under the settings in force. */
export function analyzeOptionsFor(s: Settings, choices: Pick<MaskChoices, 'extraTerms' | 'unmasked'>) {
  return {
    threshold: s.scoreThreshold,
    maskedTypes: s.maskedTypes,
    allowList: [...s.allowTerms, ...choices.unmasked],
    // The user's own "mask more" terms are added by detectorFor with a typed placeholder of their own.
    denyList: [...s.denyTerms],
  };
}

/**
 * Masks a draft's text (and job description) with one vault. Deterministic for the same inputs,
 * settings and alias key, so the service worker can re-mask and check that it sends exactly the
 * preview the user saw.
 * @example maskDraft('Jane Doe, jane@example.com', undefined, settings, { extraTerms: [], unmasked: [], aliasKey: 'k' }).text
 * // "Candidate K7QF, [EMAIL_1]"
 */
export function maskDraft(
  text: string,
  jobDescription: string | undefined,
  s: Settings,
  choices: MaskChoices,
  detect: (text: string) => Span[] = detectorFor(s, choices),
): MaskedDraft {
  const vault = new Vault({ aliasKey: choices.aliasKey });
  const opts = {
    vault,
    aliasKey: choices.aliasKey,
    mode: 'placeholder' as const,
    operators: WRITING_OPERATORS,
  };
  const main = anonymize(text, detect(text), opts);
  const jd = jobDescription?.trim() ? anonymize(jobDescription, detect(jobDescription), opts) : undefined;
  return { text: main.text, items: main.items, jobDescription: jd?.text, jdItems: jd?.items ?? [], vault };
}

/** Whole-word, case-insensitive occurrences of a term (runs of whitespace may differ). */
export function termOccurrences(text: string, term: string): Array<[number, number]> {
  const parts = term.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${parts.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** Rule spans plus the model pass's terms (unless the user unmasked them or policy does not mask the type). */
export function detectorFor(s: Settings, choices: MaskChoices): (text: string) => Span[] {
  const unmasked = new Set(choices.unmasked.map((u) => u.toLowerCase()));
  const terms = (choices.modelTerms ?? []).filter(
    (t) => s.maskedTypes.includes(t.label) && !unmasked.has(t.text.toLowerCase()),
  );
  const extra = choices.extraTerms.filter((t) => t.trim() && !unmasked.has(t.toLowerCase()));
  return (text) => {
    const spans = analyze(text, analyzeOptionsFor(s, choices));
    // Terms the user selected: "[PROXY_n]", a neutral private detail, whatever the word is.
    for (const term of extra) {
      for (const [start, end] of termOccurrences(text, term)) {
        spans.push({ start, end, label: 'PROXY', score: 1, recognizer: 'user' });
      }
    }
    for (const term of terms) {
      for (const [start, end] of locate(text, term.text)) {
        spans.push({ start, end, label: term.label, score: 0.7, recognizer: 'llm' });
      }
    }
    return spans;
  };
}

/** Originals of a vault with their labels, for the gate. */
export function vaultOriginals(entries: readonly VaultEntry[]): { value: string; label: EntityType }[] {
  return entries.map((e) => ({ value: e.original, label: e.label }));
}

/** Whether the user may unmask an item of this label: not when the organisation fixed the masked types. */
export function canUnmask(label: EntityType, s: Settings, locked: readonly string[]): boolean {
  return !(locked.includes('maskedTypes') && s.maskedTypes.includes(label));
}

/**
 * Re-masks parts of an outgoing message (the gate's "mask" action): the spans become reversible
 * placeholders in the same vault, so the reply still restores.
 */
export function maskSpansInto(vault: Vault, aliasKey: string) {
  return (content: string, spans: Span[]): string =>
    anonymize(content, spans, { vault, aliasKey, mode: 'placeholder', operators: WRITING_OPERATORS }).text;
}

/** Whether every placeholder of a vault reads back as itself, so a reply can be restored. */
export function placeholdersRoundTrip(vault: Vault): boolean {
  return vault.placeholders().every((p) => canonicalPlaceholder(p) === p);
}

/**
 * An alias key whose aliases all read back as themselves for this text. Some alias codes can be read
 * as a typed placeholder by the restorer (e.g. a code ending in digits); a fresh key avoids them.
 * Returns the given key when it is fine.
 */
export function restorableAliasKey(
  text: string,
  jobDescription: string | undefined,
  s: Settings,
  choices: MaskChoices,
  freshKey: () => string,
): string {
  let key = choices.aliasKey;
  for (let i = 0; i < 16; i++) {
    if (placeholdersRoundTrip(maskDraft(text, jobDescription, s, { ...choices, aliasKey: key }).vault))
      return key;
    key = freshKey();
  }
  return key;
}
