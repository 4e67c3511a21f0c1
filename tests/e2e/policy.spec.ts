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
  orgEndpointUrl: 'https://llm.corp.example/v1',
};

const isRoot = process.getuid?.() === 0;

function writePolicy(policy: Record<string, unknown>) {
  fs.writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
}

test('enterprise policy is enforced: reveal off, cloud unavailable, locks shown, bad values warned about, changes live', async () => {
  test.skip(
    !isRoot,
    `Writing a policy file to ${POLICY_DIR} needs root; run the e2e tests as root (as CI does) to check policy enforcement.`,
  );
  test.setTimeout(90_000);
  let createdDir: string | undefined;
  let context: BrowserContext | undefined;
  try {
    createdDir = fs.mkdirSync(POLICY_DIR, { recursive: true });
    writePolicy(POLICY);
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
    await expect(options.getByTestId('setting-scoreThreshold')).toBeEnabled();
    const warnings = options.getByTestId('policy-warnings');
    await expect(warnings).toContainText('"customSites"');
    await expect(warnings).toContainText('"baseUrl"');
    await expect(warnings).not.toContainText('ftp://');
    // The policy applied at start-up is in the audit log.
    await expect(options.getByTestId('audit-log')).toContainText('revealPolicy: unset → disabled');

    // Panels of other features show their locks too.
    await expect(options.getByTestId('locked-orgEndpointUrl')).toContainText('Set by your organisation');

    // A policy change applies live: no reload of the page, and it is recorded in the audit log.
    writePolicy({ ...POLICY, retentionDays: 7 });
    const policyPage = await context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await expect(options.getByTestId('setting-retentionDays')).toHaveValue('7');
    await expect(options.getByTestId('audit-log')).toContainText('retentionDays: 14 → 7');
    await policyPage.close();

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

test('options page without a policy: keyboard editing, audit export, delete all my data', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // Seed the audit log and a vault record the way the features write them (no raw identifiers).
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Data and audit' })).toBeVisible();
  await expect(options.getByTestId('policy-warnings')).toHaveCount(0);
  await expect(options.locator('[data-testid^="locked-"]')).toHaveCount(0);
  await options.evaluate(async () => {
    const open = indexedDB.open('blindhire');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['audit', 'vault'], 'readwrite');
    tx.objectStore('audit').add({
      at: Date.now(),
      kind: 'reveal',
      site: 'www.linkedin.com',
      alias: 'Candidate K7QF',
      types: ['NAME'],
      reason: 'Interview',
    });
    tx.objectStore('vault').put({
      id: 'v1',
      createdAt: Date.now(),
      updatedAt: Date.now(),
      iv: new Uint8Array(12),
      cipher: new ArrayBuffer(8),
    });
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  });
  await options.reload();

  // Keyboard: focus the threshold field, type a value, Tab away: saved to the user's settings.
  const threshold = options.getByTestId('setting-scoreThreshold');
  await threshold.focus();
  await threshold.fill('0.7');
  await options.keyboard.press('Tab');
  await expect
    .poll(() =>
      serviceWorker.evaluate(
        async () =>
          ((await chrome.storage.local.get('settings')).settings as { scoreThreshold?: number } | undefined)
            ?.scoreThreshold,
      ),
    )
    .toBe(0.7);
  // Blind mode switched off by the user is recorded in the audit log.
  await options.getByTestId('setting-blindModeEnabled').press('Space');
  await expect(options.getByTestId('setting-blindModeEnabled')).not.toBeChecked();

  // Audit log: the service worker's record of the switch appears live; then filter and export.
  await expect(options.getByTestId('audit-log')).toContainText('Blind mode off');
  await expect(options.getByTestId('audit-log')).toContainText('Candidate K7QF');
  await options.getByTestId('audit-filter-kind').selectOption('reveal');
  await expect(options.getByTestId('audit-row')).toHaveCount(1);
  const download = options.waitForEvent('download');
  await options.getByTestId('audit-export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^blindhire-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'id,time,kind,site,alias,types,reason,route,model,textHash,counts,detail,sentText',
  );
  expect(csv).toContain('reveal,www.linkedin.com,Candidate K7QF,NAME,Interview');
  expect(csv).not.toContain('blind-toggle');

  // Delete all my data: nothing happens until confirmed.
  await expect(options.getByTestId('storage-usage')).toContainText('1 vault(s)');
  await options.getByTestId('delete-all').click();
  await expect(options.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.getByTestId('delete-confirm').click();
  await expect(options.getByTestId('delete-status')).toContainText('Deleted 1 vault(s)');
  await expect(options.getByTestId('storage-usage')).toContainText('0 vault(s), 0 draft(s)');
  await options.getByTestId('audit-filter-kind').selectOption('');
  await expect(options.getByTestId('audit-row')).toHaveCount(1);
  await expect(options.getByTestId('audit-log')).toContainText('All local data deleted');
});
