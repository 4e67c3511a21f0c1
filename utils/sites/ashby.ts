/**
 * Ashby (app.ashbyhq.com): candidate page and the application-review right panel. React with hashed
 * CSS-module classes, so only semantic hooks are used: `data-testid`, the ARIA heading levels and
 * the title.
 */
import { docOf, emptyIdentity, JSON_LD, jsonLdPersons, namesAt, safeRead, titleName } from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-testid="candidate-name"]',
  '[data-testid="candidate-header"] h1',
  '[data-testid="candidate-header"] [role="heading"][aria-level="1"]',
  '[aria-label="Candidate header"] h1',
];

export const ashby = {
  id: 'ashby',
  label: 'Ashby',
  matches: ['*://app.ashbyhq.com/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => jsonLdPersons(root),
      () => {
        const name = isDoc ? titleName(docOf(root).title, ['Ashby']) : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
    ]);
  },
  elementHooks: [...HEADER_NAMES, JSON_LD],
  photoSelectors: ['[data-testid="candidate-avatar"]', '[data-testid="avatar"]'],
  candidateRegions: [
    '[data-testid="candidate-header"]',
    '[data-testid="candidate-profile"]',
    '[data-testid="activity-feed"]',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/ashby-candidate.html. Test URL: https://app.ashbyhq.com/candidates/<uuid>
