/**
 * URLs and profile handles: scheme URLs, www. hosts, profile paths without a scheme
 * (linkedin.com/in/…, github.com/…, indeed.com/r/…), personal domains with a common TLD and
 * @handles. Technology names that look like domains (ASP.NET, Node.js) are not URLs, and e-mail
 * domains are left to the e-mail recognizer. Every quantifier is bounded (linear time).
 */
import { cleanStart, gateWindows } from '../lexicon';
import { isAsciiUpper, isWordCode, plainWords, scanAll, scanAt, sticky, wordBefore } from '../scan';
import type { Recognizer, Span } from '../types';
import { isOrdinaryWord, TECH } from '../words';

const SCHEME = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]}]{1,2000}/gi;
const WWW =
  /(?<![\p{L}\p{N}@.\-/])www\d?\.[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}(?:\/[^\s<>"'`)\]}]{0,500})?/giu;
/** Profile sites whose paths name a person. */
const PROFILE =
  /(?<![\p{L}\p{N}@.\-/])(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|indeed\.com|twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|medium\.com|behance\.net|dribbble\.com|stackoverflow\.com|kaggle\.com|leetcode\.com|hackerrank\.com|about\.me|angel\.co|wellfound\.com|youtube\.com|tiktok\.com|researchgate\.net|scholar\.google\.com|orcid\.org|t\.me|wa\.me)\/[^\s<>"'`)\]}]{1,300}/giu;
const PROFILE_AT = sticky(PROFILE);
/** The profile domains of PROFILE, read from its source ("linkedin.com", ...); null if it changed shape. */
const PROFILE_DOMAINS = plainWords(/\(\?:\[a-z\]\{2,3\}\\\.\)\?\(\?:([^)]*)\)\\\//.exec(PROFILE.source)?.[1]);
const DOMAIN_LENGTHS = [...new Set((PROFILE_DOMAINS ?? []).map((d) => d.length))];
const DOMAIN_TLDS = [...new Set((PROFILE_DOMAINS ?? []).map((d) => d.slice(d.lastIndexOf('.'))))];

/**
 * Where a profile URL can start: every match holds "<domain>/" (after an optional two- or
 * three-letter host and a dot), so each "/" right after one of the domains' top-level domains
 * ("…com/", any case) gives the few starts to try. Letters of these domains have no look-alikes
 * under /iu but k and s, which are one code unit too, so the lengths hold.
 */
function profileStarts(text: string): number[] {
  const starts: number[] = [];
  for (let k = text.indexOf('/'); k !== -1; k = text.indexOf('/', k + 1)) {
    if (!DOMAIN_TLDS.some((t) => endsWithLower(text, k, t))) continue;
    for (const len of DOMAIN_LENGTHS)
      for (const host of [0, 3, 4]) if (k - len - host >= 0) starts.push(k - len - host);
  }
  return starts.sort((a, b) => a - b);
}
/**
 * `text.slice(end - t.length, end).toLowerCase() === t` for a lower-case ASCII `t`, without building
 * the slice when its characters are ASCII.
 */
function endsWithLower(text: string, end: number, t: string): boolean {
  const from = end - t.length;
  if (from < 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = text.charCodeAt(from + i);
    if (c >= 128) return text.slice(from, end).toLowerCase() === t;
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== t.charCodeAt(i)) return false;
  }
  return true;
}
/**
 * Top-level domains that people use for personal sites: generic and country codes, and the newer
 * ones portfolios favour ("ysolde.design", "kim.studio", "lee.photography").
 */
const TLDS =
  'com|net|org|io|me|dev|info|biz|co|us|uk|in|ca|au|de|fr|nl|se|es|it|ch|eu|xyz|site|online|tech|page|app|blog|name|pro|ai|cz|pl|pt|br|be|dk|fi|no|at|cy|si|uy|ie|nz|za|sg|jp|cn|ru|' +
  'design|studio|art|arts|photo|photography|photos|gallery|portfolio|codes|code|cloud|space|website|works|digital|agency|' +
  'life|live|world|today|social|ninja|guru|rocks|tv|fm|gg|ly|vc|one|link|work|club|zone|email|im|ws|nu|ee|lt|lv|gr|hu|ro|mx|ar|cl|' +
  'nyc|london|berlin|paris|fun|cool|solutions|consulting';
/** Bare domains with a TLD that people use for personal sites. */
const BARE = new RegExp(
  `(?<![\\p{L}\\p{N}@.\\-/])[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,62}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,3}\\.(?:${TLDS})(?:\\.[a-z]{2})?(?![\\p{L}\\p{N}@-])(?:\\/[^\\s<>"'\`)\\]}]{0,300})?`,
  'gu',
);
const BARE_AT = sticky(BARE);
/** A letter or a digit as BARE reads one (a code point), tried at one position. */
const HOST_CHAR = /[\p{L}\p{N}]/uy;
/** ASCII classes for {@link bareStarts}: 0 other, 1 a letter or digit, 2 "." or "-", 3 "@" or "/". */
const HOST_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  HOST_CLASS[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c))
    ? 1
    : c === 46 || c === 45
      ? 2
      : c === 47 || c === 64
        ? 3
        : 0;

/** Class of the code point at i ({@link HOST_CLASS}'s) and its width in code units, packed as class * 4 + width. */
function hostClassAt(part: string, i: number): number {
  const c = part.charCodeAt(i);
  if (c < 128) return HOST_CLASS[c]! * 4 + 1;
  HOST_CHAR.lastIndex = i;
  const k = HOST_CHAR.test(part) ? 1 : 0;
  const pair =
    c >= 0xd800 && c <= 0xdbff && i + 1 < part.length && (part.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return k * 4 + (pair ? 2 : 1);
}

/**
 * Where BARE can match in `part`: its host and top-level domain are letters, digits, dots and
 * hyphens after none of these, "@" or "/" (its look-behind), so a match starts a run of them, with
 * a letter or a digit, and the run holds a dot before a lower-case letter (the top-level domain's).
 * BARE is tried only at those runs' starts ({@link scanAt}: the same matches as a full scan); a
 * look-behind with \p classes is tried at every character by a full scan (0.4 ms a pass on the mix).
 */
function bareStarts(part: string): number[] {
  const out: number[] = [];
  const n = part.length;
  let prev = 0;
  let i = 0;
  while (i < n) {
    const at = hostClassAt(part, i);
    const k = at >> 2;
    if (k !== 1 && k !== 2) {
      prev = k;
      i += at & 3;
      continue;
    }
    // A run of letters, digits, dots and hyphens: read to its end.
    const start = i;
    let domain = false;
    let c = at;
    while (i < n && (c >> 2 === 1 || c >> 2 === 2)) {
      if (part.charCodeAt(i) === 46) {
        const d = part.charCodeAt(i + 1);
        if (d >= 97 && d <= 122) domain = true;
      }
      i += c & 3;
      c = i < n ? hostClassAt(part, i) : 0;
    }
    if (domain && k === 1 && prev === 0) out.push(start);
    prev = 1;
  }
  return out;
}

/** A dot before a top-level domain somewhere in the text: the bare-domain pattern can only match then. */
const BARE_GATE = new RegExp(`\\.(?:${TLDS})(?![\\p{L}\\p{N}@-])`, 'u');
const BARE_GATE_ALL = new RegExp(BARE_GATE.source, 'gu');
const AT = /@/g;
const HANDLE =
  /(?<=^|[\s(,;:])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}@]|\.[A-Za-z])/gmu;
/** Technology names written like domains. */
const TECH_DOMAIN =
  /^(?:asp|vb|ado|dot|node|vue|react|next|nuxt|d3|three|chart|angular|ember|backbone|express|socket|moment|knockout)\.(?:net|js|io)$/i;

/**
 * Employers named by their domain ("Software Engineer, Booking.com", "ex-Amazon.com"): on a resume the
 * employer is kept. Only the bare host: a path makes it a link again ("amazon.com/shop/janedoe").
 */
const EMPLOYER_DOMAINS = new Set(
  `booking.com amazon.com amazon.in amazon.co.uk hotels.com salesforce.com ancestry.com overstock.com cars.com
  monster.com match.com realtor.com priceline.com trip.com jd.com alibaba.com chewy.com dice.com
  careerbuilder.com bankrate.com edmunds.com autotrader.com shutterstock.com wayfair.com zillow.com
  expedia.com agoda.com ebay.com etsy.com zappos.com bol.com allegro.pl about.com answers.com
  ask.com box.com squarespace.com wix.com godaddy.com tripadvisor.com yelp.com glassdoor.com indeed.com
  linkedin.com github.com gitlab.com`
    .split(/\s+/)
    .filter(Boolean),
);

function trimUrl(s: string): string {
  return s.replace(/[.,;:!?'"»)\]]+$/, '');
}

function push(out: Span[], start: number, raw: string, score: number): void {
  const v = trimUrl(raw);
  if (v.length > 3) out.push({ start, end: start + v.length, label: 'URL', score, recognizer: 'url' });
}

/** The URL and handle recognizer. */
/** A LinkedIn profile's path slug: letters, digits, "-", "_" and escapes; three to a hundred characters. */
const SLUG = /[A-Za-z0-9][A-Za-z0-9_%-]{2,99}(?![A-Za-z0-9_%-])/y;
const LINKEDIN_BEFORE = /linked ?in\s?[:\-–|]?\s{0,3}$/i;
/** A line's start, or a separator between two fields of a contact line (not a bullet that opens a line). */
const CONTACT_FIELD_START = /(?:^|\n)[ \t]*$|[^\s][ \t]*[|•·][ \t]*$/;

/**
 * LinkedIn profile paths written without the domain, as resumes shorten them next to the site's icon:
 * "/in/janedoe", "LinkedIn: in/janedoe", "in/jordan-ellis-4a2b1c". A bare "in/…" counts only after a
 * LinkedIn label or with a hyphen or a digit in the slug ("handled in/outbound calls" stays); after a
 * slash it counts where the slash opens the path ("/in/janedoe", not "api/in/…").
 * @example linkedinPaths('LinkedIn: in/janedoe').length // 1
 */
function linkedinPaths(text: string): Span[] {
  const out: Span[] = [];
  for (let k = text.indexOf('in/'); k !== -1; k = text.indexOf('in/', k + 3)) {
    let start = k;
    let before = text.charCodeAt(k - 1);
    if (before === 47) {
      start = k - 1;
      before = text.charCodeAt(k - 2);
    }
    // The path opens a word: nothing of a host, a path or a word right before it.
    if (start > 0 && (isWordCode(before) || before === 46 || before === 45 || before === 47 || before >= 128))
      continue;
    SLUG.lastIndex = k + 3;
    const m = SLUG.exec(text);
    if (!m) continue;
    const slug = m[0];
    const lead = text.slice(Math.max(0, start - 16), start);
    // A bare "in/…" after a LinkedIn label, at a line's or a contact field's start ("Jane Doe | in/janedoe"),
    // or with a hyphen or a digit in its slug.
    const opens =
      LINKEDIN_BEFORE.test(lead) ||
      (CONTACT_FIELD_START.test(lead) && slug.length >= 5 && !isOrdinaryWord(slug));
    if (start === k && !opens && !/[-\d]/.test(slug)) continue;
    if (!/[A-Za-z]/.test(slug)) continue;
    out.push({ start, end: k + 3 + slug.length, label: 'URL', score: 0.85, recognizer: 'url' });
  }
  return out;
}

export const url: Recognizer = {
  id: 'url',
  kind: 'rule',
  entities: ['URL'],
  analyze(text) {
    const out: Span[] = labelledHandles(text);
    if (text.includes('in/')) out.push(...linkedinPaths(text));
    if (!/[./@]/.test(text)) return out;
    if (text.includes('://')) for (const m of scanAll(text, SCHEME)) push(out, m.index, m[0], 0.95);
    if (/www/i.test(text)) for (const m of scanAll(text, WWW)) push(out, m.index, m[0], 0.9);
    const profiles = PROFILE_DOMAINS ? scanAt(text, PROFILE_AT, profileStarts(text)) : scanAll(text, PROFILE);
    for (const m of profiles) push(out, m.index, m[0], 0.95);
    // Bare domains hold no whitespace: the pattern runs only on the runs that hold a ".tld".
    for (const [from, to] of gateWindows(text, BARE_GATE_ALL, 260, 310, true)) {
      const clean = cleanStart(text, from);
      const part = text.slice(from, to);
      for (const m of scanAt(part, BARE_AT, bareStarts(part))) {
        if (m.index === 0 && !clean) continue;
        const host = m[0].split('/')[0]!;
        if (TECH_DOMAIN.test(host)) continue;
        // Capitalised single-label "Domains" in prose ("Node.js", "Amazon.com") count; "e.g" does not.
        if (host.split('.')[0]!.length < 2) continue;
        const bare = trimUrl(m[0]).toLowerCase();
        if (EMPLOYER_DOMAINS.has(bare) || (bare.startsWith('ex-') && EMPLOYER_DOMAINS.has(bare.slice(3))))
          continue;
        push(out, from + m.index, m[0], 0.75);
      }
    }
    for (const [from, to] of text.includes('@') ? gateWindows(text, AT, 1, 32, true) : [])
      for (const m of scanAll(text.slice(from, to), HANDLE)) {
        if (m.index === 0 && !cleanStart(text, from)) continue;
        // ("@mentioned you", "@here": a page's words about mentions, no handle.)
        if (
          /^@(?:media|import|param|return|type|gmail|yahoo|hotmail|mentioned|mentions?|here|channel|everyone)$/i.test(
            m[0],
          )
        )
          continue;
        push(out, from + m.index, m[0], 0.7);
      }
    // (Several patterns may find one link: its wrapped rest is added once.)
    let lastTail = -1;
    for (let i = 0, n = out.length; i < n; i++) {
      const tail = wrappedTail(text, out[i]!);
      if (tail && tail.start !== lastTail) out.push(tail);
      if (tail) lastTail = tail.start;
    }
    return out;
  },
};

/** The labels a LinkedIn "Save to PDF" export writes after each contact link ("… (LinkedIn)"). */
const LINK_LABEL = /[ \t]*\((?:LinkedIn|Personal|Portfolio|Company|Blog|Other|RSS Feed)\)/y;
/** The rest of a link on the next line: path characters, from a letter or a digit. */
const LINK_TAIL = /[\p{L}\p{N}][\p{L}\p{N}._~%#=&?\-/]{0,199}/uy;

/**
 * The rest of a link that PDF extraction wrapped onto the next line: LinkedIn's export breaks a long
 * profile address at a hyphen ("www.linkedin.com/in/priyanka-\nramaswamy-8a31b7209 (LinkedIn)") or, with
 * no hyphen, anywhere before its "(LinkedIn)" label; a two-column page puts the rest at the end of the
 * next line, after the other column ("linkedin.com/in/" … "Led the team      jordanellis"). Looked for only
 * where a link with a path ends its line: after a hyphen or a slash the next line's piece must be the
 * whole line (or column) and start in lower case or with a digit, as addresses are written; elsewhere
 * only a contact label after the piece says the word goes on the link. Text whose lines were joined
 * with spaces ("…/in/priyanka-  ramaswamy-8a31b7209  Top Skills") and a space put inside the link by
 * extraction ("linkedin.com/ in/jordanellis") are read the same way, the piece being one word and no
 * English word.
 */
function wrappedTail(text: string, s: Span): Span | null {
  const slash = text.indexOf('/', s.start);
  if (slash === -1 || slash >= s.end) return null;
  let e = s.end;
  if (text.charCodeAt(e) === 13) e++;
  const newline = text.charCodeAt(e) === 10;
  const last = text.charCodeAt(s.end - 1);
  const broken = last === 45 || last === 47 || last === 95;
  let q: number;
  let stop: number;
  if (newline) {
    // In the right column when two spaces or a tab stand before the link.
    const b = text.charCodeAt(s.start - 1);
    const column = b === 9 || (b === 32 && text.charCodeAt(s.start - 2) === 32);
    const lineEnd = text.indexOf('\n', e + 1);
    stop = lineEnd === -1 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    q = e + 1;
    if (column) {
      let k = stop;
      while (k > q && isSpaceOrTab(text.charCodeAt(k - 1))) k--;
      const gap = Math.max(text.lastIndexOf('  ', k), text.lastIndexOf('\t', k));
      if (gap >= q) q = gap + 1;
    }
    while (q < stop && isSpaceOrTab(text.charCodeAt(q))) q++;
  } else {
    q = s.end;
    while (q < s.end + 8 && isSpaceOrTab(text.charCodeAt(q))) q++;
    if (q === s.end) return null;
    stop = text.length;
  }
  LINK_TAIL.lastIndex = q;
  const m = LINK_TAIL.exec(text);
  if (!m || q >= stop) return null;
  const raw = trimUrl(m[0]);
  const end = q + raw.length;
  LINK_LABEL.lastIndex = end;
  const labelled = LINK_LABEL.test(text);
  let after = labelled ? LINK_LABEL.lastIndex : q + m[0].length;
  if (newline) {
    while (after < stop && isSpaceOrTab(text.charCodeAt(after))) after++;
    if (after < stop) return null;
  } else if (!labelled && after < stop && !/[\s,;|]/.test(text[after]!)) return null;
  const c = text.charCodeAt(q);
  const lowerStart = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  // (A capital may open a path with a digit, a slash or an underscore: Indeed's "Jordan-\nEllis/3f2a1b9c".)
  if (!labelled && !(broken && (lowerStart || /[\d/_]/.test(raw)))) return null;
  // A bullet letter or a year after a link is the list going on ("…com/  o Groovy Band", "…com/  2009").
  if (!labelled && (raw.length < 2 || /^\d+$/.test(raw))) return null;
  // An English word is the text going on ("…/\nand", "…/ for details"), not a slug.
  if (!labelled && (last !== 45 || !newline) && /^\p{L}+$/u.test(raw) && isOrdinaryWord(raw)) return null;
  return { start: q, end, label: 'URL', score: s.score, recognizer: 'url' };
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Labels of profile and messenger accounts whose value is a bare handle ("GitHub: ilsem"); not "X" or "Line", which label anything. */
const HANDLE_LABELS = new Set(
  `github gitlab bitbucket linkedin twitter instagram facebook skype discord telegram wechat whatsapp signal
  kaggle leetcode hackerrank codeforces codechef medium behance dribbble mastodon bluesky tiktok
  youtube keybase snapchat viber kakaotalk stackoverflow`.split(/\s+/),
);
/** Words between the account's name and its colon ("WeChat ID:", "Skype name:", "GitHub handle:"). */
const HANDLE_LABEL_TAILS = new Set(['id', 'name', 'handle', 'username', 'user']);
/**
 * The handle after the colon: letters, digits and . _ - # @ + (a URL, with "/", is another rule's); a
 * Skype ID of a Microsoft account opens with "live:" ("live:.cid.8f3a2b1c9d", "live:ilse.m88").
 */
const HANDLE_VALUE =
  /[ \t]*(@?(?:live:\.?)?[\p{L}\p{N}][\p{L}\p{N}._#+-]{1,39})(?=$|[\s,;|·•)]|\.(?:\s|$))/uy;

/**
 * Bare handles after an account's label: "GitHub: ilsem", "Skype: ilse.marwood", "Discord: ilse#1234",
 * "WeChat ID: ilse_m88". Read at each colon from the word before it (no pattern runs unless that word is
 * a label); a capitalised word with nothing but letters is a product or a sentence, not a handle
 * ("GitHub: Actions, Copilot").
 */
function labelledHandles(text: string): Span[] {
  const out: Span[] = [];
  for (let k = text.indexOf(':'); k !== -1; k = text.indexOf(':', k + 1)) {
    let w = wordBefore(text, k, 13);
    if (!w) continue;
    let label = text.slice(w[0], w[1]).toLowerCase();
    if (HANDLE_LABEL_TAILS.has(label)) {
      w = wordBefore(text, w[0], 13);
      if (!w) continue;
      label = text.slice(w[0], w[1]).toLowerCase();
    }
    if (label === 'overflow') {
      const stack = wordBefore(text, w[0], 13);
      if (!stack || text.slice(stack[0], stack[1]).toLowerCase() !== 'stack') continue;
      w = stack;
      label = 'stackoverflow';
    }
    // (Written as a label, capitalised: "signal: controller.signal" in code is no account.)
    if (!HANDLE_LABELS.has(label) || !isAsciiUpper(text.charCodeAt(w[0]))) continue;
    HANDLE_VALUE.lastIndex = k + 1;
    const m = HANDLE_VALUE.exec(text);
    if (!m) continue;
    const v = m[1]!.replace(/\.+$/, '');
    // A capitalised word, a number or an English word is a product, a count or a sentence ("see above").
    if (/^\p{Lu}\p{Ll}*$/u.test(v) || /^\d+$/.test(v) || (/^\p{L}+$/u.test(v) && isOrdinaryWord(v))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + v.length, label: 'URL', score: 0.8, recognizer: 'url' });
  }
  for (const word of ['Skype', 'skype'])
    for (let k = text.indexOf(word); k !== -1; k = text.indexOf(word, k + 5)) {
      const h = skypeHandle(text, k);
      if (h) out.push(h);
    }
  // (Plain searches find every name: each starts with one of these.)
  for (const head of ['Git', 'Linked', 'Behance', 'Dribbble', 'Vimeo', 'Instagram', 'Tik', 'Twitter'])
    for (let k = text.indexOf(head); k !== -1; k = text.indexOf(head, k + head.length)) {
      PROFILE_WORD.lastIndex = k;
      const m = PROFILE_WORD.exec(text);
      const h = m && profileHandle(text, k, m[0].length);
      if (h) out.push(h);
    }
  return out;
}

/**
 * Profile and portfolio sites whose name, with no colon, opens a contact field before the handle ("GitHub
 * jordanellis", "Behance /mayafenwick", "Vimeo mayafenwick").
 */
const PROFILE_WORD =
  /(?:GitHub|Github|GitLab|LinkedIn|Linkedin|Behance|Dribbble|Vimeo|Instagram|TikTok|Tiktok|Twitter)(?![\p{L}\p{N}])/uy;
/** What may stand before such a field: the line's start or a separator of a contact line. */
const FIELD_BEFORE = /(?:^|[\n|·•,;\t]|\s{2})[ \t]*$/;
const OPEN_FIELD_BEFORE = /(?:^|[\n|·•\t]|\s{2})[ \t]*$/;
const PROFILE_VALUE = /[ \t]{1,3}(\/?[\p{Ll}\p{N}][\p{Ll}\p{N}._-]{2,39})(?=$|[\s,;|·•)])/uy;

/**
 * The handle after a profile site's name without a colon, where the name opens a field of a contact line
 * ("GitHub jordanellis · LinkedIn jordan-ellis", as PDF extraction leaves lines that lost their icons):
 * a lower-case handle with a dot, an underscore, a hyphen or a digit, or one of six letters or more that
 * is no English word or tool ("GitHub actions", "GitHub copilot" in a sentence stay).
 */
function profileHandle(text: string, k: number, length: number): Span | null {
  if (!FIELD_BEFORE.test(text.slice(Math.max(0, k - 4), k))) return null;
  PROFILE_VALUE.lastIndex = k + length;
  const m = PROFILE_VALUE.exec(text);
  if (!m) return null;
  const v = m[1]!.replace(/[.-]+$/, '');
  const parts = v.split(/[/._-]/).filter((p) => p.length > 1);
  // (A slash before it is the profile's path: "Behance /mayafenwick".)
  const marked = v.startsWith('/') || (/[._\d-]/.test(v) && !parts.every((p) => isOrdinaryWord(p)));
  // (An unmarked handle only at a line's start or after a bar, bullet, tab or wide gap, not a plural.)
  // (A portfolio or social site's handle only so marked: "Vimeo showreel", "Instagram stories" stay.)
  if (!marked && !/^(?:Git|Linked)/.test(text.slice(k, k + 6))) return null;
  if (
    !marked &&
    (v.length < 6 ||
      isOrdinaryWord(v) ||
      (v.endsWith('s') && isOrdinaryWord(v.slice(0, -1))) ||
      TECH.has(v) ||
      !OPEN_FIELD_BEFORE.test(text.slice(Math.max(0, k - 4), k)))
  )
    return null;
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: start + v.length, label: 'URL', score: 0.75, recognizer: 'url' };
}

/** A Skype name after the word and a space or tab, without a colon (Europass: "Instant messaging Skype ilse.m88"). */
const SKYPE_VALUE = /[ \t]{1,3}((?:live:\.?)?[\p{L}\p{N}][\p{L}\p{N}._-]{1,39})(?=$|[\s,;|·•)]|\.(?:\s|$))/uy;

/**
 * The handle after "Skype" with no colon, as Europass's instant-messaging field and contact lines that
 * lost their icons write it: only a lower-case word that is no English word, or one with a dot, an
 * underscore or a digit ("Skype for Business", "Skype interviews", "Skype Meetings" stay).
 */
function skypeHandle(text: string, k: number): Span | null {
  const b = text.charCodeAt(k - 1);
  if (k > 0 && (isWordCode(b) || b === 46 || b === 47 || b === 64)) return null;
  SKYPE_VALUE.lastIndex = k + 5;
  const m = SKYPE_VALUE.exec(text);
  if (!m) return null;
  const v = m[1]!.replace(/[.-]+$/, '');
  const marked = /[._\d]/.test(v);
  if (!marked && (!/^\p{Ll}+$/u.test(v) || isOrdinaryWord(v))) return null;
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: start + v.length, label: 'URL', score: 0.75, recognizer: 'url' };
}

/**
 * Each pattern that is scanned only at anchor positions, with the scan the recognizer runs: both
 * must find the same matches (utils/detect/recognizers/__tests__/anchors.test.ts). Not an API.
 */
export const anchoredScans: ReadonlyArray<readonly [RegExp, (text: string) => RegExpExecArray[]]> = [
  [BARE, (text) => scanAt(text, BARE_AT, bareStarts(text))],
  [
    PROFILE,
    (text) => (PROFILE_DOMAINS ? scanAt(text, PROFILE_AT, profileStarts(text)) : scanAll(text, PROFILE)),
  ],
];

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/url.test.ts
