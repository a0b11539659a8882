/**
 * Whether a stretch of tokens holds a finite verb of its own: read by the
 * content-then-cue rules and by the inserted attribution before a "that"
 * clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { APPOSITIVE_RELATIVES, FRONTED_OPENERS } from '../../data/clauses.js';

/** True when a finite verb (an auxiliary, or a verb not in -ing) stands in tokens [from, end): "Seeing him suffer led him to ...". */
export function finiteVerb(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokenAt(doc, k);
    // a verb of a relative or subordinate clause inside the phrase is not the phrase's own: "in an era where voters get ..."
    if (APPOSITIVE_RELATIVES.has(t.lower) || FRONTED_OPENERS.has(t.lower)) return false;
    const participle = /ed$/.test(t.lower) && tokenAt(doc, k - 1).pos === 'NOUN';
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && !participle && !/^\p{Lu}/u.test(t.value) && tokenAt(doc, k - 1).pos !== 'PART')) return true;
  }
  return false;
}
