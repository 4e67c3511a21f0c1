import { analyze } from '../detect/analyze';
import { anonymize } from '../detect/anonymize';
import type { EntityType, Span } from '../detect/types';
import { Vault } from '../detect/vault';

/**
 * The blind-ready check: runs only on the device. It flags what a blind-hiring reviewer should not
 * see (photo mentions, date of birth, age, marital status, nationality, graduation years, gendered
 * wording) and produces a blind version to download: those items generalised or removed, while the
 * name and contact details stay so the document still works as an application.
 */

export type BlindIssueKind =
  | 'photo'
  | 'date-of-birth'
  | 'age'
  | 'marital-status'
  | 'nationality'
  | 'graduation-year'
  | 'gendered-wording';

export interface BlindIssue {
  kind: BlindIssueKind;
  start: number;
  end: number;
  /** Why it matters, in plain words. */
  advice: string;
}

const ADVICE: Record<BlindIssueKind, string> = {
  photo: 'Remove the photo: it shows age, gender and ethnicity.',
  'date-of-birth': 'Remove the date of birth: it reveals age.',
  age: 'Remove your age.',
  'marital-status': 'Remove marital or family status.',
  nationality:
    'Remove nationality, religion or similar unless the job requires it (e.g. a work permit: say "authorised to work").',
  'graduation-year': 'Graduation years reveal age: keep the degree, drop the year.',
  'gendered-wording': 'Use neutral wording (pronouns, titles, gendered job names).',
};

const PATTERNS: { kind: BlindIssueKind; re: RegExp }[] = [
  { kind: 'photo', re: /\b(?:photo(?:graph)?|picture|headshot|portrait)\b[^\n]{0,40}/gi },
  {
    kind: 'date-of-birth',
    re: /\b(?:date of birth|d\.?o\.?b\.?|born(?: on| in)?|birth ?date|geburtsdatum)\b\s*:?\s*[^\n]{0,30}/gi,
  },
  { kind: 'age', re: /\b(?:age\s*:?\s*\d{2}|\d{2}\s*(?:years old|y\/o|yrs old|-year-old))\b/gi },
  {
    kind: 'marital-status',
    re: /\b(?:marital status\s*:?\s*\w+|married|single|divorced|widowed|engaged|\d+\s+(?:children|kids))\b/gi,
  },
  { kind: 'nationality', re: /\b(?:nationality|citizenship|religion)\s*:?\s*[^\n,;]{0,30}/gi },
  {
    kind: 'gendered-wording',
    re: /\b(?:chairman|salesman|saleswoman|waitress|foreman|spokesman|spokeswoman|manpower|businessman|businesswoman|stewardess|actress)\b/gi,
  },
];

const LABEL_KIND: Partial<Record<EntityType, BlindIssueKind>> = {
  AGE: 'age',
  GRAD_YEAR: 'graduation-year',
  MARITAL: 'marital-status',
  NRP: 'nationality',
  PRONOUN: 'gendered-wording',
  TITLE: 'gendered-wording',
};

const NEUTRAL: Record<string, string> = {
  chairman: 'chair',
  salesman: 'salesperson',
  saleswoman: 'salesperson',
  waitress: 'server',
  foreman: 'supervisor',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  manpower: 'staffing',
  businessman: 'businessperson',
  businesswoman: 'businessperson',
  stewardess: 'flight attendant',
  actress: 'actor',
};
const GENDERED = new RegExp(`\\b(?:${Object.keys(NEUTRAL).join('|')})\\b`, 'gi');

function keepCase(source: string, word: string): string {
  return source[0] === source[0]?.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Runs the check. `detect` defaults to the engine's analyzer. */
export function blindCheck(text: string, detect: (t: string) => Span[] = (t) => analyze(t)): BlindIssue[] {
  const found: BlindIssue[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      found.push({ kind, start: m.index, end: m.index + m[0].trimEnd().length, advice: ADVICE[kind] });
    }
  }
  for (const s of detect(text)) {
    const kind = LABEL_KIND[s.label];
    if (!kind || found.some((f) => f.start < s.end && s.start < f.end)) continue;
    found.push({ kind, start: s.start, end: s.end, advice: ADVICE[kind] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The blind version: pattern findings (photo lines, date of birth...) removed, engine findings of
 * the blind-relevant labels generalised or neutralised ("2012" → "[YEAR]", "she" → "they").
 */
export function blindVersion(
  text: string,
  issues: readonly BlindIssue[],
  detect: (t: string) => Span[] = (t) => analyze(t),
): string {
  const relevant = new Set(Object.keys(LABEL_KIND));
  const spans: Span[] = detect(text).filter((s) => relevant.has(s.label));
  for (const issue of issues) {
    if (issue.kind === 'gendered-wording' || spans.some((s) => s.start < issue.end && issue.start < s.end))
      continue;
    spans.push({
      start: issue.start,
      end: issue.end,
      label: 'PROXY',
      score: 1,
      recognizer: `blind-check-${issue.kind}`,
    });
  }
  const out = anonymize(text, spans, {
    vault: new Vault(),
    mode: 'pseudonymize',
    operators: { PROXY: 'redact' },
  }).text as string;
  return out
    .replace(GENDERED, (w) => keepCase(w, NEUTRAL[w.toLowerCase()] ?? w))
    .replace(/\[REDACTED\]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
