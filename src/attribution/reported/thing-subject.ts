/**
 * Opt-in thought and stance cues whose subject is a thing: "The ferry
 * measure seeks to lift the limit on licences", "the new platform will back
 * a landing fee", "harbor debt would decline". A thing neither thinks nor
 * takes a side, and annotated news seldom reports such a sentence as an
 * attribution; when the subject found is a thing, it is also often the wrong
 * subject ("the weak showing has emboldened two mayors seeking to halt her
 * climb", read with "showing"). Measured on PolNeAR train with every category
 * on: 15 attributions refused, 12 of them unannotated. The evidential sense
 * of "support" stays ("higher tolls will support the case for a ferry",
 * annotated),
 * and so do documents (`DOCUMENT_NOUNS`: "the report accused ...") and verbs
 * of appearance ("the plan seems to work": annotated 61 times in 79 on train).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate, Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { THING_SUBJECT_NOUNS } from '../../data/people.js';
import { POSSESSIVES } from '../../data/clauses.js';

/** Cue lemmas that keep a thing as their subject: evidence read from it ("the timing supports the idea"). */
const EVIDENTIAL_STANCE_CUES: ReadonlySet<string> = new Set(['support']);

/** Words that end a description's head phrase before its modifiers: "the concern within the administration". */
const HEAD_ENDERS: ReadonlySet<string> = new Set(['of', 'for', 'from', 'in', 'within', 'with', 'on', 'at', 'by', 'about', 'over', 'among', 'who', 'which', 'that', ',']);

/**
 * The head token of a description: the one the speaker finder marked, else
 * the last word before a preposition or a relative pronoun ("One of her
 * moves" -> "One"), else the last word.
 */
function headOf(doc: Doc, m: Mention): number {
  if (m.head !== undefined) return m.head;
  for (let k = m.first + 1; k < m.last; k++) if (HEAD_ENDERS.has(tokenAt(doc, k).lower)) return k - 1;
  return m.last - 1;
}

/**
 * True when `c` is a thought or a stance of a verb cue (not a noun's: "her push to ...") whose subject (or the
 * antecedent of its relative pronoun) is a description headed by a noun of
 * {@link THING_SUBJECT_NOUNS}: "The initiative also seeks to ...".
 */
export function thingSubject(doc: Doc, c: Candidate): boolean {
  const cue = c.cue;
  if (cue === null || cue.form !== 'verb' || (cue.category !== 'thought' && cue.category !== 'stance')) return false;
  // (a noun cue's owner is no subject: "doubts about her push to ...")
  const before = tokenAt(doc, cue.first - 1);
  if (EVIDENTIAL_STANCE_CUES.has(cue.lemma) || tokenAt(doc, cue.head).pos === 'NOUN' || POSSESSIVES.has(before.lower) || before.pos === 'DET') return false;
  const m = c.speaker?.antecedent ?? c.speaker;
  if (!m || m.kind !== 'description') return false;
  const head = tokenAt(doc, headOf(doc, m));
  return head.pos !== 'PROPN' && (THING_SUBJECT_NOUNS.has(head.lower) || THING_SUBJECT_NOUNS.has(head.lemma));
}
