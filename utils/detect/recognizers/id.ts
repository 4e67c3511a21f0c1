/**
 * Government, financial and network identifiers (label ID): US SSN, payment cards (Luhn), IBAN
 * (mod-97), Indian Aadhaar and PAN, UK NINO, passport numbers after a cue, IPv4/IPv6 and MAC
 * addresses. Quantifiers are bounded; checksums keep ordinary numbers out.
 */

import { digitRuns, mergeStarts, runStarts } from '../literal-starts';
import { isAsciiLetter, isAsciiUpper, isWordCode, scanAll, scanAt, sticky } from '../scan';
import type { Recognizer, Span } from '../types';

const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g;
const CARD = /(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])/g;
const IBAN = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b/g;
const AADHAAR = /(?<!\d[ -]?)[2-9]\d{3}[ -]\d{4}[ -]\d{4}(?![ -]?\d)/g;
const PAN = /\b[A-Z]{3}[PCHABGJLFT][A-Z]\d{4}[A-Z]\b/g;
const NINO = /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const PASSPORT =
  /\b(?:passport(?:[ \t](?:no\.?|number|num\.?|details|#))?|pp no\.?)[\s:#.-]{0,4}[ \t]{0,20}((?=[A-Z]{0,8}\d)[A-Z0-9]{6,9})\b/gi;
/**
 * A number named by its label: "driver's license number is F1628235", "Employee ID: 48213"; a
 * professional register's number ("Lic. No. 12345", "NMC PIN 12A3456E", "GMC No. 7012345", "Bar No.
 * 301245", "DEA #: AB1234563", "Registration No. 54321", "AHPRA Registration: NMW0001234567", "Working with
 * Children Check: WWC1234567E", "Working with Children Check (Blue Card) 1234567/1", a pilot's "ATP Certificate No. 3418857"); with the
 * dots and spaces that Latin American and European national numbers are written with ("Cédula de
 * ciudadanía: 1.023.456.789", "CPF: 123.456.789-09", "RG: 12.345.678-9", "RUT: 12.345.678-5", "NIR : 2 92
 * 05 69 123 456 78"; spaces only after the labels of {@link SPACED_LABEL}).
 */
const LABELLED_ID =
  /\b(?:driver'?s? licen[cs]e|driving licen[cs]e|dl(?= (?:no\b|number)|\s?[:#])|licen[cs]e|ssn|social security|tax id|tin|nin|(?:national )?id card|national id|id|identity card|ppsn?|personal public service|employee id|member id|account|acct|policy|passport|aadhaa?r(?: card)?|pan|voter id|bsn|burgerservicenummer|dni|nie|nif|codice fiscale|steuer-?id|steueridentifikationsnummer|steuernummer|personalausweis(?:nummer)?|ausweisnummer|cpf|rg|c[ée]dula(?: de (?:ciudadan[íi]a|identidad|extranjer[íi]a))?|c\.\s?[ci]\.|documento(?: nacional)? de identidad(?:e)?|rut|run|cuit|cuil|nss|niss|dui|sin|tfn|nric|hkid|curp|rfc|pesel|personnummer|cpr|uan|esic|epic|(?:identity|citizenship) (?:number|no\.?)|c?nic|nid|iqama|emirates id|civil id|qid|sss|philhealth|pag-ibig|bvn|kra pin|(?:e-?)?ktp|nik(?=\s?[:#])|mykad|ic(?= (?:no\b|number)|\s?[:#])|k\/p|nssf|nhif|rodn[ée] [čc][íi]slo|henkil[öo]tunnus|hetu|amka|egn|oib|jmbg|(?:t\.?c\.? )?kimlik|ahv|avs|sozialversicherungs(?:nummer)?|sv-?(?:nummer|nr)|nir|(?:num[ée]ro de )?s[ée]curit[ée] sociale|ird|ghana ?card|cnp|sort code|routing(?= (?:number|no\b|#)|\s?[:#])|aba(?: routing)?(?= (?:number|no\b|#)|\s?[:#])|lic\.?|(?:nmc|nmbi|gmc|gdc|hcpc|ahpra)(?: pin| registration| reg\.?)?|npi|dea|working with children check(?: \(blue card\))?|blue card|wwcc?|(?:state )?bar(?= (?:no\b|number|#|id\b))|certificate(?= (?:no\b|number|#))|reg(?:istration|\.)(?= (?:no\b|number|#)))(?: number| no\.?| #| nr\.?|-nr\.?)?(?: is|\s?[:#]|-)?\s{0,2}((?:[A-Z]{1,6}-?)?\d(?:[A-Z0-9/-]|\.(?=\d)| (?=\d)){4,30}(?:\([0-9A]\)|\b))/gi;
/**
 * Labels of numbers written in groups with spaces ("Steuer-ID: 12 345 678 901", "SV-Nummer: 1234 010190",
 * "NIR : 2 92 05 69 123 456 78", "SIN: 123 456 789"): after any other label the number ends at its first
 * space ("Employee ID: 48213 2019").
 */
const SPACED_LABEL = /^(?:steuer|sozial|sv|nir|num|s[ée]cu|sin|tfn|nss|aadhaa?r|driv)/i;
/**
 * A certificate's credential ID or number ("Credential ID LF-7xq2rk94wd", "Credential ID: 5e2b9c41-…"):
 * the issuer's verification page shows the holder's name, and such IDs seldom have five digits, so
 * LABELLED_ID's digit count does not fit. One digit in a token of four or more suffices after this label.
 */
const CREDENTIAL_ID =
  /\bcredential (?:id|number|no\.?)(?: is|:|#)?\s{0,2}([A-Za-z0-9][A-Za-z0-9-]{3,63})\b/gi;
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]|\.\d)/g;
// Scanned only at the starts ipv6Starts() lists (hex digits before a colon): keep them in step.
const IPV6 =
  /(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\p{L}\p{N}:])|(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![\p{L}\p{N}:])/giu;
const MAC =
  /(?<![\p{L}\p{N}:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\p{L}\p{N}:-])/gu;

/** Luhn checksum over the digits of s. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN check (mod 97 = 1). */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, '');
  if (s.length < 15 || s.length > 34) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

const IPV6_AT = sticky(IPV6);
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Where an IPv6 address can start: up to four hex digits before a colon ("fe80:" …). Empty unless
 * the text holds a hex group, a colon, up to four hex digits and a colon (/[0-9a-f]{1,4}:[0-9a-f]{0,4}:/i),
 * which every address has. Only ASCII hex digits match [0-9a-f] under /iu.
 */
function ipv6Starts(text: string): number[] {
  const starts: number[] = [];
  let gate = false;
  for (let k = text.indexOf(':'); k !== -1; k = text.indexOf(':', k + 1)) {
    if (k === 0 || !isHex(text.charCodeAt(k - 1))) continue;
    for (let s = Math.max(0, k - 4, starts.length ? starts[starts.length - 1]! + 1 : 0); s < k; s++)
      starts.push(s);
    if (!gate) {
      let h = k + 1;
      while (h < text.length && h - k <= 4 && isHex(text.charCodeAt(h))) h++;
      gate = h - k <= 5 && text.charCodeAt(h) === 58;
    }
  }
  return gate ? starts : [];
}

const digitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const SSN_AT = sticky(SSN);
const CARD_AT = sticky(CARD);
const IBAN_AT = sticky(IBAN);
const AADHAAR_AT = sticky(AADHAAR);
const PAN_AT = sticky(PAN);
const NINO_AT = sticky(NINO);
const IPV4_AT = sticky(IPV4);
const MAC_AT = sticky(MAC);
/** ORCID iD, the researcher's identifier that academic CVs print: four groups of four, the last check character may be X. */
const ORCID_AT = /\d{4}-\d{4}-\d{4}-\d{3}[\dX](?![\d-])/y;

/**
 * The ORCID check character (ISO 7064 MOD 11-2 over the first 15 digits) matches the last one.
 * @example orcidValid('0000-0003-4821-7754') // true
 */
export function orcidValid(id: string): boolean {
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? 'X' : String(result));
}

/** ORCID iDs: a run of four digits, then "-", not after a digit or "-"; the check character decides. */
const orcid = (text: string) =>
  scanAt(
    text,
    ORCID_AT,
    runStarts(text, 4, 4, (b, a) => b !== 45 && a === 45),
  ).filter((m) => orcidValid(m[0]));

/*
 * The digit-led patterns are tried only at the digit runs (utils/detect/literal-starts.ts) whose
 * length and neighbours they allow, MAC near its separators; a cheap ASCII test of
 * the characters around picks the places, the pattern itself decides.
 */
/** SSN: a run of three digits, then "-" or a space, not after "-". */
const ssn = (text: string) =>
  scanAt(
    text,
    SSN_AT,
    runStarts(text, 3, 3, (b, a) => b !== 45 && (a === 45 || a === 32)).filter((d) => digitAt(text, d + 4)),
  );

/**
 * CARD: 12 to 19 digits in one run, or a shorter run that goes on after a space or "-" with a
 * digit; not after "-".
 */
function card(text: string): RegExpExecArray[] {
  const runs = digitRuns(text);
  const starts: number[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    if (text.charCodeAt(start - 1) === 45 || end - start > 19) continue;
    const a = text.charCodeAt(end);
    if (end - start < 12 && ((a !== 32 && a !== 45) || !digitAt(text, end + 1))) continue;
    starts.push(start);
  }
  return scanAt(text, CARD_AT, starts);
}

/** IBAN: two ASCII letters at a word start, then its first digits. */
const iban = (text: string) =>
  scanAt(
    text,
    IBAN_AT,
    runStarts(text, 2, Number.POSITIVE_INFINITY, () => true)
      .filter(
        (d) =>
          isAsciiLetter(text.charCodeAt(d - 1)) &&
          isAsciiLetter(text.charCodeAt(d - 2)) &&
          !isWordCode(text.charCodeAt(d - 3)),
      )
      .map((d) => d - 2),
  );

/** AADHAAR: a run of four digits, then a space or "-". */
const aadhaar = (text: string) =>
  scanAt(
    text,
    AADHAAR_AT,
    runStarts(text, 4, 4, (_b, a) => a === 32 || a === 45).filter((d) => digitAt(text, d + 5)),
  );

/** PAN: five capitals, a run of four digits, a capital. */
const pan = (text: string) =>
  scanAt(
    text,
    PAN_AT,
    runStarts(text, 4, 4, (b, a) => isAsciiUpper(b) && isAsciiUpper(a)).map((d) => d - 5),
  );

/** A National Insurance number after its label, whatever its prefix ("NI Number: QQ 12 34 56 C"). */
const LABELLED_NINO =
  /\b(?:NI(?:[ \t]?(?:No\.?|Number|Num))?|NINO|National Insurance(?:[ \t](?:Number|No\.?))?)[ \t]?[:#-]?[ \t]?([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b/g;

/**
 * NINO: two capitals at a word start, perhaps a space, then a run of two, four or six digits (its
 * digits come in pairs, perhaps split by spaces).
 */
function nino(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (const d of runStarts(text, 2, 6, (_b, _a, length) => length % 2 === 0)) {
    const s = text.charCodeAt(d - 1) === 32 ? d - 3 : d - 2;
    if (
      isAsciiUpper(text.charCodeAt(s)) &&
      isAsciiUpper(text.charCodeAt(s + 1)) &&
      !isWordCode(text.charCodeAt(s - 1))
    )
      starts.push(s);
  }
  return scanAt(text, NINO_AT, starts);
}

/** IPV4: a run of one to three digits, then a dot; not after a dot. */
const ipv4 = (text: string) =>
  scanAt(
    text,
    IPV4_AT,
    runStarts(text, 1, 3, (b, a) => b !== 46 && a === 46),
  );

/** MAC: two hex digits before its first ":" or "-", the same separator three characters on. */
function mac(text: string): RegExpExecArray[] {
  return scanAt(text, MAC_AT, mergeStarts(macStarts(text, ':'), macStarts(text, '-')));
}

/** Two hex digits before each `sep` that recurs three characters on. */
function macStarts(text: string, sep: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(sep, 2); i !== -1; i = text.indexOf(sep, i + 1))
    if (text[i + 3] === sep && isHex(text.charCodeAt(i - 2)) && isHex(text.charCodeAt(i - 1)))
      out.push(i - 2);
  return out;
}

const LABELLED_ID_AT = sticky(LABELLED_ID);
/** The first two letters of LABELLED_ID's labels (lower case, as a table by their codes). */
const LABEL_PAIRS = new Uint8Array(128 * 128);
for (const p of [
  'dr',
  // India's "DL No:" (a driving licence).
  'dl',
  'li',
  'ss',
  'so',
  'ta',
  'ti',
  'ni',
  'na',
  'id',
  'em',
  'me',
  'ac',
  'po',
  'pa',
  'aa',
  'vo',
  // National numbers of other countries (BSN, DNI, NIE/NIF, codice fiscale, Steuer-ID, Personalausweis,
  // CPF, SIN, TFN, NRIC, HKID, CURP, RFC, PESEL, personnummer, CPR, UAN, ESIC, EPIC).
  'bs',
  'bu',
  // Romania's CNP, a bank's sort code and routing number ("Sort code: 12-34-56", "ABA routing number:").
  'cn',
  'ro',
  'ab',
  'dn',
  'co',
  'st',
  'pe',
  'au',
  'cp',
  'si',
  'tf',
  'nr',
  'hk',
  'cu',
  'rf',
  'ua',
  'es',
  'ep',
  // Identity, citizenship and social-insurance numbers of South and Southeast Asia, the Gulf and
  // Africa (identity number, citizenship no., NIC/CNIC, NID, Iqama, Emirates ID, Civil ID, QID, SSS,
  // PhilHealth, Pag-IBIG, BVN, KRA PIN, NSSF, NHIF).
  'ci',
  'cn',
  'iq',
  'qi',
  'ph',
  'bv',
  'kr',
  'ns',
  'nh',
  // Indonesia's KTP/e-KTP and NIK, Malaysia's MyKad, IC and K/P numbers.
  'kt',
  'e-',
  'my',
  'ic',
  'k/',
  // European and Turkish national numbers (rodné číslo, henkilötunnus/hetu, AMKA, EGN, OIB, JMBG,
  // T.C. kimlik, AHV/AVS, Sozialversicherungsnummer, numéro de sécurité sociale) and New Zealand's
  // IRD number.
  'ro',
  'he',
  'am',
  'eg',
  'oi',
  'jm',
  't.',
  'tc',
  'ki',
  'ah',
  'av',
  'nu',
  'ir',
  // Ireland's PPS number (PPS, PPSN, Personal Public Service).
  'pp',
  // The Ghana Card ("Ghana Card: GHA-712345678-9").
  'gh',
  // Professional registers: NMC PIN, GMC, GDC, HCPC, NPI, DEA, bar and registration numbers; Australia's
  // Working with Children Check (WWC, WWCC).
  'wo',
  'ww',
  // Queensland's Blue Card (its Working with Children Check).
  'bl',
  'nm',
  'gm',
  'gd',
  'hc',
  'np',
  'de',
  'ba',
  're',
  // Latin American numbers (RG, cédula, C.C., RUT/RUN, CUIT/CUIL, NSS), Portugal's NISS and the French NIR and sécurité sociale.
  'rg',
  'ce',
  'c.',
  'ru',
  'se',
  'sv',
  // C.I. (cédula de identidad), documento de identidad, DUI.
  'do',
  'du',
])
  LABEL_PAIRS[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] = 1;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isIdCode = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 45;

/**
 * LABELLED_ID: its number's first digit starts a digit run with at least five letters, digits or
 * "-" from there on, two ("id") to 40 characters ("codice fiscale: RSSMRA85…", "driver's license number
 * is ABC") after the label's start, a word start (\b) at one of the labels' first two letters (either case).
 */
function labelledId(text: string): RegExpExecArray[] {
  const runs = digitRuns(text);
  const starts: number[] = [];
  let next = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const d = runs[k]!;
    let e = runs[k + 1]!;
    // (A dot or a space between digits counts too: "1.023.456.789", "2 92 05 69".)
    while (
      e - d < 5 &&
      (isIdCode(text.charCodeAt(e)) ||
        ((text.charCodeAt(e) === 46 || text.charCodeAt(e) === 32) && isDigit(text.charCodeAt(e + 1))))
    )
      e++;
    if (e - d < 5) continue;
    for (let s = Math.max(next, d - 40); s <= d - 2; s++) {
      const a = text.charCodeAt(s) | 32;
      // ("Cédula", "sécurité": an é second reads as e.)
      const b1 = text.charCodeAt(s + 1);
      const b = (b1 === 233 || b1 === 201 ? 101 : b1) | 32;
      if (a < 128 && b < 128 && LABEL_PAIRS[(a << 7) | b] === 1 && !isWordCode(text.charCodeAt(s - 1)))
        starts.push(s);
    }
    next = Math.max(next, d - 1);
  }
  return scanAt(text, LABELLED_ID_AT, starts);
}

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'ID', score, recognizer: 'id' };
}

/** A person's label and "ID" before the number ("Candidate ID: ", "applicant id #", "Employee ID C-"), any case. */
const PERSON_ID_BEFORE =
  /(?<![\p{L}\p{N}])(?:candidate|applicant|employee|member|student|staff|worker|talent)[ \t]?id[ \t]?(?:[:#-]|no\.?)?[ \t]{0,2}(?:[A-Z]{1,3}-?)?$/iu;

/** A letter prefix of the number, after white space, a colon or "#" ("C-" of "C-0482"). */
const ID_PREFIX = /(?<=[\s:#])[A-Z]{1,3}-?$/;

/**
 * A candidate's, applicant's or employee's ID, which ATS pages show with as few as three or four digits
 * ("Candidate ID: 4821", "Applicant ID C-0482"; LABELLED_ID asks five). Read at each run of three to
 * twelve digits with "ID" (any case) a few characters before it, where a bounded walk back finds it.
 */
function personIds(text: string): Span[] {
  const out: Span[] = [];
  const runs = digitRuns(text);
  for (let k = 0; k < runs.length; k += 2) {
    const d = runs[k]!;
    const e = runs[k + 1]!;
    if (e - d < 3 || e - d > 12 || isWordCode(text.charCodeAt(e)) || text.charCodeAt(e) === 45) continue;
    // Back over a prefix ("C-"), white space, a colon, "#" or "No." to the label's "ID".
    let p = d;
    while (p > 0 && d - p < 10 && (text.charCodeAt(p - 1) | 32) !== 100) p--;
    if ((text.charCodeAt(p - 2) | 32) !== 105 || (text.charCodeAt(p - 1) | 32) !== 100) continue;
    if (!PERSON_ID_BEFORE.test(text.slice(Math.max(0, d - 30), d))) continue;
    // (Not the label's own "ID-": "Candidate ID-4821".)
    const prefix = ID_PREFIX.exec(text.slice(Math.max(0, d - 6), d));
    const lead = prefix && !/^ID-?$/.test(prefix[0]) ? prefix[0].length : 0;
    out.push(span(d - lead, e, 0.8));
  }
  return out;
}

/** The number of ASCII digits in the text, counted up to `cap`. */
function digitsUpTo(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < cap; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * A licence's number with the code of the state that issued it, in capitals ("License No. NC 004512873",
 * "Licence #: TX 1234567"; the label in any case, the code not: "license no. in 20152" is none).
 */
const STATE_LICENCE =
  /\b(?:[Ll]icen[cs]e|LICEN[CS]E|[Ll]ic\.?|LIC\.?)(?: [Nn]umber| NUMBER| [Nn][Oo]\.?| #)[ \t]?[:#]?[ \t]?([A-Z]{2} \d{5,12})\b/g;

/** A number after "#": letters, perhaps a hyphen, then a digit and more letters, digits or hyphens. */
const HASH_ID = /#[ \t]?([A-Z]{0,6}-?\d[A-Z0-9-]{4,24})(?![A-Za-z0-9])/y;
/** Words of licences and credentials: a "#" number on their line is the candidate's licence number. */
const CREDENTIAL =
  /\b(?:licen[cs]e[ds]?|lic|certificate|registration|permit|credential|NMLS|NPI|DEA|state bar)\b/i;
/** Before a "#" that numbers an issue, a pull request or a ticket: "(#12345)", "PR #45678". */
const ISSUE_BEFORE = /(?:\(|\b(?:PR|pull request|issue|ticket|bug|fix(?:es|ed)?|closes|see))\s?$/i;

/**
 * Licence and credential numbers after "#" on a line that names a licence or a credential ("RN
 * License, State of Georgia, #RN555123", "Teaching Certificate #TC-445566", "NMLS #1234567"): five
 * digits at least. "Ranked #1", "Issue #12345" stay.
 */
function hashIds(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) {
    HASH_ID.lastIndex = i;
    const m = HASH_ID.exec(text);
    if (!m || digitsUpTo(m[1]!, 5) < 5 || ISSUE_BEFORE.test(text.slice(Math.max(0, i - 16), i))) continue;
    const line = text.lastIndexOf('\n', i - 1) + 1;
    if (!CREDENTIAL.test(text.slice(Math.max(line, i - 80), i))) continue;
    const start = i + m[0].length - m[1]!.length;
    out.push(span(start, start + m[1]!.length, 0.8));
  }
  return out;
}

/** The identifier recognizer. */
export const id: Recognizer = {
  id: 'id',
  kind: 'rule',
  entities: ['ID'],
  analyze(text) {
    const out: Span[] = [];
    // How many digits the text holds (counted up to 12): a pattern needing more finds nothing, so
    // short texts (a line with a year) skip most scans.
    const digits = digitsUpTo(text, 12);
    if (!digits) return out;
    if (digits >= 5 && text.includes('#')) out.push(...hashIds(text));
    if (digits >= 9) for (const m of ssn(text)) out.push(span(m.index, m.index + m[0].length, 0.85));
    if (digits >= 12) for (const m of orcid(text)) out.push(span(m.index, m.index + m[0].length, 0.9));
    for (const m of digits >= 12 ? card(text) : []) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length >= 13 && digits.length <= 19 && luhn(digits) && !/^(\d)\1+$/.test(digits))
        out.push(span(m.index, m.index + m[0].length, 0.9));
    }
    for (const m of iban(text))
      if (ibanValid(m[0].toUpperCase())) out.push(span(m.index, m.index + m[0].length, 0.95));
    if (digits >= 12) for (const m of aadhaar(text)) out.push(span(m.index, m.index + m[0].length, 0.6));
    if (digits >= 4) for (const m of pan(text)) out.push(span(m.index, m.index + m[0].length, 0.8));
    for (const m of digits >= 6 ? nino(text) : [])
      if (/\d{2} ?\d{2} ?\d{2}/.test(m[0])) out.push(span(m.index, m.index + m[0].length, 0.6));
    // After its label, any prefix: HMRC's example "QQ 12 34 56 C" is what forms and invented records hold.
    if (digits >= 6 && (text.includes('NI') || text.includes('nsurance')))
      for (const m of scanAll(text, LABELLED_NINO)) {
        const v = m[1]!;
        out.push(span(m.index + m[0].length - v.length, m.index + m[0].length, 0.85));
      }
    for (const m of scanAll(text, PASSPORT)) {
      const v = m[1]!;
      if (/\d/.test(v)) out.push(span(m.index + m[0].length - v.length, m.index + m[0].length, 0.85));
    }
    // Only where the label's word stands (a plain substring test first).
    if (text.includes('redential'))
      for (const m of scanAll(text, CREDENTIAL_ID)) {
        const v = m[1]!;
        if (/\d/.test(v)) out.push(span(m.index + m[0].length - v.length, m.index + m[0].length, 0.8));
      }
    if (
      digits >= 5 &&
      (text.includes('icen') || text.includes('Lic') || text.includes('LIC') || text.includes('lic.'))
    )
      for (const m of scanAll(text, STATE_LICENCE)) {
        const v = m[1]!;
        out.push(span(m.index + m[0].length - v.length, m.index + m[0].length, 0.8));
      }
    // (A labelled number counts with five digits or more; with four when letters make it as long as
    // eight: "PAN: ABCDE1234F", "Passport No: AB1234567" are identifiers, "ID: 2019" is not.)
    for (const m of digits >= 4 ? labelledId(text) : []) {
      const whole = m[1]!;
      const gap = whole.indexOf(' ');
      const v = gap < 0 || SPACED_LABEL.test(m[0]) ? whole : whole.slice(0, gap);
      const n = (v.match(/\d/g) ?? []).length;
      if (n < 4 || (n === 4 && (v.length < 8 || (v.match(/[A-Za-z]/g) ?? []).length < 2))) continue;
      const start = m.index + m[0].length - whole.length;
      out.push(span(start, start + v.length, 0.8));
    }
    if (digits >= 3) out.push(...personIds(text));
    for (const m of digits >= 4 && text.includes('.') ? ipv4(text) : []) {
      // Version numbers like 1.2.3.4 are rare with all four parts; dates never have four. But a
      // product's capitalised name right before a small first part is its version ("Rational Rose
      // 7.0.1.1", "Firefox 3.6.28.1"), unless the name is a network word ("Host 10.0.0.4").
      if (versionAfterProduct(text, m.index, m[0])) continue;
      out.push(span(m.index, m.index + m[0].length, 0.8));
    }
    const ipv6 = ipv6Starts(text);
    if (ipv6.length) {
      for (const m of scanAt(text, IPV6_AT, ipv6))
        if (m[0].length >= 6) out.push(span(m.index, m.index + m[0].length, 0.7));
    }
    if (text.includes(':') || text.includes('-'))
      for (const m of mac(text)) out.push(span(m.index, m.index + m[0].length, 0.85));
    return out;
  },
};

/** A product's name (capitalised, or letters with digits) and one space, perhaps "v", before a version. */
const PRODUCT_BEFORE = /(?:^|[\s(,;/])(?:[A-Z][\w+#-]*|[a-z]+\d\w*) v?$/;
/** Words before an address that make it a network's: "IP", "Host", "Server", "Gateway", "DNS". */
const NETWORK_WORD =
  /(?:^|[^A-Za-z])(?:IP|IPs|IPv4|Host|Hostname|Server|Gateway|DNS|Subnet|Router|Address|Addr|Proxy|Node|VM)\s?v?$/i;

function versionAfterProduct(text: string, at: number, address: string): boolean {
  if (Number(address.slice(0, address.indexOf('.'))) >= 30) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  return PRODUCT_BEFORE.test(before) && !NETWORK_WORD.test(before);
}

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [IPV6, (text) => scanAt(text, IPV6_AT, ipv6Starts(text))],
  [SSN, ssn],
  [CARD, card],
  [IBAN, iban],
  [AADHAAR, aadhaar],
  [PAN, pan],
  [NINO, nino],
  [IPV4, ipv4],
  [MAC, mac],
  [LABELLED_ID, labelledId],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/id.test.ts
