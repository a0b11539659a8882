/**
 * A comparison after "and" or "but" between a clause and its second verb:
 * "Tom Reyes runs a farm, and like Ann Lee has spoken about water" (Reyes has
 * spoken; Ann Lee is the object of "like").
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken } from '../../prepare/lookup.js';
import { COMPARISON_PREPOSITIONS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';

/**
 * The index of "like" or "unlike" right before the phrase `found` when "and"
 * or "but" stands right before it (a comparison that opens a second verb of
 * the sentence's subject); -1 otherwise.
 */
export function likeAdjunctBefore(doc: Doc, found: Mention, floor: number): number {
  const like = found.first - 1;
  const t = maybeToken(doc, like);
  const conjunction = maybeToken(doc, like - 1);
  if (like - 1 <= floor || t === undefined || conjunction === undefined || !COMPARISON_PREPOSITIONS.has(t.lower) || conjunction.sent !== t.sent) return -1;
  return SECOND_CLAUSE_CONJUNCTIONS.has(conjunction.lower) ? like : -1;
}
