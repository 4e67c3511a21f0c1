/**
 * Workday: the recruiter tenant (…myworkday.com, *.workday.com) and candidate-facing job sites
 * (*.myworkdayjobs.com). Every screen uses `data-automation-id` hooks; the page header names the
 * object shown, which on a candidate profile is the candidate.
 */
import {
  ACTION_LABELS,
  actionLabelNames,
  columnNames,
  docOf,
  emptyIdentity,
  GRIDS,
  JSON_LD,
  jsonLdPersons,
  namesAt,
  safeRead,
  titleName,
} from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-automation-id="pageHeaderTitleText"]',
  '[data-automation-id="workerProfileName"]',
  '[data-automation-id="candidateName"]',
];

export const workday = {
  id: 'workday',
  label: 'Workday',
  matches: ['*://*.myworkdayjobs.com/*', '*://*.workday.com/*', '*://*.myworkday.com/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      // Candidate grids (a requisition's candidates, Find Candidates): generated classes and prompt
      // options, but the column header says "Candidate".
      () => columnNames(root),
      () => actionLabelNames(root),
      () => jsonLdPersons(root),
      () => {
        // Tab titles read "<Page> - Workday"; on a candidate profile the page is the candidate.
        const name = isDoc ? titleName(docOf(root).title, ['Workday']) : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
    ]);
  },
  elementHooks: [...HEADER_NAMES, JSON_LD, GRIDS, ACTION_LABELS],
  candidateRoots: '[data-automation-id="candidateListItem"]',
  photoSelectors: [
    '[data-automation-id="candidatePhoto"]',
    '[data-automation-id="workerProfilePhoto"]',
    'img[data-automation-id*="photo" i]',
  ],
  candidateRegions: [
    '[data-automation-id="pageHeader"]',
    '[data-automation-id="candidateProfile"]',
    '.wd-SuperGrid',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/workday-candidate.html, workday-candidates.html (a requisition's
// candidate grid with photos, a related-actions pop-up and the activity stream). Test URLs:
// https://wd3.myworkday.com/<tenant>/d/inst/<id>/<id>.htmld,
// https://wd5.myworkday.com/<tenant>/d/task/<id>.htmld
