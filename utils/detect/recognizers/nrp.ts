/**
 * Nationality, religion, ethnicity and political-group terms (label NRP): nationality adjectives
 * and demonyms (i18n-nationality lexicon, plurals included), religions and their adherents,
 * ethnic groups and political parties. Words that are also languages ("English", "French") count
 * only when they describe people, not when they name a language skill.
 */
import { fold, lexicon, wordTokens } from '../lexicon';
import type { Recognizer, Span } from '../types';
import { LANGUAGES } from '../words';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const RELIGION = set(`
  christian christians christianity catholic catholics protestant protestants orthodox evangelical evangelicals
  baptist baptists methodist methodists lutheran lutherans anglican anglicans mormon mormons muslim muslims moslem
  islam islamic sunni sunnis shia shias shiite shiites shii shiis hindu hindus hinduism sikh sikhs sikhism jain
  jains jainism buddhist buddhists buddhism jewish jew jews judaism zoroastrian parsi parsis bahai atheist atheists
  agnostic agnostics pagan pagans taoist confucian shinto rastafarian quaker quakers amish pentecostal adventist
`);
const ETHNIC = set(`
  caucasian caucasians hispanic hispanics latino latina latinos latinas latinx aboriginal aborigine aborigines
  afro-american african-american african-americans asian-american roma romani gypsy gypsies kurd kurds kurdish
  tamil tamils pashtun pashtuns hazara hazaras uyghur uyghurs maori berber berbers bedouin dalit dalits adivasi
  brahmin brahmins
`);
const POLITICAL = set(`
  democrat democrats republican republicans communist communists socialist socialists marxist marxists
  libertarian libertarians tory tories labourite nationalist nationalists fascist fascists anarchist anarchists
  conservatives liberals zionist zionists maoist maoists
`);
/** After a language-like word, these make it a language skill rather than a nationality. */
const LANGUAGE_CONTEXT =
  /^[\s,/&-]{0,3}(?:and\s|or\s)?(?:language|speaking|speaker|literature|teacher|translation|translator|fluency|proficiency|native|mother tongue|\(|,|\/|&|and\s\p{Lu}|or\s\p{Lu}|$)/iu;
const LANGUAGE_BEFORE =
  /(?:languages?|fluent|fluency|speak|speaks|spoken|written|read|write|proficient|proficiency|knowledge)(?: in| of)?[\s:,-]{0,3}$|(?:from|into|to)\s$|[,/&]\s?$|\band\s$/i;

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'NRP', score, recognizer: 'nrp' };
}

function nationality(f: string): boolean {
  const nat = lexicon('nationalities');
  if (nat.has(f)) return true;
  const stem = f.replace(/(?:s|es)$/, '');
  if (nat.has(stem) || nat.has(f.replace(/s$/, ''))) return true;
  return /(?:man|men|mans)$/.test(f) && nat.has(f.replace(/(?:man|men|mans)$/, ''));
}

const memo = new Map<string, boolean>();

/** Cheap pre-check, memoised per word: could this word be an NRP term at all? */
function candidate(word: string): boolean {
  let v = memo.get(word);
  if (v === undefined) {
    const f = fold(word);
    v = !/\d/.test(word) && (RELIGION.has(f) || POLITICAL.has(f) || ETHNIC.has(f) || nationality(f));
    if (memo.size > 100_000) memo.clear();
    memo.set(word, v);
  }
  return v;
}

/** The NRP recognizer. */
export const nrp: Recognizer = {
  id: 'nrp',
  kind: 'lexicon',
  entities: ['NRP'],
  analyze(text) {
    const out: Span[] = [];
    for (const t of wordTokens(text)) {
      if (t.text.length < 3 || !candidate(t.text)) continue;
      const f = fold(t.text);
      if (RELIGION.has(f) || POLITICAL.has(f)) {
        // "Democrat"/"Republican" as adjectives of parties; lower-case "conservative" is ordinary.
        if (POLITICAL.has(f) && !/^\p{Lu}/u.test(t.text)) continue;
        out.push(span(t.start, t.end, 0.8));
        continue;
      }
      if (ETHNIC.has(f) && !(LANGUAGES.has(f) && LANGUAGE_CONTEXT.test(text.slice(t.end, t.end + 20)))) {
        out.push(span(t.start, t.end, 0.75));
        continue;
      }
      if (!nationality(f)) continue;
      if (
        f === 'indian' &&
        /^\s?(?:institute|school|statistical|council|bank|oil|railways?|army|navy|air force|ocean|express|overseas)/i.test(
          text.slice(t.end, t.end + 20),
        )
      )
        continue;
      const lang = LANGUAGES.has(f) || LANGUAGES.has(f.replace(/s$/, ''));
      if (lang) {
        const before = text.slice(Math.max(0, t.start - 30), t.start);
        const after = text.slice(t.end, t.end + 24);
        if (LANGUAGE_BEFORE.test(before) || LANGUAGE_CONTEXT.test(after)) continue;
      }
      out.push(span(t.start, t.end, 0.7));
    }
    return out;
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/nrp.test.ts
