// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapters, genericAdapter } from '../index';
import { fixturesOf, loadFixture } from './load-fixture';

/**
 * `elementHooks` lets the masker skip readIdentity on an added element where none of them can
 * match, so it must list every selector the readers go by: on every fixture page, an element whose
 * readIdentity finds anything holds one of its adapter's hooks.
 */
describe('adapter element hooks', () => {
  it('every element that states an identity holds one of its adapter hooks, on every fixture', () => {
    const stating: Record<string, number> = {};
    for (const adapter of [...adapters, genericAdapter]) {
      const hooks = (adapter.elementHooks ?? []).join(', ');
      expect(hooks, `${adapter.id} lists its element hooks`).not.toBe('');
      for (const { file } of fixturesOf(adapter.id)) {
        const doc = loadFixture(file);
        for (const el of doc.querySelectorAll('*')) {
          const found = adapter.readIdentity(el);
          if (found.names.length === 0 && found.profileUrls.length === 0) continue;
          stating[adapter.id] = (stating[adapter.id] ?? 0) + 1;
          expect(el.matches(hooks) || el.querySelector(hooks) !== null, `${file}: <${el.localName}>`).toBe(
            true,
          );
        }
      }
    }
    // The check has something to check on nearly every adapter's pages.
    expect(Object.keys(stating).length).toBeGreaterThanOrEqual(6);
  });
});
