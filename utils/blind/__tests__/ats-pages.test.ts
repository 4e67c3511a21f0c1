// @vitest-environment happy-dom
/**
 * Every ATS fixture (Greenhouse, Lever, Workable, Ashby, SmartRecruiters, Workday) masked by the real
 * page engine in happy-dom, as tests/e2e/sites.spec.ts does in Chromium: no identifier may remain in
 * the text a person sees, the title, the alt/title/aria-label/placeholder/aria-description attributes,
 * any href or an image's src (a photo URL that names the candidate), open shadow roots included; the
 * images the manifest lists as photos show a neutral picture; the job-relevant strings stay. The
 * fixtures' steps run as the page's own scripts run them (a click on "Show older activity", "Skip" to
 * the next application), and lazy parts kept in <template>s are added after the first pass. A fast
 * guard for the adapters and the masker (no browser, no build); the e2e spec stays the reference.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { type SiteFixture, siteFixtures } from '@/tests/fixtures/sites/manifest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { adapters } from '../../sites';
import { fixtureHtml } from '../../sites/__tests__/load-fixture';
import { createPageEngine } from '../engine';
import { PageMasker } from '../masker';
import { leaks, shownText } from './page-leaks';

const ATS = ['greenhouse', 'lever', 'workable', 'ashby', 'smartrecruiters', 'workday'];
/**
 * A fixture page (or one of its frames) at its real address, with the page's own inline scripts
 * running, so a step's click does what it does in a browser. Nothing is fetched.
 */
function loadPage(file: string, url: string, html = fixtureHtml(file)): Document {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  // Declarative shadow roots, which a browser's parser attaches and happy-dom's does not.
  for (const template of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement!;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    host.attachShadow({ mode }).append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
  }
  return doc;
}

/** Runs a fixture step as a user would: clicks its control (the page's own script reacts). */
function runStep(doc: Document, click: string | undefined): void {
  if (click) (doc.querySelector(click) as HTMLElement | null)?.click();
}

const fixtures = siteFixtures.filter((f) => ATS.includes(f.adapter));

/**
 * The page after a redesign that broke every hook: no class, id or data attribute, and a tab title
 * that names no one. Text, ARIA labels, alt texts, links and the page's structure stay.
 */
function withoutHooks(html: string): string {
  return html
    .replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '')
    .replace(/<title>[^<]*<\/title>/, '<title>Candidate - ATS</title>');
}

function masked(
  fixture: SiteFixture,
  file = fixture.file,
  url = fixture.url,
  html?: string,
  before?: (doc: Document) => void,
) {
  const doc = loadPage(file, url, html);
  before?.(doc);
  const adapter = adapters.find((a) => a.id === fixture.adapter)!;
  const masker = new PageMasker({
    doc,
    adapter,
    engine: createPageEngine(DEFAULT_SETTINGS, 'ats-pages'),
    onError: (e) => {
      throw e;
    },
  });
  masker.start();
  return { doc, masker };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('ATS fixtures masked by the real engine', () => {
  it('covers every ATS adapter', () => {
    expect(new Set(fixtures.map((f) => f.adapter))).toEqual(new Set(ATS));
  });

  it.each(fixtures.map((f) => [f.file, f] as const))(
    '%s: no identifier left, photos neutral, job-relevant text kept',
    async (_file, fixture) => {
      const { doc, masker } = masked(fixture);
      await settle();
      expect(leaks(doc, fixture.identifiers)).toEqual([]);
      for (const selector of fixture.neutralImages ?? []) {
        const images = Array.from(doc.querySelectorAll(selector));
        expect(images.length, selector).toBeGreaterThan(0);
        for (const img of images) expect(img.getAttribute('src') ?? '', selector).toMatch(/^data:image\/svg/);
      }
      // Frames (a résumé preview) are masked by the content script running in them, same adapter.
      let text = shownText(doc);
      for (const [path, file] of Object.entries(fixture.frames ?? {})) {
        const frame = masked(fixture, file, new URL(path, fixture.url).href);
        await settle();
        expect(leaks(frame.doc, fixture.identifiers), file).toEqual([]);
        text += shownText(frame.doc);
        frame.masker.stop();
      }
      expect(fixture.keep.filter((k) => !text.includes(k))).toEqual([]);
      for (const step of fixture.steps ?? []) {
        runStep(doc, step.click);
        await settle();
        expect(leaks(doc, fixture.identifiers), step.label).toEqual([]);
        const after = shownText(doc);
        expect(
          step.keep.filter((k) => !after.includes(k)),
          step.label,
        ).toEqual([]);
      }
      // Lazy parts the page keeps in templates, appended as its scripts would.
      for (const template of Array.from(doc.querySelectorAll('template'))) {
        const box = doc.createElement('div');
        box.append((template as HTMLTemplateElement).content.cloneNode(true));
        doc.body.append(box);
      }
      await settle();
      expect(leaks(doc, fixture.identifiers), 'templates').toEqual([]);
      masker.stop();
    },
  );

  it.each(fixtures.map((f) => [f.file, f] as const))(
    '%s without its hooks (classes, ids, data attributes, the title): still no identifier left',
    async (_file, fixture) => {
      // The photos the manifest names, found by their address (their selectors are gone too).
      const hooked = loadPage(fixture.file, fixture.url);
      const photoSources = new Set(
        (fixture.neutralImages ?? []).flatMap((sel) =>
          Array.from(hooked.querySelectorAll(sel), (img) => img.getAttribute('src')),
        ),
      );
      let photos: Element[] = [];
      const { doc, masker } = masked(
        fixture,
        fixture.file,
        fixture.url,
        withoutHooks(fixtureHtml(fixture.file)),
        (bare) => {
          photos = Array.from(bare.querySelectorAll('img')).filter((img) =>
            photoSources.has(img.getAttribute('src')),
          );
        },
      );
      await settle();
      expect(leaks(doc, fixture.identifiers)).toEqual([]);
      expect(photos.length).toBe(photoSources.size);
      for (const img of photos) expect(img.getAttribute('src')).toMatch(/^data:image\/svg/);
      // The page's own kept strings (a frame's are not loaded here).
      const plain = shownText(loadPage(fixture.file, fixture.url, withoutHooks(fixtureHtml(fixture.file))));
      const text = shownText(doc);
      expect(fixture.keep.filter((k) => plain.includes(k) && !text.includes(k))).toEqual([]);
      masker.stop();
    },
  );

  it('finds leaks when blind mode is off (the check can fail)', () => {
    for (const fixture of fixtures) {
      const doc = loadPage(fixture.file, fixture.url);
      expect(leaks(doc, fixture.identifiers).length, fixture.file).toBeGreaterThan(0);
    }
  });
});

describe('a preferred name stated beside the full name', () => {
  it('reads as the candidate: one alias for "Tua" and "Perpetua Okonedo-Haig" (greenhouse-activity)', async () => {
    const fixture = fixtures.find((f) => f.file === 'greenhouse-activity.html')!;
    const { doc, masker } = masked(fixture);
    await settle();
    const note = Array.from(doc.querySelectorAll('p')).find((p) =>
      p.textContent?.includes('prefers to be contacted'),
    );
    const header = doc.querySelector('h1, h2, h3');
    const alias = (el: Element | null | undefined) =>
      /Candidate [0-9A-Z]{4}/.exec(el?.textContent ?? '')?.[0];
    expect(alias(note)).toBeDefined();
    expect(alias(note)).toBe(alias(header));
    masker.stop();
  });
});
