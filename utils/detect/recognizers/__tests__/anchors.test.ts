/**
 * The anchored scans (a costly pattern tried only where a match can start, utils/detect/scan.ts
 * scanAt) must find exactly what a full scan of the pattern finds: on the benchmark corpora and on
 * random strings built from the patterns' awkward cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanAll } from '../../scan';
import { anchoredScans as address } from '../address';
import { anchoredScans as age } from '../age';
import { anchoredScans as gradYear } from '../grad-year';
import { anchoredScans as id } from '../id';
import { anchoredScans as marital } from '../marital';
import { anchoredScans as personName } from '../person-name';
import { anchoredScans as pronoun } from '../pronoun';
import { anchoredScans as school } from '../school';
import { anchoredScans as title } from '../title';
import { anchoredScans as url } from '../url';

const scans = [
  ...address,
  ...age,
  ...gradYear,
  ...id,
  ...marital,
  ...personName,
  ...pronoun,
  ...school,
  ...title,
  ...url,
];
const show = (ms: readonly RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}`);

const data = path.resolve(__dirname, '../../../../bench/data');
const corpus = ['resumes-dotin.jsonl', 'presidio-synth-v2.jsonl'].flatMap((f) =>
  fs
    .readFileSync(path.join(data, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

const PIECES = [
  "'",
  "'9",
  '1999',
  '2012',
  '2049',
  '05/',
  '12.',
  '-',
  ' to ',
  ' ',
  '  ',
  '\n',
  ',',
  ':',
  '::',
  '/',
  'Jan',
  'September',
  'ſept',
  'Spring ',
  'Present',
  'fe80',
  'ab:',
  '2001:db8::1',
  'linkedin.com/',
  'in.linkedin.com/in/jo',
  'LinKedIn.COM/pub/',
  'indeed.com/r/',
  'twitter.com/',
  '/in/meda-cronin',
  'GITHUB.COM/',
  't.me/',
  'x.com/a',
  '.com/',
  'ysolde.design',
  'Kim-Lee.co.uk/cv',
  'jo@a.io',
  'Node.js',
  '/x.dev',
  'Ünal.me',
  'my name is ',
  'call me ',
  "I'M CALLED ",
  'name',
  'call',
  'Jane',
  'Chennai',
  ' 600 034',
  ' 78660',
  'TX 75001',
  'N.J. 07001',
  'NSW  2000',
  'Hauptstraße 5',
  'Karl-Johans gate 14',
  'vägen 3',
  'Education',
  'EDUCATION',
  'ACADEMIC',
  'K',
  'ſ',
  'é',
  '𝐀bc',
  'Ölfus',
  '- 600121',
  'Mr.',
  'mrs.',
  'Prof.',
  'DR. ',
  '.Dr.',
  'Shri.',
  'ms',
  'Age',
  'AGED: 7',
  ' 31 y/o',
  '3yo',
  '34-Year-Old',
  '12 yrs old',
  '40 years of age',
  "She's 40",
  'Age/Sex: 32/Male',
  'SEX / AGE :  Female / 27',
  'he is 9.',
  'WAS 12',
  'Turned 30,',
  'D.O.B. ',
  'DoB: 1990',
  'do.b 12/3/1990',
  'Date of Birth: 30.08.1990',
  'birth date ',
  'born on 2 March 1990',
  'İ',
  'K',
  'SW1A 1AA',
  'M1 1AA',
  'EC12 1AB',
  'K1A 0B1',
  'H2X3Y7',
  '123 Main Street',
  '4/12-3B, North Park Rd',
  '6750 Koskikatu 25',
  '021 456 7890\nNCEA Level 3',
  'Suite 913 0547 Bygget 91',
  '31 Rue ',
  '0168 Oslo',
  '\t',
  '\u00a0',
  'lives on ',
  'is at ',
  'station',
  'on',
  'Main ',
  'Street',
  'Apt 4',
  'Suite #12',
  'H. No. 7',
  '123-45-6789',
  '4111 1111 1111 1111',
  '4111111111111111',
  'GB82 WEST 1234 5698 7654 32',
  'DE89370400440532013000',
  '2345 6789 0123',
  'ABCPE1234F',
  'AB 12 34 56 C',
  'QQ123456C',
  '192.168.0.1',
  '00:1A:2b:3C:4d:5E',
  '01-23-45-67-89-ab',
  'Passport No: X1234567',
  'PP no.',
  'Marital Status: Married',
  'unmarried',
  'DIVORCÉE',
  'widower',
  '2 children',
  'THREE Kids',
  'persons',
  'mother of two',
  'Dad of 3',
  'single mum',
  'pregnancy',
  'Expecting a baby',
  'P.O. Box 12',
  'P. O. Box 7',
  'Post Box 9',
  'PSC 1234, Box 5678',
  'APO AE 09012',
  'psc 1234, box 56 apo ae 09012',
  'unit 3 box 4',
  'USS Nimitz FPO AP 96612',
  'uss nimitz fpo ap 96612',
  'USCGC Eagle DPO\tAE\u00a034567',
  'usnv x apo aa 123456',
  'Zip: 12345',
  'PIN code - 600 034',
  'Postcode 1234 AB',
  '12 Rue ',
  '7, avenue ',
  '• ',
  '|',
  'Education Background',
  'EDUCATIONAL',
  'PROFESSIONAL EXPERIENCE',
  'Work History',
  'STUDENT TEACHING EXPERIENCE',
  'Employment',
  'Academic Qualifications',
  'Wykształcenie\n',
  'WYKSZTAŁCENIE',
  'Wykształ',
  'Formación :\n',
  'AUSBILDUNG\n',
  'ID48213',
  "Driver's License Number: F1628235",
  'employee id # 12345',
  'Acct-12345678',
  'Passport No is ',
  'Pod ',
  'Floriánem ',
  'Andrássy út 12.',
  'hegyalja út',
  'utca\t3',
  ' köz 4/A',
  'Szent István körút ',
  'sétány 7',
  '1677',
  ' 32',
  'Road',
  'at\tOld Mill Road',
  "he's",
  'HERSELF',
  'his ',
  'Woman',
  'fiancée',
  'grandmother',
];

function randomTexts(n: number): string[] {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  return Array.from({ length: n }, () => {
    let t = '';
    for (let k = 1 + Math.floor(rnd() * 16); k > 0; k--) t += PIECES[Math.floor(rnd() * PIECES.length)];
    return t;
  });
}

describe('anchored scans', () => {
  it.each(scans.map(([re, anchored]) => [re.source.slice(0, 40), re, anchored] as const))(
    '%s… finds what the full scan finds',
    (_name, re, anchored) => {
      for (const text of [...corpus, ...randomTexts(3000)])
        expect(show(anchored(text)), JSON.stringify(text.slice(0, 80))).toEqual(show(scanAll(text, re)));
    },
  );

  it('reaches the longest names before a Hungarian house number (letters beyond the BMP)', () => {
    // Three names of 31 letters of two code units each, then the longest street word: 197 units back.
    const w = '\u{1d400}'.repeat(31);
    const text = `x ${w} ${w} ${w} rakpart 3`;
    const hungarian = scans.filter(([re]) => re.source.includes('sétány'));
    expect(hungarian.length).toBe(1);
    for (const [re, anchored] of hungarian) {
      expect(scanAll(text, re).map((m) => m.index)).toEqual([2]);
      expect(show(anchored(text))).toEqual(show(scanAll(text, re)));
    }
  });
});
