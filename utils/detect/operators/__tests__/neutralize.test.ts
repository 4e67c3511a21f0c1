import { describe, expect, it } from 'vitest';
import { Vault } from '../../vault';
import { neutralize } from '../neutralize';

const neutral = (text: string, word: string) => {
  const start = text.indexOf(word);
  const r = neutralize.apply({
    text,
    start,
    end: start + word.length,
    label: 'PRONOUN',
    recognizer: 't',
    vault: new Vault(),
  });
  return text.slice(0, start) + r.text + text.slice(r.end ?? start + word.length);
};

describe('neutralize', () => {
  it.each([
    ['She led the team', 'She', 'They led the team'],
    ['she is a lead', 'she', 'they are a lead'],
    ['He was promoted', 'He', 'They were promoted'],
    ['HE HAS SHIPPED', 'HE', 'THEY HAVE SHIPPED'],
    ["she's great", "she's", "they're great"],
    ['I met her yesterday', 'her', 'I met them yesterday'],
    ['her code is clean', 'her', 'their code is clean'],
    ['Her team grew', 'Her', 'Their team grew'],
    ['the idea was his.', 'his', 'the idea was theirs.'],
    ['his work', 'his', 'their work'],
    ['we told him that', 'him', 'we told them that'],
    ['she taught herself Go', 'herself', 'she taught themself Go'],
    ['Dear Mr. Smith', 'Mr.', 'Dear Smith'],
    ['Dear Ms Smith', 'Ms', 'Dear Smith'],
    ['Dear MRS. SMITH', 'MRS.', 'Dear SMITH'],
    ['a female engineer', 'female', 'a engineer'],
    ['a 53 year old male.', 'male', 'a 53 year old person.'],
    ['his wife works', 'wife', 'his spouse works'],
    ['Mother of two', 'Mother', 'Parent of two'],
    ['Member, Kappa Delta sorority', 'sorority', 'Member, Kappa Delta society'],
    ['Sigma Chi Fraternity', 'Fraternity', 'Sigma Chi Society'],
    ['Elena Ruiz (née Martin)', 'née', 'Elena Ruiz (born Martin)'],
    ['an unknownword', 'unknownword', 'an [GENDER]'],
    ['she prefers remote work', 'she', 'they prefer remote work'],
    ['He always leads the team', 'He', 'They always lead the team'],
    ['she teaches Go', 'she', 'they teach Go'],
    ['he studies data', 'he', 'they study data'],
    ['she goes far', 'she', 'they go far'],
    ['he led teams', 'he', 'they led teams'],
    ['as he says', 'he', 'as they say'],
    ['she, as always', 'she', 'they, as always'],
  ])('%s', (text, word, out) => {
    expect(neutral(text, word)).toBe(out);
  });
});
