import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { firmNames, firmNamesAround } from '../firms';
import { expectSameAroundTargets } from './fuzz';

const firms = (text: string) => firmNames(text).map(([a, b]) => text.slice(a, b));

describe('firmNames', () => {
  it.each([
    ['The Hale, Okafor and Brandt Orchestra was founded in 1980.', ['Hale, Okafor and Brandt']],
    ['Hale, Okafor & Brandt LLP, 2019-2022', ['Hale, Okafor & Brandt']],
    ['Hale, Okafor and Brandt is a design agency based in Leeds.', ['Hale, Okafor and Brandt']],
    ['She spent a year at Hale, Okafor and Brandt as an analyst.', ['Hale, Okafor and Brandt']],
    ["Mrs. Ito of Hale, Okafor and Brandt's audit team", ["Hale, Okafor and Brandt's"]],
    ['Rina Vale\nHale, Okafor and Brandt\n221 Quay Street\nLeeds', ['Hale, Okafor and Brandt']],
    ['hubbard, fox and gillespie\n3747 fourth avenue', ['hubbard, fox and gillespie']],
    ['Apprentice, Okafor and Sons, 2015', ['Okafor and Sons']],
    ['1st Year Analyst, Lehman Brothers', ['Lehman Brothers']],
    // Family firms in other languages, before a legal form, punctuation or the line's end.
    ['Keller & Sohn GmbH\nSoftwareentwickler', ['Keller & Sohn']],
    ['Werkstudent, Brandl & Söhne, Graz', ['Brandl & Söhne']],
    ['Müller & Partner mbB\nSteuerberater', ['Müller & Partner']],
    ['Stagiaire, Dupont & Fils', ['Dupont & Fils']],
    ['Analista, García e Hijos S.A.', ['García e Hijos']],
    ['Rossi & Figli S.p.A.', ['Rossi & Figli']],
    // Two names joined by "&" before an organisation word: an agency's header on the CVs it sends.
    ['Presented by Hollis & Finch Recruitment', ['Hollis & Finch']],
    ['Worked at Hollis & Finch LLP in Leeds.', ['Hollis & Finch']],
    ['Clients: Hale, Okafor and Brandt, Lucid and Loveland Technologies', ['Hale, Okafor and Brandt']],
    ['She advised Hale, Okafor and Brandt and Abt Associates.', ['Hale, Okafor and Brandt']],
    [
      'hubbard, fox and gillespie\n\nthe corner of adlerweg 77 and minik courts',
      ['hubbard, fox and gillespie'],
    ],
  ])('%s', (text, expected) => {
    expect(firms(text)).toEqual(expected);
  });

  it.each([
    // Two names with "and", or with "&" and no organisation word: people.
    ['Referees: Hollis and Finch Recruitment'],
    ['Referees: Dana Hollis & Omar Finch, Leeds'],
    ['I worked with Hale, Okafor and Brandt on the launch.'],
    ['Hale, Okafor and Brandt are my referees.'],
    ['Reviewed by Hale, Okafor and Brandt (2019).'],
    ['hubbard, fox and gillespie came to the party'],
    ['Skills: Java, Python and Go'],
    // "Sohn" and "Partner" before a given name or a word: a surname, a partner.
    ['Talked to Anna & Sohn Min-jun'],
    ['Grace & Partner Dana joined'],
  ])('no firm in %s', (text) => {
    expect(firms(text)).toEqual([]);
  });
});

describe('analyze keeps firms named after people', () => {
  it('keeps the firm but masks the people around it', () => {
    const text = 'Tomasz Wierzbicki spent a year at Hale, Okafor and Brandt as an analyst.';
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(masked).toContain('Tomasz Wierzbicki');
    expect(masked.some((m) => /Hale|Okafor|Brandt/.test(m))).toBe(false);
  });

  it.each([
    ['Keller & Sohn GmbH\nSoftwareentwickler (m/w/d)'],
    ['Brandl & Söhne\nIngenieur'],
    ['Dupont & Fils, Lyon'],
  ])('keeps a family firm of another language: %s', (text) => {
    expect(analyze(text).filter((s) => s.label === 'NAME')).toEqual([]);
  });

  it('keeps "and Sons" out of the gendered words', () => {
    const text = 'Okafor and Sons is a builder in Leeds.';
    expect(analyze(text).map((s) => s.label)).not.toContain('PRONOUN');
  });

  it('still masks a known candidate inside a firm name', () => {
    const text = 'She spent a year at Hale, Okafor and Brandt.';
    const masked = analyze(text, { knownNames: ['Ada Okafor'] }).map((s) => text.slice(s.start, s.end));
    expect(masked).toContain('Okafor');
  });
});

describe('firmNamesAround', () => {
  const pieces = [
    'Hale',
    'Okafor',
    'Brandt',
    "Brandt's",
    'Lehman',
    'Ward',
    'Reyes',
    'she',
    'worked',
    'at',
    'The',
    'the',
    ' and ',
    ' & ',
    ', ',
    ', & ',
    ' ',
    ' ',
    ' ',
    '. ',
    '.\n',
    '\n',
    ': ',
    'Sons',
    'Co.',
    'Co',
    'Brothers',
    'Bros.',
    'LLP',
    'Orchestra',
    'is',
    'are',
    'Technologies',
    '12 Oak Street',
    '-',
    "'s",
  ];

  it('finds, around any span, exactly the firms the whole-text scan holds it in', () => {
    expectSameAroundTargets(11, pieces, firmNames, firmNamesAround, 10);
  });

  it('reads text written wholly in lower case whole, and nothing without targets', () => {
    const lower = 'we thank hubbard, fox and gillespie for the loan';
    expect(firmNamesAround(lower, [[9, 16]])).toEqual(firmNames(lower));
    expect(firmNamesAround('Hale, Okafor and Brandt LLP', [])).toEqual([]);
  });
});
