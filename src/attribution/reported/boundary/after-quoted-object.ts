/**
 * A noun-phrase object that holds quoted words ends at the closing mark when
 * the narrator's words follow it: in the invented `The board called the plan
 * "a ruin" and voted to drop it.` the object ends after "a ruin"; so it does
 * before a medium (`"a ruin" in a post Sunday`) or a span of time (`read
 * "Closed" for a week`).
 * @internal
 */
import { isMarkToken, tokenAt } from '../../../prepare/lookup.js';
import { OBJECT_BREAKS } from '../../../data/marks.js';
import { MEDIUM_OR_TIME_PREPOSITIONS } from '../../../data/cues.js';
import { markEnd } from '../../candidate.js';
import { QUOTED_OBJECT_SUBORDINATORS } from '../../../data/clauses.js';
import { DURATION_PREPOSITIONS, OCCASION_NOUNS, TIME_POINT_WORDS, TIME_UNITS } from '../../../data/time.js';
import type { ReportedContext } from '../shared.js';
import { SECOND_CLAUSE_CONJUNCTIONS } from '../../../data/function-words.js';
import { MAX_TAIL } from './limits.js';
import { namesMedium } from './occasion.js';

/** Most words between a duration preposition and its word of time: "for the next two weeks". */
const MAX_SPAN_LEAD = 3;

/**
 * True when a span or a point of time opens at token `k`, before `end`: "a
 * week", "two years", "years", "the next month", "March" (after "for",
 * "until", "since"), or an occasion counted: "the third time".
 */
function spanOfTimeAt(ctx: ReportedContext, k: number, end: number): boolean {
  for (let j = k; j < end && j <= k + MAX_SPAN_LEAD; j++) {
    const t = tokenAt(ctx.doc, j);
    if (ctx.quoted[j] || isMarkToken(t.value)) return false;
    if (TIME_POINT_WORDS.has(t.lower) || TIME_UNITS.has(t.lower) || OCCASION_NOUNS.has(t.lower)) return true;
    if (!/^(DET|NUM|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * The end of a noun-phrase object `[from, end)` that holds quoted words once the
 * narrator's words after the quotation are cut off: `called the deal "a disaster"
 * and vowed to undo it`, `called him "a nice guy," adding ...`, `described it as
 * "historic" — the first such ...`. The object ends at the closing mark when a
 * comma (inside or after the mark), a dash, a semicolon or a parenthesis follows
 * it, or "and"/"but" with a verb or a pronoun; another quotation after the
 * comma or the conjunction (`"weak," "low energy" and "a loser"`) continues the object.
 */
export function cutAfterQuotedObject(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  const stop = Math.min(end - 1, from + MAX_TAIL);
  for (let k = from + 1; k < stop; k++) {
    const t = tokenAt(doc, k);
    // a closing mark: quoted words before it, none at it
    if (!isMarkToken(t.value) || ctx.quoted[k] || !ctx.quoted[k - 1]) continue;
    // a closing mark of two apostrophes ('') is one mark, though the tokenizer splits it
    const close = markEnd(doc, k);
    const inner = tokenAt(doc, k - 1);
    const next = tokenAt(doc, close);
    if (isMarkToken(next.value)) continue;
    if (OBJECT_BREAKS.has(next.value) || next.value === '-') {
      if (isMarkToken(tokenAt(doc, close + 1).value)) continue;
      return close;
    }
    if (inner.value === ',' || inner.value === ';') return close;
    if (SECOND_CLAUSE_CONJUNCTIONS.has(next.lower)) {
      const after = tokenAt(doc, close + 1);
      if (!isMarkToken(after.value) && after.pos === 'PRON') return close;
    }
    // 'called it "abhorrent" in a tweet Sunday', '"criminals" while calling for a wall'
    if (QUOTED_OBJECT_SUBORDINATORS.has(next.lower) || (MEDIUM_OR_TIME_PREPOSITIONS.has(next.lower) && namesMedium(ctx, close + 1, Math.min(end, close + 5)))) return close;
    // 'The sign read "Closed" for a week': how long the words stood is the narrator's
    if (DURATION_PREPOSITIONS.has(next.lower) && spanOfTimeAt(ctx, close + 1, end)) return close;
  }
  return end;
}
