/**
 * The one list of site adapters. `findAdapter` picks the adapter whose match patterns include a
 * URL; the generic adapter serves sites the user added and is never picked by URL.
 */
import { MatchPattern } from '#imports';
import { ashby } from './ashby';
import { genericAdapter } from './generic';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { smartrecruiters } from './smartrecruiters';
import type { SiteAdapter } from './types';
import { workable } from './workable';
import { workday } from './workday';

export type { CandidateIdentity, SiteAdapter } from './types';
export { genericAdapter };

/** Every site adapter except the generic one, in lookup order. */
export const adapters: SiteAdapter[] = [
  linkedin,
  greenhouse,
  lever,
  workable,
  ashby,
  smartrecruiters,
  workday,
];

const compiled = adapters.map((adapter) => ({
  adapter,
  patterns: adapter.matches.map((m) => new MatchPattern(m)),
}));

/**
 * The adapter for a page, or undefined when no adapter's patterns include it.
 * @example findAdapter(new URL('https://www.linkedin.com/in/some-one/'))?.id // 'linkedin'
 */
export function findAdapter(url: URL): SiteAdapter | undefined {
  if (!/^https?:$/.test(url.protocol)) return undefined;
  return compiled.find(({ patterns }) => patterns.some((p) => p.includes(url.href)))?.adapter;
}

/**
 * Patterns for the content script: every adapter host with any path. Single-page apps such as
 * LinkedIn change path without a reload (feed → /in/…), so the script must already be on the page;
 * it then calls `findAdapter` on each location change.
 * @example contentScriptMatches() // ['*://www.linkedin.com/*', '*://app.greenhouse.io/*', …]
 */
export function contentScriptMatches(list: readonly SiteAdapter[] = adapters): string[] {
  const hosts = list.flatMap((a) => a.matches.map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')));
  return [...new Set(hosts)];
}
