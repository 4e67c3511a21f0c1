import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { chromiumPath, extensionArgs } from '../../scripts/chromium';

/** Built Chrome extension under test. `npm test` builds it before the e2e run. */
export const extensionPath = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Debian's Chromium when present, else Playwright's own browser (on a developer's machine). */
export const executablePath = chromiumPath;

/** Flags that keep Chromium quiet on a machine with no network, plus the extension. */
export function chromiumArgs(extra: string[] = []): string[] {
  return extensionArgs(extensionPath, extra);
}

/** Launches Chromium with the built extension in a fresh profile. */
export async function launchWithExtension(extraArgs: string[] = []): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'blindhire-e2e-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs(extraArgs),
  });
}

/** The extension's service worker, waiting for it to start if needed. */
export async function getServiceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

type Fixtures = { context: BrowserContext; extensionId: string; serviceWorker: Worker };

/** Playwright test with the built extension loaded; `extensionId` comes from the worker URL. */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await getServiceWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});
export const expect = test.expect;
