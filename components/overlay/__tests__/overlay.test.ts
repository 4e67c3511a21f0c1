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

afterEach(() => {
  document.body.replaceChildren();
});

describe('overlay', () => {
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

describe('overlay updates', () => {
  it('keeps the keyboard focus on its buttons while lines come and go and the counts change', () => {
    const { overlay } = setUp();
    overlay.update(state({ policyPending: true, held: 2 }));
    const revealAll = overlay.root.querySelector<HTMLButtonElement>('[data-testid="bh-reveal-all"]')!;
    revealAll.focus();
    expect(document.activeElement).toBe(revealAll);
    overlay.update(state({ hidden: 30 }));
    overlay.update(state({ hidden: 31, revealed: 1, held: 1 }));
    expect(overlay.root.querySelector('[data-testid="bh-reveal-all"]')).toBe(revealAll);
    expect(document.activeElement).toBe(revealAll);
    expect(overlay.root.querySelector('[data-testid="bh-policy-pending"]')).toBeNull();
    expect(overlay.root.querySelector('[data-testid="bh-held"]')!.textContent).toContain(
      '1 part of the page',
    );
    expect(overlay.root.textContent).toContain('(1 revealed)');
  });

  it('a click that spans an update still reaches its button', () => {
    const { overlay, handlers } = setUp();
    overlay.update(state({ revealed: 2 }));
    const reblind = overlay.root.querySelector<HTMLButtonElement>('[data-testid="bh-reblind"]')!;
    reblind.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    overlay.update(state({ hidden: 40, revealed: 2 }));
    overlay.root.querySelector<HTMLButtonElement>('[data-testid="bh-reblind"]')!.click();
    expect(overlay.root.querySelector('[data-testid="bh-reblind"]')).toBe(reblind);
    expect(handlers.onReblind).toHaveBeenCalledTimes(1);
  });

  it('shows each mode and policy on the same elements: failure and retry, the locked toggle, no reveal when disabled', () => {
    const { overlay, handlers } = setUp();
    overlay.update(state({ mode: 'failed', failure: 'The page could not be read.' }));
    expect(overlay.root.querySelector('[data-testid="bh-failure"]')!.textContent).toBe(
      'The page could not be read.',
    );
    overlay.root.querySelector<HTMLButtonElement>('[data-testid="bh-retry"]')!.click();
    expect(handlers.onRetry).toHaveBeenCalledTimes(1);
    overlay.update(state({ forced: true, revealPolicy: 'disabled' }));
    expect(overlay.root.querySelector('[data-testid="bh-failure"]')).toBeNull();
    expect(overlay.root.querySelector('[data-testid="bh-retry"]')).toBeNull();
    expect(overlay.root.querySelector('[data-testid="bh-reveal-all"]')).toBeNull();
    const toggle = overlay.root.querySelector<HTMLButtonElement>('[data-testid="bh-toggle"]')!;
    expect(toggle.disabled).toBe(true);
    expect(toggle.title).toBe('Set by your organisation');
    overlay.update(state({ mode: 'off' }));
    expect(toggle.textContent).toBe('Turn on');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.disabled).toBe(false);
    expect(toggle.hasAttribute('title')).toBe(false);
    expect(overlay.root.querySelector('[data-testid="bh-count"]')).toBeNull();
    toggle.click();
    expect(handlers.onToggle).toHaveBeenCalledWith(true);
    overlay.update(state({ hidden: 1 }));
    expect(overlay.root.querySelector('[data-testid="bh-count"]')!.getAttribute('data-count')).toBe('1');
    expect(overlay.root.textContent).toContain('1identifier hidden');
  });
});

describe('the reason question', () => {
  it('closes on Escape without revealing, and the focus goes back to "Reveal candidate"', () => {
    const { overlay, handlers, reason } = setUp();
    overlay.update(state());
    const revealAll = overlay.root.querySelector<HTMLButtonElement>('[data-testid="bh-reveal-all"]')!;
    revealAll.click();
    expect(document.activeElement).toBe(reason());
    reason()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(reason()).toBeNull();
    expect(document.activeElement).toBe(revealAll);
    expect(handlers.onRevealAll).not.toHaveBeenCalled();
  });

  it("keeps other keys for the reason, and a field's question leaves the focus where it is on Cancel", () => {
    const { overlay, handlers, reason } = setUp();
    overlay.update(state());
    overlay.askReveal(4);
    reason()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(reason()).not.toBeNull();
    [...overlay.root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    expect(reason()).toBeNull();
    expect(document.activeElement).not.toBe(overlay.root.querySelector('[data-testid="bh-reveal-all"]'));
    expect(handlers.onRevealItem).not.toHaveBeenCalled();
  });
});
