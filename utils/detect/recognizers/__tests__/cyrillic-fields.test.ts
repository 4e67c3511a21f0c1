import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { cyrillicFields } from '../cyrillic-fields';

/** The outermost spans the recognizer finds, as [text, label]. */
const fields = (text: string) => {
  const spans = cyrillicFields.analyze(text, {});
  return spans
    .filter(
      (s) =>
        !spans.some(
          (o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
        ),
    )
    .map((s) => [text.slice(s.start, s.end), s.label] as const)
    .filter(([t, l], k, all) => all.findIndex(([u, m]) => u === t && m === l) === k);
};

describe('cyrillic-fields recognizer', () => {
  it.each([
    // Russian personal details.
    [
      'Дата рождения: 12.05.1990\nГород: Новосибирск\nГражданство: РФ\nСемейное положение: замужем',
      [
        ['12.05.1990', 'AGE'],
        ['Новосибирск', 'LOCATION'],
        ['РФ', 'NRP'],
        ['замужем', 'MARITAL'],
      ],
    ],
    // A place with a street's number is an address; "ё" is read as "е" in a label.
    [
      'Место жительства: г. Казань, ул. Баумана, д. 15, кв. 7',
      [['г. Казань, ул. Баумана, д. 15, кв. 7', 'ADDRESS']],
    ],
    ['Адрес: Москва', [['Москва', 'LOCATION']]],
    [
      'Пол: женский\nВероисповедание: православие',
      [
        ['женский', 'NRP'],
        ['православие', 'NRP'],
      ],
    ],
    ['• Возраст: 34 года', [['34 года', 'AGE']]],
    ['ИНН: 771234567890', [['771234567890', 'ID']]],
    ['Фамилия: Кузнецова', [['Кузнецова', 'NAME']]],
    // Ukrainian, Belarusian, Bulgarian, Serbian.
    [
      'Дата народження: 03.08.1993\nМісто: Київ\nГромадянство: Україна\nСімейний стан: заміжня',
      [
        ['03.08.1993', 'AGE'],
        ['Київ', 'LOCATION'],
        ['Україна', 'NRP'],
        ['заміжня', 'MARITAL'],
      ],
    ],
    [
      'Дата на раждане: 3 май 1991 г.\nГражданство: българско',
      [
        ['3 май 1991 г.', 'AGE'],
        ['българско', 'NRP'],
      ],
    ],
    [
      'Датум рођења: 1. 4. 1988.\nДржављанство: српско',
      [
        ['1. 4. 1988.', 'AGE'],
        ['српско', 'NRP'],
      ],
    ],
    // Towns after their abbreviation, and the larger towns in any case form.
    ['Работала в компании «Яндекс» (г. Москва).', [['г. Москва', 'LOCATION']]],
    [
      'Проживаю в пгт Апастово, переехала из гр. Пловдив',
      [
        ['пгт Апастово', 'LOCATION'],
        ['гр. Пловдив', 'LOCATION'],
      ],
    ],
    [
      'Работал в Москве и в Нижнем Новгороде, теперь живу в Санкт-Петербурге; родом из Казани.',
      [
        ['Москве', 'LOCATION'],
        ['Нижнем Новгороде', 'LOCATION'],
        ['Санкт-Петербурге', 'LOCATION'],
        ['Казани', 'LOCATION'],
      ],
    ],
    [
      'Я народилася в Одесі, живу в Києві, працювала у Харкові.',
      [
        ['Одесі', 'LOCATION'],
        ['Києві', 'LOCATION'],
        ['Харкові', 'LOCATION'],
      ],
    ],
    // The years of an education line.
    ['2007 — 2012: Новосибирский государственный университет, экономист', [['2007 — 2012', 'GRAD_YEAR']]],
    ['Київський політехнічний інститут, 2015 р.', [['2015 р.', 'GRAD_YEAR']]],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it.each([
    // Job titles, employers, skills and dates of work stay; a label inside a sentence is no field.
    ['Опыт работы\n2017 — наст. время: Ведущий аналитик, Сбербанк'],
    ['Навыки: Python, Django, PostgreSQL'],
    ['Должность: руководитель отдела продаж'],
    ['Компания: Лукойл, отдел закупок'],
    ['Ключевые задачи: анализ данных, отчётность'],
    ['Паспорт: есть'],
    // A label in running text, after a word on its line, is no field.
    ['Указал в анкете город: любой'],
    // Given names and surnames that are towns too are no town alone; "Москвич" is no case form of "Москва".
    ['Руководитель: Владимир Николаев, София Кирова'],
    ['Автомобиль Москвич, модель 412'],
    // Latin text costs nothing.
    ['Date of birth: 12.05.1990\nCity: Moscow'],
  ])('keeps %s', (text) => {
    expect(fields(text)).toEqual([]);
  });

  it('masks a Russian resume whole through the analyzer, and the address does not run into the next heading', () => {
    const text =
      'Иванова Екатерина Сергеевна\nДата рождения: 12.05.1990\nАдреса: м. Львів, вул. Шевченка, 12, кв. 5\n\nДосвід роботи\nPython-розробник, SoftServe, Львів';
    const spans = analyze(text).map((s) => [text.slice(s.start, s.end), s.label]);
    expect(spans).toContainEqual(['12.05.1990', 'AGE']);
    expect(spans).toContainEqual(['м. Львів, вул. Шевченка, 12, кв. 5', 'ADDRESS']);
    expect(
      spans.some(([t]) => t!.includes('Досвід') || t!.includes('SoftServe') || t!.includes('Python')),
    ).toBe(false);
  });
});
