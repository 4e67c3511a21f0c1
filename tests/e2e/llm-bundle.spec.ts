import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionPath } from './fixtures';

/** Strings only web-llm's code contains (its error text, its runtime's cache scope, its config file name). */
const SIGNATURES = ['Cannot find model record in appConfig', 'tvmjs', 'mlc-chat-config.json'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : /\.(m?js|html)$/.test(d.name) ? [p] : [];
  });
}

/** Files reachable from `entry` through static imports only (dynamic import() is lazy). */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !fs.existsSync(entry)) return seen;
  seen.add(entry);
  const src = fs.readFileSync(entry, 'utf8');
  const specs = [
    ...src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    ...src.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...src.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  for (const spec of specs) {
    const target = spec.startsWith('/')
      ? path.join(extensionPath, spec)
      : path.resolve(path.dirname(entry), spec);
    staticGraph(target, seen);
  }
  return seen;
}

test.describe('web-llm in the build output', () => {
  test.skip(!fs.existsSync(path.join(extensionPath, 'manifest.json')), 'run "npm run build" first');

  test('appears in exactly one bundle, which no entry point loads eagerly', () => {
    const all = files(extensionPath);
    const withWebLlm = all.filter((f) => {
      const src = fs.readFileSync(f, 'utf8');
      return SIGNATURES.some((s) => src.includes(s));
    });
    expect(withWebLlm.map((f) => path.relative(extensionPath, f))).toHaveLength(1);
    const [bundle] = withWebLlm;
    for (const s of SIGNATURES) expect(fs.readFileSync(bundle!, 'utf8')).toContain(s);

    const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'manifest.json'), 'utf8'));
    const entries = [
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
      'popup.html',
      'options.html',
      'offscreen.html',
    ].map((e: string) => path.join(extensionPath, e));
    for (const entry of entries) {
      expect(staticGraph(entry).has(bundle!), `${path.basename(entry)} loads web-llm eagerly`).toBe(false);
    }
    // The offscreen host reaches it through a dynamic import only.
    const offscreenGraph = [...staticGraph(path.join(extensionPath, 'offscreen.html'))].map((f) =>
      fs.readFileSync(f, 'utf8'),
    );
    expect(offscreenGraph.some((src) => src.includes(path.basename(bundle!)))).toBe(true);
  });

  test('the content script is free of it', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'manifest.json'), 'utf8'));
    const scripts = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js) as string[];
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) {
      for (const f of staticGraph(path.join(extensionPath, js))) {
        const src = fs.readFileSync(f, 'utf8');
        for (const s of SIGNATURES)
          expect(src.includes(s), `${path.basename(f)} contains "${s}"`).toBe(false);
        expect(src).not.toMatch(/import\(\s*["'][^"']*webllm/);
      }
    }
  });
});
