/**
 * A short time phrase right after a cue ("on Friday", "last week"), which the
 * cue stage and the direct-quote rules both step over.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { DAY_OR_MONTH, DAY_PARTS, DAY_SET, DAY_WORDS, MONTH_SET, SEASON_WORDS, SPAN_COUNTS, RELATIVE_TIME_WORDS, SPAN_DIRECTION_ADVERBS, TIME_DETERMINERS, TIME_EDGE_WORDS, TIME_LABEL, TIME_UNITS, YEAR, YEAR_PREPOSITIONS } from '../data/time.js';

/**
 * The token after a short time phrase at token `k` ("on Friday", "last week",
 * "yesterday", "in May"), or `k` when none stands there. Read after "put it"
 * (`put-it.ts`: "as she put it last week, ...") and after a cue that "as" and its
 * speaker open (`attribution/direct/trailing.ts`: '"...," as the coach said last week.').
 */
export function afterTimePhrase(doc: Doc, k: number): number {
  const t = maybeToken(doc, k);
  const next = maybeToken(doc, k + 1);
  if (!t) return k;
  if (DAY_WORDS.includes(t.lower)) return k + 1;
  if (next === undefined || next.sent !== t.sent) return k;
  if ((t.lower === 'on' || t.lower === 'in') && DAY_OR_MONTH.has(next.lower) && /^\p{Lu}/u.test(next.value)) return k + 2;
  if (TIME_DETERMINERS.has(t.lower) && TIME_LABEL.has(next.lower)) return k + 2;
  return k;
}

/**
 * The token after a time phrase at token `k` as {@link afterTimePhrase} reads
 * it, and also "this past week", "last spring", "Tuesday morning" and "late on Friday"; `k`
 * when none stands there. Read between a speaker's appositive and its cue
 * (`attribution/reported/speaker-appositive.ts`: "Ada Moss, a baker, late
 * Friday said ..."), where a longer time phrase still closes the appositive.
 */
export function afterWideTimePhrase(doc: Doc, k: number): number {
  const t = maybeToken(doc, k);
  const next = maybeToken(doc, k + 1);
  if (!t || next === undefined || next.sent !== t.sent) return afterTimePhrase(doc, k);
  if (TIME_EDGE_WORDS.has(t.lower)) {
    const after = afterTimePhrase(doc, k + 1);
    if (after > k + 1) return after;
  }
  const third = maybeToken(doc, k + 2);
  if (TIME_DETERMINERS.has(t.lower) && next.lower === 'past' && third !== undefined && third.sent === t.sent && (TIME_LABEL.has(third.lower) || SEASON_WORDS.has(third.lower))) return k + 3;
  // a season after a determiner: "last spring", "this fall"
  if (TIME_DETERMINERS.has(t.lower) && SEASON_WORDS.has(next.lower)) return k + 2;
  if (DAY_SET.has(t.lower) && DAY_PARTS.has(next.lower)) return k + 2;
  return afterTimePhrase(doc, k);
}

/**
 * The token after a time phrase at token `k` that may stand between a cue
 * and what it introduces, or `k` when none stands there: what
 * {@link afterWideTimePhrase} reads ("last week", "on Monday", "late last
 * year"), and also a year ("in 2019", "in May 2019"), a part of the day
 * after "on" and its day ("on Monday night"), a direction with or
 * without its span ("earlier this year", "later that day", "earlier") and a
 * span back ("two weeks ago", "a year ago"). Read after "put it" (`put-it.ts`:
 * "as she put it in 2019, ...") and between a leading cue and its quotation
 * (`attribution/direct/leading.ts`: 'As Lee put it last week, "..."').
 */
export function afterLeadTimePhrase(doc: Doc, k: number): number {
  const t = maybeToken(doc, k);
  if (!t) return k;
  const next = maybeToken(doc, k + 1);
  const same = next !== undefined && next.sent === t.sent;
  // "in 2019", "since 2012"
  if (same && YEAR_PREPOSITIONS.has(t.lower) && YEAR.test(next.value)) return k + 2;
  // "earlier this year", "later that day", "earlier today", "earlier"
  if (SPAN_DIRECTION_ADVERBS.has(t.lower)) {
    const after = same ? afterWideTimePhrase(doc, k + 1) : k + 1;
    return Math.max(after, k + 1);
  }
  // "two weeks ago", "a year ago", "18 months ago"
  const ago = agoSpanEnd(doc, k);
  if (ago > k) return ago;
  const wide = afterWideTimePhrase(doc, k);
  if (wide === k) return k;
  const last = tokenAtLower(doc, wide - 1);
  const after = maybeToken(doc, wide);
  if (after === undefined || after.sent !== t.sent) return wide;
  // "in May 2019": a year after the month; "on Monday night": a part of the day after the day
  if (MONTH_SET.has(last) && YEAR.test(after.value)) return wide + 1;
  return DAY_SET.has(last) && DAY_PARTS.has(after.lower) ? wide + 1 : wide;
}

/** The lower-case text of the token at `k`, or '' past the end. */
function tokenAtLower(doc: Doc, k: number): string {
  return maybeToken(doc, k)?.lower ?? '';
}

/**
 * One past a span of time before "later", "earlier" or "ago" at `k` ("A few
 * minutes later", "Two days ago", "Months earlier"), before token `ceiling`;
 * else `k`.
 */
export function timeSpanEnd(doc: Doc, k: number, ceiling: number): number {
  let j = k;
  while (j < Math.min(ceiling, k + 3) && (SPAN_COUNTS.has(tokenAt(doc, j).lower) || tokenAt(doc, j).pos === 'NUM')) j++;
  if (j >= ceiling || !TIME_UNITS.has(tokenAt(doc, j).lower)) return k;
  return j + 1 < ceiling && RELATIVE_TIME_WORDS.has(tokenAt(doc, j + 1).lower) ? j + 2 : k;
}

/** The token after a span back at `k` in its sentence ("two weeks ago", "a year ago", "18 months ago"), or `k`. */
function agoSpanEnd(doc: Doc, k: number): number {
  const end = timeSpanEnd(doc, k, doc.sentences[tokenAt(doc, k).sent]!.last);
  // (at least one word of the count: end is past the count, the unit and "ago")
  return end > k + 2 && tokenAt(doc, end - 1).lower === 'ago' ? end : k;
}
