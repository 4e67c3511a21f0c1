import { describe, expect, it } from 'vitest';
import { age, letterTable } from '../age';
import { found } from './helpers';

describe('age recognizer', () => {
  it.each([
    ['age 34', ['34']],
    ['Age: 29', ['29']],
    // An approximate age, as recruiters' notes write it.
    ['Age ~28 based on grad year', ['28']],
    ['Age: approx. 28', ['28']],
    ['aged about 30, lives nearby', ['30']],
    ['Age: ca. 41', ['41']],
    ['a 34 years old engineer', ['34']],
    ['Patient is a 38-year-old male', ['38']],
    ['a 45-year-old mother of two', ['45']],
    ['a 30-year-old product manager', ['30']],
    // A biography's birth year: "b." after a bracket or a comma, and a year before "-born".
    ['Tolu Adeyemi (b. 1990) is a designer; Jane Orrin, b.1988, Leeds', ['1990', '1988']],
    ['a 1990-born engineer', ['1990']],
    // An application form's questions with the answer below them or after them.
    ['What is your date of birth?\n1991-04-17', ['1991-04-17']],
    ['How old are you?\n35\nAge? 29\n3. What is your age? 41', ['35', '29', '41']],
    ['a 41-year-old software engineer', ['41']],
    ['a 34-year-old business analyst', ['34']],
    ["i'm 31 y/o.", ['31']],
    ['a 32 y.o. engineer from Leeds', ['32']],
    ['we are 25 yo', ['25']],
    ['About me: I am 41 and love hiking', ['I am 41']],
    ['I am 41 years old', ['I am 41']],
    // The writer's own statement goes whole; another's leaves the verb.
    ['Happy to visit. I am 41 and have held a licence since 18.', ['I am 41']],
    ["I'm 29, and I have led two teams.", ["I'm 29"]],
    ['Briefly: I am 38.', ['I am 38']],
    ['Hi, I’m 52 and ready', ['I’m 52']],
    ['My manager? She is 41 and retiring.', ['41']],
    ['He just turned 69 years old', ['69']],
    ['retired at the age of 61', ['61']],
    ['DOB: 01/02/1990', ['01/02/1990']],
    // A personal-details table: the label, a wide gap of spaces or tabs, the date.
    ['Name        Rafael Okonkwo\nDOB         03.11.1991', ['03.11.1991']],
    ['Date of Birth\t\t12 March 1990', ['12 March 1990']],
    ['Gender                 Male\nAge                    27 years', ['27']],
    ['Alter\t\t34\nAge\t29', ['34', '29']],
    ['Date of Birth: 30.08.1990', ['30.08.1990']],
    // Aligned labels and ordinal days with "of".
    ['Date of Birth      : 12th Aug 1993', ['12th Aug 1993']],
    ['Date of Birth: 21st of March, 1990', ['21st of March, 1990']],
    ['Date of Birth\t\t-  5 May 1989', ['5 May 1989']],
    ['born 1990 in Pune', ['1990']],
    // A birth month and year ("Born: August 1995", "DOB: 08/1995", "1995.08" as Chinese resumes write it).
    ['Born: August 1995', ['August 1995']],
    ['DOB: Aug 1995', ['Aug 1995']],
    ['Date of Birth: 08/1995', ['08/1995']],
    ['Born: 1995.08 | Hukou: Chengdu', ['1995.08']],
    // The town before the year without a comma.
    ['Born in Leeds in 1990', ['1990']],
    ['She was born in a small town in the north in 1990.', ['1990']],
    // The town (and country) of birth before the date.
    ['Born in Kraków, 1990', ['1990']],
    ['born in Graz, Austria, 12 March 1991', ['12 March 1991']],
    ['Fecha de nacimiento: 14 de marzo de 1972', ['14 de marzo de 1972']],
    ['Nacido en 1988 en Sevilla', ['1988']],
    ['Date de naissance : 03/04/1985', ['03/04/1985']],
    ['Née le 14 mars 1972 à Lyon', ['14 mars 1972']],
    ['Geburtsdatum: 3. Mai 1990', ['3. Mai 1990']],
    ['Nato il 12/05/1979', ['12/05/1979']],
    ['Data de nascimento: 1991', ['1991']],
    // A birthday without its year (LinkedIn's contact info).
    ['Birthday\nMarch 3\nConnected', ['March 3']],
    ['Birthday: 3rd of March', ['3rd of March']],
    ['DOB: Sept. 14th, lives in Pune', ['Sept. 14th']],
    ['born on 12 May', ['12 May']],
    // With a year the whole date goes.
    ['Birthday: March 3, 1990', ['March 3, 1990']],
    // The age field and the age with its unit in European CVs.
    ['Alter: 34', ['34']],
    ['Âge : 34 ans', ['34']],
    ['Edad: 29 años', ['29']],
    ['Età: 31', ['31']],
    ['Leeftijd: 40 jaar', ['40']],
    ['Umur: 29 tahun', ['29']],
    ['Usia: 31', ['31']],
    ['Ålder: 27', ['27']],
    ['Geboortedatum: 14-02-1989', ['14-02-1989']],
    ['Geboren op 3 mei 1990', ['3 mei 1990']],
    ['Födelsedatum: 1990-05-17', ['1990-05-17']],
    ['Data urodzenia: 05.11.1987', ['05.11.1987']],
    // Turkish, Indonesian and Vietnamese birth labels, past the town where the label names the place too.
    ['Doğum Tarihi: 21.06.1994', ['21.06.1994']],
    ['Doğum Yeri ve Tarihi: Eskişehir, 21.06.1994', ['21.06.1994']],
    ['Tempat, Tanggal Lahir: Bandung, 12 Mei 1995', ['12 Mei 1995']],
    ['Tempat/Tanggal Lahir: Bandung, 12-05-1995', ['12-05-1995']],
    ['Ngày sinh: 12/09/1997', ['12/09/1997']],
    // Indonesian "Tgl" and Malay "Tarikh"; a Hijri year, as Gulf resumes date a birth.
    ['Tempat/Tgl Lahir : Surabaya, 03-05-1990', ['03-05-1990']],
    ['Tarikh Lahir: 12 Jun 1995', ['12 Jun 1995']],
    ['Date of Birth: 15/04/1419 H', ['15/04/1419 H']],
    ['Date of Birth: 15/04/1419H, Riyadh', ['15/04/1419H']],
    ['Jonas Weidemann, 34 Jahre alt', ['34']],
    ['Daan de Vries (40 jaar oud)', ['40']],
    ['Claire Dubois, 34 ans\nIngénieure logiciel', ['34']],
    ['Giulia Bianchi (31 anni)', ['31']],
    ['Alejandro Ruiz, 36 años.', ['36']],
    // Place and date of birth in one field (Indonesian, Filipino, Latin American resumes).
    ['Place/Date of Birth: Surabaya, 17 August 1996', ['17 August 1996']],
    ['Place and Date of Birth: Quezon City, March 12, 1997', ['March 12, 1997']],
    ['Date and Place of Birth: 17 August 1996, Surabaya', ['17 August 1996']],
    // An age bracket after an age label (EEO and HR forms).
    ['Age range\n35-44', ['35-44']],
    ['Age: 35-44', ['35-44']],
    ['Age group: 25–34', ['25–34']],
    ['What is your age?\n65+', ['65+']],
    ['Age Range: 55 or older', ['55 or older']],
    // The combined age and sex field of Filipino, South Asian and Gulf resumes.
    ['Age/Sex: 32/Male', ['32']],
    ['Age / Gender: 29 / Female', ['29']],
    ['Sex/Age: F/27', ['27']],
    ['Age & Sex: 41, Male', ['41']],
    ['GENDER AND AGE : Male, 35', ['35']],
  ])('%s', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });

  it.each([
    ['5 years of experience'],
    // A span of time after "I am" or "was", not an age.
    ['I am 5 years into my career'],
    ['The migration was 3 years ago'],
    ["I'm 12 years in the industry"],
    ['average 34%'],
    ['team of 12 engineers'],
    // A thing's age, not the candidate's.
    ['Rebuilt a 20-year-old codebase'],
    ['joined a 3 years old company in Pune'],
    ['modernised a 40-year-old family business'],
    ['Nacional de Software 2012; Renée led 3 teams in 2015'],
    // A month and a day after a birth word, but no birthday.
    ['Planned the birthday party, then the March 31 launch'],
    ['sold in May 2000 units'],
    ['the May 3 release was born of a hackathon'],
    ['Born in London, where I studied until 2010'],
    ['Born in Leeds and moved to London in 2005'],
    // Durations, and field words in prose or without a colon.
    ['Berufserfahrung: 20 Jahre'],
    ['Projektleitung, Berufserfahrung, 20 Jahre'],
    ['Expérience professionnelle, 18 ans'],
    ['Support von 12 Jahre alten Systemen, 5 ans'],
    ['Garantie (2 ans)'],
    ['alter 34 records in the table'],
    ['Alternate: 34'],
    ['Place of Birth: Surabaya, then 2019 projects'],
    ['Doğum Yeri ve Tarihi: Eskişehir, then 2019 projects'],
    // A range after "age" in prose, a class's age group, a stage's or a page's numbers.
    ['Taught age 5-10 children'],
    ['Taught age group: 3-5 at a preschool'],
    ['Average age 30-40 across the team'],
    ['Stage: 25-30 candidates; Page 12-15'],
    // A combined field's words in prose, or a number that is no value of the field.
    ['Analysed age/sex distribution of 300 patients'],
    ['Age/Sex ratio: 1.2 in the cohort'],
    ['Sex and age: 45% female respondents'],
    // "b." of a list item or a version, and a cohort of children born after 2009.
    ['Section 4b. 2019 rules; web.2019 (b.2020 draft); the 2012-born cohort'],
    // Other questions, and an age out of range.
    ['How many years of experience?\n12\nPage?\n35\nHow old are you?\n9'],
    // A table's other fields and a field word inside another word.
    ['Agency     2019\nPage                  12\nAges    5 to 12 taught\nAge                    25%'],
  ])('no age in %s', (text) => {
    expect(found(age, text)).toEqual([]);
  });

  it('letterTable marks each letter by its code, accented ones included', () => {
    const table = letterTable('aâw');
    expect([...table.keys()].filter((c) => table[c] === 1)).toEqual([97, 119, 0xe2]);
    expect(table.length).toBe(256);
  });

  it.each([
    ['ÂGE : 34 ans', ['34']],
    ['ÅLDER: 40', ['40']],
    ['WIEK: 29', ['29']],
  ])('a field label in capitals, accented first letter included: %s', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });
});

describe('age: a decade of life', () => {
  it.each([
    ['A mature candidate in my late 40s, returning to work', ['late 40s']],
    ['in her mid-thirties she retrained as a nurse', ['mid-thirties']],
    ['I am in my forties', ['forties']],
    ['Applicant aged early 50s', ['early 50s']],
    ['Age: late 20s', ['late 20s']],
    // Before a person's noun that ends its phrase.
    ['Mid-30s professional with ten years in sales.', ['Mid-30s']],
    ['A late-20s developer looking for growth', ['late-20s']],
  ])('%s', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });

  it.each([
    ['Built in the late 1990s; late 90s hip-hop; 80s music; mid-70s cars'],
    ['Temperatures in the 40s; scored in the 90s'],
    ['early 50s professional network'],
    ['Storage: about 20 GB; image ~28; leaving at about 5 pm'],
  ])('no age in %s', (text) => {
    expect(found(age, text)).toEqual([]);
  });
});

describe('age: a number in a list of personal details', () => {
  it.each([
    ['Female, 26, single, Christian, willing to travel.', ['26']],
    ['Male / 35 / Married / Indian', ['35']],
    ['Personal: 29 yrs, unmarried, Hindu', ['29']],
  ])('%s', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });

  it.each([
    ['Size: M / 32 / slim; Rooms: 12, single, double'],
    ['Team of 12 male / female staff; Cohort 24 / female 60%'],
    ['Units 25, married quarters; Female, 120 staff'],
  ])('no age in %s', (text) => {
    expect(found(age, text)).toEqual([]);
  });
});

describe("age: a sentence that opens with the writer's age", () => {
  it.each([
    ['At 34, I bring a decade of experience.', ['34']],
    ['Summary. At 22, I founded my first startup.', ['22']],
    ['At 45, my priority is mentoring.', ['45']],
  ])('%s', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });
  it.each([['At 10,000 feet we tested.'], ['At 3, the team met daily.'], ['At 95, the index closed.']])(
    'no age in %s',
    (text) => {
      expect(found(age, text)).toEqual([]);
    },
  );
});

describe('birth-date labels in more languages and layouts', () => {
  it.each([
    ['Date of Birth: 12/03/1990', ['12/03/1990']],
    ['D.O.B: 12/03/1990', ['12/03/1990']],
    ['Geburtsdatum: 12.03.1990', ['12.03.1990']],
    ['Date de naissance : 12/03/1990', ['12/03/1990']],
    ['Fecha de nacimiento: 12/03/1990', ['12/03/1990']],
    ['Data de nascimento: 12/03/1990', ['12/03/1990']],
    ['Data di nascita: 12/03/1990', ['12/03/1990']],
    ['Geboortedatum: 12-03-1990', ['12-03-1990']],
    ['Födelsedatum: 1990-03-12', ['1990-03-12']],
    ['Data urodzenia: 12.03.1990', ['12.03.1990']],
    // Abbreviated labels.
    ['Geb.-Datum: 12.03.1990', ['12.03.1990']],
    ['Geb. Datum 12.03.1990', ['12.03.1990']],
    ['geb. 12.03.1990 in Celle', ['12.03.1990']],
    ['Geburtstag: 12.03.1990', ['12.03.1990']],
    ['Fecha nac.: 12/03/1990', ['12/03/1990']],
    ['Fecha de nac. 12/03/1990', ['12/03/1990']],
    ['Data de Nasc.: 12/03/1990', ['12/03/1990']],
    ['Date de naiss. : 12/03/1990', ['12/03/1990']],
    // Central and south-east European labels.
    ['Datum narození: 12. 3. 1990', ['12. 3. 1990']],
    ['Dátum narodenia: 12.03.1990', ['12.03.1990']],
    ['Születési dátum: 1990.03.12.', ['1990.03.12']],
    ['Data nașterii: 12.03.1990', ['12.03.1990']],
    ['Datum rođenja: 12.03.1990.', ['12.03.1990']],
    ['Rojstni datum: 12. 3. 1990', ['12. 3. 1990']],
    // A bar between the label and the date, as table rows are read.
    ['Date of Birth | 12.03.1990', ['12.03.1990']],
    // The date's format in brackets after the label, and the birthplace's word joined to it.
    ['Date of Birth (DD/MM/YYYY): 12/03/1990', ['12/03/1990']],
    ['DOB (dd-mm-yyyy) : 12-03-1990', ['12-03-1990']],
    ['Geburtsdatum (TT.MM.JJJJ): 12.03.1990', ['12.03.1990']],
    ['Geburtsdatum/-ort: 12.03.1990 in Celle', ['12.03.1990']],
    ['Date of Birth / Place: 12/03/1990, Quellin', ['12/03/1990']],
  ])('%j', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });

  it.each([
    ['Geb. Müller, verheiratet'],
    ['Geburtstag des Teams am Freitag'],
    ['Fecha nac. pendiente'],
    ['Team of 12 | 2019'],
  ])('keeps %j', (text) => {
    expect(found(age, text)).toEqual([]);
  });
});

describe('age: a birth date in the Hijri calendar, and the same date in brackets', () => {
  it.each([
    [
      'Date of birth: 3 Rajab 1408 H (22 February 1988) | Passport No.: N1234567',
      ['3 Rajab 1408 H (22 February 1988)'],
    ],
    ['DOB: 15/04/1419 H (10 August 1998)', ['15/04/1419 H (10 August 1998)']],
    ['Born 12 Dhul Hijjah 1410', ['12 Dhul Hijjah 1410']],
    ['Date of Birth: 01 Ramadan 1415', ['01 Ramadan 1415']],
    // A bracket after the date that holds no date stays.
    ['DOB: 22 February 1988 (Dubai)', ['22 February 1988']],
  ])('%j', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });
});

describe('age: the age written after a birth date or year goes with it', () => {
  it.each([
    ['Date of birth: 3 June 1988 (36 yrs)', ['3 June 1988 (36 yrs)']],
    ['DOB 3/6/1988 (36 years)', ['3/6/1988 (36 years)']],
    ['Date of Birth: 14/03/1994 (age 30)', ['14/03/1994 (age 30)']],
    ['DOB: 03.06.1988 / 36 J.', ['03.06.1988 / 36 J.']],
    ['Born in 1988 (36), Polokwane', ['1988 (36)']],
    // A number after a separator without an age's unit is not an age ("2 kids" is marital's).
    ['Born 1988, 2 kids', ['1988']],
    ['DOB: 22 February 1988 (Dubai)', ['22 February 1988']],
  ])('%j', (text, expected) => {
    expect(found(age, text)).toEqual(expected);
  });
});
