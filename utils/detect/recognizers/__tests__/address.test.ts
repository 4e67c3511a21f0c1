import { describe, expect, it } from 'vitest';
import { address } from '../address';
import { found } from './helpers';

describe('address recognizer', () => {
  it.each([
    ['The title refers to C/ Señores Curas 88 street', ['C/ Señores Curas 88']],
    ['Send it to Rúa do Paseo 46, please', ['Rúa do Paseo 46']],
    // Brazil's order: the street, a comma, the number; the flat ("apto", French "app.") and the CEP label.
    ['Rua das Laranjeiras, 245, apto 302', ['Rua das Laranjeiras, 245', 'apto 302']],
    ['Av. Paulista, 1578 - Bela Vista', ['Av. Paulista, 1578']],
    ['Rio de Janeiro – RJ, CEP 22240-003', ['22240-003']],
    // Mexico's postcode labels and a Spanish floor ("Piso") or flat ("Depto.") after the street.
    ['Col. Roma Norte, C.P. 06700, Cuauhtémoc', ['06700']],
    ['Código Postal: 03920', ['03920']],
    // (The street's match runs on to the floor's word; the two spans merge in the analyzer.)
    ['Av. Insurgentes Sur 1457, Piso 8', ['Av. Insurgentes Sur 1457, Piso', 'Piso 8']],
    ['Calle Durango 12, Depto 5', ['Calle Durango 12, Depto', 'Depto 5']],
    ['1234, rue Saint-Denis, app. 5', ['1234, rue Saint-Denis', 'app. 5']],
    ['Linda  1234 Cobblestone Drive  Piccadilly', ['1234 Cobblestone Drive  Piccadilly']],
    ['lives at 86036 Rua do Arenque 1634, Goiânia', ['86036 Rua do Arenque 1634, Goiânia']],
    // Irish-language street words after the house number, with the name's particles.
    ['14 Bóthar na Trá, Gaillimh', ['14 Bóthar na Trá, Gaillimh']],
    ['22 Sráid an Mhuilinn, Corcaigh', ['22 Sráid an Mhuilinn, Corcaigh']],
    ['Seoladh: 7 Páirc an Chrócaigh, Luimneach', ['7 Páirc an Chrócaigh, Luimneach']],
    ['28245 Puruntie 82 Apt. 595', ['28245 Puruntie 82 Apt. 595']],
    ['Address: Thereses gate 14, 0168 Oslo', ['Thereses gate 14, 0168 Oslo']],
    ['Lange Straat 12 in Utrecht', ['Lange Straat 12']],
    // Street words abbreviated as US, British and Australian addresses write them.
    ['742 Evergreen Terr., Springfield', ['742 Evergreen Terr., Springfield']],
    ['14 Beach Pde, Coogee', ['14 Beach Pde, Coogee']],
    ['9 Rosewood Gdns, 31 Maple Hts, 5 Kestrel Crt', ['9 Rosewood Gdns', '31 Maple Hts', '5 Kestrel Crt']],
    ['Postadresse: 0168 Oslo', ['0168']],
    // After a postcode's own label.
    ['PLZ 8004 Zürich; CAP 20121 Milano', ['8004', '20121']],
    ['PSC 0729, Box 5797\nAPO AP 96854', ['PSC 0729, Box 5797\nAPO AP 96854']],
    [
      '6185 Pfarrgasse 91 Suite 170 MITTERLOBMING Austria 26759 after the concert',
      ['6185 Pfarrgasse 91 Suite 170 MITTERLOBMING Austria 26759'],
    ],
    [
      'send it to the corner of Kuusiku 7 and Alexander Flat? I am',
      ['the corner of Kuusiku 7 and Alexander Flat'],
    ],
    ['Pflugerville, Texas 78660 voice', ['78660']],
    ['Towson, MD 21204', ['21204']],
    ['Birmingham B18 6NF England', ['B18 6NF']],
    // Irish Eircodes, Australian postcodes after SA, WA and NT.
    ['Ballincollig, Co. Cork, P31 X2Y7', ['P31 X2Y7']],
    ['Dublin 2, D02 X285', ['D02 X285']],
    ['Adelaide SA 5000', ['5000']],
    ['Perth WA 6000', ['6000']],
    ['Darwin NT 0800', ['0800']],
    // Australia's states and territories written out, a postcode in the state's ranges after them.
    ['Canberra, Australian Capital Territory 2600', ['2600']],
    ['Darwin, Northern Territory 0800 | 0412 555 018', ['0800']],
    // Numbered streets, with a compass letter before them.
    ['Home: 221 W 57th St, New York', ['221 W 57th St, New York']],
    ['1200 E 42nd Street', ['1200 E 42nd Street']],
    // A year after a postcode, or opening a date range, ends the address.
    ['221 Elm Street\nSpringfield, IL 62704\n2015 – 2018', ['221 Elm Street\nSpringfield, IL 62704']],
    ['526 West 27th Street | Tallahassee, Florida | 32306  2003  Salary', ['526 West 27th Street']],
    ['Chennai - 600121 Mobile', ['600121']],
    // An en or em dash between the town and its PIN.
    ['No. 14, 3rd Main Road, Anna Nagar West, Chennai – 600040', ['14, 3rd Main Road', '600040']],
    ['Chennai — 600 040', ['600 040']],
    // Quebec's street words after the house number.
    [
      '3500 Boul. de Maisonneuve O, Montréal, QC H3Z 3C1',
      ['3500 Boul. de Maisonneuve O, Montréal, QC', 'H3Z 3C1'],
    ],
    ['12 rang Saint-Joseph, Sainte-Marie', ['12 rang Saint-Joseph, Sainte-Marie']],
    // French house-number suffixes (bis, ter), spaced or glued.
    ['12 bis, rue des Capucins, Lyon', ['12 bis, rue des Capucins, Lyon']],
    ['Adresse : 7ter avenue Jean Jaurès', ['7ter avenue Jean Jaurès']],
    // A layout's block or stage after the locality goes on to the town and the PIN.
    [
      '#45, 2nd Main Road, Jayanagar 4th Block, Bangalore-560011',
      ['45, 2nd Main Road, Jayanagar 4th Block, Bangalore-560011'],
    ],
    [
      '12, 9th Cross, JP Nagar 2nd Phase, Bengaluru 560078',
      ['12, 9th Cross, JP Nagar 2nd Phase, Bengaluru 560078'],
    ],
    // A PIN after a state of two words.
    ['Tirupati, Andhra Pradesh - 517501\nMobile', ['517501']],
    ['Coimbatore, Tamil Nadu 641004', ['641004']],
    ['ZIP: 3520', ['3520']],
    ['D.No 12-4-56 Gandhi Nagar, Vijayawada', ['12-4-56 Gandhi Nagar, Vijayawada']],
    ['send it to USNS Kettleby FPO AA 65728?', ['USNS Kettleby FPO AA 65728']],
    ['The bus station is on Pod Floriánem 1677', ['Pod Floriánem 1677']],
    ['early shows on Marina Fort Street were important', ['Marina Fort Street']],
    ['eva lives at 255 hersnapvej 18, københavn k', ['255 hersnapvej 18']],
    // Hungarian street words after the name, also in lower case; the sentence's words stay out.
    ['Iroda: Szeged, Kárász utca 14.', ['Kárász utca 14.']],
    ['we meet at Petőfi Sándor út 7 tomorrow', ['Petőfi Sándor út 7']],
    ['please enter on szilvás út 21. then turn left', ['szilvás út 21.']],
    // Indonesian and Malay streets ("Jl.", "Jalan"), house and block numbers of South and Southeast Asia.
    ['Alamat: Jl. Merdeka No. 45, Bandung', ['Jl. Merdeka No. 45, Bandung']],
    // The section's number after the slash belongs to the street, and the town after it to the address.
    ['No. 23, Jalan SS 2/75, Petaling Jaya', ['Jalan SS 2/75, Petaling Jaya']],
    ['House # 45, Street 7, Islamabad', ['House # 45']],
    ['Hse No 12, Adenta, Accra', ['Hse No 12']],
    ['Blk 5 Lot 12, Cainta', ['Blk 5']],
    // European address lines: street, house number, comma, postcode and town, without a street word.
    ['Avenue Louise 231, 1050 Bruxelles', ['Avenue Louise 231, 1050 Bruxelles']],
    ['Vinohradská 1234/56, 120 00 Praha 2', ['Vinohradská 1234/56, 120 00 Praha 2']],
    ['Nørrebrogade 45, 2. th., 2200 København N', ['Nørrebrogade 45, 2. th., 2200 København N']],
    ['• Odos Ermou 25, 105 63 Athens', ['Odos Ermou 25, 105 63 Athens']],
    ['Adres: ul. Polna 10/4, 00-590 Warszawa', ['ul. Polna 10/4, 00-590 Warszawa']],
    ['Am Sandtorkai 1, D-20457 Hamburg', ['Am Sandtorkai 1, D-20457 Hamburg']],
    ['Rua Augusta 120, 2.º Esq., 1100-053 Lisboa', ['Rua Augusta 120, 2.º Esq., 1100-053 Lisboa']],
    ['Corso Vittorio Emanuele II 21, 10123 Torino', ['Corso Vittorio Emanuele II 21, 10123 Torino']],
    ['Prinsengracht 263, 1016 GV Amsterdam', ['Prinsengracht 263, 1016 GV Amsterdam']],
    // The same with the postcode on the next line or in the next field of a contact line (a town of the gazetteer).
    ['Lotte Peeters\nMeir 10\n2000 Antwerpen', ['Meir 10\n2000 Antwerpen']],
    ['Lotte Peeters · Meir 10 · 2000 Antwerpen · +32 470 12 34 56', ['Meir 10 · 2000 Antwerpen']],
    ['Anna Nowak\nul. Polna 10/4\n00-590 Warszawa', ['ul. Polna 10/4\n00-590 Warszawa']],
    // A written date's year before the English "via" is no house number.
    ['Applied Mar 3, 2024 via LinkedIn', []],
    ['Referred on 3 March 2024 via Greenhouse', []],
    // Not a tool's, a section's or an English word's number.
    ['Skills · Python 3 · 2000 Antwerpen', []],
    ['Chapter 3\n2000 Antwerpen', []],
    ['Software Engineer 2\n2019 – 2021', []],
    // Japanese block addresses on a line that names a ward or city with its suffix.
    ['〒150-0001 Tokyo-to, Shibuya-ku, Jingumae 2-11-3', ['Jingumae 2-11-3']],
    ['2-11-3 Jingumae, Shibuya-ku, Tokyo', ['2-11-3 Jingumae']],
    // A house number after "nr." (Romania) or "No:" (Turkey) on a street's line, with its units.
    [
      'Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, ap. 14, Sector 3, București',
      ['Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, ap. 14, Sector 3, București'],
    ],
    ['Domiciliu: Bd. Unirii nr 7, bl. 3, ap. 12', ['Bd. Unirii nr 7, bl. 3, ap. 12']],
    // The building, staircase, floor and flat after a street with its number, and the postcode and town.
    [
      'Strada Lalelelor 14, bl. C3, sc. 1, et. 4, ap. 22, 400123 Cluj-Napoca',
      ['Strada Lalelelor 14, bl. C3, sc. 1, et. 4, ap. 22, 400123 Cluj-Napoca'],
    ],
    // (A lower-case word after the block is no unit: "et al." ends it.)
    ['Hauptstraße 5, 10115 Berlin, et al. 2019', ['Hauptstraße 5, 10115 Berlin']],
    ['Atatürk Cad. No: 15 Daire: 4, Kadıköy/İstanbul', ['Atatürk Cad. No: 15 Daire: 4, Kadıköy/İstanbul']],
    ['Bağdat Mah. Gül Sok. No: 7/3, Kadıköy', ['Bağdat Mah. Gül Sok. No: 7/3, Kadıköy']],
    ['Kaya Mah. 1453. Sok. No: 12 D: 3 Çankaya/Ankara', ['Kaya Mah. 1453. Sok. No: 12 D: 3 Çankaya/Ankara']],
    [
      'Cumhuriyet Mahallesi, İnönü Caddesi No:23/5 Şişli/İstanbul',
      ['Cumhuriyet Mahallesi, İnönü Caddesi No:23/5 Şişli/İstanbul'],
    ],
    [
      'Str. Avram Iancu, nr. 5, ap. 2, Cluj-Napoca, jud. Cluj',
      ['Str. Avram Iancu, nr. 5, ap. 2, Cluj-Napoca, jud. Cluj'],
    ],
    [
      "7F, No. 3, Aly. 5, Ln. 100, Sec. 4, Ren'ai Rd., Taipei",
      ["7F, No. 3, Aly. 5, Ln. 100, Sec. 4, Ren'ai Rd., Taipei"],
    ],
    // Taiwan's romanised order: the number, lanes and sections, then the road.
    [
      // (The analyzer's postal block adds "Taipei City 106".)
      "No. 12, Ln. 34, Sec. 2, Zhongshan Rd., Da'an Dist., Taipei City 106",
      ["No. 12, Ln. 34, Sec. 2, Zhongshan Rd., Da'an Dist."],
    ],
    ['12F., No. 88, Sec. 1, Xinyi Rd., Xinyi Dist.', ['12F., No. 88, Sec. 1, Xinyi Rd., Xinyi Dist.']],
    // A street wrapped onto the next line, its street word ending the line or before a comma.
    ['1234 Cobblestone\nDrive, Austin TX 78701', ['1234 Cobblestone\nDrive, Austin TX 78701']],
    ['Home: 42 Wallaby\nWay\nSydney', ['42 Wallaby\nWay\nSydney']],
    ['Meet at 10:30, 221 Baker Street', ['221 Baker Street']],
    // New Zealand's rural delivery number inside the block.
    ['455 Old Coach Road, RD 2, Warkworth 0982', ['455 Old Coach Road, RD 2, Warkworth 0982']],
    // Still numbered streets: no unit's word before either number.
    ['Home: 6750 Koskikatu 25', ['6750 Koskikatu 25']],
    ['Patrol Leader; home 1200 Lakewood Court 4', ['1200 Lakewood Court 4']],
    ['Address: 12-14 rue Lamartine, Paris', ['12-14 rue Lamartine, Paris']],
    // A unit's number before a numbered street is no phone's group.
    ['Suite 913 0547 Bygget 91', ['Suite 913', '0547 Bygget 91']],
    // A Gulf villa's number.
    ['Address: Villa No. 7, Al Rawda 2, Ajman', ['Villa No. 7, Al Rawda 2, Ajman']],
    // A street after a blank line, below a line that ends in a number.
    ['Bachelor of Commerce, 2019\n\n14 Jacaranda Street, Sunnyside', ['14 Jacaranda Street, Sunnyside']],
    ['Ref. 2456\n\n14 Jacaranda Street', ['14 Jacaranda Street']],
    ['Melbourne, Victoria 3000', ['3000']],
    ['Springfield, Ohio 45501', ['45501']],
    // A ZIP+4 after a state stays whole.
    ['Oakland, CA 94612-1234', ['94612-1234']],
  ])('%s', (text, expected) => {
    expect(found(address, text)).toEqual(expected);
  });

  it.each([
    ['Joined in March 2019 London office'],
    ['We ran 12 bis repetitions, rue the day'],
    ['Managed 2500 Chicago accounts'],
    // A number label without a street word, or with a job's words.
    ['Invoice nr. 12345 paid'],
    ['Team No. 5, Sec. 2 of the league'],
    ['Won award No. 3, Section 4 of the rules'],
    ['Ranked No: 1 in the region'],
    ['Used bash gate 3 times'],
    ['Tequila bar, Venice Beach, CA 2010-Present'],
    // A range of years after a state is the job's dates, no ZIP+4 (which has five digits first).
    ['Nurse, Kaiser Permanente, Oakland, CA, 2015-2020'],
    // An Australian state, then a year that opens a date range: the dates, no postcode.
    ['Teacher, TAFE NSW, 2019 – 2022'],
    ['Nurse, Royal Perth Hospital, WA 2016 to present'],
    ['RN, Mount Sinai Hospital, New York, NY 2014-2016'],
    ['Consultant 6/1/1998 - 9/1/2004 The Education Place New Parkland'],
    ['The office is on Windows 10 machines'],
    // Not an Eircode (no letter and digit mixed in the identifier), not a postcode after SA or WA.
    ['the V12 ABCD engine'],
    ['model T12 2024 release'],
    ['Seattle, WA 2019 – Present'],
    ['Joined SA 2010'],
    // A year after a comma is a date, not a postcode ("Vienna 1010" is one).
    ['Acme GmbH, Vienna, 2019'],
    ['Santiago, Chile, 1972, and the Board'],
    // A year that opens a date range after a region is no postcode.
    ['Fort Worth, Texas  1991  1998  Medical Society'],
    ['Austin, Texas   2015 – 2018'],
    // A count of rankings is no numbered street.
    ['Won 3 1st Place awards at hackathons'],
    ['ranked 3 in 2nd Street Fair'],
    // A unit's number (a scout troop or pack, a veterans' post, a union local) is no house number.
    ['Patrol Leader, Troop 123 Plano\nTroop 45 Eagle Scout'],
    ['Pack 301 Cubmaster\nTroop 88 Scouts BSA'],
    ['Member, VFW Post 1021 Lakewood Chapter 12'],
    ['Shop Steward, Local 104 Seattle Local 17'],
    // A date's last number before "via" is no house number.
    ['Applied on 03/03/2024 via Careers page'],
    ['Sourced 2024-03-03 via Referral'],
    // Four digits after a US state are a year: ZIP codes have five.
    ['Eagle Scout, Lakewood, Ohio 2012'],
    ['Volunteer, Austin, Texas 2019'],
    // Four digits outside the written-out Australian state's postcode ranges are no postcode.
    ['Volunteer, Darwin, Northern Territory 2019'],
    ['Ranger, Kakadu, Northern Territory 2015 – 2018'],
    ['Canberra, Australian Capital Territory 3000 metres'],
    // No street across a blank line, nor a doctor's title taken for a drive.
    ['Certificate, PreK-4\n\nREFERENCES\nDr. Margaret Ellis'],
    ['Certificate, PreK-4\nREFERENCES\nDr. Margaret Ellis'],
    ['Certificate 2456\n\n14\n\nREFERENCES\nDr. Margaret Ellis'],
    ['Full house of 45 attendees; block 5 of the plan'],
    // A year after a region of two words is no postcode (only a six-digit PIN is).
    ['Led the Uttar Pradesh 2019 launch'],
    // Not a European address line: a sentence, a year range, a count in a job line.
    ['We shipped release 3, 2019 Berlin summit'],
    ['Led the migration of 40 services, 2018 Oslo – 2020'],
    ['Software Engineer, Team 12, 2019 Munich – 2021'],
    ['Managed budget of 25, 1000 Users'],
    // Three small numbers with hyphens, without a Japanese ward or city on the line.
    ['Won the final 2-11-3 against Osaka'],
    // A time's minutes are no house number; a street does not run on into the next line's words.
    ['10:42 AM\nView Maxence Quiberon’s profile'],
    ['Call booked for 9:30 Park Avenue office'],
    ['Endorsed by 12 Colleagues\nView all endorsements'],
    ['Score 4 Strong\nPoint of view from the panel'],
    // The last group of a phone number and the next line's words are no numbered street.
    ['021 456 7890\nNCEA Level 3 with Merit'],
    ['Supporter of Aston Villa since childhood; Villa Park tours'],
    ['Mobile: 0412 345 678\nSenior Developer Level 2 on-call'],
    // A street word with no name after it is no street.
    ['Won 3 Plás awards at the feis'],
    ['Bought 2 Avenue tickets for the show'],
    // A year after the street's comma is the entry's date, no house number; an app is no flat.
    ['Calle Mayor, 2019 – 2021'],
    ['Built the mobile app 5 times faster'],
    // An ATS feed's ID ending its line, then a dated event: no numbered street.
    ['Requisition 12345\nApplied Mar 3, 2024 via LinkedIn'],
    ['Req 48213\nMoved to Onsite Sep 12'],
  ])('no address in %s', (text) => {
    expect(found(address, text)).toEqual([]);
  });

  it('stays bounded on text without line breaks', () => {
    const text = `12 ${'Big Word '.repeat(300)}Street`;
    for (const s of address.analyze(text, {})) expect(s.end - s.start).toBeLessThan(200);
  });
});

describe('labelled postcodes', () => {
  it('reads "my zip code is"', () => {
    expect(found(address, 'My zip code is 76400')).toEqual(['76400']);
  });
});

describe('address fields', () => {
  const fieldSpans = (text: string) =>
    address
      .analyze(text, { defaultRegion: 'US' })
      .filter((s) => s.score === 0.85)
      .map((s) => text.slice(s.start, s.end));

  it.each([
    [
      'Address: Flat 3, 12 Kingsway, Manchester M19 2LL\nPhone: 0161 496 0000',
      'Flat 3, 12 Kingsway, Manchester M19 2LL',
    ],
    ['Anschrift: Musterstraße 12, 10115 Berlin', 'Musterstraße 12, 10115 Berlin'],
    ['Dirección: Calle Mayor 5, 3º B, 28013 Madrid', 'Calle Mayor 5, 3º B, 28013 Madrid'],
    [
      'Current Address: House No. 24, Sector 15, Gurugram, Haryana 122001  Mobile: 98765 43210',
      'House No. 24, Sector 15, Gurugram, Haryana 122001',
    ],
    [
      'ADDRESS - Blk 123 Ang Mo Kio Ave 3, #05-123, Singapore 560123 | Email: x@y.test',
      'Blk 123 Ang Mo Kio Ave 3, #05-123, Singapore 560123',
    ],
    [
      'Address: Plot 12, Admiralty Way, Lekki Phase 1, Lagos Tel: 0801 234 5678',
      'Plot 12, Admiralty Way, Lekki Phase 1, Lagos',
    ],
    // A table's cells: the label, then " | " or a tab.
    [
      'Name | Arjun Mehta\nAddress | Flat 302, Sai Krupa Apartments, Andheri East, Mumbai 400069',
      'Flat 302, Sai Krupa Apartments, Andheri East, Mumbai 400069',
    ],
    [
      'Permanent Address\tFlat 302, Sai Krupa Apartments, Andheri East, Mumbai 400069\tPhone\t+91 98201 55555',
      'Flat 302, Sai Krupa Apartments, Andheri East, Mumbai 400069',
    ],
  ])('%s', (text, value) => {
    expect(fieldSpans(text)).toContain(value);
  });

  it.each([
    ['Email Address: ada@quist.test'],
    ['IP address: 10.0.0.12'],
    ['Address: available on request'],
    ['We address 12 customer issues a day'],
    ['Email Address | ada@quist.test | IP Address\t10.0.0.12'],
    ['Address | Phone | Email\nRoad\t12 km'],
  ])('no address field in %s', (text) => {
    expect(fieldSpans(text)).toEqual([]);
  });
});

describe('Colombian addresses: a street type and number, "#" or "No.", the crossing and the door', () => {
  it.each([
    ['Cra. 15 #93-47, Bogotá D.C. | +57 310 555 1234', 'Cra. 15 #93-47'],
    ['Calle 100 # 19-61, Apto 502, Bogotá', 'Calle 100 # 19-61, Apto 502'],
    ['Carrera 7 No. 45-10, Medellín', 'Carrera 7 No. 45-10'],
    ['Av. Calle 26 # 68-35', 'Av. Calle 26 # 68-35'],
    ['Transversal 5 # 12A-20, Cali', 'Transversal 5 # 12A-20'],
  ])('%s', (text, value) => {
    expect(found(address, text)).toContain(value);
  });

  it.each([
    ['Ranked #1-2 in class; Team No. 4-5 winners'],
    ['Measured Cl 3 #4-5 cells; Av 12 hours'],
    ['Calle 13 concert tickets #12'],
  ])('no Colombian address in %s', (text) => {
    expect(found(address, text).filter((s) => s.includes('#') || s.includes('No'))).toEqual([]);
  });
});

describe('address: a citation\'s "et al." is no Polish avenue', () => {
  it.each([
    ['[6] Okafor C, et al. Membrane transport. Biophys J. 2021.'],
    ['Lindqvist, B., et al. Solvent cages in 3 steps. 2019'],
  ])('no address in %s', (text) => {
    expect(found(address, text)).toEqual([]);
  });
  it.each([
    ['Adres: al. Jerozolimskie 123, 00-001 Warszawa', 'al. Jerozolimskie 123'],
    ['al. Niepodległości 44, Kraków', 'al. Niepodległości 44'],
  ])('%s', (text, street) => {
    expect(found(address, text).some((v) => v.startsWith(street))).toBe(true);
  });
});

describe('address: a number that ends the line before is no house number of a street on the next', () => {
  it.each([
    ['RG: 12.345.678-9\nRua das Flores, 120, apto 42', 'Rua das Flores, 120'],
    ['Tel. 600 111 222\nCalle Mayor 12, Zaragoza', 'Calle Mayor 12'],
    ['Ref. 2019 5\nRue de la Paix 7', 'Rue de la Paix 7'],
  ])('%s', (text, street) => {
    const got = found(address, text);
    expect(got.some((v) => v.startsWith(street))).toBe(true);
    expect(got.some((v) => v.includes('\n'))).toBe(false);
  });
  it.each([
    ['12 Rue de la Paix, Paris', '12 Rue de la Paix'],
    ['Domicilio: 5 Calle Mayor 12', 'Calle Mayor 12'],
  ])('a number on the line stays: %s', (text, street) => {
    expect(found(address, text).some((v) => v.includes(street))).toBe(true);
  });
});

describe('address: Polish postcodes and flat numbers', () => {
  it.each([
    ['ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa', ['ul. Marszałkowska 84/92 m. 15', '00-514']],
    ['Anna Kowalska\n80-831 Gdańsk', ['80-831']],
  ])('%s', (text, expected) => {
    expect(found(address, text)).toEqual(expected);
  });
  it.each([
    // A range or a count before a town, not after a line's start, comma or colon.
    ['Wzrost sprzedaży 12-150 Warszawa'],
    ['2010-2015 Kraków'],
  ])('no postcode in %s', (text) => {
    expect(found(address, text)).toEqual([]);
  });
});

describe('address: a number before a month and a year is no street', () => {
  it.each([['07700 900456 Jan 2019 - Present'], ['Tel: 07700 900456 Mar 2018']])(
    'no address in %s',
    (text) => {
      expect(found(address, text)).toEqual([]);
    },
  );
  it.each([['Flat 2, 560034 Koramangala Main Road 5']])('a numbered street stays: %s', (text) => {
    expect(found(address, text).length).toBeGreaterThan(0);
  });
});

describe('address: a month’s day and year are no unit and house number', () => {
  it.each([
    ['Nov 2, 2026 Summer Lane'],
    ['Applied Nov 2, 2026\nOak Street Partners'],
    ['March 14 2025 Rose Hill'],
  ])('nothing in %s', (text) => {
    expect(found(address, text)).toEqual([]);
  });
  it.each([
    ['Unit 2, 2026 Summer Lane', ['Unit 2, 2026 Summer Lane']],
    ['2026 Summer Lane', ['2026 Summer Lane']],
  ])('%s', (text, expected) => {
    expect(found(address, text)).toEqual(expected);
  });
});

describe('address: British and Irish waterfront streets', () => {
  it.each([
    ['Home address\n14 Claddagh Quay, Galway H91 X2C4\n', '14 Claddagh Quay, Galway'],
    ['Office: 2 Victoria Embankment, London', '2 Victoria Embankment'],
    ['Flat 4, 17 Marine Esplanade', '17 Marine Esplanade'],
    ['Lives at 9 Kirk Wynd, Kirkcaldy', '9 Kirk Wynd'],
  ])('%s', (text, expected) => {
    expect(found(address, text).join(' ')).toContain(expected);
  });
});

describe('address: a postcode before its town after a separator', () => {
  it.each([
    ['Priya V · 10115 Berlin · priya@mailbox.test', ['10115']],
    ['Senior Engineer | 75008 Paris | 2019 – 2022', ['75008']],
    // A count before a town and a noun stays.
    ['Grew revenue · 3000 Sydney customers', []],
  ])('%j', (text, expected) => {
    expect(found(address, text)).toEqual(expected);
  });
});

describe('address: a Philippine ZIP code after a city', () => {
  it.each([
    ['Blk 7 Lot 22, Brgy. Talon Dos, Las Piñas City 1747', ['1747']],
    ['Quezon City, 1100 · +63 917 555 2234', ['1100']],
    // A year after a city is a date, and a number that goes on is no ZIP code.
    ['Senior Analyst, Mexico City 2019', []],
    ['Agent, Kansas City 2015 – 2019', []],
  ])('%j', (text, expected) => {
    expect(found(address, text).filter((s) => /^\d{4}$/.test(s))).toEqual(expected);
  });
});
