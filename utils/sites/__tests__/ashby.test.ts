// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ashby } from '../ashby';
import { loadFixture } from './load-fixture';

const FILE = 'ashby-candidate.html';

describe('ashby adapter', () => {
  it.each([
    ['[data-testid="candidate-name"]', 1],
    ['[data-testid="candidate-header"] h1', 1],
    [ashby.photoSelectors.join(', '), 1],
    ['[data-testid="activity-feed"] article', 4],
  ])('%s matches %i element(s)', (selector, count) => {
    expect(loadFixture(FILE).querySelectorAll(selector)).toHaveLength(count);
  });

  it('reads the candidate, not the interviewer in the feed', () => {
    expect(ashby.readIdentity(loadFixture(FILE)).names).toEqual(['Philippa Ardoyne']);
  });

  it('reads an ARIA level-1 heading when the test ids of the name are gone', () => {
    const doc = loadFixture(FILE);
    const h1 = doc.querySelector('h1');
    const heading = doc.createElement('div');
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', '1');
    heading.textContent = h1?.textContent ?? '';
    h1?.replaceWith(heading);
    doc.title = 'Candidates';
    expect(ashby.readIdentity(doc).names).toEqual(['Philippa Ardoyne']);
  });

  it('reads the record heading of the review panel, with its nickname, where nothing else names the candidate', () => {
    const identity = ashby.readIdentity(loadFixture('ashby-feed.html'));
    expect(identity.names).toEqual(['Anastasiya Kowalczuk', 'Nastya Kowalczuk']);
    expect(identity.sameAs).toEqual([['Nastya Kowalczuk', 'Anastasiya Kowalczuk']]);
  });

  it('reads no heading as the candidate off a candidate record', () => {
    const doc = loadFixture('ashby-feed.html');
    (doc.defaultView as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      'https://app.ashbyhq.com/jobs/0a4f2c86-93e1-4b7d-8f25-6c1d3e9a7b40/pipeline',
    );
    expect(ashby.readIdentity(doc).names).toEqual([]);
  });
});
