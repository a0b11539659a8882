/**
 * The object of a verb of perceiving or of leaving in a state, which is the
 * subject of the gerund cue right after it: "The ruling left many voters
 * wondering whether ...", "Reporters heard the governor saying that ...".
 * The object speaks, not the verb's subject.
 * @internal
 */
import type { Mention } from '../shape.js';
import { GERUND_OBJECT_VERBS } from '../../data/cues.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { namesPeopleOrBody } from './can-speak.js';

/**
 * True when `mention` stands right after a verb of {@link GERUND_OBJECT_VERBS}
 * and names people or a body (a person, group or organisation by name, or a
 * description whose head is one): the subject of a gerund cue after it.
 * Things stay the verb subject's ("found a note saying").
 */
export function isGerundSubjectObject(doc: Doc, mention: Mention): boolean {
  if (mention.kind === 'pronoun' || mention.first === 0) return false;
  const verb = tokenAt(doc, mention.first - 1);
  if (verb.pos !== 'VERB' || verb.sent !== tokenAt(doc, mention.first).sent || !GERUND_OBJECT_VERBS.has(verb.lemma)) return false;
  return namesPeopleOrBody(doc, mention);
}
