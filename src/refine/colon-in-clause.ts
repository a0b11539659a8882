/**
 * A quotation after a colon that closes a reported clause belongs to the
 * clause: in `Ann Vidal said on Monday that she sent the board the same
 * note: "Please vote no on the levy."` the clause after "said" holds the
 * colon and the quoted note, and annotated news marks it alone as the quote
 * (mixed); the direct quote the colon rule made of the note
 * (`direct/clause-colon`, its cue the clause before the colon) is dropped
 * (PolNeAR train: 3 such quotes, all 3 unmatched). Only that rule's quotes:
 * a direct quote with a cue of its own inside a report (`Lee said that "the
 * vote," as Vidal put it, "is done."`) is left alone. A refiner: run on the
 * kept candidates, after the one-quote-per-span refiner (`src/pipeline.ts`).
 * @internal
 */
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd, candidateStart } from '../attribution/candidate.js';
import type { Doc } from '../prepare/document.js';
import { lowerBound, tokenAt } from '../prepare/lookup.js';

/** The rule whose quotes this refiner may drop. */
const COLON_RULE = 'direct/clause-colon';

/**
 * Drops every kept `direct/clause-colon` quote whose colon and quoted words lie
 * inside one part of a kept reported or mixed candidate (see the file
 * comment). O(n log n) in the number of candidates.
 */
export function dropColonQuotesInClauses(doc: Doc, list: readonly Candidate[]): void {
  if (!list.some((c) => c.keep && c.rule === COLON_RULE)) return;
  const parts: { start: number; end: number }[] = [];
  for (const c of list) if (c.keep && c.kind !== 'direct') for (const p of c.parts) parts.push({ start: p.start, end: p.end });
  if (parts.length === 0) return;
  parts.sort((a, b) => a.start - b.start);
  // furthest end of the parts up to each one, so that one search answers whether any part holds a range
  const reach: number[] = [];
  for (let i = 0; i < parts.length; i++) reach.push(Math.max(parts[i]!.end, i > 0 ? reach[i - 1]! : 0));
  for (const c of list) {
    if (!c.keep || c.rule !== COLON_RULE || !c.cue || c.parts.length === 0) continue;
    // the colon that ends the cue, and the quoted words after it
    const start = Math.min(candidateStart(c), tokenAt(doc, c.cue.last - 1).start);
    const end = candidateEnd(c);
    // the last part that starts at or before `start`
    const found = lowerBound(parts, start + 1, (p) => p.start) - 1;
    if (found >= 0 && reach[found]! >= end) c.keep = false;
  }
}
