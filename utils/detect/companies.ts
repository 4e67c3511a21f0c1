/**
 * Well-known employers whose names read as a person's name ("Morgan Stanley", "Wells Fargo",
 * "Baker Hughes"). On a resume they are employers, which blind hiring keeps; the person-name
 * recognizer checks runs against this list so that the employer stays visible. Hand-kept from
 * public company names; lower-case, one space between words. The recruiting products BlindHire runs
 * on are here too: their pages name them everywhere ("Ashby · Candidates · Jobs", "Hello Lever team").
 */
const COMPANIES = `
morgan stanley|merrill lynch|goldman sachs|berkshire hathaway|reed elsevier|t rowe price|charles schwab
ernst & young|johnson & johnson|procter & gamble|wells fargo|baker hughes|lehman brothers|bloomberg|uber
mckinsey|bain & company|marks & spencer|john lewis|david jones|clifford chance|allen & overy|linklaters
pinsent masons|freshfields|slaughter and may|herbert smith freehills|hilton hotels|marriott|walt disney
ralph lauren|tommy hilfiger|calvin klein|hewlett packard|hewlett-packard|dow jones|warner bros|warner brothers
jack henry|robert half|morgan mckinley|michael page|adecco|randstad|manpower|kelly services
booz allen hamilton|booz allen|arthur andersen|grant thornton|mazars|baker mckenzie|dla piper|jones day
kirkland & ellis|latham & watkins|skadden|sullivan & cromwell|cravath|white & case|norton rose fulbright
tesla|chrysler|porsche|ferrari|lamborghini|mercedes-benz|mercedes|rolls-royce|rolls royce
anheuser-busch|philip morris|kraft heinz|colgate-palmolive|estee lauder
estée lauder|levi strauss|nordstrom|walgreens|lowe's|dillard's|wendy's|mcdonald's
harley-davidson|black & decker|stanley black & decker|emerson electric|honeywell|raytheon|lockheed martin|boeing
northrop grumman|pratt & whitney|siemens|bosch|schneider electric|thomson reuters|reuters
jp morgan|j.p. morgan|jpmorgan|jpmorgan chase|barclays|lloyds|hsbc|citi|citibank|schwab|fidelity
vanguard|edward jones|raymond james|stifel|piper sandler|evercore
kpmg|pwc|pricewaterhousecoopers|deloitte|accenture|capgemini|cognizant|infosys|wipro|tata|mahindra
american express|american airlines|american eagle|american eagle outfitters|american electric power
american family insurance|american tower|american international group|saudi aramco|saudi telecom
saudi airlines|british petroleum|british telecom|british council|british gas|swiss re|swiss life
scottish power|scottish widows|irish life|canadian tire|canadian pacific|canadian natural resources
dutch bros|french connection
john deere|john hancock|johnson controls|dick's sporting goods|ben & jerry's|hugo boss|louis vuitton|christian dior|yves saint laurent|michael kors|kate spade|tory burch|giorgio armani|paul smith|ted baker|marks and spencer|sainsbury's|morrisons|jimmy choo|jack wolfskin|martha stewart living
ashby|lever|greenhouse|workday|workable|smartrecruiters|teamtailor|bamboohr|jazzhr|jobvite|icims|taleo
société générale|societe generale|crédit agricole|credit agricole|crédit mutuel|credit mutuel|deutsche bank
ericsson|novo nordisk|carlsberg|jerónimo martins|jeronimo martins|škoda auto|skoda auto|pko bank polski
ping an|jardine matheson|bell canada|fletcher building|air new zealand|hugo boss
abdul latif jameel|majid al futtaim|al-futtaim
mercado libre|mercadolibre|mercado pago
marsh mclennan|marsh & mclennan|willis towers watson|towers watson|arthur j. gallagher|arthur j gallagher
eli lilly|becton dickinson|thermo fisher|thermo fisher scientific|bristol myers squibb|bristol-myers squibb
medtronic|zimmer biomet|boston scientific|johnson matthey|novartis
harris teeter|franklin templeton|janus henderson|russell investments|northern trust|t. rowe price
korn ferry|spencer stuart|heidrick & struggles|russell reynolds|russell reynolds associates|egon zehnder
kaiser permanente|mayo clinic|cleveland clinic|kellogg's|campbell soup|hormel|tyson foods
jane street|houlihan lokey|evercore|moelis|susquehanna|two sigma|de shaw|d. e. shaw
jefferies|lazard|cantor fitzgerald|greenhill|deloitte touche tohmatsu|baker tilly|crowe horwath|moore stephens
dar al-handasah|dar al handasah|asseco|asseco poland
bain capital|kohlberg kravis roberts|kkr|warburg pincus|hellman & friedman|silver lake
charles river associates|charles river laboratories|cornerstone research|oliver wyman|roland berger
simon-kucher|zs associates|l.e.k.|at kearney|alvarez & marsal|guidehouse
william blair|robert w. baird|piper jaffray|keefe bruyette & woods|sandler o'neill
ford motor|dell technologies|wendy's|kohl's|macy's|dillard's|nordstrom|albertsons
publix|safeway|walgreens boots alliance|mckesson|cardinal health|humana|cigna|anthem|elevance|aetna
lockheed|northrop|raytheon technologies|general dynamics|bae systems|leidos|saic|booz allen|mitre
eastman kodak|kodak|xerox|trane|whirlpool|maytag|black & decker
morgan lewis|morgan, lewis & bockius|sidley austin|mayer brown|hogan lovells|ropes & gray|paul hastings
davis polk|simpson thacher|cleary gottlieb|weil gotshal|gibson dunn|quinn emanuel
williams & connolly|arnold & porter|covington & burling|wilmer hale|wilmerhale
goodwin procter|perkins coie|clifford chance|bird & bird
disney|walt disney company|warner music|warner bros. discovery|leo burnett
wieden+kennedy|wieden kennedy|saatchi & saatchi|bbdo|ddb|tbwa|weber shandwick
conde nast|condé nast|bloomberg lp|reuters|dow jones|mcgraw hill|mcgraw-hill|elsevier
charles schwab|edward jones|raymond james|ameriprise|lincoln financial|john hancock|mass mutual|massmutual
black & veatch|burns & mcdonnell|kiewit|fluor|aecom|turner construction|skanska
siemens healthineers|carl zeiss|beiersdorf|merck kgaa|boehringer ingelheim
schlumberger|halliburton|baker hughes|transocean|chevron|exxonmobil|conocophillips
lowe's|home depot|best buy|dick's|ross stores|tj maxx|marshalls|old navy|levi's
toyota|toyota motor|hitachi|nokia|washington post|chicago tribune|boston globe|new york times|los angeles times
code for america|teach for america|el corte inglés|el corte ingles|park hyatt|grand hyatt|hyatt regency|leroy merlin
itaú unibanco|itau unibanco|magazine luiza|pão de açúcar|pao de acucar|casas bahia|grupo pão de açúcar
tim hortons|trader joe's|dollar general|dollar tree|family dollar|jimmy john's|carl's jr|dave & buster's|chick-fil-a
meijer|hy-vee|kroger|winn-dixie|piggly wiggly|shoppers drug mart|loblaws|sobeys
taylor wimpey|balfour beatty|morgan sindall|mott macdonald|barratt developments|barratt homes|persimmon homes
galliford try|sir robert mcalpine|berkeley group|kier group|costain|harvey nichols|jones lang lasalle
cushman & wakefield|knight frank|charles river|dyson|stryker|wrigley
`;

/** Lower case, "&" dropped, single spaces: the way a run of word tokens reads when joined. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\s*&\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const SET = new Set(
  COMPANIES.split(/[|\n]/)
    .map((c) => norm(c))
    .filter(Boolean),
);
const MAX_WORDS = 5;

/** Every word of every listed name (lower case): a word outside it can be in no listed name. */
const WORDS = new Set([...SET].flatMap((c) => c.split(' ')));

/**
 * True unless the word can be no part of a listed name. A word with no space or "&" in it reads
 * as itself in lower case once joined and normalised (the last one possibly without its "'s"),
 * so it must then be one of {@link WORDS}.
 */
export function mayBeCompanyWord(word: string): boolean {
  if (/[\s&]/.test(word)) return true;
  const w = word.toLowerCase();
  if (WORDS.has(w)) return true;
  return (w.endsWith("'s") || w.endsWith('’s')) && WORDS.has(w.slice(0, -2));
}

/** True for a well-known employer's name (any case, possessive allowed). */
export function isKnownCompany(phrase: string): boolean {
  return SET.has(norm(phrase));
}

/**
 * True when a known employer's name covers the words [from, to] of `words`, possibly with up to
 * two more words on either side ("T Rowe Price" around "Rowe Price", "Merrill Lynch" itself).
 */
export function companyAround(words: readonly string[], from: number, to: number): boolean {
  // Every phrase tried holds the words [from, to]: one word that is in no listed name settles it.
  for (let k = from; k <= to; k++) if (!mayBeCompanyWord(words[k] ?? '')) return false;
  for (let a = Math.max(0, from - 2); a <= from; a++) {
    for (let b = to; b < Math.min(words.length, to + 3) && b - a < MAX_WORDS; b++) {
      if (isKnownCompany(words.slice(a, b + 1).join(' '))) return true;
    }
  }
  return false;
}

/**
 * {@link companyAround} over tokens [from, to] of a text, with up to two tokens on either side; words
 * that no listed name holds rule it out before anything is copied.
 */
export function companyAtTokens(toks: ReadonlyArray<{ text: string }>, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!mayBeCompanyWord(toks[k]!.text)) return false;
  const base = Math.max(0, from - 2);
  const words = toks.slice(base, Math.min(toks.length, to + 3)).map((t) => t.text);
  return companyAround(words, from - base, to - base);
}
