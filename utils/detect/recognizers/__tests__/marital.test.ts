import { describe, expect, it } from 'vitest';
import { marital } from '../marital';
import { found } from './helpers';

describe('marital recognizer', () => {
  it.each([
    ['Marital Status: Married | Nationality: Indian', ['Married']],
    ['Marital status - Single', ['Single']],
    ['Male 33 Married South African', ['Married']],
    ['I have 2 children', ['2 children']],
    ['mother of two and a single parent', ['mother of two', 'single parent']],
    // A pregnancy stated as the family's news.
    [
      'I am expecting my first child in March; we are expecting twins',
      ['expecting my first child', 'expecting twins'],
    ],
    ['Expecting our second baby in May.', ['Expecting our second baby']],
    // An application form's answers under its questions.
    [
      'Do you have children?\nYes, two\nMarital status?\nSingle\nNumber of dependents?\n3',
      ['Yes, two', 'Single', '3'],
    ],
    ['Marital Status: Separated', ['Separated']],
    // Filipino and Sri Lankan resumes call the field "Civil Status".
    ['Civil Status: Single\nHeight: 5\'2"', ['Single']],
    ['CIVIL STATUS : MARRIED', ['MARRIED']],
    // The hyphen of Indian resumes: "Un-" alone would still tell.
    ['Marital Status : Un-married', ['Un-married']],
    ['Status: Un-Married, Indian', ['Un-Married']],
    // The field's value whatever it says, in the CV's own language too.
    ['Marital status: ledig\nNationality: German', ['ledig']],
    ['Familienstand: verheiratet, 2 Kinder', ['verheiratet']],
    ['Situation familiale : célibataire', ['célibataire']],
    ['Estado civil: soltera | Nacionalidad: española', ['soltera']],
    ['Stato civile: coniugato', ['coniugato']],
    ['Burgerlijke staat: gehuwd', ['gehuwd']],
    ['Civilstånd: gift', ['gift']],
    ['Medeni Hali: Bekar\nAskerlik Durumu: Muaf', ['Bekar']],
    ['Medeni Durumu: Evli', ['Evli']],
    // A middle dot or a bullet ends the field, as one line of personal details writes them.
    ['Doğum Tarihi: 17.04.1990 · Medeni Durum: Evli · Askerlik: Yapıldı', ['Evli']],
    ['Marital Status: Single • Nationality: Kenyan', ['Single']],
    ['Status Perkawinan: Belum Menikah', ['Belum Menikah']],
    ['Taraf Perkahwinan: Bujang', ['Bujang']],
    ['Tình trạng hôn nhân: Độc thân', ['Độc thân']],
    // A children field with a count or a yes or no.
    ['Children: 2\nDriving licence: B', ['2']],
    ['Kinder: keine', ['keine']],
    // A personal-details table without colons: the label opens its line, a tab or three spaces.
    [
      'Marital Status      Single\nChildren     2\nFamilienstand\tverheiratet',
      ['Single', '2', 'verheiratet'],
    ],
  ])('%s', (text, expected) => {
    expect(found(marital, text)).toEqual(expected);
  });

  it.each([
    ['engaged stakeholders across teams'],
    ['separated concerns into modules'],
    ['single sign-on'],
    ['Civil engineering status report: single span bridge'],
    // A field name in prose without its colon, or another field's colon.
    ['Studied the civil status registry; Project status: green'],
    ['Family: status meetings weekly'],
    ['Children: ages 3-5, twice a week'],
    ['Status     Active\nChildren     ages 3-5\nWe have a single    sign-on'],
    // A four-letter label word that ends no marital label.
    ['Hali: Bekar Holdings'],
    ['Expecting a reply by Friday; expecting our first release in Q3'],
    // Others' children are the work: a class, a group, the children one supervised or worked with.
    ['Supervised three children ages 5, 7 and 9; worked with 3 children with autism'],
    ['Taught 25 children aged 5-7; a class of 6 kids; cared for approximately 40 children'],
    ['Do you have any questions?\nYes\nAre you willing to relocate?\nNo'],
  ])('nothing in %s', (text) => {
    expect(found(marital, text)).toEqual([]);
  });
});

describe('marital: a bare "Status:" field with a marital value', () => {
  it.each([
    ['Data Pribadi\nStatus: Belum Menikah\nAgama: Islam', ['Belum Menikah']],
    ['Status: Menikah', ['Menikah']],
    ['Status : Bujang', ['Bujang']],
    ['Status: Single', ['Single']],
  ])('%s', (text, expected) => {
    expect(found(marital, text)).toEqual(expected);
  });

  it.each([['Status: Active Member'], ['Project Status: Active'], ['Status: Open to work']])(
    'nothing in %s',
    (text) => {
      expect(found(marital, text)).toEqual([]);
    },
  );
});

describe("marital: a Japanese rirekisho's spouse and dependents fields", () => {
  it.each([
    ['Spouse: Yes  Dependents (excluding spouse): 1', ['Spouse', 'Yes', '1']],
    ['Number of dependents: 2', ['2']],
    // A count that ends its line is no count of the next line's children.
    ['Dependents (excluding spouse): 1\nChildren (ages): 3-5', ['1']],
  ])('%s', (text, expected) => {
    expect(found(marital, text)).toEqual(expected);
  });
  it.each([['Supported dependents of service members']])('nothing in %s', (text) => {
    expect(found(marital, text)).toEqual([]);
  });
});

describe('marital: a spouse field', () => {
  it.each([
    // The label tells the status; a spouse's name is theirs too.
    ['Spouse: Teodor Velcroft', ['Spouse', 'Teodor Velcroft']],
    ["Spouse's name: Teodor Velcroft\nChildren: 2", ["Spouse's name", 'Teodor Velcroft', '2']],
    ['Name of Spouse : Quorin Belt | Nationality: Kenyan', ['Name of Spouse', 'Quorin Belt']],
    ['Personal details\n  Spouse name:  Ilse Marwen', ['Spouse name', 'Ilse Marwen']],
    ['Ehepartnerin: Ilse Marwen', ['Ehepartnerin', 'Ilse Marwen']],
    ['Cónyuge: Teodor Velcroft', ['Cónyuge', 'Teodor Velcroft']],
    ['Conjoint : Teodor Velcroft', ['Conjoint', 'Teodor Velcroft']],
    // A personal-details table without colons: the label opens its line, a wide gap before the value.
    [
      'Name        Maria Velcroft\nSpouse      Teodor Velcroft\nChildren    2',
      ['Spouse', 'Teodor Velcroft', '2'],
    ],
    ["Spouse's name\tTeodor Velcroft", ["Spouse's name", 'Teodor Velcroft']],
    // A job's title is the spouse's, but no name: only the label goes.
    ['Spouse: Marketing Director', ['Spouse']],
  ])('%s', (text, expected) => {
    expect(found(marital, text)).toEqual(expected);
  });

  it.each([
    ['Benefits for employee and spouse: medical, dental'],
    ['Spousal benefits: covered'],
    ['Managed relocation for each employee and spouse'],
    ['We support the spouse   of each employee'],
  ])('nothing in %s', (text) => {
    expect(found(marital, text)).toEqual([]);
  });
});

describe('marital: children after a marital word, and with an adjective', () => {
  it.each([
    ['Age: 32 · Married with 2 kids', ['Married', '2 kids']],
    ['Personal: two young children', ['two young children']],
    // Others' children stay.
    ['Worked with 3 children with autism', []],
    ['Tutored with 4 young children each week', []],
  ])('%j', (text, expected) => {
    expect(found(marital, text)).toEqual(expected);
  });
});
