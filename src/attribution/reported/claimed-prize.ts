/**
 * A cue of saying in its sense of taking: "fell short of what it takes to
 * claim the nomination", "the army claims further land each week", "hopes to
 * claim the seat". The noun phrase after the cue is what was taken; no
 * clause is reported even when a verb follows later in the sentence.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { CLAIMED_PRIZE_NOUNS, TAKING_CUES } from '../../data/senses.js';
import { FRONTED_OPENERS, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { TIME_WORDS } from '../../data/time.js';
import { NOUN_LEADING_TAGS } from '../../data/tags.js';

/** Most words before the prize noun: "the Democratic presidential nomination". */
const MAX_PRIZE_MODIFIERS = 3;

/**
 * True when cue lemma `lemma` is a taking cue ({@link TAKING_CUES}) and the
 * noun phrase from token `p` (before `limit`) is headed by a prize noun
 * ({@link CLAIMED_PRIZE_NOUNS}): determiners, possessives, numbers, adjectives
 * or names, then the noun ("the nomination", "more territory", "his party's
 * nomination", "the Senate seat"), which ends the phrase
 * ({@link prizeEndsPhrase}: "claimed the nomination was stolen", "claimed the
 * prize money was hers" report a clause).
 */
export function claimedPrize(doc: Doc, lemma: string, p: number, limit: number): boolean {
  if (!TAKING_CUES.has(lemma)) return false;
  for (let k = p; k < Math.min(limit, p + MAX_PRIZE_MODIFIERS + 1); k++) {
    const t = tokenAt(doc, k);
    if (CLAIMED_PRIZE_NOUNS.has(t.lower)) return prizeEndsPhrase(doc, k, limit);
    // ("his party's nomination": a possessive ending joins the modifiers)
    if (/^['\u2019]s$/.test(t.value)) continue;
    if (!NOUN_LEADING_TAGS.has(t.pos) && t.lower !== 'more') return false;
  }
  return false;
}

/**
 * True when the prize noun at token `k` is what was taken, not the head or a
 * modifier of a reported clause's subject. Not when a verb follows it right
 * away ("claimed the nomination was stolen"), nor a noun it modifies ("the
 * prize money", "land prices"; a time word is none: "claimed the seat
 * Tuesday"), nor an "of" phrase before a finite verb ("the nomination of her
 * rival was illegal"), nor a clause with no relative word before another
 * finite verb ("the seat he won was rigged"; "claimed the seat he won in
 * 2010" took it). A preposition, a subordinating word or a mark after it
 * ends the phrase ("claim the nomination when ...", "claimed the seat, ...").
 */
function prizeEndsPhrase(doc: Doc, k: number, limit: number): boolean {
  if (k + 1 >= limit) return true;
  const next = tokenAt(doc, k + 1);
  if (next.sent !== tokenAt(doc, k).sent) return true;
  if (next.pos === 'VERB' || next.pos === 'AUX') return false;
  if ((next.pos === 'NOUN' || /^['\u2019]s$/.test(next.value)) && !TIME_WORDS.has(next.lower)) return false;
  if (next.lower === 'of') return finiteVerbsAfter(doc, k + 2, limit) === 0;
  // (a name may open such a clause too: "the seat Tom Hale held was rigged")
  if (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN') return finiteVerbsAfter(doc, k + 1, limit) < 2;
  return true;
}

/**
 * How many finite verbs (an auxiliary, or a verb in lower case not in -ing)
 * stand from token `from` up to a mark, a relative word, a word of
 * {@link FRONTED_OPENERS}, the sentence's end or `limit`, at most two.
 */
function finiteVerbsAfter(doc: Doc, from: number, limit: number): number {
  const sent = tokenAt(doc, from - 1).sent;
  let n = 0;
  for (let j = from; j < limit && n < 2; j++) {
    const t = tokenAt(doc, j);
    if (t.sent !== sent || isMarkToken(t.value) || t.pos === 'PUNCT' || RELATIVE_PRONOUNS.has(t.lower) || FRONTED_OPENERS.has(t.lower)) break;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && t.value === t.lower)) n++;
  }
  return n;
}
