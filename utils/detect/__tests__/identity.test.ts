import { describe, expect, it } from 'vitest';
import {
  clippedForms,
  findKnownNames,
  foldKeepLength,
  initialsForms,
  nameVariants,
  splitEastAsianName,
} from '../identity';

describe('nameVariants', () => {
  it('lists first, last, initials, possessive, diacritic-free and case variants', () => {
    const v = nameVariants('José de la Cruz');
    for (const x of [
      'José de la Cruz',
      'J. de la Cruz',
      'de la Cruz',
      'José',
      'Jose de la Cruz',
      "José's",
      'JOSÉ DE LA CRUZ',
    ])
      expect(v).toContain(x);
  });

  it('takes a particle run inside a longer name as the start of a surname', () => {
    const v = nameVariants('José María de la Cruz Álvarez');
    for (const x of [
      'de la Cruz',
      'de la Cruz Álvarez',
      'José de la Cruz',
      'José de la Cruz Álvarez',
      'DE LA CRUZ',
    ])
      expect(v).toContain(x);
    // Only what follows the run: no first name with the particles alone.
    expect(v).not.toContain('José de la');
  });

  it('reads the particles of the shared list in any case ("dela", "bint", "Van")', () => {
    const v = nameVariants('Maria dela Cruz');
    expect(v).toContain('dela Cruz');
    expect(v).not.toContain('dela');
    expect(nameVariants('Nur bint Hassan')).not.toContain('bint');
    expect(nameVariants('Ilse Van der Berg')).toContain('Van der Berg');
  });

  it('drops titles and suffixes and splits hyphenated first names', () => {
    const v = nameVariants('Dr. Jean-Luc Picard Jr.');
    expect(v).toContain('Jean-Luc Picard');
    expect(v).toContain('Luc');
    expect(v.some((x) => /^dr\b/i.test(x))).toBe(false);
  });

  it('clips a long given name after four letters or more, never to a word, a place or a tool', () => {
    expect(clippedForms('Thandiwe')).toEqual(['Thand', 'Thandi']);
    expect(clippedForms('Alexandra')).toContain('Alex');
    // "Than" is a word, "France" a country, "Ruby" a language; a short name is not clipped.
    expect(clippedForms('Thandiwe')).not.toContain('Than');
    expect(clippedForms('Francesca')).not.toContain('France');
    expect(clippedForms('Rubyanne')).not.toContain('Ruby');
    expect(clippedForms('Daniel')).toEqual(['Dani']);
    expect(clippedForms('Maria')).toEqual([]);
    expect(nameVariants('Thandiwe Rasmussen')).toContain('Thandi Rasmussen');
  });

  it('returns nothing for an empty name', () => {
    expect(nameVariants('  ')).toEqual([]);
  });
});

describe('findKnownNames', () => {
  it.each([
    ['Jane\nDoe and J. Doe', ['Jane\nDoe', 'J. Doe']],
    ["DOE's report", ["DOE's"]],
    ['Zoë Ünal met zoe unal', ['Zoë Ünal', 'zoe unal']],
    ['Janet and Doerr are others', []],
    // A number glued after a name (a handle, a file name), not one before it.
    // A handle's digits and a profile address's tail go with the name.
    ['Jane_Doe2025.pdf, Jane92, but not 7Jane', ['Jane_Doe2025', 'Jane92']],
    [
      'linkedin.com/in/jane-doe-7b31a2/ and jane_doe_x9 but not jane-doe-design',
      ['jane-doe-7b31a2', 'jane_doe_x9', 'jane-doe'],
    ],
    // A variant's final dot takes no space after it.
    ['Interview with Jane D - Onsite', ['Jane D']],
    // A second surname joined by a hyphen, and the first name's initial after "Surname, ".
    ['Dr. J. Doe-Varrenkamp presented', ['J. Doe-Varrenkamp']],
    ['Authors: Doe, J. and Chen, B.', ['Doe, J.']],
    // Not an English word after the hyphen, nor another initial after the comma.
    ['the Doe-Design team; Doe, A. wrote', ['Doe', 'Doe']],
  ])('%s', (text, expected) => {
    const names = ['Jane Doe', 'Zoë Ünal'];
    expect(findKnownNames(text, names).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it.each([
    // The first name's short and full forms, alone and with the surname.
    ['Robert Kowalczyk', 'Bob led the migration; Rob and Bobby helped', ['Bob', 'Rob', 'Bobby']],
    ['Robert Kowalczyk', 'Thanks to Bob Kowalczyk', ['Bob Kowalczyk']],
    ['Kate Oyelaran', "Katherine Oyelaran joined; Kathy's ledger", ['Katherine Oyelaran', "Kathy's"]],
    ['Venkatesh Ramaswell', 'Venky did the review; Venkat signed off', ['Venky', 'Venkat']],
    ['Babatunde Okonjo', 'Thanks, Tunde!', ['Tunde']],
    // A scorecard calls "Dorothea Quennell" by her short form; the ordinary word stays.
    ['Dorothea Quennell', 'Dot prefers a hybrid schedule; Thea agreed. Put a dot here.', ['Dot', 'Thea']],
    // A two-letter form only with the surname; an ordinary word only capitalised.
    ['Albert Nwosu', 'Birmingham, AL, Al Nwosu presented', ['Al Nwosu']],
    ['William Okafor', 'we will bill it; Bill approved', ['Bill']],
    // No group, no form: "Roberta" is not "Robert".
    ['Robert Kowalczyk', 'Roberta and Robin', []],
  ])('%s in %j', (name, text, expected) => {
    expect(findKnownNames(text, [name]).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it.each([
    // File names and handles glue the parts, in either order, with or without a joiner.
    ['MarisolThackwell-CoverLetter.pdf', ['MarisolThackwell']],
    ['Marisol_Thackwell_Resume.pdf and Thackwell.Marisol.docx', ['Marisol_Thackwell', 'Thackwell.Marisol']],
    ['github.com/marisolthackwell and thackwellmarisol', ['marisolthackwell', 'thackwellmarisol']],
    // An initial glued to a part needs a capital where the part starts.
    [
      'ThackwellM_CV.docx, MThackwell.pdf, MarisolT, m_thackwell',
      ['ThackwellM', 'MThackwell', 'MarisolT', 'm_thackwell'],
    ],
    ['mthackwell or marisolt', []],
  ])('glued: %s', (text, expected) => {
    expect(findKnownNames(text, ['Marisol Thackwell']).map((s) => text.slice(s.start, s.end))).toEqual(
      expected,
    );
  });

  it('takes a lower-case glued form that is itself one of the names (a handle the page masker passes)', () => {
    const text = 'mthackwell on X';
    expect(
      findKnownNames(text, ['Marisol Thackwell', 'mthackwell']).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['mthackwell']);
  });

  it.each([
    // Glued forms that are words stay words: "Parks" (Sam Park), "Roses" (Rose Smith), short runs.
    ['Sam Park', 'National Parks, SamPark.pdf, sampark', ['SamPark']],
    ['Rose Smith', 'Roses and ROSES, but RoseS.pdf', ['RoseS']],
    ['Jo Lee', 'jolee, JoLee', ['JoLee']],
  ])('glued words: %s in %j', (name, text, expected) => {
    expect(findKnownNames(text, [name]).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('folds without changing length', () => {
    const s = 'Ünal İstanbul Straße';
    expect(foldKeepLength(s)).toHaveLength(s.length);
  });

  it.each([
    ['plain ASCII', 'Ilse MARWOOD', 'ilse marwood'],
    ['diacritics among ASCII', 'Zoë · ÉMILE', 'zoe · emile'],
    ['astral and lone surrogates kept', 'A😀B\uD800c', 'a😀b\uD800c'],
    ['a letter whose lower case is longer', 'İstanbul Straße', 'istanbul straße'],
    ['the same character many times', 'Ä'.repeat(5), 'a'.repeat(5)],
    // A Hangul syllable is no letter with marks: it stays whole (its first consonant alone would
    // make "공모전" read as "김민준").
    ['Hangul syllables', '김민준 공모전', '김민준 공모전'],
    ['kana with a voicing mark', 'ガラス', 'カラス'],
  ])('folds %s', (_, input, expected) => {
    expect(foldKeepLength(input)).toBe(expected);
  });
});

describe('findKnownNames: initials of three letters or more', () => {
  it.each([
    // As a recruiter's notes and messages write them, dotted or not, possessive too.
    [
      'Ines Valderrama-Kohl',
      "IVK's English is fluent. I.V.K. agreed; I. V. K. signed; IVK joined",
      ["IVK's", 'I.V.K.', 'I. V. K.', 'IVK'],
    ],
    ['Jamal D. Washington-Reyes', 'JDWR and JDW and J.D.W. joined', ['JDWR', 'JDW', 'J.D.W.']],
    // Not inside a longer run of capitals, a domain, an address or another case.
    ['Ines Valderrama-Kohl', 'AIVK, IVKs, ivk.dev, ivk@x.io, Ivk, IVK.dev', []],
    // Undotted initials that spell a common acronym stay; dotted ones are the person's.
    ['Ruth Olive Ingram', "ROI was 20%; ROI's share. R.O.I. agreed", ['R.O.I.']],
    ['Anna Nora Dale', 'Tea AND coffee', []],
    // Two letters are never enough ("AB" is a degree's, a state's, anything's).
    ['Aoife Brennan', 'AB said yes. A.B. signed', []],
  ])('%s in %j', (name, text, expected) => {
    expect(findKnownNames(text, [name]).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('initialsForms gives the plain form only when it is no word or acronym', () => {
    expect(initialsForms('Ines Valderrama-Kohl')).toEqual(['IVK', 'I.V.K.', 'I. V. K.']);
    expect(initialsForms('Sam Quentin Lee')).toEqual(['S.Q.L.', 'S. Q. L.']);
    expect(initialsForms('jane doe')).toEqual([]);
  });
});

describe('findKnownNames: a double surname halved in a handle or a link', () => {
  const found = (text: string, name: string) =>
    findKnownNames(text, [name]).map((s) => text.slice(s.start, s.end));
  it.each([
    ['meet.example/interview-anselmo-draycott', 'anselmo-draycott'],
    ['Huang_Anselmo.pdf', 'Huang_Anselmo'],
    ['draycott.anselmo@mail.example', 'draycott.anselmo'],
  ])('%s', (text, form) => {
    expect(found(text, 'Anselmo Draycott-Huang')).toContain(form);
  });

  it('joins no half that another first name stands beside', () => {
    expect(found('meet.example/interview-odile-draycott', 'Anselmo Draycott-Huang')).toEqual(['draycott']);
  });
});

describe('findKnownNames pattern memo', () => {
  it('gives the same answer on repeated calls and follows a change of names', () => {
    const text = 'Ilse Marwood met Bo Lindqvist; Marwood wrote to Lindqvist.';
    const a1 = findKnownNames(text, ['Ilse Marwood']).map((s) => text.slice(s.start, s.end));
    const a2 = findKnownNames(text, ['Ilse Marwood']).map((s) => text.slice(s.start, s.end));
    const b = findKnownNames(text, ['Bo Lindqvist']).map((s) => text.slice(s.start, s.end));
    expect(a1).toEqual(['Ilse Marwood', 'Marwood']);
    expect(a2).toEqual(a1);
    expect(b).toEqual(['Bo Lindqvist', 'Lindqvist']);
    expect(findKnownNames(text, ['x'])).toEqual([]);
  });
});

describe('names in Chinese, Japanese and Korean script', () => {
  it.each([
    ['王小明', ['王', '小明']],
    ['欧阳娜娜', ['欧阳', '娜娜']],
    ['山田太郎', ['山田', '太郎']],
    ['山田 太郎', ['山田', '太郎']],
    ['김민준', ['김', '민준']],
    ['남궁민수', ['남궁', '민수']],
    ['Wang Xiaoming 王小明', ['王', '小明']],
  ])('splits %s', (name, expected) => {
    expect(splitEastAsianName(name)).toEqual(expected);
  });

  it('splits no Latin name and no name too long to split', () => {
    expect(splitEastAsianName('Ilse Marwood')).toBeUndefined();
    expect(splitEastAsianName('高级软件工程师')).toBeUndefined();
  });

  const found = (text: string, names: string[]) =>
    findKnownNames(text, names).map((s) => text.slice(s.start, s.end));

  it.each([
    // Unspaced text: the full name, and a given name of two characters, inside a sentence.
    ['王小明', '小明负责后端服务。王小明的推荐信。', ['小明', '王小明']],
    // A one-character surname only before a title; a gendered title goes with it.
    ['王小明', '请联系王先生或王老师。王府井，国王总是', ['王先生', '王']],
    ['欧阳娜娜', '欧阳女士和娜娜', ['欧阳女士', '娜娜']],
    ['山田 太郎', '山田さんは優秀です。太郎', ['山田', '太郎']],
    ['山田太郎', '山田太郎のレジュメ', ['山田太郎']],
    // Korean: the given name as a word of its own or before a title, never inside another word.
    ['김민준', '김민준님은 팀을 이끌었습니다. 민준 씨, 김 씨', ['김민준', '민준', '김']],
    ['김지원', '지원자 목록과 지원서', []],
    // The same consonants are another word.
    ['김민준', '공모전 참가 경험', []],
    // A mixed heading gives both forms.
    ['Wang Xiaoming 王小明', 'Xiaoming led it. 小明说', ['Xiaoming', '小明']],
  ])('finds %s in %s', (name, text, expected) => {
    expect(found(text, [name])).toEqual(expected);
  });
});

describe('names in scripts that inflect, prefix or run words together', () => {
  const found = (text: string, names: string[]) =>
    findKnownNames(text, names).map((s) => text.slice(s.start, s.end));

  it.each([
    // Russian names take case endings.
    [
      'Анна Кузнецова',
      'Анна руководила. Кузнецовой вручили премию. Анну пригласили. Анналы истории.',
      ['Анна', 'Кузнецовой', 'Анну'],
    ],
    ['Алексей Петров', 'Петрову вручили. С Алексеем работали. Петровка — улица.', ['Петрову', 'Алексеем']],
    // Hebrew and Arabic join a preposition or a conjunction to the name.
    ['יעל כהן', 'יעל הובילה את הצוות. לכהן יש ניסיון. כהנים', ['יעל', 'לכהן']],
    ['أحمد الحسن', 'قاد أحمد الفريق. وأحمد كتب التقرير', ['أحمد', 'وأحمد']],
    // Thai writes words together.
    ['สมชาย ใจดี', 'สมชายเป็นผู้นำทีม คุณสมชาย', ['สมชาย', 'สมชาย']],
  ])('finds %s in %s', (name, text, expected) => {
    expect(found(text, [name])).toEqual(expected);
  });
});
