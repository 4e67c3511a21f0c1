/**
 * Cities, regions and countries: a GeoNames/ISO gazetteer (utils/detect/data) looked up on runs of
 * capitalised words, "City, ST" with US state codes, "Place, Region/Country" pairs, and capitalised
 * words after strong location cues ("lives in", "based in"). Place names that are also common
 * English words ("Mobile", "Reading") need one of those cues.
 */

import { companyAround, companyAtTokens } from '../companies';
import {
  fold,
  isAllCaps,
  isCapitalised,
  lexicon,
  type Token,
  tokenAt,
  tokenEndingAt,
  wordTokens,
} from '../lexicon';
import { literalStarts, mergeStarts, runStarts } from '../literal-starts';
import {
  codeAt,
  escapeRegExp,
  isSpaceCode,
  LowerWords,
  matchesAt,
  scanAll,
  scanAt,
  sticky,
  textIs,
} from '../scan';
import type { Recognizer, Span } from '../types';
import {
  CALENDAR,
  isLanguageName,
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  isRegionOrCountry,
  LANGUAGES,
  looksLikeWord,
  nameClass,
  orgNounAhead,
  placeWordsAfter,
  ROLE_WORDS,
  SECTIONS,
  SENTENCE_FUNCTION_WORDS,
  startsPlacePhrase,
  TECH,
  tokenInfo,
} from '../words';
import {
  CONTACT,
  DATE_RANGE,
  employerAfterJob,
  employerLine,
  foreignOpener,
  LEVEL_AFTER,
  namesJob,
  VENUE_BEFORE,
} from './person-name';

/** US states, Canadian provinces and Australian states as written after a town. */
const STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
  OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR ON BC QC AB MB SK NS NB NL PE VIC NSW QLD TAS ACT`.split(
    /\s+/,
  ),
);
/**
 * Region codes read only after a town and a comma ("Pune, MH", "Kochi, KL", "Whitehorse, YT"): India's
 * state and union-territory codes and Canada's territories. Many are also words or acronyms ("HR", "ML",
 * "UP", "TS"), so they never stand for a region on their own, in a run of codes or after an unknown word.
 */
const TOWN_REGION_CODES = new Set(
  `YT NT NU AP AR AS BR CG CT GA GJ HR HP JH JK KA KL MP MH MN ML MZ NL OD PB RJ SK TN TS TG TR UP WB DL CH PY`.split(
    ' ',
  ),
);
/** The codes of {@link TOWN_REGION_CODES} that are no word, acronym or other code: also after an unknown town ("Iqaluit, NU"). */
const PLAIN_TOWN_REGION_CODES = new Set('YT NU GJ JH JK KA KL MH MZ RJ TG WB'.split(' '));
/**
 * A code of {@link TOWN_REGION_CODES} after a town's comma; one that is also a word or an acronym ("HR",
 * "UP") only where it ends its field: the line's end, a separator, a bracket, a postcode or a country
 * after a comma ("Gurgaon, HR | …", "Noida, UP 201301"; not "Delhi, HR and Finance").
 */
function townRegionCode(text: string, t: Token): boolean {
  if (!TOWN_REGION_CODES.has(t.text)) return false;
  return (
    PLAIN_TOWN_REGION_CODES.has(t.text) ||
    /^(?:[ \t]*(?:$|[\r\n,;|)/•·]|[–—-][ \t])|[ \t]+\d|[ \t]{2})/.test(text.slice(t.end, t.end + 3))
  );
}
/** State codes that are also words or product names ("MS Office", "ACT", "IN", "OR"). */
const AMBIGUOUS_CODES = new Set([
  'MS',
  'ACT',
  'PR',
  'QC',
  'ON',
  'OR',
  'IN',
  'ME',
  'OK',
  'HI',
  'DE',
  'SA',
  'WA',
  'NT',
  'AB',
  'MA',
  'CO',
  'IT',
]);
/**
 * Words after a city that still name the place ("Bay Area", "Metropolitan Area"), and the Indonesian and
 * Malay compass and centre words of a city's administrative parts ("Jakarta Selatan", "Jakarta Pusat",
 * "Bekasi Utara", "Kota Kinabalu Barat"), and "City" where the city's name goes on without it ("Iloilo
 * City", "Davao City"; not "Birmingham City Council").
 */
const AREA_SUFFIX =
  /^ (?:Bay Area|Metropolitan Area|Metropolitan Region|Metro Area|Metroplex|Area|Metro|Region|District|Tri-State Area|City Area|REGION|AREA|County|COUNTY|State|Valley|Selatan|Utara|Barat|Timur|Tengah|Pusat|SELATAN|UTARA|BARAT|TIMUR|TENGAH|PUSAT|(?:Division|Province|Governorate|Territory)\b(?! of\b)|(?:City|CITY)(?![ \t]+[A-Z]))\b/;
/** First letters of {@link AREA_SUFFIX}'s words. */
const AREA_FIRST = new Set([...'BMARDTCSVPGU'].map((c) => c.charCodeAt(0)));
/** Abbreviated countries accepted after a comma or in brackets. */
const COUNTRY_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'U.S', 'U.S.A', 'U.K', 'KSA']);
/** Words that begin town names and are ordinary words on their own. */
const TOWN_PREFIX = new Set(
  'new north south east west upper lower port fort mount saint san santa los las el la lake glen great little old'.split(
    ' ',
  ),
);
/** Dotted state codes; "M.D."/"M.A." are degrees, not Maryland or Massachusetts. */
const DOTTED_STATES = new Set([
  'N.Y',
  'N.J',
  'D.C',
  'B.C',
  'N.C',
  'S.C',
  'N.H',
  'N.M',
  'N.D',
  'S.D',
  'W.V',
  'R.I',
  'W.A',
  'N.S.W',
]);
/** Two to five characters from A to Z first: the shape of every state and country code here (a cheap first test). */
const codeLike = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return t.text.length <= 5 && c >= 65 && c <= 90;
};
/**
 * A capital or a dot second: every entry of STATE_CODES, DOTTED_STATES and COUNTRY_CODES has one,
 * and no Title Case state code ("Ca") has (so a Title Case word is answered without a look-up).
 */
const upperSecond = (t: Token) => {
  const c = t.text.charCodeAt(1);
  return (c >= 65 && c <= 90) || c === 46;
};
const stateCode = (t: Token) => (t.text.includes('.') ? DOTTED_STATES.has(t.text) : STATE_CODES.has(t.text));
/** US states as newspapers abbreviate them, always with their dot ("Ann Arbor, Mich.", "Tacoma, Wash."). */
const AP_STATES = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ill Ind Kan Kans Mass Mich Minn Miss Mont Neb Nebr Nev Okla Ore Oreg Penn Tenn Tex Wash Wis Wisc Wyo'.split(
    ' ',
  ),
);
/**
 * "Sebastopol, Ca", "Atlanta, Ga.", "Ann Arbor, Mich.": a state code in Title Case, or a state's
 * abbreviation with its dot (only after a comma; never an ambiguous code).
 */
const titleStateCode = (t: Token, text: string) => {
  if (text.charCodeAt(t.end) === 46 && AP_STATES.has(t.text)) return true;
  if (!/^[A-Z][a-z]{1,2}$/.test(t.text)) return false;
  const up = t.text.toUpperCase();
  return STATE_CODES.has(up) && !AMBIGUOUS_CODES.has(up);
};
/** Last words of multi-word town names ("Culver City", "Bellows Falls", "Research Triangle Park"). */
const PLACE_GENERIC = new Set(
  `park city falls waters key keys beach springs spring heights hills hill valley lake lakes creek island bay
  point harbor harbour grove village town station junction rapids ridge mountain mountains rock rocks river wells
  forest gardens field fields meadows ferry landing mills mill port haven cove shores view vista plains`.split(
    /\s+/,
  ),
);
/**
 * Last words of planned communities' names that are street words elsewhere ("Jumeirah Village Circle",
 * "Jumeirah Village Triangle", "Dubai Silicon Oasis"): a place's last word only after a place's label or
 * before the city's comma ({@link labelledPlaces}, {@link districtsBefore}).
 */
const COMMUNITY_LAST = new Set(['circle', 'triangle', 'oasis']);
/** Abbreviated town prefixes: Mount, Saint, Fort, Point ("Mt. Sterling", "St. Louis"). */
const ABBREVIATED_PREFIX = /^(?:Mt|St|Ft|Pt)$/;

/**
 * Hiring-pipeline stages and work arrangements: ATS feeds write "Jane moved to Onsite", "moved to
 * Screening", "moved to Take-home", which are no towns (folded forms).
 */
const PIPELINE_WORDS = new Set(
  `onsite on-site offsite off-site hybrid screening screen screened shortlist shortlisted debrief take-home
  takehome assessment assessments interview interviews interviewing applied applicant applicants sourced
  hired rejected archived offer offers offered`.split(/\s+/),
);

/**
 * True for a word that cannot begin a town's name: job, section, calendar, tool, pipeline-stage or
 * organisation words.
 */
function notTownWord(t: Token): boolean {
  const f = fold(t.text);
  return (
    startsWithDigit(t.text) ||
    ROLE_WORDS.has(f) ||
    PIPELINE_WORDS.has(f) ||
    SECTIONS.has(f) ||
    CALENDAR.has(f) ||
    TECH.has(f) ||
    isOrgTail(t)
  );
}

/**
 * First token of a town that ends at token `i` before ", ST": a word before a generic last word
 * ("Boundary Waters", "Culver City"), then a prefix ("New", "North", "Mt.").
 */
function townFrom(text: string, toks: Token[], i: number, last: number): number {
  let from = i;
  const p = toks[from - 1];
  if (
    p &&
    last === i &&
    PLACE_GENERIC.has(fold(toks[i]!.text)) &&
    placeLike(p) &&
    /^ {1,4}$/.test(text.slice(p.end, toks[i]!.start)) &&
    !notTownWord(p)
  )
    from--;
  const q = toks[from - 1];
  if (!q) return from;
  const gap = text.slice(q.end, toks[from]!.start);
  if (
    (gap === ' ' && isCapitalised(q.text) && TOWN_PREFIX.has(q.text.toLowerCase())) ||
    ((gap === '. ' || gap === '.') && (ABBREVIATED_PREFIX.test(q.text) || hyphenSaint(q.text)))
  )
    from--;
  return from;
}

/** A city joined by a hyphen to an abbreviated saint's town, "Minneapolis-St" (". Paul"), "Tampa-St". */
function hyphenSaint(word: string): boolean {
  const h = word.lastIndexOf('-');
  return h >= 3 && ABBREVIATED_PREFIX.test(word.slice(h + 1)) && placeKind(word.slice(0, h)) === 'strong';
}
/**
 * Country and union abbreviations written as such on resumes ("US" only after a preposition), and the
 * capitals' letters that Latin American addresses end with (Mexico City's "CDMX", Buenos Aires's "CABA").
 */
const ABBREVIATIONS =
  /\b(?:U\.S\.A\.?|U\.S\.|USA|U\.K\.|UK|UAE|U\.A\.E\.|KSA|NYC|CDMX|CABA|US|SF(?=[ \u00a0]Bay[ \u00a0]Area\b))(?![\p{L}\p{N}])/gu;
const ABBREVIATIONS_AT = sticky(ABBREVIATIONS);

/**
 * US cities by their letters, as people write them before "-based" ("LA-based designer", "SF-based
 * startup"); alone they are too often something else (a state code, science fiction).
 */
const CITY_LETTERS = new Set(['NYC', 'SF', 'LA', 'DC', 'NOLA', 'SLC', 'ATL', 'DFW']);

/**
 * ABBREVIATIONS' matches, tried only where one can start: every abbreviation starts with U, or is KSA,
 * NYC, CDMX, CABA or "SF" before "Bay Area".
 */
function abbreviations(text: string): RegExpExecArray[] {
  const starts = mergeStarts(
    literalStarts(text, 'U', 0, 0),
    literalStarts(text, 'KSA', 0, 0),
    literalStarts(text, 'NYC', 0, 0),
    literalStarts(text, 'CDMX', 0, 0),
    literalStarts(text, 'CABA', 0, 0),
    literalStarts(text, 'SF ', 0, 0),
  );
  return scanAt(text, ABBREVIATIONS_AT, starts);
}
const PREPOSITION_BEFORE = /\b(?:the|in|to|from|across|of) $/;

/**
 * Cues after which a capitalised run is a place even if the gazetteer does not know it: a cue that
 * ends the window tested. Some only with their preposition ("Office in Hinjewadi", "stationed at Fort
 * Bliss", "commuting from Dandenong"; "Posted Jobs" is none). (A lookbehind at the end, matched backwards once, instead of a try at
 * every position of the window.)
 */
const CUE =
  /$(?<=\b(?:live|lives|living|lived|based|located|reside|resides|residing|relocated?|moved|born|hometown|town of|city of|village of|native of|visiting|visit|trip to|coming to|going to|travel(?:l?ing)? to|flew to|flight to|originally from|comes from|came from|hails from|native of|grew up|am|i'm|returned|arrived|moved here from|moved here|flew|home city|home town|hometown is)\s+(?:in\s+|to\s+|at\s+|near\s+|from\s+)?|\b(?:office|offices|stationed|settled|staying|commute|commutes|commuting)\s+(?:in|at|to|from|near)\s+)/i;
/** Last words of the cues above: the cue regex runs only after one of them. */
const CUE_LAST = new LowerWords(
  `in to at near from of native up am i'm returned arrived flew here live lives living lived based located reside resides residing relocate relocated moved born hometown visiting visit city town is`.split(
    ' ',
  ),
);

/** The prepositions that may end a cue: the place may go on to the next line after them. */
const CUE_PREPOSITION = new LowerWords(['in', 'to', 'at', 'near', 'from']);

/**
 * True when a location cue ends right before token i. A cue's own words ("moved", "am") are on the
 * place's line, or on the line of the preposition before it: "10:02 AM\nScorecard" and
 * "Moved\nScorecard" are an ATS feed's lines, no place.
 */
function cueBefore(text: string, toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev || !CUE_LAST.has(prev.text)) return false;
  // "Visa Status: Visit Visa": a visa's type (Gulf CVs state it), no visit to a place.
  if (prev.text.length === 5 && /^visit$/i.test(prev.text) && VISA.test(toks[i]!.text)) return false;
  // "Odalys Ferreira-Quist moved Dariusz Wendt-Amaral to Phone Screen": an ATS feed's verb moves a
  // candidate to a stage; a move to a place takes its preposition ("moved to Leeds").
  if (/^(?:moved|relocated)$/i.test(prev.text)) return false;
  // "Flew CRJ-200 and Embraer E175", "Flew Embraer jets": a pilot's verb takes the aircraft as its
  // object; a flight to a place takes its preposition ("flew to Boise", "flew into Denver").
  if (prev.text.length === 4 && /^flew$/i.test(prev.text)) return false;
  // "10:04 AM Perpetua Okonedo-Haig", "8:12 am Auto-email": a clock's "am" before a message's sender
  // or an activity feed's entry, no "I am in" (before a place, "am" follows a word, not a number).
  if (
    prev.text.length === 2 &&
    /^am$/i.test(prev.text) &&
    isDigitAt(text, text.charCodeAt(prev.start - 1) === 32 ? prev.start - 2 : prev.start - 1)
  )
    return false;
  const preposition = CUE_PREPOSITION.has(prev.text);
  const verbEnd = preposition ? (toks[i - 2]?.end ?? prev.start) : prev.end;
  const verbGap = preposition ? prev.start : toks[i]!.start;
  for (let k = verbEnd; k < verbGap; k++) if (text.charCodeAt(k) === 10) return false;
  return CUE.test(text.slice(Math.max(0, toks[i]!.start - 30), toks[i]!.start));
}

const VISA = /^(?:Visa|VISA|visa)s?$/;

/** Words that end a cue right before the place: a relaxed run ("Store Merløse") needs one of them. */
const CUE_END = new LowerWords(['in', 'to', 'at', 'from', 'near', 'city', 'town']);
/** Last words of every context of {@link placeContextRun} (a cheap first test). */
const CONTEXT_LAST = new LowerWords(['in', 'to', 'at', 'from', 'near', 'city', 'town', 'outside', 'around']);
/** Words right before a cue's preposition ("moved here from", "lives in", "flew to", "home city"). */
const CUE_VERB = new LowerWords(
  `live lives living lived based located reside resides residing relocate relocated moved born hometown visiting visit trip coming going travel travelling traveling flew flight originally comes came hails native up am i'm returned arrived here home`.split(
    ' ',
  ),
);
/** TOWN_PREFIX, asked of a token in any case. */
const TOWN_PREFIX_WORD = new LowerWords(TOWN_PREFIX);
/** Street words before "in": "Elm Street in Springfield" names the town the street is in. */
const STREET_BEFORE_IN = new LowerWords([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'boulevard',
  'drive',
]);

/** A word that may be part of an unknown town's name: capitalised or capitals, no job, tool or section word. */
const townPart = (t: Token) => placeLike(t) && !notTownWord(t) && !t.text.includes('.');
/** A word outside the dictionary that does not look like an English word ("Merløse", "Camuns"). */
const unknownWord = (t: Token) => !isOrdinaryWord(t) && !looksLikeWord(t.text);

/**
 * An unknown town after a clear context, as token indexes [i, returned]; -1 when there is none:
 *
 * - a location cue ending in a preposition (or "home city"), also when the first word is an English
 *   word ("moved here from Cite Guedouala", "I am in Store Merløse", "returned to Mill Village");
 * - "in" after an employer introduced by "at" ("the following year at Sigfig in Camuns, which"),
 *   when a comma, a full stop or the line's end follows the town;
 * - "in" after a street word ("Elm Street in Highveld");
 * - a town prefix and an unknown word after a locative preposition ("to Port Paien").
 *
 * The run is one to three capitalised words, none of them a job, tool, section or month word, with
 * one word outside the dictionary (or a generic last word, "Mill Village"), and no known employer.
 */
function placeContextRun(text: string, toks: Token[], i: number): number {
  const prev = toks[i - 1];
  if (!prev || !CONTEXT_LAST.has(prev.text)) return -1;
  const t = toks[i]!;
  const before = toks[i - 2];
  // Which context, by the words alone (cheap) before the run's words are looked up: 1 a cue, 2 an
  // employer or a street before "in", 3 a town prefix after a locative preposition.
  const context =
    before && CUE_END.has(prev.text) && CUE_VERB.has(before.text)
      ? 1
      : prev.text === 'in' &&
          text.charCodeAt(prev.end) === 32 &&
          prev.end + 1 === t.start &&
          ((!!before && STREET_BEFORE_IN.has(before.text) && before.end + 1 === prev.start) ||
            atEmployerBefore(text, toks, i - 1))
        ? 2
        : TOWN_PREFIX_WORD.has(t.text) && LOCATIVE.has(prev.text)
          ? 3
          : 0;
  if (!context || !townPart(t)) return -1;
  let j = i;
  while (j + 1 < toks.length && j - i < 2 && innerGap(text, toks[j]!, toks[j + 1]!) && townPart(toks[j + 1]!))
    j++;
  if (context === 3) {
    // "to Port Paien": the prefix and one unknown word.
    const u = toks[i + 1];
    if (j === i || !u || !isCapitalised(t.text) || !unknownWord(u) || nameClass(u)) return -1;
    return companyAtTokens(toks, i, i + 1) ? -1 : i + 1;
  }
  // The run needs a word outside the dictionary (a known place word counts: "Station Nord") or a
  // generic last word ("Mill Village").
  let ok = false;
  for (let k = i; k <= j && !ok; k++)
    ok = unknownWord(toks[k]!) && (!nameClass(toks[k]!) || isPlaceName(toks[k]!));
  if (!ok && !(j > i && PLACE_GENERIC.has(fold(toks[j]!.text)))) return -1;
  if (context === 2) {
    // After "in", the town closes its clause: punctuation or the line's end ("in Camuns, which"); a
    // district number before a comma goes with it ("in Cheb 2, which").
    const after = text.slice(toks[j]!.end, toks[j]!.end + 4);
    if (!DISTRICT_AFTER.test(after) && !CLAUSE_END.test(after)) return -1;
  } else if (!cueBefore(text, toks, i)) return -1;
  return companyAtTokens(toks, i, j) ? -1 : j;
}

/** {@link placeContextRun} at token i: pushes the town found and returns the index to go on from. */
function placeContext(text: string, toks: Token[], i: number, out: Span[]): number {
  const j = placeContextRun(text, toks, i);
  if (j < 0) return i;
  // "in Cheb 2, which": a district number before a comma belongs to the town.
  const district = DISTRICT_AFTER.exec(text.slice(toks[j]!.end, toks[j]!.end + 4));
  // "Lives in Mount Carmel, PA": a state code or a region after the town goes with it.
  const chain = district ? -1 : commaChain(text, toks, j);
  if (chain >= 0) {
    out.push(span(toks[i]!.start, toks[chain]!.end, 0.6));
    return chain;
  }
  out.push(span(toks[i]!.start, toks[j]!.end + (district ? district[0].length - 1 : 0), 0.6));
  return j;
}

/** Punctuation or a line's end right after a town. */
const CLAUSE_END = /^(?:[.,;:!?)]|\s*$|\r?\n)/;

/** A district number right after a town, before a comma ("Cheb 2,"). */
const DISTRICT_AFTER = /^ \d{1,2},/;

/** "at Sigfig in": "at" and one to three capitalised words (an employer) right before token `inAt`. */
function atEmployerBefore(text: string, toks: Token[], inAt: number): boolean {
  for (let k = inAt - 1; k >= Math.max(0, inAt - 3); k--) {
    const t = toks[k]!;
    const next = toks[k + 1]!;
    const gap = next.start - t.end;
    if (gap < 1 || gap > 2 || text.charCodeAt(t.end) !== 32 || text.charCodeAt(next.start - 1) !== 32)
      return false;
    if (!placeLike(t)) return false;
    const p = toks[k - 1];
    if (p && p.text === 'at' && p.end + 1 === t.start) return true;
  }
  return false;
}

/** A strong cue right before a lower-case word: "flew to finnbogastaðir", "originally from ølstykke". */
const STRONG_CUE_BEFORE =
  /(?:\b(?:flew|moved|relocated|relocating|travell?ed|went) to|\bmoved here from|\boriginally from|\bhails from|\b(?:born|lives|lived|living|based|grew up) in) $/;
/** The word before the preposition of STRONG_CUE_BEFORE's cues (a cheap first test). */
const STRONG_CUE_VERB = new LowerWords(
  'flew moved relocated relocating travelled traveled went here originally hails born lives lived living based up'.split(
    ' ',
  ),
);
/** The prepositions of STRONG_CUE_BEFORE's cues. */
const STRONG_CUE_PREPOSITION = new LowerWords(['to', 'from', 'in']);

/** True when lower-case token i is a town outside the gazetteer after a strong cue (no English word, tool or job). */
function lowerTownAfterCue(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  const v = toks[i - 2];
  if (!v || t.text.length < 4 || !STRONG_CUE_PREPOSITION.has(p!.text) || !STRONG_CUE_VERB.has(v.text))
    return false;
  if (!STRONG_CUE_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) return false;
  // Only in text written in lower case: in a capitalised sentence a lower-case word is a common
  // noun ("living in slums"); nor a plural of an English word.
  const before = text.slice(Math.max(0, t.start - 100), t.start);
  if (/\p{Lu}/u.test(before.slice(before.lastIndexOf('\n') + 1))) return false;
  if (!unknownWord(t) || notTownWord(t)) return false;
  if (t.text.endsWith('s') && isOrdinaryWord(t.text.slice(0, -1))) return false;
  return !nameClass(t) && !companyAround([t.text], 0, 0);
}

/**
 * "Helptech Australia", "eHealth Ontario": a country or region right after a made-up capitalised
 * word (no English word, place, name, job or section word) closes a company's name.
 */
function brandBefore(text: string, toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  const t = toks[i]!;
  if (!p || !textIs(text, p.end, t.start, ' ') || !regionOrCountry(t.text)) return false;
  // "Air Canada", "AIR INDIA": an airline named after its country.
  if (p.text === 'Air' || p.text === 'AIR') return true;
  if (knownBrand(p.text)) return true;
  if (!/^(?:\p{Lu}\p{Ll}+|\p{Ll}+\p{Lu}\p{L}*|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u.test(p.text)) return false;
  if (isOrdinaryWord(p) || isPlaceName(p) || looksLikeWord(p.text) || notTownWord(p)) return false;
  const f = fold(p.text);
  return !LANGUAGES.has(f) && !TOWN_PREFIX.has(f) && !nameClass(p);
}

/**
 * A well-known employer, a product company or an acronym of two to five capitals, before a country
 * that names its national branch ("Google Ireland", "KPMG Australia", "Amazon UK", "IBM UK"): a known
 * company, a tool's or product's name, or capitals that are no state code.
 */
function knownBrand(w: string): boolean {
  // ("SE Asia", "NW England": a compass point, no brand.)
  if (/^[A-Z]{2,5}$/.test(w)) return !STATE_CODES.has(w) && !COUNTRY_CODES.has(w) && !COMPASS_CODES.has(w);
  return /^\p{Lu}/u.test(w) && (companyAround([w], 0, 0) || TECH.has(fold(w)));
}

/** Compass points as abbreviated before a region ("SE Asia", "NW England"). */
const COMPASS_CODES = new Set([
  'NE',
  'NW',
  'SE',
  'SW',
  'NNE',
  'ENE',
  'ESE',
  'SSE',
  'SSW',
  'WSW',
  'WNW',
  'NNW',
]);

/** True when the token right before `at` (one space between) is a brand or a made-up word before a country. */
function brandWordBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  const m = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]{1,20}) $/u.exec(text.slice(Math.max(0, at - 24), at));
  if (!m) return false;
  const w = m[1]!;
  if (knownBrand(w)) return true;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(w) && !isOrdinaryWord(w) && !isPlaceName(w) && !looksLikeWord(w) && !nameClass(w)
  );
}

/**
 * An organisation's head noun and "of" or "for" right before a place ("Court of", "Bank of", "Ministry of",
 * "Boys & Girls Clubs of America", "Volunteers of America"), or a capitalised "For" after a capitalised
 * word ("Teach For America", "Code For America": the connector's capital makes the run a proper name).
 */
const ORG_HEADS =
  'Bank|Court|Center|Centre|Administration|Ministry|Department|Dept\\.?|Council|Association|Society|Authority|Commission|Board|Agency|Corporation|Company|Chamber|Federation|Bureau|Hospital|Clinic|Church|Museum|Library|Foundation|Trust|Club|Chapter|Branch|Division|League|Services|Clubs|Scouts|Guides|Volunteers|Churches';
/** {@link ORG_HEADS} as written in a name (Title Case, "of" or "for") or in capitals ("BANK OF AMERICA"). */
const ORG_OF_BEFORE = new RegExp(
  `\\b(?:(?:${ORG_HEADS})\\s(?:of|for)|(?:${ORG_HEADS.toUpperCase()})\\s(?:OF|FOR))\\s(?:the\\s|THE\\s)?(?:Greater\\s|GREATER\\s)?$`,
);
/** A capitalised "For" after a capitalised word: the connector's capital makes the run a proper name. */
const CAPITAL_FOR_BEFORE = /\b\p{Lu}\p{Ll}+\sFor\s(?:the\s)?$/u;
/**
 * A national body's head noun and "in" right before a region or a country ("Lutheran Services in America",
 * "Presbyterian Church in America", "Church in Wales"); before a town, "in" names where an office is
 * ("Credit Union in Chicago").
 */
const ORG_IN_BEFORE =
  /\b(?:Church|Churches|Services|Society|Association|Federation|Council|Synod|Fellowship)\sin\s(?:the\s)?$/;

/** True when the place at [start, end) closes an organisation's name ({@link ORG_OF_BEFORE}, {@link CAPITAL_FOR_BEFORE}, {@link ORG_IN_BEFORE}). */
function orgNameBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    ORG_OF_BEFORE.test(before) ||
    CAPITAL_FOR_BEFORE.test(before) ||
    (ORG_IN_BEFORE.test(before) && regionOrCountry(text.slice(start, end)))
  );
}

/**
 * True when token t is a function word of another language that is also a place ({@link
 * SENTENCE_FUNCTION_WORDS}: "Para", "De", "Da") alone at a line's start before a colon: the "To:" or
 * "From:" label of a Spanish, Portuguese or Italian letter or memo ("Para: Recursos Humanos").
 */
function memoLabel(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end);
  if (c !== 58 && !(c === 32 && text.charCodeAt(t.end + 1) === 58)) return false;
  if (!SENTENCE_FUNCTION_WORDS.has(t.text.toLowerCase())) return false;
  for (let k = t.start - 1; k >= 0; k--) {
    const d = text.charCodeAt(k);
    if (d === 10) return true;
    if (d !== 32 && d !== 9) return false;
  }
  return true;
}

/**
 * True when token i is a word of three capitals (not opening with "U", a university's initial) on a line that holds a lower-case letter
 * within 60 characters either side, or after another acronym and a comma, and no region or country
 * follows it after a comma.
 */
function shortCapitals(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // ("URI", "UNA": a university's initials stay masked, as the town is.)
  if (!/^[A-TV-Z][A-Z]{2}$/.test(t.text) || regionOrCountry(t.text)) return false;
  const n = toks[i + 1];
  if (n && textIs(text, t.end, n.start, ', ') && regionOrCountry(n.text)) return false;
  // ("ACCA, CIMA, IBA": in a list after another acronym that is no place, on a line in capitals too.)
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const p = toks[k]!;
    if (!/^[A-Z]{2,6}$/.test(p.text) || !textIs(text, p.end, toks[k + 1]!.start, ', ')) break;
    if (!isPlaceName(p)) return true;
  }
  let lower = false;
  for (let k = t.start - 1; k >= 0 && t.start - k <= 60 && !lower; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    lower = c >= 97 && c <= 122;
  }
  for (let k = t.end; k < text.length && k - t.end <= 60 && !lower; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    lower = c >= 97 && c <= 122;
  }
  return lower;
}

/**
 * A UK postcode's outward code after a town, after a space or a comma: one of the postcode areas
 * ("EC", "SW", "M", "LS"), the district's number and an optional letter ("EC4", "SW1A", "B15"), then
 * the inward code if there is one ("1AA"); or the code in brackets ("London (EC4)").
 */
const UK_OUTWARD =
  '(?:A[BL]|B[ABDHLNRST]?|C[ABFHMORTVW]|D[ADEGHLNTY]|E[CHNX]?|F[KY]|G[LUY]?|H[ADGPRSUX]|I[GMPV]|JE|K[ATWY]|L[ADELNSU]?|M[EKL]?|N[EGNPRW]?|O[LX]|P[AEHLOR]|R[GHM]|S[AEGKLMNOPRSTWY]?|T[ADFNQRSW]|UB|W[ACDFNRSV]?|YO|ZE)\\d[A-Z\\d]?(?: \\d[A-Z]{2})?';
const UK_OUTWARD_AFTER = new RegExp(`^(?:,? ${UK_OUTWARD}(?![\\p{L}\\p{N}])| \\(${UK_OUTWARD}\\))`, 'u');
/** A four- or five-digit postcode right after a town. */
const TOWN_BEFORE_POSTCODE = /^(?: \p{Lu})? (?:\d{4,5}|\d{3} \d{2})(?![\d.,:/-]\d)(?!\d)/u;
/** A postcode after a place found after "in" ("in Vaxholm 185 83", "in Tallinn 10115"); not a year. */
const POSTCODE_AFTER_TOWN = /^ (?:\d{4,5}|\d{3} \d{2})(?![\d.,:/-]\d)(?!\d)/;
const YEAR_AFTER = /^ (?:19|20)\d\d$/;

/** A Dublin postal district after "Dublin": 1 to 24, or 6W, closing its number. */
const DUBLIN_DISTRICT = /^ (?:6W|[1-9]|1\d|2[0-4])(?![\p{L}\p{N}]|[.,:/-]\d)/u;

/** A bracketed language or region after a place ("Cyprus (Greek)", "Fribourg (French)"). */
const BRACKET_AFTER = /^ \((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)/u;

/** Two to four capitals in brackets after a place, then perhaps a comma and a state code ("(SLC), UT"). */
const INITIALS_AFTER = /^ \(([A-Z]{2,4})\)(?:, ?([A-Z]{2})(?![\p{L}\p{N}]))?/u;

/** The first letters of a place's capitalised words ("Salt Lake City" → "SLC"). */
function initialsOf(place: string): string {
  let out = '';
  for (const w of place.split(' ')) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/**
 * Places with what follows them and belongs to them: the postcode after a place found after "in"
 * ("in Vaxholm 185 83 in its mission"; not a year), Dublin's postal district ("Dublin 8"), a
 * bracketed language or region, the place's initials in brackets ("Los Angeles (LA)", "Salt Lake City
 * (SLC), UT"), and the bracket that closes a state code read as the place's ("Washington (DC)").
 */
function withTails(text: string, spans: Span[]): Span[] {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    // "Los Angeles (LA": the chain took a bracketed code; its closing bracket goes with it.
    if (text.charCodeAt(s.end) === 41) {
      const inner = text.slice(s.start, s.end);
      if (inner.lastIndexOf('(') > inner.lastIndexOf(')')) spans[k] = span(s.start, s.end + 1, s.score);
      continue;
    }
    // "Niterói, RJ", "São Paulo/SP", "Belo Horizonte - MG": a Brazilian state's code after its town.
    const e = text.charCodeAt(s.end);
    if (e === 44 || e === 47 || (e === 32 && text.charCodeAt(s.end + 1) === 45)) {
      const m = BR_STATE_AFTER.exec(text.slice(s.end, s.end + 16));
      if (m) {
        spans[k] = span(s.start, s.end + m[0].length, s.score);
        continue;
      }
    }
    // "London EC4", "Manchester, M1", "Leeds LS1 4AP": a UK postcode's outward code (then its inward code)
    // after the town places the candidate more closely.
    if (e === 32 || e === 44) {
      const m = UK_OUTWARD_AFTER.exec(text.slice(s.end, s.end + 14));
      if (m) {
        spans[k] = span(s.start, s.end + m[0].length, s.score);
        continue;
      }
    }
    if (text.charCodeAt(s.end) !== 32) continue;
    const c = text.charCodeAt(s.end + 1);
    // "Andheri East, Mumbai": a compass word after a district, before its city's comma, is its part.
    if (c === 69 || c === 87 || c === 78 || c === 83 || c === 67 || c === 80) {
      const m = COMPASS_PART.exec(text.slice(s.end, s.end + 14));
      if (m) {
        spans[k] = span(s.start, s.end + m[0].length - 3, s.score);
        continue;
      }
    }
    if (c === 40) {
      const m = BRACKET_AFTER.exec(text.slice(s.end, s.end + 32));
      if (m && (LANGUAGES.has(fold(m[1]!)) || regionOrCountry(m[1]!)))
        spans[k] = span(s.start, s.end + m[0].length, s.score);
      else {
        const a = INITIALS_AFTER.exec(text.slice(s.end, s.end + 14));
        if (a && initialsOf(text.slice(s.start, s.end)) === a[1]) {
          const tail = a[2] && STATE_CODES.has(a[2]) ? a[0].length : a[0].indexOf(')') + 1;
          spans[k] = span(s.start, s.end + tail, s.score);
        }
      }
      continue;
    }
    // "København K", "Aarhus C": a postal district's letter alone after the town (then its postcode,
    // below).
    let end = s.end;
    if (districtLetterAt(text, s.end + 1)) {
      end = s.end + 2;
      spans[k] = span(s.start, end, s.score);
      if (!isDigitAt(text, end + 1)) continue;
    } else if (c < 48 || c > 57) continue;
    // "Dublin 8", "Dublin 6W": Dublin's postal districts (1 to 24) place the candidate more closely.
    if (s.end - s.start === 6 && /^dublin$/i.test(text.slice(s.start, s.end))) {
      const d = DUBLIN_DISTRICT.exec(text.slice(s.end, s.end + 5));
      if (d) spans[k] = span(s.start, s.end + d[0].length, s.score);
      continue;
    }
    if (s.start < 4 || !textIs(text, s.start - 4, s.start, ' in ')) continue;
    const m = POSTCODE_AFTER_TOWN.exec(text.slice(end, end + 9));
    if (m && !YEAR_AFTER.test(m[0])) spans[k] = span(s.start, end + m[0].length, s.score);
  }
  return spans;
}

/** What every military base of {@link militaryBases} holds (one cheap test before its scans). */
const MILITARY_GATE = /Fort |FORT |Ft\. |Camp |Joint Base |Naval |Marine Corps |Air Force Base|Air Base|AFB/;
/**
 * A military base named by its kind before its name: "Fort Liberty", "Ft. Hood", "Camp Arifjan", "Joint
 * Base Lewis-McChord", "Naval Air Station Pensacola", "Marine Corps Base Quantico"; one capitalised word
 * after "Fort" or "Camp" (a word, "Fort Liberty", too after "Fort"), up to two after the longer kinds.
 */
const BASE_BEFORE =
  /(?<![\p{L}\p{N}])(?:(Fort|FORT|Ft\.|Camp)|Joint Base|Naval (?:Air )?Station|Naval Support Activity|Marine Corps (?:Air )?(?:Base|Station))[ \t](\p{Lu}[\p{L}\p{M}'’-]+)((?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)/gu;
/** A service member's words, one of which a resume that names a camp as a base holds. */
const MILITARY_WORDS =
  /\b(?:Army|ARMY|Navy|NAVY|Marine Corps|USMC|Air Force|Battalion|Regiment|Brigade|Squadron|Platoon|Deployed|deployed|deployment|Soldiers|Sailors|Airmen|Marines|DD-214|Military|MILITARY)\b/;
/** A base named before its kind: "Ramstein Air Base", "Lackland AFB", "Travis Air Force Base". */
const BASE_AFTER =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t](?:Air Force Base|Air Base|AFB|Naval Base|Naval Air Station|Army Airfield)(?![\p{L}])/gu;

/**
 * Military bases, where a service member lived and served ("Fort Liberty (formerly Fort Bragg), NC",
 * "Deployed to Camp Arifjan, Kuwait", "Ramstein Air Base"): a veteran's resume names one on every
 * entry, and the gazetteer knows few of them. "Camp" only on a resume with a service member's words
 * (Army, Battalion, Deployed, DD-214: elsewhere it is a summer camp, an employer), before a word that is no English word, job or
 * organisation word, and not after a capitalised word ("Boot Camp Instructor", "Camp Counselor", "Summer
 * Camp" stay); "Fort" and "Camp" after a capitalised word are another name's ("Red Fort").
 */
function militaryBases(text: string): Span[] {
  const out: Span[] = [];
  let military: boolean | undefined;
  for (const m of scanAll(text, BASE_BEFORE)) {
    const kind = m[1];
    if (kind) {
      // A camp is a summer camp, an employer, on most resumes: a base only on a service member's.
      if (kind === 'Camp') {
        if (military === undefined) military = MILITARY_WORDS.test(text);
        if (!military) continue;
      }
      // "Red Fort", "Boot Camp": the kind's word inside another name.
      if (/\p{Lu}[\p{L}'’-]*[ \t]$/u.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      const word = m[2]!;
      const plain = isOrdinaryWord(word) || looksLikeWord(word) || ROLE_WORDS.has(word.toLowerCase());
      if ((kind === 'Camp' && plain) || isOrgTail(word) || SECTIONS.has(word.toLowerCase())) continue;
      out.push(span(m.index, m.index + m[0].length - m[3]!.length, 0.75));
      continue;
    }
    out.push(span(m.index, m.index + m[0].length, 0.75));
  }
  for (const m of scanAll(text, BASE_AFTER)) {
    if (isOrdinaryWord(m[1]!.split(/[ \t]/)[0]!)) continue;
    out.push(span(m.index, m.index + m[0].length, 0.75));
  }
  return out;
}

/**
 * A numbered district or ward and a comma right before a town ("District 3, ", "Ward 13, ", Vietnamese
 * "Quận 3, ", "Phường 7, ", Paris's "Arrondissement 15, ", perhaps with "TP." after the comma, Vietnamese
 * for city); group 1 is the whole head.
 */
const DISTRICT_HEAD =
  /(?:^|[\s,(:])((?:District|DISTRICT|Dist\.|Ward|WARD|Qu[aậ]n|QU[AẬ]N|Q\.|Ph[uư][oờ]ng|P\.|Huy[eệ]n|Zone|Arrondissement)[ \t]?\d{1,2}[ \t]*,[ \t]*(?:T[Pp]\.[ \t]?)?)$/u;

/**
 * Places with the numbered districts written before them ("District 3, Ho Chi Minh City", "Ward 13,
 * District 3, HCMC"): the district places the candidate more closely than the city, and where a
 * two-column page split an address over lines it is left alone outside the address. Two heads at most,
 * read on the 24 characters before each.
 */
function withDistrictHeads(text: string, spans: Span[]): Span[] {
  for (let k = 0; k < spans.length; k++) {
    let start = spans[k]!.start;
    for (let n = 0; n < 2; n++) {
      if (text.charCodeAt(start - 1) !== 32 && text.charCodeAt(start - 2) !== 44) break;
      const m = DISTRICT_HEAD.exec(text.slice(Math.max(0, start - 24), start));
      if (!m) break;
      start -= m[1]!.length;
    }
    if (start < spans[k]!.start) spans[k] = span(start, spans[k]!.end, spans[k]!.score);
  }
  return spans;
}

/**
 * A Brazilian state's code after its town, after a comma, a slash or a dash ("Niterói, RJ", "São
 * Paulo/SP", "Belo Horizonte - MG"), before the line's end, a separator, a number or " in " ("Leeds - PE
 * department" keeps its subject).
 */
const BR_STATE_AFTER =
  /^(?:, ?|\/| - )(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?=[ \t]*(?:$|\r?\n|[,·|•();–—]|[.-](?!\p{L})|\d)| in )/u;

/**
 * A compass or centre word, or a numbered phase or sector, then a comma and a capitalised word: the part
 * of a district ("Bandra West, Mumbai", "Lekki Phase 1, Lagos", "Sector 62, Noida" is the address rules').
 */
const COMPASS_PART = /^ (?:East|West|North|South|Central|Phase \d{1,2}|Phase [IV]{1,3}), \p{Lu}/u;

/** Danish postal districts' letters (K, V, Ø, N, S, C): never "I" or "A", a pronoun and an article. */
const DISTRICT_LETTERS = new Set([75, 86, 0xd8, 78, 83, 67]);
/**
 * True when a Danish postal district's letter stands alone at `at`, then the text's or the line's end,
 * or a space and a postcode ("København K 1421", "Aarhus C\n"); not an initial ("George T. Harrell",
 * "Edwards C, Ross S").
 */
function districtLetterAt(text: string, at: number): boolean {
  if (!DISTRICT_LETTERS.has(text.charCodeAt(at))) return false;
  const after = text.charCodeAt(at + 1);
  return Number.isNaN(after) || after === 10 || after === 13 || (after === 32 && isDigitAt(text, at + 2));
}
const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

const CONNECT = new Set([
  'de',
  'del',
  'la',
  'le',
  'upon',
  'on',
  'of',
  'sur',
  'am',
  'an',
  'der',
  'do',
  'da',
  'dos',
  'das',
  'en',
  'im',
  'u',
  // Arabic articles and Dutch, Italian, Spanish joining words inside place names ("Dar es Salaam",
  // "Ras al Khaimah", "Bergen op Zoom", "Alphen aan den Rijn"): only a whole gazetteer phrase counts.
  'es',
  'al',
  'el',
  'ad',
  'ar',
  'aan',
  'den',
  'op',
  'di',
  'y',
]);
const MAX_N = 4;

/** `fn` with its answers kept per phrase: the same places recur on every resume (cleared past 100,000). */
function memoised<T>(fn: (phrase: string) => T): (phrase: string) => T {
  const memo = new Map<string, T>();
  return (phrase) => {
    let v = memo.get(phrase);
    if (v === undefined) {
      v = fn(phrase);
      if (memo.size > 100_000) memo.clear();
      memo.set(phrase, v);
    }
    return v;
  };
}

/** Gazetteer class of a phrase. */
const placeKind = memoised(computePlaceKind);
/** {@link isRegionOrCountry}. */
const regionOrCountry = memoised(isRegionOrCountry);

/** {@link placeKind} of a token's word, kept in its WordInfo. */
function wordPlaceKind(t: Token): 'strong' | 'weak' | null {
  const info = tokenInfo(t);
  let v = info.placeKind;
  if (v === undefined) {
    v = computePlaceKind(t.text);
    info.placeKind = v;
  }
  return v;
}

/**
 * Towns named like a sport or game, which résumés list as interests far more often than as places
 * ("Interests: Rugby, Cricket", "Captain of the Rugby team"): weak, so a place's context is needed
 * ("Rugby, Warwickshire", "lives in Rugby").
 */
const GAME_TOWNS = new Set(['rugby', 'polo', 'bridge', 'cricket', 'golf', 'bowling']);

function computePlaceKind(phrase: string): 'strong' | 'weak' | null {
  if (!/[\s-]/.test(phrase)) {
    if (!isPlaceName(phrase)) return null;
    const w = fold(phrase);
    if (ROLE_WORDS.has(w) || SECTIONS.has(w)) return null;
    // A tool named like a town ("Cypress", "Vista", "Cocoa") is weak: a place only in a place's context
    // ("Lives in Cypress, California"), never in a list of tools.
    return isOrdinaryWord(phrase) || GAME_TOWNS.has(w) || TECH.has(w) ? 'weak' : 'strong';
  }
  const f = fold(phrase).replace(/\s+/g, ' ');
  if (TECH.has(f) || ROLE_WORDS.has(f) || SECTIONS.has(f)) return null;
  if (lexicon('countries').has(f) || lexicon('regions').has(f)) return isOrdinaryWord(f) ? 'weak' : 'strong';
  if (lexicon('cities').has(f)) return isOrdinaryWord(f) ? 'weak' : 'strong';
  if (lexicon('citiesCommon').has(f)) return 'weak';
  return null;
}

const startsWithDigit = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const placeLike = (t: Token) => isCapitalised(t.text) || isAllCaps(t.text);
/** Gap between two tokens that may sit inside one place name ("St. Louis", "Winston-Salem"). */
const innerGap = (text: string, a: Token, b: Token) => {
  // One to four spaces, a hyphen, or ". " after a short word (compared in place, no slice).
  const n = b.start - a.end;
  if (n >= 1 && n <= 4) {
    let spaces = 0;
    while (spaces < n && text.charCodeAt(a.end + spaces) === 32) spaces++;
    if (spaces === n) return true;
  }
  return textIs(text, a.end, b.start, '-') || (textIs(text, a.end, b.start, '. ') && a.text.length <= 3);
};

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'LOCATION', score, recognizer: 'location' };
}

type Kind = 'strong' | 'weak';

/** 0: no place starts with this word; 1: it is a one-word place; 2: a longer place may start here. */
function placeStart(t: Token): number {
  const info = tokenInfo(t);
  let v = info.placeStart;
  if (v === undefined) {
    v = startsPlacePhrase(fold(t.text)) ? 2 : isPlaceName(t) ? 1 : 0;
    info.placeStart = v;
  }
  return v;
}

/** Longest gazetteer match starting at token i: [last token index, kind]. */
function matchAt(text: string, toks: Token[], i: number): [number, Kind] | null {
  const first = toks[i];
  if (!first || !placeLike(first) || startsWithDigit(first.text)) return null;
  const start = placeStart(first);
  if (!start) return null;
  const multi = start === 2;
  for (let n = multi ? Math.min(MAX_N, toks.length - i) : 1; n >= 1; n--) {
    const last = toks[i + n - 1]!;
    if (!placeLike(last)) continue;
    let ok = true;
    for (let k = i + 1; k < i + n && ok; k++) {
      const t = toks[k]!;
      ok = innerGap(text, toks[k - 1]!, t) && (placeLike(t) || CONNECT.has(t.text.toLowerCase()));
    }
    if (!ok) continue;
    // One word: its class is kept on the word's entry (no slice, no phrase look-up).
    const kind = n === 1 ? wordPlaceKind(first) : placeKind(text.slice(first.start, last.end));
    if (kind) return [i + n - 1, kind];
  }
  return null;
}

/**
 * True when text[from, to) reads as /^\.?\s{0,4},\s{0,4}$/ or /^\s{0,4}\(\s?$/ (", ", " , ", ". , ", " ("),
 * tested in place: the gap between two tokens, asked for every capitalised word before a comma.
 * Each part of either pattern matches one kind of character, so one pass decides it exactly.
 * @example commaOrBracketGap('Ames, IA', 4, 6) // true
 */
export function commaOrBracketGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 46 && i < to) i++; // an optional "." (comma form only)
  const dotted = i > from;
  let spaces = 0;
  while (i < to && spaces <= 4 && isSpaceCode(text.charCodeAt(i))) {
    i++;
    spaces++;
  }
  if (spaces > 4 || i >= to) return false;
  const c = text.charCodeAt(i++);
  let after = 0;
  while (i < to && isSpaceCode(text.charCodeAt(i))) {
    i++;
    after++;
  }
  if (i < to) return false;
  return c === 44 ? after <= 4 : c === 40 && !dotted && after <= 1;
}

/** Master's and doctor's degrees that are also state codes. */
const DEGREE_CODES = new Set(['MS', 'MA', 'ME', 'MD']);
/** A degree's subject after it: "in", "of", or a capitalised word one space on ("MS Electrical Engineering"). */
const SUBJECT_AFTER =
  /^ (?:in |of |(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}\p{Ll})/u;
/**
 * True when the code token is a degree before its subject ("Stanford, MS Electrical Engineering",
 * "Carnegie Mellon, MS Robotics"), not a state ("Boston, MA 02115", "Jackson, MS").
 */
function degreeCode(text: string, t: Token): boolean {
  return (
    DEGREE_CODES.has(t.text) &&
    SUBJECT_AFTER.test(text.slice(t.end, t.end + 5)) &&
    !placeWordsAfter(text, t.end)
  );
}

/**
 * A dotted country code that opens an organisation's name on the same line ("Margaret H. Caldwell, U.S.
 * District Court", "Caldwell, U.K. Supreme Court"): no country of the word before the comma (as in
 * {@link abbreviations}' "U.S. Department of Labor").
 */
const countryOpensOrg = (text: string, t: Token): boolean =>
  t.text.includes('.') && /^\. \p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 4));

/**
 * After token `j`: ", ST" / ", Region" / ", Country" (chained: "Kanpur, UP, India"). Returns the
 * index of the last token of the chain, or -1.
 */
function commaChain(text: string, toks: Token[], j: number): number {
  let end = -1;
  let cur = j;
  for (let hop = 0; hop < 3; hop++) {
    const a = toks[cur]!;
    const next = toks[cur + 1];
    const c = text.charCodeAt(a.end);
    if (c !== 44 && c !== 32 && c !== 40 && c !== 46) break; // , space ( .
    if (!next) break;
    const plain = textIs(text, a.end, next.start, ' ');
    if (!plain && !commaOrBracketGap(text, a.end, next.start)) break;
    if (
      codeLike(next) &&
      (upperSecond(next)
        ? (stateCode(next) ||
            (COUNTRY_CODES.has(next.text) && !countryOpensOrg(text, next)) ||
            (!plain && townRegionCode(text, next))) &&
          !degreeCode(text, next)
        : !plain && titleStateCode(next, text))
    ) {
      end = cur + 1;
      cur = end;
      continue;
    }
    if (!plain && /^[A-Z]{2}$/.test(next.text) && commaChain(text, toks, cur + 1) >= 0) {
      // Another two-letter region code ("Kanpur, UP, India") when a region or country follows.
      end = cur + 1;
      cur = end;
      continue;
    }
    if (plain) break;
    const m = matchAt(text, toks, cur + 1);
    if (!m || m[1] === 'weak' || !regionOrCountry(text.slice(next.start, toks[m[0]]!.end))) break;
    end = m[0];
    cur = end;
  }
  return end;
}

/**
 * A place directly followed by a capitalised name word or an organisation word is part of an
 * organisation's name ("Jackson Associates", "Canada Pacific Railways", "CHENNAI Tech").
 */
function orgFollows(text: string, toks: Token[], last: number): boolean {
  const t = toks[last];
  // "Pipeline Alaska, Inc.", "Twist Mobile India (P) Ltd": a legal form after a comma or India's "(P)".
  if (
    t &&
    (text.charCodeAt(t.end) === 44 || text.charCodeAt(t.end) === 32) &&
    LEGAL_AFTER.test(text.slice(t.end, t.end + 20))
  )
    return true;
  const u = toks[last + 1];
  if (!t || !u || text.slice(t.end, u.start) !== ' ' || !placeLike(u)) return false;
  // LinkedIn's own place names: "Chicago Metropolitan Area", "Tel Aviv District, Israel" (but
  // "Chicago Metro Bank", "Denver Area Council" and "Tel Aviv District Court" are organisations).
  // (Every area word starts with one of a few capitals: most next words are ruled out by it.)
  const area = AREA_FIRST.has(u.text.charCodeAt(0)) ? AREA_SUFFIX.exec(text.slice(t.end, t.end + 30)) : null;
  if (area && !/^ \p{Lu}/u.test(text.slice(t.end + area[0].length, t.end + area[0].length + 2))) return false;
  if (orgNounAhead(text, toks, last)) return true;
  // "København K 1421", "Aarhus C": a postal district's letter, no organisation's word.
  if (districtLetterAt(text, u.start)) return false;
  if (isAllCaps(t.text) !== isAllCaps(u.text) && u.text.length > 1) return false;
  if (ROLE_WORDS.has(fold(u.text))) return true;
  return !isOrdinaryWord(u) && !matchAt(text, toks, last + 1);
}

/** A legal form after a comma, or India's "(P) Ltd" / "(Pvt.) Ltd.", closing an employer's name. */
const LEGAL_AFTER = /^(?:, (?:Inc|Ltd|LLC|LLP|Corp|PLC|GmbH|Pvt|Pty)\b|,? \((?:P|Pvt)\.?\) ?Ltd\b)/;

/**
 * The end of a chain of places with the area word after its last one, as LinkedIn writes a region
 * named like its city ("Lagos, Lagos State, Nigeria" left "State"), when no capitalised word follows.
 */
function areaEnd(text: string, last: Token): number {
  if (text.charCodeAt(last.end) !== 32 || !AREA_FIRST.has(text.charCodeAt(last.end + 1))) return last.end;
  const area = AREA_SUFFIX.exec(text.slice(last.end, last.end + 30));
  if (!area) return last.end;
  const end = last.end + area[0].length;
  return /^ \p{Lu}/u.test(text.slice(end, end + 2)) ? last.end : end;
}

/** True for a generic place word after a capitalised word that can open a town ("Chestnut Hill"). */
function genericAfterWord(text: string, t: Token, prev: Token | undefined): boolean {
  return (
    !!prev &&
    PLACE_GENERIC.has(fold(t.text)) &&
    textIs(text, prev.end, t.start, ' ') &&
    /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
    !notTownWord(prev)
  );
}

/**
 * "Muncie, IN" / "Piccadilly, Ohio": an unknown word is a town when a comma and a state code or a
 * single region follow (or, in a comma-separated field, a space and a state code that is no word:
 * "Stockler CA", "Sunapee N.H."); not when the right side is itself "City, ST" (then the left is an employer).
 */
function unknownTownBefore(text: string, toks: Token[], i: number, chain: number): boolean {
  const next = toks[i + 1]!;
  if (!/^\s{0,4},\s{0,4}$/.test(text.slice(toks[i]!.end, next.start))) {
    // "Chuck's Sodas, Stockler CA": a field after a comma, a space and a state code that is no word.
    const t = toks[i]!;
    // ("Confidential, Sunapee N.H.": a dotted code too.)
    return (
      textIs(text, t.end, next.start, ' ') &&
      ((STATE_CODES.has(next.text) && !AMBIGUOUS_CODES.has(next.text)) || DOTTED_STATES.has(next.text)) &&
      /, {1,2}$/.test(text.slice(Math.max(0, t.start - 3), t.start))
    );
  }
  if (stateCode(next) || titleStateCode(next, text) || PLAIN_TOWN_REGION_CODES.has(next.text)) return true;
  const m = matchAt(text, toks, i + 1);
  // "Treforest, Wales, UK" yes; "LexisNexis, New York, NY" no: a state code after the right side makes it a city.
  const after = toks[(m?.[0] ?? i) + 1];
  return !!m && !(after && m[0] < chain && stateCode(after));
}

/**
 * What may open a job entry's field before its employer: the line's start, a bullet, the entry's dates,
 * "at" (Spanish and Portuguese "en"/"em", German "bei", Dutch "bij", French "chez", Italian "presso"), a
 * bar or a colon.
 */
const EMPLOYER_LEAD =
  /(?:^|\n)[ \t•·*>–—-]*(?:(?:\d{1,2}[/.])?(?:19|20)\d\d[ \t]?[–—-][ \t]?(?:(?:\d{1,2}[/.])?(?:19|20)\d\d|[Pp]resent|[Cc]urrent)?[ \t]+)?$|(?:\b(?:at|en|em|bei|bij|chez|presso)|[|:;])[ \t]+$/;

/**
 * True when the unknown word `t` opens a field of a job entry's line and a place follows it ("Spotify,
 * Stockholm — Senior Engineer (2019–)", "Software Engineer at Avast, Prague"): the line names a job, so
 * the word is the employer, not a suburb of the place (addresses name no job); or it opens a line of its
 * own beside the job title's line, the entry's dates near ("Klarna, Stockholm\nSenior Engineer\n2019 –
 * 2022").
 */
/**
 * A line's first field and its comma, or a dash or bar, before the field in question ("Software
 * Engineer, ", "Analista Programadora — "); single spaces only ("Cashier  Dell's Diner, " holds two fields),
 * after the entry's dates where they open the line ("2020 – Halen     Kıdemli Yazılım Mühendisi, ").
 */
const JOB_FIELD_LEAD =
  /^[ \t•·*>–—-]*(?:(?:\d{1,2}[/.])?(?:19|20)\d\d[ \t]?[–—-][ \t]?(?:(?:\d{1,2}[/.])?(?:19|20)\d\d|\p{L}+):?[ \t]+)?[^,\n|:;\t ](?:[^,\n|:;\t ]| (?! ))+?(?:,|[ \t][–—|-])[ \t]+$/u;

/**
 * A job title as its own field (after a line break or two spaces, as extraction joins lines) and a
 * slash, bar or dash before the word ("  Software developer / FXHome, Royaume-Uni").
 */
const JOB_FIELD_SLASH = /(?:^|\n|[ \t]{2})([^\n/|–—]{2,50}?)[ \t][/|–—][ \t]$/;

function employerOpensJobLine(text: string, t: Token, last: Token): boolean {
  const field = JOB_FIELD_SLASH.exec(text.slice(Math.max(0, t.start - 60), t.start));
  if (field && namesJob(field[1]!)) return true;
  // The line's start and end, each read at most a bounded way (a long line of places stays linear).
  let a = t.start;
  while (a > 0 && t.start - a <= 60 && text.charCodeAt(a - 1) !== 10) a--;
  if (a > 0 && text.charCodeAt(a - 1) !== 10) return false;
  const lead = text.slice(a, t.start);
  // "Software Engineer, Acme, Vienna, 2019 – 2021": the field after the job title is the employer's.
  if (JOB_FIELD_LEAD.test(lead) && namesJob(lead)) return true;
  if (!EMPLOYER_LEAD.test(lead)) return false;
  let b = last.end;
  while (b < text.length && b - last.end <= 120 && text.charCodeAt(b) !== 10) b++;
  if (b < text.length && text.charCodeAt(b) !== 10) return false;
  if (namesJob(`${text.slice(a, t.start)} ${text.slice(last.end, b)}`)) return true;
  // "Klarna, Stockholm" on a line of its own beside the job title's line, the entry's dates near.
  return employerLine(text, t.start, t.end);
}

/** "at" (or "@") right before the employer's slot on a job's line. */
const AT_BEFORE = /(?:^|[ \t])(?:at|@)[ \t]+$/;

/**
 * True when token i is an acronym of three to five capitals (a town of the gazetteer too, "DEWA") before a
 * comma and a Title Case place, in the employer's slot of a job's line: after "at" ("Engineer at DEWA,
 * Dubai") or after the job title's field ("Engineer, DEWA, Dubai"). A line in capitals ("PUNE,
 * MAHARASHTRA") or a town line with no job ("PUNE, Maharashtra") keeps its town.
 */
function acronymEmployer(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const n = toks[i + 1];
  if (!/^[A-Z]{3,5}$/.test(t.text) || text.charCodeAt(t.end) !== 44 || !n || !/^\p{Lu}\p{Ll}/u.test(n.text))
    return false;
  let a = t.start;
  while (a > 0 && t.start - a <= 60 && text.charCodeAt(a - 1) !== 10) a--;
  const lead = text.slice(a, t.start);
  if (AT_BEFORE.test(lead)) return namesJob(lead);
  return JOB_FIELD_LEAD.test(lead) && namesJob(lead);
}

/**
 * True when token `t` may be an unknown town's name: no ordinary word, or an ordinary word before
 * a state code ("Spring, TX", "Valley, TX"). `code` is the token after it.
 */
function townWord(t: Token, code: Token | undefined, prev?: Token, text = ''): boolean {
  // "CPA, CA", "CFA, CA": a short acronym the gazetteer lacks is a designation, not a town.
  if (t.text.length <= 5 && isAllCaps(t.text) && !isPlaceName(t)) return false;
  return (
    (!isOrdinaryWord(t) && !looksLikeWord(t.text) && !t.text.includes('.')) ||
    (!!code &&
      stateCode(code) &&
      // A code that is also a word or a degree ("MA", "IN") only after a two-word town that ends in a
      // generic place word ("Chestnut Hill, MA", "Wellesley Hills, MA").
      (!AMBIGUOUS_CODES.has(code.text) || genericAfterWord(text, t, prev)) &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      // A tool's name that is also a town ("Spring, TX"): in a list of tools the analyzer overrules it.
      (!TECH.has(fold(t.text)) || isPlaceName(t)) &&
      !ROLE_WORDS.has(fold(t.text)) &&
      (!SECTIONS.has(fold(t.text)) || PLACE_GENERIC.has(fold(t.text))))
  );
}

/**
 * The lines of LinkedIn's "Activities and societies:" field of an education entry, whose clubs are named
 * after the school's town or state ("Michigan Data Science Team", "Oxford Union"): a place there names
 * the school, so an organisation word after it does not keep it.
 */
function activityFields(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf('ctivities '); at > 0; at = text.indexOf('ctivities ', at + 10)) {
    const label = ACTIVITIES_LABEL.exec(text.slice(at - 1, at + 30));
    if (!label || /[\p{L}\p{N}]/u.test(text[at - 2] ?? '')) continue;
    const from = at - 1 + label[0].length;
    const nl = text.indexOf('\n', from);
    out.push([from, nl < 0 ? text.length : nl]);
  }
  return out;
}
const ACTIVITIES_LABEL = /^[Aa]ctivities (?:and|&) [Ss]ocieties:/;

function analyzeLocations(text: string): Span[] {
  const out: Span[] = [];
  const toks = wordTokens(text);
  const activities = text.length > 30 ? activityFields(text) : [];
  const shaped: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const c = t.text.charCodeAt(0);
    // A lower-case ASCII first letter is neither capitalised nor all capitals: no need to ask placeLike.
    if ((c >= 97 && c <= 122) || !placeLike(t) || startsWithDigit(t.text)) {
      // "originally from switzerland": a lower-case place right after a strong cue (the cue is
      // asked first: it settles most words without a look-up in the word table).
      if (
        c >= 97 &&
        c <= 122 &&
        cueBefore(text, toks, i) &&
        (isPlaceName(t) || lowerTownAfterCue(text, toks, i))
      )
        if (!isOrdinaryWord(t)) out.push(span(t.start, t.end, 0.6));
      continue;
    }
    if (townShaped(toks, i)) shaped.push(span(t.start, t.end, 0.6));
    // "Munich-based", "New York-based", "Lagos-born": the place before the hyphen.
    const hyphen = t.text.includes('-');
    if (hyphen && PLACE_TAIL.test(t.text)) {
      const headEnd = t.start + t.text.lastIndexOf('-');
      const prev = toks[i - 1];
      const two =
        prev && innerGap(text, prev, t) && placeLike(prev)
          ? placeKind(text.slice(prev.start, headEnd))
          : null;
      const head = text.slice(t.start, headEnd);
      if (two || placeKind(head) === 'strong' || CITY_LETTERS.has(head)) {
        out.push(span(two ? prev!.start : t.start, headEnd, 0.7));
        continue;
      }
    }
    // LinkedIn's US metro areas join their cities with hyphens: "Dallas-Fort Worth Metroplex",
    // "Raleigh-Durham-Chapel Hill Area", "Washington DC-Baltimore Area".
    if (hyphen && AREA_AHEAD.test(text.slice(t.end, t.end + 40))) {
      const metro = hyphenMetro(text, toks, i);
      if (metro) {
        out.push(span(metro[0], metro[1], 0.7));
        i = metro[2];
        continue;
      }
    }
    const m = matchAt(text, toks, i);
    const last = m ? m[0] : i;
    const chain = commaChain(text, toks, last);
    // "BANK OF AMERICA, New York, NY": the place closes the employer's name and the town after it is read
    // on its own ("Heritage Bank of Huntsville, AL": a code after the place makes it the job's town).
    if (
      m &&
      chain >= 0 &&
      !stateCode(toks[last + 1]!) &&
      !COUNTRY_CODES.has(toks[last + 1]!.text) &&
      matchAt(text, toks, last + 1) &&
      orgNameBefore(text, t.start, toks[last]!.end)
    ) {
      i = last;
      continue;
    }
    // "Telenor Pakistan, Islamabad": a country after a brand names its national branch; "Engineer at DEWA,
    // Dubai": an acronym the gazetteer holds as a town, in a job line's employer slot, is the employer.
    // The town after the comma is read on its own.
    if (
      m &&
      chain >= 0 &&
      last === i &&
      !cueBefore(text, toks, i) &&
      (brandBefore(text, toks, i) || acronymEmployer(text, toks, i))
    )
      continue;
    if (m && chain >= 0) {
      // "West Goshen, PA", "Mt. Sterling, KY", "Culver City, Ca": prefixes and first words belong to the town.
      const from = toks[townFrom(text, toks, i, last)]!;
      const prefix = PLACE_PREFIX.exec(text.slice(Math.max(0, from.start - 10), from.start));
      out.push(span(from.start - (prefix ? prefix[0].length : 0), areaEnd(text, toks[chain]!), 0.85));
      i = chain;
      continue;
    }
    if (!m && chain >= 0 && isOrgTail(t) && townWord(t, toks[i + 1], toks[i - 1], text)) {
      // "Store Supervisor, Carrefour Hypermarket, Sharjah", "… County Public Schools, MD": an
      // organisation's noun ends no town; the region or state after it stays a place.
      out.push(span(toks[i + 1]!.start, toks[chain]!.end, 0.7));
      i = chain;
      continue;
    }
    // "CME Group-Chicago, IL": an employer's noun joined to a known town by a hyphen; the town is the place.
    const joined = !m && chain >= 0 ? t.text.lastIndexOf('-') : -1;
    if (joined > 0) {
      const before = t.text.slice(0, joined);
      const town = t.text.slice(joined + 1);
      if (
        isOrgTail(before.slice(before.lastIndexOf('-') + 1)) &&
        /^\p{Lu}/u.test(town) &&
        isPlaceName(town)
      ) {
        out.push(span(t.start + joined + 1, toks[chain]!.end, 0.75));
        i = chain;
        continue;
      }
    }
    if (
      !m &&
      chain >= 0 &&
      townWord(t, toks[i + 1], toks[i - 1], text) &&
      unknownTownBefore(text, toks, i, chain) &&
      !employerOpensJobLine(text, t, toks[chain]!) &&
      // "Société Générale, La Défense": a well-known employer before a place.
      !companyAtTokens(toks, i, i)
    ) {
      // "Muncie, IN": an unknown town before a state code or region. Take up to two more words
      // to its left that are neither ordinary words nor tied to an organisation.
      let from = i;
      while (from > 0 && i - from < 2 && innerGap(text, toks[from - 1]!, toks[from]!)) {
        const p = toks[from - 1]!;
        if (
          !placeLike(p) ||
          p.text.includes('.') ||
          (isOrdinaryWord(p) && !TOWN_PREFIX.has(p.text.toLowerCase()))
        )
          break;
        from--;
      }
      from = Math.min(from, townFrom(text, toks, i, i));
      // "Site Manager, Laing O'Rourke, Manchester": the run's first word opens the employer's field of a
      // job's line (its last word alone does not), so the run is the employer; the town after it is
      // read on its own.
      if (from === i || !employerOpensJobLine(text, toks[from]!, toks[chain]!)) {
        const start = toks[from]!.start;
        const prefix = PLACE_PREFIX.exec(text.slice(Math.max(0, start - 10), start));
        out.push(span(start - (prefix ? prefix[0].length : 0), toks[chain]!.end, 0.75));
        i = chain;
        continue;
      }
    }
    if (!m) {
      // "in Acquapendente 1021", "in ARENDAL 4844": an unknown town between "in" and its postcode.
      // A one-letter postal district may come between ("in Kastrup K 2770").
      const d = codeAt(text, t.end + 1);
      if (
        codeAt(text, t.end) === 32 &&
        ((d >= 48 && d <= 57) || codeAt(text, t.end + 2) === 32) &&
        TOWN_BEFORE_POSTCODE.test(text.slice(t.end, t.end + 11)) &&
        !isOrdinaryWord(t) &&
        /\bin $/.test(text.slice(Math.max(0, t.start - 4), t.start))
      ) {
        // The postcode goes with the town ("in Acquapendente 1021").
        const code = TOWN_BEFORE_POSTCODE.exec(text.slice(t.end, t.end + 11))!;
        out.push(span(t.start, t.end + code[0].length, 0.6));
        continue;
      }
      // The cue is asked first: its last word settles nearly every token without folding it.
      if (
        placeLike(t) &&
        cueBefore(text, toks, i) &&
        !isOrdinaryWord(t) &&
        !PIPELINE_WORDS.has(fold(t.text))
      ) {
        let j = i;
        while (
          j + 1 < toks.length &&
          j - i < 2 &&
          innerGap(text, toks[j]!, toks[j + 1]!) &&
          placeLike(toks[j + 1]!) &&
          !isOrdinaryWord(toks[j + 1]!)
        )
          j++;
        // "in TP. Hồ Chí Minh": a known place that starts inside the run and ends past it goes whole.
        for (let k = i + 1; k <= j; k++) {
          const known = matchAt(text, toks, k);
          if (known && known[0] > j) {
            j = known[0];
            break;
          }
        }
        out.push(span(t.start, toks[j]!.end, 0.6));
        i = j;
      } else i = placeContext(text, toks, i, out);
      continue;
    }
    // "Coho Vineyard", "Lakeside Capital": a place name that is an organisation noun after a capitalised word.
    const prev = toks[i - 1];
    const inOrg =
      !(activities.length && activities.some(([a, b]) => t.start >= a && t.start < b)) &&
      (orgFollows(text, toks, last) ||
        // "Country Club": a gazetteer phrase that ends in an organisation noun.
        (last > i && isOrgTail(toks[last]!)) ||
        (last === i &&
          !!prev &&
          isOrgTail(t) &&
          placeLike(prev) &&
          text.slice(prev.end, t.start) === ' ' &&
          !startsWithDigit(prev.text)) ||
        // "Supreme Court of Victoria", "Heritage Bank of Huntsville": the place ends an organisation's name.
        orgNameBefore(text, t.start, toks[last]!.end));
    const cue = cueBefore(text, toks, i);
    if (!cue && last === i && brandBefore(text, toks, i)) {
      i = last;
      continue;
    }
    // "Para la empresa desarrollé …", "Una de mis tareas …": a function word of another language that
    // is also a place ("Pará", "Una") opening a sentence of that language.
    if (!cue && last === i && foreignOpener(text, toks, i)) continue;
    // "HỌC VẤN" (education), a Vietnamese heading: a word after a Vietnamese word is Vietnamese, not "Van".
    if (!cue && last === i && vietnameseAfterWord(text, toks, i)) continue;
    // "Para: Recursos Humanos", "De: Ana Ruiz": a letter's or memo's header label, not Pará.
    if (last === i && memoLabel(text, t)) continue;
    // "ABA therapy", "ACCA, CIMA, IBA": a town of three letters in capitals, on a line in mixed case, is
    // an acronym, unless its region or country follows ("ABA, Abia State").
    if (!cue && last === i && t.text.length === 3 && shortCapitals(text, toks, i)) continue;
    if ((m[1] === 'strong' && !inOrg) || cue) {
      // "Mount Carmel East", "Mt. Sinai": a mountain's name, or an employer's named after one, not the
      // town alone; after a cue the town is "Mount Carmel" ("lives in Mount Carmel").
      // (Every such word ends in "t", "T" or "." before its space: most places are ruled out by it.)
      const p = codeAt(text, t.start - 2);
      const mount =
        codeAt(text, t.start - 1) === 32 && (p === 116 || p === 84 || p === 46)
          ? MOUNT_BEFORE.exec(text.slice(Math.max(0, t.start - 7), t.start))
          : null;
      if (mount && !cue) {
        i = last;
        continue;
      }
      // LinkedIn style: "Greater Seattle Area", "San Francisco Bay Area", "Chicago Metropolitan Area".
      // "East Canada", "Metro Manila", "City of Industry": a prefix belongs to the place ("Southern" is
      // a description, left out).
      const before = PLACE_PREFIX.exec(text.slice(Math.max(0, t.start - 10), t.start));
      const after = AREA_SUFFIX.exec(text.slice(toks[last]!.end, toks[last]!.end + 30));
      const from = mount ? t.start - mount[0].length : before ? t.start - before[0].length : t.start;
      out.push(span(from, toks[last]!.end + (after ? after[0].length : 0), cue ? 0.75 : 0.7));
    }
    i = last;
  }
  for (const m of abbreviations(text)) {
    if (/[\p{L}\p{N}.]/u.test(text[m.index - 1] ?? '')) continue;
    if (m[0] === 'US' && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "U.S. Department of Labor", "UK Ministry of Defence": the country begins an organisation's name.
    // ("SF Bay Area" is the place itself.)
    if (
      m[0] !== 'SF' &&
      /^ ?\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      continue;
    // "Amazon UK", "Airbus UK": an employer's national branch.
    if (brandWordBefore(text, m.index)) continue;
    out.push(span(m.index, m.index + m[0].length, 0.7));
  }
  out.push(...localities(text, out), ...districtsBefore(text, out), ...townsAboveCountries(text, toks, out));
  out.push(...fieldDistricts(text, out));
  out.push(...stateCodeRuns(text), ...beforeCountryInBrackets(text, toks), ...shaped);
  if (text.includes(':')) out.push(...labelledPlaces(text));
  out.push(...dottedAdminPlaces(text));
  out.push(...jobLineTowns(text));
  out.push(...employerLineTowns(text));
  eastAsianAdmin(text, out);
  if (text.includes('Co')) out.push(...irishCounties(text));
  if (MILITARY_GATE.test(text)) out.push(...militaryBases(text));
  if (text.includes('w ') || text.includes('we ')) polishLocatives(text, out);
  return withoutLanguagesOrTools(
    text,
    withDistrictHeads(
      text,
      withTails(text, withoutEmployers(text, withoutFirmParts(text, withoutCompanies(text, toks, out)))),
    ),
  );
}

/** A letter that only Vietnamese writes: a vowel with a tone mark and a hook, dot or circumflex, or "ơ", "ư", "đ". */
const VIETNAMESE_LETTER = /[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0110\u0111]/;
/**
 * Vietnamese administrative words and locative prepositions before a place ("thành phố Huế", "tỉnh",
 * "quận", "huyện"; "tại", "ở", "đến", "từ", "quê"), folded.
 */
const VIETNAMESE_ADMIN = new Set([
  'pho',
  'tinh',
  'quan',
  'huyen',
  'phuong',
  'xa',
  'thi',
  'tp',
  'tai',
  'o',
  'den',
  'tu',
  'que',
]);

/**
 * True when token i, a one-word place written with a letter only Vietnamese has ("VẤN"), follows a
 * Vietnamese word on its line ("HỌC VẤN", education): the pair is Vietnamese, not the place its
 * letters fold to ("Van"). Not after an administrative word or a preposition ("Thành phố Huế", "tại Huế").
 */
function vietnameseAfterWord(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  if (!p || !VIETNAMESE_LETTER.test(t.text) || text.slice(p.end, t.start) !== ' ') return false;
  return VIETNAMESE_LETTER.test(p.text) && !VIETNAMESE_ADMIN.has(fold(p.text));
}

/**
 * Drops a one-word place that is a language's name before a level ("Italien (notions)", "Deutsch –
 * fließend"): in a languages field the German name of Italy is the French name of Italian; one
 * that a software noun follows ({@link TOOL_NOUN_AFTER}); a language glossed in brackets ("Deutsch
 * (German)"); a venue's name before its town ("Restaurant Daniel, New York" keeps "New York"); and an
 * aircraft's model after its maker ("Piper Seminole").
 */
function withoutLanguagesOrTools(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (!languageOrToolKept(text, s)) continue;
    // "Restaurant Daniel, New York", "Hôtel Beaurivage, Geneva": the venue's name before the town's comma
    // is the employer's, not the place's.
    if (
      text.charCodeAt(s.start - 1) === 32 &&
      VENUE_BEFORE.test(text.slice(Math.max(0, s.start - 14), s.start))
    ) {
      const comma = text.indexOf(', ', s.start);
      if (comma > s.start && comma < s.end) out.push(span(comma + 2, s.end, s.score));
      continue;
    }
    // "Piper Seminole", "Piper PA-44 Seminole", "Beechcraft King Air": an aircraft's model after its maker.
    if (
      text.charCodeAt(s.start - 1) === 32 &&
      AIRCRAFT_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start))
    )
      continue;
    out.push(s);
  }
  return out;
}

/** An aircraft maker's name, perhaps with a model's code, right before a word ("Piper PA-44 ", "Cessna "). */
const AIRCRAFT_BEFORE =
  /(?<![\p{L}])(?:Piper|Cessna|Beechcraft|Cirrus|Mooney|Diamond|Embraer|Bombardier|Boeing|Airbus|Pilatus|Gulfstream|Learjet|Sikorsky)(?: [A-Z]{1,3}-?\d+[A-Z]?)? $/u;

/** False for a place that is a language's name or a tool's ({@link withoutLanguagesOrTools}). */
function languageOrToolKept(text: string, s: Span): boolean {
  // "Deutsch (German)": the bracket went with the place (withTails); both are languages' names.
  if (text.charCodeAt(s.end - 1) === 41) {
    const g = LANGUAGE_GLOSSED.exec(text.slice(s.start, s.end));
    if (g && isLanguageName(g[1]!) && LANGUAGES.has(fold(g[2]!))) return false;
  }
  const c = text.charCodeAt(s.end);
  if (c !== 32 && c !== 40 && c !== 58 && c !== 9) return true;
  const w = text.slice(s.start, s.end);
  if (!/^\p{L}+$/u.test(w)) return true;
  if (c === 32 && TOOL_NOUN_AFTER.test(text.slice(s.end, s.end + 14))) return false;
  return !(LEVEL_AFTER.test(text.slice(s.end, s.end + 40)) && isLanguageName(w));
}

/** A language's own name, then its English name in brackets ("Deutsch (German)"), as a languages list glosses it. */
const LANGUAGE_GLOSSED = /^(\p{L}+) ?\((\p{Lu}\p{Ll}+)\)$/u;

/**
 * Nouns of software after a tool's name that is also a town ("Cypress suite", "Cypress tests",
 * "Aurora cluster", "Falcon API"): the word names the tool there, not a place.
 */
const TOOL_NOUN_AFTER =
  /^ (?:suites?|tests?|testing|frameworks?|scripts?|automation|plugins?|library|libraries|components?|specs?|e2e|APIs?|SDKs?|CLI|clusters?|instances?|databases?|runners?|dashboards?)\b/;

/**
 * Polish locative endings of towns and the nominative endings they stand for, tried in order
 * ("Krakowie" → "Kraków", "Toruniu" → "Toruń", "Wrocławiu" → "Wrocław", "Łodzi" → "Łódź", "Katowicach" →
 * "Katowice", "Warszawie" → "Warszawa", "Lublinie" → "Lublin", "Gdyni" → "Gdynia", "Gdańsku" → "Gdańsk",
 * "Opolu" → "Opole", "Bydgoszczy" → "Bydgoszcz", "Polsce" → "Polska").
 */
const LOCATIVE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['owie', 'ów'],
  ['niu', 'ń'],
  ['iu', ''],
  ['dzi', 'dź'],
  ['ach', 'e'],
  ['sce', 'ska'],
  ['ie', 'a'],
  ['ie', ''],
  ['i', 'ia'],
  ['u', ''],
  ['u', 'e'],
  ['y', ''],
];
/** A capitalised word after the Polish "w"/"we" (in), at a word's start. */
const AFTER_POLISH_IN = /(?<![\p{L}\p{N}])we? (\p{Lu}[\p{Ll}\p{M}]{3,})(?![\p{L}\p{N}])/uy;

/**
 * Towns in the locative after the Polish "w"/"we" (in), as Polish CVs name the town of a school or an
 * employer ("Uniwersytet Mikołaja Kopernika w Toruniu", "Asseco Poland, w Krakowie", "we Wrocławiu"):
 * the gazetteer holds the nominative, so an ending of {@link LOCATIVE_ENDINGS} is undone and the
 * result must be a known place that is no English word. Read only at each "w " and "we ".
 */
function polishLocatives(text: string, out: Span[]): void {
  for (const lead of ['w ', 'we '])
    for (let k = text.indexOf(lead); k !== -1; k = text.indexOf(lead, k + lead.length)) {
      AFTER_POLISH_IN.lastIndex = k;
      const m = AFTER_POLISH_IN.exec(text);
      if (!m || m[0].length !== lead.length + m[1]!.length) continue;
      const word = m[1]!;
      const start = k + lead.length;
      const lower = word.toLowerCase();
      for (const [locative, nominative] of LOCATIVE_ENDINGS) {
        if (!lower.endsWith(locative) || lower.length - locative.length < 2) continue;
        const base = word.slice(0, word.length - locative.length) + nominative;
        if (isPlaceName(base) && !isOrdinaryWord(base)) {
          out.push(span(start, start + word.length, 0.8));
          break;
        }
      }
    }
}

/** The counties of Ireland and Northern Ireland, as "Co. Cork" writes them. */
const IRISH_COUNTIES = new Set(
  'Carlow Cavan Clare Cork Donegal Dublin Galway Kerry Kildare Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Waterford Westmeath Wexford Wicklow Antrim Armagh Down Fermanagh Derry Londonderry Tyrone'.split(
    ' ',
  ),
);
const COUNTY_AT = /Co\.? (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/uy;
/** The town before ", Co. X": one or two capitalised words after a line's start, a comma or a separator. */
const TOWN_BEFORE_COUNTY =
  /(?:^|[\n,·|•:(]|\s[–—-])[ \t]*(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?),[ \t]$/u;

/**
 * Irish counties and the town written before them ("Lucan, Co. Dublin", "Ballincollig, Co Cork"): the
 * county with its "Co." (an English word too: "Co. Down"), and the town before its comma, whatever the
 * gazetteer knows of it, unless it is a job, tool, section or organisation word.
 */
function irishCounties(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('Co'); i !== -1; i = text.indexOf('Co', i + 2)) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
    COUNTY_AT.lastIndex = i;
    const m = COUNTY_AT.exec(text);
    if (!m || !IRISH_COUNTIES.has(m[1]!)) continue;
    // "Smith & Co. Cork office": a company's "Co.".
    if (/(?:&|\band) $/.test(text.slice(Math.max(0, i - 4), i))) continue;
    out.push(span(i, i + m[0].length, 0.8));
    const t = TOWN_BEFORE_COUNTY.exec(text.slice(Math.max(0, i - 40), i));
    if (!t) continue;
    const town = t[1]!;
    const words = town.split(' ');
    if (words.some((w) => notTownWordText(w))) continue;
    const at = i - (t[0].length - t[0].indexOf(town));
    out.push(span(at, at + town.length, 0.7));
  }
  return out;
}

/** {@link notTownWord} for a word's text. */
function notTownWordText(w: string): boolean {
  const f = fold(w);
  return ROLE_WORDS.has(f) || SECTIONS.has(f) || CALENDAR.has(f) || TECH.has(f) || isOrgTail(w);
}

/** Dates that open a job line ("Sept 2019 – present   ", "08/2015 – Present "). */
const LEADING_DATES =
  /^[ \t•·*-]*(?:\p{L}{3,9}\.?[ \t]+|\d{1,2}[/.])?(?:19|20)\d\d[ \t]*[–—-][ \t]*(?:(?:\p{L}{3,9}\.?[ \t]+|\d{1,2}[/.])?(?:19|20)\d\d|present|current|date)[ \t]*/iu;

/** Where a job line's dates start: a month's name or a month's number, perhaps in brackets, then a year. */
const LINE_DATE =
  /[([]?[ \t]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter)[a-z]*\.?[ \t]+|\d{1,2}[/.])?(?:19|20)\d\d[ \t]*(?:[–—-]|to\b|till\b)/i;
/** Separators between a job line's fields. */
const FIELD_SEPARATOR = /[ \t]*(?:[,·|•–—\t]|[ \t]-[ \t]| {2,})[ \t]*/;
/** One or two capitalised words: a town's field. */
const TOWN_FIELD = /^\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+)?$/u;

/**
 * The town of a job entry written on one line, as UK and Irish CVs write it: the job title, the
 * employer and then the town, before the dates ("Audit Senior, PwC, Reading   Sept 2014 – Aug 2018",
 * "Management Accountant · Airbus UK · Filton · 2015 – 2019"). The third field and later, right before
 * the dates, is the town when it is a place of the gazetteer (also an English word: "Reading") or a word
 * in no word list, never a job, tool, section or organisation word. Read from each date range's year.
 */
function jobLineTowns(text: string): Span[] {
  const out: Span[] = [];
  // The end of the line of the last year read: later years on that line are not read again.
  let lineEnd = -1;
  for (const y of runStarts(text, 4, 4, () => true)) {
    if (y < lineEnd) continue;
    const c = text.charCodeAt(y);
    const d = text.charCodeAt(y + 1);
    if (!((c === 49 && d === 57) || (c === 50 && d === 48))) continue;
    const nl = text.indexOf('\n', y);
    lineEnd = nl < 0 ? text.length : nl;
    let a = y;
    while (a > 0 && text.charCodeAt(a - 1) !== 10 && y - a < 160) a--;
    if (a > 0 && text.charCodeAt(a - 1) !== 10) continue;
    const line = text.slice(a, Math.min(text.length, y + 24));
    const date = LINE_DATE.exec(line);
    if (!date || date.index === 0) continue;
    const head = line.slice(0, date.index);
    const fields = head.split(FIELD_SEPARATOR).filter((f) => f.trim());
    if (fields.length < 3 || !namesJob(fields[0]!)) continue;
    const town = fields[fields.length - 1]!.trim();
    if (!TOWN_FIELD.test(town) || !townField(town)) continue;
    const at = a + head.lastIndexOf(town);
    out.push(span(at, at + town.length, 0.6));
  }
  return out;
}

/**
 * Nouns that end a school's or an employer's name and nothing a skills or pastimes list names
 * ("Embedded Systems, Reading" and "Chess Club, Reading" list skills and pastimes).
 */
const SCHOOL_OR_EMPLOYER_TAIL = new Set(
  `school schools college university academy institute polytechnic hospital hospitals trust council ltd limited
  plc llp inc llc bank clinic practice partnership authority agency ministry department company corporation
  solicitors chambers surgery`
    .split(/\s+/)
    // As a name writes them (looked up without a case conversion): "School", "SCHOOL", "plc", "Ltd".
    .flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase(), ...(w.length <= 3 ? [w] : [])]),
); /** The last letters of {@link SCHOOL_OR_EMPLOYER_TAIL}'s words, by code (1 at each). */
const TAIL_LAST = (() => {
  const out = new Uint8Array(128);
  for (const w of SCHOOL_OR_EMPLOYER_TAIL) out[w.charCodeAt(w.length - 1)] = 1;
  return out;
})();
/** Labels of a line of pastimes, whose commas separate activities ("Interests: Chess Club, Reading"). */
const PASTIME_LINE = /\b(?:hobbies|interests|activities|pastimes|leisure)\b/i;
/**
 * A line's last field: one or two capitalised words (perhaps with a county, region or country after a
 * comma), then the line's end or a separator before the entry's dates.
 */
const LAST_FIELD_AT =
  /(\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+)?)(?:, (\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+)?))?(?=[ \t]*(?:\r?\n|$|\(|\||[–—]|-[ \t]|\t| {2}))/uy;

/** True when a word of {@link SCHOOL_OR_EMPLOYER_TAIL} ends at `e` (its last letter asked first). */
function tailBefore(text: string, e: number): boolean {
  if (TAIL_LAST[text.charCodeAt(e - 1)] !== 1) return false;
  let b = e - 1;
  while (b > 0 && e - b <= 12 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return SCHOOL_OR_EMPLOYER_TAIL.has(text.slice(b, e));
}

/** A school named "<school noun> of <one to three capitalised words>" right before a comma ("University of Reading"). */
const SCHOOL_OF_BEFORE =
  /\b(?:University|UNIVERSITY|College|COLLEGE|Institute|INSTITUTE|School|SCHOOL|Academy|ACADEMY|Polytechnic|POLYTECHNIC) (?:of|OF) (?:the |THE )?\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2}$/u;

/** True when the comma at `comma` closes a school named after a place ("University of Reading, Reading"). */
function schoolOfBefore(text: string, comma: number): boolean {
  const before = text.slice(Math.max(0, comma - 60), comma);
  return (before.includes(' of ') || before.includes(' OF ')) && SCHOOL_OF_BEFORE.test(before);
}

/**
 * The town in the last field of a school's or an employer's line, as UK CVs write it ("Kendrick School,
 * Reading", "Royal Berkshire NHS Foundation Trust, Reading"): a capitalised place of the gazetteer
 * (also an English word, which no other rule takes without a cue) after a comma, where the field before
 * ends in a school's or an employer's noun, or is a school named "… of <Place>" ("University of Reading,
 * Reading"), and the line or a separator follows. Never a job, tool, section,
 * calendar or organisation word, nor on a line of pastimes.
 */
function employerLineTowns(text: string): Span[] {
  const out: Span[] = [];
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    // A capital after it (ASCII: the gazetteer's towns that are words), and before it a school's or an
    // employer's noun as written ("School", "SCHOOL", "plc", "Ltd."): its last letter asked first.
    const c = text.charCodeAt(comma + 2);
    if (c < 65 || c > 90) continue;
    const e = text.charCodeAt(comma - 1) === 46 ? comma - 1 : comma;
    if (!tailBefore(text, e) && !schoolOfBefore(text, comma)) continue;
    // Then one or two capitalised words, and the line's end or a separator.
    const at = comma + 2;
    LAST_FIELD_AT.lastIndex = at;
    const m = LAST_FIELD_AT.exec(text);
    if (!m) continue;
    const town = m[1]!;
    if (!isPlaceName(town) || town.split(' ').some((w) => notTownWordText(w))) continue;
    // A county, region or country may follow the town's comma ("Barclays Bank, Reading, UK"): other
    // rules take it.
    if (m[2] && !isRegionOrCountry(m[2]) && !isPlaceName(m[2])) continue;
    const from = text.lastIndexOf('\n', at) + 1;
    if (PASTIME_LINE.test(text.slice(from, at))) continue;
    out.push(span(at, at + town.length, 0.6));
  }
  return out;
}

/** True when a job line's last field reads as a town: a place of the gazetteer, or words in no word list. */
function townField(field: string): boolean {
  if (isPlaceName(field)) return true;
  for (const w of field.split(' ')) {
    const f = fold(w);
    if (isOrdinaryWord(w) || looksLikeWord(w) || nameClass(w)) return false;
    if (ROLE_WORDS.has(f) || TECH.has(f) || SECTIONS.has(f) || CALENDAR.has(f) || isOrgTail(w)) return false;
  }
  return !companyAround(field.split(' '), 0, field.split(' ').length - 1);
}

/**
 * Drops a one-word place in the employer's slot of a job entry's line: after the job title and a
 * separator, with another place later on the line and a date range on it ("Senior Product Manager |
 * Braintree (PayPal) | Chicago, IL | 2020–Present"). "Engineer | Boston | 2019 – Present" keeps Boston:
 * no other place on its line takes the place's slot.
 */
function withoutEmployers(text: string, spans: Span[]): Span[] {
  if (spans.length < 2 || !text.includes('\n')) return spans;
  const drop = new Set<Span>();
  // (The starts in order: the next place after a span is found by binary search.)
  const starts = spans.map((s) => s.start).sort((a, b) => a - b);
  for (const s of spans) {
    if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(text.slice(s.start, s.end))) continue;
    const eol = text.indexOf('\n', s.end);
    const lineEnd = eol < 0 ? text.length : eol;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < s.end + 2) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= starts.length || starts[lo]! >= lineEnd) continue;
    // The employer's slot is the field right after the job title: one field before the place, the
    // entry's dates aside ("Staff Nurse, Cork University Hospital, Wilton, Cork" keeps Wilton).
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const before = text.slice(lineStart, s.start).replace(LEADING_DATES, '');
    if (before.split(FIELD_SEPARATOR).filter((f) => f.trim()).length !== 1) continue;
    if (employerAfterJob(text, s.start, s.end) === 'line') drop.add(s);
  }
  return drop.size ? spans.filter((s) => !drop.has(s)) : spans;
}

/**
 * A metro area whose cities a hyphen joins, around token i (a hyphenated word with a part that is a
 * place no English word is): up to one capitalised word before it and two after it, then an area word.
 * Returns [start, end, last token] or null.
 */
function hyphenMetro(text: string, toks: Token[], i: number): [number, number, number] | null {
  const t = toks[i]!;
  const parts = t.text.split('-');
  if (!parts.every((p) => isCapitalised(p) || isAllCaps(p))) return null;
  if (!parts.some((p) => p.length >= 3 && placeKind(p) === 'strong')) return null;
  let last = i;
  const tail = (k: number) => {
    const rest = text.slice(toks[k]!.end, toks[k]!.end + 30);
    return AREA_SUFFIX.exec(rest) ?? METRO_LOWER.exec(rest);
  };
  while (last - i < 2 && !tail(last)) {
    const next = toks[last + 1];
    // ("Minneapolis-St. Paul Area": the saint's abbreviation keeps its dot.)
    const gap =
      textIs(text, toks[last]!.end, next?.start ?? 0, ' ') ||
      (textIs(text, toks[last]!.end, next?.start ?? 0, '. ') && hyphenSaint(toks[last]!.text));
    if (!next || !gap || !isCapitalised(next.text)) return null;
    last++;
  }
  const after = tail(last);
  // The area word ends the phrase ("Mercedes-Benz Area Sales Manager" is a job).
  if (
    !after ||
    /^ \p{Lu}/u.test(text.slice(toks[last]!.end + after[0].length, toks[last]!.end + after[0].length + 2))
  )
    return null;
  const prev = toks[i - 1];
  const start =
    prev &&
    textIs(text, prev.end, t.start, ' ') &&
    ((placeLike(prev) && placeKind(prev.text)) || prev.text === 'Greater')
      ? prev.start
      : t.start;
  return [start, toks[last]!.end + after[0].length, last];
}

/** An area word soon after a hyphenated word: only then may it join a metro area's cities. */
const AREA_AHEAD = /\b(?:Area|AREA|area|Metroplex|metroplex|Region|REGION|region|District|Metro)\b/;
/** An area word in lower case after a metro area's cities ("the Dallas-Fort Worth area"). */
const METRO_LOWER = /^ (?:area|region|metro area|metropolitan area|metroplex)\b/;

/** The end of a word that makes the place before its hyphen someone's base or birthplace. */
const PLACE_TAIL = /-(?:based|born|raised|bred)$/;
/** A Japanese or Korean place with its administrative suffix ("Shibuya-ku", "Gangnam-gu", "Tokyo-to"). */
const EAST_ASIAN_ADMIN =
  /^(?:\p{Lu}\p{Ll}{3,}-(?:ku|shi|fu|ken|cho|machi|mura|gun|gu|dong|si|eup|myeon)|Tokyo-to|TOKYO-TO)$/u;

/**
 * "Shibuya-ku", "Yokohama-shi", "Kanagawa-ken", "Gangnam-gu", "Seongnam-si", "Yeoksam-dong": Japanese and
 * Korean wards, cities, prefectures and districts, written with their suffix (a pass of its own over the
 * hyphenated words, outside the main loop).
 */
function eastAsianAdmin(text: string, out: Span[]): void {
  // Each hyphen with a lower-case suffix's first letter after it and a letter before it (hyphens
  // are few; the words around one are read only then).
  for (let k = text.indexOf('-'); k !== -1; k = text.indexOf('-', k + 1)) {
    const c = text.charCodeAt(k + 1);
    if (k === 0 || !ADMIN_FIRST.has(c) || !isAsciiLower(text.charCodeAt(k - 1))) continue;
    let a = k;
    while (a > 0 && k - a <= 20 && isAsciiLetter(text.charCodeAt(a - 1))) a--;
    let b = k + 1;
    while (b < text.length && b - k <= 7 && isAsciiLower(text.charCodeAt(b))) b++;
    const w = text.slice(a, b);
    if (isWordChar(text.charCodeAt(a - 1)) || isWordChar(text.charCodeAt(b))) continue;
    if (EAST_ASIAN_ADMIN.test(w) && !isOrdinaryWord(text.slice(a, k))) out.push(span(a, b, 0.7));
  }
}
/** First letters of the suffixes of {@link EAST_ASIAN_ADMIN}, by code. */
const ADMIN_FIRST = new Set([...'ksfcmgdet'].map((ch) => ch.charCodeAt(0)));
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || isAsciiLower(c);
/** A letter, digit, hyphen or apostrophe next to the word: it goes on ("Re-Shibuya-ku", "x9-ku"). */
const isWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c >= 128;

/** After a country on its own line: an optional postcode, then the line's end. */
const COUNTRY_LINE_END = /^[ \t]*(?:\d{3,6}[ \t]*)?(?:\r?\n|$)/;

/**
 * The town line of an address block: a line of one to three capitalised words right above a line
 * that is a country ("EBBERSTON\nUnited Kingdom"), with a word outside the dictionary and no job,
 * tool, section, organisation word or known employer.
 */
function townsAboveCountries(text: string, toks: Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let a = s.start;
    while (a > 0 && (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 9)) a--;
    if (a < 2 || text.charCodeAt(a - 1) !== 10) continue;
    if (!COUNTRY_LINE_END.test(text.slice(s.end, s.end + 12))) continue;
    if (!regionOrCountry(text.slice(s.start, s.end))) continue;
    const lineEnd = text.charCodeAt(a - 2) === 13 ? a - 2 : a - 1;
    const k = tokenEndingAt(toks, lineEnd);
    if (k < 0) continue;
    let from = k;
    while (from > 0 && k - from < 2 && innerGap(text, toks[from - 1]!, toks[from]!)) from--;
    // The words fill their line.
    const lineStart = text.lastIndexOf('\n', toks[from]!.start - 1) + 1;
    if (!/^[ \t]*$/.test(text.slice(lineStart, toks[from]!.start))) continue;
    let unknown = false;
    let ok = true;
    for (let j = from; j <= k && ok; j++) {
      const t = toks[j]!;
      ok = townPart(t) && !startsWithDigit(t.text);
      if (unknownWord(t)) unknown = true;
    }
    if (!ok || !unknown || companyAtTokens(toks, from, k)) continue;
    out.push(span(toks[from]!.start, toks[k]!.end, 0.7));
  }
  return out;
}

/** A Title Case word, " & " and the span's start: the span ends a firm's name ("Pellman & Rhodes"). */
const FIRM_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*) & $/u;
/** " & " and a capitalised word after the span: the span opens a firm's name ("Rhodes & Pellman"). */
const FIRM_AFTER = /^ & (\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}])/u;
/** One word: only a place of one word opens a firm's name before " & " ("Palo Alto, CA & Ithaca, NY" stays). */
const ONE_WORD = /^[\p{L}\p{M}'’-]+$/u;
/** An abbreviation in brackets, two to six capitals, and the words before its bracket. */
const BRACKETED_CAPS = /^\p{Lu}{2,6}$/u;

/**
 * Drops a place joined by " & " to a capitalised word that is no place (a firm's name: "Pellman &
 * Rhodes", "Marks & Spencer"; "Trinidad & Tobago" stays), and an abbreviation in brackets spelled by
 * the initials of the words before it ("Certified Usability Analyst (CUA)"; "Los Angeles (LA)" stays,
 * its words being a place).
 */
function withoutFirmParts(text: string, spans: Span[]): Span[] {
  if (!text.includes(' & ') && !text.includes('(')) return spans;
  return spans.filter((s) => {
    // (The patterns only where " & " touches the span: most spans are ruled out by three characters.)
    const before = textIs(text, s.start - 3, s.start, ' & ')
      ? FIRM_BEFORE.exec(text.slice(Math.max(0, s.start - 40), s.start))
      : null;
    if (before && !isPlaceName(before[1]!)) return false;
    const v = text.slice(s.start, s.end);
    const after =
      text.startsWith(' & ', s.end) && ONE_WORD.test(v)
        ? FIRM_AFTER.exec(text.slice(s.end, s.end + 40))
        : null;
    if (after && !isPlaceName(after[1]!)) return false;
    if (text.charCodeAt(s.start - 1) === 40 && text.charCodeAt(s.end) === 41 && BRACKETED_CAPS.test(v))
      return !initialsBefore(text, s.start - 1, v);
    return true;
  });
}

/** True when the capitalised words right before `bracket` (one space before it) have `caps` as their initials, and are no place. */
function initialsBefore(text: string, bracket: number, caps: string): boolean {
  const words = text
    .slice(Math.max(0, bracket - 120), bracket)
    .trimEnd()
    .split(/\s+/);
  const n = caps.length;
  if (words.length < n) return false;
  const last = words.slice(-n);
  if (!last.every((w, k) => w.charAt(0) === caps.charAt(k))) return false;
  return !isPlaceName(last.join(' '));
}

/**
 * Drops one-word places inside a well-known employer's name ("Morgan Stanley", "Wells Fargo"), and
 * the employer's word from a chain of places it opens ("Morgan Stanley, New York, NY" keeps "New
 * York, NY").
 */
function withoutCompanies(text: string, toks: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const k = tokenAt(toks, s.start);
    if (k < 0 || !companyAtTokens(toks, k, k)) out.push(s);
    else if (toks[k]!.end !== s.end) {
      const n = toks[k + 1];
      // "Toyota, Aichi, Japan": an employer's word that is a town before its region is the town.
      if (
        n &&
        isPlaceName(toks[k]!.text) &&
        regionOrCountry(n.text) &&
        /^,\s{1,2}$/.test(text.slice(toks[k]!.end, n.start))
      ) {
        out.push(s);
        continue;
      }
      if (n && n.start < s.end && /^,\s{1,2}$/.test(text.slice(toks[k]!.end, n.start)))
        out.push({ ...s, start: n.start });
      else out.push(s);
    }
  }
  return out;
}

/** "Mount " or "Mt. " right before a word: the word names a mountain, or a place named after one. */
const MOUNT_BEFORE = /(?<![\p{L}\p{M}.])(?:Mount|MOUNT|Mt\.?)[ \t]$/u;
const PLACE_PREFIX = /(?<![\p{L}\p{M}])(?:Greater|North|South|East|West|Metro|City of)\s$/u;

/** "Where:", "Location:", "Place:", "City:" and the like: the words after the label name a place. */
const PLACE_LABEL =
  /(?:^|[\s|•])(?:[Ww]here|WHERE|[Ll]ocation|LOCATION|[Cc]ity|CITY|[Tt]own|TOWN|[Pp]lace|PLACE|[Hh]ometown|HOMETOWN|[Rr]esidence|RESIDENCE|[Cc]ommunity|COMMUNITY|[Cc]urrent [Ll]ocation|(?:[Vv]ill(?:age)?|VILL(?:AGE)?|P\.\s?O\.?|[Dd]ist(?:rict)?|DIST(?:RICT)?|[Uu]pazila|[Tt]hana|[Tt]ehsil|[Tt]aluka?|[Mm]andal|LGA|L\.G\.A|[Ll]ocal [Gg]ov(?:ernmen)?t\.? [Aa]rea|LOCAL GOV(?:ERNMEN)?T\.? AREA|[Ss]tate of [Oo]rigin|(?:[Cc]ounty|[Pp]rovince|[Dd]istrict|[Rr]egion) of [Oo]rigin|[Hh]ome (?:[Cc]ounty|[Dd]istrict|[Pp]rovince|[Tt]own)|(?:COUNTY|PROVINCE|DISTRICT|REGION) OF ORIGIN|HOME (?:COUNTY|DISTRICT|PROVINCE|TOWN))\.?)\s?:[ \t]{0,3}/g;
/**
 * The administrative labels of South Asian and Nigerian addresses ("Vill: Char Kalibari, P.O: Kalibari,
 * Dist: Mymensingh", "LGA: Nsukka"): their value is a place even when it is also a word ("P.S:" is left
 * out: in a letter it is a postscript).
 */
const ADMIN_LABEL =
  /^[\s|•]?(?:[Vv]ill|VILL|P\.|[Dd]ist|DIST|[Uu]pazila|[Tt]hana|[Tt]ehsil|[Tt]aluk|[Mm]andal|LGA|L\.G\.A|[Ll]ocal [Gg]ov|LOCAL GOV|[Ss]tate of)/;
const PLACE_LABEL_AT = sticky(PLACE_LABEL);
/** The community label among {@link PLACE_LABEL}'s ("Community:"), whose value may be a caste instead. */
const COMMUNITY_LABEL = /^[\s|•]?(?:[Cc]ommunity|COMMUNITY)/;

/**
 * True when a folded word ends a place's name: a town's generic last word, a planned community's or a
 * district's ("Village", "Circle", "Heights", "City").
 */
export function placeLastWord(f: string): boolean {
  return PLACE_GENERIC.has(f) || COMMUNITY_LAST.has(f) || DISTRICT_LAST.has(f);
}
/**
 * Farthest a label's match starts before its colon: a separator, "Local Government Area." and a space
 * (PLACE_LABEL's longest label; its shortest are "P.O" and "LGA").
 */
const LABEL_REACH = 1 + 'Local Government Area.'.length + 1;
/** Nearest after a separator: a separator and "P.O" (or "LGA"). */
const LABEL_NEAREST = 1 + 'P.O'.length;
const PLACE_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
/** Letters and digits from a position on. */
const ALNUM_AT = /[\p{L}\p{M}\p{N}]+/uy;

/**
 * PLACE_LABEL's matches, tried only where one can start: at the text's start, or on a space, "|"
 * or "•" a label's length before a colon.
 */
function placeLabels(text: string): RegExpExecArray[] {
  const starts = mergeStarts(
    [0],
    literalStarts(
      text,
      ':',
      -LABEL_REACH,
      -LABEL_NEAREST,
      (c) => isSpaceCode(c) || c === 124 || c === 0x2022,
    ),
  );
  return scanAt(text, PLACE_LABEL_AT, starts);
}

/** One to three capitalised words, a comma, then one to three more up to the field's end. */
const BEFORE_PLACE =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}), (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?=$|[\s,;|·•(])/u;

function labelledPlaces(text: string): Span[] {
  const out: Span[] = [];
  for (const m of placeLabels(text)) {
    const start = m.index + m[0].length;
    const admin = ADMIN_LABEL.test(m[0]);
    let end = start;
    let last = '';
    let pos = start;
    // "Location: Salt Lake, Kolkata": capitalised words before a known place's comma are its district,
    // ordinary words too.
    const district = BEFORE_PLACE.exec(text.slice(start, start + 80));
    if (
      district &&
      isPlaceName(district[2]!) &&
      !district[1]!
        .split(' ')
        .some((w) => TECH.has(fold(w)) || ROLE_WORDS.has(fold(w)) || isOrgTail(w) || WORK_MODE.test(w))
    ) {
      out.push(span(start, start + district[1]!.length, 0.75));
      continue;
    }
    for (let n = 0; n < 4; n++) {
      const w = /^[^\s,;|:()\d]+/.exec(text.slice(pos, pos + 40))?.[0];
      if (!w || !PLACE_WORD.test(w)) break;
      const f = fold(w.replace(/\.$/, ''));
      // The place ends at an ordinary word ("Country Club", "Date") unless the words so far name a known
      // place, or an administrative label names it ("Vill: Char Kalibari").
      if (
        TECH.has(f) ||
        ROLE_WORDS.has(f) ||
        SECTIONS.has(f) ||
        isOrgTail(w) ||
        (isOrdinaryWord(w) &&
          !(admin && w.length > 2 && /^\p{Lu}/u.test(w)) &&
          !isPlaceName(text.slice(start, pos + w.length)) &&
          !(n > 0 && (PLACE_GENERIC.has(f) || COMMUNITY_LAST.has(f))))
      )
        break;
      end = pos + w.length;
      last = f;
      // "Location: EC4, London", "Location: SW1A": a word with digits in it (a postcode's district) is
      // the value's whole, not its letters alone.
      if (isDigitAt(text, end)) {
        ALNUM_AT.lastIndex = end;
        if (ALNUM_AT.test(text)) end = ALNUM_AT.lastIndex;
        break;
      }
      const gap = /^ {1,2}/.exec(text.slice(end, end + 3));
      if (!gap) break;
      pos = end + gap[0].length;
    }
    // "Community: Jumeirah Village Circle": a community's field names a place only by a place's last word
    // or a known place ("Community: OBC" is the nrp recognizer's caste).
    if (
      end > start &&
      COMMUNITY_LABEL.test(m[0]) &&
      !(placeLastWord(last) || isPlaceName(text.slice(start, end)))
    )
      continue;
    if (end > start) out.push(span(start, end, 0.75));
  }
  return out;
}

/**
 * Indian address labels written with a dot or a dash instead of a colon, as village and small-town
 * addresses run them together ("At Post Khandala, Tal. Khandala, Dist. Satara", "A/P Nandgaon", "Vill +
 * Post - Rampur, Dist - Gorakhpur", "Tq. Ausa"): the label, its separator, then a capitalised value.
 * "Post" counts only after "At" or "Vill" ("Post Graduate" stays).
 */
const ADMIN_DOTTED =
  /(?:(?:(?:At|AT|Vill|VILL)[ \t]?(?:[/&+,-][ \t]?)?(?:Post|POST|Po|PO)|A\/P)(?:[ \t]?[.:]?-?[ \t]?|[ \t]?[-–][ \t]?)|(?:Tal|TAL|Taluka|TALUKA|Tq|TQ|Tah|Tehsil|TEHSIL|Dist|DIST|Vill|VILL|Mandal|MANDAL|P\.[ ]?O)(?:\.[ \t]?(?:[-–][ \t]?)?|[ \t]?[-–][ \t]?|[ \t]?:-[ \t]?))(?=\p{Lu})/uy;
/** The labels' first letters' words: where {@link ADMIN_DOTTED} is tried. */
const ADMIN_STEMS = [
  'At',
  'AT',
  'Vill',
  'VILL',
  'A/P',
  'P.',
  'Tal',
  'TAL',
  'Tq',
  'TQ',
  'Tah',
  'Teh',
  'TEH',
  'Dist',
  'DIST',
  'Mandal',
  'MANDAL',
];

/** Any of {@link ADMIN_STEMS}, in one scan (restarted one character after each match). */
const ADMIN_STEM = new RegExp(ADMIN_STEMS.map(escapeRegExp).join('|'), 'g');

function dottedAdminPlaces(text: string): Span[] {
  const starts: number[] = [];
  ADMIN_STEM.lastIndex = 0;
  for (let m = ADMIN_STEM.exec(text); m; m = ADMIN_STEM.exec(text)) {
    const i = m.index;
    ADMIN_STEM.lastIndex = i + 1;
    const p = text.charCodeAt(i - 1);
    if (i === 0 || isSpaceCode(p) || p === 44 || p === 40 || p === 124) starts.push(i);
  }
  if (!starts.length) return [];
  const out: Span[] = [];
  for (const m of scanAt(text, ADMIN_DOTTED, starts)) {
    const start = m.index + m[0].length;
    let end = start;
    let pos = start;
    for (let n = 0; n < 3; n++) {
      const w = /^\p{Lu}[\p{L}\p{M}'’-]*/u.exec(text.slice(pos, pos + 30))?.[0];
      if (!w) break;
      const f = fold(w);
      // ("Dist. Level Cricket Player", "P.O. Box": an English word ends the value, unless a known place.)
      if (TECH.has(f) || ROLE_WORDS.has(f) || SECTIONS.has(f) || CALENDAR.has(f) || isOrgTail(w)) break;
      if ((isOrdinaryWord(w) || looksLikeWord(w)) && !isPlaceName(w)) break;
      end = pos + w.length;
      if (text.charCodeAt(end) !== 32 || !/\p{Lu}/u.test(text.charAt(end + 1))) break;
      pos = end + 1;
    }
    if (end > start) out.push(span(start, end, 0.75));
  }
  return out;
}

/** Endings of town names across languages ("-ville", "-burg", "-holm", "-mouth", "-abad", "-pur"). */
const TOWN_ENDING =
  /(?:town|ton|ville|burg|burgh|bury|borough|mouth|ford|field|dale|stad|stadt|holm|berg|dorf|heim|hausen|ingen|grad|pur|pura|abad|nagar|chester|caster|minster|wick|thorpe|haven|pool|bourg|ovo|ice)$/i;
const LOCATIVE = new Set(['in', 'to', 'from', 'near', 'at', 'outside', 'around']);
const LOCATIVE_MAX = Math.max(...[...LOCATIVE].map((w) => w.length));

/**
 * "songwriters from around the world to Berggrenton", "in KATRINEHOLM": token k is a word outside the
 * gazetteer and every word list, with a town's ending, right after a locative preposition. Asked by
 * the main loop of each capitalised word it visits, while the word is at hand: a locative word is
 * lower case and no connector, so it never sits inside the place runs and chains the loop steps
 * over, and the word after it is always visited.
 */
function townShaped(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  const p = toks[k - 1];
  // (Words longer than every locative word are ruled out before the set.)
  if (
    !p ||
    t.text.length < 6 ||
    p.text.length > LOCATIVE_MAX ||
    !LOCATIVE.has(p.text) ||
    !TOWN_ENDING.test(t.text)
  )
    return false;
  if (!isCapitalised(t.text) || isOrdinaryWord(t) || isPlaceName(t) || nameClass(t) || notTownWord(t))
    return false;
  return !looksLikeWord(t.text) && !companyAround([t.text], 0, 0);
}

/** US state codes on their own: after "in"/"across", or two or more in a row ("NY, NJ and PA"). */
const STATE_RUN = /(?<![\p{L}\p{N}.])([A-Z]{2})((?:,\s?|\s(?:and|&|or)\s|\/)[A-Z]{2})*(?![\p{L}\p{N}])/gu;
const STATE_PREPOSITION = /\b(?:in|across|throughout|from|to|of|within)\s$/;

function stateCodeRuns(text: string): Span[] {
  const out: Span[] = [];
  if (!/[A-Z]{2}/.test(text)) return out;
  for (const m of scanAll(text, STATE_RUN)) {
    const codes = m[0].split(/,\s?|\s(?:and|&|or)\s|\//);
    if (!codes.every((c) => STATE_CODES.has(c))) continue;
    const several = codes.length >= 2 && codes.some((c) => !AMBIGUOUS_CODES.has(c));
    const single =
      codes.length === 1 &&
      !AMBIGUOUS_CODES.has(codes[0]!) &&
      STATE_PREPOSITION.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (several || single) out.push(span(m.index, m.index + m[0].length, 0.7));
  }
  return out;
}

/** "Wien (Austria)", "Monselice (Italy)": a capitalised word right before a bracketed country is a town. */
const COUNTRY_IN_BRACKETS = /\s\((\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+)?)\)/uy;

function beforeCountryInBrackets(text: string, toks: Token[]): Span[] {
  const out: Span[] = [];
  // The word before each " (", found by a plain search for the (rare) bracket rather than by asking every token.
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    if (text.charCodeAt(at - 1) !== 32) continue;
    const k = tokenEndingAt(toks, at - 1);
    if (k < 0) continue;
    const t = toks[k]!;
    COUNTRY_IN_BRACKETS.lastIndex = t.end;
    const m = COUNTRY_IN_BRACKETS.exec(text);
    if (!m || !regionOrCountry(m[1]!)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || isOrdinaryWord(t) || notTownWord(t)) continue;
    out.push(span(t.start, t.end + m[0].length, 0.7));
  }
  return out;
}

/** After a city: a postcode ("Chennai - 600121", "CHENNAI 600 034"). */
const POSTCODE_AFTER = /^\s?-?\s?(?:\d{3}\s?\d{3}|\d{4,5})(?!\d)/;
/** A year that opens a date range ("Austin, TX 2015 – 2018"): the entry's dates, no postcode. */
const YEAR_RANGE_AFTER = /^\s?(?:19|20)\d\d\s{0,3}(?:[–—-]|to\b|(?:19|20)\d\d\b|[Pp]resent\b)/;

/** True when a postcode follows `at` (not the first year of a date range). */
function postcodeAfter(text: string, at: number): boolean {
  const after = text.slice(at, at + 20);
  return POSTCODE_AFTER.test(after) && !YEAR_RANGE_AFTER.test(after);
}
/**
 * First words of Arabic district names ("Jabal Amman", "Wadi Saqra", "Ras Beirut", "Madinat Zayed") and
 * last words of planned districts' and compounds' names ("Smart Village", "Fifth Settlement", "Sheikh
 * Zayed City", "Dubai Media City"), lower case.
 */
const DISTRICT_FIRST = new Set(['jabal', 'jebel', 'wadi', 'ras', 'tell', 'bir', 'kafr', 'madinat', 'deir']);
const DISTRICT_LAST = new Set([
  'village',
  'settlement',
  'district',
  'quarter',
  'heights',
  'compound',
  'city',
  ...COMMUNITY_LAST,
]);
/**
 * One to four capitalised words ("of" between them, an ordinal day first: "6th of October City") before
 * ", " at a line's start, after a colon, a bracket, a bar, a bullet, a comma or a spaced dash, or after
 * "in"/"at"/"near"/"from".
 */
const DISTRICT_BEFORE =
  /(?:^|[\n:(|·•,]|[ \t][–—-]|\b(?:in|at|near|from))[ \t]*((?:\d{1,2}(?:st|nd|rd|th)[ \t]of[ \t])?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’-]*|of)){0,3}),[ \t]{1,2}$/u;
/** An Arabic district word and a space right before a city ("Ras Beirut"; not "Tell", an English verb). */
const DISTRICT_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:Jabal|Jebel|Wadi|Ras|Bir|Kafr|Deir) $/u;

/**
 * A district the gazetteer lacks, written before its city ("Jabal Amman, Amman", "Smart Village, Giza",
 * "Sheikh Zayed City, Giza"): its first word an Arabic district word or its last a planned district's
 * ({@link DISTRICT_FIRST}, {@link DISTRICT_LAST}), opening the line, a field or a place's cue, no job,
 * tool, section or organisation word in it, and no employer's line ("Acme Heights Ltd, Cairo").
 */
function districtsBefore(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.score < 0.7) continue;
    // "Ras Beirut", "Jabal Amman": an Arabic district word right before its city names the district.
    if (text.charCodeAt(s.start - 1) === 32) {
      const w = DISTRICT_WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 9), s.start));
      if (w) out.push(span(s.start - w[0].length, s.end, s.score));
    }
    if (text.charCodeAt(s.start - 2) !== 44) continue;
    const m = DISTRICT_BEFORE.exec(text.slice(Math.max(0, s.start - 60), s.start));
    if (!m) continue;
    const words = m[1]!.split(/[ \t]/);
    const first = words[0]!.toLowerCase();
    const last = words[words.length - 1]!.toLowerCase();
    if (words.length < 2 || !(DISTRICT_FIRST.has(first) || DISTRICT_LAST.has(last))) continue;
    if (
      words.some((w) => {
        const f = fold(w);
        return TECH.has(f) || ROLE_WORDS.has(f) || SECTIONS.has(f) || (isOrgTail(w) && !DISTRICT_LAST.has(f));
      })
    )
      continue;
    const from = s.start - m[0].length + m[0].lastIndexOf(m[1]!);
    if (employerLine(text, from, from + m[1]!.length)) continue;
    out.push(span(from, from + m[1]!.length, 0.7));
  }
  return out;
}

/** Compass and centre words that end a district's name after its first word ("Bandra West", "Andheri East"). */
const DISTRICT_COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);
/**
 * One to three capitalised words before ", " that open a field: the line's start (a bullet allowed), a
 * bar, a middle dot or a bullet, or two spaces.
 */
const FIELD_DISTRICT =
  /(?:^|\n|[|·•]|[ \t]{2})[ \t•*>-]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2}),[ \t]$/u;
/** A work arrangement or contract as a job line's field ("Hybrid", "Full-time"): no employer. */
const WORK_MODE = /^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|freelance|internship)$/i;
/** A work arrangement and a separator before a field's district ("Hybrid – ", "Remote (", "On-site | "). */
const WORK_MODE_DISTRICT =
  /(?:^|\n|[|·•(])[ \t]*(Remote|REMOTE|Hybrid|HYBRID|On-?site|ON-?SITE)[ \t]*(?:[–—|·•(:-]|in(?= ))[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2}),[ \t]$/u;
/** What may follow a place that closes a field: the line's end, a separator, a closing bracket, or two spaces. */
const FIELD_END = /^[ \t]*(?:$|\r?\n|[|·•)]|[–—-][ \t]|[ \t]{2})/;
/**
 * A job entry's line up to its third field: the job title, the employer and their separators
 * ("Marketing Lead — Andela, ", "Data Analyst | Globant | "), the entry's dates perhaps first.
 */
const THIRD_FIELD =
  /^[ \t•·*>–—-]*(?:(?:\d{1,2}[/.])?(?:19|20)\d\d[ \t]?[–—-][ \t]?\S+[ \t]+)?([^,\n|·•–—]{3,60}?)[ \t]*(?:,|[ \t][|·•–—-])[ \t]*([^,\n|·•–—]{2,50}?)[ \t]*(?:,|[ \t][|·•–—-])[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2}),[ \t]$/u;

/**
 * True when the words name a district the gazetteer may lack: each word a known place or a word in no
 * word list, or a compass word after the first ("Bandra West"); no job, tool, section, month or
 * organisation word, no person's given name, no known employer.
 */
function districtWords(words: readonly string[]): boolean {
  let named = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const f = fold(w);
    if (TECH.has(f) || ROLE_WORDS.has(f) || SECTIONS.has(f) || CALENDAR.has(f) || isOrgTail(w)) return false;
    if (k > 0 && DISTRICT_COMPASS.has(f)) continue;
    const place = isPlaceName(w);
    if (!place && (isOrdinaryWord(w) || looksLikeWord(w) || nameClass(w) === 'strong' || isAllCaps(w)))
      return false;
    named = true;
  }
  return named && !companyAround(words, 0, words.length - 1);
}

/**
 * The line around `at` and the non-blank lines next to it, and how many non-blank lines come before it
 * (counted up to 3). Each line is read at most 200 characters from `at`'s side.
 */
function linesAround(text: string, at: number): { line: string; prev: string; next: string; above: number } {
  let a = at;
  while (a > 0 && text.charCodeAt(a - 1) !== 10 && at - a < 200) a--;
  let b = at;
  while (b < text.length && text.charCodeAt(b) !== 10 && b - at < 200) b++;
  let above = 0;
  let prev = '';
  for (let e = a - 1; e > 0 && above < 3; ) {
    let l = e;
    while (l > 0 && text.charCodeAt(l - 1) !== 10) l--;
    const t = text.slice(l, e);
    if (t.trim()) {
      if (!above) prev = t;
      above++;
    }
    e = l - 1;
  }
  let n = b;
  while (n < text.length && text.charCodeAt(n) <= 32) n++;
  let nb = n;
  while (nb < text.length && text.charCodeAt(nb) !== 10 && nb - n < 200) nb++;
  return { line: text.slice(a, b), prev, next: text.slice(n, nb), above };
}

/**
 * A suburb or neighbourhood the gazetteer lacks, written before its city in a place's position
 * ("Kilimani, Nairobi", "Bandra West, Mumbai", "Ikoyi, Lagos"): in a field of its own on a contact line
 * or next to one, or on one of the first lines (not the very first, the name's), on a line that names
 * no job and no dates; or in a job entry's third field, after the job title and the employer
 * ("Marketing Lead — Andela, Ikoyi, Lagos", "Data Analyst | Globant | Kilimani, Nairobi | 2019 – 2021").
 * An employer before its city keeps its place as the field after the job title, or on a job's line
 * ("Software Engineer, Safaricom, Nairobi", "Safaricom, Nairobi\nSoftware Engineer\n2019 – 2022").
 */
function fieldDistricts(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.score < 0.7 || text.charCodeAt(s.start - 2) !== 44 || text.charCodeAt(s.start - 1) !== 32) continue;
    if (!FIELD_END.test(text.slice(s.end, s.end + 3))) continue;
    const before = text.slice(Math.max(0, s.start - 160), s.start);
    const nl = before.lastIndexOf('\n');
    const lead = nl < 0 ? (s.start > 160 ? null : before) : before.slice(nl + 1);
    if (lead === null) continue;
    const third = THIRD_FIELD.exec(lead);
    // The employer's field: a name with a word in no word list, no job's words (else the line's fields are
    // no job entry's: "e-mail · phone · Koramangala, Bengaluru" is read as a contact line below).
    const employer = third?.[2];
    const jobEntry =
      third &&
      employer &&
      namesJob(third[1]!) &&
      !namesJob(employer) &&
      !WORK_MODE.test(employer) &&
      employer.split(/[ \t]+/).some((w) => /^\p{Lu}/u.test(w) && !isOrdinaryWord(w));
    if (third && !jobEntry && (namesJob(third[1]!) || !CONTACT.test(lead))) continue;
    let words: string;
    if (third && jobEntry) {
      words = third[3]!;
    } else {
      // "Hybrid – Westlands, Nairobi", "Remote (Kilimani, Nairobi)": a work arrangement names the place.
      const mode = WORK_MODE_DISTRICT.exec(lead);
      if (mode) {
        const w = mode[2]!;
        // (Not on a job's line: "Senior Engineer | Hybrid – Safaricom, Nairobi" names the employer.)
        if (districtWords(w.split(/[ \t]/)) && !namesJob(lead))
          out.push(span(s.start - 2 - w.length, s.start - 2, 0.7));
        continue;
      }
      const m = FIELD_DISTRICT.exec(lead);
      if (!m) continue;
      words = m[1]!;
      const around = linesAround(text, s.start);
      // A job title's line next to it makes it an employer's ("Senior Engineer\nSafaricom, Nairobi"), unless
      // the line itself is a contact line (a headline's job above "e-mail · phone · Koramangala, Bengaluru").
      const contactLine = CONTACT.test(around.line);
      if (
        !around.above ||
        DATE_RANGE.test(around.line) ||
        namesJob(around.line) ||
        / at /.test(around.line) ||
        (!contactLine && (namesJob(around.prev) || namesJob(around.next)))
      )
        continue;
      // On one of the first lines, not under a section's heading ("Experience\nSafaricom, Nairobi").
      const contact = CONTACT.test(around.line) || CONTACT.test(around.prev) || CONTACT.test(around.next);
      if (!contact && (around.above > 2 || SECTIONS.has(fold(around.prev.trim().replace(/:$/, '')))))
        continue;
    }
    if (!districtWords(words.split(/[ \t]/))) continue;
    const from = s.start - 2 - words.length;
    out.push(span(from, s.start - 2, 0.7));
  }
  return out;
}

/** A house number or a street word before a locality. */
const STREET_BEFORE =
  /(?:\d|\b(?:Road|Rd|Street|St|Nagar|nagar|Colony|Lane|Enclave|Layout|Sector|Avenue|Marg|Block|Cross|Main|Apartments?|Flat|Floor))[\s.,]*$/;
/** ", Nungambakkam, " before a city: one or two capitalised words between commas. */
const LOCALITY_BEFORE = /,\s{0,2}(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?),\s{1,2}$/u;

/**
 * Localities written before their city in an address line: ", Kodungaiyur, Chennai - 600121",
 * ", Jeppiaar Nagar, Chennai, India". Only between commas, before a known city that a postcode,
 * region or country follows, and never a word that is a tool, job, section or organisation word.
 */
function localities(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.score < 0.7) continue;
    const m = LOCALITY_BEFORE.exec(text.slice(Math.max(0, s.start - 40), s.start));
    if (!m) continue;
    // Only in an address: a postcode after the city, or a house number or street word before the locality
    // ("Eurokas, Cleveland, OH" is an employer and its city).
    const before = text.slice(Math.max(0, s.start - m[0].length - 30), s.start - m[0].length);
    if (!postcodeAfter(text, s.end) && !STREET_BEFORE.test(before)) continue;
    const words = m[1]!.split(' ');
    if (
      words.some(
        (w) =>
          notTownWord({ start: 0, end: w.length, text: w }) ||
          (isOrdinaryWord(w) && !PLACE_GENERIC.has(fold(w))),
      )
    )
      continue;
    const from = s.start - m[0].length + m[0].indexOf(m[1]!);
    out.push(span(from, from + m[1]!.length, 0.7));
  }
  return out;
}

/** The location recognizer. */
export const location: Recognizer = {
  id: 'location',
  kind: 'lexicon',
  entities: ['LOCATION'],
  analyze: (text) => {
    const out = analyzeLocations(text);
    if (text.includes(' Area, ')) for (const a of areaBeforeCountry(text)) out.push(a);
    timeZones(text, out);
    if (text.includes(' Area')) metroAreas(text, out);
    if (METRO_GATE.test(text)) metroNicknames(text, out);
    if (CODED_GATE.test(text)) codedLocations(text, out);
    // "Grant Thornton UK LLP", "Acme London Ltd": a place right before a legal form ends a firm's name.
    if (LEGAL_FORM_GATE.test(text)) {
      let k = 0;
      for (const s of out) if (!matchesAt(text, LEGAL_FORM_AFTER, s.end)) out[k++] = s;
      out.length = k;
    }
    return text.includes('Cert') ||
      text.includes('Licen') ||
      text.includes('Credential') ||
      text.includes(' Registered ')
      ? out.filter((s) => !licenceAfter(text, s.start, s.end))
      : out;
  },
};

/** A legal form after one space: the words before it end a firm's name (US state and Swiss forms, "SA", "AG", left out). */
const LEGAL_FORM_AFTER =
  /[ \t](?:LLP|LLC|Ltd|LTD|Limited|LIMITED|Inc|INC|PLC|plc|GmbH|Pvt|PVT|Corp|Pty|PTY)\b/y;
/** Any legal form of {@link LEGAL_FORM_AFTER} in the text: most texts have none and skip the filter. */
const LEGAL_FORM_GATE =
  /[ \t](?:LLP|LLC|Ltd|LTD|Limited|LIMITED|Inc|INC|PLC|plc|GmbH|Pvt|PVT|Corp|Pty|PTY)\b/;

/**
 * A job's location as applicant tracking systems write it, country and state codes then the town, joined by
 * hyphens ("US-NJ-Jersey City", "IN-MH-Pune", "CA-ON-Toronto"): the whole is a place.
 */
const CODED_LOCATION =
  /(?<![\p{L}\p{N}-])(?:US|USA|CA|CAN|IN|IND|GB|UK|AU|AUS|NZ|IE|DE|FR|ES|IT|NL|BR|MX|SG|ZA|AE)-[A-Z]{2,3}-\p{Lu}[\p{L}\p{M}.'’]+(?: \p{Lu}[\p{L}\p{M}.'’]+){0,2}/gu;
/** Two capitals, a hyphen, two capitals and a hyphen: most texts hold none, and skip the scan. */
const CODED_GATE = /[A-Z]{2}-[A-Z]{2}/;

function codedLocations(text: string, out: Span[]): void {
  for (const m of scanAll(text, CODED_LOCATION)) out.push(span(m.index, m.index + m[0].length, 0.85));
}

/**
 * A state, region or country that names the body of a licence or credential written after it
 * ("Pennsylvania Teaching Certification", "Ohio Real Estate License", "Kenya Registered Nurse"): part of the
 * credential, which is kept, not where the candidate lives.
 */
const LICENCE_AFTER =
  /(?: \p{Lu}[\p{L}-]*){0,3} (?:Certification|Certificate|Credential|License|Licence|Licensure)(?![\p{L}])| Registered \p{Lu}\p{Ll}/uy;

function licenceAfter(text: string, start: number, end: number): boolean {
  // ("Based in Leeds Certificate …": after "in" the place is where someone is.)
  if (/\b(?:in|at|from|near) $/i.test(text.slice(Math.max(0, start - 6), start))) return false;
  LICENCE_AFTER.lastIndex = end;
  return LICENCE_AFTER.test(text);
}

/**
 * Metropolitan areas by their nicknames: "DMV", "GTA", "NCR", "the Triangle", "Tri-State", "East Bay"
 * before an area word ("DMV area", "Tri-State region", "Triangle metro"), after "in the" or in brackets
 * ("in the GTA", "Toronto (GTA)"); "DFW" alone. Not "worked at the DMV" (the motor-vehicle office), nor
 * "GTA V".
 */
const METRO_NICKNAME =
  /(?<![\p{L}\p{N}])(?:(?:DMV|GTA|NCR|Triangle|Tri-[Ss]tate|(?:East|South|North) Bay) (?:[Aa]rea|[Rr]egion|[Mm]etro(?: [Aa]rea)?)|(?<=(?:\b(?:in|across|throughout|around|within) the |\())(?:DMV|GTA|NCR|Triangle)(?=[ \t]*(?:$|[\r\n).,;:/|])))|DFW(?![\p{L}\p{N}])/gu;
/** Literals of which one is in every {@link METRO_NICKNAME} match. */
const METRO_GATE = /DMV|GTA|NCR|Triangle|Tri-[Ss]tate| Bay [ARMarm]|DFW/;

/** Pushes {@link METRO_NICKNAME}'s matches. */
function metroNicknames(text: string, out: Span[]): void {
  for (const m of scanAll(text, METRO_NICKNAME)) out.push(span(m.index, m.index + m[0].length, 0.7));
}

/** LinkedIn's metropolitan areas: "Greater <Town> Area", "<Town> Metropolitan Area", one to three capitalised words. */
const METRO_AREA =
  /(?:Greater ((?:\p{Lu}[\p{L}\p{M}'’.-]+ ){1,3})(?:Metropolitan |Metro )?Area|((?:\p{Lu}[\p{L}\p{M}'’.-]+ ){1,3})Metropolitan Area)(?![\p{L}\p{N}])/uy;

/**
 * LinkedIn's metropolitan areas named after a town the gazetteer lacks ("Greater Wrexbury Area",
 * "Quarrendon Metropolitan Area"): the phrase is LinkedIn's own for a place. Not when a word of the
 * town is an English word, a job's or an organisation's ("Greater Sales Area"), nor before a capitalised
 * word ("Greater Mercedes-Benz Area Sales Manager"). Looked for only at each
 * "Greater " and " Metropolitan Area".
 */
function metroAreas(text: string, out: Span[]): void {
  const tryAt = (at: number) => {
    METRO_AREA.lastIndex = at;
    const m = METRO_AREA.exec(text);
    // (An area word that goes on into a job or a name is none: "Greater Mercedes-Benz Area Sales Manager".)
    if (!m || /^ \p{Lu}/u.test(text.slice(at + m[0].length, at + m[0].length + 2))) return;
    const words = (m[1] ?? m[2]!).trim().split(' ');
    if (words.some((w) => (isOrdinaryWord(w) && !isPlaceName(w)) || ROLE_WORDS.has(fold(w)) || isOrgTail(w)))
      return;
    out.push(span(at, at + m[0].length, 0.8));
  };
  for (let k = text.indexOf('Greater '); k !== -1; k = text.indexOf('Greater ', k + 8))
    if (k === 0 || !isWordCode(text.charCodeAt(k - 1))) tryAt(k);
  for (let k = text.indexOf(' Metropolitan Area'); k !== -1; k = text.indexOf(' Metropolitan Area', k + 18)) {
    // The town's words before it: back to the line's start or a separator, at most three words.
    let a = k;
    let spaces = 0;
    while (
      a > 0 &&
      k - a < 60 &&
      /[\p{L}\p{M}'’. -]/u.test(text[a - 1]!) &&
      !(text[a - 1] === ' ' && ++spaces > 3)
    )
      a--;
    while (a < k && !/\p{Lu}/u.test(text[a]!)) a++;
    if (text.startsWith('Greater ', a)) continue;
    if (a < k) tryAt(a);
  }
}

/** The areas of the IANA time zone names ("America/Los_Angeles", "Asia/Kolkata"). */
const TZ_AREAS = [
  'America/',
  'Europe/',
  'Asia/',
  'Africa/',
  'Australia/',
  'Pacific/',
  'Atlantic/',
  'Indian/',
];
/** The rest of a time zone's name after its area: one or two capitalised parts ("Argentina/Buenos_Aires"). */
const TZ_CITY = /\p{Lu}[\p{L}_'-]*(?:\/\p{Lu}[\p{L}_'-]*)?(?![\p{L}\p{N}_/])/uy;

/**
 * IANA time zone names, which ATS headers and scheduling pages show beside a candidate's local time
 * ("Time zone: America/Los_Angeles", "Europe/Berlin"): the zone is named after a city, so the whole
 * name places the candidate. Looked for only at each area's name and slash.
 */
function timeZones(text: string, out: Span[]): void {
  for (const area of TZ_AREAS) {
    for (let k = text.indexOf(area); k !== -1; k = text.indexOf(area, k + area.length)) {
      const c = text.charCodeAt(k - 1);
      // Not inside a word or a path ("SouthAmerica/", "/Europe/").
      if (k > 0 && (c === 47 || isWordCode(c))) continue;
      TZ_CITY.lastIndex = k + area.length;
      const m = TZ_CITY.exec(text);
      if (m) out.push(span(k, k + area.length + m[0].length, 0.85));
    }
  }
}

/** A letter or a digit (ASCII by code; anything beyond ASCII counts as one). */
function isWordCode(c: number): boolean {
  return c >= 128 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** One or two capitalised words that end the text: the town before " Area". */
const TOWN_BEFORE_AREA = /(?:^|[\s,(·|])((?:Greater )?\p{Lu}[\p{Ll}\p{M}'-]+(?: \p{Lu}[\p{Ll}\p{M}'-]+)?)$/u;
/** The words after ", ": up to three capitalised words. */
const WORDS_AFTER = /^\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+){0,2}/u;

/**
 * LinkedIn's "<Town> Area, <Country>" ("Mysuru Area, India", "Kozhikode Area, India"): a town the
 * gazetteer does not hold is a place before its area word when a country or region follows; not an
 * English word ("Sales Area, India"). Looked for only at each " Area, ".
 */
function areaBeforeCountry(text: string): Span[] {
  const out: Span[] = [];
  for (let k = text.indexOf(' Area, '); k !== -1; k = text.indexOf(' Area, ', k + 7)) {
    const after = WORDS_AFTER.exec(text.slice(k + 7, k + 50));
    if (!after) continue;
    const words = after[0].split(' ');
    let country = false;
    for (let n = words.length; n > 0 && !country; n--)
      country = isRegionOrCountry(words.slice(0, n).join(' '));
    if (!country) continue;
    const town = TOWN_BEFORE_AREA.exec(text.slice(Math.max(0, k - 40), k));
    if (!town) continue;
    const last = town[1]!.slice(town[1]!.lastIndexOf(' ') + 1);
    if (isOrdinaryWord(last) || SECTIONS.has(fold(last))) continue;
    out.push(span(k - town[1]!.length, k + 5, 0.75));
  }
  return out;
}

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/location.test.ts
