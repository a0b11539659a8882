/**
 * Rule `reported/known-as` (category `thought`, opt-in): a finite passive of
 * "know" with "as" or "for" frames a whole clause with no source, as
 * `reported/impersonal` frames "is seen as": `The old mill was known as the
 * Poorhouse of the valley.`, `Ms. Varga is best known for her work on the
 * harbor levy.` The content is the subject and what follows the cue ("The
 * old mill" … "as the Poorhouse of the valley"); the speaker is null.
 * Measured on PolNeAR train after "is", "are", "was", "were" or "has been"
 * and a subject that is no relative word, 10 of 11 such frames were
 * annotated (the other had no object: "the energy he is known for -"); after
 * a relative word 6 of 9, so those are left out, as with "seen as". Not
 * with "it" as the subject, nor with an agent ("known by some as ...").
 * The frame itself is read by `reported/raising.ts`; this file says when
 * "known" opens one.
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { tokenIn } from '../../prepare/lookup.js';
import { KNOWN_AS_PREPOSITIONS } from '../../data/cues.js';

/** The name of the rule. */
export const KNOWN_AS_RULE = 'reported/known-as';

/**
 * True when the passive cue `cue` is "known" followed, at token `p` (after
 * any adverbs), by "as" or "for" and a word of its object: "known as the
 * Poorhouse", "known for her work". The caller checks that the passive is
 * finite and its subject no relative word.
 *
 * @param doc - The prepared document.
 * @param sentence - The sentence of the cue.
 * @param cue - A passive verb cue.
 * @param p - The first token after the cue and its adverbs.
 * @returns Whether the cue opens a "known as" frame.
 */
export function knownAsFrame(doc: Doc, sentence: Segment, cue: CueMatch, p: number): boolean {
  if (cue.lemma !== 'know' || p + 1 >= sentence.last || !KNOWN_AS_PREPOSITIONS.has(tokenIn(doc, sentence, p).lower)) return false;
  // "the energy he is known for -": a preposition with no object frames nothing
  return /[\p{L}\p{N}]/u.test(tokenIn(doc, sentence, p + 1).value);
}
