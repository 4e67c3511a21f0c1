// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '@/utils/db';
import type { StorageReport, WipeResult } from '@/utils/db/wipe';
import { resolveSettings } from '@/utils/settings/resolve';
import { AuditLog } from '../AuditLog';
import { DataSection } from '../DataSection';
import { OptionsPage } from '../OptionsPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const about = { version: '0.1.0', extensionId: 'glbanklhlpllpkdpclgnmnlggablklei' };
const $ = (sel: string) => container.querySelector(sel);
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('OptionsPage', () => {
  it('groups settings, shows locks and warnings, and disables locked controls', async () => {
    const settings = resolveSettings(
      { revealPolicy: 'disabled', cloudAllowed: false, customSites: ['https://jobs.example.com/*', 'bad'] },
      {},
    );
    const onSet = vi.fn(async () => {});
    await act(async () => root.render(<OptionsPage settings={settings} onSet={onSet} about={about} />));
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Blind mode',
        'Detection',
        'Writing help',
        'Local model',
        'Data and audit',
        'About',
      ]),
    );
    expect($('[data-testid="locked-revealPolicy"]')?.textContent).toContain('Set by your organisation');
    expect($('[data-testid="locked-cloudAllowed"]')).not.toBeNull();
    expect($('[data-testid="locked-model"]')).toBeNull();
    expect(($('[data-testid="setting-revealPolicy"]') as HTMLSelectElement).disabled).toBe(true);
    expect(($('[data-testid="setting-model"]') as HTMLInputElement).disabled).toBe(false);
    expect($('[data-testid="policy-warnings"]')?.textContent).toContain('"customSites"');
    expect($('[data-testid="about-extension-id"]')?.textContent).toBe(about.extensionId);
    // Policy-only keys are not offered to users unless set by policy.
    expect($('[data-testid="setting-orgEndpointUnmasked"]')).toBeNull();
    // Every control has a label and help text.
    for (const field of container.querySelectorAll('.bh-field')) {
      expect(field.querySelector('label, .bh-label')?.textContent?.length).toBeGreaterThan(0);
      expect(field.querySelector('.bh-help')?.textContent?.length).toBeGreaterThan(0);
    }
  });

  it('saves changes and shows validation errors', async () => {
    const settings = resolveSettings({}, {});
    const onSet = vi.fn(async () => {});
    await act(async () => root.render(<OptionsPage settings={settings} onSet={onSet} about={about} />));
    const gate = $('[data-testid="setting-gateAction"]') as HTMLSelectElement;
    await act(async () => {
      gate.value = 'mask';
      gate.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onSet).toHaveBeenCalledWith('gateAction', 'mask');
    const sites = $('[data-testid="setting-customSites"]') as HTMLTextAreaElement;
    await act(async () => {
      sites.focus();
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(sites, 'not a pattern');
      sites.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      sites.blur();
      sites.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    expect(container.querySelector('[data-setting="customSites"] [role="alert"]')?.textContent).toMatch(
      /match pattern/,
    );
    expect(onSet).not.toHaveBeenCalledWith('customSites', expect.anything());
    const threshold = $('[data-testid="setting-scoreThreshold"]') as HTMLInputElement;
    await act(async () => {
      threshold.focus();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(threshold, '');
      threshold.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      threshold.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(container.querySelector('[data-setting="scoreThreshold"] [role="alert"]')).not.toBeNull();
    expect(onSet).not.toHaveBeenCalledWith('scoreThreshold', expect.anything());
  });

  it('shows a save refusal next to the field', async () => {
    const settings = resolveSettings({}, {});
    const onSet = vi.fn(async () => {
      throw new Error('"blindModeEnabled" is set by your organisation and cannot be changed.');
    });
    await act(async () => root.render(<OptionsPage settings={settings} onSet={onSet} about={about} />));
    const box = $('[data-testid="setting-blindModeEnabled"]') as HTMLInputElement;
    await act(async () => box.click());
    expect(container.querySelector('[data-setting="blindModeEnabled"] [role="alert"]')?.textContent).toMatch(
      /set by your organisation/,
    );
  });
});

describe('DataSection', () => {
  it('shows storage used and deletes only after confirmation, models only when ticked', async () => {
    const report = vi.fn(
      async (): Promise<StorageReport> => ({
        usageBytes: 2_500_000,
        quotaBytes: 1_000_000_000,
        audit: 3,
        drafts: 1,
        vault: 2,
        modelCaches: ['webllm/model'],
      }),
    );
    const deleteAll = vi.fn(
      async (o: { includeModels: boolean }): Promise<WipeResult> => ({
        audit: 3,
        drafts: 1,
        vault: 2,
        modelCaches: o.includeModels ? ['webllm/model'] : [],
        modelDatabases: [],
      }),
    );
    await act(async () => root.render(<DataSection report={report} deleteAll={deleteAll} />));
    await flush();
    expect($('[data-testid="storage-usage"]')?.textContent).toContain('2.5 MB of 1.0 GB');
    await act(async () => ($('[data-testid="delete-all"]') as HTMLButtonElement).click());
    expect(deleteAll).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(async () => ($('[data-testid="delete-include-models"]') as HTMLInputElement).click());
    await act(async () => ($('[data-testid="delete-confirm"]') as HTMLButtonElement).click());
    await flush();
    expect(deleteAll).toHaveBeenCalledWith({ includeModels: true });
    expect($('[data-testid="delete-status"]')?.textContent).toContain('and 1 model cache(s)');
    expect(report).toHaveBeenCalledTimes(2);
  });
});

describe('AuditLog', () => {
  const entries: AuditEntry[] = [
    { id: 2, at: Date.UTC(2026, 10, 2), kind: 'cloud-request', route: 'cloud', model: 'gpt-4o-mini' },
    { id: 1, at: Date.UTC(2026, 10, 1), kind: 'reveal', alias: 'Candidate K7QF', reason: 'Interview' },
  ];

  it('lists entries, passes filters to the query, and exports with the same filters', async () => {
    const query = vi.fn(async (q: { kinds?: readonly string[] }) =>
      entries.filter((e) => !q.kinds || q.kinds.includes(e.kind)),
    );
    const onExport = vi.fn();
    await act(async () => root.render(<AuditLog query={query} onExport={onExport} />));
    await flush();
    expect(container.querySelectorAll('[data-testid="audit-row"]')).toHaveLength(2);
    const kind = $('[data-testid="audit-filter-kind"]') as HTMLSelectElement;
    await act(async () => {
      kind.value = 'reveal';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(container.querySelectorAll('[data-testid="audit-row"]')).toHaveLength(1);
    expect(container.textContent).toContain('Reason: Interview');
    await act(async () => ($('[data-testid="audit-export-csv"]') as HTMLButtonElement).click());
    await flush();
    expect(onExport).toHaveBeenCalledWith('csv', [entries[1]]);
    expect(query).toHaveBeenLastCalledWith(expect.objectContaining({ kinds: ['reveal'] }));
  });
});
