/**
 * Lever recruiting app (hire.lever.co): the candidate (opportunity) page, a single-page app. Hooks
 * from the 2020 stylesheets (`.profile-name`, `.email-address`, `data-qa` attributes) plus the
 * title and JSON-LD fallbacks.
 */
import {
  ACTION_LABELS,
  AVATAR_LABELS,
  actionLabelNames,
  docOf,
  emptyIdentity,
  initialsAvatarNames,
  JSON_LD,
  jsonLdPersons,
  linkedNames,
  namesAt,
  safeRead,
  titleName,
} from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '.opportunity-profile-main-content h1',
  '[data-qa="profile-name"]',
  '.profile-name',
  '.header-profile-name',
  '.candidate-name-link',
  'span.interview-candidate > span.name',
];

/** Links to a candidate (opportunity) record: every list row, feed story and search hit has one. */
const RECORD_LINKS = 'a[href*="/candidates/"]';
const RECORD_PATH = /^(?:https?:\/\/hire(?:\.sandbox)?\.lever\.co)?\/candidates\/[0-9a-f-]{36}(?:[/?#]|$)/i;

/** Links to the candidate's profiles elsewhere. */
const PROFILE_LINKS = '[data-qa="profile-links"] a[href]';

export const lever = {
  id: 'lever',
  label: 'Lever',
  matches: ['*://hire.lever.co/*', '*://hire.sandbox.lever.co/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => linkedNames(root, RECORD_LINKS, RECORD_PATH),
      () => actionLabelNames(root),
      // The header's initials avatar names the candidate in its tooltip, whatever the classes. Where the
      // header's hooks name the candidate, the other avatars are the people around them: interviewers
      // on feedback forms, the authors of notes.
      () => (namesAt(root, HEADER_NAMES).names.length ? emptyIdentity() : initialsAvatarNames(root)),
      () => jsonLdPersons(root),
      () => {
        const name = isDoc ? titleName(docOf(root).title, ['Lever', 'LeverTRM']) : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
      () => ({
        names: [],
        profileUrls: Array.from(root.querySelectorAll(PROFILE_LINKS), (a) => a.getAttribute('href') ?? ''),
      }),
    ]);
  },
  elementHooks: [...HEADER_NAMES, JSON_LD, PROFILE_LINKS, RECORD_LINKS, ACTION_LABELS, AVATAR_LABELS],
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

// Fixtures: tests/fixtures/sites/lever-candidate.html (notes feed appended lazily),
// lever-pipeline.html (candidate table with rows loaded on demand, fast review panel, interviews).
// Test URLs: https://hire.lever.co/candidates/<opportunity-uuid>,
// https://hire.lever.co/candidates?pipeline=applicant&stageId=applicant-new
