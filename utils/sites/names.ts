/**
 * Name heuristics shared by the site adapters: whether a string reads as a personal name, how to
 * clean one out of a label ("View Ada Quenby’s profile") and out of a tab title. Pure string code.
 */
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
 * Whether `text` reads like a personal name: 1–4 tokens of letters (apostrophes, hyphens and
 * periods allowed), no digits, no UI or job words. With `strict`, at least two capitalised tokens.
 * @example looksLikeName('Talia Brennquist') // true
 */
export function looksLikeName(text: string, strict = false): boolean {
  const tokens = squash(text).split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > 4) return false;
  if (strict && tokens.length < 2) return false;
  return tokens.every((t) => {
    if (!NAME_TOKEN.test(t)) return false;
    if (UI_WORDS.has(t.toLowerCase())) return false;
    return !strict || /^\p{Lu}/u.test(t);
  });
}

/**
 * Extracts a name from a label such as "View Talia Brennquist’s profile", "Select Talia Brennquist",
 * "Talia Brennquist is open to work", "Talia Brennquist, #OPEN_TO_WORK", "Talia Brennquist, PhD" or
 * "Talia Brennquist (She/Her)".
 * Returns undefined when what is left does not look like a name.
 */
export function cleanName(raw: string | null | undefined): string | undefined {
  let text = squash(raw)
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/^(?:view|select|open|message|archive)\s+/i, '')
    .replace(/[’']s\s+(?:profile|graphic|photo)\b.*$/i, '')
    .replace(/\s+(?:is open to work|is hiring|sent the following messages?.*|profile photo)$/i, '')
    // LinkedIn's photo frames: "Talia Brennquist, #OPEN_TO_WORK", "… #HIRING".
    .replace(/,?\s*#(?:OPEN_TO_WORK|HIRING)$/i, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(CREDENTIALS, '')
    .replace(/[\u{1F000}-\u{1FFFF}\u2600-\u27BF]/gu, '');
  text = squash(text);
  return looksLikeName(text) ? text : undefined;
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
  const lead = segments[0];
  return lead && looksLikeName(lead, true) ? lead : undefined;
}
