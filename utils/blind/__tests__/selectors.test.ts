// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { queryAll, splitSelectorList, validSelectors } from '../selectors';

describe('selector helpers', () => {
  it('splits a list at top-level commas only', () => {
    expect(splitSelectorList('a, li:has(b, i) ,[x=","], p:is(.a,.b) span')).toEqual([
      'a',
      'li:has(b, i)',
      '[x=","]',
      'p:is(.a,.b) span',
    ]);
    expect(splitSelectorList("[data-x='a,b'], div")).toEqual(["[data-x='a,b']", 'div']);
    expect(splitSelectorList('')).toEqual([]);
  });

  it('keeps the selectors the document accepts', () => {
    expect(validSelectors(document, ['img.photo', 'a[', '.x'])).toEqual(['img.photo', '.x']);
  });

  it('finds the same elements one selector at a time in a document as with the joined list', () => {
    document.body.innerHTML =
      '<div class="a"><p class="b">x</p></div><span class="c"></span><p class="b"></p>';
    const selectors = ['.a', 'p.b', 'span.c'];
    const one = queryAll(document, selectors, selectors.join(', '), new Set());
    const joined = new Set(document.querySelectorAll(selectors.join(', ')));
    expect(one).toEqual(joined);
    const inDiv = queryAll(document.querySelector('.a')!, selectors, selectors.join(', '), new Set());
    expect([...inDiv].map((e) => e.className)).toEqual(['b']);
  });
});
