import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { insideRanges, techLists, techListsAround } from '../tech-lists';

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
  });
});

describe('techListsAround', () => {
  /** A small seeded generator (mulberry32), so a failure can be replayed. */
  const rng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    const next = rng(7);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const len = 5 + Math.floor(next() * 60);
      for (let k = 0; k < len; k++) text += pieces[Math.floor(next() * pieces.length)];
      const all = techLists(text);
      const targets: Array<[number, number]> = [];
      for (let k = 0; k < 1 + Math.floor(next() * 6); k++) {
        const a = Math.floor(next() * text.length);
        targets.push([a, Math.min(text.length, a + 1 + Math.floor(next() * 12))]);
      }
      const around = techListsAround(text, targets);
      for (const [a, b] of targets)
        expect(insideRanges(around, a, b), `${JSON.stringify(text)} ${a}-${b}`).toBe(insideRanges(all, a, b));
    }
  });

  it('scans nothing without targets or separators', () => {
    expect(techListsAround('Jenkins, Hudson, Subversion', [])).toEqual([]);
    expect(techListsAround('Jenkins Hudson Subversion', [[8, 14]])).toEqual([]);
    expect(techListsAround('Summary: Jenkins, Hudson, Subversion', [[18, 24]])).toEqual(
      techLists('Summary: Jenkins, Hudson, Subversion'),
    );
  });
});
