/** Consistent pseudonyms: the same person gets the same neutral alias ("Candidate K7QF") everywhere. */
import type { Operator } from './index';

/**
 * A name and its possessive ending, kept so the sentence still reads ("Doe's work" → "Candidate K7QF's work").
 * @example splitPossessive("Gonzalez's") // ["Gonzalez", "'s"]
 */
export function splitPossessive(name: string): [string, string] {
  const m = /(?<=\p{L})['’]s?$/u.exec(name);
  return m ? [name.slice(0, m.index), m[0]] : [name, ''];
}

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
    if (label !== 'NAME') return { text: vault.put(label, original, { style: 'typed' }) };
    const [name, possessive] = splitPossessive(original);
    return { text: vault.put(label, name, { style: 'alias', aliasKey }) + possessive };
  },
};
