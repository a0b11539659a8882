/**
 * The verb group of a cue verb, as the speaker searches step back over it.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';

/**
 * The first token of the verb group ending at verb `v`: the auxiliaries and
 * adverbs right before it, not going back to `floor` ("has since said" -> "has").
 */
export function verbGroupStart(doc: Doc, v: number, floor: number): number {
  let first = v;
  while (first - 1 > floor && (tokenAt(doc, first - 1).pos === 'AUX' || tokenAt(doc, first - 1).pos === 'ADV')) first--;
  return first;
}
