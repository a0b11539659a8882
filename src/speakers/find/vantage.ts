/**
 * Where a speaker named after an inverted cue spoke from, which is no part
 * of the speaker: '"Turn it down!" shouted one neighbour from her window'
 * (the neighbour speaks; "from her window" is the spot).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { maybeToken } from '../../prepare/lookup.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { VANTAGE_NOUNS, VANTAGE_PREPOSITIONS } from '../../data/places.js';

/**
 * True when the preposition at `k` opens a spot the speaker spoke from: one
 * of {@link VANTAGE_PREPOSITIONS}, a possessive, maybe an adjective or a
 * participle, and one of {@link VANTAGE_NOUNS} ("from her window", "at his
 * cluttered desk").
 */
export function isVantageTail(doc: Doc, k: number): boolean {
  const prep = maybeToken(doc, k);
  const owner = maybeToken(doc, k + 1);
  if (prep === undefined || owner === undefined || !VANTAGE_PREPOSITIONS.has(prep.lower) || !POSSESSIVES.has(owner.lower)) return false;
  const next = maybeToken(doc, k + 2);
  if (next !== undefined && VANTAGE_NOUNS.has(next.lower)) return true;
  const after = maybeToken(doc, k + 3);
  // (a participle may be tagged a verb or a noun: "his cluttered desk")
  const describes = next !== undefined && (next.pos === 'ADJ' || /^\p{Ll}+ed$/u.test(next.value));
  return describes && after !== undefined && VANTAGE_NOUNS.has(after.lower);
}
