import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { normalize, normalizeFull, withFieldPadding, withJoinedWraps, withOcrDigits } from '../normalize';
import { seeded } from './fuzz';

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

describe('normalize: UTF-8 byte escapes left by text extractors', () => {
  it('reads "\\xc3\\xa1" as "á" and maps spans back over the whole escape', () => {
    const text = String.raw`Moved to Bogot\xc3\xa1, Colombia`;
    const n = normalize(text);
    expect(n.text).toBe('Moved to Bogotá, Colombia');
    const start = n.text.indexOf('Bogotá');
    expect(text.slice(...n.toOriginal(start, start + 'Bogotá'.length))).toBe(String.raw`Bogot\xc3\xa1`);
    expect(text.slice(...n.toOriginal(start, start + 5))).toBe('Bogot');
  });

  it('decodes two- to four-byte characters: letters stay, punctuation and symbols get one-byte stand-ins', () => {
    expect(
      normalize(String.raw`O\xe2\x80\x99Neil \xe2\x80\x94 \xc5\x81\xc3\xb3d\xc5\xba \xf0\x9f\x98\x80`).text,
    ).toBe("O'Neil · Łódź ·");
  });

  it('leaves escapes that are no UTF-8 character as they are', () => {
    for (const raw of [
      String.raw`a\x01b`,
      String.raw`\xc3`,
      String.raw`\xc3\x41`,
      String.raw`\xc0\xaf`,
      String.raw`\xzz`,
    ])
      expect(normalize(raw).text).toBe(raw);
  });

  it('finds a place written with escapes, masking the escapes', () => {
    const text = String.raw`Headquartered in Z\xc3\xbcrich, Switzerland`;
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(masked.join(' ')).toContain(String.raw`Z\xc3\xbcrich`);
  });
});

describe('normalize: byte escapes beside other changes', () => {
  it('maps offsets the same way on the fast path (escapes only) and the full pass (escapes and look-alikes)', () => {
    const escapesOnly = String.raw`A\xc3\xa1B \xf0\x9f\x98\x80 C`;
    const both = `${escapesOnly}\u200b`;
    const a = normalize(escapesOnly);
    const b = normalize(both);
    expect(b.text).toBe(a.text);
    for (let s = 0; s < a.text.length; s++)
      for (let e = s + 1; e <= a.text.length; e++) expect(a.toOriginal(s, e)).toEqual(b.toOriginal(s, e));
  });

  it('folds an escaped Cyrillic look-alike inside a Latin word like a typed one', () => {
    expect(normalize(String.raw`j\xd0\xb0ne@example.com`).text).toBe('jane@example.com');
  });
});

describe('normalize fast paths', () => {
  // Latin, Cyrillic and Greek letters (look-alikes and others), full-width forms, curly quotes,
  // no-break spaces, digits, separators, a surrogate pair, and (rarely) invisibles and escapes.
  const units = [
    'a',
    'J',
    'n',
    'e',
    ' ',
    ' ',
    '.',
    '@',
    '-',
    '7',
    'é',
    'ʻ',
    'ʼ',
    'а',
    'е',
    'о',
    'А',
    'О',
    'ж',
    'Ж',
    'α',
    'ο',
    'Ω',
    'Ａ',
    'ｂ',
    '１',
    '＠',
    '‘',
    '’',
    '\u00a0',
    '\u2010',
    '𝐀',
    '\n',
  ];
  const rare = ['\u200b', '\u00ad', '\\xc3\\xa9', '\\x41'];

  it('gives the same text and offsets as the full pass', () => {
    const next = seeded(5);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(next() * 30);
      for (let k = 0; k < len; k++)
        text +=
          next() < 0.03 ? rare[Math.floor(next() * rare.length)] : units[Math.floor(next() * units.length)];
      const fast = normalize(text);
      const full = normalizeFull(text);
      expect(fast.text, JSON.stringify(text)).toBe(full.text);
      for (let s = 0; s <= fast.text.length; s++)
        for (let e = s; e <= Math.min(fast.text.length, s + 4); e++)
          expect(fast.toOriginal(s, e), `${JSON.stringify(text)} ${s}-${e}`).toEqual(full.toOriginal(s, e));
    }
  });
});

describe('withFieldPadding: aligned field labels', () => {
  it.each([
    ['Age                  :  29 years', 'Age : 29 years'],
    ['Passport No.\t\t\t: K1234567', 'Passport No.\t: K1234567'],
    ['Date of Birth:        15 april 1990', 'Date of Birth:  15 april 1990'],
    // A single space, a colon that opens a line, a run before the line's end: unchanged.
    ['Age : 29\n    : x\nNotes:     \nnext', 'Age : 29\n    : x\nNotes:     \nnext'],
    ['Jane: hello', 'Jane: hello'],
  ])('%j reads as %j', (input, expected) => {
    expect(withFieldPadding(normalize(input)).text).toBe(expected);
  });

  it('maps every unit of the result back to the same character, through the other normalisation', () => {
    const next = seeded(7);
    const alphabet = ['a', 'B', ' ', ' ', '\t', ':', '：', '\n', 'J\u200B', '7'];
    for (let round = 0; round < 500; round++) {
      let input = '';
      const len = 1 + Math.floor(next() * 40);
      for (let i = 0; i < len; i++) input += alphabet[Math.floor(next() * alphabet.length)]!;
      const inner = normalize(input);
      const n = withFieldPadding(inner);
      for (let p = 0; p < n.text.length; p++) {
        const [a, b] = n.toOriginal(p, p + 1);
        expect(normalize(input.slice(a, b)).text, JSON.stringify(input)).toBe(n.text[p]);
      }
      // A span over the whole result covers the whole original text but its removed edges.
      if (n.text.length) expect(n.toOriginal(0, n.text.length)[0]).toBe(inner.toOriginal(0, 1)[0]);
    }
  });

  it('lets every label pattern read an aligned field', () => {
    const text = [
      'Age                  :  29 years',
      'Caste                :  OBC',
      'Passport No.         :  K1234567',
      'Year of Passing      :  2015',
      'Date of Birth:       12th Aug 1993',
    ].join('\n');
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(masked).toEqual(['29', 'OBC', 'K1234567', '2015', '12th Aug 1993']);
  });
});

describe("withJoinedWraps: words hyphenated at a line's end", () => {
  it.each([
    ['Wells Fargo, San Fran-\ncisco, CA', 'Wells Fargo, San Francisco, CA'],
    ['Deloitte, Chen-\r\n   nai, India', 'Deloitte, Chennai, India'],
    ['Boston, MASSACHU-\nSETTS', 'Boston, MASSACHUSETTS'],
    // A compound's capital, digits, a dash after a space, a lone capital: unchanged.
    ['University of Wisconsin-\nMadison', 'University of Wisconsin-\nMadison'],
    ['2019-\n2020', '2019-\n2020'],
    ['Python -\nbased', 'Python -\nbased'],
    ['Plan A-\nB-\nx', 'Plan A-\nB-\nx'],
    ['no wrap - here\n', 'no wrap - here\n'],
  ])('%j reads as %j', (input, expected) => {
    expect(withJoinedWraps(normalize(input)).text).toBe(expected);
  });

  it('maps a span over the joined word back over both parts', () => {
    const input = 'Deloitte, Chen-\n  nai, India';
    const n = withJoinedWraps(normalize(input));
    const at = n.text.indexOf('Chennai');
    const [a, b] = n.toOriginal(at, at + 'Chennai'.length);
    expect(input.slice(a, b)).toBe('Chen-\n  nai');
  });
});

describe("withOcrDigits: OCR's letters inside numbers", () => {
  it.each([
    ['Te1: +254 7l2 345 678', 'Te1: +254 712 345 678'],
    ['Tel: +44 2O7 946 0958', 'Tel: +44 207 946 0958'],
    ['Jan 20l8 - Present', 'Jan 2018 - Present'],
    ['Date of Birth: l2/04/l99l', 'Date of Birth: 12/04/1991'],
    ['P.O. Box 4l207-00100', 'P.O. Box 41207-00100'],
    // Words, and runs with too few digits, stay.
    [
      'A1liance High Sch0ol, month1y, COVID19, Il, IO, O2, l0l',
      'A1liance High Sch0ol, month1y, COVID19, Il, IO, O2, l0l',
    ],
    ['Interstate I-10 and I-405 since 20l8', 'Interstate I-10 and I-405 since 2018'],
  ])('%s', (input, expected) => {
    const norm = withOcrDigits(normalize(input));
    expect(norm.text).toBe(expected);
    expect(norm.text.length).toBe(input.length);
    expect(norm.toOriginal(3, 7)).toEqual([3, 7]);
  });

  it('returns the same normalisation where nothing changes', () => {
    const norm = normalize('Phone: +44 20 7946 0958');
    expect(withOcrDigits(norm)).toBe(norm);
  });
});
