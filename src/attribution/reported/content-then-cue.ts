/**
 * Rule family `reported/content-*` and `reported/parenthetical-cue`: the content
 * comes first, `CLAUSE, X said.`, `CLAUSE, said X.`, `The talks, X said, would resume.`
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { Candidate, CueMatch, Mention, Range } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, lowerBound, maybeToken, tokenAt, tokenIn } from '../../prepare/lookup.js';
import { makeMention, speakerAfter, speakerBefore } from '../../speakers/phrase.js';
import { AS_CLAUSE_VERBS, HEARING_CUE_LEMMAS, NAMING_VERBS, INVERTING_VERBS, OBJECT_VERBS, LISTENER_VERBS, TOPIC_PREPOSITIONS, ADJUNCT_PREPOSITIONS, PLACE_PREPOSITIONS, MEDIUM_OR_TIME_PREPOSITIONS } from '../../data/cues.js';
import { candidate, headOf, contentStartBefore, END, MAX_LOOK, NP_POS, range, sentenceOf, spacedDash, TIME_WORDS, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { answeringClause } from './boundary/answering-clause.js';
import { isCommaBoundary } from './cue-subject.js';
import { closingDashBoundary } from './closing-dash.js';
import { adjunctsEnd, listenerEnd } from './attribution-tail.js';
import { skipFraming, skipLinkingWord } from './framing.js';
import { contentEnd } from './content-end.js';
import { WH_RELATIVE_PRONOUNS, FRONTED_OPENERS, APPOSITIVE_RELATIVES, PARTICIPLE_OPENERS, TRAILING_CIRCUMSTANCE_OPENERS, PERSON_RELATIVES, SINGULAR_COPULAS, SECOND_REPORT_OPENERS } from '../../data/clauses.js';
import { cutConditionTail, cutNarratorTail } from './boundary/narrator-tail.js';
import { mediumOccasionAt } from './boundary/occasion.js';
import { ARTICLES, CORRELATIVE_COMPARATIVES, NEGATING_WORDS, FIGURE_BOUNDS, ASIDE_RESUMING_WORDS, ASIDE_RESUMING_CLAUSE_WORDS } from '../../data/function-words.js';
import { RELATIVE_TIME_WORDS, TIME_NOUN_SET, TIME_PHRASE_DETERMINERS, CUE_TIME_LEADS } from '../../data/time.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { NAMING_PARTICIPLES } from '../../data/names.js';
import { describedName } from './source-appositive.js';
import { frontedAdjunct } from './fronted-adjunct.js';
import { isShortTitle, MAX_TITLE_WORDS } from '../../marks/title.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { finiteVerb, gerundSubjectVerb, participleSubject } from './finite-verb.js';
import { misreadVerbBeforeAdverb, twoWordClause } from './short-clause.js';
import { PHRASE_OPENING_TAGS } from '../../data/tags.js';
import { misreadVerbAfterAside, misreadVerbAfterInvertedSpeaker, misreadVerbBeforeAttribution, thatCompletes } from './inserted-attribution.js';
import { unquotedCommaAtOrAfter } from './unquoted-commas.js';
import { firstVerbBetween, unquoted, verbless } from './verbless.js';
import { afterAppositive, bareTitleAppositive, personAppositive } from './boundary/inserted-appositive.js';
import { mentionWith } from '../../speakers/shape.js';
import { invertedSpeakerTailEnd } from './inverted-speaker-tail.js';

/** Most words of a medium phrase before the comma after it: "in a statement released by her lawyer,". */
const MAX_MEDIUM_WORDS = 8;

/**
 * Where the rest of a clause starts after a phrase of the medium at `resume`
 * that a comma closes ("in a statement, is gone"): the token after the comma,
 * when the words from there to `end` hold a verb; else -1.
 */
function mediumClauseAfter(ctx: ReportedContext, resume: number, end: number): number {
  const comma = unquotedCommaAtOrAfter(ctx, resume);
  if (comma < 0 || comma - resume > MAX_MEDIUM_WORDS || comma + 1 >= end) return -1;
  return verbless(ctx.doc, comma + 1, end) ? -1 : comma + 1;
}

/**
 * True when tokens [from, end) are the speaker's appositive, a noun phrase whose
 * first verb belongs to a relative clause or a participle: "Rita Lane, the
 * director of the group, which tracks ...", "an operative currently working for ...".
 */
function appositive(doc: Doc, from: number, end: number): boolean {
  const first = tokenAt(doc, from);
  if (!NP_POS.has(first.pos) || first.pos === 'PRON') return false;
  // (its first verb, from the document's table: a walk to it for each attribution of a long sentence was quadratic)
  const k = firstVerbBetween(doc, from + 1, end);
  if (k < 0) return true;
  const t = tokenAt(doc, k);
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (APPOSITIVE_RELATIVES.has(tokenAt(doc, j).lower)) return true;
  return t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && /^(NOUN|PROPN|ADV)$/.test(tokenAt(doc, k - 1).pos);
}

/**
 * True when tokens [from, end) are one quotation in Title Case of at most
 * {@link MAX_TITLE_WORDS} words, opening with its mark: `"Hard Tides."`.
 */
function quotedTitle(doc: Doc, from: number, end: number): boolean {
  if (from >= end || !isMarkToken(tokenAt(doc, from).value)) return false;
  const words: string[] = [];
  for (let k = from + 1; k < end; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value)) {
      if (k + 1 < end && !/^[.!?,]$/.test(tokenAt(doc, k + 1).value)) return false;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(t.value)) words.push(t.value);
    if (words.length > MAX_TITLE_WORDS) return false;
  }
  return isShortTitle(words);
}

/** True when a main clause follows the first comma of [from, end): "If the bridge opens, the city will gain". */
function mainClauseAfter(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = from + 2; k < Math.min(end - 2, from + MAX_LOOK); k++) {
    if (tokenAt(ctx.doc, k).value === ',' && !ctx.quoted[k]) return clauseStartsAt(ctx.doc, k + 1, end);
  }
  return false;
}

/**
 * True when token `q` opens the attribution's own adjunct: a subordinate clause
 * ("said as he left"), a participle after a preposition ("said in posing the question"), or a participle that names
 * the medium of an adjunct before a quoted name ("said in a speech titled "Hard Choices"").
 */
function participleAdjunct(doc: Doc, q: number, after: number, attributionEnd: number): boolean {
  const t = tokenAt(doc, q);
  // only right after the attribution: "called the plan a mess as he left" has an object of its own
  // (or after its adjunct of time or place: "said on Tuesday as the trial opened", "said Tuesday as ...")
  if (TRAILING_CIRCUMSTANCE_OPENERS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP')) return q === attributionEnd || timeOrPlaceAdjunct(doc, attributionEnd, q);
  // "..., Lee said in a speech titled "Hard Choices."": the medium's name after its noun is the adjunct's (fix95)
  if (NAMING_PARTICIPLES.has(t.lower) && q > attributionEnd && tokenAt(doc, q - 1).pos === 'NOUN' && isMarkToken(tokenAt(doc, q + 1).value) && timeOrPlaceAdjunct(doc, attributionEnd, q)) return true;
  return q - 1 >= after && t.pos === 'VERB' && /ing$/.test(t.lower) && PARTICIPLE_OPENERS.has(tokenAt(doc, q - 1).lower);
}

/**
 * True when tokens [from, end) are an adjunct of time or place: they open with
 * a preposition of medium, time or place ({@link MEDIUM_OR_TIME_PREPOSITIONS},
 * {@link PLACE_PREPOSITIONS}) or a time word ({@link TIME_WORDS}) and hold no
 * verb: "on Tuesday", "Tuesday", "in court", "outside the courthouse".
 */
function timeOrPlaceAdjunct(doc: Doc, from: number, end: number): boolean {
  if (end <= from) return false;
  const first = tokenAt(doc, from).lower;
  if (!MEDIUM_OR_TIME_PREPOSITIONS.has(first) && !PLACE_PREPOSITIONS.has(first) && !TIME_WORDS.has(first)) return false;
  for (let k = from; k < end; k++) if (/^(VERB|AUX)$/.test(tokenAt(doc, k).pos) || tokenAt(doc, k).value === ',') return false;
  return true;
}

/**
 * True when an infinitive of purpose at `q` ends the attribution's own adjunct
 * of time or place (the rule asks it of "say" only):
 * "..., Reyes said during his speech to win a seat" (the adjunct, "during his
 * speech", comes first: "said to be ..." is no such tail).
 */
function purposeAfterAdjunct(doc: Doc, q: number, attributionEnd: number): boolean {
  // the adjunct scan stops at the verb after "to" ("to" itself reads as a preposition there)
  const to = tokenAt(doc, q - 1);
  return q - 1 > attributionEnd + 1 && to.lower === 'to' && to.pos === 'PART' && /^(VERB|AUX)$/.test(tokenAt(doc, q).pos) && MEDIUM_OR_TIME_PREPOSITIONS.has(tokenAt(doc, attributionEnd).lower);
}

/**
 * True when a subject and its verb follow `p` before any comma: "..., said the
 * family deserved better" is the cue of the clause after it, not an inversion.
 * A capitalised word is a name, not a verb ("said Tom Will"), and a verb
 * after a relative word is the speaker's relative clause ("said two
 * engineers who studied the plans").
 */
function clauseBeforeComma(doc: Doc, p: number, last: number): boolean {
  let subject = false;
  for (let k = p; k < Math.min(last, p + MAX_LOOK); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || END.has(t.value) || isMarkToken(t.value)) return false;
    // "..., said a group of engineers who studied the plans": a relative clause on the speaker's noun, no clause of its own
    if (subject && PERSON_RELATIVES.has(t.lower)) return false;
    // (a past the tagger read as the noun's compound, after a lower-case noun: "said the family deserved better")
    if (subject && pastReadAsNoun(doc, k)) return true;
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) subject = true;
    else if (subject && (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.value)) return true;
  }
  return false;
}

/**
 * True when the speaker after an inverted cue is people described by a past
 * participle with its preposition ("..., said two people briefed on the
 * talks."), not the subject and verb of a clause the cue reports: the
 * participle follows the people noun, the mention closes the sentence or a
 * comma follows it, and the words before the cue's comma hold a verb of their
 * own ("The deal is close").
 */
function describedPeopleAfter(doc: Doc, cue: CueMatch, speaker: Mention, sentence: Segment): boolean {
  const close = maybeToken(doc, speaker.last);
  if (!(speaker.last >= sentence.last || close?.value === ',' || END.has(close?.value ?? ''))) return false;
  let k = cue.last;
  while (k < speaker.last && !(tokenAt(doc, k).pos === 'VERB' && /^\p{Ll}.*ed$/u.test(tokenAt(doc, k).value))) k++;
  if (k >= speaker.last - 2 || !PEOPLE_NOUNS.has(tokenAt(doc, k - 1).lower)) return false;
  return finiteVerb(doc, sentence.first, cue.first - 1);
}

/**
 * True when token `k` is a lower-case "-ed" word tagged as a noun that ends a
 * run of nouns after a lower-case noun: a past the tagger misread ("the family
 * deserved better"), not a noun ("the speed", "the shed").
 */
function pastReadAsNoun(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (t.pos !== 'NOUN' || !/^\p{Ll}{2,}[^e]ed$/u.test(t.value) || k === 0) return false;
  const before = tokenAt(doc, k - 1);
  const next = maybeToken(doc, k + 1);
  return before.pos === 'NOUN' && /^\p{Ll}/u.test(before.value) && (next === undefined || next.pos !== 'NOUN');
}

/** Per extraction, tokens [from, clear) hold no unquoted colon or semicolon (what {@link listPunctuation} last read). */
const LIST_CLEAR = new WeakMap<ReportedContext, { from: number; clear: number }>();

/**
 * True when an unquoted colon or semicolon stands in tokens [from, end): the
 * content holds a list. What was read clear of them is remembered, so the
 * cues of one long sentence, each asking to its end, read it about once.
 */
function listPunctuation(ctx: ReportedContext, from: number, end: number): boolean {
  const known = LIST_CLEAR.get(ctx);
  const covered = known !== undefined && from >= known.from && from <= known.clear;
  let k = covered ? known.clear : from;
  while (k < end && (ctx.quoted[k] || !/^[:;]$/.test(tokenAt(ctx.doc, k).value))) k++;
  LIST_CLEAR.set(ctx, { from: covered ? known.from : from, clear: k });
  return k < end;
}

/**
 * The speaker of a parenthetical attribution that the speaker finder read as an
 * appositive of the subject before it: in `Mr. Reyes, officials said, has
 * left`, the phrase found is `Mr. Reyes, officials` (or `Mr. Reyes` with an
 * appositive); the noun phrase after the last comma before the cue
 * speaks when a comma and the clause's own verb (not an -ing form) follow the
 * cue. Null when the shape does not fit.
 */
function parentheticalSpeaker(doc: Doc, cue: CueMatch, speaker: Mention): Mention | null {
  const end = insertedAttributionEnd(doc, cue, speaker);
  const after = maybeToken(doc, end);
  const verb = maybeToken(doc, end + 1);
  if (!after || !verb || after.value !== ',' || verb.sent !== after.sent) return null;
  if (!(verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower) && !/^\p{Lu}/u.test(verb.value)))) return null;
  // the last comma between the phrase's start and the cue, only noun-phrase words after it
  let comma = -1;
  for (let k = cue.first - 2; k > speaker.first; k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',') {
      comma = k;
      break;
    }
    if (!NP_POS.has(t.pos) && t.pos !== 'ADP' && t.pos !== 'CCONJ') return null;
  }
  if (comma < 0) return null;
  // (after an adjunct of the cue, a subject with a noun phrase's first word: not "his parries, particularly compared
  // with ...,")
  if (end !== timeAfterCue(doc, cue) && !PHRASE_OPENING_TAGS.has(tokenAt(doc, comma + 1).pos)) return null;
  return makeMention(doc, comma + 1, cue.first);
}

/** Most tokens of a time phrase between a cue and the comma after it: "said on Monday,". */
const MAX_CUE_TIME = 3;

/**
 * Where the attribution ends when a short time phrase follows the cue before
 * a comma ("X said Tuesday, ...", "its chairman said on Monday, ..."): the
 * comma's index; else the token right after the cue.
 */
function timeAfterCue(doc: Doc, cue: CueMatch): number {
  let time = false;
  for (let k = cue.last; k < cue.last + MAX_CUE_TIME + 1; k++) {
    const t = maybeToken(doc, k);
    if (!t || t.sent !== tokenAt(doc, cue.head).sent) return cue.last;
    if (t.value === ',') return time ? k : cue.last;
    if (!isCueTimeWord(doc, cue, k)) return cue.last;
    if (TIME_WORDS.has(t.lower)) time = true;
  }
  return cue.last;
}

/** Most tokens of an adverb or a prepositional phrase between a cue and a comma before the subject's verb ("said in a council meeting,"). */
const MAX_CUE_ADJUNCT = 7;

/**
 * Where an attribution set inside its clause ends: the comma after a short
 * time phrase ({@link timeAfterCue}), or the comma after an adverb or a
 * prepositional phrase of the cue (after a bare time word or not: "said
 * Friday in an interview,") when the clause's own auxiliary follows that comma
 * ("These workers, Ada Brook explained earlier in the council meeting, were
 * paid well": the comma before "were"); else the token right after the cue.
 */
function insertedAttributionEnd(doc: Doc, cue: CueMatch, speaker: Mention): number {
  const time = timeAfterCue(doc, cue);
  if (time !== cue.last) return time;
  // (a bare verb of a subject with a noun phrase, not a participle: "a book calling for ...", "in an article published in ...")
  if (cue.first !== cue.head || /ing$/.test(tokenAt(doc, cue.head).lower) || !PHRASE_OPENING_TAGS.has(tokenAt(doc, speaker.first).pos)) return cue.last;
  // (past a bare time word: "the mayor said Friday in an interview,")
  let from = cue.last;
  while (from < cue.last + MAX_CUE_TIME && maybeToken(doc, from) !== undefined && TIME_WORDS.has(tokenAt(doc, from).lower) && tokenAt(doc, from).pos !== 'ADP') from++;
  const first = maybeToken(doc, from);
  if (!first || first.sent !== tokenAt(doc, cue.head).sent) return cue.last;
  // the phrase opens with an adverb or a preposition of where, when or how it was said
  if (first.pos !== 'ADV' && !(first.pos === 'ADP' && (ADJUNCT_PREPOSITIONS.has(first.lower) || PLACE_PREPOSITIONS.has(first.lower)))) return cue.last;
  for (let k = from + 1; k <= from + MAX_CUE_ADJUNCT; k++) {
    const t = maybeToken(doc, k);
    if (!t || t.sent !== first.sent) return cue.last;
    if (t.value === ',') {
      const verb = maybeToken(doc, k + 1);
      // (an auxiliary: "were paid", "will fail", "was that"; a verb there may be a participle of a phrase of the subject's)
      const finite = verb !== undefined && verb.sent === t.sent && /^\p{Ll}/u.test(verb.value) && verb.pos === 'AUX';
      return finite ? k : cue.last;
    }
    if (t.pos !== 'ADV' && t.pos !== 'ADP' && !NP_POS.has(t.pos)) return cue.last;
  }
  return cue.last;
}

/**
 * True when token `k` may stand in a short time phrase after `cue`: a word of
 * time ("Tuesday", "week"), or "on", "this" or "last" right after the cue.
 */
function isCueTimeWord(doc: Doc, cue: CueMatch, k: number): boolean {
  const lower = tokenAt(doc, k).lower;
  return TIME_WORDS.has(lower) || (k === cue.last && CUE_TIME_LEADS.has(lower));
}

/** How many words the first conjunct of a coordinated speaker may have ("current and former officials", "he and Ms. Ray"). */
const MAX_CONJUNCT = 3;

/**
 * The whole of a coordinated speaker after a comma of which the finder read
 * only the last conjunct: `..., current and former officials said`, `..., he
 * and Ms. Ray said`. Null when no comma stands a few noun-phrase words before the "and".
 */
function coordinatedSpeaker(doc: Doc, speaker: Mention): Mention | null {
  const and = speaker.first - 1;
  if (and < 2 || tokenAt(doc, and).lower !== 'and') return null;
  for (let k = and - 1; k >= Math.max(0, and - MAX_CONJUNCT); k--) {
    const t = tokenAt(doc, k);
    if (isCommaBoundary(doc, k)) return k < and - 1 ? makeMention(doc, k + 1, speaker.last) ?? mentionWith(speaker, { first: k + 1, start: tokenAt(doc, k + 1).start }) : null;
    if (!NP_POS.has(t.pos) || t.pos === 'PART') return null;
  }
  return null;
}

/**
 * True when the cue's own topic preposition follows it (`warned of the
 * dangers`, `talked about the pier`): what the cue reports comes after it, so
 * the words before the comma (`At the next hearing, Lee warned of ...`) are not its
 * content.
 */
function topicAfter(doc: Doc, cue: CueMatch, q: number, last: number): boolean {
  if (q >= last) return false;
  const t = tokenAt(doc, q);
  return t.pos === 'ADP' && TOPIC_PREPOSITIONS.get(cue.lemma)?.has(t.lower) === true;
}

/** How far an object after a cue is read for a time word that makes it a when: "reported a few days later". */
const MAX_TIME_PHRASE = 4;

/**
 * True when a determiner or a number opens an object right after a cue that
 * takes no listener (`announced 12 seats for the party`, `read the message`): what
 * the cue reports comes after it. Not a time phrase (`reported a few days
 * later`, `said this week`, `wrote two days ago`).
 */
function objectAfter(doc: Doc, cue: CueMatch, q: number, last: number): boolean {
  if (q >= last || q !== cue.last || LISTENER_VERBS.has(cue.lemma)) return false;
  const t = tokenAt(doc, q);
  if (!/^(DET|NUM)$/.test(t.pos) || TIME_PHRASE_DETERMINERS.has(t.lower)) return false;
  for (let k = q; k < Math.min(last, q + MAX_TIME_PHRASE); k++) {
    const w = tokenAt(doc, k);
    if (TIME_WORDS.has(w.lower) || RELATIVE_TIME_WORDS.has(w.lower)) return false;
  }
  return true;
}

/**
 * True when tokens [start, comma] are one plain main clause before the
 * speaker (`The cuts will hurt schools, Lee warned of the budget`): a
 * finite verb of its own, no preposition or subordinator opening it, no
 * comma or quotation mark inside, not the first half of a correlative
 * (`The more prices rise, the more ...`), and a speaker that is not a
 * relative (`..., whose leaders have called for ...`).
 */
function plainMainClause(doc: Doc, start: number, comma: number, speaker: Mention | null): boolean {
  const opener = tokenAt(doc, start);
  if (opener.pos === 'ADP' || opener.pos === 'SCONJ' || FRONTED_OPENERS.has(opener.lower)) return false;
  // "The more prices rise, the more voters fear ...": a correlative's first half
  if (opener.lower === 'the' && CORRELATIVE_COMPARATIVES.has(tokenAt(doc, start + 1).lower)) return false;
  if (speaker && APPOSITIVE_RELATIVES.has(tokenAt(doc, speaker.first).lower)) return false;
  // "The night the levee broke, ...": a time noun with a clause of its own is a fronted time phrase
  if (isTimeClauseOpening(doc, start, comma)) return false;
  for (let k = start; k <= comma; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || (k < comma && t.value === ',')) return false;
  }
  return finiteVerb(doc, start, comma);
}

/**
 * True when tokens from `start` open with a determiner and a time noun
 * followed directly by a subject of its own ("The night the levee broke",
 * "The year the mill shut", "That day she left"): a fronted time phrase,
 * not a main clause.
 */
function isTimeClauseOpening(doc: Doc, start: number, comma: number): boolean {
  const det = tokenAt(doc, start);
  if (det.pos !== 'DET' || start + 2 >= comma || !TIME_NOUN_SET.has(tokenAt(doc, start + 1).lower)) return false;
  const next = tokenAt(doc, start + 2);
  return next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN';
}

/** True when the token at `k` is "as" right after a comma of the sentence: "..., as Ms. Ray noted". */
function asAfterComma(doc: Doc, k: number, first: number): boolean {
  if (k - 1 <= first || tokenAt(doc, k).lower !== 'as') return false;
  return isCommaBoundary(doc, k - 1);
}

/**
 * Where the content of a parenthetical attribution starts when the words before
 * it are a noun phrase that the words after it complete, and a clause of its
 * own comes before that phrase: in `X said the bill bars waivers, a provision,
 * Lee said, that is meant to ...` or `... the slums - all of whom, she
 * explained, needed help`, what Lee or she said starts at "a provision" / "all
 * of whom"; the clause before belongs to another report or to the narrator.
 * The phrase follows the last comma, dash or parenthesis before the
 * attribution and holds no verb; the words before it hold a finite verb and
 * open no subordinate clause. Else `start`.
 */
function fragmentStart(ctx: ReportedContext, start: number, comma: number): number {
  const { doc } = ctx;
  for (let k = comma - 1; k > start; k--) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value)) return start;
    if (t.value !== ',' && t.value !== '(' && !spacedDash(ctx, k)) continue;
    return k + 1 < comma && verbless(doc, k + 1, comma) && finiteVerb(doc, start, k) ? k + 1 : start;
  }
  return start;
}

/**
 * True when the words at `p`, after a parenthetical attribution, complete a
 * phrase before it: a relative word (`that is meant to ...`, `all of whom`)
 * a finite verb (`needed help`) or a clause (`voters want`), not a
 * preposition or other adjunct.
 */
function completesFragment(doc: Doc, p: number, last: number): boolean {
  if (p >= last) return false;
  if (APPOSITIVE_RELATIVES.has(tokenAt(doc, p).lower) || clauseStartsAt(doc, p, last)) return true;
  // "..., he recalled, worked double shifts", "..., she said, also needed help"
  const v = tokenAt(doc, p).pos === 'ADV' && p + 1 < last ? p + 1 : p;
  return finiteVerb(doc, v, v + 1);
}

/** True when the token at `p`, after an attribution's comma, opens an adjunct of the attribution: a participle or a preposition. */
function adjunctAfter(doc: Doc, p: number): boolean {
  const t = maybeToken(doc, p);
  // ("..., he says, at least seven delegates have signed": "at least" opens a subject)
  if (t === undefined || (t.lower === 'at' && FIGURE_BOUNDS.has(maybeToken(doc, p + 1)?.lower ?? ''))) return false;
  return t.pos === 'ADP' || (t.pos === 'VERB' && /ing$/.test(t.lower));
}

/**
 * True when an "as" attribution ending at the comma `q` is set off inside a
 * clause: the words from `start` to the comma before "as" at `comma` are a
 * subject with no verb, and a finite verb (one adverb allowed) follows `q`.
 */
function asideInClause(doc: Doc, start: number, comma: number, q: number, last: number): boolean {
  if (tokenAt(doc, q).value !== ',' || tokenAt(doc, comma).value !== ',' || comma <= start || !verbless(doc, start, comma)) return false;
  const v = tokenAt(doc, q + 1).pos === 'ADV' ? q + 2 : q + 1;
  return v < last && finiteVerb(doc, v, v + 1);
}

/** True when the words [from, end) after an attribution open with a time or a preposition, or are none: "on Tuesday", "Monday". */
function noObjectAfter(doc: Doc, from: number, end: number): boolean {
  if (from >= end) return true;
  const t = tokenAt(doc, from);
  return (ADJUNCT_PREPOSITIONS.has(t.lower) && t.pos !== 'PRON') || TIME_WORDS.has(t.lower);
}

/**
 * True when the words at `k`, right after an attribution, open an object of
 * its own (a noun phrase, not a time or a clause): "..., critics pointed to his record",
 * "..., witnesses described a chaotic night".
 */
function objectPhraseAt(doc: Doc, k: number, last: number): boolean {
  if (k >= last) return false;
  const t = tokenAt(doc, k);
  // (a name is a listener: "..., Lee wrote Hale", and is left out with the other tags)
  // (an adjective or adverb first opens a time: "..., the paper reported late Thursday")
  if (!/^(DET|PRON|NOUN|NUM)$/.test(t.pos) || TIME_PHRASE_DETERMINERS.has(t.lower) || clauseStartsAt(doc, k, last)) return false;
  // "..., a study concluded this year", "... two days ago": a time phrase is no object ("a chaotic night" is one)
  for (let j = k; j < Math.min(last, k + MAX_TIME_PHRASE); j++) {
    const w = tokenAt(doc, j);
    if (RELATIVE_TIME_WORDS.has(w.lower) || (TIME_WORDS.has(w.lower) && (j === k || /^(DET|NUM)$/.test(tokenAt(doc, j - 1).pos)))) return false;
  }
  return true;
}

/**
 * True when tokens [from, end) hold a report of their own: a verb cue, not in
 * quoted words, with its subject before it ("The ministry stressed that ...",
 * "Police said the driver ...").
 */
function reportInside(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = lowerBound(ctx.cues, from + 1, headOf); k < ctx.cues.length; k++) {
    const c = ctx.cues[k]!;
    if (c.last >= end) break;
    if (c.form !== 'verb' || ctx.quoted[c.head] || tokenAt(ctx.doc, c.head).pos !== 'VERB') continue;
    // (not a relative clause's cue: "who has called for ...", "records that Hale questioned")
    const subject = speakerBefore(ctx.doc, c.first, from);
    if (subject && !subject.antecedent && !WH_RELATIVE_PRONOUNS.has(tokenAt(ctx.doc, subject.first).lower) && !APPOSITIVE_RELATIVES.has(tokenAt(ctx.doc, subject.first - 1).lower)) return true;
  }
  return false;
}

/** Most tokens between a conjunction and the cue of the report it opens: "while supporters of the plan argue". */
const MAX_OPENED_SUBJECT = 8;

/**
 * True when token `k` is a conjunction that opens a report of its own before
 * `end`: a verb cue, not in quoted words, whose subject starts right after the
 * conjunction ("..., critics say, while supporters argue it is overdue", "...,
 * she said, but officials said ..."). What follows is that report's, not the
 * earlier one's.
 */
function opensReport(ctx: ReportedContext, k: number, end: number): boolean {
  const { doc } = ctx;
  const t = tokenAt(doc, k);
  if ((t.pos !== 'CCONJ' && t.pos !== 'SCONJ') || ctx.quoted[k]) return false;
  for (let i = lowerBound(ctx.cues, k + 2, headOf); i < ctx.cues.length; i++) {
    const c = ctx.cues[i]!;
    if (c.last >= end || c.first > k + 1 + MAX_OPENED_SUBJECT) break;
    if (c.form !== 'verb' || ctx.quoted[c.head] || tokenAt(doc, c.head).pos !== 'VERB') continue;
    // (after a conjunction of reason only a report of speech: "..., she said, because she understands the anger" gives
    // the speaker's reason, a thought inside what was said)
    if (!SECOND_REPORT_OPENERS.has(t.lower) && OPT_IN_CATEGORIES.has(c.category)) return false;
    // (a negative subject reports nothing: "..., she said, because nobody read it")
    const subject = tokenAt(doc, k + 1);
    if (NEGATING_WORDS.has(subject.lower) || subject.lower === 'no') return false;
    return speakerBefore(doc, c.first, k + 1)?.first === k + 1;
  }
  return false;
}

/**
 * `The bridge -- engineers said -- was never safe.`, `The ferry line (a
 * spokesman said on Monday) will add two boats.`: an attribution set off by
 * spaced dashes or parentheses inside the clause it reports. The speaker
 * follows an opening dash or parenthesis, the cue (and a time after it) is
 * followed by the matching close, the words before the opening are a subject
 * with no verb and no quotation, and a verb (one adverb allowed) follows the
 * close. Content: the subject and the rest of the clause; else null.
 */
function asideAttribution(ctx: ReportedContext, cue: CueMatch, speaker: Mention, sentence: Segment): Candidate | null {
  const { doc } = ctx;
  const open = speaker.first - 1;
  if (open <= sentence.first) return null;
  const paren = tokenAt(doc, open).value === '(';
  if (!paren && !spacedDash(ctx, open)) return null;
  let close = cue.last;
  while (close < sentence.last && close - cue.last < MAX_CUE_TIME && isCueTimeWord(doc, cue, close)) close++;
  if (close >= sentence.last || !(paren ? tokenAt(doc, close).value === ')' : spacedDash(ctx, close))) return null;
  const start = skipFraming(ctx, contentStartBefore(doc, sentence, open), open);
  // (verbless first: it stops at the first verb, where the quotation test would read back to the sentence's start)
  if (open - start < 1 || !verbless(doc, start, open) || !unquoted(ctx, start, open)) return null;
  const v = tokenAt(doc, close + 1).pos === 'ADV' ? close + 2 : close + 1;
  if (v >= sentence.last || !/^(VERB|AUX)$/.test(tokenAt(doc, v).pos)) return null;
  const end = contentEnd(ctx, close + 1, sentence);
  if (end - (close + 1) < 2) return null;
  return candidate(ctx, [range(doc, start, open), range(doc, close + 1, end)], cue, speaker, 'reported/content-speaker-cue', 0.8);
}

/**
 * True when a quotation opens at `k` (after a comma or a colon maybe), within
 * the sentence ending at `last`: what follows the listener of "asked the
 * members" or "told the crowd" ("... asked the members, "Why pay?"").
 */
function quotationAfterListener(doc: Doc, k: number, last: number): boolean {
  const p = k < last && /^[,:]$/.test(tokenAt(doc, k).value) ? k + 1 : k;
  return p < last && isMarkToken(tokenAt(doc, p).value) && p + 1 < last && !isMarkToken(tokenAt(doc, p + 1).value);
}

/**
 * True when the words [resume, end) after an inserted attribution finish the
 * clause before it: "The argument would be aided, Lee said, by the calendar",
 * "..., he said, but also the bus riders", "..., the paper said, including
 * speeches and meetings". The opening word is one of
 * {@link ASIDE_RESUMING_WORDS}: a preposition or conjunction with no verb after
 * it, or one of {@link ASIDE_RESUMING_CLAUSE_WORDS} ("including", "so"),
 * which may carry one; never the terms it was said on ("on condition of
 * anonymity"). Annotated news keeps such a tail as the report's second part.
 * Measured on PolNeAR train (see CHANGELOG).
 */
function completesAfterAside(ctx: ReportedContext, resume: number, end: number): boolean {
  const { doc } = ctx;
  if (end - resume < 2 || ctx.quoted[resume]) return false;
  const word = tokenAt(doc, resume).lower;
  if (!ASIDE_RESUMING_WORDS.has(word)) return false;
  if (!ASIDE_RESUMING_CLAUSE_WORDS.has(word) && !verbless(doc, resume + 1, end)) return false;
  return cutConditionTail(ctx, resume - 1, end) === end;
}

/** Most words of a bare noun run after a cue read as its object, not its speaker (`admitted burglary charges`). */
const MAX_BARE_OBJECT = 3;

/**
 * True when `speaker` after an inverting verb is a bare run of up to
 * {@link MAX_BARE_OBJECT} lower-case nouns whose last names no people
 * ({@link PEOPLE_NOUNS}): "robbery" in "Kettle, of no fixed address, admitted
 * robbery.", "burglary charges" in "..., admitted burglary charges."
 * ("..., admitted officials." and "..., admitted guards." keep their speaker).
 */
function objectNotSpeaker(doc: Doc, speaker: Mention | null): boolean {
  if (speaker === null || speaker.last - speaker.first > MAX_BARE_OBJECT) return false;
  // ("admitted burglary charges": a bare run of lower-case nouns, its last no person, is the cue's object too)
  for (let k = speaker.first; k < speaker.last; k++) {
    const w = tokenAt(doc, k);
    if (w.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(w.value)) return false;
  }
  return !PEOPLE_NOUNS.has(tokenAt(doc, speaker.last - 1).lower);
}

/**
 * `CLAUSE, X said.` `CLAUSE, said X.` `The talks, X said, would resume.` A
 * hearing body that "heard" a clause before it is told it, by no one named:
 * "He had been drinking, the court heard." has no speaker.
 */
export function contentThenCue(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const found = contentThenCueOf(ctx, cue);
  if (found !== null && HEARING_CUE_LEMMAS.has(cue.lemma)) found.speaker = null;
  return found;
}

/**
 * True when `cue` is a verb that names a thing ({@link NAMING_VERBS}) and words
 * follow it in its sentence (`critics called it reckless`, `described how
 * ...`, `would call him a "chicken"`): the verb's object is what it reports.
 * On PolNeAR train, the 5 trailing attributions of a clause before a comma
 * that such a cue made were none of them annotated (fix95).
 */
function namingVerbWithObject(doc: Doc, cue: CueMatch, sentence: Segment): boolean {
  if (!NAMING_VERBS.has(cue.lemma) || cue.last >= sentence.last) return false;
  const next = tokenAt(doc, cue.last).value;
  return !END.has(next) && next !== ',';
}

/**
 * True when `cue` is a verb that names a thing ({@link NAMING_VERBS}) and ends
 * its sentence (`..., critics called.`): without its object it names nothing.
 */
function namingVerbAlone(doc: Doc, cue: CueMatch, sentence: Segment): boolean {
  return NAMING_VERBS.has(cue.lemma) && (cue.last >= sentence.last || END.has(tokenAt(doc, cue.last).value));
}

/** {@link contentThenCue} before a hearing body's speaker is dropped. */
function contentThenCueOf(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  let speaker: Mention | null = speakerBefore(doc, cue.first, sentence.first);
  let comma: number;
  let after: number;
  let rule: string;
  if (speaker?.antecedent) return null; // "..., who advises the campaign, ..." is not an attribution of what came before
  if (speaker) speaker = parentheticalSpeaker(doc, cue, speaker) ?? coordinatedSpeaker(doc, speaker) ?? speaker;
  // "The firm did nothing wrong, its lawyer, Ada Brook, said.": the description and the name set off after it speak
  if (speaker) speaker = describedName(doc, speaker, sentence.first, sentence.last) ?? speaker;
  // ("The death, which police confirmed on Monday, shocked the town": a relative clause's subject reports the noun it
  // follows, rule relative-object, not the sentence around it)
  const relative = speaker !== null && WH_RELATIVE_PRONOUNS.has(tokenAt(doc, speaker.first).lower);
  if (speaker && !relative) {
    const aside = asideAttribution(ctx, cue, speaker, sentence);
    if (aside) return aside;
  }
  // ("The plant will close in June — the company said.": a spaced dash before an attribution that ends the sentence
  // sets the content off as a comma does)
  if (speaker && !relative && (isCommaBoundary(doc, speaker.first - 1) || closingDashBoundary(doc, cue, speaker, sentence))) {
    // '"We won," Ada Moss said, speaking in Welsh': a participle set off by a comma after the speaker's own verb is
    // an adjunct of that verb, not a second attribution of the words before the speaker
    if (isIngCue(doc, cue) && cue.first === cue.head && tokenAt(doc, cue.first - 1).value === ',') return null;
    comma = speaker.first - 1;
    after = insertedAttributionEnd(doc, cue, speaker);
    rule = 'reported/content-speaker-cue';
  } else if (speaker && AS_CLAUSE_VERBS.has(cue.lemma) && asAfterComma(doc, speaker.first - 1, sentence.first)) {
    // "CLAUSE, as X noted in a column.": the clause before the comma is what X said
    comma = speaker.first - 2;
    after = cue.last;
    rule = 'reported/content-as-speaker-cue';
  } else if (isCommaBoundary(doc, cue.first - 1) && cue.first === cue.head && INVERTING_VERBS.has(cue.lemma)) {
    // inversion only with a bare verb of saying: "..., said Smith", never "..., has called the timing";
    // a participle ("..., noting weak demand", "..., telling aides that ...") reports what comes after it:
    // the clause before the comma is the narrator's or another report's, never the participle's content
    if (isIngCue(doc, cue)) return null;
    const inverted = speakerAfter(doc, cue.last, sentence.last);
    if (!inverted || (clauseBeforeComma(doc, cue.last, sentence.last) && !describedPeopleAfter(doc, cue, inverted, sentence))) return null;
    // 'Tom Reyes, addressing the board, asked the members "Why pay?"': a quotation right after the phrase a verb
    // of telling or asking takes is what was said, the phrase the listener; no inverted speaker
    if (LISTENER_VERBS.has(cue.lemma) && quotationAfterListener(doc, inverted.last, sentence.last)) return null;
    speaker = inverted;
    comma = cue.first - 1;
    // ("The plan, said Sen. Tom Reed (R-Ohio), was reckless": a party label or "of Ohio" after the name ends the attribution)
    after = invertedSpeakerTailEnd(doc, inverted.last, sentence.last);
    rule = 'reported/content-cue-speaker';
  } else return null;
  // "The minister defended the plan, critics called it reckless": a verb that names a thing ("called", "described",
  // "labeled") with its object after it reports that object, never the clause before the comma
  if (rule === 'reported/content-speaker-cue' && namingVerbWithObject(doc, cue, sentence)) return null;
  // "The tax is a giveaway, critics called.": a verb that names a thing with no object at all is the verb of phoning
  // or shouting, no report of the clause before the comma (fires 0 times on PolNeAR train; fix97)
  if (rule === 'reported/content-speaker-cue' && namingVerbAlone(doc, cue, sentence)) return null;
  let start = skipFraming(ctx, contentStartBefore(doc, sentence, comma), comma);
  // "Kettle, of no fixed address, admitted robbery.": a lone lower-case noun that names no people after a verb that takes
  // an object is that object, and the words before the comma the verb's subject, no inverted speaker
  // (not after a plain main clause, which is the report: "The gate was left open, admitted organisers.")
  if (rule === 'reported/content-cue-speaker' && OBJECT_VERBS.has(cue.lemma) && objectNotSpeaker(doc, speaker) && !plainMainClause(doc, start, comma, speaker)) return null;
  // after the attribution (and a listener: "Smith told reporters"): the sentence ends, or it resumes after a comma
  let q = listenerEnd(doc, cue, after, sentence.last);
  const attributionEnd = q;
  // "The ministry stressed that ..., critics pointed to his record": a comma splice, the second clause a cue with an
  // object of its own after a clause that reports for itself, is no attribution of the words before the comma
  if (rule === 'reported/content-speaker-cue' && objectPhraseAt(doc, attributionEnd, sentence.last) && reportInside(ctx, start, comma)) return null;
  // "At the next hearing, Lee warned of the risks": the topic after the cue is what it reports, unless the words
  // before the comma are a plain main clause ("The cuts will hurt schools, Lee warned of the budget")
  const clause = plainMainClause(doc, start, comma, speaker);
  if (!clause && topicAfter(doc, cue, q, sentence.last)) return null;
  // "An hour after the count began, Lee announced 12 seats for the party": the cue's object is what it reports
  if (!clause && objectAfter(doc, cue, q, sentence.last)) return null;
  const asClause = rule === 'reported/content-as-speaker-cue';
  // (a preposition of where it was said too: "..., the mayor told reporters outside the factory")
  q = adjunctsEnd(doc, q, sentence.last, true);
  // "..., as Ms. Ray noted in a column.": the attribution ends the sentence
  // (or, set off by commas, it stands between a subject with no verb and that subject's finite verb: "The plan, as one
  // analyst put it, is a shot in the dark")
  if (asClause && !(q >= sentence.last || END.has(tokenAt(doc, q).value)) && !asideInClause(doc, start, comma, q, sentence.last)) return null;
  // "The talks, Smith said, would resume", "The talks, Smith told reporters, would resume": a short subject is enough when the sentence resumes
  // ("The deal, as Ms. Diaz said on Monday, is dead": an aside with "as" resumes after a phrase of time or place too)
  const resumes = (after < sentence.last && tokenAt(doc, after).value === ',') || ((LISTENER_VERBS.has(cue.lemma) || asClause) && q > after && q < sentence.last && tokenAt(doc, q).value === ',' && comma - start >= 1);
  // "..., a provision, Lee said, that is meant to ...": the phrase the rest of the sentence completes opens the content;
  // after a comma only when the words after the attribution complete it (a relative word or a clause), not when an
  // adjunct of the main clause follows ("close its plant, the largest in the state, Lee said, by the end of June");
  // a phrase after a dash or a parenthesis is set off from the clause before it ("- proof, X argued, of ...")
  if (resumes) {
    const fragment = fragmentStart(ctx, start, comma);
    if (fragment > start && (tokenAt(doc, fragment - 1).value !== ',' || completesFragment(doc, (tokenAt(doc, after).value === ',' ? after : q) + 1, sentence.last))) start = fragment;
  }
  // ("He resigned, his spokesman said.": a subject and its verb are a clause of their own)
  if (comma - start < (resumes ? 1 : 3) && !(!resumes && twoWordClause(doc, start, comma))) return null;
  // "The candidate, Ann Lee, told voters at the fair, standing by the gate": a phrase with no verb before a verb of
  // telling is its subject, not a content with an inverted speaker; the words after the verb are its listener
  if (rule === 'reported/content-cue-speaker' && LISTENER_VERBS.has(cue.lemma) && verbless(doc, start, comma)) return null;
  // "Asked whether he would run, X said no": an introductory participle is no content
  // ("Seeing him suffer led him to quit, he said": a gerund subject with its finite verb is a clause)
  // ("Walking before a meal had no effect, they said": a preposition's phrase may stand between the gerund and its verb)
  const gerundSubject = /ing$/.test(tokenAt(doc, start).lower) && tokenAt(doc, start).lower !== 'according' && gerundSubjectVerb(doc, start + 1, comma);
  // ("Allied navies will hold drills, X said": a participle before its subject's noun and the noun's verb is a clause)
  if (tokenAt(doc, start).pos === 'VERB' && /(ed|ing)$/.test(tokenAt(doc, start).lower) && !resumes && !gerundSubject && !participleSubject(doc, start, comma)) return null;
  // "As the vote neared, Ada Moss decried ...": a subordinate clause before the subject is no content
  if (!resumes && FRONTED_OPENERS.has(tokenAt(doc, start).lower) && !isMarkToken(tokenAt(doc, comma).value) && !mainClauseAfter(ctx, start, comma)) return null;
  // "In court documents, Lee's counsel asked for ...", "But as he reached his twenties, he began ...": an introductory
  // adjunct belongs to the clause its subject heads, unless what follows the attribution goes on with it ("Up at the lake
  // house, Mr. Pell said, he chose ...", "Putting the show on, Lee said, was a joy"), not an adjunct of the attribution's
  // own (", praising ...", ", at least among ...")
  if (rule === 'reported/content-speaker-cue' && (!resumes || adjunctAfter(doc, (tokenAt(doc, after).value === ',' ? after : q) + 1)) && frontedAdjunct(ctx, start, comma)) return null;
  // "During his attack, Mateen posted ...": an introductory phrase without a verb reports nothing
  // (not a verb in -s the tagger read as a noun: "The army claims more territory every week, the ministry said")
  if (!resumes && !isMarkToken(tokenAt(doc, comma).value) && !isMarkToken(tokenAt(doc, comma - 1).value) && verbless(doc, start, comma) && !misreadVerbBeforeAttribution(doc, start, comma) && !misreadVerbBeforeAdverb(doc, start, comma)) return null;
  // the first part must not be a direct quote already attributed
  const markBoundary = isMarkToken(tokenAt(doc, comma).value);
  if ((markBoundary || isMarkToken(tokenAt(doc, comma - 1).value)) && isMarkToken(tokenAt(doc, start).value)) return null;
  if (markBoundary) comma++; // '... "pure fantasy," says X': the closing mark belongs to the content
  const parts: Range[] = [range(doc, start, comma)];
  if (q < sentence.last && tokenAt(doc, q).value === ',' ) {
    const end = contentEnd(ctx, q + 1, sentence);
    // "The irony, says Tom Reyes, a historian, is that ...": the speaker's appositive
    // before the rest of the clause is no content; the clause goes on after it
    const resume = afterAppositive(doc, q + 1, end);
    // a comma may end the sentence ("..., the minister said,"): read nothing past it
    const next = tokenIn(doc, sentence, resume);
    const coordinated = next.pos === 'CCONJ' && clauseStartsAt(doc, resume + 1, end);
    // "The figures indicate, she said in an interview, that prices fell": a "that" clause after the attribution
    // completes the verb before it (or an extraposed "It is clear, she said, that ..."); the report is the whole clause
    if (thatCompletes(doc, rule, start, comma, resume, end)) {
      parts.push(range(doc, resume, end));
      return candidate(ctx, parts, cue, speaker, rule, 0.85);
    }
    // "..., Lee wrote in her memoir, "Hard Tides."": a title after the noun that ends the attribution names the work
    if (q > after && tokenAt(doc, q - 1).pos === 'NOUN' && quotedTitle(doc, q + 1, end)) return candidate(ctx, parts, cue, speaker, rule, 0.85);
    // "The farm is gone, said Ann Ruiz, in a statement.": a phrase of the medium right after the attribution tells how
    // it was said, not what (before the clause-finishing check below, which would read "in a statement" as the rest)
    if (mediumOccasionAt(ctx, resume, end)) {
      // ("The farm, Ann Ruiz said, in a statement, is gone.": a subject with no verb before the aside goes on after
      // the medium's comma, where the clause's verb is)
      const resumed = verbless(doc, start, comma) ? mediumClauseAfter(ctx, resume, end) : -1;
      if (resumed > 0) parts.push(range(doc, resumed, end));
      return candidate(ctx, parts, cue, speaker, rule, resumed > 0 ? 0.8 : 0.85);
    }
    // "The argument would be aided, Lee said, by the calendar": a preposition or conjunction that finishes the clause
    // before the attribution goes on with the report (before the participle check: "..., including speeches")
    if (rule === 'reported/content-speaker-cue' && completesAfterAside(ctx, resume, end)) {
      parts.push(range(doc, resume, end));
      return candidate(ctx, parts, cue, speaker, rule, 0.8);
    }
    // "..., Lopez wrote, citing a city report": a participle after the cue is not the content
    const participle = /ing$/.test(next.lower) && next.pos === 'VERB';
    // (not a content with no verb before an inverted speaker: in "The candidate, Ann Lee, told voters in the square,
    // speaking ..." the phrase is the cue's subject and the words after "told" its listener)
    if (participle) return comma - start >= 3 && !(rule === 'reported/content-cue-speaker' && verbless(doc, start, comma)) ? candidate(ctx, parts, cue, speaker, rule, 0.8) : null;
    // "The tax will hurt families, critics say, while supporters argue it is overdue": a conjunction that opens a report
    // of its own ends this one
    if (comma - start >= 3 && opensReport(ctx, resume, end)) return candidate(ctx, parts, cue, speaker, rule, 0.85);
    // "The fee was, she said, far too high": a verb that asks for its complement before the attribution goes on after it
    const open = tokenAt(doc, comma - 1);
    // ("Rates will climb, said Ann Lee, a former mayor.": after an inverted speaker, a person noun phrase is the speaker's appositive;
    // so is a bare title: "The dock had flooded, said Tom Vale, president of the union.")
    const speakerApposed = rule === 'reported/content-cue-speaker' && open.pos === 'VERB' && (personAppositive(doc, resume, end) || bareTitleAppositive(doc, resume, end));
    const incomplete = resumes && comma - start <= 4 && (open.pos === 'AUX' || (open.pos === 'VERB' && !/ing$/.test(open.lower))) && end - resume >= 2 && !speakerApposed;
    if (incomplete && verbless(doc, resume, end)) {
      parts.push(range(doc, resume, end));
      return candidate(ctx, parts, cue, speaker, rule, 0.8);
    }
    // "..., said Robert Hale, a professor at Ohio State": the speaker's appositive is no content;
    // "..., said Ann Hale, who teaches law": a relative clause after the speaker describes the speaker
    // (after an inverted speaker a "who" is the speaker's after any words with a verb: "..., since most cases were close,
    // said Ann Hale, who teaches law"; not after a bare subject: "And the mayor, said Lee, who knows him, will not bend")
    // (not after a cleft before the attribution, whose relative goes on with it: "It was her mother, she says, who taught her")
    const cleft = rule === 'reported/content-speaker-cue' && tokenAt(doc, start).lower === 'it' && SINGULAR_COPULAS.has(tokenAt(doc, start + 1).lower);
    // (after a fronted phrase with no verb a clause goes on with it, whatever participle its verb looks like: "Over the
    // years, she said, the firm moved money ...", "In the end, he said, the deal collapsed")
    const frontedPhrase = rule === 'reported/content-speaker-cue' && verbless(doc, start, comma) && clauseStartsAt(doc, resume, end);
    // "The ruling, he said, sets a bad example": a verb in -s read as a noun after a bare subject goes on with the report
    if (rule === 'reported/content-speaker-cue' && resume === q + 1 && misreadVerbAfterAside(doc, start, comma, resume, end)) {
      parts.push(range(doc, resume, end));
      return candidate(ctx, parts, cue, speaker, rule, 0.8);
    }
    // "The plan, said experts, costs too much": so after an inverted speaker, as "The plan, said experts, will fail" goes on
    if (rule === 'reported/content-cue-speaker' && resume === q + 1 && misreadVerbAfterInvertedSpeaker(doc, start, comma, resume, end)) {
      parts.push(range(doc, resume, end));
      return candidate(ctx, parts, cue, speaker, rule, 0.85);
    }
    if ((verbless(doc, resume, end) || (appositive(doc, resume, end) && !frontedPhrase) || (PERSON_RELATIVES.has(next.lower) && !cleft && (clauseStartsAt(doc, start, comma) || (rule === 'reported/content-cue-speaker' && !verbless(doc, start, comma))))) && !isMarkToken(next.value)) return candidate(ctx, parts, cue, speaker, rule, 0.85);
    // "..., said Tom Vale, the club's head of music programming, referring to ...": after an inverted speaker and a clause
    // with its own verb, what is no clause describes the speaker or the saying ("..., Lee said, on condition of anonymity")
    // (an article there opens the speaker's appositive, whatever verb the tagger finds in it: "a founder of the left-leaning
    // ..."; a verb or a conjunction goes on with the clause: "..., said Lee, and removed it", "..., said Lee, a historian,
    // would fail")
    const goesOn = resume > q + 1 || /^(VERB|AUX|CCONJ)$/.test(next.pos);
    // (so is it when a participle of the speaker's follows: "..., said Tom Reyes, a former mayor, adding that ...", a report
    // of its own that takes the inverted speaker)
    // (and so does a bare title: "..., said Tom Vale, director of the Harbor Trust, whose members ...", a clause
    // only of the title's own relative)
    const described = rule === 'reported/content-cue-speaker' && !goesOn && (ARTICLES.has(next.lower) || !clauseStartsAt(doc, resume, end) || bareTitleAppositive(doc, resume, end));
    if (!incomplete && !coordinated && finiteVerb(doc, start, comma) && (described || cutConditionTail(ctx, resume - 1, end) === resume)) return candidate(ctx, parts, cue, speaker, rule, 0.85);
    // "Most of the shutdowns, she said, hit parks and pools, the latter a ...": the narrator's appositive at its end is cut
    // (not inside a list set off by a colon or semicolons: "is twofold: X; and most of all, a feeling that ..."; the list
    // is looked for only when there is a tail to cut, as it reads to the sentence's end: once per cue of a long sentence)
    const cut = cutNarratorTail(ctx, resume, end);
    const tail = cut < end && listPunctuation(ctx, resume, end) ? end : cut;
    if (end - resume >= 2 && !coordinated && !clauseStartsAt(doc, resume, end)) parts.push(range(doc, resume, tail));
    else if (end - resume >= 2 && !coordinated && !clauseStartsAt(doc, start, comma)) {
      // "Up at the lake house, Mr. Pell said, he chose ...": the words before introduce the clause,
      // and annotated news keeps them as the first part of what was said
      const first = skipLinkingWord(doc, start, comma);
      return candidate(ctx, [range(doc, first, comma), range(doc, resume, end)], cue, speaker, 'reported/parenthetical-cue', 0.8);
    } else if (end - resume >= 2 && !answeringClause(doc, resume, end)) {
      // "It was impossible, Gabuyev said, so the leaders decided ...": the sentence goes on with the same report
      // (not into another speaker's reply: "..., Lee said, and Moss agreed")
      parts.push(range(doc, resume, end));
      return candidate(ctx, parts, cue, speaker, rule, 0.7);
    }
  } else if (q < sentence.last && tokenAt(doc, q).value === ';') {
    // "..., Garber noted; the agency had ...": the report goes on after the semicolon, as annotated news marks it
    const end = contentEnd(ctx, q + 1, sentence);
    if (end - (q + 1) >= 2 && clauseStartsAt(doc, q + 1, end)) {
      parts.push(range(doc, q + 1, end));
      return candidate(ctx, parts, cue, speaker, rule, 0.7);
    }
  } else if (q < sentence.last && !END.has(tokenAt(doc, q).value) && !isMarkToken(tokenAt(doc, q).value) && !participleAdjunct(doc, q, after, attributionEnd) && !(cue.lemma === 'say' && purposeAfterAdjunct(doc, q, attributionEnd))) {
    // "..., said two engineers who studied the plans.": a relative clause right after an inverted speaker describes the speaker
    // ("..., the agency reported on Tuesday -- a shift that ...": a spaced dash after the attribution opens the narrator's aside,
    // when no quotation stands in the sentence so far, whose own attribution the dash may close, and the cue has no
    // object: "Lee and Hale had mentioned it on TV -- ..." reports no clause before it)
    if (!(rule === 'reported/content-cue-speaker' && PERSON_RELATIVES.has(tokenAt(doc, attributionEnd).lower)) && !(spacedDash(ctx, q) && unquoted(ctx, start, q) && noObjectAfter(doc, attributionEnd, q))) return null;
  }
  return candidate(ctx, parts, cue, speaker, rule, 0.85);
}
