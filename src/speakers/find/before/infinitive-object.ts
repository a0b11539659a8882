/**
 * The speaker of a cue after "to" and the object of a verb: "led Republicans to
 * say", "held a briefing to brag".
 * @internal
 */
import { shapedMention, type Mention } from '../../shape.js';
import { CUE_VERBS, OBJECT_CONTROL_VERBS } from '../../../data/cues.js';
import type { Doc } from '../../../prepare/document.js';
import { tokenAt } from '../../../prepare/lookup.js';
import { makeMention } from '../mention.js';
import { canSpeak } from '../can-speak.js';
import { phraseStartBefore } from '../noun-phrase.js';
import { sharedSubject } from '../participle.js';
import { CONTROLLED_QUANTIFIERS } from '../../../data/function-words.js';
import { verbBeforeAdjunct, controlledObject } from './object-speaker.js';
import type { SpeakerSearch } from '../search.js';

/**
 * The speaker of a cue after "to" and the object of another verb: the object of a verb of causing ("led
 * Republicans to say", "prompted many to ask"), or the subject of the verb before the object ("held a briefing to
 * brag"); undefined when "to" at `end - 1` follows no such object.
 */
export function infinitiveObjectSpeaker(doc: Doc, end: number, floor: number, find: SpeakerSearch): Mention | null | undefined {
  // "led Republicans to say", "wants voters to recall": the object of a verb of causing speaks;
  // "held a briefing to brag", "pointed to a case to say": the subject of the verb before the object
  if (!(end - 2 >= floor && tokenAt(doc, end - 1).lower === 'to' && tokenAt(doc, end - 2).pos !== 'VERB')) return undefined;
  // ("prompted Ann Lee, who leads the council, to state", "led aides like Ann Lee to counter": a name's
  // aside, or the people it is an example of, belong to the object of a verb of causing)
  const controlled = controlledObject(doc, end - 1, floor);
  if (controlled) return controlled;
  const np = phraseStartBefore(doc, end - 1, floor);
  // ("pointed to a case to say": a preposition may stand between the verb and its object)
  let v = np - 2 > floor && tokenAt(doc, np - 1).pos === 'ADP' && tokenAt(doc, np - 2).pos === 'VERB' ? np - 2 : np - 1;
  // ("held a briefing on Monday to brag", "stopped me in the hall to say": a prepositional phrase after the object)
  const after = np > floor && tokenAt(doc, v).pos !== 'VERB' ? verbBeforeAdjunct(doc, np, end - 1, floor) : -1;
  if (after >= 0) v = after;
  const verb = tokenAt(doc, v);
  if (np > floor && verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.value)) {
    const object = makeMention(doc, np, end - 1);
    if (OBJECT_CONTROL_VERBS.has(verb.lemma) && v === np - 1) return object && canSpeak(doc, object) ? object : null;
    // ("..., rushing to the studio to say": a participle after a comma shares the clause's subject)
    if ((!CUE_VERBS.has(verb.lemma) || v !== np - 1) && /ing$/.test(verb.lower) && v - 1 > floor && tokenAt(doc, v - 1).value === ',') return sharedSubject(doc, v, v, find);
    if (!CUE_VERBS.has(verb.lemma) || v !== np - 1) return find(doc, v, floor);
  }
  // "led some to speculate", "prompted many to ask": a quantifier alone is the object
  const q = tokenAt(doc, end - 2);
  if (np < 0 && CONTROLLED_QUANTIFIERS.has(q.lower) && end - 3 >= floor && OBJECT_CONTROL_VERBS.has(tokenAt(doc, end - 3).lemma)) {
    return shapedMention({ first: end - 2, last: end - 1, start: q.start, end: q.end, kind: 'description', titles: [], name: q.value });
  }
  return undefined;
}
