/**
 * Opt-in attributions inside a headline or a transcript turn: in the headline
 * `Ferry Riders Worried About Toll Plan` (read as a whole by the colon rule
 * after `Gazette:`) or the turn `REYES: Well, Ms. Hale evidently thinks the
 * toll is fair.`, the whole line is the attribution annotated news marks; the
 * thought, finding or stance a rule found inside it ("Worried About", "thinks
 * the toll is fair") is not marked apart. Such a candidate is dropped when its
 * cue and its content lie inside one part of a kept headline or turn. Speech
 * and the other default categories are never touched. A refiner: run on the
 * kept candidates, after the one-quote-per-span refiner (`src/pipeline.ts`).
 * @internal
 */
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd, candidateStart } from '../attribution/candidate.js';
import type { Doc } from '../prepare/document.js';
import { lowerBound, tokenAt } from '../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../options.js';

/** Rules whose content is a whole headline or transcript turn. */
const LINE_RULES: ReadonlySet<string> = new Set(['reported/headline', 'reported/transcript', 'reported/transcript-quoted']);

/**
 * Drops every kept opt-in candidate of `list` whose cue and content lie inside
 * one part of a kept headline or transcript turn (see the file comment).
 * O(n log n) in the number of candidates.
 */
export function dropNestedOptIns(doc: Doc, list: readonly Candidate[]): void {
  const lines: { start: number; end: number }[] = [];
  for (const c of list) if (c.keep && LINE_RULES.has(c.rule)) for (const p of c.parts) lines.push({ start: p.start, end: p.end });
  if (lines.length === 0) return;
  lines.sort((a, b) => a.start - b.start);
  // furthest end of the parts up to each one, so that one search answers whether any part holds a range
  const reach: number[] = [];
  for (let i = 0; i < lines.length; i++) reach.push(Math.max(lines[i]!.end, i > 0 ? reach[i - 1]! : 0));
  for (const c of list) {
    if (!c.keep || !c.cue || LINE_RULES.has(c.rule) || !OPT_IN_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const start = Math.min(candidateStart(c), tokenAt(doc, c.cue.first).start);
    const end = Math.max(candidateEnd(c), tokenAt(doc, c.cue.last - 1).end);
    // the last part that starts at or before `start`
    const found = lowerBound(lines, start + 1, (l) => l.start) - 1;
    if (found >= 0 && reach[found]! >= end) c.keep = false;
  }
}
