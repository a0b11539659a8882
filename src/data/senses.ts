/**
 * Verbs of saying that often have another sense, where they report nothing:
 * "maintained a lead", "boasts a new stadium", "added a second ferry".
 * @internal
 */

/**
 * Cue lemmas that report a bare clause only when a subject pronoun opens it
 * ("maintained he was innocent"); with a noun phrase after them they keep or
 * show something ("maintained a wide lead", "boasts a new stadium", "added a
 * second ferry").
 */
export const NOUN_OBJECT_CUES: ReadonlySet<string> = new Set(['maintain', 'boast', 'add']);


/**
 * Words right before "say" (adjectives between them allowed) that make it the
 * noun of having a voice in something, which reports nothing: "had their say",
 * "a larger say", "the final say", "no say in". ("her" is left out: "heard her
 * say ..." is the verb.)
 */
export const SAY_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'their', 'his', 'its', 'our', 'my', 'your', 'no']);
