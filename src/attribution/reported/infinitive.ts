/**
 * Rule `reported/cue-infinitive`: a promise, a threat or a request reported as
 * an infinitive, `The governor vowed to veto the bill.`, `She urged lawmakers to
 * act.`, `He called on the board to resign.` A listener before the infinitive
 * is part of the content (`lawmakers to act`).
 * @internal
 */
import { tokenAt } from '../../prepare/lookup.js';
import type { Candidate, CueMatch } from '../candidate.js';
import { ADVERB_TAGGED_VERBS, ADVERB_TAGGED_VERB_PARTICLES, CAUSING_STANCE_VERBS, CUE_VERBS, INFINITIVE_VERBS, LISTENER_PREPOSITIONS, NESTED_OCCASION_PREPOSITIONS, OBJECT_INFINITIVE_VERBS, OCCASION_PREPOSITIONS, THING_SUBJECT_PRONOUNS, ANONYMITY_INFINITIVE, ANONYMOUS_INFINITIVE } from '../../data/cues.js';
import { GROUP_PRONOUNS } from '../../data/pronouns.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { cutAtAsideClose } from './boundary/asides.js';
import { cutNarratorTail } from './boundary/narrator-tail.js';
import { cutSecondClause } from './boundary/second-clause.js';
import { MAX_LOOK, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { cueSubject, passiveCue, subjectlessCue } from './cue-subject.js';
import { contentEnd } from './content-end.js';
import { subjectRelative } from './relative-speaker.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { POSSESSIVES, RELATIVE_PRONOUNS, SPLITTING_ADVERBS } from '../../data/clauses.js';
import { OBJECT_DETERMINERS } from '../../data/function-words.js';
import type { Doc, Token } from '../../prepare/document.js';
import { SEASON_WORDS, TIME_ASIDE_OPENERS, TIME_LABEL, TIME_START_PREPOSITIONS } from '../../data/time.js';
import { NOUN_MODIFIER_TAGS, NOUN_OPENING_TAGS, PERSON_PHRASE_TAGS, PHRASE_OPENING_TAGS } from '../../data/tags.js';
import { CALL_ON_PREPOSITIONS } from '../../data/function-words.js';

/** Words that may start a listener: "him", "the court", "lawmakers", "Ms. Ortiz", "older residents". */
const LISTENER_START: ReadonlySet<string> = PERSON_PHRASE_TAGS;
const LISTENER_POS: ReadonlySet<string> = PHRASE_OPENING_TAGS;
/** How many words a listener before the infinitive may have ("urged state lawmakers to"). */
const MAX_LISTENER = 8;

/**
 * The end of an infinitive's content: at a comma where the sentence goes on with
 * its own verb or clause (`vowed to push harder, opposed the trade deal and ...`,
 * `urged them to change quickly, it's likely that ...`), or with a conjunction
 * and a clause (`urged them to vote, but the board declined`) or a finite verb of
 * the cue's subject (`pledged to back the nominee, but sounded wary`).
 */
function infinitiveEnd(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  for (let k = from + 2; k < Math.min(end - 1, from + MAX_LOOK); k++) {
    if (tokenAt(doc, k).value !== ',' || ctx.quoted[k]) continue;
    const next = tokenAt(doc, k + 1);
    if (((next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.lower)) || clauseStartsAt(doc, k + 1, end)) return k;
    // "urged them to vote, but the board declined": a conjunction before a clause with a subject of its own
    if (next.pos === 'CCONJ' && !ctx.quoted[k + 1] && !RELATIVE_PRONOUNS.has(tokenAt(doc, k + 2).lower) && clauseStartsAt(doc, k + 2, end)) return k;
    // "pledged to back the nominee, but sounded wary": a conjunction before the cue's subject's own finite verb
    // (not "to have the law repealed, or amended, by May": "or" between two past participles joins them)
    if ((next.pos === 'CCONJ' || next.lower === 'yet') && !ctx.quoted[k + 1] && finiteAfterConjunction(doc, k + 2, end) && !(next.lower === 'or' && pastForm(tokenAt(doc, k - 1)))) return k;
  }
  return end;
}

/** Most adverbs between a conjunction and the finite verb after it ("but later sounded"). */
const MAX_CONJUNCTION_ADVERBS = 2;

/**
 * True when the words from `k` (before `end`) are a finite verb with no
 * subject, after at most two adverbs: a verb in the past or in -s whose form
 * is not its base ("sounded", "later backed", "says"), so not a second
 * infinitive ("to cut taxes, and raise fees", "to cut taxes, and cut fees").
 */
function finiteAfterConjunction(doc: Doc, k: number, end: number): boolean {
  let v = k;
  while (v < end && v < k + MAX_CONJUNCTION_ADVERBS && tokenAt(doc, v).pos === 'ADV') v++;
  if (v >= end) return false;
  const t = tokenAt(doc, v);
  return t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.value) && t.lemma !== t.lower && !/ing$/.test(t.lower);
}

/** True when token `t` is a lower-case verb in a past form, not its lemma and not in "-ing" or "-s" ("repealed", "done"). */
function pastForm(t: Token): boolean {
  return t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.value) && t.lemma !== t.lower && !/(ing|s)$/.test(t.lower);
}

/** True for an adverb of manner in "-ly" or of focus at `k`, between "to" and its verb: "to quickly end", "to also consider". */
function splitInfinitive(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return (t.pos === 'ADV' && /ly$/.test(t.lower)) || ((t.pos === 'ADV' || t.pos === 'PART') && SPLITTING_ADVERBS.has(t.lower));
}

/**
 * True when the token at `k`, right after "to", is a verb of {@link ADVERB_TAGGED_VERBS} the tagger read as an
 * adverb, with an object or a particle after it: "to back the nominee", "to back her", "to back down" (not "to back
 * ." or "to back in time").
 */
function verbTaggedAdverb(doc: Doc, k: number, last: number): boolean {
  const t = tokenAt(doc, k);
  if (!ADVERB_TAGGED_VERBS.has(t.value) || k + 1 >= last) return false;
  const next = tokenAt(doc, k + 1);
  return /^(DET|PROPN|PRON|NUM)$/.test(next.pos) || POSSESSIVES.has(next.lower) || ADVERB_TAGGED_VERB_PARTICLES.has(next.lower);
}

/**
 * True when the word at `k`, right after the "to" of an infinitive cue, is a
 * verb the tagger took for a noun: a lower-case word that a determiner or a
 * possessive follows (`vowed to repave every road`, `pledged to reroute the
 * buses`), as an object follows a verb; a noun after "to" is rarely followed
 * by one ("pledged to charity a sum" is rare). A plural is a listener
 * ("promised to residents a new park").
 */
function verbTaggedNoun(ctx: ReportedContext, k: number, last: number): boolean {
  const { doc } = ctx;
  const t = tokenAt(doc, k);
  // (not a plural: "promised to residents a new park" is a listener and a thing)
  if (t.pos !== 'NOUN' || !/^[a-z]+$/.test(t.value) || /[^su]s$/.test(t.value) || k + 1 >= last || ctx.quoted[k]) return false;
  const next = tokenAt(doc, k + 1);
  return (next.pos === 'DET' && OBJECT_DETERMINERS.has(next.lower)) || POSSESSIVES.has(next.lower);
}

/** Most tokens of a time adjunct between a cue and its infinitive: "on Tuesday", "late last month". */
const MAX_TIME_ADJUNCT = 4;

/**
 * Where "to" stands after a time adjunct at `p` ("vowed last month to ...",
 * "pledged on Tuesday to ...", "vowed repeatedly to ..."): the words before it
 * are days, months, time nouns, their determiners, "on" or "in" first, or
 * adverbs (the first in "-ly"); a verb follows "to". A phrase of place or
 * occasion may follow the time ("promised Sunday at a rally in Dover to ...",
 * {@link afterOccasionPhrase}). Where "not" stands when it negates that "to"
 * ("promised Sunday not to ..."). Else `p`.
 */
export function afterTimeAdjunct(doc: Doc, p: number, last: number): number {
  const first = tokenAt(doc, p);
  if (first.lower === 'to' || !(TIME_ASIDE_OPENERS.has(first.lower) || TIME_START_PREPOSITIONS.has(first.lower) || (first.pos === 'ADV' && /ly$/.test(first.lower)))) return p;
  for (let q = p; q < Math.min(last - 1, p + MAX_TIME_ADJUNCT + 1); q++) {
    const t = tokenAt(doc, q);
    if (t.lower === 'to') return q > p && (/^(VERB|AUX)$/.test(tokenAt(doc, q + 1).pos) || verbTaggedAdverb(doc, q + 1, last)) ? q : p;
    // ("promised Sunday not to raise ...": a negation before "to" opens the content)
    if (q > p && negatedTo(doc, q)) return q;
    const time = TIME_LABEL.has(t.lower) || TIME_ASIDE_OPENERS.has(t.lower) || SEASON_WORDS.has(t.lower);
    // "promised Sunday at a rally to ...": after a time, a phrase of occasion before "to"
    if (!time && q > p && OCCASION_PREPOSITIONS.has(t.lower)) {
      const to = afterOccasionPhrase(doc, q, last);
      return to > q ? to : p;
    }
    if (!time && !(q === p && TIME_START_PREPOSITIONS.has(t.lower)) && !(t.pos === 'ADV' && t.lower !== 'not')) return p;
  }
  return p;
}

/** True when token `q` is "not" before "to" and a verb: the negation of an infinitive ("not to raise"). */
function negatedTo(doc: Doc, q: number): boolean {
  return tokenAt(doc, q).lower === 'not' && tokenAt(doc, q + 1).lower === 'to' && /^(VERB|AUX)$/.test(tokenAt(doc, q + 2).pos);
}

/** Most tokens of the noun phrase of a place or occasion phrase between a cue and its infinitive: "in a televised speech". */
const MAX_OCCASION_PHRASE = 4;

/**
 * Where "to" stands after a short phrase of place or occasion at `p`
 * ("promised in a speech to ...", "vowed at the rally to ..."): a preposition
 * of {@link OCCASION_PREPOSITIONS}, then determiners, adjectives and nouns
 * with a noun among them, then "to" and a verb; one phrase of
 * {@link NESTED_OCCASION_PREPOSITIONS}, or of "to" before no verb, may follow
 * the noun ("vowed at a rally in Ohio to ...", "vowed during a visit to the
 * plant to ..."). Where "not" stands when it negates that "to" ("vowed at a
 * rally not to ..."). Else `p`.
 */
function afterOccasionPhrase(doc: Doc, p: number, last: number): number {
  if (!OCCASION_PREPOSITIONS.has(tokenAt(doc, p).lower)) return p;
  let noun = false;
  let nested = false;
  let limit = p + MAX_OCCASION_PHRASE + 2;
  for (let q = p + 1; q < Math.min(last - 1, limit); q++) {
    const t = tokenAt(doc, q);
    const verbNext = /^(VERB|AUX)$/.test(tokenAt(doc, q + 1).pos);
    if (t.lower === 'to' && (verbNext || !noun || nested)) return noun && verbNext ? q : p;
    // ("vowed at a rally not to raise ...")
    if (noun && negatedTo(doc, q)) return q;
    // ("vowed at a rally in Ohio to ...", "pledged at a meeting on Tuesday to ..."): one nested phrase after the noun
    // ("vowed during a visit to the plant to ...": a "to" before no verb opens that phrase too)
    if (noun && !nested && ((t.pos === 'ADP' && NESTED_OCCASION_PREPOSITIONS.has(t.lower)) || t.lower === 'to')) {
      nested = true;
      noun = false;
      limit = q + MAX_OCCASION_PHRASE + 2;
      continue;
    }
    if (!NOUN_OPENING_TAGS.has(t.pos)) return p;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
  }
  return p;
}

/**
 * True when, from token `p` right after a cue, a time or a phrase of place or
 * occasion leads to the "to" of an infinitive ("promised Sunday at a rally to
 * end ...", "vowed at the Dover rally to ..."): the cue's infinitive, which
 * {@link cueInfinitive} reads, not a clause whose subject is the phrase's noun.
 */
export function infinitiveAfterAdjunct(doc: Doc, p: number, last: number): boolean {
  return afterTimeAdjunct(doc, p, last) > p || afterOccasionPhrase(doc, p, last) > p;
}

/** Most tokens of a bracketed tag inside a listener: "(R)", "(D-Ore.)". */
const MAX_LISTENER_TAG = 6;
/** Most tokens of an aside between commas after a listener: ", both publicly and privately,". */
const MAX_LISTENER_ASIDE = 5;

/**
 * Where a listener goes on past token `q`, which no word of a listener is, or
 * `q` when it ends there: a possessive "'s" ("urged the paper's editors to"),
 * "and" between two listeners ("called on Ortiz and Lee to"), a bracketed
 * tag ("called on Gov. Tom Bell (R) to"), or an aside of adverbs between
 * commas right before "to" ("urged him, both publicly and privately, to").
 */
function listenerJoin(ctx: ReportedContext, q: number, last: number): number {
  const { doc } = ctx;
  const t = tokenAt(doc, q);
  if (ctx.quoted[q]) return q;
  const before = tokenAt(doc, q - 1);
  if (/^['\u2019]s$/.test(t.value) && t.start === before.end && /^(NOUN|PROPN)$/.test(before.pos)) return q + 1;
  if (t.lower === 'and' && /^(NOUN|PROPN|PRON)$/.test(before.pos) && q + 1 < last && LISTENER_START.has(tokenAt(doc, q + 1).pos)) return q + 1;
  // "urged people over 65 to": a phrase narrowing a noun down, not a time ("urged lawmakers on Tuesday to" takes none)
  // (after a noun or a pronoun of a group, not a person's: "urged him with a smile to" takes none)
  if (LISTENER_PREPOSITIONS.has(t.lower) && (before.pos === 'NOUN' || GROUP_PRONOUNS.has(before.lower)) && q + 1 < last) {
    const next = tokenAt(doc, q + 1);
    const word = next.pos === 'DET' && q + 2 < last ? tokenAt(doc, q + 2) : next;
    if (NOUN_MODIFIER_TAGS.has(word.pos) && !TIME_LABEL.has(word.lower) && !TIME_ASIDE_OPENERS.has(word.lower) && !SEASON_WORDS.has(word.lower)) return q + 1;
    return q;
  }
  if (t.value === '(' && before.pos === 'PROPN') {
    for (let k = q + 1; k < Math.min(last, q + MAX_LISTENER_TAG); k++) if (tokenAt(doc, k).value === ')') return k > q + 1 ? k + 1 : q;
    return q;
  }
  if (t.value === ',') {
    for (let k = q + 1; k < Math.min(last - 1, q + MAX_LISTENER_ASIDE + 1); k++) {
      const w = tokenAt(doc, k);
      if (w.value === ',') return k > q + 1 && tokenAt(doc, k + 1).lower === 'to' ? k + 1 : q;
      if (w.pos !== 'ADV' && w.lower !== 'and' && w.lower !== 'or') return q;
    }
  }
  return q;
}

/** `X vowed to ...`, `X urged Y to ...`, `X called on Y to ...`. */
export function cueInfinitive(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  if (!INFINITIVE_VERBS.has(cue.lemma) || passiveCue(ctx.doc, cue)) return null;
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  if (cue.lemma === 'call') {
    // only "call on / upon X to": "called the meeting to order" is no speech
    if (!CALL_ON_PREPOSITIONS.has(tokenAt(doc, p).lower)) return null;
    p++;
  }
  // "vowed last month to take the race to the convention", "pledged on Tuesday to stay": a time between the cue and "to"
  // "promised in a speech to cut fares": a short phrase of place or occasion there too
  if (tokenAt(doc, p).lower !== 'not') {
    p = afterTimeAdjunct(doc, p, sentence.last);
    p = afterOccasionPhrase(doc, p, sentence.last);
  }
  // "vowed not to vote for him", "promised Sunday not to raise fares": the negation belongs to the content
  const negation = tokenAt(doc, p).lower === 'not' && tokenAt(doc, p + 1).lower === 'to' ? p : -1;
  // "urged lawmakers to act": the listener is part of the content, as annotated news marks it
  let listener = -1;
  if (negation >= 0) p++;
  // "wants the council to cut taxes": for a wish or an expectation the object is part of what is wanted
  const object = cue.category === 'thought' && tokenAt(doc, p).lower !== 'to' ? p : -1;
  if (tokenAt(doc, p).lower !== 'to') {
    // a listener: "urged lawmakers to", "asked the court to"; never after "decided", "vowed"
    let q = p;
    if (!OBJECT_INFINITIVE_VERBS.has(cue.lemma) || !LISTENER_START.has(tokenAt(doc, p).pos)) return null;
    listener = p;
    while (q < sentence.last && q - p < MAX_LISTENER && tokenAt(doc, q).lower !== 'to') {
      if (LISTENER_POS.has(tokenAt(doc, q).pos)) q++;
      else {
        const joined = listenerJoin(ctx, q, sentence.last);
        if (joined <= q) break;
        q = joined;
      }
    }
    // "urged the anglers not to leave before dawn"
    if (tokenAt(doc, q).lower === 'not' && tokenAt(doc, q + 1).lower === 'to') q++;
    p = q;
  }
  // "vowed to quickly end the war": one adverb may split the infinitive
  // ("to at least consider": "at least" splits it too)
  const atLeast = tokenAt(doc, p + 1).lower === 'at' && tokenAt(doc, p + 2).lower === 'least';
  const verbAt = atLeast ? p + 3 : splitInfinitive(doc, p + 1) ? p + 2 : p + 1;
  if (verbAt >= sentence.last || tokenAt(doc, p).lower !== 'to' || (tokenAt(doc, verbAt).pos !== 'VERB' && tokenAt(doc, verbAt).pos !== 'AUX' && !(verbTaggedAdverb(doc, verbAt, sentence.last) && !ctx.quoted[verbAt]) && !(listener < 0 && object < 0 && verbTaggedNoun(ctx, verbAt, sentence.last)))) return null;
  const speaker = cueSubject(doc, cue, sentence);
  let confidence = 0.65;
  if (!speaker) {
    if (!subjectlessCue(doc, cue, sentence)) return null;
    confidence -= 0.2;
  }
  // "It would encourage savers to wait": a thing that brings people to act takes no side (opt-in categories only)
  if (speaker && OPT_IN_CATEGORIES.has(cue.category) && CAUSING_STANCE_VERBS.has(cue.lemma) && speaker.last === speaker.first + 1 && THING_SUBJECT_PRONOUNS.has(tokenAt(doc, speaker.first).lower)) return null;
  // "who asked not to be named": a request for anonymity is boilerplate, not speech
  if (negation >= 0 && ANONYMITY_INFINITIVE.test(`${tokenAt(doc, p + 1).lower} ${tokenAt(doc, p + 2).lower} ${tokenAt(doc, p + 3).lower}`)) return null;
  // (so is "who asked to remain anonymous", with no negation)
  if (negation < 0 && ANONYMOUS_INFINITIVE.test(`${tokenAt(doc, p + 1).lower} ${tokenAt(doc, p + 2).lower}`)) return null;
  if (negation >= 0) p = negation;
  if (listener >= 0) p = listener;
  if (object >= 0) p = object;
  // "The mayor - who once vowed to tear down the bridge - said ...": the aside the cue stands in ends the content
  let end = infinitiveEnd(ctx, p, cutSecondClause(ctx, p, cutNarratorTail(ctx, p, cutAtAsideClose(ctx, sentence, cue.first, p, cutAtNextAttribution(ctx, p, contentEnd(ctx, p, sentence))))));
  // "The aide who promised to resign said ...": a relative inside the sentence's subject ends before the sentence's verb
  if (speaker?.antecedent && subjectRelative(doc, speaker, sentence.first)) end = sentenceCueAfter(doc, verbAt + 1, end);
  if (end - p < 2) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, speaker ? 'reported/cue-infinitive' : 'reported/cue-infinitive-no-speaker', confidence);
}

/**
 * Where an infinitive inside a relative of the sentence's subject ends, its
 * words from token `from` (after its verb) to `end - 1`: before the first
 * finite verb of saying there that follows a word of the infinitive's object
 * or complement, the sentence's own ("who promised to resign said ...", "who
 * vowed to fight the plan told ..."; not "to be told", "to say and write").
 * Returns `end` when there is none, or when punctuation, a conjunction or a
 * "that" comes first.
 */
function sentenceCueAfter(doc: Doc, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.lower === 'that') return end;
    if (t.pos !== 'VERB' || !CUE_VERBS.has(t.lemma) || t.lower === t.lemma || /ing$/.test(t.lower)) continue;
    const prev = tokenAt(doc, k - 1);
    return prev.pos === 'AUX' || prev.pos === 'PART' || prev.lower === 'to' ? end : k;
  }
  return end;
}
