/**
 * Speaker spans over a party or state tag right after the speaker, as
 * annotated news marks them: `Sen. Ada Moss (D-Ohio) said ...` credits
 * "Sen. Ada Moss (D-Ohio)", for every cue category. The mention's `name`
 * does not change.
 * @internal
 */
import type { Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';

/** Most tokens inside a party or state tag: "(R-N.H.)". */
const MAX_TAG = 8;

/** The mention `m` widened over a party or state tag right after it: "Sen. Ada Moss (D-Ohio)", "Gov. Tom Reyes (R)"; else `m`. */
export function overPartyTag(ctx: ReportedContext, m: Mention): Mention {
  const { doc } = ctx;
  if (m.last >= doc.tokens.length) return m;
  const open = tokenAt(doc, m.last);
  if (open.value !== '(' || ctx.quoted[m.last]) return m;
  for (let k = m.last + 1; k < doc.tokens.length && k - m.last <= MAX_TAG; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ')') return k > m.last + 1 ? { ...m, last: k + 1, end: t.end } : m;
    // a tag holds capitalised words, hyphens and dots only: "R-N.H.", "Tex."
    if (!/^([A-Z][A-Za-z.]*|[-.])$/.test(t.value)) return m;
  }
  return m;
}
