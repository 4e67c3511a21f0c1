// @vitest-environment happy-dom
/**
 * Every LinkedIn fixture masked by the real page engine in happy-dom, as tests/e2e/sites.spec.ts does in
 * Chromium: no identifier may remain in the text a person sees, the title, the alt/title/aria-label
 * attributes, any href or image source (page-leaks.ts, shared with ats-pages), and the job-relevant
 * strings stay. Lazy sections and modals that the pages
 * keep in <template>s are added after the first pass, as the pages' own scripts add them. A fast guard
 * for the adapter and the masker (no browser, no build); the e2e spec stays the reference.
 */
import { describe, expect, it } from 'vitest';
import { siteFixtures } from '@/tests/fixtures/sites/manifest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { loadFixture } from '../../sites/__tests__/load-fixture';
import { linkedin } from '../../sites/linkedin';
import { createPageEngine } from '../engine';
import { PageMasker } from '../masker';
import { leaks } from './page-leaks';

describe('LinkedIn fixtures masked by the real engine', () => {
  it.each(siteFixtures.filter((f) => f.adapter === 'linkedin').map((f) => [f.file, f] as const))(
    '%s: no identifier left, job-relevant text kept',
    async (_file, fixture) => {
      const doc = loadFixture(fixture.file);
      const masker = new PageMasker({
        doc,
        adapter: linkedin,
        engine: createPageEngine(DEFAULT_SETTINGS, 'linkedin-pages'),
        onError: (e) => {
          throw e;
        },
      });
      masker.start();
      for (const template of Array.from(doc.querySelectorAll('template'))) {
        const box = doc.createElement('div');
        box.append((template as HTMLTemplateElement).content.cloneNode(true));
        doc.body.append(box);
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(leaks(doc, fixture.identifiers)).toEqual([]);
      const text = doc.body.textContent ?? '';
      const kept = [...fixture.keep, ...(fixture.steps ?? []).flatMap((s) => s.keep)];
      expect(kept.filter((k) => !text.includes(k))).toEqual([]);
      masker.stop();
    },
  );
});
