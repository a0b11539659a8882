/**
 * The head of a description when it is not its last word, and the words that
 * count.
 * @internal
 */
import type { Doc, Token } from '../../prepare/document.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { COUNT_NOUNS, QUANTIFIERS } from '../../data/function-words.js';

/**
 * The head of a description when it is not its last word: the last noun before
 * a preposition ("sources familiar with the talks" -> sources, "aides close to
 * Lindqvist" -> aides).
 */
export function descriptionHead(doc: Doc, first: number, last: number): { head?: number } {
  let head = -1;
  let counted = false;
  for (let k = first; k < last; k++) {
    const t = tokenAt(doc, k);
    // "most of the candidates", "74 percent of voters": the head is the counted noun
    if (t.lower === 'of' && (head < 0 || isCount(tokenAt(doc, head)) || (k > first && isCount(tokenAt(doc, k - 1))))) {
      head = -1;
      counted = true;
      continue;
    }
    if (k === first && t.lower === 'at' && maybeToken(doc, k + 1)?.lower === 'least') {
      k++;
      continue;
    }
    if (t.pos === 'ADP' || (t.pos === 'ADJ' && maybeToken(doc, k + 1)?.pos === 'ADP')) return head >= 0 ? { head } : {};
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
  }
  return counted && head >= 0 && head < last - 1 ? { head } : {};
}

/** A word that counts: "most", "half", "percent", "majority". */
export function isCount(t: Token): boolean {
  return QUANTIFIERS.has(t.lower) || COUNT_NOUNS.has(t.lower) || t.pos === 'NUM';
}
