import { analyze } from '../detect/analyze';
import { type AnonymizeResult, anonymize } from '../detect/anonymize';
import { knownIdentity } from '../detect/recognizers/known-identity';
import type { Span } from '../detect/types';
import { Vault } from '../detect/vault';
import type { Settings } from '../settings/schema';
import type { MaskEngine, ReplacedSpan } from './engine-types';

/** The settings the page engine follows. */
export type EngineSettings = Pick<Settings, 'maskedTypes' | 'scoreThreshold' | 'allowTerms' | 'denyTerms'>;

/** The real page engine, plus its vault (in memory only) and the alias of a name. */
export interface PageEngine extends MaskEngine {
  vault: Vault;
  /** The candidate alias of a full name ("Candidate K7QF"), the same on every page for one key. */
  aliasFor(name: string): string;
}

/**
 * Wires the detection engine for a page: `analyze` with the policy from settings and the candidate's
 * known names, and `anonymize` with a per-page vault whose aliases are keyed by the organisation key
 * (or the per-install key), so one person gets one alias on every page and site.
 * @example const engine = createPageEngine(settings, aliasKey); engine.detect('Mail ada@x.io', []);
 */
export function createPageEngine(settings: EngineSettings, aliasKey: string, vault?: Vault): PageEngine {
  const store = vault && vault.aliasKey === aliasKey ? vault : new Vault({ aliasKey });
  /** Replacements of NAME spans by their text (the alias depends on the name alone). */
  const nameMemo = new Map<string, string>();
  /** Replaces every span with the anonymizer, with the end of what each replacement stands for. */
  const replaceAll = (text: string, spans: readonly Span[]): ReplacedSpan[] => {
    const result = anonymize(text, spans, { vault: store, aliasKey });
    if (result.items.length === spans.length) {
      const ends = consumedEnds(text, spans, result);
      return result.items.map((item, i) =>
        ends[i]! > spans[i]!.end ? { text: item.placeholder, end: ends[i]! } : item.placeholder,
      );
    }
    // The anonymizer merged or dropped a span: replace one span at a time instead.
    return spans.map((s) => {
      const one = anonymize(text, [s], { vault: store, aliasKey });
      const item = one.items[0];
      if (!item) return '';
      const end = consumedEnds(text, [s], one)[0]!;
      return end > s.end ? { text: item.placeholder, end } : item.placeholder;
    });
  };
  return {
    vault: store,
    aliasFor: (name) => store.addKnownName(name, { aliasKey }),
    linkName: (form, name) => {
      store.linkKnownName(form, name, { aliasKey });
    },
    detect(text: string, knownNames: readonly string[]): Span[] {
      return analyze(text, {
        threshold: settings.scoreThreshold,
        allowList: settings.allowTerms,
        denyList: settings.denyTerms,
        maskedTypes: settings.maskedTypes,
        knownNames: [...knownNames],
        pageText: true,
      });
    },
    detectNames(text: string, names: readonly string[]): Span[] {
      return analyze(text, {
        threshold: settings.scoreThreshold,
        allowList: settings.allowTerms,
        maskedTypes: settings.maskedTypes,
        knownNames: [...names],
        recognizers: [knownIdentity],
      });
    },
    replace(text: string, spans: readonly Span[]): ReplacedSpan[] {
      // A person's name is replaced by the alias the vault holds for it, whatever the context: the
      // same name on every row of a list is looked up once (the rest go to the anonymizer).
      const out: ReplacedSpan[] = new Array(spans.length);
      const rest: number[] = [];
      spans.forEach((s, i) => {
        const hit = s.label === 'NAME' ? nameMemo.get(text.slice(s.start, s.end)) : undefined;
        if (hit === undefined) rest.push(i);
        else out[i] = hit;
      });
      if (rest.length === 0) return out;
      let reps = replaceAll(
        text,
        rest.map((i) => spans[i]!),
      );
      // A replacement that now reaches into a span left out (it would have stopped there): do all.
      const reaches = rest.some((i, k) => {
        const r = reps[k]!;
        return typeof r !== 'string' && i + 1 < spans.length && r.end > spans[i + 1]!.start;
      });
      if (reaches && rest.length < spans.length) {
        reps = replaceAll(text, spans);
        return reps;
      }
      rest.forEach((i, k) => {
        out[i] = reps[k]!;
        const span = spans[i]!;
        if (span.label === 'NAME' && typeof reps[k] === 'string') {
          if (nameMemo.size > 5000) nameMemo.clear();
          nameMemo.set(text.slice(span.start, span.end), reps[k]);
        }
      });
      return out;
    },
  };
}

/**
 * The end, in the original text, of what each item of an anonymizer result replaced (an operator may
 * take in text after its span, up to the next span: "she prefers" → "they prefer"). Derived from the
 * output: the text between two items is copied from the original, so each item's end is the next
 * span's start minus that gap (the last one's, the text's end minus what follows it).
 */
export function consumedEnds(text: string, spans: readonly Span[], result: AnonymizeResult): number[] {
  const { items } = result;
  const out = result.text as string;
  return items.map((item, i) => {
    const next = items[i + 1];
    const end = next ? spans[i + 1]!.start - (next.start - item.end) : text.length - (out.length - item.end);
    // Anything odd (spans the anonymizer moved): the span's own end, as before.
    return end >= spans[i]!.end && end <= (spans[i + 1]?.start ?? text.length) ? end : spans[i]!.end;
  });
}
