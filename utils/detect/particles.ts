/**
 * The one list of lower-case particles inside personal names ("de la Cruz", "dela Cruz", "van der
 * Berg", "bin Salman", "al-Farsi", "St John"), shared by the name recognizer (utils/detect/words.ts
 * PARTICLES), the known-identity variants (utils/detect/identity.ts) and the page-name test of site
 * adapters (utils/sites/names.ts). A leaf module without imports, so the site adapters need not load
 * the word lists.
 */
export const NAME_PARTICLES: readonly string[] = [
  'de',
  'del',
  'dela',
  'delos',
  'della',
  'der',
  'den',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'binti',
  'bint',
  'ibn',
  'al',
  'el',
  'st',
  'ter',
  'ten',
  'y',
];

/**
 * Extras that a name shown on a page may hold between its capitalised words, and only there: Romance
 * plural articles and Portuguese "do" and "e" ("Maria do Carmo e Silva", "de los Ríos", "de las
 * Casas"), German "vom", "zu" and "und" ("von und zu Lichtenberg"). In running text they are words of
 * a sentence ("e", "do", "zu", "und"), so the recognizers do not take them inside a name.
 */
export const PAGE_NAME_PARTICLE_EXTRAS: readonly string[] = [
  'do',
  'las',
  'les',
  'lo',
  'los',
  'vom',
  'zu',
  'e',
  'und',
];
