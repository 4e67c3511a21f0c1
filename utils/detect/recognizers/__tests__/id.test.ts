import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { ibanValid, id, luhn, orcidValid } from '../id';
import { found } from './helpers';

describe('id recognizer', () => {
  it.each([
    ["Here's my SSN: 460-89-9847", ['460-89-9847']],
    ['card 4111 1111 1111 1111 expires', ['4111 1111 1111 1111']],
    ['from GB82WEST12345698765432 to', ['GB82WEST12345698765432']],
    ['client_ip = 106.31.73.20|', ['106.31.73.20']],
    // A network word before an address with a small first part: an address all the same.
    ['Host 10.0.0.4 was down', ['10.0.0.4']],
    ['Gateway 10.1.1.1', ['10.1.1.1']],
    ['mac 00:1A:2B:3C:4D:5E', ['00:1A:2B:3C:4D:5E']],
    // A National Insurance number after its label, whatever its prefix (HMRC's example "QQ").
    ['NI Number: QQ 12 34 56 C', ['QQ 12 34 56 C']],
    ['National Insurance Number - QQ123456A', ['QQ123456A']],
    ['PAN ABCPE1234F', ['ABCPE1234F']],
    ['Passport No: K1234567', ['K1234567']],
    ['Passport No.           K8123456', ['K8123456']],
    // A word between the label and the number ("Details", "Number") is no number itself.
    ['Passport Details   : Z4567890 (valid till 2031)', ['Z4567890']],
    ['Passport Number - Z4567890', ['Z4567890']],
    // India's driving licence: state and office, then year and number, a space or dashes between.
    ['Driving Licence No: MH04 20110012345', ['MH04 20110012345']],
    ['DL No: MH-04-2011-0012345', ['MH-04-2011-0012345']],
    ['Aadhaar 2345 6789 0123', ['2345 6789 0123']],
    // ORCID iDs (invented, with valid check characters), labelled or not.
    ['ORCID: 0000-0003-4821-7754', ['0000-0003-4821-7754']],
    ['ORCID iD 0009-0005-2718-3307 | Scopus', ['0009-0005-2718-3307']],
    ['orcid 0000-0003-4821-107X.', ['0000-0003-4821-107X']],
  ])('%s', (text, expected) => {
    expect(found(id, text)).toEqual(expected);
  });

  it.each([
    ['Passport Number: valid till 2031'],
    ['Deep learning (DL): 2019 course; DL: 5 years'],
    ['card 4111 1111 1111 1112'],
    ['GB82WEST12345698765433'],
    ['version 1.2.3'],
    // A product's four-part version after its name.
    ['Rational Rose 7.0.1.1 (ClearCase, Pentaho)'],
    ['Quellix Studio v4.5.2.1'],
    ['000-12-3456'],
    // A wrong check character, a fifth group, a date range.
    ['ORCID: 0000-0003-4821-7755'],
    ['ref 0000-0003-4821-7754-0001'],
    ['2019-2020-2021-2022'],
  ])('no ID in %s', (text) => {
    expect(found(id, text)).toEqual([]);
  });

  it('checks Luhn and IBAN checksums', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(ibanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(ibanValid('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(orcidValid('0000-0003-4821-107X')).toBe(true);
    expect(orcidValid('0000-0003-4821-1070')).toBe(false);
  });
});

describe('labelled identifiers', () => {
  it.each([
    ["My driver's license number is F162823540116", ['F162823540116']],
    ['my iban is gb42nawi04454264788619', ['gb42nawi04454264788619']],
    ['Employee ID: 4821377', ['4821377']],
    // A candidate's, applicant's or employee's ID of three or four digits, as ATS pages show it.
    ['Candidate ID: 4821', ['4821']],
    ['Applicant ID C-0482', ['C-0482']],
    ['candidate id #7310', ['7310']],
    ['Candidate ID-4821', ['4821']],
    // Not another label's short number, an IDE's version, or a bare year.
    ['Order ID: 4821', []],
    ['IDE: Visual Studio 2019', []],
    ['ID: 2019', []],
    // National numbers of other countries after their own label, also when letters lead.
    ['BSN: 123456782', ['123456782']],
    ['DNI: 12345678Z', ['12345678Z']],
    ['Codice Fiscale: RSSMRA85T10A562S', ['RSSMRA85T10A562S']],
    ['Driving licence: MORGA753116SM9IJ', ['MORGA753116SM9IJ']],
    ['NRIC: S1234567D', ['S1234567D']],
    ['CURP: GODE561231HDFRRN09', ['GODE561231HDFRRN09']],
    ['Personnummer: 19900101-1234', ['19900101-1234']],
    ['CNP: 2850101123458', ['2850101123458']],
    // A bank account's sort code and routing number.
    ['Sort code: 12-34-56, Account no: 12345678', ['12-34-56', '12345678']],
    ['Routing number: 021000021; ABA routing number: 026009593', ['021000021', '026009593']],
    ['UAN No: 100123456789', ['100123456789']],
    // A licence or credential number after "#" on the licence's line.
    ['RN License, State of Georgia, #RN555123', ['RN555123']],
    ['Teaching Certificate #TC-445566', ['TC-445566']],
    ['NMLS #1234567', ['1234567']],
    // Identity, citizenship and social-insurance numbers of South and Southeast Asia, the Gulf and Africa.
    ['National Id No. : 1992345678901', ['1992345678901']],
    ['Identity Number: 9203150456081', ['9203150456081']],
    ['Citizenship No.: 27-01-72-01234', ['27-01-72-01234']],
    ['NIC No: 912345678V', ['912345678V']],
    ['CNIC: 35202-1234567-1', ['35202-1234567-1']],
    ['Iqama No.: 2123456789', ['2123456789']],
    ['Emirates ID: 784-1990-1234567-1', ['784-1990-1234567-1']],
    ['Civil ID: 290010112345', ['290010112345']],
    ['SSS No.: 34-5678901-2', ['34-5678901-2']],
    ['PhilHealth No.: 12-345678901-2', ['12-345678901-2']],
    ['BVN: 22123456789', ['22123456789']],
    ['KRA PIN: A012345678Z', ['A012345678Z']],
    // Indonesia's KTP and NIK, Malaysia's IC, K/P and MyKad numbers.
    ['No. KTP: 3273012345678901', ['3273012345678901']],
    ['NIK: 3273012345678901', ['3273012345678901']],
    ['IC No: 950612-10-5678', ['950612-10-5678']],
    ['No. K/P: 950612-10-5678', ['950612-10-5678']],
    ['MyKad: 950612105678', ['950612105678']],
    ['NHIF No: 5123456', ['5123456']],
    // European and Turkish national numbers, HKID with its check digit, New Zealand's IRD number.
    ['Rodné číslo: 900314/1234', ['900314/1234']],
    ['Henkilötunnus: 140390-123A', ['140390-123A']],
    ['AMKA: 14039012345', ['14039012345']],
    ['T.C. Kimlik No: 12345678901', ['12345678901']],
    ['JMBG: 1403990710123', ['1403990710123']],
    ['HKID: A123456(7)', ['A123456(7)']],
    ['AHV-Nr.: 7561234567897', ['7561234567897']],
    ['IRD number: 123456789', ['123456789']],
    // An identity card's number with "Card" in its label, Ireland's PPS number.
    ['National ID Card No: 29876543', ['29876543']],
    ['ID Card Number: 12345678', ['12345678']],
    ['PPS No: 7654321W', ['7654321W']],
    ['PPSN: 1234567FA', ['1234567FA']],
    ['Personal Public Service Number: 1234567T', ['1234567T']],
    // A letter prefix joined by a dash: the Ghana Card, after its own label or a national ID's.
    ['Ghana Card: GHA-712345678-9', ['GHA-712345678-9']],
    ['Ghanacard No. GHA-000123456-1 · National ID: GHA-712345678-9', ['GHA-000123456-1', 'GHA-712345678-9']],
    ['Employee ID: E-48213', ['E-48213']],
    // Latin American numbers with their dots, and European ones written in groups with spaces.
    ['Cédula de ciudadanía: 1.023.456.789 de Bogotá', ['1.023.456.789']],
    ['C.C. 1.023.456.789 de Medellín', ['1.023.456.789']],
    ['CPF: 123.456.789-09   RG: 12.345.678-9 SSP/SP', ['123.456.789-09', '12.345.678-9']],
    ['RUT: 12.345.678-5', ['12.345.678-5']],
    ['CUIT: 20-12345678-3 · CUIL: 27-12345678-4', ['20-12345678-3', '27-12345678-4']],
    ['DNI: 12.345.678', ['12.345.678']],
    ['C.I. 12.345.678 | Documento de identidad: 0912345678', ['12.345.678', '0912345678']],
    ['NISS: 12345678901 · DUI: 01234567-8', ['12345678901', '01234567-8']],
    ['Steuer-ID: 12 345 678 901', ['12 345 678 901']],
    ['Sozialversicherungsnummer: 1234 010190', ['1234 010190']],
    ['NIR : 2 92 05 69 123 456 78', ['2 92 05 69 123 456 78']],
    ['Numéro de sécurité sociale : 1 85 05 78 006 084 36', ['1 85 05 78 006 084 36']],
    // Four digits count when letters make the value as long as eight (a PAN whose fourth letter is no
    // known holder type, a licence number).
    ['PAN No: ABCDE1234F', ['ABCDE1234F']],
    ['Tax ID: ABCDE1234F', ['ABCDE1234F']],
    ['Driving licence: MORGA7531K', ['MORGA7531K']],
  ])('%s', (text, expected) => {
    expect(found(id, text)).toEqual(expected);
  });

  it.each([
    ['CDL Class A, License No. NC 004512873', ['NC 004512873']],
    ['Electrician (Journeyman)\tLic. #E-104522\tBoston, MA', ['E-104522']],
    ['Lic. No. 552314', ['552314']],
    ['Registered with NMC PIN 12A3456E.', ['12A3456E']],
    ['NMC PIN: 12A3456E · GMC No. 7012345 · GDC Number: 123456', ['12A3456E', '7012345', '123456']],
    ['Bar No. 301245', ['301245']],
    ['Admitted, State Bar of California #301245', ['301245']],
    ['DEA #: AB1234563', ['AB1234563']],
    ['Medical Council Registration No. 54321', ['54321']],
    ['AHPRA Registration: NMW0001234567', ['NMW0001234567']],
    ['Working with Children Check: WWC1234567E · WWCC 0123456V', ['WWC1234567E', '0123456V']],
    // Queensland's check is the Blue Card, written in brackets after the check's name or alone.
    ['Working with Children Check (Blue Card) 1234567/1 — expires 2026', ['1234567/1']],
    ['Blue Card: 1234567/2', ['1234567/2']],
  ])('a professional register number: %s', (text, expected) => {
    expect(found(id, text)).toEqual(expected);
  });

  it.each([
    ['License valid 2020-2025 in all states'],
    ['Licensed in 2015-2020 as RN; license no. in 20152 states; Licence No. 12 months'],
    ['Admitted to the New York Bar, 2015'],
    ['Debate club 12345 points; Developed 20000 lines; Record sales of 25000 units'],
    ['Barista No. 1 in 2019; Registered 12000 users; Bar 12345 seats'],
    ['Working with children 12345 hours; worked with 20000 users'],
    // "IC" and "NIK" only as a number's label (a colon, "No"), not a chip or a given name.
    ['Designed IC 74HC595 boards; Nik 20190 commits'],
    // "Routing" and "ABA" only as a number's label.
    ['Routing 12345 packets per second; ABA therapy for 20000 hours'],
  ])('no register number in %s', (text) => {
    expect(found(id, text)).toEqual([]);
  });

  it.each([
    // LinkedIn's Licenses & certifications: the ID links to the issuer's page with the holder's name.
    ['Credential ID LF-7xq2rk94wd', ['LF-7xq2rk94wd']],
    ['Credential ID: 5e2b9c41-7a1d-4f0e-9b3c-2d8e6f1a0c57', ['5e2b9c41-7a1d-4f0e-9b3c-2d8e6f1a0c57']],
    ['Issued Mar 2021 · Credential ID 1Z4AB8CQWK\nShow credential', ['1Z4AB8CQWK']],
    ['credential number H123-4567', ['H123-4567']],
  ])('a credential ID: %s', (text, expected) => {
    expect(found(id, text)).toEqual(expected);
  });

  it.each([
    ['Credential ID'],
    ['Show credential'],
    ['Credential ID verified on request'],
    ['Certified Kubernetes Application Developer (CKAD) · The Linux Foundation · Issued Mar 2021'],
  ])('no credential ID without a token with a digit: %s', (text) => {
    expect(found(id, text)).toEqual([]);
  });

  it('needs a label for plain numbers', () => {
    expect(found(id, 'Managed 4821377 records')).toEqual([]);
    // A letter prefix needs its digits right after the dash.
    expect(found(id, 'Ghana Card holder since 2019; ID: ABC-DEF review')).toEqual([]);
    expect(found(id, 'Cost center 12345; Epic games 2019 release; Status: Active since 2019')).toEqual([]);
    // "#" numbers an issue, a rank or a ticket, or no licence is named on its line.
    expect(found(id, 'Fix certificate validation (#12345)')).toEqual([]);
    expect(found(id, 'Licensed under MIT, see PR #45678')).toEqual([]);
    expect(found(id, 'Ranked #1 in sales; order #1234567 shipped')).toEqual([]);
    // The new labels need their own word: "citizenship" and "identity" only with "number" or "No.".
    expect(found(id, 'Ran 12 citizenship 2019-2020 workshops; identity 2021-2022 rollout')).toEqual([]);
    expect(found(id, 'Nicole 12345 and Nicaragua 2019-2020; SSSD 12345')).toEqual([]);
    expect(
      found(id, 'Member, PPS Committee 2019 budget 12000; PPSR 12345 filing; ID cards 12345 printed'),
    ).toEqual([]);
    expect(found(id, 'Heroku 2019-2021, Amazon 2018-2020, Irish 12345 runners, Egnyte 2019-2022')).toEqual(
      [],
    );
    // Spaces join a number's groups only after the labels of numbers written that way; a dot only before a digit.
    expect(found(id, 'Employee ID: 48213 2019 review')).toEqual(['48213']);
    expect(found(id, 'RG 1.234 and Rugby 2019-2021. Certified 2020.')).toEqual([]);
    expect(found(id, 'Account 12345. Next')).toEqual(['12345']);
    // Four digits alone, or with too few letters, are a year or a code.
    expect(found(id, 'ID: 2019 intake; Account: AB1234; Policy: ISO 2700 review')).toEqual([]);
  });
});

describe('id: an Aadhaar number after its label, in groups, is an ID before a phone', () => {
  it.each([
    ['Aadhaar No. : 2345 6789 0123', '2345 6789 0123'],
    ['Aadhar Card No: 2345-6789-0123', '2345-6789-0123'],
  ])('%s', (text, value) => {
    expect(analyze(text).map((s) => `${s.label}:${text.slice(s.start, s.end)}`)).toEqual([`ID:${value}`]);
  });
  it('a phone after a phone label stays a phone', () => {
    const text = 'Mobile: 98470 12345';
    expect(analyze(text).map((s) => s.label)).toEqual(['PHONE']);
  });
});

describe('id: a certificate number and an Irish nurse register PIN', () => {
  it.each([
    ['FAA ATP Certificate No. 3418857, Airplane Multi-Engine Land', ['3418857']],
    ['Commercial Pilot Certificate number: 2291846', ['2291846']],
    ['NMBI PIN: 142857', ['142857']],
    // A certificate named with no number stays as it is.
    ['Leaving Certificate, 2010', []],
  ])('%j', (text, expected) => {
    expect(found(id, text)).toEqual(expected);
  });
});
