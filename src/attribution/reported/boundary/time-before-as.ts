/**
 * A time phrase between a cue and "as" before quoted words: in the invented
 * `an honour she described at the time as "very nice"` the words said start
 * at "as" (kept, as annotated news keeps `described as "volatile"`), and "at"
 * is no particle of the cue ("described at").
 * @internal
 */
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { AS_TIME_NOUNS, DAY_OR_MONTH, TIME_LABEL, TIME_PHRASE_PREPOSITIONS } from '../../../data/time.js';

/** Most tokens of the time phrase, its preposition included ("at that very time", "in March 2009"). */
const MAX_TIME_PHRASE = 4;

/**
 * Where "as" stands after a time phrase at token `from` (a preposition of
 * {@link TIME_PHRASE_PREPOSITIONS}, then determiners, numbers, days, months
 * and time nouns, one of them a time word: "at the time", "in 2009", "on
 * Monday"), before `end`; else `from`.
 */
export function asAfterTimePhrase(doc: Doc, from: number, end: number): number {
  if (!TIME_PHRASE_PREPOSITIONS.has(tokenAt(doc, from).lower)) return from;
  let timed = false;
  for (let k = from + 1; k < end && k <= from + MAX_TIME_PHRASE; k++) {
    const t = maybeToken(doc, k);
    if (t === undefined) return from;
    if (t.lower === 'as') return timed && k > from + 1 ? k : from;
    if (t.pos === 'NUM' || TIME_LABEL.has(t.lower) || AS_TIME_NOUNS.has(t.lower) || DAY_OR_MONTH.has(t.lower)) timed = true;
    else if (t.pos !== 'DET' && t.pos !== 'ADJ') return from;
  }
  return from;
}
