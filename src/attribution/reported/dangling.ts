/**
 * Content ends of reported attributions (every category; first made for the
 * opt-in ones: thought, evidence, stance) on a coordinating conjunction: in
 * `The mayor was expected to sign the budget and, once the vote is in, cut
 * fares.` a rule that stops before the aside leaves `... the budget and`;
 * the "and" opens what comes after, and annotated news ends the content
 * before it (so for speech: "said the budget was balanced and" then an aside).
 * Run last, on the kept candidates.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { DANGLING_CONJUNCTIONS } from '../../data/clauses.js';

/**
 * Drops a coordinating conjunction outside quotation marks (and a comma
 * before it) from the end of the last part of each kept attribution in
 * `list` that is not a direct quote, when words stay before it.
 */
export function trimDanglingConjunctions(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || c.kind === 'direct' || c.parts.length === 0) continue;
    const part = c.parts[c.parts.length - 1]!;
    const first = tokenAtOrAfter(doc, part.start);
    // the last token that ends by the part's end, found by a binary search: a walk over the part's tokens made
    // every long content of one long sentence read it again (quadratic)
    const last = Math.max(first, tokenAtOrAfter(doc, part.end) - 1);
    if (last <= first + 1 || quoted[last] || !DANGLING_CONJUNCTIONS.has(tokenAt(doc, last).lower)) continue;
    let end = last;
    if (tokenAt(doc, end - 1).value === ',') end--;
    c.parts = [...c.parts.slice(0, -1), { start: part.start, end: tokenAt(doc, end - 1).end }];
  }
}
