/**
 * Direct quotations that stand as the whole "that" clause of a sentence:
 * `Ada Moss told reporters at the pier that "the boats are safe."` is a
 * mixed quote (the narrator reports the clause and quotes its words), as
 * annotated news marks it, not a direct one. Only the kind and the part
 * change (the part runs from "that" to the closing mark, as the part of
 * `told the crowd that "..."` does): the speaker and the cue stay. Run last, on the kept candidates.
 * @internal
 */
import type { Candidate } from '../attribution/candidate.js';
import type { Doc } from '../prepare/document.js';
import { isMarkToken, tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';

/**
 * The start of the word "that" right before the direct candidate `c`, or -1:
 * `c` is one closed outermost quotation, "that" stands in its sentence after
 * its cue: `said that "..."`, `told the crowd that "..."`.
 */
function thatBefore(doc: Doc, c: Candidate): number {
  if (!c.keep || c.kind !== 'direct' || c.cue === null || c.stretches.length !== 1 || c.parts.length !== 1) return -1;
  const s = c.stretches[0]!;
  if (s.close < 0 || s.depth !== 0) return -1;
  const open = tokenAtOrAfter(doc, s.open);
  if (open <= 0 || tokenAt(doc, open).start !== s.open || !isMarkToken(tokenAt(doc, open).value)) return -1;
  const that = tokenAt(doc, open - 1);
  return that.lower === 'that' && that.sent === tokenAt(doc, open).sent && c.cue.last <= open - 1 ? that.start : -1;
}

/**
 * Turns each direct candidate that is a whole quoted "that" clause (see
 * above) into a mixed one whose single part runs from "that" to the
 * closing mark. Linear in the number of candidates.
 * @internal
 */
export function markThatQuotesMixed(doc: Doc, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    const that = thatBefore(doc, c);
    if (that < 0) continue;
    c.kind = 'mixed';
    c.parts = [{ start: that, end: c.stretches[0]!.end }];
  }
}
