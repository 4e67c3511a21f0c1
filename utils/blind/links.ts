import type { EntityType } from '../detect/types';

/** Paths of profile pages: /in/<slug>, /pub/<slug>, Recruiter and Sales Navigator profiles. */
const PROFILE_PATH = /\/(?:in|pub|talent\/profile|sales\/lead|sales\/people)\/[^/?#]+/i;

/** Lower-cased letters only: "Jane O'Doe-Smith" → "janeodoesmith". */
function squashName(s: string): string {
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
 * and a long surname alone ("wendlebury").
 */
export function handlesOf(name: string): string[] {
  const parts = name
    .split(/\s+/)
    .map(squashName)
    .filter((p) => p.length > 1);
  if (parts.length < 2) return parts[0] && parts[0].length >= 6 ? [parts[0]] : [];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const handles = [parts.join(''), `${last}${first}`, `${first}${last[0]}`, `${first[0]}${last}`];
  if (last.length >= 6) handles.push(last);
  return handles.filter((h) => h.length >= 5);
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
