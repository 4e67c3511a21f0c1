import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { isSitePattern, originPattern, sitePatternFor } from '../custom-sites';
import { identifyingLink } from '../links';
import type { BlindTabState } from '../messaging';
import { siteStatus } from '../status';

const reported: BlindTabState = {
  state: 'on',
  adapter: 'linkedin',
  hidden: 12,
  byType: { NAME: 9, EMAIL: 3 },
  passes: { rules: 'done', model: 'unavailable' },
};

describe('siteStatus', () => {
  it.each([
    ['https://www.linkedin.com/in/someone/', reported, 'on', undefined],
    ['https://www.linkedin.com/in/someone/', undefined, 'masking', undefined],
    ['https://jobs.example.com/c/1', undefined, 'unsupported', 'https://jobs.example.com/*'],
    ['chrome://extensions/', undefined, 'unsupported', undefined],
    [undefined, undefined, 'unsupported', undefined],
  ] as const)('%s → %s', (url, state, status, addPattern) => {
    const s = siteStatus(url, state, DEFAULT_SETTINGS);
    expect(s.status).toBe(status);
    expect(s.addPattern).toBe(addPattern);
  });

  it('uses the content script report when the tab address is unknown', () => {
    expect(siteStatus(undefined, { ...reported, host: 'www.linkedin.com' }, DEFAULT_SETTINGS)).toEqual({
      status: 'on',
      host: 'www.linkedin.com',
    });
  });

  it('knows added sites and blind mode turned off', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      customSites: ['https://jobs.example.com/*'],
      blindModeEnabled: false,
    };
    expect(siteStatus('https://jobs.example.com/c/1', undefined, settings)).toMatchObject({
      status: 'off',
      site: 'Added site',
    });
  });
});

describe('custom sites', () => {
  it('builds and checks patterns', () => {
    expect(sitePatternFor('https://jobs.example.com:8443/a?b')).toBe('https://jobs.example.com:8443/*');
    expect(sitePatternFor('file:///tmp/x')).toBeUndefined();
    expect(isSitePattern('https://jobs.example.com/*')).toBe(true);
    expect(isSitePattern('jobs.example.com')).toBe(false);
    expect(originPattern('https://a.example.com/careers/*')).toBe('https://a.example.com/*');
  });
});

describe('identifyingLink', () => {
  it.each([
    ['mailto:ada@example.com', [], 'EMAIL'],
    ['tel:+15550100', [], 'PHONE'],
    ['https://www.linkedin.com/in/ada-quist-12/', [], 'URL'],
    ['/in/ada-quist-12/overlay/contact-info/', [], 'URL'],
    ['https://ada-quist.dev/', ['Ada Quist'], 'URL'],
    ['https://github.com/quistada', ['Ada Quist'], 'URL'],
    ['https://www.linkedin.com/jobs/', ['Ada Quist'], undefined],
    ['#', [], undefined],
  ] as const)('%s → %s', (href, names, label) => {
    expect(identifyingLink(href, names)).toBe(label);
  });
});
