/**
 * The issuer of a text that speaks: "Lee is releasing a new ad that urges ...",
 * "The board sent out a letter saying ...".
 * @internal
 */
import type { Mention } from '../../shape.js';
import { ISSUING_VERBS, VERB_PARTICLES } from '../../../data/cues.js';
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { sentenceSubject } from '../subject.js';
import type { SpeakerSearch } from '../search.js';
import { auxiliariesStart } from './subject-end.js';

/**
 * The subject of the verb of issuing whose object is the text `text` ("Lee
 * is releasing | a new ad", "The board sent out | a letter"), when that verb
 * stands right before it (its particle passed over) and a subject opens
 * its clause; null otherwise.
 */
export function issuerOf(doc: Doc, text: Mention, floor: number, find: SpeakerSearch): Mention | null {
  let v = text.first - 1;
  if (v > floor && VERB_PARTICLES.has(tokenAt(doc, v).lower)) v--;
  const verb = maybeToken(doc, v);
  if (verb === undefined || v <= floor || verb.pos !== 'VERB' || !ISSUING_VERBS.has(verb.lemma) || !/^\p{Ll}/u.test(verb.value)) return null;
  const issuer = clauseIssuer(doc, v, floor, find);
  return issuer && issuer.last <= v ? issuer : null;
}

/**
 * The subject of the verb of issuing at `v`: the sentence's subject, unless
 * the subject found before the verb as before a cue stands after it, in the
 * verb's own clause ("Lee cited the agency, which issued | a report", "Lee
 * knows the firm released | a report", "Lee toured the clinic, and the board
 * released | a report").
 */
export function clauseIssuer(doc: Doc, v: number, floor: number, find: SpeakerSearch): Mention | null {
  const subject = sentenceSubject(doc, doc.sentences[tokenAt(doc, v).sent]!.first, v + 1);
  const own = find(doc, auxiliariesStart(doc, v, floor), floor);
  return own && own.last <= v && (subject === null || own.first > subject.last) ? own : subject;
}
