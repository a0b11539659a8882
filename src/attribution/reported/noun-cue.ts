/**
 * Rule `reported/noun-cue`: a noun of saying with a that-clause, `his claim
 * that the vote was rigged`, `the statement that ...`, `Ms. Ortiz's warning that
 * ...`. The possessive before the noun is the speaker; the clause ends where the
 * sentence's own verb takes over (`His claim that the vote was rigged | was false`).
 * @internal
 */
import { shapedMention } from '../../speakers/shape.js';
import { isMarkToken, isSpacedDash, maybeToken, plainTokens, tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { Doc, Segment, Token } from '../../prepare/document.js';
import type { CueCategory } from '../../types.js';
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { canSpeak, makeMention, sharedSubject, speakerBefore } from '../../speakers/phrase.js';
import { AGENT_NOUN_CUES, COPULA_SPEECH_NOUNS, NOUN_CUES, NOUN_TAGGED_VERBS, SINGULAR_NOUN_TAGGED_VERBS, LIGHT_VERBS, LINKING_VERBS } from '../../data/cues.js';
import { DOCUMENT_NOUNS, DOER_NOUN } from '../../data/people.js';
import { DEGREE_ADVERBS, ASIDE_WORDS, ARTICLES_AND_DEMONSTRATIVES, GERUND_NOUN_PREPOSITIONS, AGENT_PREPOSITIONS } from '../../data/function-words.js';
import { isPlaceName, kindOfHead } from '../../speakers/kinds.js';
import { DAY_OR_MONTH, TIME_OWNERS } from '../../data/time.js';
import { TITLE_ABBREVIATIONS } from '../../data/titles.js';

import { passesOptInBar } from './opt-in.js';
import { clauseEnd as verbClauseEnd } from './boundary.js';
import { NOUN_PHRASE_POS } from './boundary/openings.js';
import { opensClause, subjectNounVerb } from './boundary/subject-noun-verb.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { candidate, range, sentenceOf, verbGroupStart, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { contentEnd } from './content-end.js';
import { insertionEnd } from './subject-insert.js';
import { coversIndex, spanIndex } from './span-index.js';
import { PERSON_SUBJECT_PRONOUNS_AND_YOU } from '../../data/pronouns.js';
import { CLAUSE_FINAL_PRONOUNS, INNER_CLAUSE_SUBORDINATORS, IRREGULAR_OBJECT_PASTS, NOUN_TIME_LEADS, POSSESSIVES, REPORT_OBJECT_VERBS, SPLITTING_ADVERBS, VERB_GROUP_ADVERBS, NOUN_CUE_CLAUSE_OPENERS, SINGULAR_BE_FORMS, NOUN_CUE_MODIFIERS } from '../../data/clauses.js';
import { PHRASE_OPENING_TAGS } from '../../data/tags.js';

/** True when a spaced dash ({@link isSpacedDash}) stands from token `from` up to (not including) `end`, in `from`'s sentence. */
function spacedDashAfter(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end && tokenAt(doc, k).sent === tokenAt(doc, from).sent; k++) if (isSpacedDash(doc, tokenAt(doc, k))) return true;
  return false;
}

/** How far the clause end is looked for, in tokens (keeps a long sentence of many noun cues linear). */
const MAX_CLAUSE = 120;

/** True when token `k` is joined to the next one by a hyphen: the "by" and "now" of "by-now-familiar". */
function hyphenBefore(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const next = maybeToken(doc, k + 1);
  return next !== undefined && t.end === next.start && (t.value === '-' || next.value === '-');
}

/**
 * The speaker of a noun cue: "his" in "his claim", "Ms. Ortiz" in "Ms. Ortiz's
 * warning", "the campaign" in "the campaign's claim"; a word of time ("the
 * week's claim", "Monday's warning") is none.
 */
export function owner(doc: Doc, noun: number): Mention | null {
  // "Reyes's recent assertion", "Reyes's by-now-familiar claims": adjectives between the owner and the noun
  let at = noun;
  while (at - 1 >= 0 && noun - at < 6 && (tokenAt(doc, at - 1).pos === 'ADJ' || (DEGREE_ADVERBS.has(tokenAt(doc, at - 1).lower) && at < noun && tokenAt(doc, at).pos === 'ADJ') || NOUN_CUE_MODIFIERS.has(tokenAt(doc, at - 1).lower) || hyphenBefore(doc, at - 1) || (at < noun && hyphenBefore(doc, at - 2)))) at--;
  const before = maybeToken(doc, at - 1);
  if (!before || before.sent !== tokenAt(doc, noun).sent) return null;
  if (POSSESSIVES.has(before.lower)) {
    return shapedMention({ first: at - 1, last: at, start: before.start, end: before.end, kind: 'pronoun', titles: [], name: before.value });
  }
  if (/^['’]s$/.test(before.lower) || before.lower === "'" || before.lower === '’') {
    let k = at - 1;
    while (k - 1 >= 0 && tokenAt(doc, k - 1).sent === before.sent && (tokenAt(doc, k - 1).pos === 'PROPN' || (tokenAt(doc, k - 1).value === '.' && k - 2 >= 0 && /^[A-Z][a-z]{0,3}$/.test(tokenAt(doc, k - 2).value)))) k--;
    if (at - 2 >= 0 && TIME_OWNERS.has(tokenAt(doc, at - 2).lower)) return null;
    // "Mr. Grant's assertion": a surname the tagger read as a verb or a noun, right after a title
    if (k === at - 1 && titledSurname(doc, at - 2, before.sent)) k = at - 3;
    if (k < at - 1) return makeMention(doc, k, at - 1);
    // "the campaign's claim", "the nonprofit's assurances": a common noun after "the"
    const head = tokenAt(doc, at - 2);
    if (at - 3 >= 0 && head.pos === 'NOUN' && tokenAt(doc, at - 3).pos === 'DET' && tokenAt(doc, at - 3).sent === before.sent) return makeMention(doc, at - 3, at - 1);
    return commonOwner(doc, at - 1);
  }
  return null;
}

/**
 * True when token `k` is a capitalised word right after a title abbreviation
 * ("Mr.", "Sen.", "Dr.") in sentence `sent`, as "Grant" in "Mr. Grant's", a
 * surname the tagger read as a verb or a noun.
 */
function titledSurname(doc: Doc, k: number, sent: number): boolean {
  if (k < 1) return false;
  const name = tokenAt(doc, k);
  const title = tokenAt(doc, k - 1);
  return name.sent === sent && title.sent === sent && /^[A-Z][a-z]+$/.test(name.value) && TITLE_ABBREVIATIONS.has(title.lower.replace(/\.$/, '')) && title.value.endsWith('.');
}

/** How many words a common-noun owner may have before its possessive mark. */
const MAX_COMMON_OWNER = 4;

/**
 * A common-noun phrase that owns a noun cue, ending right before the possessive
 * mark at `mark`: "the city council's warning", "the nonprofit's assurances"
 * (a head the tagger read as an adjective, after a determiner), "budget hawks'
 * warnings" (a plural possessive, no determiner needed). Null for anything else.
 */
function commonOwner(doc: Doc, mark: number): Mention | null {
  const sent = tokenAt(doc, mark).sent;
  const head = mark - 1;
  if (head < 0 || tokenAt(doc, head).sent !== sent) return null;
  const h = tokenAt(doc, head);
  const plural = /^['’]$/.test(tokenAt(doc, mark).value) && h.pos === 'NOUN' && /[^s]s$/.test(h.lower) && /^[a-z]/.test(h.value);
  let first = head;
  while (first - 1 >= 0 && head - first + 1 < MAX_COMMON_OWNER && tokenAt(doc, first - 1).sent === sent && tokenAt(doc, first - 1).pos === 'NOUN' && /^[a-z]/.test(tokenAt(doc, first - 1).value)) first--;
  const det = first - 1 >= 0 && tokenAt(doc, first - 1).sent === sent && ARTICLES_AND_DEMONSTRATIVES.has(tokenAt(doc, first - 1).lower);
  if (det && (h.pos === 'NOUN' || (h.pos === 'ADJ' && first === head))) return makeMention(doc, first - 1, mark);
  // ("the Ohio senator's answer", "the New York group's claim": names before a lower-case head, after "the")
  const named = namedModifiers(doc, first, sent);
  if (named !== null && h.pos === 'NOUN' && /^[a-z]/.test(h.value)) return makeMention(doc, named, mark);
  if (plural) return makeMention(doc, first, mark);
  return null;
}

/**
 * The determiner "the" before names that modify a common noun owner starting
 * at `first` ("the Ohio senator", "the New York group"), or null: at least one
 * name and at most {@link MAX_COMMON_OWNER} of them.
 */
function namedModifiers(doc: Doc, first: number, sent: number): number | null {
  let k = first;
  while (k - 1 >= 0 && first - k < MAX_COMMON_OWNER && tokenAt(doc, k - 1).sent === sent && tokenAt(doc, k - 1).pos === 'PROPN') k--;
  if (k === first || k - 1 < 0 || tokenAt(doc, k - 1).sent !== sent || tokenAt(doc, k - 1).lower !== 'the') return null;
  return k - 1;
}

/**
 * The speaker of a noun cue that has no owner in front: a participle the tagger
 * read as a noun (", warning that ...", "The lawsuit claims that ..."), or the object of a verb of making or
 * repeating ("Ann Lee made the suggestion that", "repeating a false claim that").
 */
function subjectOf(doc: Doc, noun: number, sentence: Segment): Mention | null {
  const t = tokenAt(doc, noun);
  if (/ing$/.test(t.lower) && noun - 1 > sentence.first && tokenAt(doc, noun - 1).value === ',') return sharedSubject(doc, noun, noun);
  // "took the last step of announcing that", "aside from stating that": a gerund the tagger read as a noun
  if (/ing$/.test(t.lower) && noun - 1 > sentence.first && (GERUND_NOUN_PREPOSITIONS.has(tokenAt(doc, noun - 1).lower) || (tokenAt(doc, noun - 1).lower === 'from' && ASIDE_WORDS.has(tokenAt(doc, noun - 2).lower)))) return sharedSubject(doc, noun, noun);
  // "The island has been warning that": a progressive the tagger read as a noun after "be"
  if (/ing$/.test(t.lower) && noun - 1 > sentence.first && tokenAt(doc, noun - 1).pos === 'AUX' && tokenAt(doc, noun - 1).lemma === 'be') return speakerBefore(doc, noun, sentence.first);
  // "Reyes claims that ...": a present-tense verb the tagger read as a plural noun right after a name
  // (not "the Reyes claims", a noun after a determiner)
  if (/s$/.test(t.lower) && noun - 1 >= sentence.first && tokenAt(doc, noun - 1).pos === 'PROPN') {
    const name = speakerBefore(doc, noun, sentence.first);
    if (name?.kind === 'name' && name.last === noun && tokenAt(doc, name.first).pos !== 'DET' && (name.first === 0 || tokenAt(doc, name.first - 1).pos !== 'DET')) return name;
  }
  // "The lawsuit claims that ...": likewise right after a singular common noun closing a subject opened by a
  // determiner, before a clause (not "The board's claims that ...", whose possessive makes a noun, nor "the tax
  // claims that were filed", a relative)
  if (/[^s]s$/.test(t.lower) && noun - 2 >= sentence.first && tokenAt(doc, noun - 1).pos === 'NOUN' && !/s$/.test(tokenAt(doc, noun - 1).lower) && tokenAt(doc, noun + 1).lower === 'that' && !/^(VERB|AUX)$/.test(tokenAt(doc, noun + 2).pos)) {
    const subject = speakerBefore(doc, noun, sentence.first);
    if (subject && subject.last === noun && tokenAt(doc, subject.first).pos === 'DET') return subject;
  }
  // "Her supporters claim that ...": a plural present the tagger read as a noun right after a plural noun
  if (!/s$/.test(t.lower) && noun - 1 >= sentence.first && tokenAt(doc, noun - 1).pos === 'NOUN' && /[^s]s$/.test(tokenAt(doc, noun - 1).lower) && tokenAt(doc, noun + 1).lower === 'that') {
    const subject = speakerBefore(doc, noun, sentence.first);
    if (subject && subject.last === noun) return subject;
  }
  let k = noun - 1;
  while (k > sentence.first && tokenAt(doc, k).pos === 'ADJ') k--;
  if (k > sentence.first && tokenAt(doc, k).pos === 'DET') k--;
  const verb = tokenAt(doc, k);
  // (a participle may come tagged as a noun: ", repeating a false claim that")
  const participle = /ing$/.test(verb.lower) && (verb.pos === 'VERB' || verb.pos === 'NOUN');
  const lemma = participle ? [verb.lemma, verb.lower.slice(0, -3), `${verb.lower.slice(0, -3)}e`] : [verb.lemma];
  if (k <= sentence.first || k === noun - 1 || !(verb.pos === 'VERB' || participle) || !lemma.some((l) => LIGHT_VERBS.has(l))) return null;
  const first = verbGroupStart(doc, k, sentence.first + 1);
  return participle ? sharedSubject(doc, k, k) : speakerBefore(doc, first, sentence.first) ?? sharedSubject(doc, first, k);
}

/**
 * How many tokens from `from` make a time phrase between a noun of saying and
 * its "that": "his statement on Wednesday that", "her claim last week that",
 * "the warning Monday that", "his remark earlier this month that"; 0 when none.
 */
function timeAdjunct(doc: Doc, from: number): number {
  const sent = tokenAt(doc, from).sent;
  let k = from;
  while (k < from + 2 && k < tokenCount(doc) && tokenAt(doc, k).sent === sent && NOUN_TIME_LEADS.has(tokenAt(doc, k).lower)) k++;
  const t = maybeToken(doc, k);
  if (!t || t.sent !== sent) return 0;
  // "in" only before a month ("in March"), a lead word before a day, month or time noun
  if (DAY_OR_MONTH.has(t.lower) || (k > from && TIME_OWNERS.has(t.lower) && tokenAt(doc, from).lower !== 'in')) return k + 1 - from;
  return 0;
}

/**
 * One past the that-clause starting at `from`: before the sentence's own verb after the clause's verb.
 * With `pastAfterNoun` (the noun opens its sentence's subject), a past form after a noun and before an
 * object is the sentence's verb: "The denial that it had polluted the river | angered residents".
 * With `adverbVerb` (an opt-in noun that opens its sentence's subject), a verb after an adverb after the
 * clause's predicate is the sentence's too: "His belief that the deal was fair | never wavered".
 */
function clauseEnd(doc: Doc, from: number, end: number, adverbVerb = false, pastAfterNoun = false): number {
  let sawVerb = false;
  let opened = false;
  // (an opener other than "to": a relative or conjoined clause, whose own verbs may follow a noun)
  let openedClause = false;
  for (let k = from; k < Math.min(end, from + MAX_CLAUSE); k++) {
    const t = tokenAt(doc, k);
    // (not the comma opening an insertion before the clause's verb: "that Reyes, bent by rivals, | would")
    const inserted = t.value === ',' && !sawVerb && k > from ? insertionEnd(doc, k, end) : null;
    if (inserted !== null) {
      k = inserted;
      continue;
    }
    if (t.value === ',' || t.value === ';') return k;
    // "the claim that the judge was biased — while he ...": a lone spaced dash returns to the sentence around the noun
    // (a pair of dashes sets off an aside inside the clause: "that Reyes — a former aide — would ...")
    if (k > from && isSpacedDash(doc, tokenAt(doc, k)) && !spacedDashAfter(doc, k + 1, end) && !spacedDashAfter(doc, from, k)) return k;
    if (NOUN_CUE_CLAUSE_OPENERS.has(t.lower) && k > from) opened = true;
    if (NOUN_CUE_CLAUSE_OPENERS.has(t.lower) && k > from && opensClause(t, tokenAt(doc, k - 1), maybeToken(doc, k + 1))) openedClause = true;
    // (a subordinate clause's own verb is no sentence verb; one after it may be: "that X since Y would ... | proved false")
    // (tagged as one: "before the end of the year" is a preposition)
    if (INNER_CLAUSE_SUBORDINATORS.has(t.lower) && t.pos === 'SCONJ' && k > from) {
      sawVerb = false;
      continue;
    }
    const verb = t.pos === 'AUX' || t.pos === 'VERB';
    // "that the vote was rigged | was false", "that the plant would close | came on Monday"
    const prev = tokenAt(doc, k - 1);
    // ("would close" may come tagged as an auxiliary and an adverb)
    // (not a real adverb inside the clause's own verb group: "that he would indeed endorse", "could soon close")
    const verbGroup = prev.pos === 'ADV' && !SPLITTING_ADVERBS.has(prev.lower) && !VERB_GROUP_ADVERBS.has(prev.lower) && !/ly$/.test(prev.lower) && tokenAt(doc, k - 2).pos === 'AUX' && t.pos === 'VERB';
    // ("that the plant was safe | proved false": a past tense after a copula's adjective is the sentence's verb)
    const afterPredicate = /ed$/.test(t.lower) && prev.pos === 'ADJ' && tokenAt(doc, k - 2).pos === 'AUX';
    // (not a past form after a linking verb, its complement: "that the border would remain closed")
    // (an object pronoun ends the clause's verb phrase too: "that the tram will pay for itself | was challenged")
    // (an opt-in subject's own verb after an adverb: "that the deal was fair | never wavered", "... | quickly faded")
    // (or after a noun, before an object or the sentence's end: "that rents rose by six percent | surprised nobody")
    const next = maybeToken(doc, k + 1);
    const objectNext = next === undefined || next.sent !== t.sent || /^(DET|PRON|NOUN|PROPN|ADJ|ADV|NUM|PUNCT)$/.test(next.pos);
    const afterAdverb =
      adverbVerb && t.pos === 'VERB' && !/ing$/.test(t.lower) &&
      ((prev.pos === 'ADV' && !/^(AUX|PART)$/.test(tokenAt(doc, k - 2).pos)) || (/^(NOUN|PROPN|NUM|PRON)$/.test(prev.pos) && objectNext));
    if (verb && sawVerb && !opened && afterAdverb) return prev.pos === 'ADV' ? k - 1 : k;
    // (a noun that opens the subject: a past form after the clause's object, before one of its own, is the
    // sentence's verb: "denial that it had polluted the river | angered residents", also an irregular one
    // after an infinitive: "assertion that more troops are needed to stop the raids | drew rebukes")
    if (pastAfterNoun && subjectNounVerb(t, prev, next, sawVerb, openedClause)) return k;
    if (verb && sawVerb && !opened && (verbGroup || /^(NOUN|PROPN|ADJ|NUM|VERB)$/.test(prev.pos) || CLAUSE_FINAL_PRONOUNS.has(prev.lower)) && (t.pos === 'AUX' || !/(ing|ed)$/.test(t.lower) || (/ed$/.test(t.lower) && prev.pos === 'VERB' && !LINKING_VERBS.has(prev.lemma)) || afterPredicate)) return k;
    if (verb) sawVerb = true;
  }
  return end;
}

/** Parts of speech after which a past form starts the sentence's predicate: an object or a complement. */
const OBJECT_START_POS = /^(DET|NOUN|PROPN|PRON|ADJ|ADV|NUM)$/;

/**
 * True when the noun of saying at `noun` opens its sentence's subject: only
 * determiners, adjectives, names and possessives before it ("The belief that
 * ...", "Her claim that ..."), so the sentence's own verb follows its clause.
 * With `copula` (the noun hands its clause over through "is" or "was"), an
 * opening conjunction or sentence adverb and a degree adverb before an
 * adjective are let through too ("But her most serious claim is that ...").
 */
function opensSubject(doc: Doc, noun: number, sentence: Segment, copula = false): boolean {
  let k = sentence.first;
  // before a copula, a conjunction or a sentence adverb may open the sentence: "But her claim is that ...",
  // "Perhaps his most surprising suggestion was that ..."
  if (copula && k < noun && /^(CCONJ|ADV)$/.test(tokenAt(doc, k).pos)) {
    k++;
    if (k < noun && tokenAt(doc, k).value === ',') k++;
  }
  for (; k < noun; k++) {
    const t = tokenAt(doc, k);
    // (and a degree adverb before an adjective: "his most explosive claim")
    if (copula && DEGREE_ADVERBS.has(t.lower) && k + 1 < noun && tokenAt(doc, k + 1).pos === 'ADJ') continue;
    if (!NOUN_PHRASE_POS.has(t.pos) && !POSSESSIVES.has(t.lower)) return false;
  }
  return true;
}

/**
 * The sentence's own verb inside `[from, end)` when {@link clauseEnd} found
 * none after a noun of saying that opens the subject: a past form the tagger
 * read as an adjective or a noun right after the clause's verb, before an
 * object ("that prices would fall | kept buyers away", "that the bridge might
 * collapse | worried residents"), also after a verb read as an adverb ("that
 * the plant would close | shocked the town"). Null when there is none.
 */
function hiddenVerb(doc: Doc, from: number, end: number): number | null {
  let sawVerb = false;
  for (let k = from; k + 1 < end; k++) {
    const t = tokenAt(doc, k);
    const prev = tokenAt(doc, k - 1);
    // (the clause's verb: "would fall", or "would close" read as an auxiliary and an adjective or an adverb,
    // not a real adverb: "that he would soon | ...", "would not")
    const readAsModifier = prev.pos === 'ADJ' || (prev.pos === 'ADV' && !SPLITTING_ADVERBS.has(prev.lower) && !VERB_GROUP_ADVERBS.has(prev.lower) && !/ly$/.test(prev.lower));
    const afterVerb = sawVerb && (prev.pos === 'VERB' || (readAsModifier && tokenAt(doc, k - 2).pos === 'AUX'));
    const past = (/[^e]ed$/.test(t.lower) && /^(VERB|ADJ)$/.test(t.pos)) || IRREGULAR_OBJECT_PASTS.has(t.lower);
    if (afterVerb && past && OBJECT_START_POS.test(tokenAt(doc, k + 1).pos)) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX') sawVerb = true;
    if (t.value === ',' || t.value === ';' || NOUN_CUE_CLAUSE_OPENERS.has(t.lower)) return null;
  }
  return null;
}

/**
 * True for a "that" clause from `from` to `end` that is only a subject and a
 * verb that takes a report as its object (`REPORT_OBJECT_VERBS`) with no
 * object, right before the sentence's own verb or at the end of the sentence
 * or of a clause set off by a comma: "the warning that officials issued was
 * ignored", "warnings from experts that he ignored." are relative clauses
 * (what officials issued), not what the warning said.
 */
function isRelativeClause(doc: Doc, from: number, end: number): boolean {
  const next = maybeToken(doc, end);
  const verb = tokenAt(doc, end - 1);
  if (next === undefined || next.sent !== verb.sent || !(/^(AUX|VERB)$/.test(next.pos) || /^[.,;!?]$/.test(next.value)) || verb.pos !== 'VERB' || !REPORT_OBJECT_VERBS.has(verb.lemma)) return false;
  if (!/^(NOUN|PROPN|PRON)$/.test(tokenAt(doc, end - 2).pos)) return false;
  for (let k = from; k < end - 1; k++) if (!PHRASE_OPENING_TAGS.has(tokenAt(doc, k).pos)) return false;
  return true;
}

/**
 * True for a clause from `from` to `end` that is only a personal pronoun and
 * an active verb with nothing after it but an adjective or adverb, before
 * punctuation or the sentence's end: after a maker, "reports from officials that he wrote.",
 * "warnings from engineers that he called alarmist," read as a relative clause
 * (what he wrote), not as what was reported.
 */
function isBareSubjectVerb(doc: Doc, from: number, end: number): boolean {
  const next = maybeToken(doc, end);
  if (next !== undefined && next.sent === tokenAt(doc, from).sent && !/^[.,;:!?]$/.test(next.value)) return false;
  // (a personal pronoun as subject: "that the plan was rushed" and "that the plan failed" are reports)
  if (!PERSON_SUBJECT_PRONOUNS_AND_YOU.has(tokenAt(doc, from).lower)) return false;
  let k = from + 1;
  // (no passive: "that he was fired" is a report)
  while (k < end && /^(AUX|ADV|PART)$/.test(tokenAt(doc, k).pos) && tokenAt(doc, k).lemma !== 'be') k++;
  if (k >= end || tokenAt(doc, k).pos !== 'VERB') return false;
  k++;
  const rest = end - k;
  while (k < end && /^(ADJ|ADV)$/.test(tokenAt(doc, k).pos)) k++;
  return k === end && rest <= 2;
}

/** How many tokens the maker after "by" or "from" may have: "by the city's largest tenants' union". */
const MAX_AGENT = 8;
/**
 * The maker of a noun of saying named after "by" or "from" right before its
 * that-clause: "claims by rival lawmakers that ...", "complaints from tenants
 * that ...", "a report by the Gazette that ..." (`k` is the noun). Returns the
 * maker and the index of the "that", or null when the noun has no such maker:
 * a word of time, a place or things are none ("reports from last week
 * that", "complaints from Ohio that", "claims by the docks that"), nor is a phrase that the "that" only
 * describes ("reports from agencies that were never checked": no clause opens
 * after it).
 */
export function nounMaker(doc: Doc, k: number, noun: Token = tokenAt(doc, k)): { agent: Mention; that: number } | null {
  const by = maybeToken(doc, k + 1);
  if (noun.pos !== 'NOUN' || !AGENT_NOUN_CUES.has(noun.lower) || !by || by.sent !== noun.sent || !AGENT_PREPOSITIONS.has(by.lower)) return null;
  const sentence = doc.sentences[noun.sent]!;
  let that = k + 2;
  while (that < Math.min(sentence.last, k + 2 + MAX_AGENT) && (NOUN_PHRASE_POS.has(tokenAt(doc, that).pos) || POSSESSIVES.has(tokenAt(doc, that).lower)) && tokenAt(doc, that).lower !== 'that') that++;
  if (that === k + 2 || that >= sentence.last || tokenAt(doc, that).lower !== 'that' || !clauseStartsAt(doc, that + 1, sentence.last)) return null;
  const last = tokenAt(doc, that - 1);
  if (!/^(NOUN|PROPN|ADJ)$/.test(last.pos) || TIME_OWNERS.has(last.lower)) return null;
  const agent = makeMention(doc, k + 2, that);
  if (!agent || !canSpeak(doc, agent)) return null;
  // (a name of a place, or a description of things, makes no claim: "claims by the docks that"; a description
  // speaks when its head names people, an organisation or a document, or is a noun of a doer: "auditors", "rivals")
  // (a plural of an organisation word speaks too: "by intelligence agencies that"; its lemma is the singular)
  const headToken = tokenAt(doc, agent.head ?? agent.last - 1);
  const head = headToken.lower;
  const described = kindOfHead(head) !== 'unknown' || kindOfHead(headToken.lemma) !== 'unknown' || DOCUMENT_NOUNS.has(head) || DOER_NOUN.test(head);
  if (agent.kind === 'name' ? isPlaceName(agent.name) : agent.kind !== 'pronoun' && !described) return null;
  return { agent, that };
}

/** True when "is" or "was" and "that" follow the noun of saying at `k`: "His argument is that ...". */
function copulaThat(doc: Doc, k: number): boolean {
  const be = maybeToken(doc, k + 1);
  const that = maybeToken(doc, k + 2);
  return be !== undefined && that !== undefined && be.sent === tokenAt(doc, k).sent && SINGULAR_BE_FORMS.has(be.lower) && that.lower === 'that';
}

/**
 * True for "point" in "made the point that" (a form of "make", "the", "point",
 * "that"); "made a good point that nobody raised" may be a relative clause
 * and is not taken.
 */
function madePoint(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (t.lower !== 'point' || k < 2 || maybeToken(doc, k + 1)?.lower !== 'that' || tokenAt(doc, k - 1).lower !== 'the') return false;
  const verb = tokenAt(doc, k - 2);
  return verb.sent === t.sent && verb.lemma === 'make';
}

/** Adds the noun-cue attributions, except where a verb cue's content already starts. */
export function addNounCues(ctx: ReportedContext, reported: Candidate[]): Candidate[] {
  const { doc } = ctx;
  const found: Candidate[] = [];
  const verbHeads = new Set(reported.flatMap((r) => (r.cue ? [r.cue.head] : [])));
  const plain = plainTokens(doc);
  for (let k = 0, count = tokenCount(doc); k + 2 < count; k++) {
    const t = plain !== undefined ? plain[k]! : tokenAt(doc, k);
    // "claims by rival lawmakers that ...": the maker named after the noun speaks
    const made = nounMaker(doc, k, t);
    if (made && ctx.categories.has('speech') && !ctx.quoted[k] && !ctx.removedNouns.has(t.lower)) {
      const sentence = sentenceOf(doc, k);
      const end = clauseEnd(doc, made.that + 1, contentEnd(ctx, made.that + 1, sentence));
      if (end - (made.that + 1) >= 2 && !isRelativeClause(doc, made.that + 1, end) && !isBareSubjectVerb(doc, made.that + 1, end)) {
        const cue: CueMatch = { first: k, last: k + 1, head: k, lemma: t.lemma, category: 'speech', negated: false, form: 'verb' };
        found.push(candidate(ctx, [range(doc, made.that + 1, end)], cue, made.agent, 'reported/noun-cue-agent', 0.5));
        continue;
      }
    }
    // (a noun that reports only through a copula: "Her answer was that ...", not "the answer that")
    // (and "point" after "made the": "She made the point that ...")
    const category = NOUN_CUES.get(t.lower) ?? (COPULA_SPEECH_NOUNS.has(t.lower) && t.pos === 'NOUN' && (copulaThat(doc, k) || madePoint(doc, k)) ? 'speech' : undefined);
    if (category === undefined || !ctx.categories.has(category) || ctx.quoted[k] || ctx.removedNouns.has(t.lower)) continue;
    const c = nounCueAt(ctx, k, t, category, verbHeads);
    if (c && passesOptInBar(doc, c)) found.push(c);
  }
  if (found.length === 0) return reported;
  // "says in a statement that ...": the verb's attribution stands, unless its cue is the noun itself ("his claim")
  const nouns = new Set(found.map((c) => tokenAt(doc, c.cue!.head).start));
  const kept = reported.filter((r) => !r.cue || !nouns.has(tokenAt(doc, r.cue.head).start));
  const starts = new Set(kept.map((r) => r.parts[0]!.start));
  // "repeated the claim that ...": a noun inside a verb cue's content is part of that report
  // (one binary search in the kept parts sorted by start, not a scan of them for every noun: linear in a long text)
  const index = spanIndex([kept]);
  const inside = (c: Candidate): boolean => {
    const noun = tokenAt(doc, c.cue!.head);
    return coversIndex(index, noun.start, noun.end);
  };
  // (a noun with its maker named is that maker's report, inside another one too: "denied claims by his rival that ...")
  return [...kept, ...found.filter((c) => !starts.has(c.parts[0]!.start) && (c.rule === 'reported/noun-cue-agent' || !inside(c)))];
}

/**
 * The candidate of the noun of saying `t` (token `k`, of cue category
 * `category`) and the that-clause after it, or null (see {@link addNounCues};
 * `verbHeads` are the heads of the verb cues found before). A function of its
 * own, too large for V8 to inline: a branch met for the first time here
 * recompiles it alone, not addNounCues's token loop (speed round 31).
 */
function nounCueAt(ctx: ReportedContext, k: number, t: Token, category: CueCategory, verbHeads: ReadonlySet<number>): Candidate | null {
  const { doc } = ctx;
  // "We hope that ...", "they fear that ...": after a subject pronoun the word is a verb of thought
  if (OPT_IN_CATEGORIES.has(category) && PERSON_SUBJECT_PRONOUNS_AND_YOU.has(tokenAt(doc, k - 1).lower) && tokenAt(doc, k - 1).sent === t.sent) return null;
  // "The governor doubts that ...": a verb form detection read as the verb after a singular subject stays a verb
  // (and so does one after a plural subject: "Nurses fear that ...", "Residents hope that ...")
  if (t.pos === 'NOUN' && (SINGULAR_NOUN_TAGGED_VERBS.has(t.lower) || NOUN_TAGGED_VERBS.has(t.lower)) && verbHeads.has(k)) return null;
  // (and one after an infinitive's "to": "would go on to claim that ...")
  if (verbHeads.has(k) && tokenAt(doc, k - 1).lower === 'to' && tokenAt(doc, k - 1).pos === 'PART') return null;
  // "His argument is that ...", "The club's explanation was that ...": the noun with its owner opens the
  // sentence and a copula hands it the that-clause, which runs on as the sentence's predicate
  const copula = copulaThat(doc, k);
  const at = copula ? k + 2 : k + 1 + timeAdjunct(doc, k + 1);
  const that = tokenAt(doc, at);
  // (after a copula the clause may open with a quotation: 'Her answer was that "the family comes first"')
  const open = copula && isMarkToken(tokenAt(doc, at + 1).value) && ctx.quoted[at + 2] === 1 ? 1 : 0;
  if (that.lower !== 'that' || that.sent !== t.sent || !clauseStartsAt(doc, at + 1 + open, doc.sentences[t.sent]!.last)) return null;
  const sentence = sentenceOf(doc, k);
  if (copula && (!opensSubject(doc, k, sentence, true) || owner(doc, k) === null)) return null;
  const limit = contentEnd(ctx, at + 1, sentence);
  // (the copula's clause ends as a verb cue's does: "His argument is that taxes are too high, | and many agree")
  const subject = opensSubject(doc, k, sentence);
  let end = copula ? Math.min(limit, verbClauseEnd(ctx, sentence, k, at + 1)) : clauseEnd(doc, at + 1, limit, OPT_IN_CATEGORIES.has(category) && subject, subject);
  // "The belief that prices would fall kept buyers away": the sentence's verb read as an adjective
  if (!copula && end === limit && subject) end = hiddenVerb(doc, at + 1, end) ?? end;
  if (end - (at + 1) < 2 || isRelativeClause(doc, at + 1, end)) return null;
  // "had been warning that": a progressive the tagger read as a noun after "be" keeps its auxiliaries in the cue
  const progressive = /ing$/.test(t.lower) && k - 1 > sentence.first && tokenAt(doc, k - 1).pos === 'AUX' && tokenAt(doc, k - 1).lemma === 'be';
  // (the copula belongs to the cue: "argument is", "contention was")
  const cue: CueMatch = { first: progressive ? verbGroupStart(doc, k, sentence.first + 1) : k, last: copula ? k + 2 : k + 1, head: k, lemma: t.lower.replace(/s$/, ''), category, negated: false, form: 'verb' };
  const speaker = owner(doc, k) ?? subjectOf(doc, k, sentence);
  return candidate(ctx, [range(doc, at + 1, end)], cue, speaker, 'reported/noun-cue', 0.55);
}
