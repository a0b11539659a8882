/**
 * "held that" of a ruling, a report of what a court or a judge decided: "The
 * court held that the law was valid", "the majority holds that ...". "hold"
 * reports only with "that" and a clause after it ("held a rally", "held that
 * post for years" report nothing).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { HELD_OBJECTS } from '../data/cues.js';
import { RELATIVE_PRONOUNS } from '../data/clauses.js';
import { PHRASE_OPENING_TAGS } from '../data/tags.js';

/** Most tokens of the subject of the clause after "held that". */
const MAX_SUBJECT = 6;

/** Parts of speech of the words of that subject: "the statute", "states", "it", "the 2019 law". */
const SUBJECT_TAGS: ReadonlySet<string> = PHRASE_OPENING_TAGS;

/**
 * True when the form of "hold" at token `i` is a verb with "that" right after
 * it and a clause after the "that": a short subject, then a verb or an
 * auxiliary, "The court held that the statute did not apply", "held that
 * states may tax sales" (not "held that post for years", nor a noun of
 * {@link HELD_OBJECTS} after "that" in a relative clause: "who held that view
 * stayed home", nor, after "holding" or in a relative clause, one singular
 * noun before the verb: "A man holding that sign said ...").
 */
export function heldThat(doc: Doc, i: number): boolean {
  const t = tokenAt(doc, i);
  const that = maybeToken(doc, i + 1);
  if (t.pos !== 'VERB' || that === undefined || that.lower !== 'that' || that.sent !== t.sent) return false;
  // ("who held that view stayed home", "that held that seat lost": in a relative clause, a determiner before what is
  // held, and the verb after it the main clause's; "The court held that position was untenable" is a ruling)
  if (HELD_OBJECTS.has(maybeToken(doc, i + 2)?.lower ?? '') && inRelativeClause(doc, i)) return false;
  let k = i + 2;
  while (k < i + 2 + MAX_SUBJECT && maybeToken(doc, k)?.sent === t.sent && SUBJECT_TAGS.has(tokenAt(doc, k).pos)) k++;
  // ("A man holding that sign said ...", "A man who held that sign said ...": after a participle or in a relative
  // clause, one singular noun after "that" is what is held, the verb is the holder's; "The court held that position
  // was untenable" is a ruling)
  if (k === i + 3 && loneSingularNoun(tokenAt(doc, i + 2)) && (t.lower === 'holding' || inRelativeClause(doc, i))) return false;
  const verb = maybeToken(doc, k);
  return k > i + 2 && verb !== undefined && verb.sent === t.sent && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** Most adverbs and auxiliaries between a relative pronoun and "hold" ("who have long held"). */
const MAX_RELATIVE_GAP = 3;

/** True when the "hold" at token `i` is the verb of a relative clause: a relative pronoun before it, adverbs or auxiliaries between. */
function inRelativeClause(doc: Doc, i: number): boolean {
  const sent = tokenAt(doc, i).sent;
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_RELATIVE_GAP); k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent) return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return false;
  }
  return false;
}

/** True when token `t` is a common noun in its singular form, its own lemma: "sign", "compass" (not "states"). */
function loneSingularNoun(t: { pos: string; lower: string; lemma: string }): boolean {
  return t.pos === 'NOUN' && t.lemma === t.lower;
}
