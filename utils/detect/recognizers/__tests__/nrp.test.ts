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
  ])('no NRP term in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});
