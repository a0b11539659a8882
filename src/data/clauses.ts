/**
 * Function words that shape the clauses around an attribution: the words
 * that open a narrator's subordinate clause, the linking adverbs that join a
 * sentence to the one before, and the words of the fronted "To X, ..." view.
 * @internal
 */

/**
 * Subordinators that open a narrator's clause after a quote or an object and so
 * end it: `He said, "We will win" as the crowd cheered.`, `cited the costs
 * because ...`.
 */
export const NARRATOR_SUBORDINATORS: ReadonlySet<string> = new Set([
  'because', 'after', 'before', 'when', 'while', 'since', 'until', 'if', 'although', 'though', 'as', 'whereas', 'unless', 'once', 'whenever',
]);

/**
 * Adverbs that link a sentence to the one before rather than qualify what is
 * said: `Still, the plan is dead, Hale said.` They are left out of the content
 * before them; other adverbs ("Unfortunately, ...") belong to it.
 */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set([
  'still', 'however', 'meanwhile', 'indeed', 'moreover', 'nonetheless', 'nevertheless', 'also', 'furthermore', 'besides', 'instead',
  'otherwise', 'likewise', 'similarly', 'consequently', 'therefore', 'thus', 'hence', 'additionally', 'separately', 'regardless', 'anyway',
]);

/** Words for people that may stand alone after a fronted "to": "To many, ...", "To them, ...". */
export const TO_VIEW_PEOPLE_WORDS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'me', 'us', 'many', 'others', 'some', 'most']);

/** Words that may open the sentence before a fronted "to": "But to others, ...". */
export const TO_VIEW_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** Possessive determiners of the third person: "his", "her", "their", "its". */
export const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Possessive determiners: "his", "her", "their", "its", "our", "my". */
export const POSSESSIVES: ReadonlySet<string> = new Set([...THIRD_POSSESSIVES, 'our', 'my']);
