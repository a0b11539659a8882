/**
 * The speaker written before a cue ("Smith said", "Smith, the treasurer,
 * said", coordinated subjects, relative clauses). {@link findSpeakerBefore}
 * and `phraseBefore` here keep the order of the phases; each phase is in a
 * file beside this one: `subject-end.ts` (the words between a subject and
 * its verb), `infinitive-object.ts` (the object of a verb before "to"),
 * `relative-speaker.ts` (a relative pronoun and its antecedent),
 * `quoted-head.ts` (a quoted title or scare-quoted head), `phrase-span.ts`
 * (the phrase, its appositive and prepositional tails), `phrase-reading.ts`
 * (what the phrase says of its speaker), `issuer.ts` (the issuer of a text).
 * The shapes they ask about are in `appositive-owner.ts`,
 * `relative-antecedent.ts`, `named-words.ts`, `medium.ts`,
 * `object-speaker.ts` and `counts.ts`. The phases that search again before
 * a cue take the search as an argument: no import goes round.
 * @internal
 */
import { mentionWith, type Mention } from '../../shape.js';
import type { Doc } from '../../../prepare/document.js';
import { tokenAt } from '../../../prepare/lookup.js';
import { withTaggedCoordination } from '../coordinated-tagged.js';
import { makeMention } from '../mention.js';
import { interrogativeMention, negatedNobody } from '../unnamed-subject.js';
import { joinedFloor } from '../floor.js';
import { remembered, type MentionMemo } from '../memo.js';
import { adverbInName, repeatedNoun } from '../widen-found.js';
import { isPassiveAt } from '../passive.js';
import { describedNameAfter, openingSubject, subjectBeforeComma } from '../long-subject.js';
import { bareCount } from '../bare-count.js';
import { sentenceSubject } from '../subject.js';
import { sharedSubject } from '../participle.js';
import { isPlace, isPlaceAfterPreposition } from '../place.js';
import { relativeVerbSubject } from '../subject-modifiers.js';
import { bareQuantifier } from '../bare-quantifier.js';
import { coordinatedWhoseMention, whoseClauseOpen } from '../whose-clause.js';
import { adjunctCommaBefore } from '../adjunct.js';
import { likeAdjunctBefore } from '../like-adjunct.js';
import { conjoinedClauseSubject } from '../conjoined-clause.js';
import type { PhraseSpan } from './phrase-span.js';
import { appositiveSpan, prepositionalTails, countedStart } from './phrase-span.js';
import { auxiliariesStart, subjectEndBefore } from './subject-end.js';
import { textThatSpeaker, relativeSpeaker } from './relative-speaker.js';
import { quotedHeadSpeaker } from './quoted-head.js';
import { objectReading, phraseReading } from './phrase-reading.js';

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

/**
 * The speaker phrase before a cue, before the check that it is no place after a preposition: its phases in order.
 */
function phraseBefore(doc: Doc, cueFirst: number, givenFloor: number): Mention | null {
  const floor = joinedFloor(doc, givenFloor);
  // a passive cue ("it was revealed that", "Smith was asked, ...", "voters were told"): its subject is no speaker
  if (isPassiveAt(doc, cueFirst)) return null;
  const span: PhraseSpan = { start: -1, end: cueFirst, appositive: null, close: cueFirst, modifierEnd: -1 };
  // 1. the words between the subject and its verb: "X famously said", "The agency on Friday said", "She has since said"
  const settled = subjectEndBefore(doc, cueFirst, floor, span, speakerBefore);
  if (settled !== undefined) return settled;
  // 2. a relative pronoun: "a headline that said", "Smith, who said"
  const text = textThatSpeaker(doc, span.end, floor, phraseBefore, speakerBefore);
  if (text !== undefined) return text;
  const relative = relativeSpeaker(doc, span.end, floor, phraseBefore, speakerBefore);
  if (relative !== undefined) return relative;
  // 3. a quoted title or a head in scare quotes right before the verb
  const quoted = quotedHeadSpeaker(doc, span.end, floor);
  if (quoted) return quoted;
  // 4. the phrase, past its appositive, widened to its prepositional tails and its count's modifiers
  const count = appositiveSpan(doc, floor, span);
  if (count !== undefined) return count;
  if (!prepositionalTails(doc, cueFirst, floor, span)) return null;
  span.start = countedStart(doc, span.start, span.end, floor);
  // 5. what the phrase says of its speaker: the object of another verb or clause, else the phrase and its appositive
  const mention = makeMention(doc, span.start, span.end);
  const object = objectReading(doc, cueFirst, floor, span, mention, speakerBefore);
  if (object !== undefined) return object;
  return phraseReading(doc, cueFirst, floor, span, mention);
}
