/**
 * The speaker of a cue coordinated by "and" or "but" with an earlier verb of
 * saying in its sentence, when the clause between them has a subject of its
 * own: "The referee said he was sorry and pledged to watch the tape" (the
 * referee pledged; "he" is the subject inside the reported clause).
 * @internal
 */
import type { Mention } from '../shape.js';
import { CUE_VERBS, SAYING_CATEGORIES } from '../../data/cues.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { speakerBefore } from './before/speaker-before.js';
import { verbGroupStart } from './verb-group.js';
import { scareQuoteStart } from './quoted-nickname.js';
import { SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';

/** How far back from the conjunction the earlier verb of saying may stand. */
const MAX_BACK = 20;

/**
 * The speaker of the nearest verb of saying or writing before the "and" or
 * "but" that opens the cue at `cueFirst` (past its auxiliaries and adverbs),
 * or null when there is none in reach or it has no speaker before it.
 */
export function coordinatedCueSpeaker(doc: Doc, cueFirst: number, cueHead: number): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, cueHead).sent];
  if (!sentence) return null;
  let k = cueFirst - 1;
  while (k > sentence.first && (tokenAt(doc, k).pos === 'ADV' || (tokenAt(doc, k).pos === 'AUX' && /^\p{Ll}/u.test(tokenAt(doc, k).value)))) k--;
  if (k <= sentence.first || !SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, k).lower)) return null;
  for (let v = k - 1; v > sentence.first && v >= k - MAX_BACK; v--) {
    const t = tokenAt(doc, v);
    // (a short quoted stretch in the clause is passed over: 'lamented the "dismal" state and criticized')
    const scare = isMarkToken(t.value) ? scareQuoteStart(doc, v, sentence.first) : -1;
    if (scare >= 0) {
      v = scare;
      continue;
    }
    // (a quotation or a clause break between them: the earlier verb is another attribution's)
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value)) return null;
    if (t.pos !== 'VERB' || /ing$/.test(t.lower) || !/^\p{Ll}/u.test(t.value) || !SAYING_CATEGORIES.has(CUE_VERBS.get(t.lemma) ?? '')) continue;
    return speakerBefore(doc, verbGroupStart(doc, v, sentence.first), sentence.first);
  }
  return null;
}
