/**
 * Appositives of a speaker that is the subject of a verb other than the cue:
 * `Ada Moss, a former mayor, endorsed Reyes on Monday, saying ...` credits
 * "Ada Moss, a former mayor" for "saying", as `Ada Moss, a former mayor,
 * said ...` does for "said" (`speaker-appositive.ts`). The appositive must be
 * closed by a comma and followed by the speaker's own verb; the cue may
 * then come later in the sentence.
 * @internal
 */
import { tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';

/**
 * True when token `k`, right after the comma that closes an appositive (and
 * any adverbs), is the verb of the speaker's own clause and the cue at
 * `cueFirst` comes after it in the same sentence: a verb or an auxiliary
 * outside a quotation ("endorsed", "has"), not a participle in -ing, which
 * would open a phrase of its own ("Ada Moss, a former mayor, speaking in
 * Dover, said").
 */
export function subjectVerbOpens(ctx: ReportedContext, k: number, cueFirst: number): boolean {
  const { doc } = ctx;
  if (k >= cueFirst || ctx.quoted[k]) return false;
  const t = tokenAt(doc, k);
  if (!/^(VERB|AUX)$/.test(t.pos) || /ing$/.test(t.lower)) return false;
  return tokenAt(doc, cueFirst).sent === t.sent;
}
