import { describe, expect, it } from 'vitest';
import { age } from '../age';
import { found } from './helpers';

describe('age recognizer', () => {
  it.each([
    ['age 34', ['34']],
    ['Age: 29', ['29']],
    ['a 34 years old engineer', ['34']],
    ['Patient is a 38-year-old male', ['38']],
    ['a 45-year-old mother of two', ['45']],
    ['a 30-year-old product manager', ['30']],
    ['a 41-year-old software engineer', ['41']],
    ['a 34-year-old business analyst', ['34']],
    ["i'm 31 y/o.", ['31']],
    ['He just turned 69 years old', ['69']],
    ['retired at the age of 61', ['61']],
    ['DOB: 01/02/1990', ['01/02/1990']],
    ['Date of Birth: 30.08.1990', ['30.08.1990']],
    ['born 1990 in Pune', ['1990']],
  ])('%s', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });

  it.each([
    ['5 years of experience'],
    ['average 34%'],
    ['team of 12 engineers'],
    // A thing's age, not the candidate's.
    ['Rebuilt a 20-year-old codebase'],
    ['joined a 3 years old company in Pune'],
    ['modernised a 40-year-old family business'],
  ])('no age in %s', (text) => {
    expect(found(age, text)).toEqual([]);
  });
});
