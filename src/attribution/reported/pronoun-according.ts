/**
 * Rule `reported/according-to-pronoun`: a sentence that credits the one before
 * it through a pronoun, `That's according to filings released on Monday.`,
 * `This is according to the port board.` The content is the pronoun, which
 * stands for what the previous sentence said (annotated news marks it so); the
 * source is the phrase after "according to".
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { makeMention } from '../../speakers/phrase.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { ACCORDING_PRONOUNS } from '../../data/function-words.js';
import { SINGULAR_COPULAS } from '../../data/clauses.js';
import { PHRASE_END_MARK } from '../../data/marks.js';

/** How many tokens the source may have. */
const MAX_SOURCE = 30;

/** `That's according to X.` */
export function pronounAccordingTo(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.lemma !== 'according to') return null;
  const sentence = sentenceOf(doc, cue.head);
  // the pronoun opens the sentence, "be" follows it, the phrase follows that (an adverb may stand between: "That's partly according to")
  const p = sentence.first;
  if (!ACCORDING_PRONOUNS.has(tokenAt(doc, p).lower) || !SINGULAR_COPULAS.has(tokenAt(doc, p + 1).lower)) return null;
  if (cue.first !== p + 2 && !(cue.first === p + 3 && tokenAt(doc, p + 2).pos === 'ADV')) return null;
  // the source runs to the sentence end, or to a comma or dash before it
  let last = cue.last;
  while (last < sentence.last && last - cue.last < MAX_SOURCE && !PHRASE_END_MARK.test(tokenAt(doc, last).value) && !isMarkToken(tokenAt(doc, last).value)) last++;
  while (last > cue.last && !/^(NOUN|PROPN|PRON|NUM)$/.test(tokenAt(doc, last - 1).pos)) last--;
  if (last <= cue.last) return null;
  const speaker = makeMention(doc, cue.last, last);
  if (!speaker) return null;
  return candidate(ctx, [range(doc, p, p + 1)], cue, speaker, 'reported/according-to-pronoun', 0.7);
}
