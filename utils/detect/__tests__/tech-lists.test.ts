import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { techLists, techListsAround, toolItems, toolPairs } from '../tech-lists';
import { expectSameAroundTargets } from './fuzz';

const masked = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));

describe('lists of tools', () => {
  it('finds a list of tools and versions', () => {
    const text = 'Environment: Win XP, Vista, Win7, SQL, C, QC, Jira';
    expect(techLists(text).length).toBe(1);
  });

  it('keeps products that are also towns or names inside a list of tools', () => {
    const m = masked(
      'Tools: Jira, Git, GitHub, Bamboo, Jenkins, Hudson, Subversion, Pivotal Tracker, Redmine',
    ).join(' ');
    expect(m).not.toMatch(/Hudson|Pivotal|Tracker/);
    expect(masked('Operating Systems: Windows 7 / Vista / XP, Linux, Unix').join(' ')).not.toMatch(/Vista/);
  });

  it('is no list when its items are places or an employer and its town', () => {
    expect(techLists('Software Engineer, Google, Mountain View. Improved the app')).toEqual([]);
    expect(techLists('Offices in Paris, Lyon, Nantes and Lille')).toEqual([]);
    expect(masked('Offices in Paris, Lyon, Nantes and Lille').join(' ')).toMatch(/Paris/);
  });

  it('is no list of tools when its items are people with their tools', () => {
    expect(techLists('Team: Tomas (Java), Hannah (SQL), Derek (C++), Anthony (Go)')).toEqual([]);
    expect(masked('Team: Tomas (Java), Hannah (SQL), Derek (C++), Anthony (Go)').join(' ')).toMatch(/Hannah/);
  });

  it('never unmasks a country in a list', () => {
    const m = masked('Environment: SQL, C, QC, Jira Project Lead, QA Brightwell Inc, Canada Client');
    expect(m).toContain('Canada');
    // A place span that ends with the country ("QA  CGI, Canada"): the country stays masked.
    const text =
      'Environment: Win XP, Citrix, SQL, QC, Jira  Sr.Consultant  Test Lead, QA  CGI, Canada  Client: Acme';
    expect(masked(text)).toContain('Canada');
  });
});

describe('tools that are also given names, read as tools only inside a list', () => {
  it.each([
    ['Tools: After Effects, Lottie, Rive, Principle.', 'Lottie'],
    ['Skills\nAfter Effects, Lottie, Rive', 'Lottie'],
    ['Designed onboarding motion in After Effects, Lottie, Rive, Figma for the app.', 'Lottie'],
    ['Motion work: After Effects, Lottie, Rive', 'Rive'],
  ])('keeps the tool in %j', (text, tool) => {
    expect(masked(text)).not.toContain(tool);
  });

  it.each([
    // A stated full name: its given name stays masked in running text and in the list alike.
    ['Lottie Quenby\nMotion Designer\nTools: After Effects, Lottie, Rive\nLottie led the rebrand.', 3],
    ['Lottie Quenby\nMotion Designer at Pixelforge\nSummary\nLottie is a motion designer.', 2],
    ['Hi Lottie,\nThanks for applying.', 1],
  ])('still masks the person in %j', (text, n) => {
    expect(masked(text).filter((m) => m.startsWith('Lottie'))).toHaveLength(n);
  });
});

describe('vertical software named in running text', () => {
  it('keeps property, construction and banking products that read as names', () => {
    const m = masked(
      'Managed leases in Yardi Voyager; marked up drawings in Bluebeam Revu; ran Murex MX.3',
    ).join(' ');
    expect(m).not.toMatch(/Yardi|Bluebeam|Murex/);
  });
});

describe('a tool paired with a known one in running text', () => {
  it.each([
    ['Queried Athena and Redshift.', 'Athena'],
    ['Built pipelines in Luigi and Airflow', 'Luigi'],
    ['Load-tested with Gatling and Locust', 'Gatling'],
    ['Image loading with Facebook, and Picasso.', 'Picasso'],
    // Test runners are tools ("Cypress, California" stays a place).
    ['QA Engineer: Cypress and Playwright suites, contract testing with Pact.', 'Cypress'],
  ])('%s', (text, word) => {
    const at = text.indexOf(word);
    expect(toolPairs(text, [[at, at + word.length]])).toEqual([[at, at + word.length]]);
    expect(masked(text)).not.toContain(word);
  });

  it.each([
    // Beside a person, or a word of a tool's shape that a surname has too ("McCall").
    ['I worked with Hugo and Maria on the report.', 'Hugo'],
    ['A study by McCall and Cromwell in the journal.', 'Cromwell'],
  ])('no pair in %s', (text, word) => {
    const at = text.indexOf(word);
    expect(toolPairs(text, [[at, at + word.length]])).toEqual([]);
  });
});

describe('techListsAround', () => {
  const pieces = [
    'Java',
    'Hudson',
    'Derby',
    'Vista',
    'SQL',
    'C++',
    'Paris',
    'Priya (Java)',
    'Win XP 5.0',
    'Jira',
    'Lyon',
    'worked on',
    'the team',
    ', ',
    ',',
    '; ',
    ' | ',
    ' / ',
    ' and ',
    ' & ',
    ': ',
    '. ',
    '.',
    '\n',
    '  ',
    'Tools: ',
    'Environment: ',
    'Mountain View',
    '.NET',
    'Go',
    'Tomas',
    ' (',
    ') ',
    '•',
    '·',
  ];

  it('finds, around any span, exactly the lists the whole-text scan holds it in', () => {
    expectSameAroundTargets(7, pieces, techLists, techListsAround, 12);
  });

  it('scans nothing without targets or separators', () => {
    expect(techListsAround('Jenkins, Hudson, Subversion', [])).toEqual([]);
    expect(techListsAround('Jenkins Hudson Subversion', [[8, 14]])).toEqual([]);
    expect(techListsAround('Summary: Jenkins, Hudson, Subversion', [[18, 24]])).toEqual(
      techLists('Summary: Jenkins, Hudson, Subversion'),
    );
  });
});

describe('toolItems', () => {
  /** The items of a list written with ", " between them. */
  const items = (text: string) => {
    const out: Array<[number, number]> = [];
    let at = 0;
    for (const item of text.split(', ')) {
      out.push([at, at + item.length]);
      at += item.length + 2;
    }
    return out;
  };

  it("answers the list scan's two questions as the full count does", () => {
    const cases: Array<[string, number]> = [
      ['Java, SQL, Excel, Paris', 3],
      ['Paris, Rome, Oslo, Java', 1],
      ['Java, Paris, Rome, Oslo, Lima, SQL', 2],
      ['Paris, Rome, Java, SQL, Excel', 3],
      ['Paris, Rome, Oslo', 0],
    ];
    for (const [text, full] of cases) {
      const list = items(text);
      const n = toolItems(text, list);
      expect([n >= 2, n * 2 >= list.length], text).toEqual([full >= 2, full * 2 >= list.length]);
    }
    expect(toolItems('Java, SQL, Excel, Paris', items('Java, SQL, Excel, Paris'))).toBe(2);
  });
});

describe('network vendors in a skills list', () => {
  it('masks none of them', () => {
    const text = 'Jane Okoro\nSKILLS\nNetworking: Cisco, Juniper, Arista, Palo Alto, Fortinet';
    expect(analyze(text).map((s) => text.slice(s.start, s.end))).toEqual(['Jane Okoro']);
  });
});

describe('a list after a tool label', () => {
  it.each([
    ['Tools: Jenkins, Hudson, Cordova', /Hudson|Cordova/],
    ['Technologies: Hudson, Cordova, Jenkins', /Hudson|Cordova/],
    ['Tech stack: Jenkins, Cordova', /Cordova/],
    ['Skills: Cordova, Hudson, Jenkins, Ansible', /Hudson|Cordova/],
    ['Tools:\nJenkins, Hudson, Cordova', /Hudson|Cordova/],
    // A heading of its own line, and a bulleted list under the label.
    ['TECHNICAL SKILLS\nJenkins, Hudson, Cordova', /Hudson|Cordova/],
    ['Skills\nHudson, Cordova, Jenkins', /Hudson|Cordova/],
    ['Tools:\n• Jenkins\n• Hudson\n• Cordova', /Hudson|Cordova/],
    ['Tech stack\n· Jenkins\n· Cordova', /Cordova/],
    ['Deployed Palo Alto Networks firewalls at twelve sites', /Palo|Alto/],
    ['Managed Juniper, Cisco and Arista switches', /Juniper|Cisco|Arista/],
    // Tools named like towns or given names, and a skills line's heading of capitals.
    ['Testing: Selenium, Cypress, Playwright, Jest', /Cypress/],
    ['Wrote e2e tests in Cypress.', /Cypress/],
    ['Databases: Oracle, Aurora, Athena, Redshift', /Aurora|Athena/],
    ['Big data: Hive, Phoenix, Sedona, Impala', /Sedona|Impala/],
    ['Frontend: React, Ember, Backbone, Aurelia', /Aurelia/],
    ['Python: Flask, Tornado, Celery, Luigi, Pyramid, Falcon', /Luigi|Pyramid|Falcon/],
    ['Deployed with Capistrano and Fabric', /Capistrano/],
    ['ML: PyTorch, TensorFlow, JAX, Keras, scikit-learn', /ML/],
  ])('keeps the tools of %j', (text, tools) => {
    expect(masked(`Maria Velcroft\n${text}`).join(' ')).not.toMatch(tools);
  });

  it.each([
    // No tool label: places.
    ['Offices: Hudson, Cordova, Jersey', 'Cordova'],
    // A list of places under the label, a state's code among them.
    ['Skills: Jenkins\nRelocating to Cordova, AK', 'Cordova'],
    ['Tools: Jira, Git\nLives in Hudson, Jersey', 'Hudson'],
    ['Tools: Jenkins, Cordova, AK', 'Cordova'],
    // A tool named like a town, in a place's context.
    ['Lives in Cypress, California', 'Cypress'],
    ['Lives in Vista, California', 'Vista'],
    ['Based in Cocoa, Florida', 'Cocoa'],
    ['Athena led the project.', 'Athena'],
    ['Luigi joined the team in May.', 'Luigi'],
    ['Lives in Falcon, Colorado', 'Falcon'],
    // Countries are never products, not even after the label ("Jersey" is one).
    ['Tools: Jira, Git, Canada', 'Canada'],
    ['Tools: Jenkins, Jersey, Cordova', 'Jersey'],
    ['Tools: Jira, Git, Office in Jersey', 'Jersey'],
    ['Tools: Jenkins, Jira. Home: Jersey', 'Jersey'],
    // Bullets without a tool label, or a label's line that goes on.
    ['Offices:\n• Hudson\n• Cordova\n• Jenkins', 'Cordova'],
    ['Skills gained in Hudson, Cordova, Jenkins', 'Cordova'],
    [
      'Highlights\n• Moved CI to Jenkins\n• Opened an office in Cordova\n• Automated AWS builds\n• Ran Docker\n• Used Git',
      'Cordova',
    ],
  ])('keeps places masked in %j', (text, place) => {
    expect(masked(`Maria Velcroft\n${text}`).join(' ')).toContain(place);
  });
});
