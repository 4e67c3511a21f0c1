import { describe, expect, it } from 'vitest';
import { email, mayBeObfuscated } from '../email';

const found = (text: string) => email.analyze(text, {}).map((s) => text.slice(s.start, s.end));

describe('email recognizer', () => {
  it.each([
    ['Contact: jane.doe@example.com today', ['jane.doe@example.com']],
    // A mail provider's name without the domain's ending (a typo, a cut line).
    ['Email: jane.doe@gmail | 555-0134', ['jane.doe@gmail']],
    ['rk_sharma88@rediffmail', ['rk_sharma88@rediffmail']],
    ["Raye.O'Connell@gmail.com", ["Raye.O'Connell@gmail.com"]],
    ['Mail TWatsica@cg.name.', ['TWatsica@cg.name']],
    ['jane dot doe at gmail dot com', ['jane dot doe at gmail dot com']],
    ['reach me: jdoe [at] example [dot] org', ['jdoe [at] example [dot] org']],
    // Prose with a spelled-out "at" before the address ("me at mari.ode") is refused and read again
    // from its end, so the address after it is still found.
    ['Reach me at mari.ode[at]proton.me today', ['mari.ode[at]proton.me']],
    ['Write to me at jdoe [at] example [dot] org', ['jdoe [at] example [dot] org']],
    ['I am at home at noon.', []],
    // A dot in brackets, as an address is defanged.
    ['mari.ode@proton[.]me', ['mari.ode@proton[.]me']],
    ['Mail: jane@example(.)co[.]uk.', ['jane@example(.)co[.]uk']],
    ['jane@example[.] com', []],
    ['first.last+tag@sub.uni.ac.in,', ['first.last+tag@sub.uni.ac.in']],
    ['We met at noon at the office.', []],
    ['@handle alone and a@b', []],
    // A domain that PDF extraction wrapped at the line's end, after the "@", a hyphen or its first dot.
    ['elena.vasquezholt@\nexample.com  |  Portfolio', ['elena.vasquezholt@\nexample.com']],
    ['jessica.cole@exam-\nple.com\n\nEXPERIENCE', ['jessica.cole@exam-\nple.com']],
    ['j.cole@example.\r\n  com', ['j.cole@example.\r\n  com']],
    // Not across a line break after a whole address, nor into a sentence.
    ['Write to jane@example.com.\nNext line', ['jane@example.com']],
    ['jane@example.com\nNext line', ['jane@example.com']],
    ['write to me@\nthe office', []],
    // Two columns merged line by line: the domain went to the next line's other column; the local part
    // that ends a line or a column is masked alone.
    ['Senior Engineer, Stripe     jordan.ellis@\nMar 2021 – Present     example.com', ['jordan.ellis@']],
    ['CONTACT\tjordan.ellis@\tSKILLS', ['jordan.ellis@']],
    ['Ask priya_r88@  for access', ['priya_r88@']],
    // Not a lone "@" or a short word before one, nor one inside a line.
    ['a @ \nb', []],
    ['Meet me@ \nnoon', []],
    ['ping team@ once', []],
    // One space that PDF extraction put beside the "@".
    ['Email: jordan.ellis @example.com', ['jordan.ellis @example.com']],
    ['jordan.ellis@ example.com | 555-0100', ['jordan.ellis@ example.com']],
    ['E-mail: jordan @ example.co.uk.', ['jordan @ example.co.uk']],
    ['j_ellis88 @gmail.com', ['j_ellis88 @gmail.com']],
    // Prose and handles: no dot, digit or label before, or no domain after.
    ['Reach us @ example.com for support', []],
    ['ACM @ UIUC.', []],
    ['using @risk and @ home', []],
    // Only a mail provider's name stands for a domain.
    ['ssh deploy@staging and user@live', []],
    ['ping @gmail team', []],
    // Every dot spaced out too, right after an e-mail label.
    ['Email: jordan . ellis @ example . com', ['jordan . ellis @ example . com']],
    ['E-mail: priya.raman @ example . co . in | Phone', ['priya.raman @ example . co . in']],
    // After a contact label, or without a label at a mail provider's domain.
    ['Contact: jane . doe @ example . com', ['jane . doe @ example . com']],
    ['siobhan . nicaodha @ gmail . com | Cork', ['siobhan . nicaodha @ gmail . com']],
    ['Note: team . lead @ offsite . Then home', []],
    ['tea . coffee @ home . com', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('labels spans EMAIL with its id', () => {
    const [s] = email.analyze('x a@b.io', {});
    expect(s).toMatchObject({ label: 'EMAIL', recognizer: 'email', start: 2, end: 8 });
  });

  it('looks for obfuscated addresses exactly where the gate pattern would', () => {
    const gate = /\b(?:dot|DOT)\b|[[({]\s?(?:at|AT|@)\s?[\])}]/;
    const pieces = [
      'dot',
      'DOT',
      'Dot',
      'x',
      '_',
      '1',
      ' ',
      '\u00a0',
      '\n',
      '[',
      '(',
      '{',
      ']',
      ')',
      '}',
      'at',
      'AT',
      'At',
      '@',
      'é',
    ];
    let seed = 11;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 1 + (n % 7); k > 0; k--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        text += pieces[seed % pieces.length];
      }
      expect(mayBeObfuscated(text), JSON.stringify(text)).toBe(gate.test(text));
    }
  });
});
