/**
 * A quotation set off by a dash after a report with its own subject and cue,
 * and attributed after its closing mark: in `Ann Vidal said the levy had lost
 * its purpose — "It no longer funds the schools," she told the board.` the
 * quotation is a direct quote of "she told", as it is after a colon, and the
 * clause before the dash the report of "said" (which the refiner of
 * `src/refine/clause-before-quote.ts` then ends at the dash). Annotated news
 * marks the two apart (PolNeAR train: 2 such sentences, the quotation a
 * separate item in both; 7 of 7 after a colon). A dash with no report before
 * it (`The levy had lost its purpose — "It ...," she said.`) keeps the
 * quotation inside its sentence.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { isMarkToken, isSpacedDash, tokenAt } from '../../prepare/lookup.js';
import { speakerBefore } from '../../speakers/phrase.js';
import { trailingAttribution } from './trailing.js';

/**
 * True when the opening mark at token `open` follows a spaced dash (an em or
 * en dash, or a hyphen with a space before it) and, between `floor` (or its
 * sentence's start, whichever is later) and the dash, an unquoted cue stands
 * with a speaker of its own before it (see the file comment).
 */
function dashAfterReport(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number): boolean {
  const dash = open - 1;
  const lowest = Math.max(doc.sentences[tokenAt(doc, open).sent]!.first, floor);
  if (dash <= lowest || !isSpacedDash(doc, tokenAt(doc, dash))) return false;
  let inside = false;
  for (let k = lowest; k < dash; k++) {
    // (a cue inside an earlier quotation of the sentence is not the narrator's)
    if (isMarkToken(tokenAt(doc, k).value)) inside = !inside;
    const cue = cueAt[k];
    if (inside || cue === undefined || cue.head !== k || cue.first < lowest) continue;
    if (speakerBefore(doc, cue.first, lowest) !== null) return true;
  }
  return false;
}

/**
 * True when the quotation from the opening mark at token `open` to its
 * closing mark before token `after` is set off by a dash after a report with
 * its own subject ({@link dashAfterReport}) and has a cue and a speaker of its
 * own after it, before `ceiling`: it is read as a quote that opens its
 * sentence (see the file comment).
 */
export function dashedReportQuote(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, after: number, floor: number, ceiling: number): boolean {
  if (!dashAfterReport(doc, cueAt, open, floor)) return false;
  // (the attribution follows the closing mark, not a second dash that closes the aside: 'lamented her gaffes - "why
  // give them ammunition?" - Democrats who watched said they were unfazed' is the quotation of "lamented")
  if (after >= ceiling || isSpacedDash(doc, tokenAt(doc, after))) return false;
  const trail = trailingAttribution(doc, cueAt, after, ceiling);
  return trail !== null && trail.cue !== null && trail.speaker !== null;
}
