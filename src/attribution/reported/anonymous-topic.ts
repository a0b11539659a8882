/**
 * The topic a source was not cleared to speak on is boilerplate, not an
 * attribution: "an aide who requested anonymity to discuss the talks",
 * "officials not authorized to discuss the inquiry", "spoke anonymously to
 * discuss the plan". An opt-in topic verb (`ANONYMOUS_TOPIC_LEMMAS`) in the
 * infinitive after a word of anonymity or clearance (`ANONYMITY_REASON_WORDS`)
 * reports nothing; the cue stays a cue for the boundaries of other
 * attributions. Speech, writing and source cues are untouched.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { maybeToken } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { ANONYMITY_REASON_WORDS, ANONYMOUS_TOPIC_LEMMAS } from '../../data/cues.js';

/** Most adverbs between "to" and the topic verb: "not authorized to publicly discuss". */
const MAX_SPLITTING_ADVERBS = 2;

/**
 * True when the opt-in `cue` is a topic verb in the infinitive after a word of
 * anonymity or clearance: "requested anonymity to discuss", "not authorized to
 * discuss", "spoke anonymously to discuss", "not authorized to publicly
 * discuss" (an adverb or two may split the infinitive).
 * @internal
 */
export function anonymousTopic(doc: Doc, cue: CueMatch): boolean {
  if (!OPT_IN_CATEGORIES.has(cue.category) || !ANONYMOUS_TOPIC_LEMMAS.has(cue.lemma)) return false;
  let to = cue.head - 1;
  while (cue.head - 1 - to < MAX_SPLITTING_ADVERBS && maybeToken(doc, to)?.pos === 'ADV') to--;
  if (maybeToken(doc, to)?.lower !== 'to') return false;
  return ANONYMITY_REASON_WORDS.has(maybeToken(doc, to - 1)?.lower ?? '');
}
