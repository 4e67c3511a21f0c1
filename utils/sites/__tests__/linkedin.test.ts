// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedin } from '../linkedin';
import { fixture, fixturesOf, loadFixture } from './load-fixture';

/** Expected match counts per selector and fixture, checked like refined-github's selector tests. */
const counts: Record<string, Record<string, number>> = {
  'linkedin-activity.html': {
    [linkedin.candidateRoots]: 2,
    'a[href*="/in/"] .hoverable-link-text': 2,
    'a[href*="/in/"] img[alt]': 7,
    '.update-components-actor__meta-link': 3,
    '.comments-comment-entity': 4,
    'button[aria-label^="Invite "]': 2,
  },
  'linkedin-member-profile.html': {
    [linkedin.candidateRoots]: 3,
    'img[src*="profile-displayphoto"]': 6,
    '.pv-top-card h1': 1,
    '#experience': 1,
    '#education': 1,
    '.pv-top-card': 1,
  },
  'linkedin-profile-2024.html': {
    [linkedin.candidateRoots]: 2,
    '.pv-top-card h1': 1,
    'a[href*="/in/"] .hoverable-link-text': 5,
    'a[href*="/in/"] img[alt]': 4,
    '#recommendations': 1,
    '#licenses_and_certifications': 1,
    'a[data-field="pymk_position_card_click"]': 1,
  },
  'linkedin-profile-2025.html': {
    [linkedin.candidateRoots]: 1,
    'a[href*="/overlay/about-this-profile"] h1': 1,
    'img[src*="profile-displayphoto"]': 4,
    '#about': 1,
    '#recommendations': 1,
    'a[data-field="browsemap_card_click"] .hoverable-link-text': 1,
  },
  'linkedin-recruiter-pipeline.html': {
    [linkedin.candidateRoots]: 2,
    '[data-test-paginated-profile-list-item-container]': 2,
    '[data-test-component="archive-profiles-btn"]': 2,
    'img[src*="profile-displayphoto"]': 3,
  },
  'linkedin-public-profile.html': {
    [linkedin.candidateRoots]: 0,
    'a[href*="/in/"] .base-aside-card__title': 2,
    'a[href*="/in/"] .sr-only': 1,
    '.top-card-layout__title': 1,
    'img[src*="profile-displayphoto"]': 1,
  },
  'linkedin-sdui-profile.html': {
    [linkedin.candidateRoots]: 1,
    'main section[componentkey*="Topcard"] h2': 1,
    'img[src*="profile-displayphoto"]': 2,
  },
  'linkedin-search.html': {
    [linkedin.candidateRoots]: 4,
    'a[data-view-name="search-result-lockup-title"]': 4,
    'div[data-view-name="people-search-result"] figure': 4,
  },
  'linkedin-search-ember.html': {
    [linkedin.candidateRoots]: 3,
    '.entity-result__title-text a span[aria-hidden="true"]': 3,
    '[data-chameleon-result-urn]': 3,
    '.presence-entity__image': 3,
  },
  'linkedin-recruiter-search.html': {
    [linkedin.candidateRoots]: 2,
    'span[data-test-row-lockup-full-name] .artdeco-entity-lockup__title a[data-test-link-to-profile-link]': 2,
    'img[data-test-lockup-image]': 2,
    '[data-test-history] li[data-test-description-description]': 4,
    'label .a11y-text': 2,
  },
  'linkedin-recruiter-profile.html': {
    [linkedin.candidateRoots]: 0,
    '#profile-container': 1,
    '.topcard-condensed__content-left .artdeco-entity-lockup__title': 1,
    'img[data-test-lockup-image]': 1,
    'section[data-test-profile-card]': 8,
    '[data-test-education-school]': 1,
    '[data-test-summary-card-text]': 1,
  },
  'linkedin-sales-search.html': {
    [linkedin.candidateRoots]: 3,
    '[data-anonymize="person-name"]': 3,
    'img[data-anonymize="headshot-photo"]': 3,
    'a[data-control-name="view_lead_panel_via_search_lead_name"]': 3,
    '[data-anonymize="company-name"]': 3,
  },
  'linkedin-sales-lead.html': {
    [linkedin.candidateRoots]: 0,
    'h1[data-x--lead--name]': 1,
    '[data-anonymize="person-name"]': 3,
    'img[data-anonymize="headshot-photo"]': 1,
    '[data-sn-view-name="feature-lead-experience"]': 1,
    '[data-anonymize="education-name"]': 1,
  },
  'linkedin-job-applicants.html': {
    [linkedin.candidateRoots]: 3,
    '.hiring-applicant-header h1': 1,
    '.hiring-applicants__list-item img[alt]': 3,
  },
  'linkedin-recruiter-inbox.html': {
    [linkedin.candidateRoots]: 0,
    '[data-test-conversation-participant-name]': 3,
    'img.lockup__image[alt]': 3,
    '.a11y-text': 4,
    '[data-test-link-to-profile-link]': 1,
  },
  'linkedin-recommendations.html': {
    [linkedin.candidateRoots]: 0,
    '[role="tab"]': 2,
    '[role="tabpanel"] .pvs-list__item': 4,
    'img.ivm-view-attr__img--centered[alt]': 4,
  },
  'linkedin-sales-inbox.html': {
    [linkedin.candidateRoots]: 0,
    '[data-anonymize="person-name"]': 4,
    'img[data-anonymize="headshot-photo"]': 2,
    '[data-x--message]': 2,
    '[data-anonymize="education-name"]': 1,
  },
  'linkedin-messaging.html': {
    [linkedin.candidateRoots]: 3,
    '.msg-thread__link-to-profile .msg-entity-lockup__entity-title': 1,
    'img.msg-s-event-listitem__profile-picture': 2,
    '.presence-entity__image': 3,
  },
};

describe('linkedin adapter', () => {
  it('covers every LinkedIn fixture in the selector table', () => {
    expect(Object.keys(counts).sort()).toEqual(
      fixturesOf('linkedin')
        .map((f) => f.file)
        .sort(),
    );
  });

  for (const [file, table] of Object.entries(counts)) {
    it.each(Object.entries(table))(`${file}: %s matches %i element(s)`, (selector, count) => {
      expect(loadFixture(file).querySelectorAll(selector)).toHaveLength(count);
    });
  }

  it.each(fixturesOf('linkedin').map((f) => f.file))(
    '%s: readIdentity(document) finds exactly the candidates',
    (file) => {
      const identity = linkedin.readIdentity(loadFixture(file));
      expect(new Set(identity.names)).toEqual(new Set(fixture(file).names));
    },
  );

  it('reads the logged-in profile name and profile URL from the top card, not the viewer in the nav', () => {
    const doc = loadFixture('linkedin-member-profile.html');
    const identity = linkedin.readIdentity(doc);
    expect(identity.names).not.toContain('Corwin Ashdale');
    expect(identity.profileUrls).toContain('https://www.linkedin.com/in/talia-brennquist-7b31a2/');
    expect(identity.profileUrls).toContain('https://www.linkedin.com/in/henrik-oddsberg/');
  });

  it('reads the other members a profile links to (recommenders, Top Voices, right rail), strictly', () => {
    const doc = loadFixture('linkedin-profile-2024.html');
    const names = linkedin.readIdentity(doc).names;
    expect(names).toEqual(
      expect.arrayContaining([
        'Lucan Harrowgate',
        'Bryony Castellane',
        'Ambrose Kettleworth',
        'Declan Marchbank',
      ]),
    );
    // The open-to-work frame's alt is read without its hashtag, the viewer in the nav not at all.
    expect(names).not.toContain('Corwin Ashdale');
    // An avatar whose alt is no name (one word, a caption) gives nothing.
    const row = doc.createElement('li');
    row.innerHTML =
      '<a href="https://www.linkedin.com/in/some-member/"><img alt="Photo"></a>' +
      '<a href="/in/some-member/"><div class="hoverable-link-text">Show all posts</div></a>' +
      '<a href="/in/some-member/"><img alt="Open to work"></a>' +
      '<a href="/login?session_redirect=https://www.linkedin.com/in/some-member/"><span class="sr-only">Sign In</span></a>';
    doc.body.append(row);
    expect(linkedin.readIdentity(row)).toEqual({ names: [], profileUrls: [] });
  });

  it("reads the Recruiter profile's name from its top card without the photo, pronouns left out", () => {
    const doc = loadFixture('linkedin-recruiter-profile.html');
    doc.querySelector('img[data-test-lockup-image]')?.remove();
    doc.title = 'Recruiter';
    expect(linkedin.readIdentity(doc).names).toEqual(['Lavinia Okafor-Brandt']);
  });

  it('reads the public profile from JSON-LD, og and profile meta even without its header', () => {
    const doc = loadFixture('linkedin-public-profile.html');
    doc.querySelector('main')?.remove();
    doc.querySelector('aside')?.remove();
    const identity = linkedin.readIdentity(doc);
    expect(identity.names).toEqual(['Ysolde Varrenkamp']);
    expect(identity.profileUrls).toContain('https://nl.linkedin.com/in/ysolde-varrenkamp');
  });

  it('falls back to the tab title when every header hook is gone', () => {
    const doc = loadFixture('linkedin-member-profile.html');
    doc.body.replaceChildren();
    expect(linkedin.readIdentity(doc).names).toEqual(['Talia Brennquist']);
  });

  it.each([
    ['linkedin-search.html', ['Ravenna Loxley', 'Idris Pellaton', 'Saoirse Quinlevan', 'Benedikt Wyrmann']],
    ['linkedin-messaging.html', ['Fenwick Osterberg', 'Amaryllis Dunmore', 'Caspian Wrexley']],
    ['linkedin-search-ember.html', ['Wilhelmina Torvane', 'Osric Dunleavy', 'Zofia Kremnitz']],
    ['linkedin-recruiter-search.html', ['Cressida Vantongeren', 'Thaddeus Ombrecht']],
    ['linkedin-sales-search.html', ['Perpetua Lindqvist-Moore', 'Dashiell Amberley', 'Henrietta Oyelaran']],
    ['linkedin-member-profile.html', ['Priya Ramaswell', 'Henrik Oddsberg', 'Quintessa Marlowe']],
  ])('%s: each candidate card is a root naming exactly its own person', (file, names) => {
    const roots = Array.from(loadFixture(file).querySelectorAll(linkedin.candidateRoots));
    expect(roots.map((root) => linkedin.readIdentity(root).names)).toEqual(names.map((n) => [n]));
  });

  it('gives search cards their profile links', () => {
    const root = loadFixture('linkedin-search.html').querySelector(linkedin.candidateRoots);
    expect(root && linkedin.readIdentity(root).profileUrls).toEqual([
      'https://www.linkedin.com/in/ravenna-loxley-8812/',
    ]);
  });

  it('reads an added element that holds one hook (JSON-LD, header) and nothing from a plain row', () => {
    const doc = loadFixture('linkedin-search.html');
    const section = doc.createElement('section');
    section.innerHTML =
      '<script type="application/ld+json">{"@type":"Person","name":"Oriel Vantwest"}</script><p>Row</p>';
    doc.body.append(section);
    expect(linkedin.readIdentity(section).names).toEqual(['Oriel Vantwest']);
    const header = doc.createElement('h1');
    header.className = 'text-heading-xlarge';
    header.textContent = 'Oriel Vantwest';
    doc.body.append(header);
    expect(linkedin.readIdentity(header).names).toEqual(['Oriel Vantwest']);
    const row = doc.createElement('li');
    row.innerHTML = 'Row 1: <b>Oriel</b> Vantwest reviewed the service';
    doc.body.append(row);
    expect(linkedin.readIdentity(row)).toEqual({ names: [], profileUrls: [] });
  });

  it('takes no name from list-page titles', () => {
    const doc = loadFixture('linkedin-search.html');
    doc.body.replaceChildren();
    expect(linkedin.readIdentity(doc)).toEqual({ names: [], profileUrls: [] });
  });
});
