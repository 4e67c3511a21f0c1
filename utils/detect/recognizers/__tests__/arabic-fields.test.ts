import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { arabicFields } from '../arabic-fields';

/** [text, label] of each span the recognizer finds, in order. */
const spans = (text: string) =>
  arabicFields.analyze(text, {}).map((s) => [text.slice(s.start, s.end), s.label] as const);

describe('arabic-fields: the personal-details fields of resumes in the Arabic script', () => {
  it.each([
    ['الاسم: سلمى خالد النعيمي', [['سلمى خالد النعيمي', 'NAME']]],
    ['تاريخ الميلاد: 1990/05/12', [['1990/05/12', 'AGE']]],
    [
      'الجنسية: أردنية\nالحالة الاجتماعية: متزوجة\nالديانة: مسيحية',
      [
        ['أردنية', 'NRP'],
        ['متزوجة', 'MARITAL'],
        ['مسيحية', 'NRP'],
      ],
    ],
    ['العنوان: حي الياسمين، شارع 15', [['حي الياسمين، شارع 15', 'ADDRESS']]],
    ['الجوال: 0551234567', [['0551234567', 'PHONE']]],
    ['رقم الهوية: 1098765432', [['1098765432', 'ID']]],
    // Persian and Urdu labels, Persian digits and letters (ی, ک).
    [
      'نام و نام خانوادگی: سارا کاظمی\nتاریخ تولد: ۱۳۷۰/۰۲/۱۵\nملیت: ایرانی\nوضعیت تأهل: مجرد',
      [
        ['سارا کاظمی', 'NAME'],
        ['۱۳۷۰/۰۲/۱۵', 'AGE'],
        ['ایرانی', 'NRP'],
        ['مجرد', 'MARITAL'],
      ],
    ],
    ['تاریخ پیدائش: 12-03-1994', [['12-03-1994', 'AGE']]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    // A phone field without enough digits; a colon inside a sentence; a label that is no field's.
    ['الجوال: غير متوفر'],
    ['قال المدير: العمل ممتاز'],
    ['المهارات: بايثون، جافا'],
    // Latin text.
    ['Name: Jordan Ellis'],
  ])('no field in %s', (text) => {
    expect(spans(text).filter(([, l]) => l !== 'LOCATION')).toEqual([]);
  });

  it('masks the school and the year of an education line, and a place as a word', () => {
    const text = 'بكالوريوس هندسة حاسب، جامعة الملك سعود، 2012\nمهندس، شركة أرامكو، الظهران';
    expect(spans(text)).toEqual([
      ['جامعة الملك سعود', 'SCHOOL'],
      ['2012', 'GRAD_YEAR'],
      ['الظهران', 'LOCATION'],
    ]);
  });

  it('keeps the years of work lines and words that only contain a place', () => {
    expect(spans('مهندس برمجيات، شركة ناشئة (2012 - 2018)\nالخبر والعين')).toEqual([]);
  });

  it('names no heading as a person in the whole analysis', () => {
    const text = 'السيرة الذاتية\nالاسم: سلمى خالد النعيمي\nالمهارات: بايثون';
    const found = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(found).toContain('سلمى خالد النعيمي');
    expect(found).not.toContain('السيرة الذاتية');
  });
});
