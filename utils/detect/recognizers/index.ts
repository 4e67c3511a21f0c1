/**
 * The ONE list of enabled recognizers (../shared/STYLE.md §1.2). Each recognizer lives in its own
 * file whose name equals its id, with table tests in __tests__/.
 */
import type { Recognizer } from '../types';
import { address } from './address';
import { age } from './age';
import { arabicFields } from './arabic-fields';
import { cyrillicFields } from './cyrillic-fields';
import { eastAsianFields } from './east-asian-fields';
import { email } from './email';
import { gradYear } from './grad-year';
import { id } from './id';
import { jobPlace } from './job-place';
import { knownIdentity } from './known-identity';
import { location } from './location';
import { marital } from './marital';
import { nrp } from './nrp';
import { pagePeople } from './page-people';
import { personName } from './person-name';
import { personal } from './personal';
import { phone } from './phone';
import { pronoun } from './pronoun';
import { school } from './school';
import { scriptNames } from './script-names';
import { title } from './title';
import { url } from './url';

/** Every rule, lexicon, structure and identity recognizer, in the order they run. */
export const recognizers: readonly Recognizer[] = [
  email,
  phone,
  url,
  id,
  address,
  location,
  jobPlace,
  school,
  gradYear,
  age,
  title,
  nrp,
  pronoun,
  marital,
  personal,
  eastAsianFields,
  arabicFields,
  cyrillicFields,
  scriptNames,
  personName,
  pagePeople,
  knownIdentity,
];
