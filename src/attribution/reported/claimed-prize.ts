/**
 * A cue of saying in its sense of taking: "fell short of what it takes to
 * claim the nomination", "the army claims further land each week", "hopes to
 * claim the seat". The noun phrase after the cue is what was taken; no
 * clause is reported even when a verb follows later in the sentence.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { CLAIMED_PRIZE_NOUNS, TAKING_CUES } from '../../data/senses.js';

/** Most words before the prize noun: "the Democratic presidential nomination". */
const MAX_PRIZE_MODIFIERS = 3;
/** Tags of the words a prize noun phrase may open with: determiners, numbers, adjectives, names ("the Republican nomination"). */
const PRIZE_MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'PRON']);

/**
 * True when cue lemma `lemma` is a taking cue ({@link TAKING_CUES}) and the
 * noun phrase from token `p` (before `limit`) is headed by a prize noun
 * ({@link CLAIMED_PRIZE_NOUNS}): determiners, possessives, numbers, adjectives
 * or names, then the noun ("the nomination", "more territory", "his party's
 * nomination", "the Senate seat"), and no verb right after the noun ("claimed
 * the nomination was stolen" reports a clause).
 */
export function claimedPrize(doc: Doc, lemma: string, p: number, limit: number): boolean {
  if (!TAKING_CUES.has(lemma)) return false;
  for (let k = p; k < Math.min(limit, p + MAX_PRIZE_MODIFIERS + 1); k++) {
    const t = tokenAt(doc, k);
    // ("claimed the nomination was stolen": a verb right after the noun makes it a clause's subject)
    if (CLAIMED_PRIZE_NOUNS.has(t.lower)) return k + 1 >= limit || !/^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos);
    // ("his party's nomination": a possessive ending joins the modifiers)
    if (/^['\u2019]s$/.test(t.value)) continue;
    if (!PRIZE_MODIFIER_TAGS.has(t.pos) && t.lower !== 'more') return false;
  }
  return false;
}
