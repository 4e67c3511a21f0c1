import { describe, expect, it } from 'vitest';
import { url } from '../url';
import { found } from './helpers';

describe('url recognizer', () => {
  it.each([
    ['See https://www.ArtistMovie.se/ now', ['https://www.ArtistMovie.se/']],
    ['linkedin.com/in/meda-cronin-12ab', ['linkedin.com/in/meda-cronin-12ab']],
    ['Email me on Indeed: indeed.com/r/Meda-Cronin/3f2a', ['indeed.com/r/Meda-Cronin/3f2a']],
    ['code: github.com/janedoe.', ['github.com/janedoe']],
    ['portfolio janedoe.dev', ['janedoe.dev']],
    ['Portfolio: ysoldevarrenkamp.design', ['ysoldevarrenkamp.design']],
    ['see kimlee.studio/work and lee.photography', ['kimlee.studio/work', 'lee.photography']],
    ['www.example.org/about', ['www.example.org/about']],
    ['follow @jane_doe today', ['@jane_doe']],
  ])('%s', (text, expected) => {
    expect(found(url, text)).toEqual(expected);
  });

  it.each([
    ['Built with ASP.NET and Node.js'],
    ['mail jane@example.com'],
    ['e.g. this'],
    ['version 1.2.3'],
    ['ran deploy.sh nightly'],
  ])('no URL in %s', (text) => {
    expect(found(url, text)).toEqual([]);
  });
});

describe('bare handles after an account label', () => {
  it.each([
    ['GitHub: ilsem | LinkedIn: ilse-marwood', ['ilsem', 'ilse-marwood']],
    ['Skype: ilse.marwood', ['ilse.marwood']],
    ['Discord: ilse#1234', ['ilse#1234']],
    ['WeChat ID: ilse_m88', ['ilse_m88']],
    ['Kaggle: ilsem.', ['ilsem']],
  ])('%s', (text, expected) => {
    expect(found(url, text)).toEqual(expected);
  });

  it.each([
    // A product after the label, an English word, a number.
    ['Skills: GitHub: Actions, Copilot'],
    ['Note: linkedin: see above'],
    ['Medium: 12'],
  ])('no handle in %s', (text) => {
    expect(found(url, text)).toEqual([]);
  });
});
