import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { eastAsianFields } from '../east-asian-fields';

const fields = (text: string) =>
  eastAsianFields.analyze(text, {}).map((s) => [text.slice(s.start, s.end), s.label] as const);
/** The names the recognizer finds, as written. */
const names = (text: string) =>
  eastAsianFields
    .analyze(text, {})
    .filter((s) => s.label === 'NAME')
    .map((s) => text.slice(s.start, s.end));

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
    // Where the candidate lives now.
    [
      '现居地：上海市浦东新区张江路123号\n所在城市：深圳\n家庭地址：北京市海淀区中关村大街1号',
      [
        ['上海市浦东新区张江路123号', 'LOCATION'],
        ['深圳', 'LOCATION'],
        ['北京市海淀区中关村大街1号', 'ADDRESS'],
      ],
    ],
    ['거주지: 서울특별시 강남구', [['서울특별시 강남구', 'LOCATION']]],
    // The short label, "now living": "现居".
    ['现居: 上海市浦东新区张江路 88 弄', [['上海市浦东新区张江路 88 弄', 'LOCATION']]],
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
    // A Japanese resume's table: the label opens the line, a full-width space or a tab and no colon.
    [
      '履歴書\n氏名　山田　太郎\n生年月日　1990年4月1日（満34歳）\n住所\t東京都新宿区西新宿2-8-1\n電話番号　090-1234-5678',
      [
        ['山田　太郎', 'NAME'],
        ['1990年4月1日（満34歳）', 'AGE'],
        ['東京都新宿区西新宿2-8-1', 'ADDRESS'],
        ['090-1234-5678', 'PHONE'],
      ],
    ],
    // The next column after two gaps.
    ['  성별\t남\t\t국적　대한민국', [['남', 'NRP']]],
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
    // A label word after a gap inside running text, and a label run into a longer word, are no fields.
    ['チームで住所　変更の機能を作った'],
    ['現住所変更　手続き'],
    ['电话　请联系我'],
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

  it.each([
    [
      '教育背景\n2008-2012 清华大学 计算机科学与技术 本科\n工作经历\n2015-至今 阿里巴巴 高级工程师',
      ['2008-2012'],
      ['2015-至今'],
    ],
    ['2008.09-2012.06 北京大学 硕士\n2012年6月 毕业于复旦大学', ['2008.09-2012.06', '2012年6月'], []],
    [
      '学歴\n2009年4月　東京大学 工学部 入学\n平成25年3月　東京大学 工学部 卒業\n職歴\n2013年4月　株式会社メルカリ 入社',
      ['2009年4月', '平成25年3月'],
      ['2013年4月'],
    ],
    [
      '학력\n2011.03 - 2015.02 서울대학교 컴퓨터공학과 졸업\n경력\n2015.03 - 현재 카카오',
      ['2011.03 - 2015.02'],
      ['2015.03 - 현재'],
    ],
  ])('masks the dates of the education lines of %s', (text, dates, kept) => {
    const spans = fields(text).filter(([, label]) => label === 'GRAD_YEAR');
    expect(spans.map(([t]) => t)).toEqual(dates);
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    for (const k of kept) expect(masked).not.toContain(k);
  });

  it.each([
    ['教育背景\n2008-2012 清华大学 计算机科学与技术 本科'],
    ['学歴\n2013年3月　東京大学 工学部 卒業'],
    ['履歴書\n学歴\n2013年3月　東京大学 工学部 卒業'],
    ['학력\n2011.03 - 2015.02 서울대학교 컴퓨터공학과 졸업'],
  ])('takes no section heading for the name at the top of %s', (text) => {
    expect(analyze(text).filter((s) => s.label === 'NAME')).toEqual([]);
  });

  it.each([
    // The name a field states recurs in unspaced running text: full, given name alone, surname before a particle.
    [
      '姓名：王小明\n工作经历\n王小明负责支付系统。小明还带领团队。',
      ['王小明', '王小明', '小明'],
      ['支付系统', '带领团队'],
    ],
    [
      '履歴書\n氏名　山田　太郎\n職歴\n山田は決済チームを率いた。',
      ['山田　太郎', '山田'],
      ['決済チーム', '氏名'],
    ],
    [
      '이름: 김민준\n경력\n김민준은 결제 시스템을 담당했습니다. 지원 동기',
      ['김민준', '김민준'],
      ['결제 시스템', '지원 동기'],
    ],
  ])('finds the stated name again in %s', (text, names, kept) => {
    const spans = analyze(text);
    expect(spans.filter((s) => s.label === 'NAME').map((s) => text.slice(s.start, s.end))).toEqual(names);
    const masked = spans.map((s) => text.slice(s.start, s.end)).join('\n');
    for (const k of kept) expect(masked).not.toContain(k);
  });
});

describe('east-asian-fields: people named by a title or an honorific in running text', () => {
  it.each([
    ['项目经历\n我和张伟一起完成了项目。', ['张伟']],
    ['推荐人：李娜', ['李娜']],
    ['在项目中，王芳老师指导我完成了论文。', ['王芳']],
    ['感谢李明先生的推荐。', ['李明']],
    ['欧阳娜娜老师', ['欧阳娜娜']],
    ['我向李明老师请教。', ['李明']],
    ['谢明先生的推荐。', ['谢明']],
    ['山田太郎さんと一緒にプロジェクトを担当しました。', ['山田太郎']],
    ['田中様より推薦をいただきました。', ['田中']],
    ['皆様、田中社長様', ['田中']],
    ['김서연 님이 작성한 문서를 검토했습니다.', ['김서연']],
    ['박지훈 씨와 함께 개발했습니다.', ['박지훈']],
    ['김서연 선생님께 배웠습니다.', ['김서연']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Titles and roles alone, a surname alone before a title, words a surname's character opens.
    ['선생님이 말씀하셨습니다. 이사장님께 보고했습니다. 지원자님의 서류를 검토했습니다. 고객님 감사합니다.'],
    ['项目经理负责协调。高级经理王总。于是老师说好。副教授职称。数学老师很好。'],
    ['谢谢王先生的分享！'],
    ['お客様各位\n採用担当者様\n森さん、皆さん'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('east-asian-fields: the writer of a letter or a message in Chinese, Japanese or Korean', () => {
  it.each([
    ['我叫王小明，是一名后端工程师。', ['王小明']],
    ['私は山田太郎と申します。', ['山田太郎']],
    ['안녕하세요.\n지원자 김서연입니다.', ['김서연']],
    ['저는 박지훈입니다.', ['박지훈']],
    ['감사합니다.\n김서연 드림', ['김서연']],
    ['ぜひ面接の機会をいただけますと幸いです。\n敬具\n2026年11月30日\n山田 太郎', ['山田 太郎']],
    ['我对贵公司的职位很感兴趣。\n此致\n敬礼\n王小明\n2026年11月30日', ['王小明']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['我是一名后端工程师。本人性格开朗。'],
    ['저는 지원자입니다. 저는 개발자입니다.'],
    ['敬具\n株式会社サンプル\n人事部'],
    ['此致\n敬礼\n招聘团队'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
