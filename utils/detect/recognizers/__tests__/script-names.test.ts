import { describe, expect, it } from 'vitest';
import { scriptNames } from '../script-names';
import { found } from './helpers';

describe('script-names: Chinese names in ideographs inside Latin-script text', () => {
  it.each([
    ['References: 李娜, Engineering Manager, ByteDance', ['李娜']],
    ['Wei Zhang (张伟)\nSoftware Engineer', ['张伟']],
    ['王小明 — Product Lead, Shenzhen', ['王小明']],
    ['欧阳娜娜 (Nana Ouyang), Designer', ['欧阳娜娜']],
    // Words that open with a surname's character but end in no given name's stay.
    ['Skills: 高并发 systems, 分布式 design', []],
    // A Chinese resume is read by east-asian-fields, not here.
    ['姓名：李娜\n工作经历：负责高并发系统的设计与开发，带领团队完成迁移', []],
    // Japanese: kana beside the ideographs make them no Chinese name.
    ['Tanaka (田中ゆき) Engineer', []],
  ])('%j', (text, expected) => {
    expect(found(scriptNames, text)).toEqual(expected);
  });
});

describe('script-names: Arabic-script names', () => {
  it.each([
    ['محمد العلي، مهندس', ['محمد العلي']],
    ['Referee: عبدالله بن سعيد, HSE Manager', ['عبدالله بن سعيد']],
    ['عبد الله الزهراني — Project Engineer', ['عبد الله الزهراني']],
    ['Contact: فاطمة الزهراء', ['فاطمة الزهراء']],
    // A word that is also a given name elsewhere ("نور", light) opens no name here.
    ['نور الشمس مشرق', []],
    ['Arabic (native): خبرة في إدارة المشاريع', []],
  ])('%j', (text, expected) => {
    expect(found(scriptNames, text)).toEqual(expected);
  });
});
