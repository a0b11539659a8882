/**
 * Words that open the part of a sentence before a parenthetical speaker and
 * cue (`Of course, she said, "..."`) and that annotated news counts as part of
 * what was said, unlike a narrator's framing of time or place.
 * @internal
 */

/**
 * Whole openers, lower-case, that stand alone before the speaker's comma:
 * `In other words, he said, "..."`, `Instead, she said, "..."`.
 */
export const CONNECTIVE_OPENERS: ReadonlySet<string> = new Set(['in other words', 'of course', 'instead']);

/**
 * First words, lower-case, of a topic phrase: `Of the plan, she said, "..."`.
 * ("As for the budget, ..." is kept as often as not, so it is left out.)
 */
export const TOPIC_OPENERS: readonly string[] = ['of'];
