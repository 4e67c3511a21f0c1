// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { HELD_ATTR, READY_ATTR } from '../constants';
import type { PageMasker } from '../masker';
import { flush, testMasker } from './helpers';

let masker: PageMasker | undefined;
afterEach(() => {
  masker?.stop();
  masker = undefined;
});

function start(html: string): PageMasker {
  document.documentElement.removeAttribute(READY_ATTR);
  document.head.innerHTML = '<title>Example</title>';
  document.body.innerHTML = html;
  masker = testMasker();
  masker.start();
  return masker;
}

describe('a page that writes masked text back', () => {
  it('is held hidden after a few rounds instead of being rewritten in turns forever', async () => {
    start('<h1 data-name="Ada Quist">Ada Quist</h1><p id="fight">Reviewed by Ada Quist</p>');
    const p = document.getElementById('fight')!;
    expect(p.textContent).toBe('Reviewed by Candidate TEST');
    // A page script that puts its own text back whenever it changes (bounded here, unbounded on a real page).
    let writes = 0;
    const page = new MutationObserver(() => {
      if (p.textContent !== 'Reviewed by Ada Quist' && writes < 500) {
        writes++;
        p.textContent = 'Reviewed by Ada Quist';
      }
    });
    page.observe(p, { childList: true, characterData: true, subtree: true });
    p.textContent = 'Reviewed by Ada Quist';
    for (let i = 0; i < 10; i++) await flush();
    page.disconnect();
    // The masker gave up rewriting it after about twenty rounds and holds the block hidden.
    expect(writes).toBeGreaterThan(5);
    expect(writes).toBeLessThan(100);
    expect(p.hasAttribute(HELD_ATTR)).toBe(true);
    // Revealing the candidate shows it (the page's own text), re-blinding hides it, stopping shows it.
    masker!.reveal();
    expect(p.hasAttribute(HELD_ATTR)).toBe(false);
    masker!.reblind();
    expect(p.hasAttribute(HELD_ATTR)).toBe(true);
    masker!.stop();
    expect(p.hasAttribute(HELD_ATTR)).toBe(false);
  });

  it('leaves a block the page updates often alone when its text holds nothing masked', async () => {
    start('<h1 data-name="Ada Quist">Ada Quist</h1><p id="clock">0 s</p>');
    const p = document.getElementById('clock')!;
    for (let i = 1; i <= 60; i++) {
      p.textContent = `${i} s`;
      await flush();
    }
    expect(p.hasAttribute(HELD_ATTR)).toBe(false);
    expect(p.textContent).toBe('60 s');
  });

  it('keeps masking a name the page rewrites often but spread out (35 times, every 40 ms)', async () => {
    start('<h1 data-name="Ada Quist">Ada Quist</h1><p id="often">Ada Quist</p>');
    const p = document.getElementById('often')!;
    for (let i = 0; i < 35; i++) {
      p.textContent = `Ada Quist is typing${'.'.repeat(i % 4)}`;
      await new Promise((r) => setTimeout(r, 40));
      expect(p.textContent).toBe(`Candidate TEST is typing${'.'.repeat(i % 4)}`);
    }
    expect(p.hasAttribute(HELD_ATTR)).toBe(false);
  });

  it('masks a block the page rewrites a few times with a name in it, each time', async () => {
    start('<h1 data-name="Ada Quist">Ada Quist</h1><p id="few">Ada Quist</p>');
    const p = document.getElementById('few')!;
    for (let i = 0; i < 5; i++) {
      p.textContent = `Ada Quist (${i})`;
      await flush();
      expect(p.textContent).toBe(`Candidate TEST (${i})`);
    }
    expect(p.hasAttribute(HELD_ATTR)).toBe(false);
  });
});
