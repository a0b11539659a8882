/**
 * The words between a subject and the verb of its cue: adverbs, auxiliaries, time
 * phrases, media and asides that the speaker search passes over.
 * @internal
 */
import type { Mention } from '../../shape.js';
import { PARTY_PARTICIPLES, SURVEY_PARTICIPLES } from '../../../data/people.js';
import { DAY_WORDS, TIME_LEADS, TIME_PHRASE_WORDS, TIME_UNITS, TIME_APPROXIMATORS, AGO_COMPARATIVES, YEAR_TAIL_PREPOSITIONS, YEAR } from '../../../data/time.js';
import type { Doc, Token } from '../../../prepare/document.js';
import { isRegularPast, tokenAt } from '../../../prepare/lookup.js';
import { skipAppositive } from '../appositive.js';
import { isNameToken } from '../name-tokens.js';
import { HEAD_NOUNS } from '../../../data/titles.js';
import { isPassiveAt } from '../passive.js';
import { edgeLeadStart, ledTimeWordStart } from '../time-phrase.js';
import { relativeAsideStart } from '../relative-aside.js';
import { FLOATING_QUANTIFIERS, SKIPPABLE_ADVERBS, LIST_CONJUNCTIONS } from '../../../data/function-words.js';
import { RELATIVE_PRONOUNS, CUE_GROUP_WORDS } from '../../../data/clauses.js';
import { REFLEXIVE_PRONOUNS, PLURAL_SUBJECT_PRONOUNS } from '../../../data/pronouns.js';
import { nameBeforeParenthesis } from './appositive-owner.js';
import { workTitleStart, nicknameStart } from './named-words.js';
import { mediumPhraseStart } from './medium.js';
import type { SpeakerSearch } from '../search.js';
import type { PhraseSpan } from './phrase-span.js';
import { infinitiveObjectSpeaker } from './infinitive-object.js';

/** Verbs before "to" and a cue that share their subject with it: "appeared to imply", "refused to concede". */
function isCatenative(t: Token): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && t.lemma !== 'be' && t.lemma !== 'have' && /^\p{Ll}/u.test(t.value);
}

/**
 * True for "all", "both" or "each" after the people they count: "Lee and
 * Reyes both said", "the senators all suggested", "They each said", and
 * after singular nouns joined by "and": "The mayor and the police chief both
 * said", "The mayor, the clerk and the treasurer all said"; and after "who":
 * "the mayor and the police chief, who both said".
 */
function isFloatingQuantifier(doc: Doc, k: number, floor: number): boolean {
  if (k - 1 < floor || !FLOATING_QUANTIFIERS.has(tokenAt(doc, k).lower)) return false;
  const prev = tokenAt(doc, k - 1);
  // ("Lee and Reyes, who both said": after the relative pronoun that stands for them)
  if (prev.value === ')' || prev.lower === 'who' || prev.pos === 'PROPN' || (prev.pos === 'NOUN' && /s$/.test(prev.lower)) || (prev.pos === 'PRON' && PLURAL_SUBJECT_PRONOUNS.has(prev.lower))) return true;
  // "The mayor and the police chief both said": the quantifier after singular nouns joined by "and"
  // ("chief" may be tagged an adjective: HEAD_NOUNS)
  if (prev.pos !== 'NOUN' && !(prev.pos === 'ADJ' && HEAD_NOUNS.has(prev.lower))) return false;
  for (let j = k - 2; j >= floor && j >= k - 6; j--) {
    if (tokenAt(doc, j).lower === 'and') return j > floor;
    if (!/^(DET|ADJ|NOUN|PROPN)$/.test(tokenAt(doc, j).pos)) return false;
  }
  return false;
}

/** Start of a run of auxiliaries (and "not", "since") that ends at `end`, or `end`. */
export function auxiliariesStart(doc: Doc, end: number, floor: number): number {
  let k = end;
  // a capitalised auxiliary that is a name's last word ("George Will") is no auxiliary
  const isAux = (t: Token): boolean => t.pos === 'AUX' && !isNameToken(t, doc);
  while (k - 1 >= floor && (isAux(tokenAt(doc, k - 1)) || CUE_GROUP_WORDS.has(tokenAt(doc, k - 1).lower))) k--;
  while (k < end && tokenAt(doc, k).pos !== 'AUX') k++;
  return k;
}

/** True when token `k` is a past participle after a noun, modifying it: "a report published (Wednesday)". */
function isReducedRelative(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const noun = tokenAt(doc, k - 1);
  // (a plural that opens its sentence may be tagged a proper noun: "Documents released Friday show")
  return t.pos === 'VERB' && isRegularPast(t) && (noun.pos === 'NOUN' || openingPlural(doc, k - 1)) && noun.sent === t.sent;
}

/** True when token `k`, tagged a proper noun, is a capitalised plural that opens its sentence: "Documents", "Records". */
function openingPlural(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(t.value) && (k === 0 || tokenAt(doc, k - 1).sent !== t.sent);
}

/**
 * True when token `k` is the participle of a survey right after the people
 * it names, a noun or a plural name of its sentence: "voters polled",
 * "Democrats surveyed" ({@link SURVEY_PARTICIPLES}), or the participle
 * that tells which people are meant: "the officials involved"
 * ({@link PARTY_PARTICIPLES}); not the verb of a
 * relative clause ("the chairs that Lee interviewed").
 */
function surveyedPeople(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const people = tokenAt(doc, k - 1);
  // (a name only in the plural, "Democrats polled", not the subject of a relative clause: "the chairs that reporters
  // interviewed", "the students that the team surveyed")
  return ((t.pos === 'VERB' && SURVEY_PARTICIPLES.has(t.value)) || (/^(VERB|ADJ)$/.test(t.pos) && PARTY_PARTICIPLES.has(t.value))) && people.sent === t.sent &&
    (people.pos === 'NOUN' || (people.pos === 'PROPN' && /\p{Ll}s$/u.test(people.value))) && !afterRelative(doc, k - 1);
}

/** True when a relative pronoun stands right before token `k` or before its determiner: "that reporters", "that the team". */
function afterRelative(doc: Doc, k: number): boolean {
  const det = tokenAt(doc, k - 1).pos === 'DET' && !RELATIVE_PRONOUNS.has(tokenAt(doc, k - 1).lower) ? k - 1 : k;
  return RELATIVE_PRONOUNS.has(tokenAt(doc, det - 1).lower);
}

/**
 * True when token `k` follows a determiner: an adverb there is the noun the
 * tagger missed ("the daily wrote", "a weekly reported"), never one between a
 * subject and its verb.
 */
function afterDeterminer(doc: Doc, k: number, floor: number): boolean {
  return k - 1 >= floor && tokenAt(doc, k - 1).pos === 'DET';
}

/**
 * Where the subject before the cue at `cueFirst` ends: past the adverbs, auxiliaries, time phrases, media and
 * asides between a subject and its verb ("X famously said", "The agency on Friday said", "She has since said").
 * Sets `span.end` and `span.modifierEnd`; returns the speaker (or null for none) when a rule on the way settles
 * it (a passive, the object of a verb of causing before "to"), else undefined.
 */
export function subjectEndBefore(doc: Doc, cueFirst: number, floor: number, span: PhraseSpan, find: SpeakerSearch): Mention | null | undefined {
  let end = cueFirst;
  // a stray comma after a parenthesis: "Sen. Ada Moss (D-Vt.), said"
  // (also after an opening phrase: "At the fair, Gov. Tom Reyes (R-Ky.), said")
  if (end - 2 >= floor && tokenAt(doc, end - 1).value === ',' && tokenAt(doc, end - 2).value === ')' && (skipAppositive(doc, end, floor) === end || nameBeforeParenthesis(doc, end - 2, floor))) end--;
  // adverbs and time phrases between the subject and its verb: "X famously said", "The agency on Friday said"
  let catenative = false;
  // the end of a participle and its time phrase after a description ("the order released Friday"), kept in it
  let timeFrom = -1;
  let timeTo = -1;
  let modifierEnd = -1;
  for (let round = 0; round < 4; round++) {
    const from = end;
    while (end - 1 >= floor && (SKIPPABLE_ADVERBS.has(tokenAt(doc, end - 1).lower) || REFLEXIVE_PRONOUNS.has(tokenAt(doc, end - 1).lower) || (tokenAt(doc, end - 1).pos === 'ADV' && /ly$/.test(tokenAt(doc, end - 1).lower) && !isNameToken(tokenAt(doc, end - 1), doc) && !afterDeterminer(doc, end - 1, floor)) || isFloatingQuantifier(doc, end - 1, floor))) end--;
    // "she repeatedly, implicitly criticized": adverbs in -ly joined by a comma
    if (end < from && end - 2 > floor && tokenAt(doc, end - 1).value === ',' && tokenAt(doc, end).pos === 'ADV' && /ly$/.test(tokenAt(doc, end).lower) &&
      tokenAt(doc, end - 2).pos === 'ADV' && /ly$/.test(tokenAt(doc, end - 2).lower) && !isNameToken(tokenAt(doc, end - 2), doc)) {
      end -= 2;
      continue;
    }
    // "She appeared to imply", "Okafor has begun to rebut", "he used to boast": the subject of the verb before "to"
    if (end - 2 >= floor && tokenAt(doc, end - 1).lower === 'to' && tokenAt(doc, end - 1).pos === 'PART' && isCatenative(tokenAt(doc, end - 2))) {
      end -= 2;
      catenative = true;
      continue;
    }
    const object = infinitiveObjectSpeaker(doc, end, floor, find);
    if (object !== undefined) return object;
    // auxiliaries: "She has since said", "Puerto Rico has been warning"; a passive ("were later told") has no speaker
    const aux = auxiliariesStart(doc, end, floor);
    if (aux < end) {
      if (!catenative && isPassiveAt(doc, aux)) return null;
      end = aux;
      continue;
    }
    // fixed phrases and asides between the subject and its verb ("has and will", "all but", "a month later", "two weeks ago",
    // "who, after the vote,", ", however,")
    const fixed = fixedGapStart(doc, end, floor);
    if (fixed >= 0) {
      end = fixed;
      continue;
    }
    // a participle after the subject: "A news report published Wednesday said", "Figures reported on Sunday suggest",
    // and right before the verb the participle of a survey: "19 percent of voters polled said"
    if (end - 2 >= floor && ((round > 0 && isReducedRelative(doc, end - 1)) || surveyedPeople(doc, end - 1))) {
      modifierEnd = timeTo === end ? timeFrom : end;
      end--;
      continue;
    }
    // what describes the subject before its verb: a medium, a year, a work's title, a quoted nickname
    const described = describedGapStart(doc, end, floor);
    if (described >= 0) {
      end = described;
      continue;
    }
    // a time phrase: "The agency on Friday said", "Smith Monday said"
    const t = timeGapStart(doc, end, floor);
    if (t < end) {
      timeFrom = end;
      timeTo = t;
    }
    end = t;
    if (end === from) break;
  }
  span.end = end;
  span.modifierEnd = modifierEnd;
  return undefined;
}

/**
 * Where a fixed phrase or an aside between a subject and its verb starts when one ends at `end`: an auxiliary
 * joined by "and", "all but", "a month later", "two weeks ago", an aside after a relative pronoun, an adverb set
 * off by commas; -1 when none does.
 */
function fixedGapStart(doc: Doc, end: number, floor: number): number {
  // "Lee has and will continue to advise", "they can and will say": an auxiliary joined by "and" or "or" to the
  // auxiliaries of the cue's group shares its subject
  if (end - 2 > floor && tokenAt(doc, end).pos === 'AUX' && LIST_CONJUNCTIONS.has(tokenAt(doc, end - 1).lower) && tokenAt(doc, end - 2).pos === 'AUX' && /^\p{Ll}/u.test(tokenAt(doc, end - 2).value)) {
    return end - 2;
  }
  // "Lee all but begged", "Reyes a month later announced": an adverbial phrase between the subject and its verb
  if (end - 3 >= floor && tokenAt(doc, end - 1).lower === 'but' && tokenAt(doc, end - 2).lower === 'all' && tokenAt(doc, end).pos === 'VERB') {
    return end - 2;
  }
  // ("later" itself was skipped as an adverb)
  if (end - 3 >= floor && tokenAt(doc, end).lower === 'later' && TIME_UNITS.has(tokenAt(doc, end - 1).lemma) && /^(NUM|DET)$/.test(tokenAt(doc, end - 2).pos)) {
    return end - 2;
  }
  // "two weeks ago", "a month ago"
  if (end - 3 >= floor && tokenAt(doc, end - 1).lower === 'ago' && TIME_UNITS.has(tokenAt(doc, end - 2).lemma) && /^(NUM|DET)$/.test(tokenAt(doc, end - 3).pos)) {
    end -= 3;
    // "less than two weeks ago", "about a month ago"
    if (end - 2 >= floor && tokenAt(doc, end - 1).lower === 'than' && AGO_COMPARATIVES.has(tokenAt(doc, end - 2).lower)) end -= 2;
    else if (end - 1 >= floor && TIME_APPROXIMATORS.has(tokenAt(doc, end - 1).lower)) end--;
    return end;
  }
  // "Tom Reyes, who, after the vote, said": an aside set off by commas after a relative pronoun
  const aside = relativeAsideStart(doc, end, floor);
  if (aside >= 0) {
    return aside;
  }
  // "has, however, revealed": an adverb set off by commas
  if (end - 3 >= floor && tokenAt(doc, end - 1).value === ',' && tokenAt(doc, end - 2).pos === 'ADV' && tokenAt(doc, end - 3).value === ',' && tokenAt(doc, end - 4).pos === 'AUX') {
    return end - 3;
  }
  return -1;
}

/**
 * Where what describes a subject right before its verb starts when it ends at `end`: a medium ("in an
 * interview"), a year, a work's title or a quoted nickname after its noun; -1 when none does.
 */
function describedGapStart(doc: Doc, end: number, floor: number): number {
  // a medium: "The governor in an interview said", "The firm in its filing on Friday said"
  const medium = mediumPhraseStart(doc, end, floor);
  if (medium >= 0) {
    return medium;
  }
  // a year: "who in 2010 said"
  if (end - 2 > floor && YEAR.test(tokenAt(doc, end - 1).value) && YEAR_TAIL_PREPOSITIONS.has(tokenAt(doc, end - 2).lower)) {
    return end - 2;
  }
  // 'The book "Quiet Rivers" argues': a work's title in quotation marks after its noun belongs to the subject
  const title = workTitleStart(doc, end, floor);
  if (title >= 0) {
    return title;
  }
  // 'The hacker known as "Ghost" said': a quoted nickname after a naming participle belongs to the subject
  const nickname = nicknameStart(doc, end, floor);
  if (nickname >= 0) {
    return nickname;
  }
  return -1;
}

/**
 * Where a time phrase that ends at `end` starts ("on Friday", "last spring", "since March"), or `end`.
 */
function timeGapStart(doc: Doc, end: number, floor: number): number {
  let t = end;
  // (an all-capital word is a name: "USA TODAY reported")
  // (two times joined by "and" or "or" are one phrase: "Visitors on Monday and Tuesday said")
  // (days only: "Officials in May and June said" keeps its months, as one object of "in")
  const joinedTime = (k: number): boolean => k < end - 1 && k - 1 > floor && LIST_CONJUNCTIONS.has(tokenAt(doc, k).lower) && DAY_WORDS.includes(tokenAt(doc, k - 1).lower) && DAY_WORDS.includes(tokenAt(doc, k + 1).lower);
  // a season or a time of day after a lead or "past" closes the phrase: "last spring", "this past fall", "past noon"
  t = ledTimeWordStart(doc, t, floor);
  while (t - 1 > floor && ((TIME_PHRASE_WORDS.has(tokenAt(doc, t - 1).lower) && !/^\p{Lu}{2,}$/u.test(tokenAt(doc, t - 1).value)) || (t < end && tokenAt(doc, t - 1).pos === 'NUM') || joinedTime(t - 1))) t--;
  if (t < end && t - 1 > floor && TIME_LEADS.has(tokenAt(doc, t - 1).lower)) t--;
  // "late on Friday", "early last week": an edge word before the lead
  t = edgeLeadStart(doc, t, end, floor);
  // a bare day or month right before the verb ("Smith Monday said") is a time phrase too, and so is "past noon"
  // ("since" read as a subordinator is a preposition before a time: "A man waiting for a kidney since March said")
  const since = t < end && t - 1 > floor && tokenAt(doc, t - 1).lower === 'since';
  if (t < end && t > floor && tokenAt(doc, t - 1).pos !== 'ADP' && !since && !TIME_LEADS.has(tokenAt(doc, t).lower) && !DAY_WORDS.includes(tokenAt(doc, t).lower) && tokenAt(doc, t).lower !== 'past') t = end;
  // (and it goes with its time: "A woman waiting for surgery since last year said" ends the subject at "surgery")
  if (since && t < end) t--;
  return t;
}
