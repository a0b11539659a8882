/**
 * A condition that opens the sentence before a plain "X said": "If the levy
 * fails, Lee said the pool will close." The condition is the reported
 * clause's, not the saying's (Lee said it unconditionally), so it is content
 * too, a part before the speaker and cue.
 * @internal
 */
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import type { CueMatch, Mention, Range } from '../candidate.js';
import { FRONTED_CONDITION_OPENERS, READER_CONDITION_SUBJECTS } from '../../data/clauses.js';
import { MAX_LOOK, range, type ReportedContext } from './shared.js';

/**
 * The range of a condition that opens the sentence at token `sentenceFirst`
 * ("If the levy fails") and ends at the comma right before the cue's speaker,
 * when the speaker stands right before a one-word cue (no auxiliary, no
 * negation: "If she were to win, she would claim ..." is the claim's own
 * condition) of speech (a thought hedges its own reading: "If we had done
 * it, I believe the town would thrive" keeps the condition out); else null. A
 * condition with quoted words or a mark, or longer than MAX_LOOK tokens, or
 * one put to the reader ({@link READER_CONDITION_SUBJECTS}), is never read
 * as one.
 */
export function frontedCondition(ctx: ReportedContext, cue: CueMatch, speaker: Mention | null, sentenceFirst: number): Range | null {
  const { doc } = ctx;
  if (speaker === null || speaker.antecedent || speaker.last !== cue.first || cue.first !== cue.head || cue.negated) return null;
  if (cue.form !== 'verb' || cue.category !== 'speech') return null;
  const comma = speaker.first - 1;
  if (comma - sentenceFirst < 3 || comma - sentenceFirst > MAX_LOOK) return null;
  if (tokenAt(doc, comma).value !== ',' || !FRONTED_CONDITION_OPENERS.has(tokenAt(doc, sentenceFirst).lower)) return null;
  // (a condition put to the reader is the narrator's: "If you listen to the mayor, she argued that ...")
  if (READER_CONDITION_SUBJECTS.has(tokenAt(doc, sentenceFirst + 1).lower)) return null;
  for (let k = sentenceFirst; k < comma; k++) {
    if (ctx.quoted[k] || isMarkToken(tokenAt(doc, k).value)) return null;
  }
  return range(doc, sentenceFirst, comma);
}
