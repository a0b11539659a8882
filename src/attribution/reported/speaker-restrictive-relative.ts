/**
 * Speaker spans over a relative clause that restricts a speaker after its
 * verb cue, set off by no comma, as annotated news marks them, for every cue
 * category: `..., said a nurse who works at the clinic.` credits "a nurse
 * who works at the clinic". The clause runs to a comma, a stop mark, a
 * quotation or the end of the sentence. A clause that only says why the
 * source is unnamed ("who was granted anonymity") stays out.
 * Before the cue (`A county official who oversees the count said ...`) the
 * span stays bare: PolNeAR train gold holds the clause there only 10 times
 * in 17 (after the cue 10 in 10). The mention's `name` does not change: only
 * its span widens.
 * @internal
 */
import type { CueMatch, Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { ANONYMITY_WORDS } from '../../data/clauses.js';
import { clauseAfterRelativeLongEnough } from './speaker-relative.js';
import { mentionWith } from '../../speakers/shape.js';

/** Most tokens of a clause after "who". */
const MAX_CLAUSE = 40;
/** Tokens that end the clause: a comma, a stop mark, a bracket or the sentence's end. */
const CLAUSE_ENDS = /^([,;:.!?()\u2014\u2013"\u201c\u201d]|--|''|``)$/;

/**
 * The mention `m` of a speaker after its verb cue (a name or a description,
 * not a pronoun) widened over "who" (or "that" after a description) and the
 * clause right after it, when no comma stands between, up to the first
 * comma, stop mark, quotation or the sentence's end; else `m`. Not after a
 * phrase cue (`according to officials who ...` is the phrase's own object),
 * not over a clause of anonymity and not over a clause the search limit cuts
 * off.
 */
export function overRestrictiveRelative(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const rel = m.last;
  if (cue.form === 'phrase' || m.kind === 'pronoun' || m.first < cue.last || !clauseAfterRelativeLongEnough(rel, tokenCount(doc))) return m;
  const t = tokenAt(doc, rel);
  if (!(t.lower === 'who' || (t.lower === 'that' && m.kind === 'description')) || ctx.quoted[rel] || t.sent !== tokenAt(doc, m.first).sent) return m;
  const limit = Math.min(tokenCount(doc), rel + 1 + MAX_CLAUSE);
  let end = rel + 1;
  for (; end < limit; end++) {
    const w = tokenAt(doc, end);
    if (w.sent !== t.sent || ctx.quoted[end] || CLAUSE_ENDS.test(w.value)) break;
    if (ANONYMITY_WORDS.has(w.lower)) return m;
  }
  if (!clauseAfterRelativeLongEnough(rel, end)) return m;
  if (end === limit && limit < tokenCount(doc) && tokenAt(doc, limit).sent === t.sent && !CLAUSE_ENDS.test(tokenAt(doc, limit).value)) return m;
  return mentionWith(m, { last: end, end: tokenAt(doc, end - 1).end });
}
