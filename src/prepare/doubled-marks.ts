/**
 * Sentence ends inside a closing mark written as two apostrophes (issue 11).
 *
 * Some newspapers write quotation marks as two apostrophes:
 * `Lee called it ''a mistake.'' Then she left.` wink reads the closing `''`
 * as two tokens and ends the sentence between them, so the next sentence
 * began with a stray `'`. {@link closesDoubledMark} tells the sentence
 * builder that the second apostrophe still belongs to the sentence before;
 * the builder then ends that sentence after it (and after a closing bracket
 * right after it: `to ''retire.'') Then ...`).
 * @internal
 */
import { SENTENCE_END } from '../data/marks.js';

/** The apostrophes wink reads as tokens of their own: straight and curly (`''`, `’’`). */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);

/** The few fields of a token this rule reads. */
interface Near {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * True when tokens `a` and `b` are the two halves of a mark written as two
 * apostrophes (`''`, `’’`): the same apostrophe twice, with nothing between.
 */
export function apostrophePair(a: Near | undefined, b: Near | undefined): boolean {
  return a !== undefined && b !== undefined && APOSTROPHES.has(a.value) && a.value === b.value && a.end === b.start;
}

/**
 * True when the token `value` at `start`, which wink puts at the start of a
 * new sentence, is the second apostrophe of a closing `''` that follows a
 * full stop, question mark, exclamation mark or ellipsis: `prev` is the first
 * apostrophe and `before` the punctuation, all three written without space
 * between them. `before` and `prev` must be tokens of the sentence so far.
 */
export function closesDoubledMark(before: Near | undefined, prev: Near | undefined, value: string, start: number): boolean {
  return apostrophePair(prev, { start, end: start + value.length, value }) && before !== undefined && before.end === prev!.start && SENTENCE_END.has(before.value);
}

/** True when `value` at `start` is a closing bracket right after `prev`: `.'')`. */
export function closesBracketAfterMark(prev: Near | undefined, value: string, start: number): boolean {
  return (value === ')' || value === ']') && prev !== undefined && prev.end === start;
}
