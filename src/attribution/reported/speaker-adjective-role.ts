/**
 * Appositives before the cue that open with an adjective of a role: `Ada
 * Moss, legal director of the Harbor Trust, said ...`, `Tom Reyes, longtime
 * aide to the mayor, said ...` credit the name with its appositive, as one
 * that opens with a determiner or a noun does (`speaker-appositive.ts`).
 * The adjectives (at most two) must lead to a noun or a name: an aside that
 * is an adjective alone or one with its own phrase (`Ada Moss, unhappy with
 * the vote, said ...`) is no role.
 * @internal
 */
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';

/** Most adjectives before the role noun: "senior vice president", not a longer string. */
const MAX_ADJECTIVES = 2;

/**
 * True when the appositive opening at token `k`, before token `limit` (the
 * cue), is a role that opens with an adjective: one or two lower-case
 * adjectives outside a quotation, then a lower-case noun ("legal director",
 * "longtime aide", "senior policy adviser").
 */
export function adjectiveRoleOpens(ctx: ReportedContext, k: number, limit: number): boolean {
  const { doc } = ctx;
  const end = Math.min(limit, tokenCount(doc));
  let j = k;
  while (j < end && j - k < MAX_ADJECTIVES && tokenAt(doc, j).pos === 'ADJ' && !ctx.quoted[j] && /^\p{Ll}/u.test(tokenAt(doc, j).value)) j++;
  if (j === k || j >= end || ctx.quoted[j]) return false;
  const head = tokenAt(doc, j);
  return head.pos === 'NOUN' && /^\p{Ll}/u.test(head.value);
}
