/**
 * A relative pronoun before a cue that speaks through its antecedent: "Smith, who
 * said", "a headline that said".
 * @internal
 */
import { shapedMention, type Mention } from '../../shape.js';
import { SIGN_NOUNS } from '../../../data/cues.js';
import { DOCUMENT_NOUNS } from '../../../data/people.js';
import type { Doc } from '../../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../../prepare/lookup.js';
import { makeMention } from '../mention.js';
import { DASHES } from '../name-tokens.js';
import { isInnerHyphen } from '../name-marks.js';
import { phraseStartBefore } from '../noun-phrase.js';
import { kindOfHead } from '../../kinds.js';
import { amongVerb } from '../among.js';
import { coordinatedWhoAntecedent } from '../coordinated-who.js';
import { SECOND_CLAUSE_CONJUNCTIONS } from '../../../data/function-words.js';
import { RELATIVE_OPENERS, WHO_WHICH_RELATIVES } from '../../../data/clauses.js';
import { appositiveOwner } from './appositive-owner.js';
import { countedAntecedent, nearestPhrase, verbBetween, nameAfterPreposition, nearestPeople } from './relative-antecedent.js';
import type { SpeakerSearch } from '../search.js';
import { issuerOf } from './issuer.js';

/**
 * The text a relative "that" after a document or sign noun at `end - 1` stands for ("a headline that said"),
 * or its issuer; undefined when no such "that" stands there. `phrase` reads the phrase before a token and `find`
 * is the speaker search (both passed in, see search.ts).
 */
export function textThatSpeaker(doc: Doc, end: number, floor: number, phrase: SpeakerSearch, find: SpeakerSearch): Mention | null | undefined {
  // "a headline that said", "water bottles that said": "that" right after a noun is a relative pronoun
  // (only a text or a sign speaks so: "groups that don't disclose" is no attribution)
  if (end - 2 >= floor && tokenAt(doc, end - 1).lower === 'that' && (DOCUMENT_NOUNS.has(tokenAt(doc, end - 2).lower) || SIGN_NOUNS.has(tokenAt(doc, end - 2).lower))) {
    let antecedent = phrase(doc, end - 1, floor);
    if (!antecedent || antecedent.kind === 'pronoun' || antecedent.last !== end - 1) return null;
    // "The mayor pointed to a report that warned": the text is the phrase right before "that", not the sentence's subject
    // (over a verb only: "a guard in a vest that read", "a study at the college that found" keep their phrase)
    const start = phraseStartBefore(doc, end - 1, floor);
    if (start > antecedent.first && verbBetween(doc, antecedent.first, start)) antecedent = makeMention(doc, start, end - 1) ?? antecedent;
    // "Lee is releasing a new ad that urges ...": the issuer of the text speaks through it
    return issuerOf(doc, antecedent, floor, find) ?? antecedent;
  }
  return undefined;
}

/**
 * The relative pronoun at `end - 1` ("Smith, who said") as a mention that stands for its antecedent; null when it
 * has none; undefined when no "who" or "which" stands there.
 */
export function relativeSpeaker(doc: Doc, end: number, floor: number, phrase: SpeakerSearch, find: SpeakerSearch): Mention | null | undefined {
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
    let antecedent = phrase(doc, e, floor) ?? countedAntecedent(doc, e, floor) ?? coordinatedRelative(doc, e, floor, phrase);
    if (!antecedent) return null;
    // "Ann Holt is among those who say": the subject counted among them speaks
    const be = relative.lower === 'who' ? amongVerb(doc, antecedent, floor) : -1;
    const member = be >= 0 ? phrase(doc, be, floor) : null;
    if (member && member.kind !== 'pronoun' && member.last === be) return member;
    // ("Ann Holt, the mayor, is among those who say": a name set off by its appositive, read as before a cue)
    const described = be >= 0 && tokenAt(doc, be - 1).value === ',' ? find(doc, be, floor) : null;
    if (described && described.kind === 'name' && described.antecedent === undefined) return described;
    // "The council voted for a resolution which said": "which" goes back to the phrase right before it,
    // not to the sentence's subject over a verb read as a participle ("People briefed on the talks")
    if (relative.lower === 'which' && antecedent.last === e) antecedent = nearestPhrase(doc, antecedent, e, floor);
    // "The senator pointed to aides who warned": "who" goes back to the people right before it, over the sentence's verb
    else if (relative.lower === 'who' && antecedent.last === e) antecedent = nearestPeople(doc, antecedent, e, floor);
    // "one of many named in the report who said": "who" goes back past a thing after a participle's preposition
    if (relative.lower === 'who') antecedent = peopleBeforeParticiple(doc, antecedent, floor, phrase) ?? antecedent;
    // "drew fire from Ann Lee, who said": the name after the preposition, not the phrase the preposition tails
    if (relative.lower === 'who' && antecedent.kind === 'description') antecedent = nameAfterPreposition(doc, antecedent) ?? antecedent;
    // "McConnell, now the majority leader, who said": the relative pronoun goes back past the appositive
    if (antecedent.kind === 'description') antecedent = appositiveOwner(doc, antecedent, floor, false) ?? antecedent;
    return shapedMention({ first: relative.i, last: relative.i + 1, start: relative.start, end: relative.end, kind: 'pronoun', titles: [], name: relative.value, antecedent });
  }
  return undefined;
}

/**
 * The antecedent of a relative clause joined to an earlier one by "and" or
 * "but" right before token `e` ("Ann Lee, whose district backed her but who
 * said", "a man who fights ... and who argues"): the antecedent of the
 * nearest "who", "whose" or "which" before it in the sentence; else null.
 */
function coordinatedRelative(doc: Doc, e: number, floor: number, phrase: SpeakerSearch): Mention | null {
  if (e - 1 < floor || !SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, e - 1).lower)) return null;
  const sent = tokenAt(doc, e - 1).sent;
  for (let k = e - 2; k > floor && k >= e - 30; k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || isMarkToken(t.value)) return null;
    if (!RELATIVE_OPENERS.has(t.lower)) continue;
    let a = k;
    if (tokenAt(doc, a - 1).value === ',') a--;
    if (a - 1 < floor || RELATIVE_OPENERS.has(tokenAt(doc, a - 1).lower)) return null;
    const antecedent = phrase(doc, a, floor);
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
function peopleBeforeParticiple(doc: Doc, antecedent: Mention, floor: number, phrase: SpeakerSearch): Mention | null {
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
    described = phrase(doc, participle, floor) ?? countedAntecedent(doc, participle, floor);
  } finally {
    insideParticipleSearch = false;
  }
  return described !== null && described.last === participle && described.kind !== 'pronoun' ? described : null;
}
