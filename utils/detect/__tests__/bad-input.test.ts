/**
 * Bad input for the whole pipeline (analyze → anonymize → vault): empty, huge, binary, broken
 * UTF-16, invisible characters and look-alike letters. Nothing may crash or hang, time must stay
 * linear, and the tricks must still be caught.
 */
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../tests/seeded';
import { analyze } from '../analyze';
import { anonymize } from '../anonymize';
import { normalize } from '../normalize';
import { createStreamRestorer, Vault } from '../vault';

function pipeline(text: string) {
  const spans = analyze(text);
  const vault = new Vault({ aliasKey: 'bad-input' });
  const result = anonymize(text, spans, { vault });
  for (const item of result.items) expect(result.text.slice(item.start, item.end)).toBe(item.placeholder);
  return { spans, vault, ...result };
}

/** Best wall time of `fn` over three runs, in ms (the minimum is the least noisy on shared machines). */
/**
 * The ratio of the big input's time to the small one's (the small one counted as at least 20 ms): the best
 * of up to three tries, since a busy machine may slow one timing; a quadratic cost gives about 16 on every try.
 */
function ratioOf(small: () => unknown, big: () => unknown): number {
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++)
    ratio = Math.min(ratio, timeOf(big) / Math.max(timeOf(small), 20));
  return ratio;
}

function timeOf(fn: () => unknown): number {
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  });
  return Math.min(...times);
}

describe('bad input through analyze + anonymize', () => {
  it('handles empty and whitespace-only text', () => {
    expect(pipeline('').text).toBe('');
    expect(pipeline('   \n\t ').text).toBe('   \n\t ');
  });

  it('masks 5 MB of resume text in one piece', { timeout: 120_000 }, () => {
    const block =
      'Senior Data Engineer with 8 years of Python, Spark and SQL Server 2008. Contact: dev.lead@example.org, ' +
      '+1 415 555 0100. Led a team of 6 at a fintech firm; built ETL pipelines and dashboards.   ';
    const text = block.repeat(Math.ceil(5_000_000 / block.length));
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const { text: out, items } = pipeline(text);
    expect(out).not.toContain('dev.lead@example.org');
    expect(out).toContain('[EMAIL_1]');
    expect(items.length).toBeGreaterThan(20_000);
    expect(out).toContain('Python, Spark and SQL Server 2008');
  });

  it('survives binary garbage', () => {
    const next = seeded(1);
    for (let round = 0; round < 8; round++) {
      const bytes = Uint8Array.from({ length: 20_000 }, () => Math.floor(next() * 256));
      const asLatin1 = Buffer.from(bytes).toString('latin1');
      const asUtf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      const units = String.fromCharCode(...Array.from({ length: 5000 }, () => Math.floor(next() * 0x10000)));
      for (const text of [asLatin1, asUtf8, units]) {
        const { text: out } = pipeline(text);
        expect(typeof out).toBe('string');
      }
    }
  });

  it('never splits a surrogate pair and keeps lone surrogates from crashing anything', () => {
    const text = '\uD800 mail 😀jane.doe@example.com\uDC00 or \uDBFF\uDFFF +1 415 555 0100 \uD83D';
    const { text: out } = pipeline(text);
    expect(out).not.toContain('jane.doe@example.com');
    expect(out).toContain('😀');
    expect(out).toContain('\uDBFF\uDFFF');
    // The only ill-formed units are the ones that were already alone in the input.
    const lone = (s: string) =>
      s.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g) ?? [];
    expect(lone(out)).toEqual(lone(text));
  });

  it.each([
    ['zero-width space', 'ja\u200Bne.doe@exam\u200Dple.com'],
    ['soft hyphen and BOM', 'jane\u00AD.doe@ex\uFEFFample.com'],
    ['Cyrillic look-alikes', 'j\u0430ne.d\u043Ee@ex\u0430mple.com'],
    ['full-width letters', '\uFF4Aane.doe@example.com'],
  ])('still catches an e-mail with %s', (_what, email) => {
    const text = `Reach me at ${email} today.`;
    const { text: out } = pipeline(text);
    expect(out).toBe('Reach me at [EMAIL_1] today.');
  });
});

describe('zero-width and look-alike tricks inside names', () => {
  const cases: Array<[string, string]> = [
    ['zero-width space in a labelled name', 'Name: Pr\u200Biya Raghavan\nSkills: SQL'],
    ['zero-width joiner in a signature', 'Thanks,\nPri\u200Dya Raghavan'],
    ['Cyrillic a in a surname after a title', 'Dear Ms. R\u0430ghavan, thank you'],
    ['Ukrainian i in a known name', 'Pr\u0456ya Raghavan led the migration.'],
    ['soft hyphen in a known name in capitals', 'PRIYA RAGHA\u00ADVAN, Data Engineer'],
  ];

  it.each(cases)('%s: one alias, nothing of the name left', (_what, text) => {
    const vault = new Vault({ aliasKey: 'tricks' });
    const knownNames = ['Priya Raghavan'];
    const { text: out } = anonymize(text, analyze(text, { knownNames }), { vault, knownNames });
    const alias = vault.put('NAME', 'Priya Raghavan');
    expect(out).toContain(alias);
    const visible = normalize(out).text.toLowerCase();
    expect(visible).not.toMatch(/priya|raghavan|ragha|pr iya/);
    expect(vault.placeholders().filter((p) => p.startsWith('Candidate'))).toEqual([alias]);
  });
});

describe('linear time on adversarial input', () => {
  const attacks: Array<[string, string]> = [
    ['dots and at-signs', 'a.a@a.a@'],
    ['long word', 'x'],
    ['digits and spaces', '1 2-3 '],
    ['brackets', '[EMAIL_'],
    ['capitalised words', 'Aa Bb Cc '],
    ['url-like', 'http://a.b/'],
    ['obfuscated e-mail words', 'a dot b at '],
    ['refused spelled-out addresses', 'me at a.b.c [dot] '],
    ['user names', 'aoife.brennan_'],
    ['path segments', 'a/b/'],
    ['initials', 'A. B. '],
    ['place lists', 'Pune, '],
    ['tool lists', 'Jira, Hudson, '],
    ['state codes', 'NY, '],
    ['bracketed countries', 'Wien (Austria) '],
    ['long list items', `${'x'.repeat(45)}, `],
    ['handles', '@a '],
    ['hyphenated names', 'Jean-Luc-'],
    ['firm lists', 'Hale, Okafor and Brandt, '],
    ['pairs before a verb', 'Park and Mann were '],
    ['job lines without dates', 'Engineer, Acme Labs, Nydalen  '],
    ['spaced fields', 'a  '],
  ];

  it.each(attacks)('%s: 4× the input takes well under 16× the time', (_name, unit) => {
    const small = unit.repeat(Math.ceil(50_000 / unit.length));
    const big = unit.repeat(Math.ceil(200_000 / unit.length));
    const run = (t: string) => () => {
      const { text: out } = anonymize(t, analyze(t), { vault: new Vault({ aliasKey: 'k' }) });
      new Vault({ aliasKey: 'k' }).restore(out);
    };
    run(small)(); // warm-up
    expect(ratioOf(run(small), run(big))).toBeLessThan(10);
  });

  it('the stream restorer stays linear on placeholder-like floods', () => {
    const vault = new Vault({ aliasKey: 'k' });
    vault.put('EMAIL', 'a@b.co');
    const flood = (n: number) => '[EMAIL_1 Candidate Candidate EMAIL_ {EMAIL '.repeat(n);
    const run = (text: string) => () => {
      const r = createStreamRestorer(vault);
      for (let i = 0; i < text.length; i += 7) r.push(text.slice(i, i + 7));
      r.flush();
    };
    run(flood(500))();
    expect(ratioOf(run(flood(1000)), run(flood(4000)))).toBeLessThan(10);
  });
});
