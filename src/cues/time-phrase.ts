/**
 * A short time phrase right after a cue ("on Friday", "last week"), which the
 * cue stage and the direct-quote rules both step over.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken } from '../prepare/lookup.js';
import { DAY_OR_MONTH, DAY_WORDS, TIME_DETERMINERS, TIME_LABEL } from '../data/time.js';

/**
 * The token after a short time phrase at token `k` ("on Friday", "last week",
 * "yesterday", "in May"), or `k` when none stands there. Read after "put it"
 * (`put-it.ts`: "as she put it last week, ...") and after a cue that "as" and its
 * speaker open (`attribution/direct.ts`: '"...," as the coach said last week.').
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
