/**
 * Words read by the noun-list rule of an object (`reported/boundary/noun-list.ts`):
 * "praised the new library, two parks and a clinic.".
 * @internal
 */
import { TIME_NOUN_SET } from './time.js';

/** Possessive pronouns, the only pronouns a listed noun phrase may hold ("her support for the plan"). */
export const LIST_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Words that open a clause or an aside rather than go on with a noun phrase:
 * relative words, "including", "then", "not", "also", and the adverbs of a
 * second predicate ("instead", "even").
 */
export const LIST_STOP_WORDS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'whether', 'including', 'then', 'not', 'also',
  'instead', 'even', 'too', 'especially', 'particularly', 'respectively', 'etc', 'than', 'so', 'yet', 'but', 'like', 'unlike', 'such',
]);

/**
 * First words of a narrator's comment after the object's comma, inside which a
 * preposition's objects may be joined by "and": ", a victory for the city and
 * its workers", ", hours after the vote and the protest" (review read83).
 */
export const LIST_COMMENT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', ...TIME_NOUN_SET]);
