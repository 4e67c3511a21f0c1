// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { matcherFor, mayHoldFor, queryAll, splitSelectorList, validSelectors } from '../selectors';

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

  it('matcherFor answers as matches() with the joined list, :has selectors included', () => {
    document.body.innerHTML = `<ul class="pv-profile-card">
      <li id="r1"><a data-field="browsemap_card_click">x</a></li>
      <li id="r2"><b>Ilse</b> Marwood</li>
      <li id="r3" class="reusable-search__result-container"><span>y</span></li>
      <li id="r4"><div><a data-field="premium_spotlight_card_click"><i>z</i></a></div></li>
      <li id="r5"><em class="k"></em><span class="n">n</span></li>
      <li id="r6"><a data-x="~">w</a></li>
    </ul><div data-view-name="people-search-result" id="d1"><a>q</a></div>
    <section id="s1"><a data-field="browsemap_card_click">x</a></section>`;
    const lists = [
      [
        'div[data-view-name="people-search-result"]',
        'li.reusable-search__result-container',
        '.pv-profile-card li:has(a[data-field="browsemap_card_click"])',
        '.pv-profile-card li:has(> div a[data-field="premium_spotlight_card_click"])',
      ],
      ['li:has(em.k + span.n)', 'li:has(a[data-x="~"])', 'li:not(:has(b))'],
      ['section:has(a)', 'li:has(b, i)'],
      ['li:has(a):nth-child(2)', 'ul:has(li) li'],
    ];
    for (const list of lists) {
      const test = matcherFor(document, list);
      for (const el of document.querySelectorAll('*'))
        expect(test(el), `${list.join(', ')} on ${el.id || el.localName}`).toBe(el.matches(list.join(', ')));
    }
    const first = matcherFor(document, lists[0]!);
    const byId = (id: string) => document.getElementById(id)!;
    expect(['r1', 'r2', 'r3', 'r4', 'r5', 'd1'].map((id) => first(byId(id)))).toEqual([
      true,
      false,
      true,
      true,
      false,
      true,
    ]);
    expect(matcherFor(document, [])(document.body)).toBe(false);
    expect(() => matcherFor(document, ['li!!:has(a)'])(document.body)).toThrow();
  });
});

describe('mayHoldFor', () => {
  const selectors = ['li.card', '.list li:has(a[data-field="card"])', 'div:has(> img.photo)'];

  it('rules out exactly the subtrees where the full query finds nothing', () => {
    document.body.innerHTML = `<section id="a"><ul class="list"><li><a data-field="card">x</a></li></ul></section>
      <section id="b"><div><img class="photo"></div></section><section id="c"><ul><li class="card">y</li></ul></section>
      <section id="d"><ul class="list"><li><b>Row</b> text</li></ul></section><section id="e"><p>plain</p></section>`;
    const may = mayHoldFor(document, selectors);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      const root = document.getElementById(id)!;
      const found = queryAll(root, selectors, selectors.join(', '), new Set());
      // Never false where a card is inside; false for the rows without any card part.
      if (found.size) expect(may(root)).toBe(true);
      expect(may(root)).toBe(found.size > 0);
    }
  });

  it('answers true with an invalid selector, false with none', () => {
    document.body.innerHTML = '<p>plain</p>';
    expect(mayHoldFor(document, ['li', 'a[[broken'])(document.body)).toBe(true);
    expect(mayHoldFor(document, [])(document.body)).toBe(false);
  });
});
