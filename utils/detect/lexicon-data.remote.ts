/**
 * Stands in for lexicon-data.ts in the blind-mode content script (modules/lexicons.ts swaps it in):
 * no bundled lists, the script loads them with loadLexicons() before its first analysis.
 */
import type { LexiconData } from './lexicon-data';

/** No bundled word lists here. */
export const bundledLexicons: LexiconData | undefined = undefined;
