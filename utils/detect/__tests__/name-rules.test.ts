import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { surnameShaped } from '../name-rules';

/** Masked substrings of any label. */
const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));
/** The text with every masked span replaced by #. */
const unmasked = (text: string) =>
  analyze(text).reduceRight(
    (t, s) => t.slice(0, s.start) + '#'.repeat(s.end - s.start) + t.slice(s.end),
    text,
  );

describe('person-name: extra evidence', () => {
  it.each([
    ['Mr. Manning is a 85 year old man', 'Manning'],
    ['Mrs. Rich called back on Monday', 'Rich'],
    // European honorifics take a surname that is also an English word.
    ['letter from Mme Rich on Monday', 'Rich'],
    ['Herr Winter und Frau Sommer', 'Winter'],
    ['Herr Winter und Frau Sommer', 'Sommer'],
    ['Sra. Long llamó ayer', 'Long'],
    ['a more creative record than early Yefremova?', 'Yefremova'],
    ['follow up with benjamin a seiler in a couple of months.', 'benjamin a seiler'],
    ['the codey m ross version recorded for dun bradstreet', 'codey m ross'],
    ['olga krylova was sentenced to life in prison', 'olga krylova'],
    ['mr. elliott flew home on friday morning.', 'elliott'],
    ['natasha is from stillwater supercomputing inc.', 'natasha'],
    ['Follow up with Jan Jílek in a couple of months.', 'Jan Jílek'],
    ['songwriter Samantha Bašić employs corporate lingo', 'Samantha Bašić'],
    ["Maybe it's under Elita B Desaulniers", 'Elita B Desaulniers'],
    ['Thanks to Wanjiru for the review', 'Wanjiru'],
    ['Reviewed by Priya and approved', 'Priya'],
    ['The Vide A. Persson version recorded for Capital Cube', 'Vide A. Persson'],
    ['my name is borna jerković but everyone calls me borna', 'borna'],
    // A lower-case line of its own: an unknown first name before a surname (lexicon or ending).
    ['tavi rasmussen\nnorthfield analytics inc.', 'tavi rasmussen'],
    ['• ylfa þorvaldsson\n• 12 quay road', 'ylfa þorvaldsson'],
    // A header line: a first name of the lexicon and a surname that is also an English word.
    ['Rebecca Fields\n\nData analyst, Leeds', 'Rebecca Fields'],
    // The person between a verb of giving or telling and "his"/"her".
    ['Tomas had given Ilvane her badge on Monday', 'Ilvane'],
    ['then she told oskarin his results', 'oskarin'],
  ])('%s', (text, name) => {
    expect(masked(text).join(' | ')).toContain(name);
  });

  it('takes no skills or tools on a lower-case line, nor a role after a header first name', () => {
    expect(masked('skills\npython django\nteamwork leadership')).toEqual([]);
    expect(unmasked('Rebecca Manager\nnotes')).toContain('Manager');
    // "Sr" is also "senior": no honorific before a job.
    expect(unmasked('Sr Software Engineer; Sr. Data Analyst')).toBe('Sr Software Engineer; Sr. Data Analyst');
    expect(unmasked('Our team: Rebecca Hides the details')).toContain('Hides');
    expect(unmasked('The report is sent to his manager daily')).toContain('sent to ');
    expect(unmasked('We gave Google her notice; I told Management his plan')).toMatch(/Google.*Management/);
  });

  it('keeps the repeats of a name whole: glued bullets, dotted initials, tools that are given names', () => {
    const a = 'Phone: 555 0100 JAubrey Okuneva Mrs. Aubrey Okuneva OSHC Co-ordinator';
    expect(unmasked(a)).not.toMatch(/Aubrey|Okuneva/);
    const b =
      'Tarvish.V 4/105, Anna Nagar, Chennai\nDeclaration: true to my knowledge. Place: Chennai (Tarvish)';
    expect(unmasked(b)).not.toMatch(/Tarvish/);
    const c = 'Sample Resume for Head Waitress Ada Jose Ullrich 124 Example Avenue, Hertford';
    expect(unmasked(c)).not.toMatch(/Ada|Jose|Ullrich/);
  });

  it('masks every member of a list of names, capitalised or not', () => {
    const a = 'They had 6: Gaetane, Hannah, Anthony, Derek, Anna and Andre.';
    expect(masked(a).join(' ')).toContain('Gaetane');
    const b = 'they had 4: silvana, adam, christopher and kristina.';
    expect(masked(b).join(' ')).toMatch(/silvana.*adam.*christopher.*kristina/);
  });

  it('repeats a confident full name even where a part is an English word', () => {
    const text = 'Referee: Dr Carol Toy, Lecturer. Contact Carol Toy on weekdays.';
    expect(unmasked(text)).not.toMatch(/Carol|Toy/);
  });

  it.each([
    ['Analyst, Morgan Stanley, 2015 - 2018'],
    ['She was named Employee of the Month twice'],
    ['Intern at BNP Paribas ITP, Montreuil'],
    ['clients such as Baker Hughes and British Energy'],
    ['Summer placement at Pinsent Masons, Aberdeen'],
    ['Smith, Jones & Taylor Solicitors, Main Street'],
    ['Tools: Jira, Confluence, Bamboo and Jenkins'],
    ['Mr. Okafor B.E.(CIVIL) then B.E. again'],
  ])('leaves firms, tools and degrees alone: %s', (text) => {
    const m = masked(text).join(' ');
    expect(m).not.toMatch(
      /Taylor Solicitors|Jira|Confluence|B\.E|Employee|Paribas|Morgan|Stanley|Baker|Hughes|Pinsent|Masons/,
    );
  });

  it.each([
    ['Consultant, Willis Towers Watson; Recruiter, Korn Ferry; Partner, Egon Zehnder'],
    ['Scientist, Eli Lilly; Engineer, Becton Dickinson; QA Lead, Bristol Myers Squibb'],
    ['Nurse, Kaiser Permanente; Quant, Jane Street; Associate, Houlihan Lokey'],
  ])('leaves employers named after people alone: %s', (text) => {
    expect(masked(text)).toEqual([]);
  });

  it("still masks a person whose surname alone is an employer's word", () => {
    expect(masked('Worked with Dr. Ford and Ms. Gallagher on the audit').join(' ')).toMatch(
      /Ford.*Gallagher/,
    );
  });

  it('knows surname endings but not English words', () => {
    expect(surnameShaped('Yefremova')).toBe(true);
    expect(surnameShaped('Ryhänen')).toBe(true);
    expect(surnameShaped('Petersson')).toBe(true);
    expect(surnameShaped('Developer')).toBe(false);
    expect(surnameShaped('Kubernetes')).toBe(false);
  });
});

describe('person-name: name fields, naming verbs before a surname, post-nominals', () => {
  it.each([
    // A name field in words takes the word after it, even a section or tool word.
    ['Her maiden name is Key', 'Key'],
    ['His family name is Field, spelt as usual', 'Field'],
    // A tool's or a word's name after "called" when a surname follows it.
    ['My aunt was called Ruby Okafor', 'Ruby Okafor'],
    ['the pianist was called Crystal Dravnik', 'Crystal Dravnik'],
    // A post-nominal after a name with an honorific.
    ['Please ask Dr. Aino Valkeapää DDS about the invoice', 'Aino Valkeapää DDS'],
    ['Signed: Mr. Tobin Ashgrove, Esq', 'Tobin Ashgrove, Esq'],
  ])('%s', (text, name) => {
    expect(masked(text)).toContain(name);
  });

  it.each([
    ['The tool was called Crystal Reports back then', 'Crystal Reports'],
    ['Her key skills: Ruby, Python and Go', 'Ruby'],
    ['The product name is Key Insights Suite', 'Key Insights'],
    ['Holds an MD and a PhD in pharmacology', 'MD'],
    ['Reported to Dr. Vasquez; MD of the clinic since 2019', 'MD of'],
  ])('keeps %s', (text, kept) => {
    expect(unmasked(text)).toContain(kept);
  });
});

describe('person-name on European CVs', () => {
  // A degree and its subject stay whole (a degree word, a preposition, the subject).
  it.each([
    ['Grado en Ingeniería Informática, 2015 – 2019'],
    ['Licenciatura en Administración de Empresas'],
    ['Máster en Dirección de Proyectos'],
    ['Máster Universitario en Ingeniería de Telecomunicación'],
    ['Laurea in Ingegneria Gestionale, Politecnico di Torino'],
    ['Laurea Magistrale in Informatica'],
    ['Mestrado em Engenharia Civil'],
    ['Ingeniería en Sistemas Computacionales'],
    ['Master of Engineering in Civil Engineering'],
    ['Bachelor of Arts in Economics'],
    ['Diplom-Informatiker (FH)'],
    // Indonesian and Malay degrees and certificates have no preposition after the degree word.
    ['Education\nSarjana Komputer (S.Kom), 2018'],
    ['Education\nSijil Pelajaran Malaysia (SPM), 2012'],
    ['Education\nIjazah Sarjana Muda Kejuruteraan, 2016'],
  ])('keeps the degree %s', (text) => {
    const line = text.split(',')[0]!;
    expect(unmasked(text)).toContain(line);
  });

  // European job titles stay whole: job words, and a job word's field after a preposition.
  it.each([
    ['Berufserfahrung\nWissenschaftlicher Mitarbeiter, 2016 – 2020'],
    ['Jefe de Proyecto'],
    ['Ingegnere Gestionale'],
    ['Chef de Projet Informatique'],
    ['Medewerker Klantenservice'],
    ['Profile\nDirectora de Recursos Humanos'],
    ['Leiter der Entwicklung'],
    ['Desarrollador Backend Senior'],
  ])('keeps the job title %s', (text) => {
    const line = text.split('\n').pop()!.split(',')[0]!;
    expect(unmasked(text)).toContain(line);
  });

  // Field labels and headings of European CVs are no names; their values may be.
  it.each([
    [
      'Lebenslauf\nPersönliche Daten\nGeburtsort: Stuttgart',
      ['Lebenslauf', 'Persönliche Daten', 'Geburtsort'],
    ],
    [
      'Anschrift: Lindenweg 4, 70173 Stuttgart\nBerufserfahrung\nKenntnisse\nSprachen',
      ['Anschrift', 'Berufserfahrung', 'Kenntnisse', 'Sprachen'],
    ],
    [
      'Curriculum Vitae\nDatos personales\nDirección: Calle Olmo 5, 28013 Madrid\nExperiencia\nFormación',
      ['Datos personales', 'Dirección', 'Experiencia', 'Formación'],
    ],
    ['Compétences\nNée le 3 mars 1990 à Lyon', ['Compétences', 'Née le']],
    ['Indirizzo: Via Garibaldi 7, Torino\nEsperienze\nCompetenze', ['Indirizzo', 'Esperienze', 'Competenze']],
    // An unknown label before a value in capitals and digits is a field, not a speaker.
    ['Geburtsland: Österreich\nBürgerort: Zürich', ['Geburtsland', 'Bürgerort']],
    ['Contactpersoon: Dhr. Jan de Vries', ['Contactpersoon']],
  ])('keeps the labels of %s', (text, labels) => {
    const out = unmasked(text);
    for (const l of labels) expect(out).toContain(l);
  });

  it.each([
    // The values stay masked: a name after "Name:", a maiden name after "née", a speaker's sentence.
    ['Lebenslauf\nName: Lukas Bergmann\nGeburtsort: Stuttgart', 'Lukas Bergmann'],
    ['Marie Martin, née Dupont, joined in 2019', 'Dupont'],
    ['Torvik: "it was late"', 'Torvik'],
    ['Vinka: What a day.', 'Vinka'],
    // "Nee" without the accent is a surname.
    ['Dear Ms. Nee, thank you', 'Nee'],
    // After an honorific, a month's name before a particle and a surname is a given name.
    ['Contactpersoon: Dhr. Jan de Vries', 'Jan de Vries'],
    ['Mevr. May ter Horst en Dhr. Bakker', 'May ter Horst'],
    ['Mr. Jan van Dijk joined in Jan 2019.', 'Jan van Dijk'],
    ['Dr. Mar de la Fuente', 'Mar de la Fuente'],
    ['was called Jan van Leeuwen', 'Jan van Leeuwen'],
    // A person's name after a degree and a year, or after a comma, is still a name.
    ['Bachelor of Science in Biology, Paolo Grado', 'Paolo Grado'],
    ['MBA in 2015 Lena Hartmann', 'Lena Hartmann'],
    // A name beside a job title is still a name; "Grado" as a given name in a header too.
    ['Carla Mendes, Directora de Operaciones, Lumbrera', 'Carla Mendes'],
    ['Grado Ruiz\nBerlin', 'Grado Ruiz'],
  ])('%s masks %s', (text, name) => {
    expect(masked(text)).toContain(name);
  });

  it('keeps a month after an honorific when no surname follows it', () => {
    expect(unmasked('Ms. June in Engineering')).toContain('June in Engineering');
    expect(unmasked('Mr. Smith in May')).toContain('in May');
  });

  it.each([
    ['Dr. Chemistry\nPhD in organic synthesis', 'Chemistry'],
    ['Marek Doubravsky\nDr. Chemistry, ETH Zurich\nDr. Mathematics', 'Mathematics'],
    ['Prof. Economics, Charles University', 'Economics'],
  ])('keeps the field of study after an honorific in %j', (text, field) => {
    expect(unmasked(text)).toContain(field);
  });

  it.each([
    ['Ing.\nComputer Science\nMgr.\nLaw', 'Ing.'],
    ['Ing.\nComputer Science\nMgr.\nLaw', 'Mgr.'],
    ['Education\nIng., Mechanical Engineering\nTU Delft', 'Ing.'],
  ])("keeps a degree's abbreviation with its dot, no name after it, in %j", (text, title) => {
    expect(unmasked(text)).toContain(title);
  });

  it.each([
    ['Mrs. Rich called back on Monday', 'Rich'],
    ['Dr. Chemistry Okafor signed the offer', 'Chemistry Okafor'],
    ['Referee: Dr. Aino Valk, Chemistry', 'Aino Valk'],
  ])('still masks the person in %j', (text, name) => {
    expect(masked(text).join(' | ')).toContain(name);
  });
});

describe('person-name: a change of name names both names', () => {
  it.each([
    ['I changed my surname from Okafor to Lindqvist in 2019.', ['Okafor', 'Lindqvist']],
    ['My surname changed from Okafor to Lindqvist.', ['Okafor', 'Lindqvist']],
    ['Name changed from Adaeze Okafor to Adaeze Lindqvist (2019).', ['Adaeze Okafor', 'Adaeze Lindqvist']],
    ['Jane Lindqvist (formerly Brennquist)', ['Jane Lindqvist', 'Brennquist']],
  ])('%s', (text, names) => {
    expect(masked(text)).toEqual(expect.arrayContaining(names));
  });
  it.each([
    ['Migrated the app from Angular to React.'],
    ['Promoted from Analyst to Senior Analyst.'],
    ['Changed the team name from Kestrel to Osprey.'],
  ])('masks nothing in %s', (text) => {
    expect(masked(text)).toEqual([]);
  });
});
