/**
 * The personal-details fields of resumes written in Cyrillic (Russian, Ukrainian, Bulgarian, Serbian):
 * a label, a colon and the value ("ФИО: Петрова Анна Сергеевна", "Дата рождения: 12.03.1991",
 * "Гражданство: Россия", "Семейное положение: замужем", "Адрес: г. Новосибирск, ул. Ленина, д. 15").
 * Each value states the candidate's identity or a protected trait, so it is masked whatever it says,
 * with the field's type; so are an age in years ("33 года", "27 років") and the years of education
 * lines. The section headings of these resumes are no names ("РЕЗЮМЕ", "Образование").
 *
 * Only texts holding a Cyrillic letter are read: one search of the text otherwise.
 */
import type { EntityType, Recognizer, Span } from '../types';

/** Field labels (lower case; "ё" read as "е") and the type of their value. */
const FIELDS: ReadonlyArray<readonly [EntityType, readonly string[]]> = [
  [
    'NAME',
    [
      'фио',
      'ф.и.о.',
      'ф. и. о.',
      'имя',
      'фамилия',
      'отчество',
      'фамилия, имя, отчество',
      'піб',
      "ім'я",
      'імʼя',
      'прізвище',
      'по батькові',
      'име',
      'презиме',
      'име и презиме',
    ],
  ],
  [
    'AGE',
    [
      'дата рождения',
      'год рождения',
      'возраст',
      'дата народження',
      'рік народження',
      'вік',
      'дата на раждане',
      'възраст',
      'датум рођења',
      'година рођења',
    ],
  ],
  [
    'NRP',
    [
      'гражданство',
      'громадянство',
      'национальность',
      'національність',
      'пол',
      'стать',
      'вероисповедание',
      'религия',
      'релігія',
      'гражданство рф',
      'държавјанство',
      'гражданство/национальность',
      'пол/возраст',
    ],
  ],
  ['MARITAL', ['семейное положение', 'сімейний стан', 'семейно положение', 'брачни статус', 'брачно стање']],
  [
    'ADDRESS',
    [
      'адрес',
      'адреса',
      'адрес проживания',
      'адрес регистрации',
      'домашний адрес',
      'адреса проживання',
      'адрес за кореспонденция',
    ],
  ],
  [
    'LOCATION',
    [
      'город',
      'город проживания',
      'место жительства',
      'место рождения',
      'місто',
      'місце проживання',
      'місце народження',
      'проживание',
      'проживає',
      'регион',
      'град',
      'място на раждане',
      'местожителство',
      'место рођења',
      'пребивалиште',
    ],
  ],
  [
    'PHONE',
    [
      'телефон',
      'тел.',
      'тел',
      'мобильный',
      'мобильный телефон',
      'контактный телефон',
      'мобільний',
      'мобільний телефон',
      'моб.',
      'моб',
    ],
  ],
  ['ID', ['паспорт', 'инн', 'снилс', 'іпн', 'рнокпп', 'егн', 'јмбг', 'лична карта']],
];

/** A label as written to the form it is looked up by: lower case, "ё" as "е", "’" as "'", runs of spaces as one. */
function norm(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

const LABELS = new Map<string, EntityType>();
for (const [type, words] of FIELDS) for (const w of words) LABELS.set(norm(w), type);

/** Section headings and document titles of these resumes: no name however they stand. */
const HEADINGS = new Set(
  [
    'резюме',
    'образование',
    'освіта',
    'образование и квалификация',
    'опыт работы',
    'досвід роботи',
    'трудовой опыт',
    'навыки',
    'навички',
    'ключевые навыки',
    'профессиональные навыки',
    'личные качества',
    'дополнительная информация',
    'додаткова інформація',
    'контакты',
    'контакти',
    'контактная информация',
    'контактна інформація',
    'языки',
    'знание языков',
    'мови',
    'о себе',
    'про себе',
    'цель',
    'мета',
    'личная информация',
    'личные данные',
    'особисті дані',
    'персональные данные',
    'курсы',
    'курси',
    'сертификаты',
    'хобби',
    'рекомендации',
    'достижения',
    'проекты',
    'автобиография',
    'биография',
    'лични данни',
    'образование и обучение',
    'трудов стаж',
    'биографија',
    'лични подаци',
    'образовање',
    'радно искуство',
  ].map(norm),
);

/** True for a section heading or a field label of these resumes ("РЕЗЮМЕ", "Образование", "ФИО"): no name. */
export function isCyrillicHeading(words: string): boolean {
  const n = norm(words);
  return HEADINGS.has(n) || LABELS.has(n);
}

/** A Cyrillic letter. */
const CYRILLIC = /[\u0400-\u04ff]/;
/** A code unit of a label: a Cyrillic letter, a space, a dot, a slash, a comma or an apostrophe. */
function isLabelCode(c: number): boolean {
  return (
    (c >= 0x0400 && c <= 0x04ff) ||
    c === 32 ||
    c === 46 ||
    c === 47 ||
    c === 44 ||
    c === 39 ||
    c === 0x2019 ||
    c === 0x2bc
  );
}

/** The value after a colon at `colon`: [start, end), to the line's end, a tab, " | " or two spaces. */
function valueAfter(text: string, colon: number): [number, number] | null {
  let s = colon + 1;
  while (s < text.length && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9) && s - colon <= 3) s++;
  let e = s;
  while (e < text.length && e - s < 100) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13 || c === 9 || c === 124) break;
    if (c === 32 && text.charCodeAt(e + 1) === 32) break;
    e++;
  }
  while (
    e > s &&
    (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 59)
  )
    e--;
  return e > s ? [s, e] : null;
}

/** A phone field's value holds 7 to 15 digits. */
function phoneDigits(text: string, [start, end]: [number, number]): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 7 && digits <= 15;
}

const span = (label: EntityType, start: number, end: number, score = 0.85): Span => ({
  start,
  end,
  label,
  score,
  recognizer: 'cyrillic-fields',
});

/** The labelled fields: the label opens its line (or follows a bar, a tab, a bullet) and ends at the colon. */
function fields(text: string, out: Span[]): void {
  for (let k = text.indexOf(':'); k > 0; k = text.indexOf(':', k + 1)) {
    let b = k;
    while (b > 0 && k - b < 40 && isLabelCode(text.charCodeAt(b - 1))) b--;
    while (b < k && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 46 || text.charCodeAt(b) === 44))
      b++;
    if (b === k || !CYRILLIC.test(text.slice(b, k))) continue;
    let a = b;
    while (a > 0 && (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 9)) a--;
    const before = a > 0 ? text.charCodeAt(a - 1) : 10;
    if (
      !(
        before === 10 ||
        before === 13 ||
        before === 9 ||
        before === 124 ||
        before === 0x2022 ||
        before === 45 ||
        a === 0
      )
    )
      continue;
    const type = LABELS.get(norm(text.slice(b, k)));
    if (!type) continue;
    const value = valueAfter(text, k);
    if (!value) continue;
    if (type !== 'PHONE' || phoneDigits(text, value)) out.push(span(type, value[0], value[1]));
  }
}

/** An age in years: "33 года", "27 лет", "41 год", "27 років", "30 години" (16 to 79), after a bracket, a comma or a colon. */
const AGE_YEARS =
  /(?<=(?:^|[(,:]|\s)[ \t]?)(1[6-9]|[2-7]\d)[ \t](?:год|года|лет|роки|років|рік|години|година|годин)(?![\u0400-\u04ff])/gmu;
/** Words before such an age that make it a duration of experience ("опыт 5 лет", "стаж 12 лет"). */
const DURATION_BEFORE = /(?:опыт|досвід|стаж|более|больше|понад|над|работы|роботи|experience)[\s\S]{0,20}$/iu;

/** Degree and education words of these resumes: a year on a line holding one is a graduation's. */
const EDUCATION_WORD =
  /университет|університет|институт|інститут|академи|колледж|коледж|техникум|технікум|училищ|лицей|ліцей|гимнази|гімназі|школа|бакалавр|магистр|магістр|специалист|спеціаліст|аспирантур|аспірантур|кандидат наук|диплом|выпуск|випуск|окончил|закінчи|университета|факультет/i;
/** A year of the last hundred and twenty-odd years. */
const YEAR = /(?<![\d.])(?:19|20)\d\d(?![\d])/g;
/** A job line's words: the line's years are its employment's, not a graduation's. */
const JOB_WORD =
  /ООО|ОАО|ЗАО|ПАО|АО |ТОВ|ПрАТ|компани|работ|робот|должност|посад|разработчик|менеджер|инженер|інженер/i;

/** The years of the education lines, and an age in years outside durations of experience. */
function yearsAndAges(text: string, out: Span[]): void {
  let at = 0;
  while (at < text.length) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    const line = text.slice(at, eol);
    if (EDUCATION_WORD.test(line) && !JOB_WORD.test(line))
      for (const m of line.matchAll(YEAR))
        out.push(span('GRAD_YEAR', at + m.index, at + m.index + m[0].length, 0.8));
    at = eol + 1;
  }
  for (const m of text.matchAll(AGE_YEARS)) {
    if (DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push(span('AGE', m.index, m.index + m[1]!.length, 0.8));
  }
}

export const cyrillicFields: Recognizer = {
  id: 'cyrillic-fields',
  kind: 'structure',
  entities: ['NAME', 'AGE', 'NRP', 'MARITAL', 'ADDRESS', 'LOCATION', 'PHONE', 'ID', 'GRAD_YEAR'],
  analyze(text) {
    const out: Span[] = [];
    if (!CYRILLIC.test(text)) return out;
    fields(text, out);
    yearsAndAges(text, out);
    return out.sort((x, y) => x.start - y.start);
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/cyrillic-fields.test.ts
