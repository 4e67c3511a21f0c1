/**
 * Marital and family status (label MARITAL): "Marital Status: Married" (also "Civil Status: Single", as
 * Filipino and Sri Lankan resumes write it), "married", "divorced",
 * "widowed", "2 children", "mother of two", "single parent". "Engaged" and "separated" count only
 * after a marital-status label, because resumes use them for work ("engaged stakeholders").
 */

import { fold } from '../lexicon';
import { startsAround } from '../literal-starts';
import { answersAfter, LowerWords, scanAll, scanAt, sticky, wordBefore } from '../scan';
import type { Recognizer, Span } from '../types';
import { isOrdinaryWord, looksLikeWord, nameClass, ROLE_WORDS } from '../words';

const NUM = '(?:\\d{1,2}|one|two|three|four|five|six)';
/**
 * Pattern, score, words one of which every match of the pattern holds (same /i matching), and how
 * far before such a word a match can start (from, to): the pattern is tried only there, because
 * one scan for all the words is several times cheaper than a scan per pattern that starts with \b.
 */
const PATTERNS: Array<[RegExp, number, RegExp, number, number]> = [
  [
    /\b(?:marital|civil)\s?status\s?[:\-–]?\s{0,3}(married|single|un-?married|divorced|widowed|separated|engaged|in a relationship|domestic partnership)\b/gi,
    0.95,
    /marital|civil/i,
    0,
    0,
  ],
  // "married" ends "unmarried" two letters on, "un-married" three.
  [
    /\b(?:married|un-?married|divorced|widowed|widower|divorcee|divorcée)\b/gi,
    0.8,
    /married|divorc|widow/i,
    -3,
    0,
  ],
  // One's own children: a count below ten, perhaps one adjective ("two young children"), not after a word
  // that makes them others' ("taught 30 children", "worked with 3 children with autism", "a class of 6
  // kids"); "with" counts after a marital word ("Married with 2 kids").
  [
    /(?<!\b(?:for|of|to|among|taught|teaching|supervised|supervising|mentored|tutored|coached)\s)(?<!(?<!\b(?:married|engaged|wife|husband|partner|spouse),?[ \t])\bwith\s)\b(?:[1-9]|one|two|three|four|five|six)[ \t](?:(?:young|little|small|grown|grown-up|adult|teenage|wonderful|lovely)[ \t])?(?:children|kids|sons|daughters|grandchildren)\b/gi,
    0.8,
    /children|kids|sons|daughters/i,
    // A number ("three": five letters), a space, perhaps an adjective ("grown-up ") and "grand" before the word.
    -21,
    -2,
  ],
  [
    new RegExp(`\\b(?:mother|father|mom|dad|parent) of ${NUM}\\b`, 'gi'),
    0.85,
    /mother|father|mom|dad|parent/i,
    0,
    0,
  ],
  [/\bsingle (?:mother|father|parent|mom|dad|mum)\b/gi, 0.85, /single /i, 0, 0],
  // "expecting my first child", "expecting our second baby", "expecting twins" (not "expecting a reply").
  [
    /\b(?:pregnant|pregnancy|expecting (?:a baby|twins|(?:my|our) (?:first |second |third |fourth )?(?:child|baby)))\b/gi,
    0.8,
    /pregnan|expecting/i,
    0,
    0,
  ],
];

/**
 * Every pattern's word in one scan, mapped back to its pattern by the word (in lower case: only
 * ASCII letters match these words under /i). No word is a prefix of another pattern's word, and the
 * scan restarts one character after each hit, so every word present is seen.
 */
const WORD_PATTERN = new Map(
  PATTERNS.flatMap(([, , w], k) => w.source.split('|').map((word) => [word.toLowerCase(), k] as const)),
);
const WORDS = new RegExp([...WORD_PATTERN.keys()].join('|'), 'gi');

const STICKY = PATTERNS.map(([re]) => sticky(re));

/** Where each pattern's words occur in the text (ascending). */
function wordsAt(text: string): number[][] {
  const at: number[][] = PATTERNS.map(() => []);
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) {
    at[WORD_PATTERN.get(m[0].toLowerCase())!]!.push(m.index);
    WORDS.lastIndex = m.index + 1;
  }
  WORDS.lastIndex = 0;
  return at;
}

/** The matches of pattern k, tried only at its words' places (`at` from wordsAt). */
function scanPattern(text: string, k: number, at: readonly number[]): RegExpExecArray[] {
  if (at.length === 0) return [];
  const [, , , from, to] = PATTERNS[k]!;
  return scanAt(text, STICKY[k]!, startsAround(text, at, from, to));
}

/**
 * A marital-status field's label, folded (no diacritics), as English and European CVs write it: its
 * value is masked whatever it says, as CVs answer it in their own languages ("Marital status: ledig",
 * "Familienstand: verheiratet", "Situation familiale : célibataire", "Estado civil: soltera", "Stato
 * civile: coniugato", "Burgerlijke staat: gehuwd", "Stan cywilny: kawaler", "Civilstånd: gift", Turkish "Medeni Hali: Bekar",
 * Indonesian "Status Perkawinan: Belum Menikah", Vietnamese "Tình trạng hôn nhân: Độc thân").
 */
const FIELD_LABELS = new Set(
  `marital status|civil status|family status|familienstand|zivilstand|situation familiale|etat civil|estado civil|stato civile|burgerlijke staat|stan cywilny|civilstand|sivilstand|siviilisaaty|rodinny stav|stare civila|medeni hali|medeni durumu|medeni durum|status perkawinan|status pernikahan|taraf perkahwinan|status perkahwinan|hon nhan`.split(
    '|',
  ),
);
/**
 * A children field ("Children: 2", "Kinder: 2", "Enfants : aucun"): its value is masked when it is a
 * count or a yes or no, as CVs state the candidate's family ("Children: ages 3-5" on a teacher's CV is
 * the class); a Japanese rirekisho's "Spouse: Yes" and "Dependents (excluding spouse): 1" too.
 */
const CHILDREN_LABELS = new Set([
  'children',
  'kinder',
  'enfants',
  'hijos',
  'figli',
  'kinderen',
  'dzieci',
  'spouse',
  'dependents',
  'dependants',
]);
const CHILDREN_VALUE = /^(?:\d{1,2}|one|two|three|four|none|no|yes|keine|aucun|ninguno|nessuno|geen|brak)$/i;
/**
 * A bare "Status:" field (Indonesian and Malaysian CVs write "Status: Belum Menikah"): its value is
 * masked only when it is a marital status in one of the CVs' languages (folded; "Status: Active" is a
 * project's).
 */
const STATUS_VALUES = new Set(
  `single|married|unmarried|divorced|widowed|belum menikah|sudah menikah|menikah|lajang|belum kawin|kawin|cerai|bujang|berkahwin|bekar|evli|ledig|verheiratet|geschieden|verwitwet|celibataire|marie|mariee|soltero|soltera|casado|casada|divorciado|divorciada|viudo|viuda|celibe|nubile|coniugato|coniugata|sposato|sposata|gehuwd|ongehuwd|kawaler|panna|zonaty|zamezna|doc than|da ket hon`.split(
    '|',
  ),
);
/** The labels' last words, as written (a quick test before the label is folded and looked up). */
const LABEL_LAST = new LowerWords(
  [...FIELD_LABELS, ...CHILDREN_LABELS]
    .map((l) => l.slice(l.lastIndexOf(' ') + 1))
    .concat(['civilstånd', 'siviilisääty', 'nhân']),
);
/**
 * After the colon: the value, up to three words, before a comma, semicolon, bar, bracket, middle dot or
 * bullet ("Medeni Durum: Evli · Askerlik: …") or the line's end
 * (two spaces at most after the colon: past a wider gap an empty field's next column begins).
 */
const FIELD_VALUE =
  /[ \t]{0,2}([^\s,;|()/:：·•]+(?:[ \t][^\s,;|()/:：·•]+){0,2})[ \t]*(?=$|[\r\n,;|(/·•]|[ \t]{2})/y;

/** The values of the marital-status fields of {@link FIELD_LABELS}: one pass over the text's colons. */
function fieldValues(text: string): Span[] {
  const out: Span[] = [];
  for (let k = text.indexOf(':'); k !== -1; k = text.indexOf(':', k + 1)) {
    // The label's last word (ASCII or not), then perhaps one word before it; before a bracket that
    // closes right before the colon ("Dependents (excluding spouse):").
    let end = k;
    if (text.charCodeAt(k - 1) === 41) {
      const open = text.lastIndexOf('(', k - 1);
      if (open > 0 && k - open <= 24 && text.charCodeAt(open - 1) === 32) end = open - 1;
    }
    const last = wordBefore(text, end, 14, true);
    if (!last || last[1] - last[0] < 4) continue;
    const word = text.slice(last[0], last[1]);
    if (!LABEL_LAST.has(word)) continue;
    const first = text.charCodeAt(last[0] - 1) === 32 ? wordBefore(text, last[0] - 1, 14, true) : null;
    const one = fold(word);
    const two = first ? `${fold(text.slice(first[0], first[1]))} ${one}` : '';
    const found = fieldSpan(text, one, two, k + 1);
    if (found) out.push(found);
  }
  return out;
}

/**
 * The value at `at` of the field whose label's last word is `one` (folded) and last two words `two`, or
 * null when the label is none of the fields or the value is no answer of its field.
 */
function fieldSpan(text: string, one: string, two: string, at: number): Span | null {
  const children = CHILDREN_LABELS.has(one);
  const status = one === 'status' && !FIELD_LABELS.has(two);
  if (!children && !status && !FIELD_LABELS.has(one) && !FIELD_LABELS.has(two)) return null;
  FIELD_VALUE.lastIndex = at;
  const m = FIELD_VALUE.exec(text);
  if (!m || (children && !CHILDREN_VALUE.test(m[1]!))) return null;
  if (status && !STATUS_VALUES.has(fold(m[1]!))) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return span(start, start + m[1]!.length, 0.9);
}

/** A label of one or two words opening its line, then a table's gap (a tab, or three or more spaces). */
const GAP_LABEL = /[ \t]{0,4}(?:(\p{L}+) )?(\p{L}{4,14})(?:\t|[ \t]{3})[ \t]{0,27}/uy;
/** First letters (lower case, ASCII) of the labels of {@link FIELD_LABELS}, {@link CHILDREN_LABELS} and "status". */
const GAP_FIRST = /[mcfezsbrdkthe]/;

/**
 * The values of the same fields in a personal-details table without colons, the label opening its line
 * and a wide gap before the value ("Marital Status      Single", "Children     2").
 */
function gapValues(text: string): Span[] {
  const out: Span[] = [];
  for (let s = 0; s < text.length; ) {
    let f = s;
    while (text.charCodeAt(f) === 32 || text.charCodeAt(f) === 9) f++;
    if (GAP_FIRST.test(text.charAt(f).toLowerCase())) {
      GAP_LABEL.lastIndex = s;
      const m = GAP_LABEL.exec(text);
      if (m) {
        const one = fold(m[2]!);
        const found = fieldSpan(text, one, m[1] ? `${fold(m[1])} ${one}` : '', m.index + m[0].length);
        if (found) out.push(found);
      }
    }
    const nl = text.indexOf('\n', s);
    if (nl < 0) break;
    s = nl + 1;
  }
  return out;
}

/**
 * A spouse field's label opening its line or a field (after a bar, a tab, a bullet or two spaces), in
 * English, German, French, Spanish, Portuguese, Italian, Dutch and Polish: "Spouse:", "Spouse's name:",
 * "Name of Spouse:", "Ehepartner:", "Conjoint :", "Cónyuge:"; then its value on the line, up to a
 * field's separator or a wide gap.
 */
const SPOUSE_LABEL =
  "(?:name of (?:the )?spouse|spouse(?:['’]s)?(?: (?:full )?name)?|ehepartner(?:in)?|ehegatt(?:e|in)|conjointe?|[ée]pou(?:x|se)|c[óo]nyuge|c[ôo]njuge|coniuge|echtgeno(?:ot|te)|ma[łl][żz]on(?:ek|ka))";
const SPOUSE_FIELD = new RegExp(`(?:^|[\\n\\t|•·]|[ \\t]{2})[ \\t]*(${SPOUSE_LABEL}[ \\t]?[:：])`, 'gimu');
/** The same labels opening a personal-details table's line, a tab or three spaces before the value ("Spouse      Teodor Velcroft"). */
const SPOUSE_GAP = new RegExp(`(?:^|\\n)[ \\t]{0,4}(${SPOUSE_LABEL})(?:\\t|[ \\t]{3})[ \\t]{0,27}`, 'gimu');
/** A spouse field's value: up to 60 characters before a field's separator, a wide gap or the line's end. */
const SPOUSE_VALUE = /[ \t]{0,2}([^\s|;,:](?:[^\n\t|;,:]{0,59}?))[ \t]*(?=$|[\r\n\t|;,]|[ \t]{2})/my;
/** Words one of which every spouse label holds (a cheap test before the scan). */
const SPOUSE_WORD = /spouse|ehepartner|ehegatt|conjoint|pou[xs]|nyuge|njuge|coniuge|echtgeno|ma[łl][żz]on/i;

/** True when a spouse field's value reads as a person's name: capitalised words, no job's or common word. */
function nameValue(value: string): boolean {
  const words = value.split(' ');
  if (words.length > 4) return false;
  return words.every(
    (w) =>
      /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) &&
      !ROLE_WORDS.has(fold(w)) &&
      (nameClass(w) !== null || (!isOrdinaryWord(w) && !looksLikeWord(w))),
  );
}

/**
 * A spouse field ("Spouse: Teodor Velcroft", "Spouse's name: …"): the label tells the marital status, and
 * a value that reads as the spouse's name goes with it (a yes or no is the children fields' rule's; a job's
 * title, "Spouse: Marketing Director", stays).
 */
function spouseFields(text: string): Span[] {
  const out: Span[] = [];
  if (!SPOUSE_WORD.test(text)) return out;
  const found = scanAll(text, SPOUSE_FIELD);
  if (text.includes('\t') || text.includes('   ')) found.push(...scanAll(text, SPOUSE_GAP));
  for (const m of found) {
    const label = m[1]!.replace(/[ \t]?[:：]$/, '');
    const start = m.index + m[0].indexOf(m[1]!);
    out.push(span(start, start + label.length, 0.9));
    SPOUSE_VALUE.lastIndex = m.index + m[0].length;
    const v = SPOUSE_VALUE.exec(text);
    if (v && nameValue(v[1]!)) {
      const at = v.index + v[0].indexOf(v[1]!);
      out.push(span(at, at + v[1]!.length, 0.8));
    }
  }
  return out;
}

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'MARITAL', score, recognizer: 'marital' };
}

/** The marital-status recognizer. */
export const marital: Recognizer = {
  id: 'marital',
  kind: 'rule',
  entities: ['MARITAL'],
  analyze(text) {
    const out: Span[] = [];
    const at = wordsAt(text);
    for (const [k, [, score]] of PATTERNS.entries()) {
      for (const m of scanPattern(text, k, at[k]!)) {
        const v = m[1] ?? m[0];
        const start = m.index + m[0].length - v.length;
        out.push(span(start, start + v.length, score));
      }
    }
    if (text.includes(':')) out.push(...fieldValues(text));
    out.push(...spouseFields(text));
    if (text.includes('\t') || text.includes('   ')) out.push(...gapValues(text));
    if (text.includes('?')) out.push(...askedStatus(text));
    return out;
  },
};

/** An application form's question for the marital status or the children, ending at its "?". */
const STATUS_QUESTION =
  /(?:^|[\n\t]|[.:] )[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:(?:What is your )?marital status|Are you married|Do you have (?:any )?(?:children|kids|dependants|dependents)|(?:Number of )?(?:children|dependants|dependents))[ \t]?$/i;
/** The answer: a marital status, or a yes, a no or a count, alone on the question's line or the next. */
const STATUS_ANSWER =
  /[ \t]*(?:\r?\n[ \t]*)?((?:single|married|unmarried|divorced|widowed|separated|engaged|in a relationship|domestic partnership|yes|no|none|\d{1,2}|one|two|three|four|five|six)(?:,? (?:one|two|three|four|five|six|\d{1,2}))?)[ \t.]*(?=\r?\n|$)/iy;

/**
 * The answer to an application form's marital or children question ("Marital status?\nMarried", "Do you
 * have children?\nYes, two"), as ATS pages show a candidate's answers under their questions.
 */
function askedStatus(text: string): Span[] {
  return answersAfter(text, STATUS_QUESTION, STATUS_ANSWER, 48).map(([start, end]) => span(start, end, 0.85));
}

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> =
  PATTERNS.map(([re], k) => [re, (text: string) => scanPattern(text, k, wordsAt(text)[k]!)] as const);

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/marital.test.ts
