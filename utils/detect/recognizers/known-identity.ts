/**
 * Names known for the candidate (AnalyzeContext.knownNames, from the page header or a form): every
 * variant anywhere in the text (utils/detect/identity.ts), and the record number an HR system
 * writes in brackets right after a person's name ("Xiomara Beltrán Quispe (C-0041187)", Workday's
 * "Logan Ashby (21001)"): that number is the candidate's ID.
 */
import { findKnownNames } from '../identity';
import type { Recognizer, Span } from '../types';

/**
 * A record number in brackets just after a name: letters (at most four) and a dash before four or
 * more digits, or five or more digits alone, so a year ("(2019)") or a count is not one.
 */
const ID_AFTER_NAME = /[ \t]?\(((?:[A-Z]{1,4}[-‑]?\d{4,}|\d{5,})[A-Z0-9]*)\)/y;

/** The ID in brackets after each known name found (see {@link ID_AFTER_NAME}). */
function idsAfter(text: string, names: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const name of names) {
    // Cheap gate: a bracket right after the name (or after one space).
    const c = text.charCodeAt(name.end);
    if (c !== 40 && !(c === 32 && text.charCodeAt(name.end + 1) === 40)) continue;
    ID_AFTER_NAME.lastIndex = name.end;
    const m = ID_AFTER_NAME.exec(text);
    if (!m?.[1]) continue;
    const start = name.end + m[0].indexOf('(') + 1;
    out.push({ start, end: start + m[1].length, label: 'ID', score: 0.85, recognizer: 'known-identity' });
  }
  return out;
}

/** The known-identity recognizer. */
export const knownIdentity: Recognizer = {
  id: 'known-identity',
  kind: 'identity',
  entities: ['NAME', 'ID'],
  analyze: (text, ctx) => {
    if (!ctx.knownNames?.length) return [];
    const names = findKnownNames(text, ctx.knownNames);
    const ids = names.length ? idsAfter(text, names) : [];
    return ids.length ? [...names, ...ids] : names;
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/known-identity.test.ts,
// tests/fixtures/sites/workday-application.html (the breadcrumb's "<Name> (C-0041187)").
