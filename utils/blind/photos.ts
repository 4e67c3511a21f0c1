/** Neutral avatar: a grey head-and-shoulders silhouette, no face, no initials. */
export function neutralAvatar(width: number, height: number): string {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const key = `${w}x${h}`;
  let url = avatars.get(key);
  if (!url) {
    url = avatarUrl(w, h);
    if (avatars.size > 500) avatars.clear();
    avatars.set(key, url);
  }
  return url;
}

/**
 * Neutral logo: a grey tile with a plain building, for the logo of an institution the page masks (a
 * school's crest beside a masked school name).
 */
export function neutralLogo(width: number, height: number): string {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const key = `logo ${w}x${h}`;
  let url = avatars.get(key);
  if (!url) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 100 100" preserveAspectRatio="xMidYMid meet">` +
      '<rect width="100" height="100" rx="8" fill="#d6d9de"/>' +
      '<path d="M50 18 16 36h68zM22 40h8v30h-8zm16 0h8v30h-8zm16 0h8v30h-8zm16 0h8v30h-8zM14 74h72v8H14z" fill="#a3a9b3"/></svg>';
    url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    if (avatars.size > 500) avatars.clear();
    avatars.set(key, url);
  }
  return url;
}

/** Avatar URLs by size: a page shows the same few sizes many times. */
const avatars = new Map<string, string>();

function avatarUrl(w: number, h: number): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 100 100" preserveAspectRatio="xMidYMid slice">` +
    '<rect width="100" height="100" fill="#d6d9de"/>' +
    '<circle cx="50" cy="40" r="18" fill="#a3a9b3"/>' +
    '<path d="M14 100c2-22 17-34 36-34s34 12 36 34z" fill="#a3a9b3"/></svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** True for a BlindHire avatar URL. */
export function isNeutralAvatar(url: string | null): boolean {
  return !!url && url.startsWith('data:image/svg+xml,') && url.includes('d6d9de');
}

/** True when a style already shows the neutral avatar over its background (as maskPhoto writes it). */
export function hasNeutralBackground(style: string | null): boolean {
  const at = style?.indexOf('background-image:url("data:image/svg+xml,') ?? -1;
  return at >= 0 && isNeutralAvatar(style!.slice(at + 'background-image:url("'.length));
}

/** URL fragments of profile photos on supported sites (LinkedIn's are stable: SITES.md). */
const PHOTO_URL = /profile-(?:display|framed)photo|\/avatars?\/|headshot|\/profile[-_]?(?:pic|photo|image)/i;

/** True when a URL looks like a person's photo. */
export function isPhotoUrl(url: string | null | undefined): boolean {
  return !!url && PHOTO_URL.test(url);
}

/** Intended size of a photo: its width/height attributes, LinkedIn's "shrink_200_200", or 100. */
export function photoSize(img: Element, url: string | null): [number, number] {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  if (w > 0 && h > 0) return [w, h];
  if (w > 0) return [w, w];
  const shrink = url && /shrink_(\d+)_(\d+)/.exec(url);
  if (shrink) return [Number(shrink[1]), Number(shrink[2])];
  const rendered = img as HTMLImageElement;
  if (rendered.naturalWidth > 0 && rendered.naturalHeight > 0)
    return [rendered.naturalWidth, rendered.naturalHeight];
  return [100, 100];
}

/** Whether an element's inline style sets a background image that is a person's photo. */
export function photoBackground(style: string | null): boolean {
  return !!style && /background(?:-image)?\s*:[^;]*url\(/i.test(style) && isPhotoUrl(style);
}

/**
 * True when an element is a person's photo by heuristics: a photo URL (src, srcset, lazy data-*
 * URLs), or a small image whose alt text names a known person.
 */
export function looksLikePhoto(
  el: Element,
  knownNames: readonly string[],
  originalAlt: string | null,
): boolean {
  if (el.localName !== 'img') return photoBackground(el.getAttribute('style'));
  for (const attr of ['src', 'srcset', 'data-delayed-url', 'data-src']) {
    if (isPhotoUrl(el.getAttribute(attr))) return true;
  }
  const alt = originalAlt?.toLowerCase() ?? '';
  if (!alt) return false;
  if (/\b(?:photo|picture|avatar|headshot|profile)\b/.test(alt)) return true;
  return knownNames.some((n) => {
    const first = n.trim().split(/\s+/)[0]?.toLowerCase();
    return !!first && first.length > 1 && alt.includes(first);
  });
}
