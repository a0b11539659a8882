/**
 * A bare participle cue that describes a noun reports nothing, in three
 * shapes the cue-first rules (`cue-then-content.ts`) pass over: an absolute
 * phrase (`With 95 percent of precincts reporting, Lee led`), a participle
 * aside with its agent or its place (`The ship, claimed by two nations,
 * sank`, `The findings, published in the journal, show that ...`) and a
 * participle on the noun of an opening prepositional phrase (`In a
 * statement posted on its website, ...`).
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { ASIDE_PARTICIPLES, PARTICIPLE_PHRASE_OPENERS } from '../../data/cues.js';
import { FRONTED_ADVERBIAL_OPENERS } from '../../data/clauses.js';
import { NOUN_OPENING_TAGS } from '../../data/tags.js';

/**
 * True when the bare participle cue `cue` of `sentence` describes a noun (see
 * the file comment): an absolute phrase, an aside, or a participle on the
 * noun of an opening prepositional phrase.
 */
export function describesNoun(doc: Doc, cue: CueMatch, sentence: Segment): boolean {
  return absolutePhrase(doc, cue) || participleAside(doc, cue, sentence.last) || prepositionalParticiple(doc, cue, sentence.first);
}

/**
 * True when a bare participle cue right after a noun is closed by a comma and
 * no fronted adverbial follows: `With 95 percent of precincts reporting, Lee
 * led` is an absolute phrase, the participle has no content of its own.
 */
function absolutePhrase(doc: Doc, cue: CueMatch): boolean {
  if (!isIngCue(doc, cue) || cue.first !== cue.head || tokenAt(doc, cue.last).value !== ',') return false;
  return /^(NOUN|PROPN|NUM)$/.test(tokenAt(doc, cue.first - 1).pos) && !FRONTED_ADVERBIAL_OPENERS.has(tokenAt(doc, cue.last + 1).lower);
}

/** Most tokens of the agent in a participle aside: "claimed by the two nations". */
const MAX_AGENT = 6;

/**
 * True when a bare past participle cue right after a comma takes its agent
 * with "by" (or a place or time with another preposition) and a comma then
 * closes the aside before the sentence's verb: `The ship, claimed by two
 * nations, sank` describes the ship, no one's words; so does `The findings,
 * published in the journal, show that ...`, whose clause is the verb's.
 */
function participleAside(doc: Doc, cue: CueMatch, last: number): boolean {
  if (cue.first !== cue.head || cue.first < 1 || tokenAt(doc, cue.first - 1).value !== ',' || !/ed$/.test(tokenAt(doc, cue.head).lower)) return false;
  if (cue.last + 1 >= last || (tokenAt(doc, cue.last).lower !== 'by' && !(tokenAt(doc, cue.last).pos === 'ADP' && ASIDE_PARTICIPLES.has(tokenAt(doc, cue.head).lower)))) return false;
  let k = cue.last + 1;
  while (k < last && k - cue.last <= MAX_AGENT && NOUN_OPENING_TAGS.has(tokenAt(doc, k).pos)) k++;
  // (the verb read as a noun before its "that": "..., show that ...")
  const verb = k + 1 < last && (/^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos) || (tokenAt(doc, k + 1).pos === 'NOUN' && tokenAt(doc, k + 2).lower === 'that'));
  return k > cue.last + 1 && tokenAt(doc, k).value === ',' && verb;
}

/** Most tokens of the noun phrase before a participle in {@link prepositionalParticiple}. */
const MAX_PARTICIPLE_NOUN_PHRASE = 6;

/**
 * True when a bare past participle cue with a preposition after it follows
 * the noun of a phrase opened by "In", "With", "Through" or "Via"
 * ({@link PARTICIPLE_PHRASE_OPENERS}) at the sentence's start: `In a
 * statement posted on its website, ...`, `In a letter sent to staff, ...`;
 * the participle describes the noun, no one's words.
 */
function prepositionalParticiple(doc: Doc, cue: CueMatch, first: number): boolean {
  const head = tokenAt(doc, cue.head);
  if (cue.first !== cue.head || cue.first - 2 < first || head.pos !== 'VERB' || !(/ed$/.test(head.lower) || (head.lemma !== head.lower && !/(s|ing)$/.test(head.lower)))) return false;
  if (tokenAt(doc, cue.first - 1).pos !== 'NOUN' || tokenAt(doc, cue.last).pos !== 'ADP') return false;
  let k = cue.first - 1;
  while (k > first && cue.first - k <= MAX_PARTICIPLE_NOUN_PHRASE && NOUN_OPENING_TAGS.has(tokenAt(doc, k - 1).pos)) k--;
  return k - 1 === first && PARTICIPLE_PHRASE_OPENERS.has(tokenAt(doc, first).value);
}
