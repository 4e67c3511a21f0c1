import { describe, expect, it } from 'vitest';
import { seeded } from '../../../tests/seeded';
import { canonicalPlaceholder, createStreamRestorer, MAX_HOLD_BACK, Vault } from '../vault';

const aliasOf = (v: Vault, name: string) => v.put('NAME', name);

describe('Vault', () => {
  it('mints numbered typed placeholders, the same for the same original', () => {
    const v = new Vault({ aliasKey: 'k' });
    expect(v.put('EMAIL', 'a@x.io')).toBe('[EMAIL_1]');
    expect(v.put('EMAIL', 'b@x.io')).toBe('[EMAIL_2]');
    expect(v.put('EMAIL', ' A@X.io ')).toBe('[EMAIL_1]');
    expect(v.put('EMAIL', 'a\u200B@x.\u0456o')).toBe('[EMAIL_1]');
    expect(v.put('PHONE', '+1 (555) 010-9999')).toBe('[PHONE_1]');
    expect(v.put('PHONE', '+1 555 010 9999')).toBe('[PHONE_1]');
    expect(v.size).toBe(3);
  });

  it('gives one alias to every variant of a known person', () => {
    const v = new Vault({ aliasKey: 'k' });
    const alias = v.addKnownName('Priya Raghavan');
    expect(alias).toMatch(/^Candidate [A-Z0-9]{4}$/);
    for (const variant of [
      'Priya',
      'Raghavan',
      'PRIYA RAGHAVAN',
      "Priya's",
      'P. Raghavan',
      'Priya\nRaghavan',
    ]) {
      expect(aliasOf(v, variant)).toBe(alias);
    }
    expect(aliasOf(v, 'Arjun Mehta')).not.toBe(alias);
    expect(aliasOf(v, 'P.')).not.toBe(alias); // a lone initial is not enough
  });

  it("gives a person's initials of three letters or more the person's alias", () => {
    const v = new Vault({ aliasKey: 'k' });
    const alias = v.addKnownName('Ines Valderrama-Kohl');
    const other = v.addKnownName('Jamal D. Washington-Reyes');
    for (const form of ['IVK', "IVK's", 'I.V.K.', 'I. V. K.']) expect(aliasOf(v, form)).toBe(alias);
    for (const form of ['JDWR', 'JDW', 'J.D.W.']) expect(aliasOf(v, form)).toBe(other);
    // Initials of nobody known, and two letters, are somebody else.
    expect(aliasOf(v, 'QXZ')).not.toBe(alias);
    expect(aliasOf(v, 'IV')).not.toBe(alias);
  });

  it('gives the same alias to the name glued as in file names and handles', () => {
    const v = new Vault({ aliasKey: 'k' });
    const alias = v.addKnownName('Priya Raghavan');
    for (const glued of [
      'PriyaRaghavan',
      'RaghavanP',
      'PRaghavan',
      'priyaraghavan',
      'raghavanpriya',
      'Priya_Raghavan',
    ])
      expect(aliasOf(v, glued)).toBe(alias);
    // Other people and other words stay other people.
    expect(aliasOf(v, 'McDonald')).not.toBe(alias);
    expect(aliasOf(v, 'priyaraghav')).not.toBe(alias);
  });

  it("gives the same alias to the first name's short or full form (data/nicknames.ts)", () => {
    const v = new Vault({ aliasKey: 'k' });
    const pippa = v.addKnownName('Philippa Ardoyne');
    const bob = v.addKnownName('Robert Kowalczyk');
    for (const form of ['Pippa', 'Pippa Ardoyne', 'Pip']) expect(aliasOf(v, form)).toBe(pippa);
    for (const form of ['Bob', 'Rob Kowalczyk']) expect(aliasOf(v, form)).toBe(bob);
    // Another surname is another person.
    expect(aliasOf(v, 'Bob Smith')).not.toBe(bob);
    expect(aliasOf(v, 'Penny')).not.toBe(pippa);
  });

  it("gives a linked form of a known name (a nickname, a former surname) that person's alias", () => {
    const v = new Vault({ aliasKey: 'k' });
    const ilse = v.addKnownName('Ilse Marwood');
    // Unlinked, a bracketed nickname is no form the vault can tell: another person.
    expect(aliasOf(v, 'Izzy Marwood')).not.toBe(ilse);
    const w = new Vault({ aliasKey: 'k' });
    expect(w.linkKnownName('Izzy Marwood', 'Ilse Marwood')).toBe(ilse);
    expect(w.linkKnownName('Ilse Quenby', 'Ilse Marwood')).toBe(ilse);
    // Linking twice indexes once and changes nothing.
    expect(w.linkKnownName('Izzy Marwood', 'Ilse Marwood')).toBe(ilse);
    for (const form of ['Izzy', 'Izzy Marwood', 'IZZY MARWOOD', 'Quenby', 'Ilse Quenby', 'Ilse Marwood'])
      expect(aliasOf(w, form)).toBe(ilse);
    expect(w.lookup(ilse)).toBe('Ilse Marwood');
    expect(aliasOf(w, 'Izzy Pennock')).not.toBe(ilse);
  });

  it('upgrades a person first seen by a part of the name', () => {
    const v = new Vault({ aliasKey: 'k' });
    const a = aliasOf(v, 'Meda');
    expect(aliasOf(v, 'Meda Cronin')).toBe(a);
    expect(v.lookup(a)).toBe('Meda Cronin');
  });

  it('restores placeholders and model variants of them', () => {
    const v = new Vault({ aliasKey: 'k' });
    const alias = aliasOf(v, 'Jane Doe');
    v.put('EMAIL', 'jane@x.io');
    const typedName = v.put('NAME', 'Jane Doe', { style: 'typed' });
    expect(typedName).toBe('[NAME_1]');
    const reply = `Dear ${alias.toLowerCase()}, [Email 1] {EMAIL_1} <EMAIL-1> EMAIL_1 [Name 1] NAME_1 [EMAIL 1].`;
    expect(v.restore(reply)).toBe(
      'Dear Jane Doe, jane@x.io jane@x.io jane@x.io jane@x.io Jane Doe Jane Doe jane@x.io.',
    );
  });

  it('leaves prose and unknown placeholders alone', () => {
    const v = new Vault({ aliasKey: 'k' });
    v.put('EMAIL', 'jane@x.io');
    const text = 'Name 1 of 3, email 1 time, [EMAIL_9], Candidate with skills, EMAIL1x';
    expect(v.restore(text)).toBe(text);
  });

  it('round-trips through entries() and continues numbering', () => {
    const v = new Vault({ aliasKey: 'k' });
    const alias = aliasOf(v, 'Jane Doe');
    v.put('PHONE', '555 0101');
    v.put('PHONE', '555 0102');
    const copy = Vault.fromEntries(JSON.parse(JSON.stringify(v.entries())), { aliasKey: 'k' });
    expect(copy.restore(`${alias} [PHONE_2]`)).toBe('Jane Doe 555 0102');
    expect(copy.put('PHONE', '555 0103')).toBe('[PHONE_3]');
    expect(copy.put('PHONE', '555 0101')).toBe('[PHONE_1]');
    expect(aliasOf(copy, 'Jane')).toBe(alias);
  });

  it('stays fast with thousands of different people (academic co-author lists)', () => {
    const v = new Vault({ aliasKey: 'k' });
    const t0 = performance.now();
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 3000; i++) v.put('NAME', `Author${i} Surname${i}`);
    }
    expect(v.size).toBe(3000);
    expect(v.put('NAME', 'Surname1234')).toBe(v.put('NAME', 'Author1234 Surname1234'));
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it.each([
    ['王小明', ['小明', '王先生', '王']],
    ['山田 太郎', ['山田', '太郎']],
    ['김민준', ['민준', '김']],
    ['Анна Кузнецова', ['Кузнецовой', 'Анну', 'Анной Кузнецовой']],
    ['Алексей Петров', ['Алексеем', 'Петрову']],
    ['יעל כהן', ['לכהן', 'ויעל']],
    ['أحمد الحسن', ['وأحمد']],
    ['สมชาย ใจดี', ['สมชาย']],
  ])('gives the alias of %s to its forms in its own script', (name, forms) => {
    const v = new Vault({ aliasKey: 'k' });
    const alias = v.addKnownName(name);
    for (const form of forms) expect(v.put('NAME', form), form).toBe(alias);
  });

  it('gives another person of the same script another alias', () => {
    const v = new Vault({ aliasKey: 'k' });
    for (const [a, b] of [
      ['王小明', '李华'],
      ['Анна Кузнецова', 'Ольга Смирнова'],
      ['יעל כהן', 'דנה לוי'],
    ])
      expect(v.put('NAME', b!)).not.toBe(v.addKnownName(a!));
  });

  it('resolves alias collisions between different people', () => {
    const v = new Vault({ aliasKey: 'k' });
    const aliases = new Set(Array.from({ length: 300 }, (_, i) => aliasOf(v, `Given${i} Family${i}`)));
    expect(aliases.size).toBe(300);
  });
});

describe('canonicalPlaceholder', () => {
  it.each([
    ['[EMAIL_1]', '[EMAIL_1]'],
    // An alias whose code ends in a digit is still an alias, not label "Candidate WQC" number 9.
    ['Candidate WQC9', 'Candidate WQC9'],
    ['candidate wqc9', 'Candidate WQC9'],
    ['[Email 1]', '[EMAIL_1]'],
    ['{EMAIL_1}', '[EMAIL_1]'],
    ['[E-MAIL 01]', '[EMAIL_1]'],
    ['[Grad Year 2]', '[GRAD_YEAR_2]'],
    ['PHONE_3', '[PHONE_3]'],
    ['[Phone Number 3]', '[PHONE_3]'],
    ['candidate k7qf', 'Candidate K7QF'],
    ['Name 1', undefined],
    ['[Banana 1]', undefined],
  ])('%s → %s', (input, expected) => {
    expect(canonicalPlaceholder(input)).toBe(expected);
  });
});

function splitRandomly(text: string, next: () => number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = 1 + Math.floor(next() * 12);
    chunks.push(text.slice(i, i + n));
    i += n;
  }
  return chunks;
}

describe('createStreamRestorer', () => {
  const vault = new Vault({ aliasKey: 'stream' });
  const alias = aliasOf(vault, 'Nadia Okafor');
  vault.put('EMAIL', 'nadia@example.org');
  vault.put('PHONE', '+44 20 7946 0000');
  vault.put('URL', 'linkedin.com/in/nadia');
  vault.put('PRONOUN', 'She');
  const reply =
    `Hello ${alias}, thanks! Reach ${alias.toUpperCase()} at [EMAIL_1] or [Phone Number 1]; profile {URL_1}. ` +
    `[PRONOUN_1] said [PRONOUN_1] would call (EMAIL_1, <Email-1>, ${alias.toLowerCase()}). ` +
    `Best, ${alias}'s recruiter. [EMAIL_1]`;
  const expected = vault.restore(reply);

  it('restores whatever the chunk boundaries (500 seeded splits)', () => {
    expect(expected).toContain(
      'She said she would call (nadia@example.org, nadia@example.org, Nadia Okafor)',
    );
    expect(expected).toContain('nadia@example.org');
    expect(expected).not.toContain('Candidate');
    const next = seeded(42);
    for (let round = 0; round < 500; round++) {
      const r = createStreamRestorer(vault);
      const out =
        splitRandomly(reply, next)
          .map((c) => r.push(c))
          .join('') + r.flush();
      expect(out).toBe(expected);
    }
  });

  it('holds back at most a bounded tail, and only what may be a placeholder', () => {
    const r = createStreamRestorer(vault);
    const long = 'word '.repeat(200);
    const out = r.push(long);
    expect(long.length - out.length).toBeLessThanOrEqual(MAX_HOLD_BACK);
    expect(out + r.flush()).toBe(long);
    const s = createStreamRestorer(vault);
    expect(s.push('Done. 42, ')).toBe('Done. 42, ');
    expect(s.push('call [Pho')).toBe('call ');
    expect(s.push('ne 1] now')).toBe('+44 20 7946 0000 ');
    expect(s.push('. Candid')).toBe('now. ');
    expect(s.push('ate')).toBe('');
    expect(s.push(` ${alias.slice(10)}!`)).toBe('Nadia Okafor!');
    expect(s.flush()).toBe('');
  });

  it('reports invented and dropped placeholders', () => {
    const r = createStreamRestorer(vault);
    r.push(`Hi ${alias}, mail [EMAIL_1] or [EMAIL_7], or Candidate ZZZZ, [Phone 9]; Candidate with skills.`);
    r.flush();
    const report = r.report();
    expect(report.restored[alias]).toBe(1);
    expect(report.invented.sort()).toEqual(['Candidate ZZZZ', '[EMAIL_7]', '[Phone 9]']);
    expect(report.dropped.sort()).toEqual(['[PHONE_1]', '[PRONOUN_1]', '[URL_1]']);
  });

  it('checks only the expected placeholders when told which were sent', () => {
    const r = createStreamRestorer(vault, { expected: ['[EMAIL_1]'] });
    r.push('Mail [Email 1]');
    r.flush();
    expect(r.report().dropped).toEqual([]);
  });

  it('keeps word boundaries across chunks', () => {
    const r = createStreamRestorer(vault);
    const text = `${'x'.repeat(60)}EMAIL_1 and XEMAIL_1`;
    const out = splitRandomly(text, seeded(7))
      .map((c) => r.push(c))
      .join('');
    expect(out + r.flush()).toBe(text);
  });
});
