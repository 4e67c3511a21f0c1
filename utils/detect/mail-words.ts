/**
 * Words of e-mail headers and reply lines in several languages, shared by the name recognizers and the
 * analyzer's policy: the labels of a header's fields ("Von:", "De :", "Para:"), and the weekdays and
 * months of the date line a mail client writes above a quoted reply ("El mar, 3 dic 2026 a las 10:12,
 * … escribió:", "Am Di., 3. Dez. 2026 um 10:12 schrieb …:"). A leaf module: no imports.
 */

/** One label of an e-mail header's field, as mail clients write it before its colon. */
export interface MailLabel {
  /** The label as written ("Von", "Enviado el"). */
  label: string;
  /** The language's code ("en", "de", "fr", "es", "pt", "nl"; "es" also for a label that Portuguese shares). */
  lang: string;
  /** The field holds people: a sender or recipients ("From", "Von", "Para"), not a date or a subject. */
  people: boolean;
  /** A name lexicon holds the label as a name or a particle ("Von", "De", "Para"): no name before its colon. */
  nameLike: boolean;
}

const row = (lang: string, label: string, people = false, nameLike = false): MailLabel => ({
  label,
  lang,
  people,
  nameLike,
});

/**
 * The labels of an e-mail header's fields in English, German, French, Spanish, Portuguese and Dutch,
 * in the order a scan must try them (a longer label before a label that opens it: "Enviado el" before
 * "Enviado").
 */
export const MAIL_LABELS: readonly MailLabel[] = [
  row('en', 'From', true),
  row('en', 'To', true),
  row('en', 'Cc', true),
  row('en', 'CC', true),
  row('en', 'Bcc'),
  row('en', 'BCC'),
  row('en', 'Sent'),
  row('en', 'Date'),
  row('en', 'Subject'),
  row('de', 'Von', true, true),
  row('de', 'An', true, true),
  row('de', 'Kopie', true),
  row('de', 'Gesendet'),
  row('de', 'Datum'),
  row('de', 'Betreff'),
  row('fr', 'De', true, true),
  row('fr', 'À', true),
  row('fr', 'Envoyé'),
  row('fr', 'Objet'),
  row('es', 'Para', true, true),
  row('es', 'Enviado el'),
  row('es', 'Enviado'),
  row('pt', 'Enviada em'),
  row('es', 'Fecha'),
  row('es', 'Asunto'),
  row('pt', 'Assunto'),
  row('pt', 'Data'),
  row('nl', 'Van', true, true),
  row('nl', 'Aan', true, true),
  row('nl', 'Verzonden'),
  row('nl', 'Onderwerp'),
];

/**
 * The labels that a name lexicon holds too ("Von", "An", "De", "Para", "Van", "Aan"), as written: a field of
 * people in German, French, Spanish, Portuguese or Dutch; no name before its colon at a line's start.
 */
export const NAME_LIKE_MAIL_LABELS: readonly string[] = MAIL_LABELS.filter((l) => l.nameLike).map(
  (l) => l.label,
);

/**
 * A regular expression's alternation of the labels that pass `which` (no group), each as written, in
 * the order of {@link MAIL_LABELS} (a longer label before one that opens it).
 */
export function mailLabelAlternation(which: (l: MailLabel) => boolean = () => true): string {
  return MAIL_LABELS.filter(which)
    .map((l) => l.label)
    .join('|');
}

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Weekdays and months, written out and abbreviated, of the date lines of German, French, Spanish,
 * Portuguese, Italian, Dutch, Polish and Swedish mail clients and ATS timelines, lower case ("di",
 * "dez", "mar", "dic", "ven", "gru", "tis"). Many are also names, places or particles ("Di", "Mar",
 * "Mai", "Lun"): only inside a date do they count ({@link calendarInDate}).
 */
export const FOREIGN_CALENDAR = set(`
  mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag
  jan feb mär märz apr mai jun jul aug sep sept okt nov dez januar jänner februar april juni juli
  august september oktober november dezember
  lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche janv févr fév mars
  avr juin juil août déc janvier février avril juillet septembre octobre novembre décembre
  mié mie jue vie sáb sab dom lunes martes miércoles jueves viernes sábado domingo ene abr may ago
  dic enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
  diciembre
  seg ter qua qui sex segunda terça quarta quinta sexta fev set out janeiro fevereiro março maio
  junho julho setembro outubro novembro dezembro
  gio lunedì martedì mercoledì giovedì venerdì sabato domenica gen mag giu lug ott gennaio febbraio
  aprile maggio giugno luglio settembre ottobre dicembre
  ma wo vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag mrt mei januari
  februari maart augustus
  pon wt śr czw pt sob nd niedz poniedziałek wtorek środa czwartek piątek sobota niedziela sty lut
  kwi maj cze lip sie wrz paź lis gru stycznia lutego marca kwietnia maja czerwca lipca sierpnia
  września października listopada grudnia
  mån tis ons tor tors fre lör sön måndag tisdag onsdag torsdag fredag lördag söndag
`);

/** The words that open a reply's date line ("El mar, 3 dic", "Le 06/12/2026", "Am Di.,", "Op di", "Den tis", "W dniu"). */
export const REPLY_OPENERS = set('El Le Il Em Am Op Den On W');

/**
 * After a weekday or a month: a day's number or a year ("Di., 3.", "mar, 3", "dic 2026", "ven 6"), perhaps
 * after "de", "del" or "do" ("Julio de 2010", "Mayo del 2012", "Agosto de 2018").
 */
const NUMBER_AFTER = /^\.?,?[ \u00a0](?:(?:de|del|do)[ \u00a0])?\d/u;
/** Before a month: a day's number ("3 dic", "3. Dez.", "3 de dez."). */
const NUMBER_BEFORE = /\d\.?[ \u00a0](?:de[ \u00a0])?$/u;
/**
 * After a reply line's opener: perhaps "giorno" or "dniu", perhaps a weekday, then a date ("El mar, 3
 * dic", "Le 06/12/2026", "Em ter., 3 de dez.", "Il giorno ven 6 dic", "On Tue, Dec 3").
 */
const DATE_AFTER_OPENER =
  /^[ \u00a0](?:giorno[ \u00a0]|dniu[ \u00a0])?(?:(\p{L}{2,12})\.?,?[ \u00a0])?(?:\d{1,2}(?:[./-]\d{1,2}|\.?[ \u00a0](?:de[ \u00a0])?(\p{L}{3,12}))|(\p{L}{3,12})\.?[ \u00a0]\d)/u;
/** A span of one or two words: perhaps an opener, then the word that must be a weekday or a month. */
const CALENDAR_SPAN = /^(?:(\p{L}{1,3})[ \u00a0])?(\p{L}{1,12})$/u;

const isCalendar = (w: string | undefined, english: ReadonlySet<string>) =>
  w === undefined || FOREIGN_CALENDAR.has(w.toLowerCase()) || english.has(w.toLowerCase());

/**
 * True when the text from `start` to `end` is a word of a date, not a name or a place: a weekday or a
 * month ({@link FOREIGN_CALENDAR}, or `english`) beside a day's number or a year ("Am Di., 3. Dez.",
 * "El mar, 3 dic", "Op ma 2 dec."), perhaps with a reply line's opener before it in the span ("Am Mo"),
 * or such an opener alone before a date ("El 3 dic 2026", "Le 06/12/2026 à 09:00").
 */
export function calendarInDate(
  text: string,
  start: number,
  end: number,
  english: ReadonlySet<string>,
): boolean {
  if (end - start > 16) return false;
  const m = CALENDAR_SPAN.exec(text.slice(start, end));
  if (!m) return false;
  const after = text.slice(end, end + 40);
  if (m[1] === undefined && REPLY_OPENERS.has(m[2]!)) {
    const d = DATE_AFTER_OPENER.exec(after);
    return !!d && isCalendar(d[1], english) && isCalendar(d[2], english) && isCalendar(d[3], english);
  }
  if (m[1] !== undefined && !REPLY_OPENERS.has(m[1])) return false;
  if (!FOREIGN_CALENDAR.has(m[2]!.toLowerCase())) return false;
  return NUMBER_AFTER.test(after) || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
