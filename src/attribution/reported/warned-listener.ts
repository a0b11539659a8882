/**
 * Rule `reported/warned-listener`: a verb of warning with its listener and
 * what it warns against, `Ms. Ortiz warned the pilots against sailing in fog.`
 * Annotated news takes the listener with the warning as the content ("the
 * pilots against sailing in fog"). A listener alone is no content: `She warned
 * the crew.` yields nothing. Lower confidence than a clause, so
 * `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { WARNING_PREPOSITIONS } from '../../data/cues.js';
import { passiveCue, sentenceOf, type ReportedContext } from './shared.js';
import { objectAt } from './object.js';

/** How many words the listener may have: "the harbor pilots of the north shore". */
const MAX_LISTENER = 8;

/** Parts of speech of a listener phrase: "the pilots", "Port Alden's council", "two big banks". */
const LISTENER_POS = /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/;

/** `X warned the pilots against sailing in fog`: the listener, then the warning's preposition. */
export function warnedListener(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const prepositions = WARNING_PREPOSITIONS.get(cue.lemma);
  if (!prepositions || cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  let k = p;
  while (k < sentence.last && k - p < MAX_LISTENER && LISTENER_POS.test(tokenAt(doc, k).pos) && !ctx.quoted[k]) k++;
  if (k === p || k + 1 >= sentence.last || !prepositions.has(tokenAt(doc, k).lower)) return null;
  return objectAt(ctx, cue, sentence, p, 'reported/warned-listener');
}
