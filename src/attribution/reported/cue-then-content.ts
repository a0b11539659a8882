/**
 * Rule family `reported/cue-*`: the cue comes first and the content after it,
 * `X said (that) CLAUSE`, `X told reporters on Monday CLAUSE`, `X asked whether ...`.
 * Families of their own: what stands between the cue and the content in
 * `after-cue.ts`, a relative "who" or "that" as the speaker in
 * `relative-speaker.ts`, a speaker found after the cue inside the content in
 * `speaker-after.ts`, a participle cue that describes a noun in
 * `participle-modifier.ts`.
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, isRegularPast, maybeToken, onlyAdverbs, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { isPassiveAt, makeMention, speakerAfter } from '../../speakers/phrase.js';
import { unnamedSubjectBefore } from '../../speakers/find/unnamed-subject.js';
import { ADJUNCT_OPENING_PREPOSITIONS, AMOUNT_PREPOSITIONS, INVERTING_VERBS, NOUN_CUES, REPORTING_VERBS, SPOKEN_OF_PREPOSITIONS, STATE_PARTICIPLES, THOUGHT_ADJECTIVES, TOLD_NOUNS, ANSWERING_CUES, CUE_CLAUSE_PREPOSITIONS, QUESTION_VERBS, CUE_OWN_PREPOSITIONS, DECLINING_VERBS, GIVING_VERBS, NAMING_VERBS, CUE_VERBS, INFINITIVE_VERBS, LISTENER_VERBS } from '../../data/cues.js';
import { CLAUSE_ON_SUBJECT_CUES, NOUN_OBJECT_CUES, SHOWING_CUES, SHOWN_PLACE_WORDS } from '../../data/senses.js';
import { THAT_OBJECT_TIME_WORDS, TIME_POSSESSIVE_OPENERS } from '../../data/time.js';
import { PAST_AS_BASE } from '../../data/irregular.js';
import { END, NP_POS, TIME_WORDS, WH_WORDS, candidate, range, sentenceOf, type ReportedContext, holdsAttributedQuote, restrictiveWhoseAt, spacedDash } from './shared.js';
import { clauseStartsAt, gerundClause, relativeInSubject } from './clause-start.js';
import { cueSubject, passiveCue, subjectlessCue } from './cue-subject.js';
import { saidAfterComma } from './next-attribution.js';
import { commaAsideEnd, dashAsideEnd, skipAfterCue, roughAmountSubject } from './after-cue.js';
import { topicPhraseStart } from './topic-phrase.js';
import { relativeWhoWithoutClause, sentenceCueAfterThatClause, sentenceVerbAfterVerb, subjectRelative, textThatSubject } from './relative-speaker.js';
import { anonymityRequest } from './anonymity-request.js';
import { claimedPrize } from './claimed-prize.js';
import { clauseEnd } from './boundary.js';
import { NOUN_PHRASE_POS, circumstanceNoun, nounClauseStart, relativeOpening } from './boundary/openings.js';
import { cutAtCueSubjectVerb } from './cue-subject-verb.js';
import { endBeforeSpeaker, pronounBeforeSpeaker } from './speaker-after.js';
import { optInQuantifier } from './opt-in-subject.js';
import { cueInFrontedAdjunct } from './adjunct-cue.js';
import { frontedCondition } from './fronted-condition.js';
import { infinitiveAfterAdjunct } from './infinitive.js';
import { nounMaker } from './noun-cue.js';
import { describesNoun } from './participle-modifier.js';
import { closingAttributionAt, insertedAttributionAt } from './inserted-attribution.js';
import { relativeOnNounCue } from './relative-on-noun-cue.js';
import { CATAPHORIC_NOUNS, CATAPHORIC_OPENERS, PREDICATE_CONJUNCTIONS } from '../../data/clauses.js';
import { AMOUNT_DEGREE_ADVERBS, CLAUSE_AMOUNT_WORDS, CLAUSE_MODAL_ADVERBS, EXACTNESS_ADVERBS, QUOTING_PARTICIPLES, FINITE_AUX, MAX_CLAUSE_SUBJECT, POSSESSIVES, RELATIVE_PRONOUNS, CIRCUMSTANCE_OPENERS, FRONTED_ADVERBIAL_OPENERS, CLAUSE_FRONTED_SUBORDINATORS, NOT_SUBJECT_ENDS, OBJECT_THEN_SUBORDINATORS, THAT_CLAUSE_OPENERS, CIRCUMSTANCE_WH_WORDS, ASKED_OBJECT_PREPOSITIONS } from '../../data/clauses.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { LET_FORMS, LISTENER_PRONOUNS, PHRASE_CLAUSE_OPENERS } from '../../data/function-words.js';
import { NOUN_OPENING_TAGS } from '../../data/tags.js';
import { commaAtOrAfter, unquotedCommaAtOrAfter } from './unquoted-commas.js';
import { placeComma } from './boundary/place-comma.js';
import { cueWith } from '../../cues/match.js';
import { colonListItems } from './colon-list.js';

/**
 * True when the cue is an infinitive after a verb of holding back ({@link DECLINING_VERBS}):
 * "declined to say when ...", "refused to say where ..." ask a question like a negated cue.
 */
function heldBack(doc: Doc, cue: CueMatch): boolean {
  const to = maybeToken(doc, cue.first - 1);
  const verb = maybeToken(doc, cue.first - 2);
  return to?.lower === 'to' && verb !== undefined && verb.sent === to.sent && DECLINING_VERBS.has(verb.lemma);
}

/**
 * True when a bare participle cue opens the sentence and the words skipped
 * after it (its adjunct) end in a comma before the clause at `p`:
 * `Writing in The Times, the minister said ...` sets the scene of the main
 * clause, whose own cue reports it ("Writing, in short, that ..." keeps its "that").
 */
function frontedParticiple(doc: Doc, cue: CueMatch, p: number, first: number): boolean {
  if (!isIngCue(doc, cue) || cue.first !== cue.head || cue.first !== first || tokenAt(doc, p).lower === 'that') return false;
  if (p - 1 <= cue.last) return false;
  if (tokenAt(doc, p - 1).value === ',') return true;
  // ("Writing in the journal Planetary Letters, they said ...": the skipped adjunct ends on a name, then the comma)
  let k = p;
  while (k < p + MAX_ADJUNCT_NAME && tokenAt(doc, k).pos === 'PROPN') k++;
  return k > p && tokenAt(doc, k).value === ',' && tokenAt(doc, p - 1).pos === 'NOUN' && tokenAt(doc, cue.last).pos === 'ADP';
}

/** Most words of a name that ends a fronted participle's adjunct ({@link frontedParticiple}). */
const MAX_ADJUNCT_NAME = 4;
/** Most tokens of a listener before a relative clause set off by a comma that is no content ("told the crowd, who cheered"). */
const MAX_SHORT_LISTENER = 4;

/** True when a subject pronoun at `k` is followed by its verb: "she would", "they had". */
function subjectPronounClause(doc: Doc, k: number): boolean {
  return PERSON_SUBJECT_PRONOUNS.has(tokenAt(doc, k).lower) && /^(AUX|VERB)$/.test(tokenAt(doc, k + 1).pos);
}

/** Most tokens of a subordinate clause put before the reported clause, its comma included. */
const MAX_FRONTED_SUBORDINATE = 15;

/**
 * True when a subordinate clause with its own subject and verb, closed by a
 * comma, opens the reported clause at `p`, whose own subject and verb follow the
 * comma: "said when the storm hit, the crews were ready", "said because the
 * road was closed, buses ran late" (not "said when asked, ..." nor "said while
 * he waited").
 */
function frontedSubordinate(doc: Doc, p: number, limit: number): boolean {
  if (!CLAUSE_FRONTED_SUBORDINATORS.has(tokenAt(doc, p).lower) || !clauseStartsAt(doc, p + 1, limit)) return false;
  for (let k = p + 2; k < Math.min(limit, p + MAX_FRONTED_SUBORDINATE); k++) {
    const w = tokenAt(doc, k);
    // ("said when she arrived, that the hall was full": the "that" after the comma opens the content)
    if (w.value === ',') return tokenAt(doc, k + 1).lower !== 'that' && clauseStartsAt(doc, k + 1, limit);
    if (/^[.;:!?]$/.test(w.value) || isMarkToken(w.value) || w.pos === 'CCONJ') return false;
  }
  return false;
}

/** True when an adverbial and a comma come before a clause: "despite all that, Mbatha was not influenced". */
function frontedClause(doc: Doc, p: number, limit: number): boolean {
  const t = maybeToken(doc, p);
  if (!t || !FRONTED_ADVERBIAL_OPENERS.has(t.lower)) return false;
  for (let k = p + 1; k < Math.min(limit, p + 12); k++) {
    const w = tokenAt(doc, k);
    if (w.value === ',') return clauseStartsAt(doc, k + 1, limit);
    // "said if chosen as chair she would meet them": a subject pronoun starts the main clause
    if (k > p + 1 && subjectPronounClause(doc, k)) return true;
    if (/^[.;:!?]$/.test(w.value) || isMarkToken(w.value)) return false;
  }
  return false;
}

/**
 * True when a noun phrase seems to end right before the cue (its words were not
 * recognised as a speaker): "A news report published Wednesday said", "Cook said".
 */
function subjectEndsBefore(doc: Doc, cue: CueMatch): boolean {
  if (isIngCue(doc, cue)) return false;
  let k = cue.first - 1;
  while (k >= 0 && tokenAt(doc, k).pos === 'ADV') k--;
  const t = maybeToken(doc, k);
  if (!t || t.sent !== tokenAt(doc, cue.head).sent) return false;
  if (NOT_SUBJECT_ENDS.has(t.lower)) return false;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.value === '%' && k > 0 && tokenAt(doc, k - 1).pos === 'NUM') || (t.pos === 'PRON' && PERSON_SUBJECT_PRONOUNS.has(t.lower)) || (t.pos === 'VERB' && /^[A-Z]/.test(t.value) && k > 0 && tokenAt(doc, k - 1).value === '.');
}

/**
 * True when a bare verb of saying after a comma has a name after it that ends
 * at a comma or the sentence's end: "..., said Ann Lee, a former aide" is an
 * inversion, the name its speaker.
 */
function invertedName(doc: Doc, cue: CueMatch, last: number): boolean {
  if (cue.first !== cue.head || !INVERTING_VERBS.has(cue.lemma) || tokenAt(doc, cue.first - 1).value !== ',') return false;
  const name = speakerAfter(doc, cue.last, last);
  if (!name || name.kind !== 'name' || name.first !== cue.last && !/^(DET|ADJ|NOUN)$/.test(tokenAt(doc, cue.last).pos)) return false;
  const after = maybeToken(doc, name.last);
  return after === undefined || after.sent !== tokenAt(doc, cue.head).sent || after.value === ',' || END.has(after.value);
}

/**
 * True when the cue, right after a comma, is a bare verb of saying whose
 * inverted speaker is a description set off by a second comma, and a finite
 * verb follows that comma: `The plan, said city officials, would cost $3
 * billion.` The description is the speaker of an attribution inserted
 * between a subject and its verb (`reported/content-cue-speaker`), not the
 * subject of a clause the cue reports ("officials, would cost ..." is none).
 * With a determiner before the noun the clause reading never arose ("said
 * the mayor,"); a bare plural or a noun compound did (fix95; the shape does
 * not occur on PolNeAR train or dev).
 */
function invertedDescription(doc: Doc, cue: CueMatch, last: number): boolean {
  if (cue.first !== cue.head || !INVERTING_VERBS.has(cue.lemma) || tokenAt(doc, cue.first - 1).value !== ',') return false;
  const speaker = speakerAfter(doc, cue.last, last);
  if (!speaker || speaker.kind === 'pronoun' || speaker.first !== cue.last || speaker.last + 1 >= last) return false;
  if (tokenAt(doc, speaker.last).value !== ',') return false;
  const verb = tokenAt(doc, speaker.last + 1);
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !/(ing|ed)$/.test(verb.lower));
}

/**
 * True when a subject pronoun and its finite verb open the clause at `p`
 * ("said he would run", "say they are liberal"): reported speech whatever the
 * subject before the cue, even one the speaker finder does not read
 * ("42% say they ...", "most of them said they ...").
 */
function pronounClause(doc: Doc, cue: CueMatch, p: number): boolean {
  const t = maybeToken(doc, p);
  // "insist on a justice they can tolerate": a cue's own preposition leads to a noun, the pronoun's clause describes it
  if (p > cue.last && CUE_OWN_PREPOSITIONS.has(tokenAt(doc, cue.last).lower)) return false;
  if (!t || !PERSON_SUBJECT_PRONOUNS.has(t.lower)) return false;
  let k = p + 1;
  if (tokenAt(doc, k).pos === 'ADV' && tokenAt(doc, k).sent === t.sent) k++;
  const v = tokenAt(doc, k);
  return v.sent === t.sent && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower)));
}

/**
 * True when the bare clause at `p` after a form of "know" is one known: a
 * question word ("knows how he operates") or a subject and its finite verb
 * ("knows Sanders will stay in the race", "knew it was possible"). Not a noun
 * phrase object ("knows the specifics of the budget", "knew Meles well"), not
 * the participle ("known for his work", "has known them since 1992": a
 * reputation, an acquaintance), and not "let someone know" ("letting voters
 * know there was an issue": to tell them, the clause is the teller's).
 */
function knownClause(doc: Doc, cue: CueMatch, p: number, limit: number): boolean {
  if (tokenAt(doc, cue.head).lower === 'known') return false;
  if (cue.first >= 2 && LET_FORMS.has(tokenAt(doc, cue.first - 2).lower)) return false;
  return WH_WORDS.has(tokenAt(doc, p).lower) || subjectClause(doc, p, limit) || nounSubjectClause(doc, p, limit, true);
}

/**
 * True when a subject and its finite verb open the clause at `p`: a subject
 * pronoun ("it" too), one adverb allowed, then a finite auxiliary or a verb
 * not in -ing ("denied it had broken the rules", "denied she ever lied"), or
 * a determiner, its noun and a finite verb ("denied the firm was for sale");
 * not a noun phrase object ("denied the charges and ...", "denied it."). The
 * caller leaves out "there is no denying ...", the narrator's own claim.
 */
function subjectClause(doc: Doc, p: number, limit: number): boolean {
  const t = maybeToken(doc, p);
  if (!t || p >= limit) return false;
  if (PERSON_SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'it') {
    let k = p + 1;
    if (tokenAt(doc, k).pos === 'ADV' && tokenAt(doc, k).sent === t.sent) k++;
    const v = tokenAt(doc, k);
    return v.sent === t.sent && ((v.pos === 'AUX' && FINITE_AUX.has(v.lower)) || (v.pos === 'VERB' && !/ing$/.test(v.lower)));
  }
  return t.pos === 'DET' && t.lower !== 'that' && nounSubjectClause(doc, p, limit, true);
}

/**
 * True when a short noun phrase with a noun and then a finite verb open the
 * clause at `p`: "added the vote would be close", "maintained the bill was
 * fair", "adds the council agrees"; not "maintained a wide lead in the polls" or
 * "added a ferry built in 1990".
 */
function nounSubjectClause(doc: Doc, p: number, limit: number, pastTense = false): boolean {
  let noun = false;
  for (let k = p; k < limit && k - p <= MAX_CLAUSE_SUBJECT; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      noun = true;
      continue;
    }
    if (k === p ? /^(DET|ADJ|NUM)$/.test(t.pos) : /^(ADJ|NUM)$/.test(t.pos) || (t.pos === 'PART' && t.value === "'s")) continue;
    if (!noun) return false;
    // "most voters never read the bill": an adverb before the verb
    if (pastTense && t.pos === 'ADV' && k > p && tokenAt(doc, k + 1).pos === 'VERB') continue;
    if (t.pos === 'AUX') return FINITE_AUX.has(t.lower);
    // a verb in -s is finite; one in -ed may be a participle on the noun ("added a ferry built in 1990"), unless
    // the caller takes a past tense too ("pointed out the council voted against it")
    if (pastTense) return t.pos === 'VERB' && !/ing$/.test(t.lower);
    // (a verb in -s agrees with a singular subject, which a bare common noun seldom is: "added support beams
    // to the barn" is a compound noun, the tagger's "beams" no verb)
    return t.pos === 'VERB' && t.lower !== t.lemma && /[^s]s$/.test(t.lower) && tokenAt(doc, p).pos !== 'NOUN';
  }
  return false;
}

/**
 * True when a showing cue ("point out") reports the clause at `p` rather than
 * showing a thing: a subject pronoun, a noun subject and a verb in any tense
 * ("pointed out the council voted against it", "most voters never read the
 * bill"), a gerund, or a question word other than a place's ("pointed out how
 * the plan failed", not "pointing out where the ferry docked"). Not inside a
 * relative clause, whose noun is followed by the sentence's own verb ("the
 * woman who pointed out the fire called the patrol").
 */
function showingClause(doc: Doc, cue: CueMatch, p: number, limit: number): boolean {
  if (pronounClause(doc, cue, p) || gerundClause(doc, p, limit)) return true;
  const t = tokenAt(doc, p);
  if (WH_WORDS.has(t.lower) && !SHOWN_PLACE_WORDS.has(t.lower)) return clauseStartsAt(doc, p + 1, limit);
  let before = cue.first - 1;
  while (tokenAt(doc, before).pos === 'ADV' && before > 0) before--;
  return nounSubjectClause(doc, p, limit, !RELATIVE_PRONOUNS.has(tokenAt(doc, before).lower));
}

/** How many words a plain subject before a cue may have. */
const MAX_PLAIN_SUBJECT = 6;

/**
 * The noun phrase right before a cue that the speaker finder did not read, a
 * count or a share included ("42%", "most of them", "Some 56 percent of
 * voters"), when it opens its clause; or null.
 */
function plainSubject(doc: Doc, cue: CueMatch, sentence: { first: number }): Mention | null {
  let k = cue.first;
  while (k - 1 >= sentence.first && cue.first - k < MAX_PLAIN_SUBJECT) {
    const t = tokenAt(doc, k - 1);
    if ((NP_POS.has(t.pos) && t.pos !== 'PART') || t.pos === 'SYM' || (t.lower === 'of' && k - 1 > sentence.first)) k--;
    else break;
  }
  if (k === cue.first || tokenAt(doc, k).lower === 'of') return null;
  const before = maybeToken(doc, k - 1);
  // the phrase opens its clause: the sentence start, or a comma, semicolon, colon or conjunction before it
  if (k > sentence.first && before !== undefined && !PHRASE_CLAUSE_OPENERS.has(before.lower)) return null;
  // "60 pledged votes went to ...": a participle before a noun is no cue of the phrase (as in speakers/find/bare-count)
  if (/^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, cue.last).pos)) return null;
  return makeMention(doc, k, cue.first);
}

/**
 * `Asked whether she would run, Warren said ...`: the question before the comma
 * (a comma inside a closing mark included), reported with no speaker.
 */
function askedQuestion(ctx: ReportedContext, cue: CueMatch, rule: string, p: number, last: number): Candidate | null {
  if (rule !== 'reported/cue-question' || cue.lemma !== 'ask') return null;
  const { doc } = ctx;
  const limit = Math.min(last, p + MAX_QUESTION);
  // (the first comma, where the question ends when the asides it seems to open are not closed before the limit)
  let first = -1;
  for (let k = p + 2; k < limit; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',' && !ctx.quoted[k]) {
      if (first < 0) first = k;
      // "Asked whether the plan, which critics call rushed, would pass, Lee said": an aside of the question's own
      // goes on to the question's verb
      let close = questionAsideClose(ctx, k, limit);
      // (the aside's closing comma ends nothing: the question goes on after it; asides may follow one another:
      // "that Ann Vale, the front-runner, who has called it a hoax, could win")
      if (close > 0) {
        for (let next = questionAsideClose(ctx, close, limit); next > 0; next = questionAsideClose(ctx, close, limit)) close = next;
        k = close;
        continue;
      }
      return candidate(ctx, [range(doc, p, k)], cue, null, 'reported/asked-question', 0.4);
    }
    if (t.value === ',' && isMarkToken(tokenAt(doc, k + 1).value) && !ctx.quoted[k + 1]) return candidate(ctx, [range(doc, p, k + 2)], cue, null, 'reported/asked-question', 0.4);
    if (END.has(t.value) || t.value === ';' || t.value === ':') break;
  }
  return first > 0 ? candidate(ctx, [range(doc, p, first)], cue, null, 'reported/asked-question', 0.4) : null;
}

/**
 * True when the question goes on at token `k`, after an aside's closing comma:
 * with its verb ("..., the front-runner, could win") or a relative or "that"
 * clause ("..., in the same bill, that the report include ..."); not with the
 * answer's subject ("Asked if he would run, in an interview, Lee said no").
 */
function questionGoesOn(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  return !ctx.quoted[k] && (t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE_PRONOUNS.has(t.lower));
}

/** Most tokens of an aside inside a fronted question: "the presumptive nominee", "who has called man-made warming a hoax". */
const MAX_QUESTION_ASIDE = 16;

/**
 * The comma that closes an aside of a fronted question opened by the comma at
 * `k`, or -1: a relative clause ("which friends described as miserable,",
 * "who has called it a hoax,") or a phrase with no verb ("the presumptive
 * nominee,", "in the same defense bill,"), closed by a comma before `limit`
 * after which the question goes on ({@link questionGoesOn}). A clause with a verb after the comma is
 * the answer's ("Asked if it was illegal, 46 percent said yes") and is no aside.
 */
function questionAsideClose(ctx: ReportedContext, k: number, limit: number): number {
  const { doc } = ctx;
  const relative = RELATIVE_PRONOUNS.has(tokenAt(doc, k + 1).lower);
  for (let j = k + 1; j < Math.min(limit, k + 1 + MAX_QUESTION_ASIDE); j++) {
    const t = tokenAt(doc, j);
    if (ctx.quoted[j] || isMarkToken(t.value) || END.has(t.value) || t.value === ';' || t.value === ':') return -1;
    if (t.value === ',') return j > k + 1 && questionGoesOn(ctx, j + 1) ? j : -1;
    if (!relative && (t.pos === 'VERB' || t.pos === 'AUX')) return -1;
  }
  return -1;
}

/**
 * True when the cue stands inside the question that opens the sentence with
 * "Asked" and a question word, before the comma that closes it, and its
 * content would start after that comma: "Asked whether he would complain to
 * the league, Pryce said ...", where "Pryce said ..." is no complaint.
 */
function questionOpeningAround(ctx: ReportedContext, cue: CueMatch, p: number, sentence: Segment): boolean {
  const { doc } = ctx;
  const first = sentence.first;
  if (cue.first <= first + 1 || tokenAt(doc, first).lower !== 'asked' || !WH_WORDS.has(tokenAt(doc, first + 1).lower)) return false;
  // (the first unquoted comma from a table: a walk to it for every cue of one long sentence with no comma was quadratic)
  const k = unquotedCommaAtOrAfter(ctx, first + 2);
  return k >= 0 && k < Math.min(sentence.last, p) && k > cue.first;
}

/**
 * True when the cue is the participle "asked" opening a comma aside after the
 * sentence's subject, alone or after "when" or "if", with the question right
 * after it (at `p`) and the sentence's own verb after the aside's closing
 * comma: "The senator, asked whether she would run, said ...", "Lee, when
 * asked if he would stay, declined to answer". Not "Lee, the mayor, asked
 * whether ...", where no verb follows the question.
 */
function askedAside(ctx: ReportedContext, cue: CueMatch, p: number, last: number): boolean {
  const { doc } = ctx;
  if (cue.lemma !== 'ask' || cue.first !== cue.head || tokenAt(doc, cue.head).lower !== 'asked' || cue.first < 2) return false;
  // (the question right after the cue, or after an adverb: "when asked specifically what ...")
  if (!onlyAdverbs(doc, cue.last, p)) return false;
  const before = tokenAt(doc, cue.first - 1);
  if (before.value !== ',' && !((before.lower === 'when' || before.lower === 'if') && tokenAt(doc, cue.first - 2).value === ',')) return false;
  for (let k = p + 2; k < Math.min(last, p + MAX_QUESTION); k++) {
    if (ctx.quoted[k]) continue;
    const t = tokenAt(doc, k);
    if (t.value === ',') {
      const next = maybeToken(doc, k + 1);
      const after = maybeToken(doc, k + 2);
      return next !== undefined && (/^(VERB|AUX)$/.test(next.pos) || (next.pos === 'ADV' && after !== undefined && /^(VERB|AUX)$/.test(after.pos)));
    }
    if (END.has(t.value) || t.value === ';' || t.value === ':') return false;
  }
  return false;
}

/**
 * The start of the noun phrase of a noun of saying whose maker stands between
 * it and the "that" at `that` ("denied claims by his rival that ...",
 * "rejected complaints from tenants that ..."), not before `from`; -1 when
 * there is none. The verb's content is that noun phrase with its clause, and
 * the clause is the maker's (`reported/noun-cue-agent`).
 */
function agentNounStart(doc: Doc, from: number, that: number): number {
  for (let k = that - 3; k >= from; k--) {
    const made = nounMaker(doc, k);
    if (made?.that !== that) continue;
    // (with its determiner, owner and adjectives: "the repeated claims by ...", "his rival's complaints from ...")
    let first = k;
    while (first > from && (NOUN_PHRASE_POS.has(tokenAt(doc, first - 1).pos) || POSSESSIVES.has(tokenAt(doc, first - 1).lower))) first--;
    return first;
  }
  return -1;
}

/**
 * True when the token at `p`, right after the cue, is a preposition that opens
 * the cue's own adjunct or complement rather than a reported clause: "told
 * stories of how ...", "claimed without proof that ...", "joked about it
 * with friends" (not "at least", "at most" or "around" before a number, nor a
 * short phrase put before a clause with a subject pronoun: "said without
 * hesitation she would run").
 */
function adjunctOpens(doc: Doc, p: number, limit: number): boolean {
  const t = tokenAt(doc, p);
  if (t.pos !== 'ADP' || !ADJUNCT_OPENING_PREPOSITIONS.has(t.lower)) return false;
  const next = maybeToken(doc, p + 1);
  if (next?.lower === 'least' || next?.lower === 'most' || (AMOUNT_PREPOSITIONS.has(t.lower) && next?.pos === 'NUM')) return false;
  // ("said about a third of students would be spared": a rough amount opens the clause's subject)
  if (roughAmountSubject(doc, p, limit)) return false;
  return !frontedBeforePronoun(doc, p, limit);
}

/**
 * True when a noun between a "tell" cue and the clause at `p` is a narrative
 * told ({@link TOLD_NOUNS}: "told stories of the war she had seen", "told
 * reporters tales of a town they left"): the clause describes it.
 */
function toldNarrative(doc: Doc, cue: CueMatch, p: number): boolean {
  if (cue.lemma !== 'tell') return false;
  for (let k = cue.last; k < p; k++) if (TOLD_NOUNS.has(tokenAt(doc, k).lower)) return true;
  return false;
}

/** Most tokens of a phrase put before a clause's subject pronoun: "for the first time she ...". */
const MAX_FRONTED_PHRASE = 5;

/**
 * True when a short phrase opened by the preposition at `p`, with no verb or
 * question word in it, is followed by a subject pronoun and its verb: "said
 * without hesitation she would run", "said for years they had warned" (or a
 * noun subject and its verb: "said under his plan taxes would rise").
 */
function frontedBeforePronoun(doc: Doc, p: number, limit: number): boolean {
  for (let k = p + 1; k < Math.min(limit, p + 2 + MAX_FRONTED_PHRASE); k++) {
    const w = tokenAt(doc, k);
    if (k > p + 1 && subjectPronounClause(doc, k)) return true;
    // "said under the new plan taxes would rise": a noun subject and a finite verb after the phrase's noun
    // (not after "of", "about" or "than", whose noun the cue speaks of: "spoke of the harm cuts would do")
    if (k > p + 1 && !SPOKEN_OF_PREPOSITIONS.has(tokenAt(doc, p).lower) && /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos) && nounSubjectClause(doc, k, limit)) return true;
    // (a possessive right after the preposition is the phrase's determiner: "said under his plan taxes would rise")
    const owner = k === p + 1 && POSSESSIVES.has(w.lower) && /^(NOUN|ADJ)$/.test(tokenAt(doc, k + 1).pos);
    if ((/^(AUX|VERB|PRON|PUNCT|SCONJ|CCONJ)$/.test(w.pos) && !owner) || WH_WORDS.has(w.lower)) return false;
  }
  return false;
}

/**
 * Where a reported clause found at `p` really starts when the words skipped
 * after the cue (from `from`) end on a part of its subject: a time word's
 * possessive ("said Monday's vote will ...", "said last week's storm ..."), a
 * degree adverb before an amount ("said too many families ...", "said as many
 * as ten ..."), an adverb of likelihood ("said perhaps the council would ...")
 * or of exactness before a question word ("saying exactly what ..."). Returns
 * `p` when none ends there.
 */
function clauseOpeningStart(doc: Doc, from: number, p: number): number {
  const prev = p - 1 >= from ? tokenAt(doc, p - 1) : undefined;
  if (!prev) return p;
  if (/^['’]s$/.test(prev.lower) && p - 2 >= from && TIME_WORDS.has(tokenAt(doc, p - 2).lower) && tokenAt(doc, p - 2).end === prev.start) {
    let k = p - 2;
    while (k - 1 >= from && (TIME_WORDS.has(tokenAt(doc, k - 1).lower) || TIME_POSSESSIVE_OPENERS.has(tokenAt(doc, k - 1).lower))) k--;
    return k;
  }
  const t = tokenAt(doc, p);
  if (prev.pos !== 'ADV' && !CLAUSE_MODAL_ADVERBS.has(prev.lower)) return p;
  if (AMOUNT_DEGREE_ADVERBS.has(prev.lower) && CLAUSE_AMOUNT_WORDS.has(t.lower)) return p - 1;
  if (EXACTNESS_ADVERBS.has(prev.lower) && WH_WORDS.has(t.lower)) return p - 1;
  if (CLAUSE_MODAL_ADVERBS.has(prev.lower)) return p - 1;
  return p;
}

/** Most tokens of an object that points ahead to a colon: "a few simple things". */
const MAX_CATAPHORIC = 4;

/**
 * The colon after an object at `p` that points ahead to it ("three things:",
 * "this:", "the following:", "a few things:"), when words follow the colon;
 * else `p`.
 */
function cataphoricColon(doc: Doc, p: number, last: number): number {
  const first = tokenAt(doc, p).lower;
  if (first === 'the' && tokenAt(doc, p + 1).lower === 'following' && tokenAt(doc, p + 2).value === ':' && p + 3 < last) return p + 2;
  if (!CATAPHORIC_OPENERS.has(first)) return p;
  if (first === 'this' || first === 'these') return tokenAt(doc, p + 1).value === ':' && p + 2 < last ? p + 1 : p;
  for (let k = p + 1; k < Math.min(last - 1, p + MAX_CATAPHORIC); k++) {
    const w = tokenAt(doc, k);
    if (CATAPHORIC_NOUNS.has(w.lower)) return tokenAt(doc, k + 1).value === ':' && k + 2 < last ? k + 1 : p;
    if (!/^(ADJ|DET|NUM)$/.test(w.pos) && !CATAPHORIC_OPENERS.has(w.lower)) return p;
  }
  return p;
}

/** Fewest tokens of an unquoted block after a colon that ends its paragraph. */
const MIN_COLON_BLOCK = 4;

/**
 * Rule `reported/cue-colon-block`: a cue and a colon that end their paragraph,
 * and a next paragraph with no quotation mark or markup at its start, are a
 * block of the speaker's words set apart without marks, the whole paragraph
 * ("The mayor added:", then "It is typical of the council. They know
 * nothing."). The cue needs its subject (a colon after a bare cue is a
 * heading or a label).
 */
function colonBlock(ctx: ReportedContext, cue: CueMatch, colon: number, sentence: Segment): Candidate | null {
  const { doc } = ctx;
  const next = maybeToken(doc, colon + 1);
  if (!next || next.para !== tokenAt(doc, colon).para + 1) return null;
  const paragraph = doc.paragraphs[next.para]!;
  if (paragraph.first !== next.i || paragraph.last - paragraph.first < MIN_COLON_BLOCK) return null;
  if (isMarkToken(next.value) || /^[<[(]$/.test(next.value) || !/^\p{Lu}/u.test(next.value)) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  // (without the paragraph's final full stop, as a clause's content ends)
  const end = tokenAt(doc, paragraph.last - 1).value === '.' ? paragraph.last - 1 : paragraph.last;
  return candidate(ctx, [range(doc, paragraph.first, end)], cue, speaker, 'reported/cue-colon-block', 0.7);
}

/** Most words of the noun phrase between "according to" and a cue the tagger misread ({@link insideSourcePhrase}). */
const MAX_SOURCE_NOUN_PHRASE = 6;

/**
 * True when the cue's word ends the noun phrase of an "according to" right
 * before it, with only words of a noun phrase between ("according to two
 * county reports"): the tagger read the source's noun as a verb.
 */
function insideSourcePhrase(doc: Doc, cue: CueMatch, from: number): boolean {
  if (cue.first !== cue.head) return false;
  for (let k = cue.first - 1; k > from && cue.first - k <= MAX_SOURCE_NOUN_PHRASE; k--) {
    const t = tokenAt(doc, k);
    if (t.lower === 'to' && tokenAt(doc, k - 1).lower === 'according') return k + 1 < cue.first;
    if (!NOUN_OPENING_TAGS.has(t.pos)) return false;
  }
  return false;
}

/** How long a question before the main clause may be, in tokens. */
const MAX_QUESTION = 40;

/** How many tokens {@link firstCommaIn} reads itself before it asks the document's list of commas. */
const NEAR_COMMA = 64;

/**
 * The first comma token in [`from`, `end`), or `end` when there is none. A
 * long stretch reads the document's list of comma tokens
 * ({@link commaAtOrAfter}): a long text without commas of many relative
 * speakers ("officials who said ...") would read on to its end for every cue.
 */
function firstCommaIn(doc: Doc, from: number, end: number): number {
  const near = Math.min(end, from + NEAR_COMMA);
  // ("who said he drove in from Dellport, Nebraska, ...": the comma inside a city's and state's name closes nothing)
  for (let k = from; k < near; k++) if (tokenAt(doc, k).value === ',' && !placeComma(doc, k)) return k;
  if (near === end) return end;
  let next = commaAtOrAfter(doc, near);
  while (next >= 0 && next < end && placeComma(doc, next)) next = commaAtOrAfter(doc, next + 1);
  return next >= 0 && next < end ? next : end;
}

/**
 * True when the "-ed" verb at `q`, after a noun, is the verb of the clause
 * that starts after the cue (which ends at `from`): a verb of saying or
 * showing with a "that" right after it and no preposition between the cue
 * and it ("said the study showed that ..."), where a participle modifying the
 * noun comes inside a phrase of circumstance ("said in a statement released
 * Monday that ...").
 */
function clauseVerbBeforeThat(doc: Doc, from: number, q: number): boolean {
  const w = tokenAt(doc, q);
  if (maybeToken(doc, q + 1)?.lower !== 'that' || !CUE_VERBS.has(w.lemma)) return false;
  for (let k = from; k < q; k++) if (tokenAt(doc, k).pos === 'ADP') return false;
  return true;
}

/**
 * True when a "to" stands between an answering cue and `p`, where its reported
 * clause would start, after words of an adjunct: "did not respond on Friday to
 * our request for comment", "replied Monday to the letter". What such a "to"
 * opens is what was answered. Not a "to" after a common noun of the adjunct,
 * which takes it ("replied in a letter to the editor the fee was fair"; a
 * time word does not: "responded Friday night to the letter").
 */
function answeredAfterAdjunct(doc: Doc, cue: CueMatch, p: number): boolean {
  for (let k = cue.last + 1; k < p; k++) {
    // (not the "to" of a common noun of the adjunct: "replied in a letter to the editor the fee was fair")
    const before = tokenAt(doc, k - 1);
    if (tokenAt(doc, k).lower === 'to' && !(before.pos === 'NOUN' && !TIME_WORDS.has(before.lower))) return true;
  }
  return false;
}

/** Most tokens of the one asked between the cue and "for" or "about": "asked Tom Hale for a recount". */
const MAX_ASKED_LISTENER = 3;

/**
 * True when the words skipped after the cue, up to the "when", "where" or
 * "while" at `p` ({@link CIRCUMSTANCE_WH_WORDS}), open with "for" or "about"
 * (after the one asked, a name or an object pronoun: "asked Hale for") and end
 * in a noun, with or without a comma: "may ask for a recount | when the margin
 * is small", "asked about the budget, | when the meeting began". The "when"
 * opens a clause of time or place, not a question.
 */
function objectThenCircumstance(doc: Doc, cue: CueMatch, p: number): boolean {
  if (!CIRCUMSTANCE_WH_WORDS.has(tokenAt(doc, p).lower)) return false;
  let k = cue.last;
  while (k < p && k - cue.last < MAX_ASKED_LISTENER && (tokenAt(doc, k).pos === 'PROPN' || LISTENER_PRONOUNS.has(tokenAt(doc, k).lower))) k++;
  const end = tokenAt(doc, p - 1).value === ',' ? p - 1 : p;
  if (end - k < 2) return false;
  return ASKED_OBJECT_PREPOSITIONS.has(tokenAt(doc, k).lower) && /^(NOUN|PROPN)$/.test(tokenAt(doc, end - 1).pos);
}

/** `X said (that) CLAUSE`, `X told reporters on Monday CLAUSE`. */
export function cueThenContent(ctx: ReportedContext, matched: CueMatch): Candidate | null {
  let cue = matched;
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  // "when asked by a reporter whether ...", "was asked by a caller why ...": the one who asks speaks
  const asker = cue.lemma === 'ask' && tokenAt(doc, cue.last).lower === 'by' && cue.last + 1 < sentence.last ? speakerAfter(doc, cue.last + 1, sentence.last) : null;
  const limit = doc.paragraphs[tokenAt(doc, cue.head).para]!.last;
  // "did not respond to two calls seeking a reply": what a reply answers is not what it says
  if (ANSWERING_CUES.has(cue.lemma) && tokenAt(doc, cue.last).lower === 'to') return null;
  // "added to her lead" is no speech; ", say, single digits" is a way of speaking
  if (cue.lemma === 'add' && tokenAt(doc, cue.last).lower === 'to') return null;
  if (cue.lemma === 'say' && tokenAt(doc, cue.first - 1).value === ',' && tokenAt(doc, cue.last).value === ',') return null;
  // "With 95 percent of precincts reporting, Lee led", "The ship, claimed by two nations, sank", "In a video posted
  // to her account, she ...": a bare participle that describes a noun reports nothing (participle-modifier.ts)
  if (describesNoun(doc, cue, sentence)) return null;
  // "..., said Ann Lee, a former aide.": an inverted speaker after a comma is no content
  if (invertedName(doc, cue, sentence.last)) return null;
  // "The plan, said city officials, would cost $3 billion.": so a description, set off by commas before the verb of
  // the subject the cue interrupts
  if (invertedDescription(doc, cue, sentence.last)) return null;
  // "according to two county reports, including ...": a noun of a source phrase the tagger read as a verb
  if (insideSourcePhrase(doc, cue, sentence.first)) return null;
  // "promised Sunday at a rally to end the toll": a time or an occasion before the "to" of the cue's infinitive
  // (reported/cue-infinitive), no clause with the phrase's noun as its subject
  if (INFINITIVE_VERBS.has(cue.lemma) && infinitiveAfterAdjunct(doc, cue.last, sentence.last)) return null;
  let p = skipAfterCue(doc, cue, Math.min(limit, sentence.last));
  // "She told the crowd, who cheered.": a relative clause set off by a comma on a short listener, which opens no
  // reported clause, is no content (a question's "who" has a subject of its own after it: "told them who I am")
  if (LISTENER_VERBS.has(cue.lemma) && !QUESTION_VERBS.has(cue.lemma) && p > cue.last && p - cue.last <= MAX_SHORT_LISTENER + 1 && tokenAt(doc, p - 1).value === ',') {
    const next = maybeToken(doc, p + 1);
    if (tokenAt(doc, p).lower === 'who' && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) return null;
  }
  // "Asked if he would warn the players, the coach said ...": a cue inside the question that opens the sentence
  // keeps to it; the main clause after its comma is no content of it
  if (questionOpeningAround(ctx, cue, p, sentence)) return null;
  // "said — on the radio, as it happens — that ...": an aside between two dashes before the clause
  const aside = dashAsideEnd(ctx, p, sentence.last);
  if (aside > 0) p = aside;
  // "said, on condition that he not be named, that ...": likewise an aside between two commas
  const commaAside = commaAsideEnd(ctx, cue, sentence.last);
  if (commaAside > p) p = commaAside;
  // 'In a speech, he said:\n\nLet no one be mistaken ...': a colon that ends the paragraph opens an unquoted block
  if (tokenAt(doc, p).value === ':' && p + 1 === sentence.last) return colonBlock(ctx, cue, p, sentence);
  if (p >= sentence.last) return null; // the content never crosses into the next sentence
  // "The figures indicate, she said in an interview, that prices fell": the inserted attribution reports the sentence
  if (insertedAttributionAt(doc, tokenAt(doc, p).value === ',' ? p + 1 : p, sentence.last)) return null;
  // "Writing in The Times, the minister said ...", "Speaking on the radio, she said ...": a participle that opens the
  // sentence with its adjunct closed by a comma is the main clause's setting; what follows is no content of its own
  if (frontedParticiple(doc, cue, p, sentence.first)) return null;
  // (the subject is looked for only once the cheap checks above let the cue through)
  // "She was told by aides (that) the plan had failed": the agent of a passive "tell" told it, and the clause
  // (or its "that") starts right after the agent
  const teller = asker === null ? passiveTeller(doc, cue, sentence.last) : null;
  if (teller) p = teller.last;
  // ("The court heard that ...": the body heard it; who told it is unnamed)
  let speaker = cue.lemma === 'hear' ? null : asker ?? teller ?? cueSubject(doc, cue, sentence);
  // "said Sunday in Madison, Wisconsin, that ...": a "that" shortly after, with no verb before it
  let nounStart = -1;
  // ("repeated his claim that ...": read before the "that" moves the start on)
  const own = ownSayingNoun(doc, cue, p, sentence.last, ctx.removedNouns);
  // (set once a clause of circumstance opens: "urged calm as protesters shouted that ...", also among the words
  // skipped after the cue: "called for calm as protesters shouted that ...")
  let circumstance = false;
  for (let k = cue.last; k < p && !circumstance; k++) circumstance = CIRCUMSTANCE_OPENERS.has(tokenAt(doc, k).lower);
  for (let q = p; q < Math.min(sentence.last, p + 8); q++) {
    const w = tokenAt(doc, q);
    // "rejects the charge and points out that ...": the "that" belongs to another verb
    // (a participle after a noun modifies it: "in a statement provided to reporters that ..."; not after a clause of
    // circumstance opens, where it is that clause's verb: "urged calm as protesters shouted that ...")
    // ("in a letter sent to residents that ...": an irregular past form too, by its lemma (not "-s" or "-ing"), before
    // a preposition: not "said the letter sent a message that ...")
    const pastForm = w.lower.endsWith('ed') || (w.lemma !== w.lower && !/(s|ing)$/.test(w.lower) && tokenAt(doc, q + 1).pos === 'ADP');
    // (not a clause's own verb right before its "that", with no preposition before it: "said the study showed that ...")
    const modifier = w.pos === 'VERB' && pastForm && tokenAt(doc, q - 1).pos === 'NOUN' && !circumstance && !clauseVerbBeforeThat(doc, cue.last, q);
    if (CIRCUMSTANCE_OPENERS.has(w.lower)) circumstance = true;
    // ("an op-ed that ...": the second half of a hyphened word is none)
    const hyphened = q > p && tokenAt(doc, q - 1).value === '-' && tokenAt(doc, q - 1).end === w.start && tokenAt(doc, q - 1).start === tokenAt(doc, q - 2).end;
    if (((w.pos === 'VERB' || w.pos === 'AUX') && !modifier && !hyphened) || w.pos === 'CCONJ' || isMarkToken(w.value)) break;
    // "that" read as a determiner before another determiner or a subject pronoun opens the clause too: "soon after that the lines ..."
    // (not a relative "that" inside the clause's subject: "says the levy that the council passed also hurts renters")
    if (w.lower === 'that' && q > p && (w.pos === 'SCONJ' || (w.pos === 'DET' && (THAT_CLAUSE_OPENERS.has(tokenAt(doc, q + 1).lower) || adjunctThenClause(doc, cue.last, q)))) && !relativeInSubject(doc, q, sentence.last)) {
      // "recalled the cars after reports that the brakes could fail": the clause is the noun's, in the cue's adjunct
      if (circumstanceNoun(doc, p, q)) return null;
      // "denied accusations that ...": a noun of saying before "that" keeps its noun phrase and clause
      nounStart = nounClauseStart(doc, p, q);
      // "denied claims by his rival that ...": the noun with its maker, whose own report the clause is
      if (nounStart < 0) {
        nounStart = agentNounStart(doc, p, q);
        // ("repeated warnings from his lawyer that ...": a verb with no subject before it describes the noun,
        // whose maker's report the noun-cue rule makes)
        if (nounStart >= 0 && !speaker) return null;
      }
      p = q;
      break;
    }
  }
  // "repeated his claim that ...", "reiterated her warning that ...": after a verb of giving, the subject's own noun of
  // saying joins the cue, and its clause is what was said
  if (own >= 0) {
    cue = cueWith(cue, { last: own });
    p = own;
    nounStart = -1;
  }
  // "said three things: taxes stay, ...", "said the following: ...": the object points ahead to the colon
  if (nounStart < 0) p = cataphoricColon(doc, p, sentence.last);
  const t = maybeToken(doc, p);
  if (!t) return null;
  let rule: string;
  let confidence: number;
  // "is confident the reforms will pass": an adjective of a thought after its linking verb (no passive) takes a bare clause
  // (and a participle of a state of mind after its linking verb: "is convinced the schedule is unsafe")
  const thoughtAdjective = (THOUGHT_ADJECTIVES.has(cue.lemma) && tokenAt(doc, cue.head).pos === 'ADJ') || (STATE_PARTICIPLES.has(tokenAt(doc, cue.head).lower) && passiveCue(doc, cue));
  // "The jury was told the victim had fled", "Investors were told the fund had lost money": a listener as the
  // subject of a passive "tell" hears a bare clause, as with "that"; the one who told is unnamed
  const toldListener = cue.lemma === 'tell' && !speaker && passiveCue(doc, cue) && tokenAt(doc, cue.last).lower !== 'by';
  const toldClause = toldListener || teller !== null;
  if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) {
    // "spoke about parks that were closed": a relative clause on the adjunct's noun reports nothing
    if (nounStart < 0 && relativeAfterAdjunct(doc, cue, p)) return null;
    // (also when the words skipped after the cue end in such a noun: "is recalling 300,000 kettles after reports that")
    if (nounStart < 0 && circumstanceNoun(doc, cue.last, p)) return null;
    // "called that plan unsafe", "labelled that idea reckless": after a verb of naming, a "that" with no verb after it to
    // the sentence's end is a determiner or a pronoun, and opens no clause
    // (after any cue, too, when a preposition follows "that": "I have said that from the first day", "He said that on
    // Monday" put a pronoun object before an adjunct; "that of the board" is a pronoun with its own phrase, content)
    if (nounStart < 0 && (NAMING_VERBS.has(cue.lemma) || adjunctAfterThat(doc, p)) && thatWithoutVerb(ctx, p, sentence.last)) return null;
    // (and when the first verb after such an adjunct is joined by "and": "wrote that on a card and stuck it up")
    if (nounStart < 0 && adjunctAfterThat(doc, p) && coordinatedVerbAfterThat(ctx, p, sentence.last)) return null;
    // "The tax claims that were filed last year rose": a relative "that" on a cue read as a noun opens no clause
    if (nounStart < 0 && relativeOnNounCue(doc, cue, p)) return null;
    if (nounStart >= 0) p = nounStart;
    else if (!keepsThat(doc, p)) p++;
    rule = 'reported/cue-that';
    confidence = 0.85;
  } else if (t.value === ':' ) {
    p++;
    rule = 'reported/cue-colon';
    confidence = 0.75;
  } else if ((REPORTING_VERBS.has(cue.lemma) || thoughtAdjective || (CLAUSE_ON_SUBJECT_CUES.has(cue.lemma) && tokenAt(doc, cue.head - 1).lower !== 'no' && subjectClause(doc, p, limit))) && (thoughtAdjective || toldClause || !passiveCue(doc, cue)) && (!CIRCUMSTANCE_OPENERS.has(t.lower) || frontedSubordinate(doc, p, limit)) && !adjunctOpens(doc, p, limit) && (clauseStartsAt(doc, p, limit) || gerundClause(doc, p, limit) || frontedClause(doc, p, limit))) {
    rule = 'reported/cue-clause';
    confidence = 0.8;
    // "Ministers agreed on new quotas, diplomats said.": an attribution that closes the clause is no clause of the cue
    if (closingAttributionAt(doc, p, sentence.last)) return null;
    if (cue.lemma === 'know' && !knownClause(doc, cue, p, limit)) return null;
    // "bragged about her uncle teaching her to row": no clause starts inside the topic's noun phrase;
    // what was said starts with the phrase
    const topic = topicPhraseStart(doc, cue, p);
    if (topic >= 0) p = topic;
    // "maintained a wide lead", "added a ferry": with no "that", only a subject pronoun makes the clause reported
    // ("added the vote would be close", "maintained the bill was fair": a noun subject and a finite verb make it one too)
    if (NOUN_OBJECT_CUES.has(cue.lemma) && !pronounClause(doc, cue, p) && !nounSubjectClause(doc, p, limit)) return null;
    // "failed to claim the nomination when ...", "claims further land": a prize taken, no clause is reported
    if (claimedPrize(doc, cue.lemma, p, limit)) return null;
    // "answered the call and turned out", "answered the door and smiled": the verb after "and" shares the
    // cue's subject; the noun before it is what was answered, not the subject of a reported clause
    if (ANSWERING_CUES.has(cue.lemma) && objectThenPredicate(doc, p, limit)) return null;
    // "answered the survey sent by the county": a participle and its agent after the noun, and no verb after them,
    // describe what was answered; no clause is reported
    if (ANSWERING_CUES.has(cue.lemma) && objectWithAgent(doc, p, limit)) return null;
    // "did not respond on Friday to our request for comment": past an adjunct, the "to" of what was answered, as
    // right after the cue (above); the words after it are no reported clause
    if (ANSWERING_CUES.has(cue.lemma) && answeredAfterAdjunct(doc, cue, p)) return null;
    // "expects Norrland to report a loss when it releases results": an infinitive cue right before a noun phrase and a
    // clause of circumstance names an act to come, whose object the noun phrase is (measured on PolNeAR train+dev:
    // without the infinitive, such noun phrases were annotated content as often as not)
    if (tokenAt(doc, cue.first - 1).lower === 'to' && p === cue.last && objectThenSubordinate(doc, p, limit)) return null;
    // "told stories of the war she had seen": a narrative told is no listener, the clause after it describes it
    if (toldNarrative(doc, cue, p)) return null;
    // "pointed out the lighthouse": a thing shown, unless a clause opens or a comma follows the cue ("as Lee pointed out, ...")
    if (SHOWING_CUES.has(cue.lemma) && tokenAt(doc, cue.last).value !== ',' && !showingClause(doc, cue, p, limit)) return null;
    // "warned against the forces ...", "remarked upon a story": the preposition belongs to the cue
    if (CUE_CLAUSE_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') {
      p++;
      cue = cueWith(cue, { last: p });
    }
    // "said Monday's vote will ...", "said too many families ...", "said perhaps the council ...": skipped words of the clause
    else p = clauseOpeningStart(doc, cue.last, p);
  } else if ((QUESTION_VERBS.has(cue.lemma) || cue.negated || heldBack(doc, cue)) && WH_WORDS.has(t.lower) && clauseStartsAt(doc, p + 1, limit)) {
    // a reported question: "Reporters asked whether the talks would resume", "He did not say when it would begin"
    rule = 'reported/cue-question';
    confidence = 0.75;
    // "may ask for a recount when the margin is small", "asked about the budget when the meeting began": after what
    // was asked for or about, a "when" or "where" tells when or where it was asked, no question
    if (objectThenCircumstance(doc, cue, p)) return null;
  } else return null;
  if (p >= limit) return null;
  // "After the hearing ended, the mayor left": a cue inside the sentence's introductory adjunct reports nothing of the
  // main clause after the adjunct's comma
  if (cueInFrontedAdjunct(ctx, cue, p, sentence.first)) return null;
  // "The senator, asked whether she would run, said ...": a participle set off by commas puts the question to the
  // subject, by someone unnamed; the question ends at the closing comma
  if (rule === 'reported/cue-question' && askedAside(ctx, cue, p, sentence.last)) return askedQuestion(ctx, cue, rule, p, sentence.last);
  // "But few believe the truce will last": a bare quantifier opening the clause, for the opt-in categories only
  if (!speaker) speaker = optInQuantifier(ctx, cue, sentence.first);
  if (!speaker) {
    if (!subjectlessCue(doc, cue, sentence) && !isPassiveAt(doc, cue.first) && rule !== 'reported/cue-that' && !(rule === 'reported/cue-clause' && (subjectEndsBefore(doc, cue) || pronounClause(doc, cue, p)))) return null;
    // "Which senator said the bill was dead?", "Whichever senator said ...": a question's or a free relative's subject
    // speaks for no one, as "Who said ...?" gives nothing (a negated nobody speaks: speakers/find/unnamed-subject.ts)
    if (unnamedSubjectBefore(doc, cue.first, sentence.first)) return null;
    // "Asked whether she would run, Warren said ...": the question put to the speaker, by someone unnamed
    if (cue.first === sentence.first && QUESTION_VERBS.has(cue.lemma)) return askedQuestion(ctx, cue, rule, p, sentence.last);
    // "Revealed: the plan to ...", "the rights the others have been denied: a vote": with no speaker, a
    // colon after the cue opens a headline's topic or the cue's object, not what someone said
    if (rule === 'reported/cue-colon') return null;
    // "..., said a handful of aides who ...": a bare "said" after a comma, a determiner after it, inverts the
    // attribution of the words before the comma; what follows it is its speaker, not what was said
    if (saidAfterComma(ctx, cue, sentence.first) && tokenAt(doc, cue.last).pos === 'DET') return null;
    // "42% say they are ...", "most of them said they ...": the plain noun phrase before the cue speaks
    speaker = rule === 'reported/cue-clause' && !toldListener && cue.lemma !== 'hear' ? plainSubject(doc, cue, sentence) : null;
    if (!speaker) confidence -= 0.3;
  }
  // "Officials said:\n- the bridge will close;\n- buses will run.": a list set out in lines, each item a part
  if (rule === 'reported/cue-colon') {
    const items = colonListItems(doc, p, limit);
    if (items) return candidate(ctx, items, cue, speaker, 'reported/cue-colon-list', confidence);
  }
  let end = clauseEnd(ctx, sentence, cue.first, p, sentenceOf(doc, Math.min(p, tokenCount(doc) - 1)));
  // "said she admires the mayor and praised his budget": a second verb of the cue's subject ends the content
  if (rule !== 'reported/cue-question') end = cutAtCueSubjectVerb(ctx, cue, p, end, rule === 'reported/cue-clause');
  // "Noting that the pier is old, Reyes toured the harbor": a speaker found after the cue, inside the content, ends it
  const beforeSpeaker = endBeforeSpeaker(ctx, speaker, p, end);
  // ("Recognizing this, Reyes joined ...": a pronoun alone is the object)
  const pronounObject = beforeSpeaker < end && pronounBeforeSpeaker(ctx, p, beforeSpeaker);
  end = beforeSpeaker;
  // "Maria Lopez, who said that it would pass, left early": a relative clause ends at its comma
  // (so does a "whose" clause: "Tom Reyes, whose aides say the plan is dead, left early")
  const whose = speaker !== null && speaker.first >= 1 && tokenAt(doc, speaker.first).lower === 'whose' && tokenAt(doc, speaker.first - 1).value === ',';
  // "The hacker whose prank revealed the leak pleaded guilty": a "whose" clause with no comma inside the sentence's
  // subject leaves the sentence's own verb after it, which a bare clause would swallow ("the leak pleaded guilty")
  if (rule === 'reported/cue-clause' && speaker !== null && speaker.first > sentence.first && restrictiveWhoseAt(doc, speaker.first, sentence.first)) return null;
  if (speaker?.antecedent) {
    end = firstCommaIn(doc, p, end);
    // "The woman who wrote the bill resigned", "Ellis, who wrote the bill, said ...": a relative "who" whose
    // bare clause holds no verb of its own (the one verb is the sentence's, or none before the comma) reports nothing
    if (rule === 'reported/cue-clause' && relativeWhoWithoutClause(doc, speaker, sentence.first, p, end)) return null;
    // "The aide who said the plan would fail resigned on Monday": the sentence's own verb, right after the clause's
    // last verb, ends what was said
    if (subjectRelative(doc, speaker, sentence.first)) end = sentenceVerbAfterVerb(doc, p, end);
    // ("A nurse who demanded that the depot shut its gates said ...": likewise after a "that" clause's plain verb)
    if (rule === 'reported/cue-that' && subjectRelative(doc, speaker, sentence.first)) end = sentenceCueAfterThatClause(doc, p, end);
  } else if (rule === 'reported/cue-clause' && speaker !== null && textThatSubject(doc, cue, speaker, sentence.first)) {
    // "The report that said the tax would hurt farmers was withdrawn": likewise after a text's relative "that"
    end = sentenceVerbAfterVerb(doc, p, end);
  } else if (whose) {
    // (at the last comma before the sentence's own verb: "whose aides say taxes, fees and fines will rise, left early",
    // "whose lawyers argued that the contract, signed in May, was void, lost the case"; none: the content runs on)
    for (let k = end - 1; k > p; k--) {
      if (tokenAt(doc, k).value === ',' && /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) {
        end = k;
        break;
      }
    }
  }
  // "The mayor, saying that the vote was rushed, walked out": a participle of saying set off after the sentence's subject,
  // before its own verb; that verb, after the content's last comma, ends what was said
  if (speaker !== null && !speaker.antecedent && savingAside(ctx, cue, speaker, sentence.first)) end = beforeOwnVerb(ctx, p, end);
  // "The mayor saying that the budget was fine walked out": with no comma, the participle's clause sits inside the
  // sentence's subject; the sentence's own verb, right after the clause's last verb, ends what was said
  else if (speaker !== null && !speaker.antecedent && restrictiveSaying(ctx, cue, speaker, sentence.first)) end = sentenceVerbAfterVerb(doc, p, end);
  // "claimed the seat in a radio spot, saying: "We won"": a noun phrase and a participle of saying before a quotation
  if (rule === 'reported/cue-clause') p = quotationAfterObject(ctx, p, end);
  // "who asked that her name be withheld": a request for anonymity is boilerplate, not speech
  if (rule === 'reported/cue-that' && anonymityRequest(doc, cue.lemma, p, end)) return null;
  if (end - p < 2 && !pronounObject) return null;
  // 'Smith warned: "We will win," he said, "and soon."': a quotation with its own attribution
  // after the colon is the direct stage's, not content of this cue
  if (rule === 'reported/cue-colon' && isMarkToken(tokenAt(doc, p).value)) {
    if (holdsAttributedQuote(ctx, p, end)) return null;
  }
  // "the wall, which he said the neighbours would pay for": the relative word opens what was said
  const relative = speaker ? relativeOpening(doc, cue, speaker) : null;
  // "If the levy fails, Lee said the pool will close": a condition opening the sentence before a plain "X said" is the
  // reported clause's, a part before the speaker (measured on PolNeAR train: annotators kept it in 6 of 8 such reports)
  const condition = relative === null && (rule === 'reported/cue-clause' || rule === 'reported/cue-that') ? frontedCondition(ctx, cue, speaker, sentence.first) : null;
  const opening = relative ?? condition;
  const parts = opening ? [opening, range(doc, p, end)] : [range(doc, p, end)];
  return candidate(ctx, parts, cue, speaker, speaker ? rule : `${rule}-no-speaker`, confidence);
}

/**
 * The agent after the "by" of a passive "tell" ("was told by aides", "were told
 * by the mayor"), when a clause or its "that" follows the agent, else null.
 */
function passiveTeller(doc: Doc, cue: CueMatch, ceiling: number): Mention | null {
  if (cue.lemma !== 'tell' || tokenAt(doc, cue.last).lower !== 'by' || cue.last + 1 >= ceiling || !passiveCue(doc, cue)) return null;
  const agent = speakerAfter(doc, cue.last + 1, ceiling);
  if (!agent || agent.last >= ceiling) return null;
  const next = tokenAt(doc, agent.last);
  return next.lower === 'that' || clauseStartsAt(doc, agent.last, ceiling) ? agent : null;
}

/** Most tokens of a noun phrase and its participle before a quotation ({@link quotationAfterObject}). */
const MAX_OBJECT_BEFORE_QUOTATION = 12;

/**
 * Where the content at `p` really starts when it is a noun phrase, a
 * participle of saying ({@link QUOTING_PARTICIPLES}) and a quotation opened
 * right after it, a comma or a colon between: "claimed the seat in a radio
 * spot, saying: "..."", "posted a message on its page reading "..."",
 * "answered the question by saying, "..."". The quotation is what was said;
 * the noun phrase is the cue's object. Returns `p` when a verb follows the
 * quotation ("said the letter saying "..." was a fake"), or when a verb, a
 * conjunction, a pronoun other than a possessive, a quotation mark or "that"
 * comes before the participle, or no noun does.
 */
function quotationAfterObject(ctx: ReportedContext, p: number, end: number): number {
  const { doc } = ctx;
  let noun = false;
  for (let k = p; k < Math.min(end - 1, p + MAX_OBJECT_BEFORE_QUOTATION); k++) {
    const t = tokenAt(doc, k);
    if (QUOTING_PARTICIPLES.has(t.lower) && noun) {
      let m = k + 1;
      if (m < end && /^[,:]$/.test(tokenAt(doc, m).value)) m++;
      if (m + 1 >= end || !isMarkToken(tokenAt(doc, m).value) || !ctx.quoted[m + 1]) return p;
      // ('said the letter saying "we are broke" was a fake': a verb after the quotation makes the whole clause the content)
      let q = m + 1;
      while (q < end && ctx.quoted[q]) q++;
      while (q < end && isMarkToken(tokenAt(doc, q).value)) q++;
      return q < end && /^(AUX|VERB)$/.test(tokenAt(doc, q).pos) ? p : m;
    }
    if (/^(AUX|VERB|CCONJ|SCONJ)$/.test(t.pos) || (t.pos === 'PRON' && !POSSESSIVES.has(t.lower)) || isMarkToken(t.value) || t.lower === 'that') return p;
    if (/^(NOUN|PROPN)$/.test(t.pos)) noun = true;
  }
  return p;
}

/**
 * True when no verb follows the "that" at `p` before the sentence's end at
 * `last`, and no quotation: "called that plan unsafe", "labelled that idea
 * reckless" (the scan stops at the first verb, mark or quoted word). Not the
 * shared `hasVerbBetween` (prepare/lookup): a quoted word or a quotation mark also ends
 * the test here, since "that" before a quotation opens its content.
 */
function thatWithoutVerb(ctx: ReportedContext, p: number, last: number): boolean {
  const { doc } = ctx;
  for (let k = p + 1; k < last; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/**
 * True when the first verb after the "that" at `p`, before `last`, comes
 * right after "and", "but" or "or" ({@link PREDICATE_CONJUNCTIONS}: "wrote
 * that on a card and stuck it above her desk", "and then went"; not
 * "either"): the words after "that" have no verb of their own, the verb is
 * the speaker's second act, and "that" is the cue's pronoun object. Not a
 * gerund, nor a verb right before a noun (an adjective may stand between),
 * which belong to the adjunct when a comma and the clause it leads follow ("said that after months of talks and
 * negotiating, the deal ...", "after weeks of delays and canceled flights, the airline ..."; not "and stuck notes
 * above her desk.").
 */
function coordinatedVerbAfterThat(ctx: ReportedContext, p: number, last: number): boolean {
  const { doc } = ctx;
  for (let k = p + 1; k < last; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value)) return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // (an adverb may stand between: "and then went quiet")
    let j = k - 1;
    while (j > p + 1 && tokenAt(doc, j).pos === 'ADV') j--;
    if (j <= p + 1 || !PREDICATE_CONJUNCTIONS.has(tokenAt(doc, j).lower)) return false;
    // (a gerund or a participle before its noun is the adjunct's own: "after months of talks and negotiating, the
    // deal ...", "after weeks of delays and canceled flights, ...")
    // (an adjective may stand between: "and canceled domestic flights"; "and then went quiet" has none after it)
    let n = k + 1;
    if (maybeToken(doc, n)?.pos === 'ADJ') n++;
    // (only when the adjunct ends at a comma a clause follows: "and stuck notes above her desk." is a second act)
    return !((/ing$/.test(t.lower) || maybeToken(doc, n)?.pos === 'NOUN') && clauseAfterComma(ctx, k + 1, last));
  }
  return false;
}

/** True when a comma outside quotation marks stands from token `from` on, before `last`, and a clause starts after it. */
function clauseAfterComma(ctx: ReportedContext, from: number, last: number): boolean {
  for (let m = from; m < last; m++) if (!ctx.quoted[m] && tokenAt(ctx.doc, m).value === ',' && clauseStartsAt(ctx.doc, m + 1, last)) return true;
  return false;
}

/**
 * True when the word after the "that" at `p` is a preposition other than
 * "of" ("said that on Monday", "has said that from the first day") or a word
 * of time ({@link THAT_OBJECT_TIME_WORDS}: "said that last year", "told me
 * that yesterday"): the "that" is a pronoun object followed by an adjunct, not
 * a noun's determiner nor a clause's subject.
 */
function adjunctAfterThat(doc: Doc, p: number): boolean {
  const next = maybeToken(doc, p + 1);
  return next !== undefined && next.sent === tokenAt(doc, p).sent && ((next.pos === 'ADP' && next.lower !== 'of') || THAT_OBJECT_TIME_WORDS.has(next.lower));
}

/** Most tokens from a "that" read as a determiner to the verb of the clause it opens. */
const MAX_THAT_SUBJECT = 8;

/**
 * True when the "that" at `q`, read as a determiner, ends the noun phrase of
 * an adjunct that opens with a preposition at or after `from` (no noun of
 * saying in it) and opens a clause: a noun or a name before it, a noun phrase after it and a finite
 * verb before any punctuation (`noted in a column in the
 * Dover Post that anger over the levy was growing`).
 */
function adjunctThenClause(doc: Doc, from: number, q: number): boolean {
  if (!/^(NOUN|PROPN)$/.test(tokenAt(doc, q - 1).pos) || !/^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, q + 1).pos)) return false;
  // (an adjunct opens with a preposition: not "said mothers that contract the virus should ..."; and holds no noun
  // of saying, whose own clause it is: "cited his claim in May that ...")
  let adjunct = false;
  for (let k = from; k < q; k++) {
    if (tokenAt(doc, k).pos === 'ADP') adjunct = true;
    if (NOUN_CUES.has(tokenAt(doc, k).lower)) return false;
  }
  if (!adjunct) return false;
  for (let k = q + 2; k < Math.min(tokenCount(doc), q + MAX_THAT_SUBJECT); k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
  }
  return false;
}

/**
 * True when the "that" at `p` opens a relative clause on the noun of an
 * adjunct after the cue: "spoke about parks that were closed", "called for
 * rates that rise with earnings" (a verb right after "that", a preposition
 * between the cue and the noun before it). An -ing form right after "that" opens
 * no relative clause but a gerund subject: "complained to reporters that
 * raising taxes was unfair".
 */
function relativeAfterAdjunct(doc: Doc, cue: CueMatch, p: number): boolean {
  const before = tokenAt(doc, p - 1);
  const next = tokenAt(doc, p + 1);
  if (!/^(NOUN|PROPN)$/.test(before.pos) || TIME_WORDS.has(before.lower) || !/^(VERB|AUX)$/.test(next.pos)) return false;
  if (next.pos === 'VERB' && /ing$/.test(next.lower)) return false;
  for (let k = cue.last - 1; k < p - 1; k++) if (tokenAt(doc, k).pos === 'ADP' && !TIME_WORDS.has(tokenAt(doc, k + 1).lower)) return true;
  return false;
}

/**
 * True when a "that" after a cue is part of the content: the subject of its
 * clause, that is followed directly by a finite verb ("said that was a
 * mistake", "said that's fine", "said that helped"), or a complementizer right
 * before a comma ("said that, if elected, ..."), which annotated news keeps.
 * An -ing form is never finite ("said that cutting taxes would help", "said
 * that being late ..."), nor is an -ed participle before the noun it describes
 * ("said that proposed cuts would hurt"), nor a base form other than a past
 * before a noun ("added that salvage crews would"): there "that" only joins
 * the clause.
 */
function keepsThat(doc: Doc, p: number): boolean {
  const next = tokenAt(doc, p + 1);
  if (next.value === ',') return true;
  if (next.pos !== 'AUX' && (next.pos !== 'VERB' || /^[A-Z]/.test(next.value))) return false;
  if (/ing$/.test(next.lower) && (next.lemma !== next.lower || next.pos === 'AUX')) return false;
  // "added that salvage crews would try": a verb in its base form before a noun agrees with no "that" for subject (its
  // past would, "said that cut jobs"); the tagger's verb modifies the noun, the clause's subject, and "that" is the
  // subordinator ("echoed that comment" keeps its determiner)
  if (next.pos === 'VERB' && next.lemma === next.lower && !/(ed|[^su]s)$/.test(next.lower) && !PAST_AS_BASE.has(next.lower) && maybeToken(doc, p + 2)?.pos === 'NOUN') return false;
  return next.pos === 'AUX' || !isAttributiveParticiple(doc, p + 1);
}

/**
 * True when the -ed verb at `k` describes the noun after it, in the subject of
 * a clause: a verb follows that noun ("proposed cuts would", "reported crimes
 * fell"; but "that worried investors." is a subject and its verb).
 */
function isAttributiveParticiple(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (!isRegularPast(t)) return false;
  const sameSentence = (n: number): boolean => n < tokenCount(doc) && tokenAt(doc, n).sent === t.sent;
  let n = k + 1;
  while (sameSentence(n) && /^(ADJ|NOUN|PROPN)$/.test(tokenAt(doc, n).pos)) n++;
  if (n === k + 1 || tokenAt(doc, n - 1).pos === 'ADJ') return false;
  return sameSentence(n) && /^(AUX|VERB)$/.test(tokenAt(doc, n).pos);
}

/**
 * True when, from `p`, a noun phrase (no verb in it, no comma) is followed by
 * a subordinator ({@link OBJECT_THEN_SUBORDINATORS}): "a loss when it releases
 * results", "a deal if the board agrees". The verb after the subordinator is
 * that clause's, so no reported clause opens at `p`; the noun phrase is the
 * cue's object.
 */
function objectThenSubordinate(doc: Doc, p: number, limit: number): boolean {
  for (let q = p; q < Math.min(limit, p + 8); q++) {
    const t = tokenAt(doc, q);
    if (OBJECT_THEN_SUBORDINATORS.has(t.lower) && (t.pos === 'ADV' || t.pos === 'SCONJ')) return q > p && /^(NOUN|PROPN)$/.test(tokenAt(doc, q - 1).pos);
    if (!NOUN_OPENING_TAGS.has(t.pos)) return false;
  }
  return false;
}

/**
 * True when the words from `p` are a noun phrase, a past participle right
 * after it, "by" and its agent, with no verb after them before `limit`:
 * "(answered) the survey sent by the county", "the questions posed by
 * reporters". "answered the survey sent by the county was flawed" has a verb
 * of its own after the agent and stays a clause.
 */
function objectWithAgent(doc: Doc, p: number, limit: number): boolean {
  let q = p;
  while (q < limit && q - p < 8 && NOUN_OPENING_TAGS.has(tokenAt(doc, q).pos)) q++;
  if (q === p || q + 2 >= limit) return false;
  const verb = tokenAt(doc, q);
  if (verb.pos !== 'VERB' || /ing$/.test(verb.lower) || tokenAt(doc, q + 1).lower !== 'by') return false;
  for (let k = q + 2; k < limit; k++) if (/^(VERB|AUX)$/.test(tokenAt(doc, k).pos) || tokenAt(doc, k).value === ',') return false;
  return true;
}

/**
 * True when, from `p`, a noun phrase (no verb in it) is followed by "and" and
 * a finite verb: "the call and turned out", "the door and smiled". The verb is
 * a second predicate of the cue's subject, so no clause opens at `p`. So with
 * a comma and a conjunction after the noun phrase: "the question, and the
 * crowd cheered" (what follows is a clause of its own).
 */
function objectThenPredicate(doc: Doc, p: number, limit: number): boolean {
  for (let q = p; q < Math.min(limit, p + 8); q++) {
    const t = tokenAt(doc, q);
    // ("answered the question, and the crowd cheered": a comma and a conjunction after the object open a clause of its own)
    if (t.value === ',' && q > p && q + 2 < limit && tokenAt(doc, q + 1).pos === 'CCONJ') return true;
    if (t.pos === 'CCONJ') {
      const next = tokenAt(doc, q + 1);
      return q > p && q + 1 < limit && t.lower === 'and' && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.lower);
    }
    if (!NOUN_OPENING_TAGS.has(t.pos)) return false;
  }
  return false;
}

/**
 * True when cue `cue` is a participle in "-ing" set off after the sentence's
 * subject `speaker` by a comma or a spaced dash, before the sentence has a
 * verb of its own: "The mayor, saying that ...", "Critics - arguing that ...".
 * Unquoted words only; the words between the subject and the cue may hold an
 * appositive without a verb ("The mayor - the council's longest-serving
 * member - saying that ...").
 */
function savingAside(ctx: ReportedContext, cue: CueMatch, speaker: Mention, sentenceFirst: number): boolean {
  const { doc } = ctx;
  if (!/ing$/.test(tokenAt(doc, cue.head).lower) || cue.first !== cue.head || speaker.last > cue.first || speaker.first > sentenceFirst + 1) return false;
  const before = tokenAt(doc, cue.first - 1);
  if (ctx.quoted[cue.first - 1] || !(before.value === ',' || spacedDash(ctx, cue.first - 1))) return false;
  for (let k = sentenceFirst; k < cue.first; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) return false;
    // (a hyphenated adjective is no verb: "longest-serving")
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.value.includes('-') && !(k > sentenceFirst && tokenAt(doc, k - 1).value === '-' && tokenAt(doc, k - 1).end === t.start)) return false;
  }
  return true;
}

/**
 * True when the cue is a participle of saying right after the speaker, with
 * no comma or dash between them, and no verb stands before it in its sentence:
 * the participle and its clause modify the sentence's subject, whose own verb
 * follows the clause ("The mayor saying that the budget was fine walked out",
 * "Anyone claiming the vote was rigged is lying").
 */
function restrictiveSaying(ctx: ReportedContext, cue: CueMatch, speaker: Mention, sentenceFirst: number): boolean {
  const { doc } = ctx;
  if (!/ing$/.test(tokenAt(doc, cue.head).lower) || cue.first !== cue.head || speaker.last !== cue.first || speaker.first > sentenceFirst + 1) return false;
  for (let k = sentenceFirst; k < cue.first; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return true;
}

/**
 * The end of the content `[p, end)` of a participle aside at its last unquoted
 * comma before a verb not in "-ing" (the sentence's own: ", walked out"), or
 * `end` when there is none.
 */
function beforeOwnVerb(ctx: ReportedContext, p: number, end: number): number {
  const { doc } = ctx;
  for (let k = end - 2; k > p + 1; k--) {
    const next = tokenAt(doc, k + 1);
    if (tokenAt(doc, k).value === ',' && !ctx.quoted[k] && !ctx.quoted[k + 1] && /^(VERB|AUX)$/.test(next.pos) && !/ing$/.test(next.lower)) return k;
  }
  return end;
}

/**
 * The "that" after the subject's own noun of saying, the object of a verb of
 * giving ({@link GIVING_VERBS}) at `p`: a possessive, at most one adjective,
 * a noun of speech of {@link NOUN_CUES} (whatever the tagger read it as),
 * then "that" and a clause: "repeated his claim that ...", "reiterated her
 * earlier warning that ..." (not a thought: "reiterated his belief that ..."
 * keeps the noun in the content), unless the noun is one of `removed` (turned
 * off with its verb). -1 when the words at `p` are not so.
 */
function ownSayingNoun(doc: Doc, cue: CueMatch, p: number, last: number, removed: ReadonlySet<string>): number {
  if (!GIVING_VERBS.has(cue.lemma) || p !== cue.last || p + 2 >= last || !POSSESSIVES.has(tokenAt(doc, p).lower)) return -1;
  let k = p + 1;
  if (tokenAt(doc, k).pos === 'ADJ' && k + 2 < last) k++;
  if (NOUN_CUES.get(tokenAt(doc, k).lower) !== 'speech' || tokenAt(doc, k + 1).lower !== 'that' || !clauseStartsAt(doc, k + 2, last)) return -1;
  // (a noun turned off with its verb joins no cue: "repeated her claims" after `removeCues: ['claim']`)
  return removed.has(tokenAt(doc, k).lower) ? -1 : k + 1;
}
