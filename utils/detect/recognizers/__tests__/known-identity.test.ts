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

  it('needs known names', () => {
    expect(found(knownIdentity, 'Jane Doe', {})).toEqual([]);
  });

  it('does not match an ordinary word in lower case', () => {
    expect(
      found(knownIdentity, 'we will grant it; Will Grant agreed', { knownNames: ['Will Grant'] }),
    ).toEqual(['Will Grant']);
  });
});
