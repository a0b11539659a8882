/**
 * The last refiner: one quotation per stretch of text. Two rules can reach the
 * same words (a direct quote attributed by its trailing cue, and again as the
 * content of a leading `X said:`); this stage keeps one of them, so that no two
 * quotes share a span and direct quotes never overlap each other.
 * @internal
 */
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd, candidateStart } from '../attribution/candidate.js';

/** True when `a` should give way to `b`: lower confidence, then a quote built from reported speech before one built from its marks. */
function weaker(a: Candidate, b: Candidate): boolean {
  if (a.confidence !== b.confidence) return a.confidence < b.confidence;
  return a.rule.startsWith('reported/') && !b.rule.startsWith('reported/');
}

/**
 * Drops the weaker of every two kept candidates with the same span, and of
 * every two direct candidates that overlap.
 */
export function dropOverlaps(candidates: readonly Candidate[]): void {
  const kept = candidates
    .filter((c) => c.keep)
    .sort((a, b) => candidateStart(a) - candidateStart(b) || candidateEnd(a) - candidateEnd(b));
  const bySpan = new Map<string, Candidate>();
  for (const c of kept) {
    const key = `${candidateStart(c)}:${candidateEnd(c)}`;
    const other = bySpan.get(key);
    if (!other) {
      bySpan.set(key, c);
      continue;
    }
    const loser = weaker(other, c) ? other : c;
    loser.keep = false;
    bySpan.set(key, loser === c ? other : c);
  }
  // the direct quote reaching furthest so far
  let direct: Candidate | null = null;
  for (const c of kept) {
    if (!c.keep || c.kind !== 'direct') continue;
    if (direct && candidateStart(c) < candidateEnd(direct)) {
      const loser: Candidate = weaker(direct, c) ? direct : c;
      loser.keep = false;
      if (loser === c) continue;
    }
    direct = c;
  }
}
