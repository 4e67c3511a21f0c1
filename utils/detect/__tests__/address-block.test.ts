import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

/** What is masked (any label: an address block may merge with a place or a name found inside it). */
const addresses = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));

describe('address blocks', () => {
  it.each([
    // A lower-case town and its postal district's letter.
    ['eva lives at 255 hersnapvej 18, københavn k', '255 hersnapvej 18, københavn k'],
    [
      'please send it to 05405 Wesselényi u. 94.\nSuite 741\nÖntésmajor\nHungary 18695? I am away',
      '05405 Wesselényi u. 94.\nSuite 741\nÖntésmajor\nHungary 18695',
    ],
    [
      'It is in 0269 Stensås terrasse 38 Suite 621 ARENDAL Norway',
      '0269 Stensås terrasse 38 Suite 621 ARENDAL Norway',
    ],
    [
      'Meet me at 12 Vanterra Crossroad Apt. 322 Höfn Iceland 72399 after',
      '12 Vanterra Crossroad Apt. 322 Höfn Iceland 72399',
    ],
    [
      'the corner of 35 Pentelis Str. and Waechter Turnpike',
      'the corner of 35 Pentelis Str. and Waechter Turnpike',
    ],
    [
      'Our offices are at 6076 Piroska u. 97. Porto Alegre , RS Brazil 95828',
      '6076 Piroska u. 97. Porto Alegre , RS Brazil 95828',
    ],
    // The last comma part of the address's line is its town, even with an English word in it.
    ['lives at 412 17 Rue des Tanneurs, Cite Oudrane', '412 17 Rue des Tanneurs, Cite Oudrane'],
    ["write to 9 rue de la gare, cite de l'oranger\nthanks", "9 rue de la gare, cite de l'oranger"],
    ['lives at 14 hvidovrevej 8, vestrup k', '14 hvidovrevej 8, vestrup k'],
    ['she lives at 77 Marnos Str., Pelendria', '77 Marnos Str., Pelendria'],
    // A town's particle and the rest of its name after the anchor's last word.
    ['sent to 41 Harbour St\nVila do Conde, PT 4480', '41 Harbour St\nVila do Conde, PT 4480'],
    ['meet at 12 Lindgasse 4, Weil am Rhein', '12 Lindgasse 4, Weil am Rhein'],
    // A year after the postcode, or opening a date range, is the entry's date, no part of the block.
    ['Acme Corp, Suite 741\nSpringfield, IL 62704  2003 – 2008  Analyst', 'Suite 741\nSpringfield, IL 62704'],
    ['PO Box 12\nSpringfield, 62704\n2015 – 2018 Analyst', 'PO Box 12\nSpringfield, 62704'],
    // A year alone or a month's date opening the next line opens the next entry.
    ['12 Quenby Road, Leeds LS6 2AB\n2019\nBSc Computing', '12 Quenby Road, Leeds LS6 2AB'],
    ['Flat 3, 12 Kingsway, Manchester M19 2LL\nSept 2019 – June 2021', 'Kingsway, Manchester M19 2LL'],
    ['14 Rue de Lyon\n75012 Paris\n2018 – 2020 Analyste', '14 Rue de Lyon\n75012 Paris'],
    ['Suite 4, 88 Harbour Road, Cork\nJan 5, 2019 Applied', 'Suite 4, 88 Harbour Road, Cork'],
    // A postcode like a year before its town on the next line goes on.
    ['Flat 2, 14 Lange Street\n2000 Antwerpen', 'Flat 2, 14 Lange Street\n2000 Antwerpen'],
    // A job's title on the next line, under the employer's address, opens the entry.
    [
      'Quenby Widgets Inc.\n12 Main Street, Springfield, IL 62701\nSenior Accountant\n2018 - 2021',
      '12 Main Street, Springfield, IL 62701',
    ],
    [
      'Farrowdale Agency\n4700 River Road, Riverdale, MD 20737\nManagement and Program Analyst, GS-0343-12',
      '4700 River Road, Riverdale, MD 20737',
    ],
    [
      'Quenby Widgets Inc.\n12 Main Street\nSpringfield, IL\nStaff Accountant, 2018',
      '12 Main Street\nSpringfield, IL',
    ],
    // A section's heading on the next line opens the next section.
    [
      'ul. Długa 15/3, 31-147 Kraków\nWykształcenie\n2013 – 2018 Uniwersytet',
      'ul. Długa 15/3, 31-147 Kraków',
    ],
    [
      'Avenue Louise 231, 1050 Bruxelles\nExpérience professionnelle\n2019 – 2021',
      'Avenue Louise 231, 1050 Bruxelles',
    ],
    // Lower-case bullets: a town line before a country line.
    [
      '??? 12 rue du moulin 4\n??? apt. 7\n??? ormeval\n??? belgium 4020',
      'apt. 7\n??? ormeval\n??? belgium 4020',
    ],
    // A cross street before a street that starts with its name.
    ['Please send it to: Maarit and Hersnapvej 75', 'Maarit and Hersnapvej 75'],
    // Text in lower case: the house number after the street, a town the gazetteer lacks before a country.
    ['address:\n106 rúa olmos 44, belfast, south africa.', '106 rúa olmos 44, belfast, south africa.'],
    [
      'meet me at 2613 avenida praia 1 suite 463, mohács, hungary 24743',
      '2613 avenida praia 1 suite 463, mohács, hungary 24743',
    ],
    [
      'located at 704 1436 Redbud Drive Cite Essanaouber , 32 60810. It serves',
      '704 1436 Redbud Drive Cite Essanaouber',
    ],
    ['name: hyuuma t. maida address: unit 4526 box 0671 dpo ap 40902', 'unit 4526 box 0671 dpo ap 40902'],
    ['ZIP: 394 13', '394 13'],
    // The rest of the house number after the street: a door after "/" or "-", a Belgian box.
    ['Keizersgracht 123-II\n1015 CJ Amsterdam', 'Keizersgracht 123-II\n1015 CJ Amsterdam'],
    ['Lindengasse 5/2/14, A-1070 Wien', 'Lindengasse 5/2/14, A-1070 Wien'],
    ['Kerkstraat 15 bus 3, 2000 Antwerpen', 'Kerkstraat 15 bus 3, 2000 Antwerpen'],
    [
      '??? Opencounter\n??? 83854 Strickstrasse 61\n??? Suite 292\n??? Zuoz\n??? Switzerland 53730',
      '83854 Strickstrasse 61\n??? Suite 292\n??? Zuoz\n??? Switzerland 53730',
    ],
    ['ZIP: 7412 SL', '7412 SL'],
    // Gulf addresses number their villas, buildings, streets and zones.
    ['Villa 14, Street 22, Al Khobar, KSA', 'Villa 14, Street 22, Al Khobar, KSA'],
    ['Building 18, Street 23, Zone 45, Doha', 'Building 18, Street 23, Zone 45, Doha'],
    // Brazilian addresses split neighbourhood, town and state with spaced dashes.
    [
      'Rua Doutor Arnaldo, 455, apto 82 – Pinheiros – São Paulo/SP – CEP 05410-000',
      'Rua Doutor Arnaldo, 455, apto 82 – Pinheiros – São Paulo/SP',
    ],
    ['Av. Paulista, 1578 - Jardins - São Paulo', 'Av. Paulista, 1578 - Jardins - São Paulo'],
    ['Flat 3, 22 Elm Road - Manchester - M14 5TT', 'Flat 3, 22 Elm Road - Manchester'],
  ])('%s', (text, block) => {
    expect(addresses(text)).toContain(block);
  });

  it.each([
    ['221 Baker Street, London – Software Engineer at Acme', '221 Baker Street, London'],
    ['14 Elm Road, Leeds - 2019 - 2021', '14 Elm Road, Leeds'],
    ['12 Main Street, Springfield – Present', '12 Main Street, Springfield'],
    // An e-mail's local part after the postcode is no town.
    [
      '45 Quenby Rd. - Springfield, IL 62704    Wuckert.Keeley@lfan.net',
      '45 Quenby Rd. - Springfield, IL 62704',
    ],
    // An ATS form's next label, on its own line above a date: the date's day is no postcode.
    [
      'Address\nCalle de Ercilla 24\n48011 Bilbao\nSpain\nDate of Birth\n04/09/1990',
      'Calle de Ercilla 24\n48011 Bilbao\nSpain',
    ],
    [
      'Address\n12 Main Street\nSpringfield, IL 62704\nDate of Birth\n04/09/1990',
      '12 Main Street\nSpringfield, IL 62704',
    ],
  ])('ends at what follows a dash or the block: %s', (text, block) => {
    expect(addresses(text)).toContain(block);
  });

  it('does not take the words of the sentence before the address', () => {
    const text = 'The address of Quillfeather Analytics is 9554 62 Rue Gafsa Apt. 981 Toronto';
    const found = addresses(text);
    expect(found.join(' ')).not.toMatch(/Quillfeather|Analytics| is /);
    expect(found.some((a) => a.includes('Apt. 981'))).toBe(true);
  });

  it.each([
    ['1420 Birchwood Ct, Apt 3B, Fairfax, VA 22030\nDay phone: 703.555.0199', 'VA 22030', 'Day'],
    ['No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor\nH/P: 012-345 6789', 'Selangor', 'H'],
    // A section's heading in capitals after the postcode.
    ['Residential Address: 45 Mandela Drive, Soweto, 1804\nEDUCATION\nMatric: 2008', '1804', 'EDUCATION'],
  ])('stops before a field label that opens the next line: %s', (text, last, label) => {
    const found = addresses(text);
    expect(found.some((a) => a.endsWith(last))).toBe(true);
    expect(found.some((a) => a.includes(`\n${label}`))).toBe(false);
  });

  it('takes no cross street after an English word', () => {
    expect(addresses('We sell Apples and Hersnapvej 75 is our shop').join(' ')).not.toContain('Apples');
  });

  it('stops at a field label or a new sentence after the block', () => {
    expect(
      addresses('9383 ul. Chrzanowska 61 Apt. 4, Rzeszów Poland. It serves great food.').join(' '),
    ).not.toContain('It');
    expect(addresses('Unit 5022 Box 1225\nDPO AE 44085\nMobile: 0688 843 79 56').join(' ')).not.toContain(
      'Mobile',
    );
  });

  it.each([
    [
      '12/48 Church Street, Parramatta NSW 2150 | 0412 345 678\nBachelor of Commerce, 2019',
      '12/48 Church Street, Parramatta NSW 2150',
      '0412 345 678',
    ],
    [
      '14 Jacaranda Street, Sunnyside, Pretoria, 0002 | 082 555 1234\nID Number: 9404150123087',
      '14 Jacaranda Street, Sunnyside, Pretoria, 0002',
      '082 555 1234',
    ],
    ['22 Baker Street, London | 020 7946 0018', '22 Baker Street, London', '020 7946 0018'],
  ])('stops at a phone number after the address: %s', (text, block, phone) => {
    const spans = analyze(text).map((s) => [s.label, text.slice(s.start, s.end)]);
    expect(spans).toContainEqual(['ADDRESS', block]);
    expect(spans).toContainEqual(['PHONE', phone]);
    expect(spans.map(([, t]) => t).join(' ')).not.toMatch(/Bachelor|ID/);
  });

  it.each([
    ['PO Box 12 | Springfield, MA 02134-1234 | 617 555 0100', 'PO Box 12 | Springfield, MA 02134-1234'],
    ['Kungsgatan 12 | 111 43 Stockholm', 'Kungsgatan 12 | 111 43 Stockholm'],
  ])('keeps a ZIP+4 and a postcode of two groups: %s', (text, block) => {
    expect(addresses(text)).toContain(block);
  });

  it('takes no sign-off or organisation as the town that closes the line', () => {
    expect(addresses('I live at 12 Main Street, Thank you').join(' ')).not.toContain('Thank');
    expect(addresses('Office: 12 Main Street, Quorvex Solutions\nCall us').join(' ')).not.toContain(
      'Quorvex',
    );
    expect(addresses('Mail 12 Main Street, Best Regards').join(' ')).not.toContain('Regards');
  });

  it('takes no weekday after "on" as a particle', () => {
    expect(addresses('Meet me at 12 Main St on Monday').join(' ')).not.toContain('Monday');
  });

  it('stops at ordinary words after the block', () => {
    expect(addresses('1234 Cobblestone Drive Suite 5\nPlease call before noon')).toEqual([
      '1234 Cobblestone Drive Suite 5',
    ]);
  });

  it('stops at a school or an organisation on the next line, not at a town named after one', () => {
    // Nothing across the line break, and the job's or the degree's words after the school stay.
    const cases: Array<[string, string | null]> = [
      ['Via Roma 15, 20121 Milano\nPolitecnico di Milano, Laurea Magistrale, 2014 - 2016', 'Laurea'],
      ['Calle Mayor 25, 28013 Madrid\nUniversidad Complutense, Facultad de Economía', null],
      ['Keizersgracht 123, 1015 CJ Amsterdam\nHogeschool Utrecht', null],
      ['12 Harbour Road, Cork\nDeloitte Consulting Group, Analyst', 'Analyst'],
    ];
    for (const [text, kept] of cases) {
      if (kept) expect(addresses(text).join(' ')).not.toContain(kept);
      expect(addresses(text).filter((s) => s.includes('\n'))).toEqual([]);
    }
    expect(addresses('12 Main Street\nCollege Park, MD 20742').join(' ')).toContain('College Park');
    expect(addresses('6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677').join(' ')).toContain(
      '64677',
    );
  });

  it.each([
    // An address on a line of its own under the name, to a town, region or country (and its postcode).
    [
      'Usman Tariq\nHouse # 45, Street 7, G-9/2, Islamabad\nCell: 555-0134',
      'House # 45, Street 7, G-9/2, Islamabad',
    ],
    [
      'Dewi Sari\nJl. Merdeka No. 45, RT 03/RW 05, Kel. Sukajadi, Bandung 40162\nPhone',
      'Jl. Merdeka No. 45, RT 03/RW 05, Kel. Sukajadi, Bandung 40162',
    ],
    [
      'Nur Aisyah\nAddress: No. 23, Jalan SS 2/75, 47300 Petaling Jaya, Selangor\nPhone',
      'No. 23, Jalan SS 2/75, 47300 Petaling Jaya, Selangor',
    ],
    [
      'Cristina Cruz\nBlk 5 Lot 12 Phase 2, Camella Homes, Brgy. San Isidro, Cainta, Rizal 1900\nMobile',
      'Blk 5 Lot 12 Phase 2, Camella Homes, Brgy. San Isidro, Cainta, Rizal 1900',
    ],
  ])('takes the whole address line: %s', (text, line) => {
    expect(addresses(text)).toContain(line);
  });

  it('takes no sentence, and no line that does not end in a place, as an address line', () => {
    expect(addresses('Ann Lee\n12 Main Street, led the team in Springfield\nx').join(' ')).not.toContain(
      'team',
    );
    expect(addresses('Ann Lee\nHouse # 45, Street 7, Gadget Works\nx').join(' ')).not.toContain('Gadget');
    expect(addresses('Worked on House #1 priority, Islamabad').join(' ')).not.toContain('priority');
  });

  it('does not read a year after a date as a house number', () => {
    const found = addresses(
      'Intern, September 2012- May 2013 Brightwater Union Memorial Hospital, Baltimore',
    );
    expect(found.join(' ')).not.toMatch(/Brightwater|2013/);
  });
});

describe("the towns of the candidate's address, where they recur", () => {
  it.each([
    [
      'Aoife\n12 Ashgrove Park, Ballincollig, Co. Cork, P31 X2Y7\nEducation\nLeaving Certificate, Coláiste Choilm, Ballincollig, 2015',
      'Ballincollig',
      2,
    ],
    [
      'Flat 2, 9 Clarendon Street, Quorndale Spa, CV32 5HS\nEngineer, Arup, Quorndale Spa (2015)',
      'Quorndale Spa',
      2,
    ],
    // A place of the gazetteer is the place recognizer's: inside an employer's name it stays.
    ['Address: Plot 4, MG Road, Gurgaon, India\nEngineer, Asahi India Glass Limited', 'India', 1],
  ])('%s', (text, town, times) => {
    const spans = analyze(text);
    let n = 0;
    for (let i = text.indexOf(town); i !== -1; i = text.indexOf(town, i + 1))
      if (spans.some((s) => s.start <= i && s.end >= i + town.length)) n++;
    expect(n).toBe(times);
  });

  it('takes no employer, job or tool from the address', () => {
    const text =
      'Address: 5 Main St, Acme Consulting, Springfield, IL\nAcme Consulting, Analyst\nSkills: Python';
    const at = text.lastIndexOf('Acme Consulting');
    expect(analyze(text).some((s) => s.start <= at && s.end > at)).toBe(false);
  });
});

describe("the locality after a school's name", () => {
  it.each([
    ['B.Com  St. Francis College for Women, Begumpet  2015', 'Begumpet'],
    ['12th - St. Teresa Higher Secondary School, Ernakulam - 2014 - 93%', 'Ernakulam'],
    ['Class X, Delhi Public School, R.K. Puram, CBSE, 2002', 'R.K. Puram'],
    ['B.Sc., Chandrapur Institute of Science - Ballarpur\n', 'Ballarpur'],
    ['MCA from Sree Vidyanikethan Engineering College, Tirupati in 2015', 'Tirupati'],
    // Before the marks.
    ['B.Tech (CSE) from Sri Vasavi Engineering College, Tadepalligudem with 78% in 2020', 'Tadepalligudem'],
    // A table's cells written out with tabs.
    ['Class X\tKendriya Vidyalaya, Hebbal\tCBSE\t2006\t91%', 'Hebbal'],
  ])('%s', (text, town) => {
    const at = text.indexOf(town);
    expect(analyze(text).some((s) => s.start <= at && s.end >= at + town.length)).toBe(true);
  });

  it.each([
    ['B.Com, Loyola College, Autonomous, 2011', 'Autonomous'],
    ['Anna University, Distance Education, 2010', 'Distance Education'],
    ['Education\nBA, University of Leeds, Psychology, 2015', 'Psychology'],
    ['B.Tech, Vellore Institute of Technology, Computer Science, 2014', 'Computer Science'],
    ['MBA, Kellogg School of Management, Marketing  2016', 'Marketing'],
    ['BSc, University of Leeds, Honours with distinction', 'Honours'],
    ['Lecturer, Hollins College, Infosys  2016', 'Infosys'],
    ['B.Tech\tPES Institute of Technology, Autonomous\tVTU\t2012', 'Autonomous'],
    // An organisation's name that a line break split after the school.
    ['Tutor, Clivedon School of Nursing, Mbarawa  Hospital.', 'Mbarawa'],
  ])('keeps %s', (text, word) => {
    const at = text.indexOf(word);
    expect(analyze(text).some((s) => s.start < at + word.length && s.end > at)).toBe(false);
  });

  it('masks the town again wherever it recurs, whole word and case as written', () => {
    const text =
      'Okonjo Awolabi University, Ile-Ife — B.Sc. Computer Science, 2015\nReferee: Senior Lecturer, OAU, Ile-Ife.\nIle-Ifes and ile-ife stay.';
    const masked = analyze(text).map((s) => [s.start, s.end]);
    const hits = [...text.matchAll(/Ile-Ife\b/g)].map((m) => m.index);
    expect(hits).toHaveLength(2);
    for (const at of hits) expect(masked.some(([a, b]) => a! <= at && b! >= at + 7)).toBe(true);
    const lower = text.indexOf('ile-ife');
    expect(masked.some(([a, b]) => a! < lower + 7 && b! > lower)).toBe(false);
  });
});
