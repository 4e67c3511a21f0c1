/**
 * BlindHire's engine under the default policy, without the language model, as the extension ships
 * it: `utils/detect/analyze.ts` bundled by Vite (the bundler WXT builds the extension with) into one
 * module, then imported.
 *
 * Not imported through tsx, which runs the rest of the benchmark: tsx compiles TypeScript with
 * esbuild's `keepNames`, which wraps every function and arrow function created at run time in a
 * `__name(fn, "name")` call. The engine creates closures in its hot loops, so through tsx it ran
 * 45–65 ms a pass over the mix where the same code bundled ran 39–41 ms (one core, same minutes).
 * The peers are plain JavaScript from node_modules, which tsx leaves as it is, so without this step
 * the comparison would charge BlindHire for the benchmark's loader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { analyze as Analyze } from '../../utils/detect/analyze';
import type { Detector } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = path.join(ROOT, 'utils', 'detect', 'analyze.ts');

/**
 * The engine's `analyze`, bundled for Node by Vite into a temporary folder under node_modules/.cache
 * (dependencies such as
 * libphonenumber-js stay imports from node_modules, the word lists are inlined as the extension's
 * pages have them).
 */
export async function bundledAnalyze(): Promise<typeof Analyze> {
  const file = await bundleEngine();
  const mod = (await import(pathToFileURL(file).href)) as { analyze?: typeof Analyze };
  if (typeof mod.analyze !== 'function') throw new Error('the bundled engine exports no analyze()');
  return mod.analyze;
}

/** Bundles the engine (see {@link bundledAnalyze}) and returns the bundle's path. */
export async function bundleEngine(): Promise<string> {
  const { build } = await import('vite');
  // Inside the project, so that the bundle's imports resolve from node_modules.
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(cache, 'blindhire-engine-'));
  // Removed when the benchmark ends (a lazily imported chunk of the bundle must still be there).
  process.once('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
  await build({
    configFile: false,
    publicDir: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'engine.mjs' } },
    },
  });
  return path.join(outDir, 'engine.mjs');
}

export const blindhire: Detector = {
  id: 'blindhire',
  label: 'BlindHire (rules, lexicons, structure; no model)',
  pkg: 'blindhire',
  async load() {
    const analyze = await bundledAnalyze();
    return (text) => analyze(text).map(({ start, end, label }) => ({ start, end, label }));
  },
};
