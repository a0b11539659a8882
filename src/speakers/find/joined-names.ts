/**
 * Tests for an "and" inside a phrase that joins titles or fields of one name,
 * and for titles alone before a nickname.
 * @internal
 */
import { FIRST_NAMES } from '../../data/names.js';
import { HONORIFICS, INNER_TITLES, JOB_TITLE_WORDS, TITLE_WORDS } from '../../data/titles.js';
import type { Doc } from '../../prepare/document.js';
import { tokenTitleKey } from './title-keys.js';
import { tokenAt } from '../../prepare/lookup.js';
import { startsUpper } from '../../prepare/case.js';

/**
 * True when the "and" at token `k` stands inside the field of an "of" title
 * that the phrase from `first` opens with: a capitalised title word of
 * {@link INNER_TITLES} and "of", then only capitalised words (and "the",
 * "of") up to the "and", none a known first name, whose name reads as an
 * organisation's ("Director of the Office of Ports and Harbours Sam
 * Reyes", "Secretary of Health and Human Services Ann Cole"); "Secretary of
 * State John Kerry and Defense Secretary Ash Carter" are two people.
 */
export function titleFieldAnd(doc: Doc, first: number, k: number): boolean {
  // (the caller asks only with three words or more after the "and": the field's last word, a given name, a surname)
  const title = tokenAt(doc, first);
  let j = first + 1;
  // ("the Director of ...", "former Secretary of ...": one word may open the phrase before the title)
  if (!INNER_TITLES.has(tokenTitleKey(title)) && j < k) j++;
  const t = tokenAt(doc, j - 1);
  if (!startsUpper(t.value) || !INNER_TITLES.has(tokenTitleKey(t)) || tokenAt(doc, j).lower !== 'of') return false;
  for (let x = j + 1; x < k; x++) {
    const w = tokenAt(doc, x);
    if (w.lower === 'the' || w.lower === 'of') continue;
    if (!startsUpper(w.value) || FIRST_NAMES.has(w.lower) || TITLE_WORDS.has(tokenTitleKey(w))) return false;
  }
  return true;
}

/** True when a known first name stands among the tokens (k, last). */
export function firstNameAfter(doc: Doc, k: number, last: number): boolean {
  for (let j = k + 1; j < last; j++) if (FIRST_NAMES.has(tokenAt(doc, j).lower)) return true;
  return false;
}

/**
 * True when the "and" at token `k` joins two titles of the one person named
 * at the end of the phrase from `first` to `last`: a title word before it
 * after a capitalised word of the phrase that is no known first name and no
 * title, and a title word after it before the name
 * ("former Ohio Gov. and Harbor Party Chairman Tom Reeve"); "Larry King and
 * Ed Shultz", "Gov. Tom Reeve and Sen. Ann Lee" are two people.
 */
export function coordinatedTitles(doc: Doc, first: number, k: number, last: number): boolean {
  // (the title follows a capitalised word of its phrase that is no given name and no title: the "Ohio" of "Ohio Gov.";
  // "Mr. King and Mr. Shultz" are two people)
  if (k - 2 < first || !TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, k - 1)))) return false;
  const before = tokenAt(doc, k - 2);
  if (!startsUpper(before.value) || FIRST_NAMES.has(before.lower) || TITLE_WORDS.has(tokenTitleKey(before)) || HONORIFICS.has(tokenTitleKey(before))) return false;
  for (let j = k + 1; j < last - 1; j++) if (TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, j))) && startsUpper(tokenAt(doc, j).value)) return true;
  return false;
}

/**
 * True when tokens [`first`, `open`) before a nickname's opening mark are
 * title words alone, with no given name: every one of them is a title word
 * ({@link TITLE_WORDS}, its abbreviation's period) or a job word
 * ({@link JOB_TITLE_WORDS}): 'Nurse "Red" Quill', 'Sheriff "Big Jim" Hale';
 * not 'Nurse Ada "Red" Quill', whose given name is Ada.
 */
export function titleOnlyBefore(doc: Doc, first: number, open: number): boolean {
  if (first >= open) return false;
  for (let j = first; j < open; j++) {
    const t = tokenAt(doc, j);
    if (t.value === '.' && j > first) continue;
    if (!startsUpper(t.value) || !(TITLE_WORDS.has(tokenTitleKey(t)) || JOB_TITLE_WORDS.has(t.lower))) return false;
  }
  return true;
}
