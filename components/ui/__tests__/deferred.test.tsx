// @vitest-environment happy-dom
import { act, lazy } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deferred } from '../Deferred';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Observed = { callback: IntersectionObserverCallback; elements: Element[] };
let observers: Observed[];
let idle: Array<() => void>;
let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  observers = [];
  idle = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private entry: Observed;
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, elements: [] };
        observers.push(this.entry);
      }
      observe(el: Element) {
        this.entry.elements.push(el);
      }
      disconnect() {
        this.entry.elements = [];
      }
    },
  );
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

/** A lazy panel whose module load is counted. */
function panel() {
  const load = vi.fn(async () => ({ default: () => <p data-testid="panel">Heavy panel</p> }));
  return { load, Panel: lazy(load) };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('Deferred', () => {
  it('does not load its panel in the first render, then loads it when the page is idle', async () => {
    const { load, Panel } = panel();
    await act(async () =>
      root.render(
        <Deferred label="the panel">
          <Panel />
        </Deferred>,
      ),
    );
    expect(load).not.toHaveBeenCalled();
    expect(container.textContent).toBe('Loading the panel…');
    expect(idle).toHaveLength(1);
    await act(async () => idle[0]!());
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[data-testid="panel"]')?.textContent).toBe('Heavy panel');
  });

  it('loads its panel as soon as it comes near the viewport', async () => {
    const { load, Panel } = panel();
    await act(async () =>
      root.render(
        <Deferred label="the panel">
          <Panel />
        </Deferred>,
      ),
    );
    const watched = observers.find((o) => o.elements.length > 0)!;
    expect(watched.elements[0]).toBe(container.firstElementChild);
    await act(async () =>
      watched.callback(
        [{ isIntersecting: true, target: watched.elements[0]! } as unknown as IntersectionObserverEntry],
        {} as IntersectionObserver,
      ),
    );
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[data-testid="panel"]')).not.toBeNull();
    expect(container.firstElementChild?.getAttribute('data-deferred')).toBe('loaded');
  });
});
