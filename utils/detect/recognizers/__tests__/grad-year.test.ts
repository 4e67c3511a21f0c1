import { describe, expect, it } from 'vitest';
import { gradYear } from '../grad-year';
import { found } from './helpers';

describe('grad-year recognizer', () => {
  it.each([
    ['Class of 2012', ['2012']],
    // "Studied at" and an alumna's or alumnus's line make the date a school's.
    ['Studied at UCL, 2011', ['2011']],
    ['Alumna of UCL (2011).', ['2011']],
    ['Studied the market in 2019 and launched in 2020.', []],
    // "Graduate" before a capitalised job word is the job's grade: its dates stay; a graduate degree's go.
    ['EXPERIENCE\nGraduate Surveyor, Taylor Wimpey, York\t2013 – 2014', []],
    ['Graduate Engineer, Halvard Brinckerhoff, 2012 – 2014', []],
    ['EDUCATION\nGraduate Diploma in Law, BPP University, 2014', ['2014']],
    ['Joined Mott MacDonald in 2015 as a graduate engineer.', []],
    ['EXPERIENCE\nMott MacDonald (2015 – 2018)\nGraduate Engineer', []],
    ['BSc Physics (2012 – 2015)\nGraduated with First Class Honours', ['2012 – 2015']],
    ['EDUCATION\nGraduate Certificate in Nursing, Deakin University\t2013 – 2014', ['2013 – 2014']],
    // A job's word in the next sentence is no reason to keep the date ("…hiring manager review").
    [
      'She finished her MSc at the University of KwaZulu-Natal in 2014. Moving to hiring manager review.',
      ['2014'],
    ],
    // A year at a line's end is no range with the next line's "Date of Birth"; a range may still wrap after its dash.
    ['Year of Passing : 2015\nDate of Birth: 01/02/1993', ['2015']],
    ['B.Tech, JNTU, 2012 -\n2016', ['2012 -\n2016']],
    // The school-leaving "matric" of South African and Pakistani resumes.
    ['Matriculated 2009', ['2009']],
    ['Matric: 2008', ['2008']],
    ['Matrices 2009 review', []],
    // An alumna's year, also in brackets after the cue.
    ['U of M alum (2016)', ['2016']],
    ['Michigan alumna 2014', ['2014']],
    ['Bachelor of Commerce, Westbrook College 2005/2008', ['2005/2008']],
    ['B.S. Journalism, Westbrook University, 1938.', ['1938']],
    ['20072008 M.Sc. magna cum laude', ['20072008']],
    ['Diplomado, Universidad del Norte, Mayo de 2008.', ['Mayo de 2008']],
    ['Microsoft Certified, Databridge Academy 2009', ['2009']],
    ['B.Tech 2012, NIT Trichy', ['2012']],
    ['EDUCATION  Stanford University  2008 - 2012  SKILLS', ['2008 - 2012']],
    ['Bachelor of Science in Marketing, May 2017', ['May 2017']],
    ['graduated in 2010 with honours', ['2010']],
    ['Education, University of New York, NY (1989) Professional Experience Assistant Principal', ['1989']],
    ['Arlington High School, Virginia 2002 - 2006 Experience Pet Sitter 2004 - Present', ['2002 - 2006']],
    // European schools and degrees, and education headings on a line of their own.
    ['Universidad Complutense de Madrid, Grado en Ingeniería Informática (2006 - 2010)', ['2006 - 2010']],
    ['Politecnico di Milano, Laurea Magistrale, 2014 - 2016', ['2014 - 2016']],
    ['Gymnasium Tiergarten, Abitur 2008', ['2008']],
    ['St. Mary’s High School, A-Levels, 2010', ['2010']],
    ['Ausbildung\n2009 - 2012  Kaufmann im Einzelhandel, Rewe Markt GmbH', ['2009 - 2012']],
    ['Formación\n2004 - 2009  Licenciado en Economía', ['2004 - 2009']],
    // Spanish and Portuguese school-leaving and higher degrees, and the schools that award the first.
    ['Bachiller Académico — Colegio San Bartolomé La Merced, 2011', ['2011']],
    ['Mestrado em Engenharia — Faculdade Sul, 2018', ['2018']],
    ['Maestría en Finanzas (2015 – 2017)', ['2015 – 2017']],
    // British and Commonwealth degree abbreviations.
    ['MEng, Cornell, 2010', ['2010']],
    ['BEng (Hons) Mechanical Engineering, 2013', ['2013']],
    ['LLB, 2009', ['2009']],
    ['MPhil in Economics 2012', ['2012']],
    // A date at the end of an education line, whatever job word the next line holds.
    [
      'QUALIFICATIONS\nBachelor of Education (Primary), Queensland University of Technology, 2013\nWorking With Children Check',
      ['2013'],
    ],
    ['Education\nMA, History, Tufts University, 2012', ['2012']],
    // A military section ends the education section: its dates are no graduation years.
    ['EDUCATION\nHigh School Diploma, 2006\n\nMILITARY\nU.S. Army, Infantry (E-4), 2006 – 2010', ['2006']],
    // The month after the year, as Chinese, Japanese and Korean resumes write it.
    ['Education\n2008.09 – 2012.07  Tsinghua University, B.Eng.', ['2008.09 – 2012.07']],
    ['University of Tokyo, 2010.4 - 2014.3', ['2010.4 - 2014.3']],
    ['Tsinghua University 2008/09 - 2012/07', ['2008/09 - 2012/07']],
    // Mississippi's code before the year, as Indeed's export writes an education entry: no "MS Office".
    ['EDUCATION\nHigh school diploma\nHorn Lake High School - Horn Lake, MS\n2014', ['2014']],
    ['Education\nDelta State University - Cleveland, MS 2014', ['2014']],
    // A heading's word that opens a job or a course is no heading; a course studied keeps its years.
    ['B.Sc. Nursing, 2011 – 2015  Educational Leadership Program', ['2011 – 2015']],
    ['Certificate IV in Training and Assessment, 2014 – 2015', ['2014 – 2015']],
    ['Education\n2003 – 2005: Progressive certification to attain a National Diploma', ['2003 – 2005']],
    ['Certified Nursing Assistant program, Valley Community College, 2018 – 2019', ['2018 – 2019']],
    // An exam, as a word of its own, is education's.
    ['Passed the board exams in 2018', ['2018']],
    ['Cleared the final examinations, 2012', ['2012']],
    // Vietnamese school and degree words typed without diacritics.
    ['Truong Dai hoc Bach khoa Ha Noi, Ky su CNTT, 2016', ['2016']],
    ['Cu nhan Kinh te, tot nghiep 2019', ['2019']],
    // Indonesian and Malay graduation cues.
    ['SMA Negeri 3 Bandung, lulus 2012', ['2012']],
    ['Tahun lulus: 2016', ['2016']],
    ['DEC en sciences de la nature, Cégep de Saint-Hyacinthe, 2010 – 2012', ['2010 – 2012']],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });

  it.each([
    ['Senior Developer, Acme Corp, 2005 - 2008'],
    ['Administered SQL Server 2008 and Windows 2000'],
    ['Education\nCertificate in MS 2010 and Excel, Tally'],
    ['Invoice 20072015 paid in full'],
    ['Data Engineer\nContoso Pharmaceuticals\n2016 - 2019\nEducation\nUniversity of Washington'],
    // "exam" inside a longer word: an e-mail at example.com, a tax examiner's job, examples.
    ['Jane Doe | jane.doe@example.com | 2019'],
    ['Tax Examiner, Internal Revenue Service, 2016 – 2020'],
    ['Moved to Leeds in 2015, see examples at janedoe.dev'],
    ['Lulus Bakery, Jakarta (2016 – 2019)'],
    ['EXPERIENCE  Analyst at Infosys Technologies 2010 to 2014'],
    // "Formation" in prose is no heading; a work heading ends the education section.
    ['Formation of the data team in 2016 - 2017, growing it to 12 engineers'],
    ['Ausbildung\nBerufserfahrung\n2015 - 2019  Vertrieb bei Rewe Markt GmbH'],
    // A hospital's job near "University"; a state code that reads like a degree ("MA", "MS").
    ['Staff Nurse, Cork University Hospital, Wilton, Cork   2019 – Present'],
    ['Account Executive | Brennan Whitlock | Boston, MA | 2019 – Present'],
    ['Harbor Bank, Jackson, MS 2011 – 2014'],
    // A job line above an education heading that has more words ("EDUCATION & TRAINING").
    [
      'WORK EXPERIENCE\nApprentice Electrician, Houle Electric, Burnaby, BC   2011 – 2015\n\nEDUCATION & TRAINING\nElectrical Foundation Program',
    ],
    // A teacher's job at a school.
    ['TEACHING EXPERIENCE\nThird Grade Teacher, Lincoln Elementary School, Lancaster, PA   2018 – Present'],
    // The same format on a job line, and a version number.
    ['Work Experience\n2015.07 – 2019.06  Tencent, Senior Backend Engineer'],
    ['Upgraded SQL Server 2019.1 clusters'],
    // A job's duration in brackets after "Year".
    ['Duration: 1 Year (April 2002 until today)'],
    // A job's dates up to now in the CV's own language, above a degree.
    ["Cheffe de projet digital — Groupe SEB (2019 – aujourd'hui)\n\nFORMATION\nMaster Management"],
    ['Chargée de mission, Ville de Lyon (2016 – à ce jour)\nMaster de droit public'],
    ['Bancolombia S.A. — Desarrolladora Backend (2020 – actual)\nMaestría, Universidad Nacional'],
    ['Nubank — Engenheira de Dados (2019–atual)\nMestrado, Universidade de São Paulo'],
    ['Magna Steyr, Graz (2018 – heute)\nMaster Wirtschaftsinformatik'],
    ['Sviluppatrice, Reply (2021 – oggi)\nLaurea Magistrale in Informatica'],
    ['Docente, Colegio Andino (2015 – presente)\nLicenciatura en Educación'],
    ['Beleidsmedewerker, Gemeente Utrecht (2018 – heden)\nMaster Bestuurskunde'],

    // A job line in another language, a degree below it (job words of person-name's job lines).
    [
      'Expérience\nDéveloppeur, Proximus, Bruxelles (2017 – 2020)\n\nFormation\nMaster en Sciences Informatiques',
    ],
    ['Esperienze\nSviluppatore, Reply, Torino (2015 – 2018)\nLaurea Magistrale in Informatica'],
    // Lines joined with two spaces: an education heading after a job's dates starts the next section.
    ['Experience  Staff Nurse, Apollo Hospitals, Chennai  March 2016 – June 2019  Education  Apollo College'],
    ['Analyst, Infosys  2012 – 2015  EDUCATION & TRAINING  Diploma in Nursing'],
    // A credential's validity, after "Valid" or on the entry of a credential held.
    ['Certifications  Certified Nursing Assistant, March 2019 to March 2022'],
    ['BLS, Valid March 2019 to March 2022; Education: B.Sc. Nursing'],
    ['EDUCATION\nCertified Public Accountant  Jan 2020 – Jan 2023'],
    ['Education & Licences\nCPR Certified, May 2018 - May 2020'],
    // An adjunct's job at a college.
    ['Experience\nAdjunct Faculty, Valley Community College, 2010 - 2012'],
  ])('no graduation year in %s', (text) => {
    expect(found(gradYear, text)).toEqual([]);
  });
});

describe('LinkedIn and ATS page sections after an education block', () => {
  it.each([
    // An ATS page's headings end the education section: the feed's timestamps are no graduation years.
    [
      'Education\nUniversity of Michigan\nBachelor of Science, Computer Science, 2016\nActivity Feed\nFeb 19, 2024 at 10:02 AM\nMoved to Onsite',
      ['2016'],
    ],
    [
      'Education\nStanford University\nMBA 2015\nProcess History\n03/01/2024\nApplication submitted',
      ['2015'],
    ],
    ['Education\nStanford University\nMBA 2015\nInterviews\nMar 3, 2024\nOnsite', ['2015']],
    ['Education\nStanford University\nMBA 2015\nScorecards\n03/01/2024', ['2015']],
    ['Education\nStanford University\nMBA 2015\nAttachments\nresume.pdf 03/02/2024', ['2015']],
    ['Education\nStanford University\nMBA 2015\nNotes\nFeb 20, 2024', ['2015']],
    ['Education\nStanford University\nMBA 2015\nFeedback\nFeb 21, 2024', ['2015']],
    // LinkedIn's sections after Education, and a heading after the date cutting off the school below it.
    [
      'Education\nStanford University\nBS 2010\nVolunteering\nMentor, Code Club\nJan 2019 - Present',
      ['2010'],
    ],
    [
      'Education\nStanford University\nBS 2010\nVolunteering\nMentor, Code Club\nJan 2019 - Present\nHonors & awards\nDean’s List, Stanford University',
      ['2010'],
    ],
    // A certificate's issue and expiry dates.
    [
      'Education\nUniversité de Lyon\nMaster of Science, 2019\nLicenses & certifications\nAWS Certified Solutions Architect\nIssued Jun 2021 · Expires Jun 2024\nCertified ScrumMaster\nIssued Jun 2021',
      ['2019'],
    ],
    ['Certified Usability Analyst, Human Factors Academy\nCredential date 2020', []],
    // A certificate's issue line: its issuer or its issue date opening the line. Issued by a school
    // (LinkedIn's "Honors & awards": a final-year prize), the date stays masked.
    [
      'Education\nStanford University\nBS 2010\nMachine Learning\nIssued by Stanford University · Jun 2009\nData Analytics\nIssued by Coursera · Mar 2021',
      ['2010', 'Jun 2009'],
    ],
    ['Honors & awards\nBest Final Year Project\nIssued by University College Cork · Jun 2013', ['Jun 2013']],
    // A certificate's issue line: its issuer or its issue date opening the line (a school's under a
    // certifications heading).
    [
      'Education\nStanford University\nBS 2010\nLicenses & certifications\nMachine Learning\nIssued by Stanford University · Jun 2009\nData Analytics\nIssued by Coursera · Mar 2021',
      ['2010'],
    ],
    ['Education\nStanford University\nBS 2010\nData Analytics\nIssued by Coursera · Mar 2021', ['2010']],
    // A school's award outside one dates the candidate's time there.
    [
      'Education\nUniversity College Cork\nBSc 2013\nHonors & awards\nBest Final Year Project\nIssued by University College Cork · Jun 2013',
      ['2013', 'Jun 2013'],
    ],
    [
      'Education\nStanford University\nBS 2010\nCertified ScrumMaster\nIssued Jun 12, 2009 · Credential ID 88ZX1\nIssue date: 06/2011\nIssuing organization: Scrum Alliance, 2012',
      ['2010'],
    ],
    // An ATS page's event lines right after an education block, with no heading between.
    [
      'Education\nUniversity of Michigan\nBachelor of Science, Statistics, 2016\nApplied Mar 3, 2024\nLast activity 2 days ago\nAdded on 03/04/2024 by Recruiter\nApplied on 03/03/2024 via Careers page\nMoved to Phone Screen on Mar 5, 2024\nUpdated Mar 6, 2024',
      ['2016'],
    ],
    [
      'Education\nStanford University\nMBA 2015\nSubmitted 03/03/2024\nCreated 2024-03-03\nLast activity: Mar 3, 2024\nRejected · Mar 9, 2024',
      ['2015'],
    ],
    // An event line that opens the text.
    ['Added on 03/04/2024 by Recruiter\nCourse by Udemy', []],
    // LinkedIn's contact info: the day the member connected, under "Connected" or after "Connected since".
    [
      'Education\nCairo University\nBSc, Computer Engineering\n2010 - 2014\nContact info\nConnected since\nMarch 2019',
      ['2010 - 2014'],
    ],
    ['Education\nHarvard University\nConnected\nJan 5, 2019', []],
    ['Education\nHarvard University, MBA 2015\nConnected since Mar 2019\nConnected\n5 Jan 2020', ['2015']],
    // Still a graduation year: a degree on the date's line under "Connected".
    ['Connected\nMBA, Harvard University, 2015', ['2015']],
    // Still graduation years: degrees and subjects that open with an event word.
    [
      'Education\nUniversity of Michigan\nApplied Mathematics, BS, 2016\nAdvanced Diploma in Nursing 2018\nApplied Marine Science 2014 - 2016\nReceived B.S. in Biology 2019',
      ['2016', '2018', '2014 - 2016', '2019'],
    ],
    // Still graduation years: a degree on the issue line, and a year after "issued" in an education entry's prose.
    ['Education\nIssued by Stanford University: Bachelor of Science, 2010', ['2010']],
    ['Education\nStanford University, BS 2010, diploma reissued 2012', ['2010', '2012']],
    // A page's timestamp beside a degree word.
    ['Bachelor’s degree requirement reviewed Feb 19, 2024 at 10:02 AM', []],
    // Still graduation years: a heading word inside an education entry, and an academy's certificate year.
    ['Education\nStanford University\nNotes on thesis: MBA 2015', ['2015']],
    ['Microsoft Certified, Databridge Academy 2009', ['2009']],
    ['Education\nTechnical University of Munich\n2008 – 2012', ['2008 – 2012']],
    // A percentage after the year is the grade, no range's end; a two-digit end year stays.
    ['B.Tech (ECE), Kakatiya Institute of Technology and Science, Warangal – 2018 – 72%', ['2018']],
    ['SSC, 2010 – 85 %', ['2010']],
    ['B.Sc. Physics, Delhi University, 2012 - 15', ['2012 - 15']],
    // A graduate trainee's or apprentice's job dates at a plc: employment, not a graduation.
    ['Graduate Trainee, Dangote Cement Plc, Obajana (2018 – 2020)', []],
    ['Graduate Apprentice, Rolls-Royce plc, Derby, 2016 – 2019', []],
    // Still graduation years: a degree and a school; Brazil's school level.
    ['BSc Economics, University of Lagos, 2016', ['2016']],
    ['Ensino Médio – 2010 – 2013', ['2010 – 2013']],
    // A recommendation's date and the recommender's relation, near school words: no graduation.
    [
      'Recommendations\nAda Lovelace\nProfessor at Acme University\nMarch 3, 2021, Ada managed Jo directly\nJo completed the graduate course with honors.',
      [],
    ],
    ['Recommendations\nAda Byron\nDirector\nMarch 3, 2021, Ada taught Jo at school', []],
    // Still graduation years: a day's date with a degree's honours, or the candidate graduating.
    ['Education\nBachelor of Science, Biology\nMay 15, 2019, Magna Cum Laude', ['2019']],
    ['Education\nUniversity of Leeds\nJune 30, 2018, Jo graduated with honours', ['2018']],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});

describe('grad-year: work headings of Vietnamese, Indonesian, Turkish and Polish CVs end the education section', () => {
  const edu = 'EDUCATION\nForeign Trade University, Bachelor of Economics\n2010 – 2014\n';
  it.each([
    [`${edu}KINH NGHIỆM LÀM VIỆC\nVinGroup | 2018 – 2021\nChuyên viên phân tích dữ liệu`],
    [`${edu}Pengalaman Kerja\nGojek | 2018 – 2021`],
    [`${edu}İŞ DENEYİMİ\nTurkcell | 2018 – 2021`],
    [`${edu}Doświadczenie zawodowe\nAsseco Poland | 2018 – 2021`],
  ])('only the degree years in %s', (text) => {
    expect(found(gradYear, text)).toEqual(['2010 – 2014']);
  });

  it('keeps reading dates in the education section before such a heading', () => {
    expect(
      found(
        gradYear,
        `${edu}Hanoi University, Master of Finance\n2015 – 2017\nKinh nghiệm\nFPT | 2018 – 2020`,
      ),
    ).toEqual(['2010 – 2014', '2015 – 2017']);
  });
});

describe('grad-year: the education headings of Turkish CVs', () => {
  it.each([
    [
      'Deneyim\nTrendyol | 2019 – 2023\n\nEğitim\nBilgisayar Mühendisliği, Lisans\n2013 – 2018',
      ['2013 – 2018'],
    ],
    ['DENEYİM\nBackend Geliştirici\n\nEĞİTİM\nEndüstri Mühendisliği (2012 - 2016)', ['2012 - 2016']],
    ['Eğitim Bilgileri\nİşletme, 2011–2015', ['2011–2015']],
    ['EĞİTİM BİLGİLERİ:\nİşletme, 2011–2015', ['2011–2015']],
    ['Öğrenim Durumu\nFen bilimleri, 2009', ['2009']],
    ['EGITIM\nIsletme, 2011 - 2015', ['2011 - 2015']],
    // The job's dates up to now ("Halen") stay; the school's under the heading go.
    [
      'İş Deneyimi\n2020 – Halen     Kıdemli Yazılım Mühendisi, Turkcell, İstanbul\n2017 – 2020      Yazılım Geliştirici, Arçelik A.Ş., İstanbul\n\nEğitim\n2012 – 2017      Orta Doğu Teknik Üniversitesi',
      ['2012 – 2017'],
    ],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });

  it.each([
    // The word in a sentence or a job entry, not a heading of its own line.
    ['Eğitim ve danışmanlık şirketi, 2015 – 2019'],
    ['Eğitim\nBilgisayar Mühendisliği, Lisans\nİŞ DENEYİMİ\nTurkcell | 2018 – 2021'],
    ['Eğitim\nODTÜ, Lisans\nYETENEKLER\nSQL Server 2019'],
    ['Kurumsal Eğitim Uzmanı\nAkbank, 2016 – 2020'],
  ])('no graduation year in %s', (text) => {
    expect(found(gradYear, text)).toEqual([]);
  });
});

describe('grad-year: an academic year after a slash, and a regulation number', () => {
  it.each([
    ['Education\nB.Sc. Physics, University of Leeds, 2012/13', ['2012/13']],
    ['Istruzione\n2017 Laurea, Politecnico di Milano\nAi sensi del Regolamento (UE) 2016/679.', ['2017']],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});

describe('grad-year: an academic post held at a school dates a job', () => {
  it.each([
    ['Assistant Professor, 2015–2019, University of Leeds'],
    ['Assistant Professor, University of Leeds, 2015–2019'],
    ['University of Leeds, Assistant Professor, 2015 - 2019'],
    ['Lecturer in Economics, University of Ghana (2012-2016)'],
    ['Teaching Assistant, University of Leeds, 2013'],
    ['Postdoctoral Researcher, Kestrel Institute of Technology, 2019 – 2021'],
    ['Visiting Scholar, Valley State University, 2018'],
    ['University of Leeds\nResearch Fellow\n2015 – 2019'],
  ])('no graduation year in %s', (text) => {
    expect(found(gradYear, text)).toEqual([]);
  });
  it.each([
    ['PhD, 2015, University of Leeds', ['2015']],
    // A professor named as an advisor, a post beside a degree, or on the next line.
    ['PhD in Economics, University of Leeds, 2015. Advisor: Professor Jane Okoro', ['2015']],
    ['M.Sc., University of Ghana, 2010 (Graduate Teaching Assistant)', ['2010']],
    ['EDUCATION\nUniversity of Leeds, 2011–2015\nResearch assistant in the Okoro Lab', ['2011–2015']],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});

describe('grad-year: Turkish, Polish and Indonesian degrees', () => {
  it.each([
    ['Lisans, ODTÜ Bilgisayar Mühendisliği, 2014', ['2014']],
    ['Licencjat, SGH, 2015', ['2015']],
    ['Sarjana, ITB, 2016', ['2016']],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});

describe("grad-year: a research grant's dates", () => {
  it.each([
    ['EDUCATION\nPhD, University of Leeds, 2016\nGRANTS\nNSF CAREER Award (PI), 2022–2027, $550,000'],
    ['Research grant, University of Leeds, 2017'],
    ['Funded by the Kestrel Foundation, University of Ghana (2014-2016)'],
  ])('no graduation year of the grant in %s', (text) => {
    expect(found(gradYear, text).filter((y) => y !== '2016')).toEqual([]);
  });
  it.each([
    ['EDUCATION\nPhD, University of Leeds, 2016\nGRANTS', ['2016']],
    ['MBA, University of Leeds, 2016 (scholarship: $20,000)', ['2016']],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});

describe("grad-year: a publication's year", () => {
  it.each([
    ['Published in Proceedings of the Kestrel Academy of Sciences, 2019'],
    ['Okoro, A. (2010). Wikis at school. Journal of Social Work Education, 47(2), 2010.'],
  ])('no graduation year in %s', (text) => {
    expect(found(gradYear, text)).toEqual([]);
  });
  it.each([['MSc, University of Leeds, 2015 (thesis published in Journal of Applied Physics)', ['2015']]])(
    '%s',
    (text, expected) => {
      expect(found(gradYear, text)).toEqual(expected);
    },
  );
});

describe('grad-year: a year after "since" is a span of practice', () => {
  it.each([
    ['Certified lead auditor since 2022', []],
    ['ISO 9001 lead auditor since 2022', []],
    ['Education\nBSc Chemistry, 2015\nCertifications\nLead auditor since 2022', ['2015']],
    // A school or degree on the line keeps it a school's year.
    ['Education\nEnrolled at Aalto University since 2021', ['2021']],
  ])('%j', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});

describe("grad-year: an event's, a committee's or a grant's year", () => {
  it.each([
    ['Education\nMSc Computing, 2016\nSpeaker, RailsConf 2019', ['2016']],
    ['Education\nBSc Physics, 2014\nPyCon 2021 — lightning talk\nKubeCon EU 2023, Amsterdam', ['2014']],
    ['Education\nPhD Ecology, 2018\nNSF grant, 2019–2022', ['2018']],
    ['Education\nPhD Ecology, 2018\nNSF Grant\n2019–2022', ['2018']],
    ['Education\nMSc Statistics, 2015\nProgram committee, ICML 2020', ['2015']],
    // A degree or a school on the line keeps its year a school's.
    ['Education\nBSc Computer Science, 2012\nGraduate School committee, 2011', ['2012', '2011']],
    ['Education\nSummer workshop, Halvering Institute, 2013', ['2013']],
    // A talks, speaking or patents heading ends the education section.
    ['Education\nBSc Computer Science, University of Leeds, 2016\n\nTalks\nPyData London 2019', ['2016']],
    ['Education\nMEng, 2014\nSPEAKING\nData Summit keynote\n2019', ['2014']],
    ['Education\nMEng, 2014\nPatents\nUS 10,223,118 B2 (2019)', ['2014']],
  ])('%j', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});

describe('grad-year: vocational qualifications', () => {
  it.each([
    // A long qualification's line: the institution ("TAFE") and an AQF certificate, a trade's word in its name.
    [
      'Training\nCertificate III in Electrotechnology Electrician (UEE30811), TAFE Queensland, 2015',
      ['2015'],
    ],
    ['Qualifications\nNVQ Level 3 Plumbing and Heating, Leeds College of Building, 2012', ['2012']],
    // The trade as a job, with no qualification on the line, keeps its dates.
    ['Experience\nElectrician — Sparke Electrical, Townsville, 2012 – 2019', []],
  ])('%j', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });
});
