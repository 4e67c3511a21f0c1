import { describe, expect, it } from 'vitest';
import { analyze, analyzeWithModel, looksLikePage, mergeSpans, withoutNamesInKnown } from '../analyze';
import type { AsyncRecognizer, Span } from '../types';

const labels = (text: string, opts = {}) =>
  analyze(text, opts).map((s) => [s.label, text.slice(s.start, s.end)]);

describe('analyze', () => {
  it('finds e-mails and phones', () => {
    expect(labels('Mail jane@example.com or call (212) 555-0143')).toEqual([
      ['EMAIL', 'jane@example.com'],
      ['PHONE', '(212) 555-0143'],
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(analyze('')).toEqual([]);
  });

  it('maps offsets back through zero-width characters and homoglyphs', () => {
    const text = 'x j\u200Bane@ex\u200Bample.com y';
    const [s] = analyze(text);
    expect(text.slice(s!.start, s!.end)).toBe('j\u200Bane@ex\u200Bample.com');
    const cyr = 'mail j\u0430ne@example.com'; // Cyrillic a
    expect(analyze(cyr).map((x) => cyr.slice(x.start, x.end))).toEqual(['j\u0430ne@example.com']);
  });

  it('applies maskedTypes, threshold, allow-list and deny-list', () => {
    const text = 'jane@example.com (212) 555-0143 Project Zebra';
    expect(labels(text, { maskedTypes: ['PHONE'] })).toEqual([['PHONE', '(212) 555-0143']]);
    expect(labels(text, { threshold: 1.01 })).toEqual([]);
    expect(labels(text, { allowList: ['JANE@example.com'] }).map((l) => l[0])).toEqual(['PHONE']);
    expect(labels(text, { denyList: ['zebra'] }).pop()).toEqual(['NAME', 'Zebra']);
    expect(labels('the zebras', { denyList: ['zebra'] })).toEqual([]);
  });

  it('merges overlapping spans keeping the union and the best label', () => {
    const spans: Span[] = [
      { start: 0, end: 5, label: 'NAME', score: 0.5, recognizer: 'a' },
      { start: 3, end: 9, label: 'EMAIL', score: 0.9, recognizer: 'b' },
      { start: 12, end: 14, label: 'AGE', score: 0.5, recognizer: 'c' },
    ];
    expect(mergeSpans(spans)).toEqual([
      { start: 0, end: 9, label: 'EMAIL', score: 0.9, recognizer: 'b' },
      { start: 12, end: 14, label: 'AGE', score: 0.5, recognizer: 'c' },
    ]);
  });

  it('lets an e-mail address or a link that holds a name take the merged span', () => {
    const spans: Span[] = [
      { start: 0, end: 7, label: 'NAME', score: 0.95, recognizer: 'known-identity' },
      { start: 0, end: 11, label: 'URL', score: 0.75, recognizer: 'url' },
      { start: 20, end: 26, label: 'NAME', score: 0.95, recognizer: 'known-identity' },
      { start: 20, end: 38, label: 'EMAIL', score: 0.9, recognizer: 'email' },
    ];
    expect(mergeSpans(spans).map((s) => [s.start, s.end, s.label])).toEqual([
      [0, 11, 'URL'],
      [20, 38, 'EMAIL'],
    ]);
    // A link that only overlaps a name does not take it.
    const partial: Span[] = [
      { start: 0, end: 10, label: 'NAME', score: 0.95, recognizer: 'person-name' },
      { start: 5, end: 20, label: 'URL', score: 0.75, recognizer: 'url' },
    ];
    expect(mergeSpans(partial)[0]!.label).toBe('NAME');
    const text = 'Links: LinkedIn, ardoyne.dev';
    expect(analyze(text, { knownNames: ['Philippa Ardoyne'], pageText: true }).map((s) => s.label)).toEqual([
      'URL',
    ]);
  });

  it.each([
    ['He lives at 14 Harlow Street in town', '14 Harlow Street'],
    ['No. 14, Adeola Odeku Street, Ikoyi', '14, Adeola Odeku Street'],
    ['Address: 2002 Baird Street', '2002 Baird Street'],
  ])('masks a street named like a person as the address, not as a person: %s', (text, street) => {
    const spans = analyze(text);
    const found = spans.find((s) => text.slice(s.start, s.end).includes(street));
    expect(found?.label).toBe('ADDRESS');
    expect(spans.filter((s) => s.label === 'NAME')).toEqual([]);
  });

  it('names a street address and the places of its block one address, whatever their scores', () => {
    const spans: Span[] = [
      { start: 0, end: 15, label: 'ADDRESS', score: 0.8, recognizer: 'address' },
      { start: 16, end: 30, label: 'LOCATION', score: 0.85, recognizer: 'location' },
      { start: 10, end: 20, label: 'LOCATION', score: 0.9, recognizer: 'location' },
    ];
    expect(mergeSpans(spans).map((s) => [s.start, s.end, s.label])).toEqual([[0, 30, 'ADDRESS']]);
    const text = 'Sam Okafor, 4545 Lloyd Lane Norristown, PA 18888';
    const block = analyze(text).find((s) => text.slice(s.start, s.end).includes('Lloyd Lane'));
    expect(block?.label).toBe('ADDRESS');
    expect(text.slice(block!.start, block!.end)).toContain('Norristown, PA');
  });

  it('keeps a name that only overlaps an address a name', () => {
    const spans: Span[] = [
      { start: 0, end: 12, label: 'NAME', score: 0.85, recognizer: 'person-name' },
      { start: 6, end: 30, label: 'ADDRESS', score: 0.8, recognizer: 'address' },
    ];
    expect(mergeSpans(spans)[0]!.label).toBe('NAME');
  });

  it('lets a model add spans but drops spans outside the text', async () => {
    const llm: AsyncRecognizer = {
      id: 'llm-test',
      kind: 'llm',
      entities: ['NAME'],
      analyze: async () => [
        { start: 0, end: 4, label: 'NAME', score: 0.8, recognizer: 'llm-test' },
        { start: 90, end: 99, label: 'NAME', score: 0.8, recognizer: 'llm-test' },
      ],
    };
    const text = 'Zora wrote to z@ex.io';
    const spans = await analyzeWithModel(text, {}, llm);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Zora', 'z@ex.io']);
  });

  it('runs the same steps after the recognizers as analyze (stated names, initials avatars)', async () => {
    const llm: AsyncRecognizer = { id: 'llm-none', kind: 'llm', entities: ['NAME'], analyze: async () => [] };
    const text = 'Talia Brennquist\nData Engineer\nProfile: talia-brennquist-7b31a2\nBT\nBarnaby Thistlewood';
    const withModel = (await analyzeWithModel(text, {}, llm)).map((s) => text.slice(s.start, s.end));
    expect(withModel).toEqual(analyze(text).map((s) => text.slice(s.start, s.end)));
    expect(withModel).toContain('talia-brennquist-7b31a2');
    expect(withModel).toContain('BT');
  });
});

describe('analyze: a surname after a first name masked alone', () => {
  const masked = (text: string, knownNames: string[]) =>
    analyze(text, { knownNames }).map((s) => text.slice(s.start, s.end));

  it('takes the unknown surname after a known first name', () => {
    expect(masked('Rania Felsgate is a backend engineer.', ['Rania'])).toEqual(['Rania Felsgate']);
  });

  it('does not take a job word or an employer', () => {
    expect(masked('Rania Engineering team', ['Rania'])).toEqual(['Rania']);
    expect(masked('Rania Payments', ['Rania'])).toEqual(['Rania']);
  });
});

describe('analyze: a surname that is also a town, after a given name', () => {
  const found = (text: string) =>
    analyze(text, { pageText: true }).map((s) => [s.label, text.slice(s.start, s.end)]);

  it('reads the town as the surname: one name, whose initials avatar goes with it', () => {
    expect(found('Gudrun Eastlake sent a reference check request')).toEqual([['NAME', 'Gudrun Eastlake']]);
    const text = 'GE\nRecruiting\nComment: confirm before the offer. — Gudrun Eastlake';
    expect(found(text)).toContainEqual(['NAME', 'GE']);
  });

  it('leaves a town with its region, and a longer place, as places', () => {
    expect(found('Maria Lisbon, Portugal')).not.toContainEqual(['NAME', 'Maria Lisbon']);
    expect(found('Maria Palm Springs')).not.toContainEqual(['NAME', 'Maria Palm']);
  });

  it("keeps a court's country out of the judge's name before it", () => {
    expect(found('Law Clerk to the Honorable Margaret H. Caldwell, U.S. District Court')).toContainEqual([
      'NAME',
      'Margaret H. Caldwell',
    ]);
  });
});

describe('analyze: a given name clipped as colleagues write it', () => {
  const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));

  it('masks "Thandi" where the text states "Thandiwe …", and no English word clipped from it', () => {
    const text =
      'Thandiwe Rasmussen-Okoye\nClinical Data Manager\nScreened. Thandi is relocating. Than ever, Thandi.';
    const out = masked(text);
    expect(out.filter((m) => m === 'Thandi')).toHaveLength(2);
    expect(out).not.toContain('Than');
  });
});

describe('analyze: the names a text states are its known names when none are given', () => {
  const masked = (text: string, knownNames?: string[]) =>
    analyze(text, knownNames ? { knownNames } : {}).map((s) => text.slice(s.start, s.end));

  it("masks a header name's handles, profile address and parts", () => {
    const text =
      'Talia Brennquist\nData Engineer\nProfile: talia-brennquist-7b31a2\nTaliaB2025 on GitHub. Brennquist led the migration.';
    expect(masked(text)).toEqual(['Talia Brennquist', 'talia-brennquist-7b31a2', 'TaliaB2025', 'Brennquist']);
  });

  it('takes a name found twice on a page (its heading and a card)', () => {
    const text =
      'Northwind Analytics\nSenior Data Engineer\nHenrik Oddsberg\nAbout\nHenrik Oddsberg\nHenrikO commented on a post';
    expect(masked(text)).toContain('HenrikO');
  });

  it("joins a weakly found name's parts, but not its words alone", () => {
    const text =
      'Lever\nCosima Wendlebury\nSenior Engineer\nCosima-Wendlebury-CV.pdf\nCosima Wendlebury\nCosimaW wrote';
    const out = masked(text);
    expect(out).toContain('Cosima-Wendlebury');
    expect(out).toContain('CosimaW');
  });

  it('leaves ordinary words, places, tools and firms stated as a name', () => {
    // "Walker" and "Reading" are ordinary words or places; "Palm OS" is a product; "Coles Online" a shop.
    const text =
      'Jody Walker\nSenior Analyst\nwalker boots; Reading, Berkshire\nBuilt apps for Palm OS. Coles Online order desk, online orders.';
    const out = masked(text);
    expect(out).not.toContain('walker');
    expect(out).not.toContain('online');
    expect(out).not.toContain('OS');
  });

  it('adds nothing when names are given', () => {
    const text = 'Talia Brennquist\nProfile: talia-brennquist-7b31a2';
    expect(masked(text, ['Ysolde Varrenkamp'])).toEqual(['Talia Brennquist']);
  });
});

describe('analyze: initials avatars beside a name', () => {
  const masked = (text: string, opts = {}) => analyze(text, opts).map((s) => text.slice(s.start, s.end));

  it("masks a line of a name's initials beside it", () => {
    const text =
      'Candidates\nBT\nBarnaby Thistlewood\nSenior Data Analyst\nPOH\nPerpetua Okonedo-Haig\nBackend Engineer';
    const out = masked(text);
    expect(out).toContain('BT');
    expect(out).toContain('POH');
  });

  it('on a page, initials of any masked name on it', () => {
    const text = 'Hollis Penrake\nReferred by Hollis Penrake\nHP\nOpen roles';
    expect(masked(text, { pageText: true })).toContain('HP');
  });

  it('leaves initials that are no name beside them', () => {
    const text = 'Jordan Ellery\nSkills\nQA\nUX\nJE tooling';
    const out = masked(text);
    expect(out).not.toContain('QA');
    expect(out).not.toContain('UX');
  });

  it.each([
    // A card's name under its initials, a place's name in it: stated, its handle in a file name goes too.
    ['RD\nRuadhan Dunmore\nPlatform Engineer · New lead\nRuadhan · 2 days · RuadhanD_CV.pdf', 'RuadhanD'],
    ['EA\nEvadne Ashford\nData Analyst\nFiles: EvadneA-resume.docx', 'EvadneA'],
  ])('states a card’s name under its initials: %s', (text, form) => {
    expect(masked(text)).toContain(form);
  });

  it.each([
    // Other initials above it, or none: a name with a place in it, found once, is not stated.
    ['QA\nRuadhan Dunmore\nPlatform Engineer\nFiles: RuadhanD_CV.pdf', 'RuadhanD'],
    ['Projects\nRuadhan Dunmore\nPlatform Engineer\nFiles: RuadhanD_CV.pdf', 'RuadhanD'],
  ])('states no name with a place in it under other initials: %s', (text, form) => {
    expect(masked(text)).not.toContain(form);
  });

  it.each([
    ['Preferred name\nMio\nNotes\nMio prefers mornings; her notice is one month.', 'Mio'],
    ['Nickname: Noi\nNotes: Noi asked for a later slot.', 'Noi'],
    ['Nickname\nMio\nScorecard\nMio walked through the design.', 'Mio'],
  ])('masks a preferred name wherever it stands capitalised: %s', (text, name) => {
    expect(masked(text).filter((m) => m === name).length).toBe(2);
  });

  it.each([
    // Not under a preferred name's label, or in lower case: the word stays.
    ['Department\nMio\nNotes\nMio prefers mornings.', 'Mio', 1],
    ['Preferred name\nMio\nNotes\nLa mio casa, ma mio fratello no.', 'mio', 0],
  ])('keeps the word outside a preferred name field: %s', (text, word, n) => {
    expect(masked(text).filter((m) => m === word).length).toBeLessThanOrEqual(n);
  });

  it.each([
    ['Arthur Penrowan\nData Analyst\nNotes\nArt (he asked us to call him that) prefers remote work.', 'Art'],
    ['Patricia Vandersloot\nNotes\nPat (she/her) has a notice period of a month.', 'Pat'],
    ['Patricia Vandersloot\nRecruiter notes\nPat (they/them) wants a hybrid role.', 'Pat'],
  ])('masks a stated name’s short form that is a word before a pronoun in brackets: %s', (text, form) => {
    expect(masked(text)).toContain(form);
  });

  it.each([
    ['Arthur Penrowan\nData Analyst\nSkills\nArt direction for print campaigns.', 'Art'],
    ['William Castlebury\nStaff Engineer\nWill relocate to Denver (she said) in May.', 'Will'],
    ['Patricia Vandersloot\nPat (patent) filings handled for three clients.', 'Pat'],
  ])('keeps a short form that is a word elsewhere: %s', (text, form) => {
    expect(masked(text)).not.toContain(form);
  });

  it("masks a stated name's part in a file name", () => {
    const text = 'Perpetua Okonedo-Haig\nBackend Engineer\nFiles: take_home_perpetua.zip';
    expect(masked(text)).toContain('perpetua');
  });
});

describe("analyze: a page's text given as a document", () => {
  const page =
    'Ysolde Varrenkamp\nStaff Engineer at Contoso\nContact info\nConnect\nMessage\nEndorsed by Lucan Harrowgate who is highly skilled at this\n· 2nd';

  it('reads as a page by two of its markers, a resume does not', () => {
    expect(looksLikePage(page)).toBe(true);
    expect(looksLikePage('Jane Roe\nMessage from the CEO: growth\nSkills\nGo, Rust')).toBe(false);
    expect(looksLikePage('Summary\nI connect teams.\nExperience\nAdvanced the scorecard process')).toBe(
      false,
    );
  });

  it.each([
    ['Job Requisition · Candidates (3)\nCandidate\nStage\nActivity'],
    ['Application details\nSource: Referral\nScreening questions\nDo you drive? Yes'],
    ['Activity Feed\nDelphine Arkwright moved Osric to Onsite · 2 days ago'],
    ['Candidates (12)\nTamsin Vell moved Osric to Phone Screen · 1 day ago\nEmail'],
    [
      'Job Application: Kwabena Thorsby-Adjei - R-02210 Maintenance Planner\nApplication Questions\nPrevious Worker ID',
    ],
  ])('reads an ATS screen as a page by its headings, tabs and timeline: %s', (text) => {
    expect(looksLikePage(text)).toBe(true);
  });

  it.each([
    ['Experience\nRecruiter\nManaged each job requisition and screening questions for 40 roles'],
    ['Moved the team to Kubernetes · 2019\nActivity Feed redesign lead\nCandidates (3) interviewed weekly'],
    ['Projects\nActivity feed\nBuilt the activity feed of a social app'],
  ])('leaves a resume that names those words in its sentences: %s', (text) => {
    expect(looksLikePage(text)).toBe(false);
  });

  it("finds the page's people as the page pass does", () => {
    const masked = analyze(page).map((s) => page.slice(s.start, s.end));
    expect(masked).toContain('Lucan Harrowgate');
    // (Told that it is a document, the page's phrases are not searched.)
    expect(analyze(page, { pageText: false }).map((s) => page.slice(s.start, s.end))).not.toContain(
      'Lucan Harrowgate',
    );
  });
});

describe('analyze: honours named after a person or a place', () => {
  it.each([
    ['Honours: Rhodes Scholar, Marshall Scholarship, Chevening Scholar'],
    ['Awards: Fulbright Scholar, Truman Scholar, Hertz Fellow'],
    ['Gates Cambridge Scholar; Sloan Fellow; Nobel Prize lecture attendee'],
    // The shorter findings inside the eponym go with it.
    ['Awards: Harlan Q. Vossberg Award, for the best paper, 2005'],
    // Europass's document word at the top is no name.
    ['Europass Curriculum Vitae\nPersonal information'],
    ['Europass CV'],
  ])('no name or place in %s', (text) => {
    expect(analyze(text).filter((s) => s.label === 'NAME' || s.label === 'LOCATION')).toEqual([]);
  });

  it.each([
    // The same words as a place or a person elsewhere; a name before "Award-winning" or on the line above.
    ['Lived in Marshall, Texas', ['Marshall, Texas']],
    ['Zorvak Quellin Award-winning designer', ['Zorvak Quellin']],
    ['Zorvak Quellin\nFellow, Royal Society of Chemistry', ['Zorvak Quellin']],
    ['Europass CV\nZorvak Quellin\nData Engineer', ['Zorvak Quellin']],
    // A region read as a name inside an eponym stays, as a place.
    ['HONORS  Maryland Senatorial Scholarship  Deans List', ['Maryland']],
  ])('still masked in %s', (text, expected) => {
    expect(
      analyze(text)
        .filter((s) => s.label === 'NAME' || s.label === 'LOCATION')
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual(expected);
  });
});

describe('analyze: school subjects and street abbreviations are no names', () => {
  it.each([
    // A subject after a given name ("White Rose Maths", a scheme of work) is no surname found again.
    [
      'Zorvak Quellin\nPlanned lessons with White Rose Maths\nA-Levels: Further Maths (A), Physics (B)\nHead of Maths, Allerton School',
    ],
    ['Zorvak Quellin\nTaught Numeracy and Literacy to Year 4; Phonics lead'],
    // "Dr," before a town is a street's "Drive", no cue of a name: nothing echoes into the employer.
    [
      'Zorvak Quellin\n4417 Maple Ridge Dr, Cedar Falls, IA 50613\nLifeguard, Cedar Falls Aquatic Center — Summers 2024',
    ],
  ])('no name but the header in %s', (text) => {
    expect(
      analyze(text)
        .filter((s) => s.label === 'NAME')
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Zorvak Quellin']);
  });
});

describe("analyze: OCR's letters inside numbers", () => {
  it.each([
    ['Te1: +254 7l2 345 678', 'PHONE', '+254 7l2 345 678'],
    ['Tel: +44 2O7 946 0958', 'PHONE', '+44 2O7 946 0958'],
    ['Date of Birth: l2/04/l99l', 'AGE', 'l2/04/l99l'],
  ])('%s', (text, label, value) => {
    expect(
      analyze(text)
        .filter((s) => s.label === label)
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual([value]);
  });
});

describe('analyze: a postal box is no name', () => {
  it.each([
    ['Zorvak Quellin\nPO Box 5123, Wellington 6140\nWorked as PO for the payments team.', ['Zorvak Quellin']],
    ['Zorvak Quellin\nPO Box 5123\nExperience', ['Zorvak Quellin']],
    ['Po Chen joined the team', ['Po Chen']],
  ])('%s', (text, expected) => {
    expect(
      analyze(text)
        .filter((s) => s.label === 'NAME')
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual(expected);
  });
});

describe('analyze: the rest of a name around a part masked alone', () => {
  const names = (text: string) =>
    analyze(text)
      .filter((s) => s.label === 'NAME')
      .map((s) => text.slice(s.start, s.end));

  it.each([
    // A middle initial, then a surname that is also an English word.
    ['The film was directed by Brad L Key last year.', ['Brad L Key']],
    // An unknown first name inside a sentence, before a surname with a surname's ending.
    ['The album also features Hilding Carlsson on bass.', ['Hilding Carlsson']],
    // LinkedIn's members outside the network: a first name and the initial of the surname.
    ['Ilse M. · Staff Platform Engineer', ['Ilse M.']],
    ['Thanks,\nPriya R.\nEngineering Manager', ['Priya R.']],
    // The surname first, before a comma that opens the line (lists, forms, citations).
    ['Candidates\nMarwood, Ilse\nSenior Engineer', ['Marwood, Ilse']],
    ['MARWOOD, Ilse', ['MARWOOD, Ilse']],
    // Surname first in capitals opening the text, before given names outside the lexicon (Nigeria).
    ['OKAFOR, Chukwuemeka Obinna\nLagos', ['OKAFOR, Chukwuemeka Obinna']],
    // A nickname between the first name and the surname.
    ["Ilse 'Izzy' Marwood joined", ["Ilse 'Izzy' Marwood"]],
    ['Ilse (Izzy) Marwood joined', ['Ilse (Izzy) Marwood']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Initials before the name, as South Asian resumes write them, and abbreviated given names.
    [
      'K. RAMESH KUMAR\nEngineer\nDeclaration\nPlace: Pune\n(K. RAMESH KUMAR)',
      ['K. RAMESH KUMAR', 'K. RAMESH', 'KUMAR'],
    ],
    ['Name with Initials: H.M.K.C. Bandara', ['H.M.K.C. Bandara']],
    ['Summary\nReferee: R. S. Sharmaji, Manager', ['R. S. Sharmaji']],
    ['Summary\nMd. Rafiqul Islam\nPhone: 555-0134', ['Md. Rafiqul Islam']],
    ['Summary\nReferee: Mst. Rokeya Begum, Teacher', ['Mst. Rokeya Begum']],
    ['Summary\nReferee: Ma. Cristina dela Cruz, Manager', ['Ma. Cristina dela Cruz']],
  ])('takes the initials before a name: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A degree's, a country's or a postal label's initials are no initials of a name.
    ['B.E. Ramesh Kumar', 'B.E.'],
    ['Summary\nU.S. Ramesh Kumar', 'U.S.'],
    ['Summary\nP.O. Ramesh Kumar', 'P.O.'],
    ['Summary\nMBA. Ramesh Kumar', 'MBA'],
  ])('does not take initials that are no name: %s', (text, initials) => {
    expect(names(text).join(' ')).not.toContain(initials);
  });

  it("does not read a page's first run as a resume's header (pageText)", () => {
    const page = 'Northwind Cloud\nStaff Platform Engineer\nJan 2020 - Present';
    // As a document, the first line is where a resume names its candidate.
    expect(names(page)).toEqual(['Northwind Cloud']);
    const onPage = analyze(page, { pageText: true }).filter((s) => s.label === 'NAME');
    expect(onPage).toEqual([]);
    // Names are still found on pages by everything else.
    const other = 'Contoso Pharma\nRecommended by Kwabena Osei-Tutu';
    expect(analyze(other, { pageText: true }).map((s) => other.slice(s.start, s.end))).toEqual([
      'Kwabena Osei-Tutu',
    ]);
  });

  it("masks the people a page's own phrases name, and keeps the employers beside them (pageText)", () => {
    const page =
      'People also viewed\nClémence Dufresne-Labbé\n· 2nd\nStaff Engineer at Kestrel Labs\nKestrel Labs reposted this\n' +
      'Endorsed by Summer Winters who is highly skilled at this\nCulture Add - Lorcan Mac Giolla\nSpoke with Lorcan today.';
    const masked = analyze(page, { pageText: true })
      .filter((s) => s.label === 'NAME')
      .map((s) => page.slice(s.start, s.end));
    expect(masked).toEqual(['Clémence Dufresne-Labbé', 'Summer Winters', 'Lorcan Mac Giolla', 'Lorcan']);
  });

  it('does not take a place or a word before a comma for a surname', () => {
    expect(names('Berlin, Ilse said')).toEqual(['Ilse']);
    expect(names('RESUME, Chukwuemeka Obinna\nLagos').join(' ')).not.toContain('RESUME');
    expect(names('Summary\nOKAFOR, Chukwuemeka Obinna').join(' ')).not.toContain('OKAFOR');
    expect(names('Engineering, Maria Fenwick led it').join(' ')).not.toContain('Engineering');
  });

  it('does not take a sentence after an initial, or a job word before a surname', () => {
    expect(names('Seidman R, Flagg J. The design of the study').join(' ')).not.toContain('The');
    expect(names('Settlement Officer-Los Angeles Superior Courts').join(' ')).not.toContain('Officer');
  });
});

describe('analyze with defaults masks gendered pronouns', () => {
  it('labels she/her/he/him as PRONOUN', () => {
    const text = 'She said her manager told him he was late.';
    expect(
      analyze(text)
        .filter((s) => s.label === 'PRONOUN')
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual(['She', 'her', 'him', 'he']);
  });
});

describe('analyze on a recruiting profile with line breaks', () => {
  it('masks identity, places, school and years but keeps the job-relevant words', () => {
    const text = [
      'Jane Doe (She/Her) · 2nd',
      'Senior Product Designer at Figma',
      'Greater Seattle Area · Contact info',
      'Previously at Google and Airbnb. Stanford University alumna.',
      'Experience',
      'Senior Product Designer',
      'Jan 2020 - Present · 4 yrs',
      'San Francisco Bay Area',
      'Berlin Metropolitan Area',
      'Education',
      'Stanford University',
      'BS, Symbolic Systems',
      '2010 - 2014',
      'Skills',
      'Figma · Prototyping · User Research',
    ].join('\n');
    const spans = analyze(text);
    const masked = spans.map((s) => [s.label, text.slice(s.start, s.end)]);
    expect(masked).toContainEqual(['NAME', 'Jane Doe']);
    expect(masked).toContainEqual(['PRONOUN', 'She']);
    expect(masked).toContainEqual(['LOCATION', 'Greater Seattle Area']);
    expect(masked).toContainEqual(['LOCATION', 'San Francisco Bay Area']);
    // A place, not a person (the line reads like a name: two capitalised words).
    expect(masked).toContainEqual(['LOCATION', 'Berlin Metropolitan Area']);
    expect(masked).toContainEqual(['SCHOOL', 'Stanford University']);
    expect(masked).toContainEqual(['GRAD_YEAR', '2010 - 2014']);
    const all = masked.map((m) => m[1]).join(' | ');
    for (const kept of [
      'Senior Product Designer',
      'Figma',
      'Google',
      'Airbnb',
      'Symbolic Systems',
      'Prototyping',
    ])
      expect(all).not.toContain(kept);
  });
});

describe('analyze: a name in another script beside a name', () => {
  const names = (text: string) =>
    analyze(text)
      .filter((s) => s.label === 'NAME')
      .map((s) => text.slice(s.start, s.end));

  it.each([
    ['Yuki Sato (佐藤 由紀)\nTokyo', ['Yuki Sato', '佐藤 由紀']],
    ['Contact: 佐藤 由紀 (Yuki Sato)', ['佐藤 由紀', 'Yuki Sato']],
    ['Kim Min-jun (김민준)\nSeoul', ['Kim Min-jun', '김민준']],
    ['Ivan Petrov (Иван Петров), Moscow', ['Ivan Petrov', 'Иван Петров']],
    ['Li Wei（李伟）', ['Li Wei', '李伟']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Brackets after a name that hold no other script, or another script beside no name.
    ['Jane Doe (CTO)', ['Jane Doe']],
    ['Built the 订单 (orders) service in Go', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('analyze: an age right after a name', () => {
  const ages = (text: string) =>
    analyze(text)
      .filter((s) => s.label === 'AGE')
      .map((s) => text.slice(s.start, s.end));

  it.each([
    ['Priya Nandakumar (34), Pune', ['34']],
    ['Name: Odile Ferrand (34 years)', ['34']],
    ['Kwame Mensah, 41, a nurse from Accra', ['41']],
    ['Lucía Benavente (29 años)', ['29']],
  ])('%s', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });

  it.each([
    // A count, a year, a house number, an age past the range: not the person's age.
    ['Odile Ferrand (12)'],
    ['Odile Ferrand (2019)'],
    ['Odile Ferrand, 41, Harlow Street'],
    ['Odile Ferrand (92)'],
    ['Projects (34)'],
  ])('%s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});

describe("analyze: a candidate's number in brackets after the name", () => {
  const ids = (text: string) =>
    analyze(text)
      .filter((s) => s.label === 'ID')
      .map((s) => text.slice(s.start, s.end));

  it.each([
    ['Jordan Smith (4821)', ['4821']],
    ['Candidate: Jordan Smith (C-004821)', ['C-004821']],
    ['Jordan Smith (ID: 48213)\nSoftware Engineer', ['48213']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    // A year, an age, a count with its word, a number after no name.
    ['Odile Ferrand (2019)'],
    ['Odile Ferrand (34)'],
    ['Odile Ferrand (123 reviews)'],
    ['Applied for Software Engineer (2019)'],
    ['Projects (4821)'],
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('analyze: control verbs beside a known name stay', () => {
  it.each([
    ['Unfollow Fenwick Osterberg', ['Fenwick Osterberg']],
    ['Endorse Fenwick', ['Fenwick']],
    ['Download Fenwick_Osterberg_CV.pdf', ['Fenwick_Osterberg']],
    ['Invite Fenwick to connect', ['Fenwick']],
  ])('%s', (text, expected) => {
    const spans = analyze(text, { knownNames: ['Fenwick Osterberg'], pageText: true });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe("analyze: LinkedIn's Top Skills", () => {
  const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Contact\nx@example.com\nTop Skills\nJenkins\nAnsible\nHudson\nLanguages\nEnglish'],
    ['Top Skills  Hudson  Jenkins  Ansible  Languages  English'],
  ])('keeps a tool named like a town in %j', (text) => {
    expect(masked(text)).not.toContain('Hudson');
  });

  it.each([
    // Past the three lines, without the heading, or a country: places stay masked.
    ['Top Skills\nJenkins\nAnsible\nGo\nHudson, Ohio', 'Hudson, Ohio'],
    ['Skills\nJenkins\nHudson', 'Hudson'],
    ['Top Skills\nCanada', 'Canada'],
  ])('masks the place in %j', (text, place) => {
    expect(masked(text)).toContain(place);
  });
});

describe('analyze: salutations of European letters keep their words', () => {
  const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Candidatura\n\nCara Giulia,\ncon la presente vi scrivo.', 'Giulia'],
    ['Sollicitatie\n\nBeste Sanne,\nmet veel plezier.', 'Sanne'],
    ['Bewerbung\n\nLiebe Frau Keller,\nmit großem Interesse.', 'Keller'],
    ['Bewerbung\n\nLieber Herr Brandauer,\nmit großem Interesse.', 'Brandauer'],
  ])('%s', (text, name) => {
    const spans = masked(text);
    expect(spans).toContain(name);
    expect(spans.some((s) => /^(?:Cara|Beste|Liebe|Lieber)\b/.test(s))).toBe(false);
  });

  // A salutation word or a greeting on a salutation line cues a name of the lexicon as "Dear" does
  // (a given name that is also a town was masked as a place).
  it.each([
    ['Bewerbung\n\nLiebe Anna,\nich freue mich auf das Gespräch.', 'Anna'],
    ['Hola Anna,\ngracias por tu mensaje.', 'Anna'],
    ['Hallo Marco!\nDanke für die Nachricht.', 'Marco'],
  ])('names the addressee in %s', (text, name) => {
    expect(analyze(text).find((s) => text.slice(s.start, s.end) === name)?.label).toBe('NAME');
  });

  it.each([['Liebe Kolleginnen und Kollegen,\nhiermit bewerbe ich mich.'], ['Liebe Grüße,\nvom Team']])(
    'no name in %s',
    (text) => {
      expect(analyze(text).filter((s) => s.label === 'NAME')).toEqual([]);
    },
  );

  it('keeps a given name that opens a line without a salutation', () => {
    expect(masked('References\nCara Delaney\nHead of Data')).toContain('Cara Delaney');
  });
});

describe("analyze: an Australian state's postcode is an address, not a graduation year", () => {
  it.each([
    ['Based in Sydney, New South Wales 2000 | liam.carter@example.com', '2000'],
    ['Brisbane, Queensland 4000 · Open to relocation', '4000'],
  ])('%s', (text, code) => {
    const masked = analyze(text).map((s) => [s.label, text.slice(s.start, s.end)]);
    expect(masked).toContainEqual(['ADDRESS', code]);
  });

  it('keeps a year on a school line a graduation year', () => {
    const text = 'University of Sydney, New South Wales 2012';
    const masked = analyze(text).map((s) => [s.label, text.slice(s.start, s.end)]);
    expect(masked).toContainEqual(['GRAD_YEAR', '2012']);
  });
});

describe('analyze: a name inside a longer place name is the place', () => {
  const labelled = (text: string, knownNames?: string[]) =>
    analyze(text, knownNames ? { knownNames } : {}).map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
  it.each([
    ['Jane Roe\nExperience\nViettel, Ho Chi Minh City — Engineer', 'LOCATION:Ho Chi Minh City'],
    ['Jane Roe\nExperience\nAdobe, San Jose — Engineer', 'LOCATION:San Jose'],
    ['Reprinted, Ann Arbor: University of Michigan Press, 1998.', 'LOCATION:Ann Arbor'],
    ['Vodacom, Dar es Salaam — Network Engineer (2018 – 2022)', 'LOCATION:Dar es Salaam'],
  ])('%s', (text, expected) => {
    expect(labelled(text)).toContain(expected);
  });
  it.each([
    // A person beside a place stays a person; a name the page states stays a name.
    ['Jane Roe\nReferences: Susan Lee, San Jose', 'NAME:Susan Lee'],
    ['Candidate: Jordan Hale\nJordan Hale moved to Jordan.', 'NAME:Jordan Hale'],
  ])('%s', (text, expected) => {
    expect(labelled(text).some((s) => s.startsWith(expected))).toBe(true);
  });
  it('a known name that is also a place keeps its name', () => {
    expect(labelled('Worked with Lincoln Park on the launch.', ['Lincoln Park'])).toContain(
      'NAME:Lincoln Park',
    );
  });
});

describe('analyze: a faith word in a street name is the address', () => {
  it.each([
    'Jane Roe\nAddress: 0645 Reyes Católicos 17 Apt. 209 Montehermoso Cáceres.',
    'Jane Roe\n3247 Rua Igreja 25\nApt. 236\nRibeirão\nPortugal 30971',
  ])('%s', (text) => {
    const spans = analyze(text).filter((s) => s.start >= 9);
    expect(spans.map((s) => s.label)).toEqual(['ADDRESS']);
  });
});

describe('analyze: a bank named after an Indonesian province keeps its name', () => {
  it.each([
    ['Credit Analyst, Bank Jawa Timur, Surabaya', 'Surabaya'],
    ['Analis Kredit, PT Bank Jawa Tengah, Semarang', 'Semarang'],
  ])('%s', (text, place) => {
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    expect(masked).toEqual([place]);
  });
});

describe('analyze: a timestamp before the sender of a message or a feed entry', () => {
  // Message threads and ATS activity feeds write the time or the date before the sender's name: the
  // clock's "AM" is no "I am in" and a month's day before a year is no street and house number.
  it.each([
    ['10:04 AM Perpetua Okonedo-Haig', 'Perpetua Okonedo-Haig'],
    ['Sent 8:12 am Perpetua Okonedo', 'Perpetua Okonedo'],
    ['Nov 18, 2026 Perpetua Okonedo-Haig', 'Perpetua Okonedo-Haig'],
    ['March 3, 2025 Odalys Ferreira-Quist\nMoved to Interview', 'Odalys Ferreira-Quist'],
  ])('%s', (text, name) => {
    expect(labels(text)).toEqual([['NAME', name]]);
  });

  it.each([['8:12 AM Auto-email'], ['Dec 2, 2025 Auto-email sent']])('masks nothing in %s', (text) => {
    expect(labels(text)).toEqual([]);
  });

  it.each([
    ['I am Portland based.', ['LOCATION', 'Portland']],
    ['Marktgasse 18, 1010 Wien', ['ADDRESS', 'Marktgasse 18, 1010 Wien']],
    ['Avenida Lopes 18, 2026 Lisboa', ['ADDRESS', 'Avenida Lopes 18, 2026 Lisboa']],
  ])('keeps the place in %s', (text, span) => {
    expect(labels(text)).toContainEqual(span);
  });
});

describe('analyze: German weekdays and months in a date are no names or places', () => {
  it.each([
    ['Ich habe am Montag begonnen.'],
    ['Wir treffen uns am Freitag im Büro.'],
    ['Lebenslauf\nIm März 2020 wechselte ich zu einem Start-up.'],
    ['Das Gespräch ist am Dienstag, den 4. Mai.'],
    ['Am Mittwoch habe ich Zeit.'],
    ['Termin: Montag, 14:00 Uhr'],
  ])('masks nothing in %s', (text) => {
    expect(labels(text)).toEqual([]);
  });

  it.each([
    ['August Müller\nSoftwareentwickler', 'August Müller'],
    ['Anna Freitag\nEntwicklerin', 'Anna Freitag'],
    ['Gespräch mit Anna Mai am Montag', 'Anna Mai'],
    ['Referenz: Thomas Sonntag, Teamleiter', 'Thomas Sonntag'],
    ['Im Seo-yeon\nDesigner', 'Im Seo-yeon'],
  ])('keeps the person in %s', (text, name) => {
    expect(labels(text)).toContainEqual(['NAME', name]);
  });
});

describe('analyze: a gendered title is its own span beside the name', () => {
  // The honorific is a surname or a given name of the lexicon too ("Herr", "Ibu"), so the name
  // recognizer reads it into the name; the title recognizer's span takes it back.
  it.each([
    ['Herr Thomas Brandauer', 'Herr', 'Thomas Brandauer'],
    ['Sr. Juan Ortega', 'Sr.', 'Juan Ortega'],
    ['Dengan hormat,\nBapak Agus Santoso', 'Bapak', 'Agus Santoso'],
    ['Ibu Sri Wahyuni', 'Ibu', 'Sri Wahyuni'],
    ['Pan Tomasz Kowalczyk', 'Pan', 'Tomasz Kowalczyk'],
    ['Pani Anna Wiśniewska', 'Pani', 'Anna Wiśniewska'],
    ['Ato Tesfaye Bekele', 'Ato', 'Tesfaye Bekele'],
    ['Weyzero Almaz Haile', 'Weyzero', 'Almaz Haile'],
    ['Smt Lakshmi Raghavan', 'Smt', 'Lakshmi Raghavan'],
    // An Indonesian letter's address before the title: "to the honourable", no name.
    ['Kepada Yth. Ibu Sri Wahyuni', 'Ibu', 'Sri Wahyuni'],
    ['Surat Lamaran\nKepada Yth.\nBapak Agus Santoso', 'Bapak', 'Agus Santoso'],
  ])('%s', (text, title, name) => {
    expect(labels(text)).toEqual([
      ['TITLE', title],
      ['NAME', name],
    ]);
  });

  it.each([
    // A Chinese surname "Pan", and a name without a title.
    ['Pan Wei\nSenior Engineer', ['NAME', 'Pan Wei']],
    ['Frauke Herrmann\nEngineer', ['NAME', 'Frauke Herrmann']],
  ])('keeps the whole name in %s', (text, span) => {
    expect(labels(text)).toEqual([span]);
  });
});

describe('analyze: the surname on a signature line after a sign-off', () => {
  // After a sign-off and a first name of the lexicon, the capitalised word that ends the line is the
  // surname, even one that is also a word or a CV's field ("Nascimento", birth).
  it.each([
    ['A equipe cresceu.\nAbraços,\nThiago Nascimento', 'Thiago Nascimento'],
    ['Thanks for your time.\nThanks,\nRebecca Hides', 'Rebecca Hides'],
  ])('%s', (text, name) => {
    expect(labels(text)).toContainEqual(['NAME', name]);
  });

  it.each([
    // A job or a tool after the first name, and a line that goes on.
    ['Best regards,\nAmelia Python\nSoftware Engineer', 'Amelia'],
    ['Saludos,\nJuan Engineer', 'Juan'],
    ['Abraços,\nThiago Nascimento da Silva Equipe', 'Thiago'],
  ])('keeps %s to the first name', (text, name) => {
    expect(labels(text).filter((l) => l[0] === 'NAME')[0]).toEqual(['NAME', name]);
  });
});

describe("analyze: a school's short name that is also a town", () => {
  // Found as a school (a degree after it) and as a town with the same score: the school, so the chip
  // reads "[school]" and the degree stays.
  it.each([
    ['EDUCATION\nStanford, MBA (2017)', 'Stanford'],
    ['EDUCATION\nCambridge, MPhil', 'Cambridge'],
    ['EDUCATION\nStanford, MS Electrical Engineering', 'Stanford'],
    // A short name of two words is the school's, however a person's name it reads.
    ['EDUCATION\nUC Berkeley | BA Economics | 2012', 'UC Berkeley'],
    ['EDUCATION\nCarnegie Mellon, MS Robotics', 'Carnegie Mellon'],
    ['EDUCATION\nHEC Paris, MBA', 'HEC Paris'],
  ])('%s', (text, school) => {
    expect(labels(text)).toContainEqual(['SCHOOL', school]);
    expect(labels(text).some(([, v]) => (v ?? '').includes(', M'))).toBe(false);
  });
});

describe("analyze: a place or a name hyphenated at a line's end", () => {
  it.each([
    ['Data Analyst, Wells Fargo, San Fran-\ncisco, CA, 2019 – Present', ['San Fran-\ncisco, CA']],
    ['Analyst, Deloitte, Chen-\nnai, India, 2015 – 2017', ['Chen-\nnai, India']],
    ['Worked in Bir-\nmingham and Man-\nchester.', ['Bir-\nmingham', 'Man-\nchester']],
  ])('%s', (text, expected) => {
    expect(labels(text).map(([, t]) => t)).toEqual(expected);
  });

  it.each([
    ['Self-\nmotivated data-\ndriven analyst; Python-\nbased tooling'],
    ['Senior Soft-\nware Engineer, Micro-\nsoft'],
  ])('masks nothing in %s', (text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe("analyze: a tool's or job's word that is a name of the lexicon, beside a name", () => {
  // (The job's words name no organisation before them there either.)
  it.each([
    ['Maya Fenwick\nMotion Designer\nLondon', 'Maya Fenwick'],
    ['References: Ruby Okafor, Ward Manager, 555-0134', 'Ruby Okafor'],
    ['Supervisor: Julia Kessler, Head of Design', 'Julia Kessler'],
    ['Tom Jenkins\nSite Manager', 'Tom Jenkins'],
    ['Referee: Emma Norton, Director, emma@example.com', 'Emma Norton'],
    // A job's word that is a surname, after a given name, does not make the name an employer's.
    ['REFERENCES\nSarah Dean, General Manager, The Grand Hotel – 01273 555 010', 'Sarah Dean'],
    ['References: Sam Joiner, Foreman, 555-0134', 'Sam Joiner'],
    // Before a surname that is a place or an English word too ("Harrow", "Preston", "Lincoln").
    ['Contact: Julia Harrow', 'Julia Harrow'],
    ['Reported to Julia Harrow, VP Engineering.', 'Julia Harrow'],
    ['Julia Harrow recommended me for the lead role.', 'Julia Harrow'],
    ['Reported to Ruby Preston.', 'Ruby Preston'],
    ['Mentored by Maya Lincoln during the rotation.', 'Maya Lincoln'],
  ])('%s', (text, name) => {
    expect(labels(text)).toContainEqual(['NAME', name]);
  });

  it.each([
    ['Skills: Ruby, Python, Jenkins, Maya, Julia, Pascal'],
    ['Ruby on Rails Developer; Built Jenkins pipelines; Maya Blender Houdini'],
    ['Tools: JIRA, Jenkins, Maven, Swift, Kafka\nProgramming: Swift Kotlin Dart'],
    ['Julia Python R MATLAB; Taught Pascal Basic Fortran'],
    ['Associate Dean for Research; reported to the Academic Dean'],
    ['Languages: Python, Julia Lang, R'],
    ['Scientific computing at Julia Computing; Crystal Reports and SSRS dashboards'],
  ])('masks no tool in %s', (text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe("analyze: a reply line's opener and the weekdays and months of its date (pageText)", () => {
  const masked = (text: string) =>
    analyze(text, { pageText: true }).map((s) => [s.label, text.slice(s.start, s.end)] as const);
  it.each([
    ['El mar, 3 dic 2026 a las 10:12, Lucía Ferrer <lf@ferrer.test> escribió:', 'Lucía Ferrer'],
    ['El 06/12/2026 a las 9:00, Lucía Ferrer escribió:', 'Lucía Ferrer'],
    ['Le mar. 3 déc. 2026 à 10:12, Solène Marchand a écrit :', 'Solène Marchand'],
    ['Le 06/12/2026 à 09:00, Solène Marchand a écrit :', 'Solène Marchand'],
    ['Am Di., 3. Dez. 2026 um 10:12 schrieb Anke Jansen:', 'Anke Jansen'],
    ['Am Mo., 2. Dez. 2026 um 10:12 Uhr schrieb Anke Jansen:', 'Anke Jansen'],
    ['Am Fr., 6. Dez. 2026 um 10:12 schrieb Anke Jansen:', 'Anke Jansen'],
    ['Em ter., 3 de dez. de 2026 às 10:12, Joana Ribeiro escreveu:', 'Joana Ribeiro'],
    ['Il giorno mar 3 dic 2026 alle ore 10:12 Giulia Rossetti ha scritto:', 'Giulia Rossetti'],
    ['Op vr 6 dec 2026 om 09:00 schreef Femke de Wit:', 'Femke de Wit'],
    ['Den fre 6 dec. 2026 kl 09:00 skrev Ingrid Holm:', 'Ingrid Holm'],
  ])('%s', (text, name) => {
    expect(masked(`Thanks!\n\n${text}\n> Hola`).filter((m) => m[0] !== 'EMAIL')).toEqual([['NAME', name]]);
  });
  it.each([
    // A name that opens a sentence or a line stays one.
    ['Thanks!\nEl Amrani called back.', 'El Amrani'],
    ['Di Wang 3rd interview went well.', 'Di Wang'],
  ])('keeps the name in %s', (text, name) => {
    expect(masked(text).map((m) => m[1])).toContain(name);
  });
});

describe('analyze: a handle that is also an ordinary word in a comment thread (pageText)', () => {
  it.each([
    ['Comments\n@Faith can you take the onsite?', '@Faith'],
    ['Mentioned: @Hope, @Grant', '@Hope'],
    ['Thanks @Joy!', '@Joy'],
  ])('%s', (text, handle) => {
    const masked = analyze(text, { pageText: true, knownNames: ['Amara Okafor'] }).map((s) =>
      text.slice(s.start, s.end),
    );
    expect(masked).toContain(handle);
  });
});

describe("analyze: a candidate list's column headings, one a line, are no names (pageText)", () => {
  const names = (text: string) =>
    analyze(text, { pageText: true })
      .filter((s) => s.label === 'NAME')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Candidates (24)\nName\nStage\nSource\nApplied\nOwner'],
    ['Candidates\nCandidate\nStage\nSource\nApplied'],
    ['Applicants\nName\nRating\nStatus\nLocation'],
  ])('keeps %s', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each([
    ['Form\nName\nFaith\nStage\nOnsite', 'Faith'],
    ['Form\nName\nGrace Stage\nStage\nOnsite', 'Grace Stage'],
  ])('masks the name in %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('analyze: a greeting of another language that is no name, before the greeted name and a comma (pageText)', () => {
  const names = (text: string) =>
    analyze(text, { pageText: true })
      .filter((s) => s.label === 'NAME')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Messages\nCiao Amara, ti andrebbe di parlarne?', 'Amara'],
    ['Messages\nHej Amara, hur mår du?', 'Amara'],
    ['Messages\nSalve Amara, come sta?', 'Amara'],
    ['Messages\nCześć Amara, jak się masz?', 'Amara'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it('keeps a given name that is also a salutation word', () => {
    expect(names('Notes\nCara Delaney, the recruiter, called.')).toEqual(['Cara Delaney']);
  });
});

describe('analyze: a Spanish question word after "¿" is no place or person', () => {
  it('keeps the question word and masks the town', () => {
    const text = 'Preguntas\n¿Cómo diseñarías un sistema de colas?\nVivo en Como, Italia.';
    const masked = analyze(text, { pageText: true }).map((s) => text.slice(s.start, s.end));
    expect(masked.join('|')).not.toContain('Cómo');
    expect(masked.join('|')).toContain('Como');
  });
});

describe('analyze: an acronym in brackets of the masked words before it', () => {
  // The acronym says the masked words again: it is masked with them, whatever found the words.
  it.each([
    ['1985 - 1986:  Velmoria Univertiteit Brussels  (VUB) Brussels, Belgium', 'VUB'],
    ['Reference: Orla Quenby-Dart (OQD), line manager', 'OQD'],
    // Capitals beyond A-Z ("Üniversitesi" gives "Ü").
    ['Orta Doğu Teknik Üniversitesi (ODTÜ), Bilgisayar Mühendisliği', 'ODTÜ'],
  ])('%s', (text, acronym) => {
    const spans = analyze(text);
    const at = text.indexOf(`(${acronym})`) + 1;
    expect(spans.some((s) => s.start <= at && s.end >= at + acronym.length)).toBe(true);
  });

  it.each([
    // Kept words before it (a job title, an employer), an acronym of other words, a word between.
    ['Senior Software Engineer (SSE) at Quentix'],
    ['Tata Consultancy Services (TCS), Pune'],
    ['Orla Quenby joined the Quality Assurance (QA) team'],
  ])('keeps the acronym in %s', (text) => {
    const m = /\(([A-Z]+)\)/.exec(text)!;
    const at = m.index + 1;
    expect(analyze(text).some((s) => s.start <= at && s.end >= at + m[1]!.length)).toBe(false);
  });
});

describe("analyze: a masked school's acronym wherever it stands alone", () => {
  const masks = (text: string, word: string, from = 0) => {
    const at = text.indexOf(word, from);
    return analyze(text).some((s) => s.start <= at && s.end >= at + word.length);
  };

  it.each([
    ['Okonjo Awolabi University, Ile-Ife, 2015\nReferee: Senior Lecturer, OAU, Ile-Ife.', 'OAU'],
    ['Queensland University of Technology, 2015\nMember of the QUT alumni network', 'QUT'],
    ['Education\nFernhill Valley High School, 2008\n\nActivities\nCaptain of the FVHS tennis team', 'FVHS'],
  ])('%s', (text, acronym) => {
    expect(masks(text, acronym)).toBe(true);
  });

  it.each([
    // A job title that the acronym opens, a word of the language, an acronym no masked school gives.
    ['Okonjo Awolabi University, 2015\nOAU Coordinator of Special Sessions', 'OAU'],
    ['Academy of Computer Engineering, 2011\nACE award for reliability', 'ACE'],
    ['Okonjo Awolabi University, 2015\nLed the OKR rollout', 'OKR'],
  ])('keeps %s', (text, word) => {
    expect(masks(text, word, text.indexOf('\n'))).toBe(false);
  });
});

describe('analyze: a coded location after a list of tools', () => {
  // "Jersey" is also a Java library: the coded location is a place all the same.
  it('masks US-NJ-Jersey City after "jsp, servlet"', () => {
    const text = 'Skills: hibernate, jsp, servlet    Location  US-NJ-Jersey City (will consider relocating)';
    const at = text.indexOf('US-NJ');
    expect(analyze(text).some((s) => s.start <= at && s.end >= at + 'US-NJ-Jersey City'.length)).toBe(true);
  });
});

describe('analyze: well-known platforms and graphics libraries named like towns or people', () => {
  const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Developed videogames in C++ and Lua for PC', 'Lua'],
    ['Advanced knowledge of Windows XP/Vista, Unix and Linux', 'Vista'],
    ['UIKit, Cocoa, AppKit, Quartz (Core Graphics)', 'Cocoa'],
    ['Rendering with DirectX and OpenGL on Macintosh and PC', 'Macintosh'],
  ])('keeps the tool in %j', (text, tool) => {
    expect(masked(text).join(' ')).not.toContain(tool);
  });

  it.each([
    // A town after a cue, with its state, and a person after a cue stay masked.
    ['Sales Rep, Quellix, Cocoa, FL', 'Cocoa'],
    ['Lives in Vista, CA 92081', 'Vista'],
    ['Contact: Lua Blanco', 'Lua Blanco'],
  ])('still masks %j', (text, identifier) => {
    expect(masked(text).join(' ')).toContain(identifier);
  });
});

describe("analyze: the header's name of one word, again in a running header", () => {
  const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));
  it('masks the surname where the page header repeats it', () => {
    const text =
      'Quenby Software-Firmware Engineer  24 Vellan Road  Morris Plains, NJ 07950\nEXPERIENCE\nBuilt drivers.\nQuenby Software Firmware Engineer  - Page 2 of 2';
    expect(masked(text).filter((m) => m === 'Quenby')).toHaveLength(2);
  });
  it('does not spread an English word heading the text', () => {
    const text = 'Summary\nBuilt drivers for the summary view.';
    expect(masked(text)).toEqual([]);
  });
});

describe('analyze: clinical and technical tools named after a person or a place', () => {
  it.each([
    ['• Triage of 60+ patients per shift using the Australasian Triage Scale'],
    ['Assessed patients with the Glasgow Coma Scale and the Braden Scale'],
    ['Recorded Apgar Score and Gleason Score; applied the Kaplan Meier Method'],
  ])('no name or place in %s', (text) => {
    expect(analyze(text).filter((s) => s.label === 'NAME' || s.label === 'LOCATION')).toEqual([]);
  });

  it.each([
    // A country before the tool's word stays a place; a score's label is no tool.
    ['Built the India Index dashboards', ['India']],
    ['Zorvak Quellin\nScore: 92', ['Zorvak Quellin']],
  ])('still masked in %s', (text, expected) => {
    expect(
      analyze(text)
        .filter((s) => s.label === 'NAME' || s.label === 'LOCATION')
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual(expected);
  });
});

describe('analyze: an employer that opens a dated job line, and firms after a plural of firms', () => {
  const names = (text: string) =>
    analyze(text)
      .filter((s) => s.label === 'NAME')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Jordan Ellis\nAtkins — Senior Engineer, Jan 2018 – Mar 2021'],
    ['Jordan Ellis\nWSP Parsons Brinckerhoff, Graduate Engineer 2014 – 2016'],
    ['Jordan Ellis\n• Halvard Brinckerhoff | Principal Consultant | 2019 – Present'],
    ['Jordan Ellis\nCoordinated with consultants Dar Al-Handasah and Atkins'],
    ['Jordan Ellis\nWorked with clients such as Jacobs, Arup and Buro Happold.'],
    // Two names of the lexicons as the employer of a job entry under a resume's experience heading.
    ['Jordan Ellis\nEXPERIENCE\nMott MacDonald, Senior Engineer, 2018 - 2021'],
    ['Jordan Ellis\nWork History\nBalfour Beatty | Graduate Engineer | 2010 – 2012'],
    ["Jordan Ellis\nProfessional Experience\nLaing O'Rourke\nSite Manager, 2016 – 2020"],
    // A legal form in lower case; a table's tab after the job's cell.
    ['Jordan Ellis\nBalfour Beatty plc, Project Engineer, 2012 – 2016'],
    ['Jordan Ellis\nEXPERIENCE\nGraduate Engineer\tBalfour Beatty\t2010 – 2012'],
    // One year on the line under an experience heading; a season before a year is a date, no name.
    ['Jordan Ellis\nEXPERIENCE\nIntern, Hargreaves Lansdown, Bristol, Summer 2010'],
    ['Jordan Ellis\nWork Experience\nAnalyst, Wood Mackenzie, Edinburgh, 2012'],
    // A verb of joining a firm; a client's field; the employer's own line after the entry's dates or before them in brackets.
    ['Jordan Ellis\nJoined Mott MacDonald in 2015 as a graduate engineer.'],
    ["Jordan Ellis\nSeconded to Laing O'Rourke for the Crossrail project."],
    ['Jordan Ellis\nClient: Balfour Beatty'],
    ['Jordan Ellis\nEMPLOYMENT\n2018 – 2021   Mott MacDonald, Birmingham\nSenior Engineer'],
    ['Jordan Ellis\nEXPERIENCE\nMott MacDonald (2015 – 2018)\nGraduate Engineer'],
  ])('no name but the header in %s', (text) => {
    expect(names(text)).toEqual(['Jordan Ellis']);
  });

  it.each([
    // Two words of the name lexicons: a person, a referee or a colleague.
    ['Jordan Ellis\nPriya Sharma — Senior Engineer, 2019 – 2021', ['Jordan Ellis', 'Priya Sharma']],
    // Contact details on the line: a referee's.
    [
      'Jordan Ellis\nREFERENCES\nWhitfield Okonedo — Nurse Manager, 2015 – 2020, 555 201 3344',
      ['Jordan Ellis', 'Whitfield Okonedo'],
    ],
    // No date range on the line.
    ['Jordan Ellis\nWhitfield Okonedo — Senior Engineer', ['Jordan Ellis', 'Whitfield Okonedo']],
    // The text's first line is the candidate's.
    ['Whitfield Okonedo — Senior Engineer, 2019 – Present', ['Whitfield Okonedo']],
    // Another heading nearer above than the experience heading.
    [
      'Jordan Ellis\nEXPERIENCE\nAcme Ltd, Engineer, 2015 – 2019\nREFERENCES\nPriya Sharma — Senior Engineer, 2019 – 2021',
      ['Jordan Ellis', 'Priya Sharma'],
    ],
    [
      'Jordan Ellis\nEDUCATION\nPriya Sharma — Senior Engineer, 2019 – 2021',
      ['Jordan Ellis', 'Priya Sharma'],
    ],
    // The people one joins.
    ["Jordan Ellis\nJoined Priya Sharma's team in 2019", ['Jordan Ellis', "Priya Sharma's"]],
    // A season's word before a surname is a given name.
    ['Jordan Ellis\nMentored by Summer Okonedo in 2019', ['Jordan Ellis', 'Summer Okonedo']],
    // An honorific right before the name is still its cue.
    ['Referee: Dr Whitfield Okonedo, Consultant', ['Whitfield Okonedo']],
  ])('still a name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("analyze: a standard's reference is no name, town, postcode or year", () => {
  it.each([
    ['Certifications\nISO/IEC 27001\nISO/IEC 17025\nISO 9001:2015', []],
    ['ISO/IEC 27001:2022 Lead Auditor\nISO/IEC 27001 Lead Implementer, BSI, 2021', []],
    ['BS EN ISO 9001 and DIN EN 1090 audits; IEC 62443-3-3; NIST SP 800-53; IEEE 802.11ax', []],
    ['Owned the IATF 16949 and ISO 9001 audits; ASTM D638 tests.', []],
    // A degree's "BS" and its year stay a graduation; the town beside a standard stays a town.
    [
      'BS 2016, University of Leeds',
      [
        ['GRAD_YEAR', '2016'],
        ['SCHOOL', 'University of Leeds'],
      ],
    ],
    ['ISO 27001 Lead Auditor, Galway', [['LOCATION', 'Galway']]],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it("leaves the candidate's own name masked, inside one too", () => {
    const text = 'ISO 9001 audits led by Iso';
    expect(labels(text, { knownNames: ['Iso Tamura'] })).toEqual([
      ['NAME', 'ISO'],
      ['NAME', 'Iso'],
    ]);
  });
});

describe('analyze: a card’s person under its initials avatar, whom no lexicon knows', () => {
  it.each([
    [
      'Compare candidates\nNA\nNneka Aldersgate\nData Engineer\nNneka chose dbt and Snowflake.',
      [
        ['NAME', 'NA'],
        ['NAME', 'Nneka Aldersgate'],
        ['NAME', 'Nneka'],
      ],
    ],
    // Words, a firm and a place under their initials stay as they are.
    ['QA\nQuality Assurance\nHR\nHuman Resources\nDS\nData Science\nCS\nComputer Science', []],
    ['SF\nSan Francisco', [['LOCATION', 'San Francisco']]],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('analyze: a degree’s subject after a title that is a degree', () => {
  it.each([
    ['Czech Technical University in Prague · Ing. Mechanical Engineering · 2010', ['Mechanical']],
    ['Dipl.-Ing. Electrical Engineering, TU Wien', ['Electrical']],
    ['Mgr. Political Science, Charles University', ['Political']],
  ])('%s', (text, words) => {
    const masked = analyze(text).map((s) => text.slice(s.start, s.end));
    for (const w of words) expect(masked.join(' ')).not.toContain(w);
  });

  it('leaves the person a title opens a name', () => {
    expect(labels('Ing. Tomáš Dvořák, Mechanical Engineering')).toEqual([['NAME', 'Ing. Tomáš Dvořák']]);
  });
});

describe('analyze: a full name found once, weakly, whose part the text repeats about that person', () => {
  const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));
  it.each([
    [
      'Recommendation letter\nGiven to Tamsin Achterberg on completion of her placement. Tamsin is the best analyst we have had.',
      ['Tamsin Achterberg', 'her', 'Tamsin'],
    ],
    [
      'Reference\nI supervised Oskar Brandvold for three years. Oskar led our audit programme.',
      ['Oskar Brandvold', 'Oskar'],
    ],
    [
      'Reference\nI supervised Oskar Brandvold for three years. Mr Brandvold ran the audits.',
      ['Oskar Brandvold', 'Mr', 'Brandvold'],
    ],
    // A part that stands alone with no person's verb after it and no title before it is no cue (a
    // given name the word lists do not hold: "Oskar" is one they hold, and "Oskar Lake" reads as a
    // person's name on its own).
    [
      'Reference\nI supervised Eskil Brandvold for three years.\nEskil Lake, Minnesota',
      ['Eskil Brandvold', 'Minnesota'],
    ],
    // The given name and the surname's initial, as a list of people shortens a name.
    [
      'Hiring manager screen: Wenonah Pettigrew-Asante · Product Analyst\nAwaiting scheduling\nWenonah P. – availability sent Feb 6',
      ['Wenonah Pettigrew-Asante', 'Wenonah P.'],
    ],
    // Another initial is another person's, and an initial that runs on into a word is none.
    [
      'Hiring manager screen: Wenonah Pettigrew-Asante · Product Analyst\nWenonah K. Lake joined\nWenonah Product',
      ['Wenonah Pettigrew-Asante'],
    ],
  ])('%j', (text, expected) => {
    expect(masked(text)).toEqual(expected);
  });
});

describe('analyze: a given name that is also a tool', () => {
  const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));
  it.each([
    // The header's name states the person; the given name alone is masked where it speaks of them, the
    // language stays.
    [
      'Ruby Quenby\nMotion Designer\n\nSummary\nRuby is a motion designer with eight years in Ruby and After Effects.\nSkills: Ruby, Rails, Julia',
      ['Ruby Quenby', 'Ruby'],
    ],
    [
      'Julia Ostrander\nData Scientist\n\nJulia has led forecasting in Julia and Python.',
      ['Julia Ostrander', 'Julia'],
    ],
    ['Ada Pellworth\nEmbedded Engineer\n\nTools: Ada, SPARK\nThanks, Ada', ['Ada Pellworth', 'Ada']],
    ['Jasmine Trevell\nQA Engineer\n\nWrote Jasmine and Karma suites.', ['Jasmine Trevell']],
    // Its profile slug is a form of the name too.
    ['Ruby Quenby\nMotion Designer\nruby-quenby.dev', ['Ruby Quenby', 'ruby-quenby.dev']],
  ])('%j', (text, expected) => {
    expect(masked(text)).toEqual(expected);
  });

  it('joins a tool-named given name to the surname found after it', () => {
    const text =
      'Tomas Quenby\nMotion Designer\n\nReferences\nMarta Pellworth\nHead of Design, Brightline\nJulia Pellworth led the team.';
    expect(masked(text)).toContain('Julia Pellworth');
    // In a list of tools the word stays a tool.
    const list = 'Tomas Quenby\nMotion Designer\n\nReferences\nMarta Pellworth\nPython, Julia Pellworth';
    expect(masked(list)).not.toContain('Julia Pellworth');
  });
});

describe('analyze: names found again inside a known name', () => {
  const span = (
    start: number,
    end: number,
    score: number,
    recognizer: string,
    label: Span['label'] = 'NAME',
  ) => ({
    start,
    end,
    label,
    score,
    recognizer,
  });
  const known = span(10, 22, 0.95, 'known-identity');
  it.each([
    ['the same run at a lower score', span(10, 22, 0.9, 'person-name'), false],
    ['a part of it', span(10, 14, 0.8, 'person-name'), false],
    ['its last word', span(15, 22, 0.8, 'page-people'), false],
    ['the same run at a higher score', span(10, 22, 1, 'person-name'), true],
    ['the same run at the same score', span(10, 22, 0.95, 'person-name'), true],
    ['a longer run', span(10, 30, 0.9, 'person-name'), true],
    ['a run that starts before it', span(4, 22, 0.9, 'person-name'), true],
    ['a name elsewhere', span(40, 52, 0.8, 'person-name'), true],
    ['another type inside it', span(15, 22, 0.5, 'location', 'LOCATION'), true],
  ])('%s is %s', (_, s, kept) => {
    expect(withoutNamesInKnown([s, known])).toEqual(kept ? [s, known] : [known]);
  });

  it('uses the known span that reaches farthest among those that start before', () => {
    const long = span(0, 30, 0.95, 'known-identity');
    const short = span(12, 14, 0.95, 'known-identity');
    const inner = span(16, 25, 0.8, 'person-name');
    expect(withoutNamesInKnown([inner, short, long])).toEqual([short, long]);
  });

  it('leaves the spans as they are when there is no known name', () => {
    const spans = [span(0, 4, 0.8, 'person-name'), span(5, 9, 0.7, 'location', 'LOCATION')];
    expect(withoutNamesInKnown(spans)).toBe(spans);
  });

  it("gives the page's masks unchanged, with the known name's recognizer", () => {
    const text = Array.from({ length: 5 }, (_, j) => `Row ${j}: Ilse Marwood reviewed the Go service`).join(
      '\n',
    );
    const spans = analyze(text, { knownNames: ['Ilse Marwood', 'Ilse', 'Marwood'], pageText: true });
    expect(spans.map((s) => [text.slice(s.start, s.end), s.recognizer])).toEqual(
      Array.from({ length: 5 }, () => ['Ilse Marwood', 'known-identity']),
    );
  });
});
