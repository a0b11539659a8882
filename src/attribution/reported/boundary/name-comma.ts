/**
 * Commas inside a name or a date, which close no opt-in object: "the deal
 * with Pell, Inc.", "the floods of Oct. 3, 2019" (a town's and its state's:
 * `place-comma.ts`).
 * @internal
 */
import type { Doc } from '../../../prepare/document.js';
import { tokenAt, tokenCount } from '../../../prepare/lookup.js';
import { COMMA_NAME_SUFFIXES } from '../../../data/people.js';
import { YEAR } from '../../../data/time.js';

/** A day of the month: "3" in "Oct. 3, 2019". */
const DAY_NUMBER = /^\d{1,2}$/;

/**
 * True when the comma at token `k` is a date's, inside an object: between the
 * day after a month's name and the year ("the Oct. 3, 2019, floods"), or
 * after that year before the noun the date describes.
 */
export function dateComma(doc: Doc, k: number): boolean {
  const day = (d: number) => d > 0 && DAY_NUMBER.test(tokenAt(doc, d).value) && tokenAt(doc, d - 1).pos === 'PROPN';
  if (k + 1 >= tokenCount(doc)) return false;
  if (day(k - 1) && YEAR.test(tokenAt(doc, k + 1).value)) return true;
  return k > 3 && YEAR.test(tokenAt(doc, k - 1).value) && tokenAt(doc, k - 2).value === ',' && day(k - 3) && tokenAt(doc, k + 1).pos === 'NOUN';
}

/**
 * True when the comma at token `k` parts a capitalised name from the word
 * that closes it ({@link COMMA_NAME_SUFFIXES}): "Pell, Inc.", "Tarn
 * Holdings, Ltd.", "Ada Moss, Jr.".
 */
export function suffixComma(doc: Doc, k: number): boolean {
  if (k < 1 || k + 1 >= tokenCount(doc) || tokenAt(doc, k).value !== ',') return false;
  const next = tokenAt(doc, k + 1);
  return /^\p{Lu}/u.test(tokenAt(doc, k - 1).value) && /^\p{Lu}/u.test(next.value) && COMMA_NAME_SUFFIXES.has(next.lower.replace(/\.$/, ''));
}
