/**
 * What a person or a screen reader can still get at on a masked page, for the happy-dom page tests
 * (linkedin-pages, ats-pages): text, title, the read-aloud attributes, hrefs, image sources and
 * background photos, open shadow roots included.
 */
import { identifierPattern } from '@/tests/fixtures/sites/manifest';

const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
const ATTRS = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description', 'href'];

/**
 * Not rendered: inside a script, style or template, under an inline display:none or [hidden], or in
 * a form field BlindHire covers (its glyphs transparent, utils/blind/fields.ts).
 */
function notShown(el: Element | null): boolean {
  for (let e: Element | null = el; e; e = e.parentElement ?? hostOf(e)) {
    if (NOT_SHOWN.has(e.tagName)) return true;
    const style = e.getAttribute('style') ?? '';
    if (/display:\s*none/.test(style) || e.hasAttribute('hidden')) return true;
    if (/-webkit-text-fill-color:\s*transparent/.test(style)) return true;
  }
  return false;
}

/** Input types whose value is painted as text (a button's value is its label). */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'submit', 'button', 'reset']);

/** The shadow host of an element at the top of a shadow root. */
function hostOf(el: Element): Element | null {
  const root = el.getRootNode() as ShadowRoot;
  return root && 'host' in root ? root.host : null;
}

/** "identifier @ where: value" for every identifier a person or a screen reader can still get at. */
export function leaks(doc: Document, identifiers: readonly string[]): string[] {
  const patterns = identifiers.map((id) => [id, identifierPattern(id)] as const);
  const out: string[] = [];
  const check = (where: string, value: string | null) => {
    if (value) for (const [id, re] of patterns) if (re.test(value)) out.push(`${id} @ ${where}: ${value}`);
  };
  check('title', doc.title);
  const visit = (root: ParentNode & Node, label: string) => {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (!notShown(n.parentElement))
        check(`${label}<${n.parentElement?.tagName.toLowerCase()}>`, n.nodeValue);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot, `${label}shadow(${el.tagName.toLowerCase()}) `);
      if (notShown(el)) continue;
      const tag = el.tagName.toLowerCase();
      for (const attr of ATTRS) check(`${label}<${tag} ${attr}>`, el.getAttribute(attr));
      // A text field's value is painted unless the field is covered (notShown above).
      if (tag === 'textarea' || (tag === 'input' && TEXT_TYPES.has((el as HTMLInputElement).type)))
        check(`${label}<${tag} value>`, (el as HTMLInputElement).value);
      // A picture drawn as a background with an image role (an avatar): its address is a photo.
      const style = el.getAttribute('style') ?? '';
      if (el.getAttribute('role') === 'img' && /url\((?!["']?data:)/.test(style))
        out.push(`photo @ ${label}<${tag} style>: ${style}`);
      const src = el.getAttribute('src');
      // Inline images (the neutral avatar, an icon) are no address; their encoded markup is no text.
      if (tag === 'img' && !src?.startsWith('data:')) check(`${label}<img src>`, src);
    }
  };
  visit(doc.body, '');
  return out;
}

/** Text a person sees: the body's text and that of open shadow roots, nested ones too. */
export function shownText(doc: Document): string {
  const parts = [doc.body.textContent ?? ''];
  const visit = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*')))
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.textContent ?? '');
        visit(el.shadowRoot);
      }
  };
  visit(doc.body);
  return parts.join('\n');
}
