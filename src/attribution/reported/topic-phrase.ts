/**
 * A clause read from inside the noun phrase of a topic: `joked about harbor
 * gulls, left early` has no clause "gulls, left early"; the words after
 * "about" are the topic's noun phrase, which rule `reported/cue-topic` or
 * `reported/cue-object` reports, or nothing does.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { afterTimePhrase } from '../../cues/time-phrase.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { TOPIC_PHRASE_PREPOSITIONS } from '../../data/cues.js';
import { DETERMINER_OR_ADJECTIVE_TAGS, NOUN_HEADED_PHRASE_TAGS, NOUN_MODIFIER_TAGS } from '../../data/tags.js';

/** Parts of speech inside a noun phrase, before its head. */
const INSIDE_PHRASE: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;

/** Parts of speech that go on with a noun phrase: its next modifier or its head. */
const PHRASE_GOES_ON: ReadonlySet<string> = NOUN_MODIFIER_TAGS;

/**
 * The first token of a topic's noun phrase when the clause a cue's rule would
 * start at token `p` (after the words it skipped after `cue`), and -1
 * otherwise. A clause starts inside the noun phrase of a topic
 * preposition among those words: the last such preposition has only noun
 * phrase words (determiners, possessives, adjectives, nouns, names, numbers)
 * after it, and the word at `p` goes on with that phrase ("bragged about
 * her | uncle teaching her to row", "reminded the crowd of the ten | winters
 * the ferry had run", "joked about harbor | gulls"). A pronoun or a determiner at `p` opens a clause
 * of its own ("told the Gazette of Dover last week she would run"), and so
 * does a time phrase ("said on Monday Mr. Orr would resign").
 */
export function topicPhraseStart(doc: Doc, cue: CueMatch, p: number): number {
  if (!PHRASE_GOES_ON.has(tokenAt(doc, p).pos)) return -1;
  for (let k = p - 1; k >= cue.last; k--) {
    const t = tokenAt(doc, k);
    // (a time phrase is no topic: "said on Monday Mr. Orr would resign")
    if (TOPIC_PHRASE_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') return k < p - 1 && afterTimePhrase(doc, k) === k ? k + 1 : -1;
    if (!INSIDE_PHRASE.has(t.pos) && !POSSESSIVES.has(t.lower) && !modifierAdverb(doc, k)) return -1;
  }
  return -1;
}

/**
 * True when the adverb at `k` modifies the noun phrase it
 * sits in: right after a determiner, a possessive (or its "'s") or an
 * adjective, and right before an adjective or a noun ("about her very old
 * uncle"; "about the town's small old ferry", where the tagger read "small" as
 * an adverb).
 */
function modifierAdverb(doc: Doc, k: number): boolean {
  if (tokenAt(doc, k).pos !== 'ADV') return false;
  const before = tokenAt(doc, k - 1);
  return /^(ADJ|NOUN)$/.test(tokenAt(doc, k + 1).pos) && (DETERMINER_OR_ADJECTIVE_TAGS.has(before.pos) || POSSESSIVES.has(before.lower) || /^['\u2019]s?$/.test(before.value));
}
