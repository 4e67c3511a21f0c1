/**
 * Names written in another script inside a Latin-script resume or page: a Chinese name in ideographs
 * ("References: 李娜, Engineering Manager", "王小明 — Product Lead") and an Arabic-script name
 * ("محمد العلي، مهندس", "Referee: عبدالله بن سعيد"). English-language resumes from China, the Gulf, Iran and
 * Pakistan carry them beside the romanised name, in references and in the header; no lexicon of
 * Latin-script names finds them.
 *
 * - Ideographs: a run of two or three Han characters standing alone (no other ideograph or kana right
 *   before or after it), whose first character (or first two) is one of the common Chinese surnames, in
 *   a text that is mostly Latin script (in a Chinese resume "高并发" is a word; east-asian-fields reads
 *   its labelled fields).
 * - Arabic script: two to four words, the first a common given name or an "Abd …" name ("عبد", "عبدال…"),
 *   or joined by "bin"/"bint"/"ibn" ("بن", "بنت", "ابن").
 *
 * Only texts that hold an ideograph or an Arabic letter are read: one search of the text otherwise.
 */

import type { Recognizer, Span } from '../types';

/** The common Chinese surnames (one character), about nine tenths of the population. */
const HAN_SURNAMES = new Set(
  '李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤陳張劉楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸鄒龔錢嚴湯'.split(
    '',
  ),
);
/**
 * Characters common in Chinese given names (simplified and traditional): the last character of a run
 * must be one ("李娜", "张伟", "王小明"; not "高并发", high concurrency, whose first is a surname too).
 */
const HAN_GIVEN = new Set(
  `伟娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰芳燕红鹏辉建文斌宇浩凯婷雪琳晨欣怡佳俊峰鑫亮晶颖倩慧蕾莉萍飞博帆宁丹阳龙海波亚春梅冬云志新嘉思子雨晓天国成家德林然轩涵萱瑶琪璐露璇妍悦彤蓉薇菲楠雯洁珊琴艺诗梦晴月茜航翔睿哲昊泽瑞宏彬毅健坤锋晖豪旭东荣生福祥才益勤敬胜江山川森松岩钢铭帅乐玲婉淑娴贞凤翠爱莹芬茹蓓琦瑜笑扬立力永正光民安仁义智忠达广辰宸逸琛骏驰腾跃伦维卫振兴庆兵钧铮政娇媛婕婧姗妮娅璟琼瑾曦煜炜烨熙凡琦铭淼鑫磊
  偉麗強軍艷傑濤剛蘭華紅鵬輝穎飛寧陽龍亞雲誌曉國軒瑤潔詩夢澤鋒暉東榮勝鋼銘帥樂鳳愛瑩揚長達廣維衛興慶`
    .replace(/\s+/g, '')
    .split(''),
);
/** Surnames of two characters. */
const HAN_DOUBLE = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '令狐',
  '慕容',
]);

/**
 * Common given names of the Arabic script (Arabic, Persian, Urdu spellings), the first word of a name; not
 * those that are everyday words too ("نور" light, "أمل" hope, "سعيد" happy, "كريم", "جمال", "عادل"), nor
 * "علي", which informal writing spells for "على" (on).
 */
const ARABIC_GIVEN = new Set(
  `محمد أحمد احمد محمود مصطفى عمر عثمان خالد يوسف إبراهيم ابراهيم حسن حسين فهد فيصل سلطان ناصر سلمان
  ماجد وليد هشام طارق بلال حمزة عمران زياد رامي سامي هاني فادي نبيل منصور مهدي مهدی رضا
  فاطمة فاطمه عائشة مريم مریم زينب زهرا خديجة نورة سارة ساره ليلى لیلا سلمى رانيا ياسمين آمنة
  حسین محمدرضا امیر علیرضا حمید`.split(/\s+/),
);
/** The words that join a name's parts: son of, daughter of. */
const ARABIC_LINKS = new Set(['بن', 'بنت', 'ابن']);

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
/** Runs of Han characters. */
const HAN_RUN = /\p{Script=Han}+/gu;
/** Runs of Arabic-script words, one space apart, on one line. */
const ARABIC_RUN =
  /[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u0750-\u077f]+(?:[ \u00a0][\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u0750-\u077f]+){1,5}/g;
const ARABIC_LETTER = /[\u0620-\u064a\u0671-\u06d3]/;

/** True when the text holds more than `n` ASCII letters. */
function latinOver(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122 && ++count > n) return true;
  }
  return false;
}

function span(start: number, end: number): Span {
  return { start, end, label: 'NAME', score: 0.8, recognizer: 'script-names' };
}

/** True when a run of two or three ideographs at [start, end) stands alone and opens with a surname. */
function hanName(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 2 || n > 4) return false;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (KANA.test(before) || KANA.test(after)) return false;
  const double = HAN_DOUBLE.has(text.slice(start, start + 2));
  if (n === 4 && !double) return false;
  if (!HAN_GIVEN.has(text.charAt(end - 1))) return false;
  return double || HAN_SURNAMES.has(text.charAt(start));
}

/** The Arabic-script name at the start of a run of words, as [first word, last word], or null. */
function arabicName(words: readonly string[]): number | null {
  const first = words[0]!.replace(/^[و]/, '');
  let last = -1;
  if (ARABIC_GIVEN.has(words[0]!) || ARABIC_GIVEN.has(first) || /^عبد/.test(words[0]!)) last = 1;
  for (let k = 1; k + 1 < words.length && k < 4; k++) if (ARABIC_LINKS.has(words[k]!)) last = k + 1;
  if (last < 0 || last >= words.length) return null;
  // "عبد الله": the "Abd" name's second half belongs to the given name; a family name may follow.
  if (words[0] === 'عبد' && last === 1 && words.length > 2) last = 2;
  // A family name with the article after the given name ("محمد العلي").
  if (last + 1 < words.length && words[last + 1]!.startsWith('ال') && last < 3) last++;
  return last;
}

/** The script-names recognizer. */
export const scriptNames: Recognizer = {
  id: 'script-names',
  kind: 'lexicon',
  entities: ['NAME'],
  analyze(text) {
    const out: Span[] = [];
    const han = HAN.test(text);
    const arabic = ARABIC_LETTER.test(text);
    if (!han && !arabic) return out;
    if (han) {
      // Mostly Latin script: more Latin letters than ideographs, four times over.
      let hanCount = 0;
      HAN_RUN.lastIndex = 0;
      const runs: Array<[number, number]> = [];
      for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
        hanCount += m[0].length;
        runs.push([m.index, m.index + m[0].length]);
      }
      if (latinOver(text, hanCount * 4))
        for (const [a, b] of runs) if (hanName(text, a, b)) out.push(span(a, b));
    }
    if (arabic) {
      ARABIC_RUN.lastIndex = 0;
      for (let m = ARABIC_RUN.exec(text); m; m = ARABIC_RUN.exec(text)) {
        const words = m[0].split(/[ \u00a0]/);
        const last = arabicName(words);
        if (last === null) continue;
        const end = m.index + words.slice(0, last + 1).join(' ').length;
        out.push(span(m.index, end));
      }
    }
    return out;
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/script-names.test.ts
