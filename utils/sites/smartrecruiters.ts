/**
 * SmartRecruiters (www.smartrecruiters.com/app/people/…): candidate profile. Parts of the header are
 * web components with open shadow roots, so names are read inside those too.
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
  looksLikeName,
  namesAt,
  recordHeading,
  safeRead,
  shadowOf,
  titleName,
} from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-test="candidate-name"]',
  '[data-test="profile-header"] h1',
  'sr-candidate-header h1',
];

/** Elements whose open shadow roots state the name: the profile header and candidate list items. */
const SHADOW_HOSTS =
  'sr-candidate-header, [data-test="profile-header"] *, sr-candidate-list-item, [data-test="candidate-list-item"]';

/** Inside those shadow roots: the heading, the name hook, the exported name part, a photo's alt. */
const HEADINGS = 'h1, [data-test="candidate-name"]';
const SHADOW_NAMES = `${HEADINGS}, [part~="name"], img[alt]`;

/** The address of a candidate record: /app/people/candidates/<uuid>, its tabs below it. */
const RECORD_PATH = /^\/app\/people\/candidates\/[0-9a-f-]{36}(?:[/?#]|$)/i;

/**
 * Page labels a tab title leads with before the candidate ("Messages - <Name> | SmartRecruiters",
 * "Screening answers - <Name> | SmartRecruiters"): a tab of the record, one or two words.
 */
const TITLE_PAGES =
  /^(?:(?:candidate|screening|interview|hiring|offer|application)\s+)?(?:messages|profile|activity|attachments|applications?|people|screening|answers|questions|questionnaire|assessments?|interviews?|evaluations?|reviews?|feedback|scorecards?|notes|comments|documents|files|offers?|team|overview|timeline|history|emails?)\s+[-|–·]\s+/i;

export const smartrecruiters = {
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  matches: ['*://*.smartrecruiters.com/app/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      // A bare page heading on a candidate record, where no test hook marks the name.
      () => ({ names: isDoc ? recordHeading(docOf(root), RECORD_PATH) : [], profileUrls: [] }),
      // "Preferred name" and other labelled name fields of the profile's personal information.
      () => labelledNames(root),
      () => {
        const names: string[] = [];
        for (const host of all(root, SHADOW_HOSTS)) {
          const shadow = shadowOf(host);
          if (!shadow) continue;
          for (const el of all(shadow, SHADOW_NAMES)) {
            if (el.matches(HEADINGS)) {
              names.push(el.textContent ?? '');
              continue;
            }
            // A list item's name part and a photo's alt count when they read strictly as a name.
            const label = (el.localName === 'img' ? el.getAttribute('alt') : el.textContent) ?? '';
            const name = cleanName(label);
            // As written: the merge reads a nickname or former name in it too.
            if (name && looksLikeName(name, true)) names.push(label);
          }
        }
        return { names, profileUrls: [] };
      },
      () => actionLabelNames(root),
      () => jsonLdPersons(root),
      () => {
        const name = isDoc
          ? titleName(docOf(root).title.replace(TITLE_PAGES, ''), [
              'SmartRecruiters',
              'SmartRecruiters Hiring',
            ])
          : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
    ]);
  },
  elementHooks: [...HEADER_NAMES, SHADOW_HOSTS, JSON_LD, ACTION_LABELS, LABELS],
  photoSelectors: ['[data-test="candidate-avatar"]', 'sr-avatar', 'img.avatar'],
  candidateRegions: [
    '[data-test="profile-header"]',
    '[data-test="candidate-profile"]',
    'sr-candidate-header',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/smartrecruiters-candidate.html (header in an open shadow root),
// smartrecruiters-messages.html (message thread, candidate list items with shadow roots, initials).
// Test URLs: https://www.smartrecruiters.com/app/people/candidates/<uuid>,
// https://www.smartrecruiters.com/app/people/<id>/messages
