/**
 * LinkedIn: member profiles (/in/…, Ember and SDUI renderers, logged-in and public), people search
 * results (2024 Ember and 2026 SDUI cards), "people also viewed" cards, messaging and Recruiter
 * search rows (/talent/…, `data-test-*` hooks) and Sales Navigator (/sales/…, `data-anonymize` hooks). Hooks from /work/shared/SITES.md; the stable
 * ones (ids, data-view-name, componentkey, JSON-LD, meta, title) come first, the class names after.
 */
import {
  cleanName,
  docOf,
  emptyIdentity,
  headIdentity,
  holdsAny,
  JSON_LD,
  jsonLdPersons,
  looksLikeName,
  namesAtGroups,
  safeRead,
  textOf,
  titleName,
  withinAny,
} from './read';
import type { CandidateIdentity, SiteAdapter } from './types';

/** Address of a member profile, with or without host. */
const PROFILE_PATH = /^(?:https?:\/\/[a-z]+\.linkedin\.com)?\/in\/[^/?#]+/i;

/** Root of each candidate card on list pages and in the right rail (all renderer eras). */
export const LINKEDIN_CARD_ROOTS = [
  'div[data-view-name="people-search-result"]',
  'div[data-view-name="search-entity-result-universal-template"]',
  'li.reusable-search__result-container',
  '.pv-profile-card li:has(a[data-field="browsemap_card_click"])',
  '.pv-profile-card li:has(a[data-field="premium_spotlight_card_click"])',
  '.pv-profile-card li:has(a[data-field="pymk_position_card_click"])',
  'li.msg-conversation-listitem',
  'a[data-view-name="pymk-profile-link"]',
  'article[data-test-profile-list-view-list-row]',
  '[data-view-name^="talent-profile-list-element"]',
  'li[data-x-search-result="LEAD"]',
  // Jobs' applicant list (/hiring/jobs/<id>/applicants/).
  'li.hiring-applicants__list-item',
].join(', ');

/** Where the profile's own name is stated (top cards, sticky header, thread header). */
const HEADER_NAMES = [
  '.pv-top-card h1',
  'h1.text-heading-xlarge',
  '.top-card-layout__title',
  'main section[componentkey*="Topcard"] h1',
  'main section[componentkey*="Topcard"] h2',
  // 2025 Ember top card: a bare h1 ("inline t-24") inside the link to "About this profile".
  'a[href*="/overlay/about-this-profile"] h1',
  '.scaffold-layout-toolbar__content .artdeco-entity-lockup__title',
  '.msg-thread__link-to-profile .msg-entity-lockup__entity-title',
  'h2.msg-entity-lockup__entity-title',
  'h1[data-x--lead--name]',
  // Recruiter's profile page and its slide-in over search or the pipeline (lockup title in the top card).
  '.topcard-condensed__content-left .artdeco-entity-lockup__title',
  '.profile__topcard-wrapper .artdeco-entity-lockup__title',
  // Jobs' applicant pane: "<Name>’s application".
  '.hiring-applicant-header h1',
];

/** Where a card states its person's name. */
const CARD_NAMES = [
  'a[data-view-name="search-result-lockup-title"]',
  'div[data-view-name="people-search-result"] figure[aria-label]',
  '.entity-result__title-text a',
  'div[data-view-name="search-entity-result-universal-template"] span[dir="ltr"]',
  'a[data-field="browsemap_card_click"] .hoverable-link-text',
  'a[data-field="premium_spotlight_card_click"] .hoverable-link-text',
  'a[data-field="pymk_position_card_click"] .hoverable-link-text',
  '.msg-conversation-listitem__participant-names',
  '.msg-conversation-card__participant-names',
  'a[data-view-name="pymk-profile-link"] img[alt]',
  '[data-test-row-lockup-full-name] a[data-test-link-to-profile-link]',
  'img[data-test-lockup-image]',
  // Recruiter's 2026 rows: hashed classes; the photo's alt and the link to the candidate's profile.
  '[data-view-name^="talent-profile-list-element"] img[alt]',
  '[data-view-name^="talent-profile-list-element"] a[href*="/profile/"]',
  // Sales Navigator marks every personal field with data-anonymize, the most stable hook there is.
  '[data-anonymize="person-name"]',
  // Jobs' applicant list: the photo's alt, the lockup title ("<Name> · 2nd").
  '.hiring-applicants__list-item img[alt]',
  '.hiring-applicants__list-item .artdeco-entity-lockup__title',
];

/**
 * Other members a profile or a feed names in its entity lists, whatever the section: recommenders
 * and the people recommended, Top Voices under Interests, reposted authors, right-rail people, the
 * public profile's "Other similar profiles". Each such entry links to the member's /in/ page around
 * the bold name line, the card title, the screen-reader name or the avatar. These hooks
 * are broad (an avatar's alt can be "Photo"), so what they give counts only when it reads strictly
 * as a name: two or more capitalised name tokens.
 */
const LINKED_MEMBER_NAMES = [
  'a[href*="/in/"] .hoverable-link-text',
  'a[href*="/in/"] img[alt]',
  // The public (logged-out) profile's cards: right-rail people and the recommenders' full-card links.
  'a[href*="/in/"] .base-aside-card__title',
  'a[href*="/in/"] .sr-only',
];

const CONTACT_LINK = 'a#top-card-text-details-contact-info, a[href*="/overlay/contact-info"]';

/** Every hook the readers look for inside an element root (the head and title are read on documents only). */
const ELEMENT_HOOKS = [...HEADER_NAMES, ...CARD_NAMES, ...LINKED_MEMBER_NAMES, JSON_LD, CONTACT_LINK];

/**
 * Names of the members linked at LINKED_MEMBER_NAMES: only where the link's address is a member
 * profile (not a sign-in link that carries one in its query), and only what reads strictly as a name
 * (two or more capitalised tokens), with the profile's address.
 */
function linkedMembers(root: Document | Element): CandidateIdentity {
  const found = emptyIdentity();
  for (const el of withinAny(root, LINKED_MEMBER_NAMES)) {
    const href = el.closest('a')?.getAttribute('href');
    if (!href || !PROFILE_PATH.test(href)) continue;
    const name = cleanName(el.tagName === 'IMG' ? el.getAttribute('alt') : textOf(el));
    if (!name || !looksLikeName(name, true)) continue;
    found.names.push(name);
    found.profileUrls.push(href);
  }
  return found;
}

export const linkedin = {
  id: 'linkedin',
  label: 'LinkedIn',
  matches: [
    '*://*.linkedin.com/in/*',
    '*://www.linkedin.com/search/results/people/*',
    '*://www.linkedin.com/messaging/*',
    '*://www.linkedin.com/talent/*',
    '*://www.linkedin.com/sales/*',
    // Jobs' hiring pages: a job's applicants, the selected applicant's pane (/hiring/jobs/<id>/applicants/…).
    '*://www.linkedin.com/hiring/*',
  ],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    // An element that holds none of the hooks below (most rows of an infinite list) states no identity.
    if (!isDoc && !holdsAny(root as Element, ELEMENT_HOOKS)) return emptyIdentity();
    return safeRead(root, [
      () => namesAtGroups(root, [HEADER_NAMES, CARD_NAMES], PROFILE_PATH),
      () => linkedMembers(root),
      () => jsonLdPersons(root),
      () => (isDoc ? headIdentity(docOf(root), ['LinkedIn'], PROFILE_PATH) : emptyIdentity()),
      () => {
        // "(2) Talia Brennquist | LinkedIn"; list pages have "keywords | Search | LinkedIn", which fails the name test.
        const name = isDoc ? titleName(docOf(root).title, ['LinkedIn']) : undefined;
        return { names: name ? [name] : [], profileUrls: [] };
      },
      () => {
        const contact = root.querySelector(CONTACT_LINK);
        const href = contact?.getAttribute('href')?.replace(/overlay\/contact-info\/?.*$/, '');
        return { names: [], profileUrls: href ? [href] : [] };
      },
    ]);
  },
  elementHooks: ELEMENT_HOOKS,
  candidateRoots: LINKEDIN_CARD_ROOTS,
  photoSelectors: [
    'img[src*="profile-displayphoto"]',
    'img[data-delayed-url*="profile-displayphoto"]',
    'img[src*="profile-displaybackgroundimage"]',
    '.pv-top-card-profile-picture__container img',
    'div[data-view-name="people-search-result"] figure',
    '.entity-result__image img',
    '.presence-entity__image',
    'img.msg-s-event-listitem__profile-picture',
    '.msg-facepile-grid__img',
    '.artdeco-entity-lockup__image img',
    'img[data-test-lockup-image]',
    'img[data-anonymize="headshot-photo"]',
    '[data-anonymize="avatar"]',
  ],
  candidateRegions: [
    'main',
    '.pv-top-card',
    'main section[componentkey*="Topcard"]',
    '.search-results-container',
    'ol.profile-list',
    '#search-results-container',
    '#profile-card-section',
    '.msg-conversations-container__conversations-list',
    '.msg-thread',
    '.msg-overlay-list-bubble',
    '.msg-overlay-conversation-bubble',
    '#artdeco-hoverable-outlet',
    '#artdeco-modal-outlet',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/linkedin-*.html (public profile, Ember member profile with a
// lazy recommendations section, a 2024 profile with every section (recommendations received and
// given, endorsements, certifications, interests, right-rail people, contact info), SDUI profile with an SPA navigation, people search with lazily
// appended results, Ember people search, Recruiter search with lazily rendered rows, Recruiter profile in a project pipeline, Sales Navigator lead search and lead page, messaging, a job's applicants with the selected applicant's pane). Test URLs: https://www.linkedin.com/in/<slug>/,
// https://www.linkedin.com/search/results/people/?keywords=…, https://www.linkedin.com/messaging/thread/<id>/,
// https://www.linkedin.com/hiring/jobs/<id>/applicants/<id>/detail/
