/**
 * The subject of a sentence, for cues that share it ("Lindqvist mocked the
 * complaint, saying ...").
 * @internal
 */
import type { Mention } from '../shape.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { TITLE_WORDS } from '../../data/titles.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isMarkToken, maybeToken, plainTokens, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { makeMention } from './mention.js';
import { canSpeak } from './can-speak.js';
import { NOT_SPEAKERS } from '../../data/people.js';
import { DASHES, closesAside, isNameToken } from './name-tokens.js';
import { partyCodeEnd } from './name-marks.js';
import { isNounPhrase, phraseEndAfter } from './noun-phrase.js';
import { timePhraseEnd } from './time-phrase.js';
import { timeSpanEnd } from '../../cues/time-phrase.js';
import { BARE_QUANTIFIERS, JOINING_PRONOUNS, NAME_TAIL_PREPOSITIONS, NUMBER_APPROXIMATORS, QUANTIFIERS, SUBORDINATORS, SUBJECT_VERB_PARTICLES, TAIL_PREPOSITIONS } from '../../data/function-words.js';
import { PAIR_OPENERS, RELATIVE_OPENERS, POSSESSIVES, WHO_THAT_RELATIVES } from '../../data/clauses.js';
import { DOUBLE_MARK_TOKENS } from '../../data/marks.js';
import { isPlaceName } from '../kinds.js';
import { placeStateEnd } from './appositive.js';
import { LOCATED_NAME_PREPOSITIONS, SUBJECT_PLACE_PREPOSITIONS } from '../../data/places.js';
import { RELATIVE_TIME_WORDS } from '../../data/time.js';
import { THIRD_PERSON_REFLEXIVES, OBJECT_OR_POSSESSIVE_PRONOUNS } from '../../data/pronouns.js';
import { mentionWith } from '../shape.js';

/**
 * True when token `k` stands inside a quotation opened earlier in its
 * paragraph: an odd number of runs of quotation marks before it (a mark
 * typed as two apostrophes is one run).
 */
function opensInsideQuotation(doc: Doc, k: number): boolean {
  let inside = INSIDE_QUOTATION.get(doc);
  if (inside === undefined) {
    // worked out once per document, in one pass: a scan per sentence would be quadratic in a long paragraph
    const count = tokenCount(doc);
    const plain = plainTokens(doc);
    inside = new Uint8Array(count);
    let runs = 0;
    // (the token before's paragraph and mark test carried over: each token is read and tested once)
    let lastPara = -1;
    let lastMark = false;
    for (let j = 0; j < count; j++) {
      const t = plain !== undefined ? plain[j]! : tokenAt(doc, j);
      const para = t.para;
      if (j > 0 && para !== lastPara) runs = 0;
      inside[j] = runs % 2;
      const mark = isDoubleMark(doc, t);
      if (mark && (j === 0 || lastPara !== para || !lastMark)) runs++;
      lastPara = para;
      lastMark = mark;
    }
    INSIDE_QUOTATION.set(doc, inside);
  }
  return inside[k] === 1;
}

/** {@link opensInsideQuotation} by document: 1 for a token after an odd number of runs of double marks in its paragraph. */
const INSIDE_QUOTATION = new WeakMap<Doc, Uint8Array>();

/** True when token `t` of `doc` is a double quotation mark or one of two apostrophes typed side by side. */
function isDoubleMark(doc: Doc, t: Token): boolean {
  const j = t.i;
  // (every mark is one or two characters: a longer token needs no look-up)
  if (t.value.length > 2) return false;
  if (DOUBLE_MARK_TOKENS.has(t.value)) return true;
  if (t.value !== "'" && t.value !== '\u2019' && t.value !== '\u2018') return false;
  const prev = maybeToken(doc, j - 1);
  const next = maybeToken(doc, j + 1);
  return (prev !== undefined && prev.value === t.value && prev.end === t.start) || (next !== undefined && next.value === t.value && next.start === t.end);
}

/**
 * The subject at the start of a sentence, for cues that share it:
 * "Lindqvist mocked the complaint, saying ...", "Smith arrived late and said ...".
 * An opening phrase ("On Monday,", "In a statement,") may stand before it, and
 * a parenthesis, a party-state code, an appositive, a time phrase or an
 * adverb between it and its verb ("Ann Varga on Thursday ratcheted ...").
 */
export function sentenceSubject(doc: Doc, sentenceFirst: number, before: number): Mention | null {
  let k = sentenceFirst;
  // where the quotation's words start, when the sentence opens with a quotation or inside one
  let words = -1;
  if (isMarkToken(tokenAt(doc, k).value)) {
    // a sentence that opens with a quotation: the subject follows it ("“...,” Vance said, adding ...")
    // (a mark typed as two apostrophes, '' , is two tokens on each side)
    words = k + 1;
    while (words < before && isMarkToken(tokenAt(doc, words).value)) words++;
  } else if (opensInsideQuotation(doc, k)) {
    // a sentence that opens inside a quotation begun in the sentence before: the subject follows its closing mark
    // ('"The race was fair. He is a fine mayor," Ann Lee told reporters, adding ...' is Ann Lee's, not "He")
    words = k;
  }
  if (words >= 0) {
    let close = words;
    while (close < before && !isMarkToken(tokenAt(doc, close).value)) close++;
    while (close + 1 < before && isMarkToken(tokenAt(doc, close + 1).value)) close++;
    if (close < before) k = close + 1;
  }
  // a dateline opens the paragraph: "ORLANDO, Fla. (Reuters) - President Mbatha on Thursday met ...",
  // "LA CROSSE, Wis. - ..." (a place of two capital words)
  const capitals = (t: Token): boolean => /^\p{Lu}{2,}$/u.test(t.value);
  const opensParagraph = k === 0 || tokenAt(doc, k - 1).para !== tokenAt(doc, k).para;
  if (opensParagraph && capitals(tokenAt(doc, k)) && (/^\p{Lu}{3,}$/u.test(tokenAt(doc, k).value) || capitals(tokenAt(doc, k + 1)))) {
    for (let d = k + 1; d < Math.min(before, k + 12); d++) {
      if (DASHES.has(tokenAt(doc, d).value)) {
        k = d + 1;
        break;
      }
    }
  }
  // an opening time phrase without a comma: "On September 27 they published ..."
  const time = timePhraseEnd(doc, k, before);
  if (time > k && tokenAt(doc, time).value !== ',') k = time;
  // and a span of time without a comma: "A few minutes later they reversed course and said ..."
  const span = timeSpanEnd(doc, k, before);
  if (span > k && tokenAt(doc, span).value !== ',') k = span;
  // "When Lee did take him on, he did it sideways, acknowledging ...": a subordinate clause's subject is not the main clause's
  // (a cue inside the subordinate clause, before its comma, shares its subject: "When Lee arrived and said ...")
  let subordinate = false;
  if (SUBORDINATORS.has(tokenAt(doc, k).lower) && tokenAt(doc, k + 1).pos !== 'VERB') {
    let comma = k + 1;
    while (comma < before && tokenAt(doc, comma).value !== ',') comma++;
    subordinate = comma < before;
  }
  const first = subordinate ? null : subjectAt(doc, k, before, true);
  if (first) return first;
  // after opening phrases: "On Monday, the Gazette became ..., saying", "Speaking in Salem, Oregon, Reyes went
  // after Hale, calling"; up to three commas (or dashes), and a verb must follow the subject
  return subjectAfterCommas(doc, k + 1, before, 30);
}

/** The first subject (followed by its verb) right after one of the next three commas or dashes from `from`, within `span` tokens. */
export function subjectAfterCommas(doc: Doc, from: number, before: number, span: number): Mention | null {
  let commas = 0;
  for (let c = from; c < Math.min(before, from + span) && commas < 3; c++) {
    if (tokenAt(doc, c).value !== ',' && !DASHES.has(tokenAt(doc, c).value)) continue;
    commas++;
    // after a description that opens the sentence ("Her main rival, Tom Reyes, has ..."), the name is its appositive
    const m = subjectAt(doc, c + 1, before, false, commas === 1 && c - (from - 1) <= 6 && isNounPhrase(doc, from - 1, c) && isPersonDescription(doc, from - 1, c));
    if (m) return m;
  }
  return null;
}

/**
 * True when token `k` is a present tense read as a noun, between a name and
 * its object: the "rips" of "Ann Lee rips the deal"; or between a singular
 * noun of a person or a body after its determiner (the noun maybe read as an
 * adjective) and the object: the "attacks" of "The senator attacks the
 * governor", the "thanks" of "The union thanks its members"; after such a
 * noun the object may be a bare plural noun too ("The council thanks
 * residents").
 */
function isPresentNoun(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const next = tokenAt(doc, k + 1);
  // ("Central European leaders who ...": a person noun stays a noun; only an object or a determiner follows a verb)
  const object = next.pos === 'DET' || (next.pos === 'PRON' && OBJECT_OR_POSSESSIVE_PRONOUNS.has(next.lower));
  const subject = tokenAt(doc, k - 1);
  // (a group noun the tagger read as an adjective too: "The union thanks its members")
  const described = /^(NOUN|ADJ)$/.test(subject.pos) && /^\p{Ll}+$/u.test(subject.value) && !/s$/.test(subject.lower) && PEOPLE_NOUNS.has(subject.lower) && k >= 2 && tokenAt(doc, k - 2).pos === 'DET' && tokenAt(doc, k - 2).sent === t.sent;
  // (after such a description, a plural noun may be the object too: "The council thanks residents")
  const plainObject = described && next.pos === 'NOUN' && /^\p{Ll}+s$/u.test(next.value) && next.lemma !== next.lower;
  return t.pos === 'NOUN' && /^\p{Ll}.*[^s]s$/u.test(t.value) && !PEOPLE_NOUNS.has(t.lemma) && !PEOPLE_NOUNS.has(t.lower) && (isNameToken(subject, doc) || described) && (object || plainObject) && next.sent === t.sent;
}

/**
 * True when token `k` is a verb the tagger read as a noun between a name and
 * its particle: the "shot" of "Ann Lee shot back" (a lower-case word).
 */
function isParticleVerbNoun(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const next = tokenAt(doc, k + 1);
  return t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.value) && !PEOPLE_NOUNS.has(t.lower) && isNameToken(tokenAt(doc, k - 1), doc) && SUBJECT_VERB_PARTICLES.has(next.lower) && next.pos !== 'NOUN' && next.sent === t.sent;
}

/**
 * True when token `v` is a verb the tagger read as a noun right after a plural
 * subject (or a quantifier alone) that starts at `k`: the "fear" of "Some
 * growers fear that", the "seek" of "Some seek to", the "balked" of
 * "Pilots balked at"; a lower-case word followed by "that" or "to", or a
 * past form ending in -ed.
 */
function isMisreadVerb(doc: Doc, k: number, v: number): boolean {
  const t = tokenAt(doc, v);
  const prev = tokenAt(doc, v - 1);
  if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.value) || PEOPLE_NOUNS.has(t.lower) || /s$/.test(t.lower)) return false;
  const plural = (prev.pos === 'NOUN' && prev.lemma !== prev.lower && /s$/.test(prev.lower) && PEOPLE_NOUNS.has(prev.lemma)) || (v - 1 === k && BARE_QUANTIFIERS.has(prev.lower));
  if (!plural) return false;
  const next = maybeToken(doc, v + 1);
  return next !== undefined && next.sent === t.sent && ((next.lower === 'that' && next.pos !== 'DET') || (next.lower === 'to' && next.pos === 'PART') || (/ed$/.test(t.lower) && next.pos === 'ADP'));
}

/** True when a short relative clause starting at `k` ("have opposed migrants") is followed by the main verb. */
function verbAfterRelative(doc: Doc, k: number, before: number): boolean {
  let verb = false;
  for (let j = k; j < Math.min(before, k + 12); j++) {
    const t = tokenAt(doc, j);
    if (!/^[\p{L}\p{N}]/u.test(t.value)) return false;
    const prev = tokenAt(doc, j - 1);
    if (verb && (t.pos === 'AUX' || t.pos === 'VERB') && /^(NOUN|PROPN|PRON)$/.test(prev.pos) && !/ing$/.test(t.lower)) return true;
    if (t.pos === 'AUX' || t.pos === 'VERB') verb = true;
  }
  return false;
}

/** True when tokens [from, to) describe a person: "Her main rival", "The company's chief executive". */
function isPersonDescription(doc: Doc, from: number, to: number): boolean {
  const head = tokenAt(doc, to - 1);
  return PEOPLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower) || POSSESSIVES.has(tokenAt(doc, from).lower);
}

/** How many tokens a relative clause between a subject and its verb may hold. */
const MAX_RELATIVE = 40;

/**
 * The comma or dash that closes the relative clause opened by the comma or
 * dash at `open` (a dash is closed by a dash, a comma by a comma), within the
 * sentence and before `before`; -1 when there is none.
 */
function relativeClauseClose(doc: Doc, open: number, before: number): number {
  const opener = tokenAt(doc, open);
  for (let c = open + 2; c < Math.min(before, open + MAX_RELATIVE); c++) {
    const t = tokenAt(doc, c);
    if (t.sent !== opener.sent || isMarkToken(t.value)) return -1;
    if (closesAside(doc, opener, c)) return c;
  }
  return -1;
}

/** The subject phrase starting at `k` when a verb follows it, possibly after a parenthesis, appositive, relative clause, time phrase or adverbs. */
function subjectAt(doc: Doc, k: number, before: number, lenient: boolean, appositive = false): Mention | null {
  while (k < before && (tokenAt(doc, k).pos === 'CCONJ' || tokenAt(doc, k).pos === 'ADV' || tokenAt(doc, k).value === ',' || isMarkToken(tokenAt(doc, k).value))) k++;
  let end = phraseEndAfter(doc, k, before);
  // a quantifier alone as the subject: "Many hope to move ... and insist"
  if (end <= k && BARE_QUANTIFIERS.has(tokenAt(doc, k).lower) && /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) end = k + 1;
  // and with its people: "All of the candidates oppose ... and have pledged"
  // (or a number: "Fifty of the state's judges signed ..., making it clear")
  if (end <= k && (QUANTIFIERS.has(tokenAt(doc, k).lower) || tokenAt(doc, k).pos === 'NUM') && tokenAt(doc, k + 1).lower === 'of') {
    const counted = phraseEndAfter(doc, k + 2, before);
    if (counted > k + 2) end = counted;
  }
  // a present tense the tagger read as a noun after a name ends the name: "Ann Lee rips the agreement"
  // (and a verb before its particle: "Ann Lee shot back", "Tom Reyes hit back")
  if (end - 1 > k && (isPresentNoun(doc, end - 1) || isParticleVerbNoun(doc, end - 1))) end--;
  // (with its plural object inside the phrase: "The council thanks residents and says")
  else if (end - 2 > k && isPresentNoun(doc, end - 2)) end -= 2;
  // and a verb read as a noun after a plural subject: "Some growers fear that", "Some seek to", "Pilots balked at"
  const misreadVerb = end - 1 > k && isMisreadVerb(doc, k, end - 1);
  if (misreadVerb) end--;
  if (end <= k || NOT_SPEAKERS.has(tokenAt(doc, end - 1).lower)) return null;

  // prepositional tails: "The chief adviser on the campaign went further, arguing", "Mayor Frank Jackson of
  // Cleveland defended the route and said" (after a name, only of or from and a capitalised name)
  // ("A band of farmers with land on the east bank wrote": up to three)
  for (let round = 0; round < 3; round++) {
    const head = tokenAt(doc, end - 1);
    const prep = tokenAt(doc, end);
    const name = isNameToken(head, doc);
    // ("The Harbor Museum in Ohio issued": after a name, "in" or "at" and a place in the built-in list)
    const located = name && LOCATED_NAME_PREPOSITIONS.has(prep.lower);
    // ("An aide inside the tower", "the Board of Appeals for the Harbor District": a name's tail with "for" is a name too)
    if (!(TAIL_PREPOSITIONS.has(prep.lower) || SUBJECT_PLACE_PREPOSITIONS.has(prep.lower)) || timePhraseEnd(doc, end, before) > end || (name ? !NAME_TAIL_PREPOSITIONS.has(prep.lower) && !located : head.pos !== 'NOUN' && head.pos !== 'PROPN' && head.lower !== 'general' && !PEOPLE_NOUNS.has(head.lower))) break;
    // ("A coalition of nearly 30 groups": an adverb before a number opens the tail)
    const from = NUMBER_APPROXIMATORS.has(tokenAt(doc, end + 1).lower) && tokenAt(doc, end + 2).pos === 'NUM' ? end + 2 : end + 1;
    const tail = phraseEndAfter(doc, from, before);
    if (tail <= from || (name && !isNameToken(tokenAt(doc, tail - 1), doc))) break;
    if (located && !isPlaceName(doc.text.slice(tokenAt(doc, end + 1).start, tokenAt(doc, tail - 1).end))) break;
    // ("Families in Newtown, Conn., have filed": a place's state or country belongs to it)
    end = placeStateEnd(doc, tail);
  }
  // "A couple of years later, he ...", "Two days ago, ...": a time phrase, no subject
  if (RELATIVE_TIME_WORDS.has(maybeToken(doc, end)?.lower ?? '') && NOT_SPEAKERS.has(tokenAt(doc, end - 1).lower)) return null;
  // coordinated subjects: "Ann Lee and Tom Reyes stood face-to-face and repeated"
  // ("He and his staff have pledged ..., while conceding": a personal pronoun may be the first)
  const personal = end === k + 1 && JOINING_PRONOUNS.has(tokenAt(doc, k).lower);
  // ("Sen. Ann Lee (D-Ore.) and Rep. Tom Reyes (R-Ohio) wrote ...": a party code after either name)
  // (the phrase may already hold a one-letter code: "Ann Lee (D)")
  const leftOpen = codeOpenBefore(doc, end, k);
  const leftName = leftOpen > k ? leftOpen - 1 : end - 1;
  const leftCode = partyCodeClose(doc, end, before);
  const and = leftCode > 0 && isNameToken(tokenAt(doc, end - 1), doc) ? leftCode + 1 : end;
  const coded = and > end || leftOpen > k;
  if (tokenAt(doc, and).lower === 'and' && (isNameToken(tokenAt(doc, leftName), doc) || (!coded && (PEOPLE_NOUNS.has(tokenAt(doc, end - 1).lower) || personal)))) {
    const right = phraseEndAfter(doc, and + 1, before);
    const rightOpen = codeOpenBefore(doc, right, and + 1);
    const last = tokenAt(doc, rightOpen > and + 1 ? rightOpen - 1 : right - 1);
    const rightCode = partyCodeClose(doc, right, before);
    const verb = rightCode > 0 && isNameToken(last, doc) ? rightCode + 1 : right;
    // (with a party code, names only on both sides)
    const named = !(coded || verb > right || rightOpen > and + 1) || isNameToken(last, doc);
    // (or, read leniently, a comma before a relative clause or an appositive: "Ann Ruiz and Tom Reyes, who back Lee,
    // trashed", "..., a Lee ally, trashed")
    const aside = tokenAt(doc, verb + 1);
    const follows = /^(VERB|AUX)$/.test(tokenAt(doc, verb).pos) || (lenient && verb === right && tokenAt(doc, verb).value === ',' && (RELATIVE_OPENERS.has(aside.lower) || aside.pos === 'DET'));
    if (right > and + 1 && named && (isNameToken(last, doc) || PEOPLE_NOUNS.has(last.lower)) && follows) end = right;
  }
  // "The other candidate on the stage, Ann Lee, drew a contrast": a name in apposition to the description speaks
  const described = describedName(doc, k, end, before);
  if (described) return described;
  // "Mr. Brisco himself has been making": an intensifying pronoun after the subject
  const reflexive = THIRD_PERSON_REFLEXIVES.has(maybeToken(doc, end)?.lower ?? '') ? 1 : 0;
  const next = maybeToken(doc, end + reflexive);
  if (!next) return null;
  // the tagger reads some past tenses as adjectives: "Lopez belittled the issue"
  // ("She hedged on whether ...", "Ostrow needled the clerk")
  const pastAdjective = next.pos === 'ADJ' && /ed$/.test(next.lower) && /^(DET|ADP|PRON|PROPN)$/.test(tokenAt(doc, end + reflexive + 1).pos);
  // and some present tenses after a name as nouns: "Ann Lee rips the agreement" (or a verb before its particle: "shot back")
  const presentNoun = reflexive === 0 && (isPresentNoun(doc, end) || isParticleVerbNoun(doc, end));
  // ("The ministry neither confirmed nor denied": "neither", "either" or "both" before a pair of verbs)
  const pair = PAIR_OPENERS.has(next.lower) && /^(VERB|AUX)$/.test(tokenAt(doc, end + reflexive + 1).pos);
  let verbFollows = misreadVerb || presentNoun || pastAdjective || (lenient && (next.pos === 'VERB' || next.pos === 'AUX' || next.value === ',' || next.pos === 'ADV' || pair));
  // a name in apposition to the description opening the sentence: "Her main rival, Tom Reyes, has soared"
  if (appositive && !verbFollows && next.value === ',' && isNameToken(tokenAt(doc, end - 1), doc) && /^(VERB|AUX)$/.test(tokenAt(doc, end + reflexive + 1).pos) && !/ing$/.test(tokenAt(doc, end + reflexive + 1).lower)) verbFollows = true;
  if (!verbFollows) {
    let j = end + reflexive;
    for (let round = 0; round < 4 && j < before; round++) {
      const t = tokenAt(doc, j);
      const code = t.value === ',' ? partyCodeEnd(doc, j + 1) : j;
      if (code > j + 1 && maybeToken(doc, code)?.value === ',') j = code + 1;
      else if (t.value === '(') {
        let close = j + 1;
        while (close < Math.min(before, j + 10) && tokenAt(doc, close).value !== ')') close++;
        if (close >= before || tokenAt(doc, close).value !== ')') break;
        j = close + 1;
      } else if (timePhraseEnd(doc, j, before) > j) j = timePhraseEnd(doc, j, before);
      else if (t.pos === 'ADV') j++;
      // a relative clause set off by commas or dashes: "Ann Lee, whose husband signed the act, has derided ..."
      // (and any aside between dashes: "A coalition of groups - including the Farm Bureau - sent ...")
      else if ((t.value === ',' || DASHES.has(t.value)) && (RELATIVE_OPENERS.has(tokenAt(doc, j + 1).lower) || (DASHES.has(t.value) && j > k))) {
        const close = relativeClauseClose(doc, j, before);
        if (close < 0) break;
        j = close + 1;
      } else if (t.value === ',') {
        let close = j + 1;
        while (close < Math.min(before, j + 16) && tokenAt(doc, close).value !== ',') close++;
        if (close >= before || !isNounPhrase(doc, j + 1, close)) break;
        j = close + 1;
      } else break;
    }
    const verb = maybeToken(doc, j);
    verbFollows = j < before && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !/ing$/.test(verb.lower);
  }
  // "Central European leaders who have opposed migrants have embraced": a relative clause before the verb
  if (!verbFollows && WHO_THAT_RELATIVES.has(next.lower) && PEOPLE_NOUNS.has(tokenAt(doc, end - 1).lemma)) verbFollows = verbAfterRelative(doc, end + 1, before);
  if (!verbFollows) return null;
  // "Gov. Rick Vance (R)": the parenthesis is not part of the name
  let nameEnd = end;
  if (tokenAt(doc, end - 1).value === ')') {
    while (nameEnd > k && tokenAt(doc, nameEnd - 1).value !== '(') nameEnd--;
    nameEnd = nameEnd > k + 1 ? nameEnd - 1 : end;
  }
  const m = makeMention(doc, k, nameEnd);
  // (a quantifier alone stands for people before a verb of its own: "Many hope to move ... and insist";
  // not before an auxiliary: "Perhaps several are flexible managers ..., instead of denying", "How many could be recruited by promising")
  const bare = nameEnd === k + 1 && BARE_QUANTIFIERS.has(tokenAt(doc, k).lower) && (misreadVerb || tokenAt(doc, k + 1).pos === 'VERB');
  return m && (canSpeak(doc, m) || bare) ? m : null;
}

/**
 * The index of the closing parenthesis of a party code that opens at token
 * `k` ("(D-Ore.)", "(R)"), before `before`; -1 when none opens there.
 */
function partyCodeClose(doc: Doc, k: number, before: number): number {
  if (k + 2 >= before || tokenAt(doc, k).value !== '(') return -1;
  const end = partyCodeEnd(doc, k + 1);
  const close = end > k + 1 ? end : /^[RDI]$/.test(tokenAt(doc, k + 1).value) ? k + 2 : -1;
  return close > 0 && close < before && tokenAt(doc, close).value === ')' ? close : -1;
}

/**
 * The index of the opening parenthesis of a party code that closes right
 * before `end` ("Ann Lee (D)", "Ann Lee (D-Ore.)"), after `floor`; -1 when the
 * phrase ends otherwise.
 */
function codeOpenBefore(doc: Doc, end: number, floor: number): number {
  if (end - 1 <= floor || tokenAt(doc, end - 1).value !== ')') return -1;
  for (let j = end - 2; j > floor && j >= end - 7; j--) {
    if (tokenAt(doc, j).value === '(') return partyCodeClose(doc, j, end) === end - 1 ? j : -1;
  }
  return -1;
}

/**
 * The name set off by commas right after a description that opens a clause,
 * when the clause's verb follows it ("The director of the centre, Ina Kolar,
 * told ..."): the name, spanning the description too; else null.
 */
function describedName(doc: Doc, k: number, end: number, before: number): Mention | null {
  if (tokenAt(doc, end).value !== ',' || end + 1 >= before) return null;
  // ("Officials in Dover, Delaware, said": a place's state is no name in apposition)
  if (placeStateEnd(doc, end) > end) return null;
  const description = makeMention(doc, k, end);
  if (description?.kind !== 'description') return null;
  // (the name may carry titles with "of": "former Secretary of State Ann Lowe")
  let nameEnd = end + 1;
  while (nameEnd < Math.min(before, end + 10) && tokenAt(doc, nameEnd).value !== ',' && (isNameToken(tokenAt(doc, nameEnd), doc) || /^(ADJ|PROPN|ADP|DET|PUNCT)$/.test(tokenAt(doc, nameEnd).pos))) nameEnd++;
  if (!isNameToken(tokenAt(doc, nameEnd - 1), doc)) return null;
  const verb = maybeToken(doc, nameEnd + 1);
  if (nameEnd <= end + 1 || tokenAt(doc, nameEnd).value !== ',' || verb === undefined || nameEnd + 1 >= before) return null;
  if (!(verb.pos === 'VERB' || verb.pos === 'AUX') || /ing$/.test(verb.lower)) return null;
  // (the longest stretch before the comma that reads as a name: "former Secretary of State Ann Lowe" -> "Ann Lowe")
  let name: Mention | null = null;
  for (let from = end + 1; from < nameEnd && name?.kind !== 'name'; from++) name = makeMention(doc, from, nameEnd);
  if (name?.kind !== 'name') return null;
  return mentionWith(name, { first: k, start: tokenAt(doc, k).start, description: description.name });
}

