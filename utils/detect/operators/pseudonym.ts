/** Consistent pseudonyms: the same person gets the same neutral alias ("Candidate K7QF") everywhere. */
import type { Operator } from './index';

/**
 * People → the vault's alias for them (variants of a known name share it). Other labels fall back to
 * a typed placeholder, since an alias only makes sense for a person.
 * @example pseudonym.apply({ text: 'Jane Doe', start: 0, end: 8, label: 'NAME', ... }) // { text: "Candidate K7QF" }
 */
export const pseudonym: Operator = {
  id: 'pseudonym',
  reversible: true,
  apply({ text, start, end, label, vault, aliasKey }) {
    const original = text.slice(start, end);
    const style = label === 'NAME' ? 'alias' : 'typed';
    return { text: vault.put(label, original, { style, aliasKey }) };
  },
};
