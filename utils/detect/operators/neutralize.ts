/**
 * Pronoun and title neutralisation: she/he → they, her/his → their, him → them, herself → themself,
 * Mr/Mrs/Ms dropped, gendered nouns made neutral ("wife" → "spouse"), keeping capitalisation, and
 * fixing the verb right after a subject pronoun ("she is" → "they are").
 */
import type { Operator } from './index';

const SUBJECT = new Set(['she', 'he']);
const FIXED: Record<string, string> = {
  she: 'they',
  he: 'they',
  him: 'them',
  hers: 'theirs',
  himself: 'themself',
  herself: 'themself',
  "she's": "they're",
  "he's": "they're",
  "she'd": "they'd",
  "he'd": "they'd",
  "she'll": "they'll",
  "he'll": "they'll",
  man: 'person',
  woman: 'person',
  men: 'people',
  women: 'people',
  gentleman: 'person',
  lady: 'person',
  gentlemen: 'people',
  ladies: 'people',
  boy: 'child',
  girl: 'child',
  boys: 'children',
  girls: 'children',
  son: 'child',
  daughter: 'child',
  sons: 'children',
  daughters: 'children',
  husband: 'spouse',
  wife: 'spouse',
  husbands: 'spouses',
  wives: 'spouses',
  mother: 'parent',
  father: 'parent',
  mothers: 'parents',
  fathers: 'parents',
  mom: 'parent',
  dad: 'parent',
  brother: 'sibling',
  sister: 'sibling',
  brothers: 'siblings',
  sisters: 'siblings',
  boyfriend: 'partner',
  girlfriend: 'partner',
  chairman: 'chair',
  chairwoman: 'chair',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  née: 'born',
  sorority: 'society',
  fraternity: 'society',
  sororities: 'societies',
  fraternities: 'societies',
};
/** Titles that reveal gender: dropped with the space after them. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'madam', 'madame', 'mme', 'mlle']);
/** Adjectives dropped before a noun ("female engineer" → "engineer"), "person" when alone. */
const ADJECTIVES = new Set(['male', 'female', 'feminine', 'masculine']);
const VERBS: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};
/** Words after "her"/"his" that show it is not a determiner ("told her that" → "them"). */
const NOT_A_NOUN = new Set(
  'a an the and or but nor so yet to in on at by for with from of as about into onto over under up down out off back again that this these those than then when while if because is was are were be been will would can could should may might must do does did has have had not no too very also just yesterday today tomorrow tonight now later recently once twice here there since during before after until through across around'.split(
    ' ',
  ),
);

/** Applies the case pattern of `like` to `word`. */
function matchCase(word: string, like: string): string {
  if (!word) return word;
  const letters = like.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return word.toUpperCase();
  if (letters[0] && letters[0] === letters[0].toUpperCase() && letters[0] !== letters[0].toLowerCase()) {
    return word[0]!.toUpperCase() + word.slice(1);
  }
  return word;
}

/** The word after `end` (after spaces), with its end offset. */
function nextWord(text: string, end: number): { word: string; start: number; end: number } | undefined {
  const m = /^[ \t]+([\p{L}']+)/u.exec(text.slice(end, end + 40));
  if (!m) return undefined;
  return { word: m[1]!, start: end + m[0].length - m[1]!.length, end: end + m[0].length };
}

/** The neutral form of one gendered word in its context; `end` extends the span when needed. */
function neutralForm(text: string, start: number, end: number): { text: string; end?: number } {
  const original = text.slice(start, end);
  const key = original.toLowerCase().replace(/[’]/g, "'").replace(/\.$/, '');
  const next = nextWord(text, end);
  if (TITLES.has(key)) {
    const tail = /^\.?[ \t]*/.exec(text.slice(end, end + 8))![0];
    return { text: '', end: end + tail.length };
  }
  if (ADJECTIVES.has(key)) {
    if (next && !NOT_A_NOUN.has(next.word.toLowerCase())) return { text: '', end: next.start };
    return { text: matchCase('person', original) };
  }
  if (key === 'her' || key === 'his') {
    const determiner = next && !NOT_A_NOUN.has(next.word.toLowerCase());
    const word = key === 'her' ? (determiner ? 'their' : 'them') : determiner ? 'their' : 'theirs';
    return { text: matchCase(word, original) };
  }
  const fixed = FIXED[key];
  if (!fixed) return { text: '[GENDER]' };
  if (SUBJECT.has(key) && next) {
    // "she prefers" → "they prefer", "he always leads" → "they always lead" (one adverb between).
    const adverb = ADVERBS.has(next.word.toLowerCase()) ? next : undefined;
    const target = adverb ? nextWord(text, adverb.end) : next;
    const verb = target ? pluralVerb(target.word) : undefined;
    if (target && verb) {
      const gap = text.slice(end, target.start);
      return { text: matchCase(fixed, original) + gap + matchCase(verb, target.word), end: target.end };
    }
  }
  return { text: matchCase(fixed, original) };
}

/** Adverbs that may sit between a subject pronoun and its verb. */
const ADVERBS = new Set(
  'always often also usually never still now currently really rarely sometimes frequently generally typically regularly mostly clearly'.split(
    ' ',
  ),
);
/** Words ending in "s" after "she"/"he" that are no verbs. */
const NOT_A_VERB = new Set(
  'as us yes thus perhaps always sometimes its lots plus less unless besides'.split(' '),
);

/**
 * The verb form after "they" for the verb form after "she"/"he": "is" → "are", "prefers" → "prefer",
 * "teaches" → "teach", "studies" → "study"; undefined when the word is no present-tense verb.
 */
function pluralVerb(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = VERBS[lower];
  if (irregular) return irregular;
  if (lower !== word || lower.length < 3 || NOT_A_VERB.has(lower) || !/^[a-z]+s$/.test(lower))
    return undefined;
  if (/(?:ss|us|is|ous)$/.test(lower)) return undefined;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes|oes)$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/**
 * @example
 * neutralize.apply({ text: 'She is great', start: 0, end: 3, label: 'PRONOUN', ... })
 * // { text: "They are", end: 6 }
 */
export const neutralize: Operator = {
  id: 'neutralize',
  reversible: false,
  apply({ text, start, end }) {
    return neutralForm(text, start, end);
  },
};
