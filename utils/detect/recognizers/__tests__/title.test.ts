import { describe, expect, it } from 'vitest';
import { title } from '../title';
import { found } from './helpers';

describe('title recognizer', () => {
  it.each([
    ['Mr. Spears is here', ['Mr.']],
    ['For my take on Mrs. Labrie', ['Mrs.']],
    ['Dear Ms Okafor', ['Ms']],
    ['Miss Havisham waited', ['Miss']],
    ['Lady Penhaligon chaired the board', ['Lady']],
    ['Dear Sir/Madam,', ['Sir/Madam']],
    ['this is Dr. Kyle Kuefer', ['Dr.']],
    // European titles, dotted and bare.
    ['Herr Klaus Meier', ['Herr']],
    ['Frau Anna Schmidt', ['Frau']],
    ['mit Herrn Wagner gesprochen', ['Herrn']],
    ['Mme. Sophie Laurent', ['Mme.']],
    ['Mlle Chloé Martin', ['Mlle']],
    ['Sra. María López', ['Sra.']],
    ['Srta. Lucía Gómez', ['Srta.']],
    ['Sr. Juan Pérez', ['Sr.']],
    ['Sr Juan Pérez', ['Sr']],
    // After a Spanish or Portuguese salutation or article "Sr" is "señor" before any surname.
    ['Estimado Sr. Quenby:', ['Sr.']],
    ['Prezado Sr. Lozada,', ['Sr.']],
    ['Hablé con el Sr. Marwood ayer.', ['Sr.']],
    ['Sig. Marco Rossi', ['Sig.']],
    ['Sig.ra Giulia Bianchi', ['Sig.ra']],
    ['Signora Bianchi', ['Signora']],
    ['Dhr. Jan de Vries', ['Dhr.']],
    ['Mevr. Anne Bakker', ['Mevr.']],
    ['Hr. Klaus Meier', ['Hr.']],
    // "Hr. Sec." abbreviates "Higher Secondary" in a school's name.
    ['HSC, Velammal Matriculation Hr. Sec. School, 2019', []],
    ['Mr John Smith', ['Mr']],
    // Italian "Dott." and "Dott.ssa" (doctor, male and female) before a name.
    ['Gentile Dott. Rossi,', ['Dott.']],
    ['Gentile Dott.ssa Ferraretti,', ['Dott.ssa']],
    // Son, daughter, wife of: the relation states the candidate's gender.
    ['D/O Shri Rajesh Sharma', ['D/O', 'Shri']],
    ['S/o. Ramesh Kumar', ['S/o']],
    ['W/O: Anil Gupta', ['W/O']],
    // Indonesian, Polish and Amharic honorifics before a name.
    ['Dengan hormat,\nBapak Agus Santoso', ['Bapak']],
    ['Referensi: Ibu Sri Wahyuni, Manajer HR', ['Ibu']],
    ['Pan Tomasz Kowalczyk jest inżynierem.', ['Pan']],
    ['Pani Anna Wiśniewska', ['Pani']],
    ['Ato Tesfaye Bekele', ['Ato']],
    ['Weyzero Almaz Haile', ['Weyzero']],
  ])('%s', (text, expected) => {
    expect(found(title, text)).toEqual(expected);
  });

  it.each([
    ['Expert in MS Word and MS Excel'],
    // A title word that opens an organisation's name.
    ['Process Engineer, Lord Corporation, Erie'],
    ['Volunteer, Lady Hospital Trust'],
    // "w/o" is "without"; other letters before "/O" are no relation.
    ['Worked w/o supervision; I/O bound; A/O Note; S/O-2 sensor'],
    ['I miss the team'],
    ['MS in Computer Science'],
    ['10 ms latency'],
    // "Sr" is senior before a job; German nouns that start with a title's letters.
    ['Sr Software Engineer at Acme'],
    ['Sr. Software Engineer'],
    ['Sr Manager, Sr. Director of Sales'],
    ['Sr. Java Developer'],
    ['Sr. Marketing Manager at Ellery'],
    ['Estimado Sr. Developer'],
    ['SR. DATA ANALYST'],
    ['Fraunhofer Institute; Frauenkirche; Herrenberg'],
    ['24 hr. shifts'],
    ['Sig. 12'],
    ['Dottorato di ricerca in Fisica'],
    // "Pan" the Chinese surname, and a prefix of a word ("Pan Arab"); "ibu kota", a capital city.
    ['Pan Wei, Senior Engineer'],
    ['Pan Arab Web Awards; Pan American Airways'],
    ['Ibu Kota Nusantara'],
  ])('no title in %s', (text) => {
    expect(found(title, text)).toEqual([]);
  });
});

describe('title: in brackets after the name', () => {
  it.each([
    ['Name: Tan Mei Ling (Ms)', ['Ms']],
    ['Jane Doe (Mrs.), Finance Manager', ['Mrs']],
    ['Applicant: Wong Siu Ming (Mr)', ['Mr']],
  ])('%s', (text, expected) => {
    expect(found(title, text)).toEqual(expected);
  });

  it.each([
    ['Skills: Microsoft Office (MS); Aptitude (MS) results'],
    ['Tools (MS Excel); Monitoring (MRI) and (MR) scans'],
  ])('no title in %s', (text) => {
    expect(found(title, text)).toEqual([]);
  });
});

describe('title: "Sister" and "Brother" before a name', () => {
  it.each([
    ['Sister Zanele Mokoena, Unit Manager, Groote Schuur Hospital', ['Sister']],
    ['Brother Anselm Okafor taught me Latin', ['Brother']],
    // A company, a product, an institution named after the person, a word.
    ['Sister Company of Acme; Brother International printers', []],
    ["Currently employed with Sister Nancy's High School", []],
    ['Sister Act was the school play', []],
  ])('%j', (text, expected) => {
    expect(found(title, text)).toEqual(expected);
  });
});
