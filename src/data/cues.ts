/**
 * The cue lexicon: verbs and phrases that attribute words to a speaker,
 * keyed by lemma, with their category.
 * @internal
 */
import type { CueCategory } from '../types.js';
import { DOCUMENT_NOUNS, PLACE_WORDS } from './people.js';
import { INDEFINITE_PRONOUNS } from './function-words.js';
import { FINITE_BE_FORMS, WH_WORDS } from './clauses.js';
import { NOUN_OPENING_TAGS, PHRASE_OPENING_TAGS } from './tags.js';

const SPEECH = `say tell add ask answer reply respond explain note warn argue insist claim state declare
announce confirm deny acknowledge admit concede assert maintain contend allege suggest
recall recount describe predict promise pledge vow vouch threaten urge caution advise remind
report reveal disclose inform assure reassure stress emphasize emphasise underline underscore
point comment remark observe mention continue repeat reiterate echo counter retort rebut quip
joke laugh scoff sneer shout yell scream cry exclaim whisper mutter murmur sigh grumble complain
lament boast brag praise criticize criticise attack blast slam accuse charge question wonder
demand request plead beg call testify swear affirm reaffirm indicate hint speculate estimate forecast
predict guarantee concur agree disagree dispute object protest challenge rule conclude
summarize summarise brief interject begin chime volunteer offer propose recommend announce
proclaim pronounce preach lecture signal acknowledge clarify elaborate specify contend posit
theorize argue acknowledge quote cite inform alert notify pitch tout mock taunt tease
label brand dub term hail deride dismiss decry denounce condemn characterize characterise portray
lambast lambaste laud refer reference invoke thank apologize apologise congratulate compare liken
chant bemoan imply bark inquire rail reason muse ponder opine gush fume implore whimper moan speak talk
rant thunder snap growl sob gloat crack marvel rave gripe vent hiss exhort bellow groan confess riposte beam snarl
grouse intimate`;

const WRITING = `write tweet post blog publish print email text message retweet pen editorialize
editorialise headline caption read`;

/*
 * The opt-in categories below were derived from the cue words of the non-speech
 * attributions in PolNeAR train (counts of the lemma in gold cues in brackets,
 * for the most frequent): verbs already in the speech list above keep their
 * category, so turning a category on never changes what a default run reports.
 */

// expect (95) want (88) appear (86) see (85) seem (85) think (79) hope (68) seek (68) know (66)
// believe (59) plan (44) (see: only as "sees X as Y") consider (35) worry (28) fear (28) view (23) prefer (20) feel (20) decide (20)
// Left out, since what they made with every category on was under 65% right on train: feel (6 of 10),
// figure (3 of 7), aim (3 of 6), prove (3 of 11).
const THOUGHT = `believe think consider expect hope fear worry doubt suspect assume know learn
understand realize realise reckon guess imagine suppose wish want seem appear plan seek intend
prefer decide view regard deem remember recognize recognise see envision`;

// show (209) find (81) highlight (17) list (16) identify (14) project (9) document (6)
const EVIDENCE = `show find demonstrate document project highlight identify list`;

// support (112) endorse (76) decline (46) defend (40) back (42) refuse (38) oppose (40) reject (23)
// push (20) favor (19) order (19) allow (19) blame (23) encourage (11) nominate (11) applaud (9)
// embrace (9) accept (9) welcome (5)
// Words of no cue before optrec62 (noun-phrase object, every category on, train fires : annotated):
// ignore 9:7, champion 4:3, tackle 2:2 (12 of 15). Measured and left out: rebuke 4:3, chide 3:3, scold 1:1 (verbs
// of FOR_QUOTED_VERBS: as lexicon cues they would take their quoted reason out of the default output); share 22:17
// (talk more than stance), issue 20:17 and release 45:32 ("issued a statement": writing), deliver 42:20, address
// 22:11, accept 17:10, sign 16:10, promote 13:7, target 10:4, approve 6:3, advocate 5:3, debate 3:1.
const STANCE = `support endorse back oppose reject defend decline refuse favor favour blame push
encourage applaud embrace welcome nominate order express voice assail convince persuade discuss
ignore champion tackle`;

/**
 * Adjectives of a state of mind that report a thought when a form of "be" or
 * another linking verb ({@link THOUGHT_LINKING_VERBS}) stands before them and "that"
 * (or a subject and its auxiliary) opens a clause after them: "Aides are confident that she will win", "The
 * farmers remain hopeful that rain will come". Cues of the thought category
 * (opt-in): they are looked up only when thought is reported, so the default
 * output never changes. Participles of cue verbs ("worried", "convinced") are
 * verbs of the lexicon already. A verb of the same form is no cue ("the
 * upset voters", "upset the favorite").
 */
export const THOUGHT_ADJECTIVES: ReadonlySet<string> = new Set(
  words(`confident optimistic hopeful aware sure certain afraid concerned adamant fearful skeptical sceptical
  pessimistic upset frustrated unaware`),
);

/**
 * Verbs of manner (how words come out, or the look that goes with them, not
 * what they say): as a participle set off after a verb of saying, the verb of
 * saying is the cue ("Lee said, beaming: "..."", "Lee said, shrugging: "..."",
 * `attribution/direct/inverted.ts`), whether or not the lexicon holds them as cues; not
 * "adding" or "noting", which say more.
 */
export const MANNER_PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set([
  'beam', 'laugh', 'chuckle', 'sigh', 'sob', 'cry', 'gloat', 'snarl', 'growl', 'groan', 'moan', 'whimper', 'fume',
  'scoff', 'sneer', 'gush', 'whisper', 'mutter', 'murmur', 'shout', 'yell', 'scream', 'smile', 'grin',
  'smirk', 'shrug', 'nod', 'pause', 'frown', 'gesture', 'wink', 'wince', 'weep', 'blush', 'stammer',
]);

/**
 * Forms of "say" that, alone after a comma or after a short subject, make an
 * attribution of their own: "..., said an aide", "They said the deal is off".
 */
export const SAID_SAYS: ReadonlySet<string> = new Set(['said', 'says']);

/**
 * Forms of a verb of saying that never modify a noun after an owner, so a
 * noun after them opens the clause said: "McDonald's said sales fell",
 * "Sotheby's says prices rose" (not as "Lee's repeated requests", "Lee's
 * promises to").
 */
export const NOT_PRENOMINAL_SAYING_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes']);

/**
 * Participles of a state of mind that, after a linking verb, take a clause
 * with no "that" like {@link THOUGHT_ADJECTIVES}: "is convinced the plan will fail".
 */
export const STATE_PARTICIPLES: ReadonlySet<string> = new Set(['convinced']);

/** Lemmas of the linking verbs before an adjective of {@link THOUGHT_ADJECTIVES}: "are confident", "remain hopeful", "grew concerned". */
export const THOUGHT_LINKING_VERBS: ReadonlySet<string> = new Set(['be', 'remain', 'seem', 'grow', 'feel', 'become', 'stay', 'appear']);

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

/** Built-in cue verbs by lemma. A lemma listed in several categories keeps the first. */
export const CUE_VERBS: ReadonlyMap<string, CueCategory> = (() => {
  const map = new Map<string, CueCategory>();
  const add = (list: string, category: CueCategory): void => {
    for (const w of words(list)) if (!map.has(w)) map.set(w, category);
  };
  add(SPEECH, 'speech');
  add(WRITING, 'writing');
  add(THOUGHT, 'thought');
  add(EVIDENCE, 'evidence');
  add(STANCE, 'stance');
  for (const w of THOUGHT_ADJECTIVES) if (!map.has(w)) map.set(w, 'thought');
  return map;
})();

/**
 * Multi-word source phrases, lower-case, with their lemma. They attribute the
 * clause around them to the noun phrase that follows.
 */
export const SOURCE_PHRASES: readonly { readonly words: readonly string[]; readonly lemma: string }[] = [
  { words: ['according', 'to'], lemma: 'according to' },
  { words: ['citing'], lemma: 'cite' },
  { words: ['as', 'reported', 'by'], lemma: 'report' },
  // "..., as first reported by the Gazette": an adverb of time before "reported"
  { words: ['as', 'first', 'reported', 'by'], lemma: 'report' },
  { words: ['as', 'previously', 'reported', 'by'], lemma: 'report' },
  { words: ['as', 'originally', 'reported', 'by'], lemma: 'report' },
  { words: ['as', 'earlier', 'reported', 'by'], lemma: 'report' },
  // "In the words of one veteran, the war never ended."
  { words: ['in', 'the', 'words', 'of'], lemma: 'in the words of' },
];

/**
 * Verbs whose object is the listener, not the content: "told reporters",
 * "assured voters", "warned Congress".
 */
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'reassure', 'warn', 'remind', 'advise', 'urge', 'notify', 'alert', 'brief', 'ask',
  'caution', 'promise', 'email', 'text', 'message', 'teach', 'show', 'convince', 'persuade',
]);

/**
 * Verbs of {@link OBJECT_VERBS} whose first object may be the listener, with
 * what was said after it: "promised the voters a new hospital"; a listener
 * alone ("promised the voters.") is no object of speech. ("show" stays out:
 * its person object is mostly what is shown, "showed a man wearing a wig".)
 */
export const LISTENER_OBJECT_VERBS: ReadonlySet<string> = new Set(['promise']);

/**
 * Prepositions that open a phrase narrowing a listener down before an infinitive: "urged people over 65 to",
 * "advised people with symptoms to", "residents of the valley", "drivers across the region",
 * and of place: "residents near the site", "families along the river" (`reported/infinitive.ts`).
 */
export const LISTENER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'over', 'under', 'across', 'from', 'in', 'with', 'without', 'near', 'around', 'along', 'inside', 'outside', 'within', 'throughout', 'among', 'beyond']);

/** Verbs that can stand after a direct quote with their subject after them: `"...," said Smith`. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'ask', 'add', 'write', 'tell', 'explain', 'continue', 'reply', 'answer', 'respond', 'note', 'warn',
  'declare', 'insist', 'recall', 'quip', 'shout', 'exclaim', 'retort', 'whisper', 'cry', 'announce', 'state',
  'observe', 'remark', 'comment', 'concede', 'admit', 'argue', 'counter', 'tweet', 'joke', 'laugh', 'sigh',
  'muse', 'offer', 'suggest', 'chime', 'interject', 'report', 'confirm',
  'predict', 'caution', 'acknowledge', 'complain', 'claim', 'stress', 'emphasize', 'boast', 'allege',
]);

/**
 * Verbs that introduce reported speech without "that": "X said the talks
 * would resume". Other cue verbs need "that" to introduce a clause.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'claim', 'insist', 'argue', 'warn', 'explain', 'note', 'state', 'announce', 'confirm',
  'predict', 'promise', 'suggest', 'report', 'write', 'tweet', 'post', 'acknowledge', 'admit', 'assert',
  'maintain', 'contend', 'allege', 'reveal', 'recall', 'stress', 'emphasize', 'emphasise', 'concede', 'reply',
  'respond', 'answer', 'complain', 'boast', 'brag', 'declare', 'testify', 'swear', 'vow', 'pledge', 'indicate',
  'hint', 'estimate', 'agree', 'conclude', 'believe', 'think', 'expect', 'hope', 'fear',
  'learn', 'worry', 'doubt', 'suspect', 'guarantee', 'joke', 'quip', 'recount',
  // ("Clinton knows Sanders will stay in the race"; not its participle: see reported/cue-then-content.ts)
  'know',
  'disclose', 'observe', 'remark', 'mention', 'reiterate', 'repeat', 'counter', 'retort', 'affirm', 'caution',
  'remind', 'assure', 'inform', 'signal', 'speculate', 'figure', 'reckon', 'realize', 'realise', 'understand',
  'forecast', 'project', 'imply', 'acknowledged', 'lament', 'wonder',
  // (the detector takes "point" only with "out": "pointed out the plan had failed")
  'point',
  // (the detector takes "heard" only after a hearing body: "The inquiry heard the alarm had failed")
  'hear',
  // opt-in categories (thought, evidence, stance)
  // (a bare clause after show, decide or assume was right 69%, 47% and 50% of the time on train:
  // "showed up", "decided what to do"; records that show a clause are the evidence rule's)
  'recognize', 'recognise', 'remember', 'determine', 'highlight',
  // "as X put it, ..." (the cue detector takes "put it" only in that shape)
  'put',
]);

/**
 * Verbs whose content may be an infinitive: "vowed to veto the bill",
 * "urged lawmakers to act" (a listener before the infinitive).
 */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'promise', 'pledge', 'vow', 'threaten', 'swear', 'agree', 'offer', 'claim', 'urge', 'ask', 'tell', 'warn', 'remind', 'advise',
  'caution', 'beg', 'demand', 'request', 'challenge', 'call',
  // opt-in categories (thought, evidence, stance)
  'want', 'plan', 'seek', 'hope', 'expect', 'intend', 'decide', 'refuse', 'decline', 'aim', 'prefer', 'wish',
  'push', 'encourage', 'order',
]);

/**
 * Opt-in stance verbs that also name a cause bringing people to act: with a
 * thing as subject ("it", "this") they take no side, `It would encourage
 * savers to wait.` (rule `reported/cue-infinitive`).
 */
export const CAUSING_STANCE_VERBS: ReadonlySet<string> = new Set(['encourage', 'push']);

/** Pronouns that stand for a thing, not a person or a body, as the subject of a causing verb: "it", "this". */
export const THING_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this']);

/**
 * The verbs of {@link INFINITIVE_VERBS} that take a listener or an object
 * before the infinitive: "urged lawmakers to act", "wants the council to cut
 * taxes". The others take the infinitive only ("vowed to veto"; "decided the
 * plan to rebuild ..." holds no attribution).
 */
export const OBJECT_INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'urge', 'ask', 'tell', 'warn', 'remind', 'advise', 'caution', 'beg', 'challenge', 'call', 'request',
  'want', 'expect', 'prefer', 'wish', 'push', 'encourage', 'order',
]);

/**
 * Verbs of saying that say nothing before one of these words: "Lee reported
 * from Washington" (a reporter's byline or dateline, not a report), unless
 * "that", a colon or a quotation mark follows in the sentence ("Lee reported
 * from Kyiv that the city was calm").
 */
export const NOT_CUE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['report', new Set(['from'])]]);

/**
 * Verbs that form a phrasal verb with one of these particles, never a cue,
 * whatever follows: the opt-in "show" in "showed up at the hearing in a
 * \"Vote No\" shirt" (arriving, not showing anything).
 */
export const PHRASAL_NOT_CUE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['show', new Set(['up'])]]);

/**
 * Set phrases of a cue verb that ask for nothing said, by lemma: the words
 * right after the verb. "The Speaker called for order twice" keeps a chamber
 * quiet, "No one said a word when the verdict was read" tells of silence; no
 * report (read at the phrase's first word, the verb; not when "to" follows
 * the phrase: "called for order to be restored" asks for something).
 */
export const SET_PHRASE_NOT_CUE: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([['call', [['for', 'order']]], ['say', [['a', 'word']]]]);

/**
 * Verbs of {@link OBJECT_VERBS} whose object may be one common noun closing
 * the sentence: "The firm denied wrongdoing.", "He admitted guilt." (not
 * "condemned violence", a stance on a thing rather than something said).
 */
export const ONE_NOUN_OBJECT_VERBS: ReadonlySet<string> = new Set(['deny', 'admit', 'confirm', 'acknowledge', 'concede', 'allege']);

/**
 * Verbs of likening whose object is speech only when it says what was likened
 * to what: "compared the tax cut to a sugar rush" reports a judgement, while
 * "The study compared two groups of patients" or "compared the results with
 * last year's" describes analysis. Their `reported/cue-object` content must
 * hold an unquoted "to".
 */
export const LIKENING_OBJECT_VERBS: ReadonlySet<string> = new Set(['compare', 'liken']);

/**
 * Lemmas of {@link SPEECH_PHRASES} that say something of their object, the
 * noun phrase after them (rule `reported/cue-object`), with no quotation or
 * "that" needed: "lashed out at the board", "pointed to the jobs report".
 * Their first word must be tagged a verb ("12 points to 8" is no cue), and
 * not open its sentence as a participle ("Pointing to the figures, Lee said").
 * Gold cues on PolNeAR train among all uses: "lash out at" 6 of 6, "point to"
 * 41 of about 55 verbs, "take issue with" 5 of 5 (4 of 4 it added right).
 * Left out, under 80% right on what they added on train (every category):
 * "take aim at" (4 of 6, and of a gun as often in other text) and "push back
 * on/against" (4 of 6, where a "that" clause after the object is taken as the words).
 */
export const OBJECT_SPEECH_PHRASE_LEMMAS: ReadonlySet<string> = new Set(['lash out at', 'point to', 'take issue with']);

/**
 * Verbs of taking a stand made of a verb and a particle, whose object (the
 * noun phrase after them, rule `reported/cue-object`) is what the stand is
 * on: "the council balked at the price", "Reyes singled out the budget
 * office", "the aide later walked back the remarks". Lower-case, one entry
 * per inflected form, with their lemma. Opt-in (stance): looked up only when
 * stance is reported, so the default output never changes. Like
 * {@link OBJECT_SPEECH_PHRASE_LEMMAS}, the first word must be tagged a verb
 * and not open its sentence as a participle. On PolNeAR train (opt67, every
 * use of the words, none a cue before): "balk at" 6 of 6 forms, 5 annotated;
 * "single out" 5 of 7; "walk back" 4 of 5 (14 of 18 together). Left out,
 * under 60%: "side with" 5 of 12, "distance oneself from" 6 of 11, "weigh in
 * on" 3 of 8, "rule out" 4 of 13, "stand by/with/behind" 7 of 38, "rally
 * behind" 4 of 21.
 */
export const STANCE_PHRASES: readonly { readonly words: readonly string[]; readonly lemma: string }[] = [
  ...['balk', 'balks', 'balked', 'balking'].map((v) => ({ words: [v, 'at'], lemma: 'balk at' })),
  ...['single', 'singles', 'singled', 'singling'].map((v) => ({ words: [v, 'out'], lemma: 'single out' })),
  ...['walk', 'walks', 'walked', 'walking'].map((v) => ({ words: [v, 'back'], lemma: 'walk back' })),
];

/** Lemmas of {@link STANCE_PHRASES}, each of which says something of its object. */
export const OBJECT_STANCE_PHRASE_LEMMAS: ReadonlySet<string> = new Set(STANCE_PHRASES.map((p) => p.lemma));

/**
 * Stance verbs whose noun-phrase object (rule `reported/cue-object`) is taken
 * only in a sentence that is just their subject, the verb and the object
 * ("The union backed the plan.", "The mayor rejected the allegations."):
 * anywhere else their object was annotated too rarely on PolNeAR train (50%
 * and 69%, see {@link OBJECT_VERBS}). Opt-in (stance).
 */
export const WHOLE_SENTENCE_OBJECT_VERBS: ReadonlySet<string> = new Set(['back', 'reject']);

/**
 * Verbs of saying whose object noun phrase is what was said: "denied the
 * accusations", "announced his candidacy", "confirmed the report". Verbs whose
 * object is often no speech (add jobs, report income, answer a poll, call a
 * meeting) are left out.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'deny', 'confirm', 'announce', 'mention', 'reiterate', 'repeat', 'acknowledge', 'admit', 'recount', 'recall',
  'reveal', 'disclose', 'dispute', 'predict', 'promise', 'demand', 'request', 'praise', 'criticize', 'criticise',
  'condemn', 'denounce', 'decry', 'lament', 'emphasize', 'emphasise', 'stress', 'tout', 'hail', 'laud', 'deride',
  'mock', 'blast', 'slam', 'lambast', 'lambaste', 'bemoan', 'concede', 'allege', 'forecast', 'describe', 'explain',
  'defend', 'compare', 'liken',
  // opt-in categories (thought, evidence, stance)
  // (with an object: reject 15 of 21 new ones right on train, every category on; back 10 of 15 stays out)
  'support', 'endorse', 'oppose', 'blame', 'applaud', 'fear', 'list', 'identify', 'expect', 'show', 'reject',
  // (with an object: want 9 of 9 and order 5 of 5 right on train; push, nominate, embrace,
  // encourage, prefer, demonstrate, highlight, consider, welcome were under 70% and stay out; favor only as a
  // finite verb with no modal, see FINITE_ONLY_STANCE_CUES: 7 new ones, 5 matched on train, stance62)
  'want', 'order', 'express', 'voice', 'assail', 'envision', 'favor', 'favour',
  // (with an object: declare 3 of 3 right on train, "declared war on", "declared their allegiance"; note 2 of 4,
  // assert 2 of 3, offer, attack, accuse, challenge, cite, propose and suggest under 50% stay out; warn takes a
  // listener, rule `reported/warned-listener`; declare only with the objects of OBJECT_VERB_NOUNS)
  'declare',
  'discuss',
  // (optrec62, with an object: ignore 7 of 9, champion 3 of 4, tackle 2 of 2 right on train)
  'ignore', 'champion', 'tackle',
  // (pledge only with the objects of OBJECT_VERB_NOUNS: "pledged their support to", 4 of 5 annotated on train;
  // "pledged allegiance to" and "pledged loyalty to", 0 of 3, stay out)
  'pledge',
  // particle phrases of SPEECH_PHRASES and STANCE_PHRASES
  ...OBJECT_SPEECH_PHRASE_LEMMAS,
  ...OBJECT_STANCE_PHRASE_LEMMAS,
]);

/**
 * Verbs of {@link OBJECT_VERBS} whose object is speech only with one of these
 * nouns in it: "declared war on", "declared their allegiance", "declared
 * victory", "declare Clinton the winner", "declared a state of emergency";
 * not "declared a quarterly dividend", "declared the income on its tax
 * return" (rule `reported/cue-object`). An object with what it is declared
 * to be needs none of them ("declared the talks dead").
 */
export const OBJECT_VERB_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'declare',
    new Set(
      `war allegiance loyalty victory defeat support opposition candidacy independence winner victor loser intention
      intent love neutrality solidarity readiness willingness determination emergency`
        .split(/\s+/)
        .filter((w) => w.length > 0),
    ),
  ],
  ['pledge', new Set(['support', 'vote', 'votes'])],
]);

/**
 * Verbs of {@link OBJECT_VERBS} whose object is no speech when its head noun is
 * one of these: "announced a bid for its rival", "announced a takeover bid",
 * "announced a quarterly dividend" (a move or a payment, not words; rule
 * `reported/cue-object`). "announced his candidacy" and "announced her bid
 * for a second term" (a possessive before the noun: a candidacy) stay, but
 * for the verbs of {@link POSSESSIVE_NOT_NOUN_CUES}.
 */
export const OBJECT_VERB_NOT_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['announce', new Set(['bid', 'bids', 'dividend', 'dividends'])],
  // "pointed to the door", "pointing to his chest", "pointed to a man in the crowd", "pointed to his players on the
  // bench": a place, a thing or a person shown, not words
  [
    'point to',
    new Set(
      `door doors window windows sky ceiling floor wall walls exit exits stage ground map screen sign signs crowd room street road building
      car head chest heart ear ears eye eyes face hand hands arm shoulder man men woman women boy boys girl girls child children
      player players teammate teammates bench`
        .split(/\s+/)
        .filter((w) => w.length > 0),
    ),
  ],
  // "recalled 5,000 cars", "recalled its hybrid vehicles", "recalled thousands of cribs": a product recall, not
  // words remembered ("recalled his first day in office" stays)
  [
    'recall',
    new Set(
      `car cars vehicle vehicles truck trucks suv suvs van vans model models unit units product products item items device
      devices phone phones laptop laptops computer computers tablet tablets battery batteries charger chargers toy toys crib
      cribs stroller strollers seat seats airbag airbags tire tires tyre tyres engine engines appliance appliances heater
      heaters dryer dryers package packages jar jars bottle bottles can cans batch batches lot lots drug drugs pill pills
      medicine medicines vaccine vaccines dose doses pound pounds ton tons meat beef pork chicken eggs salad salads
      formula hundreds thousands millions`
        .split(/\s+/)
        .filter((w) => w.length > 0),
    ),
  ],
]);

/**
 * Verbs of {@link OBJECT_VERB_NOT_NOUNS} whose nouns are no speech after a
 * possessive too: "pointing to his chest" shows, as "pointed to the door" does;
 * "recalled its hybrid vehicles" is a product recall.
 */
export const POSSESSIVE_NOT_NOUN_CUES: ReadonlySet<string> = new Set(['point to', 'recall']);

/**
 * Lemmas of {@link OBJECT_SPEECH_PHRASE_LEMMAS} whose object runs on past a
 * comma and a time word, to a comma before a participle, a relative or a
 * conjunction (rule `reported/cue-object`): "pointed to the team's wins
 * Saturday in Reno and Boise", "pointed to the example of Dover, which ...".
 */
export const LONG_OBJECT_CUES: ReadonlySet<string> = new Set(['point to']);

/**
 * Punctuation that closes the topic of a noun-tagged verb of talking ("Lee
 * talks about wages, ..."): clause punctuation, brackets and the dashes.
 */
export const TOPIC_CLOSERS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013', '\u2015', '--']);

/**
 * Verbs of saying followed by a preposition whose object is the topic of the
 * speech: "talked about the border", "spoke of reform", "asked about the deficit".
 */
export const TOPIC_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['talk', new Set(['about', 'of'])],
  ['speak', new Set(['about', 'of'])],
  ['ask', new Set(['about'])],
  ['say', new Set(['about'])],
  ['comment', new Set(['on', 'about'])],
  ['joke', new Set(['about'])],
  ['complain', new Set(['about', 'of'])],
  ['boast', new Set(['about', 'of'])],
  ['brag', new Set(['about', 'of'])],
  ['warn', new Set(['about', 'of', 'against'])],
  ['caution', new Set(['against', 'about'])],
  ['testify', new Set(['about', 'on'])],
  ['write', new Set(['about', 'of'])],
  ['tweet', new Set(['about'])],
  ['rail', new Set(['against', 'about'])],
  ['muse', new Set(['about', 'on'])],
  ['speculate', new Set(['about', 'on'])],
  ['inquire', new Set(['about'])],
  ['argue', new Set(['for', 'against'])],
  ['call', new Set(['for'])],
  // opt-in categories (thought, evidence, stance)
  ['push', new Set(['for'])],
  ['worry', new Set(['about'])],
  ['hope', new Set(['for'])],
  ['remark', new Set(['on'])],
  ['elaborate', new Set(['on'])],
]);

/**
 * Prepositions whose object the words a cue's rule skipped may end inside,
 * so that no clause starts there: "about his", "of the six", "on a backup"
 * (`attribution/reported/topic-phrase.ts`).
 */
export const TOPIC_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'on', 'over']);

/**
 * Verbs of saying whose object may be a gerund phrase: "reported raising $9
 * million", "suggests reducing regulations", "denied taking the money".
 */
export const GERUND_VERBS: ReadonlySet<string> = new Set([
  'report', 'suggest', 'propose', 'recommend', 'deny', 'admit', 'recall', 'describe', 'mention', 'acknowledge',
  'defend', 'promise', 'predict', 'urge', 'advocate', 'discuss', 'consider',
  // opt-in categories (thought, evidence, stance)
  'support', 'oppose', 'favor', 'favour', 'back', 'endorse',
]);

/**
 * Short answers that stand for a whole clause after a verb of saying:
 * "26 percent said the same", "he said so", "voters said yes".
 */
export const PRO_CLAUSES: ReadonlySet<string> = new Set(['so', 'yes', 'no', 'otherwise', 'the same']);

/**
 * Verbs that, as the cue of a sentence of their own after a quote closed by a full stop, react to the quote
 * rather than introduce it: `"That is on me." Kwame Mensah agreed.`, `The campaign did not elaborate.` (the
 * trailing rules of src/attribution/direct/trailing.ts leave the quote to its own speaker).
 */
export const REACTION_VERBS: ReadonlySet<string> = new Set(['agree', 'disagree', 'concur', 'elaborate']);

/** Verbs that may report a short answer ("said so", "answered no"). */
export const ANSWER_VERBS: ReadonlySet<string> = new Set(['say', 'answer', 'reply', 'respond', 'suggest', 'tell']);

/**
 * Verbs of a reduced passive after a noun phrase, whose agent after "by" told
 * it first or later (rule `reported/reduced-passive-subject`): "Varga's
 * remarks, first reported by The Ledger, ...", "a detail later confirmed by a
 * department" (4 of 5 annotated on train, with an adverb of
 * {@link REDUCED_PASSIVE_ADVERBS}; without one, "exit polling reported by
 * the Gazette", "the figures reported by the county", none of 5).
 */
export const REDUCED_PASSIVE_VERBS: ReadonlySet<string> = new Set(['report', 'confirm', 'disclose', 'reveal']);

/** Adverbs of time a reduced passive of {@link REDUCED_PASSIVE_VERBS} needs: "first reported by". */
export const REDUCED_PASSIVE_ADVERBS: ReadonlySet<string> = new Set(['first', 'later', 'previously', 'originally', 'initially']);

/**
 * Verbs whose passive subject is what was said: "the merger was announced",
 * "the move was first reported by ...", "both attacks were claimed by the
 * group" (claim: 2 gold items gained on train, nothing added that no gold
 * item holds).
 */
export const PASSIVE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'announce', 'report', 'declare', 'confirm', 'reveal', 'disclose', 'mention', 'deny', 'predict', 'promise', 'propose',
  'claim',
]);

/**
 * Verbs of saying and promising whose base form the tagger reads as a noun
 * after a plural subject: "Candidates promise they will ...", "Mayors vow to
 * ...", "Voters say the plan ...". Nouns of their own ("the promise they
 * made", "a vow to"), so they count as verbs only between a plural subject
 * and a clause (see cues/plural-subject.ts).
 */
export const PLURAL_SUBJECT_NOUN_TAGGED_VERBS: ReadonlySet<string> = new Set(['promise', 'vow', 'pledge', 'say', 'mention', 'boast', 'claim', 'swear']);

/**
 * The verbs of saying among {@link NOUN_TAGGED_VERBS}: "Experts note that ...",
 * "Critics argue the ...". Read by default, and nouns of their own ("a bank
 * note that ..."), so they count as verbs only after a plural subject, also
 * before "that" (the opt-in ones take any noun subject before "that": "Data
 * show that ...").
 */
export const NOUN_TAGGED_SAYING_VERBS: ReadonlySet<string> = new Set(['note', 'argue', 'warn', 'insist', 'contend', 'predict', 'call', 'caution']);

/**
 * Third-person singular forms of thought verbs, and of "estimate", that the
 * tagger reads as plural nouns after a singular subject: "The governor doubts
 * that ...", "Ms. Holt fears that ...", "The police chief suspects that ...",
 * "The Harbor Institute estimates that ..." (estimates: 3 of 4 such sentences
 * annotated on PolNeAR train), and "states" of a document ("The permit states
 * that ..."). They count as verbs only between such a subject (a name, or a
 * noun phrase opened by a determiner) and a "that" clause.
 */
export const SINGULAR_NOUN_TAGGED_VERBS: ReadonlySet<string> = new Set(['fears', 'doubts', 'hopes', 'suspects', 'expects', 'worries', 'estimates', 'states']);

/**
 * Those of {@link SINGULAR_NOUN_TAGGED_VERBS} that also take a "whether"
 * clause: "The senator doubts whether the plan will work."
 */
export const WHETHER_NOUN_TAGGED_VERBS: ReadonlySet<string> = new Set(['doubts']);

/**
 * Present-tense verbs of the opt-in categories, and a few verbs of saying,
 * that the tagger often reads as nouns after a plural subject: "Polls show
 * ...", "Officials fear ...", "Experts note that ...". They count as verbs only
 * between a plural noun and an object or a clause, or a noun and a "that"
 * clause (not a relative "that" before a verb). (Adding claim, report,
 * estimate, charge, complain and point too broke more than it fixed on train.)
 */
export const NOUN_TAGGED_VERBS: ReadonlySet<string> = new Set([
  'show', 'fear', 'support', 'back', 'hope', 'doubt', 'want', 'expect', 'plan', 'find', 'oppose',
  ...NOUN_TAGGED_SAYING_VERBS,
]);

/**
 * Verbs of declining, "declined to comment", "refused to answer": opt-in cues
 * whose short content is annotated as often as a long one (on train, 45 short
 * ones, 90% right), and the verbs of a contrast clause that tell what the
 * speaker held back ("..., while Lee declined to give details").
 */
export const DECLINING_VERBS: ReadonlySet<string> = new Set(['decline', 'refuse']);

/**
 * Forms of "hear" that report what a hearing body was told: "The court heard
 * that the driver had been drinking", "the jury hears that ..." (see
 * {@link HEARING_BODIES}).
 */
export const HEARD_FORMS: ReadonlySet<string> = new Set(['heard', 'hears']);

/**
 * Lemmas of cues of a hearing body that is told a report, which names no
 * speaker when the report stands before it: "He had been drinking, the court
 * heard." (`reported/content-then-cue.ts`).
 */
export const HEARING_CUE_LEMMAS: ReadonlySet<string> = new Set(['hear']);

/**
 * Forms of "hold" that report a ruling with "that" and a clause after them:
 * "The court held that the law was valid", "a ruling holding that ..." (`cues/held.ts`).
 */
export const HELD_FORMS: ReadonlySet<string> = new Set(['held', 'holds', 'hold', 'holding']);

/**
 * Nouns "hold" takes for its object, which make the "that" before them a
 * determiner rather than the opener of a ruling's clause: "voters who held that
 * view stayed home", "the party that held that seat lost it" (`cues/held.ts`).
 */
export const HELD_OBJECTS: ReadonlySet<string> = new Set([
  'view', 'belief', 'opinion', 'position', 'stance', 'line', 'seat', 'post', 'office', 'title', 'job', 'role', 'rank',
  'record', 'lead', 'majority', 'power', 'grudge', 'meeting', 'rally', 'event', 'vote', 'election', 'hearing',
]);

/**
 * Cue verbs that no speech list reads, only a rule of their own, with the
 * forms `removeCues` accepts for them: "hear" of a hearing body ("The court
 * heard that ..."); "hold" of a ruling ("The court held that ...", {@link HELD_FORMS}); "express" and "voice" of a feeling with a that-clause
 * ("expressed concern that ...", `cues/feeling-clause.ts`; their other uses
 * are stance). Removing one turns its rule off.
 */
export const RULE_CUE_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['hear', ['hear', 'hears', 'heard', 'hearing']],
  ['hold', ['hold', 'holds', 'held', 'holding']],
  ['express', ['express', 'expresses', 'expressed', 'expressing']],
  ['voice', ['voice', 'voices', 'voiced', 'voicing']],
]);

/** The forms of "express" and "voice" with their lemma, for the rule of a feeling voiced with a that-clause (see {@link RULE_CUE_VERBS}). */
export const FEELING_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  ['express', 'voice'].flatMap((lemma) => (RULE_CUE_VERBS.get(lemma) ?? []).map((form): [string, string] => [form, lemma])),
);

/** Prepositions of the place of a hearing body before "heard": "The court in Leeds heard that ...". */
export const HEARING_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);

/**
 * Nouns of a body that hears evidence or testimony: after one of them,
 * "heard that" reports speech with no named speaker ("The inquiry heard that
 * the alarm had failed").
 */
export const HEARING_BODIES: ReadonlySet<string> = new Set([
  'court', 'courtroom', 'jury', 'inquiry', 'inquest', 'tribunal', 'committee', 'hearing', 'trial', 'panel', 'commission', 'jurors', 'judge', 'magistrates',
]);

/**
 * Members of a hearing body who "heard (that)" a clause at a hearing, as the
 * body does: "MPs heard that the company had lost money", "Lawmakers heard the
 * plan had failed" (read also when the tagger takes the word at a sentence's
 * start for a name).
 */
export const HEARING_MEMBERS: ReadonlySet<string> = new Set(['mps', 'lawmakers', 'legislators', 'senators', 'councillors', 'councilors']);

/**
 * Forms of "put" that open the cue "put it" (`as one analyst put it`, `He
 * puts it bluntly: ...`), found by its words rather than by a verb list.
 */
export const PUT_FORMS: ReadonlySet<string> = new Set(['put', 'puts']);

/**
 * Participles of writing that describe a document in a comma aside with a
 * place or time after them, not a report: "The findings, published in the
 * journal, show that ..." (the clause is the sentence verb's).
 */
export const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(['published', 'released', 'posted', 'printed']);

/**
 * Prepositions, as written at a sentence's start, that open a phrase whose
 * noun a past participle describes, no report: "In a video posted to her
 * account, ...", "With a letter sent to staff, ...".
 */
export const PARTICIPLE_PHRASE_OPENERS: ReadonlySet<string> = new Set(['In', 'With', 'Through', 'Via']);

/**
 * Verbs of an estimate of a count, before "at" and a number: "..., while
 * police put the crowd at 2,000", "officials placed the toll at 40". In a
 * contrast clause after a reported count they give another source's figure,
 * not part of the content.
 */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(['put', 'place', 'peg']);

/**
 * Verb forms of cues that wink tags as adjectives or nouns, with their verb
 * lemma: "is promising to", "three in 10 saying they", "Smith alleged that".
 * Detection reads them as verbs only where the words around them say so.
 */
export const MISTAGGED_FORMS: ReadonlyMap<string, string> = new Map([
  ['promising', 'promise'], ['alleged', 'allege'], ['alleging', 'allege'], ['repeating', 'repeat'], ['saying', 'say'],
  ['informed', 'inform'], ['answering', 'answer'], ['spoke', 'speak'], ['vowing', 'vow'], ['pledging', 'pledge'],
  ['claiming', 'claim'], ['insisting', 'insist'], ['arguing', 'argue'], ['noting', 'note'], ['telling', 'tell'],
  ['asking', 'ask'], ['explaining', 'explain'], ['stating', 'state'], ['declaring', 'declare'], ['suggesting', 'suggest'],
  ['warning', 'warn'], ['adding', 'add'], ['announcing', 'announce'], ['acknowledging', 'acknowledge'],
  ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['tells', 'tell'], ['added', 'add'], ['adds', 'add'], ['wrote', 'write'],
  ['writes', 'write'], ['tweeted', 'tweet'], ['asked', 'ask'], ['warned', 'warn'], ['noted', 'note'], ['explained', 'explain'],
  ['argued', 'argue'], ['claimed', 'claim'], ['insisted', 'insist'], ['stated', 'state'], ['reported', 'report'],
  ['announced', 'announce'], ['replied', 'reply'], ['responded', 'respond'], ['recalled', 'recall'],
  ['acknowledged', 'acknowledge'], ['conceded', 'concede'], ['declared', 'declare'], ['testified', 'testify'],
  ['claims', 'claim'], ['warns', 'warn'], ['notes', 'note'], ['argues', 'argue'], ['insists', 'insist'], ['denies', 'deny'],
  ['suggests', 'suggest'], ['pledges', 'pledge'], ['vows', 'vow'], ['affirms', 'affirm'], ['predicted', 'predict'], ['complained', 'complain'],
  ['confirmed', 'confirm'], ['denied', 'deny'], ['admitted', 'admit'], ['promised', 'promise'], ['vowed', 'vow'],
  ['branded', 'brand'], ['fumed', 'fume'], ['joking', 'joke'], ['boasting', 'boast'], ['complaining', 'complain'], ['reminding', 'remind'],
]);

/**
 * Verbs of promising whose infinitive may open inside a quotation mark with a
 * word the tagger reads as a noun (`is promising to "dredge the bay"`): a
 * form of {@link MISTAGGED_FORMS} with one of these lemmas stands as a verb
 * before "to" and an opening mark, whatever word follows the mark.
 */
export const QUOTED_INFINITIVE_VERBS: ReadonlySet<string> = new Set(['promise', 'vow', 'pledge']);

/**
 * Cue verbs of earlier releases that are no longer built in (0.1.0 had them
 * as thought cues; under 70% right on PolNeAR train). `removeCues` still
 * accepts them, in any form, and they remove nothing.
 */
export const RETIRED_CUE_VERBS: readonly string[] = ['feel', 'figure', 'aim', 'prove'];

/** Nouns of a told narrative: "told a joke", "tells a different story" (tell takes a listener otherwise). */
export const TOLD_NOUNS: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales', 'joke', 'jokes', 'anecdote', 'anecdotes']);

/**
 * Verbs of thought and stance whose subject may be a count of people, which
 * makes a poll finding of any length: "6 in 10 voters supported Ramirez",
 * "a majority want a change".
 */
export const COUNT_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'support', 'back', 'favor', 'favour', 'prefer', 'oppose', 'reject', 'want', 'consider', 'think', 'believe', 'expect',
  'fear', 'worry', 'doubt', 'hope', 'plan', 'view', 'see', 'blame', 'endorse', 'welcome', 'embrace',
]);

/** Verbs of thought (and evidence: find) that report a judgement as "considers X Y": "considers the levy unfair", "found the plan too costly". */
export const JUDGEMENT_VERBS: ReadonlySet<string> = new Set(['consider', 'deem', 'find']);

/**
 * Thought verbs of knowledge and conviction, which report the speaker's own
 * thought when the speaker is "I" or "we" and a long clause follows: "I
 * recognize that ...", "we know that ...", "I believe that ...". Hedges ("I
 * think", "I guess", "I assume"), wishes ("I hope") and decisions are asides far
 * more often (opt-in, thought).
 */
export const KNOWING_THOUGHT_VERBS: ReadonlySet<string> = new Set([
  'know', 'recognize', 'recognise', 'realize', 'realise', 'remember', 'learn', 'understand', 'see', 'believe',
]);

/** Verbs that voice a feeling about something: "expressed concern about", "voiced support for" (opt-in, stance). */
export const FEELING_VERBS: ReadonlySet<string> = new Set(['express', 'voice']);

/** Nouns of a feeling voiced about something: "concern about the plant", "support for the levy". */
export const FEELING_NOUNS: ReadonlySet<string> = new Set([
  'concern', 'concerns', 'support', 'dismay', 'frustration', 'displeasure', 'astonishment', 'outrage', 'anger', 'alarm',
  'doubts', 'doubt', 'sympathy', 'opposition', 'skepticism', 'scepticism', 'disappointment', 'unease', 'worry', 'worries',
  'enthusiasm', 'optimism', 'anxiety', 'disgust', 'surprise', 'shock', 'interest',
]);

/**
 * Verbs of stance whose object may be a named person, annotated however short:
 * "endorsed Sen. Tom Reyes" (endorse with a plain subject: 28 of 34 right on
 * train; back has a rule of its own, {@link STANCE_NAME_BACK_VERBS}).
 */
export const STANCE_NAME_VERBS: ReadonlySet<string> = new Set(['endorse']);

/**
 * Verbs of stance whose named-person object is annotated often enough to
 * report at a lower confidence than an endorsement (rule
 * `reported/stance-name-back`): "The union backed Tom Reyes." Measured on
 * PolNeAR train with every category on: back 10 of 12 new ones right; support
 * (11 of 19), favor (4 of 6) and oppose (0 of 2) stay out.
 */
export const STANCE_NAME_BACK_VERBS: ReadonlySet<string> = new Set(['back']);

/**
 * Nouns of a role that takes a side, after a copula and before "of" (rule
 * `reported/stance-role`, opt-in stance): "Ms. Varga is an outspoken
 * supporter of the levy", "Tom Reyes has been a harsh critic of the plan".
 * Singular and plural forms; the noun is the head of the cue.
 */
export const STANCE_ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(`supporter supporters critic critics opponent opponents backer backers defender defenders champion champions
  proponent proponents advocate advocates`),
);

/**
 * Copulas that open a stance role (rule `reported/stance-role`): a finite
 * "be", or "remain"; "became", "to be" and a modal's "be" ("is going to be a
 * supporter of") take no side yet and stay out.
 */
export const STANCE_ROLE_COPULAS: ReadonlySet<string> = new Set(
  words(`is are was were 's ’s been remains remain remained`),
);

/**
 * Adjectives of a state of mind that take their object through a preposition
 * after a copula (rule `reported/state-object`, opt-in), with the prepositions
 * each takes and its category: "Ms. Varga is skeptical of the plan", "The
 * growers are eager to sell" ("to" takes an infinitive). "critical" and
 * "supportive" take a side (stance); the others report a thought. Measured on
 * PolNeAR train with every category on: see CHANGELOG.md (`reported/state-object`).
 */
export const STATE_OBJECT_ADJECTIVES: ReadonlyMap<string, { readonly prepositions: ReadonlySet<string>; readonly category: CueCategory }> = new Map(
  (
    [
      ['skeptical', 'of about', 'thought'],
      ['sceptical', 'of about', 'thought'],
      ['wary', 'of', 'thought'],
      ['confident', 'in about', 'thought'],
      ['worried', 'about', 'thought'],
      ['concerned', 'about', 'thought'],
      ['hopeful', 'about', 'thought'],
      ['eager', 'to', 'thought'],
      ['angry', 'about at', 'thought'],
      ['pleased', 'with', 'thought'],
      ['unhappy', 'with about', 'thought'],
      ['critical', 'of', 'stance'],
      ['supportive', 'of', 'stance'],
    ] as const
  ).map(([adjective, prepositions, category]) => [adjective, { prepositions: new Set(words(prepositions)), category }]),
);

/**
 * Copulas before an adjective of {@link STATE_OBJECT_ADJECTIVES} (rule
 * `reported/state-object`): a finite "be" or "remain", "seem", "appear",
 * "grow" and "become" ("has grown wary of"); a modal's or an infinitive's "be"
 * is not among them ("would be eager to", "to be wary of").
 */
export const STATE_OBJECT_COPULAS: ReadonlySet<string> = new Set(
  words(`is are was were 's ’s 're ’re been remains remain remained seem seems seemed appear appears appeared grew grown become became becomes`),
);

/**
 * Forms of "come" that take a side with "out" and a preposition (rule
 * `reported/stance-phrase`, opt-in stance): "came out against the toll",
 * "has come out in support of Ada Moss".
 */
export const COME_OUT_FORMS: ReadonlySet<string> = new Set(words('come comes came coming'));

/** What follows "come out" to take a side: "against", "in support of", "in favor of" (rule `reported/stance-phrase`). */
export const COME_OUT_SIDES: readonly (readonly string[])[] = [['against'], ['in', 'support', 'of'], ['in', 'favor', 'of'], ['in', 'favour', 'of']];

/** Forms of "throw" that take a side with a possessive, "support" and "behind": "threw her support behind Ada Moss" (rule `reported/stance-phrase`). */
export const THROW_FORMS: ReadonlySet<string> = new Set(words('throw throws threw thrown throwing'));

/**
 * Verbs of thought that report a judgement as "sees X as Y" (only opt-in ones: describe, cast stay speech);
 * "remembered him as a generous teacher" too (no change on PolNeAR train or dev, every category).
 */
export const AS_VERBS: ReadonlySet<string> = new Set(['see', 'view', 'regard', 'remember']);

/** Verbs of evidence whose finding may be a bare clause or a noun phrase with a participle: "records show the mayor ...", "the survey found Varga leading". */
export const SMALL_CLAUSE_VERBS: ReadonlySet<string> = new Set(['show', 'find']);

/**
 * Head nouns of the records, counts and studies whose findings the evidence
 * rules credit without "that": "county records show ...", "the survey found ...".
 */
export const EVIDENCE_SUBJECTS: ReadonlySet<string> = new Set(
  `poll polls polling survey surveys data study studies report reports figures numbers records documents filings
  results analysis analyses research review audit tally count census estimates statistics emails e-mails memo
  memos files logs returns tallies disclosures forms receipts averages average model models
  projections forecast forecasts investigation inquiry probe test tests evidence findings video videos footage photo
  photos photograph picture pictures image images ledger ledgers testimony minutes transcript transcripts
  email e-mail record document filing paper papers article articles chart charts map maps graph graphs clip clips
  screenshot screenshots recording recordings tape tapes search searches experiment experiments`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Forms of verbs by which a record lays out how or why something happened,
 * with their lemmas: a finding only before a question word, with a record as
 * subject ("The report details how the money was spent", "The audit
 * describes why the fund ran dry"). See `reported/evidence.ts`.
 */
export const WH_FINDING_FORMS: ReadonlyMap<string, string> = new Map([
  ['details', 'detail'], ['detailed', 'detail'], ['detail', 'detail'],
  ['documents', 'document'], ['documented', 'document'], ['document', 'document'],
  ['describes', 'describe'], ['described', 'describe'], ['describe', 'describe'],
  ['outlines', 'outline'], ['outlined', 'outline'], ['outline', 'outline'],
  ['lists', 'list'], ['listed', 'list'], ['list', 'list'],
]);

/** Nouns of polling that attribute a finding through "in": "in a Gazette poll", "in the latest surveys". */
export const POLL_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'polling', 'tracking', 'average', 'averages',
]);

/** Words that count respondents: "52 percent", "a majority", "most", "half". */
export const POLL_COUNTS: ReadonlySet<string> = new Set(['percent', '%', 'majority', 'majorities', 'most', 'half', 'third', 'quarter', 'plurality', 'minority', 'many', 'few', 'share']);

/**
 * Words that hedge a count of respondents before it: "just 8 percent", "as
 * many as 30 percent", "some 40 percent". When a poll is credited with what
 * its respondents said, they join the counted subject at the head of the
 * content.
 */
export const COUNT_HEDGES: ReadonlySet<string> = new Set([
  'just', 'only', 'some', 'nearly', 'almost', 'about', 'around', 'roughly', 'fully', 'barely', 'approximately', 'as', 'many', 'still', 'full',
]);

/** Verbs by which a poll reports its finding: "a poll found that 52 percent say". */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'showing', 'find', 'finds', 'found', 'finding', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'reveal', 'reveals', 'revealed']);

/** Poll nouns for an aggregate or a practice, never one poll that finds something: "the polling average", "tracking". */
export const POLL_AGGREGATES: ReadonlySet<string> = new Set(['average', 'averages', 'tracking', 'polling']);

/** Prepositions before the author of a poll or record: "A poll by the Gazette", "a survey for Harbor College". */
export const SOURCE_AUTHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'for']);

/** Head nouns of the records and studies whose "show that" finding credits them: "emails show that Lee asked ...". */
export const FINDING_SOURCES: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'research', 'results', 'findings', 'data', 'analysis', 'report', 'reports',
  'records', 'documents', 'emails', 'e-mails',
]);

/**
 * Verbs of appearance that frame a whole clause, subject included, with no
 * source: "the bill seems to have stalled", "turnout appeared higher".
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear']);

/**
 * Verbs of thought whose passive frames a clause with no source: "the sale is
 * expected to close", "it is believed that the ship sank", "it is understood
 * that talks resumed", "it is hoped that the talks resume" ("hope": none on
 * PolNeAR train, and only after "it", {@link IT_ONLY_PASSIVES}).
 */
export const IMPERSONAL_PASSIVES: ReadonlySet<string> = new Set(['expect', 'believe', 'think', 'fear', 'hope', 'know', 'assume', 'suspect', 'understand']);

/**
 * Verbs of {@link IMPERSONAL_PASSIVES} that frame a clause only after "it":
 * "It is hoped that the talks resume", but "the songs that marketers hope to
 * use" is no passive of "hope" (the tagger's "hope" there follows "are").
 */
export const IT_ONLY_PASSIVES: ReadonlySet<string> = new Set(['hope']);

/**
 * Verbs of thought whose finite passive with "as" frames a whole clause with
 * no source: "the two towns are widely seen as strongholds", "the plan was
 * viewed as a setback". Measured on PolNeAR train (opt-in category thought):
 * after "is", "are", "was", "were" or "has been" and a subject that is no
 * relative word, 15 of 18 were annotated; after a modal ("can be seen as") 3
 * of 8 and after a relative pronoun 3 of 9, so those are left out.
 */
export const IMPERSONAL_AS_PASSIVES: ReadonlySet<string> = new Set(['see', 'view', 'regard']);

/**
 * Opt-in verbs of a topic taken up whose infinitive after a word of
 * {@link ANONYMITY_REASON_WORDS} is boilerplate: "requested anonymity to
 * discuss the talks" (`reported/anonymous-topic.ts`).
 */
export const ANONYMOUS_TOPIC_LEMMAS: ReadonlySet<string> = new Set(['discuss']);

/**
 * Words of anonymity or clearance before "to" and a verb of
 * {@link ANONYMOUS_TOPIC_LEMMAS}: "anonymity to discuss", "not authorized to
 * discuss", "spoke anonymously to discuss" (`reported/anonymous-topic.ts`).
 */
export const ANONYMITY_REASON_WORDS: ReadonlySet<string> = new Set([
  'anonymity', 'anonymously', 'authorized', 'authorised', 'permitted', 'allowed', 'cleared', 'unauthorized', 'unauthorised',
]);

/**
 * How many tokens after "regarding" an "as" may stand for the word to be the
 * verb of "regard ... as" ("regarding the new levy as a tax grab") rather than
 * the preposition ("breaches regarding the rules").
 */
export const REGARDING_AS_WINDOW = 8;

/**
 * Prepositions after a finite passive of "know" that frame a whole clause
 * with no source, as {@link IMPERSONAL_AS_PASSIVES} do with "as": "the mill
 * was known as the Poorhouse of the valley", "Ms. Varga is best known for
 * her work on the levy" (rule `reported/known-as`).
 */
export const KNOWN_AS_PREPOSITIONS: ReadonlySet<string> = new Set(['as', 'for']);

/** Finite forms of "be" (and "been" after "has", "have", "had") that open an impersonal "seen as": "is seen as", "has been viewed as". */
export const IMPERSONAL_AS_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", '’s', 'been']);

/**
 * Words before a colon at a paragraph start that credit a headline's finding
 * to a poll (opt-in category evidence): "Poll: Moss Leads Reyes by Six in
 * Ohio", "New Survey: ...". Labels otherwise ({@link COLON_LABELS}).
 */
export const POLL_HEADLINE_LABELS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'study']);

/**
 * Copulas that make the words before a paragraph's first colon a heading's
 * sentence, not a speaker's label: "FIX IS IN: ...", "Deal Is Done: ...":
 * the finite forms of "be" ({@link FINITE_BE_FORMS}).
 */
export const LABEL_COPULAS: ReadonlySet<string> = FINITE_BE_FORMS;

/**
 * The cue categories of words said or written, apart from thought, finding
 * and stance: what the speaker searches and the direct-quote rules ask of a
 * cue verb that reports words ("said", "wrote"; not "believes").
 */
export const SAYING_CATEGORIES: ReadonlySet<string> = new Set(['speech', 'writing']);

/**
 * Prepositions that end a speaker's words inside the label before a
 * paragraph's first colon: "Network Chief On The Vote:" is the network
 * chief's, "Big Win For Lee:" is no one's ("of" stays inside a title:
 * "Secretary of State").
 */
export const LABEL_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'in', 'over', 'to', 'at', 'with', 'against', 'about', 'after', 'amid', 'vs', 'versus']);

/**
 * Particles that end a phrasal verb closing a headline's label: "Lee Weighs
 * In:", "Moss Hits Back:", "Reyes Speaks Out:" (the words before the verb speak).
 */
export const LABEL_PARTICLES: ReadonlySet<string> = new Set(['in', 'out', 'up', 'back', 'off', 'down']);

/**
 * Words before a colon at a paragraph start that label the paragraph and name
 * no speaker: "Update:", "Clarification:", "Photo:", and the nouns of a point being made,
 * "Another challenge:", "The catch:", "The bottom line:".
 */
export const COLON_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', 'photo', 'photos', 'video', 'image', 'read', 'related', 'correction', 'source', 'sources',
  'credit', 'watch', 'more', 'also', 'see', 'clarification', 'clarifications', 'corrections', 'updates', 'editors', 'subscribe', 'follow', 'contact', 'email', 'tags', 'topics', 'editor',
  'advertisement', 'listen', 'share', 'caption', 'q', 'a', 'question', 'answer', 'breaking', 'exclusive', 'analysis',
  'opinion', 'live', 'poll', 'watch', 'full', 'transcript', 'disclosure', 'sign', 'click', 'tl', 'ps', 'p.s', 'bonus',
  'warning', 'spoiler', 'summary', 'background', 'context', 'why', 'what', 'how', 'when', 'where', 'who', 'here', 'today',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'washington', 'latest', 'notice', 'issue',
  'week', 'busted', 'boom', 'circle', 'daily', 'byline', 'by', 'dateline', 'headline', 'section', 'length', 'language',
  'look', 'flashback',
  'challenge', 'challenges', 'problem', 'problems', 'lesson', 'lessons', 'catch', 'twist', 'takeaway', 'takeaways',
  'upshot', 'line', 'bombshell', 'instance', 'example', 'irony', 'downside', 'upside', 'hurdle', 'obstacle', 'point',
  // a fact-check's labels: "Fact check:", "Our ruling:", "The claim:"
  'check', 'ruling', 'verdict', 'rating', 'claim', 'facts',
  // a press release's trailer: "Forward-Looking Statements:", "Safe Harbor Statement:", "About Brightwave:", "Investor Relations:"
  // (not "harbor": a first word of a label that names a speaker, "Harbor Gazette:")
  'statement', 'statements', 'disclaimer', 'about', 'relations', 'contacts', 'inquiries',
]);

/**
 * Nouns of saying that take a that-clause: "his claim that ...", "the warning that ...",
 * "despite complaints that the levy is unfair" (complaints: 7 of 7 annotated on PolNeAR train).
 */
const SPEECH_NOUNS = [
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'warning', 'warnings', 'promise', 'pledge', 'suggestion', 'argument', 'insistence',
  'remark', 'remarks', 'comment', 'comments', 'announcement', 'prediction', 'threat', 'allegation', 'allegations', 'admission', 'contention', 'accusation',
  'accusations', 'vow', 'denial', 'assurance', 'assurances', 'boast', 'complaint', 'complaints', 'explanation', 'acknowledgment', 'concession', 'declaration', 'testimony',
];

/**
 * Nouns that report what their owner said only through a copula and a
 * that-clause, not before "that" alone (rule `reported/noun-cue`): "Her answer
 * was that the levy must pass", "Reyes's point was that ..."; "the point that
 * ..." and "an answer that ..." stay no cue. "point" reports after "made the"
 * too: "She made the point that ..." (not "made a good point that ...", which
 * may be a relative clause).
 */
export const COPULA_SPEECH_NOUNS: ReadonlySet<string> = new Set(['answer', 'response', 'reply', 'point']);

/**
 * Lower-case words, in order, of a lead that hands over to the speaker named
 * before a colon and a quote ("More from Ann Lee:", "And more from Lee:"):
 * the name after it speaks (rule `direct/name-colon`).
 */
export const COLON_LEADS: readonly (readonly string[])[] = [['and', 'more', 'from'], ['more', 'from']];

/**
 * Nouns of words said or written, and adjectives of a firm view, which make a
 * clause before a colon introduce a quote: "delivered a blunt message:",
 * "issued the following statement:", "put it in an interview:", "she is sure
 * that ...:".
 */
export const COLON_SPEECH_WORDS: ReadonlySet<string> = new Set([
  ...SPEECH_NOUNS,
  'message', 'messages', 'words', 'word', 'reply', 'replies', 'response', 'retort', 'rebuttal', 'rebuke', 'plea', 'appeal',
  'note', 'notes', 'post', 'posts', 'tweet', 'tweets', 'letter', 'letters', 'email', 'memo', 'speech', 'address', 'interview',
  'twitter', 'facebook', 'op-ed', 'column', 'editorial', 'briefing', 'conference', 'question', 'questions', 'answer',
  'answers', 'advice', 'case', 'stance', 'position', 'line', 'lines', 'point', 'points', 'findings', 'verdict', 'proof',
  'summary', 'thoughts', 'quip', 'slogan', 'mantra', 'motto', 'pitch', 'tribute', 'greeting', 'apology', 'explanation',
  'quote', 'quotes', 'headline', 'caption',
  'sure', 'certain', 'convinced', 'adamant', 'blunt', 'candid', 'emphatic', 'frank', 'unequivocal', 'explicit', 'firm', 'defiant',
  'categorical', 'terse',
]);

/**
 * Verbs of saying the cue lexicon lacks or reads only with a particle, which
 * make a clause before a colon introduce a quote: "leaned in and boomed:",
 * "he demurred:", "worded it carefully:", "addressed the crowd:".
 */
export const COLON_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'boom', 'demur', 'heckle', 'address', 'lecture', 'word', 'phrase', 'resist', 'summarize', 'summarise', 'sum', 'reply', 'list',
]);

/** Nouns of thought and evidence that take a that-clause (opt-in): "her belief that ...", "the finding that ...". */
const THOUGHT_NOUNS = ['belief', 'beliefs', 'doubt', 'doubts', 'hope', 'hopes', 'fear', 'fears', 'expectation', 'expectations', 'view', 'worry', 'worries', 'concern', 'concerns', 'conviction', 'suspicion', 'feeling', 'sense'];
// "evidence that ..." is left out: 8 of 15 right on train
const EVIDENCE_NOUNS = ['finding', 'findings', 'conclusion', 'estimate'];

/** Nouns that take a that-clause, with the category of the attribution they make. */
export const NOUN_CUES: ReadonlyMap<string, CueCategory> = new Map<string, CueCategory>([
  ...SPEECH_NOUNS.map((w): [string, CueCategory] => [w, 'speech']),
  ...THOUGHT_NOUNS.map((w): [string, CueCategory] => [w, 'thought']),
  ...EVIDENCE_NOUNS.map((w): [string, CueCategory] => [w, 'evidence']),
]);

/**
 * The built-in cue verb each noun cue is a form of, as `removeCues` reads
 * them: removing the verb removes the nouns too (`removeCues: ['claim']`
 * drops "his claim that ..." and "claims by X that ..."). Nouns of
 * {@link NOUN_CUES} and {@link AGENT_NOUN_CUES} that no cue verb stands
 * behind ("concern", "sense", "feeling", "conviction") are not listed and
 * stay on.
 */
export const NOUN_CUE_VERBS: ReadonlyMap<string, string> = new Map(
  `claim: claim claims | assert: assertion assertions | state: statement statements | warn: warning warnings |
  promise: promise promises | pledge: pledge pledges | suggest: suggestion suggestions | argue: argument |
  insist: insistence | remark: remark remarks | comment: comment comments | announce: announcement announcements |
  predict: prediction predictions | threaten: threat threats | allege: allegation allegations | admit: admission |
  contend: contention | accuse: accusation accusations | vow: vow vows | deny: denial denials | assure: assurance assurances |
  boast: boast | complain: complaint complaints | explain: explanation | acknowledge: acknowledgment |
  concede: concession | declare: declaration | testify: testimony | criticize: criticism criticisms |
  report: report reports | charge: charge charges | believe: belief beliefs | doubt: doubt doubts | hope: hope hopes |
  fear: fear fears | expect: expectation expectations | view: view | worry: worry worries | suspect: suspicion |
  find: finding findings | conclude: conclusion | estimate: estimate`
    .split('|')
    .flatMap((entry) => {
      const [verb, nouns] = entry.split(':');
      return words(nouns!).map((noun): [string, string] => [noun, verb!.trim()]);
    }),
);

/**
 * Nouns for where or how something was said, which after a quotation start the
 * narrator's adjunct rather than the quoted object: "called it "abhorrent" in a tweet".
 */
export const MEDIUM_WORDS: ReadonlySet<string> = new Set(
  `tweet tweets twitter facebook instagram post posts statement statements interview interviews speech speeches
  rally rallies conference conferences briefing debate debates hearing hearings remarks appearance op-ed
  letter email video broadcast podcast radio television tv show program event events town hall
  book memo column editorial article essay blog`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Heads of a court or a hearing that an object's adjunct names as the place
 * the words were said: "admitted fraud at Bradford Crown Court", "denied the
 * charges at his trial" (the object ends before the preposition).
 */
export const COURT_WORDS: ReadonlySet<string> = new Set(['court', 'courthouse', 'tribunal', 'trial', 'inquest', 'magistrates']);

/**
 * Possessives that own the trial or court of {@link COURT_WORDS} an object's
 * adjunct names: "denied the charges at his trial" (not "its": "the charges
 * at its trial" may be the object's own).
 */
export const COURT_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * Verbs that take a verb of saying after "to" as one verb group, which annotated
 * news counts as the cue: "went on to say", "appeared to imply", "has begun to rebut",
 * "used to say" (a habit of speech). "declined to say" and "refused to say" are left
 * out: they report no speech.
 */
export const CATENATIVE_VERBS: ReadonlySet<string> = new Set([
  'go', 'appear', 'seem', 'continue', 'begin', 'start', 'proceed', 'take', 'pivot', 'turn', 'rush', 'hasten', 'move', 'try', 'attempt',
  'use',
]);

/**
 * Cue verbs that also tell when an act starts or goes on: with "to", a gerund
 * or an object after them ("and had begun to repay the money", "and continued
 * working") they are no verb of saying, and a content they follow after "and"
 * goes on through them.
 */
export const ASPECT_CUES: ReadonlySet<string> = new Set(['begin', 'continue']);

/**
 * Verbs before a gerund of saying whose verb group news counts as the cue:
 * "kept asking", "keeps saying", "began saying", "started talking about",
 * "continued calling". ("stopped saying" and "quit talking" are left out:
 * they report that the speech ended.)
 */
export const GERUND_CATENATIVE_VERBS: ReadonlySet<string> = new Set(['keep', 'begin', 'start', 'continue']);

/**
 * Verbs of perceiving whose passive before a gerund of saying joins the cue,
 * its subject the speaker: "was heard telling aides that ...", "was seen
 * saying", "was overheard saying", "was caught saying", "was recorded saying".
 */
export const PERCEIVED_SPEAKING_VERBS: ReadonlySet<string> = new Set([
  'hear', 'overhear', 'see', 'catch', 'record', 'film', 'tape', 'videotape', 'spot', 'photograph',
]);

/**
 * Places in {@link MEDIUM_WORDS} (the halves of "town hall", a rally, an
 * event), which are no medium a participle's words are carried in: "grew up
 * in a town claiming ...". A show, a debate, a hearing, a briefing or a
 * conference is one: "went on a show claiming ...".
 */
const VENUE_WORDS: ReadonlySet<string> = new Set(['town', 'hall', 'rally', 'rallies', 'event', 'events']);

/**
 * Heads of a place after "in" or "on" that a passive verb's subject was in
 * ("was raised in a town claiming ..."): a participle after them is the
 * place's, not the subject's. {@link VENUE_WORDS}, {@link PLACE_WORDS} and
 * settlements.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  ...VENUE_WORDS,
  ...PLACE_WORDS,
  ...'village country nation neighborhood neighbourhood suburb'.split(' '),
]);

/**
 * Heads of a medium after "in" or "on" before a participle cue, which is no
 * speaker (the subject of the verb before it is): "wrote in a statement
 * explaining", "was on the radio talking about". The single-word media of
 * {@link MEDIUM_WORDS} (no venue: "a town", "a rally"), the documents of
 * {@link DOCUMENT_NOUNS}, and broadcast and advertising words.
 */
export const MEDIUM_HEADS: ReadonlySet<string> = new Set([
  ...[...MEDIUM_WORDS].filter((w) => !VENUE_WORDS.has(w)),
  ...DOCUMENT_NOUNS,
  ...`ad ads advert advertisement commercial commercials spot spots microphone mic camera air tape recording
  phone call calls message messages newsletter release releases programs network channel station page site website`
    .split(/\s+/).filter((w) => w.length > 0),
]);

/** Particles of a phrasal verb before its object: "sent out a release saying", "shot back in an article". */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'back']);

/**
 * Past tenses of a phrasal verb of retort that the tagger may read as nouns
 * before their particle ("Lee shot back in a column saying ...",
 * "fired back", "hit back", "struck back").
 */
export const NOUN_TAGGED_RETORT_VERBS: ReadonlySet<string> = new Set(['shot', 'fired', 'hit', 'struck', 'lashed', 'snapped']);

/**
 * Media named with no determiner after "in" or "on", which a phrase of the
 * medium after "put it" may be alone: "as she put it on Twitter", "as he put
 * it on television" (`cues/put-it.ts`).
 */
export const MEDIUM_BARE_HEADS: ReadonlySet<string> = new Set(['twitter', 'facebook', 'instagram', 'television', 'tv', 'radio']);

/**
 * Heads of a phrase of words said or written that may stand, after "in" and
 * "a", "an" or a possessive, between a subject and its verb of saying: "The
 * governor in an interview said", "The firm in its filing said". Things shown
 * or recorded ("a video", "a photo") are left out: "A man in a video said"
 * names the man by them.
 */
export const SUBJECT_MEDIUM_HEADS: ReadonlySet<string> = new Set(
  `statement statements interview interviews email emails letter filing memo release op-ed speech remarks
  post tweet message column essay editorial affidavit testimony`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Determiners between "in" and one of {@link SUBJECT_MEDIUM_HEADS} in a
 * phrase between a subject and its verb of saying: "in an interview", "in
 * its filing", "in their statement".
 */
export const SUBJECT_MEDIUM_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'its', 'their']);

/** Prepositions before a medium: "wrote in a statement", "was on the radio". */
export const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on']);

/**
 * Prepositions that put a medium ({@link MEDIUM_HEADS}) after a verb, read
 * only with the medium's head: "The firm responded with a statement saying",
 * "Lee replied with a post saying" (but "met with a man claiming" is the man's).
 */
export const MEDIUM_WITH_PREPOSITIONS: ReadonlySet<string> = new Set(['with']);

/**
 * Connectives, lower-case, that stand alone before a parenthetical speaker's
 * comma and that annotated news counts as part of what was said (unlike a
 * narrator's framing of time or place): `In other words, he said, "..."`,
 * `Instead, she said, "..."`.
 */
export const CONNECTIVE_OPENERS: ReadonlySet<string> = new Set(['in other words', 'of course', 'instead']);

/**
 * First words, lower-case, of a topic phrase: `Of the plan, she said, "..."`.
 * ("As for the budget, ..." is kept as often as not, so it is left out.)
 */
export const TOPIC_OPENERS: ReadonlySet<string> = new Set(['of']);

/**
 * Verbs that name a thing with the quoted words, `which he described as "a
 * mess"`, `who the mayor calls "a fine man"`: after a relative word, that word
 * is the first part of what was said.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'describe', 'label', 'term', 'brand']);

/**
 * Cue verbs that name what something is, whose passive with quoted words is a
 * report by the agent after "by": "was described as", "was called", "was
 * hailed as", "was dubbed" (rule `reported/passive-quoted`): the
 * {@link NAMING_VERBS} and verbs of judging by a name.
 */
export const PASSIVE_NAMING_VERBS: ReadonlySet<string> = new Set([
  ...NAMING_VERBS, 'dismiss', 'deride', 'hail', 'characterize', 'characterise', 'decry', 'denounce',
]);

/**
 * Verbs of judging, likening or speaking that, joined by "and" to a cue with
 * quoted words, report quoted words of their own (rule
 * `reported/conjoined-quoted`): `called the plan "a joke" and likened it to
 * "a sinking ship"`, `... and ranked it among the "worst ideas"`, `... and
 * waxed poetic about "the good old days"`. A verb of doing ("painted the
 * harbor", "watched the vote on") quotes a name or a phrase, no words said.
 * Verbs the cue lexicon knows (describe, brand, dismiss, mock, praise ...)
 * are never relabelled by that rule, so they are not listed here.
 */
export const CONJOINED_QUOTED_VERBS: ReadonlySet<string> = new Set(['compare', 'liken', 'equate', 'rank', 'rate', 'depict', 'ridicule', 'wax']);

/**
 * Relative words that open a naming clause whose object holds quoted words
 * (`what Ada Moss called "a mess"`, `the plan, which he described as
 * "historic"`); annotated news counts them as part of what was said.
 */
export const QUOTED_OBJECT_RELATIVES: ReadonlySet<string> = new Set(['what', 'which', 'whom']);

/**
 * Verbs of saying that report the clause before them through "as" (rule
 * `reported/content-as-speaker-cue`): "..., as Ms. Ray noted" ("as he
 * demanded" is a time). Not {@link AS_VERBS}, which take "X as Y" after them.
 */
export const AS_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'note', 'point', 'report', 'say', 'acknowledge', 'observe', 'explain', 'write', 'argue', 'suggest', 'predict', 'warn', 'mention', 'concede',
  'admit', 'put', 'recount', 'recall', 'reveal', 'confirm', 'tell', 'state',
]);

/**
 * Verbs of saying whose object is an attribution in the annotated news but no
 * speech in the default run's sense (rule `reported/speech-object`, opt-in):
 * "cited rising costs", "referring to the polls", "accused the mayor of lying".
 * Each is reported under the opt-in category given here, and only when that
 * category is on, so the default output never changes. `preposition` is the
 * word that must follow the verb ("referring to"); `needs` a word
 * the object must hold ("accused X of Y", "attacked X for Y"); `complement`
 * asks for more than a name after the verb ("called Reyes a fraud", not
 * "called Reyes" nor "a group called Fair Vote").
 * Right on PolNeAR train, every category on: call 52 of 69, accuse 48 of 54,
 * refer 35 of 42, cite 27 of 32, question 21 of 22, dismiss 18 of 21, thank 10
 * of 12, urge 8 of 8, attack with "for" 7 of 7, portray 10 of 12, describe,
 * characterize, label, brand and dub with "as" or a complement 15 of 15 (the
 * general object rule takes most of their objects first), criticize 6 of 8.
 * Left out, under 75%: "point to" (29 of 43), offer (47 of 72), attack without
 * "for" (26 of 38; but a name alone as its object, from a named subject and
 * no place on either side, 6 of 7 new ones right: see `nameObject`),
 * challenge (14 of 30), invoke (9 of 14), praise (1 of 3); propose only with
 * a, an or the opening its object (see `opens`).
 */
export interface SpeechObjectVerb {
  /** The opt-in category the attribution is reported under. */
  readonly category: CueCategory;
  /** The word that must follow the verb. */
  readonly preposition?: string;
  /** A word the object must hold. */
  readonly needs?: string;
  /** True when the object must be more than a name. */
  readonly complement?: boolean;
  /**
   * True when an object that is only a name, from a named subject, may stand
   * for `needs` ("Ada Moss attacked Tom Reyes"); such a stance passes the
   * opt-in bar however short (reported/opt-in.ts).
   */
  readonly nameObject?: boolean;
  /**
   * Words one of which must open the object: "proposed a ban on imports",
   * "proposed the creation of an agency", not "proposed rules" nor
   * "proposed cuts" (propose with any object: 18 of 23 right on train; with
   * a, an or the first: 12 of 14 of the shapes).
   */
  readonly opens?: ReadonlySet<string>;
  /**
   * True for the verbs of posting online (tweet, retweet, post), whose object
   * is the thing posted: "Ada Moss tweeted a photo of the flooded pier". The
   * place it went up and a bare time after it stay out ("to her Facebook
   * page", "Friday afternoon"); an object before a colon ("tweeted the
   * following:") points at the post quoted next, and a score or result
   * ("posted a big win") is no post: both give nothing. With an object of
   * two words or more, 19 of 21 new ones right on PolNeAR train, every
   * category on.
   */
  readonly posted?: boolean;
}

/** See {@link SpeechObjectVerb}: the verbs of rule `reported/speech-object`, by lemma. */
export const SPEECH_OBJECT_VERBS: ReadonlyMap<string, SpeechObjectVerb> = new Map<string, SpeechObjectVerb>([
  ['cite', { category: 'evidence' }],
  ['refer', { category: 'evidence', preposition: 'to' }],
  ['accuse', { category: 'stance', needs: 'of' }],
  ['attack', { category: 'stance', needs: 'for', nameObject: true }],
  ['call', { category: 'stance', complement: true }],
  ['question', { category: 'stance' }],
  ['dismiss', { category: 'stance' }],
  ['thank', { category: 'stance' }],
  ['urge', { category: 'stance' }],
  ['describe', { category: 'stance', needs: 'as' }],
  ['portray', { category: 'stance', needs: 'as' }],
  ['characterize', { category: 'stance', needs: 'as' }],
  ['characterise', { category: 'stance', needs: 'as' }],
  ['label', { category: 'stance', complement: true }],
  ['brand', { category: 'stance', complement: true }],
  ['dub', { category: 'stance', complement: true }],
  ['criticize', { category: 'stance' }],
  ['denounce', { category: 'stance' }],
  ['propose', { category: 'stance', opens: new Set(['a', 'an', 'the']) }],
  ['tweet', { category: 'evidence', posted: true }],
  ['retweet', { category: 'evidence', posted: true }],
  ['post', { category: 'evidence', posted: true }],
]);

/**
 * Prepositions before the place a post went up, which ends a posted object:
 * "posted the clip to YouTube", "tweeted a photo on Twitter" (see
 * `SpeechObjectVerb.posted`).
 */
export const POSTED_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'onto']);

/**
 * Words of where a post went up, after {@link POSTED_PLACE_PREPOSITIONS} and
 * at most a possessive or a determiner: "to his Twitter page", "on Facebook",
 * "on social media"; "online" alone ends the object too.
 */
export const POSTED_PLACE_WORDS: ReadonlySet<string> = new Set(
  words('twitter x facebook instagram youtube tumblr snapchat reddit linkedin tiktok threads bluesky mastodon telegram whatsapp weibo social page account feed website site blog web internet online'),
);

/** Nouns of a score or a result that "post" takes as a record, no post: "posted a big win", "posted record profits". */
export const POSTED_RESULT_NOUNS: ReadonlySet<string> = new Set(
  words('victory victories win wins gain gains loss losses profit profits revenue revenues earnings surplus deficit lead record score scores point points result results best season seasons quarter growth sales bail bond guard guards'),
);

/**
 * Passive cues that declare an outcome, with the nouns of that outcome:
 * "Reyes was declared the winner", "she was projected the victor". The whole
 * clause, subject included, is what was declared.
 */
export const OUTCOME_VERBS: ReadonlySet<string> = new Set(['declare', 'announce', 'project', 'name', 'call', 'proclaim', 'pronounce']);
/** Nouns of a declared outcome (see `OUTCOME_VERBS`). */
export const OUTCOME_NOUNS: ReadonlySet<string> = new Set(['winner', 'winners', 'victor', 'victors', 'loser', 'losers']);

/**
 * Prepositions before a gerund "citing" whose object is the cited content
 * (a `source` report by default, evidence when that is on): "won donors by
 * citing her record" (`reported/citing.ts`). Not "without", which denies the
 * citing: "rejected the audit without citing any evidence" cites nothing.
 */
export const CITING_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'while', 'in']);

/** Verbs that report another's words through "as saying": "quoted X as saying", "cited X as saying". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quote', 'cite']);

/** Lemma of the cue phrases "chants of", "cries of", "shouts of" (see {@link SPEECH_PHRASES}). */
export const CHANT_NOUN_LEMMA = 'chant of';

/**
 * Verbs (lemmas) whose subject answers with what a crowd called out, before
 * "with", "in" or "into" and a noun of calling: "Supporters responded with
 * chants of", "The hall erupted in cries of", "Marchers broke into chants of"
 * (rule `reported/chant-noun`).
 */
export const CHANT_REACTION_VERBS: ReadonlySet<string> = new Set(['respond', 'answer', 'reply', 'react', 'join', 'break', 'erupt', 'burst', 'greet']);

/** Prepositions between a verb of {@link CHANT_REACTION_VERBS} and its noun of calling ("responded with chants of"). */
export const CHANT_REACTION_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'in', 'into']);

/** Object pronouns that may stand between a verb of {@link CHANT_REACTION_VERBS} and its preposition ("greeted him with chants of"). */
export const CHANT_REACTION_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us']);

/**
 * Verbs of saying made of a verb and a particle, whose verb alone is no cue
 * ("shot back", "fired back"; the tagger reads "shot" as a noun after a name),
 * lower-case, one entry per inflected form, with their lemma. Speech.
 */
export const SPEECH_PHRASES: readonly { readonly words: readonly string[]; readonly lemma: string }[] = [
  ...['shot', 'shoots', 'shoot', 'shooting'].map((v) => ({ words: [v, 'back'], lemma: 'shoot back' })),
  ...['fired', 'fires', 'fire', 'firing'].map((v) => ({ words: [v, 'back'], lemma: 'fire back' })),
  // nouns of words called out by a crowd, before what was called (rule `reported/chant-noun`)
  ...['chant', 'chants', 'cries', 'shouts'].map((n) => ({ words: [n, 'of'], lemma: CHANT_NOUN_LEMMA })),
  // making a stand plain: "Reed made clear that ...", "Reed has made it clear that ..." ("clear" alone is no cue)
  ...['made', 'makes', 'making'].flatMap((v) => [{ words: [v, 'clear'], lemma: 'make clear' }, { words: [v, 'it', 'clear'], lemma: 'make clear' }]),
  // verbs with a particle and a preposition whose object is what was attacked or put forward (see OBJECT_SPEECH_PHRASE_LEMMAS)
  ...['lash', 'lashes', 'lashed', 'lashing'].map((v) => ({ words: [v, 'out', 'at'], lemma: 'lash out at' })),
  ...['point', 'points', 'pointed', 'pointing'].map((v) => ({ words: [v, 'to'], lemma: 'point to' })),
  ...['take', 'takes', 'took', 'taken', 'taking'].map((v) => ({ words: [v, 'issue', 'with'], lemma: 'take issue with' })),
];

/**
 * Parts of speech after "made clear" (without "it") that make "clear" the
 * adjective of an object, not a report: "made clear gains", "made clear
 * strong progress" (a time word may follow: "made clear Tuesday that").
 */
export const CLEAR_OBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * Parts of speech of the noun phrase or adverbs after "made clear" before
 * the report they may stand ahead of: "made clear new limits would ...",
 * "made clear several times that ...".
 */
export const CLEAR_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'ADV', 'DET', 'NUM']);

/**
 * Verbs of saying that ask for what was said: with none after them they make
 * no clause before a closing attribution ("He said, she said." reports
 * nothing; "He agreed, she said." does). Read by `reported/short-clause.ts`.
 */
export const COMPLEMENT_CUE_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'ask']);

/**
 * Words in -ly that the tagger reads as adverbs but that do not join the cue
 * after them: a time ("lately"), a likelihood ("likely"), a list's order
 * ("respectively"), "only", a period that also names a publication
 * ("daily", "weekly") (measured on PolNeAR train, every other -ly adverb
 * right before a cue belongs to it, as in "largely supports", "openly
 * admitted": see `reported/cue-adverb.ts`).
 */
export const CUE_ADVERB_EXCEPTIONS: ReadonlySet<string> = new Set([
  'only', 'likely', 'unlikely', 'lately', 'respectively', 'early',
  // a period, also the noun of a publication: "the daily says", "a weekly reported"
  'daily', 'weekly', 'monthly', 'quarterly',
]);

/**
 * Nouns of a feeling voiced with a clause ("expressed concern that the plant
 * would close", "voiced confidence it would pass"): `FEELING_NOUNS` and the
 * nouns seen only so on PolNeAR train. The verb and the noun make the cue.
 */
export const FEELING_CLAUSE_NOUNS: ReadonlySet<string> = new Set([...FEELING_NOUNS, 'confidence', 'amusement', 'remorse']);

/**
 * Verbs of saying with the particle they need, that the tagger reads as nouns
 * before that particle: "as Lee points out, ...", "Critics point out that
 * ...", "would likely point out the plan ..." (not "20 points out of 30").
 */
export const NOUN_TAGGED_PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([['point', 'out']]);

/**
 * What may follow the particle of a {@link NOUN_TAGGED_PARTICLE_VERBS} verb
 * after a common noun, besides a clause: "Critics point out that ...", "as
 * experts point out, ...".
 */
export const PARTICLE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', ',', ':', '.', '!', '?', ';']);

/**
 * Verbs of talking whose topic may come after a listener or an adjunct (rule
 * `reported/cue-topic-adjunct`): "talked to voters about health care", "spoke
 * at length about the war".
 */
export const TOPIC_ADJUNCT_VERBS: ReadonlySet<string> = new Set(['talk', 'speak']);

/**
 * Prepositions that open a listener or an adjunct between a verb of talking
 * and its topic: "to voters", "with the paper", "at a town hall", "on social
 * media", "at length".
 */
export const TOPIC_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'at', 'on', 'in', 'before', 'during', 'for', 'from']);

/**
 * Prepositions that, right after a reporting verb, open the verb's own adjunct
 * or complement rather than a reported clause with no "that": "told stories
 * of how ...", "claimed without proof that ...", "joked about it with
 * friends", "says more about the port than ...". ("at least" before a number
 * is no adjunct; "against", "upon" and "on" are taken by the cue itself.)
 */
export const ADJUNCT_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'with', 'without', 'than', 'in', 'at', 'by', 'about', 'for', 'from', 'into', 'among', 'around', 'under']);

/**
 * Words of {@link ADJUNCT_OPENING_PREPOSITIONS} that before a number open the
 * reported clause's subject, an amount, rather than the cue's adjunct: "said
 * about 40 ferries ...", "said around 200 people ...", "said under 10 percent
 * of voters ...". ("at least" and "at most" are kept the same way.)
 */
export const AMOUNT_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'around', 'under']);

/**
 * Prepositions after a cue whose noun phrase is what the cue speaks of
 * ("spoke of the harm cuts would do", "talked about the plan"), never a
 * phrase put before a reported clause ("said under the new plan taxes would
 * rise").
 */
export const SPOKEN_OF_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about', 'than']);

/**
 * What a stance spoken out opens with after "speak out" (rule
 * `reported/cue-topic-adjunct`): "spoke out against the levy", "has spoken
 * out in favor of the plan", lower-case, word by word.
 */
export const SPEAK_OUT_STANCES: readonly (readonly string[])[] = [
  ['against'], ['for'], ['in', 'favor', 'of'], ['in', 'favour', 'of'], ['in', 'support', 'of'], ['in', 'defense', 'of'], ['in', 'defence', 'of'],
];

/**
 * Relative words that stand for the object of a verb of saying at the end of
 * their clause (rule `reported/relative-object`): "the charges, which he has
 * denied", "another president whom Obama mentioned".
 */
export const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'what']);

/**
 * Verbs of saying whose object a relative word or the noun a clause describes
 * may be (rule `reported/relative-object`): "which he has denied", "a fact he
 * often mentions". Verbs of judging or asking (criticize, demand, describe
 * as) are left out: "the services that Reed demanded" reports nothing said.
 */
export const RELATIVE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'deny', 'mention', 'acknowledge', 'confirm', 'announce', 'promise', 'predict', 'reveal', 'disclose', 'concede',
  'dispute', 'recount', 'reiterate', 'repeat', 'allege',
]);

/**
 * Nouns of {@link WORK_NOUNS} that, after "on" or "during" and a possessive, may name the
 * broadcast a quotation was said on rather than the work the quotation names:
 * `said on his radio show, "We will win."`, `said on her podcast, "..."`
 * (`attribution/direct/leading.ts`; a title stays one: `on his radio show,
 * "The Lee Hour"`).
 */
export const BROADCAST_WORK_NOUNS: ReadonlySet<string> = new Set(['show', 'podcast', 'episode']);

/** Prepositions before the possessive of a broadcast of {@link BROADCAST_WORK_NOUNS}: `said on his radio show,`, `said during her podcast,`. */
export const BROADCAST_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'during']);

/**
 * Nouns of {@link WORK_NOUNS} that, after "in" and a possessive, may name the
 * written work a quotation was given in rather than the work the quotation
 * names: `said in her memoir, "We will never go back."`
 * (`attribution/direct/leading.ts`; a title stays one: `in her memoir, "Rules
 * of Water."`).
 */
export const WRITTEN_WORK_NOUNS: ReadonlySet<string> = new Set(['memoir', 'book', 'essay', 'novel']);

/**
 * Nouns of a work that a title in quotation marks names right after: `read
 * the poem "Evening Tide"`, `the film "Low Water"`. Quoted words in title case
 * after one are the work's name, not words said (`reported/cue-quoted-object`).
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'poem', 'poems', 'song', 'songs', 'film', 'films', 'movie', 'movies', 'book', 'books', 'novel', 'novels', 'album',
  'albums', 'show', 'shows', 'play', 'plays', 'musical', 'opera', 'series', 'documentary', 'essay', 'memoir', 'hymn',
  'ballad', 'single', 'episode', 'painting', 'sitcom', 'podcast',
]);

/**
 * Verbs of speaking or appearing whose quoted object, when it is a short title
 * right after the verb and a preposition, is the programme or the outlet the
 * speaker was on, not words said: `speaking on "Morning Report,"`, `talking to
 * "Weekend Desk"`, `to appear on "The View"` (`reported/cue-quoted-object`).
 * On PolNeAR train the rule took 3 such titles, none annotated (every category
 * on); its other 16 objects of these verbs, lower case or far from the verb,
 * stay.
 */
export const PROGRAMME_VERBS: ReadonlySet<string> = new Set(['speak', 'talk', 'appear']);

/**
 * Prepositions that lead from a verb of {@link PROGRAMME_VERBS} to a programme
 * or an outlet ("speaking on", "talking to", "with", "for"); not "about" or
 * "of", whose quoted object is the topic (`talked about "Obamacare"`;
 * `reported/programme-title.ts`).
 */
export const PROGRAMME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'to', 'with', 'for']);

/**
 * Nouns that name the quoted words right after them as a phrase shown, not
 * words said: `the lyric "We were kings of nothing"`, `the slogan "..."`.
 * With the nouns of a work ({@link WORK_NOUNS}), an unattributed quotation
 * right after one is dropped.
 */
export const SHOWN_PHRASE_NOUNS: ReadonlySet<string> = new Set([
  'lyric', 'lyrics', 'chorus', 'refrain', 'verse', 'slogan', 'slogans', 'motto', 'tagline', 'caption', 'hashtag',
  'catchphrase', 'headline', 'title', 'subtitle', 'banner', 'placard', 'epigraph', 'inscription',
]);

/**
 * Nouns of a word or phrase used that an object relative clause with a cue
 * may modify: "The term Lee used to describe the plan was harsh", "a word she
 * chose to describe him" (the clause tells which words, no report;
 * `reported/word-relative.ts`).
 */
export const USED_WORD_NOUNS: ReadonlySet<string> = new Set([
  'term', 'terms', 'word', 'words', 'phrase', 'phrases', 'label', 'labels', 'nickname', 'nicknames', 'insult', 'insults',
  'slur', 'slurs', 'language', 'adjective', 'adjectives', 'epithet', 'epithets',
]);

/**
 * Prepositions right before a quoted object's opening mark that stay with the
 * quotation instead of joining the cue: "to" may open an infinitive (`vowed to
 * "rip up" the deal`), and annotated news keeps "as" (`described as
 * "volatile"`).
 */
export const QUOTATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'as']);

/**
 * Verbs of {@link RELATIVE_OBJECT_VERBS} that also refuse, approve, greet,
 * show, do again or contest something ("the permit, which the board denied",
 * "the nominee, whom the Senate confirmed", "a mistake he repeated"): their
 * relative object must be a statement ({@link STATEMENT_HEADS}).
 */
export const STATEMENT_OBJECT_VERBS: ReadonlySet<string> = new Set(['deny', 'confirm', 'acknowledge', 'reveal', 'repeat', 'dispute']);

/**
 * Nouns of something said, and indefinite pronouns, that a clause with a verb
 * of {@link STATEMENT_OBJECT_VERBS} may describe: "the allegations, which he
 * has denied", "a charge that the party denied", "a claim his office
 * disputes", "something he denied" (the nouns of saying, and the heads marked
 * so on PolNeAR train: charge, claim, allegations, infractions, something).
 */
export const STATEMENT_HEADS: ReadonlySet<string> = new Set([
  ...SPEECH_NOUNS,
  'charge', 'charges', 'rumor', 'rumors', 'report', 'reports', 'fact', 'facts', 'story', 'stories', 'account', 'accounts',
  'wrongdoing', 'fraud', 'infraction', 'infractions', ...INDEFINITE_PRONOUNS,
]);

/**
 * Heads of a relative object that verbs of {@link STATEMENT_OBJECT_VERBS}
 * refuse, approve, greet, show, redo or contest rather than say, lower-case
 * singular: "the permit, which the board denied", "a request that the council
 * denied", "the crowd, which he acknowledged", "the tattoo he revealed", "a
 * mistake he repeated", "the land the families disputed". A person is never
 * such an object either ("the nominee, whom the Senate confirmed").
 */
export const NON_STATEMENT_HEADS: ReadonlySet<string> = new Set(
  `permit license licence application request appeal petition bid offer visa loan nomination appointment
  crowd audience fans applause cheers greeting wave gesture tattoo scar face body mistake error feat success trick
  land territory border boundary island field house seat title`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Nouns of time, place or manner whose clause is no object of its verb (rule
 * `reported/relative-object`): "the day he announced", "the way she said it".
 */
export const RELATIVE_CIRCUMSTANCE_NOUNS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'moment', 'night', 'morning', 'evening',
  'way', 'place', 'reason', 'point',
]);

/**
 * Prepositions that join the cue right after a verb of saying, by the verb's
 * lemma: "called on the council to ...", "called for an inquiry" (measured on
 * PolNeAR train: the cue widened so is exact 14 times more, 3 fewer; see
 * `reported/cue-particle.ts`).
 */
export const CUE_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['call', new Set(['on', 'for'])]]);

/**
 * Verbs outside the cue lexicon that characterise their object "as" what the
 * subject said of it (rule `reported/verb-as-quoted`), with the particle a
 * phrasal verb needs: `painted her rival as "reckless"`, `played down the
 * remarks as "a joke"`. An allow-list: `released the film as "..."`,
 * `arrested the man as a "person of interest"` report no words.
 */
export const AS_QUOTED_VERBS: ReadonlySet<string> = new Set(
  `paint style bill cast recast position posture herald introduce peg frame hype trumpet extol lionize
  caricature lampoon demonize vilify disparage
  play_down sum_up shrug_off brush_off brush_aside wave_off`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace('_', ' ')),
);

/**
 * Every start of an entry of {@link AS_QUOTED_VERBS} that a space follows
 * (`sum` of `sum up`): a lemma outside this set and outside the list itself
 * never makes an entry with the next word, so rule `reported/verb-as-quoted`
 * builds the two-word key for no other verb.
 */
export const AS_QUOTED_VERB_STARTS: ReadonlySet<string> = new Set(
  [...AS_QUOTED_VERBS].flatMap((entry) => [...entry.matchAll(/ /g)].map((m) => entry.slice(0, m.index))),
);

/**
 * Verbs of praise or blame outside the default cue lexicon whose reason after
 * "for" may hold the quoted words said (rule `reported/verb-as-quoted`):
 * `chided the board for its "lazy" budget`, `commended him for fighting "over
 * and over again."` Not "hit the coast for the "third time"".
 */
export const FOR_QUOTED_VERBS: ReadonlySet<string> = new Set(
  `chide rip fault commend rebuke scold ridicule berate castigate pummel excoriate needle skewer bash lash upbraid
  reprimand admonish`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Verbs that credit a person, named or a pronoun, with a reason after "for"
 * or "with" that may hold the quoted words said (rule
 * `reported/verb-as-quoted`): `credited Mayor Reyes with keeping "the whole
 * harbor afloat"`, `credited her for "a brave campaign."` Not "credited the
 * account for the "late fee"" (no person).
 */
export const CREDIT_QUOTED_VERBS: ReadonlySet<string> = new Set(['credit']);

/**
 * Verbs of talking whose topic may be one noun after the preposition, with
 * those prepositions: "talked about Medicare.", "railed against Brennan on
 * Monday" (rule `reported/cue-topic-word`).
 */
export const TOPIC_WORD_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['talk', new Set(['about'])],
  ['speak', new Set(['about', 'of'])],
  ['joke', new Set(['about'])],
  ['rail', new Set(['against'])],
]);

/**
 * Verbs of warning whose listener comes before what they warn against, with
 * the prepositions that open it: "warned the pilots against sailing in fog",
 * "cautioned the board about the cost" (rule `reported/warned-listener`).
 */
export const WARNING_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['warn', new Set(['against', 'about', 'of', 'away'])],
  ['caution', new Set(['against', 'about'])],
]);

/**
 * Nouns of a danger that make "of" and its noun phrase after a listener the
 * warning, not part of the listener: "warned residents of the risk of
 * flooding", "warned the crew of the dangers of sailing in fog" (rule
 * `reported/warned-listener`; "warned members of the board" stays a listener).
 */
export const WARNING_NOUNS: ReadonlySet<string> = new Set([
  'risk', 'risks', 'danger', 'dangers', 'threat', 'threats', 'peril', 'perils', 'hazard', 'hazards',
  'consequence', 'consequences', 'possibility', 'prospect', 'likelihood', 'cost', 'costs',
]);

/**
 * Words that open the question after a sentence-opening "Asked" or "When
 * asked" (rule `reported/asked-wh`): "Asked which county was his favorite,
 * ...", "Asked what might surprise voters, ...".
 */
export const ASKED_QUESTION_WORDS: ReadonlySet<string> = new Set([...WH_WORDS, 'which', 'whom']);

/**
 * Words after a comma that carry a finding of opt-in `evidence` on to the
 * end of its sentence: "..., while 41 percent opposed it", "..., with 13
 * percent undecided", "..., including three in the county", "..., compared
 * with 30 percent last year", "..., followed by Tam Ruell at 22 percent",
 * "..., against $3 million a year earlier" (see `reported/evidence-tail.ts`;
 * the last three made 1 content exact more on PolNeAR train, none lost).
 */
export const EVIDENCE_TAIL_OPENERS: ReadonlySet<string> = new Set(['while', 'with', 'including', 'compared', 'followed', 'against']);

/**
 * Words after a comma that carry the object of an opt-in thought or stance on
 * to the end of its sentence, as examples of it: "..., including its cap on
 * fares", "..., especially small shops and cafes" (see
 * `reported/evidence-tail.ts`). "especially", "particularly" and "notably"
 * were added at stop 70 (on PolNeAR train 1 such content stopped at the
 * comma, annotated past it; 3 more were found with "like", all annotated past
 * it, but ", like her predecessor" after a stance compares its subject, so
 * "like" stays out).
 */
export const EXAMPLE_TAIL_OPENERS: ReadonlySet<string> = new Set(['including', 'especially', 'particularly', 'notably']);

/**
 * Nouns of a proposition whose "that" clause, with the noun, is the object
 * of an opt-in verb: "rejected the notion that ...", "dismissed the idea
 * that ...", "denounced the suggestion that ..." (see
 * `reported/proposition-object.ts`).
 */
export const PROPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'idea', 'notion', 'suggestion', 'claim', 'claims', 'assertion', 'rumor', 'rumors', 'rumour', 'rumours', 'argument',
  'premise', 'theory', 'perception', 'possibility', 'allegation', 'allegations', 'accusation', 'accusations', 'charge',
  'charges', 'contention', 'view', 'belief', 'assumption',
]);

/**
 * Nouns of a disposition that "show" puts in the cue with its preposition:
 * "has shown no interest in", "showed no sign of", "shows little
 * inclination to" (see `reported/opt-in-cue.ts`).
 */
export const DISPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'interest', 'sign', 'signs', 'inclination', 'intention', 'desire', 'willingness', 'appetite', 'indication', 'indications',
]);

/**
 * Nouns of promising or threatening whose owner is their speaker and whose
 * infinitive is what was said: "her promise to cut fees", "his pledges to
 * visit every county", "the union's threat to strike" (see
 * `reported/noun-infinitive.ts`), with the cue lemma of each.
 */
export const INFINITIVE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['promise', 'promise'], ['promises', 'promise'], ['pledge', 'pledge'], ['pledges', 'pledge'], ['vow', 'vow'], ['vows', 'vow'],
  ['threat', 'threat'], ['threats', 'threat'],
]);

/**
 * Nouns of saying whose topic after "about", "on" or "regarding" is what was
 * said when their owner or the subject of "made" is the speaker: "her comments
 * about the toll", "made remarks on the budget" (see `reported/noun-topic.ts`),
 * with the cue lemma of each.
 */
export const TOPIC_NOUNS: ReadonlyMap<string, string> = new Map([
  ['comment', 'comment'], ['comments', 'comment'], ['remark', 'remark'], ['remarks', 'remark'],
]);

/** The prepositions that open the topic of a noun of {@link TOPIC_NOUNS}: "comments about", "remarks on". */
export const TOPIC_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on', 'regarding']);

/**
 * Cue verbs (of thought) that tell what someone came to know, not what they
 * said or believe: a short scare quote at the end of their "that" clause
 * (`Shoppers learned that the sale was a "scam."`) is the writer's, not a
 * mixed quote (see `reported/that-fragment.ts`).
 */
export const FACTIVE_CUE_VERBS: ReadonlySet<string> = new Set([
  'learn', 'know', 'see', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'remember', 'find', 'show',
]);

/**
 * Verbs of thought that hold their clause true, feared or doubted (belief and
 * knowledge, not desire, perception or memory): with an explicit "that" their
 * clause is a reported thought even when short ("Aides believe that she can
 * win": see `reported/opt-in.ts`). Left out: hope, wish, want (a wish, not a
 * belief), see, remember.
 */
export const BELIEF_CUE_VERBS: ReadonlySet<string> = new Set([
  'believe', 'think', 'expect', 'fear', 'worry', 'doubt', 'suspect', 'assume', 'know', 'learn', 'understand',
  'realize', 'realise', 'reckon', 'recognize', 'recognise',
]);

/**
 * Verbs of opinion among {@link BELIEF_CUE_VERBS}: they hold a clause as
 * believed, expected or feared, not as known, and they rarely take a noun
 * object ("worried some analysts", "recognize themselves"). A bare clause
 * after them, with no "that", is a reported thought even under eight words
 * ("Aides believe she can win", "Analysts fear the deal will fail"): see
 * `reported/opt-in.ts`.
 */
export const OPINION_CUE_VERBS: ReadonlySet<string> = new Set([
  'believe', 'think', 'expect', 'fear', 'doubt', 'suspect', 'assume', 'reckon',
]);

/** Words between a cue verb and its "that" that make "that" the end of a degree phrase ("so bright that", "such a mess that"). */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['so', 'such']);

/**
 * Words before a "that" that make it a pronoun (`because of that,`, `after
 * all that,`) rather than the opening of a clause (see `reported/that-fragment.ts`).
 */
export const PRONOUN_THAT_LEADS: ReadonlySet<string> = new Set(['all', 'of']);

/**
 * Words right before an opening mark that give the quotation as an example or
 * a name (`stories such as "..."`, `known as "..."`, `slogans like "..."`):
 * the words before them are no clause the quotation goes on (see
 * `reported/that-fragment.ts`).
 */
export const QUOTE_EXAMPLE_LEADS: ReadonlySet<string> = new Set(['as', 'like']);

/**
 * Relative words that open a clause whose subject speaks before the clause's
 * own verb: "the dock plan, which even rival skippers say was among the best" (rule
 * `reported/relative-subject-cue`).
 */
export const RELATIVE_SUBJECT_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);

/** Adverbs that may stand between such a relative word and its subject: "which even rival skippers say". */
export const RELATIVE_SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['even', 'also']);

/** Parts of speech of the words of such a subject: "some", "U.S. officials", "homeland security experts". */
export const RELATIVE_SUBJECT_POS: ReadonlySet<string> = NOUN_OPENING_TAGS;

/**
 * Parts of speech that open the object of a relative clause's verb read as a
 * noun: "harbor experts say renders the fence useless", "some say target fishermen".
 */
export const RELATIVE_SUBJECT_OBJECT_START: ReadonlySet<string> = PHRASE_OPENING_TAGS;

/** Verbs whose object a bare infinitive follows: "to help voters find", "to make towns pay", "to see Lee win". */
export const BARE_INFINITIVE_TAKERS: ReadonlySet<string> = new Set(['make', 'let', 'have', 'help', 'see', 'watch', 'hear', 'bid']);

/** Words that open a relative clause whose own verb a bare present form may be: "to fund programs that towns need". */
export const INFINITIVE_CLAUSE_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);

/** Determiners of one thing, before which a noun and a base form make a compound noun: "at a campaign stop". */
export const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'each', 'every']);

/**
 * Listener verbs whose participle after a contracted "'s" stays passive when
 * its content follows right away, with no object before it: "she's often
 * asked whether ..." (she is asked), not "he's told aides that ..." (he has told).
 */
export const CONTRACTED_PASSIVE_LISTENERS: ReadonlySet<string> = new Set(['ask', 'tell']);

/** Words opening a listener verb's content right after its participle: "asked whether", "told that". */
export const LISTENER_CONTENT_OPENERS: ReadonlySet<string> = new Set([...WH_WORDS, 'that']);

/**
 * Words after "having said" that, with a comma after them, make a discourse
 * link of the writer, not a report: "Having said that, the plan has merit",
 * "having said this, ...".
 */
export const DISCOURSE_SAID_OBJECTS: ReadonlySet<string> = new Set(['that', 'this']);

/**
 * Words before "to" and a cue verb that make it a judgement of the narrator,
 * not a report: "too soon to say if", "hard to say", "fair to say that",
 * "are hard to predict", "difficult to tell".
 */
export const IMPERSONAL_SAY_BEFORE: ReadonlySet<string> = new Set(['soon', 'early', 'hard', 'difficult', 'safe', 'fair', 'impossible', 'needless', 'easy', 'premature', 'tough']);

/**
 * Nouns of mentioning made by the subject of a verb of giving, with the one
 * preposition that opens what is mentioned: "made no mention of the strike",
 * "has made veiled references to the audit" (see `reported/noun-mention.ts`).
 */
export const MENTION_NOUNS: ReadonlyMap<string, { lemma: string; preposition: string }> = new Map([
  ['mention', { lemma: 'mention', preposition: 'of' }],
  ['mentions', { lemma: 'mention', preposition: 'of' }],
  ['reference', { lemma: 'reference', preposition: 'to' }],
  ['references', { lemma: 'reference', preposition: 'to' }],
]);

/**
 * Nouns of saying whose maker may follow them after "by" or "from" before a
 * that-clause: "claims by rival lawmakers that ...", "complaints from
 * tenants that ...", "a report by the Gazette that ...". The nouns of
 * {@link NOUN_CUES} for speech, and nouns of saying that take a that-clause
 * only with their maker named ("criticism from X that", "reports by X that").
 */
export const AGENT_NOUN_CUES: ReadonlySet<string> = new Set([
  ...SPEECH_NOUNS,
  'complaints', 'suggestions', 'promises', 'pledges', 'threats', 'predictions', 'denials', 'statements', 'announcements',
  'criticism', 'criticisms', 'report', 'reports', 'charge', 'charges',
]);

/**
 * Verbs, by lemma, whose subject puts out a text or an ad: the issuer of
 * "is releasing a new ad that urges ...", "sent a letter that argues ...",
 * who speaks through it.
 */
export const ISSUING_VERBS: ReadonlySet<string> = new Set([
  'release', 'issue', 'send', 'publish', 'post', 'unveil', 'run', 'air', 'launch', 'file', 'sign', 'circulate',
  'distribute', 'pen', 'write', 'tweet', 'put', 'roll', 'drop', 'debut',
]);

/**
 * Verbs, by lemma, whose subject comes upon a text someone else wrote: the
 * finder of "found a note saying ...", "received a letter claiming ...",
 * who does not speak through it (the text's own writer does).
 */
export const TEXT_FINDING_VERBS: ReadonlySet<string> = new Set([
  'find', 'receive', 'discover', 'obtain', 'get', 'spot', 'see', 'read', 'notice',
]);

/**
 * Forms of the finding verbs that may close a sentence after their content
 * and their record ("..., county records show.", "..., a new poll has
 * found."), with their lemmas. See `reported/evidence-trailing.ts`.
 */
export const TRAILING_FINDING_FORMS: ReadonlyMap<string, string> = new Map([
  ['show', 'show'], ['shows', 'show'], ['showed', 'show'], ['shown', 'show'],
  ['find', 'find'], ['finds', 'find'], ['found', 'find'],
  ['indicate', 'indicate'], ['indicates', 'indicate'], ['indicated', 'indicate'],
  ['suggest', 'suggest'], ['suggests', 'suggest'], ['suggested', 'suggest'],
  ['reveal', 'reveal'], ['reveals', 'reveal'], ['revealed', 'reveal'],
]);

/**
 * Verbs of judging that a headline reports with an object, by lemma: "Mayor
 * slams rival's plan", "Senators blast port chief over budget" (rule
 * `reported/headline-verb`). Each is a speech cue of the lexicon; nouns as
 * well as verbs ("attack", "call", "hit") are left out, since a headline's
 * first word often is one ("Attacks renew debate").
 */
export const HEADLINE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'slam', 'blast', 'praise', 'tout', 'mock', 'hail', 'deride', 'dismiss', 'decry', 'denounce', 'condemn',
  'lambast', 'lambaste', 'laud', 'criticize', 'criticise', 'vow',
]);

/**
 * Forces of nature and weather that "slam" or "blast" a place in a headline
 * without saying anything (`Storm slams coast`, `Heavy snow blasts Midwest`,
 * `Hurricane Ida slams Louisiana coast`): the head of a headline's subject,
 * or its first word before a name.
 */
export const HEADLINE_NATURAL_FORCES: ReadonlySet<string> = new Set([
  'storm', 'storms', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tornadoes', 'blizzard', 'snow', 'snowstorm',
  'rain', 'rains', 'wind', 'winds', 'flood', 'floods', 'flooding', 'quake', 'earthquake', 'heat', 'heatwave',
  'wildfire', 'wildfires', 'hail', 'ice', 'cold', 'freeze', 'drought', 'surge', 'waves', 'gusts', 'weather', 'front',
]);

/**
 * Objects with which a headline verb of judging does something else than
 * say: a door or the brakes slammed, a court's or an employer's "dismisses
 * lawsuit", "dismisses charges", "dismisses staff". Matched on the object's
 * first noun.
 */
export const HEADLINE_LITERAL_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['slam', new Set(['door', 'doors', 'brakes'])],
  ['dismiss', new Set([
    'charge', 'charges', 'lawsuit', 'lawsuits', 'suit', 'suits', 'case', 'cases', 'appeal', 'appeals', 'indictment',
    'jury', 'juror', 'jurors', 'staff', 'employees', 'workers', 'aide', 'aides', 'coach', 'manager', 'class', 'students',
  ])],
]);

/**
 * Prepositions that keep a headline's object going ("slams Reyes on taxes",
 * "blasts the board for delays"); any other preposition ("after", "amid",
 * "in", "with") ends it.
 */
export const HEADLINE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on', 'over', 'about', 'against', 'as', 'of', 'to']);

/**
 * Prepositions that open the occasion an opt-in stance or evidence was voiced
 * on, after its noun-phrase object: "thanked supporters at a rally", "questioned
 * the plan in an interview", "urged a bigger role during the summit"; and
 * the place or occasion between a cue and its infinitive: "promised in a
 * speech to cut fares", "vowed at a rally to fight on".
 */
export const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'during']);

/**
 * Prepositions of a phrase nested in the occasion's phrase between a cue and
 * its infinitive: "vowed at a rally in Ohio to ...", "pledged at a meeting on
 * Tuesday to ...", "promised in a speech to the nation's mayors ..." (not
 * "to": it opens the infinitive, and the rule reads a "to" before no verb as
 * a nested phrase of its own, "vowed during a visit to the plant to ...").
 */
export const NESTED_OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'of', 'near', 'outside']);

/**
 * Determiners that open the occasion's noun phrase after one of
 * {@link OCCASION_PREPOSITIONS}: "at a rally", "in her speech" (see
 * `cutOccasionTail` in attribution/reported/boundary).
 */
export const OCCASION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * Nouns of an occasion a stance was voiced on ("at a rally", "in an interview",
 * "at the annual security conference"): the narrator's adjunct, not part of the
 * object (see `cutOccasionTail` in attribution/reported/boundary).
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'rally', 'rallies', 'interview', 'interviews', 'speech', 'event', 'debate', 'conference', 'meeting', 'statement',
  'appearance', 'summit', 'forum', 'hearing', 'address', 'briefing', 'session', 'gathering', 'luncheon', 'dinner', 'breakfast',
]);

/**
 * Verbs, by lemma, whose object is the subject of a gerund after it (no comma
 * between): "left many voters wondering whether ...", "got people talking
 * about ...", "heard the governor saying that ...", "an ad featuring farmers
 * telling ...". The object speaks, not the verb's subject (which the
 * issuer of "emailed supporters saying ..." would be). ("A video shows the
 * mayor saying" is left out: news gives such words to the video.)
 */
export const GERUND_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'leave', 'get', 'keep', 'set', 'hear', 'see', 'watch', 'find', 'catch', 'spot', 'feature', 'overhear',
]);

/**
 * Cue verbs whose object may be an embedded question, the account given (rule
 * `reported/cue-wh`): "explained why the vote slipped", "described how the
 * flood reached the pier", "recalled what the town was like". On train, 19
 * of 20 questions after these and outline, discuss, detail or address that no
 * other rule took were annotated; those four are no cue verbs, so they stay out.
 */
export const WH_OBJECT_VERBS: ReadonlySet<string> = new Set(['explain', 'describe', 'recount', 'recall', 'reveal']);

/** Words opening the embedded question of {@link WH_OBJECT_VERBS} ("if" stays out: "explain if asked"). */
export const WH_OBJECT_WORDS: ReadonlySet<string> = new Set(['whether', 'why', 'how', 'what', 'when', 'where', 'who']);

/**
 * Verbs of saying whose noun-phrase object is what was said, left alone by
 * rule `reported/cue-object` (rule `reported/cue-np-object`):
 * "congratulated the winner", "rebutted the charge", "signalled a shift",
 * "noted the rise in crime".
 * On train, the objects these took that no other rule did were annotated
 * 12 times in 12 (congratulate 5 of 5, rebut 4 of 4, signal 3 of 3); note:
 * every "noted" with a determiner after it was a cue on train (20 of 20), and
 * the 5 the rule adds there hold 3 gold items whole and 2 cut short. Left
 * out: point ("point out" + a noun phrase, 2 of 3 on train, but often a thing
 * shown, "pointed out the scoreboard to the fans").
 * Left out: accuse (37 of 45), dismiss (18 of 19) and question (20 of 21),
 * whose objects are stances that rule `reported/speech-object` reports only
 * when the stance category is on ({@link SPEECH_OBJECT_VERBS}), so that the
 * default output does not report them; answer (3 of 3, but answering a poll
 * or a survey is no speech); and, under 80%: report and counter 4 of 5,
 * pledge 3 of 4, propose 14 of 19, thank 5 of 7, attack 28 of 40, cite 20 of
 * 29, offer 48 of 72, say 11 of 15, echo 9 of 14, challenge 10 of 19, ask 7
 * of 16, tell 6 of 12, claim 3 of 11, add 3 of 15.
 */
export const NP_OBJECT_VERBS: ReadonlySet<string> = new Set(['congratulate', 'rebut', 'signal', 'note']);

/**
 * Verbs that take up words said before, whose object headed by a noun of
 * saying ({@link SAID_WORDS_NOUNS}) is what is reported, even when the object
 * holds a report of its own: "echoed those comments", "echoed the claim that
 * the mayor lied" (rule `reported/cue-np-object`). On train, the rule adds
 * 4 objects with "echo": 3 gold items, 2 of them whole, none broken. Left
 * out: dismiss (3 added: 2 gold, and 1 cut short of a gold item another rule
 * held whole); reject, disavow, refute, repeat, reiterate, deny, defend and
 * retract added nothing (other rules take their objects, or they are no cue).
 */
export const SAID_WORDS_OBJECT_VERBS: ReadonlySet<string> = new Set(['echo']);

/** Nouns of words said that head the object of {@link SAID_WORDS_OBJECT_VERBS}: "his remarks", "the charges". */
export const SAID_WORDS_NOUNS: ReadonlySet<string> = new Set([
  ...SPEECH_NOUNS, 'criticism', 'charge', 'charges', 'attack', 'attacks', 'rumor', 'rumors', 'rumour', 'rumours', 'report', 'reports',
]);

/**
 * Prepositions of a circumstance whose noun of report, with its "that"
 * clause, is no object of the verb before it: "recalled the cars after
 * reports that the brakes could fail", "left amid fears that ...".
 */
export const CIRCUMSTANCE_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'amid', 'amidst', 'despite', 'following']);

/**
 * Nouns of a report or a thought whose "that" clause is their own content
 * after a preposition of {@link CIRCUMSTANCE_NOUN_PREPOSITIONS}: the nouns of
 * {@link NOUN_CUES}, and reports, rumours, news, speculation and word ("following
 * word that ...").
 */
export const CIRCUMSTANCE_CONTENT_NOUNS: ReadonlySet<string> = new Set([
  ...NOUN_CUES.keys(), 'report', 'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'news', 'speculation', 'word',
]);

/** Prepositions that open where or how something was said: "in a tweet", "on Twitter", "at a rally". */
export const MEDIUM_OR_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);

/** Cues whose "to" names what they answer: "responded to the letter". */
export const ANSWERING_CUES: ReadonlySet<string> = new Set(['respond', 'reply', 'answer']);

/** Prepositions that belong to the cue before a reported clause: "warned against", "remarked upon". */
export const CUE_CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'upon', 'on']);

/** Verbs whose object is the subject of the infinitive after it: "led some to speculate", "allowing users to tell". */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set(['lead', 'allow', 'prompt', 'push', 'force', 'cause', 'encourage', 'press', 'pressure', 'persuade', 'convince', 'invite', 'want', 'expect', 'need', 'inspire', 'drive', 'spur', 'compel']);

/** Things with words on them that "say" something: "a headline that said", "bottles that said". */
export const SIGN_NOUNS: ReadonlySet<string> = new Set(['headline', 'headlines', 'message', 'messages', 'sign', 'signs', 'banner', 'banners', 'ad', 'ads', 'video', 'caption', 'note', 'placard', 'placards', 'poster', 'posters', 'card', 'shirt', 'shirts', 'bottles', 'billboard']);

/** Finite forms of "ask" that may head the rule's cue (no infinitive, no gerund). */
export const FINITE_ASK_FORMS: ReadonlySet<string> = new Set(['ask', 'asks', 'asked']);

/** Cue lemmas that report a question. */
export const QUESTION_VERBS: ReadonlySet<string> = new Set(['ask', 'wonder', 'question', 'inquire', 'explain', 'demand']);

/**
 * Prepositions of the place where words were said, after an attribution that
 * follows its content: "..., the mayor told reporters outside the factory".
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['outside', 'inside', 'near', 'beside', 'behind']);

/**
 * Nouns that make "under" (with a possessive between them or not) a manner adjunct between a cue and its content:
 * "said under his breath the plan was dead", "told the court under oath she had paid", "said under questioning that
 * the targets were missed", "said under pressure the count was wrong" (not "said under the plan taxes would rise",
 * whose phrase is the content's own) (`reported/after-cue.ts`).
 */
export const UNDER_MANNER_NOUNS: ReadonlySet<string> = new Set(['breath', 'oath', 'duress', 'questioning', 'cross-examination', 'pressure']);

/**
 * Verbs the tagger reads as an adverb right after the "to" of an infinitive: "pledged to back the nominee", "urged
 * him not to back down" (`reported/infinitive.ts`).
 */
export const ADVERB_TAGGED_VERBS: ReadonlySet<string> = new Set(['back']);

/** Particles after a verb of {@link ADVERB_TAGGED_VERBS} that keep it a verb: "to back down", "to back up". */
export const ADVERB_TAGGED_VERB_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'off', 'away']);

/** Words that open an adjunct between a cue and its content ("said on Monday"). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'via', 'over', 'through', 'by', 'for', 'late', 'early', 'earlier', 'later', 'last', 'this', 'of', 'about']);

/**
 * Nouns of pets, children and vessels that are given a name rather than a
 * verdict: `She called her dog "Max."`, `They named their son "Eli."` With a
 * verb of {@link NAMING_VERBS} and a quoted name as the object's complement,
 * the quotation is a name given, not words said.
 */
export const NAMED_THING_NOUNS: ReadonlySet<string> = new Set(['dog', 'dogs', 'puppy', 'cat', 'kitten', 'horse', 'pet', 'son', 'daughter', 'baby', 'boat', 'yacht']);

/**
 * Prepositions that open a place or time adjunct after a quotation that is the
 * whole object of a verb of {@link CALLING_OUT_VERBS} (`chanted "No more cuts"
 * outside the town hall`): the adjunct is the narrator's, not part of what was
 * called out.
 */
export const QUOTED_OBJECT_ADJUNCTS: ReadonlySet<string> = new Set(['outside', 'inside', 'near', 'at', 'in', 'during', 'throughout', 'across', 'before', 'after', 'on']);

/**
 * Subordinators of time that open the narrator's clause after a quoted
 * object, when a subject and a finite verb follow them (`chanted "shame on
 * you" as the minister arrived`, `yelled "Let us in" until the doors
 * opened`): the quoted object ends at its closing mark.
 */
export const QUOTED_OBJECT_TIME_CLAUSES: ReadonlySet<string> = new Set(['as', 'when', 'while', 'before', 'after', 'until', 'once', 'whenever']);

/**
 * Lemmas of verbs of calling words out, whose quoted object is the words
 * themselves (`chanted "No more cuts"`, `yelled "Let us in"`); with other
 * verbs an adjunct after the quotation may be part of what was said
 * (`said "the fear is high" in the party`, as annotated news marks it).
 */
export const CALLING_OUT_VERBS: ReadonlySet<string> = new Set(['chant', 'shout', 'yell', 'scream', 'cry', 'sing', 'holler', 'cheer', 'roar', 'exclaim']);

/**
 * Adverbs that annotated corpora count as part of the cue: "also said", "later told", "has repeatedly denied",
 * "never mentioned", "further alleged", "finally confirmed".
 */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(['also', 'now', 'later', 'recently', 'just', 'then', 'often', 'still', 'even', 'initially', 'again', 'already', 'previously', 'first', 'repeatedly', 'publicly', 'once', 'frequently', 'earlier', 'never', 'further', 'finally']);

/**
 * {@link CUE_ADVERBS} left out of the cue after "and", "or" or "but": in "said he has not read the audit and never
 * asked for a copy" the joined predicate belongs to the content, not to a cue group of its own.
 */
export const CUE_ADVERBS_NOT_JOINED: ReadonlySet<string> = new Set(['never', 'further', 'finally']);

/**
 * Present forms of verbs of writing that wink reads as plural nouns: they count as verbs only
 * between a name of two words or more and a colon opening a quotation ("Reader Hal Winters
 * emails: \"...\"").
 */
export const COLON_NOUN_TAGGED_VERBS: ReadonlySet<string> = new Set(['emails', 'texts', 'posts', 'tweets', 'messages']);

/**
 * Present forms of a verb of writing that, before "about" and a topic, tell a writer's beat in a bio line, not
 * what was written: "Nora Quill writes about technology and daily life" (PolNeAR train: 1 such topic, not
 * annotated; "wrote about", "has written about" are reports and stay).
 */
export const BEAT_TOPIC_FORMS: ReadonlySet<string> = new Set(['writes']);

/**
 * Nouns of a written piece that, anywhere in the sentence, make "writes about" a report of that piece rather
 * than a writer's beat ({@link BEAT_TOPIC_FORMS}): "In a new essay, Ann Lee writes about her years in prison."
 */
export const WRITTEN_PIECE_NOUNS: ReadonlySet<string> = new Set(
  `essay essays column columns book books letter letters post posts memoir memoirs article articles op-ed op-eds
  piece blog editorial editorials report novel chapter foreword preface review newsletter statement email`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Verb forms wink sometimes tags as nouns or adjectives. */
export const MISTAGGED_CUE_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'asked', 'warned', 'noted', 'explained', 'argued', 'claimed', 'insisted', 'stated', 'reported', 'announced', 'posted', 'replied', 'responded', 'continued', 'recalled', 'acknowledged', 'conceded', 'declared', 'testified', 'claims', 'warns', 'notes', 'argues', 'insists', 'denies', 'suggests', 'say', 'claim', 'reports', 'promising', 'pledges', 'vows']);

/**
 * Words tagged as prepositions after which an "-ed" cue form before a
 * lower-case noun may still be a verb ("that reported cases rose", "as
 * promised"); after any other preposition, or "to", the form is an adjective
 * ("did not reply to repeated requests for comment").
 */
export const PARTICIPLE_PREPOSITION_EXCEPTIONS: ReadonlySet<string> = new Set(['that', 'as', 'by']);

/** Cues that take a passive infinitive of hearsay. */
export const HEARSAY_VERBS: ReadonlySet<string> = new Set(['say', 'report', 'rumor', 'rumour', 'allege']);

/** Verbs whose subject gives the promise they take as object: "delivered a forceful promise to", "renewed her pledge to". */
export const GIVING_VERBS: ReadonlySet<string> = new Set(['make', 'deliver', 'repeat', 'renew', 'reiterate', 'issue']);

/** Verbs whose inflected verb after them is their complement, not the sentence's verb: "to get married", "to become involved". */
export const LINKING_VERBS: ReadonlySet<string> = new Set(['get', 'become', 'be', 'remain', 'seem', 'look', 'feel', 'stay', 'keep', 'have', 'make', 'go']);

/** Verbs of saying that keep or hold with a noun-phrase object, or summon or name ("call the shots", "call a meeting", "call the plan a disaster"). */
export const NOT_SAYING_WITH_OBJECT: ReadonlySet<string> = new Set(['maintain', 'call']);

/** Verbs whose object noun cue is their subject's saying: "made the suggestion that", "gave assurances that". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['make', 'give', 'offer', 'repeat', 'reiterate', 'issue', 'voice', 'express', 'float', 'renew', 'double']);

/** Verbs whose object, a listener or a person asked, speaks in the infinitive after it: "asked him to say", "urged voters to tell". */
export const OBJECT_SPEAKS_VERBS: ReadonlySet<string> = new Set(['ask', 'urge', 'tell', 'call', 'invite', 'lead', 'allow', 'prompt', 'push', 'force', 'cause', 'encourage', 'press', 'pressure', 'persuade', 'convince', 'want', 'expect', 'need', 'inspire', 'drive', 'spur', 'compel', 'get', 'help', 'challenge', 'dare', 'order', 'instruct', 'direct', 'beg', 'implore', 'require', 'enable', 'remind', 'warn', 'advise', 'hire', 'pay', 'use']);

/** Prepositions a cue may end on, leading to its noun: "insist on a justice they can tolerate", "spoke about a plan". */
export const CUE_OWN_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'of', 'for', 'to', 'with']);

/**
 * Nouns that join the cue, with the preposition after them, when they open
 * the object of a verb of saying, by the verb's lemma: "signaled support for
 * the levy", "has signaled his desire to sell", "claimed responsibility for
 * the attack", "says nothing about the toll", "hasn't indicated any interest
 * in running"; what follows the preposition is what was said (as annotated
 * news marks them; see `reported/cue-noun.ts`).
 */
export const CUE_OBJECT_NOUNS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['signal', new Map([['support', 'for'], ['desire', 'to']])],
  ['claim', new Map([['responsibility', 'for'], ['allegiance', 'to']])],
  ['say', new Map([['nothing', 'about']])],
  ['indicate', new Map([['interest', 'in']])],
]);

/** Words allowed between a verb of saying and a noun of `CUE_OBJECT_NOUNS`: "his support", "any interest", "almost nothing". */
export const CUE_OBJECT_NOUN_OPENERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'any', 'almost']);

/**
 * Adverbs that mark a clause as reported by an unnamed source, after an
 * auxiliary: "The club is reportedly spending $2.4 million" (opt-in, evidence;
 * see `reported/reportedly.ts`). Not "allegedly" (2 of 12 annotated on train)
 * nor "apparently" (0 of 3).
 */
export const REPORTING_ADVERBS: ReadonlySet<string> = new Set(['reportedly']);

/** Auxiliaries before a {@link REPORTING_ADVERBS} adverb: "has reportedly", "is reportedly", "will reportedly". */
export const REPORTING_ADVERB_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'been',
]);

/**
 * Nouns of an outcome that a verb of claiming takes as what was said (rule
 * `reported/claimed-outcome`): "claimed victory", "is claiming a victory of
 * sorts", "claimed success"; not "claimed the seat", "claimed the title", a
 * thing taken rather than words (measured on PolNeAR train: 7 of 8 such
 * objects annotated).
 */
export const CLAIMED_OUTCOME_NOUNS: ReadonlySet<string> = new Set(['victory', 'victories', 'success', 'win', 'wins']);

/**
 * Nouns of a deed owned that a verb of claiming takes before "for", which
 * join the cue (rule `reported/claimed-outcome`): "claimed credit for the
 * raid" has the cue "claimed credit for" and the content "the raid".
 */
export const CLAIMED_DEED_NOUNS: ReadonlySet<string> = new Set(['credit', 'responsibility']);

/**
 * Lemmas of verbs that put out a statement, before "a statement saying":
 * `The firm issued a statement saying ...` has the cue "issued a statement
 * saying" in annotated news (see `reported/cue-medium.ts`).
 */
export const PUBLISHING_VERB_LEMMAS: ReadonlySet<string> = new Set(['issue', 'release', 'put', 'send', 'publish']);

/** Heads of a statement put out, in `reported/cue-medium.ts`: "issued a statement saying", "sent out a press release saying". */
export const PUBLISHED_STATEMENT_HEADS: ReadonlySet<string> = new Set(['statement', 'release', 'letter', 'memo']);

/** The lemma of the built-in source phrase "in the words of", a cue only where it opens its sentence. */
export const WORDS_OF = 'in the words of';

/** What may stand before the "as" of "as X put it" inside a sentence: a comma, a dash or a conjunction ("..., as one analyst put it, ...", "and as she put it: ..."). */
export const PUT_IT_AS_LEADS: ReadonlySet<string> = new Set([',', 'or', 'but', 'and', '\u2014', '\u2013', '-']);

/** Irregular past participles of verbs of saying after a form of "have": "has said", "had told", "have written", "has spoken". */
export const SAYING_IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['said', 'told', 'written', 'spoken']);

/** Lemmas whose "to" names what is answered or accepted, no speech: "responded to claims that" (`reported/far-that.ts`). */
export const ANSWERING_LEMMAS: ReadonlySet<string> = new Set(['respond', 'reply', 'answer', 'agree']);

/** Sentence-opening cues read as passives, whose subject is the listener: "Asked about the vote, ...", "Told of the plan, ..." (`attribution/direct/inverted.ts`). */
export const OPENING_PASSIVE_LEMMAS: ReadonlySet<string> = new Set(['ask', 'tell']);

/** Listener verbs after a colon's verb that show the speaker rather than address a listener: "is shown lecturing:" (`attribution/no-cue.ts`). */
export const SHOWING_LEMMAS: ReadonlySet<string> = new Set(['show', 'teach']);

/**
 * The infinitive of a request for anonymity after a negation, matched against
 * the three lower-case words after "to" joined by spaces: "asked not to be
 * named" (`reported/infinitive.ts`).
 */
export const ANONYMITY_INFINITIVE = /^(be|being) (named|identified|quoted) /;

/**
 * The infinitive of a request for anonymity with no negation, matched against
 * the two lower-case words after "to" joined by a space: "asked to remain
 * anonymous" (`reported/infinitive.ts`).
 */
export const ANONYMOUS_INFINITIVE = /^(remain|stay|be) anonymous$/;

/**
 * Forms of the finding verbs that the tagger may read as nouns after a plural
 * or a name, with their lemmas: "Polls show ...", "polls that show ..."
 * (`reported/evidence.ts`).
 */
export const FINDING_FORMS: ReadonlyMap<string, string> = new Map([
  ['show', 'show'], ['shows', 'show'], ['showed', 'show'], ['find', 'find'], ['finds', 'find'], ['found', 'find'],
]);

/**
 * Words of an interview before the "with" that names the one interviewed in
 * a printed interview's intro ("a conversation with", "Q&A with", "an
 * interview with"; "an interview to" names the interviewer), lower-case;
 * "interviewed" names its guest right after it (`reported/interview`). The
 * verbs of {@link INTERVIEW_INTRO_VERBS} count only with the writer for
 * subject.
 */
export const INTERVIEW_INTRO_WORDS: ReadonlySet<string> = new Set(
  `interview interviews conversation conversations q&a chat interviewed`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Verbs of an interview whose subject, when it is the writer ("We spoke with
 * Ann Lee", "I sat down with"), names the one interviewed after "with" or
 * "to"; "Lee spoke with reporter Tom Hale" names no guest.
 */
export const INTERVIEW_INTRO_VERBS: ReadonlySet<string> = new Set(
  `spoke speak talked talk chatted sat met`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Verbs of questioning a witness that, in the paragraph right before a
 * transcript's first `Q.` line, name the one who asks before them and the one
 * who answers after them ("Prosecutor Ada Nwosu asked the club's secretary,
 * Lorna Fitch, about ..."), lower-case (`reported/interview`).
 */
export const EXAMINATION_VERBS: ReadonlySet<string> = new Set(
  `asked questioned cross-examined examined pressed`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Nouns naming what was reported or said, whose "that" clause, with the noun
 * phrase, is the object of a speech cue: "cited reports that ...", "asked about
 * concerns that ...", "did not rebut Mr. Lane's point, that ..." (see
 * `reported/report-noun-object.ts`). Not nouns of a thought ("idea", "notion":
 * their clause alone is the content after a speech cue, 2 of 2 annotated on
 * PolNeAR train), nor nouns of a medium ("statement", "remarks": "said in a
 * statement that ...").
 */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'claim', 'claims', 'assertion', 'assertions',
  'allegation', 'allegations', 'accusation', 'accusations', 'concern', 'concerns', 'criticism', 'point', 'fact',
  'contention', 'argument',
]);

/**
 * Prepositions that set the scene of a speech cue, or name what its clause is
 * about, rather than open its object: "said in a statement that", "claimed at
 * one point that", "said of the accusations that they were false" (see
 * `reported/report-noun-object.ts`).
 */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'amid', 'within', 'from', 'with', 'after', 'before', 'of']);

/** Adverbs that open a sentence naming the speaker of the quote before it, inverted: "So said Mayor Ann Lee.", "Thus says Ann Lee." */
export const NEXT_SENTENCE_SO: ReadonlySet<string> = new Set(['so', 'thus']);

/** Demonstratives that open "Those were the words of Ann Lee." after a quote. */
export const NEXT_SENTENCE_DEMONSTRATIVES: ReadonlySet<string> = new Set(['those', 'these', 'such']);

/** Forms of "be" in "Those were the words of Ann Lee." after a quote. */
export const NEXT_SENTENCE_BE: ReadonlySet<string> = new Set(['were', 'are']);

/** Forms of "be" in "That was how Ann Lee put it." after a quote ("That's how": "'s"). */
export const NEXT_SENTENCE_THAT_BE: ReadonlySet<string> = new Set(['was', 'is', "'s", '’s']);

/**
 * Nouns of what is said, of words and of propositions that open a relative
 * clause with no "that" before a name when a determiner leads them: "a claim
 * Lee denied", "a term Reyes has used", "a point Ortiz conceded". Before a name
 * such a noun is never the name's title: the name alone is the mention (see
 * `speakers/find/relative-head.ts`). Nouns of time ("the moment Lee spoke")
 * are added there from `TIME_NOUNS`.
 */
export const RELATIVE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  ...NOUN_CUES.keys(), ...SAID_WORDS_NOUNS, ...USED_WORD_NOUNS, ...PROPOSITION_NOUNS, ...COPULA_SPEECH_NOUNS,
]);
