/**
 * A reported quote whose content was cut before the narrator's words and
 * then took a later quotation of the same sentence as a part of its own
 * (`Ann Lee said she hoped for a big crowd, which "will help the new mayor
 * win."`) holds two parts with the sentence's words between them left out.
 * Annotated news marks such a mixed quote as one stretch, the words between
 * included: the whole reported clause that holds the quoted words. The gap
 * is filled when it lies in one sentence, holds no dash that sets off an
 * aside of the narrator's, and neither the quote's cue nor its speaker (an
 * interrupting attribution stays out: `..., she said, "..."`). Only reported
 * quotes of the default categories, and not a plain object's
 * (`reported/cue-object`: a quotation after a new clause joined it, `announced
 * the deal; workers cheered the "historic" pact`), nor a list's items, one part per line
 * (`reported/cue-colon-list`: the bullet between them is no word of what was said). Run after the refiners that join
 * quotations, on the kept candidates.
 * @internal
 */
import type { Candidate, Range } from '../attribution/candidate.js';
import type { Doc } from '../prepare/document.js';
import { tokenAt, tokenAtOrAfter, tokenCount } from '../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../options.js';
import { viewSlice } from '../prepare/view.js';

/** A dash set off in the gap: an aside of the narrator's (`"anchor" \u2014 a play on words with "..."`). */
const DASH = /\u2014|\u2013|--|\s-\s/u;

/** True when the character range `[start, end)` lies inside the gap `[from, to)`. */
function inside(from: number, to: number, start: number, end: number): boolean {
  return start >= from && end <= to;
}

/** True when the gap between parts `a` and `b` of `c` is one to fill (see the module comment). */
function fillable(doc: Doc, c: Candidate, a: Range, b: Range): boolean {
  const gap = viewSlice(doc.view, a.end, b.start);
  if (b.start <= a.end || DASH.test(gap)) return false;
  const before = tokenAtOrAfter(doc, a.end - 1);
  const after = tokenAtOrAfter(doc, b.start);
  if (before >= tokenCount(doc) || after >= tokenCount(doc) || tokenAt(doc, before).sent !== tokenAt(doc, after).sent) return false;
  const cue = c.cue;
  if (cue && inside(a.end, b.start, tokenAt(doc, cue.first).start, tokenAt(doc, cue.last - 1).end)) return false;
  if (c.speaker && inside(a.end, b.start, c.speaker.start, c.speaker.end)) return false;
  return true;
}

/**
 * Fills, in each kept reported quote of `list`, the gaps between parts that
 * lie in one sentence (see the module comment): the two parts become one.
 */
export function fillSentenceGaps(doc: Doc, list: readonly Candidate[]): void {
  for (const c of list) {
    if (!c.keep || c.parts.length < 2 || !c.rule.startsWith('reported/') || c.rule === 'reported/cue-object' || c.rule === 'reported/cue-colon-list' || !c.cue || OPT_IN_CATEGORIES.has(c.cue.category)) continue;
    const parts: Range[] = [c.parts[0]!];
    for (let i = 1; i < c.parts.length; i++) {
      const last = parts[parts.length - 1]!;
      const part = c.parts[i]!;
      if (fillable(doc, c, last, part)) parts[parts.length - 1] = { start: last.start, end: part.end };
      else parts.push(part);
    }
    if (parts.length < c.parts.length) c.parts = parts;
  }
}
