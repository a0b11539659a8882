import { TITLE_SMALL_WORDS } from '../data/function-words.js';
/**
 * Tells a quoted title ("Make Your Kid a Millionaire", "The Drowning Coast")
 * from quoted words: every word but the short ones is capitalised.
 * @internal
 */

/** The words of a stretch of text, without leading punctuation. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) out.push(w.replace(/^[^\p{L}\p{N}]+/u, ''));
  return out;
}

/** True when every significant word is capitalised (and there is one). */
export function isTitle(words: readonly string[]): boolean {
  const significant = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
