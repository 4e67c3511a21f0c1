/** Loads a site fixture into its own happy-dom window at the fixture's real address (scripts off). */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { type SiteFixture, siteFixtures } from '@/tests/fixtures/sites/manifest';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../../tests/fixtures/sites');

/** Raw HTML of a fixture file. */
export function fixtureHtml(file: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

/** The manifest entry of a fixture file. */
export function fixture(file: string): SiteFixture {
  const found = siteFixtures.find((f) => f.file === file);
  if (!found) throw new Error(`No manifest entry for ${file}`);
  return found;
}

/** A parsed fixture page whose `document.URL` is the fixture's real address. */
export function loadFixture(file: string): Document {
  const window = new Window({
    url: fixture(file).url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(fixtureHtml(file));
  return window.document as unknown as Document;
}

/** The fixtures handled by one adapter. */
export function fixturesOf(adapterId: string): SiteFixture[] {
  return siteFixtures.filter((f) => f.adapter === adapterId);
}
