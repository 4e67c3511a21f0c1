import type { EntityType, Span } from '../detect/types';
import type { ChatMessage } from './tasks';

/**
 * The privacy gate: runs immediately before any network call on the whole outgoing payload (system
 * prompt, job description, user content, earlier turns). Anything the vault holds as an original, or
 * any identifier the detector finds outside a placeholder, blocks the call, or is masked when the
 * setting says so. Values the user explicitly unmasked ("approved") pass: unmasking an item is the
 * user's consent to send that exact value on this draft.
 */

export interface GateFinding {
  /** Index of the message in the payload. */
  message: number;
  start: number;
  end: number;
  label: EntityType;
  source: 'vault' | 'detected';
}

export interface GateOptions {
  /** Originals held in the vault for this draft. */
  originals: readonly { value: string; label: EntityType }[];
  /** Placeholders the vault minted ("[EMAIL_1]", "Candidate K7QF"): detections inside them are ignored. */
  placeholders: readonly string[];
  /** Values the user chose to unmask on this draft. */
  approved: readonly string[];
  /** The detector (the engine's `analyze` with the settings in force). */
  detect(text: string): Span[];
  action: 'block' | 'mask';
  /** Re-mask a message's content for these spans (gateAction "mask"); must register them in the vault. */
  mask?(text: string, spans: Span[]): string;
  /** The route may receive unmasked text (in-browser model, or org endpoint allowed by policy). */
  unmaskedAllowed?: boolean;
}

export interface GateResult {
  messages: ChatMessage[];
  findings: GateFinding[];
  /** True when findings were masked instead of blocking. */
  masked: boolean;
}

export class GateBlockedError extends Error {
  override name = 'GateBlockedError';
  constructor(readonly findings: GateFinding[]) {
    super(describeFindings(findings));
  }
}

/** Plain-words explanation of what the gate found, without the values themselves. */
export function describeFindings(findings: readonly GateFinding[]): string {
  const counts = countByLabel(findings);
  const list = Object.entries(counts)
    .map(([label, n]) => `${n} × ${label}`)
    .join(', ');
  return `Blocked before sending: the request still contained identifiers (${list}). Mask them in the preview, or unmask them on purpose, then send again.`;
}

/** Counts by label. */
export function countByLabel(items: readonly { label: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const it of items) counts[it.label] = (counts[it.label] ?? 0) + 1;
  return counts;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) out.push(i);
  return out;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Names also leak by a part ("Kowalczyk", "maria-kowalczyk" in a URL): check each longer token. */
function expandNames(originals: GateOptions['originals'], approved: Set<string>): GateOptions['originals'] {
  const out = [...originals];
  for (const { value, label } of originals) {
    if (label !== 'NAME' || approved.has(value.toLowerCase())) continue;
    for (const token of value.split(/[^\p{L}\p{M}'’]+/u)) {
      if (token.length >= 3 && token.toLowerCase() !== value.toLowerCase()) out.push({ value: token, label });
    }
  }
  return out;
}

/** Whether text[start, start+length) is a whole word (letters do not continue on either side). */
function wordAt(text: string, start: number, length: number): boolean {
  const letter = /[\p{L}\p{M}]/u;
  return !letter.test(text[start - 1] ?? '') && !letter.test(text[start + length] ?? '');
}

/** Finds identifiers in one message. */
export function scanText(text: string, message: number, opts: GateOptions): GateFinding[] {
  const approved = new Set(opts.approved.map((v) => v.toLowerCase()));
  const placeholderRanges = opts.placeholders.flatMap((p) =>
    occurrences(text, p).map((start) => ({ start, end: start + p.length })),
  );
  const approvedRanges = opts.approved.flatMap((v) =>
    occurrences(text, v).map((start) => ({ start, end: start + v.length })),
  );
  const findings: GateFinding[] = [];
  for (const { value, label } of expandNames(opts.originals, approved)) {
    if (value.trim().length < 2 || approved.has(value.toLowerCase())) continue;
    for (const start of occurrences(text, value)) {
      if (label === 'NAME' && !wordAt(text, start, value.length)) continue;
      if (approvedRanges.some((r) => r.start <= start && start + value.length <= r.end)) continue;
      const range = { start, end: start + value.length };
      if (placeholderRanges.some((p) => p.start <= range.start && range.end <= p.end)) continue;
      findings.push({ message, ...range, label, source: 'vault' });
    }
  }
  for (const span of opts.detect(text)) {
    if (placeholderRanges.some((p) => overlaps(p, span))) continue;
    if (approvedRanges.some((r) => r.start <= span.start && span.end <= r.end)) continue;
    if (findings.some((f) => overlaps(f, span))) continue;
    findings.push({ message, start: span.start, end: span.end, label: span.label, source: 'detected' });
  }
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * Runs the gate. Throws GateBlockedError when the payload holds identifiers and the action is "block".
 * @example runGate(messages, { originals, placeholders, approved: [], detect: (t) => analyze(t), action: 'block' })
 */
export function runGate(messages: ChatMessage[], opts: GateOptions): GateResult {
  const findings = messages.flatMap((m, i) => scanText(m.content, i, opts));
  if (findings.length === 0 || opts.unmaskedAllowed) return { messages, findings, masked: false };
  if (opts.action === 'block' || !opts.mask) throw new GateBlockedError(findings);
  const mask = opts.mask;
  const next = messages.map((m, i) => {
    const spans: Span[] = findings
      .filter((f) => f.message === i)
      .map((f) => ({ start: f.start, end: f.end, label: f.label, score: 1, recognizer: `gate-${f.source}` }));
    return spans.length ? { ...m, content: mask(m.content, spans) } : m;
  });
  // Whatever masking produced must now pass cleanly; otherwise fail closed.
  const again = next.flatMap((m, i) => scanText(m.content, i, opts));
  if (again.length) throw new GateBlockedError(again);
  return { messages: next, findings, masked: true };
}
