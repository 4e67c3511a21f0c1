/**
 * Gendered pronouns and gendered person nouns (label PRONOUN): he/she/him/her/his/hers/himself/
 * herself, and kinship or person nouns that reveal gender (wife, son, woman, male). The anonymizer
 * neutralises them ("she" → "they"). Job titles that happen to be gendered ("Chairman") are left to
 * the policy: they describe a role, and the reviewer needs the role.
 */

import { scanAll } from '../scan';
import type { Recognizer, Span } from '../types';

const PRONOUNS = /\b(?:he|she|him|her|his|hers|himself|herself|he's|she's|he'd|she'd|he'll|she'll)\b/gi;
const NOUNS =
  /\b(?:man|woman|men|women|boy|girl|boys|girls|male|female|males|females|husband|wife|husbands|wives|mother|father|mothers|fathers|mom|dad|mum|son|daughter|sons|daughters|brother|sister|brothers|sisters|gentleman|gentlemen|lady|ladies|grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece|boyfriend|girlfriend|fiancé|fiancée|née|widow|widower|stepmother|stepfather|stepson|stepdaughter|maternity|paternity|sorority|sororities|fraternity|fraternities)\b/gi;

/**
 * Both patterns in one scan: a pronoun and a noun cannot match at the same place (no word of one
 * list is a word of the other, and each match is a whole word), so its matches are theirs together,
 * told apart by the group that matched. The word boundaries are written once, around both lists
 * ("\b(?:(he|…)|(man|…))\b": the same tries in the same order as "\b(he|…)\b|\b(man|…)\b", and a
 * sixth cheaper: 0.69 → 0.57 ms a pass over the resume mix).
 */
const BOTH = new RegExp(
  `\\b(?:${[PRONOUNS, NOUNS].map((re) => re.source.replace(/^\\b\(\?:(.*)\)\\b$/, '($1)')).join('|')})\\b`,
  'gi',
);

/**
 * A set of pronouns a person states, written with slashes ("(they/them)", "xe/xem/xyrs", "ze/zir"): it
 * states a gender identity as "she/her" does ("she/they" too), though "they" alone in a sentence is no cue. ("she/her" and
 * "he/him" are {@link PRONOUNS}' words already.)
 */
const STATED_SET =
  /\b(?:she\/they|he\/they|(?:they|xe|ze|zie|ey|fae|ve)\/(?:them|their|theirs|xem|xyr|xir|zir|hir|em|eir|faer|ver|vis)(?:\/(?:theirs|xyrs|xirs|zirs|hirs|eirs|faers|vis))?)\b/gi;

/** A Spanish past participle after "he" ("trabajado", "sido", "hecho", "escrito", "resuelto", "abierto", "puesto"). */
const SPANISH_PARTICIPLE = /^ [a-záéíóúñ]+(?:ado|ido|ído|cho|sto|rto|elto|ito)(?![\p{L}])/u;
/** "& Girls Clubs", "and Sisters Inc": a capitalised gendered noun after "&" or "and", then a capitalised word. */
const PAIR_AFTER = /^ (?:&|and) (\p{Lu}\p{Ll}+) \p{Lu}/u;
const NOUN_ONE = new RegExp(`^${NOUNS.source}$`, 'i');

/** Plural nouns of a gender that name a group's members. */
const GROUP_NOUN = /^(?:Women|WOMEN|Girls|GIRLS|Ladies|LADIES)$/;
/**
 * After such a noun inside a group's name, what makes it the members' gender: "Society of Women
 * Engineers", "Women Who Code", "Girls Who Code" (a profession's plural or "Who"), a team's sport or a
 * choir ("GAA Ladies Football Club", "Women Rugby Team"); "Women Affairs", "Girls Clubs" stay.
 */
const MEMBERS_AFTER =
  /^ (?:Who|Engineers|Scientists|Lawyers|Leaders|Entrepreneurs|Professionals|Students|Executives|Founders|Developers|Designers|Physicians|Doctors|Nurses|Researchers|Technologists|Investors|Managers|Accountants|Economists|Coders|Makers|Veterans|Athletes|Pilots|Architects|Football|Soccer|Rugby|Hockey|Cricket|Basketball|Netball|Volleyball|Rowing|Lacrosse|Softball|Tennis|Athletics|Choir|Chorus)\b/;

/**
 * A field of medicine or trade after a capitalised possessive gendered noun, which names the field, not
 * a person: "Women's Health Nurse Practitioner", "Children's Hospital", "Men's Apparel buyer".
 */
const FIELD_AFTER =
  /^['’]s? (?:Health|Healthcare|Hospital|Medicine|Clinic|Imaging|Care|Services|Apparel|Wear|Clothing|Fashion|Footwear|Studies)\b/;

/** The Greek letters' names, which name fraternities and sororities. */
const GREEK =
  'Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega';
/**
 * Two to four Greek letters' names before "sorority" or "fraternity" ("Kappa Alpha Theta sorority"),
 * perhaps with "National" or "Honors" between ("Sigma Tau Gamma National Fraternity").
 */
const GREEK_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])((?:(?:${GREEK})[ \\t]){1,3}(?:${GREEK}))[ \\t](?:(?:National|International|Honou?rs?|Professional|Social|Service)[ \\t])?$`,
  'u',
);
/** "sorority"/"fraternity" in any case. */
const SOCIETY = /^(?:sorority|sororities|fraternity|fraternities)$/i;

/** True when a gendered noun pair inside a name goes on at `end` ({@link PAIR_AFTER}). */
function pairInName(text: string, end: number): boolean {
  const m = PAIR_AFTER.exec(text.slice(end, end + 40));
  return m !== null && NOUN_ONE.test(m[1]!);
}

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'PRONOUN', score, recognizer: 'pronoun' };
}

/** The pronoun and gendered-noun recognizer. */
export const pronoun: Recognizer = {
  id: 'pronoun',
  kind: 'rule',
  entities: ['PRONOUN'],
  analyze(text) {
    const out: Span[] = [];
    if (text.includes('/'))
      for (const m of scanAll(text, STATED_SET)) out.push(span(m.index, m.index + m[0].length, 0.85));
    const matches = scanAll(text, BOTH);
    for (const m of matches) {
      if (m[1] === undefined) continue;
      // "he trabajado", "he desarrollado", "he hecho": Spanish "I have" before a past participle.
      if (
        m[0].length === 2 &&
        (m[0] === 'he' || m[0] === 'He') &&
        SPANISH_PARTICIPLE.test(text.slice(m.index + 2, m.index + 24))
      )
        continue;
      out.push(span(m.index, m.index + m[0].length, 0.9));
    }
    for (const m of matches) {
      if (m[1] !== undefined) continue;
      // "Kappa Alpha Theta sorority", "Sigma Phi Epsilon Fraternity": the society's Greek letters name the
      // members' gender as the noun does.
      if (SOCIETY.test(m[0])) {
        const g = GREEK_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
        if (g) {
          const start = m.index - g[0].length + g[0].indexOf(g[1]!);
          out.push(span(start, start + g[1]!.length, 0.7));
        }
      }
      // "Man" in "Man Power", "Mother Teresa School": capitalised mid-sentence nouns inside names stay, and
      // so does a pair of them before a name's next word ("Boys & Girls Clubs of America").
      // ("Née Martin": the birth name's marker is never a name's word.)
      if (
        /^\p{Lu}/u.test(m[0]) &&
        !/^née$/i.test(m[0]) &&
        (/^ \p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) ||
          pairInName(text, m.index + m[0].length) ||
          FIELD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) &&
        !(
          GROUP_NOUN.test(m[0]) &&
          MEMBERS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))
        )
      )
        continue;
      // "née" marks a birth name only before one ("née Martin"); "Née le 3 mars 1990" is a French CV's
      // birth-date label, kept as the label it is.
      const after = m.index + m[0].length;
      if (m[0].length === 3 && /^née$/i.test(m[0]) && !/^[ \t]\p{Lu}/u.test(text.slice(after, after + 2)))
        continue;
      // "Mother tongue(s)": Europass's field label and the language section's name, no gender cue.
      const end = m.index + m[0].length;
      if (
        m[0].length === 6 &&
        /^mother$/i.test(m[0]) &&
        /^[ \t]tongue(?:s|\(s\))?(?!\p{L})/iu.test(text.slice(end, end + 11))
      )
        continue;
      out.push(span(m.index, end, 0.7));
    }
    return out;
  },
};

/**
 * Each pattern that is scanned together with another, with the scan the recognizer runs: both must
 * find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [PRONOUNS, (text) => scanAll(text, BOTH).filter((m) => m[1] !== undefined)],
  [NOUNS, (text) => scanAll(text, BOTH).filter((m) => m[1] === undefined)],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/pronoun.test.ts
