import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePolishClick, POLISH_MENU_ID } from '../background';
import { takePendingSelection } from '../pending';
import { PENDING_SELECTION_KEY } from '../protocol';

describe('Polish with BlindHire (context menu)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the side panel first, then leaves the selection for it', async () => {
    const order: string[] = [];
    const open = vi.fn(async () => {
      order.push('open');
    });
    const tab = { id: 3, windowId: 7 } as chrome.tabs.Tab;
    await handlePolishClick({ menuItemId: POLISH_MENU_ID, selectionText: 'Led a team of five' }, tab, open);
    order.push('stored');
    expect(open).toHaveBeenCalledWith(tab);
    expect(order[0]).toBe('open');
    expect(await takePendingSelection()).toBe('Led a team of five');
    // Taken once.
    expect(await takePendingSelection()).toBeUndefined();
  });

  it('ignores other menu items and caps a huge selection', async () => {
    const open = vi.fn(async () => undefined);
    await handlePolishClick({ menuItemId: 'other', selectionText: 'x' }, undefined, open);
    expect(open).not.toHaveBeenCalled();
    await handlePolishClick(
      { menuItemId: POLISH_MENU_ID, selectionText: 'a'.repeat(80_000) },
      undefined,
      open,
    );
    expect((await takePendingSelection())?.length).toBe(50_000);
  });

  it('drops a selection left too long ago', async () => {
    await fakeBrowser.storage.session.set({
      [PENDING_SELECTION_KEY]: { text: 'old', at: Date.now() - 10 * 60_000 },
    });
    expect(await takePendingSelection()).toBeUndefined();
  });

  it('still stores the text when the side panel cannot open', async () => {
    const open = vi.fn(async () => {
      throw new Error('no gesture');
    });
    await handlePolishClick({ menuItemId: POLISH_MENU_ID, selectionText: 'kept' }, undefined, open);
    expect(await takePendingSelection()).toBe('kept');
  });
});
