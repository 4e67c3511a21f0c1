import { describe, expect, it } from 'vitest';
import { knownIdentity } from '../known-identity';
import { found } from './helpers';

describe('known-identity recognizer', () => {
  const ctx = { knownNames: ['José de la Cruz', 'Jane Doe', 'Xiomara Beltrán Quispe'] };
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

  it.each([
    // The record number an HR system writes after the person's name (Workday prompts, breadcrumbs).
    ['Xiomara Beltrán Quispe (C-0041187) › Job Application', ['Xiomara Beltrán Quispe', 'C-0041187']],
    ['Assigned to Jane Doe(21001)', ['Jane Doe', '21001']],
    ['Jane Doe (EMP-48213A) moved', ['Jane Doe', 'EMP-48213A']],
    // A year, a short number, words or a number not right after the name stay.
    ['Jane Doe (2019) and Jane Doe (4 years)', ['Jane Doe']],
    ['Jane Doe (Senior Analyst) R-01294', ['Jane Doe']],
    ['Jane Doe - (C-0041187)', ['Jane Doe']],
    ['Manager (C-0041187)', []],
  ])('the ID in brackets after a known name: %j', (text, expected) => {
    expect(found(knownIdentity, text, ctx)).toEqual(expected);
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
