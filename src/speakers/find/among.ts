/**
 * The subject counted among the people of a relative clause: "Ann Holt is
 * among those who say ...", "Tom Reyes was one of the senators who said ...".
 * The people "who say" are a group the sentence puts its subject in; the
 * subject is the one the sentence reports saying it.
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { AMONG_BETWEEN_ADVERBS } from '../../data/function-words.js';

/**
 * Where the form of "be" stands that counts its subject among `antecedent`
 * (the antecedent of a relative pronoun: "is among | those", "was one of |
 * the senators"), not before `floor`; -1 when the antecedent is not so
 * introduced. The subject ends right before the returned index.
 */
export function amongVerb(doc: Doc, antecedent: Mention, floor: number): number {
  let k = antecedent.first - 1;
  if (k < floor) return -1;
  // ("one of the senators" may be the antecedent itself, with the form of "be" right before it)
  const oneOf = tokenAt(doc, antecedent.first).lower === 'one' && tokenAt(doc, antecedent.first + 1).lower === 'of';
  if (!oneOf) {
    const word = tokenAt(doc, k).lower;
    if (word === 'among') k--;
    else if (word === 'of' && tokenAt(doc, k - 1).lower === 'one') k -= 2;
    else return -1;
  }
  while (k > floor && AMONG_BETWEEN_ADVERBS.has(tokenAt(doc, k).lower)) k--;
  const be = tokenAt(doc, k);
  return k > floor && be.lemma === 'be' && be.sent === tokenAt(doc, antecedent.first).sent ? k : -1;
}
