/**
 * The town of a job entry written on one line: after the job title, a separator, the employer and a
 * comma, and before the entry's dates in brackets ("Cheffe de projet digital — Groupe SEB, Écully (2019 –
 * aujourd'hui)", "Senior Data Analyst, Magna Steyr, Leibnitz (2018 – heute)", "Ingeniero de Software —
 * Mercado Libre, San Isidro (2019 – 2021)"), as LOCATION: the gazetteer lacks most small towns, and
 * European CVs name one on every job line. Looked at only where a bracket opens a date range.
 *
 * The town is one to six capitalised words (with the small words of place names between them), none of
 * them a tool, a job, section or organisation word or a known employer, and one at least no English
 * word: "Analyst — Deloitte, Risk Advisory (2019 – 2021)", "Engineer — Google, Cloud (2020)" stay (a
 * division named by a word outside the dictionary may be read as a town). Without a job title
 * before the employer the word after the comma may be the employer itself ("Ingeniero, Globant (2017 –
 * 2020)"): nothing is masked there.
 */

import { isKnownCompany } from '../companies';
import { fold, lexicon } from '../lexicon';
import type { Recognizer, Span } from '../types';
import { isOrdinaryWord, isOrgTail, looksLikeWord, ROLE_WORDS, SECTIONS, TECH } from '../words';
import { namesJob } from './person-name';

/** The dates after the bracket: a year, perhaps after a month or a day and month, then a dash. */
const DATES = /[ \t]?(?:\p{L}{3,10}\.?[ \t]|\d{1,2}[./])?(?:19|20)\d\d[ \t]?[–—-]/uy;
/** ", Town" right before the bracket (the text before it, from its line's start, ends with it). */
const TOWN_BEFORE =
  /,[ \t](\p{Lu}[\p{L}\p{M}'’]*(?:(?:[ \t]|-)(?:\p{Lu}[\p{L}\p{M}'’]*|de|do|da|dos|di|del|los|las|sur|am|an|der|la|le|les|en|im|on|upon)){0,5})[ \t]*$/u;
/** The separator between the job title and the employer: the last dash, bar, comma, colon, "at" or wide gap. */
const SEPARATOR = /[ \t](?:—|–|-|\||at|@)[ \t]|[,:][ \t]|[ \t]{2,}|\t/g;
/** A company's legal form ending the employer's name ("Acme Robotik GmbH", "Brightwell Ltd"). */
const LEGAL_FORM =
  /[ \t](?:GmbH|AG|SE|SA|S\.A\.|SL|S\.L\.|SAS|SARL|SpA|S\.p\.A\.|Srl|S\.r\.l\.|BV|B\.V\.|NV|N\.V\.|KG|Oy|AB|ASA|A\/S|ApS|Kft\.?|s\.r\.o\.|Inc\.?|Ltd\.?|LLC|LLP|PLC|plc|Corp\.?|Co\.|Pty Ltd|Pvt\.? Ltd\.?)$/;
/** Small words inside a place's name ("Saint-Priest-en-Jarez", "Frankfurt am Main"). */
const GLUE = new Set([
  'de',
  'do',
  'da',
  'dos',
  'di',
  'del',
  'sur',
  'am',
  'an',
  'der',
  'la',
  'le',
  'en',
  'im',
  'on',
  'upon',
]);

/** Ways of working that a job line names where its town would stand. */
const WORK_MODES = new Set([
  'remote',
  'hybrid',
  'onsite',
  'offsite',
  'wfh',
  'telecommute',
  'freelance',
  'contract',
]);

/**
 * 0 when the word can be no part of a town's name (a tool, job, section or organisation word), 2 when it
 * is no English word and does not look like one either, else 1.
 */
function townWord(w: string): number {
  if (GLUE.has(w)) return 1;
  const f = fold(w);
  if (TECH.has(f) || ROLE_WORDS.has(f) || SECTIONS.has(f) || isOrgTail(w)) return 0;
  // An acronym ("NLP", "EMEA") or a way of working ("Hybrid", "Onsite") is no town.
  if (/^[A-Z]{2,5}$/.test(w) || WORK_MODES.has(f)) return 0;
  if (isOrdinaryWord(w)) return 1;
  // (An English word has no accent: "Écully" ends like "fully" but is none.)
  return f !== w.toLowerCase() || !looksLikeWord(w) ? 2 : 1;
}

/** Job words of French, Italian, Spanish and Portuguese CVs, feminine forms too, that the person-name job words lack. */
const MORE_JOBS =
  /(?<![\p{L}])(?:chef|cheffe|directeur|directrice|gestionnaire|technicienne?|conseill[eè]re?|ing[ée]nieure|sviluppatrice|programmatrice|impiegat[oa]|assistente|commerciale?|comptable|juriste|avocate?|infirmi[eè]re|enfermer[oa]|abogad[oa]|contador[a]?|vendedor[a]?|auxiliar|docente|professeure?|insegnante|operai[oa])(?![\p{L}])/iu;

/**
 * The town that ends `text[from, to)` after the job title, a separator, the employer and a comma
 * (trailing spaces and a colon or bar ignored), pushed to `out`.
 */
function townAt(
  text: string,
  from: number,
  to: number,
  out: Span[],
  undated = false,
  employerFirst: 0 | 1 | 2 = 0,
): void {
  if (to - from > 160) return;
  const seg = text.slice(from, to).replace(/[ \t:|]+$/, '');
  // Without dates, a list ("Tools: ANT, Toad, PMD, Sonar") is no job line, nor is a town in capitals
  // on a line in mixed case ("OOPS, OOAD").
  if (undated && seg.split(', ').length > 4) return;
  const m = TOWN_BEFORE.exec(seg);
  if (!m) return;
  const town = m[1]!;
  if (undated && !/\p{Ll}/u.test(town) && /\p{Ll}/u.test(seg)) return;
  // No job, tool or organisation word, and one word at least that is no English word ("Saint-Priest-
  // en-Jarez", "Casalecchio di Reno"; not "Risk Advisory").
  const kinds = town.split(/[ \t-]/).map(townWord);
  if (kinds.includes(0) || !kinds.includes(2) || isKnownCompany(town) || namesJob(town)) return;
  // A country after the town ("Reply, Torino, Italia"): the town is the field before it.
  let head = seg.slice(0, m.index);
  if (lexicon('countries').has(fold(town))) {
    const t2 = TOWN_BEFORE.exec(head);
    if (t2) {
      const kinds2 = t2[1]!.split(/[ \t-]/).map(townWord);
      if (!kinds2.includes(0) && kinds2.includes(2) && !isKnownCompany(t2[1]!) && !namesJob(t2[1]!)) {
        const at = from + t2.index + t2[0].indexOf(t2[1]!);
        out.push({
          start: at,
          end: at + t2[1]!.length,
          label: 'LOCATION',
          score: 0.75,
          recognizer: 'job-place',
        });
        head = head.slice(0, t2.index);
      }
    }
  }
  // The job title and the employer before the comma.
  let cut = -1;
  let sep = '';
  SEPARATOR.lastIndex = 0;
  for (let s = SEPARATOR.exec(head); s; s = SEPARATOR.exec(head)) {
    cut = s.index;
    sep = s[0];
  }
  if (cut < 0) {
    // "Bosch, Gerlingen", "Acme Robotik GmbH, Quellinghausen": the line names the employer first, a
    // known one or one with its legal form, where the entry's dates stand on the next or previous line.
    const employer = head.trim();
    if (
      employerFirst &&
      /^\p{Lu}/u.test(employer) &&
      employer.split(/\s+/).length <= 6 &&
      !namesJob(employer) &&
      (employerFirst === 2 || isKnownCompany(employer) || LEGAL_FORM.test(employer))
    )
      push(from + m.index + m[0].indexOf(town), town.length, out);
    return;
  }
  const employer = head.slice(cut + sep.length).trim();
  if (!/^[\p{Lu}\d]/u.test(employer) || employer.split(/\s+/).length > 6 || namesJob(employer)) return;
  const job = head.slice(0, cut);
  if (!namesJob(job) && !MORE_JOBS.test(job)) return;
  push(from + m.index + m[0].indexOf(town), town.length, out);
}

/** "Employer, Town — Job": the employer and its town, then a dash or bar and the job (the segment before the dates). */
const EMPLOYER_TOWN_JOB =
  /^[ \t•·*]*(\p{Lu}[^,\n]{1,60}),[ \t](\p{Lu}[\p{L}\p{M}'’]*(?:(?:[ \t]|-)(?:\p{Lu}[\p{L}\p{M}'’]*|de|do|da|dos|di|del|los|las|sur|am|an|der|la|le|les|en|im|on|upon)){0,5})[ \t](?:—|–|-|\|)[ \t]([^\n]{2,80})$/u;

/**
 * The town of a job line that names the employer and its town first and the job after a dash or bar,
 * before the entry's dates ("Inditex, Arteixo — Software Engineer (2019 – 2022)"): the job after the
 * dash tells the order ("Software Engineer, Inditex — Payments" is none).
 */
function townBeforeJob(text: string, from: number, to: number, out: Span[]): void {
  if (to - from > 200) return;
  const seg = text.slice(from, to).replace(/[ \t:|]+$/, '');
  const m = EMPLOYER_TOWN_JOB.exec(seg);
  if (!m) return;
  const [, employer, town, job] = m as unknown as [string, string, string, string];
  if (namesJob(employer) || (!namesJob(job) && !MORE_JOBS.test(job))) return;
  const kinds = town.split(/[ \t-]/).map(townWord);
  if (kinds.includes(0) || !kinds.includes(2) || isKnownCompany(town) || namesJob(town)) return;
  push(from + m[0].indexOf(`, ${town}`) + 2, town.length, out);
}

function push(start: number, length: number, out: Span[]): void {
  out.push({ start, end: start + length, label: 'LOCATION', score: 0.75, recognizer: 'job-place' });
}

/**
 * True when the line [a, e) is a job's title alone: two to eight words, capitalised or small linking
 * words, one of them a job's ("Software Engineer", "Head of Data & Analytics"; not "Led the hiring").
 */
function titleLine(text: string, a: number, e: number): boolean {
  if (e - a > 60) return false;
  const line = text.slice(a, e).replace(/^[ \t•·*–-]+|[ \t]+$/g, '');
  const words = line.split(/[ \t]+/);
  if (words.length > 8 || !line) return false;
  if (
    !words.every(
      (w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|&|for|de|du|des|der|für|di|del|–|-|\|)$/.test(w),
    )
  )
    return false;
  return namesJob(line) || MORE_JOBS.test(line);
}

/** A job entry's date range anywhere on a line ("2019 - 2022", "03/2019 – heute", "Jan 2018 - Dec 2020"). */
const DATE_RANGE =
  /(?:19|20)\d\d[ \t]?(?:[–—-]|to|bis)[ \t]?(?:(?:\p{L}{3,10}\.?[ \t]|\d{1,2}[./])?(?:19|20)\d\d|\p{L}{3,12})/u;

/** True when the line [a, e) holds a job entry's date range (bounded by the line; false outside the text). */
function datesOn(text: string, a: number, e: number): boolean {
  return a >= 0 && a < e && e - a <= 200 && DATE_RANGE.test(text.slice(a, e));
}

/**
 * A job entry's dates opening its line, then a colon, a bar, a tab or two spaces ("2012 – 2019  ",
 * "2016 – atual: ", "seit 2019    ", "03/2018 - 12/2019 | ").
 */
const DATES_FIRST =
  /(?:(?:seit|since|desde|depuis|dal|ab)[ \t])?(?:\p{L}{3,10}\.?[ \t]|\d{1,2}[./])?(?:19|20)\d\d(?:[ \t]?[–—-][ \t]?(?:(?:\p{L}{3,10}\.?[ \t]|\d{1,2}[./])?(?:19|20)\d\d|\p{L}[\p{L}'’]{2,12}))?[ \t]*(?::[ \t]|[ \t]?\|[ \t]|\t|[ \t]{2})[ \t]*/uy;
/** True when the word at `at` is an organisation's noun ("Hospital", "Bank", "Group"). */
function orgNext(text: string, at: number): boolean {
  const w = /^\p{L}+/u.exec(text.slice(at, at + 30))?.[0];
  return !!w && isOrgTail(w);
}

/** A line break, two spaces or more, or a tab: the end of a field. */
const FIELD_BREAK = /[ \t]*\n[ \t]*|[ \t]{2,}|\t/g;
/** First characters of {@link DATES_FIRST}: a digit, or the first letter of a month or of "seit", "since", "desde", "depuis", "dal", "ab". */
const isDateFirst = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/** The job-place recognizer. */
export const jobPlace: Recognizer = {
  id: 'job-place',
  kind: 'structure',
  entities: ['LOCATION'],
  analyze(text) {
    const out: Span[] = [];
    // The dates in brackets after the town ("…, Écully (2019 – aujourd'hui)") or after a bar ("…, San
    // Isidro | 2012 - 2019").
    for (const mark of ['(', '|'])
      for (let p = text.indexOf(mark); p !== -1; p = text.indexOf(mark, p + 1)) {
        DATES.lastIndex = p + 1;
        if (!DATES.test(text)) continue;
        townAt(text, text.lastIndexOf('\n', p - 1) + 1, p, out);
        townBeforeJob(text, text.lastIndexOf('\n', p - 1) + 1, p, out);
      }
    // The dates on the line before or after one that ends with ", Town" ("Software Engineer, Inditex,
    // Arteixo\n2019 - 2022", "Bosch, Gerlingen\nEngineer 2019 - 2022").
    if (text.includes(', ')) {
      const lines: Array<[number, number]> = [];
      for (let a = 0; ; ) {
        const nl = text.indexOf('\n', a);
        lines.push([a, nl < 0 ? text.length : nl]);
        if (nl < 0) break;
        a = nl + 1;
      }
      const dates = (k: number) => k >= 0 && k < lines.length && datesOn(text, lines[k]![0], lines[k]![1]);
      const title = (k: number) => k >= 0 && k < lines.length && titleLine(text, lines[k]![0], lines[k]![1]);
      for (let k = 0; k < lines.length; k++) {
        const [a, e] = lines[k]!;
        if (e - a > 160 || !text.slice(a, e).includes(', ')) continue;
        // The dates on the line before or after, or two lines away past the job's title ("Software
        // Engineer\nInditex, Arteixo\n2019 - 2022"): the job's line lets any employer open the line.
        const stacked =
          (title(k - 1) && (dates(k + 1) || dates(k - 2))) ||
          (title(k + 1) && (dates(k + 2) || dates(k - 1)));
        if (stacked) townAt(text, a, e, out, false, 2);
        else if (dates(k - 1) || dates(k + 1)) townAt(text, a, e, out, false, 1);
        // A line of its own that names a known employer, or one with its legal form, and its town ("Bosch,
        // Gerlingen", "Acme Robotik GmbH, Quellinghausen"), dates or none.
        else if (text.slice(a, e).split(', ').length === 2) townAt(text, a, e, out, true, 1);
      }
    }
    // The dates opening the line ("2012 – 2019  Systemingenieur, Rieter Holding AG, Wülflingen").
    for (let a = 0; a < text.length; a = text.indexOf('\n', a) + 1) {
      if (isDateFirst(text.charCodeAt(a))) {
        DATES_FIRST.lastIndex = a;
        const m = DATES_FIRST.exec(text);
        if (m) {
          const e = text.indexOf('\n', a);
          townAt(text, a + m[0].length, e < 0 ? text.length : e, out);
        }
      }
      if (text.indexOf('\n', a) < 0) break;
    }
    // No dates on the line: the town ends the line, or a field that two spaces or a tab end, with
    // the job title before the employer in that field or the one before it ("Customer Service
    // Assistant, Lush Cosmetics, Chadstone", "Customer consultant, part-time  Peppes pizza, Nydalen  …").
    if (text.includes(', ')) {
      let before = 0;
      let from = 0;
      let comma = text.indexOf(', ');
      for (let p = 0; p <= text.length; ) {
        FIELD_BREAK.lastIndex = p;
        const gap = FIELD_BREAK.exec(text);
        const end = gap ? gap.index : text.length;
        // (The next ", " is looked for again only once the fields have passed it: linear in the text.)
        if (comma >= 0 && comma < from) comma = text.indexOf(', ', from);
        // ("Clivedon School of Nursing, Mbarawa  Hospital.": a field that opens with an organisation's
        // noun goes on the name that the gap split.)
        if (
          comma >= 0 &&
          comma < end &&
          end - before <= 160 &&
          !orgNext(text, gap ? end + gap[0].length : end)
        )
          townAt(text, before, end, out, true);
        const nl = gap?.[0].includes('\n');
        before = nl ? end + gap![0].length : from;
        from = gap ? end + gap[0].length : text.length + 1;
        if (nl) before = from;
        p = from;
      }
    }
    return out;
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/job-place.test.ts
