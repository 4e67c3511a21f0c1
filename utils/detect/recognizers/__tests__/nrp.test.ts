import { describe, expect, it } from 'vitest';
import { nrp } from '../nrp';
import { found } from './helpers';

describe('nrp recognizer', () => {
  it.each([
    ['The Finnish Border Force detained him', ['Finnish']],
    ['We are proud paraguayans', ['paraguayans']],
    ['a practising Muslim and a Hindu', ['Muslim', 'Hindu']],
    ['registered Democrat', ['Democrat']],
    ['She is Hispanic', ['Hispanic']],
    ['Nationality: Indian', ['Indian']],
    // A nationality after a semicolon, and before "professional" with no dash, still describes people.
    ['He is Irish; English clients preferred', ['Irish', 'English']],
    ['English professional footballers', ['English']],
    // The nationality is the person's, not an employer's first word.
    ['I am an American citizen; Saudi national', ['American', 'Saudi']],
    // Origins in one hyphenated word, also with a people's language as its first part.
    ['a German-born engineer', ['German-born']],
    ['Turkish-American engineer', ['Turkish-American']],
    ['Korean-Canadian Women in Tech', ['Korean-Canadian']],
    // A community named after a nationality is the member's, not an employer.
    ['Activities and societies: Rowing club, Turkish Students Association', ['Turkish']],
    ['Treasurer, Chinese Students and Scholars Association', ['Chinese']],
    // A faith's word before no hospital, school or charity noun, or before a lower-case one, is the person's.
    ['I teach at a Catholic school; Christian Medical Fellowship', ['Catholic', 'Christian']],
    ['Treasurer, Muslim Students Association; Jewish Community Center', ['Muslim', 'Jewish']],
    ['Lutheran Youth Services volunteer; Baptist youth camp', ['Lutheran', 'Baptist']],
    // Its members' word before the institution's word names a community, not an employer.
    ["Volunteer, Muslim Women's Health Association of Quenbury", ['Muslim']],
    ['Catholic Students Health Clinic volunteer', ['Catholic']],
    ['Member of St. Mark’s Lutheran Church', ['St. Mark’s Lutheran Church']],
    // Smaller faiths, the apostrophe of "Baha'i" too.
    ["Volunteer, Ismaili Youth Council; Baha'i study circle", ['Ismaili', "Baha'i"]],
    // Religious dress names the faith as plainly.
    ['I wear a hijab; he wears a kippah', ['hijab', 'kippah']],
    ['Hobbies: reading the Bhagavad Gita, Hadith study circle', ['Bhagavad', 'Hadith']],
    ['Druze heritage society; Yazidi community choir; Alevi cultural centre', ['Druze', 'Yazidi', 'Alevi']],
    // A sensory impairment of the writer's own.
    ['I live with a hearing impairment, which has never limited my work.', ['hearing impairment']],
    ['My visual impairment is corrected.', ['visual impairment']],
    // Chicano identity; an immigration status that states one's origin.
    [
      'Member, Society for Chicanos/Hispanics in Science; Chicana artist collective',
      ['Chicanos', 'Hispanics', 'Chicana'],
    ],
    ['I am a DACA recipient and an asylee since 2015.', ['DACA', 'asylee']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    ['Languages: English, French and German'],
    ['Taught English 7 and 8'],
    // A language list split by semicolons, a level after a dash (Gulf and South Asian CVs).
    ['Languages: Arabic – mother tongue; English – professional'],
    ['Languages: English – fluent; French – basic'],
    ['Languages: Urdu — native; English — working proficiency'],
    ['articles on Iraqi construction law and Islamic banking'],
    ['Review and repeal of Kenyan laws'],
    ['Fluent in Spanish'],
    ['translated from English to Arabic'],
    ['Indian Institute of Technology'],
    // The first word of an organisation's name.
    ['Research fellow at Norwegian Computing Center'],
    // A relief society named by its country.
    ['CPR/AED certified (American Red Cross), 2024'],
    ['Volunteer, Kenya Red Cross Society; Turkish Red Crescent'],
    ['AMERICAN MEDIA INC. (AMI), New York'],
    ['Secretary, Nigerian Association of Computer Science Students'],
    // A well-known employer that opens with a nationality.
    ['Process Engineer, Saudi Aramco, Dhahran'],
    ['Analyst at American Express, 2012 - 2015'],
    ['Client: British Petroleum (BP), Houston'],
    // A heading that is also a self-identification label, before a line of its own.
    ['Disability\nRights advocate at a nonprofit, leading a team of 12'],
    ['Race\nFinished the Berlin marathon in 2019.'],
    ['Race: '],
    ['Skills: gender equality advocacy, veteran outreach'],
    // A hyphenated pair that describes a firm, a dish or a pair of languages.
    ['ABB is a Swiss-Swedish multinational corporation'],
    ['Upscale Italian-American restaurant with $3.2M in sales'],
    ['German-English translator'],
    // A language before a language job's noun.
    [
      'Spanish Interpreter (certified); French Tutor, 2018; German Instructor; Japanese Localization Specialist',
    ],
    ['Spanish-speaking customers'],
    // Europass's language grid: CEFR levels after the language, "Mother tongue(s)" before it.
    ['Mother tongue(s)\tFrench\nOther language(s)\tUNDERSTANDING\tSPEAKING\nEnglish\tC1\tC1\tB2'],
    ['German  B2  B2  B1  B1  A2'],
    ['Mother tongues: Polish; Hobbies: chess'],
    ['Category: Full-time'],
    ['Category: General Management'],
    // The first word of a two-word faith, alone, is an ordinal.
    ['shipped on the seventh-day of the sprint'],
    // The older Europass field label, "(s)" and the language on the same line.
    ['Mother tongue(s) Romanian\nOther language(s) English\nDigital skills'],
    ['Other language(s) German, French\nDriving licence B'],
    // A faith's word in the name of a hospital, health system, school or charity names the employer.
    ['Registered Nurse, Riverside Methodist Hospital, Columbus, OH'],
    ['Charge Nurse, Baptist Health, Louisville, KY, 2015 – 2018'],
    ['Clinical Analyst, Adventist Health, Roseville, CA'],
    ['Data Analyst, Catholic Health Initiatives, Denver'],
    ['Care Coordinator, Methodist Le Bonheur Healthcare, Memphis'],
    ['Member Services, Christian Care Ministry, Melbourne, FL'],
    ['Nurse, Jewish General Hospital, Montreal'],
    ['Caseworker, Catholic Charities USA'],
    ['Aide, Lutheran Home Care & Hospice'],
    ['Resident, BAPTIST MEDICAL CENTER'],
    ['Pharmacist, Baptist Memorial Hospital-Memphis, 2010 – 2014'],
    // A veterans' organisation named after a nation.
    ['Volunteer, American Legion Post 123; Royal British Legion'],
    ['Social Worker, Jewish Family Service; Caseworker, Lutheran Social Services'],
    ['Teacher at St. Mary Catholic School, 2015 - 2019'],
    ['Staff Nurse at Presbyterian Hospital; Mercy Medical Center; St. Luke’s Episcopal Hospital'],
    ['Caseworker at Lutheran Services Carolinas, 2019 – 2022'],
    ['Program Officer, Catholic Relief Services, Nairobi'],
    ['Care Assistant, Baptist Homes; Activities Lead, Presbyterian Senior Living'],
    // A list's last language before the next line's label is a language, not a people's word.
    ['Languages Known : Telugu, Hindi, English\nNationality'],
    ['Languages\nIrish\nFull professional proficiency'],
    ['Languages: Irish (fluent), Welsh (native), Catalan (C1)'],
    ['Languages: Yoruba, English; Quechua (basic)'],
  ])('no NRP term in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
  // Plurals and "-man" forms are looked up without their ending: the pre-check on how a word starts
  // must let them through (four-letter starts, three-letter terms such as "Jew").
  it.each(['Andorran', 'andorrans', 'Peruvians', 'Englishmen', 'Jews', 'Sikhs', 'Thais', 'Irishman', 'Jain'])(
    'finds %s after "a proud"',
    (word) => {
      expect(found(nrp, `He is a proud ${word} man who joined.`)).toEqual([word]);
    },
  );
  // The pre-check answers a three-letter word by the three-letter terms alone, and a word with a
  // digit first by no look-up at all: terms of three letters are still found, nothing else is.
  it.each(['Jew', 'jew', 'JEW'])('finds the three-letter term %s', (word) => {
    expect(found(nrp, `He is a proud ${word} who joined.`)).toEqual([word]);
  });
  it.each(['He is a proud and kind man.', 'He is a proud 2012 Thai1 and 4Thai man.'])(
    'finds no term in %s',
    (text) => {
      expect(found(nrp, text)).toEqual([]);
    },
  );

  // Places of worship by name, scriptures and observances, two-word ethnic terms (invented lines).
  it.each([
    ["Youth leader at St. Mark's Lutheran Church (2015-2019)", ["St. Mark's Lutheran Church"]],
    ['Treasurer, Riverside Community Church, Springfield', ['Riverside Community Church']],
    [
      'Volunteer, Church of Jesus Christ of Latter-day Saints',
      ['Church of Jesus Christ of Latter-day Saints'],
    ],
    ['Weekend tutor at Masjid Al-Noor', ['Masjid Al-Noor']],
    ['taught church related lessons and games', ['church']],
    ['Led a weekly Bible study group; organised the Diwali fair', ['Bible', 'Diwali']],
    // Campus faith groups.
    ['Activities: Hillel board member; Chabad on Campus volunteer', ['Hillel', 'Chabad']],
    ['Small group leader, Campus Crusade for Christ', ['Christ']],
    // A group's acronym after a trait's word, there and wherever else it stands alone.
    ['Muslim Students Association (MSA) president; MSA treasurer 2021', ['Muslim', 'MSA']],
    // An acronym of the words after the trait's word alone is theirs ("Kenya Advanced Certificate …").
    ['Alliance High School, Kikuyu  Kenya Advanced Certificate of Education (KACE)', ['Kikuyu']],
    [
      'National Society of Black Engineers (NSBE), 2019-2023; NSBE regional chair',
      ['Black Engineers', 'NSBE'],
    ],
    ['sang in the synagogue choir', ['synagogue']],
    // Temples, and the name written before a lower-case place of worship.
    ['Hobbies: Volunteering at ISKCON temple, cricket', ['ISKCON temple']],
    ['Interests: singing bhajans at the Sai Baba temple', ['bhajans', 'Sai Baba temple']],
    ['Volunteer: Sri Venkateswara Temple, Pittsburgh', ['Sri Venkateswara Temple']],
    ['Hobbies: Visiting temples, reading', ['temples']],
    ['Volunteer, Hindu Temple of Atlanta', ['Hindu Temple of Atlanta']],
    ['youth choir at St. Mary church', ['St. Mary church']],
    ['Hobbies: visiting gurudwaras, chess', ['gurudwaras']],
    ['Volunteer at Shri Ram Mandir, Pune', ['Shri Ram Mandir']],
    // One English word before a glue word is the sentence's, not the church's name.
    ['Member of Hope Church choir', ['Hope Church']],
    ['Visited the Church of St. John', ['Church of St. John']],
    ['Secretary of the Church of England youth club', ['Church of England']],
    ['Volunteer at Our Lady of Lourdes Church', ['Our Lady of Lourdes Church']],
    ['Mentor, Black Engineers Network', ['Black Engineers']],
    ['Member of the Black Teachers Network; Black Educators Alliance', ['Black Teachers', 'Black Educators']],
    ['As an African American woman in tech', ['African American']],
    ['Member of the Native Hawaiian Chamber of Commerce', ['Native Hawaiian']],
    ['Pacific Islander heritage', ['Pacific Islander']],
    // A faith named in two words goes whole: "Seventh-day" alone would still name it.
    ['As a practising Seventh-day Adventist, I keep Saturdays free', ['Seventh-day Adventist']],
    ["raised as a Jehovah's Witness", ["Jehovah's Witness"]],
    ['youth leader for the Latter-day Saints ward', ['Latter-day Saints']],
    ['Volunteer, Mennonite relief sale', ['Mennonite']],
    // An origin in two words, before a community's organisation or no capitalised word; "Korean" too.
    ['Member, Polish American Society of Central Texas', ['Polish American']],
    ['Member, Korean American Association of Dallas', ['Korean American']],
    ['Volunteer at the Mexican American Cultural Center', ['Mexican American']],
    ['As an Italian American first-generation graduate', ['Italian American']],
    ['Treasurer, Korean Students Association', ['Korean']],
    // A protected-trait field's value, whatever it is; citizenship after a country's short name.
    ['Religion: Hindu. Caste: OBC.', ['Hindu', 'OBC']],
    ['Religion: Lutheran\nCaseworker, Lutheran Services Carolinas', ['Lutheran']],
    // A bracket after the field's value refines it: it goes with it.
    ['Religion: Christian (Syro-Malabar)', ['Christian (Syro-Malabar)']],
    ['Religion - Christian (Syro-Malabar), Caste: Nair', ['Christian (Syro-Malabar)', 'Nair']],
    ['Nationality : Indian (by birth)\nPassport: Z1234567', ['Indian (by birth)']],
    // A reservation category under a plain "Category" label (a general label otherwise).
    ['Category : OBC-NCL', ['OBC-NCL']],
    ['Category: SC\nDomicile: Bihar', ['SC', 'Bihar']],
    // A personal-details table: the label opening its line, a tab or three spaces, the value.
    ['Caste        OBC\nCategory     General\nReligion\tHindu', ['OBC', 'General', 'Hindu']],
    ['Our community    outreach grew; the race     to ship', []],
    ['Nationality: COLOMBIANA    Date of birth', ['COLOMBIANA']],
    ['Race: Prefer not to say | Veteran: No', ['Prefer not to say', 'No']],
    // Self-identification answers of US application forms (EEO), on the label's line or the next.
    ['Gender: Non-binary', ['Non-binary']],
    ['Sexual orientation: Gay', ['Gay']],
    // A resume's pronouns field states gender identity whatever it says.
    ['Pronouns: they/them', ['they/them']],
    ['Jane Doe\nPreferred pronouns: xe/xem', ['xe/xem']],
    [
      'Disability Status: Yes, I have a disability (or previously had a disability)',
      ['Yes, I have a disability (or previously had a disability)'],
    ],
    [
      'Voluntary Self-Identification\nGender\nWoman\nVeteran Status\nI am not a protected veteran\nDisability Status\nNo, I do not have a disability',
      ['Woman', 'I am not a protected veteran', 'No, I do not have a disability'],
    ],
    // Race and ethnicity questions with the answer on the next line, as ATS pages lay them out.
    [
      'Gender\nWoman\nRace\nAsian\nVeteran Status\nI am not a veteran',
      ['Woman', 'Asian', 'I am not a veteran'],
    ],
    // (The question's own words are NRP terms already.)
    [
      'Are you Hispanic/Latino?\nNo\nRace/Ethnicity\nTwo or More Races',
      ['Hispanic', 'Latino', 'No', 'Two or More Races'],
    ],
    ['Ethnicity\nWhite British', ['White British']],
    // The same questions as Lever, Ashby and Workday application forms ask them, a question above its answer.
    [
      'What is your gender identity?\nMan\nWhat is your race/ethnicity?\nTwo or more races\nAre you a veteran?\nI identify as one or more of the classifications of protected veteran',
      ['Man', 'Two or more races', 'I identify as one or more of the classifications of protected veteran'],
    ],
    [
      'Do you have a disability?\nYes, I have a disability (or previously had a disability)\nWhat is your sexual orientation?\nGay',
      ['Yes, I have a disability (or previously had a disability)', 'Gay'],
    ],
    ['Please identify your race\nWhite', ['White']],
    // The fixed answers of the forms (OMB race categories, CC-305, VEVRAA) wherever they stand.
    [
      'Please check one of the boxes below:\nNo, I do not have a disability and have not had one in the past',
      ['No, I do not have a disability and have not had one in the past'],
    ],
    [
      'Submitted\nYes, I have a disability (or previously had a disability)',
      ['Yes, I have a disability (or previously had a disability)'],
    ],
    ['Status\nI am not a protected veteran', ['I am not a protected veteran']],
    [
      'Answer\nI identify as one or more of the classifications of protected veteran',
      ['I identify as one or more of the classifications of protected veteran'],
    ],
    ['Selected: Hispanic or Latino', ['Hispanic or Latino']],
    ['Two or More Races (Not Hispanic or Latino)', ['Two or More Races (Not Hispanic or Latino)']],
    ['White (Not Hispanic or Latino)', ['White (Not Hispanic or Latino)']],
    ['Native Hawaiian or Other Pacific Islander', ['Native Hawaiian or Other Pacific Islander']],
    ['American Indian or Alaska Native', ['American Indian or Alaska Native']],
    // A refusal or a race alone under a question about a trait.
    [
      'Please select the ethnicity which best describes how you identify yourself:\nI don’t wish to answer',
      ['I don’t wish to answer'],
    ],
    ['Which race do you identify with?\nWhite', ['White']],
    ['Community - Reddy\nLanguages: Telugu', ['Reddy']],
    // The fields after a personal section's label on their line.
    ['Personal: Sex: F | Age: 34', ['F']],
    ['Skills: Java\nPersonal Information: Sex: M', ['M']],
    ['Work authorization: U.S. Citizen.', ['U.S. Citizen']],
    ['My husband and I are both naturalised US citizens.', ['US citizens']],
    ['UK national, full driving licence', ['UK national']],
    // The same fields in European CVs, with lower-case values no nationality list holds.
    ['Staatsangehörigkeit: deutsch\nFamilienstand: ledig', ['deutsch']],
    ['Nationalität: österreichisch', ['österreichisch']],
    ['Nationalité : française\nPermis B', ['française']],
    ['Nacionalidad: española', ['española']],
    ['Nazionalità: italiana', ['italiana']],
    ['Nationaliteit: Nederlandse', ['Nederlandse']],
    ['Konfession: evangelisch', ['evangelisch']],
    ['Obywatelstwo: polskie', ['polskie']],
    ['Uyruğu: Türkiye Cumhuriyeti', ['Türkiye Cumhuriyeti']],
    ['Kewarganegaraan: Indonesia', ['Indonesia']],
    // Malay and Indonesian race, ethnicity and citizenship fields.
    ['Bangsa: Melayu', ['Melayu']],
    ['Kaum: Cina', ['Cina']],
    ['Suku: Jawa', ['Jawa']],
    ['Warganegara: Malaysia', ['Malaysia']],
    ['Askerlik Durumu: Muaf\nEhliyet: B Sınıfı', ['Muaf']],
    ['Askerlik: Tamamlandı', ['Tamamlandı']],
    // Military status (Egypt and elsewhere: only men state it), domicile (Pakistan), tribe (Kenya).
    ['Military Status: Completed\nMarital Status: Single', ['Completed']],
    ['Military Service Status: Exempted', ['Exempted']],
    // … in a bulleted personal-data list.
    ['Personal Data\n- Military Status: Exempted\n- Marital Status: Single', ['Exempted']],
    ['• Gender: Male\n• Nationality: Egyptian', ['Male', 'Egyptian']],
    ['  *  Sex: F', ['F']],
    // The combined age and sex field (Filipino, South Asian resumes): the sex may come first in the value.
    ['Sex/Age: F/27', ['F/27']],
    ['AGE / GENDER : 29 / Female', ['29 / Female']],
    // The answer ends at a bar or at the next field's label on its line.
    ["Gender: Female | Race: African | Driver's Licence: Code B", ['Female', 'African']],
    ['Sex: Male   Date of Birth: 3 May 1990', ['Male']],
    // … and in a table without colons, past a tab or three spaces (two spaces are no gap).
    ['Name: Ravi Tejomurthy\nSex          F\nGender\tMale\nSexual orientation  Straight', ['F', 'Male']],
    // … or at a full stop, semicolon or comma before the next field's label, which is a field of its own.
    ['Sexual orientation: gay. Disability: none', ['gay', 'none']],
    ['Gender: female; Veteran status: not a veteran', ['female', 'not a veteran']],
    ['Pronouns: she/her, Sexual orientation: lesbian', ['she/her', 'lesbian']],
    // (Not at another word's colon: the answer goes on.)
    ['Disability: Yes. Accommodation needed: screen reader', ['Yes. Accommodation needed: screen reader']],
    ['Gender: Male | Nationality: South African', ['Male', 'South African']],
    // … not at a colon inside the answer, nor at a capital after one space.
    [
      'Disability status: Yes, I have a disability (or previously had a disability)',
      ['Yes, I have a disability (or previously had a disability)'],
    ],
    ['Domicile: Punjab\nReligion: Islam', ['Punjab', 'Islam']],
    ['Tribe: Kikuyu', ['Kikuyu']],
    // Military service with its colon (Korea, Turkey, Greece), the political status of Chinese resumes.
    ['Military service: completed (Hellenic Army)', ['completed (Hellenic Army)']],
    // The same field in Italian, Spanish, French and German CVs.
    ['Servizio militare: assolto\nPatente: B', ['assolto']],
    ['Servicio militar: cumplido', ['cumplido']],
    ['Service national : effectué', ['effectué']],
    ['Wehrdienst: 2009 – 2010, Panzergrenadierbataillon', ['2009 – 2010, Panzergrenadierbataillon']],
    ['Political status: CPC member\nHukou: Beijing', ['CPC member']],
    ['Party membership: League member', ['League member']],
    // A second nationality after "/", European parties.
    ['Nationality: German / Turkish', ['German / Turkish']],
    ['Member of the SPD youth organisation', ['SPD']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    ['Office at 12 Church Street, Leeds'],
    // The same words in prose, or under a question about something else.
    ['We welcome veterans and people with disabilities to apply'],
    ['Which colour theme do you prefer?\nWhite'],
    ['Any questions about the role?\nI don’t wish to answer'],
    ['She has a disability insurance background'],
    ['Race day\nWhite water rafting'],
    ['Skills\nPronouns and grammar in English teaching'],
    ['Moved to Chapel Hill in 2019'],
    ['Brand manager at Church & Dwight'],
    // "Temple" alone: a university, a town, a surname, a game.
    ['Temple University, Philadelphia'],
    ['Temple, TX 76501'],
    ['Cloned Temple Run in Unity'],
    // Regions, and a language skill.
    ['Latin American Studies minor'],
    ['Languages: Korean, English'],
    ['Fluent in Korean and Japanese'],
    // A school named as a house of learning.
    ["10th (CBSE) - Bhavan's Vidya Mandir, Elamakkara - 2012"],
    ['SSC from Saraswati Shishu Mandir, Gorakhpur'],
    ['Black belt in lean six sigma; black box testing'],
    ['Black staff uniforms and Black Friday sales'],
    ['first nations of the world cup'],
    ['Thesis on Church history and Biblical studies'],
    // A field name in prose, or with a long sentence after it, is no form field.
    ['Community outreach: organised weekly food drives for local shelters and schools'],
    // A community's field whose value a place's last word ends is where the person lives.
    ['Community: Jumeirah Village Circle'],
    ['Community: Emerald Heights'],
    ['Ran the race - finished in 3 hours'],
    ['US nationals team'],
    // The field words in prose, with no separator after them.
    ['Studie zur Staatsangehörigkeit und Migration'],
    ['la nationalité des entreprises partenaires'],
    // Military service as work, and the new field words in prose.
    ['Military experience\nServed 4 years as a signals officer'],
    ['Military: 2010-2014 Army'],
    ['tribe of five engineers'],
    // "MILITARY SERVICE" heading a veteran's jobs, without a colon, is work history.
    ['MILITARY SERVICE\nU.S. Army, Sergeant, 2006 – 2010'],
    ['Service: Customer support\nService militaire\nManaged service delivery'],
    // The Turkish label too needs its colon.
    ['Askerlik hizmeti 2015 yılında tamamlandı'],
    ['Military service and political science electives'],
    // A bullet before a word that opens no field, or before a label in prose.
    ['- Military experience: 4 years in logistics'],
    ['- Gendered language audit of job ads'],
    ['Age and gender analysis of 300 survey responses'],
    ['Average age/sex ratio: 1.2'],
    // Other questions of the same forms, and a question heading a paragraph.
    ['Do you have a valid work permit?\nYes'],
    ['What is your notice period?\n3 months'],
    ['What is your disability inclusion strategy?\nWe audited every hiring step for accessibility barriers.'],
  ])('no NRP term in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe("nrp: a group's acronym only after a trait's word", () => {
  it.each([
    // An acronym in brackets after a name without a trait's word, or a tool.
    ['Society of Professional Engineers (SPE); SPE chapter lead'],
    ['Built with Amazon Web Services (AWS); AWS certified'],
  ])('%s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: faith words of European CVs in running text', () => {
  it.each([
    ['Interessen: Chor der evangelischen Kirchengemeinde', ['evangelischen', 'Kirchengemeinde']],
    ['Mitglied der muslimischen Studentenvereinigung', ['muslimischen']],
    ['Bénévole à la paroisse catholique', ['paroisse', 'catholique']],
    ['Voluntaria en la parroquia católica', ['parroquia', 'católica']],
    ['Volontario nella parrocchia, gruppo giovani cattolici', ['parrocchia', 'cattolici']],
    ['Vrijwilliger bij de katholieke jeugdvereniging', ['katholieke']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    // The faith's word that opens an employer's name (a hospital, a foundation) is the employer's.
    ['Pflegefachkraft, Evangelisches Krankenhaus Bielefeld'],
    ['Erzieherin, Katholische Stiftung Marienhaus'],
    ['Jude Law fan club'],
    ['Kirchen and Partners LLP'],
  ])('no faith word in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: "Asian" before a people noun, and the veterans\' preference of US federal resumes', () => {
  it.each([
    ['President, Society of Asian Scientists and Engineers (SASE)', ['Asian Scientists', 'SASE']],
    ['Asian Students Association, treasurer', ['Asian Students']],
    ["Veterans' Preference: 10-point (CPS) | Security Clearance: Secret", ['10-point (CPS)']],
    ['Veterans Preference: 5-point (TP)', ['5-point (TP)']],
    ["Veteran's Preference: 5-point", ['5-point']],
    ['Veteran’s Preference: None', ['None']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    ['Covered Asian markets for a broker'],
    ['Analyst, Asian Development Bank, Manila'],
    ['Asian Paints, Mumbai'],
  ])('no trait in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: sexual orientation, gender identity and disability stated of the candidate', () => {
  it.each([
    ['Member of LGBTQ+ employee resource group; openly gay.', ['LGBTQ+', 'gay']],
    ['Volunteer, Gay Pride committee 2019', ['Gay Pride']],
    ['Hobbies: choir, Rotary Club, Pride Network', ['Pride Network']],
    [
      'Chair, Disability Employee Resource Group; Pride Month lead',
      ['Disability Employee Resource Group', 'Pride Month'],
    ],
    ['oSTEM chapter president; co-founded the gay and lesbian alliance', ['oSTEM', 'gay and lesbian']],
    ['As a wheelchair user, I advocate for accessible design.', ['wheelchair user']],
    ['Profoundly deaf since birth; fluent in BSL.', ['deaf']],
    [
      'I am disabled and legally blind; visually impaired since 2010.',
      ['disabled', 'legally blind', 'visually impaired'],
    ],
    ['Disabled Veteran, US Army 2008-2014', ['Disabled Veteran']],
    ['Pronouns aside, I am non-binary and neurodivergent.', ['non-binary and neurodivergent']],
    ['Speaker at LGBTQ+/queer tech meetups; transgender rights volunteer', ['LGBTQ+/queer']],
    ['Mentor to students as an autistic engineer', ['autistic']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    // Others' traits are the work; a trait word that names an employer or a topic stays.
    ['Teacher of the Deaf, 2015-2020; taught autistic children and deaf learners'],
    ['Case worker, LGBT Foundation; Disability Claims Specialist'],
    ['Built a double-blind review process; disabled the legacy cache; hearing-impaired students'],
    ['Workshops on Disability Inclusion for local schools; Pride Mobility (sales)'],
    ['Joined the LGBTQ+ community outreach team; wheelchair-accessible venues'],
    ['GAY-LUSSAC LAB notes; Gay-Lussac law; Harold Gay, Sales Manager'],
    ['Taught students with a hearing impairment; research on visual impairment in older adults'],
  ])('no trait in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: a nationality after an age or a marital status, and a party named by its ideology', () => {
  it.each([
    ['32-year-old married Filipino, open to relocation.', ['Filipino']],
    ['A 28 years old single Tamil, seeking work.', ['Tamil']],
    // Peoples of Africa, Asia and the Americas: wherever they stand, or, where they are also languages,
    // where they do not read as one ("I am a proud Kikuyu"; "Languages: Yoruba, English" stays).
    ['Born in Nyeri, I am a proud Kikuyu and fluent in Swahili.', ['Kikuyu']],
    ['Member of the Hmong Student Association', ['Hmong']],
    ['Grew up in a Druze village; Maasai beadwork collector', ['Druze', 'Maasai']],
    ['Objective: divorced Filipino\nSkills', ['Filipino']],
    ['Volunteer, Democratic Party, 2016 campaign.', ['Democratic Party']],
    ['Labour Party activist; Green Party candidate', ['Labour Party', 'Green Party']],
    ['Social Democratic Party youth wing', ['Social Democratic Party']],
    ['Bharatiya Janata Party IT cell volunteer', ['Bharatiya Janata Party']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    ['Languages: English (fluent), single Filipino speaker'],
    ['Married, Filipino and English speaking'],
    ['Languages known: Filipino, English'],
    ['Third Party Logistics coordinator; managed Third-Party vendors'],
    ['Organised the Birthday Party; Working Party on Data Protection; Party City store manager'],
  ])('no trait in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: a home language as a field', () => {
  it.each([
    ['Home Language: Sesotho\nOther languages: English (fluent)', ['Sesotho']],
    ['home language: isiXhosa  Second Language: English', ['isiXhosa']],
    ['ID Number: withheld | Home language: Setswana; English: fluent', ['Setswana']],
    ['Heritage language: Gujarati', ['Gujarati']],
    ['Languages: English (native), Zulu (home language)', ['Zulu']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });
  it.each([
    ['Languages: English (native), Spanish (fluent)'],
    ['Other languages: English (fluent), isiZulu (conversational)'],
    ['Mother tongue(s): Portuguese\nOther language(s): English'],
    ['Built a home language-learning app: Kotlin'],
  ])('no NRP in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: an organisation of Asian members', () => {
  it.each([
    ['Treasurer, South Asian Business Association', ['South Asian']],
    ['Member, Asian MBA Club', ['Asian']],
    ['Asian Law Students Association, president', ['Asian']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });
  it.each([
    ['Asian Development Bank intern'],
    ['Covered South Asian markets; Asian Paints analyst'],
    ['Asian Football Confederation'],
  ])('no NRP in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: devotions and observances among hobbies', () => {
  it.each([
    ['Hobbies: bhajan singing, kirtan, iftar volunteering', ['bhajan', 'kirtan', 'iftar']],
    ['Interests: Shabbat dinners, Garba nights', ['Shabbat', 'Garba']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });
  it.each([['Garbage collection tuning in Java'], ['Hajjar Okoro, Data Analyst']])('no NRP in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: a visa or status open only to some nationalities', () => {
  it.each([
    ['Work authorization: TN visa', ['TN visa']],
    ['Work Authorization: TN', ['TN']],
    ['Work authorization: TN-1 visa', ['TN-1 visa']],
    ['Open to relocation (TN-eligible)', ['TN-eligible']],
    ['Visa status: E-3 (renewable)', ['E-3']],
    ['Currently on an E-3 visa, transferable', ['E-3 visa']],
    ['Authorized to work in the US (H-1B1 visa)', ['H-1B1 visa']],
    ['Right to work: EUSS settled status', ['EUSS settled status']],
    ['UK right to work (pre-settled status)', ['pre-settled status']],
    ['OCI card holder, no sponsorship needed', ['OCI card holder']],
    ['Status: OCI cardholder', ['OCI cardholder']],
    ['Holds a UK Ancestry visa', ['UK Ancestry visa']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    // Visas and permits that any nationality may hold stay, as employers ask for them.
    ['Work authorization: H-1B visa'],
    ['Work authorization: Green Card'],
    ['Visa: Employment visa'],
    // The same letters elsewhere: a state, a cloud, a grade.
    ['Offices in Nashville, TN 37201'],
    ['Migrated workloads to OCI and AWS'],
    ['Promoted to pay band E-3 in 2021'],
    ['Settled the account status with vendors'],
  ])('nothing in %s', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});

describe('nrp: a political body named whole around its ideology', () => {
  it.each([
    ['Member, Democratic Socialists of America (2019 - 2022)', ['Democratic Socialists of America']],
    ['Member of the Communist Youth League since 2010.', ['Communist Youth League']],
    ['President, Young Republicans Club, 2015', ['Young Republicans Club']],
    ['Volunteer, Democrats Abroad UK', ['Democrats Abroad']],
    ['Treasurer, College Democrats of the University', ['College Democrats']],
    // Lower case or a plain sentence: the ideology's word alone, as before.
    ['Conservatives and Liberals debated.', ['Conservatives', 'Liberals']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });
});

describe('nrp: a nationality written alone, and an ethnic group named with one', () => {
  it.each([
    // The package's name carries its country in brackets ("Congolese (Republic of the Congo)").
    ['What is your nationality?\nCongolese\n', ['Congolese']],
    ['As a Congolese engineer I set up the cycle.', ['Congolese']],
    ['She is Dominican.', ['Dominican']],
    // "Irish" alone would leave "Traveller" to say it (the census's "Gypsy or Irish Traveller").
    ['Ethnicity (voluntary)\nIrish Traveller\n', ['Irish Traveller']],
    ['I identify as an Irish Traveller.', ['Irish Traveller']],
    ['Gypsy or Irish Traveller', ['Gypsy', 'Irish Traveller']],
    // A traveller on a trip is no people.
    ['An Irish traveller on business trips', ['Irish']],
  ])('%s', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });
});

describe('nrp: two peoples joined, and languages glossed in a list', () => {
  it.each([
    // Two languages that also name peoples, joined, state an origin ...
    ['Heritage: Turkish-German', ['Turkish-German']],
    ['I am Turkish-German and speak both languages.', ['Turkish-German']],
    ['Korean-Canadian software engineer', ['Korean-Canadian']],
    // ... unless translating is said beside them, or English is one of them.
    ['German-French translator, 2015 - 2020', []],
    ['Translation: Turkish-German, legal texts', []],
    ['German-English interpreting', []],
    // A language's own name with its English name in brackets: a language list's item.
    ['Languages: Español (Spanish), Français (French), Deutsch (German)', []],
    [
      'Languages\nEspañol (Spanish)\nNative or bilingual proficiency\nFrançais (French)\nElementary proficiency',
      [],
    ],
    ['Languages\nSvenska (Swedish) – native\nPolski (Polish)', []],
    ['LANGUAGES\nEspañol (Spanish) · Italiano (Italian)', []],
    ['Idiomas\nEspañol (Spanish)\nEnglish', []],
    // A nationality in brackets after a country stays.
    ['Citizenship: India (Indian)', ['India (Indian)']],
  ])('%j', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });
});

describe('nrp: memberships that state politics or orientation', () => {
  it.each([
    ['Others\nParty member (CPC); Mandarin (native)', ['Party member (CPC)']],
    ['CPC member since 2014', ['CPC member']],
    ['Member, Out in Tech; volunteer at Out & Equal', ['Out in Tech', 'Out & Equal']],
    // At a line's start too.
    ['Volunteering\nOut in Tech mentor, 2021 – present', ['Out in Tech']],
    // Marketing's cost per click, and a party that is an event, stay.
    ['Paid search: CPC, CPA, ROAS', []],
    ['Organised the office party; member of the social committee', []],
    ['Way Out in Front', []],
  ])('%j', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });
});

describe('nrp: mixed and hyphenated ethnic terms, Indigenous peoples, and faith named by two or three words', () => {
  it.each([
    [
      'Activities and societies: African-Caribbean Society, Islamic Society',
      ['African-Caribbean', 'Islamic'],
    ],
    ['President, Afro-Caribbean Society (2010)', ['Afro-Caribbean']],
    ['Afro-Latina engineer; Afro-Brazilian heritage', ['Afro-Latina', 'Afro-Brazilian']],
    ['proud mixed-race designer from a multiracial family', ['mixed-race', 'multiracial']],
    ['British Asian mentor network', ['British Asian']],
    ['Co-founder, British-Asian Founders Forum', ['British-Asian']],
    ['Chair, Indigenous Peoples network', ['Indigenous Peoples']],
    ['Member, Knights of Columbus Council 1234', ['Knights of Columbus']],
    ['Volunteer, Opus Dei youth centre', ['Opus Dei']],
    ['Served an LDS mission in Chile', ['LDS']],
    ['Bar mitzvah tutor at a community centre', ['Bar mitzvah']],
  ])('%j', (text, expected) => {
    expect(found(nrp, text)).toEqual(expected);
  });

  it.each([
    ['Survey of indigenous plants for the county'],
    ['Knights of the Round Table quiz night'],
    ['Wrote bat files and batch scripts'],
    ['Met the team at the bar after the launch'],
    ['The magnum opus of the design team'],
  ])('no trait in %j', (text) => {
    expect(found(nrp, text)).toEqual([]);
  });
});
