/**
 * A present-tense verb of talking that the tagger read as a noun after a name,
 * right before its topic's preposition: "Ms. Ortiz talks about the levee"
 * (one of the shapes of `noun-tagged.ts`).
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { tokenAt } from '../prepare/lookup.js';
import { TOPIC_CLOSERS, TOPIC_PREPOSITIONS } from '../data/cues.js';
import { CLAUSE_RELATIVES, TOPIC_QUESTION_WORDS } from '../data/clauses.js';

/** How far after its preposition the topic of a noun-tagged verb is checked for a verb of its own. */
const MAX_NAME_TOPIC = 12;

/**
 * "Ms. Ortiz talks about the levee", "Lee jokes about his age": a present-tense
 * verb of talking that the tagger reads as a noun after a name, right before
 * its topic's preposition. The topic must hold no verb of its own up to the
 * clause's end ("Trade talks about the levee stalled" is a noun phrase), unless
 * it opens with a question word ("talks about what can be done"). A relative
 * clause set off by commas does not end the topic: the scan goes on after it
 * ("Port talks about the pier, which reopened, made progress" is a noun phrase).
 */
export function nameTopicVerb(doc: Doc, t: Token): boolean {
  if (t.pos !== 'NOUN' || !/s$/.test(t.lower)) return false;
  const before = tokenAt(doc, t.i - 1);
  const prep = tokenAt(doc, t.i + 1);
  if (before.pos !== 'PROPN' || before.sent !== t.sent || prep.sent !== t.sent || !TOPIC_PREPOSITIONS.get(t.lemma)?.has(prep.lower)) return false;
  if (TOPIC_QUESTION_WORDS.has(tokenAt(doc, t.i + 2).lower)) return true;
  let limit = t.i + 2 + MAX_NAME_TOPIC;
  for (let k = t.i + 2; k < limit; k++) {
    const w = tokenAt(doc, k);
    if (w.sent !== t.sent) return true;
    if (w.value === ',' && CLAUSE_RELATIVES.has(tokenAt(doc, k + 1).lower)) {
      // ", which resumed on Monday,": skip to the clause's closing comma and scan on after it
      let c = k + 2;
      while (tokenAt(doc, c).sent === t.sent && !TOPIC_CLOSERS.has(tokenAt(doc, c).value)) c++;
      if (tokenAt(doc, c).value !== ',') return true;
      k = c;
      limit = c + 1 + MAX_NAME_TOPIC;
      continue;
    }
    if (TOPIC_CLOSERS.has(w.value)) return true;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.lower) && tokenAt(doc, k - 1).lower !== 'to') return false;
  }
  return false;
}
