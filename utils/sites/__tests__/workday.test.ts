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

  it('reads "<Name> - Workday" titles but not "<Page> - Workday" ones', () => {
    const doc = loadFixture(FILE);
    doc.body.replaceChildren();
    expect(workday.readIdentity(doc).names).toEqual(['Ingeborg Wrathall']);
    doc.title = 'Find Candidates - Workday';
    expect(workday.readIdentity(doc).names).toEqual([]);
  });
});
