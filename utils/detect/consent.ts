/**
 * Data-protection consent clauses that European CVs end with ("Wyrażam zgodę na przetwarzanie moich danych
 * osobowych … zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia
 * 2016 r. (RODO)", "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR").
 * Their capitalised words name laws and institutions and their dates are the laws' dates: no person's name
 * and no graduation year.
 */

import type { Span } from './types';

/** The laws such a clause cites, as written: a plain search for each rules out most texts. */
const MARKERS = ['2016/679', 'RODO', 'GDPR', 'DSGVO', 'RGPD', '196/2003', '101/2018', '2018/1725'];

/** The words that open a clause (Polish, Italian, Spanish, Portuguese, German, French, Dutch, Czech, English). */
const OPENER =
  /(?:Wyrażam zgodę|Wyrażam zgode|Oświadczam|Autorizzo|Acconsento|Do il (?:mio )?consenso|Autorizo|Consiento|Doy mi consentimiento|Ich willige|Ich bin (?:damit )?einverstanden|Hiermit willige|J['’]autorise|J['’]accepte|Ik geef toestemming|Souhlasím|Súhlasím|I (?:hereby )?(?:consent|authori[sz]e|agree))/giu;

/** The most characters a clause runs before its law's citation. */
const BEFORE = 600;
/** The most characters it runs after the citation, to the end of its sentence. */
const AFTER = 200;

/**
 * The [start, end) ranges of the text's consent clauses: from an {@link OPENER} no more than {@link BEFORE}
 * characters before a law's citation ({@link MARKERS}) to the end of the citation's sentence (a full stop
 * before white space, a blank line or {@link AFTER} characters on).
 */
export function consentClauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const marker of MARKERS) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
      const from = Math.max(0, at - BEFORE);
      OPENER.lastIndex = 0;
      const window = text.slice(from, at);
      let open = -1;
      for (let m = OPENER.exec(window); m; m = OPENER.exec(window)) open = from + m.index;
      if (open < 0) continue;
      const tail = text.slice(at, at + AFTER);
      const stop = /\.(?=\s|$)|\n[ \t]*\n/.exec(tail.slice(marker.length));
      const end = at + marker.length + (stop ? stop.index + 1 : tail.length - marker.length);
      out.push([open, end]);
    }
  }
  return out;
}

/**
 * The spans less the names the name rules were unsure of (below 0.9) and the graduation years that lie
 * inside a consent clause ({@link consentClauses}). The spans are kept as they are when the text
 * cites none of the laws.
 */
export function withoutConsentClauses(text: string, spans: Span[]): Span[] {
  let cited = false;
  for (const m of MARKERS)
    if (text.includes(m)) {
      cited = true;
      break;
    }
  if (!cited) return spans;
  const clauses = consentClauses(text);
  if (!clauses.length) return spans;
  return spans.filter(
    (s) =>
      !(
        ((s.label === 'NAME' && s.score < 0.9) || s.label === 'GRAD_YEAR') &&
        clauses.some(([a, b]) => s.start >= a && s.end <= b)
      ),
  );
}
