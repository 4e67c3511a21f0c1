/**
 * Generic adapter for sites the user adds from the popup: no URL patterns of its own, identity from
 * hooks any candidate page tends to have (JSON-LD Person, og/profile meta, "Name:" labels, "First
 * Name" / "Last Name" field pairs, the `h1` next to a photo, the text of `mailto:` links).
 */
import {
  all,
  docOf,
  emptyIdentity,
  FIELD_CELLS,
  fieldPairNames,
  headIdentity,
  JSON_LD,
  jsonLdPersons,
  LABELS,
  labelledNames,
  looksLikeName,
  safeRead,
  squash,
} from './read';
import type { SiteAdapter } from './types';

/** Photo-like images: avatars, headshots, profile pictures. */
const PHOTO = [
  'img[class*="avatar" i]',
  'img[alt*="photo" i]',
  'img[src*="avatar" i]',
  'img[src*="headshot" i]',
  'img[src*="profile" i]',
  '[class*="avatar" i]:not(img)',
];

/** An `h1`/`h2` that shares a container with a photo, as on most profile headers. */
function headingNearPhoto(root: Document | Element) {
  const names: string[] = [];
  for (const img of all(root, PHOTO.join(', '))) {
    let box = img.parentElement;
    for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
      const heading = box.querySelector('h1, h2');
      // Weak hook: only a heading that strictly reads as a name ("Summary" or "Open roles" do not).
      const text = squash(heading?.textContent);
      if (heading && looksLikeName(text, true)) {
        names.push(text);
        break;
      }
    }
  }
  return { names, profileUrls: [] };
}

const MAILTO = 'a[href^="mailto:"]';

/** The visible text of `mailto:` links when it is a name ("Ada Byron" → mailto:…). */
function mailtoNames(root: Document | Element) {
  const names = all(root, MAILTO)
    .map((a) => squash(a.textContent))
    .filter((t) => looksLikeName(t, true));
  return { names, profileUrls: [] };
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  label: 'Other site',
  matches: [],
  readIdentity(root) {
    const isDoc = root === docOf(root);
    return safeRead(root, [
      () => jsonLdPersons(root),
      () => (isDoc ? headIdentity(docOf(root), []) : emptyIdentity()),
      () => labelledNames(root),
      () => fieldPairNames(root),
      () => headingNearPhoto(root),
      () => mailtoNames(root),
    ]);
  },
  elementHooks: [JSON_LD, LABELS, FIELD_CELLS, ...PHOTO, MAILTO],
  photoSelectors: PHOTO,
};

// Fixtures: tests/fixtures/sites/generic-candidate.html (a user-added applicant tracker),
// generic-icims.html (an iCIMS-like person profile: names written "Last, First (ID)").
