/**
 * Drops quoted section headings: a short paragraph that is nothing but one
 * quotation in single marks (`'A long way from home.'` between the paragraphs
 * of a feature) heads a section with words from it; it is not a quote of its
 * own, nor the next part of the quote before it.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { wordsOf } from '../marks/title.js';
import { viewSlice, type View } from '../prepare/view.js';

/** Most words a quoted heading has. */
const MAX_HEADING_WORDS = 8;

/**
 * Where the words of a paragraph lie, as the view shows it: the start of its
 * first run of characters that are neither space nor punctuation and the end
 * of its last one (`end` and `start` when it has none).
 */
interface WordBounds {
  readonly first: number;
  readonly last: number;
}

/** The {@link WordBounds} of `view` from `start` to `end`, in one pass (a paragraph of many quotations is read once, not once per quotation). */
function wordBounds(view: View, start: number, end: number): WordBounds {
  const run = /[^\s\p{P}]+/gu;
  const text = viewSlice(view, start, end);
  let first = end;
  let last = start;
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    if (first === end) first = start + m.index;
    last = start + m.index + m[0].length;
  }
  return { first, last };
}

/**
 * True when `c` is a quotation with no cue of its own, in single marks, that
 * fills its paragraph (nothing but punctuation and space around it) and has at
 * most eight words. {@link dropQuotedHeadings} drops these only in a text that
 * quotes mostly in double marks: where single marks are the text's own
 * quotation marks (British style), such a paragraph is a quote.
 */
function isQuotedHeading(doc: Doc, c: Candidate, bounds: Map<number, WordBounds>): boolean {
  if (c.kind !== 'direct' || c.cue !== null || c.stretches.length !== 1) return false;
  const s = c.stretches[0]!;
  if (s.family !== 'single' || s.close < 0 || s.depth !== 0) return false;
  const para = doc.paragraphs[s.para];
  if (!para) return false;
  let b = bounds.get(s.para);
  if (!b) bounds.set(s.para, (b = wordBounds(doc.view, para.start, para.end)));
  // nothing but space and punctuation before the opening mark and after the closing one
  if (b.first < s.open || b.last > s.end) return false;
  const words = wordsOf(viewSlice(doc.view, s.contentStart, s.contentEnd));
  return words.length > 0 && words.length <= MAX_HEADING_WORDS;
}

/** Drops every quoted section heading among `candidates` (see {@link isQuotedHeading}). */
export function dropQuotedHeadings(doc: Doc, candidates: readonly Candidate[]): void {
  const bounds = new Map<number, WordBounds>();
  const headings = new Set(candidates.filter((c) => c.keep && isQuotedHeading(doc, c, bounds)));
  if (headings.size === 0) return;
  // only where the text quotes mostly in double marks: where most top-level quotes are in single marks, those
  // are the text's quotation marks (British style) and such a paragraph is a quote
  let single = 0;
  let double = 0;
  for (const o of candidates) {
    if (o.kind !== 'direct' || headings.has(o)) continue;
    for (const t of o.stretches) if (t.depth === 0) t.family === 'single' ? single++ : double++;
  }
  if (double <= single) return;
  for (const c of headings) c.keep = false;
}
