import type { EntityType } from '../detect/types';

/** Paths of profile pages: /in/<slug>, /pub/<slug>, Recruiter and Sales Navigator profiles. */
const PROFILE_PATH = /\/(?:in|pub|talent\/profile|sales\/lead|sales\/people)\/[^/?#]+/i;

/** Lower-cased letters only: "Jane O'Doe-Smith" → "janeodoesmith". */
export function squashName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The identifier type a link reveals, or undefined when the link is safe to keep. Links reveal the
 * candidate when they write to them (mailto:, tel:, sms:), open a profile page, or carry a known
 * name in their address ("/jane-doe-12ab"). `handles` are the names' {@link handlesOf}, when the caller
 * has them already.
 * @example identifyingLink('mailto:jane@example.com', []) // 'EMAIL'
 */
export function identifyingLink(
  href: string,
  knownNames: readonly string[],
  handles: readonly string[] = knownNames.flatMap(handlesOf),
): EntityType | undefined {
  const lower = href.trim().toLowerCase();
  if (lower.startsWith('mailto:')) return 'EMAIL';
  if (lower.startsWith('tel:') || lower.startsWith('sms:')) return 'PHONE';
  if (lower.startsWith('javascript:') || lower === '#' || lower === '') return undefined;
  if (PROFILE_PATH.test(lower)) return 'URL';
  if (handles.length === 0) return undefined;
  const squashed = squashName(decodeSafe(lower));
  return handles.some((h) => squashed.includes(h)) ? 'URL' : undefined;
}

/**
 * Handles people build from their name, as squashed text: "janedoe", "doejane", "janed", "jdoe",
 * "doej" (a file name's "DoeJ_CV.pdf"), and a long surname alone ("wendlebury").
 */
export function handlesOf(name: string): string[] {
  const parts = name
    .split(/\s+/)
    .map(squashName)
    .filter((p) => p.length > 1);
  if (parts.length < 2) return parts[0] && parts[0].length >= 6 ? [parts[0]] : [];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const handles = [
    parts.join(''),
    `${last}${first}`,
    `${first}${last[0]}`,
    `${first[0]}${last}`,
    `${last}${first[0]}`,
  ];
  if (last.length >= 6) handles.push(last);
  return handles.filter((h) => h.length >= 5);
}

/**
 * True when a link's address repeats an identifier masked in its own content: the school's page of a
 * logo or name ("/company/university-of-michigan/" around "University of Michigan"), a map of a masked
 * town, a search for a masked name. `masked` are the original texts; shorter than five letters count not.
 * @example echoesMasked('https://x.example/school/univ-of-michigan', ['Michigan']) // true
 */
export function echoesMasked(href: string, masked: readonly string[]): boolean {
  const address = squashName(decodeSafe(href.replace(/\+/g, ' ')));
  if (address.length < 5) return false;
  return masked.some((text) => {
    const s = squashName(text);
    return s.length >= 5 && address.includes(s);
  });
}

/**
 * The part of an attribute's value that masking replaced, as the original wrote it: what lies between
 * the prefix and the suffix the two values share ("University of Michigan" in "University of Michigan
 * logo" → "[school] logo").
 * @example maskedPart('University of Michigan logo', '[school] logo') // 'University of Michigan'
 */
export function maskedPart(original: string, masked: string): string {
  let a = 0;
  const max = Math.min(original.length, masked.length);
  while (a < max && original[a] === masked[a]) a++;
  let b = 0;
  while (b < max - a && original[original.length - 1 - b] === masked[masked.length - 1 - b]) b++;
  return original.slice(a, original.length - b);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Where a neutralised link points: nowhere, without reloading the page. */
export const NEUTRAL_HREF = '#blind-mode';
