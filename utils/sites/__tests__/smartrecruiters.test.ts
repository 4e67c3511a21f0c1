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
});
