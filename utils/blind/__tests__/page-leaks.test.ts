// @vitest-environment happy-dom
/** The page tests' own helper must see what a person sees inside nested open shadow roots. */
import { describe, expect, it } from 'vitest';
import { leaks, shownText } from './page-leaks';

function nested(): Document {
  document.body.innerHTML = '<sr-list></sr-list>';
  const outer = document.querySelector('sr-list')!.attachShadow({ mode: 'open' });
  outer.innerHTML = '<sr-item></sr-item>';
  const inner = outer.querySelector('sr-item')!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<span title="Oriel Vantongeren">Oriel Vantongeren</span>';
  return document;
}

describe('page-leaks', () => {
  it('finds a name inside a shadow root nested in another', () => {
    const found = leaks(nested(), ['Vantongeren']);
    expect(found.some((l) => l.includes('shadow(sr-item)'))).toBe(true);
  });

  it('gives the text of nested shadow roots as shown text', () => {
    expect(shownText(nested())).toContain('Oriel Vantongeren');
  });
});
