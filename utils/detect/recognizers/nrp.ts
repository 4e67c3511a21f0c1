/**
 * Nationality, religion, ethnicity and political-group terms (label NRP): nationality adjectives
 * and demonyms (i18n-nationality lexicon, plurals included), religions and their adherents,
 * ethnic groups and political parties. Words that are also languages ("English", "French") count
 * only when they describe people, not when they name a language skill.
 */

import { isKnownCompany } from '../companies';
import { fold, isCapitalised, lexicon, type Token, wordTokens } from '../lexicon';
import { isAsciiLetter, isWordCode, scanAll, textIs } from '../scan';
import type { Recognizer, Span } from '../types';
import {
  isLanguageName,
  isOrdinaryWord,
  isOrgTail,
  LANGUAGES,
  looksLikeWord,
  TECH,
  tokenInfo,
} from '../words';
import { placeLastWord } from './location';
import { LEARNING } from './school';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const RELIGION = set(`
  christian christians christianity catholic catholics protestant protestants orthodox evangelical evangelicals
  baptist baptists methodist methodists lutheran lutherans anglican anglicans mormon mormons muslim muslims moslem
  islam islamic sunni sunnis shia shias shiite shiites shii shiis hindu hindus hinduism sikh sikhs sikhism jain
  jains jainism buddhist buddhists buddhism jewish jew jews judaism zoroastrian parsi parsis bahai atheist atheists
  agnostic agnostics pagan pagans taoist confucian shinto rastafarian quaker quakers amish pentecostal adventist
  adventists pentecostals mennonite mennonites ismaili ismailis druze yazidi yazidis yezidi yezidis alevi alevis
  sufi sufis wiccan wiccans baha'i baha'is bahais lds
  katholisch katholische katholischen katholischer katholisches katholischem katholik katholiken katholikin
  evangelisch evangelische evangelischen evangelischer evangelisches evangelischem
  protestantisch protestantische protestantischen protestantischer
  christlich christliche christlichen christlicher christliches
  muslimisch muslimische muslimischen muslimischer muslima muslime islamisch islamische islamischen islamischer
  judisch judische judischen judischer judisches judin
  orthodoxe orthodoxen orthodoxer buddhistisch buddhistische buddhistischen freikirchlich freikirchliche freikirchlichen
  catholique catholiques protestante protestantes musulman musulmane musulmans musulmanes juif juive juifs juives
  chretien chretienne chretiens chretiennes evangelique evangeliques bouddhiste bouddhistes
  catolico catolica catolicos catolicas evangelico evangelica evangelicos evangelicas musulmana musulmanas
  judio judia judios judias cristiano cristiana cristianos cristianas protestantes
  muculmano muculmana muculmanos judeu judia judeus cristao crista cristaos cristas
  cattolico cattolica cattolici cattoliche evangelici evangeliche musulmano musulmani ebreo ebrea ebrei
  katholiek katholieke protestantse islamitisch islamitische joods joodse christelijk christelijke moslim moslims
  katolik katolicki katolicka katolickiej katolickie katolickiego ewangelicki ewangelicka
`);
/** Demonyms the nationality lexicon lacks (nations within states, older forms). */
const NATIONAL_EXTRA = set(`
  english englishman englishmen englishwoman englishmans scottish scot scots welsh welshman cornish manx
  greenlander greenlanders chechen chechens basque basques catalan catalans flemish walloon tatar tatars
  kashmiri tamilian malayali baloch pashtun bavarian korean koreans
  surinamese belizian belizians
`);
const ETHNIC = set(`
  caucasian caucasians hispanic hispanics latino latina latinos latinas latinx aboriginal aborigine aborigines
  afro-american african-american african-americans asian-american roma romani gypsy gypsies kurd kurds kurdish
  tamil tamils pashtun pashtuns hazara hazaras uyghur uyghurs maori berber berbers bedouin dalit dalits adivasi
  brahmin brahmins
  chicano chicana chicanos chicanas chicanx xicano xicana xicanx
  daca asylee asylees
  biracial bi-racial multiracial multi-racial mixed-race afro-caribbean afro-caribbeans african-caribbean
  african-caribbeans afro-latino afro-latina afro-latinos afro-latinas afro-latinx afro-brazilian afro-brazilians
  afro-cuban afro-cubans british-asian british-asians
  kikuyu gikuyu luhya kalenjin maasai masai yoruba igbo hausa fulani ashanti asante zulu xhosa amhara oromo
  tigrayan tutsi hutu hmong rohingya baloch baluch druze circassian chaldean yazidi yazidis inuit metis mestizo
  mestiza garifuna quechua aymara mapuche navajo ojibwe
`);
const POLITICAL = set(`
  democrat democrats republican republicans communist communists socialist socialists marxist marxists
  libertarian libertarians tory tories labourite nationalist nationalists fascist fascists anarchist anarchists
  conservatives liberals zionist zionists maoist maoists
  spd afd fidesz psoe ukip kuomintang
`);
/**
 * Places and bodies of worship. Named ("St. Brendan's Parish Church", "Masjid Al-Noor"), the whole
 * name goes: on a resume it states the candidate's faith as plainly as "Catholic" does.
 */
const WORSHIP = set(`
  church churches chapel chapels cathedral cathedrals basilica mosque mosques masjid synagogue synagogues gurdwara
  gurdwaras gurudwara gurudwaras mandir mandirs parish diocese archdiocese congregation temple temples
  kirche kirchengemeinde pfarrgemeinde pfarrei moschee synagoge eglise paroisse mosquee
  iglesia parroquia mezquita sinagoga igreja paroquia mesquita chiesa parrocchia moschea kerk parochie moskee
  parafia parafii kosciol
`);
/**
 * Scriptures, religious schools, observances and religious dress: each names a faith on its own ("Bible
 * study leader", "I wear a hijab").
 */
const FAITH = set(`
  bible bibles biblical quran koran quranic torah talmud gospel sermon sermons yeshiva madrasa madrassa
  upanishad upanishads vedas hadith psalms
  diwali ramadan hanukkah chanukah passover navratri vaisakhi baisakhi iftar hajj umrah shabbat mitzvah
  bhagavad bhajan bhajans kirtan kirtans satsang gurbani garba
  hillel chabad christ
  hijab hijabi niqab burqa kippah yarmulke
`);
/**
 * Sexual orientation, gender identity and disability, protected as religion is: the words that state
 * them of the candidate ("openly gay", "LGBTQ+ ERG lead", "wheelchair user", "profoundly deaf",
 * "oSTEM chapter president"). Some only with the word that makes them a trait ({@link traitSpan}).
 */
const TRAIT = set(`
  lesbian lesbians bisexual bisexuals queer genderqueer transgender nonbinary non-binary asexual intersex
  lgbt lgbtq lgbtqi lgbtqia lgbti lgbtiq glbt
  gay deaf autistic neurodivergent neurodiverse dyslexic dyspraxic wheelchair wheelchair-bound wheelchair-user
  pride ostem impaired impairment blind disability disabled
`);
/** Trait words that need a word before or after them ({@link traitSpan}); the rest state it alone. */
const TRAIT_CUED = set('gay wheelchair pride ostem impaired impairment blind disability disabled');
/**
 * The group a trait names after "Pride" or "Disability" ("Pride Network", "Disability ERG",
 * "Disability Employee Resource Group"); "inclusion" and "resource" only further on ("Workshops on
 * Disability Inclusion" is a topic).
 */
const TRAIT_GROUP = set(
  'network networks erg ergs alliance committee month parade march group council chapter employee society club collective',
);
const TRAIT_GROUP_ON = set([...TRAIT_GROUP, 'inclusion', 'resource'].join(' '));
/** After a capitalised "Gay": the words of a cause or a group ("Gay Pride", "Gay and Lesbian Alliance"). */
const GAY_AFTER = /^[ 	](?:Pride|Men|Rights|Straight|and|&|Community|Alliance|Network)\b/;
/** Others' traits are the work: "autistic children", "deaf learners", "LGBTQ+ youth services". */
const OTHERS_AFTER =
  /^\+?[ \t-]{0,2}(?:students?|children|child|kids|pupils|clients?|adults?|people|persons|individuals|learners|patients|youth|young|teens?|community|communities|services?|education|schools?|centres?|centers?|awareness|rights|clinics?|units?|programs?|programmes?|customers?|users|employees|staff|colleagues|veterans|populations?|teams?|workforce|talent|hiring|inclusion|charity|charities|access|accessibility|friendly)\b/i;
/** "Teacher of the Deaf", "support for autistic adults", "working with dyslexic pupils". */
const OTHERS_BEFORE = /\b(?:for|with|to|serving|supporting|support|supported|teaching|taught|among)[ \t]+$/i;
/** "my disability", "I have a disability", "living with a disability". */
const MY_DISABILITY = /\b(?:my|I have an?|I live with an?|living with an?)[ \t]+$/i;
/** "I am disabled", "I'm disabled". */
const I_AM = /\bI(?:'m|’m| am)[ \t]+$/i;

/**
 * The span of a trait word at token `i` ({@link TRAIT}), as [first token, last token], or null where it
 * states no trait of the candidate. Trait words written together go in one span ("gay and lesbian").
 */
function traitSpan(text: string, tokens: readonly Token[], i: number, f: string): [number, number] | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const nextF = next && next.start - t.end <= 3 ? fold(next.text) : '';
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  let a = i;
  let b = i;
  // A group named by the trait ("Pride Network", "Disability Employee Network") is the member's.
  let group = false;
  if (TRAIT_CUED.has(f)) {
    if (f === 'gay') {
      if (t.text === 'GAY') return null;
      if (
        t.text === 'Gay' &&
        !GAY_AFTER.test(text.slice(t.end, t.end + 12)) &&
        !/\bopenly[ \t]+$/i.test(before)
      )
        return null;
    } else if (f === 'wheelchair') {
      if (nextF !== 'user' && nextF !== 'users') return null;
      b = i + 1;
    } else if (f === 'pride' || f === 'disability') {
      if (isCapitalised(t.text) && TRAIT_GROUP.has(nextF)) {
        group = true;
        b = i + 1;
        while (
          tokens[b + 1] &&
          tokens[b + 1]!.start - tokens[b]!.end === 1 &&
          TRAIT_GROUP_ON.has(fold(tokens[b + 1]!.text))
        )
          b++;
      } else if (f === 'pride' || !MY_DISABILITY.test(before)) return null;
    } else if (f === 'ostem') {
      if (t.text !== 'oSTEM') return null;
    } else if (f === 'impaired' || f === 'impairment' || f === 'blind') {
      const p = prev ? fold(prev.text) : '';
      // "impairment" only of the writer's own ("I live with a hearing impairment", "my visual impairment").
      if (
        f === 'impairment' &&
        (!prev || !MY_DISABILITY.test(text.slice(Math.max(0, prev.start - 24), prev.start)))
      )
        return null;
      if (
        !(f === 'blind'
          ? p === 'legally'
          : p === 'hearing' ||
            p === (f === 'impaired' ? 'visually' : 'visual') ||
            (f === 'impairment' && p === 'sight'))
      )
        return null;
      if (t.start - prev!.end !== 1) return null;
      a = i - 1;
    } else if (f === 'disabled') {
      if (nextF === 'veteran') b = i + 1;
      else if (!I_AM.test(before)) return null;
    }
  }
  const from = tokens[a]!.start;
  if (!group && OTHERS_BEFORE.test(text.slice(Math.max(0, from - 24), from))) return null;
  // Trait words joined by "and", "&", "/" or a comma go together ("gay and lesbian", "LGBTQ+/queer";
  // "Gay Pride": the cause the capitalised word opens).
  for (;;) {
    let k = b + 1;
    let n = tokens[k];
    if (!n) break;
    let gap = text.slice(tokens[b]!.end, n.start);
    if (gap === ' ' && n.text === 'and' && tokens[k + 1]) {
      k++;
      n = tokens[k]!;
      gap = text.slice(tokens[k - 1]!.end, n.start);
      if (gap !== ' ') break;
    } else if (!/^\+?[ \t]?[/,&]?[ \t]?$/.test(gap) || gap === '') break;
    const nf = fold(n.text);
    if ((TRAIT.has(nf) && !TRAIT_CUED.has(nf)) || (nf === 'pride' && f === 'gay')) b = k;
    else break;
  }
  const last = tokens[b]!;
  // "the Deaf", "the blind": the word used as a noun names others ("the gay and lesbian alliance" does not).
  if (
    !group &&
    /\bthe[ \t]+$/i.test(text.slice(Math.max(0, from - 5), from)) &&
    !/^\+?[ \t]+\p{L}/u.test(text.slice(last.end, last.end + 3))
  )
    return null;
  if (!group && OTHERS_AFTER.test(text.slice(last.end, last.end + 24))) return null;
  if (isCapitalised(tokens[a]!.text) && institutionAfter(text, last.end)) return null;
  return [a, b];
}

/** Nationalities of immigrant countries that a people's name comes before ("Korean American"). */
const DIASPORA = set('american americans canadian canadians australian australians');
/**
 * A community's organisation after such a pair ("Polish American Society", "Korean American
 * Association"); any other capitalised word makes a firm of it ("British American Tobacco").
 */
const DIASPORA_ORG =
  /^[ \t](?:Society|Association|Club|Council|Chamber|Forum|Federation|League|Alliance|Foundation|Center|Centre|Network|Congress|Union|Committee)\b/;
/**
 * Two-word ethnic and religious terms: the first word, and the words that may follow it. ("Seventh-day
 * Adventist": masking "Adventist" alone would leave "Seventh-day" to name the faith.)
 */
const ETHNIC_PAIRS = new Map<string, Set<string>>([
  ['seventh-day', set('adventist adventists')],
  ['latter-day', set('saint saints')],
  ["jehovah's", set('witness witnesses')],
  ['african', set('american americans caribbean caribbeans')],
  ['native', set('american americans hawaiian hawaiians alaskan alaskans')],
  // Before a people noun "Asian" is the members' race ("Society of Asian Scientists and Engineers",
  // "Asian Students Association"); alone it is a region's adjective ("Asian markets", "Asian Paints").
  [
    'asian',
    set(`
      american americans students student women woman men scientists engineers professionals employees
      leaders community communities heritage alumni youth scholars nurses physicians lawyers entrepreneurs
    `),
  ],
  ['pacific', set('islander islanders')],
  // "British Asian" is an ethnic group of Britain's census (masking "British" alone would leave "Asian").
  ['british', set('asian asians')],
  // "Indigenous Peoples network", "Indigenous Australians": only capitalised ("indigenous plants" stays).
  [
    'indigenous',
    set(`
      peoples people australian australians canadian canadians students student women men youth community
      communities heritage engineers professionals leaders alumni scholars employees
    `),
  ],
  // A Catholic institution and a Jewish coming of age, named by two words ("Opus Dei", "Bar Mitzvah").
  ['opus', set('dei')],
  ['bar', set('mitzvah mitzvahs')],
  ['bat', set('mitzvah mitzvahs')],
  ['alaska', set('native natives')],
  ['first', set('nations')],
  // An ethnic group of Ireland and Britain (the census's "Gypsy or Irish Traveller"): "Irish" alone would
  // leave "Traveller" to say it.
  ['irish', set('traveller travellers traveler travelers')],
  ['gypsy', set('traveller travellers traveler travelers')],
  [
    'black',
    set(`
      students student women woman men man girls boys youth alumni engineers professionals employees
      lawyers nurses physicians doctors scientists entrepreneurs leaders community communities caucus
      teachers educators academics
      heritage history lives british american americans african africans caribbean caribbeans canadian canadians
    `),
  ],
]);
/**
 * Religious orders and fraternities whose name opens with an ordinary word: the first word, and what must
 * follow it ("Knights of Columbus", a Catholic fraternity: the location recognizer would mask "Columbus" alone
 * and leave "Knights of" to say it).
 */
const FAITH_ORDERS = new Map<string, RegExp>([
  ['knights', /^[ \t](?:of|OF)[ \t](?:Columbus|COLUMBUS|Peter Claver|PETER CLAVER)\b/],
]);
/**
 * Form fields whose value is a protected trait ("Caste: OBC", "Religion: Pentecostal", "Race: Asian"):
 * the value is masked whatever it says (Indian resumes state caste and community this way). European
 * CVs write the same fields in their own languages ("Staatsangehörigkeit: deutsch", "Nationalité :
 * française", "Nacionalidad: española", "Konfession: evangelisch"); their values are lower-case
 * adjectives that no nationality list holds. Folded forms (no diacritics).
 */
const FIELD =
  set(`caste subcaste sub-caste religion nationality citizenship ethnicity race community domicile tribe
  staatsangehorigkeit nationalitat staatsburgerschaft konfession religionszugehorigkeit nationalite citoyennete
  nacionalidad ciudadania religion nazionalita cittadinanza religione nationaliteit religie nacionalidade
  religiao medborgarskap nationalitet kansalaisuus obywatelstwo narodowosc uyruk uyrugu dini
  kewarganegaraan agama warganegara kerakyatan bangsa kaum keturunan suku etnis`);
/**
 * "Category: OBC-NCL": Indian resumes and forms state the caste's reservation category under a plain
 * "Category" label. Such a field's value is masked only when it is one of the categories (a general
 * label otherwise: "Category: Full-time").
 */
const CATEGORY_FIELD = set('category');
const CASTE_CATEGORY =
  /^(?:OBC(?:[- ]?\(?N?CL\)?)?|SC|ST|SC\/ST|EWS|MBC|BC|SBC|DNT|VJNT|NT(?:-[A-D])?|GEN(?:ERAL)?|General|UR|Unreserved)$/;

/**
 * The voluntary self-identification questions of US application forms (EEO: gender, sexual orientation,
 * disability, veteran status; and the military status of Egyptian and other resumes, "Military Status:
 * Exempted", "Military service: completed", which only men state, as Korean, Turkish ("Askerlik Durumu: Muaf") and
 * Greek resumes state it, the colon required since "MILITARY SERVICE" heads US veterans' jobs; the political status of
 * Chinese resumes, "Political status: CPC member"; and a resume's pronouns field, "Pronouns: they/them"), as ATS pages show the answers: "Label: answer" at a line's start or after a
 * bar, or the label on a line of its own and the answer on the next. The whole answer goes ("Yes, I have a disability (or previously had
 * a disability)"): any word of it states the trait.
 */
const SELF_ID =
  /[ \t]*((?:(?:What is|What's|Please (?:select|indicate|identify)) your |Are you an? |Do you have an? |Do you identify as an? )?(?:(?:Sex|Gender)[ \t]?(?:\/|&|and)[ \t]?Age|Age[ \t]?(?:\/|&|and)[ \t]?(?:Sex|Gender)|Gender(?: identity)?|Sex|Sexual orientation|Disability(?: status)?|(?:Protected )?Veteran(?: status)?|Veteran(?:s|['’]s|s['’])?[ \t]Preference|Military (?:service )?status|Military service(?=[ \t]*[:：])|Askerlik(?: durumu)?(?=[ \t]*[:：])|(?:Servizio militare|Servicio militar|Service militaire|Service national|Wehrdienst|Zivildienst|Wehr-[ \t]?\/[ \t]?Zivildienst)(?=[ \t]*[:：])|Political (?:status|affiliation)|Party (?:membership|affiliation)|Transgender(?: status)?|Are you transgender\??|(?:Preferred |My )?Pronouns))[ \t]*(?:([:：])[ \t]*|\??[ \t]*\r?\n[ \t]*|(?<=\t|[ \t]{3}))([^\s:：][^\r\n]{0,119})/iuy;
/**
 * The race and ethnicity questions of the same forms with the answer on the next line ("Race\nAsian",
 * "Are you Hispanic/Latino?\nYes"), as ATS pages lay out a label above its answer. "Race: Asian" is
 * a {@link FIELD}'s value already, up to a comma or bar; the label alone on its line is asked here.
 */
const SELF_ID_RACE =
  /[ \t]*((?:(?:What is|What's|Please (?:select|indicate|identify)) your )?(?:Race(?:[ \t]*\/[ \t]*Ethnicity)?|Ethnicity)|Are you Hispanic(?:\/| or )Latino\??)[ \t]*\??[ \t]*\r?\n[ \t]*([^\s:：][^\r\n]{0,119})/iuy;
/**
 * First words of {@link SELF_ID}'s and {@link SELF_ID_RACE}'s labels, lower-cased ("What is your …", "Are you
 * …", "Gender", "Race"): a line that opens with another word is not tried (page text has a line per run).
 */
const SELF_ID_FIRST = new Set(
  'what please are do age gender sex sexual disability protected veteran veterans military askerlik political party transgender preferred my pronouns race ethnicity servizio servicio service wehrdienst zivildienst wehr'.split(
    ' ',
  ),
);
const isBlank = (c: number) => c === 32 || c === 9;
/** A bar, or two spaces and another field's label with its colon, on the answer's line. */
const NEXT_FIELD = /[ \t]*\||[ \t]{2,}\p{Lu}[\p{L}'’. ]{1,30}[:：]/u;
/**
 * A full stop, semicolon or comma, one space and a capitalised label with its colon inside an answer
 * ("Sexual orientation: gay. Disability: none"): the answer ends there when the label is one of
 * {@link SELF_ID}'s, which is then read as a field of its own.
 */
const PUNCT_FIELD = /[.;,](?=[ \t]\p{Lu}[\p{L}'’ ]{1,30}[:：])/gu;

/** Where in `value` (at `at` in the text) another self-identification field begins after punctuation, or -1. */
function punctField(text: string, value: string, at: number): number {
  if (!value.includes(':') && !value.includes('：')) return -1;
  for (const p of scanAll(value, PUNCT_FIELD)) {
    SELF_ID.lastIndex = at + p.index + 1;
    if (SELF_ID.test(text)) return p.index;
  }
  return -1;
}
/** The lower-cased run of ASCII letters at `k` (at most 12), or '' when a letter past ASCII opens it. */
function firstWord(text: string, k: number): string {
  let e = k;
  for (; e < text.length && e - k <= 12; e++) {
    const c = text.charCodeAt(e) | 32;
    if (c < 97 || c > 122) break;
  }
  return text.slice(k, e).toLowerCase();
}

/**
 * Where a label of {@link SELF_ID} may begin: the start of the text, of each line and after each "|",
 * past spaces and tabs, where one of the labels' first letters stands.
 */
function selfIdStarts(text: string): number[] {
  const out: number[] = [];
  const at = (i: number) => {
    let k = i;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    // "- Military Status: Completed", "• Gender: Male": a bullet of a personal-data list, then the label.
    const b = text.charCodeAt(k);
    if (
      (b === 45 || b === 42 || b === 0x2022 || b === 0xb7 || b === 0x2013) &&
      isBlank(text.charCodeAt(k + 1))
    ) {
      k++;
      while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
      if (SELF_ID_FIRST.has(firstWord(text, k))) out.push(k);
      return;
    }
    // (A letter past ASCII is left to the patterns: their case-insensitive Unicode match decides.)
    if (text.charCodeAt(k) > 127 || SELF_ID_FIRST.has(firstWord(text, k))) out.push(i);
  };
  // "Personal: Sex: F | Age: 34": a personal section's label that opens the line, then the fields on it.
  const lead = (i: number) => {
    PERSONAL_LEAD.lastIndex = i;
    if (PERSONAL_LEAD.test(text)) at(PERSONAL_LEAD.lastIndex);
  };
  at(0);
  lead(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    at(i + 1);
    if ((text.charCodeAt(i + 1) | 32) === 112) lead(i + 1);
  }
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) at(i + 1);
  return out;
}
/** A personal section's label and its colon at a line's start ("Personal:", "Personal details:"). */
const PERSONAL_LEAD =
  /[Pp]ersonal(?:[ \t](?:[Dd]etails|[Ii]nformation|[Dd]ata|[Ii]nfo|[Pp]articulars))?[ \t]?:[ \t]*/y;

/**
 * A political party named by its ideology before "Party" ("Democratic Party", "Labour Party", "Green
 * Party", "Bharatiya Janata Party"), up to two capitalised words before it ("Social Democratic Party"):
 * membership or volunteering for one states the candidate's politics. The ideology word must be the
 * word right before "Party" ("Third Party Logistics", "Birthday Party" stay).
 */
const PARTY_BEFORE =
  /(?:\p{Lu}[\p{L}'’]+[ \u00a0]){0,2}(?:Democratic|Republican|Conservative|Labour|Labor|Liberal|Green|Socialist|Communist|Libertarian|Progressive|Reform|Nationalist|Pirate|Workers['’]?|People['’]?s|Janata|Aadmi|Christian|Unionist|Independence|Freedom)[ \u00a0]$/u;

function partyNames(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('Party'); i >= 0; i = text.indexOf('Party', i + 5)) {
    if (/[\p{L}\p{N}]/u.test(text[i + 5] ?? '')) continue;
    const m = PARTY_BEFORE.exec(text.slice(Math.max(0, i - 48), i));
    if (m) out.push(span(i - m[0].length, i + 5, 0.8));
  }
  return out;
}

function selfIdentification(text: string): Span[] {
  const out: Span[] = [];
  const starts = selfIdStarts(text);
  for (const at of starts) {
    SELF_ID_RACE.lastIndex = at;
    const race = SELF_ID_RACE.exec(text);
    if (race) {
      const value = race[2]!.replace(/[ \t]+$/, '');
      // As for a one-word label below: a heading ("Race\nFinished the Berlin marathon in 2019.")
      // is followed by a sentence, an answer by a short line.
      if (race[1]!.includes('?') || (value.length <= 40 && !/[.!]$/.test(value))) {
        const start = race.index + race[0].length - race[2]!.length;
        out.push(span(start, start + value.length, 0.8));
      }
      continue;
    }
    SELF_ID.lastIndex = at;
    const m = SELF_ID.exec(text);
    if (!m) continue;
    // "Gender: Female | Race: African | Driver's Licence: Code B", "Sex: Male   Nationality: Kenyan": the
    // answer ends at a bar or at the next field's label on its line.
    const next = NEXT_FIELD.exec(m[3]!);
    let value = (next ? m[3]!.slice(0, next.index) : m[3]!).replace(/[ \t]+$/, '');
    // "gay. Disability: none": the next field after a full stop is read on its own (after its space).
    const valueAt = m.index + m[0].length - m[3]!.length;
    const punct = punctField(text, value, valueAt);
    if (punct >= 0) {
      value = value.slice(0, punct);
      starts.push(valueAt + punct + 1);
    }
    // A one-word label on a line of its own may be a heading ("Disability\nRights advocacy work"):
    // then only a short answer on the next line counts.
    if (!m[2] && !m[1]!.includes(' ') && (value.length > 30 || /[.!]$/.test(value))) continue;
    const start = m.index + m[0].length - m[3]!.length;
    out.push(span(start, start + value.length, 0.8));
  }
  return out;
}

/**
 * The fixed answers of US self-identification forms, wherever they stand (Workday and other ATS pages
 * show them under a question of their own, "Please check one of the boxes below:"): the race and
 * ethnicity categories of OMB's standards (with the "(Not Hispanic or Latino)" that EEO-1 forms add),
 * the answers of OFCCP's disability form CC-305 and the VEVRAA veteran answers. Each is masked to the
 * line's end where a short rest closes its line ("… (or previously had a disability)").
 */
const FORM_ANSWER =
  /(?<![\p{L}\p{N}])(?:(?:Not[ \t])?Hispanic[ \t]or[ \t]Latin[oa](?:\/[ao])?|American[ \t]Indian[ \t]or[ \t]Alaskan?[ \t]Native|Black[ \t]or[ \t]African[ \t]American|Native[ \t]Hawaiian[ \t]or[ \t](?:Other[ \t])?Pacific[ \t]Islander|Two[ \t]or[ \t]More[ \t]Races|Middle[ \t]Eastern[ \t]or[ \t]North[ \t]African|(?:White|Asian)(?=[ \t]\(Not[ \t]Hispanic)|(?:Yes|No),?[ \t]I[ \t](?:have|had|do[ \t]not[ \t]have|don['’]t[ \t]have)[ \t]a[ \t]disability|I[ \t](?:(?:self-)?identify[ \t]as[ \t](?:one[ \t]or[ \t]more[ \t]of[ \t]the[ \t]classifications[ \t]of[ \t])?(?:an?[ \t])?(?:protected[ \t])?veterans?|am[ \t](?:not[ \t])?an?[ \t](?:protected[ \t])?veteran))(?![\p{L}\p{N}])(?:[ \t]\((?:Not[ \t]Hispanic[ \t]or[ \t]Latino|United[ \t]States[ \t]of[ \t]America)\))?/giu;
/** A short rest of the answer's line: the answer goes on to the line's end. */
const ANSWER_REST = /^[^\r\n]{0,80}(?=\r?\n|$)/;
/**
 * Substrings of which every {@link FORM_ANSWER} holds one (the cases forms write), looked for before the
 * pattern is tried on their lines.
 */
const FORM_ANSWER_GATES = [
  'ispanic',
  'ISPANIC',
  'laska',
  'LASKA',
  'frican',
  'FRICAN',
  'slander',
  'SLANDER',
  'Races',
  'races',
  'RACES',
  'isability',
  'ISABILITY',
  'eteran',
  'ETERAN',
];
/** Any of them, in one scan (a line that holds one is tried whole, so the scan goes on at the next line). */
const FORM_ANSWER_GATE = new RegExp(FORM_ANSWER_GATES.join('|'), 'g');

/**
 * A refusal, or a race alone, on the line under a question about race, ethnicity, gender, veteran
 * or disability status (the question ends in "?" or ":"): "Please select the ethnicity that best
 * describes you:\nI don't wish to answer", "…race?\nWhite".
 */
const LONE_ANSWER =
  /[ \t]*((?:White|Asian|Black|I[ \t]don['’]t[ \t]wish[ \t]to[ \t](?:answer|self-identify)|I[ \t]do[ \t]not[ \t](?:wish|want)[ \t]to[ \t](?:answer|self-identify)|Decline[ \t]to[ \t](?:self[- ]identify|answer|state)|(?:I[ \t])?prefer[ \t]not[ \t]to[ \t](?:say|answer|disclose)|I[ \t]choose[ \t]not[ \t]to[ \t](?:disclose|answer|self-identify))(?:[ \t]\([^()\r\n]{1,40}\))?)\.?[ \t]*(?=\r?\n|$)/iy;
const LONE_FIRST = new Set([...'WABIDPwabidp'].map((c) => c.charCodeAt(0)));
/** A self-identification question's line: a trait's word, then "?" or ":" at its end. */
const TRAIT_QUESTION =
  /\b(?:race|races|racial|ethnicity|ethnic|hispanic|latin[oa]|veteran|disability|gender|sex|sexual orientation)\b[^\n]*[?:：][ \t]*\r?$/i;

/** The fixed form answers ({@link FORM_ANSWER}) and the lone answers under a trait question ({@link LONE_ANSWER}). */
function formAnswers(text: string): Span[] {
  const out: Span[] = [];
  // The lines that hold a gate's substring, each scanned once.
  const lines = new Map<number, number>();
  FORM_ANSWER_GATE.lastIndex = 0;
  for (let g = FORM_ANSWER_GATE.exec(text); g; g = FORM_ANSWER_GATE.exec(text)) {
    const i = g.index;
    const from = text.lastIndexOf('\n', i) + 1;
    const eol = text.indexOf('\n', i);
    if (!lines.has(from)) lines.set(from, eol < 0 ? text.length : eol);
    // The rest of the line is read once: the next gate is looked for on the next line.
    if (eol < 0) break;
    FORM_ANSWER_GATE.lastIndex = eol;
  }
  for (const [from, to] of lines) {
    const line = text.slice(from, to);
    FORM_ANSWER.lastIndex = 0;
    for (let m = FORM_ANSWER.exec(line); m; m = FORM_ANSWER.exec(line)) {
      const rest = ANSWER_REST.exec(line.slice(m.index + m[0].length));
      const end = m.index + m[0].length + (rest ? rest[0].trimEnd().length : 0);
      out.push(span(from + m.index, from + end, 0.8));
    }
  }
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    // The line before must end with "?" or ":" (TRAIT_QUESTION): most lines are ruled out by that one character.
    let q = nl - 1;
    while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 13))
      q--;
    const end = text.charCodeAt(q);
    if (end !== 63 && end !== 58 && end !== 0xff1a) continue;
    let k = nl + 1;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    if (!LONE_FIRST.has(text.charCodeAt(k))) continue;
    LONE_ANSWER.lastIndex = nl + 1;
    const m = LONE_ANSWER.exec(text);
    if (!m) continue;
    const question = text.slice(Math.max(text.lastIndexOf('\n', nl - 1) + 1, nl - 300), nl);
    if (!TRAIT_QUESTION.test(question)) continue;
    out.push(span(k, k + m[1]!.length, 0.8));
  }
  return out;
}

/**
 * A field's separator, then its value: up to four words on the line, before a comma, bar or bracket, and
 * a second or third value after "/" ("Nationality: German / Turkish").
 */
const FIELD_VALUE =
  /^([ \t]?[:：-][ \t]*|(?:\t|[ \t]{3})[ \t]{0,27})([^\s,;|()/:：]+(?:[ \t][^\s,;|()/:：]+){0,3}(?:[ \t]?\/[ \t]?[^\s,;|()/:：]+){0,2})[ \t]*(?=$|[\r\n,;|(/]|[ \t]{2})/u;
/** A short bracket closed on the line right after a field's value ("Christian (Syro-Malabar)"). */
const FIELD_BRACKET = /^[ \t]?\([^()\r\n]{1,40}\)/;
/** What stands before a field name that starts a line (or a column: two spaces, a bar). */
const LINE_START = /(?:^|[\r\n|]|[ \t]{2})[ \t]?$/;
/** Citizenship after a country's short name ("U.S. Citizen", "UK national"). */
const CITIZEN = set('citizen citizens citizenship national passport');
/** "national" is a status only at the end of a phrase ("UK national, …"), not before a noun ("US national team"). */
const PHRASE_END = /^(?:$|[ \t]?[,.;:|/)\r\n])/;
const SHORT_COUNTRY = set('us usa u.s u.s.a uk u.k eu');
/** Words after a place of worship's name that make it a street or a town ("Church Street", "Chapel Hill"). */
const NOT_WORSHIP_AFTER =
  /^(?:[ \t]{1,2}(?:st|street|rd|road|ave|avenue|lane|ln|hill|close|row|way|drive|dr|square|sq|end|place|pl|gate|green|walk|crescent|city|stretton)\b|\s?&)/i;
/** Words a place of worship's name may hold besides capitalised ones ("Church of St. John the Baptist"). */
const NAME_GLUE = new Set(['of', 'the', 'and', 'st', 'saint', 'ste', 'san', 'al', 'el', 'de', 'la']);

/**
 * People nouns after, or "I am"/"we are proud" before, a language-like nationality word; or a person's
 * age or marital status before it, as objective statements describe the candidate ("32-year-old married
 * Filipino, open to relocation", "single Tamil, 28 years"). The noun after stands on the word's line: a list's
 * last language before the next line's label ("Telugu, Hindi, English\nNationality : Indian") stays.
 */
const PEOPLE_AFTER =
  /^(?:[ \t\u00a0](?:people|person|persons|man|woman|men|women|boy|girl|national|nationals|citizen|citizens|origin|descent|heritage|nationality|community|family|families|immigrant|immigrants|ancestry|background|roots|parents|mother|father|wife|husband|guy|lady|folks?))\b/i;
const PEOPLE_BEFORE =
  /\b(?:i am|i'm|we are|we're|he is|she is|they are|am|proud|half|nationality|citizenship|ethnicity|race|born)[\s:-]{1,3}(?:an?\s)?$/i;
/** A marital status or an age one space before the word ("married Filipino", "28 years old single Tamil"). */
const STATUS_BEFORE =
  /\b(?:married|unmarried|single|divorced|widowed|widow|widower|years?[ -]old|yrs?[ -]old)[ \t]$/i;
/** What ends the description after such a word: a punctuation mark or the line's end ("… Filipino, open to …"). */
const STATUS_END = /^[ \t]*(?:[,;.)]|\r?\n|$)/;

function aboutPeople(text: string, start: number, end: number): boolean {
  if (/s$/.test(text.slice(start, end)) && !LANGUAGES.has(fold(text.slice(start, end)))) return true; // "the Danes"
  const before = text.slice(Math.max(0, start - 24), start);
  return (
    PEOPLE_AFTER.test(text.slice(end, end + 20)) ||
    PEOPLE_BEFORE.test(before) ||
    (STATUS_BEFORE.test(before) && STATUS_END.test(text.slice(end, end + 4)))
  );
}

const LANG_BEFORE =
  /(?:languages?(?:\(s\))?|fluent|fluency|speak|speaks|spoken|written|read|write|proficien\w*|knowledge|mother ?tongues?(?:\(s\))?|native|bachelor\w*|master\w*|\bb\.?\s?a\b\.?|\bm\.?\s?a\b\.?|\(hons\)|degree|credential|arts|teacher|teaching|taught|teach|tutored|major|minor|in|of|from|into|to|and|&|,|\/|:)[\s:;,-]{0,3}$/i;
const LANG_AFTER =
  /^[\s,/&:()·–—-]{0,4}(?:$|and\b|or\b|\p{Lu}\p{Ll}+\s?[,&/]|good|native|fluent|beginner|intermediate|basic|advanced|proficient|excellent|technical|(?<=[–—:(-][ \t]{0,2})(?:professional|conversational|working|elementary|limited|spoken|written)\b|level|education|studies|literature|debate|teacher|grammar|medium|language|speaking|speaker|translation|translator|interpreter|interpreting|interpretation|tutor|instructor|lecturer|linguist|proofreader|copywriter|locali[sz]ation|transcription|subtitl\w*|fluency|proficiency|mother|[abc][12]\b|\(|,|\/|&)/iu;

const LANG_ALT = [...LANGUAGES].join('|');
/** Another language name right beside it ("Russian Ukrainian English", "level of German"). */
const LANG_NEIGHBOUR_BEFORE = new RegExp(`\\b(?:${LANG_ALT}|level of|languages?)\\s{1,3}$`, 'i');
const LANG_NEIGHBOUR_AFTER = new RegExp(`^\\s{1,3}(?:${LANG_ALT})\\b`, 'i');

/** True where a language-like word names a language (lists, proficiency, degrees, "from English"). */
function languageUse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  return (
    LANG_BEFORE.test(before) ||
    LANG_AFTER.test(after) ||
    LANG_NEIGHBOUR_BEFORE.test(before) ||
    LANG_NEIGHBOUR_AFTER.test(after) ||
    glossOfLanguage(before, after)
  );
}

/** A word right before an opening bracket ("Español (", "Français ("). */
const WORD_BEFORE_BRACKET = /(\p{L}+)[ \t]?\($/u;

/** True for a language's English name in brackets after its own name ("Español (Spanish)", "Français (French)"). */
function glossOfLanguage(before: string, after: string): boolean {
  if (before.charCodeAt(before.length - 1) !== 40 || after.charCodeAt(0) !== 41) return false;
  const m = WORD_BEFORE_BRACKET.exec(before);
  return m !== null && isLanguageName(m[1]!);
}

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'NRP', score, recognizer: 'nrp' };
}

function nationality(f: string): boolean {
  const nat = lexicon('nationalities');
  if (nat.has(f) || NATIONAL_EXTRA.has(f)) return true;
  if (NATIONAL_EXTRA.has(f.replace(/(?:es|s)$/, '')) || NATIONAL_EXTRA.has(f.replace(/s$/, ''))) return true;
  const stem = f.replace(/(?:s|es)$/, '');
  if (nat.has(stem) || nat.has(f.replace(/s$/, ''))) return true;
  return /(?:man|men|mans)$/.test(f) && nat.has(f.replace(/(?:man|men|mans)$/, ''));
}

/** What may follow a nationality in one hyphenated word and make it a person's origin ("German-born"). */
const ORIGIN_TAIL = set('born raised bred descended');

/**
 * A hyphenated word (folded) that states an origin: a nationality, ethnic term or people's language
 * joined to another one or to "born"/"raised" ("Turkish-American", "Korean-Canadian", "German-born").
 * Not a pair of languages ("German-English", a translator's skill).
 */
function hyphenOrigin(f: string): boolean {
  const cut = f.indexOf('-');
  if (cut < 3 || f.indexOf('-', cut + 1) >= 0) return false;
  const a = f.slice(0, cut);
  const b = f.slice(cut + 1);
  // (A language names a people too: "Korean-Canadian", "Korean-born".)
  if (!(nationality(a) || ETHNIC.has(a) || LANGUAGES.has(a))) return false;
  if (ORIGIN_TAIL.has(b)) return true;
  if (!(nationality(b) || ETHNIC.has(b) || LANGUAGES.has(b))) return false;
  // Two languages with English is a translator's pair; two others are a people's as often ("Turkish-German"),
  // unless translating is said beside them ({@link LANGUAGE_PAIR_AROUND}).
  return !(LANGUAGES.has(a) && LANGUAGES.has(b) && (a === 'english' || b === 'english'));
}

/** Translating or interpreting beside a pair of languages ("German-French translator", "Translation: Turkish-German"). */
const LANGUAGE_PAIR_AROUND = /translat|interpret|locali[sz]|dictionar|subtitl|bilingual/i;

/** True when the hyphenated word is two languages (not English) said beside translating: a skill, not an origin. */
function translatedPair(text: string, t: Token, f: string): boolean {
  const cut = f.indexOf('-');
  if (!LANGUAGES.has(f.slice(0, cut)) || !LANGUAGES.has(f.slice(cut + 1))) return false;
  const lineStart = text.lastIndexOf('\n', t.start) + 1;
  const lineEnd = text.indexOf('\n', t.end);
  return LANGUAGE_PAIR_AROUND.test(
    text.slice(Math.max(lineStart, t.start - 60), lineEnd < 0 ? t.end + 60 : Math.min(lineEnd, t.end + 60)),
  );
}

/**
 * A thing or an organisation after a hyphenated origin (perhaps after one more word): then it describes
 * that, not a person ("a Swiss-Swedish multinational", "an Italian-American restaurant").
 */
const THING_AFTER =
  /^\s(?:[a-z]+\s)?(?:multinationals?|compan(?:y|ies)|corporations?|firms?|restaurants?|cuisine|food|bank|group|treaty|relations|border|war|trade|cooperation|partnership|joint|ventures?|films?|co-?productions?|productions?|conglomerates?|manufacturers?|brands?|chains?|business(?:es)?|enterprises?|agreements?|alliances?|bakery|startups?|markets?|projects?|consortium|collaborations?|exchanges?|chamber|institutes?|schools?|universit(?:y|ies)|academy|organi[sz]ations?)\b/i;

/**
 * Capitalised words after a nationality that name a community of people, not an employer ("Turkish
 * Students Association"); in lower case they are a topic ("attitudes of Chinese students").
 */
const AFFINITY_AFTER =
  /^[ \t]{1,2}(?:Students?|STUDENTS?|Alumni|ALUMNI|Community|Communities|COMMUNITY|Cultural|CULTURAL|Heritage|Diaspora|Professionals|Women|WOMEN|Youth|Scholars)\b/;

/** Lower-cased first three or four characters as one number (exact for ASCII letters). */
const triple = (a: number, b: number, c: number) => ((a | 32) << 14) | ((b | 32) << 7) | (c | 32);
const quad = (a: number, b: number, c: number, d: number) => (triple(a, b, c) << 7) | (d | 32);

interface TermStarts {
  /** First three letters of every term. */
  three: Set<number>;
  /** The same as a bit set (a word is ruled out by its first three letters with one look-up). */
  threeBits: Uint32Array;
  /** Terms of exactly three letters. */
  short: Set<number>;
  /** First four letters of every longer term. */
  four: Set<number>;
}

let startsOf: Set<string> | undefined;
let starts: TermStarts | null = null;

/**
 * How the terms (and the nationalities) start, or null when some term is shorter than three
 * letters (then no word is ruled out by its start). Rebuilt when the word lists are replaced.
 */
function termStarts(): TermStarts | null {
  const nat = lexicon('nationalities');
  if (startsOf !== nat) {
    startsOf = nat;
    const out: TermStarts = {
      three: new Set(),
      threeBits: new Uint32Array(1 << 16),
      short: new Set(),
      four: new Set(),
    };
    let ok = true;
    for (const terms of [
      RELIGION,
      POLITICAL,
      ETHNIC,
      NATIONAL_EXTRA,
      WORSHIP,
      FAITH,
      ETHNIC_PAIRS.keys(),
      FAITH_ORDERS.keys(),
      FIELD,
      CATEGORY_FIELD,
      CITIZEN,
      TRAIT,
      nat,
    ])
      for (const w of terms) {
        if (w.length < 3) {
          ok = false;
          continue;
        }
        const t = triple(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
        out.three.add(t);
        out.threeBits[t >>> 5]! |= 1 << (t & 31);
        if (w.length === 3) out.short.add(t);
        else out.four.add(quad(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3)));
      }
    starts = ok ? out : null;
  }
  return starts;
}

/**
 * False when the word's start rules out every term. A word starting with ASCII letters folds to
 * those letters in lower case, and so does every form of it looked up in {@link candidate} (suffixes
 * are only cut off): a term equal to one of them starts the same way, or is its first three letters.
 */
function mayStartTerm(word: string, s: TermStarts | null): boolean {
  const a = word.charCodeAt(0);
  // A word with a digit is no term ({@link candidate}): numbers and dates are ruled out by their first one.
  if (a >= 48 && a <= 57) return false;
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  if (!isAsciiLetter(a) || !isAsciiLetter(b) || !isAsciiLetter(c)) return true;
  if (!s) return true;
  const t = triple(a, b, c);
  if ((s.threeBits[t >>> 5]! & (1 << (t & 31))) === 0) return false;
  // A word of three letters ("and") can only be a term of three letters: every term has three or
  // more, and its other forms are the word with an ending cut off.
  if (word.length === 3) return s.short.has(t);
  const d = word.charCodeAt(3);
  if (!isAsciiLetter(d)) return s.three.has(triple(a, b, c));
  return s.four.has(quad(a, b, c, d)) || s.short.has(triple(a, b, c));
}

/** True when the word starts with a language's name ("Korean-Canadian"). */
function mayStartLanguage(word: string): boolean {
  const cut = word.indexOf('-');
  return LANGUAGES.has(fold(word.slice(0, cut)));
}

/**
 * Cheap pre-check, memoised per word: could this token's word be an NRP term at all? `s` is
 * {@link termStarts}, looked up once per text.
 */
function candidate(t: Token, s: TermStarts | null): boolean {
  // Earlier recognizers attach most tokens' entries: then the kept answer is one field read.
  const known = t.info?.nrp;
  if (known !== undefined) return known;
  // (A hyphenated origin may start with a language, which no term starts like: "Korean-Canadian".)
  if (!mayStartTerm(t.text, s) && !(t.text.indexOf('-') >= 3 && mayStartLanguage(t.text))) {
    if (t.info) t.info.nrp = false;
    return false;
  }
  // Every NRP term starts with a letter; most resume words are short function words or ASCII lower-case
  // words we have seen before, so the memo answers almost all calls.
  const info = tokenInfo(t);
  let v = info.nrp;
  if (v === undefined) {
    const word = t.text;
    const f = fold(word);
    v =
      !/\d/.test(word) &&
      (RELIGION.has(f) ||
        POLITICAL.has(f) ||
        ETHNIC.has(f) ||
        WORSHIP.has(f) ||
        FAITH.has(f) ||
        ETHNIC_PAIRS.has(f) ||
        FAITH_ORDERS.has(f) ||
        FIELD.has(f) ||
        CATEGORY_FIELD.has(f) ||
        CITIZEN.has(f) ||
        TRAIT.has(f) ||
        nationality(f) ||
        hyphenOrigin(f));
    info.nrp = v;
  }
  return v;
}

/** A field of work after the term ("Iraqi construction law", "Islamic banking", "Kenyan laws"): a skill, not a trait. */
const DOMAIN_AFTER =
  /^\s{1,2}(?:and\s[\p{L}-]+\s{1,2})?(?:[\p{L}-]+\s)?(?:law|laws|legislation|banking|finance|literature|history|studies|cuisine|markets?|culture|politics|affairs|economy|economics|arts?|music|architecture|philosophy|theology|jurisprudence|regulations?|tax|taxation|accounting|standards|gaap)\b/iu;

/** Up to five capitalised words (and "of", "for", "and", "&" between them) after a word. */
const CAPITALISED_RUN = /^(?:[ \t]{1,2}(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|for|and|&)){1,6}/u;

/** True when the capitalised words right after `end` hold an organisation noun ("… Computing Center"). */
function orgNameAfter(text: string, end: number): boolean {
  // "American Red Cross", "Kenya Red Cross Society": the relief society named by its country, which
  // certifies first aid, CPR and lifeguards on many resumes.
  if (text.startsWith(' Red C', end) && RED_CROSS.test(text.slice(end, end + 16))) return true;
  const run = CAPITALISED_RUN.exec(text.slice(end, end + 90));
  if (!run) return false;
  return run[0]
    .trim()
    .split(/\s+/)
    .some((w) => isOrgTail(w.replace(/[.,]+$/, '')));
}

/** " Red Cross" or " Red Crescent" as words. */
const RED_CROSS = /^ Red C(?:ross|rescent)(?![\p{L}])/u;

/** True when the token and up to two capitalised words after it (one space apart) name a known employer. */
function knownCompanyFrom(text: string, tokens: readonly Token[], i: number): boolean {
  let phrase = tokens[i]!.text;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const next = tokens[k]!;
    if (!textIs(text, tokens[k - 1]!.end, next.start, ' ') || !/^\p{Lu}/u.test(next.text)) return false;
    phrase += ` ${next.text}`;
    if (isKnownCompany(phrase)) return true;
  }
  return false;
}

/** True when only one space (or "St. "'s full stop and a space) stands between two tokens. */
function joined(text: string, left: Token, right: Token): boolean {
  return (
    textIs(text, left.end, right.start, ' ') ||
    (textIs(text, left.end, right.start, '. ') && /^(?:St|Ste|Mt)$/.test(left.text))
  );
}

/** Up to two capitalised words, then an organisation's word of {@link DIASPORA_ORG} ("… Business Association"). */
const ASIAN_ORG_AFTER = new RegExp(
  `^(?:[ \\t]\\p{Lu}[\\p{L}&'’.-]*){0,2}${DIASPORA_ORG.source.slice(1)}`,
  'u',
);
/** A region's word before "Asian" ("South Asian", "Southeast Asian"). */
const ASIAN_REGION = /^(?:South|East|Southeast|South-East|West|Central|SOUTH|EAST|SOUTHEAST|WEST|CENTRAL)$/;
/** End of a two-word ethnic term starting at token i ("African American", "Black women"), or 0. */
function ethnicPair(text: string, tokens: readonly Token[], i: number, f: string): number {
  const after = ETHNIC_PAIRS.get(f);
  const next = tokens[i + 1];
  if (!after || !next || !textIs(text, tokens[i]!.end, next.start, ' ')) return 0;
  if (!after.has(fold(next.text))) return 0;
  // "first nations" and "native american" read as the peoples only when capitalised.
  if ((f === 'first' || f === 'native') && !(isCapitalised(tokens[i]!.text) && isCapitalised(next.text)))
    return 0;
  if ((f === 'indigenous' || f === 'opus') && !isCapitalised(tokens[i]!.text)) return 0;
  // "Irish Traveller" the people; "an Irish traveller" on a trip is the nationality's word alone.
  if ((f === 'irish' || f === 'gypsy') && !isCapitalised(next.text)) return 0;
  return next.end;
}

/** Places of worship whose own name follows the word ("Masjid Al-Noor", "Congregation Beth Israel"). */
const NAME_AFTER = new Set(['masjid', 'gurdwara', 'gurudwara', 'mandir', 'congregation']);

/**
 * The tokens of a capitalised place of worship's whole name around token i ("St. Mark's Lutheran
 * Church", "Church of Jesus Christ of Latter-day Saints"), or [-1, -1] for a street or town named after
 * one ("Church Street", "Chapel Hill") or a firm ("Church & Dwight").
 */
function worshipName(text: string, tokens: readonly Token[], i: number, f: string): [number, number] {
  if (NOT_WORSHIP_AFTER.test(text.slice(tokens[i]!.end, tokens[i]!.end + 12))) return [-1, -1];
  const fits = (t: Token) => isCapitalised(t.text) || NAME_GLUE.has(t.text.toLowerCase());
  let a = i;
  while (a > 0 && i - a < 6 && joined(text, tokens[a - 1]!, tokens[a]!) && fits(tokens[a - 1]!)) a--;
  let b = i;
  const next = tokens[i + 1];
  if (next && (next.text === 'of' || NAME_AFTER.has(f))) {
    while (
      b + 1 < tokens.length &&
      b - i < 8 &&
      joined(text, tokens[b]!, tokens[b + 1]!) &&
      fits(tokens[b + 1]!)
    )
      b++;
  }
  // One English word before a glue word is the sentence's ("Member of Hope Church", "Visited the
  // Church of St. John"; "Our Lady of Lourdes Church" keeps its name).
  const w = tokens[a]!;
  if (a + 1 < i && !isCapitalised(tokens[a + 1]!.text) && (isOrdinaryWord(w) || looksLikeWord(w.text))) a++;
  // Glue words at either end belong to the sentence ("at the", "of").
  while (a < i && !isCapitalised(tokens[a]!.text)) a++;
  while (b > i && !isCapitalised(tokens[b]!.text)) b--;
  return [a, b];
}

/**
 * Memberships that state politics or orientation with no ideology's or trait's word: a Chinese resume's
 * "Party member (CPC)", "CPC member", "member of the Communist Party" (the party's words are masked by
 * the political rules; "Party member" alone says which party as plainly), and LGBTQ+ professional
 * groups named by "Out" ("Out in Tech", "Out & Equal", "Out in Science").
 */
const MEMBERSHIP =
  /\b(?:(?:CPC|CCP|Party|PARTY)[ \t]+(?:member|MEMBER|membership)(?:[ \t]*\((?:CPC|CCP)\)|\b)|(?:probationary|full|preparatory)[ \t]+(?:CPC|CCP|Party)[ \t]+member\b)|\bOut(?:[ \t]+in[ \t]+(?:Tech|Science|STEM|Law|Finance|Film|Sport|Engineering)|[ \t]*&[ \t]*Equal)\b/g;

function memberships(text: string): Span[] {
  const out: Span[] = [];
  for (const m of scanAll(text, MEMBERSHIP)) {
    // "Party membership: League member": the field's label, whose answer the self-identification rule masks.
    if (/^[ \t]*[:：]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    out.push(span(m.index, m.index + m[0].length, 0.75));
  }
  return out;
}

/** Capitalised words that open a political body's name before its ideology's word ("Democratic Socialists", "Young Republicans"). */
const POLITICAL_LEAD = new Set(
  'democratic republican social socialist liberal conservative young college green progressive libertarian national new communist labour labor christian'.split(
    ' ',
  ),
);
/** Capitalised words that go on a political body's name after its ideology's word ("Communist Youth League", "Democrats Abroad"). */
const POLITICAL_TAIL = new Set(
  'youth league club clubs committee national caucus abroad alliance association society federation union party international network coalition students front movement organization organisation of'.split(
    ' ',
  ),
);

/**
 * The whole name of a political body around its ideology's word at i: up to two capitalised words of
 * {@link POLITICAL_LEAD} before it, and up to four of {@link POLITICAL_TAIL} after it, "of" and the
 * capitalised words after "of" among them ("Democratic Socialists of America", "Communist Youth League",
 * "Young Republicans Club"): membership states the candidate's politics, and a word left outside the
 * mask ("Democratic") says it as plainly. "of" is taken only before a capitalised word.
 */
function politicalBody(text: string, tokens: readonly Token[], i: number): [number, number] {
  let a = i;
  while (
    a > 0 &&
    i - a < 2 &&
    joined(text, tokens[a - 1]!, tokens[a]!) &&
    isCapitalised(tokens[a - 1]!.text) &&
    POLITICAL_LEAD.has(tokens[a - 1]!.text.toLowerCase())
  )
    a--;
  let b = i;
  while (b + 1 < tokens.length && b - i < 4 && joined(text, tokens[b]!, tokens[b + 1]!)) {
    const n = tokens[b + 1]!;
    if (n.text === 'of') {
      const after = tokens[b + 2];
      if (!after || !joined(text, n, after) || !isCapitalised(after.text)) break;
      b += 2;
      // "of the United States", "of America": the place's words after "of".
      while (
        b + 1 < tokens.length &&
        b - i < 6 &&
        joined(text, tokens[b]!, tokens[b + 1]!) &&
        isCapitalised(tokens[b + 1]!.text)
      )
        b++;
      break;
    }
    if (!isCapitalised(n.text) || !POLITICAL_TAIL.has(n.text.toLowerCase())) break;
    b++;
  }
  return [a, b];
}

/**
 * The first token of the name written before a lower-case place of worship ("ISKCON temple", "Sai
 * Baba temple", "St. Mary's church"): up to three capitalised words joined to it, no ordinary English
 * word ("Visiting temples", "Hope church" keep only the place's word); i itself when there is none.
 */
function namedBefore(text: string, tokens: readonly Token[], i: number): number {
  let a = i;
  while (a > 0 && i - a < 3) {
    const prev = tokens[a - 1]!;
    if (!joined(text, prev, tokens[a]!) || !isCapitalised(prev.text)) break;
    if (isOrdinaryWord(prev) && !/^(?:St|Ste|Sri|Shri|Sree)$/.test(prev.text)) break;
    a--;
  }
  return a;
}

/**
 * Nouns that end the name of a healthcare, school or charity employer named after a faith ("Riverside
 * Methodist Hospital", "Baptist Health", "Catholic Charities", "Lutheran Services Carolinas", "Catholic
 * Relief Services", "Baptist Homes"; {@link SERVICES}), lower-cased; {@link INSTITUTION_SECOND}
 * holds the nouns of two words ("Mercy Medical Center", "Methodist Home Care", "Jewish Family Service").
 */
const INSTITUTION_TAIL = set(`
  hospital hospitals health healthcare hospice clinic clinics care charities university college school
  foundation relief homes
  krankenhaus klinikum kliniken klinik stiftung hochschule schule gymnasium kindergarten kita akademie diakonie
  hôpital hopital clinique université fondation hospital clínica universidad fundación colegio ospedale
  università fondazione ziekenhuis hogeschool stichting universiteit szpital
`);
/**
 * "Services" right after the faith's word ends an employer's name ("Lutheran Services Carolinas");
 * further on it may name a faith's youth or volunteer group ("Lutheran Youth Services volunteer").
 */
const SERVICES = set('service services');
const INSTITUTION_SECOND = new Map([
  ['medical', set('center centre centers centres group care college school')],
  ['home', set('care health')],
  // A faith's social-service charities ("Jewish Family Service", "Lutheran Social Services").
  ['family', set('service services')],
  ['social', set('service services')],
  // "Presbyterian Senior Living", "Methodist Senior Services".
  ['senior', set('living services care')],
]);
/** Up to four capitalised words (or "&") right after a word, one space or tab apart. */
const INSTITUTION_RUN = /^(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’-]*|&)){1,4}/u;

/**
 * True when the religion word ending at `end` opens, or stands inside, the name of a hospital, health
 * system, school or charity: one of up to four capitalised words right after it is of
 * {@link INSTITUTION_TAIL} ("Baptist Health", "Methodist Le Bonheur Healthcare", "Catholic Health
 * Initiatives"). A lower-case noun is a topic, not a name ("Catholic school teacher").
 */
function institutionAfter(text: string, end: number): boolean {
  const run = INSTITUTION_RUN.exec(text.slice(end, end + 60));
  if (!run) return false;
  // (A word's part before a hyphen counts: "Baptist Memorial Hospital-Memphis".)
  const words = run[0]
    .trim()
    .split(/[ \t]+/)
    .map((w) => w.toLowerCase().split('-', 1)[0]!);
  for (let k = 0; k < words.length; k++) {
    const f = words[k]!;
    if (INSTITUTION_TAIL.has(f) || (k === 0 && SERVICES.has(f))) return true;
    const second = INSTITUTION_SECOND.get(f);
    if (second && k + 1 < words.length && second.has(words[k + 1]!)) return true;
  }
  return false;
}

/**
 * A home language as a field ("Home Language: Sesotho", South African CVs' field; "Heritage language",
 * "Family language") states where the candidate's family comes from, as an ethnicity does: its value
 * (up to the line's end, a semicolon, a bar or two spaces) is masked. The field opens a line, a column
 * or follows a bar. A mother tongue stays, a language skill as Europass's grid states it ("Mother
 * tongue(s): French"), and so does a language list's "(native)".
 */
const HOME_LANGUAGE_FIELD =
  /(?:^|[\r\n|]|[ \t]{2})[ \t]*(?:Home|Family|Heritage)[ \t]Languages?(?:\(s\))?[ \t]*[:：][ \t]*([^\s;|:：][^\r\n;|:：]{0,60}?)(?=[ \t]*(?:$|[\r\n;|]|[ \t]{2}))/gimu;
/** "Zulu (home language)": the language before the bracket. */
const HOME_LANGUAGE_BRACKET = /(\p{Lu}[\p{L}\p{M}'’-]{2,20})[ \t]?\((?:home|heritage) language\)/giu;
/** The literal the two patterns hold (a quick test before them). */
const HOME_LANGUAGE_GATE = /e language/i;

/** The values of {@link HOME_LANGUAGE_FIELD} and the languages of {@link HOME_LANGUAGE_BRACKET}. */
function homeLanguages(text: string): Span[] {
  const out: Span[] = [];
  for (const m of scanAll(text, HOME_LANGUAGE_FIELD)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push(span(start, start + m[1]!.length, 0.8));
  }
  for (const m of scanAll(text, HOME_LANGUAGE_BRACKET)) out.push(span(m.index, m.index + m[1]!.length, 0.8));
  return out;
}

/** The NRP recognizer. */
export const nrp: Recognizer = {
  id: 'nrp',
  kind: 'lexicon',
  entities: ['NRP'],
  analyze(text) {
    const out: Span[] = [];
    if (text.includes('ember') || text.includes('EMBER') || text.includes('Out'))
      out.push(...memberships(text));
    const s = termStarts();
    const tokens = wordTokens(text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.text.length < 3 || !candidate(t, s)) continue;
      const f = fold(t.text);
      if (TRAIT.has(f)) {
        const ab = traitSpan(text, tokens, i, f);
        if (ab) {
          const last = tokens[ab[1]]!;
          // "LGBTQ+": the plus is the term's.
          const end = text.charCodeAt(last.end) === 43 ? last.end + 1 : last.end;
          out.push(span(tokens[ab[0]]!.start, end, 0.75));
          i = ab[1];
        }
        continue;
      }
      if (f.includes('-') && hyphenOrigin(f)) {
        if (
          !THING_AFTER.test(text.slice(t.end, t.end + 40)) &&
          !orgNameAfter(text, t.end) &&
          !translatedPair(text, t, f)
        )
          out.push(span(t.start, t.end, 0.75));
        continue;
      }
      if (FIELD.has(f) && isCapitalised(t.text)) {
        const field = FIELD_VALUE.exec(text.slice(t.end, t.end + 60));
        // A dash, or a table's gap of spaces or tabs, separates a field's value only where the field
        // starts a line ("Community - Reddy", "Caste        OBC").
        if (
          field &&
          (/^[ \t]*-/.test(field[1]!) || !/[:：]/.test(field[1]!)
            ? LINE_START.test(text.slice(Math.max(0, t.start - 2), t.start))
            : true)
        ) {
          // A sentence ends the value ("Religion: Hindu. Caste: OBC").
          const value = field[2]!.replace(/\.(?:\s.*)?$/u, '');
          // "Community: Jumeirah Village Circle": a community's value that a place's last word ends is
          // where the person lives (the location recognizer's), not a caste.
          if (f === 'community' && placeLastWord(fold(value.slice(value.lastIndexOf(' ') + 1)))) continue;
          const start = t.end + field[1]!.length;
          // A bracket after the value refines it ("Religion: Christian (Syro-Malabar)", "Caste: Nair
          // (OBC)"): it goes with it.
          const bracket =
            value === field[2]
              ? FIELD_BRACKET.exec(text.slice(start + value.length, start + value.length + 50))
              : null;
          out.push(span(start, start + value.length + (bracket ? bracket[0].length : 0), 0.8));
          continue;
        }
      }
      if (CATEGORY_FIELD.has(f) && isCapitalised(t.text)) {
        const field = FIELD_VALUE.exec(text.slice(t.end, t.end + 40));
        if (
          field &&
          CASTE_CATEGORY.test(field[2]!) &&
          (/[:：]/.test(field[1]!) || LINE_START.test(text.slice(Math.max(0, t.start - 2), t.start)))
        ) {
          const start = t.end + field[1]!.length;
          out.push(span(start, start + field[2]!.length, 0.8));
          continue;
        }
      }
      if (CITIZEN.has(f) && i > 0) {
        const prev = tokens[i - 1]!;
        const gap = text.slice(prev.end, t.start);
        if (
          (gap === ' ' || gap === '. ') &&
          SHORT_COUNTRY.has(fold(prev.text)) &&
          (f !== 'national' || PHRASE_END.test(text.slice(t.end, t.end + 2)))
        ) {
          out.push(span(prev.start, t.end, 0.75));
          continue;
        }
      }
      // "Polish American Society", "Korean American Association": an origin written as two words, as
      // "Korean-American" is, whatever organisation follows (not a known firm: "British American Tobacco").
      const next = tokens[i + 1];
      if (
        next &&
        isCapitalised(t.text) &&
        DIASPORA.has(next.text.toLowerCase()) &&
        textIs(text, t.end, next.start, ' ') &&
        f !== 'american' &&
        f !== 'english' &&
        (nationality(f) || LANGUAGES.has(f)) &&
        (!/^[ \t]\p{Lu}/u.test(text.slice(next.end, next.end + 2)) ||
          AFFINITY_AFTER.test(text.slice(next.end, next.end + 16)) ||
          DIASPORA_ORG.test(text.slice(next.end, next.end + 16)))
      ) {
        out.push(span(t.start, next.end, 0.75));
        i++;
        continue;
      }
      const order = FAITH_ORDERS.get(f)?.exec(text.slice(t.end, t.end + 20));
      if (order && isCapitalised(t.text)) {
        out.push(span(t.start, t.end + order[0].length, 0.8));
        continue;
      }
      const pairEnd = ethnicPair(text, tokens, i, f);
      if (pairEnd > 0) {
        if (!DOMAIN_AFTER.test(text.slice(pairEnd, pairEnd + 40))) out.push(span(t.start, pairEnd, 0.75));
        i++;
        continue;
      }
      // "South Asian Business Association", "Asian MBA Club": an organisation of Asian members, its
      // region's word before it too ("Asian Development Bank", "Asian markets" stay).
      if (f === 'asian' && isCapitalised(t.text) && ASIAN_ORG_AFTER.test(text.slice(t.end, t.end + 50))) {
        const p = tokens[i - 1];
        const region = p && textIs(text, p.end, t.start, ' ') && ASIAN_REGION.test(p.text);
        out.push(span(region ? p.start : t.start, t.end, 0.75));
        continue;
      }
      if (DOMAIN_AFTER.test(text.slice(t.end, t.end + 40)) && !aboutPeople(text, t.start, t.end)) continue;
      // "Bhavan's Vidya Mandir", "Saraswati Shishu Mandir": a school, not a temple.
      if (f === 'mandir' && i > 0 && LEARNING.test(tokens[i - 1]!.text)) continue;
      if (WORSHIP.has(f) || FAITH.has(f)) {
        const [a, b] = !WORSHIP.has(f)
          ? [i, i]
          : isCapitalised(t.text)
            ? worshipName(text, tokens, i, f)
            : [namedBefore(text, tokens, i), i];
        if (a < 0) continue;
        // "Temple" alone is also a surname, a town and a university's name: only with a name before it
        // that is not all English words ("Sri Venkateswara Temple"; "Cloned Temple Run" stays) or "of"
        // and a name after it ("Hindu Temple of Atlanta").
        if (
          (f === 'temple' || f === 'temples') &&
          isCapitalised(t.text) &&
          b === i &&
          tokens
            .slice(a, i)
            .every((w) => isOrdinaryWord(w) || looksLikeWord(w.text) || !isCapitalised(w.text))
        )
          continue;
        out.push(span(tokens[a]!.start, tokens[b]!.end, 0.8));
        i = Math.max(i, b);
        continue;
      }
      if (RELIGION.has(f) || POLITICAL.has(f)) {
        // "Democrat"/"Republican" as adjectives of parties; lower-case "conservative" is ordinary.
        if (POLITICAL.has(f) && !/^\p{Lu}/u.test(t.text)) continue;
        // "Riverside Methodist Hospital", "Baptist Health", "Catholic Charities": the employer's name,
        // not the candidate's faith.
        // ("Muslim Women's Health Association", "Catholic Students Health Clinic": a community's members
        // before the institution's word, whose faith the name states, as "Muslim Students Association" does.)
        if (
          RELIGION.has(f) &&
          isCapitalised(t.text) &&
          institutionAfter(text, t.end) &&
          !AFFINITY_AFTER.test(text.slice(t.end, t.end + 16))
        )
          continue;
        if (POLITICAL.has(f)) {
          const [a, b] = politicalBody(text, tokens, i);
          out.push(span(tokens[a]!.start, tokens[b]!.end, 0.8));
          i = b;
          continue;
        }
        out.push(span(t.start, t.end, 0.8));
        continue;
      }
      if (
        ETHNIC.has(f) &&
        !(LANGUAGES.has(f) && !aboutPeople(text, t.start, t.end) && languageUse(text, t.start, t.end))
      ) {
        out.push(span(t.start, t.end, 0.75));
        continue;
      }
      if (!nationality(f)) continue;
      // "Norwegian Computing Center", "AMERICAN MEDIA INC.": the first word of an organisation's name.
      // ("Turkish Students Association" is a community: the nationality is the member's.)
      if (
        /^\p{Lu}/u.test(t.text) &&
        orgNameAfter(text, t.end) &&
        !AFFINITY_AFTER.test(text.slice(t.end, t.end + 16))
      )
        continue;
      // "American Express", "Saudi Aramco": a well-known employer that opens with a nationality.
      if (/^\p{Lu}/u.test(t.text) && knownCompanyFrom(text, tokens, i)) continue;
      if (
        f === 'indian' &&
        /^\s?(?:institute|school|statistical|council|bank|oil|railways?|army|navy|air force|ocean|express|overseas)/i.test(
          text.slice(t.end, t.end + 20),
        )
      )
        continue;
      const affinity = AFFINITY_AFTER.test(text.slice(t.end, t.end + 16));
      const lang = !affinity && (LANGUAGES.has(f) || LANGUAGES.has(f.replace(/s$/, '')));
      // On a resume a language name is a skill: skip it wherever it reads as a language.
      if (lang && !aboutPeople(text, t.start, t.end) && languageUse(text, t.start, t.end)) continue;
      out.push(span(t.start, t.end, 0.7));
    }
    out.push(...selfIdentification(text));
    if (text.includes('Party')) out.push(...partyNames(text));
    out.push(...formAnswers(text));
    if (HOME_LANGUAGE_GATE.test(text)) out.push(...homeLanguages(text));
    if (ORIGIN_VISA_GATE.test(text)) out.push(...originVisas(text));
    if (out.length && text.includes('(')) out.push(...groupAcronyms(text, out));
    return out;
  },
};

/** What every visa of {@link originVisas} holds (one cheap test before its scans). */
const ORIGIN_VISA_GATE =
  /TN|E-?3|1B1|EUSS|Settlement Scheme|ettled [Ss]tatus|OCI|PIO|Ancestry|BN\(O\)|Overseas Citizen/;
/**
 * Visas and statuses open only to some nationalities: the USMCA's "TN" (Canadians, Mexicans), the "E-3"
 * (Australians), the "H-1B1" (Chileans, Singaporeans) before a visa's noun; the UK's EU Settlement Scheme
 * and its (pre-)settled status (Europeans), an "OCI" or "PIO" card (Indian origin), the UK Ancestry visa
 * and the BN(O) visa (Commonwealth and Hong Kong origins).
 */
const ORIGIN_VISA =
  /\b(?:(?:TN(?:-[12])?|E-?3|H-?1B1)(?:[ \t](?:[Vv]isa|VISA|[Ss]tatus|[Hh]older|[Ww]ork [Pp]ermit)|[ \t-][Ee]ligible)|(?:EUSS|EU Settlement Scheme)(?:[ \t]\(?(?:[Pp]re-)?[Ss]ettled [Ss]tatus\b\)?)?|(?:[Pp]re-)?[Ss]ettled [Ss]tatus|(?:OCI|PIO)[ \t]?(?:[Cc]ard(?:[ \t]?[Hh]older)?|[Hh]older|[Ss]tatus)|Overseas Citizen(?:ship)? of India|(?:UK[ \t])?Ancestry [Vv]isa|BN\(O\)(?:[ \t][Vv]isa)?)(?![\p{L}\p{N}-])/gu;
/** The same visas' codes alone as a right-to-work field's value ("Work authorization: TN", "Visa status: E-3"). */
const ORIGIN_VISA_FIELD =
  /\b(?:authori[sz]ation|visa(?: status| type)?|status|permit|right to work)[ \t]?[:：-][ \t]{0,3}(TN(?:-[12])?|E-?3|H-?1B1)(?=[ \t]*(?:$|[\r\n,;|(.)]))/gim;

/** The visas and statuses of {@link ORIGIN_VISA} and {@link ORIGIN_VISA_FIELD}, as NRP (they name an origin). */
function originVisas(text: string): Span[] {
  const out: Span[] = [];
  for (const m of scanAll(text, ORIGIN_VISA)) out.push(span(m.index, m.index + m[0].length, 0.75));
  for (const m of scanAll(text, ORIGIN_VISA_FIELD)) {
    // (The code as written: "tn" or "e3" in lower case is no visa's.)
    if (!/^(?:TN(?:-[12])?|E-?3|H-?1B1)$/.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push(span(start, start + m[1]!.length, 0.75));
  }
  return out;
}

/**
 * After a trait's word, the rest of a group's name and its acronym in brackets: "Muslim Students
 * Association (MSA)", "Society of Hispanic Professional Engineers (SHPE)" (capitalised words, "of",
 * "for", "and", "&", "in"; three to eight letters, capitals first and last, not the initials of the
 * words after the trait's word alone).
 */
const ACRONYM_AFTER =
  /^(?:[ \t]{1,2}(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|for|and|&|in)){0,5}[ \t]?\(((?=[A-Z]{2})[A-Z][A-Za-z]{1,6}[A-Z])\)/u;

/**
 * The acronym of a group that a trait's word names ({@link ACRONYM_AFTER}), there and wherever else it
 * stands alone ("MSA treasurer", "NSBE chapter": it names the group as plainly), never a tool's.
 */
function groupAcronyms(text: string, found: readonly Span[]): Span[] {
  const out: Span[] = [];
  const acronyms = new Set<string>();
  for (const s of found) {
    const m = ACRONYM_AFTER.exec(text.slice(s.end, s.end + 90));
    if (!m || TECH.has(m[1]!.toLowerCase())) continue;
    // An acronym of the capitalised words after the trait's word alone names them, not a group of the
    // trait ("Alliance High School, Kikuyu  Kenya Advanced Certificate of Education (KACE)").
    const words = m[0].slice(0, m[0].lastIndexOf('(')).match(/\p{Lu}[\p{L}\p{M}'’.-]*/gu) ?? [];
    if (
      m[1]!.toUpperCase() ===
      words
        .map((w) => w[0])
        .join('')
        .toUpperCase()
    )
      continue;
    acronyms.add(m[1]!);
  }
  for (const a of acronyms)
    for (let i = text.indexOf(a); i !== -1; i = text.indexOf(a, i + a.length)) {
      const e = i + a.length;
      if (isWordCode(text.charCodeAt(i - 1)) || isWordCode(text.charCodeAt(e))) continue;
      out.push(span(i, e, 0.75));
    }
  return out;
}

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/nrp.test.ts
