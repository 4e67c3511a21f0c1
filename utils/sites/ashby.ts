/**
 * Ashby (app.ashbyhq.com): candidate page and the application-review right panel. React with hashed
 * CSS-module classes, so only semantic hooks are used: `data-testid`, the ARIA heading levels and
 * the title.
 */
import {
  ACTION_LABELS,
  actionLabelNames,
  cleanName,
  docOf,
  emptyIdentity,
  JSON_LD,
  jsonLdPersons,
  linkedNames,
  looksLikeName,
  namesAt,
  recordHeading,
  safeRead,
  squash,
  titleName,
  within,
} from './read';
import type { SiteAdapter } from './types';

const HEADER_NAMES = [
  '[data-testid="candidate-name"]',
  '[data-testid="candidate-header"] h1',
  '[data-testid="candidate-header"] [role="heading"][aria-level="1"]',
  '[aria-label="Candidate header"] h1',
];

/** Links to a candidate record (/candidates/<uuid>, also inside the application-review panel's path). */
const RECORD_LINKS = 'a[href*="/candidates/"]';
const RECORD_PATH = /^(?:https?:\/\/app\.ashbyhq\.com)?\/candidates\/(?:[^?#]*\/)?[0-9a-f-]{36}(?:[/?#]|$)/i;

/** Rows of the application-review list: ARIA options of a listbox (the classes are hashed). */
const OPTIONS = '[role="listbox"] [role="option"]';

/**
 * The name an option row leads with: its first text that reads strictly as a name (a row reads
 * "Ines Okoro-Vale / Platform Engineer · New lead"; initials and stage labels read as no name).
 */
function optionNames(root: Document | Element) {
  const found = emptyIdentity();
  for (const option of within(root, OPTIONS)) {
    const walker = option.ownerDocument.createTreeWalker(option, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = squash(n.nodeValue);
      if (!text) continue;
      const name = cleanName(text);
      if (name && looksLikeName(name, true)) {
        // As written: the merge reads a nickname or former name in it too.
        found.names.push(text);
        break;
      }
    }
  }
  return found;
}

export const ashby = {
  id: 'ashby',
  label: 'Ashby',
  matches: ['*://app.ashbyhq.com/*'],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => namesAt(root, HEADER_NAMES),
      () => ({ names: isDoc ? recordHeading(docOf(root), RECORD_PATH) : [], profileUrls: [] }),
      () => actionLabelNames(root),
      () => linkedNames(root, RECORD_LINKS, RECORD_PATH),
      () => optionNames(root),
      () => jsonLdPersons(root),
      () => {
        const name = isDoc ? titleName(docOf(root).title, ['Ashby']) : undefined;
        return name ? { names: [name], profileUrls: [] } : emptyIdentity();
      },
    ]);
  },
  elementHooks: [...HEADER_NAMES, JSON_LD, ACTION_LABELS, RECORD_LINKS, OPTIONS],
  photoSelectors: ['[data-testid="candidate-avatar"]', '[data-testid="avatar"]'],
  candidateRegions: [
    '[data-testid="candidate-header"]',
    '[data-testid="candidate-profile"]',
    '[data-testid="activity-feed"]',
  ],
} satisfies SiteAdapter;

// Fixtures: tests/fixtures/sites/ashby-candidate.html, ashby-review.html (application review: list of
// applications as listbox options, right panel, feedback, resume preview, tooltip),
// ashby-interview-schedule.html (interview schedule: panel, rooms, time zones, confirmation e-mail). Test URLs:
// https://app.ashbyhq.com/candidates/<uuid>,
// https://app.ashbyhq.com/candidates/pipeline/application-review/right-side/candidates/<cid>/applications/<aid>/feed
