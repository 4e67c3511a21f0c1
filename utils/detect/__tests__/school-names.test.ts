import { describe, expect, it } from 'vitest';
import { shortSchoolNames } from '../school-names';

const found = (text: string) => shortSchoolNames(text).map((s) => text.slice(s.start, s.end));

describe('short names of well-known universities', () => {
  it.each([
    ['Harvard MBA with 10 years in fintech', ['Harvard']],
    // A two-letter degree that no state code spells, after the name's comma.
    ['Penn State, BS Accounting', ['Penn State']],
    ['Cal Poly, BS Mechanical Engineering, 2014', ['Cal Poly']],
    // A degree that is also a state code, before its subject.
    ['Stanford, MS Electrical Engineering (2017)', ['Stanford']],
    ['Carnegie Mellon, MS in Robotics', ['Carnegie Mellon']],
    // An education entry's logo, by its alt text; short names of schools outside the US.
    ['INSEAD logo', ['INSEAD']],
    ['TUM alum, ex-Zalando', ['TUM']],
    ['UBC MBA, 2015', ['UBC']],
    ['PRODUCT LEAD | HARVARD MBA', ['HARVARD']],
    ["Engineer @ Acme | Berkeley '19", ['Berkeley']],
    ['Engineer @ Acme | Berkeley ’19', ['Berkeley']],
    ['Stanford GSB | ex-Acme', ['Stanford']],
    ['Wharton alum, Yale Law', ['Wharton', 'Yale']],
    ['Graduated from Cornell in 2010', ['Cornell']],
    ['Alumna of Johns Hopkins', ['Johns Hopkins']],
    ["Penn State '08; Georgia Tech MS", ['Penn State', 'Georgia Tech']],
    ['studied at Sciences Po', ['Sciences Po']],
    ["Harvard's MBA programme", ['Harvard']],
    // The student life the name stands for.
    ["Captain, Stanford Women's Rowing", ['Stanford']],
    ['Cornell Alumni Association of NYC', ['Cornell']],
    // A student society's campus chapter.
    [
      'President, NSBE, Georgia Tech Chapter; Cornell Chapter of Engineers Without Borders',
      ['Georgia Tech', 'Cornell'],
    ],
    ['Penn State Football; Notre Dame Glee Club; Brown Band', ['Penn State', 'Notre Dame', 'Brown']],
    // An education entry: the short name starts its line, a comma or a line break, then a degree.
    ['INSEAD, MBA, 2019', ['INSEAD']],
    ['• HEC Paris, Master in Management, 2015 - 2017', ['HEC Paris']],
    ['Education\nSciences Po\nMaster of Public Policy - MPP · (2018 - 2020)', ['Sciences Po']],
    ['Oxford\nBachelor of Arts - BA, Philosophy', ['Oxford']],
    // After a degree: right after it, or as the next field of its line; the name ends its field.
    ['BS, Georgia Tech, 2012', ['Georgia Tech']],
    ['B.S., Penn State, 2009', ['Penn State']],
    // Before a two-letter degree written with its dots after a comma (no state code has dots).
    ['Georgia Tech, M.S. Analytics (Expected May 2025)', ['Georgia Tech']],
    ['Carnegie Mellon, M.S. in Robotics, 2019', ['Carnegie Mellon']],
    // An unlisted university's acronym (a "U", or "IT" at its end) opening the line before a dash and the
    // degree, or alone in the field after the subject with a year after it.
    ['KNUST — BSc Accounting (First Class), 2017', ['KNUST']],
    ['BUET — BSc EEE, 2014', ['BUET']],
    ['BSc Accounting, KNUST, 2017', ['KNUST']],
    ['MBA from Wharton', ['Wharton']],
    ['MBA - Kellogg (2015)', ['Kellogg']],
    ['BA | Duke | 2011', ['Duke']],
    ['Education: BS Mechanical Engineering, Virginia Tech', ['Virginia Tech']],
    ['BS Petroleum Engineering, Texas A&M, 2011', ['Texas A&M']],
    // A two-word name's campus, by its letters or its town of several words.
    ['B.S. Computer Science, Cal Poly SLO, 2019', ['Cal Poly SLO']],
    ['BS Mechanical Engineering, Cal Poly San Luis Obispo, 2014', ['Cal Poly San Luis Obispo']],
    // (A degree's letters after the name are no campus.)
    ['BS, Georgia Tech MS, 2012', ['Georgia Tech']],
    ['Graduated from Texas A&M in 2011', ['Texas A&M']],
    ['MBA, Marketing, Ross', ['Ross']],
    ['JD, Harvard Law, 2010', ['Harvard Law']],
    ['BS, LSU, 2011', ['LSU']],
    ['Graduated from BYU in 2012', ['BYU']],
    // A university system and its campus's town, wherever they stand.
    ['B.S. Computer Science, UNC Asheville, 2016', ['UNC Asheville']],
    ['UMass Amherst', ['UMass Amherst']],
    ['Research assistant at CU Boulder', ['CU Boulder']],
    ['UC Santa Barbara, 2014', ['UC Santa Barbara']],
    // European universities named after their town ("TU", "KU", "FH").
    ['TU Delft, MSc Aerospace Engineering, 2017', ['TU Delft']],
    ['KU Leuven, Master of Engineering', ['KU Leuven']],
    ['Werkstudent at FH Aachen', ['FH Aachen']],
    // A European degree in the next field of the entry (a long word too).
    ['NTNU, Sivilingeniør, 2010–2015', ['NTNU']],
    ['INSEAD, Licenciatura, 2012', ['INSEAD']],
    // A degree with a letter past ASCII second ("Máster"), and long degree words of 10 to 13 letters.
    ['INSEAD, Máster, 2012', ['INSEAD']],
    ['Bocconi, Bakkalaureat, 2012', ['Bocconi']],
    ['Oxford, Licenciado en Derecho', ['Oxford']],
    // A dash or a bar before the degree, which may then have two letters or dots.
    ['Georgia Tech — M.S. Analytics, 2016', ['Georgia Tech']],
    ['Penn State – Bachelor of Science, 2012', ['Penn State']],
    ['Duke | MBA, 2011', ['Duke']],
    // French grandes écoles by their short name or their town ("INSA Lyon", "Mines ParisTech").
    ['ESSEC, MSc in Management, 2016', ['ESSEC']],
    ['ESCP, Master in Management', ['ESCP']],
    ['Polytechnique, Ingénieur, 2012', ['Polytechnique']],
    ["Mines ParisTech, Diplôme d'ingénieur", ['Mines ParisTech']],
    ['Centrale Lyon, MSc Mechanical Engineering', ['Centrale Lyon']],
    ['INSA Lyon, 2015', ['INSA Lyon']],
    ['MBA, EDHEC, 2019', ['EDHEC']],
    // An entry whose dates open the line; écoles normales supérieures, BOKU and its town.
    ['2016 – 2019  HEC Paris, Master in Management', ['HEC Paris']],
    ['09/2012 - 06/2016\tINSEAD, MBA', ['INSEAD']],
    ['2019 – 2021  ENS Paris-Saclay, Master MVA', ['ENS Paris-Saclay']],
    ['ENS Lyon, 2015', ['ENS Lyon']],
    ['2010 – 2015  BOKU Wien, Diplomingenieur', ['BOKU Wien']],
    // California State University's campuses, and any acronym before a town and "campus".
    ['sponsored by CSU Sacramento', ['CSU Sacramento']],
    ['maintained 2,500 computers on the CCBC Essex campus', ['CCBC Essex']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // The same words as surnames, towns, firms and things, with no degree, class year or "graduated from".
  it.each([
    ['Brown Brothers Harriman, New York'],
    ['ESSEC partnered with Acme on a case study'],
    ['We ship Polytechnique-grade tooling'],
    ['Offices in Lyon, Centrale Station'],
    ['INSA Engineer at Cisco'],
    ['Duke Energy analyst'],
    ['Buyer, Ross Stores; Oxford Union debater'],
    ['Rice cooker sales at Booth 12'],
    ['Moved to Cambridge in 2015'],
    ['Reported to Ms Ross and Dr Stern'],
    ['Stanford CoreNLP, Harvard Business Review'],
    // After a degree, but not a whole field, or not a short name; a system's letters before no town.
    ['MS, Brown & Co analyst'],
    ['BS Finance, Booth Capital Partners, 2011'],
    ['MBA, 2014, Marketing'],
    ['UC Engineer at Cisco, UT Health Plans'],
    ['TU Engineer, KU Basketball, FH Pathways'],
    ['I led the UCF Knights robotics club'],
    ['Sales rep covering Texas A&M athletics'],
    // Not at a line's start, or no degree after the break.
    ['Offices in Oxford, Master plan for the campus'],
    ['Cambridge, MA 02139'],
    // A professional body's or a vendor's acronym is no school.
    ['BSc Accounting, ACCA, 2017'],
    ['BSc Computer Science, AWS, 2020'],
    ['Worked at IBM — MBA sponsored'],
    ['Washington, D.C. 20001'],
    ['Jackson, MS 39201'],
    ['Brown\nSenior Engineer'],
    ['Brown — Senior Engineer at Acme'],
    ['Cambridge | MA 02139'],
    // A thing, not a school's short name.
    ['First aid KIT and a kit logo'],
    // A word one letter off a degree's (past ASCII, or longer) is no degree.
    ['Cornell, Lauréa, 2010'],
    ['Bocconi, Bakkalaureats, 2012'],
    // A state code after the comma is a place's.
    ['Lived in Booth, MA for two years'],
    ['Oxford, MA Dec. 2002 conference'],
    ['Cambridge, MA United States'],
    // Dates before a short name that opens no education entry; an acronym and a town without "campus".
    ['2019 – 2022  Duke Energy, Analyst'],
    ['ENS domains and the BOKU lab'],
    ['Opened the KPMG Essex office'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('shortSchoolNames: after a European degree word and a comma', () => {
  it.each([
    ['2015 Master, Sciences Po Paris', ['Sciences Po Paris']],
    ['2013 Licence, Sciences Po', ['Sciences Po']],
  ])('%s', (text, expected) => {
    expect(shortSchoolNames(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
  it.each([['Licence, Duke Street'], ['Master, Rice and beans']])('none in %s', (text) => {
    expect(shortSchoolNames(text)).toEqual([]);
  });
});

describe('shortSchoolNames: a degree word opening the text, an acronym after it, other languages', () => {
  it.each([
    ['Laurea, Bocconi, 2012', ['Bocconi']],
    ['Master, Sciences Po Paris', ['Sciences Po Paris']],
    ['Lisans, ODTÜ Bilgisayar Mühendisliği, 2014', ['ODTÜ']],
    ['B.S., METU, Ankara, 2014', ['METU']],
    ['Licencjat, SGH, 2015', ['SGH']],
    ['Sarjana, ITB, 2016', ['ITB']],
    ['EDUCATION\nDiplom, WHU, 2008', ['WHU']],
  ])('%s', (text, expected) => {
    expect(shortSchoolNames(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
  it.each([
    ['Master, Rice and beans'],
    ['Bachelor, Duke Street'],
    ['Master, MBA, 2015'],
    ['Skills: SGH, ITB'],
  ])('none in %s', (text) => {
    expect(shortSchoolNames(text)).toEqual([]);
  });
});
