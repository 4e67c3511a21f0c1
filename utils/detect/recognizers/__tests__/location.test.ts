import { describe, expect, it } from 'vitest';
import { commaOrBracketGap, location } from '../location';
import { found } from './helpers';

describe('location recognizer', () => {
  it.each([
    ['Based in Bengaluru, Karnataka since 2015', ['Bengaluru, Karnataka']],
    ['Towson, MD 21204', ['Towson, MD']],
    ['Intern  Boundary Waters, MN  Outward Bound', ['Boundary Waters, MN']],
    ['Early Childhood Center, Mt. Sterling, KY, 1982-84', ['Mt. Sterling, KY']],
    ['Masonite, Ukiah, Ca  Millwright', ['Ukiah, Ca']],
    ['COLONY RESORT, Longboat Key, FL 1995', ['Longboat Key, FL']],
    ['Manage NY, NJ and PA territory', ['NY, NJ and PA']],
    ['songwriters from around the world to Quarrelton to share music', ['Quarrelton']],
    // A town-shaped word right after a chain and a place run (the main loop visits it).
    [
      'Moved from Nairobi, Kenya to Quarrelton, then from Rio de Janeiro to Pellerburg',
      ['Nairobi, Kenya', 'Quarrelton', 'Rio de Janeiro', 'Pellerburg'],
    ],
    ['the following year at Brightwell Inc in KATTELHOLM, which later', ['KATTELHOLM']],
    ['pharmacy accounts across NJ. Sales', ['NJ']],
    ['Visiting PhD Student, Universität Wien (Austria) Department', ['Wien (Austria)']],
    ['VICE PRESIDENT, SANTA CLARA REGION (1999 to 2001)', ['SANTA CLARA REGION']],
    ['When: 2000-04-16 Where: Ervanton Heath Tennis Court', ['Ervanton Heath']],
    ['Declaration  Date: 12/03/2019  Place: Tirunelveli', ['Tirunelveli']],
    ['Confidential Bellows    Falls,    VT April 2000', ['Bellows    Falls,    VT']],
    ['4/105, Anna Salai, Kodungaiyur, Chennai - 600121 Mobile', ['Kodungaiyur', 'Chennai']],
    ['Consultant: 2004 - Present, Eurokas, Cleveland, OH Responsible', ['Cleveland, OH']],
    ['consulting services in the U.S. and U.K. with 25,000 employees', ['U.S.', 'U.K.']],
    // Mexico City's and Buenos Aires's letters, as addresses end with them.
    ['Col. Roma Norte, CDMX', ['CDMX']],
    ['Palermo, CABA, Argentina', ['Palermo', 'CABA', 'Argentina']],
    ['Offices in New York, NY and Chicago, IL.', ['New York, NY', 'Chicago, IL']],
    // A well-known employer's word that opens a chain stays; the places after it go.
    ['Project Manager, Morgan Stanley, New York, NY  2013 – 2017', ['New York, NY']],
    ['Lives in Stanley, Falkland Islands', ['Stanley']],
    // An employer that is also a town: alone in the employer's slot it is the employer; before its region, the town.
    ['Sales Associate, Toyota, 2012', []],
    ['Corps Member, Teach for America, Miami, FL', ['Miami, FL']],
    ['Fellow, Code for America, 2019', []],
    ['Kenji Sato\nToyota, Aichi, Japan', ['Toyota, Aichi, Japan']],
    // Dublin's postal districts go with it; a year, a count or a decimal after it does not.
    ['Dublin 8 | +353 87 555 0198', ['Dublin 8']],
    ['Dublin 6W, Ireland', ['Dublin 6W', 'Ireland']],
    ['Google, Dublin 2015 – 2018', ['Dublin']],
    ['Dublin 3.5 years', ['Dublin']],
    ['Dublin 25 people', ['Dublin']],
    // Copenhagen's and Aarhus's postal district letters, alone before a postcode or the line's end.
    ['Looking to support Nautilytics in København K 1421 in its mission.', ['København K 1421']],
    ['Lives in Aarhus C', ['Aarhus C']],
    // Local names of cities and countries, as CVs in the local language write them.
    ['Software Engineer, Acme GmbH, Wien', ['Wien']],
    ['Adresse: Wien, Österreich', ['Wien, Österreich']],
    ['Warszawa, Polska', ['Warszawa, Polska']],
    ['Madrid, España', ['Madrid, España']],
    ['Lives in München', ['München']],
    // A one-word place in the employer's slot of a job line, with the job's place after it, is the employer.
    ['Experience\nSenior Product Manager | Braintree (PayPal) | Chicago, IL | 2020–Present', ['Chicago, IL']],
    ['Experience\nSoftware Engineer | Boston | 2019 – Present', ['Boston']],
    ['Experience\nController, Wayfair, Boston, MA  2018 – Present', ['Boston, MA']],
    // Only the field right after the job title is the employer's (the entry's dates aside).
    ['Experience\nStaff Nurse, Cork University Hospital, Wilton, Cork   2019 – Present', ['Wilton', 'Cork']],
    ['Experience\n2019 – 2020  Controller, Wayfair, Boston, MA', ['Boston, MA']],
    [
      'Experience\nSept 2019 – present   Class Teacher, Scoil Mhuire, Lucan, Co. Dublin',
      ['Lucan', 'Co. Dublin'],
    ],
    // The town of a job entry's line, after the job and the employer, before the dates.
    ['Experience\nAudit Senior, PwC, Reading        Sept 2014 – Aug 2018', ['Reading']],
    ['Career History\nManagement Accountant · Airbus UK · Filton · 2015 – 2019', ['Filton']],
    // The last field of a school's or an employer's line, after a comma: a town of the gazetteer that is
    // also an English word ("Reading", "Bath").
    ['EDUCATION\nKendrick School, Reading\nA-Levels, 2012', ['Reading']],
    ['Staff Nurse, Royal Berkshire NHS Foundation Trust, Reading\n2015 – 2020', ['Reading']],
    ['Prior Park College, Bath (2005 – 2010)', ['Bath']],
    // The town after a school named after it ("University of <Place>"), in capitals too.
    ['Education\nUniversity of Reading, Reading\nBSc Economics, 2012', ['Reading']],
    ['UNIVERSITY OF BATH, Bath', ['Bath']],
    [
      'Marlborough College, Bath, Somerset\nKendrick School, Reading, Surrey',
      ['Bath', 'Somerset', 'Reading', 'Surrey'],
    ],
    // Skills and pastimes, a field that goes on, a month, a subject: no town.
    ['Skills: Embedded Systems, Reading\nInterests: Chess Club, Reading', []],
    ['Hobbies: Debating Society, Reading, Hiking', []],
    ['Teacher, Kendrick School, Reading, English', []],
    ['University of Reading, English Literature', []],
    ['University of Reading, Reading Group', []],
    [
      'Analyst, Acme Ltd, March\nTeacher, Kendrick School, English\nTutor, Kendrick School, Reading and Maths',
      [],
    ],
    // A team, a department or a tool in that field, or no job first, is no town.
    ['Experience\nSoftware Engineer, Google, Cloud Platform, 2019 – Present', []],
    ['Experience\nAnalyst, KPMG, Advisory  2019 – 2020', []],
    ['Experience\nEngineer | Acme | Kubernetes | 2019 – 2020', []],
    ['Projects\nLedger, Kafka, Quorvane  2019 – 2020', []],
    // An Irish county with its "Co.", and the town before it whatever the gazetteer knows of it.
    ['Class Teacher, Scoil Mhuire, Lucan, Co. Dublin', ['Lucan', 'Co. Dublin']],
    ['Ballincollig, Co Cork, P31 X2Y7', ['Ballincollig', 'Co Cork']],
    ['Banbridge, Co. Down', ['Banbridge', 'Co. Down']],
    // A company's "Co.", and no county after it.
    ['Smith & Co. Cork office', ['Cork']],
    ['Acme Trading Co. Limited', []],
    ['Manager, Co. Operations', []],
    // A known employer's, a product company's or an acronym's national branch is the employer.
    ['Software Engineer, Google Ireland, Dublin   2019 – Present', ['Dublin']],
    ['Audit Manager — KPMG Australia, Melbourne (2019 – current)', ['Melbourne']],
    ['Buyer, Amazon UK, London, 2018 – 2020', ['London']],
    ['Management Accountant · Airbus UK · Filton · 2015 – 2019', ['Filton']],
    // A made-up brand's national branch before a town's comma: the town alone is the place.
    ['Network Engineer, Telenor Pakistan, Islamabad', ['Islamabad']],
    ['Sales Lead, Vodafone Egypt, Cairo, 2016 – 2020', ['Cairo']],
    // An airline named after its country; a country before a legal form after a comma or India's "(P)".
    ['Air Canada   September 2007 – November 2007', []],
    ['Cabin Crew, AIR INDIA, Mumbai', ['Mumbai']],
    ['Quellix Alaska, Inc., Vancouver, B.C.', ['Vancouver, B.C']],
    ['Developer, Zorvane Mobile India (P) Ltd, Indore', ['Indore']],
    // Vietnam's cities as Vietnamese writes them; a known place that runs past a cue's run goes whole.
    ['Nguyễn Văn Quý – Software Engineer – Hà Nội', ['Hà Nội']],
    ['Marketing Executive, HCMC, 2020', ['HCMC']],
    ['Based in TP. Hồ Chí Minh', ['TP. Hồ Chí Minh']],
    // A town that opens a Title Case name closed by a legal form in capitals; the town and its state stay a place.
    ['Marketing Executive, Saigon Coffee Roasters JSC, 2019', []],
    ['Project Engineer at Dubai Holding LLC, Dubai', ['Dubai']],
    ['Adelaide SA 5000', ['Adelaide']],
    // A country's army, navy or corps is an employer.
    ['Logistics Officer, United States Army, 2012 - 2019', []],
    ['United States Marine Corps', []],
    ['Developer, Zorvane India (Pvt.) Ltd., Pune', ['Pune']],
    // Still places: a state code after a town's comma; a country after "air" in a sentence.
    ['Lives in Denver, CO', ['Denver, CO']],
    // An employer's noun joined to its town by a hyphen: the town and its state are the place.
    ['Work Experience\nZorvex Group-Chicago, IL- Jan 2010', ['Chicago, IL']],
    ['Experience\nQuellix Labs-Austin, TX', ['Austin, TX']],
    ['Winston-Salem, NC', ['Winston-Salem, NC']],
    // A state or country that names a licence's body is part of the credential; after "in" it is a place.
    ['Principal\nPennsylvania Teaching Certification\nTEACHING EXPERIENCE', []],
    ['Ohio Real Estate License, 2015', []],
    ['Awarded Velmora Registered Nurse (VRN)\nVancouver Registered Nurse', []],
    ['Based in Leeds Certificate holders', ['Leeds']],
    // An applicant tracking system's coded location: country, state, town.
    ['Location US-NJ-Jersey City (will consider relocating)', ['US-NJ-Jersey City']],
    ['Posted for CA-ON-Toronto, full time', ['CA-ON-Toronto']],
    ['Built CI-CD-Pipeline tools', []],
    ['Lives in Toronto, Canada  Certificate in Project Management', ['Toronto, Canada']],
    ['Moved by air to Canada in 2015', ['Canada']],
    // An acronym the gazetteer holds as a town, in a job line's employer slot, is the employer.
    ['Engineer at DEWA, Dubai', ['Dubai']],
    ['Electrical Engineer, DEWA, Dubai, 2016 – 2020', ['Dubai']],
    // Still places: a town of capitals on a line with no job, after a cue, a country after a town.
    ['PUNE, Maharashtra', ['PUNE, Maharashtra']],
    ['Lives in DEWA, Dubai', ['DEWA, Dubai']],
    ['Travelled to Lahore Pakistan, Islamabad', ['Lahore', 'Pakistan, Islamabad']],
    ['Travel: SE Asia, Europe', ['Asia, Europe']],
    // A district the gazetteer lacks before its city: an Arabic district word first, or a planned district's last.
    ['Office: Nakheel Village, Giza', ['Nakheel Village', 'Giza']],
    ['Office: Smart Village, Giza', ['Smart Village, Giza']],
    // A planned community's last word that is a street word elsewhere, after a label, a bar, a dash or a comma.
    ['Residence: Jumeirah Village Circle, Dubai', ['Jumeirah Village Circle', 'Dubai']],
    ['Community: Jumeirah Village Circle', ['Jumeirah Village Circle']],
    [
      'Jane Roe | Jumeirah Village Triangle, Dubai | +971 50 000 0000',
      ['Jumeirah Village Triangle', 'Dubai'],
    ],
    ['Current location - Jumeirah Village Triangle, Dubai', ['Jumeirah Village Triangle', 'Dubai']],
    ['Address: Flat 4, Jumeirah Village Circle, Dubai', ['Jumeirah Village Circle', 'Dubai']],
    // A community's field with a caste or a word for its value is no place.
    ['Community: OBC', []],
    ['Jabal Amman, Amman', ['Jabal Amman', 'Amman']],
    ['Lives in Jabal Al Weibdeh, Amman', ['Jabal Al Weibdeh', 'Amman']],
    ['Madinat Khalifa, Doha | +974 5555 0123', ['Madinat Khalifa', 'Doha']],
    // An Arabic district word right before its city; an ordinal day that opens a planned city's name.
    ['Karim Haddad\nRas Beirut, Lebanon', ['Ras Beirut, Lebanon']],
    ['Address: Hamra Street, Ras Beirut', ['Ras Beirut']],
    ['Omar Farouk\n6th of October City, Giza', ['6th of October City', 'Giza']],
    ['10th of Ramadan City, Sharqia, Egypt', ['10th of Ramadan City', 'Sharqia, Egypt']],
    ['Tell London about the launch', ['London']],
    ['Senior Analyst, 6th Floor Partners, Cairo, 2019 – 2021', ['Cairo']],
    // An organisation or a job before the city is no district.
    ['Acme Heights Ltd, Cairo', ['Cairo']],
    ['Senior Analyst, Data Village, Cairo, 2019 – 2021', ['Cairo']],
    // A Vietnamese word after a Vietnamese word is no place its letters fold to ("HỌC VẤN", education: not Van).
    // (Hà Nội, the capital, is a place; the school recognizer's span covers the school's name around it.)
    ['HỌC VẤN\nĐại học Bách khoa Hà Nội', ['Hà Nội']],
    ['TRÌNH ĐỘ HỌC VẤN', []],
    ['Địa chỉ: Thành phố Huế', ['Huế']],
    ['Quê tại Huế', ['Huế']],
    ['Lives in Van, Turkey', ['Van, Turkey']],
    // A suburb the gazetteer lacks before its city: a field of the header's lines, or a job line's third field.
    ['Wanjiru Kamau\nKilimani, Nairobi · +254 712 345 678', ['Kilimani', 'Nairobi']],
    ['Wanjiru Kamau\nKoramangala, Bengaluru\nwanjiru@example.com', ['Koramangala', 'Bengaluru']],
    ['Priya Shah\nBandra West, Mumbai\npriya@example.com', ['Bandra West', 'Mumbai']],
    // On a contact line of several fields below the headline's job title.
    [
      'Priya Shah\nSenior Backend Engineer\npriya@example.com · +91 98450 12345 · Koramangala, Bengaluru',
      ['Koramangala', 'Bengaluru'],
    ],
    ['Marketing Lead — Andela, Ikoyi, Lagos', ['Ikoyi', 'Lagos']],
    ['Data Analyst | Globant | Kilimani, Nairobi | 2019 – 2021', ['Kilimani', 'Nairobi']],
    ['Based in Andheri East, Mumbai', ['Andheri East', 'Mumbai']],
    // After a work arrangement; a numbered phase of a district.
    ['Hybrid – Westlands, Nairobi', ['Westlands', 'Nairobi']],
    ['Remote (Kilimani, Nairobi)', ['Kilimani', 'Nairobi']],
    ['Based in Lekki Phase 1, Lagos', ['Lekki Phase 1', 'Lagos']],
    // Cues that need their preposition: an office, a posting, a commute, a home.
    ['Office in Hinjewadi, Pune', ['Hinjewadi', 'Pune']],
    ['Stationed at Fort Bliss, Texas', ['Fort Bliss', 'Texas']],
    ['Currently commuting from Dandenong', ['Dandenong']],
    ['Settled in Kilimani with family.', ['Kilimani']],
    ['Senior Engineer | Hybrid – Safaricom, Nairobi', ['Nairobi']],
    // An employer before its city: a job's line or a job title's line next to it, a section's heading above.
    ['Experience\nSafaricom, Nairobi\nSoftware Engineer\n2019 – 2022', ['Nairobi']],
    ['Jane Doe\nSenior Engineer\nSafaricom, Nairobi', ['Nairobi']],
    ['Experience\nSafaricom, Nairobi\n• Built the payments API', ['Nairobi']],
    ['Software Engineer, Safaricom, Nairobi', ['Nairobi']],
    ['Senior Engineer | Payments | Hubtel, Accra | 2019 – 2021', ['Accra']],
    ['Team Lead — Hubtel, Payments, Accra', ['Accra']],
    ['Kofi Mensah\nkofi@example.com\nKubernetes, Accra', ['Accra']],
    // Not the name's line, nor a compass word that opens an organisation's name.
    ['Wanjiru Kamau, Nairobi\nwanjiru@example.com', ['Nairobi']],
    ['Studied at London South Bank University', []],
    ['Posted Jobs on the board; Posted at Goldman Sachs; Office in Windows and Excel', []],
    // Planned districts and Irish-language city names in the gazetteer's hand list.
    ['New Administrative Capital, Cairo', ['New Administrative Capital, Cairo']],
    ['Seoladh: Baile Átha Cliath 9', ['Baile Átha Cliath']],
    ['Smart Village Company, Giza', ['Giza']],
    // Indonesian and Malay compass and centre words after a city name its part.
    ['Staf Keuangan, PT Telkom Indonesia, Jakarta Selatan (2016 – 2020)', ['Jakarta Selatan']],
    ['Domisili: Jakarta Pusat', ['Jakarta Pusat']],
    ['Bekasi Utara, Jawa Barat', ['Bekasi Utara, Jawa Barat']],
    ['JAKARTA TIMUR', ['JAKARTA TIMUR']],
    // A Brazilian state's code after its town, after a comma, a slash or a dash; not before a word.
    ['Rafael Souza\nNiterói, RJ\nrafael@example.com', ['Niterói, RJ']],
    ['Curitiba/PR · Brasil', ['Curitiba/PR', 'Brasil']],
    ['Analista de Dados — Itaú, São Paulo - SP (2019 – 2022)', ['São Paulo - SP']],
    ['Belo Horizonte, MG', ['Belo Horizonte, MG']],
    ['Moved to Recife, PE in 2019', ['Recife, PE']],
    ['PE Teacher, Leeds - PE department', ['Leeds']],
    ['Lives in Paris/TO be confirmed', ['Paris']],
    ['Skills: Java, SE, Spring', []],
    // Indonesia's provinces in Indonesian after the town; a bank named after one stays.
    ['Siti Rahmawati\nBandung, Jawa Barat\nsiti@example.com', ['Bandung, Jawa Barat']],
    ['Medan, Sumatera Utara | siti@example.com', ['Medan, Sumatera Utara']],
    ['Jakarta Selatan, DKI Jakarta', ['Jakarta Selatan, DKI Jakarta']],
    ['Lives in Jawa Barat.', ['Jawa Barat']],
    // Not where a capitalised word follows it: an organisation's name ("Jakarta Utara Bank").
    ['Analyst, Jakarta Utara Bank', []],
    // A place, a state code or a name before the country leaves it a place.
    ['Lives in London UK', ['London UK']],
    ['Offices in NY UK and Ireland', ['NY UK', 'Ireland']],
    ['Moved from Texas to Ireland', ['Texas', 'Ireland']],
    // A short acronym before a state code is a designation ("CPA, CA": Canada's chartered accountant).
    ['• CPA, CA with 8 years in corporate finance', []],
    ['Jane Doe, CFA, CA', []],
    ['LA, CA', ['LA, CA']],
    ['AVON, CT 06001', ['AVON, CT']],
    ['Experience\nMoved from Braintree to Chicago, IL in 2020–2021', ['Braintree', 'Chicago, IL']],
    ['Moved from Nairobi to Paris', ['Nairobi', 'Paris']],
    ['Worked in the UK and Canada', ['UK', 'Canada']],
    ['KANPUR, UP, INDIA', ['KANPUR, UP, INDIA']],
    ['Muncie, IN; May 2013', ['Muncie, IN']],
    // A field after a comma: an unknown town, a space and a state code that is no word.
    ["Cashier  Dell's Diner, Brelton NY  Summer 2016", ['Brelton NY']],
    ['Skills: Java, Python CA certification', []],
    ['Acme, Brelton OR Quorvex', []],
    ['Restaurant Manager, Confidential, Sunapee N.H. May 1998', ['Sunapee N.H']],
    // A state as newspapers abbreviate it, with its dot, after a comma.
    ['Analyst, Acme Corp, Ann Arbor, Mich. 2001', ['Ann Arbor, Mich']],
    ['Nurse, Tacoma, Wash.', ['Tacoma, Wash']],
    ['Marketing, Mass. media, Print', []],
    ['Skills: Java, Ill. tools', []],
    // A tool's name that is also a town, before a state code; prefixes that belong to a place.
    ['Assistant Principal, Great Pupil Elementary, Spring, TX July 2006', ['Spring, TX']],
    ['Software Engineer, Epic Games, Apex, NC  2018 – 2020', ['Apex, NC']],
    ['Science and Technology Institute Metro Manila, Philippines', ['Metro Manila, Philippines']],
    ['a grant from the City of San Fernando. Funded projects', ['City of San Fernando']],
    ['Spectrol Electronics, City of Industry, CA Tool and Die Maker', ['City of Industry, CA']],
    ['Software Engineering position in the Silicon Valley. SUMMARY', ['Silicon Valley']],
    // A region whose first word is hyphenated.
    ['Based in the Tri-State Area, open to travel', ['Tri-State Area']],
    ['Experience in the region: Ukraine (USSR) 1977', ['Ukraine (USSR)']],
    ['I live in Remniku now', ['Remniku']],
    ['Washington, DC', ['Washington, DC']],
    ['authorized to work in the US', ['US']],
    ['Previously in Antwerp and Ghent', ['Antwerp', 'Ghent']],
    ['Galway, Ireland', ['Galway, Ireland']],
    ['Office in Łódź and Tromsø', ['Łódź', 'Tromsø']],
    ['Looking to support Allianz in Acquapendente 1021 in its mission', ['Acquapendente 1021']],
    ["the band's home city Voorburg: a music scene", ['Voorburg']],
    // Administrative labels of South Asian and Nigerian addresses take their value, also a word's.
    [
      'Permanent Address: Vill: Char Kalibari, P.O: Kalibari, Dist: Mymensingh',
      ['Char Kalibari', 'Kalibari', 'Mymensingh'],
    ],
    ['LGA: Nsukka\nState of Origin: Enugu State', ['Nsukka', 'Enugu State']],
    ['L.G.A: Nnewi North\nLocal Govt. Area: Ife Central', ['Nnewi North', 'Ife Central']],
    // Kenyan, Ugandan and South African fields of origin.
    ['County of Origin: Tharaka Nithi\nHome District: Bukedea', ['Tharaka Nithi', 'Bukedea']],
    ['PROVINCE OF ORIGIN: Limpopo', ['Limpopo']],
    // After "visit" a town is still a place, also one that starts like "Visa".
    ['Planning to visit Visakhapatnam in May', ['Visakhapatnam']],
    // An employer before an emirate or a region is no unknown town: only the place is masked.
    ['Experience\nStore Supervisor, Carrefour Hypermarket, Sharjah', ['Sharjah']],
    ['Experience\nMerchandiser, Spinneys Supermarkets, Dubai', ['Dubai']],
    ['Experience\nForeman, Alhassan Contracting, Riyadh', ['Riyadh']],
    ['Teacher, Oakfield County Public Schools, MD  2008 - 2012', ['MD']],
    // An unknown town before a state still is one.
    ['Experience\nNurse, Ball Memorial, Muncie, IN', ['Muncie, IN']],
    ['Local Government Area: Oshodi-Isolo', ['Oshodi-Isolo']],
    ['Tehsil: Bilhaur', ['Bilhaur']],
    // The same labels with a dot or a dash, as Indian village addresses run them together.
    ['At Post Khandvi, Taluka - Wadgaon, Dist. Satara', ['Khandvi', 'Wadgaon', 'Satara']],
    ['A/P Nandwadi, Tq. Ausa, Dist. Latur', ['Nandwadi', 'Ausa', 'Latur']],
    ['Address: At-Po Borgaon Manju, Dist-Akola', ['Borgaon Manju', 'Akola']],
    ['Vill. Kharsawan, P.O. Dalbhanga', ['Kharsawan', 'Dalbhanga']],
    // After a cue the town is "Mount" and its name.
    ['Based in Mount Carmel.', ['Mount Carmel']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    ['Worked at Jackson Associates on payroll'],
    // The letters alone, or before another word than "Bay Area" or "-based".
    ['SF Symbols in SwiftUI; UX-based research; LA Times digital desk'],
    // A postscript and a purchase order are no administrative labels.
    ['P.S: I also like chess'],
    // "District level", "Post Graduate", a post-office box, and "At" opening a sentence.
    ['Participated in Dist. Level Cricket'],
    ['Post Graduate Diploma in Management'],
    ['At Infosys I led the migration'],
    ['Distributed Systems, Talent Acquisition'],
    ['PO: 4500123 approved'],
    // ATS feeds: a pipeline stage after "moved to" is no town.
    ['Jane moved to Onsite'],
    ['Jane moved to Screening'],
    ['Jane was moved to Take-home by Sam'],
    ['moved to Hybrid'],
    ['Skills: Java, Python, Spring, Jenkins'],
    // Salesforce's programming language and page framework.
    ['Designed Apex triggers and Lightning Web Components'],
    ['Skills: Apex, Visualforce, SOQL'],
    ['Oracle Apex developer'],
    ['Spoke English and Hindi'],
    ['US Air Force veteran'],
    ['Certified by U.S. Department of Labor in 2007'],
    ['Skills: MS Office, QA and IT support'],
    ['Proficient in Pentaho and in Wordpress'],
    ['Barrister in the Supreme Court of Victoria since 2004'],
    ['Receptionist, Heritage Bank of Huntsville'],
    ['Applications Support  Zentrix Australia  Responsibilities'],
    ['(Client: eHealth Ontario) 2008-Present'],
    ['Logan Lueilwitz, M.D. formed summaries'],
    ['Bachelor of Commerce in accounting'],
    ['Mobile app developer reading books'],
    ['Sommelier at Coho Vineyard'],
    ['Portfolio manager, Lucerne Capital'],
    // An initial after a town-named person is no district letter.
    ['MILTON M. WITCHEL, P.C.'],
    // Country names of other languages that are also English words are left out ("suede", "chili").
    ['Ordered the suede jacket with chili sauce and a grenade-shaped lamp'],
    // A place after "Mount" names a mountain, or an employer named after one: not the town alone.
    ['REFERENCES\nKaren Whitfield, Nurse Manager, Mount Carmel East - 614-555-0177'],
    ['Charge Nurse, Mt. Carmel East, 2016 – 2020'],
    // Local government as a subject or an employer, with no label's colon.
    ['Local Government Area planning reforms; Local Govt. Area budgets'],
    // A visa's type after "Visit", as Gulf CVs state their visa status.
    ['Languages: Arabic\nVisa Status: Visit Visa valid until March 2025'],
    ['Current visa: visit visas for 3 months'],
    // Job titles of health care, law and the forces before an employer named after a place.
    ['Nurse Practitioner, Mayo Clinic'],
    ['Senior Radiologist, Galway Clinic'],
    ['Army Chaplain, Kent Garrison'],
  ])('no location in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('location cues', () => {
  it.each([
    ["i'm originally from switzerland", ['switzerland']],
    ['a man who grew up in SUND.', ['SUND']],
    ['I am in Rohod for a business trip', ['Rohod']],
    // After a preposition the place may go on to the next line.
    ['Last spring I moved to\nGorvelle with my family', ['Gorvelle']],
    ['We relocated to Pellerburg in 2020.', ['Pellerburg']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    // A cue word without a preposition is on the place's line: an ATS feed's time and stage lines.
    ['Feb 19, 2024 at 10:02 AM\nScorecard submitted'],
    ['Stage\nMoved\nScorecard\nOnsite interview'],
    ['Reviewed at 4:15 PM\nAm\nGorvelle'],
    ['I moved\nto Gorvelle'],
    // An ATS feed moves a candidate to a stage: "moved" without its preposition is no cue.
    ['Odalys Ferreira-Quist moved Dariusz Wendt-Amaral to Phone Screen'],
    ['Nov 18, 2026 8:15 AM Recruiter moved Gorvelle Amari to Onsite'],
  ])('no location in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('Japanese and Korean places with their administrative suffix', () => {
  it.each([
    ['Tokyo-to, Shibuya-ku, Jingumae', ['Tokyo-to', 'Shibuya-ku']],
    ['Yokohama-shi, Kanagawa-ken', ['Yokohama-shi', 'Kanagawa-ken']],
    ['Office in Gangnam-gu since 2019', ['Gangnam-gu']],
    ['Lives in Yeoksam-dong', ['Yeoksam-dong']],
    // Korean given names and English compounds are no places.
    ['Kim Min-jun and Park Ji-hoon, Sign-up and Fast-track', []],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe("an employer before a place on a job entry's line", () => {
  it.each([
    // The unknown word that opens a job line's field before the place is the employer.
    ['Spotify, Stockholm — Senior Engineer (2019–2022)', ['Stockholm']],
    ['Software Engineer at Avast, Prague (2015–2020)', ['Prague']],
    ['2015 – 2019  Fonterra, Hamilton — Process Engineer', ['Hamilton']],
    // An employer of two words, its first opening the field after the job's title.
    ["Site Manager, Laing O'Rourke, Manchester\t2016 – 2020", ['Manchester']],
    // A place right before a legal form ends the firm's name.
    ['Audit Associate, Grant Thornton UK LLP, Birmingham, 2011 – 2013', ['Birmingham']],
    ['Dubai Holding LLC, Dubai', ['Dubai']],
    ['Staff Nurse, Vellore Rosewood, Chennai, 2019 – 2021', ['Chennai']],
    // On a line of its own beside the job title's line, the entry's dates near.
    ['Experience\nKlarna, Stockholm\nSenior Engineer\n2019 – 2022', ['Stockholm']],
    ['Jane Doe\nKista, Stockholm\njane@example.com', ['Kista, Stockholm']],
    // A well-known employer before a place, anywhere.
    ["Ingénieure d'études, Société Générale, La Défense", []],
    // No job on the line: a suburb before its city is a place.
    ['Lives in Kista, Stockholm', ['Kista, Stockholm']],
    ['Kadıköy, Istanbul', ['Kadıköy, Istanbul']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('towns before state codes', () => {
  it.each([
    ['Teacher, Core Avenue Elementary, Valley, TX July 1996', ['Valley, TX']],
    ['Marketing Agency: Plymouth Meeting, PA May 2016', ['Plymouth Meeting, PA']],
    ['MVP Sports Lounge, West Goshen, PA Bartender', ['West Goshen, PA']],
    ['University of Glamorgan, Treforest, Wales, UK Exchange', ['Treforest, Wales, UK']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe("a place's initials or code in brackets go with it", () => {
  it.each([
    ['Los Angeles (LA) · 500+ connections', ['Los Angeles (LA)']],
    ['Data Analyst, Acme Corp, Los Angeles (LA), 2019 - Present', ['Los Angeles (LA)']],
    ['Washington (DC)', ['Washington (DC)']],
    ['New York City (NYC) | Open to work', ['New York City (NYC)']],
    ['Salt Lake City (SLC), UT', ['Salt Lake City (SLC), UT']],
    // Capitals that are no initials of the place stay outside it.
    ['Boston (BCG alumni network)', ['Boston']],
    ['Based in Chicago (AWS certified)', ['Chicago']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('recruiting-page places', () => {
  it.each([
    ['Jane Doe · Greater Seattle Area · 500+ connections', ['Greater Seattle Area']],
    ['San Francisco Bay Area', ['San Francisco Bay Area']],
    // LinkedIn's metropolitan areas: the capitalised word after the city is no organisation's.
    ['Chicago Metropolitan Area', ['Chicago Metropolitan Area']],
    ['Greater Munich Metropolitan Area · Contact info', ['Greater Munich Metropolitan Area']],
    ['Greater Paris Metropolitan Region', ['Greater Paris Metropolitan Region']],
    // US metro areas whose cities a hyphen joins, and a district.
    ['Dallas-Fort Worth Metroplex · Contact info', ['Dallas-Fort Worth Metroplex']],
    ['Raleigh-Durham-Chapel Hill Area', ['Raleigh-Durham-Chapel Hill Area']],
    ['Lives in the Dallas-Fort Worth area', ['Dallas-Fort Worth area']],
    // A city joined to an abbreviated saint's town keeps the dot ("Minneapolis-St." leaked), with "Greater".
    ['Greater Minneapolis-St. Paul Area', ['Greater Minneapolis-St. Paul Area']],
    ['Tampa-St. Petersburg Area', ['Tampa-St. Petersburg Area']],
    ['Minneapolis-St. Paul, MN', ['Minneapolis-St. Paul, MN']],
    // LinkedIn's regions named with their area word: Pakistan's divisions, a state named like its city.
    ['Karachi Division, Sindh, Pakistan', ['Karachi Division', 'Sindh, Pakistan']],
    ['Lagos, Lagos State, Nigeria', ['Lagos, Lagos State', 'Nigeria']],
    // LinkedIn's "<Town> Area, <Country>" with a town the gazetteer does not hold.
    ['June 2018 - March 2021 (2 years 10 months)\nMysuru Area, India', ['Mysuru Area', 'India']],
    ['Kozhikode Area, India  Education', ['Kozhikode Area', 'India']],
    ['Tel Aviv District, Israel', ['Tel Aviv District', 'Israel']],
    // A place before "-based", "-born" or "-raised".
    ["I'm a Munich-based platform engineer", ['Munich']],
    ['New York-based designer', ['New York']],
    ['Worked for a Halifax-based design studio', ['Halifax']],
    // ... and a US city by its letters there; "SF" before "Bay Area".
    ['LA-based product designer', ['LA']],
    ['Joined an SF-based startup', ['SF']],
    ['Based in the SF Bay Area', ['SF', 'Bay Area']],
    // Counties of Great Britain and Ireland after the town; a town named like a sport with a county.
    ['Hitchin, Hertfordshire', ['Hitchin, Hertfordshire']],
    ['Rugby, Warwickshire', ['Rugby, Warwickshire']],
    ['Moved to Rugby in 2019', ['Rugby']],
    // The employer in the field after the job title, and before a city and a date range.
    ['Software Engineer, Acme, Vienna, 2019 – 2021', ['Vienna']],
    ['Account Manager, Zendora, Austin, TX 2015 – 2018', ['Austin, TX']],
    // ... also where the entry's dates open the line.
    ['2015 – 2018  Software Engineer, Zendora, Vienna', ['Vienna']],
    ['2020 – Halen     Kıdemli Yazılım Mühendisi, Turkcell, İstanbul', ['İstanbul']],
    ['2014 – 2018     Projectleider Duurzaamheid, Rabobank, Utrecht', ['Utrecht']],
    // Country names as CVs in other languages write them, and the town before one.
    ['Madrid, España', ['Madrid, España']],
    ['Wien, Österreich', ['Wien, Österreich']],
    ['Nacida en Bogotá, Colombia, vivo en Alemania', ['Bogotá, Colombia', 'Alemania']],
    ['Lyon, Francia', ['Lyon, Francia']],
    // ... also after a dash or bar, as Spanish and Portuguese CVs separate the job title.
    ['Analista Programadora — Everis, Madrid (2014 – 2018)', ['Madrid']],
    ['Senior Engineer | Quintaro, Sevilla (2014 – 2018)', ['Sevilla']],
    ['released 2013    Software developer / Quintaro, Royaume-Uni  GUI creation', ['Royaume-Uni']],
    // A two-word town ending in a generic place word before a state code that is also a word.
    ['Boston College, Chestnut Hill, MA', ['Chestnut Hill, MA']],
    ['Wellesley Hills, MA 02481', ['Wellesley Hills, MA']],
    // LinkedIn's "Activities and societies" of an education entry: clubs named after the school's town.
    ['Activities and societies: People in Computing, Michigan Data Science Team', ['Michigan']],
    ['Activities & Societies: Oxford Union, Chicago Booth Consulting Club', ['Oxford', 'Chicago']],
    // LinkedIn's metropolitan areas named after a town the gazetteer lacks.
    ['Senior Analyst at Brightpath\nGreater Wrexbury Area\n500+ connections', ['Greater Wrexbury Area']],
    ['Quarrendon Metropolitan Area · Contact info', ['Quarrendon Metropolitan Area']],
    ['Lives in Greater Wrexbury Metropolitan Area.', ['Greater Wrexbury Metropolitan Area']],
    // IANA time zone names beside a candidate's local time: named after a city.
    ['Time zone: America/Los_Angeles', ['America/Los_Angeles']],
    ['Local time 9:42 PM · Europe/Berlin', ['Europe/Berlin']],
    ['Timezone\nAmerica/Argentina/Buenos_Aires', ['America/Argentina/Buenos_Aires']],
    // Not an area's name inside a word or a path, nor one with no capitalised city after its slash.
    ['SouthAmerica/Brazil', ['Brazil']],
    ['Europe/ support rota', ['Europe']],
    ['Docs: example.com/docs/Europe/Overview', ['Europe']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    // An organisation named after its area stays an employer.
    ['Worked at Chicago Metro Bank and Denver Area Council'],
    // An area word that goes on into a job title or an organisation's name.
    ['Mercedes-Benz Area Sales Manager'],
    ['Greater Mercedes-Benz Area Sales Manager'],
    ['Reported to Anna-St. Clair Area Manager'],
    // An area word that opens an organisation's name: "of" after it, a capitalised word after it.
    ['Texas Division of Emergency Management'],
    ['Sales Area, Experience and Skills'],
    ['Punjab Province Police'],
    ['Clerk at the Tel Aviv District Court'],
    // A town named like a sport, as an interest.
    ['Interests: Rugby, Cricket, Chess'],
    ['Vice Captain of the Rugby team'],
    // "MA" as a degree after a field of study.
    ['BA English, MA History; English Literature, MA'],
    // Outside that field the place stays part of the organisation's name.
    ['Member, Michigan Data Science Team; Oxford Union debates'],
    ['Activities and societies: People in Computing\nMichigan Data Science Team'],
    // "Greater" and an area word around English words, a job's or an organisation's.
    ['Greater Sales Area'],
    ['Head of Greater Good Area'],
    ['Kestrel Labs Metropolitan Area Network'],
    // A town that is also a word, and a thing before "-based".
    ['Mobile-based apps and cloud-based tools'],
  ])('no location in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('unknown towns in a clear context', () => {
  it.each([
    // A cue ending in a preposition, also when the first word is an English word.
    ['We moved here from Vire Oudenhal last spring', ['Vire Oudenhal']],
    ['After the fair we returned to Copper Village by train.', ['Copper Village']],
    ["the band's home city Station Brelle: a music scene", ['Station Brelle']],
    // "at <employer> in <town>", closed by punctuation; a district number before a comma.
    ['Analyst at Quorvex in Tallemark, where I led audits', ['Tallemark']],
    ['Joined Brightwell at Numora in Velno 3, which later merged', ['Velno 3']],
    // A street word before "in"; a town prefix and an unknown word after "to".
    ['a flat on Birch Street in Oldervik. It was small', ['Oldervik']],
    ['artists from everywhere come to Port Maudry each summer', ['Port Maudry']],
    // Lower-case text: an unknown word after a strong cue.
    ['she flew to kvarnby on monday', ['kvarnby']],
    ['We flew from Vire Oudenhal last spring', ['Vire Oudenhal']],
    // A postcode after a town after "in", a one-letter postal district between.
    ['Looking to join Numora in Vestrup K 2750 in its growth', ['Vestrup K 2750']],
    ['Looking to join Numora in Dortmund 44135 soon', ['Dortmund 44135']],
    // The town line of an address block above a country line.
    ['Ana Brelle\n\nKELDERWICK\nUnited Kingdom', ['KELDERWICK', 'United Kingdom']],
    // A bracketed language or region belongs to the place; a work mode does not.
    ['We moved here from Belgium (French) last year', ['Belgium (French)']],
    ['Based in London (Remote)', ['London']],
    // No year as a postcode; no job, tool or firm as a town line.
    ['I worked in Dortmund 2019 to 2021', ['Dortmund']],
    ['Senior Developer\nGermany', ['Germany']],
    ['Kubernetes\nGermany', ['Germany']],
    ['Quorvex Solutions\nGermany', ['Germany']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    ['Worked at Google in Java, Python and Go'],
    ['Senior Engineer at Acme Corp in Marketing.'],
    ['Engineer at Infosys in Kubernetes.'],
    ['Intern at Acme in Salesforce, then QA'],
    ['I moved to Product Management in 2019'],
    ['She relocated to Data Engineering last year'],
    ['He moved from Microsoft to Amazon'],
    ['Developer at Zentrix in Agile teams since 2018'],
    ['Ran programmes for children living in slums and orphanages'],
    ['She moved to kubernetes last year'],
    ['the house on Elm Street in 2019. It was small'],
    // A pilot's "flew" takes the aircraft as its object; only "flew to/from/in" names a place.
    ['Flew CRJ-200 and Embraer E175 on regional routes.'],
    ['Flew Embraer jets for SkyWest.'],
    ['flew ABC-300 freighters at night'],
  ])('no location in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('commaOrBracketGap', () => {
  const REFERENCE = /^\.?\s{0,4},\s{0,4}$|^\s{0,4}\(\s?$/;
  it('answers as the two gap patterns do, on every gap of up to six characters from their alphabet', () => {
    const alphabet = [' ', ',', '(', '.', '\u00a0', '\t', '\n', 'a'];
    let checked = 0;
    const visit = (gap: string) => {
      const text = `Ames${gap}IA`;
      expect(commaOrBracketGap(text, 4, 4 + gap.length), JSON.stringify(gap)).toBe(REFERENCE.test(gap));
      checked++;
      if (gap.length < 6) for (const c of alphabet) visit(gap + c);
    };
    visit('');
    expect(checked).toBe((8 ** 7 - 1) / 7); // 1 + 8 + … + 8^6 gaps
  });
});

describe('location: Polish towns in the locative after "w"/"we"', () => {
  it.each([
    ['Analityk danych, Asseco Poland, w Toruniu', ['Toruniu']],
    ['Stażysta, Comarch, we Wrocławiu', ['Wrocławiu']],
    ['Mieszkam w Krakowie, pracowałem w Warszawie i w Łodzi.', ['Krakowie', 'Warszawie', 'Łodzi']],
    ['Biura w Gdyni, w Gdańsku i w Katowicach', ['Gdyni', 'Gdańsku', 'Katowicach']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    // A firm or an English word after "w", and "w" inside a word.
    ['Pracowałem w Banku i w Comarchu.'],
    ['Brew Bakery and Now Coffee'],
  ])('no location in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('UK ceremonial counties, Welsh preserved counties and Northern Irish counties', () => {
  it.each([
    ['Reading, Berkshire | jane.doe@example.com', ['Reading, Berkshire']],
    ['Teacher, Luton, Bedfordshire, 2010 - 2014', ['Luton, Bedfordshire']],
    ['Nurse, Cardiff, South Glamorgan', ['Cardiff, South Glamorgan']],
    ['Based in Berkshire', ['Berkshire']],
    // A cue's town takes its state code or region after it.
    ['Lives in Mount Carmel, PA', ['Mount Carmel, PA']],
    ['Lives in Mount Carmel, Pennsylvania', ['Mount Carmel, Pennsylvania']],
    ['Omagh, Tyrone', ['Omagh, Tyrone']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    // A county's name opening an employer's.
    ['Analyst, Berkshire Hathaway, 2015 - 2018'],
    ['Chair, Berkshire Community Foundation'],
  ])('no location in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('a place after an organisation that is no part of its name', () => {
  it.each([
    ['Moved from Brazil to America in 2010.', ['Brazil', 'America']],
    ['I grew up in America.', ['America']],
    // The job's town after an employer named after a place; a town after "in" is where an office is.
    ['BANK OF AMERICA, New York, NY    2014-2015    Software Developer', ['New York, NY']],
    ['Receptionist, Heritage Bank of Huntsville, AL', ['Huntsville, AL']],
    ['Loan Officer, Credit Union in Chicago', ['Chicago']],
    // A lower-case "for" makes no proper name.
    ['Raised funds for America and Canada', ['America', 'Canada']],
    // A utility's noun ends an organisation's name only where nothing capitalised follows it.
    ['The Santa Barbara County Water Wars', ['Santa Barbara County']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('firms and abbreviations named like places', () => {
  it.each([
    // A place joined by " & " to a Title Case word that is no place names a firm.
    ['Senior Designer at Pellman & Rhodes'],
    ['Rhodes & Pellman LLP, Associate'],
    ['Supervisor, Cohen, Jayson & Foster, PA'],
    // An abbreviation in brackets that the words before it spell.
    ['Certified Usability Analyst (CUA)'],
    ['Licenses & certifications\nCertified Usability Analyst (CUA)'],
    ['Member, American Bar Association (ABA)'],
    // A place that closes an organisation's name: after a head noun and "of" or "for" (in capitals too),
    // after a capitalised "For", after a national body's "in" before a country.
    ['Corps Member, Teach For America, 2015 - 2017'],
    ['Case Manager at Lutheran Services in America'],
    ['Program Lead, Boys & Girls Clubs of America, 2018 - 2020'],
    ['Intern, Volunteers of America'],
    ['Curate, Church in Wales'],
    ['Housing Officer at Thames Valley Housing'],
  ])('no location in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });

  it.each([
    ['Offices in London & Paris', ['London', 'Paris']],
    ['Trinidad & Tobago', ['Trinidad', 'Tobago']],
    ['Palo Alto, CA & Ithaca, NY', ['Palo Alto, CA', 'Ithaca, NY']],
    ['Downingtown, PA & Fugett Middle School', ['Downingtown, PA']],
    ['Holiday in Rhodes, Greece', ['Rhodes, Greece']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: function words of other languages that are also places, opening a sentence', () => {
  it.each([
    ['Para la empresa desarrollé un modelo de predicción.'],
    ['Una de mis tareas fue la gestión del equipo.'],
    ['Para los clientes internacionales preparé informes.'],
    ['Con el equipo de ventas implementamos un CRM.'],
    ['Desde el inicio coordiné la migración.'],
    // The "To:"/"From:" labels of a Spanish, Portuguese or Italian letter or memo.
    ['Para: Recursos Humanos\nAsunto: Solicitud de empleo'],
    ['  Para : Departamento de Personal'],
    ['De: Ana Ruiz\nPara: Gerencia'],
  ])('no place in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });

  it.each([
    // The same words as places: after a cue, before a country or region.
    ['Viví en Para, Brasil durante dos años.', ['Para, Brasil']],
    ['Nací en Una, Bahía.', ['Una, Bahía']],
    ['Lives in Una since 2019.', ['Una']],
    // Not a label alone at a line's start: a place.
    ['Lugar: Para, Brasil', ['Para, Brasil']],
    ['Oficina: Belém, Para', ['Belém, Para']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: the employer after "en", "bei", "bij", "chez", "presso" on a job line', () => {
  it.each([
    ['Analista de datos en Telefónica, Madrid (2018 – 2022)', ['Madrid']],
    ['Ingeniera de software en Mercadona, Valencia, 2019 – 2021', ['Valencia']],
    ['Projectleider bij Coolblue, Rotterdam (2019 – 2022)', ['Rotterdam']],
    ['Sviluppatore presso Satispay, Milano (2018 – 2021)', ['Milano']],
    // No job on the line: an unknown district before its city stays a place.
    ['Vivo en Ruzafa, Valencia desde 2015.', ['Ruzafa, Valencia']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: renamed cities by their official name, Philippine cities without "City"', () => {
  it.each([
    ['Infosys Limited, Mysuru — Senior Systems Engineer (2016 – 2020)', ['Mysuru']],
    ['B.E. (CSE) | VTU, Belagavi | 2016', ['Belagavi']],
    ['Bosch, Hubballi — Engineer', ['Hubballi']],
    ['Grameenphone, Chattogram — Network Engineer', ['Chattogram']],
    ['Accenture, Makati — Analyst (2019 – 2022)', ['Makati']],
    ['Concentrix, Pasig — Team Lead', ['Pasig']],
    ['MSC Malaysia, Cyberjaya — Developer', ['Cyberjaya']],
    ['Genpact, Gurugram — Analyst', ['Gurugram']],
    // "City" after a city whose name goes on without it; not inside an organisation's name.
    ['Place of Birth: Iloilo City', ['Iloilo City']],
    ['Convergys, Davao City, Philippines', ['Davao City', 'Philippines']],
    ['Data Analyst, Birmingham City Council', []],
    ['Arrived at London City Airport', ['London']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: joining words inside a gazetteer place name', () => {
  it.each([
    ['Vodacom, Dar es Salaam — Engineer', ['Dar es Salaam']],
    ['Etisalat, Ras al Khaimah — Engineer', ['Ras al Khaimah']],
    ['Lives in Alphen aan den Rijn', ['Alphen aan den Rijn']],
    ['Philips, Bergen op Zoom (2019 – 2021)', ['Bergen op Zoom']],
    // Only a whole place of the gazetteer: the joining word alone joins nothing.
    ['Lives in Nairobi es Salaam', ['Nairobi']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: a language before its level, or a tool before a software noun, is no place', () => {
  it.each([
    ['LANGUES : Français (langue maternelle), Anglais (courant), Italien (notions)', []],
    ['Sprachen: Englisch – fließend, Italien – Grundkenntnisse', []],
    ['Wohnort: Italien (seit 2019)', ['Italien']],
    ['Lebt in Italien', ['Italien']],
    // A tool's name that is also a town, before a software noun.
    ['- Built Cypress suite (1,200 tests)', []],
    ['Migrated the Aurora cluster to v3', []],
    ['Developed an API based MVC framework', []],
    ['Moved to Aurora, CO in 2019', ['Aurora, CO']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe("location: a master's or doctor's degree that is also a state code, before its subject", () => {
  it.each([
    ['Stanford, MS Electrical Engineering (2017)', ['Stanford']],
    ['Carnegie Mellon, MS Robotics; Introspect, MS Office', []],
    ['Baltimore, MD Internal Medicine residency', ['Baltimore']],
    // A state: a ZIP code, the line's end, a separator or a date after the code.
    ['Boston, MA 02115', ['Boston, MA']],
    ['Jackson, MS\nSales Associate', ['Jackson, MS']],
    ['Portland, ME | Acme', ['Portland, ME']],
    ['Conference, Boston, MA Dec. 2002', ['Boston, MA']],
    // A country after the code (USAJOBS writes "Town, ST Country"): the state's.
    ['Acme Corp Columbia, MD United States', ['Columbia, MD', 'United States']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: a short town in capitals is an acronym on a line in mixed case', () => {
  it.each([
    ['Registered Behavior Technician (RBT), ABA therapy'],
    ['Member, ABA Section of Litigation'],
    ['ACCA, CIMA, IBA, ABA'],
    ['Built the DAO layer in TAL and Java'],
  ])('no place in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
  it.each([
    ['Sales Rep, ABA, Abia State', ['ABA, Abia State']],
    ['KELECHI OKAFOR\nABA, ABIA STATE', ['ABA, ABIA STATE']],
    ['Lives in Oyo. Worked in Uyo and Jos', ['Oyo', 'Uyo', 'Jos']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe("location: a metropolitan area's nickname", () => {
  it.each([
    ['Based in the DMV area; hybrid', ['DMV area']],
    ['Toronto, ON (GTA), open to roles in the GTA', ['Toronto, ON', 'GTA']],
    ['Open to roles in the Triangle area', ['Triangle area']],
    ['Previously DFW and the Tri-State area', ['DFW', 'Tri-State area']],
    ['Open to roles in NCR region', ['NCR region']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
  it.each([
    ['Customer Service Rep, DMV, 2015-2017. Worked at the DMV.'],
    ['Played GTA V competitively; modded GTA'],
    ['Designed the Triangle logo'],
  ])('no place in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('Canadian province and Indian state codes after a town', () => {
  it.each([
    ['Maria Velcroft\nWaterloo, ON', ['Waterloo, ON']],
    ['Maria Velcroft\nWhitehorse, YT | 555-0100', ['Whitehorse, YT']],
    ['Maria Velcroft\nIqaluit, NU', ['Iqaluit, NU']],
    ['Maria Velcroft\nPune, MH', ['Pune, MH']],
    ['Maria Velcroft\nKochi, KL', ['Kochi, KL']],
    ['Maria Velcroft\nGandhinagar, GJ, India', ['Gandhinagar, GJ, India']],
    ['Analyst, Acme Corp, Hyderabad, TG 2019 - 2022', ['Hyderabad, TG']],
    ['Maria Velcroft\nNoida, UP', ['Noida, UP']],
    ['Maria Velcroft\nGurgaon, HR', ['Gurgaon, HR']],
    ['Maria Velcroft\nNoida, UP 201301', ['Noida, UP']],
    // A code that is also a word goes with the town only where it ends the field.
    ['Managed Delhi, HR and Finance teams', ['Delhi']],
  ])('%j', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    ['Team of 5, ON call'],
    ['Python, ML, DL'],
    ['Skills: Java, UP, HR'],
    ['Java, KA, MH'],
    // An unknown word before a code that is also an acronym is no town.
    ['Worked at Brightwell, HR and Payroll'],
  ])('keeps %j', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('location: a dotted country code that opens an organisation is no country of the word before', () => {
  it.each([
    ['Law Clerk to the Honorable Margaret H. Caldwell, U.S. District Court', ['Caldwell']],
    ['Served under Caldwell, U.K. Supreme Court', ['Caldwell']],
    ['Liaison to Denver, U.S.A. Embassy staff', ['Denver']],
    // At a field's or line's end, or before a separator, the country stays with its town.
    ['Software Engineer, Austin, U.S.', ['Austin, U.S', 'U.S.']],
    ['Austin, U.S. | 2019 - 2021', ['Austin, U.S', 'U.S.']],
    ['Leeds, U.K.\nSkills', ['Leeds, U.K', 'U.K.']],
  ])('%j', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: numbered districts before a town, and military bases', () => {
  it.each([
    ['Lives in District 3, Ho Chi Minh City.', ['District 3, Ho Chi Minh City']],
    // A two-column page left the district's line outside the address block.
    ['District 3, Ho Chi Minh City              Content Writing', ['District 3, Ho Chi Minh City']],
    ['Phường 7, Quận 3, TP. Hồ Chí Minh', ['Phường 7, Quận 3, TP. Hồ Chí Minh']],
    ['Ward 13, District 1, Saigon', ['Ward 13, District 1, Saigon']],
    ['Fort Liberty (formerly Fort Bragg), NC   Jun 2021 – Aug 2024', ['Fort Liberty', 'Fort Bragg']],
    ['Platoon Leader, 1st Cavalry Division, Ft. Hood, TX', ['Ft. Hood, TX']],
    ['Army: deployed to Camp Arifjan, Kuwait', ['Camp Arifjan', 'Arifjan, Kuwait']],
    ['Stationed at Joint Base Lewis-McChord', ['Joint Base Lewis-McChord']],
    [
      'Ramstein Air Base, then Naval Air Station Pensacola',
      ['Ramstein Air Base', 'Naval Air Station Pensacola'],
    ],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });

  it.each([
    // A summer camp is an employer; a camp's word inside another name; no military words around.
    ['Camp Counselor at Camp Wanakita, Summer 2019'],
    ['Boot Camp Instructor; Army veteran'],
    ['Visited the Red Fort; Battalion trip'],
    ['Managed the District 3 sales team'],
  ])('no place in %s', (text) => {
    expect(found(location, text)).toEqual([]);
  });
});

describe('location: short forms of a country that the package lacks', () => {
  it.each([
    ['Supply Chain Analyst · Lubumbashi, DR Congo', ['Lubumbashi, DR Congo']],
    ['She lives in DR Congo now.', ['DR Congo']],
    ['Born in Kinshasa, Congo-Kinshasa', ['Kinshasa, Congo-Kinshasa']],
  ])('%s', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: a language glossed in brackets is no place', () => {
  it.each([
    ['Languages: Español (Spanish), Deutsch (German)', []],
    ['LANGUAGES\nDeutsch (German) — C1', []],
    // A town with its country in brackets stays.
    ['Wien (Austria)', ['Wien (Austria)']],
  ])('%j', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: a venue before its town, an aircraft after its maker', () => {
  it.each([
    ['Sous Chef — Restaurant Daniel, New York (2014 – 2019)', ['New York']],
    ['Executive Chef — Hôtel Beaurivage, Geneva (2019 – present)', ['Geneva']],
    ['Aircraft flown: Cessna 172, Piper PA-44 Seminole', []],
    ['Trained students on the Cessna 172 and Piper Seminole', []],
    // The town alone stays a place.
    ['Moved to Seminole, Oklahoma in 2012', ['Seminole, Oklahoma']],
  ])('%j', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});

describe('location: a UK postcode district after its town', () => {
  it.each([
    ['Based in London EC4', ['London EC4']],
    ['London EC4 · Manchester M1 · Leeds LS1', ['London EC4', 'Manchester M1', 'Leeds LS1']],
    ['Office: London SW1A', ['London SW1A']],
    ['Manchester, M14', ['Manchester, M14']],
    ['London (EC4)', ['London (EC4)']],
    ['Birmingham B15 2TT', ['Birmingham B15 2TT']],
    // A labelled value with digits in its word is taken whole, not its letters alone.
    ['Location: EC4, London', ['EC4', 'London']],
    ['Location: SW1A', ['SW1A']],
    // A labelled value's district before a known place's comma, ordinary words too; no work arrangement.
    ['Location: Salt Lake, Kolkata', ['Salt Lake', 'Kolkata']],
    ['Current Location: Old Town, Edinburgh', ['Old Town', 'Edinburgh']],
    ['Location: Remote, India', ['India']],
    ['Location: Software Engineering, London', ['London']],
    // No outward code: a year, a state's code.
    ['London 2012 Olympics volunteer', ['London']],
    ['Austin, TX 2015 – 2018', ['Austin, TX']],
  ])('%j', (text, expected) => {
    expect(found(location, text)).toEqual(expected);
  });
});
