/**
 * Function words that shape the clauses around an attribution: the words
 * that open a narrator's subordinate clause, the linking adverbs that join a
 * sentence to the one before, and the words of the fronted "To X, ..." view.
 * @internal
 */

/**
 * Words that open a narrator's clause or adjunct after a quote or an object and
 * so end it: `He said, "We will win" as the crowd cheered.`, `cited the costs
 * because ...`, `voiced concern during the debate`.
 */
export const NARRATOR_SUBORDINATORS: ReadonlySet<string> = new Set([
  'because', 'after', 'before', 'when', 'while', 'as', 'since', 'until', 'if', 'although', 'though', 'but', 'during',
]);

/**
 * Subordinators whose clause, right after the object of an opt-in cue and with
 * no comma before it, annotated news counts as part of what the stance, view
 * or finding was about: "blamed the agency for the delays until the audit
 * came out", "accused her of hiding the memo while she was treasurer".
 * Measured on PolNeAR train with every category on: 14 objects gain their
 * annotated end, 3 lose it ("when", "before", "as" and "since" are left out:
 * their clauses are the narrator's more often).
 */
export const OPT_IN_OBJECT_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'until', 'because', 'if', 'after', 'unless']);

/**
 * Words that end the object of a verb of saying (rule `reported/speech-object`):
 * the narrator's subordinators but "as" ("describes X as Y" needs it), and a
 * relative "which".
 */
export const SPEECH_OBJECT_STOP: ReadonlySet<string> = new Set([...[...NARRATOR_SUBORDINATORS].filter((w) => w !== 'as'), 'which']);

/** Relative pronouns: "who", "whom", "whose", "which", "that". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** The relative words that open a modifier clause after a subject's head ("the aide who ...", "the firm whose ..."): {@link RELATIVE_PRONOUNS} but "whom". */
export const MODIFIER_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'that']);

/** Relative words that open a clause of their own, before which no "whose" clause reaches: "the aide who ...". */
export const CLAUSE_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Relatives that stand for a speaker of a clause in the sentence's subject: "The woman who wrote ...", "the aide that said ...". */
export const WHO_THAT_RELATIVES: ReadonlySet<string> = new Set(['who', 'that']);

/** Prepositions that join a person noun to the phrase a "who" clause follows: "A friend of the family who asked not to be named", "An aide to the mayor who". */
export const RELATIVE_OBJECT_LINKS: ReadonlySet<string> = new Set(['of', 'to', 'for']);

/** Subjects that name nobody, for a subject read back before a cue: "who", "it", "there". */
export const NO_SUBJECT_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that', 'what', 'you', 'it', 'there', 'this']);

/** Adverbs of place or time after a record noun and before a finding verb: "Polls there show", "Surveys nationally find". */
export const EVIDENCE_SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['there', 'here', 'nationally', 'statewide', 'now']);

/**
 * Adverbs that link a sentence to the one before rather than qualify what is
 * said: `Still, the plan is dead, Hale said.` They are left out of the content
 * before them; other adverbs ("Unfortunately, ...") belong to it. Opening a
 * sentence before a comma, one is no name, whatever its tag (`Further, the
 * mayor said ...`).
 */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set([
  'still', 'however', 'meanwhile', 'indeed', 'moreover', 'nonetheless', 'nevertheless', 'also', 'furthermore', 'besides', 'instead',
  'otherwise', 'likewise', 'similarly', 'consequently', 'therefore', 'thus', 'hence', 'additionally', 'separately', 'regardless', 'anyway',
  'further',
]);

/** Words for people that may stand alone after a fronted "to": "To many, ...", "To them, ...". */
export const TO_VIEW_PEOPLE_WORDS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'me', 'us', 'many', 'others', 'some', 'most']);

/** Nouns of a view held after a fronted "in" and its owner: "In her view, ...", "In the mayor's opinion, ..." (rule `reported/in-view`). */
export const IN_VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement']);

/** Possessive determiners of the third person: "his", "her", "their", "its". */
export const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** The owners that tie a partner to a tagged person before ", and": "The mayor, Ann Lee, and her deputy" (`speakers/find/coordinated-tagged.ts`). */
export const PARTNER_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);

/**
 * Determiners that open a relative or a clause rather than a noun phrase
 * before a participle: the "that" of "said that leading experts ..."
 * (`headingParticiple` in speakers/find/noun-phrase.ts).
 */
export const CLAUSE_DETERMINERS: ReadonlySet<string> = new Set(['that', 'which', 'what', 'whose']);

/** Possessive determiners but "your": "his", "her", "their", "its", "our", "my". */
export const POSSESSIVES: ReadonlySet<string> = new Set([...THIRD_POSSESSIVES, 'our', 'my']);

/** Possessive determiners with "your". */
export const POSSESSIVES_AND_YOUR: ReadonlySet<string> = new Set([...POSSESSIVES, 'your']);

/** Most tokens of the noun-phrase subject of a clause after a cue without "that" ("added the vote would be close"). */
export const MAX_CLAUSE_SUBJECT = 5;

/** Auxiliaries and modals that are finite verbs: "the vote would be close", "the bill was fair". */
export const FINITE_AUX: ReadonlySet<string> = new Set([
  'would', 'will', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do', 'shall',
]);

/**
 * Finite auxiliaries and modals that, right after "and" or "but", give the
 * subject of an opt-in infinitive cue a second predicate of its own ("declined
 * to comment and is not ...", "plans to vote but was ..."): {@link FINITE_AUX}
 * without "have" and "do", which may be bare infinitives joined to the first
 * ("hopes to win and have fun"). See `reported/infinitive-second-predicate.ts`.
 */
export const SECOND_PREDICATE_AUX: ReadonlySet<string> = new Set([...FINITE_AUX].filter((w) => w !== 'have' && w !== 'do'));

/**
 * Words inside an opt-in infinitive's content after which an "and" or "but"
 * may belong to an inner clause, so that no second predicate is cut ("hopes
 * to show that the plan works and it ..."). See `reported/infinitive-second-predicate.ts`.
 */
export const INFINITIVE_INNER_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'what', 'whatever', 'where', 'why', 'how',
  'if', 'when', 'whether', 'because', 'as', 'while', 'although', 'though', 'since', 'whereas', 'unless', 'until',
]);

/**
 * Past participles without "-ed" that may describe the noun before them
 * inside an appositive ("a hacker known as ...", "a pilot born in Dover"),
 * as an "-ed" participle does (`reported/speaker-appositive.ts`).
 */
export const DESCRIBING_IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'born']);

/** Words that open a clause of contrast after a short answer: "said yes while ...", "said no but ..." (not "or": "yes or no questions"). */
export const ANSWER_CONTRAST: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'and']);

/**
 * Words that end the subject of a declared outcome going back, or its clause
 * going on ("After Reyes was declared the winner", "... in Dover, and ..."):
 * the narrator's subordinators but "during", and once, and, that.
 */
export const OUTCOME_CLAUSE_WORDS: ReadonlySet<string> = new Set([...[...NARRATOR_SUBORDINATORS].filter((w) => w !== 'during'), 'once', 'and', 'that']);

/** Words that open a quantity before its number: "at least 20", "more than 400", "nearly $1 million". */
export const QUANTITY_OPENERS: ReadonlySet<string> = new Set([
  'at', 'more', 'less', 'fewer', 'nearly', 'almost', 'about', 'around', 'over', 'under', 'roughly', 'some', 'only', 'just', 'a', 'an',
]);

/** Gerunds of money reported: "reported spending $6 million", "reported raising $2 million". */
export const MONEY_GERUNDS: ReadonlySet<string> = new Set(['spending', 'raising', 'receiving', 'holding', 'earning', 'collecting', 'paying', 'losing', 'owing']);

/** Words after a comma that open a new clause of the narrator's: a reported figure ends before them. */
export const CLAUSE_AFTER_COMMA: ReadonlySet<string> = new Set([
  'while', 'but', 'and', 'although', 'though', 'as', 'because', 'which', 'who', 'whereas', 'according', 'when', 'after', 'so', 'yet',
]);

/** Words after which a bare "asked" is a question put to someone: "when asked which ...", "if asked why". */
export const ASKED_QUESTION_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'as']);

/** {@link ASKED_QUESTION_OPENERS} and until, unless: "when asked about ...", "until asked to leave". */
export const ASKED_OPENERS: ReadonlySet<string> = new Set([...ASKED_QUESTION_OPENERS, 'until', 'unless']);

/**
 * Quantifier pronouns that are a clause's whole subject, whatever part of speech
 * the tagger gives them: "said none were added", "said all were counted".
 */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set([
  'none', 'all', 'both', 'some', 'many', 'most', 'few', 'several', 'each', 'either', 'neither',
  'nothing', 'everything', 'something', 'nobody', 'everyone', 'everybody', 'somebody', 'someone',
]);

/**
 * Modal auxiliaries. A cue that one opens inside reported content ("he would
 * advise", "she will tell") is what the content's subject would do, not a
 * report of its own.
 */
export const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'can', 'must', "'d", "'ll", '\u2019d', '\u2019ll']);
/**
 * Verbs before "to" that make a talk one wanted, planned or refused, not one
 * held: "wants to talk about Medicare", "is expected to speak about",
 * "declined to speak about" (rule `reported/cue-topic-word`).
 */
export const UNREALISED_BEFORE_TO: ReadonlySet<string> = new Set(
  ['want', 'plan', 'expect', 'decline', 'refuse', 'hope', 'intend', 'aim', 'seek', 'wish', 'schedule', 'prepare', 'need', 'set'],
);

/** Subjects that deny the act: "Nobody talked about Medicare.", "No one spoke of it." */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['nobody', 'none', 'neither', 'no']);

/**
 * Adverbs of degree that open a negated nobody's subject with it: "Virtually no one said", "Almost no one at the
 * agency said" (`speakers/find/unnamed-subject.ts`).
 */
export const NOBODY_APPROXIMATORS: ReadonlySet<string> = new Set(['almost', 'nearly', 'virtually', 'practically']);

/**
 * Interrogative determiners that open a question's subject, which names no
 * speaker: "Which senator said the bill was dead?", "What official said so?"
 * (`speakers/find/unnamed-subject.ts`).
 */
export const INTERROGATIVE_DETERMINERS: ReadonlySet<string> = new Set(['which', 'what']);

/**
 * Determiners that open a free relative: "Whichever senator said the bill was
 * dead was wrong" names no one who said it (`speakers/find/unnamed-subject.ts`).
 */
export const FREE_RELATIVE_DETERMINERS: ReadonlySet<string> = new Set(['whichever', 'whatever']);

/** Words that open, after a comma, a clause or phrase of the narrator's that a framed clause does not hold: ", but that could change". */
export const TAIL_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'yet', 'so', 'which', 'who', 'when', 'where', 'as', 'if', 'even', 'with', 'while', 'although', 'though', 'because', 'whereas',
]);

/**
 * {@link TAIL_OPENERS} that open a tail only before a clause: "and" also joins
 * the last item of a list ("pilots, cooks, and clerks"); "so" and "yet" also
 * open an adverbial phrase that belongs to the framed clause ("to run late,
 * yet again", "to reopen in May, yet not before the fair"; with "and" alone
 * these lost their last words).
 */
export const TAIL_COORDINATORS: ReadonlySet<string> = new Set(['and', 'so', 'yet']);

/**
 * Coordinating conjunctions a reported content (of any category) never ends
 * on: a cut that stops before an aside may leave one (`... on the first
 * ballot and`); the conjunction opens what comes after
 * (`reported/dangling.ts`).
 */
export const DANGLING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/** Relative pronouns that open a clause set off after a subject: "Ann Lee, who ...,", "Ann Lee -- whose husband ... --". */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

/** Question words that open a topic as a clause: "talks about how ...", "jokes about why ...". */
export const TOPIC_QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'whether', 'who', 'where']);

/** Adverbs of focus that may split an infinitive besides those in "-ly": "to also consider", "to even try". */
export const SPLITTING_ADVERBS: ReadonlySet<string> = new Set(['also', 'even', 'finally', 'again', 'still', 'then', 'once', 'further', 'not', 'never']);

/** Subjects after which "'s" before a participle of saying stands for "has": "he's said", "who's argued". */
export const HAS_CONTRACTION_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'who']);

/** Words after a verb that mark "'s" before it as "is" (a passive): "he's expected to", "it's signed by", "she's seen as". */
export const PASSIVE_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['to', 'by', 'as']);

/** Words that open the narrator's framing put before reported content: "After that fiasco, ...", "Despite the attacks, ...", "Though he won, ...". */
export const FRAMING_OPENERS: ReadonlySet<string> = new Set(['after', 'despite', 'amid', 'following', 'though', 'although']);

/**
 * Relative words that open a clause ending right before a cue: "Workers who
 * saw the fire said", "The group that Lee founded said", "Tenants whose rents
 * were raised say".
 */
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'whose']);

/** Lemmas of the auxiliaries of a passive: "was caught on a bus telling", "got stuck in a jam trying to explain". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'get']);

/**
 * People a source speaks through, after "through a" or "through his":
 * `denied the charges through a spokeswoman`, `through his lawyer`.
 */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'representative', 'representatives', 'publicist', 'aide', 'aides', 'agent', 'counsel',
]);

/** Words after "on the condition that ... not be" that ask for anonymity: "named", "identified". */
export const UNNAMED: ReadonlySet<string> = new Set(['named', 'identified', 'quoted', 'used']);

/**
 * Words of a relative clause that only gives why a source is unnamed ("who
 * spoke on the condition of anonymity", "who spoke anonymously"): such a
 * clause stays out of the speaker's span (`reported/speaker-restrictive-relative.ts`).
 */
export const ANONYMITY_WORDS: ReadonlySet<string> = new Set(['anonymity', 'anonymously', 'anonymous']);

/** Participles after "asked that her name be" that keep a name out of print: "withheld", "kept out". */
export const NAME_WITHHELD: ReadonlySet<string> = new Set(['withheld', 'omitted', 'concealed', 'kept', 'changed', 'redacted', 'suppressed']);

/** Nouns that a request for anonymity keeps out of print: "her name", "their identities". */
export const NAME_NOUNS: ReadonlySet<string> = new Set(['name', 'names', 'identity', 'identities', 'surname', 'surnames']);

/** Prepositions that go on inside a passive's subject (rule `reported/passive-subject`): "news of the move", "the plan for the pier". */
export const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'about', 'from', 'in', 'with']);

/**
 * Participles of the reaction a report drew, the narrator's after a comma:
 * "..., drawing boos", "..., prompting a rebuke" ("putting" only before "at
 * odds": "..., putting them at odds with ..."). Participles of what the reported event itself leads to
 * ("..., leaving the choice to the next council", "..., forcing a recount",
 * "..., earning $2 billion", "..., putting an end to the talks")
 * belong to the content and are not listed.
 */
export const REACTION_PARTICIPLES: ReadonlySet<string> = new Set(['drawing', 'prompting', 'sparking', 'triggering', 'provoking', 'eliciting', 'angering', 'infuriating', 'outraging']);

/**
 * Words after a reaction participle that give it another sense, the event's
 * own and part of the content: "..., drawing on its reserves", "..., drawing
 * from the fund", "..., drawing up a plan".
 */
export const REACTION_PARTICIPLE_OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['drawing', new Set(['on', 'upon', 'from', 'up', 'down'])]]);

/**
 * Lemmas of verbs that take what a report says as their object ("issue a
 * warning", "make a claim", "give an assurance"): after a noun of saying and
 * "that", a subject and one of these with no object is a relative clause
 * ("the warning that officials issued was ignored"), not the report's content.
 */
export const REPORT_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'issue', 'make', 'give', 'send', 'release', 'publish', 'receive', 'deliver', 'offer', 'repeat', 'cite', 'reject',
  'dismiss', 'hear', 'read', 'post', 'share', 'voice', 'express', 'heed', 'ignore', 'file', 'sign', 'submit',
]);

/** Words that open a reported question: if, whether or a wh-word ("asked whether ...", "wondered why ..."). */
export const WH_WORDS: ReadonlySet<string> = new Set(['if', 'whether', 'why', 'how', 'what', 'when', 'where', 'who']);

/**
 * Conjunctions that set what follows beside what came before, not under it, and so open a second report after a
 * comma: "..., though critics believe ...", "..., but aides say ..." (`reported/second-report.ts`); after an
 * attribution, one may open a thought or stance report too, where "because" opens only a speech report
 * (`reported/content-then-cue.ts`).
 */
export const SECOND_REPORT_OPENERS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'while', 'whereas', 'and', 'yet']);

/** Words that open the noun phrase of a proposition noun: "the notion that", "his claim that" (`reported/proposition-object.ts`). */
export const PROPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'any', 'this', 'his', 'her', 'their', 'its', 'our']);

/** Forms of "be" and "get" before a participle: a passive ("was known as"), which has no object (`reported/verb-as-quoted.ts`). */
export const PASSIVE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '\u2019s', 'get', 'gets', 'got', 'gotten', 'getting']);

/**
 * Forms of "be" in a passive verb group before its participle: "is believed",
 * "was widely feared", "has been assumed" (not "does appear"; the opt-in bar's
 * passive frame, `reported/opt-in.ts`).
 */
export const PASSIVE_BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '\u2019s']);

/**
 * Singular forms of "be", whole or contracted, in two frames that read the
 * same words: before "how" in "that is how X described it", "this was how
 * the mayor put it" (`reported/object.ts`, `reported/pronoun-according.ts`:
 * the words described are the ones quoted before, not the verb's object), and
 * after "it" opening a cleft, "It was her mother, she says, who taught her"
 * (`reported/content-then-cue.ts`: the relative after the attribution goes on
 * with it). One set, since both frames take exactly these forms.
 */
export const SINGULAR_COPULAS: ReadonlySet<string> = new Set(['is', 'was', "'s", '\u2019s']);

/** Auxiliaries (and a negation) that join a verb in its cue: "has defended", "would never call" (`reported/verb-as-quoted.ts`). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'is', 'are', 'was', 'were',
  'not', "n't", 'never', 'also',
]);

/** Words that open a time phrase between a noun of saying and its "that": "on Monday", "last week", "earlier this month" (`reported/noun-cue.ts`). */
export const NOUN_TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'in']);

/** Adverbs inside a clause's verb group ("would indeed endorse", "could soon close"); words in -ly count too (`reported/noun-cue.ts`). */
export const VERB_GROUP_ADVERBS: ReadonlySet<string> = new Set(['indeed', 'soon', 'likely', 'ever', 'really', 'already', 'now', 'just', 'only']);

/** Question words that open a question put to someone and that the rule of `asked.ts` leaves alone: "asked whom she backed" (`reported/asked-which.ts`). */
export const OBJECT_WH_WORDS: ReadonlySet<string> = new Set(['whom', 'which', 'whose']);

/** Words that open a clause after "of" in a warning: "warned them of what could happen" (`reported/warned-listener.ts`). */
export const WARNING_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...WH_WORDS].filter((w) => w !== 'if' && w !== 'who'));

/** Words that open a clause inside a sentence and stay out of a framed clause's content (`reported/raising.ts`). */
export const INNER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so', 'or', 'because', 'while', 'although', 'though', 'since', 'as', 'if', 'when', 'whereas']);

/** Words that open a relative or question clause (`reported/raising.ts`). */
export const RELATIVE_QUESTION_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'whatever', 'where', 'why', 'how']);

/** Words that may open a clause right before a coordinated subject: "where Ada Moss and her aides ..." (`reported/opt-in-speaker.ts`). */
export const COORDINATED_SUBJECT_OPENERS: ReadonlySet<string> = new Set([':', 'and', 'but', 'where', 'when', 'that', 'because', 'while', 'if', 'as', 'whether', 'since', 'although', 'though']);

/** Words that open a pair of coordinated subjects: "Neither the mayor nor ..." (`reported/opt-in-speaker.ts`). */
export const PAIR_OPENERS: ReadonlySet<string> = new Set(['neither', 'either', 'both']);

/**
 * Words that join a second report with a subject of its own to a first one in
 * the same sentence ("X said A, but Y says B", "X admitted A when Y reported
 * B"): before them the first report's content ends.
 */
export const SECOND_REPORT_JOINERS: ReadonlySet<string> = new Set([
  'as', 'while', 'whereas', 'but', 'yet',
]);

/**
 * Words that open a subordinate clause fronted before a sentence's main clause
 * ("When the talks ended, the union said ..."): a cue inside that clause does
 * not attribute the main clause when the main clause has a cue of its own.
 * "As" is left out: "As Lee said, the plan will fail" reports the main clause.
 */
export const FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set([
  'when', 'after', 'before', 'since', 'until', 'while', 'although', 'though', 'because', 'if', 'once', 'whenever', 'unless',
]);

/**
 * Openers of a fronted phrase left out of the clause a trailing source phrase
 * attributes (`Despite the attacks, the lead holds, according to a poll.`): a
 * concession is the narrator's; a time phrase ("After the vote, ...") or a
 * participle ("Counting delegates, ...") stays, as annotated news keeps them.
 */
export const SOURCE_FRAMING_OPENERS: ReadonlySet<string> = new Set(['despite', 'though', 'although', 'amid']);

/**
 * Verbs of a fronted "as" aside that points back to an earlier telling
 * (`As I mentioned above, ...`, `As this reporter revealed, ...`, `As noted
 * earlier, ...`): the narrator's, left out of the clause a trailing source
 * phrase attributes.
 */
export const SOURCE_AS_ASIDE_VERBS: ReadonlySet<string> = new Set(['mention', 'note', 'report', 'reveal', 'say', 'write', 'explain', 'describe', 'detail', 'document', 'disclose']);

/**
 * Verb forms that, after the comma closing a trailing source phrase, add to
 * the source or compare what it says rather than go on with the attributed
 * clause (`..., according to three polls, including one released Monday`,
 * `..., according to company leaders, compared with 25 percent now`).
 */
export const SOURCE_TAIL_ADDERS: ReadonlySet<string> = new Set(['including', 'compared', 'excluding']);

/** Words that may stand before a fronted subordinator at the start of a sentence: "But if ...", "And while ...", "Even though ...". */
export const OPENING_SUBORDINATOR_LEADS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so', 'even']);

/**
 * Subordinators of time that may modify the verb of a relative clause inside an object: "a bill that failed when ...",
 * "a claim that they were friends as they competed", "technology that cannot be read during an investigation".
 */
export const RELATIVE_TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'until', 'as', 'during', 'since']);

/**
 * Words after "the" that point back at the second of two things named: an
 * appositive "..., the latter a ...", or a speaker "the latter said".
 */
export const BACK_POINTERS: ReadonlySet<string> = new Set(['latter']);

/**
 * Words after "the" that open an appositive ranking what came before: the
 * narrator's "..., the first time it has done so", "..., the biggest drop in
 * a decade", "..., the first two states to vote".
 */
export const RANKING_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'last',
  'highest', 'lowest', 'largest', 'biggest', 'smallest', 'most', 'least', 'fewest', 'best', 'worst',
]);

/**
 * Auxiliaries after ", as" that open the narrator's comparison with others who
 * did the same: "said X, as has Ann Lee", "..., as did the mayor".
 */
export const AS_TOO_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'did', 'does', 'do']);

/**
 * Subordinators that open a clause inside a noun cue's that-clause, whose
 * verb is not the sentence's own: "the warning that the dam was unsafe since
 * the spillway would fail" (see `reported/noun-cue.ts`).
 */
export const INNER_CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['since', 'although', 'though', 'unless', 'until', 'before', 'after', 'whether', 'where']);

/**
 * Prepositions after which a verb in a noun phrase is a participle that
 * describes its head ("a company based in Ohio", "a coalition led by the
 * union"), not the sentence's own verb (see `speakers/find/before/relative-antecedent.ts`).
 */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'in', 'at', 'on', 'from', 'with', 'to', 'near', 'under', 'outside', 'inside']);

/**
 * Words after a quotation closed by a comma that go on with the content rather
 * than open the narrator's addition: a reason, a place, a comparison, an
 * accompanying circumstance or a "who" clause on the quoted words ('was "a
 * broken system," because ...', '"a fight in Reno," where ...', 'is "new to
 * it," compared with ...', 'are "mixed," with some ...', '"a good neighbour,"
 * who gave ...'). Not "which": after a quoted name or title ('"the Reno
 * loophole," which ...') it is the narrator's. See `reported/boundary/second-clause.ts`
 * cutSecondClause.
 */
export const AFTER_QUOTE_CONTINUERS: ReadonlySet<string> = new Set(['because', 'where', 'compared', 'with', 'for', 'who', 'even']);

/** Nouns after "for" that make a discourse adverb, not an adjunct: "for instance", "for example". */
export const DISCOURSE_FOR: ReadonlySet<string> = new Set(['instance', 'example']);

/**
 * Finite auxiliaries and modals of the past ("would" and "could" are the
 * past of "will" and "can" in a reported clause): the tense a verb of saying
 * and a verb coordinated with it share (see `reported/cue-subject-verb.ts`).
 */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'would', 'could', 'might', 'should', "'d", '’d']);

/**
 * Modals of the past that, after a clause in the present, speak of a
 * condition ("opposes the bill and would veto it") rather than of the cue
 * (see `reported/cue-subject-verb.ts`).
 */
export const CONDITIONAL_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'should']);

/** Finite auxiliaries and modals of the present, contracted ones too ("he's", "won't": "wo") (see `reported/cue-subject-verb.ts`). */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'has', 'have', 'does', 'do', 'will', 'can', 'may', 'must', 'shall', 'wo', 'ca',
  "'s", '’s', "'re", '’re', "'m", '’m', "'ve", '’ve', "'ll", '’ll',
]);

/**
 * Determiners before which a noun in -s right after a noun reads as a
 * present-tense verb the tagger misread: "each year of study yields a bump"
 * (see `reported/clause-start.ts` misreadVerbAt).
 */
export const MISREAD_VERB_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);

/**
 * Relative pronouns that, after a comma, open a relative clause inside a
 * speaker phrase after a quote, whose own cue does not attribute the quote
 * (`"...," the cyclist, who asked not to be named, told police`; see
 * `direct/trailing.ts`).
 */
export const SPEAKER_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * Words of frequency that, closing a clause, make a noun right after a noun a
 * present-tense verb the tagger misread: "says the menu changes weekly",
 * "say the river rises every spring", "said the rules change often" (see
 * `reported/clause-start.ts` misreadVerbBeforeFrequency). "every" and "each"
 * take their noun ("every spring").
 */
export const MISREAD_VERB_FREQUENCY: ReadonlySet<string> = new Set([
  'weekly', 'daily', 'nightly', 'hourly', 'monthly', 'yearly', 'annually', 'often', 'regularly', 'frequently', 'constantly', 'seasonally', 'every', 'each',
]);

/**
 * The words of {@link MISREAD_VERB_FREQUENCY} that take a noun after them
 * ("every spring", "each week"): the clause ends after that noun.
 */
export const FREQUENCY_DETERMINERS: ReadonlySet<string> = new Set(['every', 'each']);

/**
 * Lemmas of cues that report a clause and rarely take a noun object, after
 * which (or after their "that") {@link MISREAD_VERB_FREQUENCY} applies: "says
 * the menu changes weekly" but not "announced the job cuts every year".
 */
export const FREQUENCY_CLAUSE_CUES: ReadonlySet<string> = new Set(['say', 'add', 'insist', 'claim', 'argue', 'explain', 'note', 'warn', 'predict', 'complain', 'suggest', 'contend', 'maintain', 'write']);

/**
 * Forms of "have" that may stand between the subject of an object relative
 * clause and its cue: "a term Lee has used to describe ..."
 * (`reported/word-relative.ts`).
 */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have']);

/**
 * Object pronouns before which a plain noun right after a plural noun reads
 * as a present-tense verb the tagger misread: "customers order it", "diners
 * love them" (see `reported/clause-start.ts` pluralThenVerbAt).
 */
export const MISREAD_VERB_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'us', 'me']);

/**
 * Nouns that end in -ed like a regular past tense, never read as a verb the
 * tagger misread after a noun (see `reported/clause-start.ts` misreadPastAt).
 */
export const NOUNS_IN_ED: ReadonlySet<string> = new Set(['hundred', 'kindred', 'sacred', 'wicked', 'hatred', 'watershed', 'bloodshed', 'seabed', 'riverbed', 'flatbed', 'sickbed', 'deathbed', 'hotbed', 'infrared', 'wretched', 'rugged', 'crooked']);

/**
 * Prepositions after which such a noun in -s, before a determiner or a name,
 * reads as a verb too: "the plan appeals to the young", "the vote counts for
 * the town".
 */
export const MISREAD_VERB_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'with', 'on', 'into', 'about', 'from', 'against']);

/**
 * Words that, right after a closing quotation mark with no punctuation before
 * it, carry the narrator's sentence on with the quoted words (`was "a total
 * loss" for the whole season`, `"the work we still owe" to the people of
 * the valley`): the quote is a mixed one and its content runs to the end of
 * that phrase (see `reported/quoted-tail.ts`). "and" is not one (as often a
 * new verb of the narrator's), nor "in" (as often where it was said), nor a
 * subordinator that opens the narrator's own clause ("as", "while",
 * "before").
 */
export const QUOTED_TAIL_OPENERS: ReadonlySet<string> = new Set([
  'to', 'of', 'for', 'from', 'on', 'at', 'by', 'with', 'without', 'that', 'but', 'or', 'than', 'about', 'into',
  'over', 'under', 'against', 'through', 'toward', 'towards', 'among', 'between', 'not',
]);

/**
 * Nouns of an audience's answer (`"We will rebuild the pier" to loud
 * applause`, `to the cheers of the crowd`): a phrase after the closing mark
 * that opens with "to" and holds one tells how the words were met, no part of
 * them (see `reported/quoted-tail.ts`). Singular and plural forms.
 */
export const AUDIENCE_REACTION_WORDS: ReadonlySet<string> = new Set([
  'applause', 'cheer', 'cheers', 'cheering', 'laughter', 'laughs', 'boos', 'booing', 'jeers', 'gasps', 'ovation', 'ovations',
  'silence', 'chants', 'whistles',
]);

/**
 * The relative pronouns "which", "who" and "whom" (not "that", "whose" or
 * "what"). Opening the phrase before a cue, they make it the subject of a
 * relative clause about the noun before it ("The death, which police
 * confirmed on Monday, shocked the town"): what is reported is that noun (rule
 * `reported/relative-object`). Before "asked" they put no question of the
 * text's own ("in which applicants are asked ..."); before a naming cue and a
 * quotation they open a naming clause ("what she calls ..." is kept as often
 * as not, so "what" is left out). Speaker finding reads them the same way:
 * "The pact, which Ortiz called a disaster and vowed to scrap" (the clause's
 * subject speaks; `speakers/find/object-relative.ts`).
 */
export const WH_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom']);

/**
 * Common irregular past forms of verbs that take an object, which the tagger
 * may read as an adjective or a noun right after another verb: the sentence's
 * own verb after a noun of saying's clause ("The belief that prices would fall
 * | kept buyers away"). Regular past forms end in "-ed" and need no list.
 */
export const IRREGULAR_OBJECT_PASTS: ReadonlySet<string> = new Set([
  'kept', 'left', 'drove', 'made', 'sent', 'brought', 'caught', 'held', 'led', 'gave', 'took', 'struck', 'shook',
  'won', 'lost', 'drew', 'threw', 'fed', 'stung',
]);

/**
 * Adverbs of degree that belong to the amount word after them at the start of
 * a reported clause: "said too many families left", "said so much of the town
 * flooded", "said as many as ten boats sank". See {@link CLAUSE_AMOUNT_WORDS}.
 */
export const AMOUNT_DEGREE_ADVERBS: ReadonlySet<string> = new Set(['too', 'so', 'as']);

/** Amount words a degree adverb ({@link AMOUNT_DEGREE_ADVERBS}) may open a clause's subject with. */
export const CLAUSE_AMOUNT_WORDS: ReadonlySet<string> = new Set(['many', 'much', 'few', 'little']);

/**
 * Adverbs of likelihood and exactness right after a cue that belong to the
 * reported clause, not to the cue: "said perhaps the council would approve
 * it", "saying exactly what the farmers want to hear" (before a question word only).
 */
export const CLAUSE_MODAL_ADVERBS: ReadonlySet<string> = new Set(['perhaps', 'probably', 'maybe', 'possibly']);

/**
 * Words the tagger may read as adverbs that stand as the complement of "be",
 * where an adjective would: "the ferry would be late", "the team was ahead",
 * "the bus was full". Such a word ends the verb group of "be", so that a verb
 * after it is another clause's ("The pilot who said the ferry would be late
 * resigned on Friday").
 */
export const PREDICATE_ADVERBS: ReadonlySet<string> = new Set([
  'late', 'early', 'ahead', 'behind', 'abroad', 'away', 'home', 'full', 'overseas', 'nearby', 'alone', 'underway', 'upstairs', 'downstairs', 'fine',
]);

/** Adverbs of exactness that belong to a question word after them: "exactly what", "precisely how". */
export const EXACTNESS_ADVERBS: ReadonlySet<string> = new Set(['exactly', 'precisely']);

/**
 * Participles that bring in a quotation after a noun phrase the cue took for
 * its clause: "claimed the seat in a radio spot, saying: ...", "posted a
 * message reading ...", "answered the critics by adding, ...".
 */
export const QUOTING_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'reading', 'writing', 'declaring']);

/** Words that open the narrator's addition after a comma: "..., while others disagreed", "..., which ...". */
export const NARRATOR_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'despite', 'compared', 'unlike', 'which', 'who', 'whose', 'according', 'amid']);

/** Contrast words among the narrator's openers: "..., while others disagreed". */
export const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas']);

/**
 * Words that open a subordinate clause or an adjunct put before the content's main clause ("that if elected, he
 * would ..."; "Whereas the mayor said ..., Ann Lee disagreed").
 */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'while', 'whereas', 'although', 'though', 'as', 'after', 'before', 'once', 'unless', 'since', 'because', 'whether', 'until']);

/**
 * Words that open a condition put before a plain "X said" at the start of a
 * sentence, which the reported clause carries ("If the levy fails, Lee said
 * the pool will close"). Only a condition: a fronted time or place ("When
 * asked, Lee said ...", "In Ohio, Lee said ...") is the saying's own setting.
 */
export const FRONTED_CONDITION_OPENERS: ReadonlySet<string> = new Set(['if']);

/**
 * Subjects of a fronted condition that address the reader, whose condition is
 * the narrator's, not the speaker's: "If you listen to the mayor, she argued
 * that ...".
 */
export const READER_CONDITION_SUBJECTS: ReadonlySet<string> = new Set(['you']);

/**
 * Phrases of three words that open a subordinate clause as one of
 * {@link FRONTED_OPENERS} does: "By the time the hearing ended, ...".
 */
export const FRONTED_OPENING_PHRASES: ReadonlySet<string> = new Set(['by the time']);

/** Words that open another clause after a dash that follows quoted words: `"ready" — and the crowd cheered`. */
export const DASH_CLAUSES: ReadonlySet<string> = new Set(['and', 'but', 'or', 'which', 'who', 'then', 'yet']);

/** Words that open the narrator's aside after a dash: a contrast, a summing-up noun phrase, another clause. */
export const DASH_ASIDES: ReadonlySet<string> = new Set(['though', 'although', 'a', 'an']);

/** Subordinators that open the narrator's clause after a quoted object. */
export const QUOTED_OBJECT_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'before', 'after', 'when', 'during', 'although', 'though']);

/** Adverbs that belong to the clause after a cue: "said only the council could decide", "said none of them". */
export const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(['none', 'only', 'even', 'just', 'almost', 'nearly', 'about', 'roughly', 'some', 'all', 'both', 'neither', 'either', 'no']);

/** Words that open a clause about when or how something was said, not what: "said as she turned around". */
export const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'before', 'after', 'when', 'since', 'because', 'during', 'until', 'once']);

/**
 * Circumstance openers that may also open a subordinate clause put before the
 * reported clause, when a full clause and a comma follow and a full clause
 * comes after the comma: "said when the storm hit, the crews were ready",
 * "said because the road was closed, buses ran late". ("as" and "during" are
 * left out: "said as the crowd cheered" is how it was said.)
 */
export const CLAUSE_FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'before', 'after', 'when', 'since', 'because', 'until', 'once']);

/** Words that open an adverbial put before a clause: "despite all that, ...", "if elected, ...". */
export const FRONTED_ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['despite', 'after', 'before', 'if', 'when', 'once', 'unless', 'because', 'since', 'while', 'although', 'though', 'in', 'for', 'on', 'at', 'by', 'with', 'without', 'like', 'unlike', 'as']);

/**
 * Subordinators that, right after a noun phrase following a cue, open a clause
 * of circumstance, so the noun phrase is the cue's object and no reported
 * clause starts with it: "to report a loss when it releases results",
 * "announce a deal if the board agrees".
 */
export const OBJECT_THEN_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'unless', 'because', 'although', 'though', 'until', 'once', 'while']);

/** Words that open a relative clause: "which he said", attributions of their own handled elsewhere. */
export const RELATIVE_CLAUSE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that', 'what', 'whose']);

/** Subordinators and relative pronouns that, between the last comma and a cue, put the cue in a subordinate clause: "When she questioned it, ...". */
export const MAIN_CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'because', 'if', 'when', 'as', 'after', 'before', 'since', 'whereas', 'unless', 'which', 'whom', 'who']);

/** Words that open a relative clause inside an appositive: "a union that has broken away". */
export const APPOSITIVE_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which', 'that', 'where']);

/** Prepositions that open a participle adjunct after an attribution: "..., Lutz said in posing the question". */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['in', 'while', 'when', 'after', 'before', 'by', 'on']);

/** Words that open the narrator's clause about when or how it was said: "..., the mayor said as he left". */
export const TRAILING_CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'whilst', 'before', 'after', 'because', 'since', 'until', 'once', 'though', 'although']);

/** Relative pronouns that open a clause about the speaker right after the attribution: "..., said Ann Hale, who ...". */
export const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

/** Past forms of "be": before a participle they may make a past event ("was ousted in 2019"). */
export const PAST_BE_FORMS: ReadonlySet<string> = new Set(['was', 'were']);

/** Words after the cue that end a short object: a narrator's clause, a comparison. */
export const COUNT_OBJECT_STOP: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'because', 'although', 'though', 'compared', 'than', 'when', 'after', 'before', 'if', 'since', 'as']);

/** Relative words that open, after a comma, a clause about the object rather than the object itself. */
export const QUOTED_OBJECT_CLAUSE_RELATIVES: ReadonlySet<string> = new Set(['where', 'which', 'who']);

/** Words that join a new clause with a subject of its own: "and workers cheered", "as colleagues listened". */
export const QUOTED_OBJECT_CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'as']);

/**
 * The relative words "who" and "which": the subject of a framed clause
 * ("delegates who are expected to ..."), the opener of a clause a source
 * phrase may back alone, or the relative pronoun a cue inside a relative
 * clause shares as its subject ("the mayor who opened her term by promising").
 */
export const WHO_WHICH_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * Relative words that stand for a place or a time, not for the subject of
 * their clause: "the county where the mayor is expected to win" (the
 * subject is "the mayor"; `reported/raising.ts`).
 */
export const ADVERBIAL_RELATIVES: ReadonlySet<string> = new Set(['where', 'when']);

/**
 * Words that open a phrase between commas inside the subject of a framed
 * clause, widening or setting off that subject: "No one, including the mayor,
 * seems ...", "Farming, not fishing, appeared ..." (`reported/raising.ts`).
 */
export const SUBJECT_INSERT_OPENERS: ReadonlySet<string> = new Set(['including', 'not', 'excluding', 'especially', 'particularly']);

/** Words that open a relative clause or an appositive after a comma: ", which ...", ", headed by ...", ", a ...". */
export const RAISING_INSERT_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'a', 'an', 'the', 'once', 'long', 'now', 'until']);

/** Words after which a verb belongs to the infinitive, not to the sentence: "to cut fees and raise ...". */
export const NOUN_INFINITIVE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'that', 'which', 'who', 'if', 'when', 'while', 'because', 'not']);

/** Words that end a topic of talk, not an infinitive: "made comments about the budget | before she signed it". */
export const TOPIC_ENDERS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'because']);

/**
 * The second half of a "not only ... but (also)" pair, by its words: an object that opens with "not only" goes on
 * over it ("promised not only lower fares but also faster trains") (`reported/boundary/correlative.ts`).
 */
export const NOT_ONLY_SECOND_HALF: readonly [string, string] = ['but', 'also'];

/** Words that open a pseudo-cleft before its speaker: "What he said was that ...", "All she said is that ..." (`reported/pseudo-cleft.ts`). */
export const PSEUDO_CLEFT_OPENERS: ReadonlySet<string> = new Set(['what', 'all']);

/** Words that open the relative clause before the speaker. */
export const RELATIVE_RULE_WORDS: ReadonlySet<string> = new Set(['which', 'that', 'what', 'who', 'whom']);

/** Words after which a verb is inside the clause, not the sentence's own: "that X, who was ...". */
export const NOUN_CUE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'because', 'while', 'and', 'or', 'but', 'to']);

/** Words that end the content: a narrator's clause. */
export const JUDGEMENT_STOP: ReadonlySet<string> = new Set(['because', 'after', 'before', 'when', 'while', 'since', 'until', 'if', 'although', 'though', 'but', 'even', 'and', 'or', 'as']);

/**
 * Words opening a clause whose subject a participle right after it may share:
 * subordinators ("when", "as", "while", ...) and the conjunctions "and" and
 * "but" before a clause of its own ("X did A and protesters rushed the
 * stage, shouting" gives the participle to the protesters; measured on PolNeAR
 * train, dropping "and" and "but" loses 2 right speakers and fixes none).
 */
export const PARTICIPLE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'as', 'while', 'after', 'because', 'since', 'before', 'until', 'where', 'and', 'but', 'though', 'although', 'whereas']);

/** Words that end no subject the cue's content could follow: relative words and "one", "you", "it" ("the firm, which said ...", "the one who said ..."). */
export const NOT_SUBJECT_ENDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'one', 'you', 'it']);

/** Words after a "that" read as a determiner that show it opens a clause: a determiner, a possessive or a subject pronoun ("said that the ...", "said that he ..."). */
export const THAT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'we', 'it', 'i', 'his', 'her', 'their']);

/**
 * Object and reflexive pronouns that end a that-clause's verb phrase, so a
 * verb right after one is the sentence's own: "his claim that the tram will
 * pay for itself | was challenged", "her warning that the flood would reach
 * them | went unheeded" ("her", also a possessive, is left out).
 */
export const CLAUSE_FINAL_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me', 'itself', 'himself', 'herself', 'themselves', 'ourselves', 'myself']);

/**
 * Nouns of an object that points ahead to a colon and the words said after
 * it: "said three things: ...", "made two points: ...", "gave one reason: ...".
 */
export const CATAPHORIC_NOUNS: ReadonlySet<string> = new Set(['thing', 'things', 'point', 'points', 'reason', 'reasons', 'word', 'words']);

/** Words that open such an object: "this:", "the following:", "three things:", "a few things:". */
export const CATAPHORIC_OPENERS: ReadonlySet<string> = new Set(['this', 'these', 'one', 'two', 'three', 'four', 'five', 'several', 'a', 'few', 'some']);

/** Forms of "be" before a participle: "is claiming victory" (an object of a progressive is mostly no report). */
export const PROGRESSIVE_BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "'s", '\u2019s', "'re", '\u2019re']);

/**
 * Singular forms of "be", "have" and "do" after a relative "who": "Ann Lee and
 * Tom Reyes, who was ..." goes back to the last name alone; after a name read
 * once, they make it a subject ("Hale has run it", `speakers/not-antecedent.ts`).
 */
export const SINGULAR_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does', "'s", '\u2019s']);

/**
 * Irregular past participles that modify a noun in an adjunct after a cue,
 * with an adjunct of their own: "at a luncheon held by the chamber", "in a
 * speech given on Friday" (regular ones end in -ed).
 */
export const IRREGULAR_NOUN_PARTICIPLES: ReadonlySet<string> = new Set(['held', 'given', 'made', 'sent', 'led', 'written', 'taken', 'shown', 'brought', 'put', 'run', 'done']);

/**
 * Participles after a comma that go on with a framed clause rather than open
 * the narrator's phrase: "..., including two pilots", "..., according to ..."
 * (rules `reported/impersonal` and `reported/reportedly`).
 */
export const LISTING_PARTICIPLES: ReadonlySet<string> = new Set(['including', 'according']);

/**
 * Words after a comma that end a clause reported through "reportedly": "...,
 * but ...", "..., which ...", "..., according to ..." (rule `reported/reportedly`).
 */
export const REPORTEDLY_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but', 'and', 'or', 'while', 'although', 'though', 'whereas', 'because', 'as', 'which', 'who', 'when', 'where', 'after', 'before',
  'according', 'since', 'so',
]);

/**
 * Conjunctions that end a clause reported through "reportedly" when a pronoun
 * follows them: "... as it nears the end" (rule `reported/reportedly`).
 */
export const REPORTEDLY_PRONOUN_SUBORDINATORS: ReadonlySet<string> = new Set([
  'as', 'while', 'because', 'although', 'though', 'whereas', 'after', 'before', 'when', 'since',
]);

/**
 * Words that open a clause of their own after a stance's noun-phrase content
 * and end it: "a critic of the plan because ...", "... even if ..." (rules
 * `reported/stance-role`, `reported/stance-phrase`).
 */
export const STANCE_CONTENT_ENDERS: ReadonlySet<string> = new Set([
  'even', 'because', 'since', 'while', 'although', 'though', 'whereas', 'when', 'after', 'before', 'but',
]);

/**
 * Prepositions that may join a pair with "and" to the noun before them inside a subject: "the ties between Norland and
 * Vesta", "the list of towns and villages" (`reported/raising.ts`).
 */
export const PAIR_SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['between', 'among', 'of', 'for']);

/**
 * Marks and words that end a reported content before a later cue with a subject of its own: "said the toll
 * would rise, and Lee warned ...", "said it was fair; Varga argued ...", "said so but Lee denied it"
 * (`reported/next-attribution.ts`).
 */
export const NEXT_ATTRIBUTION_BOUNDARIES: ReadonlySet<string> = new Set([',', ';', '\u2014', '\u2013', '\u2015', '--', 'and', 'but', 'while', 'whereas']);
/**
 * Subordinators that end the content of an object or an infinitive (not a reported clause) before a later cue with
 * a subject of its own: "urged voters to stay home after the mogul said the race was over" (the mogul's report is
 * one of its own) (`reported/next-attribution.ts`).
 */
export const NEXT_ATTRIBUTION_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'because', 'when', 'since', 'until', 'once']);
/**
 * Boundaries before a later cue's short subject that a cut does not drop: "X, though Y said", "X - others say"
 * (`reported/next-attribution.ts`).
 */
export const NEXT_ATTRIBUTION_LOOSE_BOUNDARIES: ReadonlySet<string> = new Set(['though', 'although', '-']);

/** Relative words after a bare noun that sum up what came before: "..., language that critics called weak", "..., a move which". */
export const SUMMING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);

/** The finite forms of "be" of a third-person subject ("is", "are", "was", "were"): a copula or an auxiliary of a clause of its own. */
export const FINITE_BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** The finite forms of "be" of a singular third-person subject: what links a lead to a colon, to "all" or to a "that" clause ("The answer was: ...", "The point is that ..."). */
export const SINGULAR_BE_FORMS: ReadonlySet<string> = new Set(['is', 'was']);

/**
 * The pronouns that open a clause, not a noun phrase ("who", "which", "that",
 * "what"): a subject or an object read from its tags does not start with one.
 */
export const CLAUSE_OPENING_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'what']);

/**
 * Verbs that take no object, whose past form after a noun is the clause's own
 * verb, never a participle describing the noun: "The dispute erupted a week
 * after ..." (no one erupts a dispute, so "erupted" is no "published").
 */
export const INTRANSITIVE_PAST_LEMMAS: ReadonlySet<string> = new Set([
  'erupt', 'happen', 'occur', 'emerge', 'arrive', 'die', 'exist', 'disappear', 'vanish', 'ensue', 'persist',
  'subside', 'linger', 'flare', 'arise', 'originate', 'culminate', 'coincide', 'unfold', 'intensify', 'resurface',
  // verbs of answering: "Lee responded in a statement arguing ..." (no one responds a person)
  'respond', 'reply',
]);

/**
 * Lemmas of verbs of a rise or fall that take no object, so that their "-ed"
 * form is never a passive participle describing a noun: "Oil prices jumped
 * after the cartel said ..." is a clause whose verb is "jumped", not "prices"
 * with a modifier (as in "People briefed on the talks said").
 */
export const MOVEMENT_PAST_LEMMAS: ReadonlySet<string> = new Set([
  'jump', 'soar', 'surge', 'plunge', 'plummet', 'slump', 'tumble', 'climb', 'rebound', 'skyrocket', 'spike', 'dip',
]);

/**
 * Irregular past participles of verbs that take an object, whose form shows
 * no participle ending: after a noun and before a preposition they describe
 * the noun ("A letter sent to the mayor said", "Farmers hit by the drought
 * say"), as "mailed" or "written" do.
 */
export const OBJECT_TAKING_IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'sent', 'held', 'made', 'brought', 'built', 'kept', 'paid', 'sold', 'bought', 'caught', 'taught', 'found',
  'sought', 'led', 'fed', 'laid', 'struck', 'shot', 'hit', 'lent', 'dealt', 'told', 'won', 'bound',
]);

/**
 * Quantifiers (and "those", "everyone") that stand alone for people before a
 * participle and its preposition: "several included on it told", "many named
 * in the report say", "those asked about the vote said", "everyone asked
 * about the vote said", "nobody asked about it said".
 */
export const PARTICIPLE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'several', 'many', 'most', 'some', 'few', 'all', 'both', 'others', 'those', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody', 'someone', 'somebody',
]);

/** Words before "those" that belong to its phrase: "all those asked about the vote said". */
export const THOSE_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'most', 'many', 'some', 'half']);

/** Words that open a clause instead of a record's phrase before a trailing finding: "..., as the results show.", "..., which records show." (reported/evidence-trailing.ts). */
export const TRAILING_RECORD_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'which', 'that', 'what', 'who', 'while', 'although', 'though', 'because', 'if', 'when', 'and', 'but', 'or']);

/** Words between a record and its verb of finding: "has found", "also show" (reported/evidence-trailing.ts). */
export const RECORD_VERB_GROUP_WORDS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'now', 'clearly']);

/** Words before a speaker's description that open its clause and stay outside the span: "But the mayor's aide, ..." (reported/speaker-description.ts). */
export const DESCRIPTION_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'when', 'while', 'so', 'then', 'yet']);

/** Verbs of asking whose "that" clause may request anonymity (reported/anonymity-request.ts). */
export const ANONYMITY_ASKING_LEMMAS: ReadonlySet<string> = new Set(['ask', 'request']);

/** {@link POSSESSIVES} and "the": what may stand before the name a request for anonymity keeps out of print ("asked that his name not be used"). */
export const WITHHELD_NAME_OWNERS: ReadonlySet<string> = new Set([...POSSESSIVES, 'the']);

/** Words in a verb group before a cue besides auxiliaries: "has not said", "have since said", "had never said", "has also said" (`speakers/find/before/subject-end.ts`). */
export const CUE_GROUP_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'since', 'never', 'also']);

/** Words between a conjunction and a cue besides adverbs and auxiliaries: "but has since said", "and had not yet said" (`speakers/find/participle.ts`). */
export const SHARED_CUE_GROUP_WORDS: ReadonlySet<string> = new Set(['since', 'not', "n't"]);

/** Subordinators that open a clause inside a sentence whose subject speaks: "The crowd cheered when Lee stood and said" (`speakers/find/participle.ts`). */
export const SUBJECT_CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'as', 'while']);

/** Words after a finite verb following a comma that make it a cue: "wins the vote, vows to press on", "hid facts, admitted that" (`speakers/find/participle.ts`). */
export const COMMA_VERB_COMPLEMENTS: ReadonlySet<string> = new Set(['to', 'that']);

/** Relatives after a comma whose clause has a subject of its own: "the treaty, which Lee had called" (`speakers/find/long-subject.ts`). */
export const OWN_SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'whom', 'whose']);

/** {@link THIRD_POSSESSIVES} and "our", opening a joined modifier after "and" or "or": "on radio and their websites" (`speakers/find/long-subject.ts`). */
export const JOINED_MODIFIER_POSSESSIVES: ReadonlySet<string> = new Set([...THIRD_POSSESSIVES, 'our']);

/** Forms of "be" written out before a passive participle: "Lee is quoted as saying" (`speakers/find/quoted-as.ts`; no contraction). */
export const WRITTEN_BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);

/** Subordinators of time that open an adjunct phrase: "after the vote", "until then" (`speakers/not-antecedent.ts`). */
export const TIME_ADJUNCT_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'while']);

/** Subordinators before a bare "asked" with no subject: "When asked about the cost, ...", "if asked" (`reported/cue-subject.ts`). */
export const ASKED_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'if', 'once', 'after']);

/** Words before the subject of "said to" that open its clause: "and Lee is said to", "while the firm was said to" (`reported/said-to.ts`). */
export const SAID_TO_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'that', 'while']);

/** Words before the subject of a passive cue that open its clause: "after the plan was announced" (`reported/passive.ts`). */
export const PASSIVE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['that', 'after', 'when', 'before', 'as', 'since', 'until', 'once', 'and', 'but']);

/** Relatives for a person: "who" and "whom", without "whose" (`reported/relative-object.ts`). */
export const WHO_WHOM: ReadonlySet<string> = new Set(['who', 'whom']);

/** Relatives that open a speaker phrase as its object, not its subject: "that", "which", "whom" (`reported/relative-object.ts`). */
export const SPEAKER_OBJECT_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'whom']);

/** Auxiliary words that are no finite verb: "to", "be", "been", "being" (`reported/noun-infinitive.ts`). */
export const NONFINITE_AUXILIARY_WORDS: ReadonlySet<string> = new Set(['to', 'be', 'been', 'being']);

/** Words that end a record's phrase though tagged like it: "according", and a relative (`reported/evidence.ts`). */
export const RECORD_PHRASE_ENDERS: ReadonlySet<string> = new Set(['according', 'that', 'which', 'who']);

/** Relatives right before a record noun that open its phrase: "surveys that" (`reported/evidence.ts`). */
export const RECORD_RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);

/** Participles of a state before its object: "has been", "has grown" (`reported/state-object.ts`). */
export const STATE_OBJECT_PARTICIPLES: ReadonlySet<string> = new Set(['been', 'grown']);

/** Relatives after a source and a comma that describe it: "a clerk, who", "the firm, whose", "the paper, which" (`reported/source-phrase.ts`). */
export const SOURCE_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

/** Subordinators of a yes-or-no question: "asked if", "asked whether" (`reported/asked.ts`). */
export const YES_NO_SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'whether']);

/** Question words that may be a question's own subject: "asked who had won", "asked which was best" (`reported/asked.ts`). */
export const QUESTION_SUBJECT_WORDS: ReadonlySet<string> = new Set(['who', 'what', 'which']);

/** Words that open a relative or subordinate clause in the gap before a far "that", which is the narrator's (`reported/far-that.ts`). */
export const NARRATOR_GAP_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose', 'when', 'while', 'because', 'if', 'as', 'where', 'whether']);

/** Participles after a poll that give its date or source: "released Monday", "conducted by a firm" (`reported/poll-source.ts`). */
export const POLL_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'conducted', 'published', 'taken']);

/** Modifiers before a noun cue that stay in its phrase: "the earlier claim", "his repeated warnings" (`reported/noun-cue.ts`). */
export const NOUN_CUE_MODIFIERS: ReadonlySet<string> = new Set(['earlier', 'recent', 'latest', 'repeated', 'oft-repeated']);

/**
 * Verbs that send their object somewhere to do something: in "sent a host to
 * the harbor to ask voters ...", the infinitive after the place is the
 * object's errand, not a purpose of the verb's subject (`speakers/find/before/object-speaker.ts`).
 */
export const SENDING_VERBS: ReadonlySet<string> = new Set(['send', 'dispatch', 'deploy', 'assign']);

/**
 * Nouns whose own infinitive follows them, maybe after a prepositional
 * phrase: "a request in the suit to question her", "pressure on the board to
 * act"; the infinitive is the noun's, not a purpose of the verb before it.
 */
export const INFINITIVE_TAKING_NOUNS: ReadonlySet<string> = new Set([
  'request', 'requests', 'pressure', 'bid', 'bids', 'effort', 'efforts', 'attempt', 'attempts', 'call', 'calls', 'plan', 'plans',
  'order', 'orders', 'motion', 'push', 'campaign', 'chance', 'opportunity', 'permission', 'right', 'power', 'authority', 'decision', 'move',
]);

/**
 * Asides set off by commas between a speaker (and its appositive) and the
 * cue, which leave the speaker's span as it is: "Ada Moss, a baker, for
 * example, said", "Tom Vale, in turn, said" (`attribution/reported/speaker-aside.ts`).
 */
export const SPEAKER_ASIDES: ReadonlySet<string> = new Set([
  'for example', 'for instance', 'in turn', 'however', 'though', 'meanwhile', 'of course', 'in fact', 'too', 'also',
  'instead', 'likewise', 'similarly', 'in particular', 'in contrast', 'by contrast', 'in addition', 'moreover', 'nonetheless',
]);

/**
 * Words that open a speaker description whose relative clause stays out of
 * the speaker's span: "said the woman, who asked not to be named", "said a
 * longtime aide, who ...", "said one official, who ..." (a name's clause
 * joins it: `attribution/reported/speaker-relative.ts`; PolNeAR train: the
 * gold source leaves the clause out after such a description far more often
 * than it keeps it, and keeps it after a name).
 */
export const RELATIVE_SPEAKER_DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'the']);

/**
 * Verbs of a state of mind that a person reports of themself: in "Tom Reyes
 * hoped, he said, that the port would reopen" the pronoun of the inserted
 * attribution is the subject of the verb before it.
 */
export const SELF_REPORTED_STATE_LEMMAS: ReadonlySet<string> = new Set([
  'hope', 'think', 'believe', 'want', 'fear', 'wish', 'worry', 'doubt', 'feel', 'expect', 'plan', 'intend',
]);

/**
 * Wh-words that, after what was asked for or about, tell when or where it was
 * asked rather than open a question: "asked for a recount when the margin was
 * small".
 */
export const CIRCUMSTANCE_WH_WORDS: ReadonlySet<string> = new Set(['when', 'where', 'while']);

/** Prepositions of what is asked for or about, right after the cue: "asked for a recount", "asked about the budget". */
export const ASKED_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'about']);

/**
 * Rules whose opt-in content is an object (a noun phrase or an infinitive),
 * not a clause with a verb of its own: its first finite verb after a noun is
 * the sentence's (`Tenants opposing the rent rise have asked ...`). See
 * `reported/opt-in-subject-phrase.ts`.
 */
export const SUBJECT_PHRASE_OBJECT_RULES: ReadonlySet<string> = new Set([
  'reported/cue-object', 'reported/speech-object', 'reported/cue-quoted-object', 'reported/evidence-object',
  'reported/cue-infinitive', 'reported/cue-infinitive-short', 'reported/cue-as', 'reported/known-as', 'reported/state-object',
]);

/**
 * Conjunctions that join a second predicate to a clause with no subject of
 * its own ("wrote that on a card and stuck it above her desk").
 */
export const PREDICATE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
