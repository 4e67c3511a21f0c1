import { describe, expect, it } from 'vitest';
import { title } from '../title';
import { found } from './helpers';

describe('title recognizer', () => {
  it.each([
    ['Mr. Spears is here', ['Mr.']],
    ['For my take on Mrs. Labrie', ['Mrs.']],
    ['Dear Ms Okafor', ['Ms']],
    ['Miss Havisham waited', ['Miss']],
    ['Dear Sir/Madam,', ['Sir/Madam']],
    ['this is Dr. Kyle Kuefer', ['Dr.']],
  ])('%s', (text, expected) => {
    expect(found(title, text)).toEqual(expected);
  });

  it.each([
    ['Expert in MS Word and MS Excel'],
    ['I miss the team'],
    ['MS in Computer Science'],
    ['10 ms latency'],
  ])('no title in %s', (text) => {
    expect(found(title, text)).toEqual([]);
  });
});
