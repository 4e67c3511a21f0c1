import { describe, expect, it } from 'vitest';
import { pagePeople, phraseSources } from '../page-people';
import { found } from './helpers';

/** The content script's context: a page's text runs joined line by line. */
const PAGE = { defaultRegion: 'US', pageText: true } as const;

describe('page-people recognizer', () => {
  it.each([
    // LinkedIn: the connection degree after a name, on its line or on the next (past pronouns).
    ['Maxence Quiberon\n· 3rd\nProduct Designer at Kestrel Labs', ['Maxence Quiberon']],
    // An application's questions about people: a previous manager, a supervisor, a reference.
    ['Previous Manager\nLeontyne Abernethy-Sato\nPrevious Work Location', ['Leontyne Abernethy-Sato']],
    ["Supervisor's Name: Orrin Blackwater", ['Orrin Blackwater']],
    ['Reference Name\nRelationship', []],
    ['Summer Winters\n • 3rd+\n3rd+ degree connection\nDesigner', ['Summer Winters']],
    ['Clémence Dufresne-Labbé\n(She/Her)\n· 2nd\nStaff Engineer', ['Clémence Dufresne-Labbé']],
    ['Anselm Vögeli • 3rd+\nDesign Lead at Norrland Studio', ['Anselm Vögeli']],
    ['Faith Cross, PMP (She/Her) · 1st', ['Faith Cross']],
    ['Lorcan Mac Giolla\n2nd degree connection', ['Lorcan Mac Giolla']],
    // LinkedIn's template lines.
    ['View Clémence Dufresne-Labbé’s profile', ['Clémence Dufresne-Labbé']],
    ['Hunter Rose, Grace Bishop, and 12 other mutual connections', ['Hunter Rose', 'Grace Bishop']],
    ['Autumn Reed is a mutual connection', ['Autumn Reed']],
    ['Endorsed by Maxence Quiberon who is highly skilled at this', ['Maxence Quiberon']],
    ['March 14, 2023, Maxence managed Clémence directly', ['Maxence', 'Clémence']],
    [
      'June 2, 2020, Summer Winters was senior to Clémence but didn’t manage Clémence directly',
      ['Summer Winters', 'Clémence'],
    ],
    ['Delphine Marchetti sent the following message at 11:05 AM', ['Delphine Marchetti']],
    // The relationship line without its date; the recommendation's author above its headline and date.
    ['Summer Lane managed Jordan directly', ['Summer Lane', 'Jordan']],
    ['Summer Lane worked with Jordan but on different teams', ['Summer Lane', 'Jordan']],
    ['Summer Lane was Jordan’s teacher', ['Summer Lane', 'Jordan']],
    [
      'Summer Lane\nSenior Analyst at Brightpath\nMarch 2, 2021, Summer worked with Orrin on the same team',
      ['Summer Lane', 'Summer', 'Orrin'],
    ],
    ['Seen by Maxence Quiberon at 11:07 AM', ['Maxence Quiberon']],
    ['Maxence Quiberon reposted this', ['Maxence Quiberon']],
    ['1 person has recommended Maxence', ['Maxence']],
    // ATS feeds and fields.
    [
      'Cordelia Vantongeren moved Maxence Quiberon to Final Round',
      ['Cordelia Vantongeren', 'Maxence Quiberon'],
    ],
    ['Scorecard submitted by Rafferty Nakagawa: Strong Yes', ['Rafferty Nakagawa']],
    ['Culture Add - Lorcan Mac Giolla\nYes', ['Lorcan Mac Giolla']],
    ['Technical Interview · Hunter Strong · No Hire', ['Hunter Strong']],
    ['Interviewer: Aurelio Bracamonte (Finance Manager)', ['Aurelio Bracamonte']],
    ['Recruiter\nMaxence Quiberon\nCoordinator\nBellamy Osei', ['Maxence Quiberon', 'Bellamy Osei']],
    ['Full name\nMaxence Quiberon', ['Maxence Quiberon']],
    // A given name or surname that is also a tool's name, beside a name of its own.
    ['Liked by Ruby Chen and 23 others', ['Ruby Chen']],
    ['Hana Sato and 2 other mutual connections', ['Hana Sato']],
    ['Interviewer: Julia Jenkins', ['Julia Jenkins']],
    ['Technical Interview - Pascal Dufour', ['Pascal Dufour']],
    ['Ada Okafor moved Jasmine Whitfield to Onsite', ['Ada Okafor', 'Jasmine Whitfield']],
    // People's cards: a name, a headline, then a person's button, or a job's headline and "Follow" or a post's age.
    ['People you may know\nRiver Stone\nData Scientist at Kestrel Labs\nConnect', ['River Stone']],
    ['More profiles for you\nSterling Frost\nStaff Engineer at Tidewater Health\nFollow', ['Sterling Frost']],
    ['Grace Hill\nAuthor\nProduct Manager at Tidewater Health\n3d\nThanks for sharing!', ['Grace Hill']],
    ['Faith Bishop • Following\nHead of Talent | Hiring\n2w • Edited •\nWe are hiring.', ['Faith Bishop']],
    ['Wade Mercer\nSenior Analyst\nPending', ['Wade Mercer']],
    // A name with the person's pronouns after it.
    ['Joy Fields (she/her)\nSenior Analyst · Toronto, ON', ['Joy Fields']],
    ['Interviewers: Miles Long (he/him), Dawn Rivers (They/Them)', ['Miles Long', 'Dawn Rivers']],
    // A conversation in the message list; a post's author.
    ['Messaging\nSky Banks\nYou: Thanks, talk soon\nMar 3', ['Sky Banks']],
    ['Posted by Sky Banks', ['Sky Banks']],
    // The candidate's field, ATS buttons and headings that name the person they act on.
    ['Candidate: Page Turner', ['Page Turner']],
    ['Candidate\nMiles Long\nSenior Analyst', ['Miles Long']],
    ['Call Xalvadora Tekwe', ['Xalvadora Tekwe']],
    ['Schedule interview with Page Turner', ['Page Turner']],
    ['Archive Xalvadora Tekwe, because they are not a fit', ['Xalvadora Tekwe']],
    ['Offer for Page Turner', ['Page Turner']],
    ["Page Turner's application", ['Page Turner']],
    ['Onsite Interview with Summer Lane\nTue, Mar 5 · 10:00 AM', ['Summer Lane']],
    // A people field in lower case, "Assigned to" without its colon, LinkedIn's notifications.
    ['Hiring manager: Summer Lane', ['Summer Lane']],
    ['Assigned to Summer Lane', ['Summer Lane']],
    ['Summer Lane viewed your profile', ['Summer Lane']],
    ['Summer Lane accepted your invitation', ['Summer Lane']],
    ['Summer Lane started a new position', ['Summer Lane']],
    // A person's role in brackets after the name; an e-mail header's sender.
    ['Summer Lane (Recruiter) · 3d', ['Summer Lane']],
    ['From: Summer Lane <slane@kestrel.io>', ['Summer Lane']],
    // Screen-reader labels of people's pictures and links.
    ['Summer Lane’s profile picture', ['Summer Lane']],
    ["Go to Summer Lane's profile", ['Summer Lane']],
    ['View Summer Lane’s profile', ['Summer Lane']],
    // A person in brackets after their role, given name first (surname first is person-name's); a team
    // or a list of words is no one.
    ['reports to the Hiring Manager (Summer Lane)', ['Summer Lane']],
    ['Engineering Manager (Platform)', []],
    ['Product Manager (Payments, Risk)', []],
    // A button's verb before the name is no part of it.
    ['Open Summer Lane’s scorecard', ['Summer Lane']],
    ['Show Summer Lane’s profile picture', ['Summer Lane']],
    ['Profile picture of Summer Lane', ['Summer Lane']],
    ['Open profile of Summer Lane', ['Summer Lane']],
    ['Avatar for Summer Lane', ['Summer Lane']],
    ['Photo of Summer Lane', ['Summer Lane']],
    ['More actions for Summer Lane', ['Summer Lane']],
    ['Remove Summer Lane from project', ['Summer Lane']],
    ['Summer Lane is online', ['Summer Lane']],
    // A name above a headline that names a job and its employer (a thread's header, a top card).
    ['Sent from LinkedIn\nSummer Lane\nSenior Technical Recruiter at Kestrel Labs', ['Summer Lane']],
    ['Summer Lane\nSenior Analyst at Brightpath\nThornbury, Ontario, Canada', ['Summer Lane']],
    // A message's signature after its sign-off.
    ['Best regards,\nSummer Lane\nSenior Technical Recruiter | Kestrel Labs', ['Summer Lane']],
    ['Cheers,\nRose', ['Rose']],
    // A row of a candidate list: the name above when the person applied.
    ['Hunter Green\nApplied 3 days ago\nSenior Analyst', ['Hunter Green']],
    // A name found is masked where it stands again; its unusual words alone too.
    ['Maxence Quiberon\n· 2nd\nSpoke with Maxence on Monday.', ['Maxence Quiberon', 'Maxence']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });

  it.each([
    // Companies act on LinkedIn too; teams, jobs and UI words fill ATS slots.
    ['Kestrel Labs reposted this'],
    ['Brightwater Analytics commented on a post'],
    ['Endorsed by 3 colleagues at Brightwater Analytics'],
    ['Recruiter\nTalent Acquisition Partner'],
    ['Hiring Manager\nEngineering Manager'],
    ['Select All'],
    ['You reposted this'],
    ['LinkedIn Member\n· 3rd'],
    ['2nd degree connection'],
    ['Senior Engineer - Remote'],
    ['Backend Engineer (Platform) - Onsite Interview'],
    // A scorecard's verdict after the interview's dash ("Strong" is also a surname).
    ['Interview feedback · Technical Screen · Strong Hire'],
    ['Onsite Interview - Strong No Hire'],
    ['Came 2nd in the national olympiad'],
    // Pages' and jobs' cards: no job above "Follow" or a post's age, an organisation, a job, a badge.
    ['Kestrel Labs\nSoftware Development\n12,345 followers\nFollow'],
    ['Pages you may like\nRiver Works\nIT Services and IT Consulting\nFollow'],
    ['Brightpath Partners\nSenior Analyst at Brightpath\n2d'],
    ['Senior Data Engineer\nHalvorsen Logistics · Full-time\n3d'],
    ['Data Engineering Weekly\nNewsletter by a Staff Engineer at Kestrel\nFollow'],
    ['Open To Work\nData Engineer roles at startups\nMessage'],
    ['Acme Kestrel\n12,345 followers\n1w •'],
    // ATS buttons, fields and headings that hold no person: one word, a job, a team, a firm, a heading.
    ['Email Templates'],
    ['Advance Stage'],
    ['Reject Reasons'],
    ['Candidate: Internal'],
    ['Candidate\nPersonal Details'],
    ['Send email to Hiring Team'],
    ['Offer for Senior Analyst'],
    ['Schedule interview with Hiring Manager'],
    ['Interview with Kestrel Labs'],
    ['Message Kestrel Labs'],
    ['Application Review\nApplied: Senior Analyst (R-10234)'],
    ['Offer for Next Steps'],
    // A firm or a team in those slots: a sender's organisation, a mention by a page, a team.
    ['Kestrel Careers <jobs@kestrel.io>'],
    ['Acme Talent <talent@acme.com>'],
    ['Kestrel Labs mentioned you in a post'],
    ['Assigned to Hiring Team'],
    // Pictures and links of pages and things, the viewer's own.
    ['Kestrel Labs’s profile'],
    ['Status is online'],
    // Headings, firms and projects above a headline.
    ['Work Experience\nSenior Engineer at Kestrel Labs'],
    ['Kestrel Labs\nSoftware Engineer at Kestrel Labs'],
    ['Key Achievements\nPromoted to Lead Engineer at Acme'],
    ['Project Phoenix\nLead Engineer at Kestrel'],
    // A team, a job or a plain word after a sign-off.
    ['Thanks,\nThe Hiring Team'],
    ['Best regards,\nTalent Acquisition'],
    ['Thanks,\nRecruiting Team at Kestrel Labs'],
    ['Best,\nAnd'],
    // Sentences that share the relationship's verbs.
    ['The team managed budgets directly'],
    ['Kestrel Labs worked with Brightpath on the same team'],
    ['Our Platform Team managed Billing directly'],
    ['Remove Python from skills'],
    ['More actions for Data Engineer'],
    ['Go to your profile'],
    ['Picture of Team Offsite'],
    // Pronouns after no name: a heading, a field's label.
    ['Pronouns (she/her)'],
    ['Preferred Pronouns (he/him)'],
    // Tools after an interview's dash, and tools that are also names, beside no name.
    ['System Design Interview - Kafka Streams'],
    ['Technical Interview - Spring Boot'],
    ['Coding Interview - Apache Kafka'],
    ['Cloud Interview - Azure Cloud'],
    ['Technical Screen - Julia'],
    ['Name\nCompany Name'],
    ['Source\nReferred by employee'],
    // Workday's source values in a people field.
    ['Referred By\nPrior Worker'],
    ['Referred By\nInternal'],
    ['Referrer: Job Board'],
    ['Recruiter\nAgency'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });

  it("leaves documents alone: the phrases are the pages' own words", () => {
    expect(found(pagePeople, 'Maxence Quiberon\n· 3rd\nInterviewer: Aurelio Bracamonte')).toEqual([]);
  });
});

describe('page-people: a message list conversation whose snippet opens with the given name', () => {
  it.each([
    ['Faith Long\nFaith: Thanks Corwin, Thursday works for me.', ['Faith Long', 'Faith']],
    ['Hope Rivers\nNov 28\nHope: Sent you my portfolio, cheers', ['Hope Rivers', 'Hope']],
    ['Grace Bell\n10:42 AM\nGrace: sounds good', ['Grace Bell', 'Grace']],
    ['Inbox\nSummer Lane\nYesterday\nSummer: see you then', ['Summer Lane', 'Summer']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Source Details\nSource: LinkedIn'],
    ['Phone Number\nPhone: 555 0100'],
    ['Grant Proposal\nGrant: 2024 cycle'],
    ['Will Power\nWill: relocate'],
    ['Rose Garden Project\nRose: done'],
    // The snippet's word is not the name line's first word.
    ['Faith Long\nHope: thanks'],
    // Two lines between the name and the snippet.
    ['Faith Long\nGreat chatting today\nNov 27\nFaith: thanks'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a plural people field above its list, one person a line', () => {
  it.each([
    ['Interviewers\nMiles Long\nGrace Bell\nAdd interviewer', ['Miles Long', 'Grace Bell']],
    [
      'Interviewers (3)\nMiles Long (Hiring Manager)\nGrace Bell · Technical Screen\nHope Rivers',
      ['Miles Long', 'Grace Bell', 'Hope Rivers'],
    ],
    ['Followers\nSummer Lane\nDawn Fields', ['Summer Lane', 'Dawn Fields']],
    ['Reviewers:\nFaith Long\nData Engineering', ['Faith Long']],
    ['Organizer: Page Turner', ['Page Turner']],
    ['Attendees: Miles Long, Grace Bell', ['Miles Long', 'Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Interviewers\nTechnical Screen\nOnsite'],
    ['Participants\nEngineering Team\nKestrel Labs'],
    ['Attendees: Engineering Team'],
    // The label inside a sentence.
    ['Meet the Interviewers\nMiles Long'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a mention of a person in a note or a comment', () => {
  it.each([
    ['@Faith Long please review', ['Faith Long']],
    ['@Summer Lane can you take a look?', ['Summer Lane']],
    ['cc @Hunter Green and @Dawn Fields', ['Hunter Green', 'Dawn Fields']],
    ['Faith Long @mentioned you in a note', ['Faith Long']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Great work @Kestrel Labs team'],
    ['Follow @kestrel_labs for updates'],
    ['@Data Engineering please review'],
    ['Write to jane@Example Corp'],
    ['@Faith thoughts?'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: the clock before an e-mail header’s sender is no part of the name', () => {
  it.each([
    ['On Mon, Jan 3, 2025 at 10:00 AM Jamal Haddad <jhaddad@example.com> wrote:', ['Jamal Haddad']],
    ['On Tue, Jan 4, 2025 at 9:12 PM Dawn Fields <dawn.fields@northwind.com> wrote:', ['Dawn Fields']],
    // A calendar invite's time zone after the clock is no part of the name either.
    ['Tue, Nov 3, 2026 10:00 AM – 10:30 AM CET Ilse Marwood <ilse@kestrel.test>', ['Ilse Marwood']],
    ['Organizer: Hunter West', ['Hunter West']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Sent at 10:00 AM <noreply@example.com>'],
    ['Delivered 9:12 PM <calendar@example.com>'],
    // A calendar invite's time zone before the calendar's address.
    ['Tue, Nov 3, 2026 10:00 AM – 10:30 AM PST <calendar@kestrel.test>'],
    ['Weekly sync · 9:00 AM EDT <invites@kestrel.test>'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: every person an interview or a call is with', () => {
  it.each([
    ['Interview with Hope Rivers and Faith Long', ['Hope Rivers', 'Faith Long']],
    ['Call with Miles Long, Grace Bell and Hunter Green', ['Miles Long', 'Grace Bell', 'Hunter Green']],
    ['Interview with Hope Rivers and Faith Long on Tuesday', ['Hope Rivers', 'Faith Long']],
    ['Interview with Hope Rivers and Kestrel Labs', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Chat with Product Design and Data Engineering'],
    ['Meeting with Kestrel Labs and Northwind Traders'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a hiring team member before the role', () => {
  it.each([
    ['Hiring team\nDawn Fields · Recruiter\nHunter Green · Hiring Manager', ['Dawn Fields', 'Hunter Green']],
    ['Hiring team\nDawn Fields\nRecruiter\nHunter Green\nHiring Manager', ['Dawn Fields', 'Hunter Green']],
    ['Hunter Green, Hiring Manager', ['Hunter Green']],
    ['Hope Rivers - Interviewer', ['Hope Rivers']],
    ['Solenne Marchand · Recruiting Coordinator', ['Solenne Marchand']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    // An employer before or above a job: no word of it a name of the lexicons.
    ['Kestrel Dynamics - Recruiter'],
    ['Kestrel Dynamics\nRecruiter\nJan 2020 - Present'],
    ['Senior Technical\nRecruiter'],
    ['Hiring team\nRecruiter'],
    ['Jan 2020 - Present\nRecruiter'],
    ['Add Recruiter'],
    ['Dawn Fields · Recruiter at Kestrel'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: the referrer after a referral source', () => {
  it.each([
    ['Source: Referral (Rose Baker)', ['Rose Baker']],
    ['Source: Employee Referral - Rose Baker', ['Rose Baker']],
    ['Referral: Summer Lane', ['Summer Lane']],
    // Trackers that sort people write the referrer surname first.
    ['Source\nEmployee Referral: Okonjo, Temperance', ['Okonjo, Temperance']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Source: Referral (Internal)'],
    ['Referral: Employee Referral Program'],
    ['Source: Agency referral - Kestrel Talent Partners'],
    ['Referral: Job Board'],
    ['Referral (Career Fair)'],
    ['Source: Referral: Indeed, LinkedIn'],
    ['Employee Referral: London, Ontario'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: more of LinkedIn’s templates around people', () => {
  it.each([
    ['Dawn Fields (you)', ['Dawn Fields']],
    ['Faith Long and 4 others have endorsed this skill', ['Faith Long']],
    ['Jane Doe, Hope Rivers and 3 others', ['Jane Doe', 'Hope Rivers']],
    ['Hope Rivers and 2 others reacted', ['Hope Rivers']],
    ['Followed by Grace Bell and 3 others', ['Grace Bell']],
    ['Grace Bell follows this page', ['Grace Bell']],
    ['Grace Bell works here', ['Grace Bell']],
    ['Hunter Green viewed this profile', ['Hunter Green']],
    ['Last contacted by Dawn Fields · 2d ago', ['Dawn Fields']],
    [
      '3 mutual connections: Grace Bell, Miles Long, and Hope Rivers',
      ['Grace Bell', 'Miles Long', 'Hope Rivers'],
    ],
    [
      'Grace Bell, Miles Long and Hope Rivers are mutual connections',
      ['Grace Bell', 'Miles Long', 'Hope Rivers'],
    ],
    ['Dawn Fields added Faith Long to Backend Engineers 2025', ['Dawn Fields', 'Faith Long']],
    ['Summer Lane\nActive now', ['Summer Lane']],
    ['Summer Lane\nStatus is offline', ['Summer Lane']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Python, SQL and 3 others'],
    ['Kestrel Labs and 2 others'],
    ['Austin and 3 others'],
    ['New York and 2 others'],
    ['San Francisco Bay Area and 2 others'],
    ['Senior Engineer and 2 others'],
    ['Data Engineering and 3 others'],
    ['Kestrel Labs\nActive now'],
    ['Product Design\nStatus is reachable'],
    ['Dawn Fields added Python to skills'],
    ['Kestrel Labs follows this page'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: timeline lines that end in "by" and a person, and Ashby’s "Credited To"', () => {
  it.each([
    ['Stage changed by Page Turner from New applicant to Recruiter screen', ['Page Turner']],
    ['Interview scheduled by Page Turner for Mar 4', ['Page Turner']],
    ['Email sent by Dawn Fields', ['Dawn Fields']],
    ['Candidate archived by Hope Rivers · Not a fit', ['Hope Rivers']],
    ['Credited To\nDawn Fields', ['Dawn Fields']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Stage changed by Automation Rule'],
    ['Email sent by Kestrel Labs'],
    ['Interview scheduled by Data Engineering'],
    ['Credited To\nEmployee Referral'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: LinkedIn’s buttons and screen-reader labels that name a person', () => {
  it.each([
    ['Hope Rivers’ profile picture', ['Hope Rivers']],
    ["Hope Rivers' photo", ['Hope Rivers']],
    ['Invite Hope Rivers to connect', ['Hope Rivers']],
    ['Withdraw invitation sent to Hope Rivers', ['Hope Rivers']],
    ['Ignore invitation from Hope Rivers', ['Hope Rivers']],
    ['Accept Hope Rivers’s invitation', ['Hope Rivers']],
    ['Follow Hope Rivers', ['Hope Rivers']],
    ['Unfollow Hope Rivers', ['Hope Rivers']],
    ['More options for Hope Rivers', ['Hope Rivers']],
    ['Add Hope Rivers to project', ['Hope Rivers']],
    ['Save Hope Rivers to pipeline', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Follow Kestrel Labs'],
    ['Follow Data Engineering'],
    ['Follow Python'],
    ['Follow New York Times'],
    ['Add Python to list'],
    ['Move Kestrel Labs to pipeline'],
    ['Invite people to connect'],
    ['Follow Hope Rivers on Instagram for updates'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a badge beside a connection degree is no name', () => {
  it.each([
    ['Summer Lane\nPremium • 3rd+\nSenior Recruiter at Kestrel', ['Summer Lane']],
    ['Summer Lane\nVerified • 2nd', ['Summer Lane']],
    ['Hope Rivers Premium • 2nd', ['Hope Rivers']],
    ['Summer Lane Verified · 1st', ['Summer Lane']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Premium • 3rd+'], ['Upgrade to Premium\nVerified • 2nd']])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a card’s name with credentials after it', () => {
  it.each([
    ['Faith Long, PhD\nData Scientist\nMessage', ['Faith Long']],
    ['Grace Bell, MBA, PMP\nProduct Manager at Initech\nConnect', ['Grace Bell']],
    ['Hope Rivers, P.Eng.\nCivil Engineer at Initech\n3d', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Austin, TX\nSenior Engineer at Initech\nConnect'],
    ['Austin, USA\nSenior Engineer at Initech\nConnect'],
    ['Kestrel Labs, Inc\nSoftware Development\nFollow'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a card whose job line stands above a place line', () => {
  it.each([
    ['Hope Rivers\nStaff Engineer\nAustin, Texas, United States\nConnect', ['Hope Rivers']],
    ['Hope Rivers\nStaff Engineer\nAustin, Texas\nFollow', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Kestrel Labs\nSenior Engineer\nAustin, Texas\nMessage'],
    ['Data Platform\nSenior Engineer\nRemote\nConnect'],
    ['Staff Engineer\nSenior Engineer\nAustin, Texas\nConnect'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: e-mail header fields and a scorecard line that opens with the interviewer', () => {
  it.each([
    ['To: Hope Rivers, Grace Bell', ['Hope Rivers', 'Grace Bell']],
    ['From: Grace Bell', ['Grace Bell']],
    ['Cc: Summer Lane', ['Summer Lane']],
    ['Faith Long · Technical Interview · Strong Yes', ['Faith Long']],
    ['Grace Bell - Phone Screen', ['Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['From: Austin'],
    ['From: Jan 2020'],
    ['To: Present'],
    ['To: Hiring Team'],
    ['From: Kestrel Labs'],
    ['Summer Internship - Phone Screen'],
    ['Kestrel Labs - Technical Interview'],
    ['Backend Engineer - Onsite Interview'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: comments, replies and interviews of a person', () => {
  it.each([
    ['Comment from Hope Rivers', ['Hope Rivers']],
    ['Note from Grace Bell', ['Grace Bell']],
    ['Reply to Hope Rivers', ['Hope Rivers']],
    ["Reminder: Hope Rivers' interview is tomorrow", ['Hope Rivers']],
    ['Grace Bell is the hiring manager for this role', ['Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Comment from Kestrel Labs'],
    ['Reply to All'],
    ['Reply to Comment'],
    ["Kestrel Labs' interview process"],
    ["Technical Lead's interview loop"],
    ['Python is the language'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a scorecard’s interviewer above the overall recommendation', () => {
  it.each([
    ['Technical Interview\nFaith Long\nStrong Yes', ['Faith Long']],
    ['Scorecards\nGrace Bell\nStrong No Hire\nSubmitted Mar 4', ['Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Overall Recommendation\nStrong Yes'],
    ['Kestrel Labs\nStrong Hire'],
    ['Data Engineering\nLean Hire'],
    ['Faith Long\nStrong Yes, great communicator'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a comment or a note signed with a dash, the author and the date', () => {
  it.each([
    ['Great call today, strong systems thinking.\n— Dawn Fields, Nov 3', ['Dawn Fields']],
    ['Loved the system design answer.\n— Marisol Teague · 2d', ['Marisol Teague']],
    ['Moving to onsite.\n- Hope Rivers, 11/03/2026', ['Hope Rivers']],
    ['-- Summer Lane on Tue, Nov 3, 2026 at 10:14 AM', ['Summer Lane']],
    ['Please send the take-home.\n– Oriel Vantassel, Yesterday', ['Oriel Vantassel']],
    ['“Best hire we made this year.”\n— Grace Bell', ['Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    // A job, an employer or a stage after a dash on its line, not after a sentence's end.
    ['Senior Engineer – Kestrel Labs, Nov 3'],
    ['Staff Engineer - Brightpath, 2023'],
    ['Moved to onsite.\n- Phone Screen, Nov 3'],
    ['Offer extended.\n— Offer Accepted, Nov 3'],
    ['— Machine Learning, Nov 2023'],
    // A place or a plain word after an em dash without a date.
    ['— Austin'],
    ['— Remote First'],
    ['— Kestrel Labs'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a button’s verb before one given name alone on its line', () => {
  it.each([
    ['Message Hope', ['Hope']],
    ['Call Grace', ['Grace']],
    ['Email Summer', ['Summer']],
    ['Message Priya', ['Priya']],
    // A row's or a stage menu's verb before a word of no English list, or a stage move.
    ['Reject Keziah', ['Keziah']],
    ['Advance Ugochukwu', ['Ugochukwu']],
    ['Move Ugochukwu to Offer', ['Ugochukwu']],
    ['Move Keziah Quenby back to Screen', ['Keziah Quenby']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Reject Application'],
    ['Hire Kubernetes'],
    ['Archive Jobs'],
    ['Move Stage to Offer'],
    ['Move Candidate to Onsite'],
    ['Move Data to Cloud'],
    ['Call Back'],
    ['Email Link'],
    ['Message All'],
    ['Email Templates'],
    ['Call Center'],
    ['Email Recruiter'],
    ['Message Candidate'],
    ['Call Summary'],
    ['Email Hope and Grace about the onsite'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: e-mail header fields with semicolons, addresses, and in a header block', () => {
  it.each([
    ['To: Hope; Faith Long', ['Hope', 'Faith Long']],
    [
      'Cc: Grace Bell <gbell@kestrel.test>; Marisol Teague <mteague@kestrel.test>',
      ['Grace Bell', 'Marisol Teague'],
    ],
    // A place or a word of the language is a person in a header block.
    ['From: Austin\nSent: Tuesday, November 3, 2026 10:14 AM\nTo: Dawn Fields', ['Austin', 'Dawn Fields']],
    ['Subject: Onsite\nFrom: Florence', ['Florence']],
    ['De: Florence\nEnviado el: martes, 3 de noviembre de 2026', ['Florence']],
    [
      'De : Solène Marchand\nEnvoyé : mardi 3 novembre 2026\nÀ : Grace Bell',
      ['Solène Marchand', 'Grace Bell'],
    ],
    ['Van: Dallas\nAan: Wieke de Boer\nOnderwerp: Sollicitatie', ['Dallas', 'Wieke de Boer']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    // A place outside a header block, a department, a date.
    ['Travel\nFrom: Austin'],
    ['From: Austin, TX'],
    ['Von: Talent Team\nBetreff: Bewerbung'],
    ['An: Personalabteilung\nBetreff: Bewerbung'],
    ['Para: Recursos Humanos\nAsunto: Entrevista'],
    ['To: Hiring Team; Recruiting'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: people fields of ATS pages in German, French, Spanish, Portuguese and Dutch', () => {
  it.each([
    ['Ansprechpartner: Faith Cross', ['Faith Cross']],
    ['Empfohlen von: Miles Long', ['Miles Long']],
    ['Verantwortlich\nRose Hill', ['Rose Hill']],
    ['Recruteur : Hope Lindgren', ['Hope Lindgren']],
    ['Responsable du recrutement : Grant Wooley', ['Grant Wooley']],
    ['Recommandée par : Faith Cross', ['Faith Cross']],
    ['Entrevistador: Grant Wooley, Rose Hill', ['Grant Wooley', 'Rose Hill']],
    ['Referida por: Rose Hill', ['Rose Hill']],
    ['Gestor da vaga: Faith Cross', ['Faith Cross']],
    ['Indicado por: Xiomara Tekwe', ['Xiomara Tekwe']],
    ['Aangedragen door: Rose Hill', ['Rose Hill']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    // A department, a team, a source or a job in the language of the page.
    ['Verantwortlich: Personalabteilung'],
    ['Ansprechpartner: Team Recruiting'],
    ['Responsable RH : Ressources Humaines'],
    ['Referido por: Portal de empleo'],
    ['Indicado por: Agência'],
    ['Aangedragen door: Werving en Selectie'],
    ['Entrevistador: Ingeniero Senior'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: LinkedIn’s notifications of posts, birthdays and work anniversaries', () => {
  it.each([
    ['Miles Long shared a post: "We\'re hiring!"', ['Miles Long']],
    ['Joy Banks posted: Excited to share that…', ['Joy Banks']],
    ['Congratulate Will Baker on 5 years at Tidewater Health', ['Will Baker']],
    ['Say happy birthday to Page Turner', ['Page Turner']],
    ['Wish Grace Bell a happy birthday', ['Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Kestrel Labs posted a job: Senior Engineer'],
    ['Tidewater Health shared a post'],
    ['Congratulate Kestrel Labs on 10 years'],
    ['Senior Engineer posted 3 days ago'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: approvers, guests and a hiring team; "approved by", "created by"', () => {
  it.each([
    ['Approvers: Joy Bishop, Miles Long', ['Joy Bishop', 'Miles Long']],
    ['Reviewers: Faith Cross, Hunter Stone', ['Faith Cross', 'Hunter Stone']],
    ['Hiring Team: Grace Bell, Hope Rivers', ['Grace Bell', 'Hope Rivers']],
    ['Guests: Dawn Marsh, Grant Wooley', ['Dawn Marsh', 'Grant Wooley']],
    ['Approved by Rose Hill on Nov 3', ['Rose Hill']],
    ['Created by Dawn Marsh · 2d ago', ['Dawn Marsh']],
    ['Rescheduled by Hunter Stone', ['Hunter Stone']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Approvers: Finance Team'],
    ['Approvers: VP Engineering, CFO'],
    ['Guests: Remote Only'],
    ['Approved by Legal'],
    ['Created by Talent Acquisition'],
    ['Reviewers: Senior Engineer'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: the author above a message’s or a note’s date line', () => {
  it.each([
    ['InMail\nDawn Marsh\nNov 3, 2026\nHi Summer, I came across your profile.', ['Dawn Marsh']],
    ['Notes\nGrant Wooley\nTue, Nov 3, 2026 at 10:14 AM\nGreat call.', ['Grant Wooley']],
    ['Hope Fields\n10:14 AM\nSounds good, talk then.', ['Hope Fields']],
    ['Joy Bishop\nYesterday\nCan we move the onsite?', ['Joy Bishop']],
    ['Xiomara Tekwe, PhD\nNov 3\nThanks!', ['Xiomara Tekwe']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Phone Screen\nNov 3, 2026\nScheduled'],
    ['Kestrel Labs\nNov 3, 2026'],
    ['Offer Accepted\nNov 3'],
    ['Summer Internship\nJun 1, 2026'],
    ['San Jose\nNov 3, 2026'],
    ['Brightpath\nNov 3'],
    ['Senior Engineer\n10:14 AM'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a people field’s change in a timeline', () => {
  it.each([
    ['Owner changed from Dawn Marsh to Joy Bishop', ['Dawn Marsh', 'Joy Bishop']],
    ['Recruiter was changed to Grant Wooley · Nov 3', ['Grant Wooley']],
    ['Hiring Manager updated from Faith Cross to Xiomara Tekwe', ['Faith Cross', 'Xiomara Tekwe']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Owner changed from Talent Team to Hiring Team'],
    ['Recruiter changed to Agency'],
    ['Owner set to Unassigned'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a calendar event’s guests and an invite’s attendees', () => {
  it.each([
    [
      'Onsite Interview\n4 guests\n3 yes, 1 awaiting\nDawn Marsh\nOrganizer\nGrant Wooley\nFaith Cross\nOptional\nJoy Bishop\nJoin with Google Meet',
      ['Dawn Marsh', 'Grant Wooley', 'Faith Cross', 'Joy Bishop'],
    ],
    ['Guests\nHope Fields\nAccepted\nMiles Long', ['Hope Fields', 'Miles Long']],
    [
      'Debrief\nRequired: Grant Wooley; Faith Cross\nOptional: Joy Bishop',
      ['Grant Wooley', 'Faith Cross', 'Joy Bishop'],
    ],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Event\n2 guests\nYes\nJoin with Google Meet'],
    ['Requirements\nRequired: Bachelor Degree\nOptional: Spring Boot'],
    ['Benefits\nOptional: Dental Plan'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: Workday’s "Interviewer(s)" with semicolons, Ashby’s credit, a bracketed sender address', () => {
  it.each([
    ['Interviewer(s): Faith Cross; Hunter Stone', ['Faith Cross', 'Hunter Stone']],
    ['Source: LinkedIn · Credited to Joy Bishop', ['Joy Bishop']],
    ['Miles Long\nCredited to Dawn Marsh', ['Dawn Marsh']],
    ['El mar, 3 nov 2026 a las 10:14, Dawn Marsh (<dawn@kestrel.test>) escribió:', ['Dawn Marsh']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Interviewer(s): Technical Screen; Onsite'],
    ['Credited to Talent Team'],
    ['Kestrel Careers (<jobs@kestrel.test>)'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a candidate list’s row above its "Applied · …" or "Sourced · …" line', () => {
  it.each([
    ['Grant Wooley\nBackend Engineer · Applied\nApplied · 5 days ago', ['Grant Wooley']],
    ['Hope Fields\nBackend Engineer · Offer\nReferred · 1 week ago', ['Hope Fields']],
    ['Candidates\nXiomara Tekwe\nSourced · 2d', ['Xiomara Tekwe']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Backend Engineer\nApplied · 5 days ago'],
    ['Kestrel Labs\nData Engineer · Applied\nApplied · 3 days ago'],
    ['New Candidates\nReferred · 1 week ago'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: an interview schedule’s sessions with people, in English and other languages', () => {
  it.each([
    ['System Design with Grant Wooley', ['Grant Wooley']],
    ['Coding with Faith Cross and Hunter Stone', ['Faith Cross', 'Hunter Stone']],
    ['Hiring Manager chat – Joy Bishop', ['Joy Bishop']],
    ['Entrevista con Grant Wooley', ['Grant Wooley']],
    ['Entretien avec Faith Cross et Hope Fields', ['Faith Cross', 'Hope Fields']],
    ['Vorstellungsgespräch mit Hunter Stone', ['Hunter Stone']],
    ['Entrevista com Joy Bishop', ['Joy Bishop']],
    ['Gesprek met Rose Hill', ['Rose Hill']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Coding with Python and Spring Boot'],
    ['System Design with Kestrel Labs'],
    ['Entrevista con Recursos Humanos'],
    ['Gespräch mit Personalabteilung'],
    ['Lunch with Engineering Team'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: reactions of one or two people and LinkedIn’s hiring badge', () => {
  it.each([
    ['Grant Wooley and Faith Cross liked this', ['Grant Wooley', 'Faith Cross']],
    ['Hope Fields reacted with 👍', ['Hope Fields']],
    ['Hunter Stone is hiring', ['Hunter Stone']],
    ['Joy Bishop loved this', ['Joy Bishop']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Kestrel Labs is hiring'],
    ['Tidewater Health reacted with 👍'],
    ['Product Design and Data Science liked this'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a comment’s header, the author and the comment’s age', () => {
  it.each([
    ['Dawn Marsh · 2h\nGreat call, moving to onsite.', ['Dawn Marsh']],
    ['Grant Wooley · Nov 3 · Edited\n+1, strong signal.', ['Grant Wooley']],
    ['Xiomara Tekwe · 3 days ago', ['Xiomara Tekwe']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Phone Screen · 2d'], ['Kestrel Labs · 1w'], ['Backend Engineer · Nov 3'], ['Like · Reply · 3']])(
    'nothing in %s',
    (text) => {
      expect(found(pagePeople, text, PAGE)).toEqual([]);
    },
  );
});

describe('page-people: the name above LinkedIn’s "Open to work" frame', () => {
  it.each([
    ['Joy Bishop\nOpen to work\nSenior Engineer at Brightpath', ['Joy Bishop']],
    ['Hope Fields\n#OpenToWork\nData Engineer', ['Hope Fields']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Job Preferences\nOpen to work'], ['Kestrel Labs\nOpen to work']])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: who a note or a file is shared with', () => {
  it.each([
    ['Shared with Grant Wooley and Faith Cross', ['Grant Wooley', 'Faith Cross']],
    ['Visible to: Joy Bishop, Hiring Team', ['Joy Bishop']],
    ['Note · shared with Xiomara Tekwe', ['Xiomara Tekwe']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Shared with Kestrel Labs'], ['Visible to: Hiring Team'], ['Shared with Everyone']])(
    'nothing in %s',
    (text) => {
      expect(found(pagePeople, text, PAGE)).toEqual([]);
    },
  );
});

describe('page-people: an activity’s author after its label and "by" in other languages', () => {
  it.each([
    ['Kommentar von Grant Wooley', ['Grant Wooley']],
    ['Notiz von Dawn Marsh · vor 2 Std.', ['Dawn Marsh']],
    ['Commentaire de Hope Fields', ['Hope Fields']],
    ['Ajouté par Joy Bishop', ['Joy Bishop']],
    ['Nota de Grant Wooley · hace 2 h', ['Grant Wooley']],
    ['Añadido por Hunter Stone', ['Hunter Stone']],
    ['Adicionado por Miles Long', ['Miles Long']],
    ['Toegevoegd door Grant Wooley', ['Grant Wooley']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Kommentar von Personalabteilung'],
    ['Note de Synthèse'],
    ['Nota de Prensa'],
    ['Creado por Recursos Humanos'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: the writer of a quoted reply’s header line in other languages', () => {
  it.each([
    ['Op vr 6 dec 2026 om 09:00 schreef Femke de Wit:', ['Femke de Wit']],
    ['Den fre 6 dec. 2026 kl 09:00 skrev Ingrid Holm <ih@norrland.test>:', ['Ingrid Holm']],
    ['Am Di., 3. Dez. 2026 um 10:12 schrieb Hope Lindgren:', ['Hope Lindgren']],
    ['Le jeu. 5 déc. 2026 à 15:40, Summer Lane a écrit :', ['Summer Lane']],
    ['Il gio 5 dic 2026, 15:40 Grace Bell ha scritto:', ['Grace Bell']],
    ['Em sex., 6 de dez. de 2026 às 09:00, Miles Long escreveu:', ['Miles Long']],
    ['W dniu pt., 6 gru 2026 o 09:00 Hope Rivers napisał(a):', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Am Fr., 6. Dez. 2026 um 10:12 schrieb Personalabteilung:'],
    ['El vie, 6 dic 2026 a las 9:00, Recursos Humanos escribió:'],
    ['Le lun. 2 déc. 2026 à 09:00, Ressources Humaines a écrit :'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: the German copy field "Kopie:" in a header block', () => {
  it.each([
    ['Kopie: Summer Lane\nBetreff: Bewerbung', ['Summer Lane']],
    ['Von: Anke Jansen\nKopie: Hope Rivers', ['Anke Jansen', 'Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Kopie: Personalabteilung\nBetreff: Bewerbung'], ['Kopie: Recruiting Team\nBetreff: Bewerbung']])(
    'nothing in %s',
    (text) => {
      expect(found(pagePeople, text, PAGE)).toEqual([]);
    },
  );
});

describe('page-people: people fields and activity authors of Italian, Polish and Swedish ATS pages', () => {
  it.each([
    ['Intervistatore: Miles Long', ['Miles Long']],
    ['Referente: Joy Bishop', ['Joy Bishop']],
    ['Nota di Hope Rivers · 2 giorni fa', ['Hope Rivers']],
    ['Valutazione inviata da Grace Bell', ['Grace Bell']],
    ['Aggiunto da Faith Cross', ['Faith Cross']],
    ['Rekruter: Miles Long', ['Miles Long']],
    ['Osoba polecająca: Joy Bishop', ['Joy Bishop']],
    ['Ocena dodana przez Grace Bell', ['Grace Bell']],
    ['Notatka od Hope Rivers · 2 dni temu', ['Hope Rivers']],
    ['Rekryterare: Hope Rivers', ['Hope Rivers']],
    ['Rekryterande chef: Miles Long', ['Miles Long']],
    ['Tillagd av Hope Rivers', ['Hope Rivers']],
    ['Kommentar från Grace Bell', ['Grace Bell']],
    ['Evaluación enviada por Grace Bell', ['Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Referente: Ufficio Personale'],
    ['Creato da Sistema'],
    ['Ansvarig: Personalavdelningen'],
    ['Tillagd av System'],
    ['Dodane przez Integracja'],
    ['Intervistatore: Da assegnare'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: LinkedIn’s connection degrees and person buttons in other languages', () => {
  it.each([
    ['Hope Rivers\n· 2º\nIngeniera de datos en Kestrel Labs', ['Hope Rivers']],
    ['Grace Bell\n· 3er+\nDirectora de producto en Brightpath', ['Grace Bell']],
    ['Hope Rivers · 2°\nIngegnere dei dati presso Kestrel Labs', ['Hope Rivers']],
    ['Maxence Quiberon · 2e\nIngénieur chez Kestrel Labs', ['Maxence Quiberon']],
    ['Anselm Vögeli\n· 3e et +\nDesign Lead', ['Anselm Vögeli']],
    ['Grace Bell · 3.+\nDyrektor produktu w Brightpath', ['Grace Bell']],
    ['Hope Rivers\n· 2:a\nDataingenjör på Kestrel Labs', ['Hope Rivers']],
    // A person's button ends the card whose name is English words.
    [
      'Altre persone hanno visto anche\nSummer Lane\nResponsabile prodotto presso Brightpath\nCollegati',
      ['Summer Lane'],
    ],
    ['Inne osoby\nSummer Lane\nDyrektor produktu w Brightpath\nNawiąż kontakt', ['Summer Lane']],
    ['Andra\nSummer Lane\nProduktchef på Brightpath\nLägg till kontakt', ['Summer Lane']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Notes\nStep · 2.'],
    ['Notes\nRound · 2e'],
    ['Notes\nSenior Engineer · 2.'],
    ['Notes\nBackend Team · 3°'],
    ['Stages\nPhone Screen\nTechnical Interview\nMessaggio'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: each person’s role in a list of people, and whom an approval waits for', () => {
  it.each([
    ['Approvers: Miles Long (Hiring Manager), Joy Bishop (Finance)', ['Miles Long', 'Joy Bishop']],
    [
      'Interviewers: Grace Bell (Tech), Hope Rivers (Culture); Faith Cross',
      ['Grace Bell', 'Hope Rivers', 'Faith Cross'],
    ],
    ['Pending approval from Joy Bishop', ['Joy Bishop']],
    ['Awaiting feedback from Hope Rivers', ['Hope Rivers']],
    ['Feedback requested from Grant Wooley', ['Grant Wooley']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Approvers: VP Engineering (Finance), CFO'],
    ['Pending approval from Finance'],
    ['Awaiting review from Legal Team'],
    ['Feedback requested from Hiring Team'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a candidate list read one cell a line under its column headings', () => {
  const list =
    'Candidates (24)\nName\nStage\nSource\nApplied\nOwner\n' +
    'Grace Bell\nPhone Screen\nReferral\nNov 2, 2026\nMiles Long\n' +
    'Summer Lane\nApplication Review\nIndeed\nOct 30, 2026\nJoy Bishop\nShowing 1-2 of 24';
  it('masks the names of the name column and the people columns', () => {
    expect(found(pagePeople, list, PAGE)).toEqual(['Grace Bell', 'Miles Long', 'Summer Lane', 'Joy Bishop']);
  });
  it.each([
    // A jobs list: a job, a status and a team in the cells.
    [
      'Jobs\nName\nStatus\nOwner\nSenior Backend Engineer\nOpen\nHiring Team\nData Analyst\nDraft\nTalent Team',
    ],
    // Headings that are no candidate list's.
    ['Settings\nName\nDescription\nCreated\nPhone Screen\nA first call\nNov 2, 2026'],
    // Cells of one word.
    ['Pipeline\nName\nStage\nSource\nOnsite\nOffer\nReferral'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: LinkedIn’s mutual connections in other languages, and a place’s line above a person’s button', () => {
  it.each([
    ['Grace Bell y 3 contactos en común más', ['Grace Bell']],
    ['Grace Bell e altri 3 collegamenti in comune', ['Grace Bell']],
    ['Grace Bell i 3 innych wspólnych kontaktów', ['Grace Bell']],
    ['Grace Bell och 3 andra gemensamma kontakter', ['Grace Bell']],
    ['Grace Bell et 3 autres relations en commun', ['Grace Bell']],
    ['Resultados\nSummer Lane\nDirectora de producto\nBarcelona\nMensaje', ['Summer Lane']],
    ['Risultati\nSummer Lane\nResponsabile prodotto\nMilano\nCollegati', ['Summer Lane']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Kestrel Labs y 3 contactos en común'], ['Resultados\nPhone Screen\nMadrid\nMensaje']])(
    'nothing in %s',
    (text) => {
      expect(found(pagePeople, text, PAGE)).toEqual([]);
    },
  );
});

describe('page-people: more timeline verbs before "by", an interview scheduled with people, and a system is no person', () => {
  it.each([
    ['Interview scheduled with Miles Long and Joy Bishop', ['Miles Long', 'Joy Bishop']],
    ['Disqualified by Rose Hill · Reason: Overqualified', ['Rose Hill']],
    ['Evaluation by Faith Cross: Thumbs up', ['Faith Cross']],
    ['Shortlisted by Grant Wooley', ['Grant Wooley']],
    ['Candidate disqualified by Hope Rivers', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Rejected by Workable Bot'],
    ['Archived by Lever System'],
    ['Evaluation by Hiring Team'],
    ['Interview scheduled with Kestrel Labs'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a hiring team member above a role of another language, and "assigned to" fields', () => {
  it.each([
    [
      'Zespół rekrutacyjny\nMiles Long\nMenedżer ds. rekrutacji\nJoy Bishop\nRekruter\nNotatki',
      ['Miles Long', 'Joy Bishop'],
    ],
    [
      'Rekryteringsteam\nJoy Bishop\nRekryterande chef\nSummer Lane\nRekryterare\nAnteckningar',
      ['Joy Bishop', 'Summer Lane'],
    ],
    ['Przypisano do: Grace Bell', ['Grace Bell']],
    ['Tilldelad: Miles Long', ['Miles Long']],
    ['Asignado a: Rose Hill', ['Rose Hill']],
    ['Assegnato a: Faith Cross', ['Faith Cross']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Stage\nFinal Round\nRekruter\nNotatki'],
    ['Team\nKestrel Labs\nRekryterare\nAnteckningar'],
    ['Przypisano do: Dział Rekrutacji'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: LinkedIn’s message screen-reader lines in other languages', () => {
  it.each([
    ['Hope Rivers envió los siguientes mensajes a las 10:42', ['Hope Rivers']],
    ['Visto por Hope Rivers a las 11:07', ['Hope Rivers']],
    ['Grace Bell ha inviato i seguenti messaggi alle 10:42', ['Grace Bell']],
    ['Visualizzato da Grace Bell alle 11:07', ['Grace Bell']],
    ['Summer Lane a envoyé les messages suivants à 10:42', ['Summer Lane']],
    ['Joy Bishop skickade följande meddelanden kl. 10:42', ['Joy Bishop']],
    ['Sett av Joy Bishop kl. 11:07', ['Joy Bishop']],
    ['Miles Long wysłał następujące wiadomości o 10:42', ['Miles Long']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Visto por todos'], ['Visualizzato da 3 persone']])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a coordinator field in other languages', () => {
  it.each([
    ['Coordinadora: Summer Lane', ['Summer Lane']],
    ['Coordinatore: Miles Long', ['Miles Long']],
    ['Koordynatorka: Joy Bishop', ['Joy Bishop']],
    ['Koordinator: Grace Bell', ['Grace Bell']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Coordinador: Recursos Humanos'], ['Koordinator: Rekrytering']])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a referral’s referrer', () => {
  it.each([
    ['Referral from Grace Bell', ['Grace Bell']],
    ['Grace Bell referred Summer Lane for Senior Backend Engineer', ['Grace Bell', 'Summer Lane']],
    ['Hope Rivers referred you', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Referral from LinkedIn'],
    ['Referral from Kestrel Labs'],
    ['Kestrel Labs referred a candidate'],
    ['Employee Referral Program referred you'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: the French reader label "Vu par" is no name', () => {
  it('masks the reader only', () => {
    const text = 'Messages\nVu par Summer Lane à 11:07';
    expect(found(pagePeople, text, PAGE)).toEqual(['Summer Lane']);
  });
});

describe('page-people: Recruiter’s archive button for a row', () => {
  it.each([
    ['Archive Summer, because not a fit', ['Summer']],
    ['Archive Hope Rivers, because…', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Archive all'], ['Archive Candidates, because of duplicates']])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a mention’s or a comment’s notification in other languages', () => {
  it.each([
    ['Hope Rivers te mencionó en una nota', ['Hope Rivers']],
    ['Grace Bell ti ha menzionato in una nota', ['Grace Bell']],
    ['Summer Lane vous a mentionné dans une note', ['Summer Lane']],
    ['Joy Bishop nämnde dig i en anteckning', ['Joy Bishop']],
    ['Miles Long wspomniał(a) o Tobie w notatce', ['Miles Long']],
    ['Faith Cross hat dich in einer Notiz erwähnt', ['Faith Cross']],
    ['Hope Rivers comentó', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Kestrel Labs comentó'], ['Recursos Humanos te mencionó']])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: Workday’s candidate header, the name above the candidate’s ID', () => {
  it.each([
    ['Candidate Profile\nRose Hill\nC-000123 · Applied to R-4411 Senior Backend Engineer', ['Rose Hill']],
    ['Perfil del candidato\nZorvath Klemmer\nC-99887 · Solicitud a R-4411', ['Zorvath Klemmer']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Workday\nJob Application\nC-1234'], ['Workday\nSenior Backend Engineer\nC-1234']])(
    'nothing in %s',
    (text) => {
      expect(found(pagePeople, text, PAGE)).toEqual([]);
    },
  );
});

describe('page-people: more of an activity feed’s verbs after the person', () => {
  it.each([
    ['Summer Lane archived Grace Bell · Reason: Withdrew', ['Summer Lane']],
    ['Faith Cross changed the source to Referral', ['Faith Cross']],
    ['Rose Hill viewed the application', ['Rose Hill']],
    ['Hope Rivers rejected Grace Bell', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([
    ['Kestrel Labs viewed your profile'],
    ['Hiring Team rejected the offer'],
    ['Engineering hired 3 people'],
  ])('nothing in %s', (text) => {
    expect(found(pagePeople, text, PAGE)).toEqual([]);
  });
});

describe('page-people: a scorecard’s title and its sender in other languages', () => {
  it.each([
    ['Entrevista técnica - Grace Bell', ['Grace Bell']],
    ['Colloquio tecnico - Hope Rivers', ['Hope Rivers']],
    ['Entretien technique – Summer Lane', ['Summer Lane']],
    ['Rozmowa techniczna - Joy Bishop', ['Joy Bishop']],
    ['Scorecard\nEnviado por Grace Bell el 3 nov', ['Grace Bell']],
    ['Scorecard\nInviato da Hope Rivers il 3 nov', ['Hope Rivers']],
  ])('%s', (text, expected) => {
    expect(found(pagePeople, text, PAGE)).toEqual(expected);
  });
  it.each([['Entrevista técnica - Kestrel Labs'], ['Scorecard\nEnviado por Recursos Humanos el 3 nov']])(
    'nothing in %s',
    (text) => {
      expect(found(pagePeople, text, PAGE)).toEqual([]);
    },
  );
});

describe('page-people phrase patterns', () => {
  it('every phrase pattern compiles (they are built lazily, on first try)', () => {
    const sources = phraseSources();
    expect(sources.length).toBeGreaterThan(80);
    for (const source of sources) expect(() => new RegExp(source, 'ymu')).not.toThrow();
  });
});
