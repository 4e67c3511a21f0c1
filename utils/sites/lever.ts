/**
 * Lever recruiting app (hire.lever.co): the candidate (opportunity) page, a single-page app. Hooks
 * from the 2020 stylesheets (`.profile-name`, `.email-address`, `data-qa` attributes) plus the
 * title and JSON-LD fallbacks.
 */
import { docOf, emptyIdentity, jsonLdPersons, namesAt, safeRead, titleName } from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '.opportunity-profile-main-content h1',
  '[data-qa="profile-name"]',
  '.profile-name',
  '.header-profile-name',
  '.candidate-name-link',
  'span.interview-candidate > span.name',
];

export const lever = {
  id: 'lever',
  label: 'Lever',
  matches: ['*://hire.lever.co/*', '*://hire.sandbox.lever.co/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => jsonLdPersons(root),
      () => {
        const name = isDoc ? titleName(docOf(root).title, ['Lever', 'LeverTRM']) : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
      () => ({
        names: [],
        profileUrls: Array.from(
          root.querySelectorAll('[data-qa="profile-links"] a[href]'),
          (a) => a.getAttribute('href') ?? '',
        ),
      }),
    ]);
  },
  photoSelectors: ['.profile-avatar', '[data-qa="profile-avatar"]', '.avatar img'],
  candidateRegions: [
    '.opportunity-profile-main-content',
    '.profile-header',
    '[data-qa="profile-links"]',
    '.resume-viewer',
    '.box-shadow-floating-resume',
    '.story-feed',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/lever-candidate.html (notes feed appended lazily).
// Test URL: https://hire.lever.co/candidates/<opportunity-uuid>
