/**
 * Neutral, consistent pseudonyms for people: "Candidate K7QF". The code is a keyed hash (HMAC-SHA256)
 * of the normalised name, so the same person gets the same alias everywhere under one key, the alias
 * reveals nothing about the name (never initials), and nobody without the key can link it back.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { normalize } from './normalize';

/** Letters and digits that cannot be confused with each other (no 0/O, 1/I/L, 5/S, 8/B). */
export const ALIAS_ALPHABET = '234679ACDEFGHJKMNPQRTUVWXYZ';
/** Length of the code after "Candidate ". */
export const ALIAS_CODE_LENGTH = 4;
/** The word every alias starts with. */
export const ALIAS_PREFIX = 'Candidate';

/**
 * Folds a name to a canonical key: invisible characters removed and look-alike letters folded (the
 * detector's own normalisation), Unicode-compatibility form, diacritics dropped, lower case, a
 * trailing possessive removed, punctuation turned into single spaces.
 * @example normaliseName("  José  O'NEIL's ") // "jose o neil"
 */
export function normaliseName(name: string): string {
  return normalize(name)
    .text.normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s?(?=\s*$)/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Name tokens after normalisation ("Jean-Luc Picard's" → ["jean", "luc", "picard"]). */
export function nameTokens(name: string): string[] {
  const folded = normaliseName(name);
  return folded ? folded.split(' ') : [];
}

function initialsOf(name: string): string {
  return nameTokens(name)
    .map((t) => t[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * The alias code (without the prefix) for a name under a key. `attempt` picks another code for the
 * same name, which the vault uses when two people collide.
 * @example aliasCode('Jane Doe', 'org-key') // "K7QF"-like, stable for this key
 */
export function aliasCode(name: string, key: string, attempt = 0): string {
  const initials = initialsOf(name);
  const keyBytes = utf8ToBytes(key || 'blindhire');
  for (let round = attempt; ; round++) {
    const mac = hmac(sha256, keyBytes, utf8ToBytes(`${round}\u0000${normaliseName(name)}`));
    let code = '';
    for (let i = 0; i < ALIAS_CODE_LENGTH; i++) {
      code += ALIAS_ALPHABET[mac[i]! % ALIAS_ALPHABET.length];
    }
    // Never let the code spell the person's initials, even by chance.
    if (initials.length < 2 || !code.includes(initials.slice(0, 2))) return code;
  }
}

/**
 * The neutral alias of a person: "Candidate " + a 4-character keyed code.
 * @example candidateAlias('Jane Doe', 'org-key') === candidateAlias('JANE DOE', 'org-key') // true
 */
export function candidateAlias(name: string, key: string, attempt = 0): string {
  return `${ALIAS_PREFIX} ${aliasCode(name, key, attempt)}`;
}

/** A regular expression source matching a well-formed alias code. */
export const ALIAS_CODE_SOURCE = `[${ALIAS_ALPHABET}]{${ALIAS_CODE_LENGTH}}`;
