/**
 * The tail of an inverted speaker's name that the speaker's mention leaves
 * out: a party label in brackets ("said Sen. Tom Reed (R-Ohio), was") or a
 * phrase of place or body after "of" or "from" ("said Tom Reed of Ohio,
 * was"). The attribution ends after it, so the clause it sets off resumes
 * after the comma that follows.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';

/** Most tokens inside a party label's brackets ("R-Ohio", "D-N.Y.", "R"). */
const MAX_LABEL = 5;

/** Most capitalised words of the place or body after "of" or "from" ("New Mexico", "the Harbor Trust" is none). */
const MAX_PLACE = 3;

const CAPITALISED = /^\p{Lu}/u;

/**
 * One past the tail at token `after` (the token right after an inverted
 * speaker's mention) when a comma or the sentence's end `last` follows the
 * tail, else `after`.
 */
export function invertedSpeakerTailEnd(doc: Doc, after: number, last: number): number {
  if (after >= last) return after;
  const t = tokenAt(doc, after);
  let end = -1;
  if (t.value === '(') {
    for (let k = after + 1; k < last && k - after <= MAX_LABEL + 1; k++) {
      const v = tokenAt(doc, k).value;
      if (v === ',' || v === '(') break;
      if (v === ')') {
        end = k > after + 1 ? k + 1 : -1;
        break;
      }
    }
  } else if (t.lower === 'of' || t.lower === 'from') {
    let k = after + 1;
    while (k < last && k - after <= MAX_PLACE && CAPITALISED.test(tokenAt(doc, k).value) && tokenAt(doc, k).pos === 'PROPN') k++;
    if (k > after + 1) end = k;
  }
  if (end < 0) return after;
  return end >= last || tokenAt(doc, end).value === ',' || tokenAt(doc, end).value === '.' ? end : after;
}
