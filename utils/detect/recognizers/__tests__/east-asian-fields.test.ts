import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { eastAsianFields } from '../east-asian-fields';

const fields = (text: string) =>
  eastAsianFields.analyze(text, {}).map((s) => [text.slice(s.start, s.end), s.label] as const);

describe('east-asian-fields recognizer', () => {
  it.each([
    [
      '性别：男    出生年月：1992年5月',
      [
        ['男', 'NRP'],
        ['1992年5月', 'AGE'],
      ],
    ],
    [
      '民族：汉族    政治面貌：中共党员    籍贯：湖南长沙',
      [
        ['汉族', 'NRP'],
        ['中共党员', 'NRP'],
        ['湖南长沙', 'LOCATION'],
      ],
    ],
    ['手机：138 0013 8000    邮箱：x@example.cn', [['138 0013 8000', 'PHONE']]],
    ['联系电话: 010-6275 1234', [['010-6275 1234', 'PHONE']]],
    [
      '婚姻状况：已婚\n现住址：北京市海淀区中关村大街1号',
      [
        ['已婚', 'MARITAL'],
        ['北京市海淀区中关村大街1号', 'ADDRESS'],
      ],
    ],
    // Japanese (a full-width space between fields) and Korean.
    [
      '氏名：山田 太郎　生年月日：1990年4月1日',
      [
        ['山田 太郎', 'NAME'],
        ['1990年4月1日', 'AGE'],
      ],
    ],
    [
      '성별: 남  생년월일: 1991.03.02  국적: 대한민국',
      [
        ['남', 'NRP'],
        ['1991.03.02', 'AGE'],
        ['대한민국', 'NRP'],
      ],
    ],
    // A next field on the same line without a wide gap.
    [
      '性别：男 民族：汉族',
      [
        ['男', 'NRP'],
        ['汉族', 'NRP'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it.each([
    // Other fields, a phone label without a number, English labels, a colon after Latin text.
    ['教育背景：清华大学 计算机科学与技术'],
    ['工作经历：阿里巴巴集团 高级工程师'],
    ['手机：请联系我'],
    ['Gender: Male'],
    ['Note: 性别 is asked on Chinese forms'],
    ['Time: 10:30'],
    ['项目地址：https://example.com/repo'],
  ])('no field in %s', (text) => {
    expect(fields(text)).toEqual([]);
  });

  it('leaves no field value of a Chinese resume unmasked', () => {
    const text =
      '姓名：王小明    性别：男    出生年月：1992年5月\n民族：汉族    政治面貌：中共党员    籍贯：湖南长沙\n手机：138 0013 8000';
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    for (const value of ['王小明', '男', '1992年5月', '汉族', '中共党员', '湖南长沙', '138 0013 8000'])
      expect(masked).toContain(value);
  });
});
