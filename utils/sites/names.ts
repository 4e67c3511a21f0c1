/**
 * Name heuristics shared by the site adapters: whether a string reads as a personal name, how to
 * clean one out of a label ("View Ada Quenby’s profile") and out of a tab title. Pure string code.
 */
import { NAME_PARTICLES, PAGE_NAME_PARTICLE_EXTRAS } from '../detect/particles';

/** Characters allowed in a personal name token (letters, marks, apostrophes, hyphens, periods). */
const NAME_TOKEN = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

/** Post-nominal letters after a comma: ", PhD", ", MBA, PMP", ", Jr.". */
const CREDENTIALS = /(?:,\s*(?:PhD|MSc|BSc|Jr\.?|Sr\.?|[\p{Lu}.]{2,}))+$/u;

/** Words that title and header parsing must never take for a name. */
const UI_WORDS = new Set(
  [
    'linkedin',
    'messaging',
    'search',
    'people',
    'feed',
    'home',
    'notifications',
    'jobs',
    'network',
    'my',
    'profile',
    'experience',
    'education',
    'skills',
    'activity',
    'recommendations',
    'contact',
    'info',
    'candidate',
    'candidates',
    'application',
    'applications',
    'review',
    'dashboard',
    'pipeline',
    'inbox',
    'greenhouse',
    'lever',
    'workable',
    'ashby',
    'smartrecruiters',
    'workday',
    'results',
    'overview',
    'settings',
    'details',
    'interviews',
    'about',
    'summary',
    'open',
    'roles',
    // Job words: a title such as "Senior Backend Engineer - Greenhouse" must not pass for a name.
    'engineer',
    'engineering',
    'developer',
    'designer',
    'manager',
    'director',
    'analyst',
    'scientist',
    'senior',
    'junior',
    'lead',
    'staff',
    'principal',
    'head',
    'intern',
    'consultant',
    'specialist',
    'architect',
    'administrator',
    'recruiter',
    'coordinator',
    'product',
    'software',
    'data',
    'backend',
    'frontend',
    'remote',
    'hiring',
    'job',
    // ATS stages, filters and panels: "Select Phone Screen", "Open Career Site" label no person.
    'phone',
    'screen',
    'screening',
    'interview',
    'onsite',
    'offer',
    'offers',
    'hired',
    'rejected',
    'archived',
    'stage',
    'stages',
    'applied',
    'sourced',
    'source',
    'sources',
    'referral',
    'referrals',
    'career',
    'site',
    'feedback',
    'scorecard',
    'scorecards',
    'assessment',
    'prospect',
    'prospects',
    'talent',
    'pool',
    'tags',
    'notes',
    'filter',
    'filters',
    'all',
    'selected',
    'team',
    'reports',
  ].map((w) => w.toLowerCase()),
);

/** Collapses runs of white space and trims. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Lower-case particles inside a full name ("Ilse van der Berg", "José María de la Cruz Álvarez",
 * "Nur binti Hassan"): not counted among its words, and allowed lower-case in the strict test. The
 * shared list and the extras a page's name may hold ("do", "e", "los", "und": utils/detect/particles.ts).
 */
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...PAGE_NAME_PARTICLE_EXTRAS]);
/** Most words of a name besides its particles, and most words in all. */
const MAX_NAME_WORDS = 4;
const MAX_WORDS_WITH_PARTICLES = 7;

/**
 * Whether `text` reads like a personal name: 1–4 words of letters (apostrophes, hyphens and
 * periods allowed), plus lower-case particles between them ("van der", "de la"), no digits, no UI
 * or job words. With `strict`, at least two capitalised words and every other word a particle.
 * @example looksLikeName('Talia Brennquist') // true
 * @example looksLikeName('Ilse van der Berg', true) // true
 */
export function looksLikeName(text: string, strict = false): boolean {
  const tokens = squash(text).split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_WORDS_WITH_PARTICLES) return false;
  // A particle neither opens nor closes a name ("de Souza" alone is a surname, read as two words).
  const inner = (i: number) => i > 0 && i < tokens.length - 1 && PARTICLES.has(tokens[i]!);
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!NAME_TOKEN.test(t) || UI_WORDS.has(t.toLowerCase())) return false;
    if (inner(i)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) capitalised++;
    else if (strict) return false;
  }
  if (words > MAX_NAME_WORDS) return false;
  return !strict || capitalised >= 2;
}

/** Pronouns written beside a name: "(She/Her)", "(they/them)", "(he, him)". */
const PRONOUNS =
  /^(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|any|all)(?:\s*[/,]\s*(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|any|all|pronouns))*$/i;
/** A former surname: "(née Quenby)", "(born Quenby)", "(geb. Quenby)", "(formerly Quenby)", "(ex-Quenby)". */
const FORMER =
  /^(?:n[ée]e|born|geb\.?|geborene|formerly|previously|maiden(?: name)?:?|former(?: name)?:?|ex-?|z d\.?|roz\.?)\s*(\p{L}[\p{L}\p{M}'’-]+)$/iu;
/** A bracket or a quote around one or two words inside or after a name. */
const ASIDE = /\s*(?:\(([^()]{1,40})\)|\[([^[\]]{1,40})\]|["“”„«»]([^"“”„«»]{1,30})["“”„«»])/gu;
/** A nickname in single quotes between two words ("Ilse 'Izzy' Marwood"), not an apostrophe. */
const SINGLE_QUOTED = /(?<=\s)['‘]([\p{L}][\p{L}\p{M}.-]{0,20})['’](?=\s)/gu;
/** Letters after a name or in brackets that are no nickname: "(MBA)", "(Jr.)", "(PMP)". */
const NOT_NICKNAME = /^(?:jr\.?|sr\.?|ii|iii|iv|phd|md|hiring|open|remote|retired)$/i;

/** One or two capitalised words, no pronoun, credential or UI word: "Izzy", "Mary Kate". */
function nicknameLike(words: string): boolean {
  const parts = words.split(' ');
  return (
    parts.length <= 2 &&
    !PRONOUNS.test(words) &&
    looksLikeName(words) &&
    // "Izzy", not "MBA" (capitals only) nor "Jr.".
    parts.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NICKNAME.test(w))
  );
}

/**
 * The name in another script beside a Latin one: "Xiaoming Wang (王小明)", "Anna Kuznetsova
 * (Анна Кузнецова)", "Minjun Kim [김민준]": letters, none of them Latin.
 */
const OTHER_SCRIPT = /^[^\p{Script=Latin}]*\p{L}[^\p{Script=Latin}]*$/u;

/** "Ilse Marwood née Quenby" without a bracket. */
const FORMER_AFTER = /\s+(?:n[ée]e|geb\.|geborene)\s+(\p{Lu}[\p{L}\p{M}'’-]+)$/u;

/**
 * The forms of a name written in a label ("View Ada Quenby’s profile"), a heading ("Ada Quenby’s
 * application") or a tab title:
 * the name itself first, cleaned of UI phrases, pronouns, credentials and emoji, then the other
 * forms it states: a nickname in brackets or quotes ("Ilse (Izzy) Marwood" → "Izzy Marwood") and
 * a former surname ("Ilse Marwood (née Quenby)" → "Ilse Quenby"). Empty when what is left does not
 * look like a name.
 * @example nameForms('Ilse (Izzy) Marwood') // ['Ilse Marwood', 'Izzy Marwood']
 */
export function nameForms(raw: string | null | undefined): string[] {
  let text = squash(raw)
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/^(?:view|select|open|message|archive)\s+/i, '')
    .replace(/[’']s\s+(?:profile|graphic|photo|application|resume|résumé|cv)\b.*$/i, '')
    .replace(/\s+(?:is open to work|is hiring|sent the following messages?.*|profile photo)$/i, '')
    // LinkedIn's photo frames: "Talia Brennquist, #OPEN_TO_WORK", "… #HIRING".
    .replace(/,?\s*#(?:OPEN_TO_WORK|HIRING)$/i, '')
    .replace(/[\u{1F000}-\u{1FFFF}\u2600-\u27BF]\uFE0F?/gu, '');
  const nicknames: string[] = [];
  const former: string[] = [];
  const native: string[] = [];
  const aside = (inner: string) => {
    const words = squash(inner);
    const was = FORMER.exec(words);
    if (was) former.push(was[1]!);
    else if (nicknameLike(words)) nicknames.push(words);
    else if (OTHER_SCRIPT.test(words) && looksLikeName(words)) native.push(words);
    return ' ';
  };
  text = text.replace(ASIDE, (_m, a?: string, b?: string, c?: string) => aside(a ?? b ?? c ?? ''));
  text = text.replace(SINGLE_QUOTED, (_m, a: string) => aside(a)).replace(/\s*\([^)]*\)?\s*$/, '');
  text = text.replace(FORMER_AFTER, (_m, a: string) => {
    former.push(a);
    return '';
  });
  const name = squash(squash(text).replace(CREDENTIALS, ''));
  if (!looksLikeName(name)) return [];
  const forms = [name];
  const words = name.split(' ').filter((w) => !/^(?:mr|mrs|ms|miss|mx|dr|prof)\.?$/i.test(w));
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length >= 2 && first && last) {
    for (const n of nicknames) forms.push(n.includes(' ') ? n : `${n} ${last}`);
    for (const f of former) forms.push(`${first} ${f}`);
  } else forms.push(...nicknames, ...former);
  forms.push(...native);
  return [...new Set(forms)];
}

/**
 * Extracts a name from a label such as "View Talia Brennquist’s profile", "Select Talia Brennquist",
 * "Talia Brennquist is open to work", "Talia Brennquist, #OPEN_TO_WORK", "Talia Brennquist, PhD" or
 * "Talia Brennquist (She/Her)": the first of its {@link nameForms}.
 * Returns undefined when what is left does not look like a name.
 */
export function cleanName(raw: string | null | undefined): string | undefined {
  return nameForms(raw)[0];
}

/**
 * Reads a name out of a document title: drops the "(N) " notification count, splits on " | ",
 * " - ", " – " and " · ", removes the site's own segment(s) and returns the first segment that
 * strictly looks like a name, when the leading segment does.
 * @example titleName('(2) Talia Brennquist | LinkedIn', ['LinkedIn']) // 'Talia Brennquist'
 */
export function titleName(title: string, siteLabels: readonly string[]): string | undefined {
  const site = new Set(siteLabels.map((s) => s.toLowerCase()));
  const segments = squash(title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(/\s+[|\-–—·:]\s+/)
    .map(squash)
    .filter((s) => s && !site.has(s.toLowerCase()));
  // Only the leading segment: later ones are job titles and employers ("Name - Title - Employer").
  // It is returned as written, with any nickname or former name in it ("Ilse (Izzy) Marwood"):
  // the identity's merge takes its forms apart ({@link nameForms}).
  const lead = segments[0];
  const name = lead ? cleanName(lead) : undefined;
  return lead && name && looksLikeName(name, true)
    ? name === lead || nameForms(lead).length > 1
      ? lead
      : name
    : undefined;
}
