// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings } from '../use-settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe() {
  const { settings, error } = useSettings();
  if (error) return <p data-testid="error">{error}</p>;
  if (!settings) return <p>loading</p>;
  return (
    <p data-testid="out">
      {settings.values.revealPolicy}|{settings.locked.join(',')}
    </p>
  );
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('useSettings', () => {
  it('loads settings and follows policy changes live', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<Probe />));
    await vi.waitFor(() => expect(container.textContent).toBe('reason-required|'));
    await act(async () => fakeBrowser.storage.managed.set({ revealPolicy: 'disabled' }));
    await vi.waitFor(() => expect(container.textContent).toBe('disabled|revealPolicy'));
    act(() => root.unmount());
  });

  it('reports a load failure', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<Probe />));
    await vi.waitFor(() => expect(container.textContent).toBe('storage is gone'));
    act(() => root.unmount());
  });
});
