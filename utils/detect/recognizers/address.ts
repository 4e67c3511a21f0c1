/**
 * Street addresses and postcodes: a house number with a street name and a street word ("1234
 * Cobblestone Drive", "Avda. Rio Nalon 58", "Puruntie 82", "Rua do Arenque 1634"), apartment and
 * suite numbers, PO boxes and military addresses, US ZIP codes after a state, UK, Canadian and
 * Indian postcodes, and "ZIP:" labels. Every part is bounded (no 1,100-character "addresses").
 */

import { cleanStart, fold, gateWindows } from '../lexicon';
import { literalStarts, mergeStarts, runStarts } from '../literal-starts';
import {
  isAsciiLetter,
  isAsciiUpper,
  isSpaceCode,
  isWordCode,
  LowerWords,
  plainWords,
  scanAll,
  scanAt,
  sticky,
  wordBefore,
} from '../scan';
import type { Recognizer, Span } from '../types';
import {
  CALENDAR,
  FUNCTION_WORDS,
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  isRegionOrCountry,
  SECTIONS,
  TECH,
} from '../words';

/** A dot, the spaces after it and the word that follows (sentenceEnd). */
const SENTENCE_DOT = /\.\s+([\p{L}']+)/gu;
/** A run of characters other than white space: one word of a street's name. */
const NON_SPACE_RUN = /[^\s]+/g;

/** `\s` as a character code (scan.ts isSpaceCode), with the ASCII cases tested here, in the hot loops. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && isSpaceCode(c));

const SUFFIX =
  '(?:Street|Str|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Square|Sq|Terrace|Terr|Ter|Parade|Pde|Gdns|Hts|Crt|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Crescent|Cres|Close|Grove|Gardens|Park|Row|Walk|Hill|Heights|Mews|Green|Trail|Trl|Pike|Alley|Plaza|Loop|Path|Run|Point|Ridge|Vista|View|Harbor|Harbour|Isle|Island|Pass|Passage|Port|Ports|Ramp|Route|Spur|Station|Streets|Roads|Greens|Squares|Courts|Villages?|Nagar|Marg|Colony|Enclave|Layout|Sector|Cross|Main|Chowk|Peth|Wadi|Bagh|Puram|Palya|Halli|' +
  // British and Irish waterfront streets and Scottish lanes ('14 Claddagh Quay', '2 Victoria Embankment').
  'Quays?|Wharf|Embankment|Esplanade|Wynd|' +
  // More USPS standard suffixes (Publication 28, appendix C1), less the ones that are common nouns on a resume.
  'Annex|Arcade|Bayou|Beach|Bend|Bluffs?|Bridge|Brooks?|Burgs?|Bypass|Canyon|Causeway|Cliffs?|Commons|Corners?|Coves?|Creek|Crest|Crossing|Crossroads?|Curve|Dale|Estates?|Expressway|Extensions?|Falls|Ferry|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Gateway|Glens?|Groves|Harbors|Haven|Hills|Hollow|Inlet|Islands|Junctions?|Knolls?|Lakes?|Landing|Lodge|Mall|Manors?|Meadows?|Mills?|Motorway|Mount|Mountains?|Orchard|Oval|Overpass|Parks|Parkways|Pines|Plains|Points|Prairie|Ranch|Rapids?|Ridges|River|Shoals?|Shores?|Skyway|Springs|Stravenue|Summit|Trace|Trafficway|Tunnel|Turnpike|Underpass|Unions?|Valleys?|Viaduct|Views|Ville|Walks|Ways)';
const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}/])\\d{1,6}[A-Za-z]?(?:[/-]\\d{1,5}[A-Za-z]?){0,2},?\\s{1,2}(?:\\d{1,4}\\s)?(?:(?:[NSEW]\\.?|North|South|East|West)\\s)?(?:(?:[\\p{Lu}\\d][\\p{L}\\p{M}'’-]{0,24}|\\d{1,3}(?:st|nd|rd|th))\\.?\\s{1,2}){1,4}${SUFFIX}\\b\\.?(?:\\s(?:[NSEW]{1,2}|North|South|East|West)\\b)?`,
  'gu',
);
/**
 * Romance, Slavic, Indonesian and Malay ("Jl.", "Jalan") street prefixes, then name, then number (after a comma
 * too, as Brazil writes it: "Rua das Laranjeiras, 245"), and a Polish building's and flat's numbers after a
 * slash, "m." or "lok." ("ul. Marszałkowska 84/92 m. 15").
 */
const PREFIXED =
  /(?<![\p{L}\p{N}])(?:\d{1,6}[ \t])?(?:Rua|Rúa|Via|Viale|Avda\.|Avenida|Av\.|Calle|C\/|Carrer|Camino|Paseo|Rue|Boulevard|Chemin|Allée|Strada|Piazza|Plaza|Praça|Largo|Ulica|ul\.|Aleja|al\.|Calea|Strada|Utca|u\.|Jl\.|Jln\.|Jalan)\s(?:[\p{L}\p{M}'’.-]{1,24}(?:\s|,\s(?=\d)(?!(?:19|20)\d\d(?!\d)))){0,4}\d{1,5}[A-Za-z]?(?:\/\d{1,5}[A-Za-z]?(?:[ \t](?:m\.|lok\.)[ \t]?\d{1,4}(?!\d))?)?/gu;
/** "et " (or "et. ") right before a match: the "al." after it closes a citation's authors. */
const ET_BEFORE = /(?:^|[^\p{L}])et\.?\s$/u;
/** Cheap pre-checks so the costlier street patterns run only where they can match. */
const PREFIXED_GATE =
  /(?:Rua|Rúa|Via|Viale|Avda|Avenida|Av\.|Calle|C\/|Carrer|Camino|Paseo|Rue|Boulevard|Chemin|Allée|Strada|Piazza|Plaza|Praça|Largo|Ulica|ul\.|Aleja|al\.|Calea|Utca|u\.|Jl\.|Jln\.|Jalan) /;
const FUSED_GATE =
  /(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|katu|tie|kuja|polku|kaari|rinne|vej|väg|vägen|gatan|gata|vegen|veien|gate|gade|laan|straat|plein|gracht|utca|ulica|cesta|iela|tänav|tee) \d/i;
const PREFIXED_GATE_ALL = new RegExp(PREFIXED_GATE.source, 'g');
const PREFIXED_GATE_AT = sticky(PREFIXED_GATE_ALL);
/** PREFIXED_GATE's words ("Rua" … "u."), read from its source; null if it changed shape. */
const PREFIXED_WORDS = plainWords(/^\(\?:([^)]*)\) $/.exec(PREFIXED_GATE.source.replaceAll('\\/', '/'))?.[1]);
/** The words that start with a capital, as one pattern (cheap: capitals are rarer than "a" and "u"). */
const PREFIXED_UPPER = new RegExp(
  `(?:${(PREFIXED_WORDS ?? [])
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/[./]/g, '\\$&'))
    .join('|')}) `,
  'g',
);
/** The other words ("ul.", "al.", "u."), which all end with a dot: found by a plain search for ". ". */
const PREFIXED_LOWER = (PREFIXED_WORDS ?? []).filter((w) => !/^\p{Lu}/u.test(w));
const LOWER_DOTTED = PREFIXED_LOWER.every((w) => w.endsWith('.'));
const LOWER_LONGEST = Math.max(1, ...PREFIXED_LOWER.map((w) => w.length));
const LOWER_FIRST = new Set(PREFIXED_LOWER.map((w) => w.charCodeAt(0)));

/**
 * PREFIXED_GATE's matches, tried only where one of its words occurs: every match is a word and a
 * space, and no word ends another, so the matches are all the words' occurrences.
 */
/** What follows a year that opens a date range: a dash or "to", then a year or the present. */
const YEAR_RANGE_AFTER = /^[ \t]*(?:[–—-]|to\b)[ \t]*(?:(?:19|20)\d\d|[Pp]resent|[Cc]urrent|[Nn]ow|[Dd]ate)/;

function prefixedGate(text: string): RegExpExecArray[] {
  if (!PREFIXED_WORDS || !LOWER_DOTTED) return scanAll(text, PREFIXED_GATE_ALL);
  const starts = mergeStarts(
    scanAll(text, PREFIXED_UPPER).map((m) => m.index),
    literalStarts(text, '. ', 1 - LOWER_LONGEST, -1, (c) => LOWER_FIRST.has(c)),
  );
  return scanAt(text, PREFIXED_GATE_AT, starts);
}
const FUSED_GATE_ALL = new RegExp(FUSED_GATE.source, 'gi');
const FUSED_GATE_AT = sticky(FUSED_GATE_ALL);
/** FUSED_GATE's street words ("tie" … "strasse"), read from its source; null if it changed shape. */
const FUSED_WORDS = plainWords(/^\(\?:([^)]*)\) \\d$/.exec(FUSED_GATE.source)?.[1]);
const FUSED_MIN = Math.min(...(FUSED_WORDS ?? ['']).map((w) => w.length));
const FUSED_MAX = Math.max(...(FUSED_WORDS ?? ['']).map((w) => w.length));
/** FUSED_GATE's words' first letters, lower case (all ASCII), as a table by character code. */
/** For each first letter, the lengths of the words it starts, as bits (1 << length). */
const FUSED_FIRST = new Uint8Array(128);
for (const w of FUSED_WORDS ?? [])
  if (w.charCodeAt(0) < 128 && w.length < 8) FUSED_FIRST[w.charCodeAt(0)]! |= 1 << w.length;
const FUSED_ASCII = (FUSED_WORDS ?? []).every((w) => w.charCodeAt(0) < 128 && w.length < 8);

/**
 * FUSED_GATE's matches, tried only where one can start: a street word (ASCII letters, ä and ß,
 * one code unit each, no look-alikes under /i) right before a space and a digit, at one of the
 * words' first letters in either case that starts a word of that length.
 */
function fusedGate(text: string): RegExpExecArray[] {
  if (!FUSED_WORDS || !FUSED_ASCII) return scanAll(text, FUSED_GATE_ALL);
  const starts: number[] = [];
  let next = 0;
  // A digit after a space starts a digit run.
  for (const run of runStarts(text, 1, Number.POSITIVE_INFINITY, (before) => before === 32)) {
    const space = run - 1;
    for (let s = Math.max(next, space - FUSED_MAX); s <= space - FUSED_MIN; s++) {
      const c = text.charCodeAt(s) | 32;
      if (c < 128 && ((FUSED_FIRST[c]! >> (space - s)) & 1) === 1) starts.push(s);
    }
    next = Math.max(next, space - FUSED_MIN + 1);
  }
  return scanAt(text, FUSED_GATE_AT, starts);
}

/** Germanic and Nordic street words fused to the name, then a number. */
const FUSED =
  /(?<![\p{L}\p{N}])(?:\d{1,6}\s)?\p{Lu}[\p{L}\p{M}-]{1,30}(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|katu|tie|kuja|polku|kaari|rinne|vej|vägen|väg|gatan|gata|vegen|veien|gate|gade|laan|straat|plein|gracht|utca|ulica|cesta|iela|tänav|tee)\s\d{1,5}[A-Za-z]?/gu;
/** The same in text written in lower case ("255 hersnapvej 18"); used only where no capital occurs at all. */
const FUSED_LOWER = new RegExp(FUSED.source.replace('\\p{Lu}[', '\\p{Ll}['), 'gu');
const LOWER_CASE = /\p{Lu}/u;
/** Street word as a separate word after the name, then a number: "Thereses gate 14", "Nørre vej 3", "Lange Straat 12". */
const SPLIT =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]{1,30}\s(?:\p{Lu}[\p{L}\p{M}'’-]{1,30}\s)?(?:gate|gata|gatan|vei|veien|vegen|vej|väg|vägen|gade|straße|strasse|Straße|Strasse|str\.|weg|Weg|straat|Straat|laan|Laan|allee|Allee|gasse|Gasse|platz|Platz|tie|katu|utca|ulica|iela)\s\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/gu;
/**
 * A four- or five-digit postcode before a known town, at the start of a line or after a comma or a
 * colon ("Storgata 1, 0168 Oslo", "Address: 75008 Paris"); years are not postcodes.
 */
const POSTCODE_PLACE = /(?<![\p{L}\p{N}./-])(\d{4,5})[ \t](\p{Lu}[\p{L}\p{M}]{2,30})(?![\p{L}\p{N}])/gu;
/** A Polish postcode ("00-514") before a capitalised word, read from the postcode's first digit. */
const POLISH_POSTCODE_AT = /^(?<![\p{L}\p{N}./-])\d\d-\d{3}[ \t]\p{Lu}[\p{L}\p{M}]{2,30}(?![\p{L}\p{N}])/u;
/**
 * What may precede such a postcode: the start of a line, a comma, a colon, or a postcode's own label
 * ("PLZ 8004 Zürich", "NPA 1003 Lausanne", "CAP 20121 Milano", "CP 28013 Madrid").
 */
/** A capitalised word, "City", perhaps a comma, and four digits that end the field ({@link FIELD_END}). */
const CITY_ZIP = /(?<=\p{Lu}[\p{L}\p{M}]+ City,? )(\d{4})(?=[ \t]*(?:$|[\r\n,|·•(]))/gmu;
/** The end of a field after a town: the line's or the text's end, or a separator. */
const FIELD_END = /^[ \t]*(?:$|[\r\n,|·•(])/;
const POSTCODE_LEAD = /(?:^|[\n,:|·•]|(?<![A-Za-z])(?:PLZ|NPA|CAP|CP)\.?)[ \t]{0,3}$/;
const UNIT =
  /\b(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|Block|Blk|Plot|Villa|House No|House #|Hse No|Door No|H\.\s?No|apt|apartment|suite|apto|Apto|app\.|App\.|Piso|piso|Depto|Dpto)\.?\s?(?:No\.?\s?)?#?\s?\d{1,5}[A-Za-z]?\b/g;
const BOX =
  /\b(?:P\.?\s?O\.?\s?Box|Post Box|PSC\s\d{1,5},?\s?Box|Box)\s\d{1,6}\b|\b(?:APO|FPO|DPO)\s(?:AA|AE|AP)\s\d{5}\b|\b(?:psc|unit)\s\d{1,5},?\sbox\s\d{1,6}(?:\s(?:apo|fpo|dpo)\s(?:aa|ae|ap)\s\d{5})?\b|\b(?:USNS|USNV|USS|USCGC|usns|usnv|uss|uscgc)\s[\p{L}\p{M}'’-]{2,30}(?:\s[\p{L}\p{M}'’-]{2,30})?\s(?:FPO|APO|DPO|fpo|apo|dpo)\s(?:AA|AE|AP|aa|ae|ap)\s\d{5}\b/gu;
/**
 * House number first, then a Romance street word and the street's name: "31 Rue Al Imam Al Bakri",
 * "63 Avenue du Golf Arabe", "36 rue de pologne", Quebec's "3500 boul. de Maisonneuve O" and "12 rang
 * Saint-Joseph" ("C/ Señores Curas 88" is handled by PREFIXED), and an Irish-language street word ("14 Bóthar na Trá", "22 Sráid an Mhuilinn", "3 Ascaill Uí Bhriain").
 */
const HOUSE_FIRST =
  /(?<![\p{L}\p{N}])\d{1,5}(?:[ \u00a0]?(?:bis|ter|quater))?,?[ \t\u00a0](?:Rue|rue|Avenue|avenue|Av\.?|Avda\.?|Avenida|avenida|Boulevard|boulevard|Bd|Boul\.|boul\.|Blvd\.?|Chemin|chemin|Rang|rang|Côte|côte|Montée|montée|Allée|allée|Impasse|impasse|Quai|quai|Rua|rua|Rúa|rúa|Calle|calle|Via|via|Viale|viale|Strada|strada|Bóthar|Sráid|Ascaill|Lána|Plás|Cearnóg|Céide|Ardán|Bealach|Garrán|Cúirt|Páirc)\s((?:[\p{L}\p{M}'’-]{1,24}\.?\s?){1,5})/gu;
/** "on" and one to three capitalised words, then a house number (European order: street, number). */
const ON_STREET =
  /\b(?:lives|live|living|located|is|are|stop|enter|station|office|house|home)\s(?:on|at)\s((?:\p{Lu}[\p{L}\p{M}'’.-]+\s){1,3})(\d{1,5}[A-Za-z]?)(?![\p{L}\p{N}]|[.,]\d)/gu;
const NAMED_STREET_WORDS = ['Street', 'Road', 'Avenue', 'Lane', 'Drive', 'Boulevard'];
/** "on" or "at", one to three capitalised words, then a street word. */
const ON_NAMED_STREET =
  /\b(?:on|at)\s((?:\p{Lu}[\p{L}\p{M}'’-]+\s){1,3})(Street|Road|Avenue|Lane|Drive|Boulevard)\b/gu;
/** Particles inside a street's name ("Avenue du Golf", "rue de la Hulotais", Irish "Sráid an Mhuilinn"). */
const STREET_PARTICLE = /^(?:de|du|des|la|le|les|del|do|da|dos|das|della|di|e|y|l'|d'|an|na|uí|ní)$/i;
// Scanned only at the starts zipStarts() lists (a capital 3-7 characters before a 4-5 digit run): keep them in step.
const ZIP_AFTER_STATE =
  /\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCDT]|O[HKR]|PA|RI|S[ACD]|T[NX]|UT|V[TA]|W[AVIY]|PR|VIC|NSW|QLD|TAS|ACT|N\.J\.|N\.Y\.)[\s,]{1,3}(\d{4,5}(?:-\d{4})?)\b/g;
const UK = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b/g;
const CA = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
/**
 * Irish Eircodes ("P31 X2Y7", "D6W 1234"): a routing key (a letter of the Eircode alphabet and two
 * digits, or "D6W"), a space, and a four-character identifier from the same alphabet holding a letter
 * and a digit.
 */
const EIRCODE =
  /\b(?:[AC-FHKNPRTV-Y]\d\d|D6W) (?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[A-Z])[0-9AC-FHKNPRTV-Y]{4}(?![\p{L}\p{N}])/gu;
const LABELLED =
  /\b(?:ZIP|Zip|zip|Postal code|Postcode|Post code|PIN|Pin|Pincode|PIN code|CEP|C\.P\.|C[óo]digo [Pp]ostal|Code postal)\s?(?:code)?(?: is)?[\s:.-]{1,3}(\d{5}-\d{3}|\d{3}\s\d{3}|\d{4}\s?[A-Z]{2}|\d{3}\s\d{2}|\d{3,6}(?:-\d{4})?)\b/g;
/** "Chennai - 600121", "Chennai – 600040", "CHENNAI 600 034" (Indian PIN), "Texas 78660", "Spain 61709": a postcode after a place. */
// Scanned only at the starts afterPlaceStarts() lists (a word, separators, a 3-6 digit run): keep them in step.
const AFTER_PLACE = /(\p{Lu}[\p{L}\p{M}]{2,30})[\s,]{0,2}[-–—]?\s?(\d{3}\s?\d{3}|\d{4,5})(?![\d/-])/gu;
const AFTER_PLACE_AT = sticky(AFTER_PLACE);
const YEAR_ONLY = /^(?:19|20)\d\d$/;
/** What follows the first year of a date range: a separator, "to", another year, "Present". */
const RANGE_ON = /^\s{0,3}(?:[–—-]|to\b|till\b|(?:19|20)\d\d\b|present\b|current\b)/i;
/** The capitalised word and one space before AFTER_PLACE's place word ("Andhra " before "Pradesh"). */
const TWO_WORD_PLACE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]{1,30}) $/u;
const ZIP_AT = sticky(ZIP_AFTER_STATE);

/**
 * Australia's states and territories written out, with the ranges of their four-digit postcodes
 * (Australia Post): "Sydney, New South Wales 2000", "Canberra, Australian Capital Territory 2600",
 * "Darwin, Northern Territory 0800".
 */
const AU_STATES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [number, number]>]> = [
  [
    'new south wales',
    [
      [1000, 2599],
      [2619, 2899],
      [2921, 2999],
    ],
  ],
  [
    'australian capital territory',
    [
      [200, 299],
      [2600, 2618],
      [2900, 2920],
    ],
  ],
  [
    'victoria',
    [
      [3000, 3999],
      [8000, 8999],
    ],
  ],
  [
    'queensland',
    [
      [4000, 4999],
      [9000, 9999],
    ],
  ],
  ['south australia', [[5000, 5999]]],
  ['western australia', [[6000, 6999]]],
  ['tasmania', [[7000, 7999]]],
  ['northern territory', [[800, 999]]],
];
/** Last words of {@link AU_STATES}' names: only after one of them is the state's name read. */
const AU_STATE_LAST = new Set(['wales', 'territory', 'victoria', 'queensland', 'australia', 'tasmania']);
/** A school or degree word on a line: a year after a state there is the entry's date, no postcode. */
const EDUCATION_LINE =
  /\b(?:Universit|College|School|Institute|TAFE|Academy|Bachelor|Master|Diploma|Graduat)/i;

/**
 * True when the four digits `code`, right after the word `word` at `at`, are the postcode of the
 * Australian state or territory whose name ends there ({@link AU_STATES}) and fall in its ranges.
 */
function australianPostcode(text: string, at: number, word: string, code: string): boolean {
  if (code.length !== 4 || !AU_STATE_LAST.has(word.toLowerCase())) return false;
  const n = Number(code);
  const before = text.slice(Math.max(0, at - 24), at + word.length).toLowerCase();
  for (const [name, ranges] of AU_STATES) {
    if (!before.endsWith(name) || /\p{L}/u.test(before.charAt(before.length - name.length - 1))) continue;
    return ranges.some(([a, b]) => n >= a && n <= b);
  }
  return false;
}

/**
 * Where ZIP_AFTER_STATE can start: at a capital A-Z three to seven characters before a ZIP (a
 * state code of two to four characters, then one to three spaces or commas).
 */
function zipStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  // The ZIP is a whole run of four or five digits after a space or a comma.
  for (const zip of runStarts(text, 4, 5, (before) => before === 44 || isSpace(before))) {
    for (let s = Math.max(next, zip - 7); s <= zip - 3; s++) {
      const c = text.charCodeAt(s);
      if (c >= 65 && c <= 90) starts.push(s);
    }
    next = Math.max(next, zip - 2);
  }
  return starts;
}

/** [\s,-] in ASCII; any non-ASCII character may be a space, a letter or a mark. */
const isGapOrWide = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 45 || c >= 128;

/**
 * Where AFTER_PLACE can start: before each run of three to six digits, back over at most four
 * separators and a word of at most 30 letters (62 code units), at an upper-case letter (A-Z or
 * any non-ASCII character). Every match is such a word, separators and the run's first digit.
 */
function afterPlaceStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const d of runStarts(text, 3, 6, () => true)) {
    let s = d;
    while (s > 0 && d - s < 4 && isGapOrWide(text.charCodeAt(s - 1))) s--;
    const gapEnd = s;
    while (s > 0 && gapEnd - s < 62) {
      const c = text.charCodeAt(s - 1);
      if (!isAsciiLetter(c) && c < 128) break;
      s--;
    }
    for (let k = Math.max(s, next); k < d; k++) {
      const c = text.charCodeAt(k);
      if ((c >= 65 && c <= 90) || c >= 128) starts.push(k);
    }
    next = Math.max(next, d);
  }
  return starts;
}

/** "22 Talga Court" without a street word but with numbers on both sides: "6750 Koskikatu 25", "07960 Aqqusinersuaq 111". */
const NUMBERED =
  /(?<![\p{L}\p{N}.,:/-]|\d[ -]\d{2,4}[ -])(?!(?:19|20)\d\d\s)\d{3,6}\s(?:\p{Lu}[\p{L}\p{M}'’-]{1,30}\.?\s){1,4}\d{1,5}[A-Za-z]?(?![\p{L}\p{N}/.-]|\.\d)/gu;
const STREET_AT = sticky(STREET);
/**
 * NUMBERED's match where the number ends its line and the words end in a month and a day ("12345\nApplied
 * Mar 3"): an ATS feed's ID before a dated event, no street.
 */
const NUMBERED_DATE_TAIL =
  /^\d{3,6}[ \t]*\r?\n[^\n]*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s[0-3]?\d\s*$/;
/** A number, then a month and a year: a date after a number, no street ("900456 Jan 2019"). */
const NUMBERED_MONTH_YEAR =
  /^\d{3,6}\s{1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s(?:19|20)\d\d\s*$/;
/** A blank line inside a street, or "Dr" opening the street's last line. */
const ACROSS_LINES = /\n[ \t]*\n|\n[ \t]*Dr\b\.?\s*$/;
/**
 * A unit's word before its number: scouting's troops, packs and crews, a veterans' post, a lodge, a
 * chapter, a union local, a military or fire-service unit ("Troop 45", "Pack 301", "VFW Post 77",
 * "Local 104", "Engine 21"): such a number is no house number.
 */
const UNIT_NUMBER =
  /\b(?:Troop|TROOP|Pack|PACK|Crew|CREW|Post|POST|Lodge|LODGE|Chapter|CHAPTER|Local|LOCAL|Den|Patrol|Squadron|Platoon|Battalion|Regiment|Engine|Ladder)\s\d{1,6}$/;
/** A number and an ordinal before "Place", "Point" or "Run": a count of rankings, no street. */
const RANKING = /^\d{1,6}\s\d{1,3}(?:st|nd|rd|th)\s(?:Place|Point|Run)s?\b/;
const NUMBERED_AT = sticky(NUMBERED);
/** A year alone at the start of a line that ends a NUMBERED match. */
const NEXT_LINE_YEAR = /\n[ \t]*(?:19|20)\d\d$/;
const HOUSE_FIRST_AT = sticky(HOUSE_FIRST);
const POSTCODE_PLACE_AT = sticky(POSTCODE_PLACE);
const UK_AT = sticky(UK);
const CA_AT = sticky(CA);
const EIRCODE_AT = sticky(EIRCODE);

/*
 * These patterns start with a digit run (their lookbehind excludes digits) or sit at a fixed place
 * before one, so they are tried only at the runs (utils/detect/literal-starts.ts digitRuns) whose
 * length and neighbours they allow: a cheap ASCII test of the characters around the run, the
 * pattern itself deciding the rest (non-ASCII letters, the lookbehinds' other characters).
 */
/** STREET: one to six digits, then a letter, "/", "-", "," or a space; not after a letter or "/". */
function street(text: string): RegExpExecArray[] {
  const starts = runStarts(
    text,
    1,
    6,
    (b, a) =>
      !isAsciiLetter(b) && b !== 47 && (isAsciiLetter(a) || a === 47 || a === 45 || a === 44 || isSpace(a)),
  ).filter((d) => !afterClock(text, d) && streetWordAfter(text, d));
  return scanAt(text, STREET_AT, starts);
}

/** True when the digit run at `d` follows a digit and a colon: the minutes of a time ("10:42 AM"), no house number. */
function afterClock(text: string, d: number): boolean {
  if (text.charCodeAt(d - 1) !== 58) return false;
  const c = text.charCodeAt(d - 2);
  return c >= 48 && c <= 57;
}

/**
 * A STREET match that runs across a line break ("42 AM\nView Maxence's profile") is an address only
 * when its street word ends its line (a wrapped "1234 Cobblestone\nDrive"), or a comma or a number
 * follows it: a word after it on the next line is a line of other text that happens to start with one.
 */
const WORD_AFTER_SUFFIX = /^[ \t]*[\p{L}\p{M}]/u;

/**
 * True when STREET's number at `d` can be followed by its words: the number part (digits, letters,
 * "/" and "-", all of it, as none of these may follow it), perhaps a comma, one or two spaces, then
 * a capital (A-Z or any non-ASCII character) or a digit.
 */
function streetWordAfter(text: string, d: number): boolean {
  let i = d;
  for (
    let c = text.charCodeAt(i);
    isAsciiLetter(c) || (c >= 45 && c <= 57 && c !== 46);
    c = text.charCodeAt(++i)
  );
  if (text.charCodeAt(i) === 44) i++;
  if (!isSpace(text.charCodeAt(i))) return false;
  if (isSpace(text.charCodeAt(i + 1))) i++;
  const c = text.charCodeAt(i + 1);
  return isAsciiUpper(c) || (c >= 48 && c <= 57) || c >= 128;
}

/** The groups of a phone number before its last group ("021 456 "). */
const PHONE_TAIL = /\d[ -]\d{2,4}[ -]$/;
/** NUMBERED: three to six digits, a space and a capital, not after a letter or one of . , : / -. */
function numbered(text: string): RegExpExecArray[] {
  const starts = runStarts(
    text,
    3,
    6,
    (b, a) => !isAsciiLetter(b) && b !== 46 && b !== 44 && b !== 58 && b !== 47 && b !== 45 && isSpace(a),
  ).filter((d) => {
    // Not the last group of a phone number ("021 456 7890\nNCEA Level 3"; "Suite 913 0547 Bygget 91" stays).
    if (PHONE_TAIL.test(text.slice(Math.max(0, d - 8), d))) return false;
    // A capital (A-Z or any non-ASCII character) after the number's space.
    let i = d;
    while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const c = text.charCodeAt(i + 1);
    return isAsciiUpper(c) || c >= 128;
  });
  return scanAt(text, NUMBERED_AT, starts);
}

/** The US states' names, lower-case (a ZIP code after one has five digits, never four). */
const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
  missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
  washington wisconsin wyoming`
    .split(/\s+/)
    .concat([
      'new hampshire',
      'new jersey',
      'new mexico',
      'new york',
      'north carolina',
      'north dakota',
      'rhode island',
      'south carolina',
      'south dakota',
      'west virginia',
    ]),
);
/** The day and month of a date, or its year and month, right before a number ("03/03/", "2024-03-"). */
const DATE_HEAD = /\d{1,4}[/.-]\d{1,2}[/.-]$/;
/** A year opening HOUSE_FIRST's match, and a month (with its day) right before it: a written date. */
const YEAR_HEAD = /^(?:19|20)\d\d\s/;
const MONTH_HEAD =
  /(?<![\p{L}\p{M}])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[ \t]\d{1,2}(?:st|nd|rd|th)?)?,?[ \t]$/iu;
/** HOUSE_FIRST's street words' first letters (R A B C I Q V S in either case; L, P and G of the Irish ones). */
const HOUSE_FIRST_LETTERS = new Set([...'RrAaBbCcIiQqVvSsLPG'].map((c) => c.charCodeAt(0)));

/** French house-number suffixes after the digits ("12 bis, rue des Capucins", "7ter avenue …"). */
const HOUSE_SUFFIX = /^[ \u00a0]?(?:bis|ter|quater)(?=[ ,\t\u00a0])/;

/** HOUSE_FIRST: one to five digits, perhaps bis/ter, perhaps a comma, a space and a street word; not after a letter. */
function houseFirst(text: string): RegExpExecArray[] {
  // After the digits: a comma, a space, or the b/t/q of a glued suffix ("7ter").
  const starts = runStarts(
    text,
    1,
    5,
    (b, a) => !isAsciiLetter(b) && (a === 44 || isSpace(a) || a === 98 || a === 116 || a === 113),
  ).filter((d) => {
    let i = d;
    while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const suffix = HOUSE_SUFFIX.exec(text.slice(i, i + 8));
    if (suffix) i += suffix[0].length;
    if (text.charCodeAt(i) === 44) i++;
    return isSpace(text.charCodeAt(i)) && HOUSE_FIRST_LETTERS.has(text.charCodeAt(i + 1));
  });
  return scanAt(text, HOUSE_FIRST_AT, starts);
}

/** POSTCODE_PLACE: four or five digits, a space or a tab and a capital, not after a letter or one of . / -. */
function postcodePlace(text: string): RegExpExecArray[] {
  const starts = runStarts(
    text,
    4,
    5,
    (b, a) => !isAsciiLetter(b) && b !== 46 && b !== 47 && b !== 45 && (a === 32 || a === 9),
  ).filter((d) => {
    // A capital (A-Z or any non-ASCII character) after the space or tab.
    let i = d;
    while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const c = text.charCodeAt(i + 1);
    return isAsciiUpper(c) || c >= 128;
  });
  return scanAt(text, POSTCODE_PLACE_AT, starts);
}

/** UK: the inward code's digit is a one-digit run after a space; the outward code (two to four characters, A-Z first) and the space come before it. */
function uk(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  let next = 0;
  for (const d of runStarts(text, 1, 1, (b, a) => isSpace(b) && isAsciiUpper(a))) {
    for (let s = Math.max(next, d - 5); s <= d - 3; s++) if (isAsciiUpper(text.charCodeAt(s))) starts.push(s);
    next = Math.max(next, d - 2);
  }
  return scanAt(text, UK_AT, starts);
}

/** Eircode: a capital, then a one- or two-digit run, then a space or "W". */
function eircode(text: string): RegExpExecArray[] {
  const starts = runStarts(text, 1, 2, (b, a) => isAsciiUpper(b) && (a === 32 || a === 87)).map((d) => d - 1);
  return scanAt(text, EIRCODE_AT, starts);
}

/** CA: a capital, then a one-digit run, then a capital. */
function ca(text: string): RegExpExecArray[] {
  const starts = runStarts(text, 1, 1, (b, a) => isAsciiUpper(b) && isAsciiUpper(a)).map((d) => d - 1);
  return scanAt(text, CA_AT, starts);
}

const UNIT_AT = sticky(UNIT);
/**
 * The first two characters of UNIT's words ("Ap" for "Apt", "H." for "H\.\s?No"), read from its
 * source; null if it changed shape.
 */
const UNIT_PAIRS = (() => {
  const words = /^\\b\(\?:([^()]*)\)/.exec(UNIT.source)?.[1]?.split('|');
  if (!words) return null;
  const pairs = words.map((w) => (w[1] === '\\' ? w[0]! + w[2]! : w.slice(0, 2)));
  if (!pairs.every((p) => /^[A-Za-z][A-Za-z.]$/.test(p))) return null;
  // A table by the two (ASCII) character codes.
  const table = new Uint8Array(128 * 128);
  for (const p of pairs) table[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] = 1;
  return table;
})();

/**
 * UNIT: its number is a run of one to five digits (nothing before it in the pattern is a digit),
 * two to seventeen characters after the match's start ("Fl2" … "Apartment. No. # 4"), which is a
 * word start (\b) where one of its words' first two characters stand.
 */
function unit(text: string): RegExpExecArray[] {
  if (!UNIT_PAIRS) return scanAll(text, UNIT);
  const starts: number[] = [];
  let next = 0;
  for (const d of runStarts(
    text,
    1,
    5,
    // Before the number: the word's last letter, ".", "#" or a space.
    (b, a) => a !== 95 && (isAsciiLetter(b) || b === 46 || b === 35 || isSpace(b)),
  )) {
    for (let s = Math.max(next, d - 17); s <= d - 2; s++) {
      const c = text.charCodeAt(s);
      const c2 = text.charCodeAt(s + 1);
      if (
        isAsciiLetter(c) &&
        c2 < 128 &&
        UNIT_PAIRS[(c << 7) | c2] === 1 &&
        !isWordCode(text.charCodeAt(s - 1))
      )
        starts.push(s);
    }
    next = Math.max(next, d - 1);
  }
  return scanAt(text, UNIT_AT, starts);
}

const BOX_AT = sticky(BOX);
/** The post offices every ship's address ("USS Nimitz FPO AP 96612") names. */
const MILITARY_PO = ['FPO', 'APO', 'DPO', 'fpo', 'apo', 'dpo'];

/** Where a ship's name can start: "US" or "us" at a word start, then "N", "S" or "C" (either case). */
function militaryStarts(text: string, us: string): number[] {
  return literalStarts(text, us, 0, 0).filter((s) => {
    const c = text.charCodeAt(s + 2) | 32;
    return (c === 110 || c === 115 || c === 99) && !isWordCode(text.charCodeAt(s - 1));
  });
}

/**
 * True when a military post office stands where a ship's address has it ("USS Nimitz FPO AP
 * 96612"): seven characters before a run of exactly five digits after a space (its ZIP).
 */
function militaryZip(text: string): boolean {
  return runStarts(text, 5, 5, (b) => isSpace(b)).some(
    (d) => d >= 7 && MILITARY_PO.some((w) => text.startsWith(w, d - 7)),
  );
}

/**
 * BOX: each of its forms holds a plain word at a bounded place: "Box" up to eleven characters after
 * a "P" or "B" start ("PSC 12345, Box"), "PO" one after "A", "F" or "D" (APO), "box" six to twelve
 * after a "p" or "u" start ("unit 12345, box"), and a ship's "USS" or "uss" at the start (only when
 * a military post office stands before a ZIP).
 */
function box(text: string): RegExpExecArray[] {
  const starts = mergeStarts(
    literalStarts(text, 'Box', -11, 0, (c) => c === 80 || c === 66),
    literalStarts(text, 'PO', -1, -1, (c) => c === 65 || c === 70 || c === 68),
    literalStarts(text, 'box', -12, -6, (c) => c === 112 || c === 117),
    ...(militaryZip(text) ? [militaryStarts(text, 'US'), militaryStarts(text, 'us')] : []),
  );
  return scanAt(text, BOX_AT, starts);
}

const ON_STREET_AT = sticky(ON_STREET);
const ON_NAMED_STREET_AT = sticky(ON_NAMED_STREET);
/**
 * Adds to `out` the places of the "on"/"at" that stand one to three words before `end`, as
 * ON_STREET and ON_NAMED_STREET have them: walking back word by word (a word is a run of
 * non-whitespace characters, and exactly one whitespace character follows each), an "on" or "at"
 * right before a word's whitespace. Their words start with a capital: the walk stops at a word
 * that starts with another ASCII character.
 */
function onAtBefore(text: string, end: number, out: number[]): void {
  let e = end - 1;
  for (let k = 0; k < 3; k++) {
    if (e < 0 || !isSpace(text.charCodeAt(e))) return;
    let t = e;
    while (t > 0 && !isSpace(text.charCodeAt(t - 1))) t--;
    if (t === e || t === 0) return;
    const first = text.charCodeAt(t);
    if (first < 128 && !isAsciiUpper(first)) return;
    const b = t - 1;
    const o = text.charCodeAt(b - 2);
    const n = text.charCodeAt(b - 1);
    if ((o === 111 && n === 110) || (o === 97 && n === 116)) out.push(b - 2);
    e = b;
  }
}

/** Positions ascending, each once. */
function ascending(list: number[]): number[] {
  list.sort((a, b) => a - b);
  return list.filter((v, k) => k === 0 || list[k - 1] !== v);
}

/**
 * ON_STREET: its number is a run of up to five digits after a space, with one to three words and
 * "on"/"at" before it; the word before that "on"/"at" (ASCII letters, after a space) is its start.
 */
function onStreet(text: string): RegExpExecArray[] {
  const at: number[] = [];
  for (const d of runStarts(text, 1, 5, (b) => isSpace(b))) onAtBefore(text, d, at);
  const starts: number[] = [];
  for (const a of at) {
    if (!isSpace(text.charCodeAt(a - 1))) continue;
    let k = a - 1;
    while (k > 0 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
    if (k < a - 1) starts.push(k);
  }
  return scanAt(text, ON_STREET_AT, ascending(starts));
}

/** ON_NAMED_STREET: its street word comes one to three words after an "on"/"at" that starts a word (\b). */
function onNamedStreet(text: string): RegExpExecArray[] {
  const at: number[] = [];
  for (const w of NAMED_STREET_WORDS) for (const s of literalStarts(text, w, 0, 0)) onAtBefore(text, s, at);
  return scanAt(text, ON_NAMED_STREET_AT, ascending(at.filter((a) => !isWordCode(text.charCodeAt(a - 1)))));
}

const LABELLED_AT = sticky(LABELLED);

/** LABELLED: every match starts with one of these labels' first letters as written. */
function labelled(text: string): RegExpExecArray[] {
  const starts = mergeStarts(
    ...['ZIP', 'Zip', 'zip', 'Post', 'PIN', 'Pin', 'CEP', 'C.P.', 'Código', 'Codigo', 'Code postal'].map(
      (w) => literalStarts(text, w, 0, 0),
    ),
  );
  return scanAt(text, LABELLED_AT, starts);
}

/**
 * The value of an address field ("Address: Flat 3, 12 Kingsway, Manchester M19 2LL", "Anschrift:
 * Musterstraße 12, 10115 Berlin"), to the end of its line or field: every part of it places the
 * candidate, whatever the street, block or plot numbers look like. Not an e-mail, IP, web or wallet
 * address; the value needs a digit.
 */
const ADDRESS_FIELD =
  /((?:Address|ADDRESS|address|Anschrift|ANSCHRIFT|Adresse|ADRESSE|Dirección|Direccion|DIRECCIÓN|Domicilio|Indirizzo|INDIRIZZO|Endereço|ENDEREÇO|Adres|Adresa))(?:[ \t]*(?:[:：]|-(?=[ \t])|\|(?=[ \t]))|\t)[ \t]*([^\s:：|][^\r\n]{3,159}?)(?=[ \t]*(?:$|\r?\n|[ \t]{2}|\|)|[ \t]*[,;]?[ \t]+(?:Phone|PHONE|Mobile|MOBILE|Tel|TEL|Email|EMAIL|E-mail|Cell|Ph|Contact)\b)/y;
/** Words before "address" that make it no postal one. */
const NOT_POSTAL = /(?:e-?mail|ip|web|mac|wallet|url|ethereum|bitcoin|server|memory|return)\s?$/i;
/** The last letters of {@link FIELD_LABELS}, in lower case. */
const LABEL_ENDS = new Set([...'stenoa'].map((c) => c.charCodeAt(0)));
/** The address labels of {@link ADDRESS_FIELD}, in lower case. */
const FIELD_LABELS = new Set([
  'address',
  'anschrift',
  'adresse',
  'direccion',
  'dirección',
  'domicilio',
  'indirizzo',
  'endereco',
  'endereço',
  'adres',
  'adresa',
]);

/**
 * Where an address label starts: the word right before each ":" (or " - ", or a table cell's " | " or tab), past spaces, when it is
 * one of the labels (one pass over the colons, instead of a search for every label).
 */
function fieldLabelStarts(text: string): number[] {
  const out: number[] = [];
  const at = (sep: number) => {
    // (Letters beyond ASCII count as letters: "Dirección", "Endereço".)
    const w = wordBefore(text, sep, 9, true);
    // Every label ends in one of a few letters ("address", "anschrift", "adresse", "dirección", ...).
    if (!w || w[1] - w[0] < 5 || !LABEL_ENDS.has(text.charCodeAt(w[1] - 1) | 32)) return;
    if (FIELD_LABELS.has(text.slice(w[0], w[1]).toLowerCase())) out.push(w[0]);
  };
  for (let k = text.indexOf(':'); k !== -1; k = text.indexOf(':', k + 1)) at(k);
  for (let k = text.indexOf(' - '); k !== -1; k = text.indexOf(' - ', k + 1)) at(k);
  // A table's cells: "Address | Flat 302, …", "Address\tFlat 302, …".
  for (let k = text.indexOf(' | '); k !== -1; k = text.indexOf(' | ', k + 1)) at(k);
  for (let k = text.indexOf('\t'); k !== -1; k = text.indexOf('\t', k + 1))
    if (text.charCodeAt(k - 1) !== 9 && text.charCodeAt(k - 1) !== 32) at(k);
  return [...new Set(out)].sort((a, b) => a - b);
}
/** Words before an address label that belong to it ("Current Address:", "PERMANENT ADDRESS -"). */
const ADDRESS_PREFIXES =
  'Current|Permanent|Present|Home|Postal|Mailing|Residential|Correspondence|Local|CURRENT|PERMANENT|PRESENT|HOME|POSTAL|MAILING|RESIDENTIAL';
const FIELD_PREFIX = new RegExp(`(?:${ADDRESS_PREFIXES})\\s$`);

function addressFields(text: string): Span[] {
  const out: Span[] = [];
  let done = -1;
  for (const at of fieldLabelStarts(text)) {
    if (at < done || isWordCode(text.charCodeAt(at - 1))) continue;
    const prefix = FIELD_PREFIX.exec(text.slice(Math.max(0, at - 16), at));
    const from = prefix ? at - prefix[0].length : at;
    if (NOT_POSTAL.test(text.slice(Math.max(0, from - 12), from))) continue;
    ADDRESS_FIELD.lastIndex = at;
    const m = ADDRESS_FIELD.exec(text);
    if (!m || !/\d/.test(m[2]!)) continue;
    const value = m[2]!.replace(/[\s,;.]+$/, '');
    const start = m.index + m[0].length - m[2]!.length;
    out.push(span(start, start + value.length, 0.85));
    done = start + value.length;
  }
  return out;
}

/**
 * A street type and its number before the "#" or "No." of Colombian addresses (and those that follow
 * their nomenclature): "Cra. 15 ", "Calle 100 ", "Av. Calle 26 ", "Transversal 5 ", "Kr 7 Bis ".
 */
const CO_STREET_BEFORE =
  /(?<![\p{L}\p{N}])(?:Calle|CALLE|Cl|CL|Cll|CLL|Carrera|CARRERA|Cra|CRA|Kra|Kr|KR|Cr|Avenida|AVENIDA|Av|AV|Ak|AK|Ac|AC|Diagonal|DIAGONAL|Dg|DG|Transversal|TRANSVERSAL|Tv|TV|Tr)\.?(?:[ \t](?:Calle|Carrera|Cra|Cl|Kr)\.?)?[ \t]\d{1,3}(?:[ \t]?[A-Z])?(?:[ \t]?Bis)?(?:[ \t]?[A-Z])?[ \t]?$/u;
/**
 * The "#" or "No." and the crossing's number and the door's after it, two digits or three ("#93-47", "No.
 * 45-10", "# 12A-20", "#4-05"), with an apartment or office.
 */
const CO_NUMBER_AFTER =
  /(?:#|No\.?|N[°º]\.?)[ \t]?\d{1,3}[A-Z]?(?:[ \t]?Bis)?[ \t]?-[ \t]?\d{2,3}(?![\p{L}\p{N}])(?:,?[ \t](?:Apto|Apt|Apartamento|Int|Interior|Of|Oficina|Casa|Torre|Local|Piso)\.?[ \t]?\d{1,5}[A-Z]?)*/uy;

/**
 * Colombian addresses, where the street's number, "#" (or "No.") and the crossing street's number and the
 * door's distance from it place the home exactly: "Cra. 15 #93-47", "Calle 100 # 19-61, Apto 502",
 * "Carrera 7 No. 45-10". Read only at each "#" or "N" after a street type and its number.
 */
function colombianStreets(text: string): Span[] {
  const out: Span[] = [];
  const tryAt = (k: number) => {
    const m = CO_STREET_BEFORE.exec(text.slice(Math.max(0, k - 32), k));
    if (!m) return;
    CO_NUMBER_AFTER.lastIndex = k;
    const n = CO_NUMBER_AFTER.exec(text);
    if (!n) return;
    out.push(span(k - m[0].length, k + n[0].length, 0.8));
  };
  for (let k = text.indexOf('#'); k !== -1; k = text.indexOf('#', k + 1)) tryAt(k);
  for (const w of ['No', 'N°', 'Nº'])
    for (let k = text.indexOf(w); k !== -1; k = text.indexOf(w, k + 2))
      if (text.charCodeAt(k - 1) === 32) tryAt(k);
  return out;
}

/** "the corner of X and Y". */
const CORNER =
  /\b[Tt]he corner of [^\n?!]{3,60}? and [^\n.?!,]{2,40}?(?:\.(?=\s\p{Ll}))?(?=[?!,]|\.(?:\s|$)|\n|$| I | on )/gu;
/**
 * The abbreviated building, staircase, floor and flat words of European addresses, before their number
 * or letter: Romanian "bl. C3, sc. 1, et. 4, ap. 22", Polish "m. 12", "lok. 5", Russian "kv. 7",
 * Spanish "esc. B", "pta. 2".
 */
const EU_UNIT = String.raw`(?:bl|sc|et|ap|m|lok|kv|esc|pta|Bl|Sc|Et|Ap|Lok|Kv|Esc|Pta)\.[ \t]?[\dA-Z]{1,4}(?![\p{L}\p{N}])`;
/** A lower-case {@link EU_UNIT} at a position (a part that starts with a lower-case letter). */
const EU_UNIT_AT = new RegExp(EU_UNIT, 'uy');

/**
 * One more part of an address block after a street: unit, town, region code, country, postcode, New
 * Zealand's rural delivery ("RD 2"), a Bucharest sector ("Sector 3"), a Romanian county ("jud. Cluj"),
 * a Turkish district and city ("Kadıköy/İstanbul"), an Indian layout's block or stage ("Jayanagar 4th
 * Block", "2nd Stage").
 */
const BLOCK_PART = new RegExp(
  String.raw`^[ \t]{0,4}(?:\r?\n[ \t]{0,6}){0,2}(?:,|(?<=[ \t])[–—-](?=[ \t]))?[ \t]{0,4}(?:${EU_UNIT}|\d{5}-\d{3}(?![\p{L}\p{N}])|(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s?#?\d{1,5}[A-Za-z]?|\d{4,6}(?:-\d{4})?(?![\p{L}\p{N}])|RD[ \t]\d{1,2}(?!\d)|Sector(?:ul)?[ \t]\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)[ \t](?:Block|Stage|Phase|Sector|Cross|Main)(?![\p{L}\p{N}])|jud(?:\.|ețul|etul)[ \t]?\p{Lu}[\p{L}\p{M}-]{1,30}|\p{Lu}{2,3}(?![\p{L}\p{N}])|\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{1,30}){0,3}(?:\/\p{Lu}[\p{L}\p{M}'’.-]{1,30})?|nan(?![\p{L}]))`,
  'u',
);
const MAX_BLOCK_PARTS = 6;
const YEAR_START = /^(?:19|20)\d\d\s/;
const DATE_BEFORE = /(?:\b\p{L}{3,9}\.?,?|[-–—/]|\bto|\d)\s{0,2}$/u;

/** A day's number and a year that open a match ("2, 2026 Summer Lane" of "Nov 2, 2026"). */
const DAY_YEAR_START = /^[0-3]?\d,?[ \t](?:19|20)\d\d\s/;
/** A month's name and one space or tab before a position ("Nov ", "March "). */
const MONTH_BEFORE = /(?:^|[^\p{L}])(\p{L}{3,9})\.?[ \t]$/u;
/** True when a month's name ({@link CALENDAR}) and one space end at `at`. */
const monthBefore = (text: string, at: number) => {
  const m = MONTH_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  return !!m && CALENDAR.has(m[1]!.toLowerCase());
};

/** A month or weekday and a number after it ("Sept 2019", "Jan 5, 2019"). */
const MONTH_DATE = /^(\p{L}{3,9})\.?,?[ \t]{1,2}\d/u;
/** The word after a year-like part, one space or tab apart ("2000 Antwerpen"). */
const WORD_AFTER = /^[ \t](\p{Lu}[\p{L}\p{M}'’-]+)/u;

/**
 * True when the part at `at`, the first of its line, is a date: a month or weekday before a number, or
 * a year that no town follows (a postcode like "2000" stands before its town: "2000 Antwerpen").
 */
export function dateOpensLine(text: string, at: number, part: string): boolean {
  if (YEAR_ONLY.test(part)) {
    const next = WORD_AFTER.exec(text.slice(at + 4, at + 40));
    return !next || !isPlaceName(next[1]!) || isOrdinaryWord(next[1]!);
  }
  const month = MONTH_DATE.exec(text.slice(at, at + 16));
  return !!month && CALENDAR.has(month[1]!.toLowerCase());
}

/** Extends an address over the unit, town, region, country and postcode that follow it (bounded). */
function extendBlock(text: string, end: number): number {
  let pos = end;
  // Whether the last part taken was a number (a postcode).
  let numeric = false;
  for (let k = 0; k < MAX_BLOCK_PARTS; k++) {
    if (!mayStartPart(text, pos)) break;
    const m = BLOCK_PART.exec(text.slice(pos, pos + 80));
    if (!m) break;
    let part = m[0].replace(/^[\s,–—-]+/, '');
    let len = m[0].length;
    // "Rzeszów Poland. It serves …": a part ends with its sentence.
    const stop = sentenceEnd(part);
    if (stop >= 0) {
      len -= part.length - stop - 1;
      part = part.slice(0, stop + 1);
    }
    // "Mobile: 0688 …", "It serves …": a field label or a new sentence ends the block.
    if (endsBlock(text, pos + len, part)) break;
    // "…, IL 62704    Wuckert.Keeley@lfan.net": an e-mail address's local part is no town.
    if (text.charCodeAt(pos + len) === 64) break;
    // "…, 20121 Milano\nPolitecnico di Milano": a school or an organisation is no part.
    if (institutionPart(part)) break;
    // "…, Florida | 32306  2003  Salary", "…, IL 62704\n2015 – 2018": a year after a postcode or that
    // opens a date range is the entry's date, no part.
    const digits = /^\d+$/.test(part);
    if (digits && YEAR_ONLY.test(part) && (numeric || RANGE_ON.test(text.slice(pos + len, pos + len + 12))))
      break;
    // "…, Leeds LS6 2AB\n2019": a year or a month's date that opens the next line opens the next entry.
    if (m[0].includes('\n') && dateOpensLine(text, pos + len - part.length, part)) break;
    // "…, Soweto, 1804\nEDUCATION", "…, VA 22030\nDay phone:": a section's heading or a field's label
    // that opens the next line.
    if (
      m[0].includes('\n') &&
      (part.split(' ').every((w) => SECTIONS.has(fold(w))) ||
        FIELD_LABEL_REST.test(text.slice(pos + len, pos + len + 26)))
    )
      break;
    numeric = digits;
    const words = part.split(/\s+/);
    // Ordinary words ("Please", "After") end the block unless they name a place.
    const unit = /^(?:Apt|Apartment|Suite|Ste|Unit|Flat)\b/.test(part);
    if (!unit && /^\p{Lu}\p{Ll}/u.test(part) && words.some((w) => isOrdinaryWord(w)) && !isPlaceName(part))
      break;
    pos += len;
  }
  return pos;
}

/** The rest of a field's label after a part's word: up to two short words (or "/P"), then a colon. */
const FIELD_LABEL_REST = /^(?:[ \t/][\p{L}.]{1,12}){0,2}[ \t]?[:：]/u;

/**
 * True when a part names a school or an organisation rather than a place: it holds an organisation
 * noun (`isOrgTail`: "University", "College", "Bank") or a school word of another language
 * ("Politecnico", "Universidad", "Hochschule"), and is no place ("College Park", "University Place").
 */
export function institutionPart(part: string): boolean {
  const words = part.split(' ');
  if (!words.some((w) => (w.length > 3 && isOrgTail(w)) || FOREIGN_SCHOOL.test(w))) return false;
  return !isPlaceName(part.replace(/\.$/, ''));
}
const FOREIGN_SCHOOL =
  /^(?:universidad|universidade|universit[àaäé]t?|universiteit|uniwersytet|hogeschool|h[öo]gskola|politecnico|polit[ée]cnica|polytechnique|hochschule|fachhochschule|gymnasium|lyc[ée]e|[ée]cole|escuela|istituto|instituto|facultad|faculdade)$/i;

/** Where a part's sentence ends: a dot before a pronoun or article that opens the next one, or -1. */
export function sentenceEnd(part: string): number {
  if (!part.includes('.')) return -1;
  for (const m of scanAll(part, SENTENCE_DOT)) if (FUNCTION_WORDS.has(m[1]!.toLowerCase())) return m.index;
  return -1;
}

/**
 * True when an address part ending at `end` is no part: a field label ("Mobile:", "Desk:") or a
 * pronoun that opens the next sentence ("It", "I").
 */
export function endsBlock(text: string, end: number, part: string): boolean {
  const c = text.charCodeAt(end);
  return c === 58 || (isSpace(c) && text.charCodeAt(end + 1) === 58) || FUNCTION_WORD.has(part);
}

/** FUNCTION_WORDS asked in any case, mostly without a lower-case copy of the part. */
const FUNCTION_WORD = new LowerWords(FUNCTION_WORDS);

/**
 * False when no BLOCK_PART can start at `pos`: past its lead (at most 25 spaces, tabs, line breaks
 * and a comma) a part starts with a digit, a capital (A-Z or any non-ASCII character), "nan" or
 * Romanian "jud." (a county).
 */
function mayStartPart(text: string, pos: number): boolean {
  let q = pos;
  let c = text.charCodeAt(q);
  while (q - pos < 32 && (c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 45))
    c = text.charCodeAt(++q);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 110 || c === 106 || c >= 128) return true;
  if (c < 97 || c > 122) return false;
  EU_UNIT_AT.lastIndex = q;
  return EU_UNIT_AT.test(text);
}

/**
 * Hungarian street words after the street's name, then the house number: "Andrássy út 12.",
 * "Kossuth Lajos utca 3", "hegyalja út 98." (the name may be written in lower case).
 */
const HU_STREET =
  /(?<![\p{L}\p{N}])((?:[\p{L}][\p{L}\p{M}'’.-]{1,30}\s){1,3})(?:út|útja|utca|tér|tere|körút|köz|sétány|rakpart)\s\d{1,4}(?:\/[A-Za-z0-9]{1,3})?\.?(?![\p{L}\p{N}])/gu;

/** A Hungarian street word right before a house number ("út 12"): HU_STREET's scan runs only then. */
const HU_WORD_BEFORE = /(?:^|[^\p{L}])(?:út|útja|utca|tér|tere|körút|köz|sétány|rakpart)\s$/u;

/** True when a house number of one to four digits follows a space and a Hungarian street word. */
function hungarianNumber(text: string): boolean {
  // The digit runs are found once per text (shared with the other number scans).
  const starts = runStarts(text, 1, 4, (b) => b === 32);
  for (const d of starts) {
    // Every street word ends in t, a, r, e, z or y (read by code before the costlier test).
    const c = text.charCodeAt(d - 2);
    if (c !== 116 && c !== 97 && c !== 114 && c !== 101 && c !== 122 && c !== 121) continue;
    if (HU_WORD_BEFORE.test(text.slice(Math.max(0, d - 9), d))) return true;
  }
  return false;
}

const HU_STREET_AT = sticky(HU_STREET);
/**
 * The most code units a HU_STREET match spans before its house number: three words of up to 31
 * letters (two units each beyond the BMP) with their white space, and the street word with its own.
 */
const HU_BEFORE = 3 * (31 * 2 + 1) + 8;

/**
 * Where HU_STREET can start: every match ends with a Hungarian street word, white space and a house
 * number of one to four digits, so the starts are the {@link HU_BEFORE} positions before each such
 * number. A full scan, with its \p look-behind tried at every character, cost about 45 ns a character
 * (3 KB of text with one Hungarian address: 0.14 ms).
 */
function hungarianStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const d of runStarts(text, 1, 4, (b) => isSpace(b))) {
    const c = text.charCodeAt(d - 2);
    if (c !== 116 && c !== 97 && c !== 114 && c !== 101 && c !== 122 && c !== 121) continue;
    if (!HU_WORD_BEFORE.test(text.slice(Math.max(0, d - 9), d))) continue;
    for (let s = Math.max(next, d - HU_BEFORE); s < d; s++) starts.push(s);
    next = d;
  }
  return starts;
}

function hungarianStreets(text: string): Span[] {
  const out: Span[] = [];
  if (!hungarianNumber(text)) return out;
  for (const m of scanAt(text, HU_STREET_AT, hungarianStarts(text))) {
    // The name's words: leading English and function words are the sentence's ("enter on hegyalja út 98.").
    let start = m.index;
    for (const w of m[1]!.split(/\s/)) {
      if (!w || !(isOrdinaryWord(w) || FUNCTION_WORDS.has(w.toLowerCase()))) break;
      start += w.length + 1;
    }
    if (start < m.index + m[1]!.length) out.push(span(start, m.index + m[0].length, 0.8));
  }
  return out;
}

/**
 * A European address line: the street's name, its house number, perhaps a floor or door part, a comma,
 * then a postcode and the town ("Avenue Louise 231, 1050 Bruxelles", "Vinohradská 1234/56, 120 00 Praha
 * 2", "Nørrebrogade 45, 2. th., 2200 København N", "ul. Marszałkowska 10/4, 00-590 Warszawa", "Am
 * Sandtorkai 1, D-20457 Hamburg"): many streets carry no street word, but the number-comma-postcode-town
 * shape on a line of its own (after a bullet or a field label) places the candidate all the same.
 * Postcodes of four or five digits, "NNN NN", "NN-NNN", "NNNN-NNN", Dutch "NNNN AA", and a country
 * letter before them ("CH-8002", "A-1070"). Tried only at digit runs right after ", " or ", X-".
 */
const EU_POSTCODE_TOWN =
  /(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{3} \d{2}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}|\d{4,5})(?![\p{L}\p{N}])[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t](?:am|an|im|sur|di|del|de|do|nad|pod)?[ \t]?\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?:[ \t]\d{1,2}(?![\p{L}\p{N}])|[ \t]\p{Lu}(?![\p{L}\p{N}]))?)/uy;
/** The line before the comma: a bullet or field label, the street's words, the house number, a floor part. */
const EU_STREET_LINE =
  /^[ \t•·*>-]*(?:\p{L}[\p{L} ]{0,29}[:：][ \t]*)?((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]){1,5}\d{1,5}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[IVX]{1,4}))*)(?:,[ \t]*[\p{L}\p{N}.º°ª ]{1,12})?$/u;
/** A middle dot, a bar or a bullet: what separates a field on a contact line. */
const FIELD_SEPARATORS = new Set([0xb7, 124, 0x2022]);
/** A month's name and a day at the end of a line's part ("Nov 18", "Sent on March 3"). */
const MONTH_DAY = /(?:^|[ \t])(\p{L}{3,9})\.?[ \t]([0-3]?\d)$/u;
const monthDay = (part: string) => {
  const m = MONTH_DAY.exec(part);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 31 && CALENDAR.has(m[1]!.toLowerCase());
};
/** A lower-case word of four letters or more in the street part: a sentence, unless a street word. */
const EU_LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}{4,}/gu;

function europeanLines(text: string): Span[] {
  const out: Span[] = [];
  for (const d of runStarts(text, 2, 5, (b) => b === 32 || b === 45 || b === 10)) {
    // ", 1050", ", D-20457", ", CH-8002": the postcode opens a comma part; or a field after a middle dot,
    // a bar or a bullet, or the next line ("Meir 10 · 2000 Antwerpen", "Meir 10\n2000 Antwerpen").
    let c = d;
    if (text.charCodeAt(d - 1) === 45) {
      c = d - 1;
      while (c > d - 3 && isAsciiUpper(text.charCodeAt(c - 1))) c--;
      if (c === d - 1) continue;
    }
    let comma = c - 1;
    let field = false;
    if (text.charCodeAt(comma) === 10) {
      if (text.charCodeAt(comma - 1) === 13) comma--;
      field = true;
    } else {
      if (text.charCodeAt(comma) !== 32) continue;
      if (text.charCodeAt(comma - 1) === 32) comma--;
      const k = text.charCodeAt(comma - 1);
      if (k === 0xb7 || k === 124 || k === 0x2022) {
        if (text.charCodeAt(comma - 2) !== 32) continue;
        comma -= 2;
        field = true;
      } else if (k !== 44) continue;
      else comma--;
    }
    EU_POSTCODE_TOWN.lastIndex = c;
    const m = EU_POSTCODE_TOWN.exec(text);
    if (!m) continue;
    const town = m[1]!.replace(/[ \t](?:\d{1,2}|\p{Lu})$/u, '');
    if (isOrdinaryWord(town) && !isPlaceName(town)) continue;
    // Without the comma, only a town of the gazetteer, after a field of its own that names no tool.
    if (field && !isPlaceName(town)) continue;
    // "…, 2019 Berlin – 2021": a year that opens a date range is no postcode.
    const code = text.slice(c, m.index + m[0].length - m[1]!.length).trim();
    if (
      /^(?:19|20)\d\d$/.test(code) &&
      RANGE_ON.test(text.slice(EU_POSTCODE_TOWN.lastIndex, EU_POSTCODE_TOWN.lastIndex + 12))
    )
      continue;
    // The line's start, read back at most 90 characters (a long line stays linear).
    let lineStart = comma;
    while (
      lineStart > 0 &&
      comma - lineStart <= 90 &&
      text.charCodeAt(lineStart - 1) !== 10 &&
      !(field && FIELD_SEPARATORS.has(text.charCodeAt(lineStart - 1)))
    )
      lineStart--;
    const opener = text.charCodeAt(lineStart - 1);
    if (lineStart > 0 && opener !== 10 && !(field && FIELD_SEPARATORS.has(opener))) continue;
    const s = EU_STREET_LINE.exec(text.slice(lineStart, comma));
    if (!s) continue;
    const street = s[1]!;
    if (field) {
      // ("Python 3 · 2000 Antwerpen", "Chapter 3\n2000 Antwerpen": a tool's or an English word's number.)
      const words = street.split(/[ \t]/).slice(0, -1);
      if (words.some((w) => TECH.has(fold(w)) || SECTIONS.has(fold(w)))) continue;
      if (words.every((w) => isOrdinaryWord(w) && !isPlaceName(w))) continue;
    }
    if (YEAR_ONLY.test(/\d+$/.exec(street.replace(/[/-].*$/, ''))?.[0] ?? '')) continue;
    // "Nov 18, 2026 Perpetua Okonedo-Haig": a month and its day before a year, then the sender of a
    // message thread or an activity feed's entry: a date, no street, house number, postcode and town.
    if (YEAR_ONLY.test(code) && monthDay(street)) continue;
    if (scanAll(street, EU_LOWER_WORD).some((w) => isOrdinaryWord(w[0]))) continue;
    const start = lineStart + s[0].indexOf(street);
    out.push(span(start, EU_POSTCODE_TOWN.lastIndex, 0.75));
  }
  return out;
}

/**
 * A Japanese block address: chōme, banchi and gō ("2-11-3") with the district's name before or after it
 * ("Jingumae 2-11-3", "2-11-3 Jingumae"), on a line that names a ward, city or town with its suffix
 * ("Shibuya-ku", "Yokohama-shi", "-cho", "-machi") or the postal mark "〒". Tried only at digit runs of
 * one or two digits before a hyphen.
 */
const JP_BLOCK = /\d{1,2}-\d{1,2}-\d{1,3}(?![\d-])/y;
const JP_LINE = /\p{Ll}-(?:ku|shi|cho|machi|gun|mura)\b|〒/u;
const JP_NAME_BEFORE = /(?:^|[\s,、])(\p{Lu}[\p{Ll}\p{M}]+)[ \t]$/u;
const JP_NAME_AFTER = /^[ \t](\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}-])/u;

function japaneseBlocks(text: string): Span[] {
  const out: Span[] = [];
  for (const d of runStarts(text, 1, 2, (b, a) => a === 45 && b !== 45 && !isWordCode(b))) {
    JP_BLOCK.lastIndex = d;
    if (!JP_BLOCK.test(text)) continue;
    const end = JP_BLOCK.lastIndex;
    // The line, read at most 100 characters either way (a long line stays linear).
    let a = d;
    while (a > 0 && d - a <= 100 && text.charCodeAt(a - 1) !== 10) a--;
    let b = end;
    while (b < text.length && b - end <= 100 && text.charCodeAt(b) !== 10) b++;
    if (!JP_LINE.test(text.slice(a, b))) continue;
    // The district's name: no English word ("Score 3-1-0").
    let before = JP_NAME_BEFORE.exec(text.slice(Math.max(a, d - 31), d));
    if (before && isOrdinaryWord(before[1]!)) before = null;
    let after = before ? null : JP_NAME_AFTER.exec(text.slice(end, end + 31));
    if (after && isOrdinaryWord(after[1]!)) after = null;
    const start = before ? d - before[1]!.length - 1 : d;
    out.push(span(start, after ? end + after[0].length : end, 0.75));
  }
  return out;
}

function span(start: number, end: number, score: number): Span {
  return { start, end, label: 'ADDRESS', score, recognizer: 'address' };
}

function all(out: Span[], text: string, re: RegExp, score: number): void {
  for (const m of scanAll(text, re)) out.push(span(m.index, m.index + m[0].trimEnd().length, score));
}

/**
 * House numbers after a number label: Romanian "nr." after a street prefix ("Str. Mihai Eminescu nr. 12,
 * bl. A3, sc. 2, ap. 14, Sector 3"), Turkish "No:" after a street, avenue or quarter word ("Atatürk Cad.
 * No: 15 Daire: 4", "Bağdat Mah. Gül Sok. No: 7/3"), and Taiwan's romanised order, the number first,
 * then lanes, alleys and sections, then the road ("No. 12, Ln. 34, Sec. 2, Zhongshan Rd."). Read only
 * at digit runs right after such a label; the street word is looked for on the label's line.
 */
/**
 * Where "nr", "Nr", "No" or "NO" starts before the digit run at `d` (perhaps a dot or a colon and up to
 * two spaces or tabs between them, and no letter before the label), or -1; read by code.
 */
function numberLabelAt(text: string, d: number): number {
  let p = d;
  let c = text.charCodeAt(p - 1);
  for (let k = 0; k < 2 && (c === 32 || c === 9); k++) c = text.charCodeAt(--p - 1);
  if (c === 46 || c === 58) c = text.charCodeAt(--p - 1);
  if (c === 32 || c === 9) c = text.charCodeAt(--p - 1);
  const n = text.charCodeAt(p - 2);
  if (!(c === 114 || c === 82 || c === 111 || c === 79) || !(n === 78 || n === 110)) return -1;
  const b = text.charCodeAt(p - 3);
  return p - 2 > 0 && (isAsciiLetter(b) || b > 127) ? -1 : p - 2;
}
/** The street words of the label's line: a Romanian prefix, or a Turkish street word after the name. */
const LABELLED_STREET =
  /(?:^|[\s,(])(?:(Str\.|Strada|Bd\.|Bdul\.|B-dul\.?|Bulevardul|Calea|Aleea|Șos\.|Şos\.|Sos\.|Șoseaua|Şoseaua|Splaiul|Piața|Piaţa|Intrarea)|(Cad\.|Cd\.|Caddesi|Cadde|Sok\.|Sk\.|Sokak|Sokağı|Mah\.|Mh\.|Mahallesi|Bulvarı|Blv\.|Bulv\.))(?=[ \t,])/u;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

/**
 * Where the name before a Turkish street word at `at` starts: one to three words that start with a
 * capital or a digit, one space or tab apart ("Bağdat Mah.", "1453. Sok."), or -1.
 */
function nameBefore(part: string, at: number): number {
  let p = at;
  for (let k = 0; k < 3; k++) {
    const c = part.charCodeAt(p - 1);
    if (c !== 32 && c !== 9) break;
    let w = p - 1;
    while (w > 0 && !isSpace(part.charCodeAt(w - 1)) && part.charCodeAt(w - 1) !== 44) w--;
    if (w === p - 1 || !CAPITAL_OR_DIGIT.test(part.slice(w, w + 2))) break;
    p = w;
  }
  return p < at ? p : -1;
}
/** After the number: its door part ("/3"), then units (block, stair, floor, flat) and a Bucharest sector. */
const NUMBER_TAIL =
  /(?:\/\d{1,4}[A-Za-z]?)?(?:,?[ \t]{0,2}(?:bl|sc|et|ap|Bl|Sc|Et|Ap|Daire|Kat|Blok|D|K)[ \t]?[.:]?[ \t]{0,2}(?:[A-Z]?\d{1,4}[A-Z]?|[A-Z])(?![\p{L}\p{N}])){0,5}(?:,?[ \t]{0,2}Sector(?:ul)?[ \t]\d{1,2}(?!\d))?/uy;
/** Taiwan: lanes, alleys and sections after "No. 12", then the road or street. */
const TAIWAN_TAIL =
  /(?:,[ \t]?(?:Aly|Alley|Ln|Lane|Sec|Section)\.?[ \t]?\d{1,4}){1,3},[ \t]?(?:\p{Lu}[\p{L}\p{M}'’-]*\.?[ \t]){1,3}(?:Rd|Road|St|Street|Blvd|Boulevard|Ave|Avenue)\.?/uy;
/** A floor before Taiwan's house number ("12F., ", "3F, "). */
const FLOOR_BEFORE = /\d{1,2}F\.?,?[ \t]?$/;

function labelledNumbers(text: string): Span[] {
  const out: Span[] = [];
  // (A label's last character before the number: a space, a dot, a colon, or the "r"/"o" itself.)
  const starts = runStarts(text, 1, 5, (b) => b === 32 || b === 46 || b === 58 || b === 114 || b === 111);
  for (const d of starts) {
    const at = numberLabelAt(text, d);
    if (at < 0) continue;
    const label = text.slice(at, at + 2);
    let end = d;
    while (isDigitCode(text.charCodeAt(end))) end++;
    // (The line's start, looked for no further than 80 characters back: texts without line breaks.)
    let from = at;
    while (from > 0 && at - from < 80 && text.charCodeAt(from - 1) !== 10) from--;
    const part = text.slice(from, at);
    const street = LABELLED_STREET.exec(part);
    let start = -1;
    if (street) {
      // A Turkish name's words start the street; "No:" or "nr." needs its own street word.
      // (Romanian streets take "nr.", Turkish ones "No".)
      if (street[1] ? !/^nr$/i.test(label) : !/^No$/i.test(label)) continue;
      const word = street.index + street[0].indexOf(street[1] ?? street[2]!);
      const name = street[1] ? word : nameBefore(part, word);
      if (name < 0) continue;
      start = from + name;
    } else if (label === 'No' && text.charCodeAt(d - 1) !== 58) {
      TAIWAN_TAIL.lastIndex = end;
      if (!TAIWAN_TAIL.test(text)) continue;
      start = at;
      const floor = FLOOR_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
      if (floor) start -= floor[0].length;
      end = TAIWAN_TAIL.lastIndex;
    } else continue;
    NUMBER_TAIL.lastIndex = end;
    if (NUMBER_TAIL.test(text)) end = NUMBER_TAIL.lastIndex;
    // (A label and a street word: surer than the name or place findings inside the street's name.)
    out.push(span(start, extendBlock(text, end), 0.9));
  }
  return out;
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The address recognizer. */
export const address: Recognizer = {
  id: 'address',
  kind: 'rule',
  entities: ['ADDRESS'],
  analyze(text) {
    const out: Span[] = [];
    // "shows on Marina Fort Street": a named street after "on"/"at", without a house number.
    for (const m of onNamedStreet(text)) {
      const words = m[1]!.trim().split(/\s+/);
      if (words.some((w) => isOrdinaryWord(w) && !isPlaceName(w))) continue;
      const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
      out.push(span(start, m.index + m[0].length, 0.6));
    }
    if (!/\d/.test(text)) return out;
    out.push(...addressFields(text));
    for (const [scan, score] of [
      [street, 0.8],
      [numbered, 0.6],
      [box, 0.8],
    ] as const) {
      for (const m of scan(text)) {
        // "May 2013 MedStar Union Memorial": a year after a date is no house number.
        if (YEAR_START.test(m[0]) && DATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
          // "to 1987 74 Diakou Street": the house number after the year still starts a street.
          // (Also across a blank line: "Bachelor of Commerce, 2019\n\n14 Jacaranda Street".)
          const rest = /^\d{4}(\s{1,2})\d{1,4}\s/.exec(m[0]);
          if (rest) {
            const start = m.index + 4 + rest[1]!.length;
            out.push(span(start, extendBlock(text, m.index + m[0].trimEnd().length), score));
          }
          continue;
        }
        // "Nov 2, 2026\nSummer Lane" (a list's date cell, then a person's): a month's day and year, no unit
        // and house number.
        if (DAY_YEAR_START.test(m[0]) && monthBefore(text, m.index)) continue;
        // "Won 3 1st Place awards": a count before a ranking, not "221 W 57th St".
        if (RANKING.test(m[0])) continue;
        // "Patrol Leader, Troop 123 Plano\nTroop 45": a unit's number on either side is no house number.
        if (
          scan === numbered &&
          (UNIT_NUMBER.test(text.slice(Math.max(0, m.index - 10), m.index + m[0].search(/\s/))) ||
            UNIT_NUMBER.test(m[0].trimEnd()))
        )
          continue;
        // "PreK-4\n\nREFERENCES\nDr. Margaret Ellis": no street goes on across a blank line, and "Dr"
        // that opens a line is a doctor, not a drive.
        if (scan === street && ACROSS_LINES.test(m[0])) {
          // "Tel: 021 456 7890\n\n14 Jacaranda Street": the house number after the blank line still starts one.
          const rest = /^(\d{1,6}[A-Za-z]?,?\s{1,2})\d{1,4}\s/.exec(m[0]);
          const skip = rest ? rest[1]!.length : 0;
          if (rest && !ACROSS_LINES.test(m[0].slice(skip)))
            out.push(span(m.index + skip, extendBlock(text, m.index + m[0].trimEnd().length), score));
          continue;
        }
        if (scan === street && m[0].includes('\n')) {
          const after = m.index + m[0].length;
          const eol = text.indexOf('\n', after);
          if (WORD_AFTER_SUFFIX.test(text.slice(after, eol < 0 ? text.length : eol))) continue;
        }
        // "75012 Paris\n2018 – 2020": a year that opens the next line is its entry's date, no house number.
        if (scan === numbered && NEXT_LINE_YEAR.test(m[0])) continue;
        // "Req 12345\nApplied Mar 3, 2024": a number ending its line, and a date's month and day after it.
        if (scan === numbered && NUMBERED_DATE_TAIL.test(m[0])) continue;
        // "07700 900456 Jan 2019 - Present": a phone's last group, then a month and a year (two-column
        // PDF text puts the job's dates after the contact line).
        if (scan === numbered && NUMBERED_MONTH_YEAR.test(m[0])) continue;
        // "9/1/2004 The Education Place": a date, not a door number like "12-4-56".
        if (/^(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d|\d{1,2}-\d{1,2}-(?:19|20)\d\d)(?!\d)/.test(m[0]))
          continue;
        const end = m.index + m[0].trimEnd().length;
        out.push(span(m.index, extendBlock(text, end), score));
      }
    }
    // The street-word patterns are costly on long text: run them only around their cheap gates.
    for (const [gate, res, before, after, score] of [
      [prefixedGate(text), [PREFIXED], 10, 140, 0.75],
      [fusedGate(text), LOWER_CASE.test(text) ? [FUSED, SPLIT] : [FUSED, SPLIT, FUSED_LOWER], 90, 16, 0.7],
    ] as const) {
      for (const [from, to] of gateWindows(text, gate, before, after)) {
        const part = text.slice(from, to);
        const clean = cleanStart(text, from);
        for (const re of res)
          for (const m of scanAll(part, re)) {
            if (m.index === 0 && !clean) continue;
            // "Computer Engineering 2": a street word fused to an English word is no street ("-ring", "-weg").
            const word = /^(?:\d{1,6}\s)?([\p{L}\p{M}-]+)/u.exec(m[0])?.[1];
            if ((re === FUSED || re === FUSED_LOWER) && word && isOrdinaryWord(word)) continue;
            const start = from + m.index;
            // "Okafor C, et al. Membrane transport. 2021": the citation's "et al.", no Polish avenue ("al.").
            if (
              re === PREFIXED &&
              m[0].startsWith('al.') &&
              ET_BEFORE.test(text.slice(Math.max(0, start - 4), start))
            )
              continue;
            const end = start + m[0].trimEnd().length;
            out.push(span(start, extendBlock(text, end), score));
          }
      }
    }
    if (text.includes('he corner of')) all(out, text, CORNER, 0.8);
    out.push(...hungarianStreets(text));
    if (text.includes('-')) out.push(...colombianStreets(text));
    out.push(...labelledNumbers(text));
    out.push(...europeanLines(text));
    out.push(...japaneseBlocks(text));
    for (const m of unit(text)) out.push(span(m.index, m.index + m[0].trimEnd().length, 0.7));
    // "lives on Pod Floriánem 1677", "enter on Hoge Wei 32": a street name and house number after "on".
    for (const m of onStreet(text)) {
      const words = m[1]!.trim().split(/\s+/);
      if (words.some((w) => isOrdinaryWord(w.replace(/\.$/, '')) && !isPlaceName(w))) continue;
      if (/^(?:19|20)\d\d$/.test(m[2]!)) continue;
      const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
      out.push(span(start, extendBlock(text, m.index + m[0].length), 0.6));
    }
    for (const m of houseFirst(text)) {
      // "Applied on 03/03/2024 via Careers page": a date's year or day is no house number.
      if (DATE_HEAD.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "Applied Mar 3, 2024 via LinkedIn", "3 March 2024 via …": a written date's year.
      if (YEAR_HEAD.test(m[0]) && MONTH_HEAD.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      // The street's name: capitalised words, particles, and lower-case words that are no English words.
      let end = m.index + m[0].length - m[1]!.length;
      for (const w of scanAll(m[1]!, NON_SPACE_RUN)) {
        const word = w[0].replace(/\.$/, '');
        if (!STREET_PARTICLE.test(word) && !/^\p{Lu}/u.test(word) && isOrdinaryWord(word)) break;
        end = m.index + m[0].length - m[1]!.length + w.index + w[0].length;
      }
      // "Won 3 Plás awards": a street word with no name after it is no street.
      if (end === m.index + m[0].length - m[1]!.length) continue;
      out.push(span(m.index, extendBlock(text, end), 0.75));
    }
    for (const m of scanAt(text, ZIP_AT, zipStarts(text))) {
      // US ZIP codes have five digits; four only after an Australian state ("VIC 3000", "SA 5000", "WA
      // 6000", "NT 0800": their ranges hold no year). "CA 2010-Present" is a date; so is "CA, 2015-2020"
      // (a ZIP+4 has five digits before its hyphen).
      if (m[1]!.charCodeAt(4) === 45) continue;
      if (m[1]!.length === 4 && !/^(?:VIC|NSW|QLD|TAS|ACT|SA[\s,]+5|WA[\s,]+6|NT[\s,]+0[89])/.test(m[0]))
        continue;
      // "Teacher, TAFE NSW, 2019 – 2022": a year that opens a date range after the state, no postcode.
      if (
        m[1]!.length === 4 &&
        YEAR_RANGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      )
        continue;
      const start = m.index + m[0].length - m[1]!.length;
      out.push(span(start, start + m[1]!.length, 0.8));
    }
    // "Las Piñas City 1747", "Quezon City, 1100": a Philippine ZIP code after a city's name (not a year).
    if (text.includes('City')) {
      for (const m of scanAll(text, CITY_ZIP)) {
        if (/^(?:19|20)\d\d$/.test(m[1]!)) continue;
        const start = m.index + m[0].length - m[1]!.length;
        out.push(span(start, start + 4, 0.6));
      }
    }
    for (const m of [...uk(text), ...ca(text), ...eircode(text)])
      out.push(span(m.index, m.index + m[0].trimEnd().length, 0.6));
    for (const m of labelled(text)) {
      const v = m[1]!;
      const start = m.index + m[0].lastIndexOf(v);
      out.push(span(start, start + v.length, 0.85));
    }
    for (const m of postcodePlace(text)) {
      if (/^(?:19|20)\d\d$/.test(m[1]!) || !POSTCODE_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index)))
        continue;
      if (!isPlaceName(m[2]!) || isOrdinaryWord(m[2]!)) continue;
      // After a separator ("· 10115 Berlin ·") the town ends its field: "· 3000 Sydney customers" is a count.
      if (
        /[|·•][ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
        !FIELD_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        continue;
      out.push(span(m.index, m.index + m[1]!.length, 0.6));
    }
    // "00-514 Warszawa", "80-831 Gdańsk": a Polish postcode before a known town.
    for (const d of runStarts(text, 3, 3, (b, a) => b === 45 && (a === 32 || a === 9))) {
      const start = d - 3;
      if (start < 0 || !POLISH_POSTCODE_AT.test(text.slice(start, d + 40))) continue;
      if (!POSTCODE_LEAD.test(text.slice(Math.max(0, start - 4), start))) continue;
      const town = /^\d\d-\d{3}[ \t](\p{Lu}[\p{L}\p{M}]{2,30})/u.exec(text.slice(start, d + 40))![1]!;
      if (!isPlaceName(town) || isOrdinaryWord(town)) continue;
      out.push(span(start, d + 3, 0.6));
    }
    for (const m of scanAt(text, AFTER_PLACE_AT, afterPlaceStarts(text))) {
      const v = m[2]!;
      // Six-digit PINs after any known place; shorter codes only after a region or country. A PIN's place
      // may be two words, of which the pattern read the second ("Andhra Pradesh - 517501", "Tamil Nadu").
      const two =
        v.length >= 6 && !isPlaceName(m[1]!)
          ? TWO_WORD_PLACE.exec(text.slice(Math.max(0, m.index - 32), m.index))
          : null;
      const place = two && isPlaceName(`${two[1]} ${m[1]}`) ? `${two[1]} ${m[1]}` : m[1]!;
      const au = australianPostcode(text, m.index, m[1]!, v);
      if (!au && (!isPlaceName(place) || (v.replace(' ', '').length < 6 && !isRegionOrCountry(place))))
        continue;
      const start = m.index + m[0].lastIndexOf(v);
      // ("Chennai – 600040": an en or em dash before six digits only; "2018 Oslo – 2020" is a date range.)
      if (v.replace(' ', '').length < 6 && /[–—]/.test(text.slice(m.index + m[1]!.length, start))) continue;
      // "Austin, Texas  2015 – 2018", "Nairobi, Kenya, 2015 - 2018", "Texas  1991  1998": a year that
      // opens a date range is the job's, no postcode.
      if (YEAR_ONLY.test(v) && RANGE_ON.test(text.slice(start + 4, start + 16))) continue;
      // "Acme GmbH, Vienna, 2019": a year after a comma is the entry's date (a postcode follows its
      // town or region without one: "Vienna 1010", "Victoria 3000").
      if (YEAR_ONLY.test(v) && text.slice(m.index + m[1]!.length, start).includes(',')) continue;
      // "Lakewood, Ohio 2012": a US ZIP code has five digits, so four after a state are a year.
      if (v.length === 4 && US_STATES.has(place.toLowerCase())) continue;
      // An Australian state's postcode outranks a year read from the line ("Based in Sydney, New South
      // Wales 2000 | …"), except on a school's or degree's line, where a year is the entry's date.
      const line = au && YEAR_ONLY.test(v) ? text.slice(text.lastIndexOf('\n', start) + 1, start) : '';
      out.push(span(start, start + v.length, au && !EDUCATION_LINE.test(line) ? 0.8 : 0.6));
    }
    return out;
  },
};

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [AFTER_PLACE, (text) => scanAt(text, AFTER_PLACE_AT, afterPlaceStarts(text))],
  [HU_STREET, (text) => scanAt(text, HU_STREET_AT, hungarianStarts(text))],
  [ZIP_AFTER_STATE, (text) => scanAt(text, ZIP_AT, zipStarts(text))],
  [FUSED_GATE_ALL, fusedGate],
  [PREFIXED_GATE_ALL, prefixedGate],
  [STREET, street],
  [NUMBERED, numbered],
  [HOUSE_FIRST, houseFirst],
  [POSTCODE_PLACE, postcodePlace],
  [UK, uk],
  [EIRCODE, eircode],
  [CA, ca],
  [UNIT, unit],
  [ON_STREET, onStreet],
  [ON_NAMED_STREET, onNamedStreet],
  [LABELLED, labelled],
  [BOX, box],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/address.test.ts
