/**
 * The speaker written before a cue ("Smith said", "Smith, the treasurer,
 * said", coordinated subjects, relative clauses). The rules run in the order
 * {@link findSpeakerBefore} and `phraseBefore` here give them; the shapes
 * they ask about are in the files beside this one: `appositive-owner.ts`
 * (the name a description stands in apposition to), `relative-antecedent.ts`
 * (the antecedent of "who" or "which"), `named-words.ts` (names and quoted
 * words inside a subject), `medium.ts` (a medium between the speaker and the
 * cue), `object-speaker.ts` (an object of another verb that speaks),
 * `counts.ts` (numbers and counting words). The words of a verb group the
 * search passes over stay here, and so do the shapes that search again
 * before a cue (an earlier relative joined by "and", the people a
 * participle describes, the issuer of a text): no import goes round.
 * @internal
 */
import { titleObjectOf, titledMention } from '../quoted-title.js';
import { mentionWith, shapedMention, type Mention } from '../../shape.js';
import { CUE_VERBS, NOUN_TAGGED_RETORT_VERBS, ISSUING_VERBS, MEDIUM_HEADS, MEDIUM_PREPOSITIONS, PLACE_HEADS, TEXT_FINDING_VERBS, VERB_PARTICLES, OBJECT_CONTROL_VERBS, SIGN_NOUNS, SAYING_CATEGORIES } from '../../../data/cues.js';
import { DOCUMENT_NOUNS, FRACTION_NOUNS, ORGANIZATION_NOUNS, PARTY_PARTICIPLES, SURVEY_PARTICIPLES } from '../../../data/people.js';
import { DAY_WORDS, TIME_LEADS, TIME_PHRASE_WORDS, TIME_UNITS, TIME_APPROXIMATORS, AGO_COMPARATIVES, YEAR_TAIL_PREPOSITIONS, YEAR } from '../../../data/time.js';
import type { Doc, Token } from '../../../prepare/document.js';
import { isMarkToken, isRegularPast, maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { closesPlaceBefore, namedInAppositive, personAfterTitledPost, placeStart, skipAppositive, withLeadingDescription } from '../appositive.js';
import { withTaggedCoordination } from '../coordinated-tagged.js';
import { makeMention, nameText } from '../mention.js';
import { canSpeak } from '../can-speak.js';
import { interrogativeMention, negatedNobody, nobodyOpensAt } from '../unnamed-subject.js';
import { possessiveConjunctAppositive } from '../possessive-conjunct.js';
import { DASHES, isNameToken } from '../name-tokens.js';
import { isInnerHyphen, partyCodeEnd } from '../name-marks.js';
import { HEAD_NOUNS, TITLE_FIXED_TAILS } from '../../../data/titles.js';
import { joinedFloor } from '../floor.js';
import { remembered, type MentionMemo } from '../memo.js';
import { isNounPhrase, negatedWholeStart, phraseStartBefore } from '../noun-phrase.js';
import { adverbInName, repeatedNoun } from '../widen-found.js';
import { kindOfHead, kindOfName } from '../../kinds.js';
import { isPassiveAt } from '../passive.js';
import { describedNameAfter, openingSubject, subjectBeforeComma } from '../long-subject.js';
import { bareCount } from '../bare-count.js';
import { sentenceSubject } from '../subject.js';
import { sharedSubject } from '../participle.js';
import { counted, quantifierAlone } from '../counted.js';
import { isPlace, isPlaceAfterPreposition } from '../place.js';
import { coordinatedStart, nameListStart, participleSubject, quantifierParticipleSubject, relativeClauseSubject, relativeVerbSubject } from '../subject-modifiers.js';
import { edgeLeadStart, ledTimeWordStart, timePhraseEnd } from '../time-phrase.js';
import { bareQuantifier } from '../bare-quantifier.js';
import { coordinatedWhoseMention, whoseClauseOpen } from '../whose-clause.js';
import { amongVerb } from '../among.js';
import { coordinatedWhoAntecedent } from '../coordinated-who.js';
import { relativeAsideStart } from '../relative-aside.js';
import { adjunctCommaBefore } from '../adjunct.js';
import { likeAdjunctBefore } from '../like-adjunct.js';
import { conjoinedClauseSubject } from '../conjoined-clause.js';
import { isGerundSubjectObject } from '../gerund-object.js';
import { spenderSubject } from '../time-spent.js';
import { CONTROLLED_QUANTIFIERS, FLOATING_QUANTIFIERS, SCENE_DETERMINERS, SKIPPABLE_ADVERBS, PARTITIVE_WORDS, TAIL_PREPOSITIONS, QUANTIFIERS, QUANTIFIER_APPROXIMATORS, FRACTION_APPROXIMATORS, FRACTION_COUNTS, LIST_CONJUNCTIONS, SECOND_CLAUSE_CONJUNCTIONS, COUNT_COMPARATIVES, PARTITIVE_PLACE_PREPOSITIONS } from '../../../data/function-words.js';
import { PASSIVE_AUXILIARIES, RELATIVE_PRONOUNS, RELATIVE_OPENERS, WHO_WHICH_RELATIVES, CUE_GROUP_WORDS } from '../../../data/clauses.js';
import { OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS, PLURAL_DEMONSTRATIVES, PLURAL_SUBJECT_PRONOUNS } from '../../../data/pronouns.js';
import { SAID_PLACE_PREPOSITIONS } from '../../../data/places.js';
import { nameBeforeParenthesis, appositiveOwner, isClause, memberAppositive, parentheticalCue, barePlural, appositiveAfterName } from './appositive-owner.js';
import { nameLinkBefore, workTitleStart, nicknameStart, scareQuotedHead } from './named-words.js';
import { countedAntecedent, nearestPhrase, verbBetween, nameAfterPreposition, nearestPeople } from './relative-antecedent.js';
import { mediumPhraseStart, withMediumVerb } from './medium.js';
import { verbBeforeAdjunct, perceivedObject, controlledObject } from './object-speaker.js';
import { ellipticalNumberStart, countedNamed } from './counts.js';

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
function auxiliariesStart(doc: Doc, end: number, floor: number): number {
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
 * The antecedent of a relative clause joined to an earlier one by "and" or
 * "but" right before token `e` ("Ann Lee, whose district backed her but who
 * said", "a man who fights ... and who argues"): the antecedent of the
 * nearest "who", "whose" or "which" before it in the sentence; else null.
 */
function coordinatedRelative(doc: Doc, e: number, floor: number): Mention | null {
  if (e - 1 < floor || !SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, e - 1).lower)) return null;
  const sent = tokenAt(doc, e - 1).sent;
  for (let k = e - 2; k > floor && k >= e - 30; k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || isMarkToken(t.value)) return null;
    if (!RELATIVE_OPENERS.has(t.lower)) continue;
    let a = k;
    if (tokenAt(doc, a - 1).value === ',') a--;
    if (a - 1 < floor || RELATIVE_OPENERS.has(tokenAt(doc, a - 1).lower)) return null;
    const antecedent = phraseBefore(doc, a, floor);
    return antecedent && antecedent.kind !== 'pronoun' ? (antecedent.kind === 'description' ? appositiveOwner(doc, antecedent, floor, false) ?? antecedent : antecedent) : null;
  }
  return null;
}

/** True while {@link peopleBeforeParticiple} looks for the phrase its participle describes (see there). */
let insideParticipleSearch = false;

/**
 * The antecedent of "who" when `antecedent` is a thing (no person, group or
 * organization: "the report") after a participle and its preposition ("many
 * named in the report who", "the people listed on the ballot who"): the phrase
 * the participle describes ("many", "the people"), if it may speak; else null.
 */
function peopleBeforeParticiple(doc: Doc, antecedent: Mention, floor: number): Mention | null {
  if (insideParticipleSearch || antecedent.kind !== 'description' || kindOfHead(tokenAt(doc, antecedent.head ?? antecedent.last - 1).lower) !== 'unknown') return null;
  const preposition = antecedent.first - 1;
  const participle = preposition - 1;
  if (participle - 1 < floor || tokenAt(doc, preposition).pos !== 'ADP') return null;
  const verb = tokenAt(doc, participle);
  if (verb.pos !== 'VERB' || !/(ed|en|wn)$/.test(verb.lower) || verb.lower === verb.lemma) return null;
  // (one step back, never a chain: a search inside this one that meets "who" again answers with a pronoun, which is
  // refused below anyway, so it need not go back further; 'who named in the report who named ...' repeated thousands
  // of times overflowed the stack)
  insideParticipleSearch = true;
  let described: Mention | null;
  try {
    described = phraseBefore(doc, participle, floor) ?? countedAntecedent(doc, participle, floor);
  } finally {
    insideParticipleSearch = false;
  }
  return described !== null && described.last === participle && described.kind !== 'pronoun' ? described : null;
}

/**
 * The speaker written before a cue: the subject of "Smith said", "Smith, the
 * treasurer, said", "General X – the army's spokesman – had told".
 */
export function speakerBefore(doc: Doc, cueFirst: number, givenFloor: number): Mention | null {
  // the rules ask for the same cue's speaker several times (about 60% of the calls over news articles)
  // ("Ann Lee, R-Tenn., and Tom Reyes, D-Ore., said": both speak)
  return remembered(FOUND_BEFORE, doc, cueFirst, givenFloor, speakerBeforeOnce);
}

/** {@link speakerBefore} worked out (what {@link remembered} keeps). */
function speakerBeforeOnce(doc: Doc, cueFirst: number, givenFloor: number): Mention | null {
  // ("The hacker whose prank revealed the leak and whose post denied": the second "whose" phrase speaks)
  const found = adverbInName(doc, coordinatedWhoseMention(doc, repeatedNoun(doc, withTaggedCoordination(doc, findSpeakerBefore(doc, cueFirst, givenFloor), givenFloor), givenFloor)), givenFloor);
  // "Which senator said the bill was dead?": a question's subject names no speaker
  return found && interrogativeMention(doc, found, doc.sentences[tokenAt(doc, found.first).sent]!.first) ? null : found;
}

/**
 * {@link speakerBefore} by document and by cue and floor; the tokens of a
 * document never change once it is prepared.
 */
const FOUND_BEFORE: MentionMemo = new WeakMap();

/**
 * Drops what {@link speakerBefore} remembers of `doc`: an ask after that works
 * the answer out again, the same as a remembered one.
 */
export function forgetSpeakersBefore(doc: Doc): void {
  FOUND_BEFORE.delete(doc);
}

/**
 * True when token `k` follows a determiner: an adverb there is the noun the
 * tagger missed ("the daily wrote", "a weekly reported"), never one between a
 * subject and its verb.
 */
function afterDeterminer(doc: Doc, k: number, floor: number): boolean {
  return k - 1 >= floor && tokenAt(doc, k - 1).pos === 'DET';
}

/** {@link speakerBefore}, worked out. */
function findSpeakerBefore(doc: Doc, cueFirst: number, givenFloor: number): Mention | null {
  // "No one said", "No one at the agency said": a negated nobody speaks as "Nobody" does
  const nobody = negatedNobody(doc, cueFirst, givenFloor);
  if (nobody) return nobody;
  const phrase = phraseBefore(doc, cueFirst, givenFloor);
  const floor = joinedFloor(doc, givenFloor);
  let found: Mention | null;
  // "Friends of the mayor who have watched her on the trail say": the phrase is inside the subject's modifiers
  // (not the text a relative "that" goes back to: "The mayor pointed to a report that warned" is no subject's modifier)
  const relativeThat = phrase !== null && phrase.last < cueFirst && tokenAt(doc, phrase.last).lower === 'that';
  if (phrase) found = phrase.kind !== 'pronoun' && !relativeThat ? keepAppositiveName(doc, phrase, openingSubject(doc, phrase, floor)) ?? phrase : phrase;
  // (phraseBefore gives nothing for a passive cue: "it was revealed that" has no speaker before it)
  else if (isPassiveAt(doc, cueFirst)) found = null;
  else {
    // "Some voters who heard him over the years, on radio or at rallies, said": nothing but a comma before the cue
    const aux = auxiliariesStart(doc, cueFirst, givenFloor);
    // ("A farmer who asked not to be identified said": a relative clause ending in its verb)
    found = subjectBeforeComma(doc, aux, floor) ?? bareCount(doc, aux, floor) ?? bareQuantifier(doc, aux, floor) ?? relativeVerbSubject(doc, aux, floor);
  }
  // "A guide who was skiing nearby, Tom Rey, said": the name after the description's relative clause speaks
  if (found) found = describedNameAfter(doc, found) ?? found;
  // "Tom Reyes runs a farm, and like Ann Lee has spoken about": the object of "like" is no subject; the verb before "and" lends its own
  if (found && found.last === cueFirst) {
    const like = likeAdjunctBefore(doc, found, floor);
    if (like >= 0) return sharedSubject(doc, like, like, speakerBefore);
  }
  // "Ann Lee, whose hometown, Dover, is flooding, argues": a phrase inside a "whose" clause is the clause's; the subject before it speaks
  if (found && found.kind !== 'pronoun') {
    const open = whoseClauseOpen(doc, found, cueFirst);
    const sentenceFirst = open < 0 ? -1 : doc.sentences[tokenAt(doc, open).sent]!.first;
    const owner = open > sentenceFirst ? phraseBefore(doc, open, sentenceFirst) : null;
    // (a pronoun owner too: "She, whose son, Tom Park, works at the mill, said"; resolution finds who she is)
    if (open >= 0) return owner && owner.last === open ? owner : null;
  }
  // "Lee spoke for an hour, at one point saying ...": the object of an adverbial preposition is no speaker; the sentence's subject is
  if (found && found.kind !== 'pronoun') {
    const comma = adjunctCommaBefore(doc, found, cueFirst);
    if (comma >= 0) {
      // (the nearer clause's subject after "and" or "but": "Lee made it a priority, and she has battled the port since,
      // at one point calling")
      const sentenceFirst = doc.sentences[tokenAt(doc, comma).sent]!.first;
      const subject = conjoinedClauseSubject(doc, comma, sentenceFirst, speakerBefore) ?? sentenceSubject(doc, sentenceFirst, comma);
      return subject && subject.first >= givenFloor && !isPlace(subject) ? subject : null;
    }
  }
  // "Ann Lee, speaking at a fair in Dover, Del., warned": a place after a preposition is no speaker; the sentence's subject is
  if (found?.kind !== 'name' || !isPlaceAfterPreposition(doc, found, givenFloor)) return found;
  const sentence = doc.sentences[tokenAt(doc, found.first).sent];
  const subject = sentence ? sentenceSubject(doc, sentence.first, found.first) : null;
  return subject && subject.first >= givenFloor && subject.last <= found.first && !isPlace(subject) ? subject : null;
}

/**
 * The name of `phrase` when it stands in apposition after a description,
 * last after its comma ("the clinic that ran the trial, Dr Ann Lee"), and `subject`, the whole
 * subject that description sits in, widens it to a description: the name
 * speaks, its mention covering the whole subject ("The head of the clinic
 * that ran the trial, Dr Ann Lee, said" is Ann Lee); else `subject`.
 */
function keepAppositiveName(doc: Doc, phrase: Mention, subject: Mention | null): Mention | null {
  if (!subject || subject.kind !== 'description' || phrase.kind !== 'name' || phrase.description === undefined) return subject;
  if (subject.first >= phrase.first || subject.last !== phrase.last) return subject;
  // (the name itself sets the phrase off after its comma: not "Some critics, like Ann Lee, a lawyer in Dover")
  let comma = phrase.last - 1;
  while (comma > phrase.first && tokenAt(doc, comma).value !== ',') comma--;
  const name = comma > phrase.first ? makeMention(doc, comma + 1, phrase.last) : null;
  if (name?.kind !== 'name' || name.name !== phrase.name) return subject;
  return mentionWith(phrase, { first: subject.first, start: subject.start, description: doc.text.slice(subject.start, phrase.end) });
}

/** The speaker phrase before a cue, before the check that it is no place after a preposition. */
function phraseBefore(doc: Doc, cueFirst: number, givenFloor: number): Mention | null {
  let end = cueFirst;
  const floor = joinedFloor(doc, givenFloor);
  // a passive cue ("it was revealed that", "Smith was asked, ...", "voters were told"): its subject is no speaker
  if (isPassiveAt(doc, cueFirst)) return null;
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
    // "led Republicans to say", "wants voters to recall": the object of a verb of causing speaks;
    // "held a briefing to brag", "pointed to a case to say": the subject of the verb before the object
    if (end - 2 >= floor && tokenAt(doc, end - 1).lower === 'to' && tokenAt(doc, end - 2).pos !== 'VERB') {
      // ("prompted Ann Lee, who leads the council, to state", "led aides like Ann Lee to counter": a name's
      // aside, or the people it is an example of, belong to the object of a verb of causing)
      const controlled = controlledObject(doc, end - 1, floor);
      if (controlled) return controlled;
      const np = phraseStartBefore(doc, end - 1, floor);
      // ("pointed to a case to say": a preposition may stand between the verb and its object)
      let v = np - 2 > floor && tokenAt(doc, np - 1).pos === 'ADP' && tokenAt(doc, np - 2).pos === 'VERB' ? np - 2 : np - 1;
      // ("held a briefing on Monday to brag", "stopped me in the hall to say": a prepositional phrase after the object)
      const after = np > floor && tokenAt(doc, v).pos !== 'VERB' ? verbBeforeAdjunct(doc, np, end - 1, floor) : -1;
      if (after >= 0) v = after;
      const verb = tokenAt(doc, v);
      if (np > floor && verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.value)) {
        const object = makeMention(doc, np, end - 1);
        if (OBJECT_CONTROL_VERBS.has(verb.lemma) && v === np - 1) return object && canSpeak(doc, object) ? object : null;
        // ("..., rushing to the studio to say": a participle after a comma shares the clause's subject)
        if ((!CUE_VERBS.has(verb.lemma) || v !== np - 1) && /ing$/.test(verb.lower) && v - 1 > floor && tokenAt(doc, v - 1).value === ',') return sharedSubject(doc, v, v, speakerBefore);
        if (!CUE_VERBS.has(verb.lemma) || v !== np - 1) return speakerBefore(doc, v, floor);
      }
      // "led some to speculate", "prompted many to ask": a quantifier alone is the object
      const q = tokenAt(doc, end - 2);
      if (np < 0 && CONTROLLED_QUANTIFIERS.has(q.lower) && end - 3 >= floor && OBJECT_CONTROL_VERBS.has(tokenAt(doc, end - 3).lemma)) {
        return shapedMention({ first: end - 2, last: end - 1, start: q.start, end: q.end, kind: 'description', titles: [], name: q.value });
      }
    }
    // auxiliaries: "She has since said", "Puerto Rico has been warning"; a passive ("were later told") has no speaker
    const aux = auxiliariesStart(doc, end, floor);
    if (aux < end) {
      if (!catenative && isPassiveAt(doc, aux)) return null;
      end = aux;
      continue;
    }
    // "Lee has and will continue to advise", "they can and will say": an auxiliary joined by "and" or "or" to the
    // auxiliaries of the cue's group shares its subject
    if (end - 2 > floor && tokenAt(doc, end).pos === 'AUX' && LIST_CONJUNCTIONS.has(tokenAt(doc, end - 1).lower) && tokenAt(doc, end - 2).pos === 'AUX' && /^\p{Ll}/u.test(tokenAt(doc, end - 2).value)) {
      end -= 2;
      continue;
    }
    // "Lee all but begged", "Reyes a month later announced": an adverbial phrase between the subject and its verb
    if (end - 3 >= floor && tokenAt(doc, end - 1).lower === 'but' && tokenAt(doc, end - 2).lower === 'all' && tokenAt(doc, end).pos === 'VERB') {
      end -= 2;
      continue;
    }
    // ("later" itself was skipped as an adverb)
    if (end - 3 >= floor && tokenAt(doc, end).lower === 'later' && TIME_UNITS.has(tokenAt(doc, end - 1).lemma) && /^(NUM|DET)$/.test(tokenAt(doc, end - 2).pos)) {
      end -= 2;
      continue;
    }
    // "two weeks ago", "a month ago"
    if (end - 3 >= floor && tokenAt(doc, end - 1).lower === 'ago' && TIME_UNITS.has(tokenAt(doc, end - 2).lemma) && /^(NUM|DET)$/.test(tokenAt(doc, end - 3).pos)) {
      end -= 3;
      // "less than two weeks ago", "about a month ago"
      if (end - 2 >= floor && tokenAt(doc, end - 1).lower === 'than' && AGO_COMPARATIVES.has(tokenAt(doc, end - 2).lower)) end -= 2;
      else if (end - 1 >= floor && TIME_APPROXIMATORS.has(tokenAt(doc, end - 1).lower)) end--;
      continue;
    }
    // "Tom Reyes, who, after the vote, said": an aside set off by commas after a relative pronoun
    const aside = relativeAsideStart(doc, end, floor);
    if (aside >= 0) {
      end = aside;
      continue;
    }
    // "has, however, revealed": an adverb set off by commas
    if (end - 3 >= floor && tokenAt(doc, end - 1).value === ',' && tokenAt(doc, end - 2).pos === 'ADV' && tokenAt(doc, end - 3).value === ',' && tokenAt(doc, end - 4).pos === 'AUX') {
      end -= 3;
      continue;
    }
    // a participle after the subject: "A news report published Wednesday said", "Figures reported on Sunday suggest",
    // and right before the verb the participle of a survey: "19 percent of voters polled said"
    if (end - 2 >= floor && ((round > 0 && isReducedRelative(doc, end - 1)) || surveyedPeople(doc, end - 1))) {
      modifierEnd = timeTo === end ? timeFrom : end;
      end--;
      continue;
    }
    // a medium: "The governor in an interview said", "The firm in its filing on Friday said"
    const medium = mediumPhraseStart(doc, end, floor);
    if (medium >= 0) {
      end = medium;
      continue;
    }
    // a year: "who in 2010 said"
    if (end - 2 > floor && YEAR.test(tokenAt(doc, end - 1).value) && YEAR_TAIL_PREPOSITIONS.has(tokenAt(doc, end - 2).lower)) {
      end -= 2;
      continue;
    }
    // 'The book "Quiet Rivers" argues': a work's title in quotation marks after its noun belongs to the subject
    const title = workTitleStart(doc, end, floor);
    if (title >= 0) {
      end = title;
      continue;
    }
    // 'The hacker known as "Ghost" said': a quoted nickname after a naming participle belongs to the subject
    const nickname = nicknameStart(doc, end, floor);
    if (nickname >= 0) {
      end = nickname;
      continue;
    }
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
    if (t < end) {
      timeFrom = end;
      timeTo = t;
    }
    end = t;
    if (end === from) break;
  }
  // "a headline that said", "water bottles that said": "that" right after a noun is a relative pronoun
  // (only a text or a sign speaks so: "groups that don't disclose" is no attribution)
  if (end - 2 >= floor && tokenAt(doc, end - 1).lower === 'that' && (DOCUMENT_NOUNS.has(tokenAt(doc, end - 2).lower) || SIGN_NOUNS.has(tokenAt(doc, end - 2).lower))) {
    let antecedent = phraseBefore(doc, end - 1, floor);
    if (!antecedent || antecedent.kind === 'pronoun' || antecedent.last !== end - 1) return null;
    // "The mayor pointed to a report that warned": the text is the phrase right before "that", not the sentence's subject
    // (over a verb only: "a guard in a vest that read", "a study at the college that found" keep their phrase)
    const start = phraseStartBefore(doc, end - 1, floor);
    if (start > antecedent.first && verbBetween(doc, antecedent.first, start)) antecedent = makeMention(doc, start, end - 1) ?? antecedent;
    // "Lee is releasing a new ad that urges ...": the issuer of the text speaks through it
    return issuerOf(doc, antecedent, floor) ?? antecedent;
  }
  // a relative clause: "Smith, who said ..." speaks through its antecedent
  if (end - 1 >= floor && WHO_WHICH_RELATIVES.has(tokenAt(doc, end - 1).value)) {
    const relative = tokenAt(doc, end - 1);
    let e = end - 1;
    // (a comma, a parenthesis or a dash standing apart opens the clause: "Tomas Vey - who had said ... - said",
    // "The minister (who said ...) voted")
    if (e - 1 >= floor && (tokenAt(doc, e - 1).value === ',' || tokenAt(doc, e - 1).value === '(' || (DASHES.has(tokenAt(doc, e - 1).value) && !isInnerHyphen(doc, e - 1)))) e--;
    // the antecedent is a phrase, never another relative pronoun ("who who who said" must not recurse)
    if (e - 1 >= floor && WHO_WHICH_RELATIVES.has(tokenAt(doc, e - 1).value)) return null;
    // "drew fire from Ann Lee and Tom Reyes, who said": the clause set off by its comma is both names'
    const coordinated = relative.lower === 'who' && e < end - 1 && tokenAt(doc, e).value === ',' ? coordinatedWhoAntecedent(doc, e, floor) : null;
    if (coordinated) return shapedMention({ first: relative.i, last: relative.i + 1, start: relative.start, end: relative.end, kind: 'pronoun', titles: [], name: relative.value, antecedent: coordinated });
    let antecedent = phraseBefore(doc, e, floor) ?? countedAntecedent(doc, e, floor) ?? coordinatedRelative(doc, e, floor);
    if (!antecedent) return null;
    // "Ann Holt is among those who say": the subject counted among them speaks
    const be = relative.lower === 'who' ? amongVerb(doc, antecedent, floor) : -1;
    const member = be >= 0 ? phraseBefore(doc, be, floor) : null;
    if (member && member.kind !== 'pronoun' && member.last === be) return member;
    // ("Ann Holt, the mayor, is among those who say": a name set off by its appositive, read as before a cue)
    const described = be >= 0 && tokenAt(doc, be - 1).value === ',' ? speakerBefore(doc, be, floor) : null;
    if (described && described.kind === 'name' && described.antecedent === undefined) return described;
    // "The council voted for a resolution which said": "which" goes back to the phrase right before it,
    // not to the sentence's subject over a verb read as a participle ("People briefed on the talks")
    if (relative.lower === 'which' && antecedent.last === e) antecedent = nearestPhrase(doc, antecedent, e, floor);
    // "The senator pointed to aides who warned": "who" goes back to the people right before it, over the sentence's verb
    else if (relative.lower === 'who' && antecedent.last === e) antecedent = nearestPeople(doc, antecedent, e, floor);
    // "one of many named in the report who said": "who" goes back past a thing after a participle's preposition
    if (relative.lower === 'who') antecedent = peopleBeforeParticiple(doc, antecedent, floor) ?? antecedent;
    // "drew fire from Ann Lee, who said": the name after the preposition, not the phrase the preposition tails
    if (relative.lower === 'who' && antecedent.kind === 'description') antecedent = nameAfterPreposition(doc, antecedent) ?? antecedent;
    // "McConnell, now the majority leader, who said": the relative pronoun goes back past the appositive
    if (antecedent.kind === 'description') antecedent = appositiveOwner(doc, antecedent, floor, false) ?? antecedent;
    return shapedMention({ first: relative.i, last: relative.i + 1, start: relative.start, end: relative.end, kind: 'pronoun', titles: [], name: relative.value, antecedent });
  }
  // 'The authors of the “Harbour Plan” wrote': a quoted title is the object of "of" right before the verb
  const of = titleObjectOf(doc, end, floor);
  if (of > floor) {
    const owner = phraseStartBefore(doc, of, floor);
    // (not in an appositive set off after a name, 'As Ada Brook, a professor and author of “Rules,” put it': the
    // appositive reading below finds the name)
    const plain = owner >= 0 && !appositiveAfterName(doc, owner, floor) ? makeMention(doc, owner, of) : null;
    // (a name keeps its name: 'Ida Marsh of the “Tarn Ledger” said' is Ida Marsh)
    if (plain?.kind === 'description') return titledMention(doc, plain, end);
    if (plain?.kind === 'name') return mentionWith(plain, { last: end, end: tokenAt(doc, end - 1).end });
  }
  // 'The so-called "experts" say', 'This TV "reporter" has claimed': a head noun in scare quotes right before the verb
  const scared = scareQuotedHead(doc, end, floor);
  if (scared) return scared;
  // "Smith, the treasurer, said", "Jordan (R-Ohio), a panel member, said", "X – the spokesman – said"
  let start = phraseStartBefore(doc, end, floor);
  // "The memo by the two", "majorities in all six": a number standing for its noun closes a prepositional tail
  if (start < 0) start = ellipticalNumberStart(doc, end, floor);
  const close0 = end;
  let appositive: Mention | null = null;
  for (let round = 0; round < 3 && start < 0; round++) {
    // the token before `end` closes the appositive; in later rounds it is the comma that opened the last one
    const opener = maybeToken(doc, end);
    const parenthesis = maybeToken(doc, end - 1)?.value === ')';
    const close = round > 0 && !parenthesis && opener !== undefined && (opener.value === ',' || DASHES.has(opener.value)) ? end + 1 : end;
    const skipped = skipAppositive(doc, close, floor);
    if (skipped === close || isClause(doc, skipped + 1, close - 1)) break;
    const partyCode = partyCodeEnd(doc, skipped + 1) === end - 1;
    if (round === 0 && !partyCode && tokenAt(doc, skipped).value !== '(' && isNounPhrase(doc, skipped + 1, end - 1)) appositive = memberAppositive(doc, makeMention(doc, skipped + 1, end - 1), skipped + 1);
    // "The first witness, a retired teacher named Ann Lee, said": the name the appositive gives
    else if (round === 0 && !partyCode && tokenAt(doc, skipped).value === ',') appositive = namedInAppositive(doc, skipped + 1, end - 1);
    end = skipped;
    start = phraseStartBefore(doc, end, floor);
  }
  // "Tom Reyes of Dover, Del., said", "Teachers in Leeds, England, say": with no appositive before it, the comma
  // closing a place right before the verb ends the subject itself
  if (start < 0 && appositive === null && closesPlaceBefore(doc, close0, floor)) {
    end = close0 - 1;
    start = phraseStartBefore(doc, end, floor);
  }
  if (start < 0) return countedNamed(doc, end, floor, appositive) ?? counted(doc, end, floor) ?? quantifierAlone(doc, end, floor);
  // after an appositive, a state closes its place ("Tom Reyes of Dover, Del., a retired teacher, said"): take the city too
  if (appositive !== null || end < close0) start = placeStart(doc, start, floor);
  // prepositional tails: "a spokesman for the campaign", "a source familiar with the talks"; a third before a name
  // set off after the description ("The director of the Museum of Modern Art in Boston, Peter Lang, said")
  for (let round = 0; round < (appositive?.kind === 'name' ? 3 : 2); round++) {
    // a coordinated object of the preposition: "Writers on Peru and coastal fishing",
    // "anglers in Maine and across the region"
    // (a time phrase is no object joined so: "The river began rising on Monday and officials said")
    const and = tokenAt(doc, start - 1).pos === 'ADP' && !TAIL_PREPOSITIONS.has(tokenAt(doc, start - 1).lower) ? start - 2 : start - 1;
    if (and - 1 > floor && tokenAt(doc, and).lower === 'and') {
      const left = phraseStartBefore(doc, and, floor);
      // ("Officials in May and June said": two times joined are one object of the preposition)
      const timeAfter = TIME_PHRASE_WORDS.has(tokenAt(doc, and + 1).lower) || tokenAt(doc, and + 1).pos === 'NUM';
      // (nor the object of a verb's preposition: "Ana Ruiz paid for a photo and the manager said" is the manager's)
      // (a person or people named right before the cue: not "60 percent", nor the object of a relative clause's verb)
      const verbObject = left - 2 >= floor && tokenAt(doc, left - 2).pos === 'VERB' && /^\p{Ll}/u.test(tokenAt(doc, left - 2).value) && end === cueFirst && tokenAt(doc, and + 1).pos !== 'NUM';
      if (left > floor && TAIL_PREPOSITIONS.has(tokenAt(doc, left - 1).lower) && !verbObject && (timePhraseEnd(doc, left, and) < and || timeAfter)) start = left;
    }
    let k = start - 1;
    // ("A report by the agency": "by" after a text names its author)
    const byAuthor = k - 1 >= floor && tokenAt(doc, k).lower === 'by' && DOCUMENT_NOUNS.has(tokenAt(doc, k - 1).lower);
    if (k < floor || !(TAIL_PREPOSITIONS.has(tokenAt(doc, k).lower) || byAuthor || nameLinkBefore(doc, start, close0, floor))) break;
    k--;
    // a quantifier: "most of the candidates", "half of voters", "one of his aides"; "Many in the crowd";
    // with the "not" of a negated whole: "Not all of the residents"
    const prep = tokenAt(doc, k + 1).lower;
    if (k >= floor && ((prep === 'of' && (QUANTIFIERS.has(tokenAt(doc, k).lower) || tokenAt(doc, k).pos === 'NUM')) || (PARTITIVE_PLACE_PREPOSITIONS.has(prep) && PARTITIVE_WORDS.has(tokenAt(doc, k).lower)))) {
      start = negatedWholeStart(doc, k, floor);
      continue;
    }
    // "four out of 10 voters"
    if (k - 1 >= floor && prep === 'of' && tokenAt(doc, k).lower === 'out' && tokenAt(doc, k - 1).pos === 'NUM') {
      start = k - 1;
      continue;
    }
    // "editor at large of The Forward", "commander in chief of the army": a title's fixed tail
    if (k - 2 >= floor && TITLE_FIXED_TAILS.has(`${tokenAt(doc, k - 1).lower} ${tokenAt(doc, k).lower}`)) k -= 2;
    const adjectiveEnd = k;
    while (k >= floor && tokenAt(doc, k).pos === 'ADJ') k--;
    // "People not involved in the talks said": a "not" before the adjective goes with it
    if (k < adjectiveEnd && k > floor && tokenAt(doc, k).lower === 'not') k--;
    // "Those close to him say": a demonstrative heads the phrase
    if (k >= floor && k < start - 2 && PLURAL_DEMONSTRATIVES.has(tokenAt(doc, k).lower)) {
      start = k;
      break;
    }
    // "No one at the agency said": the negated nobody is the subject (see negatedNobody); the phrase after the
    // preposition speaks for no one (not "Families with no one at home said", whose families speak)
    if (nobodyOpensAt(doc, k, floor)) return null;
    const s = phraseStartBefore(doc, k + 1, floor);
    if (s < 0) break;
    const m = makeMention(doc, s, k + 1);
    if (!m || m.kind === 'pronoun' || !canSpeak(doc, m)) break;
    // "Ann Lee in her opening speech said", "Tom Reyes at a news conference said": after a person's name, a
    // lower-case in, on or at and a phrase opened by a lower-case determiner set the scene; the person speaks alone
    // (not with a capitalised head, an affiliation: "Ann Lee at the Brookings Institution said")
    if (round === 0 && m.kind === 'name' && m.first === s && m.last === k + 1 && SAID_PLACE_PREPOSITIONS.has(tokenAt(doc, k + 1).value) &&
      SCENE_DETERMINERS.has(tokenAt(doc, start).value) && /^\p{Ll}/u.test(tokenAt(doc, end - 1).value) && tokenAt(doc, k).pos === 'PROPN' && kindOfName(m.name) === 'person') {
      start = s;
      end = k + 1;
      break;
    }
    start = s;
  }
  // "at least half of voters", "nearly half", "about 9 percent"
  while (start - 1 >= floor && (QUANTIFIERS.has(tokenAt(doc, start).lower) || tokenAt(doc, start).pos === 'NUM') && QUANTIFIER_APPROXIMATORS.has(tokenAt(doc, start - 1).lower)) {
    start--;
    if (tokenAt(doc, start).lower === 'least' && maybeToken(doc, start - 1)?.lower === 'at' && start - 1 >= floor) start--;
  }
  // "Nearly a third", "Just over a quarter", "Less than a third": a fraction's own modifiers
  if (end - start === 2 && FRACTION_COUNTS.has(tokenAt(doc, start).lower) && FRACTION_NOUNS.has(tokenAt(doc, start + 1).lower)) {
    for (let round = 0; round < 2 && start - 1 >= floor; round++) {
      const w = tokenAt(doc, start - 1).lower;
      if (FRACTION_APPROXIMATORS.has(w)) start--;
      else if (w === 'than' && start - 2 >= floor && COUNT_COMPARATIVES.has(tokenAt(doc, start - 2).lower)) start -= 2;
      else break;
    }
  }
  // coordinated subjects: "Politicians and even some technologists say", "Friends, lobbyists and former foes say"
  start = coordinatedStart(doc, start, floor);
  // a list of names before the pair: "Sens. Ann Lee, Tom Reyes and Mia Ortiz said"
  start = nameListStart(doc, start, end, floor);
  const mention = makeMention(doc, start, end);
  // "One pastor supporting Mr. Reyes, Darran Whitby of Grace Church, said": a name in apposition speaks,
  // whatever the description before it holds
  if (appositive?.kind === 'name' && mention) {
    const described = participleSubject(doc, start, end, floor) ?? relativeClauseSubject(doc, start, floor);
    if (described?.kind === 'description' && described.first < start) return mentionWith(appositive, { first: described.first, start: described.start, description: doc.text.slice(described.start, mention.end) });
  }
  // "Officials who spoke with The Post said": the phrase is the object inside a relative clause
  const relative = relativeClauseSubject(doc, start, floor);
  if (relative) return relative;
  // "People briefed on the talks said", "Republicans supporting the bill say": the phrase is the object of a participle
  // ("The firm responded with a statement saying": a verb and a medium after "with", no participle and its object)
  const withMedium = withMediumVerb(doc, cueFirst, start, end, floor);
  const participle = withMedium < 0 ? participleSubject(doc, start, end, floor) : null;
  if (participle) return participle;
  // "several included on it told": a quantifier standing alone for people before a participle and its preposition
  const quantified = withMedium < 0 ? quantifierParticipleSubject(doc, start, end, floor) : null;
  if (quantified) return quantified;
  // "His office released a statement saying ...": the issuer speaks; the statement is the medium
  // a verb with its particle: "sent out a press release saying"
  // (an amount's currency sign and its determiner stand before the phrase: "filed a $40 million lawsuit alleging")
  let lead = start;
  if (lead - 1 > floor && /^[$€£]$/.test(tokenAt(doc, lead - 1).value)) lead -= maybeToken(doc, lead - 2)?.pos === 'DET' ? 2 : 1;
  let verbAt = withMedium >= 0 ? withMedium : VERB_PARTICLES.has(maybeToken(doc, lead - 1)?.lower ?? '') ? lead - 2 : lead - 1;
  // and the medium after "in" or "on": "Thiel wrote in a statement explaining", "Lee shot back in an article stating",
  // "Reyes put it in a memo explaining", "Lee was on the radio talking about": after another verb, a medium's
  // head, or any phrase after a verb of saying or writing ("He believed in a man claiming ..." is the man's)
  const afterMediumPreposition = MEDIUM_PREPOSITIONS.has(maybeToken(doc, start - 1)?.lower ?? '') && maybeToken(doc, start - 1)?.pos === 'ADP';
  if (afterMediumPreposition) {
    let v = start - 2;
    if (maybeToken(doc, v)?.lower === 'it') v--;
    const particle = VERB_PARTICLES.has(maybeToken(doc, v)?.lower ?? '');
    if (particle) v--;
    const t = maybeToken(doc, v);
    // ("Lee shot back in a column saying": a verb of retort the tagger read as a noun before its particle)
    const retort = particle && t !== undefined && t.pos === 'NOUN' && NOUN_TAGGED_RETORT_VERBS.has(t.value) && v > floor && tokenAt(doc, v - 1).sent === t.sent;
    let head = start;
    while (head + 1 < end && maybeToken(doc, head + 1)!.pos !== 'ADP') head++;
    // (a verb of saying or writing only with the head right before the cue: "spoke on a panel with a man claiming" is the man's)
    const saying = t !== undefined && SAYING_CATEGORIES.has(CUE_VERBS.get(t.lemma) ?? '') && head === end - 1;
    const be = t !== undefined && t.pos === 'AUX' && t.lemma === 'be';
    // (after a form of "be" or a passive any place or station: "was on WKRP talking about", "got trapped in a
    // bind trying to explain", "was caught on a bus telling"; not a town or a hall: "was raised in a town claiming")
    const passive = t !== undefined && t.pos === 'VERB' && PASSIVE_AUXILIARIES.has(maybeToken(doc, v - 1)?.lemma ?? '') && !PLACE_HEADS.has(maybeToken(doc, head)!.lower);
    const medium = MEDIUM_HEADS.has(maybeToken(doc, head)!.lower) || be || passive;
    if (t !== undefined && (t.pos === 'VERB' || be || retort) && (medium || saying || retort)) verbAt = v;
  }
  // "Lee spent much of her speech praising the plan": the one who spends the time or the speech speaks
  const spender = mention && mention.kind !== 'pronoun' ? spenderSubject(doc, start, cueFirst, floor, speakerBefore) : null;
  if (spender) return spender;
  const verb = maybeToken(doc, verbAt);
  // (a form of "be" only before the medium: "was on the radio talking")
  const beforeMedium = verbAt < start - 1 && afterMediumPreposition && (verb?.pos === 'AUX' || (verb?.pos === 'NOUN' && NOUN_TAGGED_RETORT_VERBS.has(verb.value)));
  // "we watch Tom Reyes's loyal negotiating partners in Dover referring to": a participle inside the object before
  // its head, after a verb of perceiving; the people of the whole object speak
  const perceived = verb !== undefined && verbAt === start - 1 && /ing$/.test(maybeToken(doc, cueFirst)?.lower ?? '') ? perceivedObject(doc, verbAt, start, end, floor) : null;
  if (perceived) return perceived;
  // likewise any object of a verb before a bare participle: "The senator emailed supporters saying: ..."
  // (but "left many voters wondering", "heard the governor saying": after a verb of perceiving or leaving in a
  // state, the people in the object speak)
  if (mention && mention.kind !== 'pronoun' && verb !== undefined && (verb.pos === 'VERB' || beforeMedium) &&
    /ing$/.test(maybeToken(doc, cueFirst)?.lower ?? '') && verbAt > floor && !(verbAt === start - 1 && isGerundSubjectObject(doc, mention))) {
    // (not the finder of a text: "The hikers found a note saying ...", "She received a letter claiming ...": the text says it)
    if (verb.pos === 'VERB' && TEXT_FINDING_VERBS.has(verb.lemma) && verbAt === lead - 1) return mention;
    // (a verb of issuing: the subject of its own clause, "Lee cited the agency, which issued a report saying")
    const issuer = verb.pos === 'VERB' && ISSUING_VERBS.has(verb.lemma) ? clauseIssuer(doc, verbAt, floor) : sentenceSubject(doc, doc.sentences[verb.sent]!.first, verbAt + 1);
    if (issuer) return issuer;
  }
  // "The firm hired by the council, Calder & Moss, said": the name in the appositive is the speaker
  if (mention && mention.kind === 'description' && appositive?.kind === 'name') {
    // unless the description ends in an organisation that the name names and is itself in apposition to a
    // person: "Ivo Marchetti, editor of the city's oldest newspaper, La Voce, said" is Ivo Marchetti
    const owner = ORGANIZATION_NOUNS.has(tokenAt(doc, end - 1).lower) && kindOfName(appositive.name) !== 'place' ? appositiveOwner(doc, mention, floor, true) : null;
    if (owner !== null && kindOfName(owner.name) === 'person') return mentionWith(owner, { description: doc.text.slice(mention.start, appositive.end) });
    // "Ann Ruiz and her husband, Tom Ruiz, said": both speak
    const pair = possessiveConjunctAppositive(doc, mention, appositive, makeMention);
    if (pair !== null) return pair;
    // when the description opens the sentence ("Her rival, Tom Park, warned"), the mention covers both: it is no quotation
    const opens = maybeToken(doc, start - 1) === undefined || tokenAt(doc, start - 1).sent !== tokenAt(doc, start).sent;
    return opens ? mentionWith(appositive, { first: start, start: tokenAt(doc, start).start, description: mention.name }) : mentionWith(appositive, { description: mention.name });
  }
  if (!mention || !canSpeak(doc, mention)) return null;
  // "him", "them": an object pronoun is never the subject of the cue
  // ("those with him concede", "those near her say": it ends the description that is)
  const those = mention.kind === 'pronoun' && start - 2 >= floor && tokenAt(doc, start - 1).pos === 'ADP' && PLURAL_DEMONSTRATIVES.has(tokenAt(doc, start - 2).lower);
  if (those && (OBJECT_PRONOUNS.has(mention.name.toLowerCase()) || mention.name.toLowerCase() === 'her')) return makeMention(doc, start - 2, end);
  if (mention.kind === 'pronoun' && OBJECT_PRONOUNS.has(mention.name.toLowerCase())) return null;
  // "Tom Reyes, whose aides say": the people owned speak, not their owner (news marks "whose aides" as the source)
  if (mention.kind === 'description' && tokenAt(doc, mention.first).lower === 'whose') return mention.last - mention.first > 1 ? mention : null;
  // "Mike Shields, president of the fund, a super PAC ..., said": the description is itself an appositive of a name
  // ('Clinton, a top aide said, "was never told."': not when the cue is set off by a comma before a verb that has no
  // subject of its own; the name is that verb's subject, the description speaks)
  // (not a bare plural: "the capital, Dover, officials said" is the officials')
  if (mention.kind === 'description' && !parentheticalCue(doc, cueFirst, mention) && !barePlural(doc, mention)) {
    const owner = appositiveOwner(doc, mention, floor, true);
    if (owner) return owner;
  }
  // "The Parliamentary Budget Officer, Martin Lacasse, said": a post in title case before a person's name
  const post = appositive !== null && mention.kind === 'name' ? personAfterTitledPost(doc, mention, appositive) : null;
  if (post !== null) return post;
  // "Ann Lee, the governor, said": the description belongs to the person
  if (mention.kind === 'name' && appositive?.kind === 'description') return mentionWith(mention, { description: appositive.name });
  // "Her rival, Tom Park, warned": a description opening the sentence belongs to the name, it is no quotation
  if (mention.kind === 'name') return withLeadingDescription(doc, mention, floor) ?? mention;
  // "the order released Friday said": the participle and its time phrase describe the text
  if (mention.kind === 'description' && modifierEnd > mention.last && mention.last === end) {
    const to = tokenAt(doc, modifierEnd - 1).end;
    return mentionWith(mention, { last: modifierEnd, end: to, name: nameText(doc, mention.start, to), head: mention.head ?? mention.last - 1 });
  }
  return mention;
}

/**
 * The subject of the verb of issuing whose object is the text `text` ("Lee
 * is releasing | a new ad", "The board sent out | a letter"), when that verb
 * stands right before it (its particle passed over) and a subject opens
 * its clause; null otherwise.
 */
function issuerOf(doc: Doc, text: Mention, floor: number): Mention | null {
  let v = text.first - 1;
  if (v > floor && VERB_PARTICLES.has(tokenAt(doc, v).lower)) v--;
  const verb = maybeToken(doc, v);
  if (verb === undefined || v <= floor || verb.pos !== 'VERB' || !ISSUING_VERBS.has(verb.lemma) || !/^\p{Ll}/u.test(verb.value)) return null;
  const issuer = clauseIssuer(doc, v, floor);
  return issuer && issuer.last <= v ? issuer : null;
}

/**
 * The subject of the verb of issuing at `v`: the sentence's subject, unless
 * the subject found before the verb as before a cue stands after it, in the
 * verb's own clause ("Lee cited the agency, which issued | a report", "Lee
 * knows the firm released | a report", "Lee toured the clinic, and the board
 * released | a report").
 */
function clauseIssuer(doc: Doc, v: number, floor: number): Mention | null {
  const subject = sentenceSubject(doc, doc.sentences[tokenAt(doc, v).sent]!.first, v + 1);
  const own = speakerBefore(doc, auxiliariesStart(doc, v, floor), floor);
  return own && own.last <= v && (subject === null || own.first > subject.last) ? own : subject;
}
