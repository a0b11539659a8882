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

