/**
 * People named by the fixed phrases of recruiting pages (label NAME): LinkedIn's connection degree
 * beside a name ("Maxence Quiberon\n· 3rd", "Anselm Vögeli • 3rd+"), its screen-reader and template
 * lines ("View Maxence Quiberon’s profile", "Endorsed by Hunter Rose who is highly skilled at this",
 * "Tomasz Wrzesiński is a mutual connection", "March 14, 2023, Hendrik managed Clémence directly",
 * "Delphine Marchetti sent the following messages at 11:05 AM", "Seen by … at"), and the activity
 * lines and people fields of ATS pages ("moved Yusra Al-Haddad to Final Round", "Scorecard submitted
 * by …", "Interviewer: …", "Recruiter\nMarguerite Desjardins", "Culture Add - Lorcan Mac Giolla").
 * The phrase says the slot holds a person, so a name that no lexicon holds, or whose words are
 * English words ("Summer Winters", "Grace Bishop"), is masked there; each full name found is also
 * masked wherever else it stands, and its words that are no English words wherever they stand alone.
 */

import { isKnownCompany } from '../companies';
import { fold, lexicon } from '../lexicon';
import { mailLabelAlternation } from '../mail-words';
import { escapeRegExp } from '../scan';
import type { Recognizer, Span } from '../types';
import {
  isOrdinaryWord,
  isOrgTail,
  isPlaceName,
  nameClass,
  OTHER_COLUMNS,
  PEOPLE_COLUMNS,
  ROLE_WORDS,
  SECTIONS,
  TECH,
} from '../words';
import { namesJob } from './person-name';

/** A name's word: Title Case or with inner capitals ("McAllister", "O’Neil", "Dufresne-Labbé", "Kaʻiulani"). */
const WORD = "\\p{Lu}[\\p{L}\\p{M}ʻ]*(?:['’-]\\p{L}[\\p{L}\\p{M}ʻ]+)*";
/** Lower-case particles inside a name ("de Groot", "van der Berg", "bin Salman"). */
const PARTICLE = '(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von|bin|binti|ibn|al|el|ter|ten|y|dela)';
/** A person's name: one to five words or initials ("J."), particles between them, on one line. */
const N = `(${WORD}(?:[ \\u00a0](?:${PARTICLE}[ \\u00a0]){0,3}(?:${WORD}|\\p{Lu}\\.)){0,4})`;
/** A name of two words at least (a UI's button or field may hold one word that is no name: "Email Templates"). */
const N2 = `(${WORD}(?:[ \\u00a0](?:${PARTICLE}[ \\u00a0]){0,3}(?:${WORD}|\\p{Lu}\\.)){1,4})`;
/**
 * A name written surname first, as trackers sort people ("Okonjo, Temperance"): two words and a comma
 * that end the field (a bracket, the line's end). Captured whole; {@link personRun} reads it given name first.
 */
const NS = `(${WORD}, ${WORD})(?=[ \\t]*(?:[()]|\\r?\\n|$))`;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * A comment's or a note's date after its author's name: a month and a day ("Nov 3", "3 Nov 2026"), a
 * numeric date, a clock, a post's age ("2d", "3 days ago"), "Yesterday", "Today".
 */
const DATE = `(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{L}*,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.? \\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?(?: \\d{4})?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}:\\d\\d(?: ?[AaPp]\\.?[Mm]\\.?)?|Yesterday|Today|\\d{1,2}[mhdw]|\\d{1,2} (?:minutes?|hours?|days?|weeks?|months?) ago)(?:,? (?:at )?\\d{1,2}:\\d\\d(?: ?[AaPp]\\.?[Mm]\\.?)?)?`;

/** Up to four people in an e-mail's header field, each perhaps with an address, joined by commas or semicolons. */
const MAIL_PERSON = `${N}(?:[ \\t]*<[^\\s<>@]{1,64}@[^\\s<>]{1,255}>)?`;
const MAIL_LIST = `${MAIL_PERSON}(?:[ \\t]*[,;][ \\t]*${MAIL_PERSON}){0,3}[ \\t]*;?[ \\t]*`;
/** The label of an e-mail header's field, in English, German, French, Spanish, Portuguese and Dutch ({@link MAIL_LABELS}). */
const MAIL_LABEL = `(?:${mailLabelAlternation()})[ \\t]?:`;
/** The labels of the fields that hold people ("To", "From", "Von", "À", "Para", "Aan"). */
const MAIL_PEOPLE_LABEL = mailLabelAlternation((l) => l.people);

/** A person's role in brackets after the name in a list of people ("Miles Long (Hiring Manager), Joy Bishop (Finance)"). */
const ROLE = '(?:[ \\t]*\\([^)\\n]{1,40}\\))?';

/** Column headings of candidate lists that the name lexicons hold as surnames ("Stage", "Source", "Rating"). */
const COLUMN_HEADINGS = new Set(
  'stage status source applied owner recruiter job position location email phone tags rating score type date added'.split(
    ' ',
  ),
);

/** How sure a phrase is that its slot is a person, not an employer or a team. */
const STRONG = 2;
const WEAK = 1;

/**
 * Where a phrase's pattern is tried, once per occurrence of its literal: at the literal itself (the
 * pattern opens with it, or looks behind it), at the start of the literal's line, or at each capital
 * that starts a word before it (the pattern opens with the name). One sticky try each: no scan.
 */
const AT_HIT = 0;
const AT_LINE = 1;
const AT_LEAD = 2;

/** One phrase: the literals that place it, its pattern, where it is tried, its strength. */
interface Phrase {
  lits: readonly string[];
  /** The pattern's source (sticky, multiline, Unicode); compiled by {@link patternOf} when first tried. */
  source: string;
  /** The compiled pattern, once the phrase has been tried (see {@link patternOf}). */
  re: RegExp | undefined;
  at: number;
  /** STRONG: only people fill the slot; WEAK: a company or a team may too ("Northwind Cloud reposted this"). */
  strength: number;
  /** Every slot must hold a person, or the match names none ("Kestrel Labs worked with Brightpath …"). */
  whole: boolean;
  /** A place may fill the slot too ("Austin and 3 others" of a search filter): a place's name is no person there. */
  places?: boolean;
  /** A test each slot's run must pass too, or it is no person ("— Dawn Fields", not "— Remote First"). */
  check?: (run: string) => boolean;
}
const phrase = (
  lits: string | readonly string[],
  at: number,
  source: string,
  strength: number,
  whole = false,
): Phrase => ({
  lits: typeof lits === 'string' ? [lits] : lits,
  source,
  re: undefined,
  at,
  strength,
  whole,
});
const BY =
  '(?<=\\b(?:Liked|Posted|Reposted|Saved|Sourced|Referred|Pinned|Uploaded|Submitted|Added|Moved|Rejected|Archived|Reviewed|Credited|Requested|Scheduled|Followed|[Cc]ontacted|Messaged|Approved|Declined|Created|Edited|Invited|Hosted|Organi[sz]ed|Rescheduled|Cancell?ed|Disqualified|Hired|Evaluated|Interviewed|Screened|Shortlisted|Advanced|Nominated|Recommended|Assessed|Commented|Rated|Completed|Evaluation|Feedback|Comment|Scorecard)) by:? ';

/** Scorecards' overall recommendations (Greenhouse, Lever, Ashby) that a line holds alone. */
const VERDICTS = [
  'Strong Yes',
  'Strong No',
  'Strong Hire',
  'Strong No Hire',
  'No Hire',
  'Lean Hire',
  'Lean No Hire',
  'Definitely Not',
];

/** True when a word of the run is a name of the lexicons (a mailbox's "Personalabteilung", "Recursos Humanos" is none). */
const lexiconNamed = (run: string) => run.split(' ').some((w) => nameClass(w) !== null);

/** An e-mail's header field in a header block, in English and the languages of {@link MAIL_LABEL}. */
const MAIL_BLOCK: Phrase = {
  ...phrase(
    ['To:', 'From:', 'Cc:', 'CC:'],
    AT_LINE,
    `(?:(?<=^[ \\t]*${MAIL_LABEL}[^\\n]*\\n)|(?=[^\\n]*\\n[ \\t]*${MAIL_LABEL}))[ \\t]*(?:${MAIL_PEOPLE_LABEL})[ \\t]?:[ \\t]*${MAIL_LIST}$`,
    WEAK,
  ),
  check: (run: string) => run.split(' ').some((w) => nameClass(w) !== null),
};

/**
 * The labels of the people fields of ATS pages in German, French, Spanish, Portuguese, Dutch, Italian, Polish
 * and Swedish: the start that the line scan ({@link LINE_SCAN}) looks for, and the whole label as a pattern.
 */
const LOCAL_FIELD_LABELS: ReadonlyArray<readonly [string, string]> = [
  // German.
  ['Ansprechp', 'Ansprechpartner(?:in)?|Ansprechperson'],
  ['Empfohlen', 'Empfohlen von'],
  ['Verantwort', 'Verantwortlich(?:e|er)?'],
  ['Zuständig', 'Zuständig(?:e|er)?'],
  // French.
  ['Recrut', 'Recruteu(?:r|se)'],
  ['Chargé', 'Chargée? de recrutement'],
  ['Responsab', 'Responsable (?:du recrutement|RH|de (?:contratación|selección|reclutamiento))'],
  ['Recommand', 'Recommandée? par'],
  ['Coopté', 'Cooptée? par'],
  ['Évaluat', 'Évaluat(?:eur|rice)'],
  // Spanish.
  ['Reclutador', 'Reclutador(?:a)?'],
  ['Entrevistador', 'Entrevistador(?:a)?'],
  ['Referid', 'Referid[oa] por'],
  ['Recomendad', 'Recomendad[oa] por'],
  ['Evaluador', 'Evaluador(?:a)?'],
  ['Coordinador', 'Coordinador(?:a)?'],
  ['Asignad', 'Asignad[oa](?: a)?'],
  // Portuguese.
  ['Gestor', 'Gestor(?:a)? da vaga'],
  ['Recrut', 'Recrutador(?:a)?'],
  ['Indicad', 'Indicad[oa] por'],
  ['Avaliador', 'Avaliador(?:a)?'],
  ['Coordenador', 'Coordenador(?:a)?'],
  ['Responsab', 'Responsável'],
  // Dutch.
  ['Aangedragen', 'Aangedragen door'],
  ['Aanbevolen', 'Aanbevolen door'],
  ['Verantwort', 'Verantwoordelijke'],
  ['Contactpersoon', 'Contactpersoon'],
  // Italian.
  ['Intervistat', 'Intervistat(?:ore|rice)'],
  ['Referente', 'Referente'],
  ['Selezionat', 'Selezionat(?:ore|rice)'],
  ['Responsab', 'Responsabile (?:assunzioni|(?:della )?selezione|HR|recruiting)'],
  ['Segnalat', 'Segnalat[oa] da'],
  ['Valutat', 'Valutat(?:ore|rice)'],
  ['Coordinat', 'Coordinat(?:ore|rice)'],
  ['Assegnat', 'Assegnat[oa](?: a)?'],
  // Polish.
  ['Rekruter', 'Rekruter(?:ka)?'],
  ['Osoba', 'Osoba (?:polecająca|kontaktowa|rekrutująca)'],
  ['Polecon', 'Polecon[ya] przez'],
  ['Kierownik', 'Kierownik (?:rekrutacji|zespołu)'],
  ['Menedżer', 'Menedżer(?: ds\\.)? rekrutacji'],
  ['Przypisan', 'Przypisan[oay](?: do)?'],
  ['Prowadząc', 'Prowadząc[ya] (?:rozmowę|rekrutację)'],
  ['Opiekun', 'Opiekun(?:ka)?(?: rekrutacji)?'],
  ['Oceniając', 'Oceniając[ya]'],
  ['Koordynator', 'Koordynator(?:ka)?'],
  // Swedish.
  ['Rekryt', 'Rekryterare|Rekryterande chef'],
  ['Intervjuare', 'Intervjuare'],
  ['Kontaktperson', 'Kontaktperson'],
  ['Koordinator', 'Koordinator'],
  ['Ansvarig', 'Ansvarig(?: rekryterare| chef)?'],
  ['Rekommenderad', 'Rekommenderad av'],
  ['Tilldelad', 'Tilldelad(?: till)?'],
];

/**
 * The labels of an activity's author in German, French, Spanish, Portuguese, Dutch, Italian, Polish and Swedish,
 * and the words for "by" after them ("Kommentar von", "Ajouté par", "Nota di", "Dodane przez", "Tillagd av").
 */
const LOCAL_BY_LABELS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['Kommentar', 'Notiz', 'Bewertung', 'Hinzugefügt', 'Erstellt'], ['von']],
  [
    ['Commentaire', 'Note', 'Évaluation', 'Ajoutée?', 'Créée?'],
    ['de', 'par'],
  ],
  [
    ['Comentario', 'Nota', 'Evaluación(?: enviada)?', 'Añadid[oa]', 'Agregad[oa]', 'Cread[oa]', 'Enviad[oa]'],
    ['de', 'por', 'del'],
  ],
  [
    ['Comentário', 'Nota', 'Avaliação', 'Adicionad[oa]', 'Criad[oa]'],
    ['de', 'por', 'da', 'do'],
  ],
  [
    ['Notitie', 'Opmerking', 'Beoordeling', 'Toegevoegd', 'Aangemaakt'],
    ['door', 'van'],
  ],
  [
    ['Nota', 'Commento', 'Valutazione(?: inviata)?', 'Aggiunt[oa]', 'Creat[oa]', 'Caricat[oa]', 'Inviat[oa]'],
    ['di', 'da'],
  ],
  [
    ['Notatka', 'Komentarz', 'Ocena(?: dodana)?', 'Dodan[ey]', 'Utworzon[ey]', 'Przesłan[ey]'],
    ['od', 'przez'],
  ],
  [
    ['Anteckning', 'Kommentar', 'Utvärdering(?: skickad)?', 'Tillagd', 'Skapad', 'Uppladdad'],
    ['av', 'från'],
  ],
];

/** The distinct strings of the lists, in their first order, as a regular expression's alternation. */
const alternation = (lists: ReadonlyArray<readonly string[]>) => [...new Set(lists.flat())].join('|');

/**
 * The people fields of ATS pages in German, French, Spanish, Portuguese, Dutch, Italian, Polish and Swedish
 * ("Ansprechpartner:", "Recruteur :", "Entrevistador:", "Indicado por:", "Aangedragen door:", "Intervistatore:",
 * "Rekruter:", "Intervjuare:"), tried at the line starts that
 * {@link LINE_SCAN} finds: a word of the language is no English word, so a word of the value must be a
 * name of the lexicons ("Verantwortlich: Personalabteilung" stays).
 */
const LOCAL_FIELDS: Phrase = {
  ...phrase(
    [],
    AT_LINE,
    `[ \\t]*(?:${LOCAL_FIELD_LABELS.map((l) => l[1]).join('|')})(?:[ \\t]*:[ \\t]*|[ \\t]*\\n[ \\t]*)${N}(?:, ${N})?(?:, ${N})?[ \\t]*(?:\\([^)\\n]{1,40}\\))?[ \\t]*$`,
    WEAK,
  ),
  check: (run: string) => run.split(' ').some((w) => nameClass(w) !== null),
};

const PHRASES: readonly Phrase[] = [
  // LinkedIn.
  phrase('View ', AT_HIT, `\\bView ${N}['’]s? (?:full )?profile\\b`, STRONG),
  phrase(
    'mutual connection',
    AT_LEAD,
    `${N}(?:, ${N})?,? and \\d[\\d,]* others? mutual connections?\\b`,
    STRONG,
  ),
  phrase('mutual connection', AT_LEAD, `(?:${N}, )?${N},? and ${N} are mutual connections\\b`, STRONG),
  // "3 mutual connections: Grace Bell, Miles Long, and Hope Rivers".
  phrase('mutual connections: ', AT_HIT, `mutual connections: ${N}(?:, ${N})?(?:,? and ${N})?`, STRONG),
  phrase('mutual connection', AT_LEAD, `${N} is a mutual connection\\b`, STRONG),
  // The same in LinkedIn's Spanish, Italian, Portuguese, French, German, Dutch, Polish and Swedish ("Grace
  // Bell y 3 contactos en común más", "… e altri 3 collegamenti in comune", "… i 3 innych wspólnych kontaktów",
  // "… och 3 andra gemensamma kontakter").
  phrase(
    [
      ' en común',
      ' in comune',
      ' em comum',
      ' en commun',
      ' gemeinsame',
      ' gemeenschappelijke',
      ' wspóln',
      ' gemensamma',
    ],
    AT_LEAD,
    `${N}(?:, ${N})?,? (?:y|e|et|und|en|i|och) (?:\\p{L}+ )?\\d[\\d.,]* (?:\\p{L}+ ){0,2}(?:contactos? en común|collegament[oi] in comune|conex(?:ão|ões) em comum|relations? en commun|gemeinsame[n]? Kontakte?|gemeenschappelijke connecties?|wspóln(?:ych|e|y) kontakt(?:ów|y)?|gemensamma kontakter)`,
    STRONG,
  ),
  phrase('mutual connections with ', AT_HIT, `mutual connections with ${N}`, STRONG),
  phrase(' by ', AT_HIT, `(?<=\\bEndorsed) by ${N}(?= who\\b| and \\d| \\(|[ \\t]*$)`, STRONG),
  // Recommendations: "March 14, 2023, Hendrik managed Clémence directly".
  phrase(
    [', 20', ', 19'],
    AT_LINE,
    `(?:${MONTHS}) \\d{1,2}, (?:19|20)\\d\\d, ${N} (?:managed|worked with|was|were|reported directly to|studied|taught|mentored|hired|supervised)\\b(?: (?:with |senior to |directly to |a client of )?${N}(?=['’ ]|$))?`,
    STRONG,
  ),
  // The same relationship line without its date, at a line's start ("Summer Lane managed Jordan directly").
  phrase(
    [
      ' managed ',
      ' worked with ',
      ' reported directly to ',
      ' was senior to ',
      ' studied together with ',
      ' was a client of ',
    ],
    AT_LINE,
    `[ \\t]*${N} (?:managed ${N} directly|worked with ${N} (?:on the same team|but on different teams|but at different companies)|reported directly to ${N}|was senior to ${N}|studied together with ${N}|was a client of ${N})\\b`,
    STRONG,
    true,
  ),
  phrase(
    ['’s client', "'s client", '’s teacher', "'s teacher", '’s mentor', "'s mentor"],
    AT_LEAD,
    `${N} was ${N}['’]s (?:client|teacher|mentor)\\b`,
    STRONG,
    true,
  ),
  phrase('sent the following message', AT_LEAD, `${N} sent the following messages?\\b`, STRONG),
  phrase(' by ', AT_HIT, `(?<=\\bSeen) by ${N}(?= at\\b|[ \\t]*$)`, STRONG),
  // The same screen-reader lines in LinkedIn's Spanish, Italian, French, Portuguese, German, Dutch, Polish and
  // Swedish ("Hope Rivers envió los siguientes mensajes a las 10:42", "Visualizzato da Grace Bell alle 11:07").
  phrase(
    [
      ' envió ',
      ' ha inviato ',
      ' a envoyé ',
      ' enviou ',
      ' folgende',
      ' heeft de volgende',
      ' heeft het volgende',
      ' wysłał',
      ' skickade följande',
    ],
    AT_LEAD,
    `${N} (?:envió (?:los siguientes mensajes|el siguiente mensaje)|ha inviato (?:i seguenti messaggi|il seguente messaggio)|a envoyé (?:les messages suivants|le message suivant)|enviou (?:as seguintes mensagens|a seguinte mensagem)|hat (?:die )?folgenden? Nachrichten? gesendet|heeft (?:de volgende berichten|het volgende bericht) verzonden|wysłał(?:a|\\(a\\))? następując[ąe] wiadomoś(?:ci|ć)|skickade följande meddelanden?)`,
    STRONG,
  ),
  phrase(
    [
      'Visto por ',
      'Visualizzato da ',
      'Vu par ',
      'Visualizado por ',
      'Gesehen von ',
      'Gezien door ',
      'Wyświetlon',
      'Sett av ',
    ],
    AT_HIT,
    `(?:Visto por|Visualizzato da|Vu par|Visualizado por|Gesehen von|Gezien door|Wyświetlon[oa] przez|Sett av) ${N}(?= (?:a las|alle|à|às|um|om|o|kl\\.?) \\d|[ \\t]*$)`,
    STRONG,
  ),
  phrase('is typing', AT_LEAD, `${N} is typing\\b`, STRONG),
  phrase('conversation with ', AT_HIT, `conversation with ${N}`, STRONG),
  phrase('open to work', AT_LEAD, `${N} is open to work\\b`, STRONG),
  // A name with the person's pronouns after it ("Joy Fields (she/her)", ATS headers and LinkedIn's).
  phrase(
    ['(she/', '(he/', '(they/', '(She/', '(He/', '(They/', '(ze/', '(xe/'],
    AT_LEAD,
    `${N}[ \\t]*\\((?:[Ss]he|[Hh]e|[Tt]hey|ze|xe)\\/\\p{L}+(?:\\/\\p{L}+)?\\)`,
    STRONG,
  ),
  phrase('recommended ', AT_HIT, `(?<=\\b(?:people have|person has) )recommended ${N}`, STRONG),
  phrase('Others named ', AT_HIT, `Others named ${N}`, STRONG),
  phrase(' by ', AT_HIT, `(?<=\\b[Aa]ctivity) by ${N}`, STRONG),
  phrase('Contact ', AT_HIT, `Contact ${N} directly\\b`, STRONG),
  phrase('Select ', AT_LINE, `Select ${N}[ \\t]*$`, WEAK),
  // A notification of a mention or a comment in LinkedIn's and the ATSs' other languages ("Hope Rivers te
  // mencionó en una nota", "Grace Bell ti ha menzionato", "Joy Bishop nämnde dig", "Faith Cross hat dich in
  // einer Notiz erwähnt", "Hope Rivers comentó").
  phrase(
    [
      ' te menc',
      ' ti ha menz',
      ' vous a mention',
      " t'a mention",
      ' nämnde dig',
      ' wspomniał',
      ' hat dich',
      ' heeft je ',
      ' mencionou',
      ' comentó',
      ' ha commentato',
      ' a commenté',
      ' kommenterade',
      ' skomentował',
    ],
    AT_LEAD,
    `${N} (?:te (?:mencionó|ha mencionado)|ti ha menzionat[oa]|vous a mentionnée?|t'a mentionnée?|nämnde dig|wspomniał(?:a|\\(a\\))? o (?:Tobie|tobie)|hat dich (?:in \\p{L}+ \\p{L}+ )?erwähnt|heeft je (?:vermeld|genoemd)|mencionou (?:você|voce)|comentó|ha commentato|a commenté|kommenterade|skomentował(?:a|\\(a\\))?)`,
    WEAK,
  ),
  // Recruiter's per-row archive button ("Archive Summer, because not a fit").
  phrase('Archive ', AT_HIT, `Archive ${N}(?=, because\\b)`, STRONG),
  phrase(
    ' this',
    AT_LEAD,
    `${N}(?:,? and ${N})? (?:reposted|likes|liked|loves|loved|celebrates|celebrated|supports|supported|finds|found|is curious about|commented on) this\\b`,
    WEAK,
  ),
  // A reaction with an emoji, and LinkedIn's hiring badge ("Hope Fields reacted with 👍", "Hunter Stone is
  // hiring"; a page reacts and hires too, so each word is a name of the lexicons or no English word).
  {
    ...phrase([' reacted with', ' is hiring'], AT_LEAD, `${N2} (?:reacted with|is hiring)\\b`, WEAK),
    check: (run: string) => nameWords(run),
  },
  phrase('commented on a', AT_LEAD, `${N} commented on an? (?:post|comment|article)\\b`, WEAK),
  phrase(' by ', AT_HIT, `${BY}${N}`, WEAK),
  // ATS activity feeds.
  phrase('oved ', AT_HIT, `(?<=\\b[Mm])oved ${N} (?:to|from|back)\\b`, STRONG),
  // (Lever's and Greenhouse's timelines: "Stage changed by …", "Interview scheduled by …", "Email sent by …".)
  phrase(
    ' by ',
    AT_HIT,
    `(?<=\\b(?:submitted|added|left|completed|rated|changed|scheduled|sent|moved|updated|created|requested|archived|rejected|sourced|referred|uploaded|reviewed|saved|credited|messaged|followed|owned|assigned|hired|snoozed|reassigned|disqualified|evaluated|interviewed|screened|shortlisted|advanced|commented|approved|declined)) by ${N}`,
    WEAK,
  ),
  phrase(
    ['Feedback from ', 'Comment from ', 'Message from ', 'Note from ', 'Reply from ', 'Response from '],
    AT_HIT,
    `(?:Feedback|Comment|Message|Note|Reply|Response) from ${N}`,
    WEAK,
  ),
  phrase('Reply to ', AT_LINE, `[ \\t]*Reply to ${N2}[ \\t]*$`, WEAK),
  phrase(
    ['s interview', '’s interview', "s' interview", 's’ interview'],
    AT_LEAD,
    `${N2}(?:['’]s|(?<=s)['’]) interview\\b`,
    WEAK,
  ),
  phrase(
    [
      ' is the hiring ',
      ' is the recruiter',
      ' is the interviewer',
      ' is the coordinator',
      ' is the sourcer',
      ' was the hiring ',
      ' was the recruiter',
      ' was the interviewer',
    ],
    AT_LEAD,
    `${N} (?:is|was) the (?:hiring manager|recruiter|interviewer|coordinator|sourcer|hiring lead)\\b`,
    WEAK,
  ),
  // The referrer after a referral source ("Source: Referral (Rose Baker)", "Employee Referral - Rose Baker",
  // "Employee Referral: Baker, Rose").
  phrase(
    ['Referral (', 'Referral - ', 'Referral – ', 'Referral: ', 'referral (', 'referral - ', 'referral: '],
    AT_HIT,
    `[Rr]eferral(?: \\(| [-–] |: )(?:${NS}|${N2})`,
    WEAK,
  ),
  // A person written in brackets after their role, given name first ("the hiring Manager (Rose Baker)").
  // (Surname first, "her current manager (Whitcombe, Anselm)", is person-name's, in every mode.)
  phrase(
    [
      'manager (',
      'Manager (',
      'supervisor (',
      'Supervisor (',
      'recruiter (',
      'Recruiter (',
      'referee (',
      'Referee (',
      'reference (',
      'Reference (',
      'colleague (',
      'Colleague (',
      'mentor (',
      'Mentor (',
      'interviewer (',
      'Interviewer (',
      'coordinator (',
      'Coordinator (',
      'contact (',
      'Contact (',
    ],
    AT_HIT,
    `(?:[Mm]anager|[Ss]upervisor|[Rr]ecruiter|[Rr]eferee|[Rr]eference|[Cc]olleague|[Mm]entor|[Ii]nterviewer|[Cc]oordinator|[Cc]ontact) \\(${N2}\\)`,
    WEAK,
  ),
  phrase(
    [
      'oved ',
      ' changed ',
      ' added ',
      ' submitted ',
      ' sent a',
      ' rated ',
      ' scheduled ',
      ' commented',
      ' applied ',
      ' left ',
      ' archived ',
      ' unarchived ',
      ' disqualified ',
      ' rejected ',
      ' hired ',
      ' viewed ',
    ],
    AT_LINE,
    `${N} (?:moved|changed (?:the )?(?:stage|source|owner|recruiter|status|job|coordinator)|archived|unarchived|disqualified|rejected|hired|viewed (?:the |an? )?(?:application|profile|resume|candidate|scorecard)|added (?:a note|a comment|feedback|an evaluation)|submitted (?:feedback|a scorecard|an evaluation)|sent an? (?:email|message)|rated|scheduled|commented|applied (?:via|for|through|to)|left (?:a note|feedback))\\b`,
    WEAK,
  ),
  // People fields of ATS pages: "Interviewer: …", "Recruiter\n…"; a name field above its value; an
  // application's questions about people ("Previous Manager\n…", "Supervisor's Name: …", "Reference Name: …").
  phrase(
    [
      'Interviewer',
      'Recruiter',
      'Recruiting',
      'Hiring ',
      'Coordinator',
      'Owner',
      'Referrer',
      'Referred',
      'Sourcer',
      'Sourced',
      'Credited',
      'Assigned',
      'Followers',
      'Reviewer',
      'Organi',
      'Attendees',
      'Participants',
      'Panelists',
      'Approver',
      'Guests',
      'Previous ',
      'Former ',
      'Reporting ',
      'Direct ',
      'Supervisor',
      ' Name',
      ' name',
      'Name of ',
    ],
    AT_LINE,
    `(?:(?:Previous|Former|Reporting|Direct|Line) [Mm]anager|(?:Manager|Supervisor|Reference|Referee|Referrer|Emergency [Cc]ontact)(?:['’]s)? [Nn]ame|Name of (?:[Yy]our )?(?:[Mm]anager|[Ss]upervisor|[Rr]eferee|[Rr]eference)|Interviewers?|Interviewer\\(s\\)|Recruiters?|Hiring [Mm]anagers?|(?:Recruiting )?Coordinators?|Owners?|Referrer|Referred [Bb]y|Sourcer|Sourced [Bb]y|Credited [Tt]o|Assigned [Tt]o|Followers|Reviewers?|Organi[sz]er|Attendees|Participants|Panelists|Approvers?|Guests|Hiring [Tt]eam)(?:[ \\t]*:[ \\t]*|[ \\t]*\\n[ \\t]*)${N}${ROLE}(?:[,;] ${N}${ROLE})?(?:[,;] ${N}${ROLE})?[ \\t]*$`,
    WEAK,
  ),
  // A people field's change in a timeline ("Owner changed from Dawn Marsh to Joy Bishop"): tried at the
  // line starts of the people field's literals.
  phrase(
    ['Owner', 'Recruiter', 'Coordinator', 'Hiring ', 'Sourcer', 'Reviewer'],
    AT_LINE,
    `[ \\t]*(?:Owner|Recruiter|(?:Recruiting )?Coordinator|Hiring [Mm]anager|Sourcer|Assignee|Reviewer)(?: was)? (?:changed|updated|reassigned|set)(?: from ${N})? to ${N}\\b`,
    WEAK,
  ),
  // (Not a table's next column heading under "Name": "Name\nStage\nSource".)
  {
    ...phrase(
      ['Name', 'name'],
      AT_LINE,
      `(?:Full name|Candidate name|Legal name|Preferred name|Applicant name|Name)[ \\t]*\\n[ \\t]*${N}[ \\t]*$`,
      WEAK,
    ),
    check: (run: string) => run.includes(' ') || !COLUMN_HEADINGS.has(fold(run)),
  },
  // A message's signature: the writer's name on the line after the sign-off (InMail, ATS e-mails).
  phrase(
    ['egards', 'Thanks', 'Thank you', 'Best', 'Cheers', 'Sincerely', 'Warmly'],
    AT_LINE,
    `[ \\t]*(?:(?:Best|Kind|Warm|Warmest|Many) )?(?:[Rr]egards|Thanks|Thank you|Best|Cheers|Sincerely|Warmly|All the best|Best wishes)[ \\t]*[,!.]?[ \\t]*\\r?\\n[ \\t]*${N}[ \\t]*$`,
    WEAK,
  ),
  // The candidate's field, ATS buttons and headings that name the person they act on.
  phrase(
    ['Candidate', 'Applicant', 'Prospect'],
    AT_LINE,
    `(?:Candidate|Applicant|Prospect)(?: [Nn]ame)?[ \\t]*:[ \\t]*${N2}[ \\t]*$`,
    WEAK,
  ),
  // (Above its value on the next line the label may be a heading: "Candidate\nPersonal Details".)
  phrase(['Candidate', 'Applicant'], AT_LINE, `(?:Candidate|Applicant)[ \\t]*\\n[ \\t]*${N2}[ \\t]*$`, WEAK),
  phrase(
    [
      'Email ',
      'Message ',
      'Call ',
      'Reject ',
      'Advance ',
      'Archive ',
      'Hire ',
      'Schedule ',
      'Send ',
      'Request ',
    ],
    AT_LINE,
    `(?:Email|Message|Call|Reject|Advance|Archive|Hire|Schedule (?:an )?interview with|Send (?:an )?(?:email|message|InMail|text) to|Request feedback (?:on|for|from)) ${N2}(?:[ \\t]*$|, because\\b)`,
    WEAK,
  ),
  // (One word alone after a verb of an ATS's row or stage menu, where it is no English word: "Reject Keziah",
  // "Advance Ugochukwu"; "Reject Application" stays.)
  {
    ...phrase(
      ['Reject ', 'Advance ', 'Archive ', 'Hire ', 'Disqualify ', 'Shortlist '],
      AT_LINE,
      `[ \\t]*(?:Reject|Advance|Archive|Hire|Disqualify|Shortlist) (${WORD})[ \\t]*$`,
      WEAK,
    ),
    check: (run: string) => !isOrdinaryWord(run) && !BUTTON_OBJECTS.has(fold(run)),
  },
  // A stage menu's item, "Move Ugochukwu to Offer", "Move Keziah Quenby back to Screen".
  phrase('Move ', AT_LINE, `[ \\t]*Move ${N} (?:back )?to \\p{Lu}`, WEAK),
  // (One word alone after a verb that takes a person, where it is a name of the lexicons: "Message Hope", "Call Grace".)
  {
    ...phrase(
      ['Email ', 'Message ', 'Call '],
      AT_LINE,
      `[ \\t]*(?:Email|Message|Call) (${WORD})[ \\t]*$`,
      WEAK,
    ),
    check: (run: string) => nameClass(run) !== null && !BUTTON_OBJECTS.has(fold(run)),
  },
  phrase(
    [' for ', ' from '],
    AT_HIT,
    `(?<=\\b(?:Offer|Feedback|Scorecard|Interview Kit|Debrief|Reference check)) (?:for|from) ${N2}[ \\t]*$`,
    WEAK,
  ),
  phrase(
    ['s application', 's resume', 's CV', 's scorecard', 's candidacy', 's offer'],
    AT_LEAD,
    `${N2}['’]s (?:application|resume|CV|scorecard|candidacy|offer)\\b`,
    WEAK,
  ),
  // (Up to three people: "Interview with Hope Rivers and Faith Long".)
  phrase(
    ' with ',
    AT_HIT,
    `(?<=\\b(?:[Ii]nterview|[Ii]nterview (?:is )?scheduled|[Cc]all|[Cc]hat|[Ss]creen|[Mm]eeting|[Dd]esign|[Cc]oding|[Dd]ebrief|[Ss]ync|[Ll]unch|[Pp]airing|[Dd]eep [Dd]ive|[Pp]resentation|[Cc]onversation|[Ss]ession)) with ${N}(?:, ${N})?(?:,? and ${N}(?![ \\t]*\\p{Lu}))?`,
    WEAK,
  ),
  // The same in German, French, Spanish, Portuguese and Dutch ("Entrevista con Grant Wooley", "Entretien avec …",
  // "Gespräch mit …", "Entrevista com …", "Gesprek met …"); a word of the name a name of the lexicons.
  {
    ...phrase(
      ['Entre', 'espr', 'Interview m'],
      AT_HIT,
      `(?:Entrevista con|Entrevista com|Entretien avec|(?<=\\b(?:Vorstellungsg|G))espräch mit|Interview mit|(?<=\\b(?:Sollicitatieg|G))esprek met|Interview met) ${N}(?:, ${N})?(?: (?:y|e|et|und|en) ${N})?`,
      WEAK,
    ),
    check: (run: string) => run.split(' ').some((w) => nameClass(w) !== null),
  },
  // Screen-reader labels of people's pictures and links ("Summer Lane’s profile picture", "Photo of …").
  phrase(
    [
      's profile',
      '’s profile',
      's avatar',
      '’s avatar',
      's graphic link',
      '’s graphic link',
      "s' profile",
      's’ profile',
      's photo',
      "s' photo",
      's’ photo',
    ],
    AT_LEAD,
    // (A name ending in "s" may take the apostrophe alone: "Hope Rivers’ profile picture".)
    `${N}(?:['’]s|(?<=s)['’]) (?:full )?(?:profile(?: picture| photo| image)?|avatar|graphic link|photo)\\b`,
    STRONG,
  ),
  phrase(
    ['Profile picture of ', 'Profile photo of ', 'Open profile of ', 'Avatar for ', 'Avatar of '],
    AT_HIT,
    `(?:Profile picture|Profile photo|Open profile|Avatar) (?:of|for) ${N}`,
    STRONG,
  ),
  phrase(
    ['Photo of ', 'Picture of ', 'More actions for ', 'More options for '],
    AT_HIT,
    `(?:Photo|Picture|More actions|More options) (?:of|for) ${N}`,
    WEAK,
  ),
  // LinkedIn's invitation buttons and labels ("Invite Hope Rivers to connect", "Withdraw invitation sent
  // to …", "Ignore invitation from …", "Accept Hope Rivers’s invitation").
  phrase(' to connect', AT_LEAD, `(?<=\\bInvite )${N} to connect\\b`, STRONG),
  phrase(['nvitation sent to ', 'nvitation from '], AT_HIT, `nvitation (?:sent to|from) ${N}`, STRONG),
  phrase(
    ['s invitation', '’s invitation', "' invitation", '’ invitation'],
    AT_LEAD,
    `${N}(?:['’]s|(?<=s)['’]) invitation\\b`,
    STRONG,
  ),
  // A button that acts on a person, its label alone ("Follow Hope Rivers", "Add Hope Rivers to project").
  {
    ...phrase(['Follow ', 'Unfollow '], AT_LINE, `[ \\t]*(?:Un)?[Ff]ollow ${N2}[ \\t]*$`, WEAK),
    places: true,
  },
  phrase(
    [' to project', ' to pipeline', ' to a project', ' to list', ' to talent pool'],
    AT_LEAD,
    `(?<=\\b(?:Add|Save|Move) )${N2} to (?:a )?(?:project|pipeline|list|talent pool)\\b`,
    WEAK,
  ),
  phrase(' is online', AT_LEAD, `${N} is online\\b`, WEAK),
  // The viewer's own name in a list of people ("Dawn Fields (you)").
  phrase(' (you)', AT_LEAD, `${N} \\(you\\)`, STRONG),
  // People and a count of others ("Faith Long and 4 others have endorsed this skill", "Jane Doe, Hope Rivers and 3 others").
  {
    ...phrase(
      [' others', '1 other'],
      AT_LEAD,
      `${N}(?:, ${N})?,? and \\d[\\d,]* others?\\b(?! mutual)`,
      WEAK,
    ),
    places: true,
  },
  phrase(
    [' follows this', ' works here', ' viewed this profile'],
    AT_LEAD,
    `${N} (?:follows this (?:page|company)|works here|viewed this profile)\\b`,
    WEAK,
  ),
  // A recruiter adding a person to a project ("Dawn Fields added Faith Long to Backend Engineers 2025").
  phrase(' added ', AT_LINE, `[ \\t]*${N} added ${N} to\\b`, WEAK, true),
  // A mention in an ATS note or a comment ("@Faith Long can you review?"): a handle has no space, a person's name has.
  // (Placed by "@" and a capital: an e-mail's "@" and a lower-case handle's are not tried.)
  phrase(
    [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => `@${c}`),
    AT_HIT,
    `(?<![\\p{L}\\p{N}._@-])@${N2}`,
    WEAK,
  ),
  phrase('Remove ', AT_HIT, `Remove ${N2} from\\b`, WEAK),
  // Who a note or a file is shared with ("Shared with Grant Wooley and Faith Cross", "Visible to: Joy Bishop,
  // Hiring Team"): each word a name of the lexicons or no English word.
  {
    ...phrase(
      ['Shared with ', 'shared with ', 'Visible to'],
      AT_HIT,
      `(?:[Ss]hared with|Visible to:?) ${N}(?:, ${N})?(?:,? and ${N})?`,
      WEAK,
    ),
    check: (run: string) => nameWords(run),
  },
  phrase('ssigned to ', AT_HIT, `(?<=\\b(?:[Aa]|[Rr]ea))ssigned to ${N}`, WEAK),
  // LinkedIn's notifications ("Summer Lane viewed your profile", "… accepted your invitation").
  phrase(
    [
      ' viewed your',
      ' accepted your',
      ' endorsed you',
      ' mentioned you',
      ' @mentioned you',
      ' started a new position',
      ' replied to your',
      ' commented on your',
      ' reacted to your',
      ' invited you',
      ' sent you',
      ' wants to connect',
    ],
    AT_LEAD,
    `${N} (?:viewed your|accepted your|endorsed you|@?mentioned you|started a new position|replied to your|commented on your|reacted to your|invited you|sent you|wants to connect)\\b`,
    WEAK,
  ),
  // LinkedIn's notifications of a post, a birthday, a work anniversary ("Miles Long shared a post", "Sky Banks
  // posted: …", "Congratulate Will Baker on 5 years at …"); a page posts and is congratulated too, so each word
  // of the name is a name of the lexicons or no English word ("Kestrel Labs posted a job" stays).
  {
    ...phrase(
      [' shared a', ' posted'],
      AT_LEAD,
      `${N2} (?:shared an? (?:post|article|video|photo|document|link)|posted(?::| an? (?:post|article|video|photo|update)| this))`,
      WEAK,
    ),
    check: (run: string) => nameWords(run),
  },
  {
    ...phrase('Congratulate ', AT_HIT, `Congratulate ${N2} (?:on|for)\\b`, WEAK),
    check: (run: string) => nameWords(run),
  },
  phrase(
    ['Say happy birthday', 'Wish '],
    AT_LINE,
    `[ \\t]*(?:(?:Say|Wish) happy birthday to ${N}|Wish ${N} a happy birthday)\\b`,
    STRONG,
  ),
  // A person's role in brackets after the name ("Summer Lane (Recruiter)"), an e-mail header's sender.
  phrase(
    ['(Recruiter', '(Hiring ', '(Interviewer', '(Coordinator', '(Sourcer', '(Recruiting '],
    AT_LEAD,
    `${N} \\((?:Recruiter|Hiring [Mm]anager|Interviewer|(?:Recruiting )?Coordinator|Sourcer|Recruiting \\p{Lu}\\p{Ll}+)\\)`,
    WEAK,
  ),
  phrase(' <', AT_LEAD, `${N} <[^\\s<>@]{1,64}@[^\\s<>]{1,255}>`, WEAK),
  // (Gmail's Spanish and Portuguese quote headers bracket the address: "Dawn Marsh (<dawn@…>) escribió:".)
  phrase(' (<', AT_LEAD, `${N} \\(<[^\\s<>@]{1,64}@[^\\s<>]{1,255}>\\)`, WEAK),
  // A quoted reply's header line in German, Dutch and Swedish: the verb, then the writer at the line's
  // end ("Am Di., 3. Dez. 2026 um 10:12 schrieb Anke Jansen:", "Op vr 6 dec 2026 om 09:00 schreef Femke
  // de Wit:", "Den fre 6 dec. 2026 kl 09:00 skrev Ingrid Holm:").
  {
    ...phrase(
      [' schrieb ', ' schreef ', ' skrev '],
      AT_HIT,
      ` (?:schrieb|schreef|skrev) ${N}(?:[ \\t]*\\(?<[^\\s<>@]{1,64}@[^\\s<>]{1,255}>\\)?)?[ \\t]*:[ \\t]*$`,
      WEAK,
    ),
    check: lexiconNamed,
  },
  // The same in Spanish, French, Italian, Portuguese and Polish, the writer before the verb ("…, Lucía
  // Ferrer escribió:", "…, Solène Marchand a écrit :", "Giulia Rossetti ha scritto:", "Zofia Nowicka napisał(a):").
  {
    ...phrase(
      [' escribió', ' a écrit', ' ha scritto', ' escreveu', ' napisał'],
      AT_LEAD,
      `${N}(?:[ \\t]*\\(?<[^\\s<>@]{1,64}@[^\\s<>]{1,255}>\\)?)? (?:escribió|a écrit|ha scritto|escreveu|napisał(?:a|\\(a\\))?)[ \\t]*:[ \\t]*$`,
      WEAK,
    ),
    check: lexiconNamed,
  },
  // Who an approval, feedback or a review waits for ("Pending approval from Joy Bishop", "Awaiting feedback
  // from Hope Rivers", "Feedback requested from Grant Wooley").
  phrase(
    [' approval from ', ' feedback from ', ' review from ', ' sign-off from ', ' response from '],
    AT_HIT,
    `(?<=\\b(?:[Pp]ending|[Aa]waiting|[Ww]aiting (?:for|on)|[Rr]equested|[Rr]equired)(?: an?)?) (?:approval|feedback|review|sign-off|response) from ${N}`,
    WEAK,
  ),
  phrase(
    [' requested from '],
    AT_HIT,
    `(?<=\\b(?:Approval|Feedback|Review|Scorecard|Sign-off)s?) requested from ${N}`,
    WEAK,
  ),
  // A referral's referrer ("Referral from Grace Bell", "Grace Bell referred Amara for Senior Backend Engineer").
  phrase(['Referral from '], AT_HIT, `Referral from ${N}`, WEAK),
  phrase(
    [' referred '],
    AT_LEAD,
    `${N} referred (?:${N} (?:for|to)\\b|you\\b|the candidate\\b|a candidate\\b)`,
    WEAK,
  ),
  // Ashby's credit of a candidate to a person, without a colon ("Source: LinkedIn · Credited to Joy Bishop").
  phrase('Credited', AT_HIT, `Credited to ${N}`, WEAK),
  // A scorecard's line the other way round: the interviewer, then the interview ("Faith Long · Technical
  // Interview · Strong Yes").
  phrase(
    [' · ', ' - ', ' – ', ' — '],
    AT_LINE,
    `[ \\t]*${N}[ \\t]+[-–—·•][ \\t]+[^\\n·•]{0,40}\\b(?:Interview|Screen|Screening|Debrief|Onsite|On-site|Phone Screen|Panel)\\b[^\\n]{0,40}$`,
    WEAK,
  ),
  // A comment's header: the author, a dot and the comment's age or date alone on the line ("Dawn Marsh · 2h",
  // "Grant Wooley · Nov 3 · Edited"); each word a name of the lexicons or no English word ("Phone Screen · 2d" stays).
  {
    ...phrase(
      [' · '],
      AT_LINE,
      `[ \\t]*${N2}[ \\t]+·[ \\t]+(?:\\d{1,2}(?:mo|yr)|${DATE})(?:[ \\t]+·[ \\t]+Edited)?[ \\t]*$`,
      WEAK,
    ),
    check: (run: string) => nameWords(run),
  },
  // (A scorecard's verdict: its literals place the interviewer's line above it, see verdictAuthor; the
  // pattern itself never matches there.)
  phrase(VERDICTS, AT_HIT, '(?!)', WEAK),
  // An e-mail's header fields ("To: Hope Rivers, Grace Bell", "From: Grace Bell", Outlook's "To: Hope; Faith Long").
  {
    ...phrase(
      ['To:', 'From:', 'Cc:', 'CC:', 'Bcc:', 'BCC:'],
      AT_LINE,
      `[ \\t]*(?:To|From|Cc|CC|Bcc|BCC):[ \\t]*${MAIL_LIST}$`,
      WEAK,
    ),
    places: true,
  },
  // The same fields in a header block (a line above or below holds another header's label), also as
  // German, French, Spanish, Portuguese and Dutch mail writes them ("Von:", "À :", "Para:", "Aan:", tried
  // at the line starts that {@link LINE_SCAN} finds): a place or a word of the language there is a person
  // when a word of it is a name of the lexicons ("From: Austin\nSent: …", "Von: Anke Jansen\nGesendet: …";
  // not "An: Personalabteilung").
  MAIL_BLOCK,
  // Scorecard titles: an interview, a dash, the interviewer ("Technical Interview - Rafferty Nakagawa").
  phrase(
    [' - ', ' – ', ' — ', ' · '],
    AT_LINE,
    `[^\\n]{0,40}\\b(?:[Ii]nterview|[Ss]creen|[Ss]creening|[Cc]all|[Cc]hat|[Pp]anel|[Dd]ebrief|[Aa]ssessment|Add|Fit|Onsite|On-site|Deep Dive|Round \\d|(?:Entrevista|Entretien|Colloquio|Gespräch|Rozmowa|Intervju)[^\\n\\-–—·]{0,30})[ \\t]+[-–—·][ \\t]+${N}[ \\t]*(?:$|[-–—·])`,
    WEAK,
  ),
];

/**
 * A comment or a note signed with a dash, the author's name and the date, at a line's start or (an em
 * dash) after a sentence's end: "— Dawn Fields, Nov 3", "Great call. — Marisol Teague · 2d"; not a job's
 * line, "Senior Engineer – Kestrel Labs, Nov 3". (Tried at each dash {@link dashSignatures} finds: no
 * literal of the phrases' scan, whose every added first character costs each pass.)
 */
const SIGNED_DATED = phrase(
  [],
  AT_HIT,
  `(?<=^[ \\t]*|[.!?"”)][ \\t]+)(?:—|–|--?)[ \\t]*${N}(?:,|[ \\t]+[·•|]|[ \\t]+(?:on|at))[ \\t]+${DATE}[ \\t]*$`,
  WEAK,
);
/** The same signature without its date, an em dash opening its line ("— Dawn Fields"; not "— Austin", "— Remote First"). */
const SIGNED_ALONE: Phrase = {
  ...phrase([], AT_HIT, `(?<=^[ \\t]*)(?:—|--)[ \\t]*${N}[ \\t]*$`, WEAK),
  places: true,
  check: (run: string) => nameWords(run),
};

/**
 * The phrases tried at a line start whose first character or label `lead` is at `at`: a dash that may
 * sign a comment, a mail header's label in a header block, a people field in other languages.
 */
function lineLead(text: string, at: number, lead: string, out: Span[]): void {
  const c = lead.charCodeAt(0);
  if (c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015) {
    if (tryAt(text, at, SIGNED_DATED, out) === null) tryAt(text, at, SIGNED_ALONE, out);
    // (LinkedIn's "Open to work" frame under the name: "Joy Bishop\nOpen to work\nSenior Engineer at …".)
  } else if (/^#?Open ?to ?work/i.test(lead)) threadAuthor(text, lineBounds(text, at)[0] - 1, out);
  else if (lead.endsWith('\n')) guestList(text, at + lead.length, out);
  else if (lead.startsWith('C-')) candidateIdName(text, at, out);
  else if (/\d$/.test(lead)) rowName(text, at, out);
  else if (lead.startsWith('Required') || lead.startsWith('Optional')) tryAt(text, at, INVITEES, out);
  else if (lead.endsWith(' ')) tryAt(text, at + lead.length, LOCAL_BY, out);
  else if (lead.endsWith(':')) tryAt(text, at, MAIL_BLOCK, out);
  else {
    // (A label alone on its line may be the role of the member above and the field of the one below.)
    tryAt(text, at, LOCAL_FIELDS, out);
    localRoleAfterName(text, at, out);
  }
}

/**
 * Workday's candidate header: the name alone on the line above the candidate's ID ("Rose Hill\nC-000123 ·
 * Applied to R-4411 …"), two words or more, each a name of the lexicons or no English word.
 */
function candidateIdName(text: string, at: number, out: Span[]): void {
  const [ls] = lineBounds(text, at);
  if (ls < 2) return;
  const [ps] = lineBounds(text, ls - 2);
  if (!lineStart(text, ps) || ls - ps > 80 || !nameShaped(text, ps, ls - 1)) return;
  const m = NAME_ALONE.exec(text.slice(ps, ls - 1));
  const run = m?.[1];
  if (m && run && twoNameWords(run)) push(out, ps + m.index + m[0].indexOf(run), run, WEAK);
}

/** A people field's label of another language alone on its line, a hiring team member's role there. */
const LOCAL_ROLE_LINE = new RegExp(
  `^[ \\t]*(?:${LOCAL_FIELD_LABELS.map((l) => l[1]).join('|')})[ \\t]*\\r?$`,
  'u',
);
/** A line that holds a name alone. */
const NAME_ALONE = new RegExp(`^[ \\t]*${N}[ \\t]*\\r?$`, 'u');

/**
 * A hiring team's member above the role, in German, French, Spanish, Portuguese, Dutch, Italian, Polish
 * or Swedish ("Joy Bishop\nRekruter", "Summer Lane\nRekryterare", as "Dawn Fields\nRecruiter"): the role
 * at `at` alone on its line, the name alone on the line above, two words or more, each a name of the
 * lexicons or no English word ("Final Round\nRekryterare" stays).
 */
function localRoleAfterName(text: string, at: number, out: Span[]): void {
  const [ls, le] = lineBounds(text, at);
  if (ls < 2 || !LOCAL_ROLE_LINE.test(text.slice(ls, le))) return;
  const [ps] = lineBounds(text, ls - 2);
  if (!lineStart(text, ps) || ls - ps > 80) return;
  const m = NAME_ALONE.exec(text.slice(ps, ls - 1));
  const run = m?.[1];
  if (m && run && twoNameWords(run)) push(out, ps + m.index + m[0].indexOf(run), run, WEAK);
}

/**
 * A candidate list's row above its "Applied · 5 days ago" or "Sourced · 2d" line at `at` (Workable, Lever):
 * the name on the line above, or above a line of the job and the stage ("Grant Wooley\nBackend Engineer ·
 * Applied\nApplied · 5 days ago"); two words or more, each a name of the lexicons or no English word.
 */
function rowName(text: string, at: number, out: Span[]): void {
  let le = at - 1;
  for (let k = 0; k < 2 && le > 0; k++) {
    const [ls] = lineBounds(text, le - 1);
    if (!lineStart(text, ls)) return;
    const line = text.slice(ls, le);
    const n = nameShaped(text, ls, le) ? CARD_NAME.exec(line) : null;
    const run = n?.[1];
    if (n && run?.includes(' ') && nameWords(run) && !placeRun(run)) {
      push(out, ls + n.index + n[0].indexOf(run), run, WEAK);
      return;
    }
    // (The job's and the stage's line between: "Backend Engineer · Applied".)
    const dot = line.search(/[·•]/);
    if (k > 0 || dot < 0 || !namesJob(line.slice(0, dot).trim())) return;
    le = ls - 1;
  }
}

/**
 * The author after an activity's label and its "by" in German, French, Spanish, Portuguese and Dutch, at a
 * line's start ("Kommentar von Grant Wooley", "Ajouté par Joy Bishop", "Nota de Grant Wooley · hace 2 h",
 * "Toegevoegd door …"): a word of the name a name of the lexicons ("Kommentar von Personalabteilung" stays).
 */
const LOCAL_BY: Phrase = {
  ...phrase([], AT_HIT, `${N}(?=[ \\t]*(?:$|[·•,(])| (?:el|il|le|em|am|op|den|dnia|on) \\d)`, WEAK),
  check: (run: string) => run.split(' ').some((w) => nameClass(w) !== null),
};

/** An invite's required and optional attendees ("Required: Grant Wooley; Faith Cross", "Optional attendees: …"). */
const INVITEES: Phrase = {
  ...phrase([], AT_HIT, `(?:Required|Optional)(?: attendees)?[ \\t]*:[ \\t]*${MAIL_LIST}$`, WEAK),
  check: (run: string) => nameWords(run),
};
/** A calendar's guest list line that is no guest: a response count, a guest's role or answer. */
const GUEST_STATUS =
  /^[ \t]*(?:\d{1,3} (?:yes|no|maybe|awaiting|accepted|declined|tentative)\b.*|Organi[sz]er|Optional|Required|Accepted|Declined|Tentative|Maybe|Yes|No|Awaiting(?: response)?|Going|Not going)[ \t]*$/i;

/**
 * The guests of a calendar event under their heading ("4 guests\n3 yes, 1 awaiting\nDawn Marsh\nOrganizer\nGrant
 * Wood\nOptional\nJoy Bishop"), one a line, past the lines of answers and roles, up to the first line that is neither.
 */
function guestList(text: string, from: number, out: Span[]): void {
  let ls = from;
  for (let i = 0; i < 30 && ls < text.length; i++) {
    const [, le] = lineBounds(text, ls);
    const line = text.slice(ls, le);
    if (!GUEST_STATUS.test(line)) {
      const n = LIST_NAME.exec(line);
      if (!n?.[1] || !push(out, ls + n.index + n[0].indexOf(n[1]), n[1], WEAK)) return;
    }
    ls = le + 1;
  }
}

/**
 * A connection degree as LinkedIn writes it in Spanish, Portuguese, Italian, French, Dutch, German, Polish
 * and Swedish ("· 2º", "· 3er+", "· 2°", "· 2e", "· 3e et +", "· 2.", "· 3.+", "· 2:a", "· 3:e+"), ending its
 * line: after a name on its line or on a line of its own, as "· 2nd" is.
 */
const LOCAL_DEGREE =
  /[·•][ \t\u00a0]*[123](?:º|°|er|e|\.|:[ae])(?:[ \t\u00a0]?\+|[ \t\u00a0](?:et|y|e|und|i|och) \+)?[ \t\u00a0]*(?=\r?\n|$)/g;
/** A connection degree on LinkedIn ("· 1st", "• 3rd+"), after a name on its line or on a line of its own. */
const DEGREE = /[·•][ \t\u00a0]*(?:1st|2nd|3rd\+?)(?![\p{L}\p{N}])|(?:1st|2nd|3rd\+?) degree connection/u;
/** A line holding a name and what LinkedIn writes after it (credentials, pronouns, a badge). */
const NAME_LINE = new RegExp(
  `^[ \\t]*(?:(?:Dr|Prof)\\.?[ \\t])?${N}(?:,[^\\n·•]{1,40})?(?:[ \\t]*\\([^)\\n]{1,20}\\))?[ \\t]*[^\\p{L}\\p{N}\\n]{0,8}$`,
  'u',
);
/** A badge's word after a name on its degree's line. */
const BADGE_AFTER = / (?:Premium|Verified)$/;
/** Lines LinkedIn puts between a name and its degree: pronouns, badges, presence. */
const BETWEEN =
  /^[ \t]*(?:\(?(?:she|he|they|ze|xe)\/\p{L}+\)?|Verified|Premium|Status is \p{L}+|View .{1,80} profile|[^\p{L}\p{N}]{0,4})[ \t]*$/iu;

/** Words after a button's verb that the name lexicons hold as surnames but that are no person there ("Call Back", "Email Link"). */
const BUTTON_OBJECTS = new Set([
  'back',
  'forward',
  'link',
  'both',
  'again',
  'later',
  'list',
  'now',
  'me',
  'us',
]);

/**
 * Words that fill a slot but are no person ("You reposted this", "LinkedIn Member"; the clock's "AM" before a
 * sender), and the verbs of buttons and links that open with a person's name ("Open Teodor Ashgrove’s scorecard").
 */
const NOT_PERSON = new Set(
  'you linkedin member someone anonymous private user team hiring recruiting people others all everyone none worker workers employee employees candidate candidates agency pronoun pronouns careers jobs noreply notifications support talent view project am pm accept ignore decline withdraw unassigned nobody tbd bot system automation automated autopilot integration workflow open edit hide show expand collapse remove delete select unfollow visit message email call invite reply mention'.split(
    ' ',
  ),
);
/**
 * Time zones that a calendar invite writes after the clock, before an address or a name ("10:30 AM PST
 * <calendar@…>", "9:00 AM CET Jamal Haddad <…>"): in capitals only ("Hunter West", "Art Lowe" stay names).
 */
const TIME_ZONES = new Set(
  'PST PDT PT EST EDT ET CST CDT CT MST MDT MT AKST AKDT HST UTC GMT BST CET CEST EET EEST WET IST JST KST SGT HKT AEST AEDT ACST AWST NZST NZDT BRT'.split(
    ' ',
  ),
);
/** True for a word that fills a slot but is no person's ({@link NOT_PERSON}, {@link TIME_ZONES}). */
const notPersonWord = (w: string) => NOT_PERSON.has(fold(w)) || TIME_ZONES.has(w);

/**
 * Values of ATS people fields that are a source, not a person (Workday's "Referred By\nPrior Worker",
 * "Internal", "Agency", "Job Board"), and scorecard verdicts: whole runs, folded.
 */
const NOT_PERSON_RUN = new Set([
  'prior worker',
  'former worker',
  'current worker',
  'internal',
  'external',
  'agency',
  'job board',
  'employee referral',
  'referral',
  'career site',
  'careers site',
  'career fair',
  'job fair',
  'campus recruiting',
  'company website',
  'website',
  'self',
  'other',
  'unknown',
  'not applicable',
  // Scorecard verdicts after an interview's dash ("Technical Screen · Strong Hire"): Greenhouse's,
  // Lever's and Ashby's overall recommendations.
  'strong hire',
  'hire',
  'lean hire',
  'no hire',
  'lean no hire',
  'strong no hire',
  'strong yes',
  'strong no',
  'definitely not',
  'no decision',
  // The labels above a scorecard's verdict.
  'overall recommendation',
  'overall rating',
  'recommendation',
  'final decision',
  'decision',
]);

/** How far after its line's start a phrase tried there may have its literal. */
const REACH = 120;

/**
 * The line around `at`, read at most {@link LINE_MAX} characters either way (resume text may be one
 * line of many thousand characters: a full search from every hit would cost the text's length).
 */
function lineBounds(text: string, at: number): [number, number] {
  let start = at;
  const low = Math.max(0, at - LINE_MAX);
  while (start > low && text.charCodeAt(start - 1) !== 10) start--;
  let end = at;
  const high = Math.min(text.length, at + LINE_MAX);
  while (end < high && text.charCodeAt(end) !== 10) end++;
  return [start, end];
}
const LINE_MAX = 300;

/** True when `at` starts a line. */
const lineStart = (text: string, at: number) => at === 0 || text.charCodeAt(at - 1) === 10;

/**
 * Words of an interview's or a programme's name that a people field's list or a scorecard's line may
 * hold where a person stands ("Technical Screen", "Onsite", "Summer Internship - Phone Screen").
 */
const INTERVIEW_WORDS = new Set([
  'screen',
  'screening',
  'interview',
  'interviews',
  'onsite',
  'debrief',
  'assessment',
  'loop',
  'internship',
  'intern',
  'program',
  'programme',
]);

/** True when the run names a place ("Austin", "New York", "San Francisco Bay Area", "Greater Seattle Area"). */
function placeRun(run: string): boolean {
  if (isPlaceName(run) || /\b(?:Area|Region)$/.test(run)) return true;
  const words = run.split(' ');
  return words.length > 2 && isPlaceName(`${words[0]} ${words[1]}`);
}

/** True when the run can be a person's name: no organisation or UI word; for WEAK phrases, not all English words. */
function personRun(run: string, strength: number): boolean {
  if (run.length > 70 || NOT_PERSON_RUN.has(fold(run))) return false;
  // A name written surname first ({@link NS}) is read given name first: "Okonjo, Temperance".
  const comma = run.indexOf(', ');
  // ("London, Ontario", a place and its region, is no one.)
  if (comma > 0) {
    const [surname, given] = [run.slice(0, comma), run.slice(comma + 2)];
    return !placeRun(surname) && !placeRun(given) && personRun(`${given} ${surname}`, strength);
  }
  const words = run.split(/[ \u00a0]+/);
  let plain = true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const f = fold(w.replace(/['’]s$/, ''));
    // (A tool's name inside a name is a particle: "Lorcan Mac Giolla".)
    if (NOT_PERSON.has(f) || TIME_ZONES.has(w) || isOrgTail(w)) return false;
    if (TECH.has(f) && (k === 0 || k === words.length - 1)) {
      if (!toolNamedPerson(words, k)) return false;
      plain = false;
    }
    // (A two-letter word is no name's evidence: "To" of "Open To Work" is also a surname.)
    if (/^\p{Lu}/u.test(w) && (!isOrdinaryWord(w) || (w.length > 2 && nameClass(w)))) plain = false;
    // A job in a weak slot is no person ("Recruiter\nTalent Partner"), nor an interview ("Interviewers\nTechnical Screen").
    if (strength === WEAK && (ROLE_WORDS.has(f) || INTERVIEW_WORDS.has(f))) return false;
  }
  if (words.every((w) => SECTIONS.has(fold(w)))) return false;
  if (strength === WEAK && (plain || isKnownCompany(run))) return false;
  return true;
}

/** True when each word of the run is a name of the lexicons or a word of no English list. */
const nameWords = (run: string) => run.split(/[ \u00a0]+/).every((w) => nameClass(w) || !isOrdinaryWord(w));

/** {@link nameWords} of a run of two words or more. */
const twoNameWords = (run: string) => run.includes(' ') && nameWords(run);

/** True for a word of the name lexicons (a tool's name is no name class of its own: "Julia", "Hana"). */
const inNameLexicon = (f: string) => lexicon('nameStrong').has(f) || lexicon('nameCommon').has(f);

/**
 * True when the tool word at `k` of a run is a person's name there: the word is also a given name or a
 * surname ("Ruby Chen", "Hana Sato", "Julia Jenkins") and another word of the run is a name by itself,
 * a strong name, a word in no English list, or a tool that is a strong name. "Spring Boot", "Azure
 * Cloud", "Apache Kafka", "Kafka Streams" stay tools.
 */
function toolNamedPerson(words: readonly string[], k: number): boolean {
  if (words.length < 2 || !inNameLexicon(fold(words[k]!))) return false;
  for (let j = 0; j < words.length; j++) {
    if (j === k) continue;
    const w = words[j]!;
    const f = fold(w);
    if (TECH.has(f) ? lexicon('nameStrong').has(f) : nameClass(w) === 'strong' || !isOrdinaryWord(w))
      return true;
  }
  return false;
}

/**
 * The name line that a connection degree at `at` belongs to: its own line before the marker, or the
 * line above a marker that opens its line (past pronoun and badge lines).
 */
function degreeName(text: string, at: number, out: Span[], check?: (run: string) => boolean): void {
  const [ls] = lineBounds(text, at);
  if (at - ls > REACH || !lineStart(text, ls)) return;
  const before = text.slice(ls, at);
  // (A badge before the degree on its own line, "Premium • 3rd+", leaves the name on the line above.)
  if (/\p{L}/u.test(before) && !BETWEEN.test(before)) {
    const m = NAME_LINE.exec(before.replace(/[ \t\u00a0]+$/, ''));
    // (A badge between the name and the degree is no part of the name: "Hope Rivers Premium • 2nd".)
    const run = m?.[1]?.replace(BADGE_AFTER, '');
    if (m && run && (!check || check(run))) push(out, ls + m.index + m[0].indexOf(m[1]!), run, STRONG);
    return;
  }
  let end = ls - 1;
  for (let k = 0; k < 3 && end > 0; k++) {
    const [s] = lineBounds(text, end);
    if (!lineStart(text, s)) return;
    const line = text.slice(s, end);
    const m = NAME_LINE.exec(line);
    if (m && /\p{L}/u.test(line) && !BETWEEN.test(line)) {
      if (!check || check(m[1]!)) push(out, s + m.index + m[0].indexOf(m[1]!), m[1]!, STRONG);
      return;
    }
    if (!BETWEEN.test(line)) return;
    end = s - 1;
  }
}

/** The heading of a candidate list's name column, on its own line (the line break before it included). */
const TABLE_NAME_HEADINGS = [
  '\nName\n',
  '\nCandidate\n',
  '\nCandidate name\n',
  '\nApplicant\n',
  '\nFull name\n',
];
/** The most rows of a candidate list read, and the most columns. */
const TABLE_ROWS = 200;
const TABLE_COLUMNS = 12;

/** The line that starts at `at`, and where the next one starts (-1 at the text's end). */
function lineAt(text: string, at: number): [string, number] {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? [text.slice(at), -1] : [text.slice(at, nl), nl + 1];
}

/**
 * A candidate list whose name column's heading is the line at `at` ({@link TABLE_NAME_HEADINGS}): the
 * headings that follow it, one a line ({@link PEOPLE_COLUMNS}, {@link OTHER_COLUMNS}), give the
 * columns; then each row's cells, one a line, hold the candidate's name first and people in the
 * people's columns. Rows are read while each one's first cell is a name's shape, two words or more.
 */
function candidateTable(text: string, at: number, out: Span[]): void {
  let [, pos] = lineAt(text, at);
  const people = [true];
  while (pos > 0 && people.length < TABLE_COLUMNS) {
    const [line, next] = lineAt(text, pos);
    const h = line.trim().toLowerCase();
    if (PEOPLE_COLUMNS.has(h)) people.push(true);
    else if (OTHER_COLUMNS.has(h)) people.push(false);
    else break;
    pos = next;
  }
  if (people.length < 3) return;
  for (let r = 0; r < TABLE_ROWS && pos > 0; r++) {
    const cells: Array<[number, string]> = [];
    for (let c = 0; c < people.length && pos > 0; c++) {
      const [line, next] = lineAt(text, pos);
      cells.push([pos, line]);
      pos = next;
    }
    if (cells.length < people.length) return;
    const [s0, first] = cells[0]!;
    if (!nameShaped(text, s0, s0 + first.length) || !CARD_NAME.test(first)) return;
    for (let c = 0; c < cells.length; c++) {
      if (!people[c]) continue;
      const [ls, line] = cells[c]!;
      const n = CARD_NAME.exec(line);
      const run = n?.[1];
      if (n && run?.includes(' ')) push(out, ls + n.index + n[0].indexOf(run), run, WEAK);
    }
  }
}

/**
 * The buttons only a person's card has in LinkedIn's Spanish, Portuguese, Italian, French, German, Dutch,
 * Polish and Swedish ("Conectar", "Collegati", "Se connecter", "Vernetzen", "Nawiąż kontakt", "Lägg till
 * kontakt", and their "Message" and "Pending"), as a regular expression's alternation.
 */
const PERSON_BUTTONS = [
  'Conectar|Conectar-se|Mensaje|Mensagem|Pendiente|Pendente',
  'Collegati|Messaggio|In attesa',
  'Se connecter|Envoyer un message|En attente',
  'Vernetzen|Nachricht|Ausstehend',
  'Connectie maken|Bericht|In behandeling',
  'Nawiąż kontakt|Wiadomość|Oczekujące',
  'Lägg till kontakt|Kontakta|Meddelande|Väntar',
].join('|');

/**
 * The line that ends a person's card on LinkedIn ("People you may know", "More profiles for you",
 * reactions, comments): a button only a person has ("Connect", "Message", "Pending"), or one a page has
 * too ("Follow") or a post's age ("3d", "2w • Edited"), which need a job in the headline above.
 */
const CARD_END = new RegExp(
  String.raw`\n(?:(?:(Connect|Message|Pending|View profile|${PERSON_BUTTONS})|Follow|\d{1,2}(?:m|h|d|w|mo|yr|(:\d\d ?[AP]M))|(Yesterday|Today)|((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? [\dA-Z][\d A-Za-z:,]{0,34}))[ \t]*(?:[•·][^\n]{0,30})?(?=\r?\n|$)|[ \t]*(?=([-–—―]|(?:${mailLabelAlternation((l) => l.people && l.lang !== 'en')})[ \t]?:|${alternation([LOCAL_FIELD_LABELS.map((l) => l[0])])}|C-\d{3,9}(?![A-Za-z0-9])|(?:Required|Optional)(?: attendees)?[ \t]*:|\d{1,3} guests?[ \t]*\r?\n|Guests[ \t]*\r?\n|(?:Applied|Sourced|Referred|Added|Imported|Prospected)[ \t]*[·•][ \t]*\d|#?Open ?[Tt]o ?[Ww]ork[ \t]*(?:\r?\n|$)|(?:${alternation(LOCAL_BY_LABELS.map((l) => l[0]))}) (?:${alternation(LOCAL_BY_LABELS.map((l) => l[1]))}) )))`,
  'g',
);
/**
 * The line starts found by {@link CARD_END}'s scan (one pass over the line breaks, where a literal of the
 * phrases' scan would be tried at every character): a dash that may sign a comment, a mail header's
 * label or a people field's in other languages.
 */
const LINE_SCAN = CARD_END;
/** A message's date line ({@link CARD_END}'s month or weekday group): a month's or a weekday's date ("Nov 3, 2026, 10:14 AM", "Tue, Nov 3"). */
const THREAD_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?(?:,? (?:at )?\d{1,2}:\d\d ?(?:[AP]M)?)?$/;
/**
 * The author above the date line at `at` of a message thread or a notes feed ("Dawn Marsh\nNov 3, 2026,
 * 10:14 AM\nThanks …", InMail, ATS comments): a name line of two words or more, each a name of the
 * lexicons or no English word, no place ("Phone Screen\nNov 3", "Kestrel Labs\nNov 3" stay).
 */
function threadAuthor(text: string, at: number, out: Span[]): void {
  if (at === 0) return;
  const [ls] = lineBounds(text, at - 1);
  if (!lineStart(text, ls) || !nameShaped(text, ls, at)) return;
  const n = CARD_NAME.exec(text.slice(ls, at));
  const run = n?.[1];
  if (!n || !run?.includes(' ') || !nameWords(run) || placeRun(run)) return;
  push(out, ls + n.index + n[0].indexOf(run), run, WEAK);
}
/** A recommendation's relationship line: its date, then the author's given name ("March 2, 2021, Summer worked with …"). */
const RECOMMENDATION_DATE = new RegExp(`\\n(?:${MONTHS}) \\d{1,2}, (?:19|20)\\d\\d, \\p{Lu}`, 'gu');
/** When a person applied, after "Applied ": an age, a date, or a dot before one. */
const APPLIED_WHEN =
  /^(?:\d{1,3} (?:minutes?|hours?|days?|weeks?|months?|years?) ago|\d{1,3}[mhdw] ago|on |· |• |(?:yesterday|today)\b)/i;
/** A card's name line: the name alone, or with credentials ("Faith Long, PhD", ", MBA, PMP") or LinkedIn's "• Following" after it. */
const CARD_NAME = new RegExp(
  `^[ \\t]*${N}(?:,[ \\t]*(?!USA|UAE|U\\.S\\.)(?:Ph\\.?D\\.?|\\p{Lu}\\.?\\p{Lu}[\\p{L}.-]{1,6})){0,3}[ \\t]*(?:[•·][ \\t]*Following)?[ \\t]*$`,
  'u',
);
/** Lines between a card's name and its headline: a comment's "Author", badges, pronouns. */
const CARD_BETWEEN =
  /^[ \t]*(?:Author|Verified|Premium|Top Voice|Hiring|Open to work|\(?(?:she|he|they)\/\p{L}+\)?)[ \t]*$/iu;
/** A headline that names a job: a job's word, or "at"/"@" before an employer, or a headline's bar. */
const HEADLINE_JOB = /\s(?:at|@)\s|\s\|\s/;

/**
 * People's cards: a name line, then a headline, then the card's end ({@link CARD_END}): "River
 * Stone\nData Scientist at Kestrel Labs\nConnect", "Grace Hill\nAuthor\nProduct Manager at Tidewater
 * Health\n3d". The card's shape says the line is a person, so names of English words are masked there.
 * A page's card ("Kestrel Labs\nSoftware Development\nFollow") names no job above its button.
 */
function cards(text: string, out: Span[]): void {
  CARD_END.lastIndex = 0;
  for (let m = CARD_END.exec(text); m; m = CARD_END.exec(text)) {
    const end = m.index;
    // (A line start that a dash or a label opens: the phrases tried there.)
    if (m[5] !== undefined) {
      lineLead(text, end + 1 + m[0].length - 1, m[5], out);
      continue;
    }
    // (A date or a clock alone on its line: a message's or a note's header, its author above it.)
    if (m[2] || m[3] || (m[4] && THREAD_DATE.test(m[4].trimEnd()))) {
      threadAuthor(text, end, out);
      continue;
    }
    if (m[4]) continue;
    let [hs] = lineBounds(text, end - 1);
    if (hs === 0 || !lineStart(text, hs) || end - hs > 220) continue;
    // A place's line above a person's button (a search result's "Barcelona", "Milano"): the headline is the
    // line above it, whatever its language.
    if (m[1] && hs > 1 && placeRun(text.slice(hs, end).trim())) {
      [hs] = lineBounds(text, hs - 2);
      if (hs === 0 || !lineStart(text, hs) || end - hs > 220) continue;
    }
    // The name line first (most such ends have none above their line: a feed's counts, a job's lines).
    let le = hs - 1;
    let name: RegExpExecArray | null = null;
    let ls = 0;
    // (A job's line above the card's last line, which then holds the place: "Hope Rivers\nStaff
    // Engineer\nAustin, Texas\nConnect".)
    let jobAbove = false;
    for (let k = 0; k < 3 && le > 0 && !name; k++) {
      [ls] = lineBounds(text, le - 1);
      if (!lineStart(text, ls)) break;
      const line = text.slice(ls, le);
      if (CARD_BETWEEN.test(line)) le = ls - 1;
      else if (nameShaped(text, ls, le)) {
        const n = CARD_NAME.exec(line);
        if (n?.[1] && k === 0 && !jobAbove && namesJob(n[1])) {
          jobAbove = true;
          le = ls - 1;
        } else name = n;
      } else break;
    }
    const run = name?.[1];
    if (!name || !run) continue;
    const headline = text.slice(hs, end);
    const job = () => jobAbove || HEADLINE_JOB.test(headline) || namesJob(headline);
    // A person's button: any headline with a letter, but no second name ("Wade Mercer\nSenior
    // Analyst\nPending" has a job there); a page's button or a post's age: a job's headline.
    if (m[1]) {
      if (!/\p{L}/u.test(headline)) continue;
      if (nameShaped(text, hs, end) && CARD_NAME.test(headline) && !job()) continue;
    } else if (!job()) continue;
    if (!namesJob(run) && !run.split(' ').some((w) => ROLE_WORDS.has(fold(w))))
      push(out, ls + name.index + name[0].indexOf(run), run, STRONG);
  }
  // A candidate list read one cell a line under its column headings: the names in the name's column and
  // in the people's columns ("Name\nStage\nOwner\nGrace Bell\nOnsite\nHope Rivers").
  for (const heading of TABLE_NAME_HEADINGS)
    for (let k = text.indexOf(heading); k >= 0; k = text.indexOf(heading, k + heading.length))
      candidateTable(text, k + 1, out);
  // A row of an ATS's candidate list: the name, then when the person applied ("Applied 3 days ago",
  // "Applied · 2d ago", "Applied on Mar 3"); a heading may stand there too, so English words are no name.
  for (let k = text.indexOf('\nApplied '); k > 0; k = text.indexOf('\nApplied ', k + 9)) {
    if (!APPLIED_WHEN.test(text.slice(k + 9, k + 40))) continue;
    const [ls] = lineBounds(text, k - 1);
    if (!lineStart(text, ls) || !nameShaped(text, ls, k)) continue;
    const n = CARD_NAME.exec(text.slice(ls, k));
    if (n?.[1]) push(out, ls + n.index + n[0].indexOf(n[1]), n[1], WEAK);
  }
  // A recommendation's author: the name, the headline, then the dated relationship line.
  RECOMMENDATION_DATE.lastIndex = 0;
  for (let m = RECOMMENDATION_DATE.exec(text); m; m = RECOMMENDATION_DATE.exec(text)) {
    const [hs] = lineBounds(text, m.index - 1);
    if (hs === 0 || !lineStart(text, hs)) continue;
    const [ls] = lineBounds(text, hs - 2);
    if (!lineStart(text, ls) || !nameShaped(text, ls, hs - 1)) continue;
    const n = CARD_NAME.exec(text.slice(ls, hs - 1));
    if (n?.[1]) push(out, ls + n.index + n[0].indexOf(n[1]), n[1], STRONG);
  }
  // A name above a headline that names a job and its employer ("Summer Lane\nSenior Technical Recruiter
  // at Kestrel Labs": a message thread's header, a profile's top card); a heading may stand there too,
  // so English words are no name.
  // (The last line break before each hit is followed forward, once over the text: no search back per hit.)
  let lastLine = -1;
  let nl = -1;
  let nextNl = text.indexOf('\n');
  for (let k = nextNl < 0 ? -1 : text.indexOf(' at '); k > 0; k = text.indexOf(' at ', k + 4)) {
    while (nextNl !== -1 && nextNl < k) {
      nl = nextNl;
      nextNl = text.indexOf('\n', nl + 1);
    }
    const hs = nl + 1;
    if (hs <= 0 || hs === lastLine || k - hs > REACH) continue;
    lastLine = hs;
    const [ls] = lineBounds(text, hs - 2);
    if (!lineStart(text, ls) || !nameShaped(text, ls, hs - 1)) continue;
    const [, he] = lineBounds(text, k);
    const job = text.slice(hs, k);
    if (he - hs > 160 || !(namesJob(job) || job.split(' ').some((w) => ROLE_WORDS.has(fold(w))))) continue;
    const n = CARD_NAME.exec(text.slice(ls, hs - 1));
    const run = n?.[1];
    if (run && !namesJob(run)) push(out, ls + n.index + n[0].indexOf(run), run, WEAK);
  }
  // A person's presence on the line under the name (a message thread's header: "Summer Lane\nActive now",
  // "Status is offline").
  for (const lit of PRESENCE)
    for (let k = text.indexOf(lit); k > 0; k = text.indexOf(lit, k + lit.length)) {
      const [, pe] = lineBounds(text, k + 1);
      if (pe - k > 30) continue;
      const [ls] = lineBounds(text, k - 1);
      if (!lineStart(text, ls) || !nameShaped(text, ls, k)) continue;
      const n = CARD_NAME.exec(text.slice(ls, k));
      // (Weak: a heading of English words may stand there too.)
      if (n?.[1]) push(out, ls + n.index + n[0].indexOf(n[1]), n[1], WEAK);
    }
  // A conversation in LinkedIn's message list whose last message is the other person's: the name, perhaps
  // the message's date, then the snippet under the given name ("Faith Long\nNov 27\nFaith: Thanks …").
  nl = -1;
  nextNl = text.indexOf('\n');
  for (let k = nextNl < 0 ? -1 : text.indexOf(': ', nextNl); k > 0; k = text.indexOf(': ', k + 2)) {
    while (nextNl !== -1 && nextNl < k) {
      nl = nextNl;
      nextNl = text.indexOf('\n', nl + 1);
    }
    const ss = nl + 1;
    if (k - ss < 2 || k - ss > 20) continue;
    const given = text.slice(ss, k);
    if (SNIPPET_GIVEN.test(given)) snippetAuthor(text, ss, given, out);
  }
  // A conversation in LinkedIn's message list: its name, then the last message, "You: …" when it was yours.
  for (let k = text.indexOf('\nYou: '); k > 0; k = text.indexOf('\nYou: ', k + 6)) {
    const [ls] = lineBounds(text, k - 1);
    if (!lineStart(text, ls) || !nameShaped(text, ls, k)) continue;
    const n = CARD_NAME.exec(text.slice(ls, k));
    if (n?.[1]) push(out, ls + n.index + n[0].indexOf(n[1]), n[1], STRONG);
  }
}

/** The name on the line above a verdict at `i` that its line holds alone ({@link VERDICTS}). */
function verdictAuthor(text: string, i: number, verdict: string, out: Span[]): void {
  if (!lineStart(text, i) || i < 2) return;
  const e = i + verdict.length;
  if (e < text.length && !/^[ \t]*\r?\n/.test(text.slice(e, e + 4))) return;
  const [ls] = lineBounds(text, i - 2);
  if (!lineStart(text, ls) || !nameShaped(text, ls, i - 1)) return;
  const n = CARD_NAME.exec(text.slice(ls, i - 1));
  if (n?.[1]) push(out, ls + n.index + n[0].indexOf(n[1]), n[1], WEAK);
}

/** The roles of a hiring team's members (literals of the people-field phrase, so found in its scan). */
const ROLE_LITS = ['Recruiter', 'Hiring ', 'Coordinator', 'Interviewer', 'Sourcer'];
/** A role that ends its line, from its literal on ("Recruiter", "Hiring Manager", "Recruiting Coordinator" from "Coordinator"). */
const ROLE_TO_END = /^(?:Recruiter|Hiring [Mm]anager|Coordinator|Interviewer|Sourcer)[ \t]*(?:\r?\n|$)/;
/** The name before the role: the line's start, the name, a dot, comma, bar or dash (Recruiting's "Recruiting " may stand before the role). */
const NAME_BEFORE_ROLE = new RegExp(
  `^[ \\t]*${N}[ \\t]*(?:[·•,|–—-][ \\t]*|\\n[ \\t]*)(?:Recruiting |Interview )?$`,
  'u',
);

/**
 * A hiring team's member before the role at `i` ({@link ROLE_LITS}): "Solenne Marchand · Recruiter",
 * "Hunter Green, Hiring Manager", "Dawn Fields\nRecruiter" (SmartRecruiters, Workday, Ashby). A word
 * of the name must be a name of the lexicons: an employer above or before a job ("Kestrel Dynamics -
 * Recruiter") is not.
 */
function roleAfterName(text: string, i: number, out: Span[]): void {
  if (!ROLE_TO_END.test(text.slice(i, i + 20))) return;
  // The name's line: this one, or the one above when the role opens its line.
  let ls = lineBounds(text, i)[0];
  if (!lineStart(text, ls)) return;
  const before = text.slice(ls, i);
  if (/^[ \t]*(?:(?:Recruiting|Interview)[ \t]+)?$/.test(before)) {
    if (ls < 2) return;
    ls = lineBounds(text, ls - 2)[0];
    if (!lineStart(text, ls) || i - ls > 120) return;
  }
  const m = NAME_BEFORE_ROLE.exec(text.slice(ls, i));
  const run = m?.[1];
  if (!m || !run?.includes(' ') || !run.split(' ').some((w) => nameClass(w))) return;
  push(out, ls + m.index + m[0].indexOf(run), run, WEAK);
}

/** Plural people fields that an ATS writes above their list, one person a line: the people-field phrase's literal, the label. */
const LIST_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['Interviewer', 'Interviewers'],
  ['Attendees', 'Attendees'],
  ['Participants', 'Participants'],
  ['Panelists', 'Panelists'],
  ['Followers', 'Followers'],
  ['Reviewer', 'Reviewers'],
];
/** The rest of such a label's line: a count, a colon. */
const LIST_LABEL_END = /^[ \t]*(?:\(\d{1,3}\))?[ \t]*:?[ \t]*\r?\n/;
/** A line of such a list: a name, then perhaps a role in brackets or a dot and a note ("Miles Long · Technical Screen"). */
const LIST_NAME = new RegExp(`^[ \\t]*${N}[ \\t]*(?:\\([^)\\n]{1,40}\\)|[·•–—][^\\n]{0,60})?[ \\t]*$`, 'u');

/** The names under a plural people field's label at `k` ({@link LIST_LABELS}), up to the first line that holds none. */
function peopleList(text: string, k: number, label: string, out: Span[]): void {
  if (!lineStart(text, k) && !/^[ \t]*$/.test(text.slice(lineBounds(text, k)[0], k))) return;
  const m = LIST_LABEL_END.exec(text.slice(k + label.length, k + label.length + 12));
  if (!m) return;
  let ls = k + label.length + m[0].length;
  for (let i = 0; i < 12 && ls < text.length; i++) {
    const [, le] = lineBounds(text, ls);
    const line = text.slice(ls, le);
    const n = LIST_NAME.exec(line);
    if (!n?.[1] || !push(out, ls + n.index + n[0].indexOf(n[1]), n[1], WEAK)) return;
    ls = le + 1;
  }
}

/** LinkedIn's presence lines under a person's name. */
const PRESENCE = ['\nActive now', '\nStatus is '];

/** The given name that opens a message list's snippet, before its colon ("Faith" of "Faith: Thanks …"). */
const SNIPPET_GIVEN = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** A message's date or time between a conversation's name and its snippet ("Nov 27", "10:42 AM", "Yesterday", "Mon"). */
const SNIPPET_DATE =
  /^[ \t]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}* \d{1,2}(?:, \d{4})?|\d{1,2}:\d\d(?: ?[AP]M)?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|Yesterday|Today|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d{1,2}[mhdw])[ \t]*$/u;

/**
 * The conversation's name above a snippet that opens with `given` at `ss` (past a date line): a name
 * line whose first word is that given name; both are masked (LinkedIn's message list).
 */
function snippetAuthor(text: string, ss: number, given: string, out: Span[]): void {
  let le = ss - 1;
  for (let k = 0; k < 2 && le > 0; k++) {
    const [ls] = lineBounds(text, le - 1);
    if (!lineStart(text, ls)) return;
    const line = text.slice(ls, le);
    if (k === 0 && SNIPPET_DATE.test(line)) {
      le = ls - 1;
      continue;
    }
    if (!line.startsWith(`${given} `) || !nameShaped(text, ls, le)) return;
    // (A given name of the lexicons or a word of no English list: not a field's label, "Source Details\nSource: …".)
    if (isOrdinaryWord(given) && !nameClass(given)) return;
    const n = CARD_NAME.exec(line);
    // (Each word a name of the lexicons or no English word: not "Max Salary\nMax: 150k".)
    const run = n?.[1];
    if (!run || run.split(' ').some((w) => isOrdinaryWord(w) && !nameClass(w))) return;
    if (push(out, ls + n.index + n[0].indexOf(run), run, STRONG)) push(out, ss, given, STRONG);
    return;
  }
}

/**
 * A cheap test before {@link CARD_NAME}: the line from `ls` to `le` is 3 to 70 characters long, opens
 * with a capital (after white space) and holds a space inside and no digit.
 */
function nameShaped(text: string, ls: number, le: number): boolean {
  let i = ls;
  while (i < le && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (le - i < 3 || le - i > 70) return false;
  const c = text.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c > 127 && UPPER.test(text.charAt(i))))) return false;
  let space = false;
  for (let j = i + 1; j < le; j++) {
    const d = text.charCodeAt(j);
    if (d >= 48 && d <= 57) return false;
    if (d === 32 && j + 1 < le && text.charCodeAt(j + 1) !== 32) space = true;
  }
  return space;
}

/** Adds the run as a person's name when it can be one ({@link personRun}); true when added. */
function push(out: Span[], start: number, run: string, strength: number): boolean {
  if (!personRun(run, strength)) return false;
  out.push({ start, end: start + run.length, label: 'NAME', score: 0.9, recognizer: 'page-people' });
  return true;
}

/** How far before its literal a phrase that opens with the name may start (names and a list of two). */
const LEAD_BACK = 160;

/** The start of the line that holds `at`, if it is at most {@link REACH} characters back; -1 otherwise. */
function lineStartBefore(text: string, at: number): number {
  // (A text of one line, as some extractions give a whole resume, has its only start at 0.)
  if (oneLine === text) return at <= REACH ? 0 : -1;
  for (let s = at; s >= 0 && at - s <= REACH; s--) if (lineStart(text, s)) return s;
  return -1;
}
/** The text being read when it holds no line break (set once per call of the recognizer). */
let oneLine: string | null = null;

/**
 * The phrase's compiled pattern, built on its first try. Most texts hold none of a phrase's literals, and
 * building all of about 90 patterns (most with `\p{…}` classes, each costing tens of microseconds to parse)
 * took about 100 ms of the engine's load, before the content script's first call.
 */
function patternOf(p: Phrase): RegExp {
  p.re ??= new RegExp(p.source, 'ymu');
  return p.re;
}

/** The phrase's pattern tried at `at` (sticky); the names of its match: null when it does not match, true when it names someone. */
function tryAt(text: string, at: number, p: Phrase, out: Span[], reach = at): boolean | null {
  const re = patternOf(p);
  re.lastIndex = at;
  const m = re.exec(text);
  // (A match that ends before the literal it was tried for is another's: "A (he/him), B (they/them)".)
  if (!m || m.index + m[0].length <= reach) return null;
  if (p.whole) for (let g = 1; g < m.length; g++) if (m[g] && !personRun(m[g]!, p.strength)) return false;
  if (p.places) for (let g = 1; g < m.length; g++) if (m[g] && placeRun(m[g]!)) return false;
  let pos = at;
  let named = false;
  for (let g = 1; g < m.length; g++) {
    const run = m[g];
    if (!run) continue;
    const start = text.indexOf(run, pos);
    // (A run that fails the phrase's own test names no one; the others of the match still may.)
    if ((!p.check || p.check(run)) && push(out, start, run, p.strength)) named = true;
    pos = start + run.length;
  }
  return named;
}

/** A phrase that opens with the name, tried at each capital that starts a word before its literal at `at`, on its line. */
function leadNames(text: string, at: number, p: Phrase, out: Span[]): void {
  let from = at;
  while (from > 0 && at - from < LEAD_BACK && text.charCodeAt(from - 1) !== 10) from--;
  for (let s = from; s < at; s++) {
    const c = text.charCodeAt(s);
    if (!(c >= 65 && c <= 90) && !(c > 127 && UPPER.test(text.charAt(s)))) continue;
    if (s > 0 && isWordChar(text.charCodeAt(s - 1), text.charAt(s - 1))) continue;
    const named = tryAt(text, s, p, out, at);
    // (A match that opens with a word that is no person's is tried again after it: "View Summer Lane’s profile".)
    if (named || (named === false && !notPersonWord(WORD_AT.exec(text.slice(s, s + 30))?.[0] ?? ''))) return;
  }
}

/**
 * Every whole-word occurrence of the names and words listed by their first word: one pass over the
 * text's capitalised word starts (a search per name would read the page once per name).
 */
function occurrences(text: string, byFirst: ReadonlyMap<string, readonly string[]>, out: Span[]): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 65 && c <= 90) && !(c > 127 && UPPER.test(text.charAt(i)))) continue;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1), text.charAt(i - 1))) continue;
    let j = i + 1;
    while (j < n && isWordChar(text.charCodeAt(j), text.charAt(j))) j++;
    const list = byFirst.get(text.slice(i, j));
    if (list)
      for (const what of list) {
        const end = i + what.length;
        if (text.startsWith(what, i) && !(end < n && isWordChar(text.charCodeAt(end), text.charAt(end))))
          out.push({ start: i, end, label: 'NAME', score: 0.85, recognizer: 'page-people' });
      }
    i = j;
  }
}
const UPPER = /\p{Lu}/u;
/** The word that opens a text. */
const WORD_AT = /^[\p{L}\p{M}]+/u;
const LETTER = /[\p{L}\p{M}\p{N}ʻ]/u;
/** A letter, digit or mark (ASCII answered without the regex). */
function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(ch);
}

const NO_HITS: readonly number[] = [];
/** Every literal of the phrases, longest first. */
const LITERALS = [...new Set(PHRASES.flatMap((p) => p.lits))].sort((a, b) => b.length - a.length);
/** The literals by their first character's code. */
const LITERALS_AT = new Map<number, string[]>();
for (const lit of LITERALS) {
  const c = lit.charCodeAt(0);
  const list = LITERALS_AT.get(c);
  if (list) list.push(lit);
  else LITERALS_AT.set(c, [lit]);
}
/** Any literal (one case-sensitive alternation: a single scan costs less than an \`indexOf\` pass per literal). */
const ANY_LITERAL = new RegExp(LITERALS.map(escapeRegExp).join('|'), 'g');

/**
 * Where each literal stands in the text: the same positions as searching each literal on its own, one
 * occurrence after another without overlap (each match is followed by a try one character on, so
 * literals that start inside another's match are found too).
 */
function literalHits(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  /** Where each literal's last occurrence ends (an occurrence inside it is not counted, as indexOf would skip it). */
  const ends = new Map<string, number>();
  ANY_LITERAL.lastIndex = 0;
  for (let m = ANY_LITERAL.exec(text); m; m = ANY_LITERAL.exec(text)) {
    const i = m.index;
    for (const lit of LITERALS_AT.get(text.charCodeAt(i))!) {
      if (!text.startsWith(lit, i) || i < (ends.get(lit) ?? 0)) continue;
      ends.set(lit, i + lit.length);
      const list = out.get(lit);
      if (list) list.push(i);
      else out.set(lit, [i]);
    }
    ANY_LITERAL.lastIndex = i + 1;
  }
  return out;
}

/** The page-people recognizer. */
/**
 * Every phrase's pattern source, for the test that compiles them all: the patterns are compiled only when
 * first tried (see {@link patternOf}), so a bad one would otherwise fail only on a text that reaches it.
 */
export function phraseSources(): string[] {
  return [...PHRASES, SIGNED_DATED, SIGNED_ALONE, INVITEES, LOCAL_BY, LOCAL_FIELDS].map((p) => p.source);
}

export const pagePeople: Recognizer = {
  id: 'page-people',
  kind: 'structure',
  entities: ['NAME'],
  analyze(text, ctx) {
    const out: Span[] = [];
    // The phrases are the pages' own words: documents (resumes, letters) are not searched for them,
    // unless the text reads as a page's all the same (AnalyzeContext.pageLike).
    if (!ctx?.pageText && !ctx?.pageLike) return out;
    // Each literal's positions, found in one scan for all of them (phrases share them: " by ", "oved ").
    oneLine = text.includes('\n') ? null : text;
    const found = literalHits(text);
    const hits = (lit: string): readonly number[] => found.get(lit) ?? NO_HITS;
    for (const marker of ['1st', '2nd', '3rd']) {
      for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 3)) {
        const m = DEGREE.exec(text.slice(Math.max(0, i - 3), i + 25));
        if (!m) continue;
        const at = Math.max(0, i - 3) + m.index;
        if (at > i) continue;
        degreeName(text, at, out);
      }
    }
    LOCAL_DEGREE.lastIndex = 0;
    // (Its numbers are less sure than "2nd": two words at least, each a name of the lexicons or no English
    // word; "Step · 2.", "Round · 2e" stay.)
    for (let m = LOCAL_DEGREE.exec(text); m; m = LOCAL_DEGREE.exec(text))
      degreeName(text, m.index, out, twoNameWords);
    cards(text, out);
    // (The text's first line, which no line break opens.)
    LINE_SCAN.lastIndex = 0;
    const first = LINE_SCAN.exec(`\n${text.slice(0, 40)}`);
    if (first?.index === 0 && first[5] !== undefined) lineLead(text, first[0].length - 1, first[5], out);
    for (const p of PHRASES) {
      for (const lit of p.lits) {
        // The line start tried last: a phrase tried at the line's start is tried there once.
        let tried = -1;
        for (const i of hits(lit)) {
          if (p.at === AT_HIT) tryAt(text, i, p, out);
          else if (p.at === AT_LEAD) leadNames(text, i, p, out);
          else {
            const ls = lineStartBefore(text, i);
            if (ls < 0 || ls === tried) continue;
            tried = ls;
            tryAt(text, ls, p, out);
          }
        }
      }
    }
    // A plural people field above its list, one person a line ("Interviewers\nMiles Long\nGrace Bell"):
    // its label's hits are those of the people-field phrase's literals ("Interviewer" of "Interviewers").
    for (const [lit, label] of LIST_LABELS)
      for (const i of hits(lit)) if (text.startsWith(label, i)) peopleList(text, i, label, out);
    // A scorecard's interviewer above the overall recommendation ("Technical Interview\nFaith Long\nStrong Yes").
    for (const lit of VERDICTS) for (const i of hits(lit)) verdictAuthor(text, i, lit, out);
    // A hiring team's member: the name, then the role after a dot, a comma or a dash, or on the next line.
    for (const lit of ROLE_LITS) for (const i of hits(lit)) roleAfterName(text, i, out);
    // The names found, wherever else they stand; their words that are no English words, alone.
    const byFirst = new Map<string, string[]>();
    const add = (word: string, what: string) => {
      // (Keyed by the run of letters that starts it, as the text is read: "Dufresne" of "Dufresne-Labbé".)
      const first = word.split(/[-'’]/, 1)[0]!;
      const list = byFirst.get(first);
      if (!list) byFirst.set(first, [what]);
      else if (!list.includes(what)) list.push(what);
    };
    for (const s of out) {
      const run = text.slice(s.start, s.end);
      const words = run.split(/[ \u00a0]+/);
      if (words.length > 1) add(words[0]!, run);
      for (const w of words)
        if (
          w.length >= 3 &&
          /^\p{Lu}/u.test(w) &&
          !isOrdinaryWord(w) &&
          !(words.length > 1 && TECH.has(fold(w)))
        )
          add(w, w);
    }
    if (byFirst.size) occurrences(text, byFirst, out);
    return out;
  },
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/page-people.test.ts
