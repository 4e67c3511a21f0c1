/**
 * The ONE list of enabled recognizers (../shared/STYLE.md §1.2). Each recognizer lives in its own
 * file whose name equals its id, with table tests in __tests__/.
 */
import type { Recognizer } from '../types';
import { email } from './email';
import { knownIdentity } from './known-identity';
import { location } from './location';
import { personName } from './person-name';
import { phone } from './phone';

/** Every rule, lexicon, structure and identity recognizer, in the order they run. */
export const recognizers: readonly Recognizer[] = [email, phone, location, personName, knownIdentity];
