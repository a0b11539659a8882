/**
 * Noun-phrase bounds over POS tags: where the phrase before a cue starts and
 * where the phrase after one ends.
 * @internal
 */
import { CLAUSE_DETERMINERS, POSSESSIVES, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { GENDERED_PERSON_NOUNS, ORGANIZATION_NOUNS, PEOPLE_NOUNS } from '../../data/people.js';
import { PRONOUNS, CAPITALISED_DEMONSTRATIVES } from '../../data/pronouns.js';
import { JOB_TITLE_WORDS, TITLE_WORDS, VERB_LIKE_TITLE_MODIFIERS } from '../../data/titles.js';
import { ELIDED_ARTICLE_PARTICLES, FIRST_NAMES } from '../../data/names.js';
import { isSpeakingHead } from '../kinds.js';
import { DAY_SET } from '../../data/time.js';
import { detachedTitleAt, hyphenedTitleAt, type Doc } from '../../prepare/document.js';
import { DASHES, articleAfterNameVerb, isNameToken, numberedName } from './name-tokens.js';
import { elidedArticleParticleStart, openingElidedArticleParticle, openingLinkHead } from './name-particles.js';
import { possessiveName, contractedHasName } from './contractions.js';
import { quotedNicknameStart, scareQuoteStart } from './quoted-nickname.js';
import { givenNameSyllable, isAgeWord, isBareApostrophe, isInnerHyphen, isPossessive } from './name-marks.js';
import { tokenTitleKey } from './title-keys.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { startsUpper, startsUpperLower } from '../../prepare/case.js';
import { ARTICLES, ELLIPTICAL_NUMBERS, NEGATED_WHOLES, PHRASE_DEGREE_ADVERBS } from '../../data/function-words.js';
import { NOUN_MODIFIER_TAGS } from '../../data/tags.js';
import { isSplitInitial } from './initial.js';

const NP_INNER: ReadonlySet<string> = NOUN_MODIFIER_TAGS;

/**
 * The longest noun phrase looked for before or after a cue, in tokens: a
 * longer run is cut at the bound (its last 32 tokens before a cue, its first
 * after one). Phrases in news text stay far below it (14 tokens at most over
 * the evaluation corpora); the bound keeps a long run of nouns ("Records show
 * Records show ...") from being walked once per cue in it, which made such
 * text quadratic.
 */
export const MAX_PHRASE_TOKENS = 32;

/**
 * True when token `end - 1` is an adjective the tagger gave a noun, after a
 * determiner and modifiers only: "the self-styled green populist
 * (said)", "the newly elected conservative (said)".
 */
export function describedAdjective(doc: Doc, end: number, floor: number): boolean {
  const head = tokenAt(doc, end - 1);
  if (head.pos !== 'ADJ' || /ly$/.test(head.lower) || end - 3 < floor) return false;
  for (let k = end - 2; k >= Math.max(floor, end - 7); k--) {
    const t = tokenAt(doc, k);
    if (t.pos === 'DET') return k < end - 2 && ARTICLES.has(t.lower);
    const modifier = t.pos === 'ADJ' || t.pos === 'ADV' || (t.pos === 'VERB' && /ed$/.test(t.lower)) || isInnerHyphen(doc, k) || isInnerHyphen(doc, k + 1);
    if (!modifier || t.sent !== head.sent) return false;
  }
  return false;
}

/**
 * True when token `k` is a present participle used as an adjective before a
 * title or person noun inside a speaker phrase: the "managing" of "managing
 * editor", the "organizing" of "the group's organizing director"; only after a
 * determiner, a possessive, an adjective, a name, a number ("Local 32
 * organizing director") or punctuation (never after a noun: "the group
 * representing workers").
 */
function isTitleParticiple(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const next = tokenAt(doc, k + 1);
  if (t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.value) || next.sent !== t.sent || next.pos !== 'NOUN' || !(TITLE_WORDS.has(next.lower) || PEOPLE_NOUNS.has(next.lower))) return false;
  const prev = tokenAt(doc, k - 1);
  return k === 0 || prev.sent !== t.sent || /^(DET|ADJ|PROPN|PUNCT|NUM)$/.test(prev.pos) || isPossessive(prev) || POSSESSIVES.has(prev.lower);
}

/**
 * True when token `k` is a lower-case present participle the tagger read as a
 * verb right before a noun of people or a body ({@link isSpeakingHead}) or a
 * kin noun, the head, and after a determiner or a possessive in its
 * sentence: the "lobbying" of "their lobbying groups", the "restructuring"
 * of "the restructuring experts", the "fuming" of "A fuming dad" (not after "that": "said that leading experts"; nor a
 * gerund's object: "her laying flowers").
 */
function headingParticiple(doc: Doc, k: number, floor: number): boolean {
  const t = tokenAt(doc, k);
  const next = maybeToken(doc, k + 1);
  if (k - 1 < floor || t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.value) || next === undefined || next.pos !== 'NOUN' || next.sent !== t.sent || !(isSpeakingHead(next) || GENDERED_PERSON_NOUNS.has(next.lower))) return false;
  const prev = tokenAt(doc, k - 1);
  if (prev.sent !== t.sent) return false;
  return (prev.pos === 'DET' && !CLAUSE_DETERMINERS.has(prev.lower)) || isPossessive(prev) || (prev.pos === 'PRON' && POSSESSIVES.has(prev.lower));
}

/**
 * True when token `k` is a modifier of {@link VERB_LIKE_TITLE_MODIFIERS} in
 * lower case, tagged as a verb, before a title or a people noun: the "lead" of
 * "lead author Ann Fry".
 */
function verbLikeTitleModifier(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const next = maybeToken(doc, k + 1);
  return t.pos === 'VERB' && VERB_LIKE_TITLE_MODIFIERS.has(t.value) && next !== undefined && next.sent === t.sent && next.pos === 'NOUN' && (TITLE_WORDS.has(next.lower) || PEOPLE_NOUNS.has(next.lower));
}

/**
 * True when token `k` is a lower-case particle joined by a hyphen to the noun
 * before it, the end of one noun: the "up" of "runner-up", the "back" of
 * "left-back", the "in" of "stand-in", the "by" of "passer-by".
 */
export function hyphenTail(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  return t !== undefined && k >= 2 && /^(ADP|ADV|PART)$/.test(t.pos) && /^\p{Ll}+$/u.test(t.value) && isInnerHyphen(doc, k - 1) && tokenAt(doc, k - 2).pos === 'NOUN';
}

/**
 * True when token `k` is the number that ends a noun of a person joined to
 * it by hyphens and "of": the "three" of "father-of-three", the "two" of
 * "mother-of-two" (one noun, whose head is the person).
 */
export function countedPersonTail(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  if (t === undefined || k < 4 || (t.pos !== 'NUM' && !ELLIPTICAL_NUMBERS.has(t.lower)) || !isInnerHyphen(doc, k - 1) || !isInnerHyphen(doc, k - 3)) return false;
  const person = tokenAt(doc, k - 4);
  return tokenAt(doc, k - 2).lower === 'of' && person.pos === 'NOUN' && /^\p{Ll}+$/u.test(person.value);
}

/**
 * Whether token `k` is an adjective the tagger read as an adverb between an
 * article and a person word it also misread: the "new" of "the new chief
 * said" (tagged new/ADV chief/ADJ). Only lower-case words not in -ly, right
 * after "the", "a" or "an", before a people or title word that ends the phrase.
 */
function taggedAdverbAdjective(doc: Doc, k: number, end: number, floor: number): boolean {
  const t = tokenAt(doc, k);
  if (t.pos !== 'ADV' || k !== end - 2 || k - 1 < floor || /ly$/.test(t.lower) || !/^\p{Ll}+$/u.test(t.value)) return false;
  const head = tokenAt(doc, end - 1);
  return ARTICLES.has(tokenAt(doc, k - 1).lower) && head.pos === 'ADJ' && (PEOPLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower));
}

/**
 * True when token `k` is an adjective standing alone for what is worn after
 * "in" and a past participle: the "black" of "A man dressed in black", "clad
 * in white"; the object of the preposition, as "a black coat" is.
 */
function dressedIn(doc: Doc, k: number, floor: number): boolean {
  if (k - 2 < floor || tokenAt(doc, k).pos !== 'ADJ' || tokenAt(doc, k - 1).lower !== 'in') return false;
  const participle = tokenAt(doc, k - 2);
  return participle.pos === 'VERB' && /^\p{Ll}+ed$/u.test(participle.value);
}

/** Start of the noun phrase that ends with token `end - 1`, or -1. */
export function phraseStartBefore(doc: Doc, end: number, floor: number): number {
  const head = maybeToken(doc, end - 1);
  if (!head || end - 1 < floor) return -1;
  if (head.pos === 'PRON') return negatedWholeStart(doc, end - 1, floor);
  // a name that ends in a number: "Channel 4", "Local 802", "ABC 7"
  if (numberedName(doc, end - 1, floor)) return phraseStartBefore(doc, end - 1, floor);
  // a business named with a possessive, right before its verb: "McDonald's said", "Ben & Jerry's said"
  // (so is a person's name whose "'s" is "has": "Mr. Tolland's said")
  if (possessiveName(doc, end - 1, floor) || contractedHasName(doc, end - 1, floor)) return phraseStartBefore(doc, end - 1, floor);
  // a noun, a name, or a person word the tagger called an adjective ("SEIU chief says")
  // also an adjective or adverb the tagger gave a noun after "the": "the daily wrote", "the local said"
  const personWord = (head.pos === 'ADJ' && (PEOPLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower))) ||
    ((head.pos === 'ADJ' || head.pos === 'ADV') && end - 2 >= floor && tokenAt(doc, end - 2).pos === 'DET' && (!/ly$/.test(head.lower) || ORGANIZATION_NOUNS.has(head.lower))) ||
    describedAdjective(doc, end, floor) || dressedIn(doc, end - 1, floor);
  // a noun the tagger read as a verb after a determiner: "the same polling suggests", "some analyses suggest"
  const before = tokenAt(doc, end - 2);
  // (and a gerund after a possessive: "Quill's thinking")
  const verbNoun = head.pos === 'VERB' && end - 2 >= floor && (before.pos === 'DET' || (before.pos === 'ADJ' && end - 3 >= floor && tokenAt(doc, end - 3).pos === 'DET') || (isPossessive(before) && /ing$/.test(head.lower)));
  // (the lower-case end of a Korean given name, whatever its tag: the "in" of "Moon Jae-in")
  // (and the particle that ends a hyphened noun: "the runner-up said"; and the number of "the father-of-three said")
  if (!(head.pos === 'NOUN' || head.pos === 'PROPN' || personWord || verbNoun || isNameToken(head, doc) || givenNameSyllable(doc, end - 1) || (end - 3 >= floor && hyphenTail(doc, end - 1)) || (end - 5 >= floor && countedPersonTail(doc, end - 1)))) return -1;
  let k = end - 1;
  while (k - 1 >= floor) {
    // a run longer than any phrase is cut at the bound
    if (end - k >= MAX_PHRASE_TOKENS) break;
    const t = tokenAt(doc, k - 1);
    if (t.para !== head.para) break;
    // a dash set off by spaces ends the phrase, whatever its tag: "DOVER ― Ines Marr" (a horizontal bar read as a name)
    if (DASHES.has(t.value) && !isInnerHyphen(doc, k - 1)) break;
    // "Sophie in 't Veld said": a particle with the elided article, its mark and its "t", after a given name
    if (k < end && t.value === 't') {
      const particle = elidedArticleParticleStart(doc, k - 1);
      if (particle > floor) {
        k = particle;
        continue;
      }
      // ("In 't Veld said": the particle capitalised, opening the sentence)
      if (k - 3 >= floor && openingElidedArticleParticle(doc, k - 3)) {
        k -= 3;
        continue;
      }
    }
    // ("most passionate supporters": a degree adverb before an adjective)
    // ("the newly elected mayor": an adverb of manner before a participle, after a determiner)
    // (and after a possessive: "Lee's newly installed campaign chief")
    const manner = t.pos === 'ADV' && /ly$/.test(t.lower) && tokenAt(doc, k).pos === 'VERB' && /ed$/.test(tokenAt(doc, k).lower) && (maybeToken(doc, k - 2)?.pos === 'DET' || (maybeToken(doc, k - 2) !== undefined && isPossessive(tokenAt(doc, k - 2)))) && k - 2 >= floor && k < end - 1;
    const degree = manner || (t.pos === 'ADV' && PHRASE_DEGREE_ADVERBS.has(t.lower) && tokenAt(doc, k).pos === 'ADJ' && k < end - 1) || taggedAdverbAdjective(doc, k - 1, end, floor);
    // ("regional anti-smuggling agencies": a hyphenated word in one token the tagger read as a verb, before the head)
    const hyphenated = t.pos === 'VERB' && k < end && /^\p{Ll}+(-\p{L}+)+$/u.test(t.value);
    // "ex-Gov. Tom Reyes", "then-Sen. Ann Lee": the period of a title abbreviation joined by a hyphen, which the
    // tokenizer leaves apart, before a name (so does it after a rank it does not know: "Det. Insp. Rachel Moore")
    if (t.value === '.' && k < end && isNameToken(tokenAt(doc, k), doc) && k - 2 >= floor && (hyphenedTitle(doc, k - 2) || detachedTitle(doc, k - 2))) {
      k--;
      continue;
    }
    // "Doctors Without Borders said": a capitalised preposition joins a capitalised noun opening the sentence to a name
    if (k < end && k - 2 >= floor && openingLinkHead(doc, k - 2, k - 1) && startsUpper(tokenAt(doc, k).value) && startsUpperLower(t.value)) {
      k -= 2;
      continue;
    }
    // "a group called Save the Harbor", "Save Our Pier": the verb that opens a name goes on before its article or possessive
    if (k < end && k - 2 >= floor && articleAfterNameVerb(doc, k - 1)) {
      k -= 2;
      continue;
    }
    if (degree || hyphenated || NP_INNER.has(t.pos) || t.pos === 'DET' || isPossessive(t) || isBareApostrophe(doc, k - 1) || isNameToken(t, doc) || (t.value === '.' && isNameToken(tokenAt(doc, k), doc) && k - 2 >= 0 && isSplitInitial(doc, k - 2))) {
      if (t.pos === 'DET') {
        // (a "which" after a comma opens a relative clause, whose subject follows it: 'the plan, which critics called')
        if (t.lower === 'which' && k - 2 >= floor && tokenAt(doc, k - 2).value === ',') break;
        // (and a "what" opens a free relative, whose subject follows it: 'what aides called "..."')
        if (t.lower === 'what') break;
        k--;
        break;
      }
      k--;
      continue;
    }
    // a nickname in quotation marks between a given name and a surname: 'Dwayne "The Rock" Johnson said'
    if (isMarkToken(t.value) && k < end) {
      const open = quotedNicknameStart(doc, k - 1, floor);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    // a quoted title between a determiner and the head: "the “Avatar” star", "a 'Today' show host"
    if (isMarkToken(t.value) && k < end) {
      const open = scareQuoteStart(doc, k - 1, floor);
      const determiner = (j: number): boolean => j >= floor && (tokenAt(doc, j).pos === 'DET' || isPossessive(tokenAt(doc, j)) || POSSESSIVES.has(tokenAt(doc, j).lower));
      // (and after an adjective after one: 'the new "smart" fridges')
      if (open > floor && (determiner(open - 1) || (tokenAt(doc, open - 1).pos === 'ADJ' && determiner(open - 2)))) {
        k = open;
        continue;
      }
    }
    // "(retd)" after a rank: "Lt. Col. (retd) John Baker"
    if (t.value === ')' && maybeToken(doc, k - 3)?.value === '(' && maybeToken(doc, k - 4) && TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, k - 4)))) {
      k -= 3;
      continue;
    }
    // hyphenated names
    // (never a dash with spaces: "RANGOON, Burma - Aung San Suu Kyi")
    if (isInnerHyphen(doc, k - 1) && k - 2 >= floor) {
      k -= 2;
      continue;
    }
    // a present participle before a title: "the group's organizing director Ann Lee (said)"
    if (k < end && isTitleParticiple(doc, k - 1)) {
      k--;
      continue;
    }
    // a present participle right before the head noun, after a determiner or a possessive: "their lobbying groups",
    // "the restructuring experts", "A fuming dad" (not after a noun: "the group representing workers")
    if (k === end - 1 && headingParticiple(doc, k - 1, floor)) {
      k--;
      continue;
    }
    // a participle used as an adjective inside the phrase: "Democratic registered voters", "the newly elected mayor"
    const inner = maybeToken(doc, k - 2);
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && k - 2 >= floor && inner !== undefined && (inner.pos === 'ADJ' || inner.pos === 'DET' || inner.pos === 'NUM' || inner.pos === 'ADV' || inner.lower === 'of' || isPossessive(inner))) {
      k--;
      continue;
    }
    // the second half of a hyphenated word: "Texas-based", "61-year-old"
    if (k - 2 > floor && isInnerHyphen(doc, k - 2) && /^[\p{L}\p{N}]/u.test(t.value)) {
      k--;
      continue;
    }
    // adjectives set off by a comma: "the bespectacled, 71-year-old diplomat"
    if (t.value === ',' && k < end - 1 && k - 3 >= floor && /^(ADJ|NUM)$/.test(tokenAt(doc, k).pos) && tokenAt(doc, k - 2).pos === 'ADJ' && tokenAt(doc, k - 3).pos === 'DET' && tokenAt(doc, k - 3).sent === head.sent) {
      k -= 3;
      break;
    }
    if ((t.lower === 'and' || t.value === '&') && isNameToken(tokenAt(doc, k), doc) && maybeToken(doc, k - 2) && isNameToken(tokenAt(doc, k - 2), doc) && tokenAt(doc, k - 2).pos === 'PROPN') {
      // "Smith and Jones said": both speak; keep the pair as one mention
      k--;
      continue;
    }
    break;
  }
  // a day word opening the sentence, or after "on", is the time of the verb, not part of the name after it:
  // "Yesterday Architect Lena Fischer said", "On Monday Senator Ann Lee said"
  if (k < end - 1 && openingDay(doc, k, end, floor)) return k + 1;
  // "Not all residents said": the "not" before a whole keeps its meaning
  if (k < end) k = negatedWholeStart(doc, k, floor);
  // possessive pronoun determiners: "his spokesman"
  if (k - 1 >= floor && tokenAt(doc, k - 1).pos === 'PRON' && POSSESSIVES.has(tokenAt(doc, k - 1).lower)) k--;
  // a demonstrative opening the sentence that the tagger read as a pronoun: "That person said"
  // and a participle opening it that the tagger read as a verb before a people noun: "Fed officials", "Retired officers"
  else if (k - 1 >= floor && k < end && opensSentenceAt(doc, k - 1, floor)) {
    const t = tokenAt(doc, k - 1);
    if ((t.pos === 'PRON' && CAPITALISED_DEMONSTRATIVES.has(t.value)) || (t.pos === 'VERB' && /^\p{Lu}\p{Ll}*ed$/u.test(t.value) && PEOPLE_NOUNS.has(head.lower))) k--;
  }
  return k;
}

/**
 * The start of a phrase that opens at token `k` with a word of
 * {@link NEGATED_WHOLES}: the "not" right before it in its sentence ("Not
 * everyone agreed", "Not all residents said", the partitive "Not all of the
 * residents said"), else `k`; a "not" after a verb is the verb's ("The plan
 * was not everyone said it would be").
 */
export function negatedWholeStart(doc: Doc, k: number, floor: number): number {
  const t = tokenAt(doc, k);
  const not = maybeToken(doc, k - 1);
  if (k - 1 < floor || not === undefined || not.lower !== 'not' || not.sent !== t.sent || !NEGATED_WHOLES.has(t.lower)) return k;
  const verb = maybeToken(doc, k - 2);
  return verb !== undefined && verb.sent === t.sent && (verb.pos === 'AUX' || verb.pos === 'VERB') ? k : k - 1;
}

/**
 * True when token `k`, the first of the phrase `[k, end)`, is a capitalised
 * day word ({@link DAY_SET}: "Yesterday", "Today", "Monday") that opens its
 * sentence or follows "on", before a name: a title word, a job word or a
 * first name after it, or exactly two capitalised words ("Yesterday Lena
 * Fischer"). Not "Sunday Times said" nor "Today show host".
 */
function openingDay(doc: Doc, k: number, end: number, floor: number): boolean {
  const t = tokenAt(doc, k);
  if (!DAY_SET.has(t.lower) || !/^\p{Lu}/u.test(t.value)) return false;
  if (!opensSentenceAt(doc, k, floor) && !(tokenAt(doc, k - 1).lower === 'on' && tokenAt(doc, k - 1).sent === t.sent)) return false;
  const next = tokenAt(doc, k + 1);
  if (!/^\p{Lu}/u.test(next.value)) return false;
  if (TITLE_WORDS.has(tokenTitleKey(next)) || JOB_TITLE_WORDS.has(next.lower) || FIRST_NAMES.has(next.lower)) return true;
  return end - k === 3 && /^\p{Lu}\p{Ll}/u.test(tokenAt(doc, k + 2).value);
}

/** True when token `k` opens its sentence: the first token, or after a quotation mark. */
function opensSentenceAt(doc: Doc, k: number, floor: number): boolean {
  const before = maybeToken(doc, k - 1);
  return k === floor || before === undefined || before.sent !== tokenAt(doc, k).sent || /^["“”'‘’]$/.test(before.value);
}

/** True when tokens [from, to) hold no verb and do not open a relative clause: "the party's treasurer", "Calder & Moss". */
export function isNounPhrase(doc: Doc, from: number, to: number): boolean {
  if (from >= to || RELATIVE_PRONOUNS.has(tokenAt(doc, from).lower)) return false;
  let noun = false;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if ((t.pos === 'VERB' && !isNameToken(t, doc)) || t.pos === 'AUX') return false;
    // an adverb alone ("Pakistan, nevertheless, says") is no phrase; "the daily" is
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON' || isNameToken(t, doc) || (k > from && tokenAt(doc, k - 1).pos === 'DET')) noun = true;
  }
  return noun;
}

/** True for "general" after a title word: "attorney general", "Secretary General". */
export function isPostpositiveTitle(doc: Doc, k: number): boolean {
  const prev = maybeToken(doc, k - 1);
  return tokenAt(doc, k).lower === 'general' && prev !== undefined && (TITLE_WORDS.has(prev.lower) || PEOPLE_NOUNS.has(prev.lower));
}

/** One past the end of the noun phrase that starts at `from` ("The Associated Press", "reporters"), or `from` when none does. */
export function phraseEndAfter(doc: Doc, from: number, ceiling: number): number {
  let k = from;
  if (k >= ceiling) return from;
  const startTok = tokenAt(doc, k);
  const possessive = POSSESSIVES.has(startTok.lower) && maybeToken(doc, k + 1) !== undefined && (tokenAt(doc, k + 1).pos === 'NOUN' || tokenAt(doc, k + 1).pos === 'ADJ');
  if (startTok.pos === 'PRON' && !possessive) return PRONOUNS.has(startTok.lower) ? k + 1 : from;
  if (startTok.pos === 'DET' || possessive) k++;
  // "then-Sen. Ann Lee" in three tokens: the prefix and its hyphen open the phrase
  else if (k + 2 < ceiling && tokenAt(doc, k + 1).value === '-' && hyphenedTitle(doc, k + 2)) k += 2;
  while (k < ceiling) {
    // a run longer than any phrase is cut at the bound
    if (k - from >= MAX_PHRASE_TOKENS) break;
    const t = tokenAt(doc, k);
    if (t.para !== startTok.para) break;
    if (DASHES.has(t.value) && !isInnerHyphen(doc, k)) break;
    // "said Sophie in 't Veld": a particle with the elided article, its mark and its "t", after a given name
    if (k > from && ELIDED_ARTICLE_PARTICLES.has(t.value)) {
      const particle = elidedArticleParticleStart(doc, k);
      if (particle === k && k + 3 < ceiling) {
        k += 3;
        continue;
      }
    }
    if (NP_INNER.has(t.pos) || isPossessive(t) || (k > from && isBareApostrophe(doc, k)) || isNameToken(t, doc) || (t.value === '.' && k > from && (TITLE_WORDS.has(tokenAt(doc, k - 1).lower) || (hyphenedTitle(doc, k - 1) && isNameToken(tokenAt(doc, k + 1), doc))))) {
      k++;
      continue;
    }
    if (t.value === '(' && maybeToken(doc, k + 2)?.value === ')') {
      k += 3;
      continue;
    }
    // a participle used as an adjective: "the printed slate card", "the newly elected mayor"
    const next = maybeToken(doc, k + 1);
    if (k > from && t.pos === 'VERB' && /ed$/.test(t.lower) && /^\p{Ll}/u.test(t.value) && next !== undefined && k + 1 < ceiling && /^(NOUN|PROPN|ADJ)$/.test(next.pos) && /^(DET|ADJ|ADV)$/.test(tokenAt(doc, k - 1).pos)) {
      k++;
      continue;
    }
    // and a present participle before a title: "(said) the group's organizing director"
    // ("(said) lead author Ann Fry": a title's modifier the tagger read as a verb)
    if (k + 1 < ceiling && (isTitleParticiple(doc, k) || verbLikeTitleModifier(doc, k))) {
      k++;
      continue;
    }
    // an adverb hyphenated to the word after it: "(said) a well-known economist", "one well-connected councillor"
    if (k > from && t.pos === 'ADV' && /^\p{Ll}/u.test(t.value) && isInnerHyphen(doc, k + 1) && k + 2 < ceiling) {
      k += 3;
      continue;
    }
    // hyphenated names and words: "Lane-Eakins", "61-year-old"
    if (k > from && isInnerHyphen(doc, k) && k + 1 < ceiling) {
      k += 2;
      continue;
    }
    break;
  }
  // never end on an adjective or a number: "said last" is not a phrase
  // (but "attorney general", "secretary general": a title's postpositive adjective)
  // (and a person word the tagger called an adjective: "One operative inside the tower")
  // (a name that ends in a number does: "said Local 802"; so does a hyphened noun: "said the runner-up")
  while (k > from && !isPostpositiveTitle(doc, k - 1) && !(k - 3 >= from && hyphenTail(doc, k - 1)) && !(tokenAt(doc, k - 1).pos === 'ADJ' && PEOPLE_NOUNS.has(tokenAt(doc, k - 1).lower) && k - 1 > from) && tokenAt(doc, k - 1).pos !== 'NOUN' && tokenAt(doc, k - 1).pos !== 'PROPN' && !isNameToken(tokenAt(doc, k - 1), doc) && tokenAt(doc, k - 1).value !== ')' && !isAgeWord(doc, k - 1) && !givenNameSyllable(doc, k - 1) && !numberedName(doc, k - 1, from)) k--;
  return k;
}

/** {@link detachedTitleAt} over the tokens of `doc`: "Det.", "Insp.". */
function detachedTitle(doc: Doc, k: number): boolean {
  return detachedTitleAt((j) => maybeToken(doc, j), k);
}

/** {@link hyphenedTitleAt} over the tokens of `doc`: "ex-Gov.", "then-Sen.". */
function hyphenedTitle(doc: Doc, k: number): boolean {
  return hyphenedTitleAt((j) => maybeToken(doc, j), k);
}
