/**
 * An object content cut right after a relative word whose clause went to a
 * report of its own: `Delegates who denied the claims and voters who rejected
 * the report left.` cut "rejected" away and kept "the claims and voters who".
 * No content ends on "who", "whose" or "which": the noun phrase that word
 * opens a clause on goes too, back to the "and", "or" or comma before it
 * ("the claims"), or the relative word alone when none stands there.
 * @internal
 */
import { tokenAt } from '../../../prepare/lookup.js';
import { RELATIVE_OPENERS } from '../../../data/clauses.js';
import { LIST_CONJUNCTIONS } from '../../../data/function-words.js';
import type { ReportedContext } from '../shared.js';

/** Most words between the coordinator and the dangling relative word: "and the angry voters who". */
const MAX_DANGLING_PHRASE = 5;

/**
 * The end of an object content running from `p` to `end` once a relative word left at its end (unquoted) is
 * taken off with the noun phrase it hangs on: before the "and", "or" or comma that opens that phrase, when one
 * stands after `p`'s first word with at most {@link MAX_DANGLING_PHRASE} words between it and the relative word;
 * else before the relative word alone. `end` itself when the content ends on no relative word.
 */
export function danglingRelativeEnd(ctx: ReportedContext, p: number, end: number): number {
  const { doc } = ctx;
  const last = end - 1;
  if (last <= p || ctx.quoted[last] || !RELATIVE_OPENERS.has(tokenAt(doc, last).lower)) return end;
  for (let k = last - 1; k > p && last - k <= MAX_DANGLING_PHRASE + 1; k--) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) break;
    if (t.value === ',' || LIST_CONJUNCTIONS.has(t.lower)) {
      let e = k;
      while (e > p + 1 && tokenAt(doc, e - 1).value === ',') e--;
      return e;
    }
  }
  return last;
}
