/**
 * Workday: the recruiter tenant (…myworkday.com, *.workday.com) and candidate-facing job sites
 * (*.myworkdayjobs.com). Every screen uses `data-automation-id` hooks; the page header names the
 * object shown, which on a candidate profile is the candidate.
 */
import {
  ACTION_LABELS,
  actionLabelNames,
  cleanName,
  columnNames,
  docOf,
  emptyIdentity,
  GRIDS,
  JSON_LD,
  jsonLdPersons,
  LABELS,
  labelledNames,
  looksLikeName,
  namesAt,
  safeRead,
  squash,
  titleName,
  withinAny,
} from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-automation-id="pageHeaderTitleText"]',
  '[data-automation-id="workerProfileName"]',
  '[data-automation-id="candidateName"]',
];

/**
 * The page header of an object about a candidate states the object's type, the candidate and the
 * object's own title: "Job Application: Xiomara Beltrán Quispe - R-01294 Supply Chain Analyst
 * (Open)". The name is what stands between the type and the first " - ".
 */
const OBJECT_TITLE =
  /^(?:job application|candidate|prospect|applicant|referral|offer|interview|employment agreement)\s*:\s*(.+?)(?:\s+[-–]\s+.*)?$/i;

/** The candidate named in an object's page header (see {@link OBJECT_TITLE}). */
function objectNames(root: Document | Element): string[] {
  const names: string[] = [];
  for (const el of withinAny(root, HEADER_NAMES)) {
    const m = OBJECT_TITLE.exec(squash(el.textContent));
    const name = m?.[1] ? cleanName(m[1]) : undefined;
    if (name && looksLikeName(name, true)) names.push(name);
  }
  return names;
}

export const workday = {
  id: 'workday',
  label: 'Workday',
  matches: ['*://*.myworkdayjobs.com/*', '*://*.workday.com/*', '*://*.myworkday.com/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => ({ names: objectNames(root), profileUrls: [] }),
      // "Legal Name" and "Preferred Name" fields (formLabel / promptOption pairs).
      () => labelledNames(root),
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
  elementHooks: [...HEADER_NAMES, JSON_LD, GRIDS, ACTION_LABELS, LABELS],
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
