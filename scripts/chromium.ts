/**
 * The Chromium that the demo, the benchmarks and the e2e tests launch, and the flags they load the
 * built extension with (one place, so the three agree).
 */
import fs from 'node:fs';

/** Debian's Chromium when present, else Playwright's own browser (on a developer's machine). */
export const chromiumPath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** Flags that load the unpacked extension at `extension` and keep Chromium quiet on a machine with no network. */
export function extensionArgs(extension: string, extra: readonly string[] = []): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    ...extra,
  ];
}
