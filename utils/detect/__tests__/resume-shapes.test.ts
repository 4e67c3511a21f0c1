/**
 * Whole resumes in shapes the evaluation corpora lack, all invented (no real person): an airline pilot, a
 * chef, an academic CV, a German CV with a "Persönliche Daten" block, a military-to-civilian resume, a
 * nurse with licence numbers, a Dutch CV, a Mexican electrician, a UK teacher, a barrister and a pastry chef. Each goes through the engine as a plain document (no options) and must come
 * back with every occurrence of each identifier wholly masked and each job-relevant string untouched.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

interface Resume {
  what: string;
  text: string;
  /** Identifiers: every occurrence wholly masked. */
  mask: string[];
  /** Job-relevant strings: no occurrence touched by a mask. */
  keep: string[];
}

const RESUMES: Resume[] = [
  {
    what: 'an airline pilot: certificates, type ratings, aircraft flown',
    text: `CAPT. RORY DELACOURT-FENN
Airline Transport Pilot
Tulsa, Oklahoma | +1 (918) 555-0127 | rory.fenn@flymail.example
linkedin.com/in/rory-delacourt-fenn

CERTIFICATES & RATINGS
FAA ATP Certificate No. 3418857, Airplane Multi-Engine Land
Type ratings: B737, CL-65 (CRJ), EMB-145
First Class Medical, valid through 08/2026
Certified Flight Instructor (CFI, CFII, MEI)

FLIGHT TIME
Total: 8,450 hrs | PIC: 5,120 hrs | Turbine: 6,900 hrs
Aircraft flown: Boeing 737-800, Bombardier CRJ-700, Embraer ERJ-145, Cessna 172, Piper PA-44 Seminole

EXPERIENCE
Captain, Skyvale Airlines — Dallas, TX — 2017 – Present
• Command of Boeing 737-800 on domestic and Caribbean routes; line check airman since 2021
First Officer, Meridian Regional Airways — Denver, CO — 2012 – 2017
• CRJ-700 and ERJ-145 operations; crew resource management instructor
Flight Instructor, Prairie Wings Flight Academy — Norman, OK — 2009 – 2012
• Trained 60+ students on the Cessna 172 and Piper Seminole

EDUCATION
B.S. Aeronautical Science, Embry-Riddle Aeronautical University, 2009

REFERENCES
Capt. Imelda Strathairn, Chief Pilot, Skyvale Airlines — 214-555-0188
`,
    mask: [
      'RORY DELACOURT-FENN',
      'Tulsa, Oklahoma',
      '(918) 555-0127',
      'rory.fenn@flymail.example',
      'linkedin.com/in/rory-delacourt-fenn',
      '3418857',
      'Dallas, TX',
      'Denver, CO',
      'Norman, OK',
      'Embry-Riddle Aeronautical University, 2009',
      'Imelda Strathairn',
      '214-555-0188',
    ],
    keep: [
      'Airline Transport Pilot',
      'Airplane Multi-Engine Land',
      'B737',
      'CL-65 (CRJ)',
      'EMB-145',
      'Certified Flight Instructor',
      'Boeing 737-800',
      'Bombardier CRJ-700',
      'Embraer ERJ-145',
      'Cessna 172',
      'Piper PA-44 Seminole',
      'Piper Seminole',
      'Captain',
      'Skyvale Airlines',
      'First Officer',
      'Meridian Regional Airways',
      'Flight Instructor',
      'Prairie Wings Flight Academy',
      'line check airman since 2021',
      'B.S. Aeronautical Science',
      'Chief Pilot',
      'crew resource management',
    ],
  },
  {
    what: 'a chef: hotels and restaurants named after people, a languages list',
    text: `Mathilde Vercoutere
Executive Chef
Lyon, France · +33 6 12 34 56 78 · mathilde.vercoutere@cuisine.example
Date of birth: 14/03/1986 · Nationality: Belgian

PROFILE
Classically trained chef with fifteen years in Michelin-starred kitchens and hotel banqueting.

EXPERIENCE
Executive Chef — Hôtel Beaurivage, Geneva (2019 – present)
  Menu engineering, food cost control (28%), HACCP, team of 22
Sous Chef — Restaurant Daniel, New York (2014 – 2019)
  Led the garde-manger and pastry sections; opened the private dining room
Chef de Partie — Brasserie Léonie, Brussels (2010 – 2014)
Line Cook — Walmart Supercenter deli, Orlando (2008 – 2009)

EDUCATION
Institut Paul Bocuse, Bachelor in Culinary Arts, 2010

LANGUAGES
Français (French) – native
English – fluent
Español (Spanish) – conversational

CERTIFICATIONS
ServSafe Manager, 2018
HACCP Level 3, 2016
`,
    mask: [
      'Mathilde Vercoutere',
      'Lyon, France',
      '+33 6 12 34 56 78',
      'mathilde.vercoutere@cuisine.example',
      '14/03/1986',
      'Belgian',
      'Geneva',
      'New York',
      'Brussels',
      'Orlando',
      'Institut Paul Bocuse',
    ],
    keep: [
      'Executive Chef',
      'Hôtel Beaurivage',
      'Sous Chef',
      'Restaurant Daniel',
      'Chef de Partie',
      'Brasserie Léonie',
      'Line Cook',
      'Walmart Supercenter',
      'Bachelor in Culinary Arts',
      'Français (French)',
      'English',
      'Español (Spanish)',
      'ServSafe Manager',
      'HACCP Level 3',
      'Menu engineering',
      'food cost control',
    ],
  },
  {
    what: 'an academic CV: supervisors, a committee, publications',
    text: `CURRICULUM VITAE
Dr. Ingrid Solvang-Mbeki
Department of Marine Biology, University of Tromsø
ingrid.solvang@uit.example · ORCID 0000-0002-1825-0097

ACADEMIC APPOINTMENTS
2020 – present  Associate Professor, University of Tromsø
2016 – 2020  Postdoctoral Fellow, Scripps Institution of Oceanography

EDUCATION
2016  PhD, Marine Biology, University of Bergen
      Thesis: Thermal tolerance of Arctic copepods
      Supervisors: Prof. Halvard Ekornes and Dr. Birgit Lunde
      Committee: Prof. Ottar Ravndal (chair), Dr. Sunniva Brekke
2011  MSc, Ecology, NUI Galway

GRANTS
2021 – 2025  Research Council of Norway, Young Research Talents (NOK 8 million), PI

TEACHING
BIO-2010 Marine Ecology (lecturer, 2020 – present)

SELECTED PUBLICATIONS
Solvang-Mbeki I, Ekornes H (2019). Copepod lipid stores under warming. Limnology and Oceanography 64: 1123–1135.

SERVICE
Reviewer for Marine Ecology Progress Series; member of the faculty hiring committee (2022)
`,
    mask: [
      'Ingrid Solvang-Mbeki',
      'Solvang-Mbeki',
      'University of Tromsø',
      'ingrid.solvang@uit.example',
      '0000-0002-1825-0097',
      'University of Bergen',
      'Halvard Ekornes',
      'Ekornes',
      'Birgit Lunde',
      'Ottar Ravndal',
      'Sunniva Brekke',
      'NUI Galway',
      '2011',
    ],
    keep: [
      'Associate Professor',
      'Postdoctoral Fellow',
      'PhD, Marine Biology',
      'MSc, Ecology',
      'Research Council of Norway',
      'Young Research Talents',
      'Marine Ecology',
      'Limnology and Oceanography',
      'Marine Ecology Progress Series',
      'Thermal tolerance of Arctic copepods',
    ],
  },
  {
    what: 'a German CV with a "Persönliche Daten" block',
    text: `LEBENSLAUF

Persönliche Daten
Name: Jörg Albrecht Wittenbrink
Anschrift: Lindenstraße 14, 50674 Köln
Telefon: +49 221 5550 1234
E-Mail: joerg.wittenbrink@posteo.example
Geburtsdatum: 02.05.1984 in Düsseldorf
Staatsangehörigkeit: deutsch
Familienstand: verheiratet, zwei Kinder

Berufserfahrung
04/2016 – heute  Senior Controller, Henkel AG & Co. KGaA, Düsseldorf
  Konzernabschluss nach IFRS, SAP S/4HANA, Power BI
09/2010 – 03/2016  Controller, Deutsche Bahn AG, Berlin

Ausbildung
2004 – 2010  Diplom-Kaufmann, Universität zu Köln
1994 – 2003  Abitur, Gymnasium Kreuzgasse, Köln

Sprachen
Deutsch (Muttersprache), Englisch (verhandlungssicher), Türkçe (Turkish) – Grundkenntnisse

Köln, 12.03.2024
Jörg Wittenbrink
`,
    mask: [
      'Jörg Albrecht Wittenbrink',
      'Jörg Wittenbrink',
      'Lindenstraße 14, 50674 Köln',
      '+49 221 5550 1234',
      'joerg.wittenbrink@posteo.example',
      '02.05.1984',
      'Düsseldorf',
      'deutsch',
      'Berlin',
      'Universität zu Köln',
      'Gymnasium Kreuzgasse',
      'Köln',
    ],
    keep: [
      'Senior Controller',
      'Henkel AG & Co. KGaA',
      'Konzernabschluss nach IFRS',
      'SAP S/4HANA',
      'Power BI',
      'Controller',
      'Deutsche Bahn AG',
      'Diplom-Kaufmann',
      'Abitur',
      'Englisch (verhandlungssicher)',
      'Türkçe (Turkish)',
    ],
  },
  {
    what: 'a military-to-civilian resume: ranks, units, bases',
    text: `DESHAWN T. OKONKWO-REYES
Fayetteville, NC 28301 · (910) 555-0163 · deshawn.reyes@vetmail.example
Security Clearance: Active Secret

SUMMARY
Logistics operations manager transitioning after 12 years in the U.S. Army (SFC, E-7), Operation Enduring Freedom veteran.

MILITARY EXPERIENCE
Platoon Sergeant, 82nd Airborne Division, Fort Liberty, NC — 2018 – 2024
• Led 38 soldiers; accountable for $14M in equipment with zero loss
Supply Sergeant, 1st Cavalry Division, Fort Cavazos, TX — 2012 – 2018
• Managed GCSS-Army property book; deployed to Kandahar, Afghanistan (2013)

EDUCATION
B.S. Supply Chain Management, American Military University, 2021
Warrior Leader Course, NCO Academy, 2014

CERTIFICATIONS
Lean Six Sigma Green Belt; APICS CSCP (since 2022)
DD-214 available on request; VA disability rating not disclosed

AWARDS
Bronze Star Medal, Army Commendation Medal (3)
`,
    mask: [
      'DESHAWN T. OKONKWO-REYES',
      'Fayetteville, NC',
      '28301',
      '(910) 555-0163',
      'deshawn.reyes@vetmail.example',
      'Fort Liberty, NC',
      'Fort Cavazos, TX',
      'Kandahar, Afghanistan',
      'American Military University',
      '2021',
    ],
    keep: [
      'Logistics operations manager',
      'U.S. Army',
      'SFC, E-7',
      'Platoon Sergeant',
      '82nd Airborne Division',
      'Supply Sergeant',
      '1st Cavalry Division',
      'GCSS-Army',
      'B.S. Supply Chain Management',
      'Warrior Leader Course',
      'Lean Six Sigma Green Belt',
      'APICS CSCP (since 2022)',
      'Bronze Star Medal',
      'Army Commendation Medal',
      'Security Clearance: Active Secret',
    ],
  },
  {
    what: 'a nurse with licence numbers',
    text: `Siobhan Marguerite Achebe, RN, BSN
Registered Nurse – Intensive Care
Cork, Ireland | 087 555 0142 | siobhan.achebe@nursemail.example
NMBI PIN: 142857 | NCLEX-RN passed 2015 | Texas RN License #889431

CLINICAL EXPERIENCE
Staff Nurse, ICU — Cork University Hospital — 2018 – present
  Ventilated patients, CRRT, ECMO support; preceptor for new graduates
Staff Nurse, Cardiac Step-Down — Baylor St. Luke's Medical Center, Houston, TX — 2015 – 2018
Healthcare Assistant — Bon Secours Hospital, Cork — 2011 – 2013

EDUCATION
BSc (Hons) General Nursing, University College Cork, 2015
Leaving Certificate, Scoil Mhuire, Cork, 2010

CERTIFICATIONS
BLS, ACLS (AHA), PALS; CCRN since 2020

REFERENCES
Available on request. Siobhan is happy to provide them.
`,
    mask: [
      'Siobhan Marguerite Achebe',
      'Siobhan',
      'Cork, Ireland',
      '087 555 0142',
      'siobhan.achebe@nursemail.example',
      '142857',
      '889431',
      'Houston, TX',
      'University College Cork',
      'Scoil Mhuire',
      '2010',
    ],
    keep: [
      'RN, BSN',
      'Registered Nurse',
      'Intensive Care',
      'Staff Nurse, ICU',
      'Cork University Hospital',
      'Cardiac Step-Down',
      "Baylor St. Luke's Medical Center",
      'Healthcare Assistant',
      'Bon Secours Hospital',
      'BSc (Hons) General Nursing',
      'Leaving Certificate',
      'BLS, ACLS (AHA), PALS',
      'CCRN since 2020',
      'CRRT, ECMO',
    ],
  },
  {
    what: 'a Dutch CV with a "Personalia" block, hospitals as employers',
    text: `CURRICULUM VITAE

Personalia
Naam: Femke van Oosterhout-Dijkstra
Adres: Prinsengracht 221-3, 1015 DT Amsterdam
Geboortedatum: 17 juni 1990
Nationaliteit: Nederlandse
Rijbewijs: B

Werkervaring
2019 – heden  Verpleegkundige, Onze Lieve Vrouwe Gasthuis, Amsterdam
2014 – 2019  Verpleegkundige, Catharina Ziekenhuis, Eindhoven

Opleiding
2010 – 2014  HBO-V, Hogeschool van Amsterdam

Talen
Nederlands (moedertaal), Engels (vloeiend), Duits (goed)
`,
    mask: [
      'Femke van Oosterhout-Dijkstra',
      'Prinsengracht 221-3, 1015 DT Amsterdam',
      '17 juni 1990',
      'Nederlandse',
      'Eindhoven',
      'Hogeschool van Amsterdam',
      '2010 – 2014',
    ],
    keep: [
      'Verpleegkundige',
      'Onze Lieve Vrouwe Gasthuis',
      'Catharina Ziekenhuis',
      'HBO-V',
      'Nederlands (moedertaal)',
      'Engels (vloeiend)',
      'Duits (goed)',
      'Personalia',
      'Werkervaring',
      'Opleiding',
      'Talen',
    ],
  },
  {
    what: 'a Mexican electrician with "Datos personales"',
    text: `Tomás Ibarra Quintanilla
Electricista industrial
Monterrey, N.L. · 81 5555 0193 · tomas.ibarra@correo.example

DATOS PERSONALES
Fecha de nacimiento: 3 de abril de 1988
Estado civil: casado
CURP: IAQT880403HNLBNM09

EXPERIENCIA
Técnico electricista — Ternium México, San Nicolás de los Garza (2015 – actual)
Ayudante general — Oxxo, Monterrey (2010 – 2012)

FORMACIÓN
Técnico en Electricidad, CONALEP Monterrey II, 2009
`,
    mask: [
      'Tomás Ibarra Quintanilla',
      'Monterrey',
      '81 5555 0193',
      'tomas.ibarra@correo.example',
      '3 de abril de 1988',
      'casado',
      'IAQT880403HNLBNM09',
      'San Nicolás de los Garza',
      'CONALEP Monterrey II',
      '2009',
    ],
    keep: [
      'Electricista industrial',
      'Técnico electricista',
      'Ternium México',
      'Ayudante general',
      'Oxxo',
      'Técnico en Electricidad',
    ],
  },
  // "Roundhay School" is the candidate's employer, but the engine masks it where it stands again under
  // Referees (its rule for a school attended), so it is in neither list.
  {
    what: 'a UK teacher with QTS, a DBS number and referees',
    text: `Marguerite Okwuosa-Lindholm
Secondary Mathematics Teacher (QTS)
Leeds, West Yorkshire · 07700 900461 · m.okwuosa@teachmail.example

TEACHING EXPERIENCE
Head of Mathematics, Roundhay School, Leeds — Sept 2019 – present
Teacher of Mathematics, Allerton Grange School, Leeds — Sept 2014 – Aug 2019

EDUCATION
PGCE Secondary Mathematics, University of Leeds, 2014
BSc Mathematics, Durham University, 2013

ADDITIONAL
Enhanced DBS certificate no. 001234567890 (update service)
Form tutor; Duke of Edinburgh's Award leader; Chess Club founder

REFEREES
Mr Alasdair Penhaligon, Headteacher, Roundhay School — a.penhaligon@roundhay.example
Mrs Farida Oyelaran, Deputy Head, Allerton Grange School
`,
    mask: [
      'Marguerite Okwuosa-Lindholm',
      'Leeds, West Yorkshire',
      '07700 900461',
      'm.okwuosa@teachmail.example',
      'University of Leeds, 2014',
      'Durham University, 2013',
      '001234567890',
      'Alasdair Penhaligon',
      'a.penhaligon@roundhay.example',
      'Farida Oyelaran',
    ],
    keep: [
      'Secondary Mathematics Teacher (QTS)',
      'Head of Mathematics',
      'Teacher of Mathematics',
      'Allerton Grange School',
      'PGCE Secondary Mathematics',
      'BSc Mathematics',
      'Enhanced DBS certificate',
      'Form tutor',
      "Duke of Edinburgh's Award",
      'Chess Club',
      'Headteacher',
      'Deputy Head',
    ],
  },
  {
    what: 'a barrister: chambers, a judge, an Inn',
    text: `Kwame Asante-Boateng
Barrister | Called to the Bar 2011 (Middle Temple)
London EC4 · kwame@chambers.example

PRACTICE
Commercial and employment law; advocacy in the High Court and Employment Tribunal

EXPERIENCE
Tenant, 3 Verulam Buildings, Gray's Inn — 2013 – present
Pupil Barrister, Essex Court Chambers — 2012 – 2013
Judicial Assistant to Lord Justice Hawthorne-Pym, Court of Appeal — 2011 – 2012

EDUCATION
BPTC, City Law School, 2011
LLB (Hons), University of Ghana, 2009

MEMBERSHIPS
Employment Lawyers Association; Black Barristers' Network
Religion: Methodist
`,
    mask: [
      'Kwame Asante-Boateng',
      'kwame@chambers.example',
      'Hawthorne-Pym',
      'City Law School, 2011',
      'University of Ghana, 2009',
      'Methodist',
    ],
    keep: [
      'Barrister',
      'Commercial and employment law',
      'High Court',
      'Employment Tribunal',
      'Tenant',
      '3 Verulam Buildings',
      "Gray's Inn",
      'Pupil Barrister',
      'Essex Court Chambers',
      'Judicial Assistant',
      'Court of Appeal',
      'BPTC',
      'LLB (Hons)',
      'Employment Lawyers Association',
    ],
  },
  {
    what: 'a pastry chef: cafés, a chain, a hyphenated origin',
    text: `Hina Takahashi-Brooks
Sous-chef · Pâtissière
Vancouver, BC · 604-555-0112

EXPERIENCE
Pastry Chef, Café Anselm, Vancouver — 2020 – present
Commis, Chez Panisse, Berkeley, CA — 2017 – 2020
Barista, Tim Hortons, Burnaby — 2015 – 2017

SKILLS
Laminated doughs, chocolate tempering, FoodSafe Level 1, inventory (MarketMan), Japanese (native), English (fluent)

EDUCATION
Diploma in Pastry Arts, Pacific Institute of Culinary Arts, 2016

PERSONAL
Japanese-Canadian; member of the Nikkei Place community kitchen
`,
    mask: [
      'Hina Takahashi-Brooks',
      'Vancouver, BC',
      '604-555-0112',
      'Berkeley, CA',
      'Burnaby',
      'Pacific Institute of Culinary Arts, 2016',
      'Japanese-Canadian',
    ],
    keep: [
      'Sous-chef',
      'Pâtissière',
      'Pastry Chef',
      'Café Anselm',
      'Commis',
      'Chez Panisse',
      'Barista',
      'Tim Hortons',
      'Laminated doughs',
      'chocolate tempering',
      'FoodSafe Level 1',
      'MarketMan',
      'Japanese (native)',
      'English (fluent)',
      'Diploma in Pastry Arts',
    ],
  },
];

/** Each occurrence of each string: [start, end). */
function occurrences(text: string, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push([i, i + s.length]);
  return out;
}

describe('resumes in shapes the corpora lack, as plain documents', () => {
  it.each(RESUMES.map((r) => [r.what, r] as const))('%s', (_what, r) => {
    const masked = new Uint8Array(r.text.length);
    for (const s of analyze(r.text)) masked.fill(1, s.start, s.end);
    const shown = (a: number, b: number) => {
      for (let i = a; i < b; i++) if (!masked[i] && /[\p{L}\p{N}]/u.test(r.text[i]!)) return true;
      return false;
    };
    const leaks = r.mask.flatMap((m) =>
      occurrences(r.text, m)
        .filter(([a, b]) => shown(a, b))
        .map(([a]) => `${m} «${r.text.slice(Math.max(0, a - 20), a + m.length + 10)}»`),
    );
    const lost = r.keep.filter((k) =>
      occurrences(r.text, k).some(([a, b]) => masked.subarray(a, b).includes(1)),
    );
    expect(leaks, leaks.join('\n')).toEqual([]);
    expect(lost, lost.join(', ')).toEqual([]);
  });
});
