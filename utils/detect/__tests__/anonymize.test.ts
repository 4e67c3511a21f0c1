import { describe, expect, it } from 'vitest';
import { anonymize, normaliseSpans } from '../anonymize';
import type { EntityType, Span } from '../types';
import { Vault } from '../vault';

/** Spans for the given substrings (first occurrence after the previous one). */
function spansFor(text: string, parts: [string, EntityType][]): Span[] {
  let from = 0;
  return parts.map(([s, label]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`missing ${s}`);
    from = start + s.length;
    return { start, end: start + s.length, label, score: 0.9, recognizer: label.toLowerCase() };
  });
}

describe('anonymize', () => {
  const text =
    'Dear Ms. Priya Raghavan, she is a strong engineer (class of 2012, age 34) from Pune. ' +
    'Mail priya@example.org or call +91 98765 43210. Priya will join; Priya’s manager knows her work.';
  const spans = spansFor(text, [
    ['Ms.', 'TITLE'],
    ['Priya Raghavan', 'NAME'],
    ['she', 'PRONOUN'],
    ['2012', 'GRAD_YEAR'],
    ['age 34', 'AGE'],
    ['Pune', 'LOCATION'],
    ['priya@example.org', 'EMAIL'],
    ['+91 98765 43210', 'PHONE'],
    ['Priya', 'NAME'],
    ['Priya', 'NAME'],
    ['her', 'PRONOUN'],
  ]);

  it('masks with aliases, placeholders, generalisation and neutral pronouns', () => {
    const vault = new Vault({ aliasKey: 'k' });
    const { text: out, items } = anonymize(text, spans, { vault });
    const alias = vault.put('NAME', 'Priya Raghavan');
    expect(out).toBe(
      `Dear ${alias}, they are a strong engineer (class of [YEAR], [AGE]) from [LOCATION]. ` +
        `Mail [EMAIL_1] or call [PHONE_1]. ${alias} will join; ${alias}’s manager knows their work.`,
    );
    for (const item of items) expect(out.slice(item.start, item.end)).toBe(item.placeholder);
    expect(items.map((i) => i.label)).toEqual(spans.map((s) => s.label));
    expect(out).not.toMatch(/Priya|Raghavan|2012|Pune|98765|example\.org|\bshe\b|Ms\./);
  });

  it('round-trips reversible parts through the vault', () => {
    const vault = new Vault({ aliasKey: 'k' });
    const { text: out } = anonymize(text, spans, { vault });
    const restored = vault.restore(out);
    expect(restored).toContain('priya@example.org');
    expect(restored).toContain('+91 98765 43210');
    expect(restored).toContain('Dear Priya Raghavan,');
  });

  it('uses typed placeholders for people in placeholder mode and [REDACTED] in redact mode', () => {
    const p = anonymize(text, spans, { vault: new Vault(), mode: 'placeholder' });
    expect(p.text).toContain('Dear [NAME_1], they are');
    expect(p.text).toContain('[NAME_1] will join');
    const r = anonymize(text, spans, { vault: new Vault(), mode: 'redact' });
    expect(r.text).toContain('Dear [REDACTED], they are');
    expect(r.text).toContain('Mail [REDACTED]');
  });

  it("maps a known name's variants to one alias", () => {
    const t = 'RAGHAVAN wrote this. Raghavan’s code. P. Raghavan';
    const s = spansFor(t, [
      ['RAGHAVAN', 'NAME'],
      ['Raghavan', 'NAME'],
      ['P. Raghavan', 'NAME'],
    ]);
    const vault = new Vault({ aliasKey: 'k' });
    const out = anonymize(t, s, { vault, knownNames: ['Priya Raghavan'] }).text;
    const alias = vault.put('NAME', 'Priya Raghavan');
    expect(out).toBe(`${alias} wrote this. ${alias}’s code. ${alias}`);
  });

  it('returns the text unchanged without spans, and handles empty text', () => {
    expect(anonymize('', [], { vault: new Vault() }).text).toBe('');
    expect(anonymize('plain', [], { vault: new Vault() })).toEqual({ text: 'plain', items: [] });
  });

  it('ignores invalid spans and never splits a surrogate pair', () => {
    const t = 'x 𝒜𝒷 y';
    const bad: Span[] = [
      { start: Number.NaN, end: 3, label: 'NAME', score: 1, recognizer: 'r' },
      { start: 5, end: 2, label: 'NAME', score: 1, recognizer: 'r' },
      { start: -10, end: 1, label: 'ID', score: 1, recognizer: 'r' },
      { start: 3, end: 5, label: 'NAME', score: 1, recognizer: 'r' },
    ];
    const out = anonymize(t, bad, { vault: new Vault(), mode: 'placeholder' }).text;
    expect(out).toBe('[ID_1] [NAME_1] y');
    expect(out.isWellFormed()).toBe(true);
  });
});

describe('normaliseSpans', () => {
  it("merges overlaps into one span carrying the longer span's label", () => {
    const merged = normaliseSpans('jane.doe@example.org', [
      { start: 0, end: 8, label: 'NAME', score: 0.99, recognizer: 'n' },
      { start: 0, end: 20, label: 'EMAIL', score: 0.9, recognizer: 'e' },
      { start: 15, end: 22, label: 'URL', score: 0.5, recognizer: 'u' },
    ]);
    expect(merged).toEqual([{ start: 0, end: 20, label: 'EMAIL', score: 0.9, recognizer: 'e' }]);
  });
});
