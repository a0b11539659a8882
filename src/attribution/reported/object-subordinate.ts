/**
 * The subordinate clause that closes the object of an opt-in cue. Annotated
 * news takes a "while", "until", "because", "if", "after" or "unless" clause
 * that follows the object with no comma as part of what the stance, view or
 * finding was about: "Ada Moss accused the mayor of hiding the audit while he
 * was treasurer" has the content "the mayor of hiding the audit while he was
 * treasurer". Speech cues are untouched (their objects still end before the
 * subordinator).
 * @internal
 */
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import type { CueCategory } from '../../types.js';
import { OPT_IN_OBJECT_SUBORDINATORS } from '../../data/clauses.js';
import { END, type ReportedContext } from './shared.js';
import { CLAUSE_BREAK } from '../../data/marks.js';

/**
 * Where the object that starts at token `p` ends when the subordinator at
 * token `k` opens a clause that belongs to it: the clause runs to the next
 * comma, colon, semicolon, dash, parenthesis or sentence end outside quotation
 * marks. Returns -1 when the cue's `category` is no opt-in one, the word at
 * `k` is no listed subordinator, a comma or other punctuation or "even"
 * stands before it, the clause is empty, or it would take the object to `max` tokens or
 * more. Looks at most `max` tokens ahead, so it stays linear.
 */
export function objectSubordinateEnd(ctx: ReportedContext, category: CueCategory, p: number, k: number, last: number, max: number): number {
  const { doc } = ctx;
  if (!OPT_IN_CATEGORIES.has(category) || k <= p || ctx.quoted[k] || !OPT_IN_OBJECT_SUBORDINATORS.has(tokenAt(doc, k).lower)) return -1;
  // ("even if", "even after": a concession is the narrator's)
  if (tokenAt(doc, k - 1).pos === 'PUNCT' || tokenAt(doc, k - 1).lower === 'even') return -1;
  for (let j = k + 1; j - p < max; j++) {
    if (j >= last) return j - k > 1 ? last : -1;
    const t = tokenAt(doc, j);
    if (!ctx.quoted[j] && (CLAUSE_BREAK.test(t.value) || END.has(t.value))) return j - k > 1 ? j : -1;
  }
  return -1;
}

/**
 * The end of an object after the cut at the next attribution, when the object
 * took in the subordinate clause from token `k` to `clauseEnd`: a cut inside
 * that clause ("accused her of stalling while aides warned of delays") gives
 * the whole clause back to the narrator, subordinator and all.
 */
export function subordinateAfterCut(k: number, clauseEnd: number, cut: number): number {
  return k >= 0 && cut < clauseEnd ? Math.min(cut, k) : cut;
}
