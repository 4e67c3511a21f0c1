/** redact-pii 3.4.0, SyncRedactor with its defaults (deep import: the main entry pulls in a cloud SDK). */
import { MARKER, spansFromMasked } from './align';
import type { Detector } from './types';

export const redactPii: Detector = {
  id: 'redact-pii',
  label: 'redact-pii (SyncRedactor defaults)',
  pkg: 'redact-pii',
  async load() {
    const { SyncCompositeRedactor } = await import('redact-pii/lib/SyncCompositeRedactor');
    // Every finding becomes one marker, so the findings can be located in the original.
    const redactor = new SyncCompositeRedactor({ globalReplaceWith: MARKER });
    return (text) => spansFromMasked(text, redactor.redact(text));
  },
};
