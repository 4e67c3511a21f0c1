/**
 * Ages and birth dates (label AGE): "age 34", "aged 34", "34 years old", "34-year-old", "31 y/o",
 * "31 y.o.", "turned 60", "I'll turn 23", "at the age of 61", "DOB: 01/02/1990", "born 1990", "born on
 * 2 March 1990", "Date of Birth: 30.08.1990".
 */

import { digitRuns } from '../literal-starts';
import { answersAfter, isSpaceCode, isWordCode, scanAll, scanAt, sticky } from '../scan';
import type { Recognizer, Span } from '../types';

/** `\s` as a character code (scan.ts isSpaceCode), with the ASCII cases tested here, in the hot loops. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && isSpaceCode(c));

/** A year of the Hijri calendar, as Gulf resumes date a birth ("15/04/1419 H", "1419هـ"). */
const HIJRI_YEAR = '1[34]\\d\\d(?:[ \\t]?(?:A\\.?H\\.?|H|هـ)(?![A-Za-z]))?';
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** The months of the Hijri calendar in Latin letters ("3 Rajab 1408 H", "12 Dhul Hijjah 1410"). */
const HIJRI_MONTH =
  "(?:Muharram|Safar|Rabi(?:['’]?[ -]?(?:al|ul)?[ -]?(?:Awwal|Thani|Akhir)| I{1,2})|Jumad[ae](?:[ -]?(?:al|ul)?[ -]?(?:Ula|Oula|Akhirah|Akhira|Thani|Akhir)| I{1,2})|Rajab|Sha['’]?ban|Rama[dz]an|Shawwal|Dhu(?: al-|l[ -]| )(?:Qa['’]?dah|Qi['’]?dah|Hijjah))";
const DATE = `(?:\\d{1,2}[ \\t]${HIJRI_MONTH}[ \\t]${HIJRI_YEAR}|\\d{1,2}(?:st|nd|rd|th)?[\\s./-]{1,2}(?:\\d{1,2}|(?:of\\s)?${MONTH}\\.?)[\\s./,-]{1,3}(?:(?:19|20)?\\d\\d(?!\\d)|${HIJRI_YEAR})|${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d\\d|(?:19|20)\\d\\d[./-]\\d{1,2}[./-]\\d{1,2}|(?:19|20)\\d\\d[./-](?:0?[1-9]|1[0-2])(?![\\d./-])|(?:0?[1-9]|1[0-2])[./-](?:19|20)\\d\\d(?!\\d)|${MONTH}\\.?,?\\s(?:19|20)\\d\\d(?!\\d)|(?:19|20)\\d\\d)`;
/**
 * "Date of birth" and "born" in Spanish, French, German, Italian, Portuguese, Dutch, Nordic and Polish resumes,
 * their abbreviations ("Geb.-Datum", "geb.", "Fecha nac.", "Data de Nasc.", "Date de naiss."), Czech, Slovak,
 * Hungarian, Romanian, Croatian and Slovene ones ("Datum narození", "Születési dátum", "Data nașterii"), and Turkish, Indonesian and Vietnamese ones ("Doğum Tarihi", "Doğum Yeri ve Tarihi: Eskişehir, …", "Tempat,
 * Tanggal Lahir: Bandung, 12 Mei 1995", "Ngày sinh"), past the town where the label names the place too.
 */
const BIRTH_ABROAD =
  'fecha de nacimiento|nacid[oa](?: el| en)?|date de naissance|n[ée]e?(?: le| en)|geburtsdatum|geboren(?: am| in| op)?|data di nascita|nat[oa](?: il| nel)|data de nascimento|nascid[oa](?: em| a)?|geboortedatum|f[öø]delsedato|f[öø]dselsdato|f[öø]delsedatum|syntym[äa]aika|data urodzenia|geb(?:urts)?\\.?(?:-|\\s)?datum|geburtstag|geb\\.|fecha (?:de )?nac\\.|data (?:de )?nasc\\.|date de naiss\\.|datum narozen[íi]|d[áa]tum narodenia|sz[üu]let[ée]si (?:d[áa]tum|id[őo])|data na[sșş]terii|datum ro[đd]enja|rojstni datum|do[gğ]um tarihi|do[gğ]um yeri ve tarihi(?:[\\s:-]{0,4}[^\\d\\n,:;]{1,30},)?|(?:tempat[ \\t]?[,/&][ \\t]?)?(?:tanggal|tgl\\.?|tarikh) lahir(?:[\\s:-]{0,4}[^\\d\\n,:;]{1,30},)?|ng[àa]y sinh';
/**
 * What may follow a birth label before its colon: the date's format in brackets ("(DD/MM/YYYY)",
 * "(TT.MM.JJJJ)"), or the birthplace's word joined by a slash ("Geburtsdatum/-ort", "Date of Birth / Place").
 */
const LABEL_TAIL =
  '(?:[ \\t]?\\((?:[dmyjta]{1,4}[./ -]?){3}\\)|[ \\t]?\\/[ \\t]?(?:-ort|ort|place|lieu|lugar|local|luogo))?';
/** A date with its month in words in those languages ("14 de marzo de 1972", "3. Mai 1990", "14 mars 1972"). */
const DATE_ABROAD = '\\d{1,2}\\.?\\s(?:de\\s)?[A-Za-zÀ-ÿ]{3,10}\\.?\\s(?:de\\s)?(?:19|20)\\d\\d';
/**
 * A birthday without its year, as LinkedIn's contact info shows it ("Birthday\nMarch 3") and some
 * forms ask it ("DOB: 3rd March"): only after a birth label, and only when no year follows.
 */
const DAY_MONTH = `(?:${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s(?:of\\s)?${MONTH})(?![A-Za-z0-9]|[.,]?\\s?\\d)`;
const isY = (c: number) => (c | 32) === 121;

/**
 * The starts of the digit runs of one to `max` digits that pass `ok` (given the run's end) and,
 * with `wordStart`, begin a word (\b).
 */
function numbers(text: string, max: number, ok: (end: number) => boolean, wordStart = true): number[] {
  const runs = digitRuns(text);
  const out: number[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    if (end - start <= max && (!wordStart || !isWordCode(text.charCodeAt(start - 1))) && ok(end))
      out.push(start);
  }
  return out;
}

/**
 * The letters (lower case, all below U+0100) as a table by code, for {@link wordsBefore}: built once,
 * read at each position instead of a search of the letters.
 * @example letterTable('aâ')[0xe2] // 1
 */
export function letterTable(letters: string): Uint8Array {
  const table = new Uint8Array(256);
  for (const l of letters) table[l.charCodeAt(0)] = 1;
  return table;
}

/**
 * The positions `from` … `to` characters before each of the runs (ascending), at a word start (\b)
 * whose character's code, with the lower-case bit (| 32) set, is one of `letters` ({@link letterTable}).
 */
function wordsBefore(
  text: string,
  runs: readonly number[],
  from: number,
  to: number,
  letters: Uint8Array,
): number[] {
  const out: number[] = [];
  let next = 0;
  for (const d of runs) {
    for (let s = Math.max(next, d - from); s <= d - to; s++) {
      const c = text.charCodeAt(s) | 32;
      if (c < 256 && letters[c] === 1 && !isWordCode(text.charCodeAt(s - 1))) out.push(s);
    }
    next = Math.max(next, d - to + 1);
  }
  return out;
}
/** The starts of the lines that open with one of `letters` (lower-cased). */
function lineStarts(text: string, letters: Uint8Array): number[] {
  const out: number[] = [];
  for (let s = 0; s < text.length; ) {
    const c = text.charCodeAt(s) | 32;
    if (c < 256 && letters[c] === 1) out.push(s);
    const nl = text.indexOf('\n', s);
    if (nl < 0) break;
    s = nl + 1;
  }
  return out;
}
/** First letters of the words before an age for {@link wordsBefore}: "age", the verbs, the field labels. */
const AGE_FIRST = letterTable('a');
const VERB_FIRST = letterTable('tihsw');
const FIELD_FIRST = letterTable('aâåeliwu');
/** First letters of the combined age and sex fields ("Age/Sex", "Sex/Age", "Gender/Age"). */
const PAIR_FIRST = letterTable('asg');
/** True when a field's separator (: ： - / , |) comes right before `d`, perhaps past three spaces ("Age/Sex: 32", "F/27"). */
function separatorBefore(text: string, d: number): boolean {
  let i = d - 1;
  while (i >= d - 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = text.charCodeAt(i);
  return c === 58 || c === 0xff1a || c === 45 || c === 47 || c === 44 || c === 124;
}

/**
 * Each pattern, its value's group, and where its matches can start, or null to scan it all. The
 * value is a run of one to three digits (nothing before it in the pattern is a digit): the pattern
 * is tried only at the runs whose neighbours it allows, or at the words right before them.
 */
/** A thing after "N years old" or "N-year-old" is no person's age ("a 20-year-old company"). */
const THING_AFTER =
  // Perhaps after one lower-case word ("a 40-year-old family business"), and only where the noun ends
  // the phrase: "a 30-year-old business analyst" is a person.
  '(?![\\s-]{1,2}(?:[a-z]+\\s)?(?:company|companies|firm|business|start-?up|brand|building|house|car|vehicle|codebase|website|equipment|factory|organi[sz]ation|institution|tradition)' +
  '(?=\\s*(?:$|[.,;:!?)\\]]|\\s(?:with|in|that|which|of|and|for|to|from|at|by|on|where|whose|into)\\b)))';

/** First letters (lower case) of the units after an age: Jahre/jaar, år; and ans/años/anni/anos, lat. */
const UNIT_ALT = codes('jå');
const UNIT_ONLY = codes('jaål');
function codes(letters: string): number[] {
  return [...letters].map((l) => l.charCodeAt(0));
}
/** True when one or two spaces or hyphens and then one of the units' first letters follow a number ending at `e`. */
function unitAfter(text: string, e: number, firsts: readonly number[]): boolean {
  const c = text.charCodeAt(e);
  if (c !== 32 && c !== 9 && c !== 45) return false;
  const d = text.charCodeAt(e + 1);
  return firsts.includes(d | 32) || ((d === 32 || d === 45) && firsts.includes(text.charCodeAt(e + 2) | 32));
}
/**
 * The age alone with its unit after a name's comma or in brackets ("Claire Dubois, 34 ans", "(34
 * Jahre)"), closing its phrase: 16 to 79, and never after an experience word (EXPERIENCE_BEFORE).
 */
const AGE_ONLY =
  /(?<=[,(][ \t]?)(1[6-9]|[2-7]\d)[ \t](?:Jahre|ans|años|anni|jaar|anos|år|lat)(?=[ \t]*(?:$|[\r\n,;)|]|\.(?:\s|$)))/gu;
/** Durations of experience, which a bare "20 Jahre" after a comma may be ("Berufserfahrung, 20 Jahre"). */
const EXPERIENCE_BEFORE = /erfahrung|exp[ée]rienc|esperienz|ervaring|erfarenhet|do[sś]wiadczen/i;

const PATTERNS: Array<[RegExp, number, ((text: string) => number[]) | null]> = [
  [
    /\b(?:age[d]?|age of)[\s:-]{0,3}(\d{1,3})\b(?!\s?(?:%|percent|-\d))/gi,
    1,
    // "age", perhaps "d" or " of", up to three separators: three to nine characters before the number.
    (text) =>
      wordsBefore(
        text,
        // (The number may follow "aged" directly: "aged12".)
        numbers(text, 3, () => true, false),
        9,
        3,
        AGE_FIRST,
      ),
  ],
  [
    // An approximate age, as recruiters' notes write it ("Age ~28", "Age: approx. 28", "aged about 30").
    /\b(?:age[d]?|age of)[\s:-]{0,3}(?:~|≈|approx(?:imately|\.)?|about|around|roughly|circa|ca\.|c\.)[ \t]?(\d{1,2})\b(?!\s?(?:%|percent|-\d))/gi,
    1,
    // "age" and separators, then the approximation ("approximately ": 14 characters): 4 to 23 before the number.
    (text) =>
      wordsBefore(
        text,
        numbers(text, 2, () => true, false),
        23,
        4,
        AGE_FIRST,
      ),
  ],
  [
    new RegExp(`\\b(\\d{1,3})[\\s-]{0,2}(?:years?|yrs?)[\\s-]{0,2}(?:old|of age)\\b${THING_AFTER}`, 'gi'),
    1,
    (text) =>
      numbers(
        text,
        3,
        (e) => isY(text.charCodeAt(e)) || isY(text.charCodeAt(e + 1)) || isY(text.charCodeAt(e + 2)),
      ),
  ],
  [
    // "31 y/o", "31 yo", "31 y.o.".
    /\b(\d{1,3})\s?y[/.]?o\b\.?/gi,
    1,
    (text) => numbers(text, 3, (e) => isY(text.charCodeAt(e)) || isY(text.charCodeAt(e + 1))),
  ],
  [
    new RegExp(`\\b(\\d{1,3})-year-old\\b${THING_AFTER}`, 'gi'),
    1,
    (text) => numbers(text, 3, (e) => text.charCodeAt(e) === 45 && isY(text.charCodeAt(e + 1))),
  ],
  [
    // (Not a span of time: "I am 5 years into my career", "was 3 years ago", "was 10 years in the making".)
    /\b(?:turned|turn|turning|I['’]m|I am|he['’]s|she['’]s|he is|she is|was)\s(\d{1,2})\b(?!\s?(?:years|yrs)\.?\s(?:into|of|in|at|with|on|as|ago|before|after|later|earlier|long|experience)\b)(?=\s?(?:years|yrs|\.|,|!|\?|$|y\/o|and|in|this|next|last|today|tomorrow|on))/gi,
    1,
    // A word of three ("was") to seven ("turning") characters and a space before the number.
    (text) =>
      wordsBefore(
        text,
        numbers(text, 2, () => true).filter((d) => isSpace(text.charCodeAt(d - 1))),
        8,
        4,
        VERB_FIRST,
      ),
  ],
  [
    // "At 34, I bring a decade of experience": a sentence that opens with the writer's age, "I" or "my"
    // after its comma (not "At 10,000 feet", "At 3, the team met").
    /(?<![\p{L}\p{N}])At (1[5-9]|[2-9]\d), (?=(?:I|I['’](?:m|ve|d)|my|My) )/gu,
    1,
    (text) =>
      numbers(text, 2, (e) => text.charCodeAt(e) === 44)
        .filter((d) => text.startsWith('At ', d - 3))
        .map((d) => d - 3),
  ],
  [
    // "Alter: 34", "Âge : 34 ans", "Edad: 29", "Leeftijd: 40": the age field of European CVs.
    /(?<![\p{L}\p{N}_])(?:alter|âge|edad|età|leeftijd|idade|ålder|alder|wiek|ikä|usia|umur)[ \t]?[:：][ \t]{0,3}(\d{1,3})(?![\p{N}.,]\d|\s?%)/giu,
    1,
    // The field's word (three to eight letters), perhaps a space, the colon and up to three spaces:
    // four to thirteen characters before the number, at one of the words' first letters.
    (text) =>
      wordsBefore(
        text,
        numbers(text, 3, () => true),
        13,
        4,
        FIELD_FIRST,
      ),
  ],
  [
    // "Age                    27 years", "Alter\t34": the age field of a personal-details table, its
    // value set apart by a wide gap of spaces or tabs, the label opening its line.
    /(?:age|alter|âge|edad|età|leeftijd|idade|ålder|alder|wiek|ikä|usia|umur)(?:\t[ \t]{0,30}|[ \t]{3,30})[:：-]?[ \t]{0,3}(\d{1,3})(?!\p{N}|[.,]\d|\s?%)/giu,
    1,
    (text) => lineStarts(text, FIELD_FIRST),
  ],
  [
    // "Age/Sex: 32/Male", "Age / Gender: 29 / Female", "Sex/Age: F/27", "Age & Sex: 41, Male": the
    // combined field of Filipino, South Asian and Gulf resumes, the sex perhaps first in the value.
    /\b(?:age[ \t]?(?:\/|&|and)[ \t]?(?:sex|gender)|(?:sex|gender)[ \t]?(?:\/|&|and)[ \t]?age)[ \t]{0,3}[:：-][ \t]{0,3}(?:(?:m|f|male|female)[ \t]?[/,|][ \t]?)?(\d{1,3})(?![\d.%])/gi,
    1,
    // The label (seven to fourteen letters), the colon, perhaps the sex: 8 to 30 characters before a
    // number that follows a colon, a dash, a slash, a comma or a bar (perhaps past spaces).
    (text) =>
      wordsBefore(
        text,
        numbers(text, 3, () => true).filter((d) => separatorBefore(text, d)),
        30,
        8,
        PAIR_FIRST,
      ),
  ],
  [
    // "34 Jahre alt", "40 jaar oud", "29 år gammal".
    /(?<![\p{L}\p{N}])(\d{1,3})[ \t-]{1,2}(?:jahre|jaar|år)[ \t-]{1,2}(?:alt|oud|gammal)(?![\p{L}])/giu,
    1,
    (text) => numbers(text, 3, (e) => unitAfter(text, e, UNIT_ALT)),
  ],
  [AGE_ONLY, 1, (text) => numbers(text, 2, (e) => unitAfter(text, e, UNIT_ONLY))],
  [
    // An age bracket after an age label, as EEO and HR forms ask it ("Age range\n35-44", "Age: 35-44",
    // "Age group: 25–34", "What is your age?\n65+"): a label's colon or question mark, a range word or the
    // label's own line, so "age 5-10" in prose stays; brackets start at 16 ("Age group: 3-5" is a class).
    /\bage(?:[ \t](?:range|group|bracket|band|category)(?:[ \t]*[:?])?|[ \t]*[:?]|(?=[ \t]*\r?\n))[ \t]*(?:\r?\n[ \t]*)?((?:1[6-9]|[2-9]\d)(?:[ \t]?[-–—][ \t]?\d\d(?!\d)|[ \t]?\+|[ \t](?:or|and)[ \t](?:older|over|above)\b))/gi,
    1,
    // The label ("age", a range word, a colon, spaces, a line break) is at most 30 characters before
    // the bracket's first number: two digits, then a dash, a plus or a space.
    (text) =>
      wordsBefore(
        text,
        numbers(text, 2, (e) => {
          const c = text.charCodeAt(e);
          return c === 45 || c === 0x2013 || c === 0x2014 || c === 43 || c === 32 || c === 9;
        }),
        30,
        3,
        AGE_FIRST,
      ),
  ],
  [
    new RegExp(
      `\\b(?:D\\.?O\\.?B\\.?|date (?:(?:and|&) |\\/ ?)?(?:place )?of birth|place ?(?:(?:and|&) |\\/ ?)date of birth(?:[\\s:-]{0,4}[A-Z][A-Za-z .'-]{1,30},)?|birth ?date|birthday|born(?: on| in\\s[A-Z](?:(?!\\s(?:and|but|then)\\s)[^\\d\\n,:;()]){1,30}?\\s(?:in|on)(?=\\s)| in(?:\\s[A-Z][^\\d\\n,:;()]{1,30},){0,2})?|${BIRTH_ABROAD})${LABEL_TAIL}(?:[ \\t]{2,24}[:：-]?)?\\??[\\s:|-]{0,4}(${DATE}|${DATE_ABROAD}|${DAY_MONTH})`,
      'gi',
    ),
    1,
    null,
  ],
];
const STICKY = PATTERNS.map(([re]) => sticky(re));
/** The index of the labelled birth date's pattern ("DOB: …", "Date of birth …"). */
const LABELLED = PATTERNS.length - 1;
/** A date in brackets after a birth date: the same date in the other calendar. */
const OTHER_CALENDAR = new RegExp(`[ \\t]\\((?:${DATE}|${DATE_ABROAD})\\)`, 'iy');

/** An age's units after its number, in the languages of the birth-date labels ("36 yrs", "36 J.", "36 ans"). */
const AGE_UNIT = String.raw`(?:yrs?\.?|years?(?:[ \t]old)?|y\.?[ \t]?o\.?|J\.|Jahre|ans|años|anos|anni|lat|jaar|år)(?![\p{L}])`;
/**
 * The age right after a birth date or year: in brackets, the unit optional ("3 June 1988 (36 yrs)",
 * "DOB 3/6/1988 (36)", "(age 36)"), or after a separator with its unit ("03.06.1988 / 36 J.").
 */
const AGE_AFTER = new RegExp(
  String.raw`[ \t]*(?:\([ \t]*(?:aged?[ \t]*)?\d{1,2}[ \t]*(?:${AGE_UNIT})?[ \t]*\)|[,/;|–—-][ \t]*(?:aged?[ \t]*)?\d{1,2}[ \t]*${AGE_UNIT})`,
  'uy',
);

/** The matches of pattern k, tried only where they can start. */
function scanPattern(text: string, k: number): RegExpExecArray[] {
  const [re, , starts] = PATTERNS[k]!;
  return starts ? scanAt(text, STICKY[k]!, starts(text)) : scanAll(text, re);
}

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'AGE', score, recognizer: 'age' };
}

/** A match that opens with the writer's "I am" or "I'm" (either apostrophe) before the number. */
const FIRST_PERSON = /^I(?: am|['’]m)\s\d/;

/** The age recognizer. */
export const age: Recognizer = {
  id: 'age',
  kind: 'rule',
  entities: ['AGE'],
  analyze(text) {
    const out: Span[] = [];
    if (text.includes('ties') || text.includes('0s') || text.includes("0's")) out.push(...decades(text));
    if (!/\d/.test(text)) return out;
    out.push(...listedAges(text));
    if (text.includes('b.') || text.includes('-born')) out.push(...birthYears(text));
    if (text.includes('?')) out.push(...askedAges(text));
    for (const [k, [, group]] of PATTERNS.entries()) {
      for (const m of scanPattern(text, k)) {
        const v = m[group]!;
        const n = Number(v);
        if (v.length <= 3 && (n < 1 || n > 120)) continue;
        if (
          PATTERNS[k]![0] === AGE_ONLY &&
          EXPERIENCE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))
        )
          continue;
        const at = m.index + m[0].lastIndexOf(v);
        // The writer's own statement goes whole ("I am 41", "I'm 29"): the phrase says the age is theirs.
        const start = FIRST_PERSON.test(m[0]) ? m.index : at;
        let end = at + v.length;
        // The same birth date again in the other calendar, in brackets ("3 Rajab 1408 H (22 February 1988)").
        if (k === LABELLED && text.charCodeAt(end + 1) === 40) {
          OTHER_CALENDAR.lastIndex = end;
          if (OTHER_CALENDAR.test(text)) end = OTHER_CALENDAR.lastIndex;
        }
        // The age after a birth date or year goes with it ("3 June 1988 (36 yrs)").
        if (v.length > 3) {
          AGE_AFTER.lastIndex = end;
          if (AGE_AFTER.test(text)) end = AGE_AFTER.lastIndex;
        }
        out.push(span(start, end, 0.85));
      }
    }
    return out;
  },
};

/** A birth year after "b." in brackets or after a comma, before a bracket or a separator ("(b. 1990)", ", b.1990,"). */
const B_YEAR = /b\.[ \u00a0]?(19[2-9]\d|200\d)(?=[),;]|$|[ \u00a0]*[–—-][ \u00a0]*\))/y;
/** A birth year before "-born" ("a 1990-born engineer"; not "Paris-born", "US-born": other rules' places). */
const YEAR_BORN = /(?<![\p{L}\p{N}])(19[2-9]\d|200\d)-born(?![\p{L}-])/uy;

/**
 * A birth year in the two short forms of biographies: "b." ("Tolu Adeyemi (b. 1990) is a designer",
 * "Jane Doe, b. 1990, Leeds") and "-born" ("a 1990-born engineer"). "b." must follow a bracket or a comma
 * and a space, so "Section 4b. 2019" stays.
 */
function birthYears(text: string): Span[] {
  const out: Span[] = [];
  for (let k = text.indexOf('b.'); k !== -1; k = text.indexOf('b.', k + 2)) {
    const before = text.charCodeAt(k - 1);
    if (!(before === 40 || (before === 32 && text.charCodeAt(k - 2) === 44))) continue;
    B_YEAR.lastIndex = k;
    const m = B_YEAR.exec(text);
    if (m) out.push(span(k + m[0].indexOf(m[1]!), k + m[0].indexOf(m[1]!) + 4, 0.85));
  }
  for (let k = text.indexOf('-born'); k !== -1; k = text.indexOf('-born', k + 5)) {
    if (k < 4) continue;
    YEAR_BORN.lastIndex = k - 4;
    const m = YEAR_BORN.exec(text);
    if (m) out.push(span(k - 4, k, 0.85));
  }
  return out;
}

/** An application form's question for the age, as its own question, ending at the "?" (the answer after it). */
const AGE_QUESTION =
  /(?:^|[\n\t]|[.:] )[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:How old are you|What is your age|What's your age|Your age|Age)[ \t]?$/i;
/** The answer: a number of 16 to 79 alone, on the question's line or the next. */
const ASKED_AGE = /[ \t]*(?:\r?\n[ \t]*)?([1-7]\d)[ \t]*(?=\r?\n|$)/y;

/**
 * The answer to an application form's age question ("How old are you?\n35", "Age? 29"), as ATS pages
 * show a candidate's answers under their questions. Read at each "?" that a number follows.
 */
function askedAges(text: string): Span[] {
  const out: Span[] = [];
  for (const [start, end, v] of answersAfter(text, AGE_QUESTION, ASKED_AGE, 24))
    if (Number(v) >= 16) out.push(span(start, end, 0.85));
  return out;
}

/** A gender's word and a list's separator right before a number ("Female, ", "Male / ", "M | "). */
const GENDER_BEFORE =
  /(?:(?:^|[\s(:])(?:Male|Female|MALE|FEMALE|male|female|Man|Woman)[ \t]*[,/|][ \t]*|(?:^|[\s(:])[MF]\/)$/;
/** After a number, a separator and a marital status ("29 yrs, unmarried", "35 / Married"). */
const STATUS_AFTER =
  /^[ \t]*(?:yrs?\.?|years)?[ \t]*[,/|][ \t]*(?:single|married|unmarried|divorced|widowed|separated)\b/i;
/** What opens a field before such a number: the line's start, a colon, comma, slash or bar. */
const FIELD_OPEN_BEFORE = /(?:^|[\n:,/|])[ \t]*$/;

/**
 * An age of 16 to 79 in a list of personal details, after a gender's word, or opening a field before a
 * marital status, as objective lines and South Asian and Gulf resumes write them ("Female, 26, single,
 * Christian", "Male / 35 / Married / Indian", "Personal: 29 yrs, unmarried"). Read at each two-digit number.
 */
function listedAges(text: string): Span[] {
  const out: Span[] = [];
  const runs = digitRuns(text);
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    if (end - start !== 2 || isWordCode(text.charCodeAt(start - 1)) || isWordCode(text.charCodeAt(end)))
      continue;
    const n = Number(text.slice(start, end));
    if (n < 16 || n > 79) continue;
    if (
      GENDER_BEFORE.test(text.slice(Math.max(0, start - 10), start)) ||
      (STATUS_AFTER.test(text.slice(end, end + 24)) &&
        FIELD_OPEN_BEFORE.test(text.slice(Math.max(0, start - 4), start)))
    )
      out.push(span(start, end, 0.75));
  }
  return out;
}

/**
 * An age given as a decade of life, after "in my/his/her/their", "aged" or "Age:", perhaps with "early", "mid" or
 * "late" ("in my late 40s", "a candidate in her mid-thirties", "aged early 50s"): not a decade of history
 * ("the late 1990s", "late 90s hip-hop", "mid-70s cars").
 */
const DECADE =
  /\b(?:in (?:my|his|her|their)|aged|age:) (?:(?:early|mid|late)[ -])?((?:[2-7]0['’]?s|twenties|thirties|forties|fifties|sixties|seventies)\b)/gi;

/**
 * A decade of life before a person's noun, as objectives describe the candidate ("Mid-30s professional", "a
 * late-20s developer", "early forties engineer"), the noun ending its phrase ("… professional with", "…
 * developer looking"); not before a thing ("mid-70s cars", "the mid-30s heat", "early 50s professional network").
 */
const DECADE_PERSON =
  /\b(?:early|mid|late)[ -](?:[2-6]0['’]?s|twenties|thirties|forties|fifties|sixties)(?= (?:professional|engineer|developer|designer|analyst|manager|candidate|applicant|graduate|woman|man|mother|father|mum|mom|dad|nurse|teacher|consultant|executive|leader|marketer|accountant|individual|person|career[ -]changer)s?(?:[.,;:!)]|$| (?:with|who|looking|seeking|based|from|in|at|and|open|eager|ready)\b))/gi;

function decades(text: string): Span[] {
  const out: Span[] = [];
  for (const m of scanAll(text, DECADE)) {
    // The decade with its "early", "mid" or "late".
    const at = m[0].search(/(?:early|mid|late)[ -]/i);
    const start = m.index + (at >= 0 ? at : m[0].length - m[1]!.length);
    out.push(span(start, m.index + m[0].length, 0.8));
  }
  for (const m of scanAll(text, DECADE_PERSON)) out.push(span(m.index, m.index + m[0].length, 0.8));
  return out;
}

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> =
  PATTERNS.map(([re], k) => [re, (text: string) => scanPattern(text, k)] as const);

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/age.test.ts
