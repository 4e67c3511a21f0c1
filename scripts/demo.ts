/**
 * `npm run demo`: builds the extension (npm script), serves the bundled demo pages under their real
 * hostnames and opens Chromium with BlindHire loaded. With a display it opens a window and waits
 * until you close it; without one ($DISPLAY unset) it runs headless and writes before/after
 * screenshots of each page, printing where they are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumPath, extensionArgs } from './chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionPath = path.join(root, '.output/chrome-mv3');
const executablePath = chromiumPath;
const outDir = path.join(root, '.output/demo');
/** The demo reuses two site fixture pages (invented people), see demo/README.md. */
const DEMO_DIR = path.join(root, 'tests/fixtures/sites');

/** Demo pages: real address → bundled file, plus same-origin frames. */
export const DEMO_PAGES = [
  {
    name: 'linkedin-profile',
    url: 'https://www.linkedin.com/in/talia-brennquist-7b31a2/',
    file: 'linkedin-member-profile.html',
    frames: {} as Record<string, string>,
  },
  {
    name: 'greenhouse-candidate',
    url: 'https://app.greenhouse.io/people/48213907?application_id=61842210#candidate_details',
    file: 'greenhouse-profile.html',
    frames: { '/attachment_previews/88213/viewer': 'greenhouse-resume.html' } as Record<string, string>,
  },
];

/** An invented, drawn portrait for the pages' photo URLs (no network here). */
const PORTRAIT = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 100 100">
<rect width="100" height="100" fill="#f2c48d"/><circle cx="50" cy="42" r="20" fill="#8d5a3b"/>
<circle cx="43" cy="40" r="2.5" fill="#222"/><circle cx="57" cy="40" r="2.5" fill="#222"/>
<path d="M42 50q8 6 16 0" stroke="#222" stroke-width="2" fill="none"/>
<path d="M18 100c3-20 16-30 32-30s29 10 32 30z" fill="#2f6fb2"/></svg>`;

/** A plain square logo for company and school logos. */
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#3d5a80"/>
<rect x="30" y="30" width="40" height="40" fill="#e0fbfc"/></svg>`;

async function serveDemo(context: BrowserContext): Promise<void> {
  for (const page of DEMO_PAGES) {
    const origin = new URL(page.url).origin;
    await context.route(`${origin}/**`, (route) => {
      const url = new URL(route.request().url());
      const target = new URL(page.url);
      const file = url.pathname === target.pathname ? page.file : page.frames[url.pathname];
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: fs.readFileSync(path.join(DEMO_DIR, file), 'utf8'),
      });
    });
  }
  for (const host of [
    'https://media.licdn.com/**',
    'https://s3.amazonaws.com/**',
    'https://static.licdn.com/**',
  ]) {
    await context.route(host, (route) => {
      const logo = /logo/i.test(route.request().url());
      return route.fulfill({ contentType: 'image/svg+xml', body: logo ? LOGO : PORTRAIT });
    });
  }
}

/** Headless: before (no extension) and after (blind mode) screenshots of every demo page. */
async function screenshots(): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const plain = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  const before = await plain.newContext({ viewport: { width: 1280, height: 900 } });
  await serveDemo(before);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'blindhire-demo-'));
  const blind = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(extensionPath),
  });
  await serveDemo(blind);
  try {
    for (const demo of DEMO_PAGES) {
      const p1 = await before.newPage();
      await p1.goto(demo.url);
      await p1.waitForTimeout(500);
      const beforeFile = path.join(outDir, `${demo.name}-before.png`);
      await p1.screenshot({ path: beforeFile, fullPage: true });
      const p2 = await blind.newPage();
      await p2.goto(demo.url);
      await p2.waitForSelector('html[data-bh-ready]', { state: 'attached', timeout: 15_000 });
      await p2.waitForTimeout(500);
      const afterFile = path.join(outDir, `${demo.name}-after.png`);
      await p2.screenshot({ path: afterFile, fullPage: true });
      const count = await p2.locator('[data-testid="bh-count"]').getAttribute('data-count');
      console.log(
        `${demo.url}\n  ${count ?? '?'} identifiers hidden\n  before: ${beforeFile}\n  after:  ${afterFile}`,
      );
      written.push(beforeFile, afterFile);
    }
  } finally {
    await blind.close();
    await plain.close();
  }
  return written;
}

/** With a display: a window with the extension on the demo pages, until it is closed. */
async function interactive(): Promise<void> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'blindhire-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false,
    viewport: null,
    args: extensionArgs(extensionPath),
  });
  await serveDemo(context);
  for (const demo of DEMO_PAGES) await (await context.newPage()).goto(demo.url);
  console.log('BlindHire demo is open. Close the browser window to end.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" (npm run demo does it).`);
  }
  if (process.env.DISPLAY || process.platform === 'darwin' || process.platform === 'win32') {
    await interactive();
    return;
  }
  console.log('No display: running headless and writing screenshots.');
  const files = await screenshots();
  console.log(`\n${files.length} screenshots in ${outDir}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
