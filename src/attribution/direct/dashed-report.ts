/**
 * A quotation set off by a dash after a clause with its own subject and verb,
 * and attributed right after its closing mark: in `Ann Vidal said the levy had
 * lost its purpose — "It no longer funds the schools," she told the board.`
 * the quotation is a direct quote of "she told", as it is after a colon, and
 * the clause before the dash the report of "said" (which the refiner of
 * `src/refine/clause-before-quote.ts` then ends at the dash). The clause's
 * verb need be no cue: `The union fought the plan - "We will win," its leader
 * said.` Annotated news marks the two apart (PolNeAR train: 4 such sentences,
 * the quotation a direct item of its own in all 4; 7 of 7 after a colon). A
 * quotation that opens in lower case is a phrase its sentence goes on with
 * (`The plan would cost — "at the very least," Lee said — about $4 million.`),
 * and a dash with no subject and verb before it or a quotation attributed only
 * after a second dash (`- "why keep it?" - voters said ...`) changes nothing.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { isMarkToken, isSpacedDash, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { speakerBefore } from '../../speakers/phrase.js';
import { trailingAttribution } from './trailing.js';

/**
 * True when the opening mark at token `open` follows a spaced dash (an em or
 * en dash, or a hyphen with a space before it), the quoted words open with a
 * capital letter, and, between `floor` (or its sentence's start, whichever is
 * later) and the dash, an unquoted verb or cue stands with a speaker (its
 * subject) of its own before it (see the file comment).
 */
function dashAfterClause(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number): boolean {
  const dash = open - 1;
  const lowest = Math.max(doc.sentences[tokenAt(doc, open).sent]!.first, floor);
  if (dash <= lowest || !isSpacedDash(doc, tokenAt(doc, dash))) return false;
  // (a quotation that opens like a sentence, not a phrase the clause goes on with: '— "at the very least," Lee said —')
  // (a mark of two apostrophes may be two tokens: '' He would ...'')
  let w = open + 1;
  while (maybeToken(doc, w) !== undefined && (isMarkToken(tokenAt(doc, w).value) || tokenAt(doc, w).value === "'")) w++;
  const first = maybeToken(doc, w);
  if (first === undefined || !/^\p{Lu}/u.test(first.value)) return false;
  let inside = false;
  for (let k = lowest; k < dash; k++) {
    // (a cue inside an earlier quotation of the sentence is not the narrator's)
    if (isMarkToken(tokenAt(doc, k).value)) inside = !inside;
    if (inside) continue;
    const cue = cueAt[k];
    // a verb that is no cue of the options' (or none at all): 'He railed against the plan - "I love it," he said.'
    if (cue === undefined && tokenAt(doc, k).pos === 'VERB' && speakerBefore(doc, beforeAdverbs(doc, k, lowest), lowest) !== null) return true;
    if (cue !== undefined && cue.head === k && cue.first >= lowest && speakerBefore(doc, cue.first, lowest) !== null) return true;
  }
  return false;
}

/**
 * The first of the adverbs, auxiliaries and "not" right before the verb at
 * token `k` (after `lowest`), or `k` when none stands there: the subject of
 * `The union has long bristled at the plan` is found before "has long".
 */
function beforeAdverbs(doc: Doc, k: number, lowest: number): number {
  let j = k;
  while (j - 1 > lowest && ADVERB_OR_AUXILIARY.has(tokenAt(doc, j - 1).pos)) j--;
  return j;
}

/** Parts of speech that may stand between a subject and its verb ({@link beforeAdverbs}). */
const ADVERB_OR_AUXILIARY: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/**
 * True when the quotation from the opening mark at token `open` to its
 * closing mark before token `after` is set off by a dash after a clause with
 * its own subject ({@link dashAfterClause}) and has a cue and a speaker of its
 * own after it, before `ceiling`: it is read as a quote that opens its
 * sentence (see the file comment).
 */
export function dashedReportQuote(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, after: number, floor: number, ceiling: number): boolean {
  if (!dashAfterClause(doc, cueAt, open, floor)) return false;
  // (the attribution follows the closing mark, not a second dash that closes the aside: 'lamented her gaffes - "why
  // give them ammunition?" - Democrats who watched said they were unfazed' is the quotation of "lamented")
  if (after >= ceiling || isSpacedDash(doc, tokenAt(doc, after))) return false;
  const trail = trailingAttribution(doc, cueAt, after, ceiling);
  return trail !== null && trail.cue !== null && trail.speaker !== null;
}
