/**
 * Workable recruiter app (<account>.workable.com/backend/…): candidate profile. No public DOM
 * facts exist, so the adapter leans on `data-ui` hooks, the profile `h1`, the title and the
 * generic "Name:" labels; the masker's whole-page pass covers anything else.
 */
import {
  ACTION_LABELS,
  actionLabelNames,
  docOf,
  emptyIdentity,
  JSON_LD,
  jsonLdPersons,
  LABELS,
  labelledNames,
  linkedNames,
  namesAt,
  safeRead,
  titleName,
} from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-ui="candidate-name"]',
  '[data-ui="candidate-list-name"]',
  '[data-ui="profile-header"] h1',
  '.candidate-profile h1',
];

/** Links to a candidate record (/backend/candidates/<id>, the API's profile_url). */
const RECORD_LINKS = 'a[href*="/candidates/"]';
const RECORD_PATH =
  /^(?:https?:\/\/[a-z0-9-]+\.workable\.com)?\/backend\/candidates\/(?:db\/profile\/)?\d+(?:[/?#]|$)/i;

export const workable = {
  id: 'workable',
  label: 'Workable',
  matches: ['*://*.workable.com/backend/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => jsonLdPersons(root),
      () => labelledNames(root),
      // Kanban cards and pipeline rows: generated classes, but each card's label names the candidate
      // ("Open Isadora Prentiss's profile") and links go to the record.
      () => actionLabelNames(root),
      () => linkedNames(root, RECORD_LINKS, RECORD_PATH),
      () => {
        const name = isDoc ? titleName(docOf(root).title, ['Workable']) : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
    ]);
  },
  elementHooks: [...HEADER_NAMES, JSON_LD, LABELS, ACTION_LABELS, RECORD_LINKS],
  candidateRoots: '[data-ui="candidate-list-item"]',
  photoSelectors: ['[data-ui="candidate-avatar"]', '[data-ui="avatar"]', 'img.avatar'],
  candidateRegions: [
    '[data-ui="profile-header"]',
    '[data-ui="candidate-profile"]',
    '[data-ui="candidate-list"]',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/workable-candidate.html (pipeline list + profile, initials avatar),
// workable-pipeline.html (kanban board with generated class names only, candidate preview),
// workable-inbox.html (inbox: conversations by candidate, an open thread, the candidate's card).
// Test URL: https://<account>.workable.com/backend/candidates/<id>
