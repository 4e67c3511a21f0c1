/**
 * Names known for the candidate (AnalyzeContext.knownNames, from the page header or a form): every
 * variant anywhere in the text (utils/detect/identity.ts).
 */
import { findKnownNames } from '../identity';
import type { Recognizer } from '../types';

/** The known-identity recognizer. */
export const knownIdentity: Recognizer = {
  id: 'known-identity',
  kind: 'identity',
  entities: ['NAME'],
  analyze: (text, ctx) => (ctx.knownNames?.length ? findKnownNames(text, ctx.knownNames) : []),
};

// Fixtures/Test URLs: utils/detect/recognizers/__tests__/known-identity.test.ts
