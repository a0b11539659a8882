/**
 * Where reported content that starts in a sentence ends: the sentence's end,
 * carried on by quotation marks opened inside it, stopped by a quotation that
 * ends its sentence or a line break that ends a block ({@link contentEnd}),
 * and the first clause punctuation before that ({@link endAtClausePunctuation}).
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { QuotedStretch } from '../../marks/scan.js';
import { lowerBound, maybeToken, tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { viewChar, viewLineFeed } from '../../prepare/view.js';
import { openOf, sentenceOf, type ReportedContext } from './shared.js';
import { CLAUSE_BREAK, CONTENT_TRAILING_MARKS } from '../../data/marks.js';


/**
 * True when a quotation ends with a full stop, `?` or `!` after a lower-case word
 * and a capitalised word of the same paragraph follows its closing mark: a new
 * sentence that the sentence splitter joined to it (`"... world war." It carries ...`).
 */
function endsSentence(doc: Doc, s: QuotedStretch): boolean {
  if (!/[.!?]/.test(viewChar(doc.view, s.contentEnd - 1) ?? '') || !/[a-z0-9)]/.test(viewChar(doc.view, s.contentEnd - 2) ?? '')) return false;
  const next = maybeToken(doc, tokenAtOrAfter(doc, s.end));
  return next !== undefined && next.para === s.para && /^[A-Z]/.test(next.value);
}

/** Words that cannot end a line of its own: a determiner, preposition, conjunction or auxiliary asks for more. */
const OPEN_ENDED_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX']);

/**
 * Offsets of the line breaks in each document's view, in order, found once
 * per document: a search for the next line break from each cue would read on
 * to the end of a long text without one.
 */
const LINE_BREAKS = new WeakMap<Doc, Int32Array>();

function lineBreaks(doc: Doc): Int32Array {
  let found = LINE_BREAKS.get(doc);
  if (found === undefined) {
    const at: number[] = [];
    for (let nl = viewLineFeed(doc.view, 0); nl >= 0; nl = viewLineFeed(doc.view, nl + 1)) at.push(nl);
    found = Int32Array.from(at);
    LINE_BREAKS.set(doc, found);
  }
  return found;
}

/** Index of the first of the ascending `offsets` at or after `at`. */
function firstAtOrAfter(offsets: Int32Array, at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first line break in tokens [from, end) that ends a block, or `end`: the
 * next line starts like a new block (a capital, a digit, a mark or a bullet)
 * after a line that ends a sentence or a clause (`;`, `:`), or after a line
 * with no sentence end whose last word closes a phrase (a headline). A line
 * break inside a quotation, before a lower-case word, or after a comma or a
 * word that asks for more (`the`, `of`, `and`, `that`) is hard-wrapped prose.
 */
function blockBreak(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  const stop = tokenAt(doc, end - 1).start;
  const breaks = lineBreaks(doc);
  for (let b = firstAtOrAfter(breaks, tokenAt(doc, from).end); b < breaks.length && breaks[b]! < stop; b++) {
    const nl = breaks[b]!;
    const next = tokenAtOrAfter(doc, nl);
    const last = next - 1;
    if (last < from || next >= end || (ctx.quoted[last] && ctx.quoted[next])) continue;
    if (!/^[\p{Lu}\p{N}"'\u201c\u2018\u2022*\u2014\u2013-]/u.test(tokenAt(doc, next).value)) continue;
    const before = tokenAt(doc, last);
    if (before.value === ',' || OPEN_ENDED_POS.has(before.pos)) continue;
    return next;
  }
  return end;
}

/** A run [from, to) of stretches that change no content ending at a sentence end (see {@link contentEnd}). */
interface InertRun {
  from: number;
  to: number;
}

/** Per context's stretches, per sentence end: the run of stretches known to change nothing. */
const INERT_RUNS = new WeakMap<readonly QuotedStretch[], { doc: Doc; runs: Map<number, InertRun> }>();

/** The run of inert stretches remembered for contents ending at token `sentenceLast` (empty at first). */
function inertRun(ctx: ReportedContext, sentenceLast: number): InertRun {
  let memo = INERT_RUNS.get(ctx.stretches);
  if (memo === undefined || memo.doc !== ctx.doc) {
    memo = { doc: ctx.doc, runs: new Map() };
    INERT_RUNS.set(ctx.stretches, memo);
  }
  let run = memo.runs.get(sentenceLast);
  if (run === undefined) {
    run = { from: 0, to: -1 };
    memo.runs.set(sentenceLast, run);
  }
  return run;
}

/** The last token of the content that starts in `sentence`: its end, before final punctuation, carried on by quotation marks, never past a line break that ends a block. */
export function contentEnd(ctx: ReportedContext, from: number, sentence: Segment): number {
  const { doc } = ctx;
  let end = sentence.last;
  if (from >= end) return from;
  // a quotation mark opened inside the content carries it to its close
  const startChar = tokenAt(doc, from).start;
  const first = lowerBound(ctx.stretches, startChar, openOf);
  // (stretches that an earlier call with the same sentence end found to change nothing are skipped: a giant sentence
  // of many quotations is read once, not once per cue)
  const inert = inertRun(ctx, sentence.last);
  const skip = inert.from <= first && first <= inert.to;
  let k = skip ? inert.to : first;
  let stop = -1;
  for (; k < ctx.stretches.length; k++) {
    const s = ctx.stretches[k]!;
    if (s.open >= tokenAt(doc, end - 1).end) break;
    // 'said he was "ready to fight." He then left': a quotation that ends its sentence ends the content
    if (s.close >= 0 && endsSentence(doc, s)) {
      end = tokenAtOrAfter(doc, s.close) + 1;
      // (a closing '' is two tokens: both belong to the content)
      while (end < tokenCount(doc) && tokenAt(doc, end).start < s.end) end++;
      break;
    }
    if (s.end > tokenAt(doc, end - 1).end) {
      if (stop < 0) stop = k;
      const closeTok = tokenAtOrAfter(doc, s.end - 1);
      end = sentenceOf(doc, Math.min(closeTok, tokenCount(doc) - 1)).last;
    }
  }
  // the stretches before `stop` changed nothing while the end was the sentence's own
  if (stop < 0) stop = k;
  if (skip) inert.to = Math.max(inert.to, stop);
  else {
    inert.from = first;
    inert.to = stop;
  }
  // content never runs over a line break that ends a block (a headline line); hard-wrapped prose runs on
  end = blockBreak(ctx, from, end);
  while (end > from && CONTENT_TRAILING_MARKS.has(tokenAt(doc, end - 1).value)) end--;
  return end;
}

/**
 * Where a clause or phrase from `from` ends: the first comma, semicolon, colon,
 * bracket or dash outside quotation marks, within the sentence's content and
 * at most `max` tokens on (keeps a long sentence of many cues linear).
 */
export function endAtClausePunctuation(ctx: ReportedContext, from: number, sentence: Segment, max: number): number {
  const { doc } = ctx;
  const stop = Math.min(contentEnd(ctx, from, sentence), from + max);
  let end = from;
  while (end < stop && (ctx.quoted[end] || !CLAUSE_BREAK.test(tokenAt(doc, end).value))) end++;
  return end;
}
