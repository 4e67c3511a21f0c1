/**
 * SmartRecruiters (www.smartrecruiters.com/app/people/…): candidate profile. Parts of the header are
 * web components with open shadow roots, so names are read inside those too.
 */
import { all, docOf, emptyIdentity, JSON_LD, jsonLdPersons, namesAt, safeRead, titleName } from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-test="candidate-name"]',
  '[data-test="profile-header"] h1',
  'sr-candidate-header h1',
];

/** Elements whose open shadow roots state the name. */
const SHADOW_HOSTS = 'sr-candidate-header, [data-test="profile-header"] *';

export const smartrecruiters = {
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  matches: ['*://*.smartrecruiters.com/app/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => {
        const names: string[] = [];
        for (const host of all(root, SHADOW_HOSTS)) {
          const shadow = host.shadowRoot;
          if (shadow)
            names.push(...all(shadow, 'h1, [data-test="candidate-name"]').map((el) => el.textContent ?? ''));
        }
        return { names, profileUrls: [] };
      },
      () => jsonLdPersons(root),
      () => {
        const name = isDoc
          ? titleName(docOf(root).title, ['SmartRecruiters', 'SmartRecruiters Hiring'])
          : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
    ]);
  },
  elementHooks: [...HEADER_NAMES, SHADOW_HOSTS, JSON_LD],
  photoSelectors: ['[data-test="candidate-avatar"]', 'sr-avatar', 'img.avatar'],
  candidateRegions: [
    '[data-test="profile-header"]',
    '[data-test="candidate-profile"]',
    'sr-candidate-header',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/smartrecruiters-candidate.html (header in an open shadow root).
// Test URL: https://www.smartrecruiters.com/app/people/candidates/<uuid>
