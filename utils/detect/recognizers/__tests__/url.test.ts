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
    // With a path an employer's domain is a link again.
    ['shop: amazon.com/shops/janedoecrafts', ['amazon.com/shops/janedoecrafts']],
  ])('%s', (text, expected) => {
    expect(found(url, text)).toEqual(expected);
  });

  it.each([
    ['Built with ASP.NET and Node.js'],
    ['mail jane@example.com'],
    ['e.g. this'],
    ['version 1.2.3'],
    ['ran deploy.sh nightly'],
    // An employer named by its domain is the employer, kept as employers are.
    ['Software Engineer, Booking.com, Amsterdam'],
    ['Ex-Booking.com engineer; worked at Amazon.com and Hotels.com'],
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
    // A Microsoft account's Skype ID opens with "live:".
    ['Skype: live:.cid.8f3a2b1c9d | Skype ID: live:ilse.m88', ['live:.cid.8f3a2b1c9d', 'live:ilse.m88']],
    ['Instant messaging Skype live:.cid.4e1a77', ['live:.cid.4e1a77']],
    ['Kaggle: ilsem.', ['ilsem']],
    // Europass's instant-messaging field and icon-less contact lines: "Skype" without a colon.
    ['Instant messaging Skype camille.moreau88', ['camille.moreau88']],
    ['\tSkype ilse_m | +33 6 55 55 98 76', ['ilse_m']],
    ['Skype ilsemarwood\nGitHub', ['ilsemarwood']],
    // Profile sites without a colon where they open a contact field (icons lost in PDF extraction).
    ['GitHub jordanellis · LinkedIn jordan-ellis-8a31b7', ['jordanellis', 'jordan-ellis-8a31b7']],
    ['jordan@example.com | GitHub j_ellis92', ['j_ellis92']],
    // Portfolio and social sites too, with a path's slash or a marked handle.
    [
      'Behance /mayafenwick · Dribbble /maya-f · Vimeo maya.fenwick · Twitter maya_f92',
      ['/mayafenwick', '/maya-f', 'maya.fenwick', 'maya_f92'],
    ],
  ])('%s', (text, expected) => {
    expect(found(url, text)).toEqual(expected);
  });

  it.each([
    // A product after the label, an English word, a number.
    ['Skills: GitHub: Actions, Copilot'],
    ['Note: linkedin: see above'],
    ['Medium: 12'],
    ['Used Skype for Business and Skype Meetings'],
    ['Ran Skype interviews with 40 candidates'],
    ['MySkype user1 and skype.exe'],
    ['I used GitHub actions and GitHub copilot daily'],
    ['Tools\nGitHub copilot, Jira'],
    ['as more segments (e.g., GitLab subgroups)'],
    ['LinkedIn learning courses'],
    ['· Vimeo showreel · Instagram stories · Behance portfolio'],
    ['Ran Instagram campaigns · TikTok creators · Instagram e-commerce; Twitter ads'],
  ])('no handle in %s', (text) => {
    expect(found(url, text)).toEqual([]);
  });
});

describe('a link wrapped onto the next line by PDF extraction', () => {
  it.each([
    // LinkedIn "Save to PDF": a long profile address broken at a hyphen, or mid-word before its label.
    [
      'Contact\nwww.linkedin.com/in/priyanka-\nramaswamy-8a31b7209 (LinkedIn)\np@example.com',
      ['www.linkedin.com/in/priyanka-', 'ramaswamy-8a31b7209'],
    ],
    ['www.linkedin.com/in/priyankaramas\nwamy (LinkedIn)', ['www.linkedin.com/in/priyankaramas', 'wamy']],
    [
      'Contact\r\nlinkedin.com/in/jordan-\r\nellis-4b2a91\r\nTop Skills',
      ['linkedin.com/in/jordan-', 'ellis-4b2a91'],
    ],
    // Indeed's public resume address holds the capitalised name and a hash.
    [
      'Email me on Indeed: indeed.com/r/Jordan-\nEllis/3f2a1b9c8d7e6f5a\n\nWORK EXPERIENCE',
      ['indeed.com/r/Jordan-', 'Ellis/3f2a1b9c8d7e6f5a'],
    ],
    [
      'https://tobyreynard.dev/work/\ncase-studies (Portfolio)',
      ['https://tobyreynard.dev/work/', 'case-studies'],
    ],
    // Two columns merged line by line: the rest ends the next line, after the other column.
    [
      'Led on-call rotation     linkedin.com/in/\nMentored four engineers     jordanellis\n',
      ['linkedin.com/in/', 'jordanellis'],
    ],
    // Lines joined with spaces by the extractor, and a space put inside the link.
    [
      'Contact  www.linkedin.com/in/priyanka-  ramaswamy-8a31b7209  Top Skills',
      ['www.linkedin.com/in/priyanka-', 'ramaswamy-8a31b7209'],
    ],
    ['www.linkedin.com/in/priyankaramas wamy (LinkedIn)', ['www.linkedin.com/in/priyankaramas', 'wamy']],
    ['LinkedIn: linkedin.com/ in/jordanellis', ['linkedin.com/', 'in/jordanellis']],
    ['github.com/ jordanellis | Portfolio', ['github.com/', 'jordanellis']],
  ])('%s', (text, expected) => {
    expect(found(url, text)).toEqual(expected);
  });

  it.each([
    ['See https://example.com/ for details', ['https://example.com/']],
    ['github.com/acme-  Senior Engineer', ['github.com/acme-']],
    ['github.com/acme-  COVID response', ['github.com/acme-']],
    ['https://example.com/docs  kubernetes', ['https://example.com/docs']],
    ['http://montrealapartments.example.com/  2009 Consultant', ['http://montrealapartments.example.com/']],
    ['http://tuesdayband.example.com/  o Code and Theory', ['http://tuesdayband.example.com/']],
    ['linkedin.com/in/jordan-ellis Personal', ['linkedin.com/in/jordan-ellis']],
    // The next line is text: capitalised, more than one word, an English word, or the link did not break.
    ['github.com/foo-\nBar Baz', ['github.com/foo-']],
    ['see linkedin.com/in/\nthe team', ['linkedin.com/in/']],
    ['https://example.com/\nand', ['https://example.com/']],
    ['https://example.com/docs\nkubernetes', ['https://example.com/docs']],
    ['Docs: https://example.com/\nSkills', ['https://example.com/']],
    ['Senior Engineer     linkedin.com/in/\nMentored four engineers\n', ['linkedin.com/in/']],
  ])('nothing more in %s', (text, expected) => {
    expect(found(url, text)).toEqual(expected);
  });
});

describe('LinkedIn profile paths without the domain', () => {
  it.each([
    ['LinkedIn: /in/janedoe', ['/in/janedoe']],
    ['LinkedIn: in/janedoe', ['in/janedoe']],
    ['in/jordan-ellis-4a2b1c', ['in/jordan-ellis-4a2b1c']],
    ['Jane Doe | in/janedoe | jane@example.com', ['in/janedoe']],
    ['jane@example.com • in/janedoe', ['in/janedoe']],
    ['in/janedoe\nSeattle, WA', ['in/janedoe']],
  ])('%s', (text, expected) => {
    expect(found(url, text).filter((v) => v.includes('in/'))).toEqual(expected);
  });

  it.each([
    ['handled in/outbound calls'],
    ['• in/outbound calls handled'],
    ['log in/out'],
    ['check-in/check-out desk'],
    ['GET api/in/items'],
    ['in/out'],
  ])('no profile path in %s', (text) => {
    expect(found(url, text)).toEqual([]);
  });
});

describe('a page’s words about mentions are no handle', () => {
  it.each([
    ['Faith Long @mentioned you in a note'],
    ['@here standup moved to 10'],
    ['Notify @channel and @everyone'],
  ])('nothing in %s', (text) => {
    expect(found(url, text)).toEqual([]);
  });
  it.each([
    ['Follow @kestrel_labs for updates', ['@kestrel_labs']],
    ['cc @mentionbot', ['@mentionbot']],
  ])('%s', (text, expected) => {
    expect(found(url, text)).toEqual(expected);
  });
});
