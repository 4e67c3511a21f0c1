/**
 * E-mail addresses, found from each "@" outward (linear time, no backtracking), including local
 * parts with apostrophes (Raye.O'Connell@…) and obfuscated forms ("jane dot doe at gmail dot com",
 * "jane[at]example[dot]org").
 */

import { isSpaceCode, isWordCode } from '../scan';
import type { Recognizer, Span } from '../types';

const LOCAL = /[\p{L}\p{N}._%+'\-!#$&*=?^`{|}~]/u;
const DOMAIN = /[\p{L}\p{N}.-]/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** "name at domain dot tld" with bracketed or spelled-out separators; every quantifier is bounded. */
const OBFUSCATED =
  /(?<![\p{L}\p{N}.])([\p{L}\p{N}_'+-]{1,64}(?:(?:\s?[[({]\s?(?:dot|\.)\s?[\])}]\s?|\s(?:dot|DOT)\s|\.)[\p{L}\p{N}_'+-]{1,64}){0,4})\s?(?:[[({]\s?(?:at|AT|@)\s?[\])}]|\s(?:at|AT)\s)\s?([\p{L}\p{N}-]{1,63}(?:(?:\s?[[({]\s?(?:dot|DOT|\.)\s?[\])}]\s?|\s(?:dot|DOT)\s|\.)[\p{L}\p{N}-]{1,63}){1,4})(?![\p{L}\p{N}])/gu;

/** Words that make "x at y dot z" ordinary prose rather than an address. */
const TLD = /^(?:com|org|net|edu|gov|io|co|in|uk|de|fr|info|biz|me|name|us|ca|au|[a-z]{2})$/i;

/**
 * Where the domain goes on after a line break at `e` (the end of the domain's characters on the "@"'s
 * line), or 0: only right after the "@", a hyphen or the domain's first dot, and where the next line
 * starts (after at most three spaces) with a domain's character.
 */
function wrappedAt(text: string, at: number, e: number): number {
  let n = e;
  if (text.charCodeAt(n) === 13) n++;
  if (text.charCodeAt(n) !== 10) return 0;
  const last = text.charCodeAt(e - 1);
  if (e !== at + 1 && last !== 45 && last !== 46) return 0;
  // After a dot only where the domain has no dot before it: "jane@example.com.\nNext" ends the sentence.
  if (last === 46 && text.lastIndexOf('.', e - 2) > at) return 0;
  n++;
  for (let k = 0; k < 3 && (text.charCodeAt(n) === 32 || text.charCodeAt(n) === 9); k++) n++;
  return n < text.length && DOMAIN.test(text[n]!) && text[n] !== '.' && text[n] !== '-' ? n : 0;
}

/** Whether a line or a column ends at `e`: the text's end, a line break, a tab or two spaces. */
function columnEnd(text: string, e: number): boolean {
  const c = text.charCodeAt(e);
  return e >= text.length || c === 10 || c === 13 || c === 9 || (c === 32 && text.charCodeAt(e + 1) === 32);
}

/** An e-mail or contact label just before the local part ("Email: ", "E-mail - ", "Mail | ", "Contact: "). */
const MAIL_LABEL = /(?:mail|contact)\W{0,4}$/i;

/**
 * An address with one space that PDF extraction put beside its "@" ("jordan.ellis @example.com",
 * "jordan.ellis@ example.com", "jordan.ellis @ example.com"): [start, end], or null. The domain needs
 * its dot and top-level domain, and the local part a dot, an underscore or a digit, or an e-mail label
 * before it, so that "reach us @ example.com" in prose, "ACM @ UIUC" and "using @risk" stay.
 */
function spacedAt(text: string, at: number, lastEnd: number): [number, number] | null {
  const left =
    text.charCodeAt(at - 1) === 32 && at >= 2 && text[at - 2] !== ' ' && LOCAL.test(text[at - 2]!) ? 1 : 0;
  const d = text[at + 2];
  const right =
    text.charCodeAt(at + 1) === 32 && d !== undefined && d !== '.' && d !== '-' && DOMAIN.test(d) ? 1 : 0;
  if (!left && !right) return null;
  if (left && right) {
    const dotted = spacedDots(text, at);
    if (dotted) return dotted;
  }
  const localEnd = at - left;
  let s = localEnd;
  while (s > lastEnd && localEnd - s < MAX_LOCAL && LOCAL.test(text[s - 1]!)) s--;
  while (s < localEnd && /[.'\-_]/.test(text[s]!)) s++;
  if (localEnd - s < 2) return null;
  let e = at + 1 + right;
  while (e < text.length && e - at <= MAX_DOMAIN && DOMAIN.test(text[e]!)) e++;
  while (e > at + 1 + right && /[.-]/.test(text[e - 1]!)) e--;
  if (!/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(text.slice(at + 1 + right, e))) return null;
  const local = text.slice(s, localEnd);
  if (!/[._\d]/.test(local) && !MAIL_LABEL.test(text.slice(Math.max(0, s - 12), s))) return null;
  return [s, e];
}

/** A local part whose dots extraction spaced out, ending at " @" ("jordan . ellis"). */
const SPACED_LOCAL = /[\p{L}\p{N}_%+'-]+(?: ?\. ?[\p{L}\p{N}_%+'-]+){0,4} $/u;
/** A domain whose dots extraction spaced out, after "@ " ("example . co . uk"), with a lower-case TLD. */
const SPACED_DOMAIN = /^ [\p{L}\p{N}-]+(?: ?\. ?[\p{L}\p{N}-]+){0,3} ?\. ?[a-z]{2,6}(?![\p{L}\p{N}])/u;

/**
 * "Email: jordan . ellis @ example . com": every dot and the "@" spaced out, as some PDF extractors
 * write an address; only right after an e-mail or contact label ("Email:", "E-mail -", "Contact:") or
 * at a mail provider's domain ("@ gmail . com").
 */
function spacedDots(text: string, at: number): [number, number] | null {
  const local = SPACED_LOCAL.exec(text.slice(Math.max(0, at - 90), at));
  if (!local) return null;
  const s = at - local[0].length;
  const domain = SPACED_DOMAIN.exec(text.slice(at + 1, at + 130));
  if (!domain) return null;
  // (Without a label, a mail provider's domain says it is an address: "siobhan . nic @ gmail . com".)
  const provider = /^ ([\p{L}\p{N}-]+)/u.exec(domain[0])?.[1] ?? '';
  if (!MAIL_LABEL.test(text.slice(Math.max(0, s - 12), s)) && !MAIL_PROVIDER.test(provider)) return null;
  return [s, at + 1 + domain[0].length];
}

/** A dot in brackets inside a domain ("example[.]com"). */
const DEFANGED_DOT = ['[.]', '(.)'];

/** Mail providers whose name alone may stand for the domain ("jane.doe@gmail"). */
const MAIL_PROVIDER =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|aol|icloud|protonmail|gmx|rediffmail|zoho|yandex|qq|naver|hanmail)$/i;

function plain(text: string): Span[] {
  const out: Span[] = [];
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at !== -1) {
    let s = at;
    while (s > lastEnd && at - s < MAX_LOCAL && LOCAL.test(text[s - 1]!)) s--;
    while (s < at && /[.'\-_]/.test(text[s]!)) s++;
    let e = at + 1;
    while (e < text.length && e - at <= MAX_DOMAIN && DOMAIN.test(text[e]!)) e++;
    // "jane.doe@\nexample.com", "jane.doe@exam-\nple.com": a domain that PDF extraction wrapped at the
    // line's end, right after the "@", a hyphen or a dot, goes on at the next line's first word.
    const lineEnd = e;
    const wrap = wrappedAt(text, at, e);
    if (wrap) {
      e = wrap;
      while (e < text.length && e - at <= MAX_DOMAIN && DOMAIN.test(text[e]!)) e++;
    }
    // "jane.doe@example[.]com": a dot written in brackets, as security people defang an address.
    while (
      DEFANGED_DOT.includes(text.slice(e, e + 3)) &&
      DOMAIN.test(text[e + 3] ?? '') &&
      e - at <= MAX_DOMAIN
    ) {
      e += 3;
      while (e < text.length && e - at <= MAX_DOMAIN && DOMAIN.test(text[e]!)) e++;
    }
    while (e > at + 1 && /[.-]/.test(text[e - 1]!)) e--;
    const domain = text
      .slice(at + 1, e)
      .replace(/-?\r?\n[ \t]*/, '')
      .replace(/\[\.\]|\(\.\)/g, '.');
    if (s < at && /[\p{L}\p{N}-]+\.[\p{L}]{2,}/u.test(domain)) {
      out.push({ start: s, end: e, label: 'EMAIL', score: 1, recognizer: 'email' });
      lastEnd = e;
    } else if (s < at && at - s >= 3 && MAIL_PROVIDER.test(domain) && /\p{L}/u.test(text.slice(s, at))) {
      // "jane.doe@gmail": an address whose domain lost its ending (a typo, a cut line) at a mail provider.
      out.push({ start: s, end: e, label: 'EMAIL', score: 0.9, recognizer: 'email' });
      lastEnd = e;
    } // "jordan.ellis@" ending a line or a column whose domain a two-column page put on the next line,
    // after the other column: the local part names the person even without its domain.
    else if (
      lineEnd === at + 1 &&
      at - s >= 3 &&
      columnEnd(text, at + 1) &&
      /\p{L}/u.test(text.slice(s, at))
    ) {
      out.push({ start: s, end: at + 1, label: 'EMAIL', score: 0.9, recognizer: 'email' });
      lastEnd = at + 1;
    } else {
      const spaced = spacedAt(text, at, lastEnd);
      if (spaced) {
        out.push({ start: spaced[0], end: spaced[1], label: 'EMAIL', score: 0.85, recognizer: 'email' });
        lastEnd = e = spaced[1];
      }
    }
    at = text.indexOf('@', Math.max(at + 1, e));
  }
  return out;
}

const OPENING = ['[', '(', '{'];

/**
 * `/\b(?:dot|DOT)\b|[[({]\s?(?:at|AT|@)\s?[\])}]/.test(text)` (a word "dot", or "at" or "@" in
 * brackets: what an obfuscated address needs), with plain searches for "dot" and the brackets.
 */
export function mayBeObfuscated(text: string): boolean {
  for (const w of ['dot', 'DOT'])
    for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1))
      if (!isWordCode(text.charCodeAt(i - 1)) && !isWordCode(text.charCodeAt(i + 3))) return true;
  for (const b of OPENING)
    for (let i = text.indexOf(b); i !== -1; i = text.indexOf(b, i + 1)) {
      let j = i + 1;
      if (isSpaceCode(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 64) j++;
      else if (text.startsWith('at', j) || text.startsWith('AT', j)) j += 2;
      else continue;
      if (isSpaceCode(text.charCodeAt(j))) j++;
      const c = text.charCodeAt(j);
      if (c === 93 || c === 41 || c === 125) return true;
    }
  return false;
}

function obfuscated(text: string): Span[] {
  const out: Span[] = [];
  if (!mayBeObfuscated(text)) return out;
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m; m = OBFUSCATED.exec(text)) {
    const domain = m[2] ?? '';
    const tld = domain.split(/\s?[[({]?\s?(?:dot|DOT|\.)\s?[\])}]?\s?/).pop() ?? '';
    // "at" spelled out with a plain "." inside needs a dot word somewhere, or brackets: prose guard.
    if (!TLD.test(tld) || (!/dot|DOT|[[({]/.test(m[0]) && !/\.[a-z]{2,}$/i.test(domain))) {
      // "Reach me at mari.ode[at]proton.me": prose before the address ("me at mari.ode") matched and was
      // refused; its "domain" may be the address's local part, so look again from there (the domain ends
      // the match, so this moves forward past the "at" each time: linear).
      OBFUSCATED.lastIndex = m.index + m[0].length - domain.length;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, label: 'EMAIL', score: 0.9, recognizer: 'email' });
  }
  return out;
}

/** The e-mail recognizer. */
export const email: Recognizer = {
  id: 'email',
  kind: 'rule',
  entities: ['EMAIL'],
  analyze: (text) => [...plain(text), ...obfuscated(text)],
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/email.test.ts
