// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ModelSection } from '../ModelSection';

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

const flush = () => act(async () => new Promise((r) => setTimeout(r, 20)));
const testId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

describe('ModelSection', () => {
  it('says plainly that there is no WebGPU and that the rule engine masks alone', async () => {
    await act(async () => root.render(<ModelSection />));
    await flush();
    expect(testId('model-capability')?.textContent).toMatch(/does not offer WebGPU.*rule engine only/);
    expect(testId('model-recommendation')?.textContent).toMatch(/Recommended: none/);
    expect(testId('model-status')?.getAttribute('data-status')).toBe('unavailable');
    expect(testId('model-cache')?.textContent).toBe('Nothing is cached.');
    const download = testId('model-download')?.querySelector('button');
    expect(download?.disabled).toBe(true);
  });

  it('shows "Set by your organisation" and disables the controls the policy sets', async () => {
    await fakeBrowser.storage.managed.set({
      localModelId: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      modelBaseUrl: 'https://models.example.org',
      modelList: [],
    });
    await act(async () => root.render(<ModelSection />));
    await flush();
    for (const key of ['localModelId', 'modelBaseUrl', 'modelList']) {
      expect(testId(`locked-${key}`)?.textContent).toContain('Set by your organisation');
    }
    expect(testId('locked-localModelAllowed')).toBeNull();
    const select = testId('model-select') as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(select.value).toBe('Qwen2.5-0.5B-Instruct-q4f32_1-MLC');
    const url = testId('model-mirror')?.querySelector('input[type="url"]') as HTMLInputElement;
    expect(url.disabled).toBe(true);
    expect(url.value).toBe('https://models.example.org');
    expect(testId('model-mirror')?.querySelector('form')).toBeNull();
  });
});
