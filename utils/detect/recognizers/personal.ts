/**
 * The personal-details line of Spanish, Portuguese, French, Italian and German CVs, which states
 * traits in the CV's own language, in prose or as a list: "Née le 12 mai 1992 à Lyon (32 ans),
 * nationalité française, mariée", "Data de nascimento: 22/09/1989 — 35 anos — Brasileiro, casado",
 * "Nata a Bologna il 04/06/1993, 31 anni, nazionalità italiana, nubile", "verheiratet, 2 Kinder".
 * Masked there: nationality adjectives in every gender and number (NRP; the masculine singular of
 * i18n-nationality's Spanish, French, Italian and German lists, and forms derived from them), marital
 * adjectives (MARITAL), children counts (MARITAL, as "2 children" is), ages with their unit (AGE) and
 * the birthplace after "né à", "nacido en", "geboren in" or a birthplace label (LOCATION), and the value
 * of a gender field ("Sexo: Femenino", "Geschlecht: weiblich"; NRP, as nrp.ts masks "Gender:").
 *
 * A word counts only as its own item of the line (between commas, dashes, bars, brackets or the line's
 * ends, or right after its label: "nationalité française") and only on a personal line: one with a
 * birth word ("né", "nacido", "Geburtsdatum"), a nationality or marital label, an age with its unit, or
 * two such items of different kinds ("Brasileiro, casado"). So "Banco Mexicano", "cuisine italienne",
 * "married to the job" and "Idiomas: español, inglés" stay.
 */

import { NATIONALITIES_INTL } from '../data/nationalities-intl';
import { fold, frontDecode, type Token, wordTokens } from '../lexicon';
import { textIs } from '../scan';
import type { Recognizer, Span } from '../types';

/** Kinds of the words this recognizer reads. */
const NAT = 1;
const MAR = 2;
const CHILD = 3;
const UNIT = 4;
const BIRTH = 5;
const NAT_LABEL = 6;
const MAR_LABEL = 7;
const LANG_LABEL = 8;
const GENDER_LABEL = 9;
const NUM_WORD = 10;
const CONJ = 11;
const PREP = 12;
const SELF_CUE = 13;
const PARENT = 14;
/** English anchors of a personal line: a gender as its own item ("Female, 26, single") and "Age 29". */
const GENDER_WORD = 15;
const AGE_WORD = 16;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Marital adjectives (folded), and English ones, which a personal line states the same way ("Indian, single"). */
const MARITAL = words(`
  casado casada casados casadas soltero soltera solteros solteras solteiro solteira divorciado divorciada
  viudo viuda viuvo viuva separado separada separados
  coniugato coniugata sposato sposata celibe nubile divorziato divorziata vedovo vedova separato separata
  celibataire veuf veuve
  verheiratet ledig geschieden verwitwet getrennt
  single married unmarried divorced widowed
`);
/**
 * French marital participles as written, with their accent: folded, "Marié" is the given name
 * "Marie", "Pacsé" nothing.
 */
const MARITAL_ACCENTED = new Set(
  words('marié mariée mariés mariées divorcé divorcée pacsé pacsée séparé séparée remarié remariée'),
);
/** Children ("2 Kinder", "dos hijos", "deux enfants") and the number words before them. */
const CHILDREN = words(
  'hijos hijas hijo hija filhos filhas filho filha figli figlio figlia figlie enfants enfant kinder kind',
);
const NUMBER_WORDS = words(`
  un une deux trois quatre cinq uno una dos tres cuatro cinco um uma dois duas tres quatro due tre quattro
  ein eine zwei drei vier funf
`);
/** Units of an age ("32 ans", "31 anni", "35 anos", "30 años", "34 Jahre"). */
const UNITS = words('ans anos anni jahre');
/**
 * Birth words: participles ("né", "nacida", "geboren") and the nouns of birth-date and birthplace
 * labels ("Fecha de nacimiento", "Date de naissance", "Geburtsdatum", "Naturalidade").
 */
const PARTICIPLES = words('ne nee nacido nacida nascido nascida nato nata geboren jahrgang');
const BIRTH_NOUNS = words('nacimiento naissance nascita nascimento geburtsdatum geburtsort naturalidade');
/** Labels of a birthplace field: the word before "de"/"di" and the birth noun ("Lugar de nacimiento"). */
const PLACE_LABEL_HEADS = new Set(words('lugar lieu luogo local'));
const PLACE_LABELS = new Set(words('geburtsort naturalidade'));
const NAT_LABELS = words(`
  nacionalidad nacionalidade nationalite nazionalita staatsangehorigkeit nationalitat staatsburgerschaft
  cittadinanza ciudadania citoyennete cidadania nationality citizenship
`);
/** The last words of marital-status labels ("Estado civil", "Situation familiale", "Familienstand"). */
const MAR_LABELS = words('civil civile familiale familienstand zivilstand perkahwinan');
/** Labels of a languages field: the adjectives after them are languages ("Idiomas: español, inglés"). */
const LANG_LABELS = words('idiomas idioma langues lingue idiomi linguas sprachen sprachkenntnisse languages');
/**
 * Gender fields ("Sexo: Femenino", "Sesso: F", "Sexe : Féminin", "Geschlecht: weiblich", "Gênero: Masculino",
 * Turkish "Cinsiyet: Kadın", Indonesian "Jenis Kelamin: Perempuan", Polish "Płeć: kobieta").
 */
const GENDER_LABELS = words(
  'sexo sesso sexe geschlecht genero genere cinsiyet cinsiyeti kelamin plec jantina',
);
/** Gender values, folded: after the label without a colon, as Europass writes the field ("Sesso Femminile"). */
const GENDER_WORDS = new Set(
  words(
    'femenino masculino mujer hombre feminino femminile maschile feminin masculin weiblich mannlich divers',
  ),
);
/** A gender field's value after its colon: one or two words before a separator or the line's end. */
const GENDER_VALUE =
  /[ \t]?[:：][ \t]{0,3}([^\s,;|()/:：—–]+(?:[ \t][^\s,;|()/:：—–-]+)?)[ \t]*(?=$|[\r\n,;|(/—–-]|[ \t]{2})/y;
/** Words that may join an item to the one before it ("casada y con dos hijos", "sposata con 2 figli"). */
const CONJUNCTIONS = words('y e et und con com avec mit sin sem sans senza ohne');
/**
 * First-person verbs before a trait in prose ("Soy venezolana", "Je suis française", "Sono italiana",
 * "Tengo 29 años", "J'ai 32 ans", "habe zwei Kinder", "estoy casada").
 */
const SELF_CUES = words(`soy sou suis sono bin tengo tenho ho habe j'ai estoy estou`);
/** A parent before "de"/"di"/"von" and a children count ("mère de deux enfants", "madre di due figli"). */
const PARENTS = words('mere pere madre padre mae pai mutter vater');
/** English genders and the age word, which anchor a personal line ("Male / 35 / Single", "Age 29 | Single"). */
const ENGLISH_GENDERS = words('male female');
const AGE_WORDS = words('age');
/** Between "Age" and its number: a space or a colon. */
const AGE_GAP = /^[ \t]*:?[ \t]*$/;
/** Prepositions before a birthplace ("né à Lyon", "nacida en Medellín", "nascido em Recife", "geboren in Graz"). */
const PREPOSITIONS = words('a en em in au no na');
/** Small words inside a place's name ("São José dos Campos", "Frankfurt am Main", "Aix-en-Provence"). */
const PLACE_GLUE = new Set(words('de do da dos das di del della la le les sur am an der im'));

/**
 * Feminine and plural forms of a masculine nationality adjective of the language (folded): Spanish
 * "colombiano" → "colombiana", "colombianos", "colombianas"; "francés" → "francesa"; French "français"
 * → "française", "italien" → "italienne"; Italian "tedesco" → "tedeschi"; German "deutsch" →
 * "deutsche", "österreichisch" → "Österreicher". Some forms made are no words: they are never met.
 */
function forms(lang: string, w: string): string[] {
  const out = [w];
  const base = w.slice(0, -1);
  const last = w[w.length - 1];
  if (lang === 'es' || lang === 'pt') {
    if (last === 'o') out.push(`${base}a`, `${w}s`, `${base}as`);
    else if (last === 'e' || last === 'a') out.push(`${w}s`);
    else if (last === 'i') out.push(`${w}es`, `${w}s`);
    else out.push(`${w}a`, `${w}es`, `${w}as`);
  } else if (lang === 'it') {
    if (last === 'o') {
      out.push(`${base}a`, `${base}i`, `${base}e`);
      if (/[cg]o$/.test(w)) out.push(`${base}hi`, `${base}he`);
    } else if (last === 'e') out.push(`${base}i`);
    else if (last === 'a') out.push(`${base}i`, `${base}e`);
  } else if (lang === 'fr') {
    if (/[eo]n$/.test(w)) out.push(`${w}ne`, `${w}s`, `${w}nes`);
    else if (/[ao]is$/.test(w)) out.push(`${w}e`, `${w}es`);
    else if (last === 'c') out.push(`${w}que`, `${w}ques`, `${base}que`, `${base}ques`);
    else if (last === 'e') out.push(`${w}s`);
    else out.push(`${w}e`, `${w}s`, `${w}es`);
  } else {
    out.push(`${w}e`, `${w}en`, `${w}er`, `${w}es`, `${w}em`);
    // The nouns: "Österreicher", "Italienerin" ("-isch" off, "-er" on).
    if (w.endsWith('isch')) out.push(`${w.slice(0, -4)}er`, `${w.slice(0, -4)}erin`);
  }
  return out;
}

/**
 * Portuguese forms that differ from the Spanish ones beyond the accents that folding removes
 * ("francés" and "francês" are both "frances"): Spanish endings read the Portuguese way ("alemán" →
 * "alemão", "paraguayo" → "paraguaio", "canadiense" → "canadense", "español" → "espanhol",
 * "brasileño" → "brasileiro").
 */
function portuguese(es: string): string[] {
  const out: string[] = [];
  if (es.endsWith('an')) out.push(`${es.slice(0, -2)}ao`, `${es.slice(0, -2)}aes`);
  if (es.endsWith('ayo')) out.push(`${es.slice(0, -3)}aio`);
  if (es.endsWith('iense')) out.push(`${es.slice(0, -5)}ense`);
  if (es.endsWith('anol')) out.push(`${es.slice(0, -4)}anhol`);
  if (es.endsWith('eno')) out.push(`${es.slice(0, -3)}eiro`);
  return out;
}
/**
 * Forms neither list has: the usual Spanish and Portuguese words for people of the United States
 * (the lists say "estadounidense"), and Portuguese adjectives unlike the Spanish ones.
 */
const EXTRA = words(`
  americano norteamericano norte-americano estadunidense sul-africano russo grego polones romeno suico chines
  marroquino holandes mocambicano angolano equatoriano indiano
`);

/** Every word the recognizer reads, folded (French participles as written), with its kind. */
let kinds: Map<string, number> | undefined;
/**
 * How the words that a line's items and anchors are made of start (not the joining words, numbers and
 * prepositions, looked up only beside them): their first three letters (folded, lower case) as a bit
 * set, the three-letter words, and the first four letters of the longer ones.
 */
let firstThree: Uint32Array | undefined;
const threeLetter = new Set<number>();
const firstFour = new Set<number>();
const triple = (a: number, b: number, c: number) => ((a | 32) << 14) | ((b | 32) << 7) | (c | 32);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function build(): Map<string, number> {
  const m = new Map<string, number>();
  const add = (list: Iterable<string>, k: number) => {
    for (const w of list) if (!m.has(w)) m.set(w, k);
  };
  add(MARITAL, MAR);
  add(MARITAL_ACCENTED, MAR);
  add(CHILDREN, CHILD);
  add(UNITS, UNIT);
  add(PARTICIPLES, BIRTH);
  add(BIRTH_NOUNS, BIRTH);
  add(NAT_LABELS, NAT_LABEL);
  add(MAR_LABELS, MAR_LABEL);
  add(LANG_LABELS, LANG_LABEL);
  add(GENDER_LABELS, GENDER_LABEL);
  add(ENGLISH_GENDERS, GENDER_WORD);
  add(AGE_WORDS, AGE_WORD);
  for (const [lang, coded] of Object.entries(NATIONALITIES_INTL))
    for (const w of frontDecode(coded)) {
      add(forms(lang, w), NAT);
      if (lang === 'es') for (const p of portuguese(w)) add(forms('pt', p), NAT);
    }
  for (const w of EXTRA) add(forms('pt', w), NAT);
  firstThree = new Uint32Array(1 << 16);
  for (const w of m.keys()) {
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => w.charCodeAt(k));
    if (w.length < 3 || !isLetter(a!) || !isLetter(b!) || !isLetter(c!)) continue;
    const t = triple(a!, b!, c!);
    firstThree[t >>> 5]! |= 1 << (t & 31);
    if (w.length === 3) threeLetter.add(t);
    else if (isLetter(d!)) firstFour.add((t << 7) | (d! | 32));
  }
  add(NUMBER_WORDS, NUM_WORD);
  add(CONJUNCTIONS, CONJ);
  add(PREPOSITIONS, PREP);
  add(SELF_CUES, SELF_CUE);
  add(PARENTS, PARENT);
  return m;
}

/** Kinds by the word as written, for the words that pass the first test (cleared past 20,000). */
const memo = new Map<string, number>();

/** The kind of a word, or 0. */
function wordKind(word: string): number {
  kinds ??= build();
  let k = memo.get(word);
  if (k === undefined) {
    const lower = word.toLowerCase();
    k = MARITAL_ACCENTED.has(lower) ? MAR : (kinds.get(fold(word)) ?? 0);
    // "Marie" is a given name, "ne" a French negation: as French participles only with their accent.
    if (k === BIRTH && (lower === 'ne' || lower === 'nee')) k = 0;
    if (memo.size > 20000) memo.clear();
    memo.set(word, k);
  }
  return k;
}

/**
 * The kind of token `t` of `text` if it may be an item or an anchor of a personal line (not a joining
 * word), or 0: most words are ruled out by their first three or four letters when these are ASCII (a
 * look-up or two, read in the text itself, no string made).
 */
function itemKind(text: string, t: Token): number {
  kinds ??= build();
  const n = t.end - t.start;
  if (n > 24) return 0;
  const a = text.charCodeAt(t.start);
  if (a < 128) {
    // ("né": a word of two letters is read only with a letter past ASCII.)
    if (n < 3) return n === 2 && text.charCodeAt(t.start + 1) >= 128 ? wordKind(t.text) : 0;
    const b = text.charCodeAt(t.start + 1);
    const c = text.charCodeAt(t.start + 2);
    if (!isLetter(a)) return 0;
    if (isLetter(b) && isLetter(c)) {
      const k3 = triple(a, b, c);
      if ((firstThree![k3 >>> 5]! & (1 << (k3 & 31))) === 0) return 0;
      if (n === 3) return threeLetter.has(k3) ? wordKind(t.text) : 0;
      const d = text.charCodeAt(t.start + 3);
      if (isLetter(d) && !firstFour.has((k3 << 7) | (d | 32))) return 0;
      // A digit or a dot among the first three ("xe2", "U.S"): no word read here holds one.
    } else if (b < 128 && c < 128) return 0;
  }
  const k = wordKind(t.text);
  return k < NUM_WORD || k === GENDER_WORD || k === AGE_WORD ? k : 0;
}

/** Separators between the items of a personal line. */
const SEP = new Set([...',;|·•—–-/(:'].map((c) => c.charCodeAt(0)));
const SEP_AFTER = new Set([...',;|·•—–-/).'].map((c) => c.charCodeAt(0)));
const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Durations of experience, which "20 años" after a comma may be ("Experiencia, 20 años"). */
const EXPERIENCE_BEFORE = /erfahrung|exp[ée]rienc|esperienz|experi[eê]ncia|ervaring/i;

interface Item {
  kind: number;
  /** What is masked. */
  start: number;
  end: number;
  /** The item's extent in the line (a children count's number with its word). */
  from: number;
  to: number;
}

function span(start: number, end: number, label: Span['label'], score: number): Span {
  return { start, end, label, score, recognizer: 'personal' };
}

/** A number of one or two digits, as a token. */
function smallNumber(t: Token | undefined): number {
  if (!t || t.text.length > 2) return -1;
  const a = t.text.charCodeAt(0) - 48;
  const b = t.text.length === 2 ? t.text.charCodeAt(1) - 48 : 0;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return t.text.length === 2 ? a * 10 + b : a;
}

/** The personal recognizer. */
export const personal: Recognizer = {
  id: 'personal',
  kind: 'rule',
  entities: ['NRP', 'MARITAL', 'AGE', 'LOCATION'],
  analyze(text) {
    const out: Span[] = [];
    const tokens = wordTokens(text);
    /** Each token's kind, for the tokens that have one. */
    const hits: Array<[number, number]> = [];
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      const k = itemKind(text, tokens[i]!);
      if (k === 0) continue;
      hits.push([i, k]);
      if (k === NAT || k === MAR || k === CHILD || k === UNIT || k === BIRTH || k === GENDER_LABEL)
        any = true;
    }
    if (!any) return out;
    /** Start of the line holding `at`, and its end. */
    const lineOf = (at: number): [number, number] => {
      const s = text.lastIndexOf('\n', at - 1) + 1;
      const e = text.indexOf('\n', at);
      return [s, e < 0 ? text.length : e];
    };
    /** True when the item starting at `from` opens its part of the line (after a separator or a label). */
    const opens = (from: number, lineStart: number, ti: number): boolean => {
      let p = from - 1;
      while (p >= lineStart && isBlank(text.charCodeAt(p))) p--;
      if (p < lineStart || SEP.has(text.charCodeAt(p))) return true;
      // Right after a label or a joining word ("nationalité française", "casada y con dos hijos").
      let j = ti - 1;
      while (j >= 0 && tokens[j]!.end > p + 1) j--;
      const prev = tokens[j];
      if (!prev || prev.end !== p + 1) return false;
      const pk = wordKind(prev.text);
      if (pk === NAT_LABEL || pk === MAR_LABEL || pk === SELF_CUE) return true;
      // "mère de deux enfants", "madre di due figli", "Mutter von zwei Kindern".
      if (/^(?:de|di|von)$/.test(prev.text)) {
        const parent = tokens[j - 1];
        return !!parent && textIs(text, parent.end, prev.start, ' ') && wordKind(parent.text) === PARENT;
      }
      // After a joining word, the word before it may be an item too ("casado e com 2 filhos").
      if (pk !== CONJ) return false;
      const before = tokens[j - 1];
      const bk = before && textIs(text, before.end, prev.start, ' ') ? wordKind(before.text) : 0;
      return bk === MAR || bk === NAT || bk === CHILD || bk === CONJ || opens(prev.start, lineStart, j);
    };
    /** True when the item ending at `to`, with token `ti`, closes its part of the line. */
    const closes = (to: number, lineEnd: number, ti: number): boolean => {
      let p = to;
      while (p < lineEnd && isBlank(text.charCodeAt(p))) p++;
      if (p >= lineEnd || text.charCodeAt(p) === 13) return true;
      const c = text.charCodeAt(p);
      if (c === 46)
        return p + 1 >= lineEnd || isBlank(text.charCodeAt(p + 1)) || text.charCodeAt(p + 1) === 13;
      // "und 2 Kinder", "e casado": a joining word starts the next item.
      if (SEP_AFTER.has(c)) return true;
      const next = tokens[ti + 1];
      return next !== undefined && next.start === p && wordKind(next.text) === CONJ;
    };
    /** True when a first-person verb stands right before the item ("soy venezolana", "tengo 29 años"). */
    const selfStated = (from: number): boolean => {
      const j = hits.length ? firstTokenAt(tokens, from) - 1 : -1;
      const prev = tokens[j];
      if (!prev || !textIs(text, prev.end, from, ' ')) return false;
      return wordKind(prev.text) === SELF_CUE;
    };
    let h = 0;
    while (h < hits.length) {
      const [lineStart, lineEnd] = lineOf(tokens[hits[h]![0]]!.start);
      // The hits of this line.
      let e = h;
      while (e < hits.length && tokens[hits[e]![0]]!.start < lineEnd) e++;
      const items: Item[] = [];
      const anchors: number[] = [];
      let langFrom = -1;
      for (let q = h; q < e; q++) {
        const [ti, k] = hits[q]!;
        const t = tokens[ti]!;
        if (k === BIRTH) {
          // "ne"/"nata" in lower case inside prose are kept apart from "NATO" and the like.
          if (t.text.length > 3 && t.text === t.text.toUpperCase()) continue;
          anchors.push(t.start);
          birthplace(text, tokens, ti, lineEnd, out);
        } else if (k === NAT_LABEL || k === MAR_LABEL) {
          if (k === MAR_LABEL && !maritalLabel(tokens, ti)) continue;
          anchors.push(t.start);
          langFrom = -1;
        } else if (k === LANG_LABEL) langFrom = t.start;
        else if (k === GENDER_LABEL) {
          // The value of a gender field, whatever it says, as the self-identification fields' (NRP).
          GENDER_VALUE.lastIndex = t.end;
          const g = GENDER_VALUE.exec(text);
          if (g && g.index + g[0].length <= lineEnd) {
            const at = g.index + g[0].indexOf(g[1]!);
            out.push(span(at, at + g[1]!.length, 'NRP', 0.8));
          } else {
            const v = tokens[ti + 1];
            if (v && textIs(text, t.end, v.start, ' ') && GENDER_WORDS.has(fold(v.text)))
              out.push(span(v.start, v.end, 'NRP', 0.8));
          }
        } else if (k === GENDER_WORD) {
          // An English gender as its own item anchors the line (nrp and pronoun mask the word itself).
          if (opens(t.start, lineStart, ti) && closes(t.end, lineEnd, ti)) anchors.push(t.start);
        } else if (k === AGE_WORD) {
          // "Age 29", "Age: 29" as its own item (age.ts masks the number).
          const v = tokens[ti + 1];
          const n = smallNumber(v);
          if (
            v &&
            n >= 16 &&
            n <= 79 &&
            v.start > t.end &&
            AGE_GAP.test(text.slice(t.end, v.start)) &&
            opens(t.start, lineStart, ti) &&
            closes(v.end, lineEnd, ti + 1)
          )
            anchors.push(t.start);
        } else if (k === NAT) {
          if (langFrom >= 0 || !opens(t.start, lineStart, ti) || !closes(t.end, lineEnd, ti)) continue;
          items.push({ kind: NAT, start: t.start, end: t.end, from: t.start, to: t.end });
        } else if (k === MAR) {
          if (!opens(t.start, lineStart, ti) || !closes(t.end, lineEnd, ti)) continue;
          items.push({ kind: MAR, start: t.start, end: t.end, from: t.start, to: t.end });
        } else if (k === UNIT || k === CHILD) {
          const prev = tokens[ti - 1];
          if (!prev || !isBlank(text.charCodeAt(prev.end)) || prev.end + 1 !== t.start) continue;
          const n = smallNumber(prev);
          if (k === UNIT) {
            if (n < 16 || n > 79) continue;
            if (!opens(prev.start, lineStart, ti - 1) || !closes(t.end, lineEnd, ti)) continue;
            if (EXPERIENCE_BEFORE.test(text.slice(Math.max(lineStart, prev.start - 48), prev.start)))
              continue;
            items.push({ kind: UNIT, start: prev.start, end: prev.end, from: prev.start, to: t.end });
          } else {
            if (!(n >= 1 && n <= 12) && wordKind(prev.text) !== NUM_WORD) continue;
            if (!opens(prev.start, lineStart, ti - 1) || !closes(t.end, lineEnd, ti)) continue;
            // With the parent before it ("mère de deux enfants").
            const parent = tokens[ti - 3];
            const from =
              parent && wordKind(parent.text) === PARENT && /^(?:de|di|von)$/.test(tokens[ti - 2]!.text)
                ? parent.start
                : prev.start;
            items.push({ kind: CHILD, start: from, end: t.end, from: prev.start, to: t.end });
          }
        }
      }
      h = e;
      if (items.length === 0) continue;
      for (const it of items) if (it.kind === UNIT) anchors.push(it.from);
      for (const it of items) {
        // An anchor near it on the line, or an item of another kind ("Brasileiro, casado").
        const near = (at: number) => at !== it.from && Math.abs(at - it.from) <= 160;
        if (
          !anchors.some(near) &&
          !items.some((o) => o.kind !== it.kind && near(o.from)) &&
          !selfStated(it.from)
        )
          continue;
        const label = it.kind === NAT ? 'NRP' : it.kind === UNIT ? 'AGE' : 'MARITAL';
        out.push(span(it.start, it.end, label, it.kind === NAT ? 0.8 : 0.85));
      }
    }
    return out;
  },
};

/** Index of the token that starts at `at` (binary search; tokens are in order). */
function firstTokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Estado civil", "État civil", "Stato civile", "Situation familiale", "Familienstand": a marital label. */
function maritalLabel(tokens: readonly Token[], ti: number): boolean {
  const f = fold(tokens[ti]!.text);
  if (f === 'familienstand' || f === 'zivilstand') return true;
  const prev = tokens[ti - 1];
  return !!prev && /^(?:estado|etat|stato|situation)$/.test(fold(prev.text));
}

/** True when the word starts with a capital letter. */
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * The birthplace after a birth participle and its preposition, on the same line ("Née le 12 mai 1992
 * à Lyon", "Nata a Bologna il …", "geboren am 3. Mai 1990 in Graz"), or after a birthplace label
 * ("Lugar de nacimiento: Medellín", "Geburtsort: Graz"): capitalised words, with the small words of
 * place names between them, as LOCATION.
 */
function birthplace(text: string, tokens: readonly Token[], ti: number, lineEnd: number, out: Span[]): void {
  const t = tokens[ti]!;
  const f = fold(t.text);
  let j = -1;
  const head = (k: number) => k >= 0 && PLACE_LABEL_HEADS.has(fold(tokens[k]!.text));
  // "Lugar de nacimiento", "Luogo e data di nascita", "Lieu et date de naissance".
  const label =
    PLACE_LABELS.has(f) ||
    (ti >= 2 &&
      /^d[eio]$/.test(tokens[ti - 1]!.text) &&
      (head(ti - 2) || (ti >= 4 && head(ti - 4) && /^(?:e|y|et)$/.test(tokens[ti - 3]!.text))));
  // A birth date label's date, also after the birthplace ("Luogo e data di nascita: Caltanissetta,
  // 11/02/1990"), and a participle's.
  // (A label's noun only with its colon: "la naissance du projet en 2015" is prose.)
  const colon = /[:：]/.test(text.slice(t.end, t.end + 3));
  if ((BIRTH_NOUNS.includes(f) && colon) || PARTICIPLES.includes(f)) birthDate(text, t.end, lineEnd, out);
  if (label && colon && capitalised(tokens[ti + 1]?.text ?? '')) {
    j = ti + 1;
  } else if (PARTICIPLES.includes(f) || label) {
    // The preposition within the next six words of the line ("né le 12 mai 1992 à").
    for (let k = ti + 1; k < tokens.length && k <= ti + 7 && tokens[k]!.start < lineEnd; k++)
      if (wordKind(tokens[k]!.text) === PREP && tokens[k]!.text.length <= 2) {
        j = k + 1;
        break;
      }
  }
  const first = tokens[j];
  if (j < 0 || !first || first.start >= lineEnd || !capitalised(first.text)) return;
  // (A month after the date's preposition is no place: "nacido el 3 de Mayo".)
  if (BIRTH_DATE.test(text.slice(first.start - 3, first.end + 6))) return;
  let last = j;
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (gap !== ' ' && gap !== '-') break;
    if (capitalised(tokens[k]!.text)) last = k;
    else if (!PLACE_GLUE.has(tokens[k]!.text)) break;
  }
  out.push(span(first.start, tokens[last]!.end, 'LOCATION', 0.8));
}

/** A birth date: "04/06/1993", "12.03.1988", "3 de mayo de 1990", "12 mai 1992", "3. Mai 1990", or a year alone. */
const BIRTH_DATE =
  /(?<![\p{L}\p{N}])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|\d{1,2}\.?(?:º|°|er)?\s(?:de\s)?\p{L}{3,10}\.?\s(?:de\s)?(?:19|20)\d\d|(?:19|20)\d\d)(?![\p{L}\p{N}])/u;

/**
 * The birth date after a birth participle or label and the birthplace on the same line, within 60
 * characters ("Nata a Bologna il 04/06/1993", "Né à Lyon le 12 mai 1992", "Nacido en Medellín el 3 de
 * mayo de 1990", "Luogo e data di nascita: Caltanissetta, 11/02/1990"), as AGE: the age recognizer reads
 * the date only right after "nata il", "né le" or the label.
 */
function birthDate(text: string, from: number, lineEnd: number, out: Span[]): void {
  const m = BIRTH_DATE.exec(text.slice(from, Math.min(lineEnd, from + 60)));
  if (m) out.push(span(from + m.index, from + m.index + m[0].length, 'AGE', 0.85));
}

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/personal.test.ts
