/**
 * An aside set off by commas between a relative pronoun and its verb:
 * "Tom Reyes, who, after the vote, said ...", "Ann Lee, who, like other
 * members, argued ...". The aside opens with a preposition, a subordinator or
 * an adverb; the relative pronoun before it is the verb's subject, as in
 * "Tom Reyes, who said ...".
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { WHO_WHICH_RELATIVES } from '../../data/clauses.js';

/** Most tokens of the aside between its two commas. */
const MAX_ASIDE = 16;

/** Parts of speech that may open the aside: "after ...", "like ...", "as ...", "once again". */
const ASIDE_OPENERS = new Set(['ADP', 'SCONJ', 'ADV']);

/**
 * The index of the comma after "who" or "which" when tokens [that comma,
 * `end`) are such an aside ending in a comma right before `end`, the pronoun
 * at or after `floor`; else -1. Reads at most {@link MAX_ASIDE} tokens back.
 */
export function relativeAsideStart(doc: Doc, end: number, floor: number): number {
  if (end - 4 < floor || tokenAt(doc, end - 1).value !== ',') return -1;
  for (let j = end - 2; j - 1 >= floor && j >= end - 2 - MAX_ASIDE; j--) {
    const t = tokenAt(doc, j);
    if (isMarkToken(t.value) || /^[;:()]$/.test(t.value)) return -1;
    if (t.value !== ',') continue;
    // (the comma right after the pronoun: a relative clause's own commas further in end the search)
    const relative = tokenAt(doc, j - 1);
    if (!WHO_WHICH_RELATIVES.has(relative.value) || j + 1 >= end - 1 || !ASIDE_OPENERS.has(tokenAt(doc, j + 1).pos)) return -1;
    return j;
  }
  return -1;
}
