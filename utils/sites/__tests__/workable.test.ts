// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { workable } from '../workable';
import { loadFixture } from './load-fixture';

const FILE = 'workable-candidate.html';

describe('workable adapter', () => {
  it.each([
    [workable.candidateRoots, 3],
    ['[data-ui="candidate-name"]', 1],
    [workable.photoSelectors.join(', '), 4],
    ['[data-ui="profile-header"]', 1],
  ])('%s matches %i element(s)', (selector, count) => {
    expect(loadFixture(FILE).querySelectorAll(selector)).toHaveLength(count);
  });

  it('reads the open candidate and the pipeline list, not the sourcer', () => {
    expect(workable.readIdentity(loadFixture(FILE)).names).toEqual([
      'Evander Qualtrough',
      'Ottilie Brackenridge',
      'Rufus Stannage',
    ]);
  });

  it('gives each pipeline row its own name', () => {
    const rows = Array.from(loadFixture(FILE).querySelectorAll(workable.candidateRoots));
    expect(rows.map((row) => workable.readIdentity(row).names)).toEqual([
      ['Evander Qualtrough'],
      ['Ottilie Brackenridge'],
      ['Rufus Stannage'],
    ]);
  });

  it('falls back to the title when the profile markup is gone', () => {
    const doc = loadFixture(FILE);
    doc.body.replaceChildren();
    expect(workable.readIdentity(doc).names).toEqual(['Evander Qualtrough']);
  });

  it('reads the inbox’s candidates from their record links, not the recruiter who writes', () => {
    const doc = loadFixture('workable-inbox.html');
    expect(workable.readIdentity(doc).names).toEqual(['Casimir Montague-Ybarra', 'Liesel Vandersteen']);
    expect(doc.querySelectorAll(workable.photoSelectors.join(', '))).toHaveLength(2);
  });
});
