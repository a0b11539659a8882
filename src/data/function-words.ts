/**
 * Small closed lists of function words the speaker finders read: clause
 * openers, compound prepositions, quantifiers standing for people, copulas
 * and determiners.
 * @internal
 */

/**
 * Subordinating conjunctions: they open a clause before the main subject
 * ("When he arrived, Lee said"; a sentence's adverbial clause ending at a
 * comma before the main clause, "While the deal is expected to close in May,
 * the union ...", `reported/opt-in-fronted.ts`), or one whose own subject a
 * coordinated cue may share ("Lee, though she praised him and said").
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when', 'while', 'though', 'although', 'if', 'because', 'as', 'whereas', 'unless', 'once', 'until', 'since', 'after', 'before',
]);

/**
 * Words of {@link SUBORDINATORS} that as often govern a noun as open a clause ("Since Monday,", "After Ada Brook,"):
 * a name after them is no clause's subject on that word's evidence alone.
 */
export const PREPOSITIONAL_SUBORDINATORS: ReadonlySet<string> = new Set(['until', 'since', 'after', 'before']);

/** Three-word prepositions before a gerund cue that opens a sentence: "In addition to stating", "In response to saying". */
export const COMPOUND_PREPOSITIONS_3: ReadonlySet<string> = new Set(['in addition to', 'in response to']);

/** Two-word prepositions before a gerund cue that opens a sentence: "Instead of saying", "Aside from noting". */
export const COMPOUND_PREPOSITIONS_2: ReadonlySet<string> = new Set(['instead of', 'rather than', 'apart from', 'aside from']);

/**
 * Quantifiers that stand alone for people as the subject of an opt-in verb the
 * tagger read as a noun after them: "Many fear the deal will fail", "Both
 * think ...", "Some view the levy as a tax" (see `cues/noun-tagged.ts`). Not
 * {@link BARE_QUANTIFIERS}: "few" is in ("Few think ..."), "several" is out.
 */
export const QUANTIFIED_THINKERS: ReadonlySet<string> = new Set(['few', 'many', 'some', 'most', 'both', 'others', 'all']);

/** Quantifiers that stand alone for people as a subject: "Some seek to ...", "Many fear that ...". */
export const BARE_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'others', 'both', 'all', 'several']);

/**
 * Bare quantifiers that stand for people as the subject of an opt-in cue only
 * (thought, evidence, stance): "But few believe the truce will last". "few"
 * speaks for no one in the default categories.
 */
export const OPT_IN_BARE_QUANTIFIERS: ReadonlySet<string> = new Set([...BARE_QUANTIFIERS, 'few']);

/**
 * Quantifiers that may float after the people they count, between the subject
 * and its cue: "Lee and Reyes both said", "They each said", "the senators all
 * suggested".
 */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/**
 * Quantifiers that, capitalised only because they open a sentence, are never a
 * name or a name's first word: "Most of the students ...", "Several
 * lawmakers ...", "Others said".
 */
export const SENTENCE_QUANTIFIERS: ReadonlySet<string> = new Set([...BARE_QUANTIFIERS, 'few', 'half', 'none', 'each', 'more']);

/** Words a relative pronoun may stand for when no noun phrase does: "those who said", "some who argue". */
export const COUNTED_ANTECEDENTS: ReadonlySet<string> = new Set(['those', 'some', 'many', 'others', 'few', 'most', 'several', 'all']);

/** Quantifiers that are the people an object-control verb's object speaks for: "led some to speculate". */
export const CONTROLLED_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'others', 'several', 'few', 'most']);

/** Subject pronouns that may open a coordinated subject: "He and his staff have pledged". */
export const JOINING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'we']);

/** Subject pronouns a past-tense verb may follow ("they deserved a raise"): the tagger's misread nouns in -ed after them are verbs. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Forms of "be" (and "has", "seems", "remains") after an extraposed "it": "It is important to note", "it's worth". */
export const EXTRAPOSING_COPULAS: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s', 'be', 'been', 'has', 'had', 'seems', 'seemed', 'remains']);

/** Words after a comma that open a phrase joined to a subject: "Lee himself, like his aides,", "along with", "together with" ("along" and "together" only before "with"). */
export const SUBJECT_JOINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'including', 'like', 'along', 'together']);

/** Determiners after which a description is no one named before: "neither company", "each aide", "no official". */
export const NOT_ONE_KNOWN: ReadonlySet<string> = new Set(['neither', 'no', 'each', 'every', 'either', 'any', 'both']);

/**
 * The articles "the", "a", "an": one opens a description set off after a
 * name ("Tom Hale, the mayor,", "Ann Lee, a farmer,"), follows a sentence's
 * first word when it is an imperative verb the tagger read as a name ("Mark
 * the date", "Check a box"), or keeps a time noun in the object ("the week
 * before", "a day when").
 */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Determiners that open a speaker's appositive inside an inserted attribution:
 * the articles and "another" ("according to Tom Vale, another former envoy,
 * ..."; see `attribution/reported/boundary/inserted-appositive.ts`).
 */
export const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, 'another']);

/**
 * Determiners and possessives that open a noun phrase in which a name
 * modifies the common noun after it: "the Harbor Line depot", "a Millbrook
 * lawyer", "her Founders Day speech" (such a name is no antecedent of a
 * pronoun: `speakers/not-antecedent.ts`).
 */
export const NAME_MODIFIER_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/**
 * Determiners, lower-case, that make a title abbreviation after them a noun
 * that may end a sentence ("met the Det. Then ...", "met the ex-Gov. Then
 * ..."), rather than a title that opens a name (prepare/document.ts).
 */
export const TITLE_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'his', 'her']);

/**
 * The separators of names coordinated as modifiers of one noun: "the Reed,
 * Lee and Hale eras", "her Reed or Lee campaigns".
 */
export const MODIFIER_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/**
 * Comparatives after "the" that open the halves of a correlative ("The more
 * prices rise, the more voters fear ..."): the first half is no main clause.
 */
export const CORRELATIVE_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'better', 'worse', 'longer', 'harder']);

/**
 * Words after "no" or "not" that make it a negation of the verb group, not of
 * the subject's noun phrase: "no longer says", "no more" (`cues/negation.ts`).
 */
export const VERB_NEGATION_COMPARATIVES: ReadonlySet<string> = new Set(['longer', 'more']);

/** Indefinite pronouns that head a noun phrase a clause describes: "something aides argue is possible", "something he denied". */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['something', 'anything', 'everything', 'nothing']);

/** Object pronouns that may be a listener: "talked to them about", "told him the plan", "asked them whether ...". */
export const LISTENER_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/**
 * Comparative adverbs between a verb of talking and "about" whose "than"
 * closes the topic: "spoke more openly about the strike than she had in years".
 */
export const COMPARATIVE_ADVERBS: ReadonlySet<string> = new Set(['more', 'less', 'better', 'worse', 'longer', 'harder', 'louder', 'faster']);

/** Adverbs of degree before an adjective inside a noun phrase: "the most recent Ledger survey". */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['most', 'more', 'very']);

/**
 * Prepositions that open an adverbial phrase set off before a participle of
 * saying, whose object is no speaker: "Lee spoke for an hour, at one point
 * saying ...", "..., during the debate calling ...".
 */
export const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'during', 'throughout', 'after', 'before', 'over', 'within', 'until']);

/**
 * Lower-case determiners opening the phrase after in, on or at that sets the
 * scene for a person's words ("Lee in her speech said", "Reyes at a rally
 * said"); a quantifier ("Partisans on both sides") opens a phrase of the
 * speaker's own.
 */
export const SCENE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that']);

/** The indefinite articles "a" and "an": after a comma one opens an appositive ("..., a swipe at the press"); "warned investors of a sharp slowdown" is a warning, "warned residents of the shore" a listener. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Words that, right after an inserted attribution set off by commas, finish the
 * clause before it ("The argument would be aided, Lee said, by the calendar",
 * "..., Ann Lee said, rather than from fees", "..., he said, but also the bus
 * riders"): the report goes on after the attribution.
 */
export const ASIDE_RESUMING_WORDS: ReadonlySet<string> = new Set(['by', 'of', 'rather', 'but', 'including', 'so']);

/** Of {@link ASIDE_RESUMING_WORDS}, those that may carry a verb of their own ("..., he said, so it may be clear", "..., including speeches"). */
export const ASIDE_RESUMING_CLAUSE_WORDS: ReadonlySet<string> = new Set(['including', 'so']);

/** Conjunctions that join a second clause after a comma: "..., but he ...". */
export const COMMA_CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so']);

/** Adverbs between a subject and its cue, skipped when the subject is read back from the cue: "officials here say", "she also said", "he flatly denied". */
export const SKIPPABLE_ADVERBS: ReadonlySet<string> = new Set(['here', 'there', 'nationwide', 'statewide', 'overall', 'too', 'first', 'also', 'later', 'then', 'previously', 'earlier', 'recently', 'once', 'further', 'again', 'repeatedly', 'often', 'frequently', 'similarly', 'separately', 'privately', 'publicly', 'reportedly', 'allegedly', 'initially', 'now', 'still', 'even', 'simply', 'flatly', 'bluntly', 'angrily', 'quietly', 'loudly', 'firmly', 'only', 'just', 'already', 'however', 'never', 'not', 'sometimes', 'usually', 'always', 'ever']);

/** Words that stand for people before in, at or on: "Many in the crowd say", "some at the rally". */
export const PARTITIVE_WORDS: ReadonlySet<string> = new Set(['many', 'some', 'most', 'few', 'several', 'others', 'all', 'both', 'none']);

/** Numbers that stand for their noun after "the" or "all" ("by the two", "in all six"). */
export const ELLIPTICAL_NUMBERS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Words that open what was asked about, left out of the content: "asked about the deficit", "asked for his position". */
export const ASKED_TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'for']);

/** Words of negation a few tokens before a cue: "did not say", "never said", "no one ... said". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/**
 * {@link NEGATION_WORDS} with a typographic apostrophe's "n’t" too, before a
 * side taken: "is not a supporter of", "was never a critic of", "haven’t come
 * out against" (rules `reported/stance-role`, `reported/stance-phrase`).
 */
export const STANCE_NEGATIONS: ReadonlySet<string> = new Set([...NEGATION_WORDS, 'n\u2019t']);

/** Forms of a perfect "have" before a participle: "have informed", "had told" (cues/mistagged.ts). */
export const PERFECT_HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', "'ve", '\u2019ve']);

/**
 * Words of rough measure that are also prepositions of an adjunct after a cue:
 * "said about 40 people were hurt" opens a clause, "talked about the plan" does
 * not (`reported/after-cue.ts`).
 */
export const ROUGH_AMOUNT_ADVERBS: ReadonlySet<string> = new Set(['about', 'around']);

/** Currency signs written before an amount: "$5 million", "€40" (a clause's subject may open with one). */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/**
 * Words besides {@link NEGATION_WORDS} that the tagger's negation starts
 * from: "none said", "neither man has spoken" (cues/negation.ts,
 * earlierClauseNegation).
 */
export const NEGATING_WORDS: ReadonlySet<string> = new Set(['none', 'neither', 'nor', 'nobody', 'nothing', 'nowhere', 'cannot', 'without', 'hardly', 'rarely', 'seldom', 'barely']);

/** Words that make "said" an adjective: "the said agreement". */
export const ADJECTIVAL_SAID_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'such']);

/** Words of a count before or in a subject: "60 percent of voters", "a majority of residents". */
export const COUNT_SUBJECT_WORDS: ReadonlySet<string> = new Set(['percent', 'majority', 'plurality', 'half', 'most', 'minority']);

/** Prepositions that open the note's topic. */
export const NOTE_TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'for', 'on', 'regarding']);

/** Prepositions that end a name object: "supported Ramirez in the suburbs", "backed Okafor among women". */
export const COUNT_AFTER_NAME: ReadonlySet<string> = new Set(['in', 'among', 'across', 'on', 'by', 'over', 'at', 'for', 'from', 'with', 'this', 'last', 'to']);

/** Words after the noun phrase that say where it stands: "Varga with a lead", "Varga ahead". */
export const STANDING_WORDS: ReadonlySet<string> = new Set(['with', 'ahead', 'behind']);

/** Prepositions that name what a feeling is about: "concern about", "support for", "dismay at". */
export const EXPRESSED_TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'over', 'at', 'for', 'with', 'regarding']);

/** Particles that end a verb of saying with no object: "went on", "fired back", "chimed in". */
export const END_PARTICLES: ReadonlySet<string> = new Set(['back', 'on', 'in', 'up', 'out', 'off', 'along']);

/** Adverbs that may stand before a joiner of a second report: "even as", "just as", "even though". */
export const JOINER_ADVERBS: ReadonlySet<string> = new Set(['even', 'just']);

/** Words that stand for one speaker among several already named: `"...," one said`, `said another`. */
export const ONE_WORDS: ReadonlySet<string> = new Set(['one', 'another']);

/** Particles that make a phrasal verb of a word the tagger reads as a noun ("shot back", "hit out"). */
export const SUBJECT_VERB_PARTICLES: ReadonlySet<string> = new Set(['back', 'out', 'off']);

/** Prepositions before a gerund cue that shares the clause's subject: "before saying", "by saying". */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'before', 'after', 'upon', 'while', 'without', 'despite', 'in', 'of', 'for']);

/**
 * "And", "but", "yet": after a comma one joins two main clauses ("The mayor
 * left, but Lee stayed and said"); opening a sentence, one links it to the
 * one before ("But to others, ...").
 */
export const LINKING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/** Prepositions that open a modifier after the subject's head: "voters in Ohio", "advocates for the bill". */
export const MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'from', 'across', 'over', 'around', 'near', 'among', 'inside', 'outside', 'within', 'throughout', 'under', 'behind', 'beyond', 'against', 'about', 'by', 'to']);

/** Adverbs that may stand between the verb "be" and "among": "is also among", "was not alone among". */
export const AMONG_BETWEEN_ADVERBS: ReadonlySet<string> = new Set(['also', 'now', 'still', 'again', 'too', 'likewise', 'reportedly', 'certainly', 'clearly']);

/** Short words that stay lower-case in a title. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is']);

/** Short lower-case words that a title-case headline keeps lower-case ("Lee Will Win the Race"). */
export const HEADLINE_LOWER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'as', 'vs']);

/** Prepositions and relative words that end a description's head, which is the last word before one: "governor of Ohio", "the man who ...". */
export const DESCRIPTION_HEAD_ENDERS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'who', 'whose', 'which', 'that']);

/** Words that open a determined phrase after a preposition: "on its page", "at a conference", "in the book". */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);

/**
 * Prepositions that continue a name as a subject's tail before a capitalised
 * name: "Mayor Ann Lee of Springfield said", "the Board of Appeals for the
 * Harbor District ruled" (`speakers/find/subject.ts`).
 */
export const NAME_TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'for']);

/**
 * Words of rough measure before a number that a subject's tail may open
 * with: "A coalition of nearly 30 groups" (`speakers/find/subject.ts`); the
 * base of {@link BARE_COUNT_APPROXIMATORS} and {@link COUNTED_APPROXIMATORS}.
 */
export const NUMBER_APPROXIMATORS: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'some', 'over']);

/** {@link NUMBER_APPROXIMATORS} and "only", before a bare number as a subject: "only 40 said" (`speakers/find/bare-count.ts`). */
export const BARE_COUNT_APPROXIMATORS: ReadonlySet<string> = new Set([...NUMBER_APPROXIMATORS, 'only']);

/**
 * {@link BARE_COUNT_APPROXIMATORS} and "just", before a counted share:
 * "just two in 10 agreed" (`speakers/find/counted.ts`); the words of
 * {@link QUANTIFIER_APPROXIMATORS} but "least", "approximately", "virtually".
 */
export const COUNTED_APPROXIMATORS: ReadonlySet<string> = new Set([...BARE_COUNT_APPROXIMATORS, 'just']);

/** Prepositions that open a tail of a speaker phrase or a description: "a spokesman for the campaign", "the mayor of Springfield". */
export const TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'to', 'on']);

/**
 * Words of rough measure before a quantifier or a number in a subject: "nearly half of voters", "at least half", "about 9 percent":
 * {@link COUNTED_APPROXIMATORS} and "least", "approximately", "virtually".
 */
export const QUANTIFIER_APPROXIMATORS: ReadonlySet<string> = new Set([...COUNTED_APPROXIMATORS, 'least', 'approximately', 'virtually']);

/** Words of rough measure before a fraction: "Nearly a third", "Just over a quarter". */
export const FRACTION_APPROXIMATORS: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'just', 'only', 'over', 'under']);

/** Nouns of quantity before "of": "74 percent of voters", "a majority of members". */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(['percent', 'majority', 'minority', 'number', 'share', 'plurality', 'group', 'third', 'quarter', 'half', 'dozen', 'handful']);

/** Plural object pronouns a count of people is taken from: "One of them said", "Both of us said", "Each of you said". */
export const PARTITIVE_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'you']);

/** Words that count people before "of": "most of the candidates". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'half', 'all', 'none', 'each', 'one', 'two', 'three', 'several', 'few', 'majority', 'third', 'quarter', 'dozens', 'hundreds', 'thousands', 'both', 'either', 'neither', 'any']);

/** Words that say how many in a poll's subject: "a majority of", "half of them", "most voters". */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['majority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'most', 'minority']);

/** Words that may come before a count in a poll's subject: "about 6 in 10", "just 30 percent", "more than half", "a majority". */
export const COUNT_APPROXIMATORS: ReadonlySet<string> = new Set([
  'about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'some', 'over', 'under', 'fully', 'barely', 'a', 'an', 'the',
  'more', 'less', 'fewer', 'than', 'at', 'least', 'still', 'another', 'exactly', 'approximately', 'close', 'to',
]);

/** Adverbs that belong to a finding given as a noun phrase: "shows only a small gap", "nearly 40 percent". */
export const FOCUS_ADVERBS: ReadonlySet<string> = new Set(['only', 'just', 'nearly', 'almost', 'about', 'roughly', 'around', 'barely', 'little', 'no']);

/**
 * Adverbs that stand after "the" as adverbs, not as a noun the tagger
 * misread ("the more said about it", "the best known"): see the noun
 * reading of an adverb after "the" in prepare/document.ts.
 */
export const ADVERBS_AFTER_THE: ReadonlySet<string> = new Set([
  'more', 'most', 'less', 'least', 'best', 'worst', 'better', 'worse', 'very', 'so', 'too', 'much', 'well', 'only',
  'just', 'even', 'still', 'also', 'then', 'now', 'once', 'twice', 'same', 'other', 'further', 'farther',
]);

/** Auxiliaries that agree with a plural subject only: "Regulars are", "Fans have". */
export const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(['are', 'were', 'have', 'do', "aren't", "weren't", "haven't", "don't"]);

/** The forms of "let" before "someone know" that make "know" a telling, not a cue of knowledge: "letting the tenants know the lift had failed". */
export const LET_FORMS: ReadonlySet<string> = new Set(['let', 'lets', 'letting']);

/** Words that, before a cue in a fronted adjunct, make the adjunct an attribution of the clause after it: "as she noted", "according to". */
export const ATTRIBUTING_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['as', 'according']);

/** Words before a participle read as an adjective or noun that make it a verb: "by promising", "while noting", ", saying". */
export const PARTICIPLE_BEFORE: ReadonlySet<string> = new Set([',', 'by', 'while', 'without', 'after', 'before', 'in', 'when', 'also', 'and']);

/** Prepositions that open the phrase after a description's head noun: "the head of the union", "a spokesman for the ministry". */
export const DESCRIPTION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);

/** Prepositions allowed further inside a description's phrase: "the commander of NATO forces in Europe". */
export const DESCRIPTION_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'for']);

/** Words that may open a sentence before a participle: "After suggesting", "While saying", "Since announcing". */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set([...GERUND_PREPOSITIONS, 'since', 'when', 'though', 'although']);

/** The finite forms of "have" that open a perfect: "has said", "have told", "had written". */
export const FINITE_HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * Words that take a share of the time or words spent before "of" ("spent much of the speech praising",
 * "spent most of the week touring", "spent the bulk of the debate attacking").
 */
export const SPENT_SHARE_WORDS: ReadonlySet<string> = new Set(['much', 'most', 'part', 'all', 'some', 'half', 'rest', 'bulk', 'lot', 'majority', 'remainder']);

/**
 * The conjunctions that join like phrases into a list or a choice ("Lee and
 * Reyes", "Monday or Tuesday", "tenants and owners"): a name, a time or a
 * subject goes on over them, and a phrase that holds one is a list, not a
 * single head.
 */
export const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * The conjunctions that open a second clause or a second verb after the
 * first ("... and said", "..., but she added", "and warned"): the second verb
 * shares the first one's subject, or a new subject opens a clause of its own
 * (the narrator's inside a noun-phrase content: "criticized the toll and the
 * council has delayed a vote", see reported/object-clause.ts).
 */
export const SECOND_CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

/** Prepositions of comparison that open an adjunct before a second verb ("and like Ann Lee has spoken"), lower-case. */
export const COMPARISON_PREPOSITIONS: ReadonlySet<string> = new Set(['like', 'unlike']);

/** The words that count a fraction noun as a single part: "a third of voters", "one half of the board". */
export const FRACTION_COUNTS: ReadonlySet<string> = new Set(['a', 'one']);

/** The words before "from" that make it set something apart ("aside from the toll", "apart from Lee"): no source follows. */
export const ASIDE_WORDS: ReadonlySet<string> = new Set(['aside', 'apart']);

/** The superlatives after "at" that bound a figure ("at least 40", "at most a third"): the "at" opens no place or time. */
export const FIGURE_BOUNDS: ReadonlySet<string> = new Set(['least', 'most']);

/** The comparatives before "than" that bound a count ("more than 40", "fewer than one in five"): part of the counted phrase. */
export const COUNT_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);

/** Determiners that may open a reported content's subject ("The agency", "Its parent company"); none is fine too ("Analysts"). */
export const REPORTED_SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);

/** Pronouns, lower-case, that never stand for a speaker a fallback guesses. */
export const NOT_SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'there', 'this', 'that', 'these', 'those', 'you', 'what', 'which', 'who']);

/** Pronouns that stand for the previous sentence before "is according to": "That's according to ...". */
export const ACCORDING_PRONOUNS: ReadonlySet<string> = new Set(['that', 'this']);

/** Prepositions after a participle that follows a noun and describes it: "a firm based in Ohio", "the hacker known as Zed" (`speakers/find/before/appositive-owner.ts`). */
export const PARTICIPLE_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['as', 'by', 'in', 'at', 'for', 'to', 'with', 'from', 'on']);

/** Prepositions after a partitive word that name the whole: "Many in the hall", "some at the meeting", "few on the board" (`speakers/find/before/phrase-span.ts`). */
export const PARTITIVE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on']);

/** Determiners before an elliptical number: "the two of them", "all three" (`speakers/find/before/counts.ts`). */
export const ELLIPTICAL_NUMBER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'all']);

/** Prepositions before the determiner of an elliptical number: "by the two", "among all three" (`speakers/find/before/counts.ts`). */
export const ELLIPTICAL_NUMBER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'by', 'in', 'from', 'among']);

/** Words before "one" or "another" that put it inside a phrase, so it is no speaker: "no one", "every one", "the one" (`speakers/find/one-word.ts`). */
export const ONE_PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['no', 'any', 'every', 'some', 'the', 'each']);

/** {@link DEGREE_ADVERBS} and "least", "less", before an adjective inside a noun phrase: "the least known aide" (`speakers/find/noun-phrase.ts`). */
export const PHRASE_DEGREE_ADVERBS: ReadonlySet<string> = new Set([...DEGREE_ADVERBS, 'least', 'less']);

/** {@link BARE_QUANTIFIERS} and "another", standing alone as a subject: "To varying degrees, all agreed", "Yet another said" (`speakers/find/counted.ts`). */
export const LONE_QUANTIFIERS: ReadonlySet<string> = new Set([...BARE_QUANTIFIERS, 'another']);

/** Comparisons of an age group before its number: "Those over 60 say" (`speakers/find/counted.ts`). */
export const AGE_GROUP_COMPARISONS: ReadonlySet<string> = new Set(['over', 'under']);

/** {@link ARTICLES} and "its", opening a phrase after a comma that describes the name before it (`speakers/not-antecedent.ts`). */
export const COMMA_PHRASE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, 'its']);

/** Prepositions, lower-case as written, that link a word to a capitalised name before it: "Minister of Finance", "Council on Trade" (`speakers/name-clues.ts`). */
export const NAME_LINK_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'for']);

/** The demonstratives: "this", "that", "these", "those". */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** {@link ARTICLES} and {@link DEMONSTRATIVES}, opening the noun phrase of a noun cue: "the claim", "these charges" (`reported/noun-cue.ts`). */
export const ARTICLES_AND_DEMONSTRATIVES: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES]);

/** Prepositions that open no adjunct after a relative's object: "that", "of", and "as", which the as-rules read (`reported/relative-object.ts`). */
export const NON_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['that', 'of', 'as']);

/** Words after "as" that make a fixed phrase, not a label: "as well as", "as soon as", "as far as" (`reported/object.ts`). */
export const AS_PHRASE_WORDS: ReadonlySet<string> = new Set(['well', 'soon', 'much', 'many', 'long', 'far']);

/** Prepositions after "call" before an infinitive that make it a request: "called on the board to act" (`reported/infinitive.ts`). */
export const CALL_ON_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'upon']);

/** Conjunctions that join a second speaker to the first: "Lee and Park said", "neither Lee nor Park" (`reported/opt-in-speaker.ts`). */
export const SPEAKER_JOINING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'nor']);

/** Words that open a reciprocal object, no label: "called each other", "called one another" (`reported/speech-object.ts`). */
export const RECIPROCAL_OPENERS: ReadonlySet<string> = new Set(['each', 'one']);

/** Prepositions between a gerund the tagger read as a noun and the noun before: "the step of announcing", "by stating" (`reported/noun-cue.ts`). */
export const GERUND_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'by']);

/** Prepositions after an agent noun cue that name its maker: "a claim by the union", "a warning from the agency" (`reported/noun-cue.ts`). */
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from']);

/** {@link FIGURE_BOUNDS} and "than", inside a figure before its number: "at least 40", "more than 12" (`reported/report-figure.ts`). */
export const FIGURE_BOUND_WORDS: ReadonlySet<string> = new Set([...FIGURE_BOUNDS, 'than']);

/**
 * The coordinating conjunctions: {@link SECOND_CLAUSE_CONJUNCTIONS} and "or".
 * One may open a second clause inside reported content (`reported/shared.ts`),
 * and is no word of the sentence before a quotation (`refine/merge.ts`).
 */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set([...SECOND_CLAUSE_CONJUNCTIONS, 'or']);

/** The answer words after "answer" or "say": "said yes to the offer" (`reported/answer-to.ts`). */
export const YES_NO_WORDS: ReadonlySet<string> = new Set(['yes', 'no']);

/** Words after "kept" in a request to stay unnamed: "asked that her name be kept private" (`reported/anonymity-request.ts`). */
export const KEPT_SECRET_WORDS: ReadonlySet<string> = new Set(['out', 'private', 'secret', 'confidential']);

/** Prepositions before a listener after a verb of manner: "sang to Ada", "grinned at him" (`attribution/no-cue.ts`). */
export const MANNER_LISTENER_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at']);

/** Words after a verb of manner that open a phrase or clause of the narrator: "grinned with a laugh", "nodded as she left" (`attribution/no-cue.ts`). */
export const MANNER_PHRASE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'before', 'after', 'because', 'until', 'and', 'but', 'with', 'at']);

/** Words after "go" that make it a verb of going on speaking: "went on", "went further" (`attribution/no-cue.ts`). */
export const GO_ON_WORDS: ReadonlySet<string> = new Set(['on', 'further', 'farther']);

/** Determiners of a document noun that speaks: "From the report:", "this memo" (`refine/fallback.ts`). */
export const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** Prepositions after "the same" that name whom it is said of: "said the same of the mayor" (`reported/object.ts`). */
export const SAID_OF_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about']);

/** Tokens before "one" or "another" opening a clause before a cue: "Yet another said ...", "..., and another said ..." (`reported/cue-subject.ts`). */
export const ONE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['yet', 'and', 'but', 'while', 'whereas', ',', ';']);

/** Tokens after which a cue without a subject may still stand: "..., and said ..." (`reported/cue-subject.ts`). */
export const SUBJECTLESS_CUE_OPENERS: ReadonlySet<string> = new Set([',', 'and', 'but']);

/**
 * Tokens before a phrase that opens its clause: a comma, semicolon, colon or conjunction, a concessive
 * subordinator too ("..., although one of them told me ...") (`reported/cue-then-content.ts`).
 */
export const PHRASE_CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', ':', 'and', 'but', 'while', 'although', 'though', 'whereas']);

/** Tokens after which a clause with a subject of its own may open before a colon: "Reyes lost, and the paper has proof:" (`attribution/no-cue.ts`). */
export const COLON_CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', 'and', 'but', ';']);

/** The auxiliaries of a perfect before "been": "has been", "had long been", "’s been" (`reported/stance-role.ts`). */
export const BEEN_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "'s", '\u2019s']);

/** Present forms of "have" that may open a perfect: "has been", "’ve held" (`reported/cue-subject-verb.ts`). */
export const PRESENT_HAVE: ReadonlySet<string> = new Set(['has', 'have', "'ve", '\u2019ve']);

/** Words after a number that make it a count of people speaking: "60 percent", "three in four", "two of three", "nine out of ten" (`reported/count-subject.ts`). */
export const COUNT_NUMBER_FOLLOWERS: ReadonlySet<string> = new Set(['percent', '%', 'in', 'of', 'out']);

/** Determiners between a count word and its noun: "half the growers", "a third the delegates" (`reported/count-subject.ts`). */
export const COUNT_PHRASE_LINKS: ReadonlySet<string> = new Set(['the']);

/** A number or a fraction written as one word: "19", "two-thirds", "six"; matched against a lower-case token (`reported/count-subject.ts`). */
export const COUNT_NUMBER = /^(\d[\d.,]*%?|two|three|four|five|six|seven|eight|nine|ten|two-thirds|three-quarters|three-fourths|one-third|one-quarter|one-fifth)$/;

/** Possessive marks and determiners before which an -ed cue describes a noun: "Ann's proposed levy", "the planned cuts" (`reported/quoted-object.ts`). */
export const DESCRIBED_NOUN_OPENERS: ReadonlySet<string> = new Set(["'s", '\u2019s', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** Lower-case words that may stand inside a name's capitals: "the Committee for Fair Rents", "Shaw & Company" (`reported/speaker-of.ts`). */
export const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['for', 'of', '&']);

/** Words that negate a cue: "would not identify", "doesn't plan", "never said" (`reported/next-attribution.ts`). */
export const CUE_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n\u2019t', 'never']);

/** Lower-case tokens that may stand inside an outlet's name before a colon: "Bank of Dover", "Shaw & Co." (`attribution/no-cue.ts`). */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set(['of', 'the', '&', '.']);

/** Quantifiers that stand for a plural subject before a relative clause's cue, besides words ending in "s": "which some say", "that many expect" (`reported/relative-subject.ts`). */
export const PLURAL_QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['some', 'many', 'others']);

/** Words that may open the sentence right before the "that" of "that said,": "But that said, ...", "And that said, ..." (`cues/veto.ts`). */
export const THAT_SAID_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'still']);

/**
 * Determiners that open the object of a verb the tagger took for a noun after
 * the "to" of an infinitive cue: `vowed to repave every road`, `pledged to
 * reroute the buses` (rule `reported/cue-infinitive`). Not "that", which may
 * open a clause.
 */
export const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'every', 'each', 'all', 'this', 'these', 'those', 'some', 'any']);

/**
 * Verbs whose past form is their base form ("put", "cut"): after "who" such a
 * word may be a past tense that agrees with any subject, so it tells no
 * plural (`reported/asked.ts`: "asked him who put the sign up" is a question).
 */
export const UNCHANGED_PAST_VERBS: ReadonlySet<string> = new Set(['put', 'set', 'cut', 'hit', 'let', 'quit', 'shut', 'spread', 'cost', 'hurt', 'read', 'bet', 'split', 'cast', 'upset', 'bid', 'broadcast', 'forecast']);

/** Prepositions whose name is no business a later "the company" stands for ("the parent company of Kestrel"; `speakers/organization-pronouns.ts`). */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'by']);

/**
 * Pronouns of anyone at all that open a public appeal in the present passive:
 * "Anyone with information is asked to call police" is a request made to the
 * reader, no request reported (`reported/asked.ts`).
 */
export const APPEAL_SUBJECTS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'whoever']);

/** The present forms of "be" that make such an appeal ("is asked", "are asked"). */
export const APPEAL_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are']);

/** Prepositions that tie a named person to the body they belong to ("Keating of the fund", "Lee at the agency") (`speakers/find/mention.ts`). */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'with']);

/**
 * Words for a whole that a "not" before them turns into a part, kept with it
 * at the start of a speaker phrase: "Not everyone agreed", "Not all residents
 * said", "Not one senator said".
 */
export const NEGATED_WHOLES: ReadonlySet<string> = new Set(['everyone', 'everybody', 'all', 'every', 'many', 'one']);

/** The lower-case words a title-case headline may hold ("Mayor Quits Over a Deal on the Pier."): articles, short prepositions and conjunctions. */
export const HEADLINE_LOWER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'vs', 'from']);

/**
 * Conjunctions after which a lone adverb, set off before an interrupting
 * speaker and cue, is the first part of what was said: `..., and also, he
 * said, "..."`, `..., but frankly, she added, "..."`
 * (`attribution/direct/continued-intro.ts`).
 */
export const ADVERB_OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

/** Words that stand alone as a clause subject for a person other than one just quoted: "Another sighed.", "Others nodded." (`refine/new-speaker-between.ts`). */
export const OTHER_PERSON_WORDS: ReadonlySet<string> = new Set(['another', 'others']);
