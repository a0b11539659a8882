/**
 * A request for anonymity put as a "that" clause is boilerplate, not speech:
 * "A clerk who asked that her name be withheld said ...", "requested that he
 * not be named". The infinitive form ("asked not to be named") is dropped in
 * `infinitive.ts`; this is the same for the clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { NAME_NOUNS, NAME_WITHHELD, UNNAMED, ANONYMITY_ASKING_LEMMAS, WITHHELD_NAME_OWNERS } from '../../data/clauses.js';
import { KEPT_SECRET_WORDS } from '../../data/function-words.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';


/**
 * True when cue lemma `lemma` is a verb of asking and its "that" clause, from
 * token `p` (the word after "that") up to `end`, asks for anonymity and nothing
 * more: "her name be withheld", "their names not be used", "he not be
 * identified" (closing the clause or followed by a comma).
 */
export function anonymityRequest(doc: Doc, lemma: string, p: number, end: number): boolean {
  if (!ANONYMITY_ASKING_LEMMAS.has(lemma)) return false;
  const word = (k: number): string => (k < end ? tokenAt(doc, k).lower : '');
  let k = p;
  let withheld: ReadonlySet<string>;
  if (WITHHELD_NAME_OWNERS.has(word(k)) && NAME_NOUNS.has(word(k + 1))) {
    k += 2;
    withheld = word(k) === 'not' ? UNNAMED : NAME_WITHHELD;
  } else if (PERSON_SUBJECT_PRONOUNS.has(word(k)) && word(k + 1) === 'not') {
    k += 1;
    withheld = UNNAMED;
  } else return false;
  if (word(k) === 'not') k++;
  if (word(k) !== 'be' || !withheld.has(word(k + 1))) return false;
  k += 2;
  // ("kept out", "kept private": the participle's complement)
  if (word(k - 1) === 'kept' && KEPT_SECRET_WORDS.has(word(k))) k++;
  return k >= end || /^[,.;)—–-]$/.test(tokenAt(doc, k).value);
}
