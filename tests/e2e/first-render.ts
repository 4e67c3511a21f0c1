/** Measures what an extension page loads before its first useful render (used by page-weight.spec.ts). */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { extensionPath } from './fixtures';

export interface FirstRender {
  /** Milliseconds from navigation start to the first frame that shows the control. */
  ms: number;
  /** Milliseconds from navigation start to the first contentful paint (any text). */
  fcp: number;
  /** Bytes of JavaScript (files of the build) requested before the control entered the page. */
  jsBytes: number;
  /** Those files, relative to the build folder, largest first. */
  files: { file: string; bytes: number }[];
}

/**
 * Opens `page` (e.g. "options.html") in `context` and waits for `selector` to appear. A script
 * installed before the page's own records when the control enters the DOM and the first animation
 * frame after that; every script requested before the control entered (DevTools protocol wall times:
 * extension resources get no Resource Timing entries) counts as first-render JS. (Not the frame: on a
 * busy machine the frame can come late, after the page has started loading the chunks of its other
 * sections, which the first render did not wait for.) Sizes come from the build output on disk.
 */
export async function measureFirstRender(
  context: BrowserContext,
  extensionId: string,
  page: string,
  selector: string,
): Promise<FirstRender> {
  const tab = await context.newPage();
  try {
    const requests: { url: string; at: number }[] = [];
    const cdp = await context.newCDPSession(tab);
    cdp.on('Network.requestWillBeSent', (e) => requests.push({ url: e.request.url, at: e.wallTime * 1000 }));
    await cdp.send('Network.enable');
    await tab.addInitScript((sel: string) => {
      const w = window as unknown as { __bhFirstRender?: number; __bhInDom?: number };
      const seen = () => {
        if (!document.querySelector(sel)) return;
        observer.disconnect();
        w.__bhInDom = performance.now();
        requestAnimationFrame(() => {
          w.__bhFirstRender = performance.now();
        });
      };
      const observer = new MutationObserver(seen);
      observer.observe(document, { childList: true, subtree: true });
    }, selector);
    await tab.goto(`chrome-extension://${extensionId}/${page}`);
    await tab.waitForFunction(
      () => (window as { __bhFirstRender?: number }).__bhFirstRender !== undefined,
      null,
      {
        timeout: 30_000,
      },
    );
    const { ms, inDom, fcp, origin } = await tab.evaluate(() => ({
      ms: (window as { __bhFirstRender?: number }).__bhFirstRender ?? 0,
      inDom: (window as { __bhInDom?: number }).__bhInDom ?? 0,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      origin: performance.timeOrigin,
    }));
    const names = requests.filter((r) => r.at < origin + inDom).map((r) => r.url);
    const files = [...new Set(names)]
      .map((url) => new URL(url).pathname.replace(/^\//, ''))
      .filter((file) => /\.m?js$/.test(file))
      .map((file) => ({ file, bytes: fs.statSync(path.join(extensionPath, file)).size }))
      .sort((a, b) => b.bytes - a.bytes);
    return { ms, fcp, jsBytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
  } finally {
    await tab.close();
  }
}

/** "1234.5 KB" */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
