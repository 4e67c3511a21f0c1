import { describe, expect, it } from 'vitest';
import { phone } from '../phone';

const found = (text: string, region = 'US') => {
  const spans = phone.analyze(text, { defaultRegion: region }).sort((a, b) => a.start - b.start);
  return [...new Set(spans.map((s) => text.slice(s.start, s.end)))];
};

describe('phone recognizer', () => {
  it.each([
    ['Call (212) 555-0143 now', ['(212) 555-0143']],
    // Numbers on consecutive lines are two numbers; a tel: URI's number.
    [
      '+33 6 12 34 56 78\n+91-98450-12345\n020 7946 0958',
      ['+33 6 12 34 56 78', '+91-98450-12345', '020 7946 0958'],
    ],
    ['tel:+14155550134 | Call tel:+1-415-555-0134', ['+14155550134', '+1-415-555-0134']],
    // Four and four digits after a label or a word are a number, even where the second is the larger.
    ['Call me: 5555-5678', ['5555-5678']],
    ['Tel. 2345-6789 (Hong Kong)', ['2345-6789']],
    ['Ribeirão Portugal 30971 21 253 109 8211-Office', ['21 253 109 8211']],
    ['Mobile: +91 98765 43210', ['+91 98765 43210']],
    ['Tel +46 (0)8 928 571 38.', ['+46 (0)8 928 571 38']],
    // The international prefix written "00" before "(0)" goes with the number.
    ['Telephone: 0044 (0) 20 7946 0958    Age', ['0044 (0) 20 7946 0958']],
    ['Tel: 0049 (0)30 1234 5678', ['0049 (0)30 1234 5678']],
    ['phone 0688 872 49 99', ['0688 872 49 99']],
    ['ph 9876543210 ', ['9876543210']],
    ['(898)666-3621x0135', ['(898)666-3621x0135']],
    ['03.93.92.16.85', ['03.93.92.16.85']],
    // A number on its line, with a year on the next.
    ['Call 555-555-0134\n2015 – 2018', ['555-555-0134']],
  ])('%s', (text, expected) => {
    const got = found(text);
    for (const e of expected) expect(got.some((g) => g.includes(e) || e.includes(g))).toBe(true);
  });

  it.each([
    // German area codes before a slash, a country code in brackets.
    ['Mobil: 0151/23456789', '0151/23456789'],
    ['Tel. 030 / 123 456 78', '030 / 123 456 78'],
    // Pairs after the slash; the line broken after the slash by PDF extraction.
    ['Tel: 0555 / 12 34 56', '0555 / 12 34 56'],
    ['Handy: 0170 / 55 12 34 5', '0170 / 55 12 34 5'],
    ['Tel.: 0555/\n123456', '0555/\n123456'],
    ['Telefon: 0555 /\n123 456', '0555 /\n123 456'],
    ['Móvil: (+34) 612 345 678', '(+34) 612 345 678'],
  ])('the whole number in %s', (text, value) => {
    expect(found(text, 'DE')).toContain(value);
  });

  it.each([
    // The next item's number in a numbered list of referees is no part of the phone.
    ['1. Mr. Sanjay Malhotra, Mob: 9810012345\n2. Ms. Neha Kapoor', ['9810012345']],
    ['Ph: 98765 43210\n12) Rakesh', ['98765 43210']],
    ['Tel: 0120 4567890\n 3. Hobbies', ['0120 4567890']],
    // Not a list's number: a group after a line break that no "." or ")" follows stays.
    ['Tel.: 0555/\n123456', ['0555/\n123456']],
    ['Call 98765 43\n21 today', ['98765 43\n21']],
  ])('only the number in %s', (text, value) => {
    expect(found(text, 'IN')).toEqual(value);
  });

  it.each([
    // Groups joined by " - ", spaces inside the brackets: read whole after a phone label.
    ['Mobile: +91 98765 - 43210', ['+91 98765 - 43210']],
    ['Phone: 555 - 201 - 3344 | Email', ['555 - 201 - 3344']],
    ['Phone: ( 555 ) 201 - 3344', ['( 555 ) 201 - 3344']],
    ['Cell Phone: (555) 201 - 3344', ['(555) 201 - 3344']],
    ['Contact No: 0412 - 555 - 019.', ['0412 - 555 - 019']],
  ])('labelled and spaced: %s', (text, expected) => {
    // (The digit-group pattern may find a piece inside too: the whole number must be there.)
    expect(found(text)).toContain(expected[0]);
  });

  it.each([
    ['Contact: 2012 - 2016'],
    ['Roll No: 12 - 3456 - 7'],
    ['Number: 555 - 201 - 3344'],
    ['Phone: ext. 12 - 34'],
    ['Telephone: on request'],
  ])('no spaced number in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Worked 2005 - 2008 at Acme'],
    ['Projekt 01/2019 – 03/2020, Seiten 012/345'],
    ['SQL Server 2008 and Windows 10'],
    ['Born 01/02/1990'],
    // A month and a year, not an area code and pairs.
    ['Note 05/12 2019 and 05/12 20 14'],
    ['Zeitraum 05/12 - 08/14'],
    ['Version 1.2.3 released'],
    ['Scored 1500 points'],
    ['When: 2000-04-16 11:34:35'],
    ['Logged 07/30/2019 10:15 by the system'],
    // A postcode and the entry's year after it, on the next line or after two spaces.
    ['Springfield, IL 62704\n2015 – 2018'],
    ['Tallahassee, Florida | 32306  2003  Salary'],
    // A citation's pages after its volume or "pp.".
    ['J. Am. Chem. Soc., 141, 1234-1245.'],
    ['Decision Support Systems, 42(4), 2137-2152.'],
    ['In Proceedings of KDD, pp. 3341-3350'],
  ])('no phone in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    // A year, a hyphen and a number: a requisition's, a case's or a ticket's id.
    ['Clinical Research Coordinator (2024-3318)'],
    ['Research Assistant II (2024-2907) | Rejected'],
    ['Req ID 2023-14417, posted 03/02/2025'],
    ['Case 1998-0412 closed'],
    ['Requisition #2025-00871'],
  ])('a year-dash-number id, no phone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    // After a phone word the same shape is a number of four and four (Hong Kong, Brazil).
    ['Tel. 2024-3318', '2024-3318'],
    ['Call me: 2019-8765', '2019-8765'],
    ['Phone No: 2005-44321', '2005-44321'],
    ['WhatsApp 2024-3318', '2024-3318'],
    // Longer than a year and five digits: a mobile number's groups.
    ['Contact 2024-331876', '2024-331876'],
    ['See 2024-331876', '2024-331876'],
    // Not a year: four and four digits stay a number.
    ['Office 3318-2024', '3318-2024'],
  ])('a number of the same shape after a phone word, or longer, or no year: %s', (text, value) => {
    expect(found(text)).toContain(value);
  });
});
