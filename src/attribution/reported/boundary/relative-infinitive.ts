/**
 * An opt-in infinitive inside a relative clause on the sentence's subject
 * ends before the main clause: in the invented `Fishers who hoped to keep
 * the pier open will meet on Monday.` the content is "to keep the pier open".
 * @internal
 */
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../../prepare/lookup.js';
import type { CueMatch } from '../../candidate.js';
import { OPT_IN_CATEGORIES } from '../../../options.js';
import { CLAUSE_RELATIVES, FINITE_AUX, RELATIVE_PRONOUNS } from '../../../data/clauses.js';
import { cueHeadAt, type ReportedContext } from '../shared.js';

/** How far the relative infinitive's cut looks, in tokens. */
const MAX_LOOK_TOKENS = 60;

/**
 * The end of the infinitive `[from, end)` of an opt-in cue inside a relative
 * clause on the sentence's subject, before the main clause's finite auxiliary
 * or modal: "Members who wanted to attend the meeting could be left out" gives
 * "to attend the meeting". Only when the cue's subject is "who", "that" or
 * "which" (past adverbs and auxiliaries), and no relative word, subordinator
 * or other cue stands before that auxiliary ("who want to keep a mayor who
 * has ..." goes on). Measured on PolNeAR train with every category on (see
 * CHANGELOG). Applied after the opt-in bar, which measures the whole infinitive.
 */
export function cutRelativeInfinitive(ctx: ReportedContext, cue: CueMatch, start: number, end: number): number {
  const { doc } = ctx;
  if (!OPT_IN_CATEGORIES.has(cue.category)) return end;
  let b = cue.first - 1;
  while (b > 0 && /^(ADV|AUX|PART)$/.test(tokenAt(doc, b).pos) && !CLAUSE_RELATIVES.has(tokenAt(doc, b).lower)) b--;
  if (!CLAUSE_RELATIVES.has(tokenAt(doc, b).lower) || ctx.quoted[b]) return end;
  const from = tokenAtOrAfter(doc, start);
  for (let k = from + 2; k < tokenCount(doc) && k < from + MAX_LOOK_TOKENS && tokenAt(doc, k).end <= end; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) continue;
    if (RELATIVE_PRONOUNS.has(t.lower) || t.pos === 'SCONJ' || cueHeadAt(ctx, k)) return end;
    if ((t.pos !== 'AUX' && t.pos !== 'VERB') || !FINITE_AUX.has(t.lower)) continue;
    // "to be identified and are not ...": the joining word goes too
    let e = k;
    while (e > from + 2 && (tokenAt(doc, e - 1).pos === 'CCONJ' || tokenAt(doc, e - 1).value === ',')) e--;
    return tokenAt(doc, e - 1).end;
  }
  return end;
}
