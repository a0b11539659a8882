/**
 * Drops quoted stretches that nobody is reported as saying: scare quotes,
 * titles and nicknames ("the so-called "experts"", the film "Heat").
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';

/** Fewest words an unattributed quotation needs to be kept. */
const MIN_WORDS = 5;

function wordCount(doc: Doc, c: Candidate): number {
  let n = 0;
  for (const p of c.parts) n += doc.view.slice(p.start, p.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return n;
}

/** Drops short unattributed quotes; longer ones stay with no speaker. */
export function dropScareQuotes(doc: Doc, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (!c.keep || c.kind !== 'direct') continue;
    if (c.cue !== null || c.speaker !== null || c.via === 'context') continue;
    if (wordCount(doc, c) < MIN_WORDS) {
      c.keep = false;
      continue;
    }
    c.rule = 'direct/unattributed';
    c.confidence = 0.4;
  }
}
