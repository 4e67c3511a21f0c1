// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlay, type OverlayState } from '../overlay';

const state = (over: Partial<OverlayState> = {}): OverlayState => ({
  mode: 'on',
  hidden: 12,
  revealed: 0,
  passes: { rules: 'done', model: 'unavailable' },
  revealPolicy: 'reason-required',
  forced: false,
  ...over,
});

function setUp() {
  const container = document.createElement('div');
  document.body.append(container);
  const handlers = {
    onRevealAll: vi.fn(),
    onRevealItem: vi.fn(),
    onReblind: vi.fn(),
    onRetry: vi.fn(),
    onToggle: vi.fn(),
  };
  const overlay = createOverlay(container, handlers);
  const reason = () => overlay.root.querySelector<HTMLInputElement>('[data-testid="bh-reason"]');
  return { overlay, handlers, reason };
}

describe('overlay', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('keeps the reason being typed, and its focus, when the counts change meanwhile', () => {
    const { overlay, handlers, reason } = setUp();
    overlay.update(state());
    overlay.askReveal(7);
    const input = reason()!;
    expect(document.activeElement).toBe(input);
    input.value = 'Correcting a typo';
    // New content was masked (an infinite list, the coalesced count update) while the person types.
    overlay.update(state({ hidden: 19 }));
    overlay.update(state({ hidden: 23, held: 1 }));
    expect(overlay.root.querySelector('[data-testid="bh-count"]')!.textContent).toBe('23');
    expect(reason()).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('Correcting a typo');
    overlay.root.querySelector<HTMLFormElement>('[data-testid="bh-reason-form"]')!.requestSubmit();
    expect(handlers.onRevealItem).toHaveBeenCalledWith(7, 'Correcting a typo');
  });

  it('asks again with an empty reason after a cancel, and drops the form when revealing is turned off', () => {
    const { overlay, reason } = setUp();
    overlay.update(state());
    overlay.askReveal(7);
    reason()!.value = 'first thoughts';
    [...overlay.root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    expect(reason()).toBeNull();
    overlay.askReveal(8);
    expect(reason()!.value).toBe('');
    overlay.update(state({ revealPolicy: 'disabled' }));
    expect(reason()).toBeNull();
  });

  it('keeps the reason form after the other parts of the overlay', () => {
    const { overlay } = setUp();
    overlay.update(state());
    overlay.askReveal(7);
    overlay.update(state({ hidden: 3 }));
    const ids = [...overlay.root.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));
    expect(ids.indexOf('bh-reason-form')).toBeGreaterThan(ids.indexOf('bh-reblind'));
  });
});
