import { describe, expect, it } from 'vitest';
import { lexicon, loadLexicons, setLexiconData } from '../../detect/lexicon';
import { bundledLexicons } from '../../detect/lexicon-data';

describe('word lists for the content script', () => {
  it('does not load anything where the lists are bundled (Node, tests, extension pages)', async () => {
    let calls = 0;
    await loadLexicons(async () => {
      calls++;
      return {};
    });
    expect(calls).toBe(0);
    expect(lexicon('countries').size).toBeGreaterThan(100);
  });

  it('refuses lists of another shape, and takes lists of the right one', () => {
    expect(() => setLexiconData(null)).toThrow('malformed');
    expect(() => setLexiconData({ ...bundledLexicons, cities: 42 })).toThrow('malformed');
    const { countries: _left, ...missing } = bundledLexicons!;
    expect(() => setLexiconData(missing)).toThrow('malformed');
    setLexiconData(JSON.parse(JSON.stringify(bundledLexicons)));
    expect(lexicon('countries').has('france')).toBe(true);
  });
});
