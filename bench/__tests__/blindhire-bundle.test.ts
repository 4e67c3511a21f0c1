import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/detect/analyze';
import { bundleEngine } from '../peers/blindhire';

describe('the engine the benchmark times', { timeout: 60_000 }, () => {
  it('is the shipped code bundled, with the same output as the engine imported directly', async () => {
    // One file, with no keepNames wrapper around the engine's closures (the reason it is bundled:
    // see bench/peers/blindhire.ts); tsx's output of the same code has one around each.
    const file = await bundleEngine();
    const code = fs.readFileSync(file, 'utf8');
    expect(code).toContain('function analyze(');
    expect(code).not.toContain('__name(');
    const dir = path.dirname(file);
    expect(fs.readdirSync(dir)).toEqual(['engine.mjs']);
    const { analyze: bundled } = (await import(pathToFileURL(file).href)) as { analyze: typeof analyze };
    const texts = [
      'Dana Okafor, dana.okafor@example.org, +44 20 7946 0958. Harvard MBA, Class of 2012.',
      'Senior Engineer at Stripe in Dublin. Religion: Hindu. Born 1990 in Pune.',
      '',
      'Skills: Go, Rust, Kubernetes',
    ];
    for (const text of texts) expect(bundled(text)).toEqual(analyze(text));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
