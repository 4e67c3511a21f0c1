/**
 * Core types of the detection engine (recognizers → analyzer → operators). Pure TypeScript: no DOM,
 * no extension API, so the same code runs in the content script, a worker, the popup and Node.
 */

/** Entity labels. The first twelve are the blind-hiring policy's must-mask labels (bench/data/README.md). */
export const MASKED_ENTITY_TYPES = [
  'NAME',
  'EMAIL',
  'PHONE',
  'URL',
  'ADDRESS',
  'LOCATION',
  'SCHOOL',
  'GRAD_YEAR',
  'AGE',
  'TITLE',
  'NRP',
  'ID',
  /** Gendered pronouns and nouns (she, his, Mr): neutralised rather than chipped. */
  'PRONOUN',
  /** Marital or family status ("married", "2 children"). */
  'MARITAL',
  /** Proxy attributes a language model flags ("returned from maternity leave"). */
  'PROXY',
] as const;
export type EntityType = (typeof MASKED_ENTITY_TYPES)[number];

/** How a recognizer works; "llm" recognizers run only where the local model is ready. */
export type RecognizerKind = 'rule' | 'lexicon' | 'structure' | 'identity' | 'llm';

/** One finding: UTF-16 offsets into the analysed text, end exclusive. Never carries the text itself. */
export interface Span {
  start: number;
  end: number;
  label: EntityType;
  /** Confidence in [0, 1]. */
  score: number;
  /** Id of the recognizer that produced it, so the UI can say why something was masked. */
  recognizer: string;
}

/** What a recognizer is given besides the text. */
export interface AnalyzeContext {
  /** Names known for the candidate (page header, form), if any: every variant is then searched. */
  knownNames?: readonly string[];
  /** Default region for national phone formats (ISO 3166 alpha-2), e.g. "US". */
  defaultRegion?: string;
  /**
   * The text is a page's text runs joined line by line, not a document: its first line is whatever run
   * came first (an employer, a heading), so it is not read as a resume's header with the candidate's name.
   */
  pageText?: boolean;
  /**
   * The text, given as a document, reads as a recruiting page's text all the same (copied from a page,
   * `npm run detect` on a page's text): the page's own phrases are searched for people's names in it.
   */
  pageLike?: boolean;
}

/** A synchronous recognizer. */
export interface Recognizer {
  id: string;
  kind: Exclude<RecognizerKind, 'llm'>;
  entities: readonly EntityType[];
  analyze(text: string, ctx: AnalyzeContext): Span[];
}

/** An asynchronous recognizer backed by a language model. Its spans can only add masks. */
export interface AsyncRecognizer {
  id: string;
  kind: 'llm';
  entities: readonly EntityType[];
  analyze(text: string, ctx: AnalyzeContext, signal?: AbortSignal): Promise<Span[]>;
}

declare const masked: unique symbol;
/**
 * Text that has been through the anonymizer. Only utils/detect/anonymize.ts mints it, and cloud
 * routes accept nothing else.
 */
export type MaskedText = string & { readonly [masked]: true };

/**
 * Minimum score a span needs to be masked, unless the `scoreThreshold` setting says otherwise. The
 * engine is tuned and benchmarked at this value, and the setting's default is this constant.
 */
export const DEFAULT_SCORE_THRESHOLD = 0.4;
