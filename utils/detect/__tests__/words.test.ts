import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { wordTokens } from '../lexicon';
import {
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  isRegionOrCountry,
  nameClass,
  orgNounAhead,
  tokenInfo,
  WordInfo,
  wordInfo,
} from '../words';

describe('word entries shared by the recognizers', () => {
  it('keeps one entry per distinct word', () => {
    const a = wordInfo('Valparaíso');
    expect(a).toBeInstanceOf(WordInfo);
    expect(wordInfo('Valparaíso')).toBe(a);
    expect(wordInfo('valparaíso')).not.toBe(a);
  });

  it('hangs the entry on the token, so each token is looked up once', () => {
    const [t] = wordTokens('Oslo is cold');
    expect(t!.info).toBeUndefined();
    const info = tokenInfo(t!);
    expect(t!.info).toBe(info);
    expect(info).toBe(wordInfo('Oslo'));
  });

  it('answers the word classes the same for a token and for its word', () => {
    const toks = wordTokens('Anneliese moved to Oslo for the summer');
    for (const t of toks) {
      expect(isOrdinaryWord(t)).toBe(isOrdinaryWord(t.text));
      expect(isPlaceName(t)).toBe(isPlaceName(t.text));
      expect(nameClass(t)).toBe(nameClass(t.text));
    }
    expect(isPlaceName(toks[3]!)).toBe(true);
    expect(isOrdinaryWord(toks[5]!)).toBe(true);
    expect(nameClass(toks[0]!)).not.toBeNull();
  });

  it('computes the flags lazily and keeps them', () => {
    const info = wordInfo('Quetzaltenango-Zz');
    expect(info.flags).toBe(-1);
    isOrdinaryWord('Quetzaltenango-Zz');
    expect(info.flags).toBeGreaterThanOrEqual(0);
  });
});

describe('nouns of web interfaces', () => {
  it.each(['Inbox', 'Outbox', 'Dashboard', 'Scorecards', 'Notifications', 'Shortlisted', 'InMail'])(
    '%s is an ordinary word',
    (w) => {
      expect(isOrdinaryWord(w)).toBe(true);
    },
  );

  it.each([
    ['Inbox | Sales Navigator\nInbox\nMessages\nSarah Kettleby\nHi there', ['Sarah Kettleby']],
    ['Scorecards | Greenhouse\nScorecards\nOwen Tredwell', ['Owen Tredwell']],
  ])('a page title of one of them masks only the person in %j', (text, names) => {
    expect(analyze(text).map((s) => text.slice(s.start, s.end))).toEqual(names);
  });
});

describe('organisation tails', () => {
  it('answers isOrgTail once per word and the same on every call', () => {
    expect(isOrgTail('Brothers')).toBe(isOrgTail('Brothers'));
    expect(isOrgTail('Insights')).toBe(true);
    expect(isOrgTail("Insights's")).toBe(true);
    // Organisation nouns that are also surnames do not end a name on their own.
    expect(isOrgTail('Parks')).toBe(false);
    expect(isOrgTail('Anneliese')).toBe(false);
    expect(wordInfo('Insights').orgTail).toBe(true);
  });

  it('answers a token as its word, keeping the entry on the token', () => {
    const [a, b, c] = wordTokens('Lehman Brothers, Parks');
    expect([a, b, c].map((t) => isOrgTail(t!))).toEqual([false, true, false]);
    expect(b!.info).toBe(wordInfo('Brothers'));
  });

  it('reads one space, " & " and " of " between the words ahead, and nothing else', () => {
    const ahead = (text: string) => orgNounAhead(text, wordTokens(text), 0);
    expect(ahead('Northwind Insights')).toBe(true);
    expect(ahead('Barnes & Noble Group')).toBe(true);
    expect(ahead('Barnes, & Noble Group')).toBe(true);
    expect(ahead('Northwind  Insights')).toBe(false);
    expect(ahead('Northwind, Insights')).toBe(false);
    expect(ahead('Northwind insights')).toBe(false);
    expect(ahead('Northwind Élan Insights')).toBe(true);
    expect(ahead('Northwind élan Insights')).toBe(false);
    // A change between Title Case and capitals starts a new name.
    expect(ahead('Northwind INSIGHTS')).toBe(false);
    // But a legal form in capitals closes the Title Case name, after one word at least.
    expect(ahead('Saigon Coffee Roasters JSC')).toBe(true);
    expect(ahead('Dubai Holding LLC')).toBe(true);
    expect(ahead('Adelaide SA')).toBe(false);
  });
});

describe('looksLikeWord and given names in -ence', () => {
  it.each([['Clémence'], ['Maxence'], ['Laurence'], ['Florence'], ['Clarence'], ['Lawrence']])(
    '%s is no English word by its ending',
    async (w) => {
      const { looksLikeWord } = await import('../words');
      expect(looksLikeWord(w)).toBe(false);
    },
  );

  it.each([
    ['Omnipresence'],
    ['Neuroscience'],
    ['Coexistence'],
    ['Commence'],
    ['Abhorrence'],
    ['Occurrence'],
  ])('%s still looks like an English word', async (w) => {
    const { looksLikeWord } = await import('../words');
    expect(looksLikeWord(w)).toBe(true);
  });
});

describe('looksLikeWord: Russian and Ukrainian abstract nouns', () => {
  it.each([
    ['Благодарность'],
    ['Рекомендация'],
    ['Управление'],
    ['Управління'],
    ['Руководство'],
    ['Відповідальність'],
  ])('%s looks like a word', async (w) => {
    const { looksLikeWord } = await import('../words');
    expect(looksLikeWord(w)).toBe(true);
  });
  it.each([['Ивановой'], ['Кузнецова'], ['Сергеевна'], ['Шевченко'], ['Александра'], ['Ковальський']])(
    '%s does not',
    async (w) => {
      const { looksLikeWord } = await import('../words');
      expect(looksLikeWord(w)).toBe(false);
    },
  );
});

describe('isRegionOrCountry', () => {
  it('reads any run of white space in the phrase as one space', () => {
    for (const p of [
      'New York',
      'New  York',
      'New\nYork',
      'New\u00a0York',
      'New \t York',
      'NEW YORK',
      'Kenya',
      'Bavaria',
    ])
      expect(isRegionOrCountry(p), JSON.stringify(p)).toBe(true);
    for (const p of ['Newyork', 'New-York', 'Nairobi', 'Springfield', 'New York City Hall'])
      expect(isRegionOrCountry(p), JSON.stringify(p)).toBe(false);
  });
});
