/**
 * Graduation years: years and date ranges in the education part of a resume, next to a school
 * or a degree ("B.Tech 2012", "2008 - 2012", "May 2017"), and after explicit cues ("Class of
 * 2012", "graduated in 2010", "batch 2012", "passing year"). Employment date ranges elsewhere and
 * version numbers ("SQL Server 2008") are left alone.
 */

import { matchesAt, plainWords, scanAll, scanAt, sticky } from '../scan';
import type { Recognizer, Span } from '../types';
import { namesJob } from './person-name';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn|Winter|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Sept?iembre|Octubre|Noviembre|Diciembre)(?:\\s(?:de|del))?';
/** Years 1900-2049 (older degrees appear on long careers), or '12. */
const YEAR = "(?:19\\d\\d|20[0-4]\\d|'\\d\\d)";
// The month may follow the year, as Chinese, Japanese and Korean resumes write it ("2008.09", "2010/4").
const ONE = `(?:${MONTH}\\.?,?\\s{1,2})?(?:\\d{1,2}[/.-]){0,2}(?:(?:19\\d\\d|20[0-4]\\d)[./](?:0?[1-9]|1[0-2])(?![\\d/])|${YEAR})`;
// Scanned only at the starts dateStarts() lists (BEFORE_YEAR, DATE_FIRST): keep them in step with MONTH and ONE.
// (An academic year's two last digits after a slash belong to it, "2012/13"; a year before a slash and three
// digits numbers a regulation or a file, "Regolamento UE 2016/679".)
const RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}.\\-/])${ONE}(?:(?:\\s{0,2}(?:-|–|—|to|till|until)\\s{0,2}|[ \\t]{1,5})(?:${ONE}|\\d\\d(?!\\d|\\s?%)|Present|Current|Date|Now)|\\/(?:19\\d\\d|20[0-4]\\d|\\d\\d(?![\\d/])))?(?![\\p{L}\\p{N}]|\\.\\d|\\/\\d{3}(?!\\d))`,
  'giu',
);
const RANGE_AT = sticky(RANGE);
/** Longest text of a date before its year: "September., " (13) and "12/05/" (6). */
const BEFORE_YEAR = 19;
/** A year as YEAR writes it (digits and the apostrophe have no other case under /iu). */
const YEAR_AT = /19\d\d|20[0-4]\d|'\d\d/g;
/** First characters a date can start with: a digit, an apostrophe, or a month's or season's first letter (ſ is s under /iu). */
const DATE_FIRST = codeTable("0123456789'jfmasondweJFMASONDWE\u017f");

/** A table of the characters' codes (1 at each), as long as the highest code needs: read in the hot loop instead of a Set. */
function codeTable(chars: string): Uint8Array {
  const codes = [...chars].map((c) => c.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const c of codes) table[c] = 1;
  return table;
}

/**
 * Where a date can start: each year (19dd, 20[0-4]d, 'dd; overlapping ones too) is at most
 * {@link BEFORE_YEAR} characters after the start of its date, and a date starts with a digit, an
 * apostrophe or a month's first letter (English or Spanish). RANGE runs only there ({@link scanAt}: same matches).
 */
function dateStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  YEAR_AT.lastIndex = 0;
  for (let m = YEAR_AT.exec(text); m !== null; m = YEAR_AT.exec(text)) {
    const y = m.index;
    for (let s = Math.max(next, y - BEFORE_YEAR); s <= y; s++)
      if (DATE_FIRST[text.charCodeAt(s)] === 1) starts.push(s);
    next = y + 1;
    YEAR_AT.lastIndex = y + 1; // overlapping years ("'1995") too
  }
  YEAR_AT.lastIndex = 0;
  return starts;
}

/** Explicit graduation cues right before a year (a lookbehind tried at the date's start: {@link matchesAt}); Indonesian and Malay "lulus", "tahun lulus", "tamat" (graduated, completed) too. */
const CUE =
  /(?<=(?:class of|year|batch(?: of)?|graduat(?:ed|ing|ion)(?: in| on| year)?|passed(?: out)?(?: in)?|passing(?: out)?(?: year)?|year of (?:passing|graduation|completion)|yop|completed(?: in)?|matricula(?:ted|tion)(?: in)?|matric|expected|alumni|alumnus|alumna|alum|convocation|lulus(?: tahun| pada)?|tahun lulus|tamat)[\s:,-]{0,4}|(?:alum|alumn[ia]|alumnus|class of|graduated) ?\()/iy;
/** Education context (school and degree words) near a date. */
const EDU =
  /\b(?:universit|college|institute|school|academy|polytechnic|tafe|iit|nit|b\.?\s?tech|m\.?\s?tech|b\.?\s?eng\b|m\.?\s?eng\b|[md]\.?\s?phil\b|ll\.?\s?[bm]\b|b\.?\s?e\b|m\.?\s?e\b|b\.?\s?sc|m\.?\s?sc|b\.?\s?s\b|m\.?\s?s\b|b\.?\s?a\b|m\.?\s?a\b|b\.?\s?com|m\.?\s?com|bca|mca|bba|mba|ph\.?\s?d|bachelor|master|diploma|degree|hsc|ssc|cbse|icse|higher secondary|secondary|matriculation|\b10th|\b12th|intermediate|graduat|gpa|cgpa|major|minor|coursework|certificat|certified|course|exam(?:s|inations?)?\b|honou?rs|cum laude|education|universidad|universidade|hochschule|politecnico|polytechnique|lyc[ée]e|gymnasium|[ée]cole|escuela|licenciatura|laurea|lisans|licencjat|sarjana|abitur|baccalaur|a-levels?|gcse|matura|colegio|col[ée]gio|c[ée]gep|liceo|faculdade|facultad|bachiller|bacharelado|mestrado|maestr[ií]a|doutorado|doctorado|dai hoc|hoc vien|cao dang|tot nghiep|cu nhan|ky su|ensino|studied at|alumn(?:a|us)\b|alumni of)/i;
/**
 * Words that make nearby dates employment dates (academic posts too: "Assistant Professor, 2015–2019,
 * University of …", "Postdoctoral Researcher"); with the open end of a job's dates as CVs write it in
 * other languages ("2019 – aujourd'hui", "à ce jour", "actual", "atual", "heute", "oggi", "presente",
 * Dutch "heden", Turkish "halen", Polish "obecnie").
 */
const WORK =
  /\b(?:experience|employ\w*|worked|working|company|corporation|inc|ltd|llc|plc|gmbh|pvt|limited|trainee|apprentice|manager|engineer|developer|analyst|consultant|intern|internship|responsib\w*|project|client|technologies|solutions|present|nurse|supervisor|director|officer|specialist|coordinator|administrator|technician|teacher|hospital|clinic|aujourd'hui|ce jour|actual(?:idad|mente)?|atual(?:mente)?|presente|heute|oggi|hoy|hoje|heden|halen|obecnie)\b/gi;
const WORK_ONE = new RegExp(WORK.source, 'i');
/** Academic posts, held at a school: beside the school on a date's line they make the dates a job's. */
const ACADEMIC_JOB =
  /\b(?:(?:assistant|associate|adjunct|visiting|full|clinical|research) professor|professor (?:of|in)|lecturer|instructor|adjunct|post-?doc\w*|researcher|research (?:fellow|assistant|associate|scientist)|teaching (?:assistant|fellow)|visiting scholar)\b/i;

const ACADEMIC_G = new RegExp(ACADEMIC_JOB.source, 'gi');

/** Degrees and school-leaving qualifications (EDU without the institution words). */
const DEGREE =
  /\b(?:b\.?\s?tech|m\.?\s?tech|b\.?\s?e\b|m\.?\s?e\b|b\.?\s?sc|m\.?\s?sc|b\.?\s?s\b|m\.?\s?s\b|b\.?\s?a\b|m\.?\s?a\b|b\.?\s?com|m\.?\s?com|bca|mca|bba|mba|ph\.?\s?d|bachelor|master|diploma|degree|hsc|ssc|graduat|gpa|cgpa|major|minor|coursework|honou?rs|cum laude|licenciatura|laurea|lisans|licencjat|sarjana|abitur|baccalaur|a-levels?|gcse|matura|bachiller|bacharelado|mestrado|maestr[ií]a|doutorado|doctorado|cert(?:ificate|\.)? (?:i{1,3}|iv|[1-4])\b|nvq|btec)/i;

/** The date's own line, without the date: the text before it back to the line's start and after it to the line's end. */
function lineOf(before: string, after: string): string {
  return `${before.slice(before.lastIndexOf('\n') + 1)} ${after.split('\n', 1)[0]}`;
}

/**
 * True when the date's own line names a job and no degree ("Teacher, Lincoln Elementary School, 2018 –
 * Present"; "Développeur, Proximus, Bruxelles (2017 – 2020)", by the job words of CVs in other languages).
 */
function jobOnLine(before: string, after: string): boolean {
  const line = lineOf(before, after);
  if (!(WORK_ONE.test(line) || namesJob(line))) return false;
  if (!DEGREE.test(line)) return true;
  // "Graduate Surveyor, Taylor Wimpey, York  2013 – 2014": "Graduate" before a capitalised word is a
  // job's grade, no degree ("Graduate Diploma" keeps its degree word).
  if (!line.includes('raduate ')) return false;
  const rest = line.replace(GRADUATE_GRADE, '').replace(GRADUATE_JOB, '');
  return (WORK_ONE.test(rest) || namesJob(rest)) && !DEGREE.test(rest);
}
/** "Graduate" before a capitalised word ("Graduate Engineer", "Graduate Surveyor"). */
const GRADUATE_GRADE = /\bGraduate(?= \p{Lu}\p{Ll})/gu;
/** "graduate" before a job's word, any case ("as a graduate engineer", "Graduate Trainee"): a job's grade. */
const GRADUATE_JOB =
  /\b[Gg]raduate(?= (?:[Ee]ngineer|[Tt]rainee|[Ss]urveyor|[Aa]nalyst|[Aa]ccountant|[Cc]onsultant|[Dd]eveloper|[Ii]ntern|[Nn]urse|[Tt]eacher|[Aa]uditor|[Dd]esigner|[Pp]lanner|[Oo]fficer|[Ss]cheme|[Mm]anagement [Tt]rainee)s?\b)/g;
/** The text with each {@link GRADUATE_JOB} blanked, one space a character (offsets stay). */
function blankGraduateJobs(s: string): string {
  return s.includes('raduate ') ? s.replace(GRADUATE_JOB, (g) => ' '.repeat(g.length)) : s;
}

/**
 * True when an academic post ({@link ACADEMIC_JOB}) and no degree are on the date's line, read back at
 * most 60 characters and on to the date's entry's end ("Lecturer in Economics, University of Ghana
 * (2012-2016)", "2012-present: Associate Professor").
 */
function academicJobNear(before: string, after: string): boolean {
  // (After the date, only up to a full stop, a bracket's end, a semicolon or the next number: "awarded
  // in August 1965.    1967 - 70    Researcher …" is a degree's date before the next entry. In text
  // without line breaks, nothing after the date: "… Widener University.    2008    Assistant Professor"
  // may close the school's entry as well as open the post's, and a graduation year left shown is a leak.)
  const stop = after.search(/\.(?!\p{L})|[);]|\d/u);
  const lined = before.includes('\n') || after.includes('\n');
  const line = lineOf(before.slice(-60), !lined ? '' : stop < 0 ? after : after.slice(0, stop));
  return ACADEMIC_JOB.test(line) && !DEGREE.test(line);
}

/** A publication's name on a date's line ("Proceedings of the …", "Journal of …"). */
const PUBLICATION_LINE = /\b(?:Proceedings|Journal|Annals|Transactions|Bulletin) of\b/;
/** A grant's words on a line: its money, its (co-)investigator, "grant", "funded by". */
const GRANT_GATE = /[$€£]|\bPI\b|rant|unded/;
const GRANT = /[$€£] ?\d|\((?:Co-?)?PI\)|\b(?:Co-?)?PI\b|\bgrant\b|\bfunded by\b/i;
/**
 * True when a grant ({@link GRANT}) and no degree are on the date's line, read back 60 characters, and
 * either way no further than two spaces (the fields of text whose lines were joined).
 */
function grantLine(before: string, after: string): boolean {
  const back = before.slice(-60);
  const two = after.indexOf('  ');
  const line = lineOf(back.slice(back.lastIndexOf('  ') + 1), two < 0 ? after : after.slice(0, two));
  return GRANT.test(line) && !DEGREE.test(line);
}

/** A conference's own name: "PyCon", "KubeCon", "RailsConf", "JSConf", "DEF CON". */
const CONFERENCE_NAME = /\b\p{Lu}\p{L}*?\p{Ll}(?:Conf|Con)\b|\b\p{Lu}{2,}Conf\b|\bDEF ?CON\b/u;
/** Words of an event, a committee or a grant on a date's line. */
const EVENT_WORDS =
  /\b(?:conference|conf|summit|symposium|workshop|meetup|hackathon|congress|convention|committee|grant|grants|funded|funding)\b/i;
/**
 * True when the date's line (or, where the date is alone on its line, the line above) names a
 * conference, a committee or a grant and no degree or school ({@link CONFERENCE_NAME}, {@link EVENT_WORDS}):
 * the year is the event's, not a graduation's.
 */
function eventLine(before: string, after: string): boolean {
  let line = lineOf(before, after);
  if (!line.trim()) {
    const eol = before.lastIndexOf('\n');
    if (eol < 0) return false;
    line = before.slice(before.lastIndexOf('\n', eol - 1) + 1, eol);
  }
  return (
    (CONFERENCE_NAME.test(line) || EVENT_WORDS.test(line)) && !DEGREE.test(line) && !SCHOOL_WORDS.test(line)
  );
}

/**
 * True when the date's own line names a school or a degree and no job: "Bachelor of Education,
 * Queensland University of Technology, 2013" is a graduation year whatever the next line says
 * ("Working With Children Check"), since a date at a line's end belongs to its line's entry.
 */
function educationOnLine(before: string, after: string): boolean {
  const line = lineOf(before, after);
  return EDU.test(line) && !WORK_ONE.test(line);
}

/**
 * True when the match at `at` of `s` is a US state code after its town, not a degree: "MA", "ME" or
 * "MS" in capitals after "<Town>, " and before no letter ("Boston, MA | 2019 – Present").
 */
function stateCode(s: string, at: number, m: string): boolean {
  return (
    (m === 'MA' || m === 'ME' || m === 'MS') &&
    /\p{L}, $/u.test(s.slice(Math.max(0, at - 3), at)) &&
    !/\p{L}/u.test(s.charAt(at + 2))
  );
}

/** Distance from the date to the nearest match of `re` in the text before (end) and after (start). */
function nearest(re: RegExp, before: string, after: string): number {
  let best = Number.POSITIVE_INFINITY;
  re.lastIndex = 0;
  for (const m of scanAll(before, re))
    if (!stateCode(before, m.index, m[0])) best = Math.min(best, before.length - (m.index + m[0].length));
  for (let a = re.exec(after); a; a = re.exec(after))
    if (!stateCode(after, a.index, a[0])) {
      best = Math.min(best, a.index);
      break;
    }
  re.lastIndex = 0;
  return best;
}
const EDU_G = new RegExp(EDU.source, 'gi');
// Scanned only at the starts headerStarts() lists (EDU_WORD): keep the heading words in step.
// European CVs' education headings count on a line of their own ("Ausbildung", "Formation", "Formación").
// Turkish ones too ("Eğitim", "EĞİTİM BİLGİLERİ", "Öğrenim Durumu"; their lookahead ends the word, as "\b"
// cannot after "İ").
const HEADER_EDU =
  /(?:^|\s{2}|\n)\s*(?:(?:EDUCATION(?:AL)?|Education(?:al)?|ACADEMIC|Academic|QUALIFICATIONS?|Qualifications?|SCHOLASTIC|Scholastic)\b|(?:Ausbildung|AUSBILDUNG|Bildungsweg|BILDUNGSWEG|Formation|FORMATION|Formación|FORMACIÓN|Istruzione|ISTRUZIONE|Opleiding|OPLEIDING|Utbildning|UTBILDNING|Wykształcenie|WYKSZTAŁCENIE|(?:Eğitim|Egitim|Öğrenim|Ogrenim)(?: Bilgileri| Durumu| Geçmişi)?|(?:EĞİTİM|EGITIM|ÖĞRENİM|OGRENIM)(?: BİLGİLERİ| BILGILERI| DURUMU| GEÇMİŞİ)?)(?=[ \t]*:?[ \t]*\r?\n))[^\n]{0,40}?/gu;
/**
 * Section headings of CVs in several languages: any of them ends an education section (the work
 * headings of Vietnamese, Indonesian, Turkish, Polish and Portuguese CVs too: "Kinh nghiệm làm việc",
 * "Pengalaman Kerja", "İş Deneyimi", "Doświadczenie zawodowe", "Experiência Profissional").
 */
const ANY_HEADINGS =
  'Yetenekler|YETENEKLER|Beceriler|BECERİLER|Diller|DİLLER|Sertifikalar|SERTİFİKALAR|Referanslar|REFERANSLAR|Berufserfahrung|BERUFSERFAHRUNG|Berufliche|BERUFLICHE|Kenntnisse|KENNTNISSE|Sprachen|SPRACHEN|Expérience|EXPÉRIENCE|Expériences|EXPÉRIENCES|Compétences|COMPÉTENCES|Langues|LANGUES|Experiencia|EXPERIENCIA|Idiomas|IDIOMAS|Esperienz[ae]|ESPERIENZ[AE]|Competenze|COMPETENZE|Lingue|LINGUE|Werkervaring|WERKERVARING|Vaardigheden|VAARDIGHEDEN|Talen|TALEN|Kinh nghiệm|KINH NGHIỆM|Pengalaman|PENGALAMAN|(?:İş |İŞ )?(?:Deneyim|DENEY[İI]M)|Doświadczenie|DOŚWIADCZENIE|Experiência|EXPERIÊNCIA|WORK|Work|PROFESSIONAL|Professional|EXPERIENCE|Experience|EMPLOYMENT|Employment|SKILLS|Skills|PROJECTS?|Projects?|CERTIFICATIONS?|Certifications?|AWARDS|Awards|PUBLICATIONS|Publications|ADDITIONAL|Additional|INTERESTS|Interests|PERSONAL|Personal|REFERENCES|References|CAREER|Career|TECHNICAL|Technical|ACHIEVEMENTS|Achievements|ACTIVITIES|Activities|LANGUAGES|Languages|VOLUNTEER|Volunteer|SUMMARY|Summary|OBJECTIVE|Objective|MILITARY|Military|LICENSES|Licenses|LICENCES|Licences|AFFILIATIONS|Affiliations|MEMBERSHIPS|Memberships|REFEREES|Referees|TALKS|Talks|SPEAKING|Speaking|PRESENTATIONS|Presentations|CONFERENCES|Conferences|PATENTS|Patents|HOBBIES|Hobbies';
/**
 * Headings of LinkedIn's profile sections and of ATS candidate pages (Greenhouse, Lever, Workday, Ashby,
 * SmartRecruiters, Workable) on a line of their own: any of them ends an education section, whose
 * timestamps ("Feb 19, 2024 at 10:02 AM", "03/01/2024") and certificate dates are no graduation years.
 */
const PAGE_HEADINGS =
  '(?:Activity(?: Feed)?|Interviews|Scorecards?|Process History|Attachments|Notes|Feedback|Volunteering|Volunteer experience|Licenses & certifications|Honors & awards|Recommendations|Interests|Causes|Contact [Ii]nfo)(?=[ \\t]*(?:\\r?\\n|$))';
const HEADER_ANY = new RegExp(`(?:^|\\s{2}|\n)\\s*(?:(?:${ANY_HEADINGS})\\b|${PAGE_HEADINGS})`, 'g');
/** A work-section heading (Title Case or capitals) after a date. */
const NEXT_HEADING =
  /(?:^|[\s.,;:)\]|•]+)(?:(?:Professional|PROFESSIONAL|Work|WORK|Relevant|RELEVANT|Teaching|TEACHING)\s)?(?:Experience|EXPERIENCE|Employment|EMPLOYMENT|Work History|WORK HISTORY)\b/;
/**
 * An education heading on its own line after the date ("EDUCATION", "EDUCATION & TRAINING", "Academic
 * Background:", and the education headings of CVs in other languages: "Eğitim", "Ausbildung",
 * "Formación", "Wykształcenie", "Pendidikan"): the next section starts there.
 */
const EDU_HEADING_AFTER =
  /\n[ \t]*(?:EDUCATION(?:AL)?|Education(?:al)?|ACADEMIC|Academic|QUALIFICATIONS?|Qualifications?|Eğitim|EĞİTİM|Egitim|EGITIM|Öğrenim|ÖĞRENİM|Ausbildung|AUSBILDUNG|Formación|FORMACIÓN|Formação|FORMAÇÃO|Istruzione|ISTRUZIONE|Opleiding|OPLEIDING|Utbildning|UTBILDNING|Wykształcenie|WYKSZTAŁCENIE|Pendidikan|PENDIDIKAN)(?:[ \t]+(?:&|and|AND|[A-Z][A-Za-z]+)){0,3}[ \t]*:?[ \t]*(?:\n|$)/;
/**
 * The same heading in text whose lines were joined with two spaces ("…June 2019  Education  B.Sc. …"):
 * two spaces before it, and two spaces, a line break or the end after it.
 */
const EDU_HEADING_JOINED =
  /[ \t]{2}(?:EDUCATION(?:AL)?|Education(?:al)?|ACADEMIC|Academic|QUALIFICATIONS?|Qualifications?)(?:(?: (?:&|and|AND))? (?:Background|BACKGROUND|Qualifications?|QUALIFICATIONS?|Details|DETAILS|History|HISTORY|Training|TRAINING|Certifications?|CERTIFICATIONS?|Profile|PROFILE|Credentials|CREDENTIALS)){0,2}[ \t]?:?(?=[ \t]{2}|[ \t]*\r?\n|[ \t]*$)/;
/**
 * A credential held, named before its dates, which are then a validity period ("Certified Nursing Assistant, March
 * 2019 to March 2022", "AWS Certified Solutions Architect  Jan 2020 – Jan 2023"), not a course's years
 * ("Certificate IV in Training and Assessment, 2014 – 2015" and "2003 – 2005: Progressive certification
 * to attain …" are studied, and stay a graduation's).
 */
/** Substrings of which every {@link EDU_HEADING_JOINED} match holds one, looked for first. */
const JOINED_GATE = /Educ|EDUC|Acad|ACAD|Qual|QUAL/;
/** Substrings of which every {@link CREDENTIAL} match holds one (in the cases resumes write), looked for first. */
const CREDENTIAL_GATE = /ertifie|ERTIFIE|icens|ICENS|icenc|ICENC/;
/** Two years in a date range: a range with both ends dated. */
const TWO_YEARS = /(?:19|20)\d\d\D+(?:19|20)\d\d/;
const CREDENTIAL = /\b(?:certified|licensed|licen[cs]e)\b/i;
/** The institution words of {@link EDU}. */
const INSTITUTION_WORDS = 'universit|college|institute|school|academy|polytechnic';
/** School words of {@link EDU} (with "certificate", a course): they make a credential's entry an education's. */
const SCHOOL_WORDS = new RegExp(`\\b(?:${INSTITUTION_WORDS}|certificate)`, 'i');
/**
 * The date's entry before it: its field and, where the date opens a field of its own (two spaces or a
 * tab before it), the field before that, on the date's line.
 */
function entryBefore(before: string): string {
  const pieces = before.slice(before.lastIndexOf('\n') + 1).split(/[ \t]{2,}|\t/);
  const own = pieces[pieces.length - 1]!;
  return own.trim() === '' && pieces.length > 1 ? pieces[pieces.length - 2]! : own;
}
/** NEXT_HEADING's heading words, read from its source (one of them is in every match); null if it changed shape. */
const NEXT_WORDS = plainWords(/\(\?:([^()]*)\)\\b$/.exec(NEXT_HEADING.source)?.[1]);
/** A product or version word right before a year (a lookbehind tried at the date's start: {@link matchesAt}). */
const PRODUCT_BEFORE =
  /(?<=\b(?:server|windows|office|visual studio|excel|word|outlook|exchange|sharepoint|studio|version|v\.?|release|iso|oracle|sql|autocad|photoshop|tally|ms)\s?)/iy;
/** "MS" after a town's comma, right before the date: Mississippi's code, no product's. */
const STATE_MS = /\p{L}, MS\s?$/u;
/** "since" right before a date (a lookbehind tried at the date's start: {@link matchesAt}): a span of practice ("lead auditor since 2022"). */
const SINCE_BEFORE = /(?<=\bsince\s{1,2})/iy;
/**
 * A certificate's dates on LinkedIn ("Issued Jun 2021 · Expires Jun 2024", "Credential date 2020"): the
 * date right after the word (a lookbehind tried at the date's start: {@link matchesAt}).
 */
const CERTIFICATE_BEFORE =
  /(?<=\b(?:issued|expires|expired|expiry|expiration|credential(?: date)?|valid(?: (?:from|since|until|till|through))?|renewed)(?: on| date)?:?\s{1,2})/iy;
/**
 * A certificate's issue line: the issuer or the issue date opening the date's line ("Issued by Stanford
 * University · Jun 2009", "Issued Jun 12, 2009 · Credential ID …", "Issue date: 06/2009", "Issuing
 * organization: Coursera, 2020"). Its date is the certificate's; a school's only under a certifications heading.
 */
const ISSUE_LINE =
  /(?:^|\n)[ \t]*(?:[Ii]ssued(?: by| on|:)?[ \t]+[A-Z\d]|ISSUED|[Ii]ssue [Dd]ate|ISSUE DATE|[Dd]ate [Ii]ssued|[Ii]ssuing (?:[Oo]rgani[sz]ation|[Aa]uthority|[Bb]ody)|[Ii]ssuer\b)[^\n]*$/;
/**
 * An ATS page's event line: an event word opening the date's line, right before a date, a preposition or
 * a dot ("Applied Mar 3, 2024", "Submitted 03/03/2024", "Added on 03/04/2024 by Recruiter", "Moved to Onsite on Mar 5, 2024",
 * "Last activity: Mar 3, 2024"). "Applied Mathematics, 2016" and "Applied Marine Science" are no event.
 */
const EVENT_LINE =
  /(?:^|\n)[ \t]*(?:Applied|Added|Updated|Moved|Created|Submitted|Received|Hired|Rejected|Disqualified|Advanced|Sourced|Referred|Viewed|Modified|Scheduled|Emailed|Contacted|Connected|Archived|Reviewed|Last (?:activity|updated|contacted|modified))(?:[ \t]*[:·•|–-]|[ \t]+$|[ \t]+(?:on|at|to|via|for|by|from|in|since|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)\b)[^\n]*$/;
/**
 * LinkedIn's "Contact info": "Connected" (or "Connected since") alone on the line above the date ("Connected\nJan
 * 5, 2019"), the day the member connected, no graduation.
 */
const CONNECTED_ABOVE =
  /(?:^|\n)[ \t]*Connected(?: since| on)?[ \t]*:?[ \t]*\r?\n[ \t]*(?:[A-Za-z]{3,9}\.?[ \t]\d{1,2},?[ \t]|\d{1,2}[ \t](?:[A-Za-z]{3,9}\.?,?[ \t])?)?$/;
/** First letters of {@link EVENT_LINE}'s event words, looked for before it runs. */
const EVENT_GATE = /(?:^|\n)[ \t]*[AUMCSRHDVELa]/;
/** A school as a certificate's issuer ({@link INSTITUTION_WORDS}). */
const SCHOOL_ISSUER = new RegExp(`\\b(?:${INSTITUTION_WORDS})`, 'i');
/** A certifications heading's line: LinkedIn's section, or a resume's. */
const CERT_HEADING =
  /^[ \t]*(?:Licen[sc]es & certifications|(?:Licen[sc]es|LICEN[SC]ES)(?: (?:&|and|AND) (?:[Cc]ertifications|CERTIFICATIONS))?|Certifications?|CERTIFICATIONS?)[ \t]*:?[ \t]*$/;

/** True when the last section heading at a line's start before `start` is a certifications heading. */
function inCertifications(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - SECTION_MAX), start);
  let at = -1;
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(before); m; m = HEADING_LINE.exec(before)) at = m.index;
  if (at < 0) return false;
  const eol = before.indexOf('\n', at + 1);
  return CERT_HEADING.test(before.slice(at + 1, eol < 0 ? before.length : eol));
}
/**
 * LinkedIn's recommendation line: the day's date opens it, then the recommender and the relation ("March
 * 3, 2021, Ada managed Jo directly", "…, Ada worked with Jo on the same team", "…, Ada was senior to Jo",
 * "…, Ada reported directly to Jo", "…, Ada taught Jo"). The date is the recommendation's, no graduation.
 */
const DAY_OPENS_LINE =
  /(?:^|\n)[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]\d{1,2},[ \t]$/;
const RELATION_AFTER =
  /^,[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,3}[ \t](?:managed|worked|was|were|reported|taught|studied|mentored|supervised|advised|collaborated|hired)\b/u;
/** A time after a date: "Feb 19, 2024 at 10:02 AM", "03/01/2024, 14:30": a page's timestamp. */
const TIME_AFTER = /^,?\s{1,2}(?:at\s{1,2})?\d{1,2}:\d\d(?!\d)/;
const SECTION_MAX = 2500;
const GLUED_RANGE = /(?<![\p{L}\p{N}])((?:19|20)\d\d)((?:19|20)\d\d)(?![\p{L}\p{N}])/gu;
const WINDOW = 90;

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'GRAD_YEAR', score, recognizer: 'grad-year' };
}

const HEADER_EDU_AT = sticky(HEADER_EDU);
/**
 * The heading words of HEADER_EDU, case as written there; the Polish one by its start before "ł": a
 * character past Latin-1 in the pattern made this scan three times slower (0.5 → 0.17 ms a pass on
 * the resume mix). More places than the headings' are harmless: HEADER_EDU is only tried there.
 */
const EDU_WORD =
  /EDUCATION|Education|ACADEMIC|Academic|QUALIFICATION|Qualification|SCHOLASTIC|Scholastic|Ausbildung|AUSBILDUNG|Bildungsweg|BILDUNGSWEG|Formation|FORMATION|Formación|FORMACIÓN|Istruzione|ISTRUZIONE|Opleiding|OPLEIDING|Utbildning|UTBILDNING|Wykszta|WYKSZTA|Egitim|EGITIM|Ogrenim|OGRENIM/g;
/**
 * The Turkish headings' words past their first letter ("Eğitim", "Öğrenim"), found by plain searches (a
 * gate pattern with letters past Latin-1 scans slower): each heading word starts one character before.
 */
const TURKISH_EDU_TAILS = ['ğitim', 'ĞİTİM', 'ğrenim', 'ĞRENİM'];
const SPACE = /\s/;

/**
 * Where HEADER_EDU can start: only whitespace lies between a heading's start and its word, so the
 * starts are the whitespace run right before each heading word (EDU_WORD's, and the Turkish ones'
 * found by {@link TURKISH_EDU_TAILS}), and the word itself.
 */
function headerStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  const words: number[] = [];
  for (const m of scanAll(text, EDU_WORD)) words.push(m.index);
  let turkish = false;
  for (const tail of TURKISH_EDU_TAILS)
    for (let i = text.indexOf(tail, 1); i >= 0; i = text.indexOf(tail, i + 1)) {
      words.push(i - 1);
      turkish = true;
    }
  if (turkish) words.sort((a, b) => a - b);
  for (const w of words) {
    let r = w;
    while (r > next && SPACE.test(text[r - 1]!)) r--;
    for (let s = Math.max(r, next); s <= w; s++) starts.push(s);
    next = Math.max(next, w + 1);
  }
  return starts;
}

/** [start, end) ranges of education sections. */
function educationSections(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of scanAt(text, HEADER_EDU_AT, headerStarts(text))) {
    const start = m.index + m[0].length;
    HEADER_ANY.lastIndex = start;
    const next = HEADER_ANY.exec(text);
    const end = Math.min(next ? next.index : text.length, start + SECTION_MAX);
    out.push([start, end]);
  }
  return out;
}

/** HEADER_ANY's headings at a line's start. */
/** PAGE_HEADINGS at a line's start. */
const PAGE_HEADING_LINE = new RegExp(`\\n[ \\t]*${PAGE_HEADINGS}`);
const HEADING_LINE = new RegExp(`\\n[ \\t]*(?:(?:${ANY_HEADINGS})\\b|${PAGE_HEADINGS})`, 'g');

/**
 * The text before a date from the last section heading at a line's start in it ("…Diploma,
 * 2006\n\nMILITARY\nU.S. Army, 2006 – 2010"): a school or a degree above another section's heading
 * says nothing about the dates under it.
 */
function fromHeading(before: string): string {
  if (!before.includes('\n')) return before;
  let at = -1;
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(before); m; m = HEADING_LINE.exec(before)) at = m.index;
  return at < 0 ? before : before.slice(at);
}

/** A sentence's end in running text: a full stop, "!" or "?", a space and a capital. */
const SENTENCE_END = /[.!?][ \t]+\p{Lu}/u;

/** The text after a date up to its sentence's end ({@link SENTENCE_END}), the date's own words. */
function ownSentence(after: string): string {
  const m = SENTENCE_END.exec(after);
  return m ? after.slice(0, m.index + 1) : after;
}

/** The graduation-year recognizer. */
export const gradYear: Recognizer = {
  id: 'grad-year',
  kind: 'structure',
  entities: ['GRAD_YEAR'],
  analyze(text) {
    const out: Span[] = [];
    if (!/(?:19|20)\d\d|'\d\d/.test(text)) return out;
    const sections = educationSections(text);
    for (const m of scanAt(text, RANGE_AT, dateStarts(text))) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      const before = fromHeading(text.slice(Math.max(0, start - WINDOW), start));
      let after = text.slice(end, end + 40);
      // A section heading after the date ("2002 - 2006 Experience Pet Sitter") starts the next section:
      // its words say nothing about this date.
      // (Plain searches first: every NEXT_HEADING match holds one of its words, every EDU_HEADING_AFTER match a line break.)
      const heading =
        (!NEXT_WORDS || NEXT_WORDS.some((w) => after.includes(w)) ? NEXT_HEADING.exec(after) : null) ??
        (after.includes('\n') ? EDU_HEADING_AFTER.exec(after) : null) ??
        (after.includes('  ') && JOINED_GATE.test(after) ? EDU_HEADING_JOINED.exec(after) : null);
      if (heading) after = after.slice(0, heading.index);
      else if (after.includes('\n')) {
        // A page's section heading on its own line ends it too ("…Jan 2019 - Present\nHonors & awards\n…University");
        // not a resume's heading words, which may open a school's name ("2008 – 2012\nTechnical University of …").
        const next = PAGE_HEADING_LINE.exec(after);
        if (next) after = after.slice(0, next.index);
      }
      // Versions and products: "SQL Server 2008", "Windows 2000", "Office 2010".
      // ("Cleveland, MS\n2014": Mississippi's code after a town, not "MS Office 2010".)
      if (matchesAt(text, PRODUCT_BEFORE, start) && !STATE_MS.test(text.slice(Math.max(0, start - 8), start)))
        continue;
      // A certificate's issue or expiry date, a page's timestamp.
      if (matchesAt(text, CERTIFICATE_BEFORE, start) || TIME_AFTER.test(after)) continue;
      // "ISO 9001 lead auditor since 2022": something practised since the year, no degree or school on
      // the line ("enrolled at Aalto University since 2021" stays a school's year).
      if (matchesAt(text, SINCE_BEFORE, start)) {
        const line = lineOf(before, after);
        if (!DEGREE.test(line) && !SCHOOL_WORDS.test(line)) continue;
      }
      // A recommendation's date and relation on LinkedIn ("March 3, 2021, Ada managed Jo directly").
      if (text.charCodeAt(end) === 44 && RELATION_AFTER.test(after) && DAY_OPENS_LINE.test(before)) continue;
      if ((before.includes('ssu') || before.includes('SSU')) && ISSUE_LINE.test(before)) {
        const line = lineOf(before, after);
        // A school's award or certificate outside a certifications section dates the candidate's time
        // there ("Best Final Year Project\nIssued by University College Cork · Jun 2013" under "Honors & awards").
        if (!DEGREE.test(line) && (!SCHOOL_ISSUER.test(line) || inCertifications(text, start))) continue;
      }
      if (
        EVENT_GATE.test(before) &&
        (EVENT_LINE.test(before) || CONNECTED_ABOVE.test(before)) &&
        !EDU.test(lineOf(before, after))
      )
        continue;
      if (matchesAt(text, CUE, start)) {
        out.push(span(start, end, 0.9));
        continue;
      }
      const inSection = sections.some(([a, b]) => start >= a && start < b);
      // Whichever is nearer wins: a degree or school word, or an employment word.
      // ("Mott MacDonald (2015 – 2018)\nGraduate Engineer": a job's grade is no education word.)
      const edu = nearest(EDU_G, blankGraduateJobs(before.slice(-70)), blankGraduateJobs(after.slice(0, 70)));
      // (Outside an education section with no degree or school word near, the employment words cannot matter.)
      if (!inSection && edu >= 70) continue;
      // A credential's validity: two dates on the entry of a credential held, no degree or school on it.
      if (CREDENTIAL_GATE.test(before) && TWO_YEARS.test(m[0])) {
        const entry = entryBefore(before);
        if (CREDENTIAL.test(entry) && !DEGREE.test(entry) && !SCHOOL_WORDS.test(entry)) continue;
      }
      // (An academic post counts as a job's word only in text with line breaks: flattened, "… University.
      // 2008  Assistant Professor" may be the school's year as well as the post's.)
      // (A job's word in the next sentence is the next sentence's: "…finished her MSc at the University of
      // Ghana in 2014. Moving to hiring manager review." The date's own sentence ends at ". " and a capital.)
      const own = ownSentence(after.slice(0, 70));
      const work = Math.min(
        nearest(WORK, before.slice(-70), own),
        before.includes('\n') ? nearest(ACADEMIC_G, before.slice(-70), own) : 70,
      );
      // "Third Grade Teacher, Lincoln Elementary School, Lancaster, PA  2018 – Present": outside an
      // education section, a job on the date's line and no degree make it a job's dates.
      // (Only where the line's start is in the window: text without line breaks has no lines to read.)
      if (!inSection && before.includes('\n') && jobOnLine(before, after)) continue;
      // "Assistant Professor, University of Leeds, 2015–2019": an academic post beside the school on the
      // date's line (or in the text just before it, where it has no line breaks) and no degree.
      if (academicJobNear(before, after)) continue;
      // "NSF CAREER Award (PI), 2022–2027, $550,000": a research grant's dates, its money or its
      // investigator on the line, no degree.
      if (GRANT_GATE.test(lineOf(before, after)) && grantLine(before, after)) continue;
      // "Speaker, RailsConf 2019", "KubeCon EU 2023", "Program committee, ICML 2020", "NSF grant,
      // 2019–2022": an event's, a committee's or a grant's year, no degree or school on its line.
      if (eventLine(before, after)) continue;
      // "Proceedings of the National Academy of Sciences, 2019": a publication's year.
      if (
        PUBLICATION_LINE.test(lineOf(before.slice(-80), after)) &&
        !DEGREE.test(lineOf(before.slice(-80), after))
      )
        continue;
      if (
        (inSection && work > 25) ||
        (edu < 70 && edu < work) ||
        (edu < 70 && educationOnLine(before, after))
      )
        out.push(span(start, end, inSection ? 0.8 : 0.7));
    }
    // "20072008 M.Sc.": a year range whose separator PDF extraction dropped, next to a degree.
    for (const m of scanAll(text, GLUED_RANGE)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to < from || to - from > 8) continue;
      const before = text.slice(Math.max(0, m.index - 70), m.index);
      const after = text.slice(m.index + 8, m.index + 78);
      if (nearest(EDU_G, before, after) < 70) out.push(span(m.index, m.index + 8, 0.7));
    }
    return out;
  },
};

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [RANGE, (text) => scanAt(text, RANGE_AT, dateStarts(text))],
  [HEADER_EDU, (text) => scanAt(text, HEADER_EDU_AT, headerStarts(text))],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/grad-year.test.ts
