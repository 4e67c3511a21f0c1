import { describe, expect, it } from 'vitest';
import { nrp } from '../nrp';
import { found } from './helpers';

describe('nrp recognizer', () => {
  it.each([
    ['The Finnish Border Force detained him', ['Finnish']],
    ['We are proud paraguayans', ['paraguayans']],
    ['a practising Muslim and a Hindu', ['Muslim', 'Hindu']],
    ['registered Democrat', ['Democrat']],
    ['She is Hispanic', ['Hispanic']],
    ['Nationality: Indian', ['Indian']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    ['Languages: English, French and German'],
    ['Taught English 7 and 8'],
    ['articles on Iraqi construction law and Islamic banking'],
    ['Review and repeal of Kenyan laws'],
    ['Fluent in Spanish'],
    ['translated from English to Arabic'],
    ['Indian Institute of Technology'],
    // The first word of an organisation's name.
    ['Research fellow at Norwegian Computing Center'],
    ['AMERICAN MEDIA INC. (AMI), New York'],
    ['Secretary, Nigerian Association of Computer Science Students'],
  ])('no NRP term in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
  // Plurals and "-man" forms are looked up without their ending: the pre-check on how a word starts
  // must let them through (four-letter starts, three-letter terms such as "Jew").
  it.each(['Andorran', 'andorrans', 'Peruvians', 'Englishmen', 'Jews', 'Sikhs', 'Thais', 'Irishman', 'Jain'])(
    'finds %s after "a proud"',
    (word) => {
      expect(found(nrp, `He is a proud ${word} man who joined.`)).toEqual([word]);
    },
  );
  // The pre-check answers a three-letter word by the three-letter terms alone, and a word with a
  // digit first by no look-up at all: terms of three letters are still found, nothing else is.
  it.each(['Jew', 'jew', 'JEW'])('finds the three-letter term %s', (word) => {
    expect(found(nrp, `He is a proud ${word} who joined.`)).toEqual([word]);
  });
  it.each(['He is a proud and kind man.', 'He is a proud 2012 Thai1 and 4Thai man.'])(
    'finds no term in %s',
    (text) => {
      expect(found(nrp, text)).toEqual([]);
    },
  );
});
