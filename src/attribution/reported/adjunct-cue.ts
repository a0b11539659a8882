/**
 * A cue inside the sentence's introductory adjunct: "After the hearing ended,
 * the mayor left", "In a video posted on Monday, the mayor smiled". The words
 * after the adjunct's comma are the main clause, not what the cue reported.
 * @internal
 */
import type { CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { FRONTED_OPENERS } from '../../data/clauses.js';
import { ATTRIBUTING_ADJUNCT_OPENERS } from '../../data/function-words.js';
import { MAX_LOOK, type ReportedContext } from './shared.js';
import { frontedAdjunct } from './fronted-adjunct.js';

/**
 * True when a comma between the cue and the content it would take at `p`
 * closes an introductory adjunct holding the cue (see
 * {@link frontedAdjunct}): a subordinate clause ("By the time the primaries
 * ended, most voters said ...") or a phrase ("In a video posted on Monday,
 * ..."), or a chain of them. Not under "as" ("As Lee noted, the plan is dead" reports the clause),
 * nor when a "that" or a colon follows the cue before the comma, or a second
 * comma (an aside) comes before the content.
 */
export function cueInFrontedAdjunct(ctx: ReportedContext, cue: CueMatch, p: number, first: number): boolean {
  const { doc } = ctx;
  // (an adjunct is short: a cue far into the sentence is in none, and nothing here reads back further)
  if (cue.first <= first || cue.first - first > MAX_LOOK) return false;
  // the first comma after the cue, before the content (words skipped after it, "as many as", stay skipped)
  let comma = -1;
  for (let k = cue.last; k < Math.min(p, first + MAX_LOOK); k++) {
    const w = tokenAt(doc, k);
    if (w.value === ',') {
      comma = k;
      break;
    }
    if (w.lower === 'that' || w.value === ':') return false;
  }
  if (comma < 0) return false;
  // one comma only: "noted, in a long talk, the risks" sets an aside off, the object follows
  if (p - comma > MAX_LOOK) return false;
  for (let k = comma + 1; k < p; k++) if (tokenAt(doc, k).value === ',') return false;
  // the nearest opener before the cue: "as" makes the adjunct an attribution of the clause after it
  for (let k = cue.first - 1; k >= first; k--) {
    const w = tokenAt(doc, k);
    if (ATTRIBUTING_ADJUNCT_OPENERS.has(w.lower)) return false;
    if (FRONTED_OPENERS.has(w.lower) || w.pos === 'SCONJ') break;
  }
  // a chain of adjuncts, each closed by its comma: "Later in the show, after the interview ended, ..."
  if (comma - first > MAX_LOOK) return false;
  let start = first;
  for (let k = first; k < comma; k++) {
    if (tokenAt(doc, k).value !== ',') continue;
    if (!frontedAdjunct(ctx, start, k)) return false;
    start = k + 1;
  }
  return frontedAdjunct(ctx, start, comma);
}
