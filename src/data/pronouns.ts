/**
 * Personal pronouns that can be speakers, with what they refer to.
 * @internal
 */

/** How a pronoun constrains its antecedent. */
export interface PronounInfo {
  readonly gender: 'female' | 'male' | 'neuter' | 'any';
  readonly number: 'singular' | 'plural' | 'any';
  /** First person: inside a quote it is the quote's speaker. */
  readonly first: boolean;
  /** Second person: the one spoken to, never a person named before. */
  readonly second?: boolean;
}

/** Subject pronouns (and a few object forms) that can refer to a speaker. */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { gender: 'male', number: 'singular', first: false }],
  ['him', { gender: 'male', number: 'singular', first: false }],
  ['she', { gender: 'female', number: 'singular', first: false }],
  ['her', { gender: 'female', number: 'singular', first: false }],
  ['they', { gender: 'any', number: 'plural', first: false }],
  ['them', { gender: 'any', number: 'plural', first: false }],
  ['it', { gender: 'neuter', number: 'singular', first: false }],
  ['i', { gender: 'any', number: 'singular', first: true }],
  ['we', { gender: 'any', number: 'plural', first: true }],
  ['you', { gender: 'any', number: 'any', first: false, second: true }],
  // possessives, as the owners of noun cues: "his claim that", "their argument that"
  ['his', { gender: 'male', number: 'singular', first: false }],
  ['its', { gender: 'neuter', number: 'singular', first: false }],
  ['their', { gender: 'any', number: 'plural', first: false }],
  ['my', { gender: 'any', number: 'singular', first: true }],
  ['our', { gender: 'any', number: 'plural', first: true }],
]);

/**
 * Adjectives of an extraposed "it" before an infinitive or gerund cue ("It is
 * important to note that ...", "it's worth pointing out that ..."): the "it"
 * stands for the clause, so no one speaks.
 */
export const EXTRAPOSING_ADJECTIVES: ReadonlySet<string> = new Set([
  'easy', 'hard', 'difficult', 'impossible', 'important', 'worth', 'fair', 'safe', 'possible', 'necessary',
  'tempting', 'common', 'clear', 'crucial', 'essential', 'useful', 'helpful', 'interesting', 'notable', 'instructive',
  'reasonable', 'accurate', 'wrong', 'right', 'premature', 'early', 'soon', 'tough', 'simple',
]);

/** Object pronouns after "putting": the people the report put somewhere ("putting them ahead of ...", "putting those who ... in a weaker position"). */
export const PUT_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'those']);

/** Pronoun subjects of a contrast clause that stand for the speaker again: "said X, while he declined to ...". */
export const SPEAKER_AGAIN_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/**
 * Third-person subject pronouns, "he", "she", "it", "they": a subject before a
 * cue form the tagger read as a noun and a colon ('It affirms: "..."'), where
 * "her" or "my" would own the noun instead ('Her notes: "..."').
 */
export const THIRD_PERSON_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SPEAKER_AGAIN_PRONOUNS, 'it']);

/** Subject pronouns but "you": one opens a second clause after a conjunction ("..., but he ..."), or the clause after a listener verb ("told he would ..." names no listener). */
export const SECOND_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * Subject pronouns of people, "he", "she", "they", "we", "I": one opens a
 * reported clause ("said he would run"), ends the subject before a cue, or
 * opens a coordinated subject ("He and his staff have pledged", "They and
 * their lawyers said").
 */
export const PERSON_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * {@link PERSON_SUBJECT_PRONOUNS} and "you": a subject before a word that is
 * then a verb, not a noun ("we hope that ...", "that you wrote"), or one
 * that opens a relative clause without "who" or "that" ("people I have
 * spoken with").
 */
export const PERSON_SUBJECT_PRONOUNS_AND_YOU: ReadonlySet<string> = new Set([...PERSON_SUBJECT_PRONOUNS, 'you']);

/** Pronouns in the object case: never the subject of a cue ("... who have endorsed him say"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us', 'whom']);

/** Pronouns of a group that a phrase may narrow down as a listener: "urged everyone over 65 to", "those with symptoms" (`reported/infinitive.ts`). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'those', 'all', 'others', 'people']);

/** Pronouns that stand alone as the object of a participle before its comma: "Recognizing this, Reyes ..." (`reported/speaker-after.ts`). */
export const STANDALONE_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'these', 'those']);

/** Intensifying pronouns after a subject: "Quill himself said". */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

/** Pronouns that open no object worth reporting after a verb of saying, or a clause: "repeated it", "said that". */
export const NO_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'him', 'her', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'itself']);

/**
 * Possessives that stand for the person their own clause's subject describes
 * when they follow that clause's verb: "her" of "The minister renewed her
 * warning" (speakers/antecedent-clues.ts, describedClauseSubject).
 */
export const CLAUSE_OWNER_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);

/**
 * Pronouns that, with no one before them, stand for the person the writer
 * reached in a sentence before: "she" after "I called a shopkeeper"
 * (speakers/person-pronouns.ts, contactedPerson).
 */
export const CONTACTED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Subjects whose short wish or plan is an aside, not a thought reported: a
 * generic "you" and the writer's "I" or "we" ("you want to keep the receipt")
 * (`reported/opt-in-short.ts`).
 */
export const ASIDE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['you', 'i', 'we']);

/**
 * The plural demonstratives that stand for people before a relative or after
 * a preposition ("those who voted", "among these"): the people meant are in
 * the clause after them, not in the word itself.
 */
export const PLURAL_DEMONSTRATIVES: ReadonlySet<string> = new Set(['those', 'these']);

/** The reflexive pronouns of the third person ("the mayor herself said", "they themselves"): a subject's echo, stepped over. */
export const THIRD_PERSON_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Plural subject pronouns before a floating quantifier that stands for them: "they both said", "we all agreed" (`speakers/find/before/subject-end.ts`). */
export const PLURAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

/**
 * Object and possessive pronouns after a word the tagger read as a noun,
 * which make it a verb with its object: "leaders who told him", "aides who
 * thanked their staff" (`speakers/find/subject.ts`).
 */
export const OBJECT_OR_POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'his', 'their', 'its', 'our', 'my', 'us', 'me']);

/** Demonstratives written with a capital, as they open a sentence: "That group said" (`speakers/find/noun-phrase.ts`; the test is on the written form). */
export const CAPITALISED_DEMONSTRATIVES: ReadonlySet<string> = new Set(['That', 'This', 'These', 'Those']);

/** Object pronouns of one person before a name as a label: "called him a liar" (`reported/stance-name.ts`). */
export const PERSON_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);

/** Subjects of a stance cue that name nobody who holds the stance: a relative or a generic "you" (`reported/stance-name.ts`; compared in lower case). */
export const NOT_STANCE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'you']);

/** Pronoun subjects before a colon that name no speaker: "It is simple:", "There was one rule:" (`attribution/no-cue.ts`; compared in lower case). */
export const NO_CUE_NON_SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'there', 'this', 'that', 'you']);

/** Possessives whose owner does not speak the colon's words: "Its message:", "My view:" (`attribution/no-cue.ts`; compared in lower case). */
export const NO_CUE_MUTE_OWNERS: ReadonlySet<string> = new Set(['its', 'my', 'our']);

/** Third-person pronouns for a person or group, as the subject of a shared participle (`speakers/find/participle.ts`; compared in lower case). */
export const THIRD_PERSON_SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/**
 * First- and second-person pronouns of talk: a long line after a label that is
 * not in capitals reads as a transcript's turn only with one of these outside
 * quotation marks ("Hale: I think we ..."; not a section's "Funding: The
 * campaign said ..." nor a list "Ohio: Ann Lee, Tom Reyes, ..."). Compared in
 * lower case, save a word in capitals ("the US" is the country).
 */
export const TALK_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/** Nouns after "no" that an extraposed "it" introduces: "It's no exaggeration to say", "it is no secret that". */
export const EXTRAPOSING_NO_NOUNS: ReadonlySet<string> = new Set([
  'exaggeration', 'secret', 'surprise', 'wonder', 'coincidence', 'accident', 'mystery', 'stretch', 'overstatement',
]);

/** Verbs of seeming whose "it" stands for no one: "It seems that", "it appears, though, that", "it seems,". */
export const SEEMING_VERBS: ReadonlySet<string> = new Set(['seems', 'seemed', 'seem', 'appears', 'appeared', 'appear']);

/** Words of negation between an extraposing adjective and its "to": "It is hard not to wonder". */
export const EXTRAPOSED_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);

/**
 * Words that may stand between a bare name and its own "its" without being
 * what the "its" stands for: a relative pronoun and the "to" of an infinitive
 * ("Acme, which does not publish its", "Varnholt refused to extend its").
 */
export const ITS_OWNER_PASSING_WORDS: ReadonlySet<string> = new Set(['which', 'to']);
