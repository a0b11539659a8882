/**
 * A medium between a speaker and the cue: "in a statement" between a
 * subject and its verb ("Lee, in a statement, said"; not the medium of a
 * verb before it: "Lee wrote in a statement explaining"), a medium after
 * "with" right after a verb ("The firm responded with a statement saying").
 * @internal
 */
import { NOUN_TAGGED_RETORT_VERBS, MEDIUM_HEADS, MEDIUM_WITH_PREPOSITIONS, SUBJECT_MEDIUM_DETERMINERS, SUBJECT_MEDIUM_HEADS, VERB_PARTICLES } from '../../../data/cues.js';
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';

/**
 * The first token of "in" and a phrase of words said or written ending right
 * before `end` ("in an interview", "in a written statement", "in its filing"),
 * with a subject before it; else -1.
 */
export function mediumPhraseStart(doc: Doc, end: number, floor: number): number {
  if (end - 3 <= floor || !SUBJECT_MEDIUM_HEADS.has(tokenAt(doc, end - 1).lower) || tokenAt(doc, end - 1).pos !== 'NOUN') return -1;
  for (let d = end - 2; d >= end - 4 && d - 1 > floor; d--) {
    const t = tokenAt(doc, d);
    if (SUBJECT_MEDIUM_DETERMINERS.has(t.lower)) return tokenAt(doc, d - 1).lower === 'in' && !verbBeforeMedium(doc, d - 2, floor) ? d - 1 : -1;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return -1;
  }
  return -1;
}

/**
 * True when a verb ends at token `k`, right before a medium's "in" (its
 * particle or an "it" passed over): "Lee wrote | in a statement explaining",
 * "Lee fired back | in a letter arguing", "Lee put it | in a memo". The
 * medium is then that verb's, not set between a subject and its verb, and
 * the participle after it shares the verb's subject.
 */
function verbBeforeMedium(doc: Doc, k: number, floor: number): boolean {
  let v = k;
  if (v > floor && tokenAt(doc, v).lower === 'it') v--;
  const particle = v > floor && VERB_PARTICLES.has(tokenAt(doc, v).lower);
  if (particle) v--;
  const t = maybeToken(doc, v);
  // ("Lee shot back in a letter arguing": a verb of retort the tagger read as a noun before its particle)
  return t !== undefined && v > floor && (t.pos === 'VERB' || (particle && t.pos === 'NOUN' && NOUN_TAGGED_RETORT_VERBS.has(t.value))) && /^\p{Ll}/u.test(t.value);
}

/**
 * When the phrase [start, end) is a medium after "with"
 * ({@link MEDIUM_WITH_PREPOSITIONS}) right after a verb, before a participle
 * cue at `cueFirst`, the index of that verb: "The firm responded | with a
 * statement | saying", "Lee came back with a post saying" (a particle passed
 * over). The medium's head ({@link MEDIUM_HEADS}) is the last word of the
 * phrase before any preposition in it. -1 when there is none.
 */
export function withMediumVerb(doc: Doc, cueFirst: number, start: number, end: number, floor: number): number {
  const prep = maybeToken(doc, start - 1);
  if (prep === undefined || prep.pos !== 'ADP' || !MEDIUM_WITH_PREPOSITIONS.has(prep.lower) || !/ing$/.test(maybeToken(doc, cueFirst)?.lower ?? '')) return -1;
  let head = start;
  while (head + 1 < end && tokenAt(doc, head + 1).pos !== 'ADP') head++;
  if (!MEDIUM_HEADS.has(tokenAt(doc, head).lower)) return -1;
  let v = start - 2;
  if (VERB_PARTICLES.has(maybeToken(doc, v)?.lower ?? '')) v--;
  const verb = maybeToken(doc, v);
  return verb !== undefined && v > floor && verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.value) && !/ing$/.test(verb.lower) ? v : -1;
}
