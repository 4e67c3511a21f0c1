/**
 * The word lists, bundled: Node, tests, the CLI and extension pages import them here. The blind-mode
 * content script is built with lexicon-data.remote.ts in place of this module (modules/lexicons.ts)
 * and loads the same file as an extension resource instead, so the lists are not in its bundle.
 */
import data from './data/lexicons.json';

/** Every word list, front-coded (see frontCode in lexicon.ts), by name. */
export type LexiconData = typeof data;

/** The bundled word lists (undefined where they are loaded at run time). */
export const bundledLexicons: LexiconData | undefined = data;
