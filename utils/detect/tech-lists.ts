/**
 * Lists of tools and technologies ("Environment: Win XP, Vista, SQL, C, QC, Jira", "Jenkins,
 * Hudson, Subversion, Pivotal Tracker"). Inside such a list a capitalised word is a product, not a
 * person or a place: "Hudson", "Vista", "Derby", "Lua" and "Palm OS" are tools there. The analyzer
 * uses these ranges to drop weak name and place findings, never strong ones (a cue, a known
 * identity, an e-mail).
 */
import { fold } from './lexicon';
import { isSpaceCode } from './scan';
import { isPlaceName, LIST_TOOLS, nameClass, TECH, wordInfo } from './words';

/** Items: text between list separators, at most 40 characters, never across a colon or a sentence's end. */
const ITEM = /(?:[^,;:|/\n•·.]|\.(?!\s|$)){1,40}/y;
const SEPARATOR = /\s{0,2}(?:[,;|/•·]|\band\b|&)\s{0,2}/y;
/** Tool shapes: letters with digits ("Win7", "3D", "5.0"-style versions after a name), "C++", "C#", ".NET", acronyms, camel case. */
const TOOL_SHAPE = /\p{L}.*\d|\d.*\p{L}|\+\+|#|^\.\p{L}|^[A-Z][a-z]+[A-Z]/u;
const LABEL =
  /(?:environment|tools?|skills?|technolog(?:y|ies)|software|platforms?|operating systems?|languages?|frameworks?|databases?|ide|libraries|packages|proficienc(?:y|ies))\s?(?:used|known)?\s?[:–-]\s*$/i;
const MIN_ITEMS = 3;
/**
 * A label that names what follows as tools ("Tools:", "Technologies:", "Tech stack:", "Skills:",
 * "Frameworks:"): the items of a list after it are tools unless the list is clearly one of places.
 */
const TOOL_LABEL =
  /(?:^|[^\p{L}])(?:tools?|tech(?:nolog(?:y|ies))?(?:\s(?:stack|used))?|stack|skills?|frameworks?|libraries|software)\s?[:–-]\s*$/iu;
/** The same words as a heading on a line of their own ("TECHNICAL SKILLS", "Skills", "Tech stack"), the list on the next line. */
const TOOL_HEADING =
  /(?:^|\n)[ \t]*(?:(?:technical|key|core|it|software)\s)?(?:tools?|tech(?:nolog(?:y|ies))?(?:\s(?:stack|used))?|skills?|frameworks?|libraries)[ \t]*\r?\n[ \t]*$/iu;
/** True when a tool label ends right before `start` (on its line or the line before), or a heading's line does. */
export const toolLabelBefore = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 30), start);
  return TOOL_LABEL.test(before) || TOOL_HEADING.test(before);
};
const SEPARATOR_FIND = /[,;|/•·]/g;
/** Characters a first item never reaches back across: \n : . ; | • · ( ). */
const isItemBoundary = (c: number) =>
  c === 10 ||
  c === 58 ||
  c === 46 ||
  c === 59 ||
  c === 124 ||
  c === 0x2022 ||
  c === 0xb7 ||
  c === 40 ||
  c === 41;

/** True if an item reads as a tool: a known tool word, a version, an acronym or a camel-cased name. */
function toolLike(item: string): boolean {
  const words = item.trim().split(/\s+/);
  if (!words[0] || words.length > 4 || !/\p{L}/u.test(item)) return false;
  // "Win XP 5.0": a version after a name.
  if (words.length > 1 && /^\d+(?:\.\d+)+$/.test(words[words.length - 1]!)) return true;
  for (const w of words) if (toolWord(w)) return true;
  return false;
}

/** True for a known tool word or a tool's shape, worked out once per distinct word (kept in its WordInfo). */
function toolWord(w: string): boolean {
  const info = wordInfo(w);
  let v = info.tool;
  if (v === undefined) {
    const f = fold(w.replace(/[^\p{L}\p{N}+#.]/gu, ''));
    v = TECH.has(f) || LIST_TOOLS.has(f) || TOOL_SHAPE.test(w);
    info.tool = v;
  }
  return v;
}

/** True for an item that names a place ("Paris", "Mountain View", "MD"), unless it is also a tool. */
function placeItem(item: string): boolean {
  const t = item.trim();
  if (TECH.has(fold(t))) return false;
  return (
    isPlaceName(t) || /^[A-Z]{2}$/.test(t) || t.split(/\s+/).some((w) => isPlaceName(w) && !TECH.has(fold(w)))
  );
}

/** True for an item holding a first name or surname of the lexicon that is no tool ("Priya (Java)"). */
function personItem(item: string): boolean {
  for (const w of item.split(/[\s()[\],]+/)) {
    if (w.length < 3 || !/^\p{Lu}\p{Ll}/u.test(w) || TECH.has(fold(w)) || LIST_TOOLS.has(fold(w))) continue;
    if (nameClass(w) === 'strong') return true;
  }
  return false;
}

/**
 * [start, end) ranges of the text that are lists of tools: at least three items, half of them
 * tool-like and hardly any of them places (or two tools after a "Tools:"-style label).
 * @example techLists('Environment: Win XP, Vista, SQL, C, QC, Jira') // [[13, 44]]
 */
export function techLists(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (/[,;|/•·]/.test(text)) scanLists(text, 0, text.length, out);
  return out;
}

/**
 * True where no list can reach across: a colon, or a full stop before white space or the end (no
 * item or separator holds one, and the walk back to a first item stops at both).
 */
function isResync(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 58 || (c === 46 && (i + 1 === text.length || isSpaceCode(text.charCodeAt(i + 1))));
}

/**
 * The lists of {@link techLists} that can hold the given [start, end) targets, scanning only from
 * the last colon or full stop before each target (where the whole-text scan is in the same state,
 * see {@link isResync}) to the target's end: every list holding a target is found exactly as the
 * whole-text scan finds it, so insideRanges answers the same for the targets. Ranges come sorted.
 * @example techListsAround(text, [[40, 46]]) // the lists techLists(text) has around [40, 46)
 */
export function techListsAround(
  text: string,
  targets: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!targets.length || !/[,;|/•·]/.test(text)) return out;
  const sorted = [...targets].sort((a, b) => a[0] - b[0]);
  let from = -1;
  let until = 0;
  for (const [start, end] of sorted) {
    // The last resync point before the target, looked for back to the current window's end only:
    // none there means the target joins the current window (each character is looked at once).
    let r = start - 1;
    const low = from < 0 ? 0 : until;
    while (r >= low && !isResync(text, r)) r--;
    if (from >= 0 && r < low) {
      until = Math.max(until, end);
      continue;
    }
    if (from >= 0) scanLists(text, from, until, out);
    from = Math.max(r, 0);
    until = end;
  }
  if (from >= 0) scanLists(text, from, until, out);
  return out;
}

/**
 * The targets (one word each) that running text pairs with a known tool ({@link pairedWithTool}),
 * sorted by start as {@link insideRanges} reads them.
 * @example toolPairs('Queried Athena and Redshift.', [[8, 14]]) // [[8, 14]]
 */
export function toolPairs(
  text: string,
  targets: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of targets) if (pairedWithTool(text, start, end)) out.push([start, end]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** "… and Jekyll", "… to Prisma", "… or Locust": a conjunction and a capitalised word after a finding. */
const PAIR_AFTER = /^,? (?:and|or|&|to|vs\.?) ([A-Z][\p{L}\p{N}.+#-]*)(?![\p{L}\p{N}])/u;
/** "Jenkins and …", "Sequelize to …": a capitalised word and a conjunction before a finding. */
const PAIR_BEFORE = /(?:^|[^\p{L}\p{N}])([A-Z][\p{L}\p{N}.+#-]*),? (?:and|or|&|to|vs\.?) $/u;

/**
 * True when the finding [start, end) (one word) is paired with a tool in running text: "worked with Hugo
 * and Jekyll", "migrated from Hudson to Travis", "load-tested with Gatling and Locust", "queried Athena
 * and Redshift". A pair names two of a kind: beside a tool, the word is a tool too.
 */
function pairedWithTool(text: string, start: number, end: number): boolean {
  // (Most findings have no conjunction beside them: two character tests rule them out first.)
  const afterOk = text.charCodeAt(end) === 32 || text.charCodeAt(end) === 44;
  const beforeOk =
    text.charCodeAt(start - 1) === 32 && CONJUNCTION_END.test(text.slice(Math.max(0, start - 5), start));
  if ((!afterOk && !beforeOk) || /\s/.test(text.slice(start, end))) return false;
  // (A known tool only: a tool's shape, "McCall", is a surname's too.)
  const after = afterOk ? PAIR_AFTER.exec(text.slice(end, end + 40)) : null;
  if (after && TECH.has(fold(after[1]!.replace(/[.,]$/, '')))) return true;
  const before = beforeOk ? PAIR_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
  return before !== null && TECH.has(fold(before[1]!));
}
/** The end of the text before a finding when a conjunction closes it (" and ", " or ", " & ", " to ", " vs "). */
const CONJUNCTION_END = /(?:\band|\bor|&|\bto|\bvs\.?) $/;

/**
 * The list scan from `pos` (0 or a resync point), up to the first list whose first item starts at
 * or after `until`.
 */
function scanLists(text: string, from: number, until: number, out: Array<[number, number]>): void {
  let pos = from;
  while (pos < text.length) {
    SEPARATOR_FIND.lastIndex = pos;
    const found = SEPARATOR_FIND.exec(text);
    if (!found) break;
    const comma = found.index - pos;
    // Walk back to the start of the first item (at most 40 characters, stopping at a boundary).
    let start = pos + comma;
    const floor = Math.max(pos, start - 40);
    // (Two white-space characters before `start` end the walk too.)
    while (
      start > floor &&
      !isItemBoundary(text.charCodeAt(start - 1)) &&
      !(start >= 2 && isSpaceCode(text.charCodeAt(start - 2)) && isSpaceCode(text.charCodeAt(start - 1)))
    )
      start--;
    if (start >= until) break;
    // "Tools:\n• Jenkins\n• Hudson": after a tool label, a bullet that opens its line opens the first
    // item after it (other bulleted lines are no list: achievements that name a tool and a town).
    const c = text.charCodeAt(start);
    const bulleted =
      (c === 0x2022 || c === 0xb7) &&
      (start === 0 || text.charCodeAt(start - 1) === 10) &&
      toolLabelBefore(text, start);
    if (bulleted) {
      start++;
      while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    }
    const items: Array<[number, number]> = [];
    let at = start;
    for (;;) {
      ITEM.lastIndex = at;
      const m = ITEM.exec(text);
      if (!m?.[0].trim()) break;
      items.push([at, at + m[0].length]);
      at += m[0].length;
      SEPARATOR.lastIndex = at;
      const sep = SEPARATOR.exec(text);
      if (!sep) break;
      at += sep[0].length;
    }
    const end = items.length ? items[items.length - 1]![1] : pos + comma + 1;
    if (items.length >= 2 && (bulleted || toolLabelBefore(text, start)) && labelledTools(text, items))
      out.push([start, end]);
    else if (items.length >= MIN_ITEMS) {
      const tools = toolItems(text, items);
      // Places and the label are read only when the tools alone leave the answer open.
      if (tools >= 2) {
        let list = false;
        if (tools * 2 >= items.length) {
          // "Google, Mountain View", "CNRS, Paris": an employer and its town are no list of tools.
          let places = 0;
          for (const [a, b] of items) if (placeItem(text.slice(a, b))) places++;
          list = places * 4 < items.length;
        }
        if (list || LABEL.test(text.slice(Math.max(0, start - 30), start))) {
          // "Team: Priya (Java), Tomas (SQL), Wanjiru (C++)": people with their tools, not a list of tools.
          let people = 0;
          for (const [a, b] of items) if (personItem(text.slice(a, b))) people++;
          if (people * 4 < items.length) out.push([start, end]);
        }
      }
    }
    pos = Math.max(end, pos + comma + 1);
  }
}

/**
 * True when the items after a tool label are tools: one of them is a known tool or has a tool's shape,
 * and the list is not clearly of places (no tool at all, or a state's code among them, "Cordova, AK")
 * nor of people with their tools ("Priya (Java)").
 * @example labelledTools('Tools: Jenkins, Jersey, Cordova', items) // true
 */
function labelledTools(text: string, items: ReadonlyArray<readonly [number, number]>): boolean {
  let tools = 0;
  for (const [a, b] of items) {
    const item = text.slice(a, b).trim();
    if (/^[A-Z]{2}$/.test(item) || (item.includes('(') && personItem(item))) return false;
    if (toolLike(item)) tools++;
  }
  return tools > 0;
}

/**
 * How many of the items are tool-like ({@link toolLike}), counted only until the list scan's two
 * questions are answered (two of them or more? half of the items or more?): the count may stop
 * short of the full one, but both answers are the full count's.
 * @example toolItems('Java, SQL, Excel, Paris', [[0, 4], [6, 9], [11, 16], [18, 23]]) // 2 (of 3)
 */
export function toolItems(text: string, items: ReadonlyArray<readonly [number, number]>): number {
  const n = items.length;
  let tools = 0;
  for (let k = 0; k < n; k++) {
    const left = n - k;
    // Settled: two and half reached; two out of reach; two reached and half out of reach.
    if (tools >= 2 && tools * 2 >= n) break;
    if (tools + left < 2 || (tools >= 2 && (tools + left) * 2 < n)) break;
    const [a, b] = items[k]!;
    if (toolLike(text.slice(a, b))) tools++;
  }
  return tools;
}

/** True when [start, end) lies inside one of the ranges (sorted, as {@link techLists} returns them). */
export function insideRanges(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  for (const [a, b] of ranges) {
    if (a > start) break;
    if (start >= a && end <= b) return true;
  }
  return false;
}
