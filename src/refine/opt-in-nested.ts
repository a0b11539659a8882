/**
 * Opt-in attributions inside another attribution. In the headline
 * `Ferry Riders Worried About Toll Plan` (read as a whole by the colon rule
 * after `Gazette:`) or the turn `REYES: Well, Ms. Hale evidently thinks the
 * toll is fair.`, the whole line is the attribution annotated news marks; the
 * thought, finding or stance a rule found inside it ("Worried About", "thinks
 * the toll is fair") is not marked apart. Such a candidate is dropped when its
 * cue and its content lie inside one part of a kept headline or turn.
 *
 * The same holds inside the reported content of a speech, writing or source
 * attribution: in `Aides said the mayor wanted a recount before the vote`, the
 * aides' report is the attribution marked, and "wanted a recount" is part of
 * what they said. Such an opt-in candidate is dropped when its cue lies inside
 * one part of a kept default-category candidate's content; an interview answer
 * (`reported/interview`) keeps its thoughts, as annotated news marks them there.
 *
 * Speech and the other default categories are never touched. A refiner: run
 * on the kept candidates, after the one-quote-per-span refiner
 * (`src/pipeline.ts`).
 * @internal
 */
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd, candidateStart } from '../attribution/candidate.js';
import type { Doc } from '../prepare/document.js';
import { lowerBound, tokenAt } from '../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../options.js';

/** Rules whose content is a whole headline or transcript turn. */
const LINE_RULES: ReadonlySet<string> = new Set(['reported/headline', 'reported/transcript', 'reported/transcript-quoted']);
/** Default-category rules whose content keeps the opt-in attributions inside it: an interview answer. */
const HOLDING_RULES: ReadonlySet<string> = new Set(['reported/interview']);

/** Sorted ranges and, for each, the furthest end of the ranges up to it: one search answers whether any range holds another. */
interface Cover {
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
  readonly reach: readonly number[];
}

function cover(ranges: { start: number; end: number }[]): Cover {
  ranges.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (let i = 0; i < ranges.length; i++) reach.push(Math.max(ranges[i]!.end, i > 0 ? reach[i - 1]! : 0));
  return { ranges, reach };
}

/** True when one range of `c` holds the characters `start` to `end`. */
function covers(c: Cover, start: number, end: number): boolean {
  // the last range that starts at or before `start`
  const found = lowerBound(c.ranges, start + 1, (l) => l.start) - 1;
  return found >= 0 && c.reach[found]! >= end;
}

/**
 * Drops every kept opt-in candidate of `list` whose cue and content lie inside
 * one part of a kept headline or transcript turn, or whose cue lies inside one
 * part of a kept speech, writing or source content (see the file comment).
 * O(n log n) in the number of candidates.
 */
export function dropNestedOptIns(doc: Doc, list: readonly Candidate[]): void {
  const lines: { start: number; end: number }[] = [];
  const contents: { start: number; end: number }[] = [];
  for (const c of list) {
    if (!c.keep) continue;
    if (LINE_RULES.has(c.rule)) for (const p of c.parts) lines.push({ start: p.start, end: p.end });
    else if (c.cue && !OPT_IN_CATEGORIES.has(c.cue.category) && !HOLDING_RULES.has(c.rule)) for (const p of c.parts) contents.push({ start: p.start, end: p.end });
  }
  if (lines.length === 0 && contents.length === 0) return;
  const lineCover = cover(lines);
  const contentCover = cover(contents);
  for (const c of list) {
    if (!c.keep || !c.cue || LINE_RULES.has(c.rule) || !OPT_IN_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const cueStart = tokenAt(doc, c.cue.first).start;
    const cueEnd = tokenAt(doc, c.cue.last - 1).end;
    const start = Math.min(candidateStart(c), cueStart);
    const end = Math.max(candidateEnd(c), cueEnd);
    if (covers(lineCover, start, end) || covers(contentCover, cueStart, cueEnd)) c.keep = false;
  }
}
