/**
 * Greenhouse recruiting app: candidate profile (legacy and redesigned /people/<id>) and application
 * review. Greenhouse publishes no DOM contract; the hooks are the legacy `.person-*` classes, the
 * `data-provides` attributes and the page `h1`, with JSON-LD and the title as fallbacks.
 */
import {
  ACTION_LABELS,
  actionLabelNames,
  all,
  cleanName,
  docOf,
  emptyIdentity,
  JSON_LD,
  jsonLdPersons,
  LABELS,
  labelledNames,
  linkedNames,
  looksLikeName,
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

/**
 * Links to a candidate record: lists, "Recently viewed", feeds and the previous/next arrows link each
 * candidate to /people/<id> (SITES.md: candidate URLs), whatever the row's markup.
 */
const RECORD_LINKS = 'a[href*="/people/"]';
const RECORD_PATH = /^(?:https?:\/\/[a-z0-9.-]*greenhouse\.io)?\/people\/\d+(?:[/?#]|$)/i;

/** The redesigned profile (/people/<id>/applications/<id>/redesign) names the candidate in the page's h1 only. */
const PROFILE_PAGE = /^\/people\/\d+(?:\/|$)/;

export const greenhouse = {
  id: 'greenhouse',
  label: 'Greenhouse',
  matches: ['*://app.greenhouse.io/*', '*://*.greenhouse.io/people/*', '*://*.greenhouse.io/applications/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => {
        // The page heading of a candidate record, where no class hook marks it (the redesign).
        if (!isDoc || !PROFILE_PAGE.test(new URL(docOf(root).URL).pathname)) return emptyIdentity();
        const heading = all(root, 'h1')[0]?.textContent ?? '';
        const name = cleanName(heading);
        // As written: the merge reads a nickname or former name in it too.
        return { names: name && looksLikeName(name, true) ? [heading] : [], profileUrls: [] };
      },
      () => jsonLdPersons(root),
      () => labelledNames(root),
      () => linkedNames(root, RECORD_LINKS, RECORD_PATH),
      () => actionLabelNames(root),
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
  elementHooks: [...HEADER_NAMES, JSON_LD, LABELS, PROFILE_LINKS, RECORD_LINKS, ACTION_LABELS],
  photoSelectors: [
    '.person-photo',
    '[data-provides="person-photo"]',
    'img.avatar',
    '.candidate-avatar',
    // Candidate photos are served from the grnhse-photos bucket, on the profile and in lists.
    'img[src*="grnhse-photos"]',
  ],
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
// greenhouse-app-review.html (SPA "next applicant"), greenhouse-candidates.html (candidate list:
// initials avatars, hover card, "Recently viewed"), greenhouse-all-candidates.html ("All Candidates" as a
// table: current title, job, stage, last activity, Candidate Tags, hover card), greenhouse-redesign.html (redesigned profile:
// bare h1, previous/next arrows, Resume Highlights, right panel). Test URLs:
// https://app.greenhouse.io/people/<id>?application_id=<id>#candidate_details,
// https://app.greenhouse.io/people/<id>/applications/<id>/redesign,
// https://app.greenhouse.io/people?job_id=<id>&page=<n>,
// https://app.greenhouse.io/applications/review/app_review?job_id=<id>
