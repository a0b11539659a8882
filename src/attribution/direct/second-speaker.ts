/**
 * A second speaker in one sentence: in `"We are ready," Lee said, "and we
 * will win," his spokesman added.` the second quotation follows Lee's
 * attribution, which would lead it in, but it closes with a comma and has a
 * cue and a speaker of its own right after it: it is the spokesman's quote,
 * not more of Lee's. Only a speaker who is no pronoun and whose last word
 * differs from the first speaker's takes the quotation over (`"..., "and we
 * will win," she added.` may be Lee again and stays one quote of two parts).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Attribution, CueMatch } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { trailingAttribution } from './trailing.js';

/** The last word of a mention's name, lower-cased ("moss" of "Ada Moss", "spokesman" of "his spokesman"). */
function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/u).filter((w) => w.length > 0);
  return words[words.length - 1] ?? '';
}

/**
 * True when a comma and a closing mark stand right before token `k` (`,"`,
 * `,”`, `,''`: a mark of two apostrophes may be two tokens).
 */
function afterCommaAndMark(doc: Doc, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (isMarkToken(tokenAt(doc, j).value) || tokenAt(doc, j).value === "'")) j--;
  return j < k - 1 && maybeToken(doc, j)?.value === ',';
}

/**
 * The attribution after the quote (its tokens from `after`, up to `ceiling`)
 * when `leading` is the trailing attribution of the quote before, standing
 * right after that quote's comma and closing mark (`"A," Lee said, "B," ...`),
 * and the attribution after this quote has a verb cue and a speaker of its
 * own who is another person (see the file comment); else `leading`.
 */
export function trailOverSharedLead(doc: Doc, cueAt: readonly (CueMatch | undefined)[], leading: Attribution | null, after: number, ceiling: number): Attribution | null {
  if (leading?.cue == null || leading.speaker === null || leading.cue.form !== 'verb') return leading;
  if (!afterCommaAndMark(doc, Math.min(leading.cue.first, leading.speaker.first))) return leading;
  // (the quotation itself closes with a comma before its own attribution)
  if (!afterCommaAndMark(doc, after)) return leading;
  const trail = trailingAttribution(doc, cueAt, after, ceiling);
  if (trail === null || trail.cue === null || trail.speaker === null || trail.cue.form !== 'verb') return leading;
  if (trail.speaker.kind === 'pronoun' || trail.cue === leading.cue) return leading;
  if (lastWord(trail.speaker.name) === lastWord(leading.speaker.name)) return leading;
  return trail;
}
