// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '@/utils/settings';
import { maskKey, ProviderSettings } from '../ProviderSettings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 30)));
const q = <T extends Element>(id: string) => container.querySelector(`[data-testid="${id}"]`) as T | null;

describe('ProviderSettings', () => {
  it('shows the key masked, never in full', async () => {
    await fakeBrowser.storage.local.set({ settings: { apiKey: 'sk-abcdefghijklmnop1234' } });
    await act(async () => root.render(<ProviderSettings />));
    await flush();
    expect(container.textContent).toContain('sk-…1234 (23 characters)');
    expect(container.innerHTML).not.toContain('abcdefghijklmnop');
    expect(q<HTMLInputElement>('provider-api-key')?.value).toBe('');
  });

  it('disables and badges what the organisation set', async () => {
    await fakeBrowser.storage.managed.set({
      baseUrl: 'https://llm.example.org/v1',
      apiKey: 'sk-org-secret-9999',
    });
    await act(async () => root.render(<ProviderSettings />));
    await flush();
    expect(q<HTMLInputElement>('provider-base-url')?.disabled).toBe(true);
    expect(q<HTMLInputElement>('provider-api-key')?.disabled).toBe(true);
    expect(q('locked-baseUrl')?.textContent).toContain('Set by your organisation');
    expect(q('locked-apiKey')).not.toBeNull();
    expect(q<HTMLInputElement>('provider-model')?.disabled).toBe(false);
    expect(container.innerHTML).not.toContain('org-secret');
  });

  it('a preset fills base URL and model, one save after the other', async () => {
    await act(async () => root.render(<ProviderSettings />));
    await flush();
    const select = q<HTMLSelectElement>('provider-preset')!;
    await act(async () => {
      select.value = 'compatible';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    const { values } = await loadSettings();
    expect(values).toMatchObject({
      provider: 'compatible',
      baseUrl: 'http://localhost:11434/v1',
      model: 'llama3.1',
    });
  });

  it('masks keys for display', () => {
    expect(maskKey('')).toBe('not set');
    expect(maskKey('sk-1234567890')).toBe('sk-…7890 (13 characters)');
  });
});
