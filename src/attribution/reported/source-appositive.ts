/**
 * A person's name set off after the description in a source phrase:
 * `according to its lawyer, Ada Brook, ...` names Ada Brook, not "its lawyer"
 * (read by the rules `reported/according-to-*` in `source-phrase.ts`).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Mention } from '../candidate.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { makeMention, isNameToken } from '../../speakers/phrase.js';
import { kindOfHead, kindOfName } from '../../speakers/kinds.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { DESCRIPTION_PHRASE_PREPOSITIONS, DESCRIPTION_PREPOSITIONS } from '../../data/function-words.js';
import { NP_POS } from './shared.js';
import { mentionWith } from '../../speakers/shape.js';

/** Most tokens of a description before a name set off by commas ("the company's chief lawyer"). */
const MAX_DESCRIPTION = 6;

/** Most tokens of a description with an "of" or "for" phrase ("the commander of NATO forces in Europe"). */
const MAX_DESCRIPTION_WITH_PHRASE = 9;

/** Most words of a name in apposition to a source ("Sen. Ada Brook"). */
const MAX_APPOSITIVE_NAME = 4;

/**
 * The source of a source phrase widened over the person's name set off after
 * it, and the token after that name: `its lawyer, Ada Brook,` or `Varga's
 * spokesman, Ned Olsen.` name the person (`its lawyers, Ada Brook and Tom
 * Pell,` the two, after a plural description), with the description kept
 * (`description`) and the mention running over both. Only after a
 * description whose head (the token before `comma`) is a singular noun for a
 * person (`lawyer`, `spokesman`; not `an FBI summary of its investigation,
 * Cheryl Mills, ...` whose name opens the clause), and only when a comma or
 * the sentence's end closes the name (`According to the lawyer, Ada Brook
 * had ...` makes Ada Brook the clause's subject). `null` otherwise.
 * @param comma the token right after the source, which must be a comma
 * @param sentenceLast the token after the sentence
 */
export function sourceAppositiveName(doc: Doc, source: Mention, comma: number, sentenceLast: number): { speaker: Mention; end: number } | null {
  return appositiveName(doc, source, comma - 1, comma, sentenceLast);
}

/**
 * {@link sourceAppositiveName} with the description's head noun at `head`
 * (the token before `comma`, or the noun before an "of" or "for" phrase:
 * `the commander of the army`). With `organizations`, a singular common noun
 * right before `comma` that is no noun for a person heads the description too,
 * before a name of any kind but a place or a group.
 */
function appositiveName(doc: Doc, source: Mention, head: number, comma: number, sentenceLast: number, organizations = false): { speaker: Mention; end: number } | null {
  if (source.kind !== 'description' || comma >= sentenceLast || tokenAt(doc, comma).value !== ',') return null;
  const headToken = tokenAt(doc, head);
  const plural = isPluralPeopleNoun(headToken.lower, headToken.lemma);
  const person = plural || (PEOPLE_NOUNS.has(headToken.lower) && !/[^s]s$/.test(headToken.lower));
  // ("the promoter, Starline Media,": any singular common noun right before the comma and a name that is no place or group,
  // when asked; not the noun of an "of" phrase: "the mayor in the town of Vell, Ada Hale,")
  const organization = organizations && !person && head === comma - 1 && headToken.pos === 'NOUN' && /^\p{Ll}/u.test(headToken.value) && headToken.lemma === headToken.lower;
  if (!person && !organization) return null;
  let end = nameEnd(doc, comma + 1, sentenceLast);
  if (end < 0) return null;
  // "its lawyers, Ada Brook and Tom Pell,": a plural description takes two names joined by "and"
  if (plural) {
    if (end >= sentenceLast || tokenAt(doc, end).lower !== 'and') return null;
    end = nameEnd(doc, end + 1, sentenceLast);
    if (end < 0) return null;
  }
  if (end < sentenceLast && !/^[,.;]$/.test(tokenAt(doc, end).value)) return null;
  const name = makeMention(doc, comma + 1, end);
  if (name === null || name.kind !== 'name' || name.first !== comma + 1 || name.last !== end) return null;
  // (a place set off so is no source: "the capital, Dover,")
  const kind = kindOfName(name.name);
  // ("the company, Acme Holdings,", "the union, Harbor Workers of America,": a noun for an organisation takes an
  // organisation's name as well as a person's)
  const body = organization || (organizations && head === comma - 1 && kindOfHead(headToken.lower) === 'organization');
  if (body ? kind === 'place' || kind === 'group' : kind !== 'person') return null;
  return { speaker: mentionWith(name, { first: source.first, start: source.start, description: source.name }), end };
}

/**
 * A name set off by commas after a description for a person, read before a
 * cue: in `The firm did nothing wrong, its lawyer, Ada Brook, said.` the
 * speaker is `its lawyer, Ada Brook` (named Ada Brook), and the clause before
 * the description's comma is what was said. The description opens with a
 * determiner or a possessive (`its lawyer`, `the mayor's spokesman`) and its
 * head is a noun for a person ({@link sourceAppositiveName}), or any
 * singular common noun right before the comma when the name is no place or group
 * (`the promoter, Starline Media`, `the city's school, Hill Academy`).
 * `null` otherwise.
 * @param name the speaker found before the cue
 * @param sentenceFirst the sentence's first token
 * @param sentenceLast the token after the sentence
 */
export function describedName(doc: Doc, name: Mention, sentenceFirst: number, sentenceLast: number): Mention | null {
  const comma = name.first - 1;
  if (name.kind !== 'name' || comma <= sentenceFirst || tokenAt(doc, comma).value !== ',') return null;
  let k = comma - 1;
  // the head noun: the token before the comma, or before the first "of" or "for" ("a spokesman for the ministry")
  let head = comma - 1;
  let inner = false;
  while (k > sentenceFirst && comma - k <= MAX_DESCRIPTION_WITH_PHRASE && tokenAt(doc, k).value !== ',') {
    const t = tokenAt(doc, k);
    if (DESCRIPTION_PREPOSITIONS.has(t.lower) && t.pos === 'ADP' && k + 1 < comma) head = k - 1;
    else if (t.pos === 'ADP' && DESCRIPTION_PHRASE_PREPOSITIONS.has(t.lower) && k + 1 < comma) inner = true;
    // (a participle the tagger read as a verb before its noun is an adjective: "the commander of allied forces")
    else if (!NP_POS.has(t.pos) && !participleAdjective(doc, k, comma)) return null;
    k--;
  }
  // (a preposition further inside only within the "of" or "for" phrase: "the commander of NATO forces in Europe")
  if (tokenAt(doc, k).value !== ',' || k + 1 >= comma || head <= k || (inner && head === comma - 1)) return null;
  // (without an "of" or "for" phrase, the description keeps its old bound)
  if (head === comma - 1 && comma - k > MAX_DESCRIPTION + 1) return null;
  const opener = tokenAt(doc, k + 1);
  let possessive = false;
  for (let j = k + 1; j < comma; j++) if (/^['’]s?$/u.test(tokenAt(doc, j).value)) possessive = true;
  if (opener.pos !== 'DET' && opener.pos !== 'PRON' && !possessive) return null;
  const description = makeMention(doc, k + 1, comma);
  if (description === null || description.first !== k + 1 || description.last !== comma) return null;
  const found = appositiveName(doc, description, head, comma, sentenceLast, true);
  return found !== null && found.speaker.last === name.last ? found.speaker : null;
}

/** The token after the run of at most {@link MAX_APPOSITIVE_NAME} name words from `first`, or -1 when there is none or it runs longer. */
function nameEnd(doc: Doc, first: number, sentenceLast: number): number {
  let end = first;
  while (end < sentenceLast && end - first < MAX_APPOSITIVE_NAME + 1 && (isNameWord(doc, end) || (end > first && laterNameWord(doc, end)))) end++;
  return end === first || end - first > MAX_APPOSITIVE_NAME ? -1 : end;
}

/** True for the plural of a singular noun for a person (`lawyers`, `spokesmen`), by its word or its lemma. */
function isPluralPeopleNoun(lower: string, lemma: string): boolean {
  if (lemma !== lower && PEOPLE_NOUNS.has(lemma)) return true;
  return /[^s]s$/.test(lower) && PEOPLE_NOUNS.has(lower.slice(0, -1));
}

/**
 * True when token `k`, after a name's first word, goes on with the name though
 * the tagger read it as no proper noun: a capitalised word that is a name's
 * ("the promoter, Starline Live," with "Live" read as a verb), or a plural's
 * apostrophe before a capitalised word ("Leaders' College").
 */
function laterNameWord(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  // (and a plural's apostrophe between two capitalised words: "the school, Leaders' College,")
  if (t.value === "'" || t.value === '’') {
    const before = tokenAt(doc, k - 1);
    const after = maybeToken(doc, k + 1);
    return before.end === t.start && /s$/u.test(before.value) && after !== undefined && /^\p{Lu}\p{Ll}/u.test(after.value);
  }
  return /^\p{Lu}\p{Ll}/u.test(t.value) && isNameToken(t, doc);
}

/** True when token `k` is a word of a name: a proper noun written with a capital. */
function isNameWord(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value);
}

/** True when token `k`, before `comma`, is a lower-case participle in -ed right before a noun: "allied forces", "elected officials". */
function participleAdjective(doc: Doc, k: number, comma: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'VERB' && /^\p{Ll}+ed$/u.test(t.value) && k + 1 < comma && tokenAt(doc, k + 1).pos === 'NOUN';
}
