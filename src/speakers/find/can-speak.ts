/**
 * Whether a mention can be a speaker, and whether it names people or a body.
 * @internal
 */
import type { Mention } from '../shape.js';
import { isPeopleKind, kindOfHead, kindOfName } from '../kinds.js';
import { DOCUMENT_NOUNS, FRACTION_NOUNS, INDEFINITE_PEOPLE, NOT_SPEAKERS, ORGANIZATION_NOUNS, PEOPLE_NOUNS } from '../../data/people.js';
import { PERSON_SUBJECT_PRONOUNS, PLURAL_DEMONSTRATIVES } from '../../data/pronouns.js';
import { BACK_POINTERS } from '../../data/clauses.js';
import { TITLE_WORDS } from '../../data/titles.js';
import type { Doc } from '../../prepare/document.js';
import { isNameToken } from './name-tokens.js';
import { isAgeWord } from './name-marks.js';
import { describedAdjective, hyphenTail } from './noun-phrase.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { PARTITIVE_OBJECT_PRONOUNS, QUANTIFIERS, FRACTION_COUNTS } from '../../data/function-words.js';
import { DETERMINER_OR_ADJECTIVE_TAGS } from '../../data/tags.js';

/**
 * True when the name or description `m` stands for people or a body: a
 * person, group or organisation by name, or a description whose head is one
 * ("the governor", "many voters", "the agency"; not "a note").
 */
export function namesPeopleOrBody(doc: Doc, m: Mention): boolean {
  const kind = m.kind === 'name' ? kindOfName(m.name) : kindOfHead(tokenAt(doc, m.head ?? m.last - 1).lower);
  return isPeopleKind(kind) || kind === 'organization';
}

/**
 * True when `m` is a name or a personal subject pronoun ("he", "she", "they",
 * "we", "I"): the subject of a nearer clause that speaks for a cue after it
 * (see `conjoined-clause.ts`, `object-relative.ts`).
 */
export function isNameOrPersonPronoun(m: Mention): boolean {
  return m.kind === 'name' || (m.kind === 'pronoun' && PERSON_SUBJECT_PRONOUNS.has(m.name.toLowerCase()));
}

/**
 * True when tokens `k` to `k + 2`, in one sentence, are a quantifier or a
 * number, "of" and a plural object pronoun ({@link PARTITIVE_OBJECT_PRONOUNS}):
 * "One of them", "Both of us", "Each of you", "Two of them". Such a count is a
 * speaker (`One of them said`) and, after a verb of telling, a listener
 * (`told one of them the plan ...`, `reported/listener-split.ts`).
 */
export function countOfPronounAt(doc: Doc, k: number): boolean {
  const count = maybeToken(doc, k), of = maybeToken(doc, k + 1), pronoun = maybeToken(doc, k + 2);
  if (count === undefined || of === undefined || pronoun === undefined || pronoun.sent !== count.sent) return false;
  return (QUANTIFIERS.has(count.lower) || count.pos === 'NUM') && of.lower === 'of' && PARTITIVE_OBJECT_PRONOUNS.has(pronoun.lower);
}

/** True when the phrase can be a speaker: a person noun, a name, a pronoun, a document or outlet. */
export function canSpeak(doc: Doc, m: Mention): boolean {
  const head = tokenAt(doc, m.head ?? m.last - 1);
  if (m.kind === 'pronoun' || m.kind === 'name' || INDEFINITE_PEOPLE.has(head.lower)) return true;
  // "the 61-year-old": an age stands for the person
  if (isAgeWord(doc, m.last - 1)) return true;
  // "Those close to him": a demonstrative with what describes it
  if (PLURAL_DEMONSTRATIVES.has(head.lower) && m.last - m.first > 2) return true;
  // a noun the tagger read as a verb after a determiner or an adjective: "the same polling"
  if (head.pos === 'VERB' && head.i > m.first && DETERMINER_OR_ADJECTIVE_TAGS.has(tokenAt(doc, head.i - 1).pos)) return true;
  // "One of them", "Both of us", "each of you": a count of people an object pronoun names (the count is the head)
  if (m.last - m.first === 3 && countOfPronounAt(doc, m.first)) return true;
  if (NOT_SPEAKERS.has(head.lower)) return false;
  // "the left-back": a particle joined by a hyphen to a noun ends that noun
  if (head.i - 2 >= m.first && hyphenTail(doc, head.i)) return true;
  // "The self-styled green populist said": an adjective the tagger gave the head, after its modifiers
  if (head.pos === 'ADJ' && head.i === m.last - 1 && m.last - m.first >= 3 && describedAdjective(doc, m.last, m.first)) return true;
  // "the latter said": the second of two people just named ("the former" is a title word)
  if (BACK_POINTERS.has(head.lower) && m.last - m.first === 2 && tokenAt(doc, m.first).lower === 'the') return true;
  // "A third said", "a majority say": a fraction of people
  // ("Nearly a third", "Less than a third": with the count's own modifiers)
  if (FRACTION_NOUNS.has(head.lower) && (m.last - m.first <= 2 || FRACTION_COUNTS.has(tokenAt(doc, head.i - 1).lower))) return true;
  // the subject of a cue speaks for itself: any noun but the few that never do
  return head.pos === 'NOUN' || head.pos === 'PROPN' || PEOPLE_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower) || isNameToken(head, doc) || TITLE_WORDS.has(head.lower);
}
