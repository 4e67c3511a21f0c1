import { describe, expect, it } from 'vitest';
import type { Span } from '../../detect/types';
import type { MaskEngine } from '../engine-types';
import { addNamesToCache, detectSpans, seenNameSpans, spacedVariant, splitByText } from '../text-mask';

const span = (start: number, end: number, label: Span['label'] = 'NAME'): Span => ({
  start,
  end,
  label,
  score: 1,
  recognizer: 'test',
});

describe('splitByText', () => {
  it('gives each text its spans in its own offsets, clipped at the separators', () => {
    // Joined: "ab cd\nefgh\n\nij" → texts at 0, 6, 11 (empty), 12.
    const texts = ['ab cd', 'efgh', '', 'ij'];
    const spans = [span(0, 2), span(3, 8), span(9, 14, 'EMAIL')];
    expect(splitByText(spans, texts).map((list) => list.map((s) => [s.start, s.end, s.label]))).toEqual([
      [
        [0, 2, 'NAME'],
        [3, 5, 'NAME'],
      ],
      [
        [0, 2, 'NAME'],
        [3, 4, 'EMAIL'],
      ],
      [],
      [[0, 2, 'EMAIL']],
    ]);
    expect(splitByText([], texts)).toEqual([[], [], [], []]);
  });
});

describe('spacedVariant', () => {
  it('puts a space where two elements join letters and a line break where a <br> stands', () => {
    expect(spacedVariant(['Ilse', 'Marwood'])).toEqual({ text: 'Ilse Marwood', inserts: [4] });
    expect(spacedVariant(['Gender', 'Woman'], [false, true])).toEqual({
      text: 'Gender\nWoman',
      inserts: [6],
    });
    // A break before an empty node stands before the next text; none where a line break already is.
    expect(spacedVariant(['Gender', '', 'Woman'], [false, true, false])?.text).toBe('Gender\nWoman');
    expect(spacedVariant(['Gender\n', 'Woman'], [false, true])).toBeUndefined();
    expect(spacedVariant(['Gender: ', 'Woman'])).toBeUndefined();
  });
});

/** An engine that marks every occurrence of the given words in the joined text. */
function wordEngine(words: string[]): MaskEngine & { calls: string[] } {
  const find = (text: string, list: readonly string[]) => {
    const out: Span[] = [];
    for (const w of list)
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push(span(at, at + w.length));
    return out;
  };
  const calls: string[] = [];
  return {
    calls,
    detect: (text, known) => {
      calls.push(text);
      return find(text, [...words, ...known]);
    },
    detectNames: (text, names) => find(text, names),
    replace: (_text, spans) => spans.map(() => 'X'),
  };
}

describe('detectSpans', () => {
  it('finds spans per text with one engine call, and reuses the cache for texts seen before', () => {
    const engine = wordEngine(['Ilse', 'Go']);
    const cache = new Map<string, Span[]>();
    const texts = ['Row 1: Ilse Marwood', 'Go service', 'Row 1: Ilse Marwood', ''];
    const found = detectSpans(texts, engine, { knownNames: ['Marwood'], cache });
    expect(engine.calls).toEqual(['Row 1: Ilse Marwood\nGo service']);
    expect(found.map((list) => list.map((s) => texts[found.indexOf(list)]!.slice(s.start, s.end)))).toEqual([
      ['Ilse', 'Marwood'],
      ['Go'],
      ['Ilse', 'Marwood'],
      [],
    ]);
    const again = detectSpans(['Go service', 'Ilse again'], engine, { knownNames: ['Marwood'], cache });
    expect(engine.calls[1]).toBe('Ilse again');
    expect(again[0]).toEqual(found[1]);
  });

  it('joins a short structure word again at each place it stands, so each card keeps its lines', () => {
    const engine = wordEngine([]);
    const cache = new Map<string, Span[]>();
    const texts = ['Grace Hill', 'Data Scientist', 'Connect', 'Faith Bishop', 'Head of Talent', 'Connect'];
    detectSpans(texts, engine, { knownNames: [], cache });
    expect(engine.calls[0]).toBe(texts.join('\n'));
    // A later batch (a card appended as the page scrolls) gets the cached word at its place too.
    detectSpans(['River Stone', 'Staff Engineer', 'Connect'], engine, { knownNames: [], cache });
    expect(engine.calls[1]).toBe('River Stone\nStaff Engineer\nConnect');
    // Longer repeats are still analysed once.
    detectSpans(['Go service', 'Go service', 'Data Scientist'], engine, { knownNames: [], cache });
    expect(engine.calls[2]).toBe('Go service');
  });

  it('adds the spans of new names to cached texts without analysing them again', () => {
    const engine = wordEngine([]);
    const cache = new Map<string, Span[]>();
    detectSpans(['Bo Lind met Ana', 'Ana Costa'], engine, { knownNames: ['Bo'], cache });
    expect(addNamesToCache(cache, engine, ['Ana'])).toBe(true);
    expect(engine.calls).toHaveLength(1);
    expect(cache.get('Bo Lind met Ana')!.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [12, 15],
    ]);
    expect(cache.get('Ana Costa')!.map((s) => [s.start, s.end])).toEqual([[0, 3]]);
  });
});

describe('seenNameSpans', () => {
  const seen = new Set(['Teodor Ashgrove', 'Ana Ruiz', 'Ana Ruiz-Vela']);
  it.each([
    ['Teodor Ashgrove', [[0, 15]]],
    ['Open Ana Ruiz’s card', [[5, 15]]],
    [
      'Ana  Ruiz\nand Ana Ruiz-Vela',
      [
        [0, 9],
        [14, 27],
      ],
    ],
    // Whole words only, as written.
    ['Teodor Ashgroves', []],
    ['ana ruiz', []],
    ['XAna Ruiz', []],
    ['Kubernetes and Go', []],
  ])('%j', (text, expected) => {
    const found = seenNameSpans(text, seen);
    expect(found.map((s) => [s.start, s.end])).toEqual(expected);
    for (const s of found) expect(s).toMatchObject({ label: 'NAME', recognizer: 'page-names' });
  });
  it('reads a set that grew since the last call, and finds nothing with no names', () => {
    const grows = new Set(['Ilse Marwood']);
    expect(seenNameSpans('Bo Lindqvist', grows)).toEqual([]);
    grows.add('Bo Lindqvist');
    expect(seenNameSpans('Bo Lindqvist', grows)).toHaveLength(1);
    expect(seenNameSpans('Bo Lindqvist', new Set())).toEqual([]);
  });
  it('keeps each set to its own names when two maskers (a page and a frame) take turns', () => {
    const page = new Set(['Ilse Marwood']);
    const frame = new Set(['Bo Lindqvist']);
    for (let turn = 0; turn < 2; turn++) {
      expect(seenNameSpans('Ilse Marwood and Bo Lindqvist', page).map((s) => s.start)).toEqual([0]);
      expect(seenNameSpans('Ilse Marwood and Bo Lindqvist', frame).map((s) => s.start)).toEqual([17]);
    }
  });
});
