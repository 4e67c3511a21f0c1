/**
 * Scripts that name matching treats apart, as regular-expression class bodies (to compose patterns) and
 * the case endings of Cyrillic names: shared by the known-identity patterns (identity.ts), the vault's
 * person look-up (vault.ts) and the analyzer's East Asian names (analyze.ts).
 */

/** Chinese characters, Japanese kana and Korean Hangul: names in them run into the text around them. */
export const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** Thai, Lao, Khmer and Burmese, also written without spaces between words. */
export const SOUTHEAST_ASIAN_CLASS = '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';

/**
 * The case endings of Russian, Ukrainian and Bulgarian names ("Анну", "Кузнецовой", "Петровым"), folded as
 * names are compared ("й" reads "и", "ї" reads "і"), longest first.
 */
export const CYRILLIC_ENDINGS: readonly string[] =
  'ами ями ого его ому ему ои еи ою ею ом ем ым им ых их ам ям ах ях а я ы и е у ю ь о і є'.split(' ');
