/**
 * A "not only ... but (also) ..." pair inside an object: annotated news keeps
 * both halves in what was said ("promised not only lower fares but also
 * faster trains", "a disgrace not only to the party but to the country"; on
 * PolNeAR train every reported content that holds "not only" and its "but"
 * holds both). {@link notOnlyAt} finds the first half, {@link butAlsoEnd}
 * reads past the words that open the second.
 * @internal
 */
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { NOT_ONLY_SECOND_HALF } from '../../../data/clauses.js';
import type { ReportedContext } from '../shared.js';

/** True when tokens `k` and `k + 1` are "not only". */
export function notOnlyAt(doc: Doc, k: number): boolean {
  return tokenAt(doc, k).lower === 'not' && maybeToken(doc, k + 1)?.lower === 'only';
}

/** True when "not only" stands in tokens [from, to), outside quotation marks. */
export function notOnlyIn(ctx: ReportedContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ctx.quoted[k] && notOnlyAt(ctx.doc, k)) return true;
  return false;
}

/**
 * Where the second half of a "not only" pair starts when its opening words
 * stand at `k` (", but", "but", ", but also", "but also", outside quotation
 * marks, before `last`), or -1.
 */
export function butAlsoEnd(ctx: ReportedContext, k: number, last: number): number {
  const { doc } = ctx;
  const [but, also] = NOT_ONLY_SECOND_HALF;
  let q = k;
  if (tokenAt(doc, q).value === ',' && !ctx.quoted[q]) q++;
  if (q >= last || ctx.quoted[q] || tokenAt(doc, q).lower !== but) return -1;
  q++;
  if (q < last && tokenAt(doc, q).lower === also) q++;
  return q < last ? q : -1;
}
