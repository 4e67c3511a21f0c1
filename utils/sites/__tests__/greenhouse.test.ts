// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { greenhouse } from '../greenhouse';
import { fixture, fixtureHtml, fixturesOf, loadFixture } from './load-fixture';

const counts: Record<string, Record<string, number>> = {
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

  it('reads the resume shown in the embedded viewer (upper-case header)', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = fixtureHtml('greenhouse-resume.html');
    expect(greenhouse.readIdentity(doc).names).toEqual(['MARISOL THACKWELL']);
  });
});
