/**
 * Joins the stretches of one interrupted quotation: `"A," he said, "B."` and
 * `"A," he said. "B. C."` are one quote with several parts, as annotated news
 * corpora count them.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';

function absorb(into: Candidate, other: Candidate): void {
  into.stretches.push(...other.stretches);
  into.parts.push(...other.parts);
  other.keep = false;
}

/** Merges consecutive direct candidates of one paragraph that share one attribution. */
export function mergeInterrupted(doc: Doc, candidates: Candidate[]): void {
  void doc;
  let host: Candidate | null = null;
  for (const c of candidates) {
    if (!c.keep) continue;
    const sameParagraph = host !== null && host.stretches[host.stretches.length - 1]!.para === c.para;
    if (host && sameParagraph && host.cue !== null) {
      if (c.cue === host.cue) {
        absorb(host, c);
        continue;
      }
      if (c.cue === null && c.speaker === null) {
        absorb(host, c);
        continue;
      }
    }
    host = c;
  }
}
