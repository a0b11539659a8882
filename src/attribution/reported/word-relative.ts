/**
 * "The term Lee used to describe the plan was harsh": a cue in an object
 * relative clause that modifies a noun of words used ({@link USED_WORD_NOUNS})
 * at the head of the sentence's subject tells which words were meant; what
 * follows the cue is no report of its own.
 * @internal
 */
import type { CueMatch } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { USED_WORD_NOUNS } from '../../data/cues.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { PERFECT_AUXILIARIES } from '../../data/clauses.js';

/** Most tokens of a name between the noun and the cue ("Gov. Ann Lee"). */
const MAX_NAME = 4;

/**
 * True when cue `cue` opens right after the subject of an object relative
 * clause (a name or a personal pronoun, with "has" or "had" or not, and the
 * clause's verb and "to" before an infinitive cue: "a term Lee has used to
 * describe") that
 * follows a determiner opening the sentence (or right after a conjunction
 * that opens it) and a noun of
 * {@link USED_WORD_NOUNS}: "The term Lee used to describe ...", "The word she
 * has used to describe ..." (not "Lee used a harsh term to describe ...", nor
 * "It is a word Lee has used to describe his rival").
 */
export function usedWordRelative(doc: Doc, cue: CueMatch): boolean {
  const sent = tokenAt(doc, cue.first).sent;
  let k = cue.first - 1;
  // (an infinitive cue leaves its "to" and the clause's own verb before it: "a term Lee has used to | describe")
  if (k >= 1 && tokenAt(doc, k).lower === 'to' && tokenAt(doc, k - 1).pos === 'VERB') k -= 2;
  if (k >= 0 && PERFECT_AUXILIARIES.has(tokenAt(doc, k).lower)) k--;
  const last = k;
  const pronoun = maybeToken(doc, k);
  if (pronoun !== undefined && pronoun.pos === 'PRON' && PERSON_SUBJECT_PRONOUNS.has(pronoun.lower)) k--;
  else while (k >= 0 && last - k < MAX_NAME && tokenAt(doc, k).pos === 'PROPN' && tokenAt(doc, k).sent === sent) k--;
  if (k === last || k < 1) return false;
  const noun = tokenAt(doc, k);
  const det = tokenAt(doc, k - 1);
  // (the phrase opens its sentence, so the words after the cue run into the sentence's own verb; as an object the
  // relative keeps its report: "It is a word Tom Reyes has used to describe his rival.")
  // (after a conjunction that opens it too: "But the term Lee used to describe the plan was harsh.")
  const opens = opensSentence(doc, k - 1) || (tokenAt(doc, k - 2).pos === 'CCONJ' && opensSentence(doc, k - 2));
  return opens && noun.sent === sent && det.sent === sent && USED_WORD_NOUNS.has(noun.lower) && /^\p{Ll}+$/u.test(noun.value) && det.pos === 'DET';
}

/** True when token `k` is the first of its sentence. */
function opensSentence(doc: Doc, k: number): boolean {
  return k === 0 || (k > 0 && tokenAt(doc, k - 1).sent !== tokenAt(doc, k).sent);
}
