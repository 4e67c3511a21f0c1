/**
 * What BlindHire's PDF viewer (entrypoints/blind-pdf) shows: the attachment's text with every
 * identifier replaced as on the page (the same alias for the candidate, typed chips for the rest),
 * as pieces the viewer renders. The text is a résumé's, so it is analysed as one (its first lines
 * may be the candidate's name), with the page's policy and the names the page states.
 */
import { analyze } from '../detect/analyze';
import type { EngineSettings, PageEngine } from './engine';

/** A stretch of the masked text: as written, or a replacement with the type it stands for. */
export interface ViewPiece {
  text: string;
  /** The identifier's type ("NAME", "EMAIL", ...) for a replacement; absent for plain text. */
  label?: string;
}

/**
 * The résumé's text as pieces, identifiers replaced.
 * @example maskedPieces('Ilse Marwood\nJava', ['Ilse Marwood'], engine, settings) // [{ text: 'Candidate K7QF', label: 'NAME' }, { text: '\nJava' }]
 */
export function maskedPieces(
  text: string,
  names: readonly string[],
  engine: PageEngine,
  settings: EngineSettings,
): ViewPiece[] {
  const spans = analyze(text, {
    threshold: settings.scoreThreshold,
    allowList: settings.allowTerms,
    denyList: settings.denyTerms,
    maskedTypes: settings.maskedTypes,
    knownNames: [...names],
  });
  const reps = engine.replace(text, spans);
  const out: ViewPiece[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    if (span.start < at) return;
    const rep = reps[i]!;
    const [replacement, end] = typeof rep === 'string' ? [rep, span.end] : [rep.text, rep.end];
    if (span.start > at) out.push({ text: text.slice(at, span.start) });
    out.push({ text: replacement, label: span.label });
    at = end;
  });
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
