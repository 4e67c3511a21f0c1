// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { greenhouse } from '../greenhouse';
import { fixture, fixtureHtml, fixturesOf, loadFixture } from './load-fixture';

const counts: Record<string, Record<string, number>> = {
  'greenhouse-scorecard.html': {
    'a[href^="/people/"]': 2,
    '.scorecard-section': 5,
    '.question-answers p': 2,
    '.avatar[aria-label]': 2,
    'meta[name="csrf-token"]': 1,
  },
  'greenhouse-profile.html': {
    '[data-provides="person-name"]': 1,
    '.person-info-column .name': 1,
    '.person-photo': 1,
    '[data-provides="header-view-resume"]': 1,
    'iframe[src^="/attachment_previews/"]': 1,
    'meta[name="csrf-token"]': 1,
  },
  'greenhouse-app-review.html': {
    '[data-provides="candidate-name"]': 1,
    '#next-applicant': 1,
    '.app-review-header h1': 1,
  },
  'greenhouse-candidates.html': {
    'a[href^="/people/"]': 6,
    'input[aria-label^="Select "]': 3,
    'img[src*="grnhse-photos"]': 1,
    '[role="tooltip"]': 1,
  },
  'greenhouse-all-candidates.html': {
    'a[href^="/people/"]': 3,
    'input[aria-label^="Select "]': 3,
    '.tag': 5,
    '[role="tooltip"]': 1,
  },
  'greenhouse-activity.html': {
    h1: 1,
    '[role="img"][aria-label]': 1,
    '[data-provides="attachment-link"]': 3,
    dt: 5,
  },
  'greenhouse-email-compose.html': {
    '[data-provides="person-name"]': 1,
    '#email-candidate': 1,
    'a[href$=".pdf"]': 1,
    'meta[name="csrf-token"]': 1,
  },
  'greenhouse-edit-forms.html': {
    '[data-provides="person-name"]': 1,
    'form input[value]': 13,
    'textarea[name="body"]': 1,
    '[contenteditable="true"]': 1,
  },
  'greenhouse-offer.html': {
    'a[href^="/people/"]': 1,
    '.offer-fields th': 13,
    '.approvals li': 3,
    'a[href$=".pdf"]': 1,
    'meta[name="csrf-token"]': 1,
  },
  'greenhouse-redesign.html': {
    h1: 1,
    '[data-provides="header-view-resume"]': 1,
    'a[aria-label^="Previous candidate: "], a[aria-label^="Next candidate: "]': 2,
    '[role="tabpanel"]': 1,
  },
};

describe('greenhouse adapter', () => {
  it('covers every Greenhouse fixture in the selector table', () => {
    expect(Object.keys(counts).sort()).toEqual(
      fixturesOf('greenhouse')
        .map((f) => f.file)
        .sort(),
    );
  });

  for (const [file, table] of Object.entries(counts)) {
    it.each(Object.entries(table))(`${file}: %s matches %i element(s)`, (selector, count) => {
      expect(loadFixture(file).querySelectorAll(selector)).toHaveLength(count);
    });
  }

  it.each(fixturesOf('greenhouse').map((f) => f.file))(
    '%s: readIdentity(document) finds exactly the candidate',
    (file) => {
      expect(greenhouse.readIdentity(loadFixture(file)).names).toEqual(fixture(file).names);
    },
  );

  it('drops the pronoun suffix of the header and skips the interviewer', () => {
    const identity = greenhouse.readIdentity(loadFixture('greenhouse-profile.html'));
    expect(identity.names).toEqual(['Marisol Thackwell']);
    expect(identity.profileUrls).toEqual(['https://www.linkedin.com/in/marisol-thackwell-pe/']);
  });

  it('reads the name from the "Name" detail, then the title, as hooks disappear', () => {
    const doc = loadFixture('greenhouse-profile.html');
    doc.querySelector('.person-header')?.remove();
    doc.querySelector('.person-info-column .name')?.classList.remove('name');
    expect(greenhouse.readIdentity(doc).names).toEqual(['Marisol Thackwell']);
    doc.body.replaceChildren();
    expect(greenhouse.readIdentity(doc).names).toEqual(['Marisol Thackwell']);
  });

  it('takes no name from a job title in the tab title', () => {
    const doc = loadFixture('greenhouse-app-review.html');
    doc.body.replaceChildren();
    expect(greenhouse.readIdentity(doc).names).toEqual([]);
  });

  it('reads every candidate a list links to /people/<id>, and no attachment or interviewer', () => {
    const identity = greenhouse.readIdentity(loadFixture('greenhouse-candidates.html'));
    expect(identity.names).toEqual([
      'Barnaby Thistlewood',
      'Ngozi Ferrant',
      'Lucía Benavente-Orr',
      'Rosalind Achterberg',
    ]);
    // One row added on its own (a list that appends rows) is read by its link and its checkbox.
    const row = loadFixture('greenhouse-candidates.html').querySelector('li.person')!;
    expect(greenhouse.readIdentity(row).names).toEqual(['Barnaby Thistlewood']);
  });

  it('reads the redesigned profile by its bare h1 only on a candidate route, and the arrows by their labels', () => {
    const doc = loadFixture('greenhouse-redesign.html');
    expect(greenhouse.readIdentity(doc).names).toEqual(fixture('greenhouse-redesign.html').names);
    doc.title = 'Greenhouse Recruiting';
    for (const a of Array.from(doc.querySelectorAll('a[aria-label]'))) a.remove();
    expect(greenhouse.readIdentity(doc).names).toEqual(['Dorothea Quennell']);
    // The same heading on a page that is no candidate record (a report, a job) is no name.
    const other = loadFixture('greenhouse-candidates.html');
    other.querySelector('h1')!.textContent = 'Hiring Velocity';
    expect(greenhouse.readIdentity(other).names).not.toContain('Hiring Velocity');
  });

  it('reads the resume shown in the embedded viewer (upper-case header)', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = fixtureHtml('greenhouse-resume.html');
    expect(greenhouse.readIdentity(doc).names).toEqual(['MARISOL THACKWELL']);
  });
});
