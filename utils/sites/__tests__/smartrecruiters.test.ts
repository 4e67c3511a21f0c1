// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { smartrecruiters } from '../smartrecruiters';
import { loadFixture } from './load-fixture';

const FILE = 'smartrecruiters-candidate.html';

describe('smartrecruiters adapter', () => {
  it.each([
    ['sr-candidate-header', 1],
    [smartrecruiters.photoSelectors.join(', '), 1],
    ['[data-test="profile-header"]', 1],
  ])('%s matches %i element(s)', (selector, count) => {
    expect(loadFixture(FILE).querySelectorAll(selector)).toHaveLength(count);
  });

  it('reads the candidate from the title when the header is inside a shadow root', () => {
    expect(smartrecruiters.readIdentity(loadFixture(FILE)).names).toEqual(['Lorcan Tremblett']);
  });

  it('reads the name inside an open shadow root', () => {
    const doc = document.implementation.createHTMLDocument('SmartRecruiters');
    const host = doc.createElement('sr-candidate-header');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h1 data-test="candidate-name">Lorcan Tremblett</h1>';
    expect(smartrecruiters.readIdentity(doc).names).toEqual(['Lorcan Tremblett']);
  });

  it('reads a one-word preferred name from its labelled field, not the hiring team', () => {
    const doc = document.implementation.createHTMLDocument('SmartRecruiters');
    doc.body.innerHTML =
      '<div class="sr-field"><label>Preferred name</label><span class="sr-value">Majo</span></div>' +
      '<div class="sr-field"><label>Current company</label><span class="sr-value">Woodgrove Bank</span></div>' +
      '<ul><li>Idris Okonkwo-Fane · Hiring Manager</li></ul>';
    expect(smartrecruiters.readIdentity(doc).names).toEqual(['Majo']);
  });

  it('reads a bare h1 as the candidate on a candidate record, and only there', () => {
    const doc = loadFixture(FILE);
    const setURL = (url: string) =>
      (doc.defaultView as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
    doc.title = 'SmartRecruiters';
    for (const el of Array.from(doc.querySelectorAll('sr-candidate-header, [data-test="profile-header"]')))
      el.remove();
    const h1 = doc.createElement('h1');
    h1.textContent = 'Marisol Quennell-Ardent';
    doc.body.prepend(h1);
    setURL(
      'https://www.smartrecruiters.com/app/people/candidates/3f6b2c1e-8d4a-4e7b-9c2f-1a5d7e9b0c44/profile',
    );
    expect(smartrecruiters.readIdentity(doc).names).toContain('Marisol Quennell-Ardent');
    setURL('https://www.smartrecruiters.com/app/jobs/3f6b2c1e-8d4a-4e7b-9c2f-1a5d7e9b0c44');
    expect(smartrecruiters.readIdentity(doc).names).not.toContain('Marisol Quennell-Ardent');
  });

  it.each([
    ['Screening answers - Mbuyi Tshisekedi-Lorentzen | SmartRecruiters', 'Mbuyi Tshisekedi-Lorentzen'],
    ['Interview feedback - Mbuyi Tshisekedi-Lorentzen | SmartRecruiters', 'Mbuyi Tshisekedi-Lorentzen'],
    ['Hiring team · Mbuyi Tshisekedi-Lorentzen | SmartRecruiters', 'Mbuyi Tshisekedi-Lorentzen'],
    ['Messages - Mbuyi Tshisekedi-Lorentzen | SmartRecruiters', 'Mbuyi Tshisekedi-Lorentzen'],
  ])('reads the candidate after a record tab’s label in the title: %s', (title, name) => {
    const doc = loadFixture('smartrecruiters-screening.html');
    doc.title = title;
    doc.querySelector('.sr-person__title')?.remove();
    expect(smartrecruiters.readIdentity(doc).names).toEqual([name]);
  });

  it('reads no one from a title that names a page only', () => {
    const doc = loadFixture('smartrecruiters-screening.html');
    doc.title = 'Screening answers | SmartRecruiters';
    expect(smartrecruiters.readIdentity(doc).names).toEqual([]);
  });
});
