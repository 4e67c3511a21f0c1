/** Redaction: the span becomes "[REDACTED]", which nothing can restore. */
import type { Operator } from './index';

/** The text every redacted span becomes. */
export const REDACTED = '[REDACTED]';

/** @example redact.apply(input) // { text: "[REDACTED]" } */
export const redact: Operator = {
  id: 'redact',
  reversible: false,
  apply() {
    return { text: REDACTED };
  },
};
