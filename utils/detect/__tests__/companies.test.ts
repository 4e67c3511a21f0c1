import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { companyAround, isKnownCompany, mayBeCompanyWord } from '../companies';

describe('mayBeCompanyWord', () => {
  it('accepts the words of listed employers in any case, possessive included', () => {
    expect(mayBeCompanyWord('Morgan')).toBe(true);
    expect(mayBeCompanyWord('STANLEY')).toBe(true);
    expect(mayBeCompanyWord("Lowe's")).toBe(true);
    expect(mayBeCompanyWord('Rowe')).toBe(true);
  });

  it('rejects words that are in no listed name', () => {
    expect(mayBeCompanyWord('Felsgate')).toBe(false);
    expect(mayBeCompanyWord('Varrenkamp')).toBe(false);
    expect(mayBeCompanyWord('')).toBe(false);
  });

  it('accepts anything holding a space or "&" (normalisation may change it)', () => {
    expect(mayBeCompanyWord('&')).toBe(true);
    expect(mayBeCompanyWord('x y')).toBe(true);
  });
});

describe('companyAround', () => {
  it('finds a listed employer around the words, and none when a word is unlisted', () => {
    const words = ['at', 'T', 'Rowe', 'Price', 'since'];
    expect(companyAround(words, 2, 3)).toBe(true);
    expect(companyAround(['Morgan', 'Stanley'], 0, 0)).toBe(true);
    expect(companyAround(['Rania', 'Morgan', 'Felsgate'], 0, 2)).toBe(false);
    expect(isKnownCompany('Morgan Stanley')).toBe(true);
    // European and Asian employers that read as people or places.
    expect(isKnownCompany('Société Générale')).toBe(true);
    expect(isKnownCompany('Novo Nordisk')).toBe(true);
    expect(isKnownCompany('Ericsson')).toBe(true);
    expect(isKnownCompany('Jardine Matheson')).toBe(true);
    // Employers named after their founders.
    expect(isKnownCompany('John Deere')).toBe(true);
    expect(isKnownCompany('Ted Baker')).toBe(true);
    expect(analyze('EXPERIENCE\nJohn Deere, Engineer (2016–2020)')).toEqual([]);
    // British builders and engineers, a retailer, property firms, a CRO.
    for (const firm of [
      'Taylor Wimpey',
      'Balfour Beatty',
      'Mott MacDonald',
      'Harvey Nichols',
      'Charles River',
    ])
      expect(analyze(`Analyst, ${firm}, 2015 - 2018`).filter((s) => s.label === 'NAME')).toEqual([]);
    // (A cue still makes the words a person's name.)
    expect(analyze('Name: Harvey Nichols').map((s) => s.label)).toEqual(['NAME']);
  });

  it("keeps Latin America's largest online retailer, whose first word is a surname", () => {
    const text =
      'EXPERIENCIA\nDesarrollador Backend, Mercado Libre\n2019 - 2022\nTrabajé tres años en Mercado Libre, Buenos Aires.';
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(masked.some((m) => m.includes('Mercado'))).toBe(false);
    const person = 'Referencia: Lucía Mercado, Gerente';
    expect(analyze(person).map((s) => person.slice(s.start, s.end))).toContain('Lucía Mercado');
  });

  it('keeps Gulf family conglomerates named after their founders, and still masks a person of those names', () => {
    const text = 'Project Manager, Abdul Latif Jameel, Jeddah\nBuyer, Majid Al Futtaim, Dubai';
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(masked).toEqual(['Jeddah', 'Dubai']);
    const person = 'Abdul Latif Hassan\nData Analyst';
    expect(analyze(person).map((s) => person.slice(s.start, s.end))).toEqual(['Abdul Latif Hassan']);
  });

  it('agrees with trying every phrase when no word is filtered out', () => {
    const pool = [
      'Morgan',
      'Stanley',
      'Wells',
      'Fargo',
      'Rania',
      '&',
      'Young',
      'Ernst',
      "Lowe's",
      'T',
      'Price',
    ];
    const slow = (w: string[], from: number, to: number) => {
      for (let a = Math.max(0, from - 2); a <= from; a++)
        for (let b = to; b < Math.min(w.length, to + 3) && b - a < 5; b++)
          if (isKnownCompany(w.slice(a, b + 1).join(' '))) return true;
      return false;
    };
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const w = Array.from({ length: 1 + rnd(6) }, () => pool[rnd(pool.length)]!);
      const from = rnd(w.length);
      const to = from + rnd(w.length - from);
      expect(companyAround(w, from, to)).toBe(slow(w, from, to));
    }
  });
});

describe('employers that read as a place or a person', () => {
  it.each([
    ['Sales Associate, Toyota, 2012', 'Toyota'],
    ['Engineer, Washington Post, 2018', 'Washington Post'],
    ['Fellow, Code for America, 2019', 'Code for America'],
    ['Intern, Chicago Tribune, 2014', 'Chicago Tribune'],
    ['Vendedora, El Corte Inglés, Madrid, 2015', 'El Corte Inglés'],
    ['Park Hyatt Seoul, Concierge, 2015', 'Park Hyatt'],
    ['Sales Associate, Leroy Merlin, Lisboa', 'Leroy Merlin'],
    ['Analista – Itaú Unibanco, São Paulo (2018 – atual)', 'Itaú Unibanco'],
    ['Vendedor – Magazine Luiza, Franca (2015 – 2017)', 'Magazine Luiza'],
    ['Analista – Pão de Açúcar, São Paulo (2006 – 2008)', 'Pão de Açúcar'],
    ['Promotor – Casas Bahia, Santos (2004 – 2006)', 'Casas Bahia'],
    ['Senior Economist, Dallas Fed, 2016-2019', 'Dallas Fed'],
    ['Research Assistant, New York Fed', 'New York Fed'],
    // Banks, audit firms and consultancies named after their founders.
    ['Equity Research Associate, Jefferies, 2019 – 2021', 'Jefferies'],
    ['Associate, Cantor Fitzgerald; Analyst, Lazard', 'Cantor Fitzgerald'],
    ['Audit Senior, Baker Tilly, 2016 – 2019', 'Baker Tilly'],
    ['Consultant, Dar Al-Handasah, Dubai', 'Dar Al-Handasah'],
    ['Java Developer, Asseco Poland, Rzeszów', 'Asseco Poland'],
  ])('keeps %s', (text, employer) => {
    const at = text.indexOf(employer);
    expect(analyze(text).filter((s) => s.start < at + employer.length && s.end > at)).toEqual([]);
  });
});

describe('a town before "Fed" that is no employer', () => {
  it.each([['Moved to Dallas. Fed up with commuting', 'Dallas']])('masks the town in %s', (text, town) => {
    expect(analyze(text).map((s) => text.slice(s.start, s.end))).toContain(town);
  });
});
