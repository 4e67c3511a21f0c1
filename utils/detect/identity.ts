/**
 * Known identities: given the names known for a candidate (page header, form field), every variant
 * of them is found anywhere in the text: first name alone, surname alone and its plural (the family:
 * "the Marwoods"), possessives, initials
 * ("J. Doe", "J Doe"), the first name's short or full forms ("Bob" for "Robert", data/nicknames.ts),
 * dropped diacritics, changed case and names split across line breaks.
 */

import { nicknamesOf } from './data/nicknames';
import { escapeRegExp, scanAll } from './scan';
import { CYRILLIC_ENDINGS, SOUTHEAST_ASIAN_CLASS } from './scripts';
import type { Span } from './types';
import { isOrdinaryWord, isPlaceName, PARTICLES, TECH } from './words';

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|dame|lord|lady)\.?$/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i;
/** A name's particle in any case ({@link NAME_PARTICLES}: "de", "Van", "BIN"). */
const isParticle = (p: string) => PARTICLES.has(p.toLowerCase());
/** Name parts shorter than this are only matched as part of a longer variant. */
const MIN_PART = 2;

/** The fewest letters a clipped given name keeps, and the fewest it leaves off ({@link clippedForms}). */
const CLIP_KEEP = 4;
const CLIP_DROP = 2;
/** A given name that can be clipped: one word of letters, six or more. */
const CLIPPABLE = /^\p{L}{6,24}$/u;

/**
 * A long given name clipped after four letters or more, two or more left off, in Title Case, as
 * colleagues and notes write it ("Thandi" of "Thandiwe", "Alex" of "Alexandra", "Kath" of "Katherine",
 * "Maxi" of "Maximiliano"): the short forms no nickname list holds. Never an English word, a place or
 * a tool ("Than" of "Thandiwe", "France" of "Francesca", "Ruby" of "Rubyanne" stay).
 * @example clippedForms('Thandiwe') // ['Thand', 'Thandi']
 */
export function clippedForms(given: string): string[] {
  if (!CLIPPABLE.test(given)) return [];
  const title = given[0]!.toUpperCase() + given.slice(1).toLowerCase();
  const out: string[] = [];
  for (let n = CLIP_KEEP; n <= title.length - CLIP_DROP; n++) {
    const clip = title.slice(0, n);
    if (isOrdinaryWord(clip) || isPlaceName(clip) || TECH.has(clip.toLowerCase())) continue;
    out.push(clip);
  }
  return out;
}

/**
 * Lower-cases and strips diacritics one UTF-16 unit at a time, so offsets stay 1:1. ASCII stretches
 * are lower-cased whole; each other character is folded once and remembered (a page repeats the
 * same few: "·", "é", "’"), as `normalize` per character is slow.
 */
export function foldKeepLength(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const cp = text.codePointAt(i)!;
    const ch = cp > 0xffff ? text.slice(i, i + 2) : text[i]!;
    out += text.slice(from, i).toLowerCase() + foldChar(ch);
    i += ch.length - 1;
    from = i + 1;
  }
  return from === 0 ? text.toLowerCase() : out + text.slice(from).toLowerCase();
}

/** A base character followed by combining marks only (the NFD form of "é"). */
const MARKS_AFTER = /^[^\p{M}]\p{M}+$/u;

/** Folded forms of the non-ASCII characters seen so far. */
const folds = new Map<string, string>();

/** One character (code point or lone surrogate) lower-cased without its diacritics, same length. */
function foldChar(ch: string): string {
  const hit = folds.get(ch);
  if (hit !== undefined) return hit;
  // Only a letter with combining marks loses them ("é" → "e"): a Hangul syllable decomposes into
  // its letters ("김" → "ᄀ" + "ᅵ" + "ᆷ"), and keeping only the first would make "김민준" match
  // "공모전" (same first consonants).
  const d = ch.normalize('NFD');
  let f = d.length > 1 && MARKS_AFTER.test(d) ? d[0]! : ch;
  const lower = f.toLowerCase();
  f = lower.length === 1 ? lower : f;
  const out = f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  if (folds.size > 4096) folds.clear();
  folds.set(ch, out);
  return out;
}

function parts(fullName: string): string[] {
  return fullName
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter((p) => p && !TITLES.test(p) && !SUFFIX.test(p));
}

/**
 * Every written form of a name, most specific first.
 * @example nameVariants('Jane Doe') // ['Jane Doe', 'Doe, Jane', 'J. Doe', 'J Doe', 'Jane D.', ..., 'Jane', 'Doe', ...]
 */
export function nameVariants(fullName: string): string[] {
  const ps = parts(fullName);
  if (!ps.length) return [];
  const core = ps.filter((p) => !isParticle(p));
  const first = core[0] ?? ps[0]!;
  const lastIdx = ps.length - 1;
  const last = ps[lastIdx]!;
  // Surname with its particles ("de la Cruz").
  let s = lastIdx;
  while (s > 1 && isParticle(ps[s - 1]!)) s--;
  const surname = ps.slice(s).join(' ');
  const out = new Set<string>();
  out.add(ps.join(' '));
  if (ps.length > 1) {
    out.add(`${first} ${surname}`);
    out.add(`${surname}, ${first}`);
    out.add(`${first[0]}. ${surname}`);
    out.add(`${first[0]} ${surname}`);
    out.add(`${first} ${last[0]}.`);
    out.add(surname);
    if (surname !== last) out.add(last);
    // The family by the surname's plural ("the Marwoods", "Marwoods Ltd"): a one-word surname that takes
    // a plain "s", where the plural is no English word ("Park" → "Parks", "Wood" → "Woods" stay words).
    const plural = `${surname}s`;
    if (
      surname.length >= 3 &&
      !surname.includes(' ') &&
      !/(?:s|x|z|ch|sh)$/i.test(surname) &&
      !isOrdinaryWord(plural)
    )
      out.add(plural);
  }
  for (const p of core) if (p.length >= MIN_PART) out.add(p);
  // A particle run inside a longer name opens a surname of its own, alone and after the first name
  // ("José María de la Cruz Álvarez": "de la Cruz", "de la Cruz Álvarez", "José de la Cruz").
  for (let i = 1; i < s; i++) {
    if (!isParticle(ps[i]!) || isParticle(ps[i - 1]!)) continue;
    let j = i;
    while (j < lastIdx && isParticle(ps[j]!)) j++;
    if (isParticle(ps[j]!)) continue;
    for (const tail of [ps.slice(i, j + 1).join(' '), ps.slice(i).join(' ')]) {
      out.add(tail);
      out.add(`${first} ${tail}`);
    }
  }
  // The first name's usual short or full forms ("Robert" → "Bob", "Bob Kowalczyk"; "Kate" →
  // "Katherine"): alone only when longer than two letters ("Al" would be Alabama's code).
  for (const nick of nicknamesOf(first)) {
    const n = nick[0]!.toUpperCase() + nick.slice(1);
    if (ps.length > 1) out.add(`${n} ${surname}`);
    if (n.length > MIN_PART) out.add(n);
  }
  // The first name clipped ("Thandi" of "Thandiwe"), alone and before the surname.
  for (const clip of clippedForms(first)) {
    if (ps.length > 1) out.add(`${clip} ${surname}`);
    out.add(clip);
  }
  // Hyphenated parts: each half too ("Jean-Luc" → "Jean", "Luc").
  for (const p of core) for (const h of p.split('-')) if (h.length > MIN_PART && h !== p) out.add(h);
  const list = [...out];
  for (const v of list) {
    const plain = v.normalize('NFD').replace(/\p{M}/gu, '');
    if (plain !== v) out.add(plain);
    out.add(`${v}'s`);
    out.add(v.toUpperCase());
    out.add(v.toLowerCase());
  }
  return [...out];
}

/**
 * Finds every variant of the given names in `text` (case- and diacritic-insensitive, any run of
 * whitespace between parts, possessive "'s" included, digits glued after it: "JaneDoe2025"). Linear: one alternation over the variants.
 */
export function findKnownNames(
  text: string,
  names: readonly string[],
  recognizer = 'known-identity',
): Span[] {
  const known = knownNamesPattern(names);
  if (!known) return [];
  const folded = foldKeepLength(text);
  const out: Span[] = [];
  for (const m of scanAll(folded, known.re)) {
    const body = m[0].replace(/['’]s$/, '');
    // A one-word variant that is also an ordinary word ("Will", "Grant") must be capitalised.
    const words = body.split(/[\s.,-]+/).filter(Boolean);
    if (words.every((w) => isOrdinaryWord(w)) && !/^\p{Lu}/u.test(text[m.index] ?? '')) continue;
    // An initial run into a name part counts only with a capital where the part starts ("MThackwell").
    const join = known.bare.get(body);
    if (
      join !== undefined &&
      join >= 0 &&
      !known.variants.has(body) &&
      !capitalJoin(text, m.index, body.length, join)
    )
      continue;
    out.push({
      start: m.index,
      end: grown(text, m.index + m[0].length, known.initials),
      label: 'NAME',
      score: 0.95,
      recognizer,
    });
  }
  if (known.monograms) {
    // (Case-sensitive, on the text as written: "IVK", not the "ivk" of a word.)
    for (const m of scanAll(text, known.monograms))
      out.push({ start: m.index, end: m.index + m[0].length, label: 'NAME', score: 0.9, recognizer });
    out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  if (known.eastAsian) return withEastAsian(folded, known.eastAsian, out, recognizer);
  return out;
}

/**
 * A second surname joined by a hyphen ("Marwood-Lunde", "MARWOOD-LUNDE"), as a marriage or a form may add
 * one; in Title Case or in capitals, so a file name's "Thackwell-CoverLetter" or "-CV" is no surname.
 */
const HYPHEN_PART = /-(\p{Lu}[\p{Ll}\p{M}'’]+|\p{Lu}{3,})(?![\p{L}\p{N}-])/uy;
/**
 * A handle's or a profile address's tail after the name: digits ("IngeborgWrathall2025", "taliab92") or a
 * dash or underscore and a short run of lower-case letters and digits with a digit in it (LinkedIn's
 * "talia-brennquist-7b31a2"): it belongs to the same identifier.
 */
const HANDLE_TAIL =
  /(?:\d[\p{Ll}\p{N}]{0,11}|[-_](?=[\p{Ll}\p{N}]{0,11}\d)[\p{Ll}\p{N}]{1,12})(?![\p{L}\p{N}])/uy;
/** The first name's initial after a surname and a comma ("Marwood, I."), as lists and citations write it. */
const COMMA_INITIAL = /, (\p{Lu})\.(?![\p{L}\p{N}])/uy;

/**
 * The end of a known name's match, grown over what belongs to the same person: a hyphenated second
 * surname that is no English word ("Dr. I. Marwood-Lunde"; not "Marwood-Design"), a handle's tail
 * ({@link HANDLE_TAIL}), and the initial of one of the known first names after a comma ("Marwood, I.";
 * not "Marwood, A.").
 */
function grown(text: string, end: number, initials: ReadonlySet<string>): number {
  const c = text.charCodeAt(end);
  if (c === 45) {
    HYPHEN_PART.lastIndex = end;
    const m = HYPHEN_PART.exec(text);
    if (m && !isOrdinaryWord(m[1]!)) return end + m[0].length;
  }
  if (c === 45 || c === 95 || (c >= 48 && c <= 57)) {
    HANDLE_TAIL.lastIndex = end;
    const m = HANDLE_TAIL.exec(text);
    if (m) return end + m[0].length;
  } else if (c === 44) {
    COMMA_INITIAL.lastIndex = end;
    const m = COMMA_INITIAL.exec(text);
    if (m && initials.has(m[1]!)) return end + m[0].length;
  }
  return end;
}

/**
 * True when the word of `length` at `at` has a capital at `at + join` and is not all capitals
 * ("MThackwell", "ThackwellM", "RoseS"; not "Roses" or "ROSES").
 */
function capitalJoin(text: string, at: number, length: number, join: number): boolean {
  const word = text.slice(at, at + length);
  const c = word[join] ?? '';
  return c !== c.toLowerCase() && word !== word.toUpperCase();
}

/** The last few patterns built, by their list of names: a page analyses many texts with the same names. */
const patternMemo = new Map<string, KnownPattern | null>();
const PATTERN_MEMO_MAX = 16;

/** One alternation over every variant of the names (memoised per list of names), or null when none is long enough. */
function knownNamesPattern(names: readonly string[]): KnownPattern | null {
  const key = names.join('\u0000');
  const hit = patternMemo.get(key);
  if (hit !== undefined) return hit;
  const built = buildPattern(names);
  if (patternMemo.size >= PATTERN_MEMO_MAX) patternMemo.clear();
  patternMemo.set(key, built);
  return built;
}

/** Letters of a name part, folded ("O'Neil" → "oneil"). */
const lettersOf = (part: string) => foldKeepLength(part).replace(/[^\p{L}]/gu, '');

/** The glued forms of the names ({@link gluedForms}). */
interface GluedForms {
  /** Pattern sources with a joiner ("marisol[._-]thackwell"). */
  joined: string[];
  /**
   * Forms run together ("marisolthackwell", "mthackwell"), by the offset where the second part starts,
   * or -1 when the form needs no check: an initial run into a part, or two parts of under eight letters,
   * count only with a capital there ("MThackwell", "RoseS", "JoLee"), so words such as "Roses" (from
   * "Rose Smith") or "Parks" (from "Sam Park") stay.
   */
  bare: Map<string, number>;
}

/**
 * The glued forms of a name that file names and handles use (folded): first and surname joined by "_",
 * "." or "-" or run together, in either order ("MarisolThackwell-CoverLetter.pdf", "Thackwell_Marisol.pdf"),
 * the first initial with the surname ("MThackwell", "thackwell_m") and the first name with the surname's
 * initial ("MarisolT"), and the first name with either half of a double surname ("anselmo-draycott").
 * Initials count only beside a part of four letters or more.
 * @example gluedForms('Marisol Thackwell').joined[0] // 'marisol[._-]thackwell'
 */
function gluedForms(fullName: string, into: GluedForms = { joined: [], bare: new Map() }): GluedForms {
  const core = parts(fullName).filter((p) => !isParticle(p));
  if (core.length < 2) return into;
  const first = lettersOf(core[0]!);
  const last = lettersOf(core[core.length - 1]!);
  if (first.length < MIN_PART || last.length < MIN_PART) return into;
  // (Letters only: nothing to escape.)
  const pairs: Array<[string, string, boolean]> = [
    [first, last, false],
    [last, first, false],
  ];
  if (last.length >= 4) pairs.push([first[0]!, last, true], [last, first[0]!, true]);
  if (first.length >= 4) pairs.push([first, last[0]!, true]);
  // A double surname's halves with the first name ("anselmo-draycott" of "Anselmo Draycott-Huang"), as
  // a meeting link or a handle may shorten it.
  const halves = core[core.length - 1]!.split('-');
  if (halves.length === 2)
    for (const half of halves) {
      const h = lettersOf(half);
      if (h.length >= 4) pairs.push([first, h, false], [h, first, false]);
    }
  for (const [a, b, initial] of pairs) {
    into.joined.push(`${a}[._-]${b}`);
    into.bare.set(a + b, initial || a.length + b.length < 8 ? a.length : -1);
  }
  return into;
}

/** A Cyrillic word of three letters or more in a variant. */
const CYRILLIC_WORD = /\p{Script=Cyrillic}{3,}/gu;
/** {@link CYRILLIC_ENDINGS} as one alternation (the text is folded as they are). */
const CYRILLIC_ENDING = CYRILLIC_ENDINGS.join('|');
/**
 * A Cyrillic name part in any case: its stem (a final vowel, "й" or "ь" dropped, so three letters stay)
 * and any case ending ("Анна" → "Анн(?:…)": Анна, Анны, Анне, Анну, Анной; "Петров" → Петрова, Петровым).
 */
function declined(word: string): string {
  const stem = /[аяьоыие]$/u.test(word) && word.length > 3 ? word.slice(0, -1) : word;
  return `${stem}(?:${CYRILLIC_ENDING})?`;
}
/** A Hebrew or Arabic word in a variant: these scripts join a preposition or a conjunction to it. */
const PREFIXED_WORD = /^[\p{Script=Hebrew}\p{Script=Arabic}]{2,}/u;
/** Hebrew's one-letter prefixes, one or two of them ("לכהן" to Cohen, "וכשיעל"): ו ה ב כ ל מ ש. */
const HEBREW_PREFIX = '[והבכלמש]{1,2}';
/** Arabic's joined conjunctions and prepositions before a name ("وأحمد" and Ahmed, "لأحمد" for Ahmed). */
const ARABIC_PREFIX = '[وفبلك]';

/** The names' pattern and glued forms, memoised together. */
interface KnownPattern {
  re: RegExp;
  bare: Map<string, number>;
  /** The variants of the names as given (a handle passed as a name, "evanderq", needs no capital). */
  variants: ReadonlySet<string>;
  /** The first names' initials, in capitals ("I" for "Ilse Marwood"). */
  initials: ReadonlySet<string>;
  /** The names written in Chinese, Japanese or Korean script, found inside running text ({@link eastAsianPattern}). */
  eastAsian: RegExp | null;
  /** The names' initials of three letters or more, as written ("IVK", "I.V.K."), case-sensitive ({@link initialsForms}). */
  monograms: RegExp | null;
}

function buildPattern(names: readonly string[]): KnownPattern | null {
  const variants = new Set<string>();
  const initials = new Set<string>();
  const glued: GluedForms = { joined: [], bare: new Map() };
  for (const n of names) {
    if (!n || n.length > 200) continue;
    const core = parts(n).filter((p) => !isParticle(p));
    if (core.length > 1) initials.add(core[0]![0]!.toUpperCase());
    for (const v of nameVariants(n)) {
      const f = foldKeepLength(v).replace(/'s$/, '');
      if (f.replace(/[^\p{L}]/gu, '').length >= MIN_PART) variants.add(f);
    }
    gluedForms(n, glued);
  }
  const eastAsian = eastAsianPattern(names);
  const monograms = monogramPattern(names);
  if (!variants.size)
    return eastAsian || monograms
      ? { re: NEVER, bare: new Map(), variants, initials, eastAsian, monograms }
      : null;
  const alts = [...variants]
    .sort((a, b) => b.length - a.length)
    .map((v) =>
      escapeRegExp(v)
        .replace(/\\\.\s?/g, '\\.?\\s*')
        .replace(/ /g, '\\s+')
        .replace(/-/g, '[-\\s]?')
        // A variant's final dot ("Jane D.") takes no space after it: "Jane D - Onsite" keeps its " - ".
        .replace(/\\\.\?\\s\*$/, '\\.?')
        .replace(CYRILLIC_WORD, declined)
        .replace(
          PREFIXED_WORD,
          (w) => `(?:${/\p{Script=Hebrew}/u.test(w) ? HEBREW_PREFIX : ARABIC_PREFIX})?${w}`,
        ),
    );
  // Digits may follow: handles and file names glue a year or a number to the name ("TaliaB2025.pdf",
  // "github.com/taliab92"); a letter may not ("Janet" is not "Jane").
  // Glued forms first: at one position they are longer than any part alone ("MarisolThackwell").
  const all = [...new Set([...glued.joined, ...[...glued.bare.keys()].sort((a, b) => b.length - a.length)])];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...all, ...alts].join('|')})(?:['’]s)?(?!\\p{L})`, 'gu');
  return { re, bare: glued.bare, variants, initials, eastAsian, monograms };
}

/**
 * Common acronyms of resumes and recruiting pages that a person's initials may spell ("ROI" for Ruth
 * Olive Ingram): never taken as a known person's initials without their dots.
 */
const ACRONYMS = new Set(
  `API AWS CSS PHP SQL IBM SAP ERP CRM KPI KPIS ROI OKR SEO SEM PPC SaaS B2B B2C HRM HRIS CEO CFO COO CTO CIO CMO CPO
  VP SVP EVP MBA BSC MSC PHD USA UAE NYC UCL MIT NHS BBC FCA SEC SOX GDPR HIPAA PCI ISO IEEE ACM NASA NATO UN UNICEF
  ETL GCP CPU GPU RAM SSD LAN WAN VPN DNS TCP UDP HTTP REST SDK IDE CLI GUI UX UI QA CI CD TDD BDD MVP POC RFP RFQ SLA
  SLO SRE DBA BI ML NLP LLM RPA IOT ARM AMD HP HPE DEL JIRA PMP PMI ITIL CPA CFA ACCA CIMA CIPD SHRM RN LPN CNA EMT
  NGO CSR ESG FMCG CPG EMEA APAC LATAM ANZ DACH NA EU UK US GCC MENA ASAP FAQ PDF CV RSVP TBD TBC FYI AKA EOD COB`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase()),
);

/**
 * A known name's initials of three letters or more ("Ines Valderrama-Kohl" → "IVK", "I.V.K.", "I. V. K."),
 * as recruiters' notes and messages write them: each part's first capital, a double surname's halves each
 * (and, for a name of three parts or more, each part once: "Jamal D. Washington-Reyes" → "JDWR", "JDW").
 * Undotted, the initials must not spell a word, a tool or a common acronym ({@link ACRONYMS}).
 */
export function initialsForms(name: string): string[] {
  const core = parts(name).filter((p) => !isParticle(p));
  const letter = (w: string) => /^\p{Lu}/u.exec(w)?.[0] ?? '';
  const halves = core.flatMap((p) => p.split('-').filter(Boolean)).map(letter);
  const whole = core.map(letter);
  if (halves.some((c) => !c) || whole.some((c) => !c)) return [];
  const out = new Set<string>();
  for (const letters of [halves, whole]) {
    if (letters.length < 3 || letters.length > 5) continue;
    const plain = letters.join('');
    const lower = plain.toLowerCase();
    if (!ACRONYMS.has(plain) && !isOrdinaryWord(lower) && !TECH.has(lower)) out.add(plain);
    out.add(`${letters.join('.')}.`);
    out.add(`${letters.join('. ')}.`);
  }
  return [...out];
}

/** The initials of every known name ({@link initialsForms}) as one case-sensitive pattern, or null. */
function monogramPattern(names: readonly string[]): RegExp | null {
  const forms = new Set<string>();
  for (const n of names) if (n && n.length <= 200) for (const f of initialsForms(n)) forms.add(f);
  if (!forms.size) return null;
  const alts = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/\\\.$/, '\\.?'));
  return new RegExp(
    `(?<![\\p{L}\\p{N}.@/])(?:${alts.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}@]|\\.[\\p{L}\\p{N}])`,
    'gu',
  );
}

/** A pattern that matches nothing (names written only in East Asian script need no other one). */
const NEVER = /(?!)/gu;

/** Chinese characters and Japanese kana: a name in them is one word of an unspaced text. */
const HAN_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;
/** A word in Thai, Lao, Khmer or Burmese script (written without spaces between words). */
const SOUTHEAST_ASIAN = new RegExp(`^[${SOUTHEAST_ASIAN_CLASS}]+$`, 'u');
/** Chinese two-character surnames (simplified and traditional): "欧阳娜娜" is 欧阳 + 娜娜. */
const HAN_COMPOUND_SURNAMES = new Set(
  '欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 慕容 令狐 司徒 夏侯 尉迟 尉遲 公孙 公孫 长孙 長孫 宇文 轩辕 軒轅 端木 西门 西門 南宫 南宮 独孤 獨孤'.split(
    ' ',
  ),
);
/** Korean two-syllable surnames: "남궁민수" is 남궁 + 민수. */
const HANGUL_COMPOUND_SURNAMES = new Set('남궁 선우 제갈 황보 독고 사공 서문'.split(' '));
/** Chinese titles that state the person's gender ("王先生" Mr Wang, "李女士" Ms Li): masked with the name. */
const GENDERED_TITLES = ['先生', '女士', '小姐'];
/**
 * Titles written after a surname or a given name in Chinese, Japanese and Korean ("王老师", "山田さん",
 * "김 씨", "민준님"): a one-character surname counts as the person only before one of these. (Not
 * one-character Chinese titles such as 总 and 工: "国王总是", "大学 工学部" run them into other words.)
 */
const NAME_TITLES = [
  ...GENDERED_TITLES,
  ...'老师 老師 经理 經理 博士 教授 同学 同學 さん さま 様 氏 君 くん ちゃん 殿 先輩 部長 課長 社長 씨 님 선생님'.split(
    ' ',
  ),
];

/**
 * A name in Chinese, Japanese or Korean script split into surname and given name: written with a
 * space ("山田 太郎"), or run together, where the surname is the first character (two for the
 * compound surnames above), or two of four ("山田太郎"). Undefined when the name is not in these scripts.
 * @example splitEastAsianName('王小明') // ['王', '小明']
 */
export function splitEastAsianName(fullName: string): [string, string] | undefined {
  const ps = fullName.split(/[\s,・·]+/).filter((p) => HAN_KANA.test(p) || HANGUL.test(p));
  if (ps.length >= 2) return [ps[0]!, ps.slice(1).join('')];
  const n = ps[0];
  if (!n || n.length < 2 || n.length > 4 || !(/^\p{Script=Han}+$/u.test(n) || HANGUL.test(n)))
    return undefined;
  const compound = HANGUL.test(n) ? HANGUL_COMPOUND_SURNAMES : HAN_COMPOUND_SURNAMES;
  const cut = (n.length >= 3 && compound.has(n.slice(0, 2))) || (n.length === 4 && !HANGUL.test(n)) ? 2 : 1;
  return [n.slice(0, cut), n.slice(cut)];
}

/**
 * One pattern for the names written in Chinese, Japanese or Korean script, which runs inside unspaced
 * text ("王小明的推荐信", "山田さんは"): the full name (with or without a space), a surname or given
 * name of two characters or more alone (Korean ones as words of their own: "지원" is also a word
 * inside "지원자"), and any part before a title ("王先生", "김 씨"; the gendered Chinese titles are
 * masked with it). Null when no name is in these scripts.
 */
function eastAsianPattern(names: readonly string[]): RegExp | null {
  const full = new Set<string>();
  const anywhere = new Set<string>();
  const words = new Set<string>();
  const titled = new Set<string>();
  for (const name of names) {
    // Thai, Lao, Khmer and Burmese write words together too ("สมชายเป็นผู้นำ", "คุณสมชาย"): each part of
    // three letters or more is found anywhere.
    for (const part of name.split(/\s+/))
      if (part.length >= 3 && SOUTHEAST_ASIAN.test(part)) anywhere.add(escapeRegExp(foldKeepLength(part)));
    const split = splitEastAsianName(name);
    if (!split) continue;
    const [surname, given] = split.map((p) => foldKeepLength(p)) as [string, string];
    if (given) full.add(`${escapeRegExp(surname)}\\s?${escapeRegExp(given)}`);
    for (const part of [surname, given]) {
      if (!part) continue;
      titled.add(escapeRegExp(part));
      if (part.length >= 2) (HANGUL.test(part) ? words : anywhere).add(escapeRegExp(part));
    }
  }
  if (!titled.size && !anywhere.size) return null;
  const longest = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
  const alts = [
    ...(full.size ? [`(?:${longest(full)})`] : []),
    ...(titled.size ? [`(?:${longest(titled)})\\s?(?:${GENDERED_TITLES.join('|')})`] : []),
    ...(anywhere.size ? [`(?:${longest(anywhere)})`] : []),
    ...(words.size ? [`(?<!\\p{Script=Hangul})(?:${longest(words)})(?!\\p{Script=Hangul})`] : []),
    ...(titled.size ? [`(?:${longest(titled)})(?=\\s?(?:${NAME_TITLES.join('|')}))`] : []),
  ];
  return new RegExp(alts.join('|'), 'gu');
}

/** The last few East Asian patterns built, by their list of names. */
const eastAsianMemo = new Map<string, RegExp | null>();

/**
 * Every recurrence of names written in Chinese, Japanese or Korean script ({@link eastAsianPattern}):
 * the analyzer passes the names a resume states once ("姓名：王小明") to find "王小明负责…" and "小明" after.
 * @example findEastAsianNames('王小明负责后端。小明', ['王小明'], 'person-name').length // 2
 */
export function findEastAsianNames(text: string, names: readonly string[], recognizer: string): Span[] {
  const key = names.join('\u0000');
  let re = eastAsianMemo.get(key);
  if (re === undefined) {
    re = eastAsianPattern(names);
    if (eastAsianMemo.size >= PATTERN_MEMO_MAX) eastAsianMemo.clear();
    eastAsianMemo.set(key, re);
  }
  return re ? withEastAsian(foldKeepLength(text), re, [], recognizer) : [];
}

/** Adds the East Asian script matches that overlap no match found already, in text order. */
function withEastAsian(folded: string, re: RegExp, found: Span[], recognizer: string): Span[] {
  const extra: Span[] = [];
  for (const m of scanAll(folded, re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((s) => s.start < end && s.end > start)) continue;
    extra.push({ start, end, label: 'NAME', score: 0.95, recognizer });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}
