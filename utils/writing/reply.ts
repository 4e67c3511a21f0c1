import type { EntityType, Span } from '../detect/types';
import { createStreamRestorer, type RestoreReport, type Vault } from '../detect/vault';

/** A reply restored on the device, with what looks wrong in it. */
export interface RestoredReply {
  text: string;
  /** Placeholder-shaped text the model made up (not in the vault). */
  invented: string[];
  /** Placeholders that were sent but are missing from the reply. */
  dropped: string[];
  /** Identifiers in the restored reply that appear nowhere in what the user wrote: the model invented them. */
  newIdentifiers: { start: number; end: number; label: EntityType }[];
}

/**
 * Restores a complete reply and checks it. `sources` are the user's own texts (input, job
 * description): identifiers found in the reply but in none of them were invented by the model.
 * `expected` are the placeholders that were sent.
 * @example finishReply('Hi [EMAIL_1]', vault, ['Hi jane@x.io'], analyze, ['[EMAIL_1]']).text // "Hi jane@x.io"
 */
export function finishReply(
  raw: string,
  vault: Vault,
  sources: readonly string[],
  detect: (text: string) => Span[],
  expected?: readonly string[],
): RestoredReply {
  const restorer = createStreamRestorer(vault, expected ? { expected } : {});
  const text = restorer.push(raw) + restorer.flush();
  return { text, ...checkReply(text, restorer.report(), sources, detect) };
}

/** The flags of a restored reply (shared by the streaming and the one-shot paths). */
export function checkReply(
  text: string,
  report: RestoreReport,
  sources: readonly string[],
  detect: (text: string) => Span[],
): Omit<RestoredReply, 'text'> {
  const haystack = sources.join('\n').toLowerCase();
  const newIdentifiers = detect(text)
    .filter((s) => !haystack.includes(text.slice(s.start, s.end).toLowerCase().trim()))
    .map(({ start, end, label }) => ({ start, end, label }));
  return { invented: report.invented, dropped: report.dropped, newIdentifiers };
}

/** Placeholders present in the masked text that was sent (the ones the reply should keep). */
export function placeholdersIn(masked: string, vault: Vault): string[] {
  return vault.placeholders().filter((p) => masked.includes(p));
}
