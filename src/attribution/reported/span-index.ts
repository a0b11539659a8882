/**
 * Overlap tests against the parts of candidates found so far, linear in a
 * long text of matches: {@link AddedParts} for a rule's own parts as it adds
 * them, {@link SpanIndex} for the parts of earlier rules' candidates.
 * @internal
 */
import type { Candidate, Range } from '../candidate.js';

/**
 * The parts a rule has added so far, for the test whether a new content
 * overlaps one of them: while parts come in order of their start, as a rule
 * walking the tokens adds them, the furthest end answers it, so that the rule
 * stays linear in a long text of matches (a scan of the rule's own list for
 * every match is quadratic); a part out of order falls back to that scan.
 */
export interface AddedParts {
  /** Every part added, in the order added. */
  readonly parts: Range[];
  /** The largest start added so far. */
  lastStart: number;
  /** The largest end added so far. */
  furthest: number;
}

/** An empty {@link AddedParts}. */
export function addedParts(): AddedParts {
  return { parts: [], lastStart: -Infinity, furthest: -Infinity };
}

/** True when a part of `added` overlaps the characters [start, end). */
export function overlapsAdded(added: AddedParts, start: number, end: number): boolean {
  // every part added starts at or before `start`, so before `end`: it overlaps when it ends after `start`
  if (start < end && start >= added.lastStart) return start < added.furthest;
  return added.parts.some((p) => p.start < end && start < p.end);
}

/** Adds the parts of `c` to `added` and returns `c`. */
export function addParts(added: AddedParts, c: Candidate): Candidate {
  for (const p of c.parts) {
    added.parts.push(p);
    added.lastStart = Math.max(added.lastStart, p.start);
    added.furthest = Math.max(added.furthest, p.end);
  }
  return c;
}

/**
 * The parts of candidates sorted by start, with the running maximum of their
 * ends, so that an overlap is found by one binary search ({@link overlapsIndex})
 * instead of a scan of every candidate for each match, which is quadratic in a
 * long paragraph of matches.
 */
export interface SpanIndex {
  readonly starts: readonly number[];
  readonly maxEnds: readonly number[];
}

/** The {@link SpanIndex} of the parts of every candidate in `lists`. */
export function spanIndex(lists: readonly (readonly Candidate[])[]): SpanIndex {
  const parts: Range[] = [];
  for (const list of lists) for (const c of list) for (const p of c.parts) parts.push(p);
  parts.sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const maxEnds: number[] = [];
  let most = -1;
  for (const p of parts) {
    most = Math.max(most, p.end);
    starts.push(p.start);
    maxEnds.push(most);
  }
  return { starts, maxEnds };
}

/** True when a part in `index` overlaps `[start, end)`. */
export function overlapsIndex(index: SpanIndex, start: number, end: number): boolean {
  // the last part that starts before `end`: any overlapping part starts before `end`, and ends after `start`
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnds[lo - 1]! > start;
}

/**
 * True when a candidate in `index` already holds the cue noun `noun` (covers
 * it) or overlaps the content `part`: the noun rules that run after the
 * others (noun-infinitive, noun-topic) leave such a noun alone.
 */
export function heldByExisting(index: SpanIndex, noun: Range, part: Range): boolean {
  return coversIndex(index, noun.start, noun.end) || overlapsIndex(index, part.start, part.end);
}

/**
 * True when a part in `index` covers the whole of `[start, end)` (starts at or
 * before `start`, ends at or after `end`), by one binary search: the largest
 * end among the parts that start at or before `start` reaches `end`.
 */
export function coversIndex(index: SpanIndex, start: number, end: number): boolean {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnds[lo - 1]! >= end;
}
