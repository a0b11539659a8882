/**
 * An adverbial phrase set off between a comma and a participle of saying:
 * "Lee spoke for an hour, at one point calling the levy ...", "The mayor,
 * during the debate saying ...". The phrase after the preposition is no
 * speaker; the subject of the sentence is.
 * @internal
 */
import type { Mention } from '../shape.js';
import { ASIDE_PREPOSITIONS } from '../../data/function-words.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';

/**
 * When `found`, the phrase right before the participle cue at `cueFirst`,
 * follows a comma and one of {@link ASIDE_PREPOSITIONS}, the index of that
 * comma (the clause the participle belongs to ends there); else -1.
 */
export function adjunctCommaBefore(doc: Doc, found: Mention, cueFirst: number): number {
  if (found.last !== cueFirst || !/ing$/.test(tokenAt(doc, cueFirst).lower) || found.first < 2) return -1;
  const preposition = tokenAt(doc, found.first - 1);
  if (preposition.pos !== 'ADP' || !ASIDE_PREPOSITIONS.has(preposition.lower)) return -1;
  const comma = found.first - 2;
  const t = tokenAt(doc, comma);
  return t.value === ',' && t.sent === preposition.sent ? comma : -1;
}
