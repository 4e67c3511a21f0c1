/**
 * The paint probe: an init script that runs in the page (and every frame) from the first frame and
 * records, at every animation frame until masking is done (plus a margin), whether any fixture
 * identifier is visible in rendered text: `document.body.innerText` (which skips hidden content) and
 * `document.title`. It must record nothing.
 */
import type { Frame, Page } from '@playwright/test';

/** What the probe saw in one frame. */
export interface ProbeReport {
  frames: number;
  readyAtFrame: number | null;
  leaks: { frame: number; where: 'body' | 'title'; id: string }[];
}

/** The init script source (pass to context.addInitScript / page.addInitScript). */
export function probeScript(identifiers: readonly string[], framesAfterReady = 30): string {
  return `(() => {
    const ids = ${JSON.stringify(identifiers.map((i) => i.toLowerCase()))};
    const report = { frames: 0, readyAtFrame: null, leaks: [] };
    window.__bhProbe = report;
    const check = () => {
      report.frames++;
      const html = document.documentElement;
      if (html && report.readyAtFrame === null && html.hasAttribute('data-bh-ready')) report.readyAtFrame = report.frames;
      const body = document.body ? document.body.innerText.toLowerCase() : '';
      const title = (document.title || '').toLowerCase();
      for (const id of ids) {
        if (body.includes(id)) report.leaks.push({ frame: report.frames, where: 'body', id });
        if (title.includes(id)) report.leaks.push({ frame: report.frames, where: 'title', id });
      }
      if (report.readyAtFrame !== null && report.frames - report.readyAtFrame >= ${framesAfterReady}) return;
      if (report.frames > 3000) return;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

/** Reads the probe's report from a page or frame. */
export async function readProbe(target: Page | Frame): Promise<ProbeReport | undefined> {
  return target.evaluate(() => (window as unknown as { __bhProbe?: ProbeReport }).__bhProbe);
}

/**
 * Everything a person or a screen reader could read on the page after masking: rendered text,
 * title, alt/title/aria-label/placeholder attributes and link targets, in every same-origin frame
 * and open shadow root.
 */
export async function exposedText(page: Page): Promise<string> {
  const parts: string[] = [];
  for (const frame of page.frames()) {
    parts.push(
      await frame
        .evaluate(() => {
          // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what a person sees.
          const out: string[] = [document.title, document.body?.innerText ?? ''];
          const visit = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll('*')) {
              for (const a of ['alt', 'title', 'aria-label', 'placeholder', 'href']) {
                const v = el.getAttribute(a);
                if (v) out.push(v);
              }
              if (el.shadowRoot) {
                out.push((el.shadowRoot as unknown as { textContent: string }).textContent ?? '');
                visit(el.shadowRoot);
              }
            }
          };
          visit(document);
          return out.join('\n');
        })
        .catch(() => ''),
    );
  }
  return parts.join('\n');
}
