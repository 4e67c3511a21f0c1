import { describe, expect, it } from 'vitest';
import { packTexts, unpackSpans } from '../model';

describe('model pass packing', () => {
  it('packs long texts and maps spans back to each text', () => {
    const texts = [
      'short',
      'She returned from maternity leave in 2021 and led the team.',
      'Another long text about Go services.',
    ];
    const { doc, starts } = packTexts(texts);
    expect(starts.has(0)).toBe(false);
    const at = doc.indexOf('returned from maternity leave');
    const spans = unpackSpans(texts, starts, [
      {
        start: at,
        end: at + 'returned from maternity leave'.length,
        label: 'PROXY',
        score: 0.8,
        recognizer: 'llm',
      },
    ]);
    expect(spans[0]).toEqual([]);
    expect(spans[2]).toEqual([]);
    expect(texts[1]!.slice(spans[1]![0]!.start, spans[1]![0]!.end)).toBe('returned from maternity leave');
  });
});
