/** Typed placeholders: "[EMAIL_1]", "[PHONE_2]"; the same original always gets the same one. */
import type { Operator } from './index';
import { splitPossessive } from './pseudonym';

/**
 * @example placeholder.apply({ text: 'a@b.co', start: 0, end: 6, label: 'EMAIL', ... }) // { text: "[EMAIL_1]" }
 */
export const placeholder: Operator = {
  id: 'placeholder',
  reversible: true,
  apply({ text, start, end, label, vault }) {
    const original = text.slice(start, end);
    if (label !== 'NAME') return { text: vault.put(label, original, { style: 'typed' }) };
    const [name, possessive] = splitPossessive(original);
    return { text: vault.put(label, name, { style: 'typed' }) + possessive };
  },
};
