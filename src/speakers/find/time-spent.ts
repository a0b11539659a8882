/**
 * The one who spends time or words doing something speaks the gerund cue
 * after them: "Lee spent much of her speech praising the plan", "Reyes
 * spent the evening attacking the levy". The time or the speech is no
 * speaker.
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { SPENT_SHARE_WORDS } from '../../data/function-words.js';
import { sentenceSubject } from './subject.js';
import { verbGroupStart } from './verb-group.js';
import type { SpeakerSearch } from './search.js';

/**
 * The subject of a form of "spend" whose object is the phrase starting at
 * token `start` (right after the verb, or after a share and "of": "spent much
 * of", "spent the rest of"), when the phrase stands right before a gerund cue
 * at `cueFirst`; null otherwise, and when that verb has no subject of its own
 * in the sentence. `speakerBefore` finds the subject right before the verb.
 */
export function spenderSubject(doc: Doc, start: number, cueFirst: number, floor: number, speakerBefore: SpeakerSearch): Mention | null {
  if (!/ing$/.test(maybeToken(doc, cueFirst)?.lower ?? '')) return null;
  let v = start - 1;
  // ("much of", "the rest of", "a lot of", "the majority of": a share of the time or the speech)
  if (maybeToken(doc, v)?.lower === 'of' && SPENT_SHARE_WORDS.has(maybeToken(doc, v - 1)?.lower ?? '')) {
    v -= 2;
    if (maybeToken(doc, v)?.pos === 'DET') v--;
  }
  const verb = maybeToken(doc, v);
  if (verb === undefined || v <= floor || verb.pos !== 'VERB' || verb.lemma !== 'spend' || verb.sent !== tokenAt(doc, cueFirst).sent) return null;
  // the subject right before the verb group ("..., and then he spent"), else the sentence's ("On Friday, Lee
  // again spent")
  const sentenceFirst = doc.sentences[verb.sent]!.first;
  const first = verbGroupStart(doc, v, sentenceFirst);
  const near = first > floor ? speakerBefore(doc, first, Math.max(floor, sentenceFirst)) : null;
  if (near !== null && near.last === first) return near;
  return sentenceSubject(doc, sentenceFirst, v);
}
