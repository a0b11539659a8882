/**
 * The key a title word is looked up by: lower case, without its final period.
 * @internal
 */
import { TITLE_WORDS } from '../../data/titles.js';
import type { Token } from '../../prepare/document.js';

/** Lower-cases a title word and strips its final period: "Sen." -> "sen". */
export function titleKey(value: string): string {
  return withoutFinalPeriod(value.toLowerCase());
}

/**
 * {@link titleKey} of a token's value, from its lower case (which is its value
 * lower-cased): no new lower-case copy per ask.
 */
export function tokenTitleKey(t: Token): string {
  return withoutFinalPeriod(t.lower);
}

/** `lower` without its final period, if it ends in one: the key of {@link titleKey}. */
function withoutFinalPeriod(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 /* . */ ? lower.slice(0, -1) : lower;
}

/**
 * True when `value` is a title word ({@link TITLE_WORDS} by {@link titleKey}),
 * alone or shared with a "co-" prefix: "director", "Sen.", "co-chair".
 */
export function isTitleWordValue(value: string): boolean {
  const key = titleKey(value);
  return TITLE_WORDS.has(key) || (key.startsWith('co-') && TITLE_WORDS.has(key.slice(3)));
}
