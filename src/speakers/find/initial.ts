/**
 * Initials of a person's name: "R." in "Denis R. Marrow", "J" and its full
 * stop when the tokenizer splits them ("J", "."). One reading for the rules
 * that step over an initial inside a name.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';

/** An initial written as one word: a capital and its full stop ("R."). */
const INITIAL_WORD = /^\p{Lu}\.$/u;

/** A single capital letter ("J"). */
const CAPITAL_LETTER = /^\p{Lu}$/u;

/**
 * True when `value` is an initial written as one word: a capital and its full
 * stop ("R.", "É.").
 *
 * @param value - A token's or a word's text.
 */
export function isInitialWord(value: string): boolean {
  return INITIAL_WORD.test(value);
}

/**
 * True when the token at `k` is a single capital letter and the next token a
 * full stop: an initial the tokenizer split ("J", ".").
 *
 * @param doc - The prepared document.
 * @param k - A token index.
 */
export function isSplitInitial(doc: Doc, k: number): boolean {
  return CAPITAL_LETTER.test(tokenAt(doc, k).value) && maybeToken(doc, k + 1)?.value === '.';
}

/**
 * True when the token at `k` is an initial: "R.", or "J" with a full stop as
 * the next token.
 *
 * @param doc - The prepared document.
 * @param k - A token index.
 */
export function isInitial(doc: Doc, k: number): boolean {
  return isInitialWord(tokenAt(doc, k).value) || isSplitInitial(doc, k);
}
