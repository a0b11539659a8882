/**
 * Speaker spans over a relative clause that restricts the speaker, set off
 * by no comma, as annotated news marks them, for every cue category: `A
 * county official who oversees the count said ...` credits "A county
 * official who oversees the count", and `..., said a nurse who works at the
 * clinic.` credits "a nurse who works at the clinic". The clause runs up to
 * the cue (before it) or to a comma, a stop mark, a quotation or the end of
 * the sentence (after it). A clause that only says why the source is
 * unnamed ("who spoke on the condition of anonymity") stays out. The
 * mention's `name` does not change: only its span widens.
 * @internal
 */
import type { CueMatch, Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { ANONYMITY_WORDS } from '../../data/clauses.js';

/** Fewest tokens of a clause after "who": "who spoke", not "who" alone. */
const MIN_CLAUSE = 2;
/** Most tokens of a clause after "who". */
const MAX_CLAUSE = 40;
/** Tokens that end the clause: a comma, a stop mark, a bracket or the sentence's end. */
const CLAUSE_ENDS = /^([,;:.!?()\u2014\u2013"\u201c\u201d]|--|''|``)$/;

/**
 * The mention `m` (a name or a description, not a pronoun) widened over
 * "who" and the clause right after it, when no comma stands between: before
 * the cue the clause must run up to the cue; after the cue it runs up to the
 * first comma, stop mark, quotation or the sentence's end. Else `m`. Not
 * after a phrase cue (`according to officials who ...` is the phrase's own
 * object) and not over a clause of anonymity.
 */
export function overRestrictiveRelative(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const who = m.last;
  if (cue.form === 'phrase' || m.kind === 'pronoun' || who + MIN_CLAUSE >= tokenCount(doc)) return m;
  const t = tokenAt(doc, who);
  if (!(t.lower === 'who' || (t.lower === 'that' && m.kind === 'description')) || ctx.quoted[who] || t.sent !== tokenAt(doc, m.first).sent) return m;
  const before = cue.first >= who;
  const limit = Math.min(before ? cue.first : tokenCount(doc), who + 1 + MAX_CLAUSE);
  let end = who + 1;
  for (; end < limit; end++) {
    const w = tokenAt(doc, end);
    if (w.sent !== t.sent || ctx.quoted[end] || CLAUSE_ENDS.test(w.value)) break;
    if (ANONYMITY_WORDS.has(w.lower)) return m;
  }
  // before the cue the clause reaches it: "A county official who oversees the count said"
  if (before && end !== cue.first) return m;
  // (less the adverbs that go with the cue: "Officials who run the count largely agree")
  if (before) while (end > who + 1 && tokenAt(doc, end - 1).pos === 'ADV') end--;
  if (end - (who + 1) < MIN_CLAUSE) return m;
  // after the cue, a clause cut off by the search limit is no whole clause
  if (!before && end === limit && limit < tokenCount(doc) && tokenAt(doc, limit).sent === t.sent && !CLAUSE_ENDS.test(tokenAt(doc, limit).value)) return m;
  return { ...m, last: end, end: tokenAt(doc, end - 1).end };
}
