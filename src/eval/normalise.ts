/**
 * Span normalisation and character-interval arithmetic for the metric.
 * @internal
 */
import type { Span } from '../types.js';

/** A half-open character range `[start, end)`. @internal */
export type Range = readonly [start: number, end: number];

/** Whitespace, punctuation (quotation marks included) and the two quote-like symbols. */
const TRIM = /[\s\p{P}`´]/u;
const LEADING_THAT = /^that\s/i;

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && TRIM.test(text.charAt(s))) s++;
  while (e > s && TRIM.test(text.charAt(e - 1))) e--;
  return [s, e];
}

/**
 * Normalises a span of `text`: trims whitespace, quotation marks and
 * punctuation from both ends; for content (`dropThat`) also drops one leading
 * "that". Returns an empty range at the span's start when nothing is left.
 * @internal
 */
export function normaliseRange(text: string, start: number, end: number, dropThat = false): Range {
  let [s, e] = trimRange(text, start, end);
  if (dropThat && LEADING_THAT.test(text.slice(s, e))) {
    const [s2, e2] = trimRange(text, s + 4, e);
    if (e2 > s2) [s, e] = [s2, e2];
  }
  return e > s ? [s, e] : [start, start];
}

/**
 * The normalised range of a role span (speaker or cue); when normalisation
 * leaves nothing (a cue that is only a colon or a dash), the raw span.
 * @internal
 */
export function roleRange(text: string, span: Span): Range {
  const r = normaliseRange(text, span.start, span.end);
  return r[1] > r[0] ? r : [span.start, span.end];
}

/**
 * Normalised content ranges of a quotation given as one or more pieces: each
 * piece is trimmed; the first non-empty piece also loses a leading "that".
 * Result is sorted and merged; empty pieces are dropped.
 * @internal
 */
export function contentRanges(text: string, pieces: readonly Span[]): Range[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  let first = true;
  for (const piece of sorted) {
    const r = normaliseRange(text, piece.start, piece.end, first);
    if (r[1] <= r[0]) continue;
    first = false;
    out.push(r);
  }
  return mergeRanges(out);
}

/** Sorts and merges overlapping or touching ranges. @internal */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r[1] > r[0]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Total length of merged ranges. @internal */
export function rangesLength(ranges: readonly Range[]): number {
  let n = 0;
  for (const [s, e] of ranges) n += e - s;
  return n;
}

/** Number of characters two merged range lists share. @internal */
export function sharedLength(a: readonly Range[], b: readonly Range[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Range;
    const y = b[j] as Range;
    const lo = Math.max(x[0], y[0]);
    const hi = Math.min(x[1], y[1]);
    if (hi > lo) n += hi - lo;
    if (x[1] < y[1]) i++;
    else j++;
  }
  return n;
}

/** True when two non-empty ranges share at least one character. @internal */
export function rangesOverlap(a: Range, b: Range): boolean {
  return Math.max(a[0], b[0]) < Math.min(a[1], b[1]);
}
