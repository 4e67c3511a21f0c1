/**
 * Greenhouse recruiting app: candidate profile (legacy and redesigned /people/<id>) and application
 * review. Greenhouse publishes no DOM contract; the hooks are the legacy `.person-*` classes, the
 * `data-provides` attributes and the page `h1`, with JSON-LD and the title as fallbacks.
 */
import {
  docOf,
  emptyIdentity,
  JSON_LD,
  jsonLdPersons,
  LABELS,
  labelledNames,
  namesAt,
  safeRead,
  titleName,
} from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-provides="person-name"]',
  '[data-provides="candidate-name"]',
  'h1.person-name',
  '.person-info-column .name',
  '.person-header h1',
  '.app-review-header h1',
  '.resume-header h1',
  '.doc-viewer h1',
];

/** Links to the candidate's LinkedIn profile. */
const PROFILE_LINKS = 'a[href*="linkedin.com/in/"]';

export const greenhouse = {
  id: 'greenhouse',
  label: 'Greenhouse',
  matches: ['*://app.greenhouse.io/*', '*://*.greenhouse.io/people/*', '*://*.greenhouse.io/applications/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => jsonLdPersons(root),
      () => labelledNames(root),
      () => {
        const name = isDoc
          ? titleName(docOf(root).title, ['Greenhouse', 'Greenhouse Recruiting'])
          : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
      () => ({
        names: [],
        profileUrls: Array.from(root.querySelectorAll(PROFILE_LINKS), (a) => a.getAttribute('href') ?? ''),
      }),
    ]);
  },
  elementHooks: [...HEADER_NAMES, JSON_LD, LABELS, PROFILE_LINKS],
  photoSelectors: ['.person-photo', '[data-provides="person-photo"]', 'img.avatar', '.candidate-avatar'],
  candidateRegions: [
    '.person-header',
    '.person-info-column',
    '#candidate_details',
    '.app-review',
    '.scorecard-section',
    '.notes-content',
    '.resume-viewer',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/greenhouse-profile.html (+ greenhouse-resume.html in an iframe),
// greenhouse-app-review.html (SPA "next applicant"). Test URLs:
// https://app.greenhouse.io/people/<id>?application_id=<id>#candidate_details,
// https://app.greenhouse.io/applications/review/app_review?job_id=<id>
