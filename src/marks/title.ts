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

/** Most words of a short quoted title: a programme or a work named in an attribution ("Morning Hour", "Meet the Press"). */
export const MAX_TITLE_WORDS = 6;

/**
 * True when `words` are a short title: one to {@link MAX_TITLE_WORDS} words,
 * the first capitalised (or a number), and in Title Case ({@link isTitle}).
 */
export function isShortTitle(words: readonly string[]): boolean {
  return words.length > 0 && words.length <= MAX_TITLE_WORDS && /^[\p{Lu}\p{N}]/u.test(words[0]!) && isTitle(words);
}
