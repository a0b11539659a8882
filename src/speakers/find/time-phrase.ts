/**
 * Time phrases between a subject and its verb ("on Friday", "last week").
 * @internal
 */
import { EDGED_TIME_LEADS, LED_TIME_WORDS, SEASON_LEADS, TIME_EDGE_WORDS, TIME_LEADS, TIME_PHRASE_WORDS } from '../../data/time.js';
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
 * Reading back from `end` (one past the phrase): the start of a season or a
 * time of day that a lead or "past" stands before ("last spring", "this past
 * fall", "past noon"), so the caller reads the rest of the phrase back from
 * it; else `end`.
 */
export function ledTimeWordStart(doc: Doc, end: number, floor: number): number {
  if (end - 2 <= floor || !LED_TIME_WORDS.has(tokenAt(doc, end - 1).lower)) return end;
  return SEASON_LEADS.has(tokenAt(doc, end - 2).lower) ? end - 1 : end;
}

/**
 * Reading back: the start of "late" or "early" before the lead of a time
 * phrase that starts at `start` and ends before `end` ("late on Friday",
 * "early in March"); else `start`.
 */
export function edgeLeadStart(doc: Doc, start: number, end: number, floor: number): number {
  if (start >= end - 1 || start - 1 <= floor || !EDGED_TIME_LEADS.has(tokenAt(doc, start).lower)) return start;
  return TIME_EDGE_WORDS.has(tokenAt(doc, start - 1).lower) ? start - 1 : start;
}
