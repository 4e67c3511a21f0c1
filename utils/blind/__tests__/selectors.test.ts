// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedin } from '@/utils/sites/linkedin';
import {
  bareTags,
  holdParts,
  matcherFor,
  mayHoldFor,
  queryAll,
  quietFor,
  splitSelectorList,
  validSelectors,
} from '../selectors';

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

describe('bareTags', () => {
  it('lists the tags a plain element must have to match, or null when any could', () => {
    expect(bareTags(['.card h1', 'img[src*="photo"]', 'main > section[x] h2:not(.a)', 'a.b'])).toEqual(
      new Set(['h1', 'h2']),
    );
    expect(bareTags(['li:has(a[data-x])'])).toEqual(new Set(['li']));
    expect(bareTags(['[data-x="a b > c"]', '#id', 'p.c:is(h1, h2)'])).toEqual(new Set());
    for (const loose of ['*', '.a *', ':first-child', 'div :is(.a, .b)', 'a\\.b', 'svg|a', '.a > '])
      expect(bareTags([loose]), loose).toBeNull();
  });
});

describe('quietFor', () => {
  const lists = [
    [
      ...(linkedin.elementHooks ?? []),
      ...holdParts(splitSelectorList(linkedin.candidateRoots)),
      ...linkedin.photoSelectors,
    ],
    ['.card h1', 'li:has(b)', 'img[alt]'],
    ['ul > li + li', 'b ~ i'],
    ['*'],
    ['p:first-child', 'section .x'],
  ];

  it('answers exactly "nothing in the subtree matches" on random rows', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    const tags = ['li', 'b', 'i', 'span', 'h1', 'h2', 'p', 'img', 'figure', 'div', 'a', 'section'];
    const attrs = [
      '',
      '',
      '',
      ' class="x"',
      ' alt="Ilse"',
      ' data-field="browsemap_card_click"',
      ' class="card"',
    ];
    const build = (depth: number): string => {
      const tag = tags[rnd(tags.length)]!;
      const inner = depth > 0 ? Array.from({ length: rnd(3) }, () => build(depth - 1)).join('') : 'text';
      return tag === 'img'
        ? `<img${attrs[rnd(attrs.length)]}>`
        : `<${tag}${attrs[rnd(attrs.length)]}>${inner}</${tag}>`;
    };
    document.body.innerHTML = `<section class="pv-top-card card"><ul id="list"></ul></section><div id="loose"></div>`;
    const list = document.getElementById('list')!;
    const loose = document.getElementById('loose')!;
    for (let i = 0; i < 120; i++) {
      list.insertAdjacentHTML('beforeend', `<li>${build(2)}</li>`);
      loose.insertAdjacentHTML('beforeend', build(2));
    }
    let quietCount = 0;
    for (const selectors of lists) {
      const quiet = quietFor(document, selectors);
      const joined = selectors.join(', ');
      for (const root of [...list.children, ...loose.children]) {
        const none = !root.matches(joined) && root.querySelector(joined) === null;
        expect(quiet(root), `${root.outerHTML} with ${joined}`).toBe(none);
        if (none) quietCount++;
      }
    }
    expect(quietCount).toBeGreaterThan(50);
  });

  it('rules out plain rows, never rows with a hook, and nothing with an invalid selector', () => {
    document.body.innerHTML = `<section class="pv-top-card"><ul id="l"><li id="plain">Row 1: <b>Ilse</b> Marwood</li>
      <li id="head"><h1 class="text-heading-xlarge">Ilse Marwood</h1></li><li id="photo"><img src="https://x/profile-displayphoto-1"></li></ul></section>`;
    const hooks = [
      ...(linkedin.elementHooks ?? []),
      ...holdParts(splitSelectorList(linkedin.candidateRoots)),
      ...linkedin.photoSelectors,
    ];
    const quiet = quietFor(document, hooks);
    const byId = (id: string) => document.getElementById(id)!;
    expect(quiet(byId('plain'))).toBe(true);
    expect(quiet(byId('head'))).toBe(false);
    expect(quiet(byId('photo'))).toBe(false);
    expect(quietFor(document, ['li', 'a[[broken'])(byId('plain'))).toBe(false);
    expect(quietFor(document, [])(byId('head'))).toBe(true);
  });
});
