// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../generic';
import { loadFixture } from './load-fixture';

const FILE = 'generic-candidate.html';

describe('generic adapter', () => {
  it('has no URL patterns of its own', () => {
    expect(genericAdapter.matches).toEqual([]);
  });

  it('reads the applicant from JSON-LD, the "Name:" label, the heading by the photo and mailto text', () => {
    expect(genericAdapter.readIdentity(loadFixture(FILE)).names).toEqual(['Valentijn Osgoodby']);
  });

  it.each([
    ['JSON-LD', (doc: Document) => doc.querySelector('script[type="application/ld+json"]')],
    ['heading', (doc: Document) => doc.querySelector('h1')],
    ['label row', (doc: Document) => doc.querySelector('tr')],
  ])('still finds the name with the %s removed', (_hook, pick) => {
    const doc = loadFixture(FILE);
    pick(doc)?.remove();
    expect(genericAdapter.readIdentity(doc).names).toEqual(['Valentijn Osgoodby']);
  });

  it('each hook alone is enough', () => {
    const only = (html: string) => {
      const doc = document.implementation.createHTMLDocument('');
      doc.body.innerHTML = html;
      return genericAdapter.readIdentity(doc).names;
    };
    expect(only('<dl><dt>Full name</dt><dd>Ada Quenby</dd></dl>')).toEqual(['Ada Quenby']);
    expect(only('<p><b>Name: Ada Quenby</b></p>')).toEqual(['Ada Quenby']);
    expect(only('<div><img class="avatar" src="a.png"><h2>Ada Quenby</h2></div>')).toEqual(['Ada Quenby']);
    expect(only('<a href="mailto:aq@x.example">Ada Quenby</a>')).toEqual(['Ada Quenby']);
    expect(only('<a href="mailto:aq@x.example">aq@x.example</a><h1>Open roles</h1>')).toEqual([]);
  });

  it('counts the photo in the fixture', () => {
    expect(loadFixture(FILE).querySelectorAll(genericAdapter.photoSelectors.join(', '))).toHaveLength(1);
  });
});
