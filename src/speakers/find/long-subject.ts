/**
 * Long subjects whose head opens the sentence and whose modifiers run up to
 * the cue: "Friends of the mayor who have watched her on the trail say",
 * "Officials familiar with the pump in Milford, Del., said",
 * "Growers supporting the levy have said", "A notice posted on the door said".
 * The phrase right before the cue ("the trail", "the levy", "the door") is
 * only the object inside the modifier; the speaker is the whole subject.
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { makeMention, nameText } from './mention.js';
import { canSpeak, namesPeopleOrBody } from './can-speak.js';
import { DASHES } from './name-tokens.js';
import { partyCodeEnd } from './name-marks.js';
import { isTitleWordValue } from './title-keys.js';
import { phraseEndAfter } from './noun-phrase.js';
import { TIME_PHRASE_WORDS } from '../../data/time.js';
import { COUNT_NOUNS, SUBJECT_JOINERS, MODIFIER_PREPOSITIONS, LIST_CONJUNCTIONS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { AFFILIATION_JOINERS } from '../../data/titles.js';
import { CLAUSE_RELATIVES, FRONTED_OPENERS, INTRANSITIVE_PAST_LEMMAS, MOVEMENT_PAST_LEMMAS, OBJECT_TAKING_IRREGULAR_PARTICIPLES, INNER_CLAUSE_OPENERS, MODIFIER_RELATIVES, RELATIVE_PRONOUNS, JOINED_MODIFIER_POSSESSIVES, OWN_SUBJECT_RELATIVES } from '../../data/clauses.js';
import { headlineVerbLemma } from '../../cues/headline.js';
import { kindOfHead, kindOfName } from '../kinds.js';
import { PERSON_SUBJECT_PRONOUNS_AND_YOU, PLURAL_DEMONSTRATIVES, THIRD_PERSON_REFLEXIVES } from '../../data/pronouns.js';
import { NOUN_OPENING_TAGS } from '../../data/tags.js';

/**
 * True for a verb form that can be a participle after a noun: "supporting", "published", "known", "seen"; not the
 * past of a verb that takes no object ("The dispute erupted a week after ...": the clause's verb).
 */
function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && /^\p{Ll}/u.test(t.value) && (/ing$/.test(t.lower) || (/(ed|en|wn)$/.test(t.lower) && t.lower !== t.lemma && !INTRANSITIVE_PAST_LEMMAS.has(t.lemma)) || OBJECT_TAKING_IRREGULAR_PARTICIPLES.has(t.lower));
}

/** True when token `k` is a past participle after a noun: "accused" in "a manager accused of stealing". */
function participleBefore(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return isParticiple(t) && !/ing$/.test(t.lower) && k > 0 && tokenAt(doc, k - 1).pos === 'NOUN';
}

/** Punctuation that closes one modifier and may open the next: a comma, a dash, a parenthesis. */
function isSegmentBreak(t: Token): boolean {
  return t.value === ',' || t.value === '(' || t.value === ')' || DASHES.has(t.value);
}

/** True when "as well as" starts at token `k`. */
function asWellAs(doc: Doc, k: number): boolean {
  return tokenAt(doc, k).lower === 'as' && maybeToken(doc, k + 1)?.lower === 'well' && maybeToken(doc, k + 2)?.lower === 'as';
}

/** How a modifier segment opens, or null when it does not open like one. */
function segmentOpener(doc: Doc, k: number, to: number, afterComma: boolean): 'relative' | 'plain' | null {
  const t = tokenAt(doc, k);
  if (MODIFIER_RELATIVES.has(t.lower)) return 'relative';
  // "people I have spoken with": a relative clause without "who" or "that"
  if (PERSON_SUBJECT_PRONOUNS_AND_YOU.has(t.lower) && /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) return 'relative';
  if (MODIFIER_PREPOSITIONS.has(t.lower) || isParticiple(t) || (t.pos === 'ADV' && k + 1 < to && isParticiple(tokenAt(doc, k + 1)))) return 'plain';
  // an adjective with its preposition: "officials familiar with the talks", "aides close to the mayor"
  if (t.pos === 'ADJ' && /^\p{Ll}/u.test(t.value) && k + 1 < to && MODIFIER_PREPOSITIONS.has(tokenAt(doc, k + 1).lower)) return 'plain';
  // after a comma: an appositive ("Lee, a farmer from Dover, said") or a party code ("(R-Ohio)"), "including X"
  // (and "as well as", "like", "along with": "Lee himself, as well as his aides, has argued")
  if (afterComma && (NOUN_OPENING_TAGS.has(t.pos) || (SUBJECT_JOINERS.has(t.lower) && ((t.lower !== 'along' && t.lower !== 'together') || tokenAt(doc, k + 1).lower === 'with')) || asWellAs(doc, k) || isPossessiveEnding(t))) return 'plain';
  return null;
}

/** Most tokens of a subject's modifiers after its head, up to the cue. */
const MAX_MODIFIER_CHAIN = 60;

/**
 * True when tokens [from, to) after a subject's head are modifiers only, with
 * no verb of the main clause: prepositional phrases, participles, relative
 * clauses, and after a comma, dash or parenthesis also appositives.
 */
function isModifierChain(doc: Doc, from: number, to: number): boolean {
  // (a chain longer than any subject's modifiers is read no further: each cue of a long sentence read it all)
  if (to - from > MAX_MODIFIER_CHAIN) return false;
  const sent = tokenAt(doc, from).sent;
  // (a chain may open with a comma: "Sen. Ann Holt, facing a challenge in Vermont, said")
  let mode: 'relative' | 'plain' | null = isSegmentBreak(tokenAt(doc, from)) ? 'plain' : segmentOpener(doc, from, to, false);
  if (mode === null) return false;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    // 'Lee, citing "the strength of the market," said': quoted words right after a participle or a
    // preposition of a plain modifier are its object (not words after a relative clause's verb: 'who ... are "pro-union,"')
    if (isMarkToken(t.value) && k > from && t.sent === sent && mode === 'plain' && /^(VERB|ADP)$/.test(tokenAt(doc, k - 1).pos)) {
      // (two apostrophes are one mark: ''the market,'')
      let open = k;
      while (open + 1 < to && isMarkToken(tokenAt(doc, open + 1).value)) open++;
      let close = closingMarkBefore(doc, open + 1, to, sent);
      const inside = close - 1;
      while (close >= 0 && close + 1 < to && isMarkToken(tokenAt(doc, close + 1).value)) close++;
      // (the quotation closes the modifier: the chain ends or a comma or dash follows, not "and" a clause's subject)
      if (close < 0 || !(close + 1 >= to || isSegmentBreak(tokenAt(doc, close + 1)) || tokenAt(doc, inside).value === ',')) return false;
      k = close;
      continue;
    }
    if (t.sent !== sent || isMarkToken(t.value) || /^[;:]$/.test(t.value)) return false;
    if (isSegmentBreak(t)) {
      // the next segment opens anew (a party code or a closing parenthesis may stand alone)
      let n = k + 1;
      while (n < to && isSegmentBreak(tokenAt(doc, n))) n++;
      if (n >= to) return true;
      const code = partyCodeEnd(doc, n);
      if (code > n) {
        k = code - 1;
        continue;
      }
      mode = segmentOpener(doc, n, to, true);
      if (mode === null) return false;
      k = n - 1;
      continue;
    }
    if (mode === 'relative') continue;
    if (MODIFIER_RELATIVES.has(t.lower) && k > from && (/^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, k - 1).pos) || isPossessiveEnding(tokenAt(doc, k - 1)))) {
      mode = 'relative';
      continue;
    }
    if (t.pos === 'AUX') return false;
    // "The chair pleaded for calm while protesters shouted": a clause of its own opens, past any modifier
    // ("as" is left out: "a man known as Lee")
    if (t.pos === 'SCONJ' && INNER_CLAUSE_OPENERS.has(t.lower) && t.lower !== 'as') return false;
    // ("The chair called for calm as protesters shouted", "... when members shouted": "as" right after a noun, not
    // "known as" or "as well as", and "when" read as an adverb open one too)
    if (k > from && ((t.lower === 'as' && /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos) && !asWellAs(doc, k)) || (t.lower === 'when' && t.pos === 'ADV'))) return false;
    // (but "as" after a noun, not after a participle or "such", opens one too: "The chair called for calm as
    // protesters shouted")
    if (t.lower === 'as' && /^(SCONJ|ADP)$/.test(t.pos) && k > from && /^(NOUN|ADJ)$/.test(tokenAt(doc, k - 1).pos) && tokenAt(doc, k - 1).lower !== 'such' && /^(NOUN|PROPN|DET|PRON)$/.test(tokenAt(doc, k + 1).pos)) return false;
    // a noun the tagger read as a verb inside a phrase: "advocates for stem cell research"
    // and a participle used as an adjective: "a registered Republican"
    const noun = t.pos === 'VERB' && (t.lower === t.lemma || /ed$/.test(t.lower)) && /^(ADP|SCONJ|DET|ADJ|ADV)$/.test(tokenAt(doc, k - 1).pos) && /^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, k + 1).pos);
    // "A clerk not authorized to discuss the inquiry said", "aides eager to discuss the deal": the bare verb of an
    // infinitive after a participle or an adjective in the modifier is part of it
    const infinitive = t.pos === 'VERB' && t.lower === t.lemma && k - 2 >= from && tokenAt(doc, k - 1).lower === 'to' && tokenAt(doc, k - 1).pos === 'PART' &&
      (isParticiple(tokenAt(doc, k - 2)) || tokenAt(doc, k - 2).pos === 'ADJ');
    if (t.pos === 'VERB' && !noun && !infinitive) {
      // a participle after its noun (or after an adverb after it): "a notice posted on", "textbooks just published for"
      const prev = tokenAt(doc, k - 1);
      // (a past form right after a name is its verb, "Lee weighed in", unless "by" follows: "a letter from Lee obtained by")
      const byNext = tokenAt(doc, k + 1).lower === 'by';
      const nounAt = (j: number): boolean => tokenAt(doc, j).pos === 'NOUN' || (tokenAt(doc, j).pos === 'PROPN' && (/ing$/.test(t.lower) || byNext));
      // (and after "those" standing for people: "the parents of those injured in the blast")
      // (and a gerund after a participle's preposition: "a manager accused of stealing from customers")
      const afterNoun = nounAt(k - 1) || (prev.pos === 'ADV' && nounAt(k - 2)) || isSegmentBreak(prev) || (prev.pos === 'ADV' && isSegmentBreak(tokenAt(doc, k - 2))) || prev.lower === 'those' || (/ing$/.test(t.lower) && /^(ADP|SCONJ)$/.test(prev.pos) && k - 2 >= from && participleBefore(doc, k - 2));
      if (!isParticiple(t) || !afterNoun) return false;
      // ("Oil prices jumped after the cartel said": a verb of a rise or fall takes no object, so no participle describes a noun)
      if (!/ing$/.test(t.lower) && MOVEMENT_PAST_LEMMAS.has(t.lemma)) return false;
      // a past form before its object is a finite verb: "the court overruled the panel"
      // ("a notice posted on the door", "the poll released Sunday by the paper")
      const next = tokenAt(doc, k + 1);
      if (!/ing$/.test(t.lower) && !/^(ADP|ADV|PART|NUM)$/.test(next.pos) && !TIME_PHRASE_WORDS.has(next.lower) && !isSegmentBreak(next)) return false;
    }
    // "and" joins the main clause's verbs ("Lee wrote the rule and aides said") unless nouns stand on both sides
    // ("on radio or at rallies": "or" and "and" also join modifiers)
    // (and "but" before a preposition: "with no stake in it but with years in the field")
    const butPreposition = t.lower === 'but' && tokenAt(doc, k + 1).pos === 'ADP';
    if (t.pos === 'CCONJ' && !butPreposition && (!LIST_CONJUNCTIONS.has(t.lower) || !/^(NOUN|PROPN|ADJ|NUM|DET|ADP)$/.test(tokenAt(doc, k + 1).pos) && !JOINED_MODIFIER_POSSESSIVES.has(tokenAt(doc, k + 1).lower))) return false;
  }
  return true;
}

/** Most tokens of quoted words inside a subject's modifier. */
const MAX_QUOTED_MODIFIER = 12;

/** The next quotation mark in tokens [from, to) of sentence `sent`, within {@link MAX_QUOTED_MODIFIER} tokens; else -1. */
function closingMarkBefore(doc: Doc, from: number, to: number, sent: number): number {
  for (let k = from; k < Math.min(to, from + MAX_QUOTED_MODIFIER + 1); k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent) return -1;
    if (isMarkToken(t.value)) return k > from ? k : -1;
  }
  return -1;
}

/** True for the possessive ending of "Mr. Hale's". */
function isPossessiveEnding(t: Token): boolean {
  return /^['’]s$/.test(t.lower);
}

/**
 * The first token after an opening adverb or prepositional phrase and its comma at `k` ("Still,", "In March,"), or `k`.
 * @internal
 */
export function afterOpeningPhrase(doc: Doc, k: number, before: number): number {
  const first = tokenAt(doc, k);
  // (a preposition the tagger took for an adjective opens one too: "Outside Parliament, campaigners said")
  if (!/^(ADV|ADP|SCONJ)$/.test(first.pos) && !(first.pos === 'ADJ' && MODIFIER_PREPOSITIONS.has(first.lower))) return k;
  for (let j = k + 1; j < Math.min(before, k + 8); j++) {
    const t = tokenAt(doc, j);
    if (t.value === ',') return j + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isMarkToken(t.value)) return k;
  }
  return k;
}

/** Most tokens of a fronted subordinate clause before its comma ({@link afterFrontedClause}). */
const MAX_FRONTED_CLAUSE = 20;

/**
 * The token after the comma that closes a subordinate clause opening at `k`
 * with a word of {@link FRONTED_OPENERS} ("As the mayor left the stage, ...",
 * "When the result came in, ..."), before `before`; else `k`. Unlike
 * {@link afterOpeningPhrase}, the clause may hold a verb.
 */
function afterFrontedClause(doc: Doc, k: number, before: number): number {
  const first = tokenAt(doc, k);
  if (!FRONTED_OPENERS.has(first.lower) || !/^(ADP|SCONJ|ADV)$/.test(first.pos)) return k;
  for (let j = k + 2; j < Math.min(before, k + MAX_FRONTED_CLAUSE); j++) {
    const t = tokenAt(doc, j);
    if (t.sent !== first.sent || isMarkToken(t.value) || /^[;:]$/.test(t.value)) return k;
    if (t.value === ',') return j + 1;
  }
  return k;
}

/**
 * The whole subject when the mention found right before a cue sits inside the
 * modifiers of a subject that opens its sentence ("Some advocates for crop
 * research said": "crop research" -> "Some advocates for crop research"); else null.
 */
export function openingSubject(doc: Doc, found: Mention, floor: number): Mention | null {
  // a phrase that opens its own segment after a comma is the subject itself, after an opening phrase
  // ("Informed of the vote, Reyes said") or in apposition ("Her rival, Tom Park, said")
  if (found.first === 0 || isSegmentBreak(tokenAt(doc, found.first - 1))) return null;
  // "the treaty, which Lee had called": the phrase is the subject of a relative clause of its own
  if (OWN_SUBJECT_RELATIVES.has(tokenAt(doc, found.first - 1).lower)) return null;
  const subject = subjectThrough(doc, found.first, found.last, floor);
  // "A clerk asked for a photo and Tom Reyes said", "The debate ended with Ann Lee asking": a past form before the person
  // named right before the cue is a clause's verb, not a participle describing the subject (unless "by" names its
  // agent: "a letter from the board obtained by Ann Lee")
  if (subject && found.kind === 'name' && kindOfName(found.name) === 'person' && pastVerbBefore(doc, subject.first, found.first)) return null;
  // ("The delegates who denied the claims were sent home and the mayor said": so is the first clause's own verb before
  // the "and" that opens a description's clause)
  if (subject && found.kind === 'description' && pastVerbBefore(doc, subject.first, found.first, true)) return null;
  // (and a description right after the "and" of a second clause, after the first clause's verb: "The clerk asked for a
  // photo and the manager said", "The clerk paid for it and the manager said")
  if (subject && found.kind === 'description' && SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, found.first - 1).lower) && openingClauseVerb(doc, subject.first, found.first)) return null;
  // "The clerk paid for a photo and the manager said": a phrase joined by "and" after the first clause's verb and its
  // object is the second clause's subject alone
  if (subject && found.kind === 'description') {
    const second = secondClauseConjunct(doc, found, subject.first);
    if (second !== null) return second;
  }
  // "Fair Wage for $20 director Ann Lee said": a capitalised label (with symbols or numbers) before a lower-case office
  // title and a name is the person's affiliation, not a name of its own; the whole phrase is the person's mention
  if (subject?.kind === 'name' && found.kind === 'name' && subject.name !== found.name && titledName(doc, found)) {
    const whole = makeMention(doc, subject.first, found.last);
    if (whole?.kind === 'name' && whole.name === found.name && !hasBreak(doc, subject.first, found.first)) return whole;
  }
  return subject;
}

/**
 * True when the first verb in tokens (from, to) is an inflected lower-case one
 * (no "-ing" form, no "by" after it) with no comma before it: the verb of the
 * clause that token `from` opens, as "paid" in "The clerk paid for a photo and
 * the manager"; not "People hit by the storm and their neighbours", nor
 * "moderates, voters aged 45 and older and retirees".
 */
function openingClauseVerb(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',') return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    return t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.value) && t.lower !== t.lemma && !/ing$/.test(t.lower) && tokenAt(doc, k + 1).lower !== 'by';
  }
  return false;
}

/**
 * The phrase after the "and" or "but" inside description `found` when an
 * inflected lower-case verb (no "-ing" form, no "by" after it) stands between
 * the opening subject's first token `from` and `found`: "The clerk paid for a
 * photo and the manager" is the clerk's clause and then "the manager"; else
 * null ("Supporters of the mayor and the council" stays whole).
 */
function secondClauseConjunct(doc: Doc, found: Mention, from: number): Mention | null {
  let j = found.last - 2;
  while (j > found.first && !SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, j).lower)) j--;
  if (j <= found.first || tokenAt(doc, j).pos !== 'CCONJ') return null;
  if (!openingClauseVerb(doc, from, found.first)) return null;
  const second = makeMention(doc, j + 1, found.last);
  return second !== null && second.kind !== 'pronoun' ? second : null;
}

/**
 * True when a lower-case past form not followed by "by" stands in tokens
 * [from, to): "asked for", "tweeted after"; the first verb after a relative pronoun
 * "who", "that" or "which" is the relative clause's ("Those who backed Ann
 * Lee said", "Those who have worked with Ann Lee say"). Before an "and" or
 * "but" that ends [from, to), an auxiliary or any inflected verb after a
 * relative clause's verb counts too; with `conjoinedOnly`, only that.
 */
function pastVerbBefore(doc: Doc, from: number, to: number, conjoinedOnly = false): boolean {
  // ("The delegates who denied the claims were sent home and Lee said", "... left and Lee said": before an "and" or
  // "but" that opens the person's clause, an auxiliary or any inflected verb after a relative clause's verb is the
  // first clause's own)
  const conjoined = to - 1 > from && SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, to - 1).lower);
  let relative = false;
  let closed = false;
  for (let k = from + 1; k < to; k++) {
    const t = tokenAt(doc, k);
    if (CLAUSE_RELATIVES.has(t.lower) && t.pos === 'PRON') relative = true;
    if (relative && t.pos === 'VERB') {
      relative = false;
      closed = true;
      continue;
    }
    if (!conjoinedOnly && t.pos === 'VERB' && /^\p{Ll}+ed$/u.test(t.value) && t.lower !== t.lemma && tokenAt(doc, k + 1).lower !== 'by') return true;
    if (conjoined && closed && !relative && /^\p{Ll}/u.test(t.value) && (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower))) && tokenAt(doc, k + 1).lower !== 'by') return true;
  }
  return false;
}

/** Most tokens of a capitalised label and its joiners after a cue, before a speaker's title ("Fair Wage for $20"). */
const MAX_LABEL = 6;

/**
 * The whole phrase when a name right after a cue (tokens [first, end)) is a
 * capitalised label that goes on with "for", "of", "the", currency signs or
 * numbers up to a lower-case office title and a name ("said Fair Wage for $20
 * director Orla Brandt"): the person named last, with the label before; else null.
 */
export function labelledNameAfter(doc: Doc, first: number, end: number, ceiling: number): Mention | null {
  let k = end;
  while (k < ceiling && k - first < MAX_LABEL) {
    const t = tokenAt(doc, k);
    if (!(AFFILIATION_JOINERS.has(t.value) || /^[$£€]$/.test(t.value) || /^[$£€]?\d/.test(t.value) || /^\p{Lu}/u.test(t.value))) break;
    k++;
  }
  if (k === end || k + 1 >= ceiling || !/^\p{Ll}/u.test(tokenAt(doc, k).value) || !isTitleWordValue(tokenAt(doc, k).value)) return null;
  const nameEnd = phraseEndAfter(doc, k + 1, ceiling);
  const name = nameEnd > k + 1 ? makeMention(doc, k + 1, nameEnd) : null;
  const whole = name?.kind === 'name' ? makeMention(doc, first, nameEnd) : null;
  return whole?.kind === 'name' && whole.name === name!.name && !hasBreak(doc, first, k) ? whole : null;
}

/** True when a lower-case title word stands right before the name of a named mention: "director Ann Lee". */
function titledName(doc: Doc, m: Mention): boolean {
  for (let k = m.first + 1; k < m.last; k++) {
    const t = tokenAt(doc, k);
    if (m.name.startsWith(t.value) && doc.text.slice(t.start, m.end) === m.name) {
      const title = tokenAt(doc, k - 1);
      return /^\p{Ll}/u.test(title.value) && isTitleWordValue(title.value);
    }
  }
  return false;
}

/** True when a comma, dash, parenthesis, quotation mark or verb stands in tokens [from, to). */
function hasBreak(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (isSegmentBreak(t) || isMarkToken(t.value) || t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * The subject that opens the sentence when no phrase stands right before the
 * cue but a comma closing the subject's modifiers ("Some voters who heard him
 * over the years, on radio or at rallies, said"); `end` is the token after the
 * comma, before the cue and its auxiliaries. Null otherwise.
 */
export function subjectBeforeComma(doc: Doc, end: number, floor: number): Mention | null {
  // 'Lee, citing "a weak market," said': the comma inside the closing mark closes the modifiers
  let mark = end - 1;
  while (mark - 1 >= floor && isMarkToken(tokenAt(doc, mark - 1).value)) mark--;
  const closed = mark - 2 >= floor && isMarkToken(tokenAt(doc, end - 1).value) && tokenAt(doc, mark - 1).value === ',';
  if (end - 2 < floor || (!isSegmentBreak(tokenAt(doc, end - 1)) && !closed) || tokenAt(doc, end - 1).value === '(') return null;
  // an inverted cue names its speaker after it: "The paradox, says Tom Reyes, ...", "And Lee, said the aide, ..."
  let verb = end;
  while (verb < end + 3 && maybeToken(doc, verb) !== undefined && tokenAt(doc, verb).pos !== 'VERB') verb++;
  const next = maybeToken(doc, verb + 1);
  // ('Lee, citing "a weak market," said the firm could grow': after quoted words, a phrase with its verb is the clause's subject)
  // (so after a name set off by commas: "A guide who was skiing nearby, Tom Rey, said the group was lost")
  const clauseSubject = (closed || appositiveName(doc, end - 1, floor)) && next !== undefined && next.pos === 'DET' && finiteVerbAt(doc, phraseEndAfter(doc, verb + 1, verb + MAX_CLAUSE_SUBJECT));
  if (next === undefined || (next.pos === 'DET' && !clauseSubject) || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.value))) return null;
  const subject = subjectThrough(doc, end, end - 1, floor);
  if (!closed || !subject) return subject;
  // (the mention stops before the modifier with the quotation: "Mr. Hale", not 'Mr. Hale, citing "a weak market,')
  let k = subject.first + 1;
  while (k < end && !isSegmentBreak(tokenAt(doc, k))) k++;
  return (k < end ? makeMention(doc, subject.first, k) : null) ?? subject;
}

/**
 * True when the comma at `comma` closes a name (one to four words) set off by
 * an opening comma past `floor` after words that are no name: "A guide who was
 * skiing nearby, Tom Rey," but not "Geneva, Switzerland," or "Taxes,".
 */
function appositiveName(doc: Doc, comma: number, floor: number): boolean {
  if (tokenAt(doc, comma).value !== ',') return false;
  let j = comma;
  while (j - 1 > floor && comma - j < MAX_APPOSITIVE_NAME && tokenAt(doc, j - 1).pos === 'PROPN') j--;
  if (j === comma || j - 2 < floor) return false;
  const before = tokenAt(doc, j - 2);
  return tokenAt(doc, j - 1).value === ',' && before.pos !== 'PROPN' && !isMarkToken(before.value);
}

/** Most words of a name set off by commas ({@link appositiveName}). */
const MAX_APPOSITIVE_NAME = 4;

/**
 * The name of a person set off after the last comma of a description whose
 * head noun takes a relative "who", spanning the whole `subject` ("A guide
 * who was skiing nearby, Tom Rey," is Tom Rey, described); null when
 * `subject` is no such description.
 */
export function describedNameAfter(doc: Doc, subject: Mention): Mention | null {
  if (subject.kind !== 'description') return null;
  let comma = subject.last - 1;
  while (comma > subject.first && tokenAt(doc, comma).value !== ',') comma--;
  if (comma <= subject.first + 1) return null;
  const name = makeMention(doc, comma + 1, subject.last);
  if (name?.kind !== 'name' || kindOfName(name.name) !== 'person') return null;
  // (the description's head is a singular noun right before "who": "A mountain guide who")
  const head = subject.head ?? -1;
  const kind = head > subject.first ? kindOfHead(tokenAt(doc, head).lower) : 'unknown';
  if (head <= subject.first || head >= comma || tokenAt(doc, head + 1).lower !== 'who' || tokenAt(doc, head).pos !== 'NOUN' || (kind !== 'person' && kind !== 'unknown')) return null;
  return mentionWith(name, { first: subject.first, start: subject.start, description: doc.text.slice(subject.start, name.end) });
}

/** Most tokens of a clause's subject after a cue, checked for its verb. */
const MAX_CLAUSE_SUBJECT = 6;

/** True when token `k` is an auxiliary or a verb in -ed or -s: a finite verb after a subject. */
function finiteVerbAt(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  if (t === undefined) return false;
  return t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower));
}

/**
 * The first token in (`from`, `to`) that is a headline's verb of judging read
 * as a noun ("slam", "blasts") right after a noun or a name:
 * "Critics slam new stadium plan"; -1 when there is none.
 */
function headlineVerbIn(doc: Doc, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.value)) continue;
    if (headlineVerbLemma(t.lower) !== null && /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos)) return k;
  }
  return -1;
}

/** The subject from the sentence's start whose modifiers run through token `chainEnd - 1`, ending at token `last - 1`. */
function subjectThrough(doc: Doc, chainEnd: number, last: number, floor: number): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, last - 1).sent];
  if (!sentence) return null;
  let k = Math.max(sentence.first, floor);
  // an opening conjunction or quotation mark: "But advocates for ...", "And voters in ..."
  // (and a dash after a quotation, or a sentence adverb without its comma: "Yet some voters who ...")
  const opener = (t: Token, next: Token): boolean => isMarkToken(t.value) || DASHES.has(t.value) || t.pos === 'CCONJ' || (t.pos === 'ADV' && NOUN_OPENING_TAGS.has(next.pos));
  // (a fronted clause there is passed whole: "As the mayor left the stage, a group near the back chanted", "But when
  // the result came, ..."; with no comma before the phrase its opener is skipped as before: "When the mayor of Dover said")
  let fronted = -1;
  while (k < chainEnd && fronted < 0) {
    const after = afterFrontedClause(doc, k, chainEnd);
    if (after > k) fronted = k = after;
    else if (opener(tokenAt(doc, k), tokenAt(doc, k + 1))) k++;
    else break;
  }
  // an opening phrase set off by a comma: "Nonetheless, ...", "At the same time, ...", "In Ohio, ..."
  k = afterOpeningPhrase(doc, k, chainEnd);
  let e = phraseEndAfter(doc, k, chainEnd);
  // "Those who have drawn up plans for her to win the seat acknowledge": a demonstrative standing for people
  // heads the subject, its relative clause the modifier
  const demonstrative = e <= k && PLURAL_DEMONSTRATIVES.has(tokenAt(doc, k).lower) && maybeToken(doc, k + 1)?.lower === 'who';
  if (demonstrative) e = k + 1;
  if (e <= k || e >= chainEnd) return null;
  // "Critics slam new stadium plan, say ...": a headline's verb of judging the tagger reads as a noun ends the subject
  const verb = demonstrative ? -1 : headlineVerbIn(doc, k, e);
  if (verb > k && chainEnd === e + 1) return makeMention(doc, k, verb);
  const head = demonstrative ? null : makeMention(doc, k, e);
  if (!demonstrative && (!head || head.kind === 'pronoun' || !canSpeak(doc, head))) return null;
  // "Lee herself, as well as ...": an intensifying pronoun after the head
  if (!isModifierChain(doc, THIRD_PERSON_REFLEXIVES.has(tokenAt(doc, e).lower) ? e + 1 : e, chainEnd)) return null;
  const start = tokenAt(doc, k).start;
  const end = tokenAt(doc, last - 1).end;
  // "Ann Lee, who ...": a named head keeps its name
  if (head?.kind === 'name') return mentionWith(head, { last, end });
  return shapedMention({ first: k, last, start, end, kind: 'description', titles: [], name: nameText(doc, start, end), head: head?.head ?? e - 1 });
}

/** How far into a sentence the main verb after a long subject is looked for, in tokens. */
const MAX_LONG_SUBJECT = 30;

/**
 * The subject opening the sentence that starts at `sentenceFirst` when its
 * modifiers run up to the main clause's verb before token `before`, for a cue
 * that shares it: "Most teachers in and around the city think ... and have
 * been asking", "Officers with no stake in the case but with years in the
 * field have argued ... and said". The verb is the first finite one (an
 * auxiliary, a verb in -ed or -s, or a bare verb) right after a noun that no
 * modifier takes in; null when the words before it are no subject with
 * modifiers.
 */
export function longSubjectBeforeVerb(doc: Doc, sentenceFirst: number, before: number): Mention | null {
  const sent = tokenAt(doc, sentenceFirst).sent;
  for (let j = sentenceFirst + 2; j < Math.min(before, sentenceFirst + MAX_LONG_SUBJECT); j++) {
    const t = tokenAt(doc, j);
    if (t.sent !== sent || isMarkToken(t.value) || /^[;:]$/.test(t.value)) return null;
    // (a relative or subordinate clause inside the subject has verbs of its own: "The hacker whose prank first revealed ...")
    if (RELATIVE_PRONOUNS.has(t.lower) || t.pos === 'SCONJ') return null;
    const prev = tokenAt(doc, j - 1);
    // (a verb after a place set off by commas closing the modifiers: "the parents of those injured in the blast in
    // Dayton, Ohio, have filed"; the subject ends before the comma)
    const place = j - 4 > sentenceFirst && prev.value === ',' && tokenAt(doc, j - 2).pos === 'PROPN' && tokenAt(doc, j - 3).value === ',' && tokenAt(doc, j - 4).pos === 'PROPN';
    if (place && finiteVerbAt(doc, j)) return subjectEndingAt(doc, j, j - 1, sentenceFirst);
    // (the verb follows the head noun of the last modifier: "the party's received wisdom" is no verb)
    if (!/^(NOUN|PROPN)$/.test(prev.pos) || isPossessiveEnding(prev)) continue;
    const bare = t.pos === 'VERB' && t.lower === t.lemma && /^\p{Ll}/u.test(t.value) && prev.pos === 'NOUN';
    if (!finiteVerbAt(doc, j) && !bare) continue;
    // (a participle after its noun is a modifier: "the relatives of those hurt in the crash")
    if (t.pos === 'VERB' && t.lower !== t.lemma && /^(ADP|ADV)$/.test(tokenAt(doc, j + 1).pos) && /^(NOUN|PRON|PROPN|DET)$/.test(prev.pos)) continue;
    return subjectEndingAt(doc, j, j, sentenceFirst);
  }
  return null;
}

/**
 * The subject of a sentence opening at `sentenceFirst` whose main verb stands
 * at `verb`, ending before token `last`: people or a body only.
 */
function subjectEndingAt(doc: Doc, verb: number, last: number, sentenceFirst: number): Mention | null {
  const m = subjectThrough(doc, verb, last, sentenceFirst);
  if (!m || m.last !== last) return null;
  // (people or a body only: "Her handling of the attack and of the debate drew ..." is no speaker)
  return namesPeopleOrBody(doc, m) || countsPeopleOrBody(doc, m) ? m : null;
}

/**
 * True when the head of `m` is a count of people or of a body: "A number of the
 * parents of those injured", "A majority of the members of the board" (the
 * noun after "of" gives the kind).
 */
function countsPeopleOrBody(doc: Doc, m: Mention): boolean {
  const head = m.head ?? m.last - 1;
  if (!COUNT_NOUNS.has(tokenAt(doc, head).lower) || maybeToken(doc, head + 1)?.lower !== 'of') return false;
  const end = phraseEndAfter(doc, head + 2, m.last);
  return end > head + 2 && kindOfHead(tokenAt(doc, end - 1).lower) !== 'unknown';
}
