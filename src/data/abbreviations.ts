/**
 * Words the tokenizer mistakes for abbreviations, for text preparation
 * (src/prepare/document.ts).
 * @internal
 */

/** What a lower-case word of {@link WORD_STOPS} is when it ends a sentence. */
export interface WordStop {
  /** The part of speech the word mostly has at the end of a sentence. */
  readonly pos: string;
  /** Its verb's lemma, taken after an auxiliary or "to" ("will miss."); none when the word is no verb there. */
  readonly verb?: string;
}

/**
 * One-letter names that wink keeps whole with a full stop after them, taking
 * them for an initial: after "on" they name a network, and the full stop ends
 * the sentence ("wrote on X. 'Stay safe,' she said"), unless a surname
 * or another initial follows ("relied on X. Ortell").
 */
export const LETTER_NAME_STOPS: ReadonlySet<string> = new Set(['X.']);

/** The words before a one-letter name of {@link LETTER_NAME_STOPS} that make it a network's: "on X.". */
export const LETTER_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['on']);

/**
 * Capitalised words that wink keeps whole with a full stop after them, taking
 * them for a day's abbreviation ("Sun." for Sunday): right after another
 * capitalised word they end a newspaper's name, and the full stop ends the
 * sentence ("according to the Tulsa Sun. Critics ...").
 */
export const NAME_END_STOPS: ReadonlySet<string> = new Set(['Sun.']);

/**
 * Lower-case words that wink keeps whole with a full stop after them, taking
 * them for an abbreviation ("miss." for Mississippi, "ill." for Illinois,
 * "sat." for Saturday, "fig." for figure): written in lower case they are the
 * word and the sentence's full stop ("a near miss.", "fell ill.").
 */
export const WORD_STOPS: ReadonlyMap<string, WordStop> = new Map<string, WordStop>([
  ['miss', { pos: 'NOUN', verb: 'miss' }], ['ill', { pos: 'ADJ' }], ['sun', { pos: 'NOUN' }], ['sat', { pos: 'VERB' }],
  ['mass', { pos: 'NOUN' }], ['ore', { pos: 'NOUN' }], ['wash', { pos: 'NOUN', verb: 'wash' }], ['fig', { pos: 'NOUN' }],
]);
