/**
 * Where the opening words of a quotation that goes on in lower case after a
 * speaker and cue set between commas start (see `introduction` in
 * `mixed-parts.ts`): `The vote was put off, and frankly, he said, "nobody
 * minded."`, `The board split the two votes, which is an outcome, she said,
 * "we expected."`, `Whether the issue is the pier, the ferry or the seawall,
 * Lee added, "it gets harder."`. Annotated news counts those words as the
 * first part of what was said: a lone adverb after "and" or "but", a relative
 * clause from its pronoun, else the words from the sentence start, commas and
 * all.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { WH_RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { ADVERB_OPENING_CONJUNCTIONS } from '../../data/function-words.js';

/** Parts of speech that cannot end the words before the attribution's comma (`including, he said, "..."`). */
const OPEN_ENDS = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART']);

/**
 * The first token of the words that open a quotation continuing in lower case,
 * given the sentence start `start` and the comma before the speaker at token
 * `comma`: the adverb of `and also` or `but frankly` right before the comma,
 * else the relative pronoun after the last comma (`, which is an outcome`),
 * else `start` (also when the words are one word: `But, he added, "..."`).
 * Null when there are no words before the comma, or when they end open (a
 * preposition, a conjunction, a determiner, a particle or a verb in -ing such
 * as `including`, which leave the quotation as their object).
 *
 * @param doc - The prepared document.
 * @param start - The first token the words may take (sentence start or floor).
 * @param comma - The token of the comma before the speaker.
 * @returns The first token of the words, or null.
 */
export function continuedIntroStart(doc: Doc, start: number, comma: number): number | null {
  if (comma - start < 1) return null;
  // (a lone word: "But, he added, "..."" is the caller's, whatever it is)
  if (comma - start === 1) return start;
  const last = tokenAt(doc, comma - 1);
  if (OPEN_ENDS.has(last.pos) || (last.pos === 'VERB' && /ing$/.test(last.lower))) return null;
  // "..., and also, he said, "to make clear ..."": the adverb alone
  if (comma - 2 >= start && last.pos === 'ADV' && ADVERB_OPENING_CONJUNCTIONS.has(tokenAt(doc, comma - 2).lower)) return comma - 1;
  // "..., which is an outcome, he said, "we expected."": the relative clause from its pronoun
  for (let k = comma - 2; k > start; k--) {
    if (tokenAt(doc, k).value === ',' && WH_RELATIVE_PRONOUNS.has(tokenAt(doc, k + 1).lower)) return k + 1;
  }
  return start;
}
