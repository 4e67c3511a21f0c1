// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameNotice, type FrameNoticeState } from '../frame-notice';

const failed = (over: Partial<FrameNoticeState> = {}): FrameNoticeState => ({
  mode: 'failed',
  revealPolicy: 'reason-required',
  failure: 'Masking failed, so the page stays hidden: the adapter could not read the page.',
  ...over,
});

describe('frame notice', () => {
  let container: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="c"></div>';
    container = document.getElementById('c')!;
  });
  const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('shows nothing while masking works, and says why once it failed', () => {
    const notice = createFrameNotice(container, { onRetry: vi.fn(), onRevealAll: vi.fn() });
    for (const mode of ['masking', 'on', 'off', 'revealed'] as const) {
      notice.update({ mode, revealPolicy: 'allowed' });
      expect(notice.root.hidden, mode).toBe(true);
    }
    notice.update(failed());
    expect(notice.root.hidden).toBe(false);
    expect(notice.root.textContent).toContain('this frame stays hidden');
    expect(q('bh-frame-failure')?.textContent).toContain('could not read the page');
    notice.update({ mode: 'on', revealPolicy: 'allowed' });
    expect(notice.root.hidden).toBe(true);
  });

  it('retries, and reveals only as the policy allows (with a reason where one is required)', () => {
    const onRetry = vi.fn();
    const onRevealAll = vi.fn();
    const notice = createFrameNotice(container, { onRetry, onRevealAll });
    notice.update(failed());
    q('bh-frame-retry')!.click();
    expect(onRetry).toHaveBeenCalledTimes(1);
    q('bh-frame-reveal')!.click();
    expect(onRevealAll).not.toHaveBeenCalled();
    (q('bh-frame-reason') as HTMLInputElement).value = '  checking the resume frame ';
    // A later update with the same state keeps what is being typed.
    notice.update(failed());
    q('bh-frame-reveal')!.click();
    expect(onRevealAll).toHaveBeenCalledWith('checking the resume frame');

    notice.update(failed({ revealPolicy: 'allowed' }));
    expect(q('bh-frame-reason')).toBeNull();
    q('bh-frame-reveal')!.click();
    expect(onRevealAll).toHaveBeenLastCalledWith(undefined);

    notice.update(failed({ revealPolicy: 'disabled' }));
    expect(q('bh-frame-reveal')).toBeNull();
    expect(q('bh-frame-retry')).not.toBeNull();
  });
});
