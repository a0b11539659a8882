/**
 * Time phrases between a subject and its verb ("on Friday", "last week").
 * @internal
 */
import { RELATIVE_TIME_WORDS, TIME_LEADS, TIME_PHRASE_WORDS, TIME_UNITS, SPAN_COUNTS } from '../../data/time.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';

/** One past a time phrase at `k` ("on Friday", "last week", "Monday night"), or `k`. */
export function timePhraseEnd(doc: Doc, k: number, ceiling: number): number {
  let j = k;
  if (j < ceiling && TIME_LEADS.has(tokenAt(doc, j).lower)) j++;
  const from = j;
  while (j < ceiling && (TIME_PHRASE_WORDS.has(tokenAt(doc, j).lower) || (j > from && tokenAt(doc, j).pos === 'NUM'))) j++;
  return j > from ? j : k;
}

/**
 * One past a span of time before "later", "earlier" or "ago" at `k` ("A few
 * minutes later", "Two days ago", "Months earlier"), or `k`.
 */
export function timeSpanEnd(doc: Doc, k: number, ceiling: number): number {
  let j = k;
  while (j < Math.min(ceiling, k + 3) && (SPAN_COUNTS.has(tokenAt(doc, j).lower) || tokenAt(doc, j).pos === 'NUM')) j++;
  if (j >= ceiling || !TIME_UNITS.has(tokenAt(doc, j).lower)) return k;
  return j + 1 < ceiling && RELATIVE_TIME_WORDS.has(tokenAt(doc, j + 1).lower) ? j + 2 : k;
}
