/**
 * Regex scanning helpers for the recognizers' hot paths. `String.prototype.matchAll` clones its
 * regex on every call (a species-constructor look-up and a new RegExp object), which costs more
 * than the scan itself on the short texts the content script analyses one by one.
 */

/**
 * Every match of a global regex in `text`, exactly as `[...text.matchAll(re)]` returns them (same
 * start position, same step past empty matches), without the clone. `re.lastIndex` is left as it
 * was found.
 * @example scanAll('a1 b22', /\d+/g).map((m) => m.index) // [1, 4]
 */
export function scanAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('scanAll needs a global regex');
  const from = re.lastIndex;
  const unicode = re.unicode || re.unicodeSets;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
  }
  re.lastIndex = from;
  return out;
}

/** The index after `i`, stepping over a surrogate pair in unicode mode (AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
