/** Helpers shared by the blind-mode e2e specs. */
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type TestInfo, type Worker } from '@playwright/test';
import { executablePath } from './fixtures';

export const BLIND_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/blind');

/** Reads a fixture page. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(BLIND_FIXTURES, name), 'utf8');
}

/** Serves pages under a real hostname so the manifest's matches fire as for a user. */
export async function serve(
  context: BrowserContext,
  origin: string,
  pages: Record<string, string | (() => string | Promise<string>)>,
): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const page = pages[url.pathname];
    if (page === undefined) return route.fulfill({ status: 404, body: 'not found' });
    const body = typeof page === 'function' ? await page() : page;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** Stores user settings the way utils/settings does (chrome.storage.local "settings"). */
export async function setUserSettings(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (v) => {
    const stored = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(stored.settings ?? {}), ...v } });
  }, values);
}

/** Every audit row, read straight from the extension's IndexedDB in the service worker. */
export async function auditRows(worker: Worker): Promise<Record<string, unknown>[]> {
  return worker.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('blindhire');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('audit').objectStore('audit').getAll();
          req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Waits for the first masking pass (the masker sets data-bh-ready on <html>). */
export async function waitMasked(page: Page): Promise<void> {
  await page.waitForSelector('html[data-bh-ready]', { state: 'attached', timeout: 15_000 });
}

/** A screenshot of the same page in Chromium without the extension: the "before" picture. */
export async function screenshotWithoutExtension(
  testInfo: TestInfo,
  origin: string,
  pages: Record<string, string>,
  pathname: string,
): Promise<void> {
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext();
    await serve(context, origin, pages);
    const page = await context.newPage();
    await page.goto(`${origin}${pathname}`);
    await page.waitForTimeout(400);
    const file = testInfo.outputPath('before.png');
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach('before', { path: file, contentType: 'image/png' });
  } finally {
    await browser.close();
  }
}

/** Attaches the "after" screenshot. */
export async function attachAfter(testInfo: TestInfo, page: Page, name = 'after'): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Case-insensitive: the identifiers that still appear in a text. */
export function leaked(text: string, identifiers: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return identifiers.filter((id) => lower.includes(id.toLowerCase()));
}

/**
 * Runs in the page: the text it paints (visible text nodes, each block's rendered text) and the
 * values of the visible text fields, through open shadow roots. A form field BlindHire covers
 * (utils/blind/fields.ts) paints no glyph, read as the browser paints it (a transparent text fill):
 * its value and the text inside it are left out, whatever its style attribute says.
 */
export function paintedText(): string {
  const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'submit', 'button', 'reset']);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
  const unpainted = (el: Element): boolean => {
    const fill = getComputedStyle(el).getPropertyValue('-webkit-text-fill-color').replace(/\s/g, '');
    return fill === 'transparent' || /^rgba\([^)]*,0\)$/.test(fill);
  };
  const out: string[] = [document.title];
  const visit = (root: Document | ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName) || parent.localName === 'textarea') continue;
      if (parent.checkVisibility() && !unpainted(parent)) out.push(node.nodeValue ?? '');
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      const field = tag === 'textarea' || (tag === 'input' && TEXT_TYPES.has((el as HTMLInputElement).type));
      if (field && el.checkVisibility() && !unpainted(el)) out.push((el as HTMLInputElement).value);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out.join('\n');
}
