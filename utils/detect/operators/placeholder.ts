/** Typed placeholders: "[EMAIL_1]", "[PHONE_2]"; the same original always gets the same one. */
import type { Operator } from './index';

/**
 * @example placeholder.apply({ text: 'a@b.co', start: 0, end: 6, label: 'EMAIL', ... }) // { text: "[EMAIL_1]" }
 */
export const placeholder: Operator = {
  id: 'placeholder',
  reversible: true,
  apply({ text, start, end, label, vault }) {
    return { text: vault.put(label, text.slice(start, end), { style: 'typed' }) };
  },
};
