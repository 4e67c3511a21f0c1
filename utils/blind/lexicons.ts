import { loadLexicons } from '../detect/lexicon';
import { sendBlindMessage } from './messaging';

/**
 * Where the build puts the word lists (modules/lexicons.ts copies utils/detect/data/lexicons.json
 * there and makes it readable by the content script on the adapters' sites).
 */
export const LEXICONS_FILE = 'lexicons.json';

/** The word lists as an extension resource, read by whoever may: an extension page or a content script. */
export async function fetchLexicons(): Promise<unknown> {
  const response = await fetch(chrome.runtime.getURL(`/${LEXICONS_FILE}`));
  if (!response.ok) throw new Error(`The word lists could not be read (${response.status}).`);
  return response.json();
}

/**
 * Loads the detection engine's word lists in a content script, from document start: the resource
 * directly where the page's site may read it, else through the background (sites the user added,
 * which the manifest cannot list). Rejects when neither works: the page then stays hidden.
 * @example await loadPageLexicons(); analyze(text);
 */
export function loadPageLexicons(): Promise<void> {
  return loadLexicons(async () => {
    try {
      return readLexiconsNow();
    } catch {
      return sendBlindMessage('blindLexicons', undefined);
    }
  });
}

/**
 * Reads the word lists with a synchronous request (a local file of the extension: a few ms). An
 * asynchronous fetch answers only when the page's parser yields, often after DOMContentLoaded on a
 * large page, which would leave no time to mask while the page is parsed.
 */
function readLexiconsNow(): unknown {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', chrome.runtime.getURL(`/${LEXICONS_FILE}`), false);
  xhr.send();
  if (xhr.status !== 200 && xhr.status !== 0)
    throw new Error(`The word lists could not be read (${xhr.status}).`);
  return JSON.parse(xhr.responseText) as unknown;
}
