/**
 * The personal-details fields of resumes in Russian, Ukrainian, Belarusian, Bulgarian and Serbian
 * (Cyrillic): a label that opens its line, a colon and the value ("Дата рождения: 12.05.1990",
 * "Город: Новосибирск", "Гражданство: РФ", "Семейное положение: замужем", "Громадянство: Україна",
 * "Дата на раждане: 3 май 1991"). Each value states the candidate's identity or a protected trait, so it
 * is masked whatever it says, with the field's type; a place's value that holds a digit is an address
 * ("Место жительства: г. Казань, ул. Баумана, д. 15").
 *
 * In running text: a town after its abbreviation ("г. Казань", Ukrainian "м. Київ", Bulgarian
 * "гр. Пловдив"), the larger towns of those countries in any case ("в Новосибирске", "из Москвы"), and
 * the years of an education line ("2007 — 2012: Новосибирский государственный университет"), which state
 * the candidate's age as "Class of 2012" does (grad-year reads Latin-script lines only).
 *
 * Only a colon right after a Cyrillic letter, a dot after one of the towns' abbreviations and a
 * capitalised Cyrillic word are looked at, and nothing at all in a text without a Cyrillic letter.
 */

import { isWordCode, scanAll } from '../scan';
import { CYRILLIC_ENDINGS } from '../scripts';
import type { EntityType, Recognizer, Span } from '../types';

/** Field labels (lower case, "ё" written "е", one space between words) and the type of their value. */
const FIELDS: ReadonlyArray<readonly [EntityType, string]> = [
  [
    'AGE',
    `дата рождения|год рождения|дата и место рождения|возраст|родился|родилась|дата народження|рік народження|
    дата та місце народження|дата і місце народження|вік|народився|народилася|дата нараджэння|узрост|
    дата на раждане|възраст|роден|родена|датум рођења|датум и место рођења|старост`,
  ],
  [
    'LOCATION',
    `город|город проживания|место рождения|место проживания|место жительства|проживание|проживаю|регион|
    страна|страна проживания|местоположение|местонахождение|локация|населенный пункт|
    місто|місто проживання|місце народження|місце проживання|країна|регіон|область|місцезнаходження|
    горад|месца нараджэння|град|място на раждане|местоживеене|месторождение|место рођења|пребивалиште`,
  ],
  [
    'ADDRESS',
    `адрес|адрес проживания|домашний адрес|адрес регистрации|фактический адрес|почтовый адрес|
    адреса|домашня адреса|адреса проживання|постоянен адрес|настоящ адрес|адреса становања`,
  ],
  [
    'NRP',
    `гражданство|национальность|вероисповедание|религия|пол|громадянство|національність|віросповідання|
    релігія|стать|грамадзянства|нацыянальнасць|националност|вероизповедание|религия|држављанство|
    вероисповест|пол`,
  ],
  [
    'MARITAL',
    'семейное положение|дети|наличие детей|сімейний стан|діти|сямейнае становішча|семейно положение|брачно стање|брачни статус',
  ],
  [
    'ID',
    `паспорт|паспортные данные|серия и номер паспорта|инн|снилс|иин|ипн|рнокпп|егн|лнч|јмбг|
    идентификационный номер|ідентифікаційний код|ідентифікаційний номер`,
  ],
  [
    'NAME',
    "фамилия|отчество|фамилия имя отчество|прізвище|ім’я|ім'я|по батькові|піб|име|презиме|име и презиме",
  ],
];

const LABELS = new Map<string, EntityType>();
let longest = 0;
for (const [type, words] of FIELDS)
  for (const w of words.split('|')) {
    const label = w.trim();
    LABELS.set(label, type);
    longest = Math.max(longest, label.length);
  }

/** True for a Cyrillic letter's code unit (the Cyrillic block and its supplement). */
const isCyrillic = (c: number) => c >= 0x400 && c <= 0x52f;
const isGap = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** The label before the colon at `k` in lower case, when it opens its line (after a bullet or a bar): else null. */
function labelBefore(text: string, k: number): [number, string] | null {
  let b = k;
  while (b > 0 && text.charCodeAt(b - 1) === 32) b--;
  const end = b;
  while (b > 0 && end - b <= longest) {
    const c = text.charCodeAt(b - 1);
    if (isCyrillic(c) || c === 32 || c === 39 || c === 0x2019) b--;
    else break;
  }
  while (b < end && text.charCodeAt(b) === 32) b++;
  if (b === end || end - b > longest) return null;
  // What stands before the label: the line's start, indentation, a bullet, a bar or a run of spaces.
  let a = b;
  while (a > 0 && isGap(text.charCodeAt(a - 1))) a--;
  const p = a > 0 ? text.charCodeAt(a - 1) : 10;
  const opens =
    p === 10 || p === 13 || p === 124 || p === 0x2022 || p === 0xb7 || p === 45 || p === 42 || b - a >= 2;
  if (!opens) return null;
  const label = text.slice(b, end).toLowerCase().replace(/ё/g, 'е').replace(/ {2,}/g, ' ');
  return [b, label];
}

/** The value after a colon at `colon`: [start, end), up to the line's end, a bar or a run of two spaces. */
function valueAfter(text: string, colon: number): [number, number] | null {
  let s = colon + 1;
  while (s < text.length && isGap(text.charCodeAt(s)) && s - colon <= 4) s++;
  let e = s;
  while (e < text.length && e - s < 100) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13 || c === 9 || c === 124) break;
    if (c === 32 && isGap(text.charCodeAt(e + 1))) break;
    e++;
  }
  while (e > s && (isGap(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 59)) e--;
  return e > s ? [s, e] : null;
}

const hasDigit = (text: string, s: number, e: number) => {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

const span = (label: EntityType, start: number, end: number): Span => ({
  start,
  end,
  label,
  score: 0.85,
  recognizer: 'cyrillic-fields',
});

/**
 * Towns after their abbreviation: Russian "г." and "гор." (город), "пгт", "пос." (посёлок), "с."
 * (село); Ukrainian "м." (місто), "смт"; Bulgarian "гр." (град). Up to three capitalised words joined by
 * spaces or hyphens ("г. Нижний Новгород", "г. Ростов-на-Дону").
 */
const TOWN_CUE =
  /(?<![\p{L}\p{N}])(?:г|гор|гр|м|пгт|пос|смт|с)\.?[ \u00a0]?(\p{Lu}[\p{Ll}’'-]+(?:[ -](?:на|над|под|при|[\p{Lu}][\p{Ll}’'-]+)){0,3})/uy;
/** The abbreviations of {@link TOWN_CUE} that need no dot ("пгт Апастово", "смт Гостомель"). */
const UNDOTTED_CUES = new Set(['пгт', 'смт']);

/**
 * The larger towns of Russia, Ukraine, Belarus, Kazakhstan, Central Asia, the Caucasus, Bulgaria and
 * Serbia as their own languages write them (with the Russian spelling of the Ukrainian ones). Each is
 * found in any case form of the language ("Москва": "Москвы", "Москве", "Москвой"; "Казань": "Казани").
 * Towns that are also common given names or surnames are left to {@link TOWN_CUE} ("Владимир", "София",
 * "Киров", "Николаев").
 */
const TOWNS = `Москва|Санкт-Петербург|Петербург|Новосибирск|Екатеринбург|Казань|Нижний Новгород|Челябинск|Самара|Омск|
  Ростов-на-Дону|Уфа|Красноярск|Воронеж|Пермь|Волгоград|Краснодар|Саратов|Тюмень|Тольятти|Ижевск|Барнаул|
  Ульяновск|Иркутск|Хабаровск|Ярославль|Владивосток|Махачкала|Томск|Оренбург|Кемерово|Новокузнецк|Рязань|
  Астрахань|Набережные Челны|Пенза|Липецк|Чебоксары|Тула|Калининград|Курск|Ставрополь|Сочи|Тверь|
  Белгород|Архангельск|Смоленск|Мурманск|Якутск|Сургут|Севастополь|Симферополь|Великий Новгород|
  Киев|Київ|Харьков|Харків|Одесса|Одеса|Днепр|Дніпро|Днепропетровск|Донецк|Донецьк|Запорожье|Запоріжжя|
  Львов|Львів|Кривой Рог|Кривий Ріг|Миколаїв|Мариуполь|Маріуполь|Луганск|Луганськ|Винница|Вінниця|
  Херсон|Полтава|Чернигов|Чернігів|Черкассы|Черкаси|Житомир|Сумы|Суми|Ровно|Рівне|Ивано-Франковск|
  Івано-Франківськ|Тернополь|Тернопіль|Ужгород|Луцк|Луцьк|Кропивницкий|Кропивницький|Хмельницкий|Хмельницький|
  Минск|Мінск|Гомель|Могилёв|Могилев|Витебск|Віцебск|Гродно|Брест|Алматы|Алма-Ата|Астана|Нур-Султан|
  Караганда|Шымкент|Ташкент|Бишкек|Душанбе|Ашхабад|Баку|Тбилиси|Ереван|Кишинёв|Кишинев|
  Пловдив|Варна|Бургас|Стара Загора|Плевен|Белград|Београд|Нови Сад|Крагујевац|Скопје|
  Подгорица|Бања Лука|Сараево|Сарајево`;

/**
 * Ukrainian towns' stems in their other cases, where the vowel of the last syllable changes ("Київ":
 * "Києва", "у Києві"; "Харків": "Харкова"; "Миколаїв": "Миколаєва"; "Чернігів": "Чернігова").
 */
const UKRAINIAN_STEMS = 'києв харков миколаєв чернігов тернопол';

/** Stems of {@link TOWNS}' last words ("москв", "казан", "новгород") → the full names that end with them. */
const TOWN_STEMS = new Map<string, string[]>();
for (const raw of TOWNS.split('|')) {
  const name = raw.trim().toLowerCase().replace(/ё/g, 'е');
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  const stem = /[аяьйоыие]$/.test(last) && last.length > 4 ? last.slice(0, -1) : last;
  const list = TOWN_STEMS.get(stem) ?? [];
  list.push(name);
  TOWN_STEMS.set(stem, list);
}
for (const stem of UKRAINIAN_STEMS.split(' ')) TOWN_STEMS.set(stem, [stem]);
/** The first two letters of each stem (lower case): a word that opens otherwise is no town's form. */
const TOWN_PREFIXES = new Set([...TOWN_STEMS.keys()].map((k) => k.slice(0, 2)));
/** A capitalised Cyrillic word, hyphenated parts included ("Санкт-Петербург", "Ростов-на-Дону"). */
const CYRILLIC_WORD = /\p{Lu}[\p{Ll}’']+(?:-[\p{L}][\p{Ll}’']*)*/uy;

/** A capital Cyrillic letter and a small one after it. */
const CAPITAL_START = /[\u0400-\u042f][\u0430-\u045f\u0491\u0456\u0457\u0454]/g;

/** The stem of a Cyrillic word in lower case: itself, or itself less a case ending, that names a town. */
function townStem(word: string): string | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (TOWN_STEMS.has(w)) return w;
  for (const e of CYRILLIC_ENDINGS) {
    if (w.length - e.length >= 4 && w.endsWith(e) && TOWN_STEMS.has(w.slice(0, -e.length)))
      return w.slice(0, -e.length);
  }
  return null;
}

/** The towns of {@link TOWNS} in running text, in any case form; a name of two words is taken whole. */
function towns(text: string, out: Span[]): void {
  // Capital Cyrillic letters (А–Я, Ё, Є, І, Ї, Ђ–Џ, Ў) before a small one: where a town's word may open.
  for (const w of scanAll(text, CAPITAL_START)) {
    const i = w.index;
    const p = i > 0 ? text.charCodeAt(i - 1) : 32;
    if ((p >= 0x400 && p <= 0x52f) || isWordCode(p) || p === 45) continue;
    if (!TOWN_PREFIXES.has(w[0].toLowerCase())) continue;
    CYRILLIC_WORD.lastIndex = i;
    const m = CYRILLIC_WORD.exec(text);
    if (!m) continue;
    const stem = townStem(m[0]);
    if (!stem) continue;
    const end = i + m[0].length;
    const names = TOWN_STEMS.get(stem)!;
    // A two-word name: the word before it must be its first word ("Нижнем Новгороде", "Набережных Челнах").
    let start = i;
    const one = names.some((n) => !n.includes(' '));
    const prev = /(\p{Lu}[\p{Ll}]+)[ \u00a0]$/u.exec(text.slice(Math.max(0, i - 20), i));
    const two =
      prev && names.some((n) => n.includes(' ') && prev[1]!.toLowerCase().startsWith(n.slice(0, 3)));
    if (two) start = i - prev[0].length;
    if (one || two) out.push(span('LOCATION', start, end));
  }
}

/** A school's word ("университет", "институт", "коледж"): its line is an education line. */
const SCHOOL_WORD =
  /[Уу]ниверситет|[Уу]ніверсітэт|[Уу]ніверситет|[ИиІі]нститут|[Іі]нстытут|[Аа]кадеми|[Аа]кадемі|[Кк]олл?едж|[Тт]ехникум|[Тт]ехнікум|[Уу]чилищ|[Лл]ицей|[Лл]іцей|[Гг]имнази|[Гг]імназі|[Шш]кол|[Фф]акултет|[Фф]акультет/g;
/** A year or a range of years, with months ("2007 — 2012", "09.2007 – 06.2012", "2012 г."). */
const EDUCATION_DATE =
  /(?<![\d.])(?:(?:0?[1-9]|1[0-2])[./])?(?:19|20)\d{2}(?:[ \t]?(?:г\.|гг\.|р\.|рр\.))?(?:[ \t]?[-–—][ \t]?(?:(?:0?[1-9]|1[0-2])[./])?(?:19|20)\d{2}(?:[ \t]?(?:г\.|гг\.|р\.|рр\.))?)?(?![\d.])/gu;

/** The dates of Cyrillic education lines (a school's word in them; lines with no Cyrillic letter are left to grad-year). */
function educationDates(text: string, out: Span[]): void {
  let done = -1;
  for (const w of scanAll(text, SCHOOL_WORD)) {
    if (w.index < done) continue;
    const a = text.lastIndexOf('\n', w.index) + 1;
    const nl = text.indexOf('\n', w.index);
    done = nl < 0 ? text.length : nl;
    for (const m of scanAll(text.slice(a, done), EDUCATION_DATE)) {
      const start = a + m.index;
      out.push(span('GRAD_YEAR', start, start + m[0].length));
    }
  }
}

/** A Cyrillic letter anywhere in the text (one fast scan). */
const CYRILLIC_TEXT = /[\u0400-\u04ff]/;

export const cyrillicFields: Recognizer = {
  id: 'cyrillic-fields',
  kind: 'structure',
  entities: ['AGE', 'LOCATION', 'ADDRESS', 'NRP', 'MARITAL', 'ID', 'NAME', 'GRAD_YEAR'],
  analyze(text) {
    if (!CYRILLIC_TEXT.test(text)) return [];
    const out: Span[] = [];
    for (let k = text.indexOf(':'); k > 0; k = text.indexOf(':', k + 1)) {
      let b = k;
      while (b > 0 && text.charCodeAt(b - 1) === 32) b--;
      if (!isCyrillic(text.charCodeAt(b - 1))) continue;
      const found = labelBefore(text, k);
      if (!found) continue;
      let type = LABELS.get(found[1]);
      if (!type) continue;
      const value = valueAfter(text, k);
      if (!value) continue;
      const [s, e] = value;
      const digits = hasDigit(text, s, e);
      // An identity number holds digits ("Паспорт: есть" says nothing).
      if (type === 'ID' && !digits) continue;
      // A place with a street's number is an address; an address without one names a town.
      if (type === 'LOCATION' && digits) type = 'ADDRESS';
      else if (type === 'ADDRESS' && !digits) type = 'LOCATION';
      out.push(span(type, s, e));
    }
    for (let k = text.indexOf('.'); k > 0; k = text.indexOf('.', k + 1)) {
      const c = text.charCodeAt(k - 1);
      // The abbreviations end in "г", "р", "м" or "с" ("г.", "гор.", "гр.", "м.", "пос.", "с.").
      if (c !== 0x433 && c !== 0x440 && c !== 0x43c && c !== 0x441) continue;
      let b = k - 1;
      while (b > 0 && isCyrillic(text.charCodeAt(b - 1))) b--;
      TOWN_CUE.lastIndex = b;
      const m = TOWN_CUE.exec(text);
      if (m && m.index === b && m[0].indexOf('.') > 0) out.push(span('LOCATION', b, b + m[0].length));
    }
    for (const cue of UNDOTTED_CUES) {
      for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
        TOWN_CUE.lastIndex = k;
        const m = TOWN_CUE.exec(text);
        if (m) out.push(span('LOCATION', k, k + m[0].length));
      }
    }
    towns(text, out);
    educationDates(text, out);
    return out.sort((x, y) => x.start - y.start);
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/cyrillic-fields.test.ts
