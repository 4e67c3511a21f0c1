import { describe, expect, it } from 'vitest';
import { email } from '../email';

const found = (text: string) => email.analyze(text, {}).map((s) => text.slice(s.start, s.end));

describe('email recognizer', () => {
  it.each([
    ['Contact: jane.doe@example.com today', ['jane.doe@example.com']],
    ["Raye.O'Connell@gmail.com", ["Raye.O'Connell@gmail.com"]],
    ['Mail TWatsica@cg.name.', ['TWatsica@cg.name']],
    ['jane dot doe at gmail dot com', ['jane dot doe at gmail dot com']],
    ['reach me: jdoe [at] example [dot] org', ['jdoe [at] example [dot] org']],
    ['first.last+tag@sub.uni.ac.in,', ['first.last+tag@sub.uni.ac.in']],
    ['We met at noon at the office.', []],
    ['@handle alone and a@b', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('labels spans EMAIL with its id', () => {
    const [s] = email.analyze('x a@b.io', {});
    expect(s).toMatchObject({ label: 'EMAIL', recognizer: 'email', start: 2, end: 8 });
  });
});
