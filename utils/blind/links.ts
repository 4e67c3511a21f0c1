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
 * name in their address ("/jane-doe-12ab").
 * @example identifyingLink('mailto:jane@example.com', []) // 'EMAIL'
 */
export function identifyingLink(href: string, knownNames: readonly string[]): EntityType | undefined {
  const lower = href.trim().toLowerCase();
  if (lower.startsWith('mailto:')) return 'EMAIL';
  if (lower.startsWith('tel:') || lower.startsWith('sms:')) return 'PHONE';
  if (lower.startsWith('javascript:') || lower === '#' || lower === '') return undefined;
  if (PROFILE_PATH.test(lower)) return 'URL';
  const squashed = squashName(decodeSafe(lower));
  for (const name of knownNames) {
    const parts = name
      .split(/\s+/)
      .map(squashName)
      .filter((p) => p.length > 1);
    if (parts.length >= 2 && squashed.includes(parts.join(''))) return 'URL';
    if (parts.length >= 2 && squashed.includes(`${parts[parts.length - 1]}${parts[0]}`)) return 'URL';
  }
  return undefined;
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
