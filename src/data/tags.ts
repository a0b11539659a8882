/**
 * Groups of part-of-speech tags (wink-nlp's Universal Dependencies tags) that
 * the rules step over or test a word against when they read a phrase from
 * its tags: the words a noun phrase is made of, the words that may open one,
 * the words before its noun. A rule whose group is its own keeps it beside
 * its logic; a group two rules or more read the same way lives here.
 */

/**
 * The words of a noun phrase, a pronoun and a possessive "'s" (PART)
 * included: what a subject, an object or a listener is read over ("the
 * city's new budget", "her own staff", "some 40 residents").
 */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);

/**
 * The words of a noun phrase built on a noun, with no pronoun: a maker or a
 * subject read back from its verb ("the Harbor Gazette", "rival lawmakers",
 * "the county's two clerks"), where a pronoun would be a clause of its own.
 */
export const NOUN_HEADED_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * The words that may open a noun phrase after a verb or a preposition, a
 * pronoun included ("told them", "asked the board", "to 30 tenants"): the
 * start of an object or a listener; and the first word of a subject ("Ada
 * Brook", "she", "the mayor", "the 2019 law").
 */
export const PHRASE_OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * The words that may open or fill a noun phrase built on a noun, with no
 * pronoun and no possessive: an object ("the plan", "new rules", "40
 * percent") or the modifiers of a source ("a Gazette poll").
 */
export const NOUN_OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The words that open a noun phrase before its common noun, or stand for it:
 * a determiner, a pronoun (a possessive: "his party's"), a number, an
 * adjective or a name. What a prize taken opens with ("claimed the Senate
 * seat", `reported/claimed-prize.ts`) and what an object opens with after a
 * verb in -s the tagger read as a noun ("sets a bad example",
 * `reported/inserted-attribution.ts`).
 */
export const NOUN_LEADING_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'PRON']);

/**
 * The words that may stand between a verb and the noun of feeling or of
 * saying it takes ("expressed their deep concern", "voiced some very real
 * doubts"): a determiner, a possessive pronoun, an adjective or an adverb.
 */
export const PRE_NOUN_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON', 'ADV']);

/**
 * The words of a short phrase naming people, with no figure: a listener
 * ("asked the mayor", "urged them") or a subject before an unknown verb.
 */
export const PERSON_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/**
 * The words that may open the content or topic after a noun or verb of
 * stance or saying: a noun phrase or a verb ("backed raising the fare",
 * "his views on the levy").
 */
export const CONTENT_OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'VERB']);

/**
 * The words inside a noun phrase after its determiner, up to and with its
 * noun ("the [new city budget]", "a [2024 Gazette] poll"): a phrase goes on
 * while they follow.
 */
export const NOUN_MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A determiner or an adjective: what may stand before a noun that a participle or a quotation mark follows. */
export const DETERMINER_OR_ADJECTIVE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ']);

/**
 * A noun, a name or a number: the word a noun phrase closes on ("the new
 * library", "Ann Lee", "Route 9"), where a list item holds one and a subject
 * ends before its verb.
 */
export const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * The words of a noun phrase built on a noun with the phrases of a
 * preposition after it, no pronoun: a record's phrase before its finding verb
 * ("the county's records of the vote"), the tail of a negated nobody ("No one
 * at the county agency").
 */
export const NOUN_PREPOSITION_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);

/**
 * The words of a short adjunct of time or manner: an adverb or a short
 * prepositional phrase ("on Wednesday", "in a statement", "however"). They may
 * stand between an attribution's verb and a participle's comma, or (with
 * commas) between "say" and its report: "say, however, that", "say in private
 * that".
 */
export const ADJUNCT_TAGS: ReadonlySet<string> = new Set(['ADP', 'NOUN', 'PROPN', 'NUM', 'DET', 'ADV', 'ADJ']);

/**
 * Verbs that are also nouns, which the tagger reads as nouns after a subject
 * noun ("the bill cost too much", "the team plans further tests"): read as
 * verbs there (`prepare/document.ts`).
 */
export const NOUN_VERB_MISREADS: ReadonlySet<string> = new Set(['cost', 'costs', 'plans']);
