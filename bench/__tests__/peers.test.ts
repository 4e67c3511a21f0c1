import { describe, expect, it } from 'vitest';
import { detectors } from '../peers/index';

const text = 'Contact Maria Lopez at maria.lopez@example.com or (415) 555-0100, Boston.';

describe('peer adapters', () => {
  it.each(detectors.map((d) => [d.id, d] as const))(
    '%s loads and returns valid spans',
    async (_id, detector) => {
      const detect = await detector.load();
      const spans = detect(text);
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.end).toBeGreaterThan(s.start);
      }
      const email = text.indexOf('maria.lopez@');
      expect(spans.some((s) => s.start <= email && s.end >= email + 'maria.lopez@example.com'.length)).toBe(
        true,
      );
    },
  );
});
