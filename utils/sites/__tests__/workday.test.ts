// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { workday } from '../workday';
import { loadFixture } from './load-fixture';

const FILE = 'workday-candidate.html';

describe('workday adapter', () => {
  it.each([
    ['[data-automation-id="pageHeaderTitleText"]', 1],
    [workday.photoSelectors.join(', '), 1],
    ['.wd-SuperGrid tr', 3],
    [workday.candidateRegions.join(', '), 3],
  ])('%s matches %i element(s)', (selector, count) => {
    expect(loadFixture(FILE).querySelectorAll(selector)).toHaveLength(count);
  });

  it('reads the candidate, not the signed-in recruiter', () => {
    expect(workday.readIdentity(loadFixture(FILE)).names).toEqual(['Ingeborg Wrathall']);
  });

  it('reads the candidate of a job application: header, legal and preferred name, not the recruiter', () => {
    const names = workday.readIdentity(loadFixture('workday-application.html')).names;
    expect(names).toEqual(['Xiomara Beltrán Quispe', 'Mara Beltrán']);
  });

  it.each([
    [
      'Job Application: Xiomara Beltrán Quispe - R-01294 Supply Chain Analyst (Open)',
      ['Xiomara Beltrán Quispe'],
    ],
    ['Candidate: Ingeborg Wrathall', ['Ingeborg Wrathall']],
    ['Job Application: R-01294 Supply Chain Analyst', []],
    ['Job Requisition: R-01294 Supply Chain Analyst - Lima', []],
  ])('reads the candidate in the object header %j', (title, names) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<h2 data-automation-id="pageHeaderTitleText">${title}</h2>`;
    expect(workday.readIdentity(doc).names).toEqual(names);
  });

  it('reads "<Name> - Workday" titles but not "<Page> - Workday" ones', () => {
    const doc = loadFixture(FILE);
    doc.body.replaceChildren();
    expect(workday.readIdentity(doc).names).toEqual(['Ingeborg Wrathall']);
    doc.title = 'Find Candidates - Workday';
    expect(workday.readIdentity(doc).names).toEqual([]);
  });
});
