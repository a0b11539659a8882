/**
 * A short time phrase right after a cue ("on Friday", "last week"), which the
 * cue stage and the direct-quote rules both step over.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken } from '../prepare/lookup.js';
import { DAY_OR_MONTH, DAY_PARTS, DAY_SET, DAY_WORDS, SEASON_WORDS, TIME_DETERMINERS, TIME_EDGE_WORDS, TIME_LABEL } from '../data/time.js';

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
