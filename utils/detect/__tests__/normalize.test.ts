import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';

describe('normalize', () => {
  it.each([
    ['plain ASCII is untouched', 'Jane Doe', 'Jane Doe'],
    ['zero-width space removed', 'Ja\u200Bne', 'Jane'],
    ['soft hyphen and BOM removed', 'Ja\u00ADn\uFEFFe', 'Jane'],
    ['Cyrillic look-alike folded inside a Latin word', 'j\u0430ne', 'jane'],
    ['full-width letters folded', '\uFF4A\uFF41ne', 'jane'],
    ['genuine Cyrillic word kept', 'Иван', 'Иван'],
    ['curly apostrophe folded', 'O\u2019Neil', "O'Neil"],
  ])('%s', (_what, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps spans back to the original offsets', () => {
    const input = 'x J\u200Ba\u200Dne y';
    const n = normalize(input);
    const start = n.text.indexOf('Jane');
    const [a, b] = n.toOriginal(start, start + 4);
    expect(input.slice(a, b)).toBe('J\u200Ba\u200Dne');
  });

  it('keeps lone surrogates and astral characters one-to-one', () => {
    const input = '\uD800a\u00A0😀\uDC00';
    const n = normalize(input);
    expect(n.text).toBe('\uD800a 😀\uDC00');
    expect(n.toOriginal(0, n.text.length)).toEqual([0, input.length]);
  });
});
