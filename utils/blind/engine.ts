import { analyze } from '../detect/analyze';
import { anonymize } from '../detect/anonymize';
import { knownIdentity } from '../detect/recognizers/known-identity';
import type { Span } from '../detect/types';
import { Vault } from '../detect/vault';
import type { Settings } from '../settings/schema';
import type { MaskEngine } from './engine-types';

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
  return {
    vault: store,
    aliasFor: (name) => store.addKnownName(name, { aliasKey }),
    detect(text: string, knownNames: readonly string[]): Span[] {
      return analyze(text, {
        threshold: settings.scoreThreshold,
        allowList: settings.allowTerms,
        denyList: settings.denyTerms,
        maskedTypes: settings.maskedTypes,
        knownNames: [...knownNames],
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
    replace(text: string, spans: readonly Span[]): string[] {
      const knownNames: string[] = [];
      const { items } = anonymize(text, spans, { vault: store, aliasKey, knownNames });
      if (items.length === spans.length) return items.map((i) => i.placeholder);
      // The anonymizer merged or dropped a span: replace one span at a time instead.
      return spans.map((s) => anonymize(text, [s], { vault: store, aliasKey }).items[0]?.placeholder ?? '');
    },
  };
}
