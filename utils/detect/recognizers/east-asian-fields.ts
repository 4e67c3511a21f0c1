/**
 * The personal-details fields of Chinese, Japanese and Korean resumes: a label in its own script, a
 * colon (full-width "：" or ":") and the value ("性别：男", "出生年月：1992年5月", "民族：汉族",
 * "政治面貌：中共党员", "籍贯：湖南长沙", "手机：138 0013 8000", "生年月日：1990年4月1日", "성별: 남").
 * These resumes open with a table of such fields; each value states the candidate's identity or a
 * protected trait, so it is masked whatever it says, with the field's type. The value runs to the
 * next run of spaces (the table's next column), a full-width space or the line's end.
 *
 * Only a colon right after a character of those scripts is looked at, so text without one costs one
 * search per colon.
 */

import { scanAll } from '../scan';
import type { EntityType, Recognizer, Span } from '../types';

/** Field labels (as written, several spellings each) and the type of their value. */
const FIELDS: ReadonlyArray<readonly [EntityType, string]> = [
  // Gender; ethnicity; political status; religion; nationality.
  ['NRP', '性别 性別 성별 民族 政治面貌 政治面目 宗教 宗教信仰 国籍 國籍 국적 종교'],
  // Birth date and age.
  ['AGE', '出生年月 出生日期 出生年月日 生日 生年月日 年龄 年齡 年齢 생년월일 나이 출생'],
  // Place of origin and household registration (a town, a province).
  // Place of residence (a town, perhaps with its district and street).
  [
    'LOCATION',
    '籍贯 籍貫 出生地 户籍 戶籍 户口所在地 本籍 出身地 출생지 본적 现居地 現居地 居住地 现居住地 現居住地 所在地 现居城市 現居城市 所在城市 目前所在地 现居 現居 现住 現住 거주지',
  ],
  [
    'ADDRESS',
    '住址 地址 现住址 現住址 家庭住址 家庭地址 通讯地址 通訊地址 联系地址 聯絡地址 居住地址 現住所 住所 주소 현주소',
  ],
  ['MARITAL', '婚姻状况 婚姻狀況 婚姻 婚否 配偶者 결혼 결혼여부 혼인'],
  [
    'PHONE',
    '手机 手機 电话 電話 联系电话 聯絡電話 聯繫電話 移动电话 手机号码 携帯 携帯電話 電話番号 휴대폰 휴대전화 전화 전화번호 연락처',
  ],
  // The candidate's name; a referee's, a recommender's or a contact person's.
  [
    'NAME',
    '姓名 氏名 이름 성명 推荐人 推薦人 证明人 證明人 联系人 聯繫人 聯絡人 紧急联系人 緊急聯絡人 推薦者 추천인',
  ],
  ['ID', '身份证 身份證 身份证号 身份证号码 身份證號碼 주민등록번호'],
];

const LABELS = new Map<string, EntityType>();
let longest = 0;
for (const [type, words] of FIELDS)
  for (const w of words.split(' ')) {
    LABELS.set(w, type);
    longest = Math.max(longest, w.length);
  }

/** True for a field label of these resumes ("氏名", "住所", "성별"): a header line it opens is a field, no name. */
export function isEastAsianLabel(word: string): boolean {
  return LABELS.has(word);
}

/** Section headings of Chinese, Japanese and Korean resumes (simplified and traditional spellings). */
const HEADINGS = new Set(
  [
    // Chinese.
    '个人简历 個人簡歷 简历 簡歷 个人信息 個人信息 个人资料 個人資料 基本信息 基本資料 基本资料 教育背景 教育经历 教育經歷',
    '学历 學歷 工作经历 工作經歷 工作经验 工作經驗 实习经历 實習經歷 项目经验 項目經驗 项目经历 項目經歷 专业技能 專業技能',
    '技能 技能特长 自我评价 自我評價 获奖情况 獲獎情況 荣誉奖项 榮譽獎項 证书 證書 资格证书 資格證書 语言能力 語言能力',
    '兴趣爱好 興趣愛好 求职意向 求職意向 联系方式 聯繫方式 聯絡方式 校园经历 校園經歷 社会实践 社會實踐 培训经历 培訓經歷',
    // Japanese.
    '学歴 職歴 学歴・職歴 学歴職歴 資格 免許 免許・資格 資格・免許 自己PR 自己ＰＲ 志望動機 職務経歴 職務要約 職務経歴書',
    'スキル 保有資格 趣味 特技 趣味・特技 本人希望記入欄 語学 活かせる経験・知識・技術 職務内容 自己紹介',
    // Korean.
    '인적사항 학력 학력사항 경력 경력사항 자기소개 자기소개서 자격증 자격사항 기술 보유기술 프로젝트 수상 수상경력',
    '어학 어학능력 병역 병역사항 교육 교육사항 활동 대외활동 기타 연락처 경험 보유역량',
  ]
    .join(' ')
    .split(' '),
);

/** True for a section heading of these resumes ("教育背景", "学歴", "학력"): no name however it stands. */
export function isEastAsianHeading(word: string): boolean {
  return HEADINGS.has(word);
}

/** True for a code unit of the CJK ideographs, kana or Hangul (the labels' scripts). */
function isEastAsian(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3400 && c <= 0x9fff) || // CJK ideographs
    (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff)
  );
}

const isGap = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;

/** The value after a colon at `colon`: [start, end), up to a run of two spaces, a full-width space or the line's end. */
function valueAfter(text: string, colon: number): [number, number] | null {
  let s = colon + 1;
  while (s < text.length && isGap(text.charCodeAt(s)) && s - colon <= 3) s++;
  let e = s;
  while (e < text.length && e - s < 40) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13 || c === 0x3000 || c === 9) break;
    if (c === 32 && isGap(text.charCodeAt(e + 1))) break;
    // The next field's label and colon on the same line ("男 民族：汉族" without a wide gap).
    if ((c === 0xff1a || c === 58) && e > s) {
      let b = e;
      while (b > s && isEastAsian(text.charCodeAt(b - 1))) b--;
      if (LABELS.has(text.slice(b, e))) {
        e = b;
        break;
      }
    }
    e++;
  }
  while (e > s && isGap(text.charCodeAt(e - 1))) e--;
  return e > s ? [s, e] : null;
}

function* colons(text: string): Generator<number> {
  for (const ch of ['：', ':']) for (let k = text.indexOf(ch); k > 0; k = text.indexOf(ch, k + 1)) yield k;
}

/**
 * The value after a label that opens a line and a full-width space or a tab instead of a colon, as
 * Japanese resumes (履歴書) lay out their table ("氏名　山田　太郎", "住所\t東京都…"): [start, end), up
 * to the line's end, a tab or two gaps in a row (the next column). One full-width space inside the
 * value stays in it ("山田　太郎").
 */
function valueAfterGap(text: string, gap: number): [number, number] | null {
  let s = gap;
  while (s < text.length && isGap(text.charCodeAt(s)) && s - gap <= 3) s++;
  let e = s;
  while (e < text.length && e - s < 60) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13 || c === 9 || (isGap(c) && isGap(text.charCodeAt(e + 1)))) break;
    e++;
  }
  while (e > s && isGap(text.charCodeAt(e - 1))) e--;
  return e > s ? [s, e] : null;
}

/** Full-width spaces and tabs right after a character of those scripts (where a label may end). */
function* gaps(text: string): Generator<number> {
  for (const ch of ['\u3000', '\t'])
    for (let k = text.indexOf(ch); k > 0; k = text.indexOf(ch, k + 1))
      if (isEastAsian(text.charCodeAt(k - 1))) yield k;
}

/**
 * A phone field's value holds 7 to 15 digits (Western, or the Arabic-Indic and Persian ones of
 * arabic-fields' resumes).
 */
export function phoneDigits(text: string, [start, end]: [number, number]): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) digits++;
  }
  return digits >= 7 && digits <= 15;
}

const field = (label: EntityType, [start, end]: [number, number]): Span => ({
  start,
  end,
  label,
  score: 0.85,
  recognizer: 'east-asian-fields',
});

/** A character of the CJK ideographs, kana or Hangul anywhere in the text (one fast scan). */
const EAST_ASIAN_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/**
 * A line of a CJK resume's education: a school or a degree, or entering or leaving one ("清华大学 本科",
 * "東京大学 工学部 卒業", "서울대학교 졸업").
 */
const EDUCATION_LINE =
  /[^\n]*(?:大学|大學|学院|學院|高校|高等学校|中学|中學|高中|本科|专科|專科|硕士|碩士|博士|学士|學士|毕业|畢業|卒業|入学|入學|修了|대학교|대학|고등학교|졸업|입학|학사|석사|박사)[^\n]*/g;
/** A year, with its month ("2012", "2012.06", "2012年6月", "平成25年3月"). */
const YEAR_MONTH =
  '(?:(?:19|20)\\d{2}(?:\\s?(?:[./-]|年)\\s?(?:0?[1-9]|1[0-2])(?!\\d)(?:\\s?月)?|年)?|(?:平成|令和|昭和)\\s?(?:元|\\d{1,2})年(?:\\s?\\d{1,2}月)?)';
/** A date or a range of dates on an education line ("2008-2012", "2008.09-2012.06", "2011.03 - 2015.02"). */
const EDUCATION_DATE = new RegExp(
  `(?<![\\d.])${YEAR_MONTH}(?:\\s?[-–—~〜～至]\\s?(?:${YEAR_MONTH}|至今|现在|現在|현재))?(?![\\d.])`,
  'gu',
);

/**
 * The dates of a CJK resume's education lines, which state the candidate's age as an English
 * "Class of 2012" does (grad-year reads Latin-script lines only).
 */
function educationDates(text: string, out: Span[]): void {
  for (const line of scanAll(text, EDUCATION_LINE)) {
    for (const m of scanAll(line[0], EDUCATION_DATE)) {
      const start = line.index + m.index;
      out.push({
        start,
        end: start + m[0].length,
        label: 'GRAD_YEAR',
        score: 0.85,
        recognizer: 'east-asian-fields',
      });
    }
  }
}

/**
 * The 100 or so commonest Chinese surnames (simplified and traditional), two-character ones first; the
 * commonest two-character Japanese surnames; the commonest Korean surnames in Hangul.
 */
const ZH_SURNAMES = new Set(
  `欧阳 司马 诸葛 上官 东方 歐陽 司馬 諸葛
  王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘
  于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹
  薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 汤 張 劉 陳 楊 黃 趙 吳 孫 馬 郭 羅 鄭 謝 許 韓
  馮 鄧 葉 蘇 呂 盧 鍾 譚 陸 賈 鄒 龔 錢 嚴 湯 蔣 閆 賀 顧 龍`.split(/\s+/),
);
const JA_SURNAMES = new Set(
  `佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 清水 山崎 池田 阿部
  橋本 山下 森田 石川 前田 藤田 小川 後藤 岡田 長谷川 村上 近藤 石井 斎藤 齋藤 坂本 遠藤 青木 藤井 西村 福田 太田
  三浦 藤原 岡本 松田 中川 中野 原田 小野 田村 竹内 金子 和田 中山 石田 上田 森本 原 柴田 酒井 工藤 横山 宮崎
  宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 平野 大塚 千葉 久保 松井
  小島 岩崎 桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 島崎 関 林 森`.split(
    /\s+/,
  ),
);
const KO_SURNAMES = new Set(
  `김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 홍 전 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우
  구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모
  탁 국 어 은 편 용 예 경 봉 사 부`.split(/\s+/),
);
/** Chinese titles after a full name ("李明先生", "王芳老师"). */
const ZH_TITLES = /先生|女士|小姐|老师|老師|教授|同学|同學|经理|經理|博士|医生|醫生|律师|律師|主任/g;
/** Characters that end the words before a name: "和", "与", "感谢", "由", "请", "是", "的" … */
const ZH_BEFORE = new Set([
  ...'和与與跟同对對向给給被让讓由请請谢謝的是位及或等把将將在从從为為了找问問见見叫陪帮幫称稱',
]);
/** Pairs a surname's character opens that are words before a title ("高级经理", "于是老师说"). */
const ZH_NOT_NAMES = new Set(
  '高级 高級 于是 任何 方面 何时 何時 周末 金牌 黄金 黃金 万一 萬一 程序 石油 白天 林业 龙头 龍頭 江湖 余下 段落 严格 嚴格 孔子 钱包 錢包'.split(
    ' ',
  ),
);
/** "和张伟一起", "与李娜合作": a name between "with" and "together" or "cooperate". */
const ZH_WITH = /[和与與跟同]([\u4e00-\u9fff]{2,3})(?:一起|一同|共同|合作)/g;
/** Japanese honorifics after a name ("山田太郎さん", "田中様", "佐藤氏"). */
const JA_CUES = /さん|様|氏|先生|くん|ちゃん/g;
/** Role words that close a run of ideographs before the honorific ("田中社長様"): no part of the name. */
const JA_ROLE_END = /(?:社長|部長|課長|係長|店長|会長|先生|教授|主任)$/;
/** A Korean name (surname and two syllables), perhaps a title, then "님" or "씨" ("김서연 님이", "박지훈 씨와"). */
const KO_NAME =
  /(?<![\uac00-\ud7af])([\uac00-\ud7af])([\uac00-\ud7af]{2})(?:[ ]?(?:선생|교수|대리|과장|차장|부장|팀장|실장|매니저|박사|대표|이사))?[ ]?(?:님|씨)(?=$|[^\uac00-\ud7af]|[이가은는을를과와의께에도한로랑])/gu;
/** Three-syllable role words before "님" whose first syllable is a surname ("이사장님", "지원자님"). */
const KO_NOT_NAMES = new Set(
  '이사장 부사장 부회장 부원장 부총장 조교수 지원자 구매자 신청자 문의자 방문자 사용자 주최자 고객센 선생님 전문가 관리자'.split(
    ' ',
  ),
);

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * People named in the running text of Chinese, Japanese and Korean letters, messages and resumes, by
 * a title or an honorific after the full name: a common surname and one or two characters before a
 * Chinese title ("感谢李明先生的推荐", "王芳老师指导我"), or between "with" and "together" ("我和张伟一起");
 * a run of ideographs that opens with a common Japanese surname before さん/様/氏 ("山田太郎さんと");
 * a Korean surname and two syllables before 님/씨 ("김서연 님이", "박지훈 씨와"). A surname alone before a
 * title ("王老师", "田中さん") is left alone: it names no one precisely enough.
 */
function cuedNames(text: string, out: Span[]): void {
  const add = (start: number, end: number) =>
    out.push({ start, end, label: 'NAME', score: 0.8, recognizer: 'east-asian-fields' });
  const boundary = (at: number) => at < 0 || !isHan(text.charCodeAt(at)) || ZH_BEFORE.has(text[at]!);
  for (const m of scanAll(text, ZH_TITLES)) {
    const k = m.index;
    if (!isHan(text.charCodeAt(k - 1)) || !isHan(text.charCodeAt(k - 2))) continue;
    // A two-character surname and one or two characters; a surname and two; a surname and one.
    let start = -1;
    for (const [len, sur] of [
      [4, 2],
      [3, 2],
      [3, 1],
      [2, 1],
    ] as const) {
      const a = k - len;
      if (a < 0 || !ZH_SURNAMES.has(text.slice(a, a + sur)) || !boundary(a - 1)) continue;
      // "谢谢王先生", "向李明老师": a surname that is also a word before a name (thank, towards) opens
      // none after another Han character or before a surname.
      if (
        ZH_BEFORE.has(text[a]!) &&
        ((a > 0 && isHan(text.charCodeAt(a - 1))) || ZH_SURNAMES.has(text[a + 1]!))
      )
        continue;
      let han = true;
      for (let i = a; i < k && han; i++) han = isHan(text.charCodeAt(i));
      if (han && !ZH_NOT_NAMES.has(text.slice(a, a + 2))) {
        start = a;
        break;
      }
    }
    if (start >= 0) add(start, k);
  }
  for (const m of scanAll(text, ZH_WITH)) {
    const name = m[1]!;
    const sur = ZH_SURNAMES.has(name.slice(0, 2)) ? 2 : ZH_SURNAMES.has(name[0]!) ? 1 : 0;
    if (sur && name.length > sur && !ZH_NOT_NAMES.has(name.slice(0, 2)))
      add(m.index + 1, m.index + 1 + name.length);
  }
  for (const m of scanAll(text, JA_CUES)) {
    let a = m.index;
    while (a > 0 && m.index - a < 6 && isHan(text.charCodeAt(a - 1))) a--;
    if (a > 0 && isHan(text.charCodeAt(a - 1))) continue;
    const run = text.slice(a, m.index).replace(JA_ROLE_END, '');
    if (run.length < 2) continue;
    const sur = JA_SURNAMES.has(run.slice(0, 3))
      ? 3
      : JA_SURNAMES.has(run.slice(0, 2))
        ? 2
        : JA_SURNAMES.has(run[0]!)
          ? 1
          : 0;
    // A one-character surname needs a given name after it ("林健太さん"), a longer one may stand alone ("田中様").
    if (!sur || (sur === 1 && run.length < 3)) continue;
    add(a, a + run.length);
  }
  writers(text, add);
  for (const m of scanAll(text, KO_NAME)) {
    if (!KO_SURNAMES.has(m[1]!) || KO_NOT_NAMES.has(m[1]! + m[2]!)) continue;
    add(m.index, m.index + 3);
  }
}

/** "我叫王小明，", "我是李娜。", "本人张伟": a Chinese self-introduction before the full name. */
const ZH_SELF = /(?:我叫|我是|本人)([\u4e00-\u9fff]{2,4})(?=[，,。.、\s(（]|$)/gu;
/** "山田太郎と申します": a Japanese self-introduction after the full name. */
const JA_SELF = /([\u4e00-\u9fff]{2,5})[ \u3000]?と申します/gu;
/** "저는 김서연입니다", "지원자 김서연입니다", "제 이름은 박지훈입니다": a Korean self-introduction. */
const KO_SELF = /(?:저는|제 이름은|지원자)[ ]?([\uac00-\ud7af]{3})(?:입니다|이라고|라고)/gu;
/** "김서연 드림", "박지훈 올림": a Korean letter's signature. */
const KO_SIGNED = /(?<![\uac00-\ud7af])([\uac00-\ud7af]{3})[ ]?(?:드림|올림)(?![\uac00-\ud7af])/gu;
/** A Chinese or Japanese letter's closing on a line of its own ("敬具", "此致", "敬礼"): the name signs below it. */
const CLOSING_LINE = /^[ \u3000]*(?:敬具|敬白|草々|謹白|此致|敬礼|敬禮|谨上|謹上)[ \u3000]*$/gmu;
/** A signature's line: a name of ideographs, one gap inside at most ("山田 太郎", "王小明"). */
const SIGNATURE_LINE = /^[ \u3000]*([\u4e00-\u9fff]{1,4}(?:[ \u3000][\u4e00-\u9fff]{1,4})?)[ \u3000]*$/u;

/** True when a run of ideographs opens with a common Chinese or Japanese surname and holds a given name too. */
function surnameFirst(run: string): boolean {
  const han = run.replace(/[ \u3000]/g, '');
  if (han.length < 2) return false;
  if (
    ZH_SURNAMES.has(han.slice(0, 2)) ||
    JA_SURNAMES.has(han.slice(0, 2)) ||
    JA_SURNAMES.has(han.slice(0, 3))
  )
    return han.length >= 2;
  return ZH_SURNAMES.has(han[0]!) && han.length <= 3;
}

/**
 * The writer of a Chinese, Japanese or Korean letter or message: a self-introduction ("我叫王小明",
 * "山田太郎と申します", "저는 김서연입니다"), a Korean signature ("김서연 드림"), or the name line that a
 * closing ("敬具", "此致\n敬礼") stands above, a date line between them skipped.
 */
function writers(text: string, add: (start: number, end: number) => void): void {
  for (const m of scanAll(text, ZH_SELF)) {
    const name = m[1]!;
    if (surnameFirst(name) && !ZH_NOT_NAMES.has(name.slice(0, 2)))
      add(m.index + m[0].length - name.length, m.index + m[0].length);
  }
  for (const m of scanAll(text, JA_SELF)) {
    if (m.index > 0 && isHan(text.charCodeAt(m.index - 1))) continue;
    if (surnameFirst(m[1]!)) add(m.index, m.index + m[1]!.length);
  }
  for (const re of [KO_SELF, KO_SIGNED])
    for (const m of scanAll(text, re)) {
      const name = m[1]!;
      if (!KO_SURNAMES.has(name[0]!) || KO_NOT_NAMES.has(name)) continue;
      const start = m.index + m[0].indexOf(name);
      add(start, start + 3);
    }
  let signed = -1;
  for (const m of scanAll(text, CLOSING_LINE)) {
    let at = m.index + m[0].length + 1;
    // ("此致\n敬礼": the second closing line finds the same name.)
    if (at <= signed) continue;
    for (let k = 0; k < 3 && at < text.length; k++) {
      let eol = text.indexOf('\n', at);
      if (eol < 0) eol = text.length;
      const line = text.slice(at, eol);
      const sig = SIGNATURE_LINE.exec(line);
      if (sig && surnameFirst(sig[1]!)) {
        const start = at + line.indexOf(sig[1]!);
        add(start, start + sig[1]!.length);
        signed = start;
        break;
      }
      // A date, the closing's second line ("敬礼") or a blank line may stand between.
      if (line.trim() && !/\d|年|敬礼|敬禮/.test(line)) break;
      at = eol + 1;
    }
  }
}

/** A cue of {@link cuedNames} anywhere in the text (one fast scan). */
const CUED_TEXT = /[先女小老教同经經博医醫律主和与與跟さ様氏く님씨我本申저제지드올敬此草謹谨]/;

export const eastAsianFields: Recognizer = {
  id: 'east-asian-fields',
  kind: 'structure',
  entities: ['NRP', 'AGE', 'LOCATION', 'ADDRESS', 'MARITAL', 'PHONE', 'NAME', 'ID', 'GRAD_YEAR'],
  analyze(text) {
    const out: Span[] = [];
    for (const k of colons(text)) {
      let b = k;
      while (b > 0 && k - b < longest && isEastAsian(text.charCodeAt(b - 1))) b--;
      // The label is the whole run of those scripts before the colon ("项目地址：" is a project's
      // address, a link, not "地址：").
      if (b === k || (b > 0 && isEastAsian(text.charCodeAt(b - 1)))) continue;
      const type = LABELS.get(text.slice(b, k));
      if (!type) continue;
      const value = valueAfter(text, k);
      if (!value) continue;
      if (type !== 'PHONE' || phoneDigits(text, value)) out.push(field(type, value));
    }
    for (const k of gaps(text)) {
      let b = k;
      while (b > 0 && k - b < longest && isEastAsian(text.charCodeAt(b - 1))) b--;
      // The label opens its line (after indentation at most): a gap inside running text is no field.
      let a = b;
      while (a > 0 && (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 0x3000)) a--;
      if (b === k || (a > 0 && text.charCodeAt(a - 1) !== 10)) continue;
      const type = LABELS.get(text.slice(b, k));
      if (!type) continue;
      const value = valueAfterGap(text, k);
      if (!value) continue;
      if (type !== 'PHONE' || phoneDigits(text, value)) out.push(field(type, value));
    }
    if (EAST_ASIAN_TEXT.test(text)) {
      educationDates(text, out);
      if (CUED_TEXT.test(text)) cuedNames(text, out);
    }
    return out.sort((x, y) => x.start - y.start);
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/east-asian-fields.test.ts
