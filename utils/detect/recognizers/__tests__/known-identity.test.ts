import { describe, expect, it } from 'vitest';
import { knownIdentity } from '../known-identity';
import { found } from './helpers';

describe('known-identity recognizer', () => {
  const ctx = { knownNames: ['José de la Cruz', 'Jane Doe'] };
  it.each([
    ["JOSE DE LA CRUZ: José's work", ['JOSE DE LA CRUZ', "José's"]],
    ['J. de la Cruz met Cruz', ['J. de la Cruz', 'Cruz']],
    ['Jane\nDoe wrote; J. Doe; DOE', ['Jane\nDoe', 'J. Doe', 'DOE']],
    ['jane said hi', ['jane']],
  ])('%s', (text, expected) => {
    expect(found(knownIdentity, text, ctx)).toEqual(expected);
  });

  it.each([
    // The family by the surname's plural, and its plural possessive.
    ['Ilse Marwood', 'I worked with the Marwoods; the MARWOODS’ studio', ['Marwoods', 'MARWOODS']],
    // A plural that is an English word stays, and no plain "s" after a surname that ends in one.
    ['Lee Wood', 'walks in the Woods with Wood', ['Wood']],
    ['Sam Park', 'National Parks and Park', ['Park']],
    ['Tom Jones', 'the Joness and Joneses', []],
  ])('plural of %s in %j', (name, text, expected) => {
    expect(found(knownIdentity, text, { knownNames: [name] })).toEqual(expected);
  });

  it('needs known names', () => {
    expect(found(knownIdentity, 'Jane Doe', {})).toEqual([]);
  });

  it('does not match an ordinary word in lower case', () => {
    expect(
      found(knownIdentity, 'we will grant it; Will Grant agreed', { knownNames: ['Will Grant'] }),
    ).toEqual(['Will Grant']);
  });
});
