/**
 * A trailing attribution set off by a spaced dash instead of a comma: "The
 * plant will close in June — the company said in a statement." The words
 * before the dash are what was said, as with a comma; the dash counts only
 * when the attribution ends the sentence (a bare verb of saying, then a listener
 * and adjuncts of time, place or medium: "said Friday", "told reporters on
 * Monday"), so a dash that opens an aside with a clause of its
 * own ("— a result the chair said surprised her") is no such boundary.
 * PolNeAR train has no such sentence (0 fires), so the rule is measured as
 * neutral there; it is for news styles outside that corpus.
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { CueMatch, Mention } from '../candidate.js';
import { isSpacedDash, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { INVERTING_VERBS } from '../../data/cues.js';
import { END } from './shared.js';
import { adjunctsEnd, listenerEnd } from './attribution-tail.js';

/**
 * True when `speaker`, the subject of `cue` after the content, follows a
 * spaced dash and the attribution (with a listener and adjuncts) closes
 * `sentence`: the dash there ends the content as a comma would.
 */
export function closingDashBoundary(doc: Doc, cue: CueMatch, speaker: Mention, sentence: Segment): boolean {
  const dash = maybeToken(doc, speaker.first - 1);
  if (!dash || speaker.first - 1 <= sentence.first || !isSpacedDash(doc, dash)) return false;
  // only the speaker's own words between the dash and the cue: "— the company said", not "— and the firm said"
  if (speaker.last !== cue.first) return false;
  // a bare verb of saying ("said", "told", "added"), not one with an object of its own ("are crying foul")
  if (!INVERTING_VERBS.has(cue.lemma)) return false;
  // then only a listener and adjuncts: an adverb, a day or time word ("said Friday", "said yesterday"), or a
  // preposition of time, place or medium and its phrase ("told reporters in a statement on Friday"), no object
  const q = adjunctsEnd(doc, listenerEnd(doc, cue, cue.last, sentence.last), sentence.last, false);
  return q >= sentence.last || END.has(tokenAt(doc, q).value);
}
