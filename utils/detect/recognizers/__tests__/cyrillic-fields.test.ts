import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { cyrillicFields } from '../cyrillic-fields';

/** [text, label] of each span the recognizer finds, in order. */
const spans = (text: string) =>
  cyrillicFields.analyze(text, {}).map((s) => [text.slice(s.start, s.end), s.label] as const);

describe('cyrillic-fields: the personal-details fields of resumes in Cyrillic', () => {
  it.each([
    ['ФИО: Сомова Дарья Игоревна', [['Сомова Дарья Игоревна', 'NAME']]],
    ['Дата рождения: 12.03.1991', [['12.03.1991', 'AGE']]],
    [
      'Гражданство: Россия\nСемейное положение: замужем, есть дети\nПол: женский',
      [
        ['Россия', 'NRP'],
        ['замужем, есть дети', 'MARITAL'],
        ['женский', 'NRP'],
      ],
    ],
    ['Адрес: г. Томск, ул. Садовая, д. 7, кв. 3', [['г. Томск, ул. Садовая, д. 7, кв. 3', 'ADDRESS']]],
    ['Город: Казань', [['Казань', 'LOCATION']]],
    ['Телефон: +7 (913) 123-45-67', [['+7 (913) 123-45-67', 'PHONE']]],
    // Ukrainian and Bulgarian labels; "ё" read as "е".
    [
      'ПІБ: Коваленко Олена Петрівна\nДата народження: 05.06.1993\nСімейний стан: неодружена',
      [
        ['Коваленко Олена Петрівна', 'NAME'],
        ['05.06.1993', 'AGE'],
        ['неодружена', 'MARITAL'],
      ],
    ],
    ['Дата на раждане: 01.02.1990', [['01.02.1990', 'AGE']]],
    // An age in years, and the year of an education line.
    [
      'Возраст: 33 года',
      [
        ['33 года', 'AGE'],
        ['33', 'AGE'],
      ],
    ],
    [
      'Дата рождения: 12.03.1991 (33 года)',
      [
        ['12.03.1991 (33 года)', 'AGE'],
        ['33', 'AGE'],
      ],
    ],
    ['Томский государственный университет, 2013', [['2013', 'GRAD_YEAR']]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    // A phone field without its digits, a colon inside a sentence, a label that is no field's.
    ['Телефон: по запросу'],
    ['Руководитель сказал: работа выполнена'],
    ['Навыки: Python, SQL'],
    // Durations of experience and a job line's years.
    ['Опыт работы более 7 лет, стаж 12 лет'],
    ['ООО «Сибирские технологии», разработчик (2013–2020)'],
    // Latin text.
    ['Name: Jordan Ellis, 33 years'],
  ])('nothing in %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('names no heading or label as a person in the whole analysis', () => {
    const text = 'РЕЗЮМЕ\nФИО: Сомова Дарья Игоревна\nОбразование: Томский государственный университет, 2013';
    const found = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(found).toContain('Сомова Дарья Игоревна');
    expect(found).not.toContain('РЕЗЮМЕ');
    expect(found).not.toContain('Образование');
  });
});
