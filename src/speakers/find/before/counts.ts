/**
 * Numbers and counting words in a subject before a cue: "the two" and "all
 * six" after a preposition ("The memo by the two said"), a name set off after
 * "one" or "another" ("Another, Mr Alan Price, wrote").
 * @internal
 */
import type { Mention } from '../../shape.js';
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { phraseStartBefore } from '../noun-phrase.js';
import { kindOfName } from '../../kinds.js';
import { ELLIPTICAL_NUMBERS, ONE_WORDS, ELLIPTICAL_NUMBER_DETERMINERS, ELLIPTICAL_NUMBER_PREPOSITIONS } from '../../../data/function-words.js';
import { mentionWith } from '../../shape.js';

/**
 * The start of "the two", "all six" ending at `end - 1` when a preposition
 * of a speaker's tail and a noun phrase come before it ("The memo by the
 * two", "majorities in all six"), so that the tail is read whole; else -1.
 */
export function ellipticalNumberStart(doc: Doc, end: number, floor: number): number {
  if (end - 4 < floor) return -1;
  const num = tokenAt(doc, end - 1);
  const det = tokenAt(doc, end - 2);
  const prep = tokenAt(doc, end - 3);
  if (!ELLIPTICAL_NUMBERS.has(num.lower) || !ELLIPTICAL_NUMBER_DETERMINERS.has(det.lower) || !ELLIPTICAL_NUMBER_PREPOSITIONS.has(prep.lower)) return -1;
  if (num.sent !== prep.sent) return -1;
  return phraseStartBefore(doc, end - 3, floor) >= 0 ? end - 2 : -1;
}

/**
 * "Another, Mr Alan Price, wrote", "One, Ms Jane Cole, said": a person's name
 * set off after "one" or "another" that opens the sentence or follows a comma
 * is the one counted; the word is kept as the name's description, the
 * mention covers both. Null otherwise.
 */
export function countedNamed(doc: Doc, end: number, floor: number, appositive: Mention | null): Mention | null {
  if (appositive?.kind !== 'name' || end - 1 < floor || kindOfName(appositive.name) !== 'person') return null;
  const w = tokenAt(doc, end - 1);
  if (!ONE_WORDS.has(w.lower)) return null;
  const prev = maybeToken(doc, end - 2);
  // (or after a conjunction or adverb opening the sentence: "Yet another, Tom Reed, said")
  const before = maybeToken(doc, end - 3);
  const opener = prev !== undefined && /^(CCONJ|ADV)$/.test(prev.pos) && end - 2 >= floor && (end - 2 === floor || before === undefined || before.sent !== prev.sent);
  if (end - 1 > floor && prev !== undefined && prev.sent === w.sent && prev.value !== ',' && !opener) return null;
  const first = opener ? end - 2 : end - 1;
  return mentionWith(appositive, { first, start: tokenAt(doc, first).start, description: doc.text.slice(tokenAt(doc, first).start, w.end) });
}
