/**
 * The comma inside a place's name: "Dellport, Nebraska", "San Remo, Calif.",
 * "Hollis, N.H." (the pair: `prepare/place-pair.ts`). A city and its state or
 * country are one name, so the comma between
 * them ends no object or clause of reported content, nor does the comma after
 * the pair when it describes the noun that follows ("Hollis, N.H., police").
 * @internal
 */
import type { Doc } from '../../../prepare/document.js';
import { tokenAt, tokenCount } from '../../../prepare/lookup.js';
import { MAX_PLACE_WORDS, placePairEnd } from '../../../prepare/place-pair.js';

const CAPITALISED = /^\p{Lu}/u;

/**
 * True when the comma at token `k` sits between a capitalised place name and
 * the state or country it lies in ("from Dellport, Nebraska", "in San Remo,
 * Calif."), the state not followed by a capitalised word of the same sentence
 * unless it is a dotted abbreviation (in "Dellport, Texas Gov. Ann Lee said"
 * the state is a modifier of the name that follows, and the comma may close a
 * phrase; "in San Remo, Calif. Gov. ..." keeps the pair); or when it closes
 * such a pair before a lower-case noun or adjective the pair describes
 * ("criticized Hollis, N.H., police officers for ...").
 */
export function placeComma(doc: Doc, k: number): boolean {
  const end = placePairEnd(doc, k);
  if (end >= 0) {
    if (end >= tokenCount(doc)) return true;
    const next = tokenAt(doc, end);
    return next.sent !== tokenAt(doc, k).sent || !CAPITALISED.test(next.value) || /\.$/.test(tokenAt(doc, end - 1).value);
  }
  if (k + 1 >= tokenCount(doc) || tokenAt(doc, k).value !== ',') return false;
  const next = tokenAt(doc, k + 1);
  if (!/^(NOUN|ADJ)$/.test(next.pos) || CAPITALISED.test(next.value)) return false;
  // (the pair's opening comma: one to three words back, before the state's first word)
  for (let j = k - 2; j >= 1 && k - j <= MAX_PLACE_WORDS + 1; j--) if (placePairEnd(doc, j) === k) return true;
  return false;
}
