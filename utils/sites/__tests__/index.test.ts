import { describe, expect, it } from 'vitest';
import { siteFixtures } from '@/tests/fixtures/sites/manifest';
import { adapters, contentScriptMatches, findAdapter, genericAdapter } from '..';

describe('findAdapter', () => {
  it.each(siteFixtures.map((f) => [f.url, f.adapter]))('%s → %s', (url, id) => {
    expect(findAdapter(new URL(url))?.id).toBe(id === 'generic' ? undefined : id);
  });

  it.each([
    ['https://www.linkedin.com/in/someone/details/experience/', 'linkedin'],
    ['https://de.linkedin.com/in/someone', 'linkedin'],
    ['https://app.eu.greenhouse.io/people/1', 'greenhouse'],
    ['https://hire.sandbox.lever.co/candidates/abc', 'lever'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/Careers/job/Remote/Engineer_R1', 'workday'],
    ['https://impl.workday.com/acme/d/home.htmld', 'workday'],
    ['https://www.smartrecruiters.com/app/people/applications/42', 'smartrecruiters'],
    ['https://www.linkedin.com/hiring/jobs/3901234567/applicants/', 'linkedin'],
  ])('%s → %s', (url, id) => {
    expect(findAdapter(new URL(url))?.id).toBe(id);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/view/123/',
    'https://apply.workable.com/acme/j/ABC123/apply',
    'https://jobs.ashbyhq.com/acme/123/application',
    'https://jobs.smartrecruiters.com/Acme/123',
    'https://example.com/in/someone',
    'https://www.linkedin.com.evil.example/in/someone',
    'file:///home/u/linkedin.com/in/x.html',
  ])('%s → no adapter', (url) => {
    expect(findAdapter(new URL(url))).toBeUndefined();
  });
});

describe('contentScriptMatches', () => {
  it('widens every adapter pattern to its whole host so SPA navigation into a matched path still has the script', () => {
    const matches = contentScriptMatches();
    expect(matches).toContain('*://www.linkedin.com/*');
    expect(matches).toContain('*://*.linkedin.com/*');
    expect(matches).toContain('*://*.myworkdayjobs.com/*');
    expect(matches.every((m) => m.endsWith('/*'))).toBe(true);
    expect(new Set(matches).size).toBe(matches.length);
    for (const adapter of adapters) {
      for (const pattern of adapter.matches) {
        expect(matches).toContain(pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'));
      }
    }
  });

  it('is empty for the generic adapter, which only runs where the user added a site', () => {
    expect(contentScriptMatches([genericAdapter])).toEqual([]);
  });
});
