/**
 * The personal-details fields of resumes written in the Arabic script (Arabic, Persian, Urdu): a label
 * in that script, a colon and the value ("الاسم: أحمد محمد", "تاريخ الميلاد: 1990/05/12", "الجنسية:
 * سعودي", "الحالة الاجتماعية: متزوج", "تاریخ تولد: ۱۳۷۰/۰۲/۱۵", "ملیت: ایرانی"). As on Chinese and Japanese
 * resumes (east-asian-fields), each value states the candidate's identity or a protected trait, so it
 * is masked whatever it says, with the field's type. Also the schools these resumes name ("جامعة الملك
 * سعود", "دانشگاه تهران") and the years on their education lines.
 *
 * Only texts holding a letter of the Arabic script are read: one search of the text otherwise.
 */

import { scanAll } from '../scan';
import type { EntityType, Recognizer, Span } from '../types';
import { phoneDigits } from './east-asian-fields';

/** Field labels (Arabic, then Persian and Urdu spellings) and the type of their value. */
const FIELDS: ReadonlyArray<readonly [EntityType, readonly string[]]> = [
  [
    'NAME',
    [
      'الاسم',
      'الاسم الكامل',
      'الاسم بالكامل',
      'الاسم الثلاثي',
      'الاسم الرباعي',
      'اسم الاب',
      'نام',
      'نام و نام خانوادگی',
      'نام خانوادگی',
      'نام پدر',
      'ولدیت',
    ],
  ],
  [
    'AGE',
    [
      'تاريخ الميلاد',
      'تاريخ الولادة',
      'تاريخ ومكان الميلاد',
      'العمر',
      'السن',
      'تاریخ تولد',
      'سن',
      'تاریخ پیدائش',
      'عمر',
    ],
  ],
  [
    'NRP',
    [
      'الجنسية',
      'الديانة',
      'الدين',
      'المذهب',
      'الجنس',
      'النوع',
      'ملیت',
      'دین',
      'مذهب',
      'جنسیت',
      'قومیت',
      'مذہب',
      'جنس',
    ],
  ],
  ['MARITAL', ['الحالة الاجتماعية', 'الحالة الزوجية', 'وضعیت تاهل', 'ازدواجی حیثیت']],
  ['ADDRESS', ['العنوان', 'عنوان السكن', 'العنوان الدائم', 'العنوان الحالي', 'آدرس', 'نشانی', 'پتہ', 'پتا']],
  [
    'LOCATION',
    [
      'مكان الميلاد',
      'محل الميلاد',
      'مكان الاقامة',
      'محل الاقامة',
      'مدينة الاقامة',
      'بلد الاقامة',
      'المدينة',
      'محل تولد',
      'محل سکونت',
      'شهر',
      'جائے پیدائش',
      'شہر',
    ],
  ],
  [
    'PHONE',
    [
      'الجوال',
      'الهاتف',
      'رقم الجوال',
      'رقم الهاتف',
      'الموبايل',
      'الهاتف المحمول',
      'رقم التواصل',
      'جوال',
      'هاتف',
      'تلفن',
      'موبایل',
      'تلفن همراه',
      'شماره تماس',
      'فون',
      'موبائل',
      'رابطہ نمبر',
    ],
  ],
  [
    'ID',
    [
      'رقم الهوية',
      'رقم الاقامة',
      'رقم جواز السفر',
      'جواز السفر',
      'الرقم القومي',
      'الرقم الوطني',
      'رقم البطاقة',
      'السجل المدني',
      'کد ملی',
      'شماره ملی',
      'شماره شناسنامه',
      'شناختی کارڈ نمبر',
    ],
  ],
];

/**
 * A label as written to the form it is looked up by: Persian and Urdu yeh and kaf as the Arabic
 * letters, hamza forms of alef as alef, the tatweel, the short vowels and the zero-width non-joiner
 * dropped, runs of spaces as one.
 * @example normalize('تاریخ تولد') === normalize('تاريخ تولد')
 */
export function normalizeArabic(s: string): string {
  return s
    .replace(/[\u064b-\u065f\u0670\u0640\u200c\u200f]/g, '')
    .replace(/[یى]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[أإآ]/g, 'ا')
    .replace(/\s+/g, ' ')
    .trim();
}

const LABELS = new Map<string, EntityType>();
for (const [type, words] of FIELDS) for (const w of words) LABELS.set(normalizeArabic(w), type);

/** Section headings and document titles of these resumes: no name however they stand. */
const HEADINGS = new Set(
  [
    'السيرة الذاتية',
    'سيرة ذاتية',
    'المعلومات الشخصية',
    'البيانات الشخصية',
    'معلومات شخصية',
    'بيانات شخصية',
    'المؤهلات العلمية',
    'المؤهلات',
    'المؤهل العلمي',
    'التعليم',
    'الخبرات العملية',
    'الخبرات',
    'الخبرة العملية',
    'الخبرات السابقة',
    'المهارات',
    'اللغات',
    'الدورات التدريبية',
    'الدورات',
    'الهوايات',
    'المراجع',
    'معلومات الاتصال',
    'الهدف الوظيفي',
    'رزومه',
    'اطلاعات شخصی',
    'سوابق تحصیلی',
    'سوابق کاری',
    'مهارت ها',
    'تحصیلات',
    'سوانح حیات',
    'ذاتی معلومات',
    'تعلیم',
    'تجربہ',
  ].map(normalizeArabic),
);

/** True for a section heading or a field label of these resumes ("السيرة الذاتية", "الاسم"): no name. */
export function isArabicHeading(words: string): boolean {
  const n = normalizeArabic(words);
  return HEADINGS.has(n) || LABELS.has(n);
}

/** A letter of the Arabic script (Arabic, Persian, Urdu). */
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]/;
/** A code unit of the Arabic script's letters, or a space or ZWNJ between a label's words. */
function isLabelCode(c: number): boolean {
  return (c >= 0x0620 && c <= 0x06ff) || c === 32 || c === 0x200c;
}

/** The value after a colon at `colon`: [start, end), to the line's end, a tab, " | " or two spaces. */
function valueAfter(text: string, colon: number): [number, number] | null {
  let s = colon + 1;
  while (s < text.length && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9) && s - colon <= 3) s++;
  let e = s;
  while (e < text.length && e - s < 80) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13 || c === 9 || c === 124) break;
    if (c === 32 && text.charCodeAt(e + 1) === 32) break;
    e++;
  }
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0x060c)) e--;
  return e > s ? [s, e] : null;
}

/**
 * A school's name: its word ("جامعة" university, "كلية" college, "معهد" institute, "مدرسة" school,
 * "أكاديمية" academy; Persian "دانشگاه", "دانشکده", "هنرستان"; Urdu "یونیورسٹی", "کالج") and up to four
 * words after it, to a comma, a dash, a bracket, a digit or the line's end.
 */
const SCHOOL =
  /(?<![\u0620-\u06ff])(?:ال)?(?:جامعة|جامعه|كلية|كليه|معهد|مدرسة|مدرسه|أكاديمية|اكاديمية|دانشگاه|دانشکده|هنرستان|دبیرستان|یونیورسٹی|کالج)(?:[ \u200c][\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u200c]+){1,4}/gu;
/** Words after a school's word that make it no school's name ("جامعة" as a word of a sentence). */
const NOT_SCHOOL_NEXT = new Set(['في', 'من', 'الى', 'على', 'عن', 'و', 'در', 'از', 'به', 'و']);

/** Degree and education words of these resumes: a year on a line holding one is a graduation's. */
const EDUCATION_WORD =
  /بكالوريوس|ماجستير|دكتوراه|دكتوراة|دبلوم|ليسانس|الثانوية|ثانوية|تخرج|جامعة|كلية|معهد|کارشناسی|دکتری|دکترا|دیپلم|فارغ|دانشگاه|میٹرک|انٹرمیڈیٹ|بی اے|ایم اے/;
/** A year (Gregorian, Hijri or Solar Hijri; Western, Arabic-Indic or Persian digits). */
const YEAR =
  /(?<![0-9\u0660-\u0669\u06f0-\u06f9])(?:(?:19|20)[0-9]{2}|1[34][0-9]{2}|[\u0661][\u0669\u0664\u0663][\u0660-\u0669]{2}|[\u0662][\u0660][\u0660-\u0669]{2}|[\u06f1][\u06f9\u06f4\u06f3][\u06f0-\u06f9]{2}|[\u06f2][\u06f0][\u06f0-\u06f9]{2})(?![0-9\u0660-\u0669\u06f0-\u06f9])/gu;

/**
 * Capitals, large towns and countries of the Arab world, Iran and Pakistan in the script (the gazetteer
 * holds Latin names only): masked wherever they stand as words. One-word names only, and none that is
 * also a common word ("الخبر" the news, "العين" the eye, "قم"; "الدار البيضاء" and "رام الله" are two).
 */
const PLACES = new Set(
  `الرياض جدة الدمام الظهران مكة الطائف تبوك أبها القصيم بريدة ينبع الجبيل دبي أبوظبي الشارقة عجمان
  الدوحة الكويت المنامة مسقط صلالة القاهرة الإسكندرية الجيزة المنصورة أسيوط طنطا عمان إربد الزرقاء بيروت طرابلس
  صيدا دمشق حلب حمص بغداد البصرة الموصل أربيل النجف كربلاء الخرطوم الرباط مراكش فاس طنجة تونس
  صفاقس الجزائر وهران قسنطينة بنغازي صنعاء عدن تعز غزة نابلس الخليل القدس
  السعودية مصر الأردن الإمارات قطر البحرين لبنان سوريا العراق المغرب الجزائر ليبيا السودان اليمن فلسطين موريتانيا
  تهران مشهد اصفهان شیراز تبریز کرج اهواز ایران کراچی لاہور راولپنڈی پشاور کوئٹہ ملتان پاکستان
  افغانستان کابل`
    .split(/\s+/)
    .map(normalizeArabic),
);
/** A word of the script (letters, perhaps joined by a ZWNJ). */
const ARABIC_WORD =
  /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff][\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06fa-\u06ff\u200c]*/gu;

/** The places of {@link PLACES} named as words. */
function places(text: string, out: Span[]): void {
  for (const m of scanAll(text, ARABIC_WORD))
    if (PLACES.has(normalizeArabic(m[0]))) out.push(span('LOCATION', m.index, m.index + m[0].length, 0.75));
}

const span = (label: EntityType, start: number, end: number, score = 0.85): Span => ({
  start,
  end,
  label,
  score,
  recognizer: 'arabic-fields',
});

/** The labelled fields: the run of the script's letters and spaces before each colon, from the line's start or a separator. */
function fields(text: string, out: Span[]): void {
  for (let k = text.indexOf(':'); k > 0; k = text.indexOf(':', k + 1)) {
    let b = k;
    while (b > 0 && k - b < 40 && isLabelCode(text.charCodeAt(b - 1))) b--;
    if (b === k || !ARABIC_LETTER.test(text.slice(b, k))) continue;
    // The label opens its line or follows a separator (a bar, a tab, a bullet).
    const before = b > 0 ? text.charCodeAt(b - 1) : 10;
    if (
      !(
        before === 10 ||
        before === 13 ||
        before === 9 ||
        before === 124 ||
        before === 0x2022 ||
        before === 45
      )
    )
      continue;
    const type = LABELS.get(normalizeArabic(text.slice(b, k)));
    if (!type) continue;
    const value = valueAfter(text, k);
    if (!value) continue;
    if (type !== 'PHONE' || phoneDigits(text, value)) out.push(span(type, value[0], value[1]));
  }
}

/** The schools named, and the years on the lines that name a school or a degree. */
function education(text: string, out: Span[]): void {
  for (const m of scanAll(text, SCHOOL)) {
    const words = m[0].split(/[ \u200c]/);
    if (NOT_SCHOOL_NEXT.has(words[1]!)) continue;
    // (A word of a sentence after the name is cut at "في"/"من" and the like: "جامعة الملك سعود في الرياض".)
    let text0 = m[0];
    for (let k = 1; k < words.length; k++)
      if (NOT_SCHOOL_NEXT.has(words[k]!)) {
        text0 = words.slice(0, k).join(' ');
        break;
      }
    out.push(span('SCHOOL', m.index, m.index + text0.length, 0.8));
  }
  let at = 0;
  while (at < text.length) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    const line = text.slice(at, eol);
    if (EDUCATION_WORD.test(line))
      for (const m of scanAll(line, YEAR))
        out.push(span('GRAD_YEAR', at + m.index, at + m.index + m[0].length, 0.8));
    at = eol + 1;
  }
}

export const arabicFields: Recognizer = {
  id: 'arabic-fields',
  kind: 'structure',
  entities: ['NAME', 'AGE', 'NRP', 'MARITAL', 'ADDRESS', 'LOCATION', 'PHONE', 'ID', 'SCHOOL', 'GRAD_YEAR'],
  analyze(text) {
    const out: Span[] = [];
    if (!ARABIC_LETTER.test(text)) return out;
    fields(text, out);
    education(text, out);
    places(text, out);
    return out.sort((x, y) => x.start - y.start);
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/arabic-fields.test.ts
