/**
 * A noun of what is said or of time before a name, which opens a relative
 * clause with no "that" ("a claim Lee denied") and is no title of the name.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { RELATIVE_HEAD_NOUNS } from '../../data/cues.js';
import { TIME_NOUN_SET } from '../../data/time.js';
import { JOB_TITLE_WORDS, TITLE_WORDS } from '../../data/titles.js';
import { PEOPLE_NOUNS } from '../../data/people.js';

/**
 * True when the phrase [`first`, `nameStart`) before a name is a lower-case
 * determiner and one lower-case noun of what is said, of words or of time
 * ({@link RELATIVE_HEAD_NOUNS}, `TIME_NOUN_SET`) that is no word for a person
 * or a title: `'"...," a claim Lee denied'`, "a term Reyes has used", "the
 * moment Sanders spoke". The noun heads a relative clause whose subject is the
 * name; the name alone is the mention. Not "the spokesman Lee", "a senator
 * Lee".
 */
export function relativeHeadBeforeName(doc: Doc, first: number, nameStart: number): boolean {
  if (nameStart !== first + 2) return false;
  const det = tokenAt(doc, first);
  const noun = tokenAt(doc, first + 1);
  if (det.pos !== 'DET' || !/^\p{Ll}+$/u.test(det.value) || !/^\p{Ll}+$/u.test(noun.value)) return false;
  if (TITLE_WORDS.has(noun.lower) || JOB_TITLE_WORDS.has(noun.lower) || PEOPLE_NOUNS.has(noun.lower)) return false;
  return RELATIVE_HEAD_NOUNS.has(noun.lower) || TIME_NOUN_SET.has(noun.lower);
}
