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

  it.each([
    [
      'label cells',
      '<table><tr><td>First Name</td><td>Imogen</td></tr><tr><td>Last Name</td><td>Ravensworth</td></tr></table>',
    ],
    ['dt/dd', '<dl><dt>Given name</dt><dd>Imogen</dd><dt>Family name</dt><dd>Ravensworth</dd></dl>'],
    ['surname first', '<dl><dt>Surname</dt><dd>Ravensworth</dd><dt>Forename</dt><dd>Imogen</dd></dl>'],
    [
      'label + value',
      '<div><label>First name:</label><span>Imogen</span></div><div><label>Last name:</label><span>Ravensworth</span></div>',
    ],
    [
      'label + input',
      '<label>Legal first name <input value="Imogen"></label><label>Legal last name <input value="Ravensworth"></label>',
    ],
    ['inline', '<p><b>First Name: Imogen</b></p><p><b>Last Name: Ravensworth</b></p>'],
    [
      'th cells',
      '<table><tr><th>First name</th><td>Imogen</td></tr><tr><th>Surname</th><td>Ravensworth</td></tr></table>',
    ],
  ])('joins a "First Name" / "Last Name" field pair (%s)', (_form, html) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(genericAdapter.readIdentity(doc).names).toEqual(['Imogen Ravensworth']);
  });

  it.each([
    ['a header row', '<table><tr><th>First Name</th><th>Last Name</th><th>Email</th></tr></table>'],
    [
      'header cells in a row of tds',
      '<table><tr><td>First Name</td><td>Last Name</td><td>Email</td></tr></table>',
    ],
    ['a given name alone', '<dl><dt>First name</dt><dd>Imogen</dd></dl>'],
    ['values no names', '<dl><dt>First name</dt><dd>Required</dd><dt>Last name</dt><dd>12345</dd></dl>'],
    [
      'lower-case values',
      '<dl><dt>First name</dt><dd>imogen</dd><dt>Last name</dt><dd>ravensworth</dd></dl>',
    ],
    ['other labels', '<dl><dt>Reference first name</dt><dd>Imogen</dd><dt>Job</dt><dd>Ravensworth</dd></dl>'],
  ])('reads no name from %s', (_form, html) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(genericAdapter.readIdentity(doc).names).toEqual([]);
  });

  it("pairs each record's fields, not one record's given name with the next one's surname", () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<dl><dt>First name</dt><dd>Imogen</dd><dt>Last name</dt><dd>Ravensworth</dd></dl>' +
      '<dl><dt>Last name</dt><dd>Okonjo</dd><dt>First name</dt><dd>Temperance</dd></dl>';
    expect(genericAdapter.readIdentity(doc).names).toEqual(['Imogen Ravensworth', 'Temperance Okonjo']);
  });

  it('reads the candidate of the iCIMS-like profile from its First Name / Last Name fields', () => {
    expect(genericAdapter.readIdentity(loadFixture('generic-icims.html')).names).toEqual([
      'Imogen Ravensworth',
    ]);
  });

  it('counts the photo in the fixture', () => {
    expect(loadFixture(FILE).querySelectorAll(genericAdapter.photoSelectors.join(', '))).toHaveLength(1);
  });
});
