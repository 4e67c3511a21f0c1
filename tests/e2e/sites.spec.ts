/**
 * Every site fixture, served under its real address so the manifest's matches fire as for a user:
 * once blind mode has masked the page (and after its lazy section or SPA navigation), no fixture
 * identifier remains in the rendered text, the title, the read-aloud attributes or any href, and
 * the job-relevant strings are still there. The same page without the extension must show every
 * identifier, which proves the check can fail. Before/after screenshots are attached.
 *
 * Held-out pages (real saved pages that must not be committed) run the same way: point
 * BLINDHIRE_HELDOUT at a JSON array of SiteFixture entries whose `file` (and `frames`) paths are
 * relative to that JSON file, e.g. `BLINDHIRE_HELDOUT=~/heldout/sites.json npx playwright test sites`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type TestInfo } from '@playwright/test';
import {
  type FixtureStep,
  identifierPattern,
  type SiteFixture,
  siteFixtures,
} from '../fixtures/sites/manifest';
import { executablePath, expect, test } from './fixtures';

const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/sites');

/** A fixture with the folder its files live in. */
type Served = SiteFixture & { dir: string };

/** The committed fixtures plus any held-out set named by BLINDHIRE_HELDOUT. */
function fixturesToRun(): Served[] {
  const own = siteFixtures.filter((f) => f.e2e !== false).map((f) => ({ ...f, dir: FIXTURE_DIR }));
  const heldOut = process.env.BLINDHIRE_HELDOUT;
  if (!heldOut) return own;
  const list = JSON.parse(fs.readFileSync(heldOut, 'utf8')) as SiteFixture[];
  return [...own, ...list.map((f) => ({ ...f, dir: path.dirname(path.resolve(heldOut)) }))];
}
/** Set on <html> by the masker (utils/blind/constants.ts). */
const READY_ATTR = 'data-bh-ready';
const FAILED_ATTR = 'data-bh-failed';

/** A neutral grey square for every image the fixtures reference (there is no network here). */
const IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#9aa4ad"/></svg>';

/** Serves the fixture (and its frames) at its real address, neutral images everywhere, nothing else. */
async function serveFixture(context: BrowserContext, fixture: Served): Promise<void> {
  const home = new URL(fixture.url);
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol)) return route.continue();
    const file =
      url.origin === home.origin
        ? url.pathname === home.pathname
          ? fixture.file
          : fixture.frames?.[url.pathname]
        : undefined;
    if (file) {
      const body = fs.readFileSync(path.join(fixture.dir, file), 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    if (request.resourceType() === 'image')
      return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: IMAGE });
    return route.fulfill({ status: 404, body: '' });
  });
}

interface Leak {
  where: string;
  identifier: string;
}

/**
 * Runs in the page: collects what a person or a screen reader can get at (rendered text of every
 * visible text node and `innerText`, `document.title`, alt/title/aria-label/placeholder/aria-description,
 * every href, the value of every visible text field), through open shadow roots and same-origin
 * iframes, and returns the identifiers found. A form field BlindHire covers (utils/blind/fields.ts)
 * paints no glyph: its text and value are not read, as the browser paints them (transparent fill).
 */
function findLeaks(patterns: Array<[string, string, string]>): { leaks: Leak[]; text: string } {
  const regexps = patterns.map(([id, source, flags]) => [id, new RegExp(source, flags)] as const);
  const leaks: Leak[] = [];
  const texts: string[] = [];
  const check = (where: string, value: string | null | undefined) => {
    if (!value) return;
    for (const [identifier, re] of regexps) if (re.test(value)) leaks.push({ where, identifier });
  };
  const HIDDEN_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
  /** Input types whose value is painted as text (a button's value is its label). */
  const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'submit', 'button', 'reset']);
  /** True when the element's glyphs are painted transparent (a covered field, or text inside one). */
  const unpainted = (el: Element): boolean => {
    const fill = getComputedStyle(el).getPropertyValue('-webkit-text-fill-color').replace(/\s/g, '');
    return fill === 'transparent' || /^rgba\([^)]*,0\)$/.test(fill);
  };
  /** `innerText`, without the text of covered editable regions (innerText reads them whatever their colour). */
  const rendered = (el: HTMLElement): string => {
    if (unpainted(el)) return '';
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what the assertion is about.
    if (!el.querySelector('[contenteditable]')) return el.innerText;
    const parts: string[] = [];
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE && (child as Element).checkVisibility())
        parts.push(rendered(child as HTMLElement));
    }
    return parts.join('\n');
  };
  const visitRoot = (root: Document | ShadowRoot, label: string) => {
    // Not `instanceof Document`: a frame's document comes from another realm.
    const owner =
      root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
    const walker = owner.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || HIDDEN_PARENTS.has(parent.tagName) || !parent.checkVisibility() || unpainted(parent))
        continue;
      texts.push(node.nodeValue ?? '');
      check(`${label} text <${parent.tagName.toLowerCase()}>`, node.nodeValue);
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      // <head> links (canonical, preload) are never painted nor hovered; every other href is.
      const attrs = el.closest('head')
        ? []
        : ['alt', 'title', 'aria-label', 'placeholder', 'aria-description', 'href'];
      for (const attr of attrs)
        check(`${label} <${el.tagName.toLowerCase()} ${attr}>`, el.getAttribute(attr));
      const tag = el.localName;
      const field = tag === 'textarea' || (tag === 'input' && TEXT_TYPES.has((el as HTMLInputElement).type));
      if (field && el.checkVisibility() && !unpainted(el)) {
        const value = (el as HTMLInputElement).value;
        texts.push(value);
        check(`${label} <${tag}> value`, value);
      }
      if (el.shadowRoot) visitRoot(el.shadowRoot, `${label} shadow(${el.tagName.toLowerCase()})`);
      if (el instanceof HTMLIFrameElement) {
        let inner: Document | null = null;
        try {
          inner = el.contentDocument;
        } catch {
          inner = null;
        }
        if (inner?.documentElement) visitDoc(inner, `${label} iframe`);
      }
    }
  };
  const visitDoc = (doc: Document, label: string) => {
    check(`${label} title`, doc.title);
    if (doc.body) {
      const text = rendered(doc.body);
      texts.push(text);
      check(`${label} innerText`, text);
    }
    visitRoot(doc, label);
  };
  visitDoc(document, 'page');
  const unique = new Map(leaks.map((l) => [`${l.identifier}@${l.where}`, l]));
  return { leaks: [...unique.values()], text: texts.join('\n') };
}

/** Identifier patterns in a form that crosses into the page. */
function patternsOf(fixture: SiteFixture): Array<[string, string, string]> {
  return fixture.identifiers.map((id) => {
    const re = identifierPattern(id);
    return [id, re.source, re.flags];
  });
}

/** The `src` of every image the fixture names in `neutralImages` (none found is an error). */
async function imageSources(page: Page, fixture: SiteFixture): Promise<string[]> {
  const out: string[] = [];
  for (const selector of fixture.neutralImages ?? []) {
    const srcs = await page.$$eval(selector, (els) => els.map((e) => e.getAttribute('src') ?? ''));
    expect(srcs.length, `images ${selector}`).toBeGreaterThan(0);
    out.push(...srcs);
  }
  return out;
}

/** BlindHire's neutral pictures are inline SVG. */
const isNeutralImage = (src: string) => src.startsWith('data:image/svg+xml,');

async function leaksIn(page: Page, fixture: SiteFixture) {
  return page.evaluate(findLeaks, patternsOf(fixture));
}

/**
 * Runs the fixture's step (click, or the page's own timer) and waits for its text to render. With
 * `tolerant`, a wait that times out is not an error: the steps' content arrives within a second,
 * so after the wait it is on the page, and if masking hid the awaited text wrongly the "kept"
 * assertions say so precisely.
 */
async function runStep(page: Page, step: FixtureStep, tolerant = false): Promise<void> {
  if (step.click) await page.click(step.click);
  // Rendered text: the step's text may already sit in a <script> payload (SDUI flight data).
  const arrived = page.waitForFunction(
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what counts.
    (text) => document.body.innerText.includes(text),
    step.waitForText,
    { timeout: tolerant ? 5_000 : 10_000 },
  );
  await (tolerant ? arrived.catch(() => undefined) : arrived);
}

async function attach(testInfo: TestInfo, page: Page, name: string): Promise<void> {
  // Written to the test's output folder too, so the pictures survive whatever the reporter is.
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Soft assertions: a leak on load must not hide what happens after the step. */
const softly = expect.configure({ soft: true });

let plain: Browser | undefined;
test.beforeAll(async () => {
  plain = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
});
test.afterAll(async () => {
  await plain?.close();
});

for (const fixture of fixturesToRun()) {
  test.describe(fixture.file, () => {
    // biome-ignore lint/correctness/noEmptyPattern: this test uses its own browser, not the extension context.
    test('without the extension every identifier is visible (the check can fail)', async ({}, testInfo) => {
      const context = await plain!.newContext();
      try {
        await serveFixture(context, fixture);
        const page = await context.newPage();
        await page.goto(fixture.url);
        await attach(testInfo, page, 'before');
        const seen = new Set((await leaksIn(page, fixture)).leaks.map((l) => l.identifier));
        for (const [index, step] of (fixture.steps ?? []).entries()) {
          await runStep(page, step);
          for (const l of (await leaksIn(page, fixture)).leaks) seen.add(l.identifier);
          await attach(testInfo, page, `before-step-${index + 1}`);
        }
        expect([...seen].sort()).toEqual([...fixture.identifiers].sort());
        for (const src of await imageSources(page, fixture)) expect(isNeutralImage(src)).toBe(false);
      } finally {
        await context.close();
      }
    });

    test('blind mode masks every identifier and keeps the job-relevant content', async ({
      context,
    }, testInfo) => {
      await serveFixture(context, fixture);
      const page = await context.newPage();
      await page.goto(fixture.url);
      await page.waitForFunction(
        ({ ready, failed }) =>
          document.documentElement.hasAttribute(ready) || document.documentElement.hasAttribute(failed),
        { ready: READY_ATTR, failed: FAILED_ATTR },
        { timeout: 15_000 },
      );
      expect(await page.evaluate((a) => document.documentElement.hasAttribute(a), FAILED_ATTR)).toBe(false);
      // Screenshots are taken whatever the assertions say.
      try {
        await softly.poll(async () => (await leaksIn(page, fixture)).leaks, { timeout: 5_000 }).toEqual([]);
        const { text } = await leaksIn(page, fixture);
        for (const keep of fixture.keep) softly(text, `kept: ${keep}`).toContain(keep);
        for (const src of await imageSources(page, fixture))
          softly(isNeutralImage(src), `neutral: ${src}`).toBe(true);
      } finally {
        await attach(testInfo, page, 'after');
      }
      for (const [index, step] of (fixture.steps ?? []).entries()) {
        await runStep(page, step, true);
        try {
          await softly
            .poll(async () => (await leaksIn(page, fixture)).leaks, {
              timeout: 5_000,
              message: `after ${step.label}`,
            })
            .toEqual([]);
          const { text } = await leaksIn(page, fixture);
          for (const keep of step.keep) softly(text, `kept after ${step.label}: ${keep}`).toContain(keep);
        } finally {
          await attach(testInfo, page, `after-step-${index + 1}`);
        }
      }
    });
  });
}
