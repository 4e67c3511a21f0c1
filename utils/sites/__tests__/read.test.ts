// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  actionLabelName,
  cleanName,
  columnNames,
  headIdentity,
  holdsAny,
  initialsAvatarNames,
  jsonLdPersons,
  labelledNames,
  linkedNames,
  listedName,
  looksLikeName,
  mergeIdentities,
  meta,
  nameForms,
  namesAt,
  namesAtGroups,
  safeRead,
  titleName,
  withinAny,
} from '../read';

describe('looksLikeName', () => {
  it.each([
    ['Talia Brennquist', false, true],
    ['Bastian Kölreuter', true, true],
    ["Siobhán O'Connell-Ruiz", true, true],
    ['Talia', false, true],
    ['Talia', true, false],
    ['Senior Backend Engineer', true, false],
    ['Messaging', false, false],
    ['R2 D2', false, false],
    ['a b c d e', false, false],
    // Lower-case particles: not counted, allowed in the strict test between capitalised words.
    ['Ilse van der Berg', true, true],
    ['José María de la Cruz Álvarez', true, true],
    ['Nur Aisyah binti Hassan', true, true],
    ['Maria das Dores', true, true],
    ['van der Berg', true, false],
    ['Ilse van', true, false],
    ['Ana de la Cruz y Ortega Vidal Ruiz', true, false],
    ['Senior Engineer at de Vries', true, false],
    ['', false, false],
  ])('%s (strict %s) → %s', (text, strict, expected) => {
    expect(looksLikeName(text, strict)).toBe(expected);
  });
});

describe('cleanName', () => {
  it.each([
    ['View Talia Brennquist’s profile', 'Talia Brennquist'],
    ['Select Talia Brennquist', 'Talia Brennquist'],
    ['Talia Brennquist is open to work', 'Talia Brennquist'],
    ['Talia Brennquist, #OPEN_TO_WORK', 'Talia Brennquist'],
    ['Talia Brennquist, #HIRING', 'Talia Brennquist'],
    ['Talia Brennquist (She/Her)', 'Talia Brennquist'],
    ['Talia Brennquist, PhD', 'Talia Brennquist'],
    ['  Talia\n   Brennquist ', 'Talia Brennquist'],
    ['Fenwick Osterberg sent the following messages at 11:02 AM', 'Fenwick Osterberg'],
    ['About 1,200 results', undefined],
    ['Ilse (Izzy) Marwood', 'Ilse Marwood'],
    ['Ilse Marwood (née Quenby) 🌍', 'Ilse Marwood'],
    ['Ilse Marwood ✔️', 'Ilse Marwood'],
    ['José María de la Cruz Álvarez, MBA', 'José María de la Cruz Álvarez'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });
});

describe('nameForms', () => {
  it.each([
    ['Ilse (Izzy) Marwood', ['Ilse Marwood', 'Izzy Marwood']],
    ['Ilse "Izzy" Marwood', ['Ilse Marwood', 'Izzy Marwood']],
    ['Ilse “Izzy” Marwood', ['Ilse Marwood', 'Izzy Marwood']],
    ["Ilse 'Izzy' Marwood", ['Ilse Marwood', 'Izzy Marwood']],
    ['Ilse Marwood (Izzy)', ['Ilse Marwood', 'Izzy Marwood']],
    ['Ilse Marwood (née Quenby)', ['Ilse Marwood', 'Ilse Quenby']],
    ['Ilse Marwood née Quenby', ['Ilse Marwood', 'Ilse Quenby']],
    ['Ilse Marwood (geb. Quenby)', ['Ilse Marwood', 'Ilse Quenby']],
    ['Ilse Marwood (formerly Quenby), PhD', ['Ilse Marwood', 'Ilse Quenby']],
    ['View Ilse (Izzy) Marwood’s profile', ['Ilse Marwood', 'Izzy Marwood']],
    // Pronouns, credentials, initials and badges in brackets are no other name.
    ['Ilse Marwood (She/Her)', ['Ilse Marwood']],
    ['Ilse Marwood (they/them)', ['Ilse Marwood']],
    ['Ilse Marwood (MBA)', ['Ilse Marwood']],
    ['Ilse Marwood (Jr.)', ['Ilse Marwood']],
    ['Ilse Marwood (Open to work)', ['Ilse Marwood']],
    ['Ilse Marwood (open to roles in data engineering and analytics platforms)', ['Ilse Marwood']],
    ['Ilse Marwood (Staff Engineer', ['Ilse Marwood']],
    ['Mary Kate (MK) Marwood', ['Mary Kate Marwood']],
    // An apostrophe inside a surname is no quote.
    ["Siobhán O'Connell", ["Siobhán O'Connell"]],
    ['Messaging (3)', []],
    ['Ilse Marwood (2nd)', ['Ilse Marwood']],
    ['About 1,200 results', []],
    // The name in its own script beside the Latin one is the same person's.
    ['Xiaoming Wang (王小明)', ['Xiaoming Wang', '王小明']],
    ['Anya Kovrigina (Аня Ковригина)', ['Anya Kovrigina', 'Аня Ковригина']],
    ['Minjun Kim [김민준]', ['Minjun Kim', '김민준']],
    ['Xiaoming Wang (MBA, 中文)', ['Xiaoming Wang']],
  ])('%s → %j', (raw, expected) => {
    expect(nameForms(raw)).toEqual(expected);
  });
});

describe('titleName', () => {
  it.each([
    ['(2) Talia Brennquist | LinkedIn', ['LinkedIn'], 'Talia Brennquist'],
    [
      'Ysolde Varrenkamp - Product Designer - Brightwell Payments | LinkedIn',
      ['LinkedIn'],
      'Ysolde Varrenkamp',
    ],
    ['(4) Messaging | LinkedIn', ['LinkedIn'], undefined],
    ['(2) data engineer | Search | LinkedIn', ['LinkedIn'], undefined],
    ['Application Review - Senior Backend Engineer - Greenhouse', ['Greenhouse'], undefined],
    ['Lorcan Tremblett | SmartRecruiters', ['SmartRecruiters'], 'Lorcan Tremblett'],
    // As written when it states another form (the merge takes it apart), cleaned otherwise.
    ['Ilse (Izzy) Marwood | LinkedIn', ['LinkedIn'], 'Ilse (Izzy) Marwood'],
    ['Ilse Marwood (née Quenby) - Nurse - St Brannock | LinkedIn', ['LinkedIn'], 'Ilse Marwood (née Quenby)'],
    ['Ilse Marwood, PhD | LinkedIn', ['LinkedIn'], 'Ilse Marwood'],
    ['José María de la Cruz Álvarez | LinkedIn', ['LinkedIn'], 'José María de la Cruz Álvarez'],
  ])('%s → %s', (title, site, expected) => {
    expect(titleName(title, site)).toBe(expected);
  });
});

describe('jsonLdPersons', () => {
  it('reads Person nodes in @graph, arrays and given/family names, and skips broken blocks', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = [
      '<script type="application/ld+json">{broken</script>',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Home"},{"@type":"Person","name":"Ada Quenby","sameAs":["https://x.example/ada"]}]}</script>',
      '<script type="application/ld+json">[{"@type":["Person"],"givenName":"Bo","familyName":"Lindqvist"}]</script>',
    ].join('');
    expect(jsonLdPersons(doc)).toEqual({
      names: ['Ada Quenby', 'Bo Lindqvist'],
      profileUrls: ['https://x.example/ada'],
    });
  });
});

describe('mergeIdentities and safeRead', () => {
  it('de-duplicates names case-insensitively and drops non-web URLs', () => {
    const doc = document.implementation.createHTMLDocument('');
    const merged = mergeIdentities(doc, [
      {
        names: ['Ada Quenby', 'ADA QUENBY', 'About'],
        profileUrls: ['https://x.example/a', 'javascript:alert(1)'],
      },
      { names: ['ada quenby'], profileUrls: ['https://x.example/a'] },
    ]);
    expect(merged).toEqual({ names: ['Ada Quenby'], profileUrls: ['https://x.example/a'] });
  });

  it('drops a first name alone when a full name it is part of was found, and keeps a lone name otherwise', () => {
    const doc = document.implementation.createHTMLDocument('');
    const parts = (names: string[]) => mergeIdentities(doc, [{ names, profileUrls: [] }]).names;
    expect(parts(['Imogen', 'Imogen Stradbroke', 'Rowena Clarebrook'])).toEqual([
      'Imogen Stradbroke',
      'Rowena Clarebrook',
    ]);
    expect(parts(['stradbroke', 'Imogen Stradbroke'])).toEqual(['Imogen Stradbroke']);
    expect(parts(['Imogen', 'Rowena Clarebrook'])).toEqual(['Imogen', 'Rowena Clarebrook']);
  });

  it('adds the nickname and former surname stated with a name, each tied to that name', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(
      mergeIdentities(doc, [
        { names: ['Ilse (Izzy) Marwood', 'Ilse Marwood (née Quenby)'], profileUrls: [] },
        { names: ['ILSE MARWOOD'], profileUrls: [] },
      ]),
    ).toEqual({
      names: ['Ilse Marwood', 'Izzy Marwood', 'Ilse Quenby'],
      profileUrls: [],
      sameAs: [
        ['Izzy Marwood', 'Ilse Marwood'],
        ['Ilse Quenby', 'Ilse Marwood'],
      ],
    });
  });

  it('ties a one-word name that one reader states beside one full name to that name (a preferred name)', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(
      mergeIdentities(doc, [{ names: ['María José de la Fuente Ortúzar', 'Majo'], profileUrls: [] }]).sameAs,
    ).toEqual([['Majo', 'María José de la Fuente Ortúzar']]);
    // Another reader of the same root (the header and a labelled field).
    expect(
      mergeIdentities(doc, [
        { names: ['Perpetua Okonedo-Haig'], profileUrls: [] },
        { names: ['Tua'], profileUrls: [] },
      ]).sameAs,
    ).toEqual([['Tua', 'Perpetua Okonedo-Haig']]);
    // Two full names (a list): no telling whose it is.
    expect(
      mergeIdentities(doc, [{ names: ['Rowena Clarebrook', 'Ada Quenby', 'Tua'], profileUrls: [] }]).sameAs,
    ).toBeUndefined();
  });

  it('keeps what the other readers found when one throws', () => {
    const doc = document.implementation.createHTMLDocument('');
    const identity = safeRead(doc, [
      () => {
        throw new Error('hook gone');
      },
      () => ({ names: ['Ada Quenby'], profileUrls: [] }),
    ]);
    expect(identity.names).toEqual(['Ada Quenby']);
  });
});

describe('meta', () => {
  it('reads the first meta element with the property or name, anywhere in the document', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.head.innerHTML = '<meta name="og:title" content="  Ada   Quenby ">';
    doc.body.innerHTML =
      '<meta property="og:title" content="Later"><meta property="og:url" content="/in/ada">';
    expect(meta(doc, 'og:title')).toBe('Ada Quenby');
    expect(meta(doc, 'og:url')).toBe('/in/ada');
    expect(meta(doc, 'profile:first_name')).toBe('');
  });
});

describe('headIdentity', () => {
  const page = (head: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.head.innerHTML = head;
    return doc;
  };

  it('joins profile:first_name and profile:last_name and strips the site from og:title', () => {
    const doc = page(
      '<meta property="profile:first_name" content="Ada"><meta property="profile:last_name" content="Quenby">' +
        '<meta property="og:title" content="Ada Quenby - Acme | LinkedIn">',
    );
    expect(headIdentity(doc, ['LinkedIn']).names).toEqual(['Ada Quenby', 'Ada Quenby']);
  });

  it('keeps canonical and og:url addresses only when they are profile addresses', () => {
    const doc = page(
      '<link rel="canonical" href="https://www.linkedin.com/in/ada-quenby"><meta property="og:url" content="https://www.linkedin.com/jobs/view/1">',
    );
    expect(headIdentity(doc, ['LinkedIn'], /\/in\//).profileUrls).toEqual([
      'https://www.linkedin.com/in/ada-quenby',
    ]);
    expect(headIdentity(doc, ['LinkedIn']).profileUrls).toEqual([]);
  });
});

describe('labelledNames', () => {
  it.each([
    ['<dl><dt>Name</dt><dd>Ada Quenby</dd></dl>', ['Ada Quenby']],
    ['<table><tr><th>Candidate name:</th><td>Ada Quenby</td></tr></table>', ['Ada Quenby']],
    ['<p><strong>Full name: Ada Quenby</strong></p>', ['Ada Quenby']],
    ['<div><span class="field-label">Name</span><span>Ada Quenby</span></div>', ['Ada Quenby']],
    ['<dl><dt>Company name</dt><dd>Acme</dd></dl>', []],
    // The name a person goes by, beside the legal one (ATS details lists, Workday's form labels).
    ['<dl><dt>Preferred name</dt><dd>Tua</dd></dl>', ['Tua']],
    [
      '<div data-automation-id="formLabel">Legal Name</div><div>Xiomara Beltrán Quispe</div><div data-automation-id="formLabel">Preferred Name</div><div>Mara Beltrán</div>',
      ['Xiomara Beltrán Quispe', 'Mara Beltrán'],
    ],
    ['<p><b>Nickname: Izzy</b></p>', ['Izzy']],
    ['<dl><dt>Goes by</dt><dd>Bea</dd></dl>', ['Bea']],
    ['<dl><dt>Preferred location</dt><dd>Lima</dd><dt>Job name</dt><dd>Analyst</dd></dl>', []],
  ])('%s → %j', (html, names) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(labelledNames(doc).names).toEqual(names);
  });
});

describe('initialsAvatarNames', () => {
  it.each([
    ['<div data-tooltip="Leopold Marchetti-Quayle">LM</div>', ['Leopold Marchetti-Quayle']],
    ['<span role="img" aria-label="Perpetua Okonedo-Haig">PO</span>', ['Perpetua Okonedo-Haig']],
    ['<span title="Ana María Ruiz">AMR</span>', ['Ana María Ruiz']],
    // Not the initials of the label, a label that is no bare name, or more than initials.
    ['<span title="Leopold Marchetti">RP</span>', []],
    ['<span data-tooltip="Signed in as Rosamund Pellow">RP</span>', []],
    ['<button aria-label="Open Menu">OM</button>', []],
    ['<div title="Leopold Marchetti">LM Leopold</div>', []],
  ])('%s → %j', (html, names) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(initialsAvatarNames(doc).names).toEqual(names);
  });
});

describe('namesAt', () => {
  it('reads figure labels and image alts, and the profile link around a name', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<a href="/in/ada-quenby/"><figure aria-label="Ada Quenby"></figure></a><a href="/jobs/1"><b class="n">Bo Lindqvist</b></a>';
    const found = namesAt(doc, ['figure[aria-label]', 'b.n'], /\/in\//);
    expect(found).toEqual({ names: ['Ada Quenby', 'Bo Lindqvist'], profileUrls: ['/in/ada-quenby/'] });
  });

  it('ignores an invalid selector instead of throwing', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(namesAt(doc, ['a[[broken'])).toEqual({ names: [], profileUrls: [] });
  });
});

describe('withinAny', () => {
  const html = '<h2 class="a">one</h2><p><b class="b">two</b></p><h2 class="a b">three</h2>';

  it('gives each match once, in document order, on a document (one query per selector)', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(withinAny(doc, ['.b', 'h2.a']).map((el) => el.textContent)).toEqual(['one', 'two', 'three']);
  });

  it('keeps the valid selectors working when one is invalid, and reads an element root with one list query', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(withinAny(doc, ['a[[broken', 'b.b']).map((el) => el.textContent)).toEqual(['two']);
    expect(withinAny(doc.body, ['b.b', 'h2.a']).map((el) => el.textContent)).toEqual(['one', 'two', 'three']);
    expect(withinAny(doc.querySelector('p')!, ['p', 'b'])).toHaveLength(2);
  });
});

describe('namesAtGroups', () => {
  const html =
    '<a href="/in/p-1/"><b class="card">Bo Lindqvist</b></a><h1 class="head">Ada Quenby</h1><ul><li>Row one</li></ul>';

  it('reads group by group, the first group first, like one namesAt per group', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    const groups = [['h1.head'], ['b.card']];
    const found = namesAtGroups(doc, groups, /\/in\//);
    expect(found).toEqual({ names: ['Ada Quenby', 'Bo Lindqvist'], profileUrls: ['/in/p-1/'] });
    const each = groups.map((g) => namesAt(doc, g, /\/in\//));
    expect(found.names).toEqual(each.flatMap((p) => p.names));
  });

  it('finds nothing in a root without hooks and reads the root itself when it matches', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(namesAtGroups(doc.querySelector('li')!, [['h1.head'], ['b.card']])).toEqual({
      names: [],
      profileUrls: [],
    });
    expect(namesAtGroups(doc.querySelector('h1')!, [['b.card'], ['h1.head']]).names).toEqual(['Ada Quenby']);
  });

  it('still reads the valid group when another group holds an invalid selector', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(namesAtGroups(doc, [['a[[broken'], ['h1.head']]).names).toEqual(['Ada Quenby']);
  });
});

describe('holdsAny', () => {
  it('tells whether the root or a descendant matches, and is true for an invalid list', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<ul><li class="row"><b>Row</b></li></ul>';
    const li = doc.querySelector('li')!;
    expect(holdsAny(li, ['h1', 'li.row'])).toBe(true);
    expect(holdsAny(li, ['h1', 'b'])).toBe(true);
    expect(holdsAny(li, ['h1', 'script'])).toBe(false);
    expect(holdsAny(li, ['a[[broken'])).toBe(true);
  });
});

describe('actionLabelName', () => {
  it.each([
    ['Select Barnaby Thistlewood', 'Barnaby Thistlewood'],
    ["Open Isadora Prentiss's profile", 'Isadora Prentiss'],
    ['View Ngozi Ferrant’s application', 'Ngozi Ferrant'],
    ['Advance Ines Okoro-Vale to Phone Screen', 'Ines Okoro-Vale'],
    ['Archive Cosima Wendlebury, because the role was filled', 'Cosima Wendlebury'],
    ['Next candidate: Marguerite Vanterpool', 'Marguerite Vanterpool'],
    ['Schedule interview with Philippa Ardoyne', 'Philippa Ardoyne'],
    ['Send message to Rhiannon Pask', 'Rhiannon Pask'],
    ['Photo of Philippa Ardoyne', 'Philippa Ardoyne'],
    // A first name alone, UI and job words, lower case, no action verb: nothing.
    ['Advance Anselm to Phone Screen', undefined],
    ['Move Hester to Phone screen', undefined],
    ['Open Job Details', undefined],
    ['Select all candidates', undefined],
    ['Email Hiring Team', undefined],
    ['View resume of Marisol Thackwell', undefined],
    ['Skip to next application', undefined],
    ['Barnaby Thistlewood', undefined],
    ['Filter candidates', undefined],
    // Stages, sources and filters of a pipeline.
    ['Select Phone Screen', undefined],
    ['Select Career Site', undefined],
    ['Open Talent Pool', undefined],
    ['Move Selected to Offer', undefined],
  ])('%s → %s', (label, expected) => {
    expect(actionLabelName(label)).toBe(expected);
  });
});

describe('linkedNames', () => {
  it('reads link texts that are names, where the address is a record of the given shape', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<a href="/people/5190321?application_id=7">Barnaby Thistlewood</a>
      <a href="/people/5190321/attachments/77/download">BarnabyThistlewood_Resume.pdf</a>
      <a href="/people/5190388">View application</a>
      <a href="/reports/people/12">Quillon Ashgrove</a>
      <a href="/people/5190402">Ferrant, Ngozi</a>`;
    expect(linkedNames(doc, 'a[href*="/people/"]', /^\/people\/\d+(?:[/?#]|$)/).names).toEqual([
      'Barnaby Thistlewood',
      'Ngozi Ferrant',
    ]);
  });
});

describe('columnNames', () => {
  it('reads the cells of the column whose header says Candidate or Name, strictly as names', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<table>
      <tr><th>Candidate</th><th>Source</th></tr>
      <tr><td><img alt=""><div>Solveig Marchbanks-Ito</div></td><td>Career Site</td></tr>
      <tr><td>R-00517 Regulatory Affairs Specialist</td><td>Referral</td></tr>
      </table>
      <table><tr><th>Source</th><th>Stage</th></tr><tr><td>Career Site</td><td>Screen</td></tr></table>
      <table><tr><td>Margit Eriksdottir</td></tr></table>`;
    expect(columnNames(doc).names).toEqual(['Solveig Marchbanks-Ito']);
  });
});

describe('listedName', () => {
  it.each([
    ['Barnaby Thistlewood', 'Barnaby Thistlewood'],
    ['Thistlewood, Barnaby', 'Barnaby Thistlewood'],
    ['  Benavente-Orr,  Lucía ', 'Lucía Benavente-Orr'],
    ['Thistlewood, Barnaby, PhD', undefined],
    ['Screen, Phone', undefined],
    ['View application', undefined],
  ])('%s → %s', (text, expected) => {
    expect(listedName(text)).toBe(expected);
  });
});
