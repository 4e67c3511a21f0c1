// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lever } from '../lever';
import { loadFixture } from './load-fixture';

const FILE = 'lever-candidate.html';

describe('lever adapter', () => {
  it.each([
    ['.opportunity-profile-main-content h1', 1],
    ['.profile-name', 1],
    ['.email-address', 1],
    ['[data-qa="profile-links"] a', 3],
    ['[data-qa="resume-file"]', 1],
    ['.story-feed .story', 1],
    [lever.photoSelectors.join(', '), 1],
  ])('%s matches %i element(s)', (selector, count) => {
    expect(loadFixture(FILE).querySelectorAll(selector)).toHaveLength(count);
  });

  it('reads the candidate and the profile links, not the note author', () => {
    const identity = lever.readIdentity(loadFixture(FILE));
    expect(identity.names).toEqual(['Cosima Wendlebury']);
    expect(identity.profileUrls).toEqual([
      'https://github.com/cwendlebury',
      'https://www.linkedin.com/in/cosima-wendlebury/',
      'https://cosimabuilds.dev/',
    ]);
  });

  it('reads the candidate from the initials avatar when no hook and no title names them', () => {
    expect(lever.readIdentity(loadFixture('lever-emails.html')).names).toEqual(['Leopold Marchetti-Quayle']);
  });

  it('falls back to the title when the header is gone', () => {
    const doc = loadFixture(FILE);
    doc.querySelector('.profile-header')?.remove();
    expect(lever.readIdentity(doc).names).toEqual(['Cosima Wendlebury']);
  });

  it('reads the header’s candidate, not the interviewers’ initials avatars on feedback forms', () => {
    const doc = loadFixture('lever-feedback.html');
    expect(lever.readIdentity(doc).names).toEqual(['Seraphine Oduya-Halvorsen']);
    // Without the header's hooks, the avatars (the header's among them) are all that names anyone.
    for (const el of Array.from(doc.querySelectorAll('.profile-name'))) el.remove();
    doc.title = 'Lever';
    expect(lever.readIdentity(doc).names).toContain('Seraphine Oduya-Halvorsen');
  });
});
