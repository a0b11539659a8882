/**
 * Subjects with what follows their head before the cue: coordinations ("Friends,
 * lobbyists and former foes say"), relative clauses ("Officials who spoke with
 * The Post said") and participles ("People briefed on the talks said").
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import { DOCUMENT_NOUNS, ORGANIZATION_NOUNS, PEOPLE_NOUNS } from '../../data/people.js';
import { TITLE_WORDS } from '../../data/titles.js';
import { MEDIUM_HEADS } from '../../data/cues.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { makeMention, nameText } from './mention.js';
import { canSpeak } from './can-speak.js';
import { isRecordNoun } from './sentence-openers.js';
import { phraseStartBefore } from './noun-phrase.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { INTRANSITIVE_PAST_LEMMAS, MOVEMENT_PAST_LEMMAS, PARTICIPLE_QUANTIFIERS, RELATIVE_OBJECT_LINKS, THOSE_QUANTIFIERS, SUBJECT_RELATIVES, WHO_THAT_RELATIVES } from '../../data/clauses.js';
import { kindOfName } from '../kinds.js';
import { isNameToken } from './name-tokens.js';
import { isInnerHyphen } from './name-marks.js';

/**
 * The start of a coordination of people that ends at `start`: "Politicians and
 * even some technologists", "Friends, lobbyists and former foes". Only plural
 * people words or names are joined, and only when the first opens the sentence.
 */
export function coordinatedStart(doc: Doc, start: number, floor: number): number {
  let k = start - 1;
  while (k >= floor && tokenAt(doc, k).pos === 'ADV') k--;
  if (k < floor || tokenAt(doc, k).lower !== 'and') return start;
  let s = k;
  // the start of the coordination found so far: after an opening phrase and its comma, "At the same time,
  // Ann Lee and her staff argue", the coordination starts after the comma
  let found = start;
  for (let round = 0; round < 4; round++) {
    const p = phraseStartBefore(doc, s, floor);
    if (p < 0) return found;
    const m = makeMention(doc, p, s);
    const head = tokenAt(doc, s - 1);
    // (a hyphenated head is read whole: "The Green Party front-runner and former state senator said")
    const whole = hyphenatedWord(doc, s - 1, p);
    // "The Green Party nominee and former minister of health said": a title word joins too
    const person = PEOPLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower) || PEOPLE_NOUNS.has(whole) || TITLE_WORDS.has(whole) || (head.pos === 'NOUN' && /[^s]s$/.test(head.lower));
    // ("He and his staff have pledged": a subject pronoun opening the sentence joins too)
    if (m?.kind === 'pronoun' && PERSON_SUBJECT_PRONOUNS.has(m.name.toLowerCase()) && round === 0 && opensSentenceAt(doc, p, floor)) return p;
    if (!m || m.kind === 'pronoun' || !(m.kind === 'name' || person)) return found;
    if (opensSentenceAt(doc, p, floor)) return p;
    const before = maybeToken(doc, p - 1)!;
    // "both Ann Lee and her campaign"
    if (round === 0 && before.lower === 'both') return p;
    // "But Okafor and his supporters argue": a conjunction or adverb opening the sentence
    const opener = maybeToken(doc, p - 2);
    if ((before.pos === 'CCONJ' || before.pos === 'ADV') && (p - 1 === floor || opener === undefined || opener.sent !== before.sent || isMarkToken(opener.value))) return p;
    if (before.value !== ',') return start;
    if (round === 0) found = p;
    s = p - 1;
  }
  return start;
}

/**
 * The lower-case text of the hyphenated word that ends at token `last`
 * ("front-runner" from "front", "-", "runner"), not reaching before `floor`;
 * the token alone when no hyphen joins it to the word before.
 */
function hyphenatedWord(doc: Doc, last: number, floor: number): string {
  let k = last;
  while (k - 2 >= floor && isInnerHyphen(doc, k - 1)) k -= 2;
  return doc.text.slice(tokenAt(doc, k).start, tokenAt(doc, last).end).toLowerCase();
}

/** How many names a list before a pair of names joined by "and" may add: "Ann Lee, Tom Reyes and Mia Ortiz". */
const MAX_LISTED_NAMES = 4;

/**
 * The start of a list of persons' names that ends in the pair of names
 * [start, end) joined by "and": "(Sens.) Ann Lee, Tom Reyes and Mia Ortiz"
 * for the pair "Tom Reyes and Mia Ortiz". The list opens its sentence, maybe
 * after a conjunction or adverb; else `start`.
 */
export function nameListStart(doc: Doc, start: number, end: number, floor: number): number {
  let and = -1;
  for (let k = start + 1; k < end - 1; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || (t.lower === 'and' && and >= 0)) return start;
    if (t.lower === 'and') and = k;
  }
  if (and < 0 || !isNameToken(tokenAt(doc, and - 1), doc) || !isNameToken(tokenAt(doc, and + 1), doc)) return start;
  let s = start;
  for (let n = 0; n < MAX_LISTED_NAMES && s - 2 >= floor && tokenAt(doc, s - 1).value === ','; n++) {
    const p = phraseStartBefore(doc, s - 1, floor);
    const m = p < 0 ? null : makeMention(doc, p, s - 1);
    if (m?.kind !== 'name' || kindOfName(m.name) !== 'person') break;
    s = p;
  }
  if (s === start) return start;
  if (opensSentenceAt(doc, s, floor)) return s;
  // "But Ann Lee, Tom Reyes and Mia Ortiz said"
  const before = tokenAt(doc, s - 1);
  const opener = maybeToken(doc, s - 2);
  return (before.pos === 'CCONJ' || before.pos === 'ADV') && (s - 1 === floor || opener === undefined || opener.sent !== before.sent || isMarkToken(opener.value)) ? s : start;
}

/**
 * When the phrase starting at `start` is the object of a short relative clause
 * ("officials who spoke with The Post", "a man who met Smith"), the phrase the
 * clause describes; else null.
 */
export function relativeClauseSubject(doc: Doc, start: number, floor: number): Mention | null {
  let k = start - 1;
  let verb = false;
  for (let n = 0; n < 5 && k > floor; n++, k--) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    else if (t.pos !== 'ADP' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  // ("who back the levy": a verb the tagger read as an adverb; "who favor consumption taxes": as a noun, in the phrase)
  if (k <= floor || !WHO_THAT_RELATIVES.has(tokenAt(doc, k).lower) || (!verb && tokenAt(doc, k).lower !== 'who')) return longRelativeSubject(doc, start, floor);
  const s = phraseStartBefore(doc, k, floor);
  if (s < 0) return null;
  const m = makeMention(doc, coordinatedStart(doc, s, floor), k);
  // ("local clubs that have backed her say": a plural noun or an organisation is a group)
  const head = tokenAt(doc, k - 1);
  // (a text too, inside an embedding clause: "We know a report that examined the accounts said"; opening its
  // sentence, "A report that examined the accounts said" keeps its whole phrase as before)
  const text = DOCUMENT_NOUNS.has(head.lower) && m !== null && !opensSentenceAt(doc, m.first, floor);
  return m && m.kind !== 'pronoun' && canSpeak(doc, m) && (m.kind === 'name' || isPeopleHead(head) || ORGANIZATION_NOUNS.has(head.lower) || text) ? m : null;
}

/** How many words a relative clause before a cue with no noun phrase at its end may have. */
const MAX_RELATIVE_WORDS = 12;

/**
 * The people before a relative clause that ends right before the cue, with no
 * noun phrase there: "A farmer who asked not to be identified (said)",
 * "Voters who attended (told reporters)", "But unions that lobbied (said)",
 * "Tenants whose rents were raised (say)";
 * `end` is the first token of the cue and its auxiliaries. The clause has a
 * verb and no punctuation or conjunction (two clauses may be joined by "and
 * who"); the cue is no bare "-ing" form; the people open their sentence,
 * maybe after a conjunction or an opening phrase and its comma. Null otherwise.
 */
export function relativeVerbSubject(doc: Doc, end: number, floor: number): Mention | null {
  const sent = tokenAt(doc, end).sent;
  // ("who rebuked him by publicly expressing": a participle with no auxiliary is no verb of the subject)
  let v = end;
  while (tokenAt(doc, v).pos === 'ADV' && tokenAt(doc, v + 1).sent === sent) v++;
  if (tokenAt(doc, v).pos === 'VERB' && /ing$/.test(tokenAt(doc, v).lower)) return null;
  let k = relativeWordBefore(doc, end - 1, floor, sent);
  // "A clerk who worked there and who asked not to be named (said)": two clauses joined by "and"
  if (k - 2 > floor && tokenAt(doc, k - 1).lower === 'and') {
    const first = relativeWordBefore(doc, k - 2, floor, sent);
    if (first >= 0) k = first;
  }
  if (k < 0) return null;
  const s = phraseStartBefore(doc, k, floor);
  if (s < 0) return null;
  const m = makeMention(doc, coordinatedStart(doc, s, floor), k);
  const head = tokenAt(doc, k - 1);
  // ("Unions that lobbied said": a plural the tagger read as a name at the start of the sentence)
  const plural = head.pos === 'PROPN' && /[^s]s$/.test(head.lower) && m?.first === k - 1;
  // ("A recruiter who asked not to be named said": "who" tells that any noun before it is a person)
  const who = tokenAt(doc, k).lower === 'who' && head.pos === 'NOUN';
  if (!m || m.kind === 'pronoun' || !canSpeak(doc, m) || !(m.kind === 'name' || isPeopleHead(head) || plural || who)) return null;
  if (opensClauseAt(doc, m.first, floor)) return m;
  return who ? personOfRelativeObject(doc, m.first, k, floor) : null;
}

/**
 * "A friend of the family who asked not to be named (said)": when the phrase
 * before a "who" clause, starting at `start`, is the object of "of", "to" or
 * "for" after a person noun ({@link PEOPLE_NOUNS}) that opens the clause, the
 * whole phrase from that noun's phrase up to the relative word `who`; else
 * null.
 */
function personOfRelativeObject(doc: Doc, start: number, who: number, floor: number): Mention | null {
  const adp = maybeToken(doc, start - 1);
  if (adp === undefined || start - 2 < floor || !RELATIVE_OBJECT_LINKS.has(adp.lower)) return null;
  const owner = tokenAt(doc, start - 2);
  if (!PEOPLE_NOUNS.has(owner.lower) || owner.pos !== 'NOUN') return null;
  const s = phraseStartBefore(doc, start - 1, floor);
  if (s < 0 || !opensClauseAt(doc, s, floor)) return null;
  const m = makeMention(doc, s, who);
  return m && m.kind === 'description' && canSpeak(doc, m) ? m : null;
}

/**
 * The relative word ("who", "that", "whose") that opens a clause of words ending at
 * token `last`, with a verb in it and no punctuation or conjunction; else -1.
 */
function relativeWordBefore(doc: Doc, last: number, floor: number, sent: number): number {
  let k = last;
  let verb = false;
  for (let n = 0; n < MAX_RELATIVE_WORDS && k > floor; n++, k--) {
    const t = tokenAt(doc, k);
    // ("A nurse who asked that her name be withheld (said)": a "that" right after the clause's verb opens that verb's
    // clause, not the relative one)
    if (SUBJECT_RELATIVES.has(t.lower) && !complementThat(doc, k, floor, sent)) break;
    // ("any firm that turns buyers away or asks": a cue joined to the clause's verb is the clause's own)
    if (!/^[\p{L}\p{N}]/u.test(t.value) || t.sent !== sent || t.pos === 'CCONJ') return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  return verb && k > floor && SUBJECT_RELATIVES.has(tokenAt(doc, k).lower) ? k : -1;
}

/**
 * True when token `k` is a "that" right after a verb of its sentence (past
 * `floor`): the conjunction opening that verb's clause ("asked that her name
 * be withheld"), no relative word.
 */
function complementThat(doc: Doc, k: number, floor: number, sent: number): boolean {
  const prev = tokenAt(doc, k - 1);
  return tokenAt(doc, k).lower === 'that' && k - 1 > floor && prev.sent === sent && prev.pos === 'VERB';
}

/**
 * True when token `s` opens its sentence, or follows only an opening
 * conjunction or adverb ("But", "Still") or an opening adverbial or
 * prepositional phrase with no verb and its comma ("On Monday,", "Still,").
 */
function opensClauseAt(doc: Doc, s: number, floor: number): boolean {
  if (opensSentenceAt(doc, s, floor)) return true;
  const before = tokenAt(doc, s - 1);
  if ((before.pos === 'CCONJ' || before.pos === 'ADV') && opensSentenceAt(doc, s - 1, floor)) return true;
  if (before.value !== ',' || s - 2 < floor) return false;
  let j = s - 2;
  for (; j > floor && !opensSentenceAt(doc, j, floor); j--) {
    const t = tokenAt(doc, j);
    if (t.pos === 'VERB' || t.pos === 'AUX' || !/^[\p{L}\p{N}]/u.test(t.value)) return false;
  }
  // (a name before the comma is an appositive's owner: "Ann Lee, a farmer who ...")
  return /^(ADP|ADV)$/.test(tokenAt(doc, j).pos) && opensSentenceAt(doc, j, floor);
}

/**
 * A longer relative clause with no punctuation inside, after people who open
 * the sentence: "Many farmers who came to Salem to protest the levy (say)".
 */
function longRelativeSubject(doc: Doc, start: number, floor: number): Mention | null {
  let verb = false;
  let k = start - 1;
  for (let n = 0; n < 12 && k > floor; n++, k--) {
    const t = tokenAt(doc, k);
    if (t.lower === 'who') break;
    if (!/^[\p{L}\p{N}]/u.test(t.value) || t.sent !== tokenAt(doc, start).sent) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  if (!verb || k <= floor || tokenAt(doc, k).lower !== 'who') return null;
  // "The delegates who denied the claims were sent home and Lee said": after the clause's verb, a second finite
  // verb is the sentence's own, and the phrase after "and" or "but" is a new clause's subject
  if (SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, start - 1).lower) && finiteVerbGroups(doc, k + 1, start - 1) >= 2) return null;
  const s = phraseStartBefore(doc, k, floor);
  if (s < 0) return null;
  const m = makeMention(doc, s, k);
  return opensSentenceAt(doc, s, floor) && m && m.kind !== 'pronoun' && canSpeak(doc, m) && (m.kind === 'name' || isPeopleHead(tokenAt(doc, k - 1))) ? m : null;
}

/**
 * How many finite verb groups stand in tokens [from, to): each opened by an
 * auxiliary or an inflected verb that is no "-ing" form and follows no "to"
 * ("denied the claims were sent home" has two; "came to Salem to protest the
 * levy" one).
 */
function finiteVerbGroups(doc: Doc, from: number, to: number): number {
  let groups = 0;
  let inGroup = false;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    const verbal = t.pos === 'VERB' || t.pos === 'AUX';
    if (verbal && !inGroup && (t.pos === 'AUX' || (t.lower !== t.lemma && !/ing$/.test(t.lower))) && (k === 0 || tokenAt(doc, k - 1).lower !== 'to')) groups++;
    inGroup = verbal || (inGroup && t.pos === 'ADV');
  }
  return groups;
}

/** True when token `s` opens its sentence (after the floor, a sentence break or a quotation mark). */
export function opensSentenceAt(doc: Doc, s: number, floor: number): boolean {
  const before = maybeToken(doc, s - 1);
  return s === floor || before === undefined || before.sent !== tokenAt(doc, s).sent || isMarkToken(before.value);
}

/** True for a head word that names people: a person noun or a plural noun ("farmers", "Democrats"). */
function isPeopleHead(head: Token): boolean {
  return PEOPLE_NOUNS.has(head.lower) || (head.pos === 'NOUN' && /[^s]s$/.test(head.lower));
}

/** The head of the phrase [start, end): its last word before a preposition ("question" in "a question on Facebook"). */
function phraseHead(doc: Doc, start: number, end: number): number {
  let head = start;
  while (head + 1 < end && tokenAt(doc, head + 1).pos !== 'ADP') head++;
  return head;
}

/**
 * When the phrase starting at `start` is the object of a participle whose
 * subject opens the sentence ("People briefed on the talks", "Town
 * councillors backing the levy", "Growers hoping to win back the lower
 * market"), the whole phrase, headed by that subject; else null.
 */
export function participleSubject(doc: Doc, start: number, end: number, floor: number): Mention | null {
  let k = start - 1;
  // ("A man holding that sign said": a "that" read as a conjunction between an -ing form and one noun is its determiner)
  if (k - 1 > floor && tokenAt(doc, k).lower === 'that' && end - start === 1 && tokenAt(doc, k - 1).pos === 'VERB' && /ing$/.test(tokenAt(doc, k - 1).lower)) k--;
  if (k > floor && tokenAt(doc, k).pos === 'ADP') k--;
  // "trying to regain (control)": the participle before an infinitive
  if (k - 2 > floor && tokenAt(doc, k).pos === 'VERB' && tokenAt(doc, k).lower === tokenAt(doc, k).lemma && tokenAt(doc, k - 1).lower === 'to') k -= 2;
  const verb = tokenAt(doc, k);
  if (k <= floor || !(verb.pos === 'VERB' || isNounTaggedParticiple(verb)) || !/^\p{Ll}/u.test(verb.value)) return null;
  // a past participle only with its preposition ("briefed on"), so that a finite verb ("Officials criticized the bill") stays out
  const ing = /ing$/.test(verb.lower);
  if (!ing && !(/ed$/.test(verb.lower) && tokenAt(doc, k + 1).pos === 'ADP')) return null;
  // (not a verb that takes no object before a medium: the clause's own verb, "Lee responded in a statement arguing";
  // a phrase with another head keeps its reading: "Lee responded to a question on Facebook writing")
  if (!ing && INTRANSITIVE_PAST_LEMMAS.has(verb.lemma) && MEDIUM_HEADS.has(tokenAt(doc, phraseHead(doc, start, end)).lower)) return null;
  // ("Oil prices jumped after the cartel said": a verb of a rise or fall takes no object, and is the clause's own verb)
  if (!ing && MOVEMENT_PAST_LEMMAS.has(verb.lemma)) return null;
  // ("A clerk asked for a photo and Tom Reyes said": a name or a person after "and" in the phrase is a new clause's
  // subject; "asked" is the first clause's own verb)
  if (!ing && secondClauseSubject(doc, start, end)) return null;
  // "Residents not affected by the flood": a "not" before the participle goes with it
  const subjectEnd = k - 1 > floor && tokenAt(doc, k - 1).lower === 'not' ? k - 1 : k;
  const s = phraseStartBefore(doc, subjectEnd, floor);
  if (s < 0) return null;
  const subject = makeMention(doc, s, subjectEnd);
  const head = tokenAt(doc, subjectEnd - 1);
  if (!opensSentenceAt(doc, s, floor) || !subject || subject.kind === 'pronoun' || !canSpeak(doc, subject)) return null;
  // ("Research conducted for the center": a record noun the tagger read as a proper noun, which opens no name)
  if (!(subject.kind === 'name' || isPeopleHead(head) || (head.pos === 'PROPN' && (/s$/.test(head.lower) || isRecordNoun(head.lower))))) return null;
  const from = tokenAt(doc, s).start;
  const to = tokenAt(doc, end - 1).end;
  return mentionWith(subject, { last: end, end: to, kind: 'description', titles: [], name: nameText(doc, from, to), head: subject.head ?? subjectEnd - 1 });
}

/**
 * True when the phrase [start, end) holds "and" or "but" before a name or a
 * description of a person that runs to `end`, after a first part that names
 * no person: "a photo and Tom Reyes", "a refund but the manager".
 */
function secondClauseSubject(doc: Doc, start: number, end: number): boolean {
  for (let j = start + 1; j < end - 1; j++) {
    if (!SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, j).lower)) continue;
    const first = makeMention(doc, start, j);
    if (first !== null && (first.kind === 'name' || PEOPLE_NOUNS.has(tokenAt(doc, j - 1).lower))) return false;
    const second = makeMention(doc, j + 1, end);
    return second !== null && (second.kind === 'name' || (second.kind === 'description' && PEOPLE_NOUNS.has(tokenAt(doc, end - 1).lower)));
  }
  return false;
}

/**
 * True for a lower-case word in "-ed" that the tagger read as a noun but is a
 * past participle ("Passengers rescued after the crash": "rescued" as a
 * noun); not a short word or one in "-eed" ("bed", "need", "greed").
 */
function isNounTaggedParticiple(t: Token): boolean {
  return t.pos === 'NOUN' && /^\p{Ll}{4,}ed$/u.test(t.value) && !/eed$/.test(t.lower);
}

/**
 * When the phrase starting at `start` is the object of a past participle and
 * its preposition after a quantifier standing alone for people ("several
 * included on | it", "many named in | the report"), the whole phrase from the
 * quantifier, up to token `end`; else null. Not after a preposition ("one of
 * many named in the report": the phrase is longer than this reads).
 */
export function quantifierParticipleSubject(doc: Doc, start: number, end: number, floor: number): Mention | null {
  const q = start - 3;
  if (q < floor || tokenAt(doc, start - 1).pos !== 'ADP') return null;
  const verb = tokenAt(doc, start - 2);
  const quantifier = tokenAt(doc, q);
  if (verb.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(verb.value) || verb.lower === verb.lemma || !PARTICIPLE_QUANTIFIERS.has(quantifier.lower)) return null;
  if ((q > floor && tokenAt(doc, q - 1).pos === 'ADP') || quantifier.sent !== tokenAt(doc, end - 1).sent) return null;
  // ("all those asked about the vote": a quantifier before "those" is its phrase's)
  const first = quantifier.lower === 'those' && q > floor && THOSE_QUANTIFIERS.has(tokenAt(doc, q - 1).lower) && tokenAt(doc, q - 1).sent === quantifier.sent ? q - 1 : q;
  const from = tokenAt(doc, first).start;
  const to = tokenAt(doc, end - 1).end;
  return shapedMention({ first, last: end, start: from, end: to, kind: 'description', titles: [], name: nameText(doc, from, to), head: first });
}
