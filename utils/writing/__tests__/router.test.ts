import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { chooseRoute, nextRoute, routeStatus } from '../router';

const cloudReady: Settings = { ...DEFAULT_SETTINGS, apiKey: 'sk-x' };
const withOrg: Settings = {
  ...cloudReady,
  orgEndpointUrl: 'http://llm.corp.internal/v1',
  orgEndpointModel: 'qwen',
};

describe('routeStatus', () => {
  it.each([
    [
      'cloud off by policy',
      { ...cloudReady, cloudAllowed: false },
      'cloud',
      'turned off by your organisation',
    ],
    [
      'cloud not in allowed routes',
      { ...cloudReady, allowedRoutes: ['local-model'] },
      'cloud',
      'not allowed by policy',
    ],
    ['cloud without key', DEFAULT_SETTINGS, 'cloud', 'no API key'],
    ['cloud with bad URL', { ...cloudReady, baseUrl: 'ftp://x' }, 'cloud', 'no valid base URL'],
    ['org not configured', cloudReady, 'org-endpoint', 'not configured'],
    ['org without model', { ...withOrg, orgEndpointModel: '' }, 'org-endpoint', 'no model set'],
    [
      'local turned off',
      { ...cloudReady, localModelAllowed: false },
      'local-model',
      'turned off by your organisation',
    ],
  ] as const)('%s → unavailable', (_name, s, route, reason) => {
    const st = routeStatus(route, s as Settings, 'ready');
    expect(st.available).toBe(false);
    expect(st.reason).toContain('unavailable');
    expect(st.reason).toContain(reason);
  });

  it('a compatible provider needs no key', () => {
    expect(routeStatus('cloud', { ...DEFAULT_SETTINGS, provider: 'compatible' }, 'unknown').available).toBe(
      true,
    );
  });

  it('only the local model and an allowed org endpoint may see unmasked text', () => {
    expect(routeStatus('cloud', cloudReady, 'ready').unmasked).toBe(false);
    expect(routeStatus('org-endpoint', withOrg, 'ready').unmasked).toBe(false);
    expect(routeStatus('org-endpoint', { ...withOrg, orgEndpointUnmasked: true }, 'ready').unmasked).toBe(
      true,
    );
    expect(routeStatus('local-model', cloudReady, 'ready').unmasked).toBe(true);
  });
});

describe('chooseRoute', () => {
  it('keeps a whole document local when the model is ready', () => {
    expect(chooseRoute('polish', withOrg, 'ready').route).toBe('local-model');
  });

  it('falls back in order and says why', () => {
    const d = chooseRoute('polish', withOrg, 'not-downloaded');
    expect(d.route).toBe('org-endpoint');
    expect(d.why).toContain('In-browser model unavailable: model not downloaded');
    const d2 = chooseRoute('polish', cloudReady, 'unsupported');
    expect(d2.route).toBe('cloud');
    expect(d2.why).toMatch(/In-browser model .*no WebGPU.*Organisation endpoint unavailable: not configured/);
  });

  it('sends snippets to the cloud first', () => {
    expect(chooseRoute('bullet', withOrg, 'ready').route).toBe('cloud');
    expect(chooseRoute('bullet', { ...withOrg, cloudAllowed: false }, 'ready').route).toBe('org-endpoint');
  });

  it('runs the blind-ready check on the device only', () => {
    const d = chooseRoute('blind-check', withOrg, 'ready');
    expect(d.route).toBe('device');
  });

  it('reports when no route can run a task', () => {
    const d = chooseRoute('shorten', { ...DEFAULT_SETTINGS, allowedRoutes: [] }, 'ready');
    expect(d.route).toBeUndefined();
    expect(d.why).toContain('No route');
  });

  it('nextRoute gives the next available route after a failure', () => {
    const d = chooseRoute('polish', withOrg, 'ready');
    expect(nextRoute(d, 'local-model')).toBe('org-endpoint');
    expect(nextRoute(d, 'cloud')).toBeUndefined();
  });
});
