/**
 * The span of the speaker phrase before a cue: its appositive, its prepositional
 * tails and the modifiers of its count.
 * @internal
 */
import type { Mention } from '../../shape.js';
import { DOCUMENT_NOUNS, FRACTION_NOUNS } from '../../../data/people.js';
import { TIME_PHRASE_WORDS } from '../../../data/time.js';
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { closesPlaceBefore, namedInAppositive, placeStart, skipAppositive } from '../appositive.js';
import { makeMention } from '../mention.js';
import { canSpeak } from '../can-speak.js';
import { nobodyOpensAt } from '../unnamed-subject.js';
import { DASHES } from '../name-tokens.js';
import { partyCodeEnd } from '../name-marks.js';
import { TITLE_FIXED_TAILS } from '../../../data/titles.js';
import { isNounPhrase, negatedWholeStart, phraseStartBefore } from '../noun-phrase.js';
import { kindOfName } from '../../kinds.js';
import { counted, quantifierAlone } from '../counted.js';
import { coordinatedStart, nameListStart } from '../subject-modifiers.js';
import { timePhraseEnd } from '../time-phrase.js';
import { SCENE_DETERMINERS, PARTITIVE_WORDS, TAIL_PREPOSITIONS, QUANTIFIERS, QUANTIFIER_APPROXIMATORS, FRACTION_APPROXIMATORS, FRACTION_COUNTS, COUNT_COMPARATIVES, PARTITIVE_PLACE_PREPOSITIONS } from '../../../data/function-words.js';
import { PLURAL_DEMONSTRATIVES } from '../../../data/pronouns.js';
import { SAID_PLACE_PREPOSITIONS } from '../../../data/places.js';
import { isClause, memberAppositive } from './appositive-owner.js';
import { nameLinkBefore } from './named-words.js';
import { ellipticalNumberStart, countedNamed } from './counts.js';

/** The span of the phrase before a cue as the phases of the speaker search narrow it. */
export interface PhraseSpan {
  /** The phrase's first token, or -1 before it is known. */
  start: number;
  /** The token after the phrase (the cue's first before the gap between subject and verb is passed). */
  end: number;
  /** The appositive set off after the phrase ("Ann Lee, the governor,"), or null. */
  appositive: Mention | null;
  /** Where the phrase ended before its appositive was passed over. */
  close: number;
  /** The end of a participle and its time phrase after a description ("the order released Friday"), or -1. */
  modifierEnd: number;
}

/**
 * Where the phrase before `span.end` starts, past an appositive set off after it ("Smith, the treasurer, said",
 * "X – the spokesman – said") or a place it closes; sets `span.start`, `span.end`, `span.appositive` and
 * `span.close`. Returns the speaker when no phrase starts there (a count: "the memo by the two"), else undefined.
 */
export function appositiveSpan(doc: Doc, floor: number, span: PhraseSpan): Mention | null | undefined {
  let end = span.end;
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
  span.start = start;
  span.end = end;
  span.appositive = appositive;
  span.close = close0;
  return undefined;
}

/**
 * Widens the span to the prepositional tails of its phrase ("a spokesman for the campaign", "most of the
 * candidates"); false when the phrase speaks for no one ("No one at the agency said").
 */
export function prepositionalTails(doc: Doc, cueFirst: number, floor: number, span: PhraseSpan): boolean {
  let start = span.start;
  let end = span.end;
  const appositive = span.appositive;
  const close0 = span.close;
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
    if (nobodyOpensAt(doc, k, floor)) return false;
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
  span.start = start;
  span.end = end;
  return true;
}

/**
 * Where the phrase from `start` to `end` starts with the modifiers of its count ("at least half", "nearly a
 * third") and the subjects coordinated before it ("Friends, lobbyists and former foes").
 */
export function countedStart(doc: Doc, start: number, end: number, floor: number): number {
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
  return start;
}
