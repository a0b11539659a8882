/**
 * Where reported content ends inside its sentence: the narrator's additions are
 * not part of what was said. An appositive noun phrase after a comma that sums
 * the report up (`..., a claim the office disputes`) and a parenthesis at the
 * end (`... (naturally)`) are cut off.
 * @internal
 */
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';

/** Determiners that open an appositive after a comma: "..., a swipe at the press". */
const APPOSITIVE = new Set(['a', 'an']);
/** How far the tail checks look into a content, in tokens. */
const MAX_TAIL = 120;

/** True when tokens [from, end) hold no "and" or "or": not the rest of a list ("a car, a house and a boat"). */
function noList(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (/^(and|or)$/.test(tokenAt(ctx.doc, k).lower)) return false;
  return true;
}

/** The end of content `[from, end)` once a narrator's appositive or parenthesis at its end is cut off. */
export function cutNarratorTail(ctx: ReportedContext, from: number, end: number): number {
  const tokens = ctx.doc.tokens;
  const stop = Math.min(end - 1, from + MAX_TAIL);
  for (let k = from + 2; k < stop; k++) {
    if (ctx.quoted[k]) continue;
    const t = tokenAt(ctx.doc, k);
    if (t.value === '(' && tokenAt(ctx.doc, end - 1).value === ')') return k;
    if (t.value !== ',') continue;
    const next = tokenAt(ctx.doc, k + 1);
    if (ctx.quoted[k + 1] || isMarkToken(next.value)) continue;
    if (APPOSITIVE.has(next.lower) && noList(ctx, k + 1, Math.min(end, k + MAX_TAIL))) return k;
  }
  return end;
}
