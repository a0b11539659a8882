/**
 * A time phrase between a cue and its object of quoted words: in the invented
 * `The mayor called on Monday for "calm."` the cue is "called" (for), the
 * time "on Monday" is neither cue nor what was said, and the words said start
 * after the particle "for"; in `She described on Friday the plan as "a
 * mess."` they start at the object "the plan". "at" or "on" before a time is
 * no particle of the cue ("called on", "described at").
 * @internal
 */
import type { Doc } from '../../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { AS_TIME_NOUNS, DAY_OR_MONTH, TIME_LABEL, TIME_PHRASE_PREPOSITIONS, YEAR } from '../../../data/time.js';
import { QUOTATION_PREPOSITIONS } from '../../../data/cues.js';

/** Most tokens of the time phrase, its preposition included ("on Monday morning", "in March 2009"). */
const MAX_TIME_PHRASE = 4;

/** True when token `k` is a word of time: a capitalised day or month, a year or a time noun ("Monday", "2009", "week"). */
function timeWord(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return YEAR.test(t.value) || TIME_LABEL.has(t.lower) || AS_TIME_NOUNS.has(t.lower) || dayOrMonth(doc, k);
}

/** True when token `k` is a capitalised day or month ("Monday", "March"; not "a march"). */
function dayOrMonth(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return DAY_OR_MONTH.has(t.lower) && /^\p{Lu}/u.test(t.value);
}

/**
 * Where the words said start after a time phrase at token `from`, before the
 * opening mark at offset `open` and token `end`: a preposition of
 * {@link TIME_PHRASE_PREPOSITIONS} then determiners, adjectives and words of
 * time ending in a time word ("on Monday", "at the time"), or a bare day
 * ("Monday"); then a preposition, which belongs to the cue and is skipped
 * ("for", "about"; not "as" or "to", which annotated news keeps with the
 * words said), or, after a phrase with its preposition, the object itself
 * (a bare day before an object or "as" is that object: 'called Monday a
 * "dark day"'). Else `from`.
 */
export function objectAfterTimePhrase(doc: Doc, from: number, end: number, open: number): number {
  const first = tokenAt(doc, from);
  const bare = !TIME_PHRASE_PREPOSITIONS.has(first.lower);
  if (bare && !dayOrMonth(doc, from)) return from;
  let k = bare ? from : from + 1;
  let timed = false;
  for (; k < end && k <= from + MAX_TIME_PHRASE; k++) {
    const t = maybeToken(doc, k);
    if (t === undefined || t.start >= open) return from;
    if (timeWord(doc, k)) {
      timed = true;
      continue;
    }
    if (!timed && (t.pos === 'DET' || t.pos === 'ADJ')) continue;
    break;
  }
  // (the phrase ends in its time word, and something of the object follows it before the quotation)
  if (!timed || k >= end || !timeWord(doc, k - 1)) return from;
  const next = tokenAt(doc, k);
  if (next.start > open || next.value === ',' || isMarkToken(next.value)) return from;
  if (next.pos === 'ADP' && !QUOTATION_PREPOSITIONS.has(next.lower) && next.lower !== 'as') return k + 1 < end ? k + 1 : from;
  // (a bare day before "as" or a noun phrase is the object itself: 'called Monday a "dark day"', 'described March as
  // "the worst month"')
  if (bare) return from;
  return /^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(next.pos) || next.lower === 'as' ? k : from;
}
