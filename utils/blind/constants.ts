/**
 * DOM contract of blind mode. Other helpers (site e2e tests, the bench, the probe) read these
 * attributes, so they are stable names.
 */

/**
 * Set on `<html>` once the first masking pass has finished (the curtain lifts). Its value is the
 * performance.now() time at which that happened (the page bench reads it); check presence only.
 */
export const READY_ATTR = 'data-bh-ready';
/** Set on `<html>` from document_start by a frame that runs a masker (children delegate to it). */
export const MASKER_ATTR = 'data-bh-masker';
/** Set on `<html>` when masking failed: the curtain stays and the overlay says why. */
export const FAILED_ATTR = 'data-bh-failed';
/** Marks BlindHire's own UI hosts, which the masker never touches. */
export const UI_ATTR = 'data-bh-ui';
/**
 * Set on `<html>` after each pass with timings in ms, e.g. `"first=12.3 batch=0.4 engine=0.3 n=57"`
 * (`engine`: the part of the last batch spent in the detection engine): the page bench reads it. It
 * holds figures only, never page text.
 */
export const TIMING_ATTR = 'data-bh-timing';

/**
 * Attributes whose values are read by people or screen readers, so they are masked like text. A link's
 * `download` is the name the browser shows and saves a file under ("Fenwick_Osterberg_CV.pdf" on a
 * LinkedIn message attachment), so it counts too.
 */
export const TEXT_ATTRS = [
  'alt',
  'title',
  'aria-label',
  'placeholder',
  'aria-description',
  'download',
] as const;

/** Elements whose text is never rendered or belongs to the page's own code. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
]);

/**
 * Phrasing elements: their text flows into the surrounding block, so `<b>Jo</b>hn` is read as one
 * word. Every other element starts a new text run.
 */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'tspan',
  'textpath',
]);

/** The curtain: candidate content stays hidden until the first pass sets READY_ATTR. */
/**
 * Set on an element whose masked text the page keeps writing back (see PageMasker): it stays hidden,
 * so that the masker and a page script do not rewrite it in turns forever.
 */
export const HELD_ATTR = 'data-bh-held';

export const CURTAIN_CSS = `html:not([${READY_ATTR}]) body,html:not([${READY_ATTR}]) body *,[${HELD_ATTR}],[${HELD_ATTR}] *{visibility:hidden!important}`;
