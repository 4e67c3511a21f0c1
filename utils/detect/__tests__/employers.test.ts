import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));

describe('employers named with a legal-form word, a group word, a country after an acronym or after a job title', () => {
  it.each([
    ['Experience\nBackend Developer, PT Tokopedia, Jakarta (2018 - 2021)', 'PT Tokopedia', ['Jakarta']],
    ['Experience\nSenior Software Engineer, PT Gojek Indonesia (2021 - now)', 'PT Gojek Indonesia', []],
    [
      'Experience\nOfficer, PT. Bank Negara Indonesia Tbk, Jakarta',
      'PT. Bank Negara Indonesia Tbk',
      ['Jakarta'],
    ],
    ['Experience\nData Analyst, Grupo Bimbo, Mexico City, 2020', 'Grupo Bimbo', ['Mexico City']],
    ['Experience\nTeller, Banco de Bogotá, Bogotá', 'Banco de Bogotá', ['Bogotá']],
    ['Experience\nIT Support Specialist, MTN Ghana, Accra, 2014 - present', 'MTN Ghana', ['Accra']],
    ['Experience\nAudit Associate, KPMG Kenya (2013 - 2015)', 'KPMG Kenya', []],
    [
      'Experience\nAudit Assistant, Ernst & Young, Kuala Lumpur, 2018 - 2020',
      'Ernst & Young',
      ['Kuala Lumpur'],
    ],
    [
      'Experience\nFinance Executive, Petronas Dagangan Berhad, 2020 - present',
      'Petronas Dagangan Berhad',
      [],
    ],
    ['Experience\nEngineer, Axiata Digital Sdn Bhd, 2019', 'Axiata Digital Sdn Bhd', []],
    ['Experience\nFinance Officer, Ghana Revenue Authority, 2010 - 2011', 'Ghana Revenue Authority', []],
    // A country after an organisation noun or a well-known employer; a place after "Bank".
    ['Experience\nTeller, Equity Bank Kenya, 2019 - 2020', 'Equity Bank Kenya', []],
    ['Experience\nAnalyst, Capgemini India (2019 - 2020)', 'Capgemini India', []],
    ['Experience\nAnalyst, Bank Central Asia, Jakarta', 'Bank Central Asia', ['Jakarta']],
    // An employer whose name reads like a person's, after a job title on a line with the job's dates.
    ['Experience\nSoftware Engineer, Maruti Suzuki, 2018 - 2020', 'Maruti Suzuki', []],
    ['Experience\nAccountant - Bharti Airtel (2019 - Present)', 'Bharti Airtel', []],
    // The year that opens the job's dates after the town and country is no postcode.
    ['Experience\nAnalyst, Safaricom, Nairobi, Kenya, 2015 - 2018', '2015 - 2018', ['Nairobi, Kenya']],
    // Vietnamese firms after their prefix word: the words up to a separator or a sentence's word.
    ['KINH NGHIỆM\nCông ty TNHH Phần mềm Sao Việt | 2019 - 2022', 'Công ty TNHH Phần mềm Sao Việt', []],
    ['Kinh nghiệm\nNgân hàng TMCP Á Châu (ACB)\nGiao dịch viên', 'Ngân hàng TMCP Á Châu', []],
    ['Kinh nghiệm\nTập đoàn Minh Phát, 2018 - 2020', 'Tập đoàn Minh Phát', []],
    ['Tôi làm việc tại Công ty TNHH Phần mềm Sao Việt từ năm 2019.', 'Công ty TNHH Phần mềm Sao Việt', []],
  ])('keeps the employer in %s', (text, employer, places) => {
    const at = text.indexOf(employer);
    const over = analyze(text).filter((s) => s.start < at + employer.length && s.end > at);
    expect(over.map((s) => text.slice(s.start, s.end))).toEqual([]);
    for (const p of places) expect(masked(text)).toContain(p);
  });

  it.each([
    // A country after a degree's acronym, a place after "in", a pair of countries: still places.
    ['Education\nBSc Kenya', 'Kenya'],
    ['She lives in Accra, Ghana', 'Accra, Ghana'],
    ['Trinidad & Tobago', 'Tobago'],
    ['I moved from the West Bank Jordan', 'Jordan'],
    // A referee is written before the job; a name after a job on a line without dates stays a name.
    ['References\nJohn Kamau, Finance Manager, Safaricom PLC', 'John Kamau'],
    // A state's code between a town's comma and the country (USAJOBS) is no acronym of an employer.
    ["EDUCATION\nTowson University Towson, MD United States\nMaster's degree 05/2019", 'Towson, MD'],
    ['WORK EXPERIENCE\nAcme Corp Columbia, MD United States\n10/2018 - Present', 'Columbia, MD'],
    // A given name in capitals before a word that also names a place is no acronym before a country.
    ["JOHN MICHAEL\nO'SULLIVAN\nJourneyman Electrician", "JOHN MICHAEL\nO'SULLIVAN"],
    ['References\nFinance Manager, John Kamau, Tel: 555-0134', 'John Kamau'],
    // A name after a word that only looks like the prefix.
    ['Referee: Ptolemy Okafor, Manager', 'Ptolemy Okafor'],
    // A Vietnamese person on the line after a firm, or after a sentence's word that ends the firm.
    ['Công ty TNHH Sao Việt\nNguyễn Văn An', 'Nguyễn Văn An'],
    ['Công ty TNHH Sao Việt, Người tham chiếu: Trần Thị Mai', 'Trần Thị Mai'],
    ['Tôi làm việc tại Công ty Sao Việt với Trần Thị Mai.', 'Trần Thị Mai'],
  ])('still masks the place or person in %s', (text, expected) => {
    expect(masked(text).join(' | ')).toContain(expected);
  });
});
