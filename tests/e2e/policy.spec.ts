import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { siteFixtures } from '../fixtures/sites/manifest';
import { expect, getServiceWorker, launchWithExtension, test } from './fixtures';

/**
 * Enterprise policy end to end: a policy file in Chromium's managed-policy folder, the built
 * extension launched against it, and the policy shown enforced in every surface. Writing to
 * /etc/chromium/policies/managed needs root (CI runs as root).
 */
const EXTENSION_ID = 'glbanklhlpllpkdpclgnmnlggablklei';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'blindhire-test.json');

/** The policy under test. Two values pass Chrome's schema (both are strings) but fail BlindHire's checks. */
const POLICY = {
  revealPolicy: 'disabled',
  cloudAllowed: false,
  blindModeForced: true,
  retentionDays: 14,
  customSites: ['https://jobs.example.com/*', 'not a match pattern'],
  baseUrl: 'ftp://models.example.com/v1',
};

const isRoot = process.getuid?.() === 0;

test('enterprise policy is enforced: reveal off, cloud unavailable, locks shown, bad values warned about', async () => {
  test.skip(
    !isRoot,
    `Writing a policy file to ${POLICY_DIR} needs root; run the e2e tests as root (as CI does) to check policy enforcement.`,
  );
  test.setTimeout(90_000);
  let createdDir: string | undefined;
  let context: BrowserContext | undefined;
  try {
    createdDir = fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }));
    context = await launchWithExtension();
    const sw = await getServiceWorker(context);
    expect(new URL(sw.url()).host).toBe(EXTENSION_ID);

    // The policy reached the extension (Chrome accepted managed_schema.json and every value in it).
    const managed = await sw.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toEqual(POLICY);
    // A user's earlier choices do not override the policy.
    await sw.evaluate(() =>
      chrome.storage.local.set({
        settings: { cloudAllowed: true, revealPolicy: 'allowed', blindModeEnabled: false },
      }),
    );

    // Options page: locks, disabled controls, warnings for the two bad values.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    for (const key of [
      'revealPolicy',
      'cloudAllowed',
      'blindModeForced',
      'blindModeEnabled',
      'retentionDays',
      'customSites',
    ])
      await expect(options.getByTestId(`locked-${key}`), key).toContainText('Set by your organisation');
    await expect(options.getByTestId('setting-revealPolicy')).toBeDisabled();
    await expect(options.getByTestId('setting-revealPolicy')).toHaveValue('disabled');
    await expect(options.getByTestId('setting-cloudAllowed')).not.toBeChecked();
    await expect(options.getByTestId('setting-blindModeEnabled')).toBeChecked();
    await expect(options.getByTestId('setting-blindModeEnabled')).toBeDisabled();
    await expect(options.getByTestId('setting-customSites')).toHaveValue('https://jobs.example.com/*');
    await expect(options.getByTestId('setting-model')).toBeEnabled();
    const warnings = options.getByTestId('policy-warnings');
    await expect(warnings).toContainText('"customSites"');
    await expect(warnings).toContainText('"baseUrl"');
    await expect(warnings).not.toContainText('ftp://');
    // The policy applied at start-up is in the audit log.
    await expect(options.getByTestId('audit-log')).toContainText('revealPolicy: unset → disabled');

    // Popup: the cloud route is unavailable.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    const writingTab = popup.getByTestId('tab-writing');
    if (await writingTab.count()) await writingTab.click();
    await expect(popup.getByTestId('route-cloud')).toContainText('unavailable');

    // A recruiting page: blind mode on, and no way to reveal.
    const fixture = siteFixtures.find((f) => f.adapter === 'linkedin') ?? siteFixtures[0]!;
    const html = fs.readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/sites', fixture.file),
      'utf8',
    );
    await context.route(`${new URL(fixture.url).origin}/**`, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 204, body: '' }),
    );
    const page = await context.newPage();
    await page.goto(fixture.url);
    await expect(page.getByTestId('bh-count')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('bh-reblind')).toBeAttached();
    const revealAll = page.getByTestId('bh-reveal-all');
    if ((await revealAll.count()) > 0) await expect(revealAll).toBeDisabled();
    else await expect(revealAll).toHaveCount(0);
  } finally {
    await context?.close();
    fs.rmSync(POLICY_FILE, { force: true });
    // Remove only the folders this test created.
    if (createdDir) fs.rmSync(createdDir, { recursive: true, force: true });
  }
});
