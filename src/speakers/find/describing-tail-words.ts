/**
 * Word tests of a describing tail ("X of Y"): adjectives before the name after
 * the preposition, a body before the titles of a name.
 * @internal
 */
import { FIRST_NAMES } from '../../data/names.js';
import { TITLE_WORDS } from '../../data/titles.js';
import type { Doc } from '../../prepare/document.js';
import { tokenTitleKey } from './title-keys.js';
import { tokenAt } from '../../prepare/lookup.js';

/**
 * Where the object of a preposition goes on past one or two lower-case
 * adjectives at `y` ("northern" of "in northern Ohio", "nearby" of "of nearby
 * Castel Rio"): after them when the capitalised words up to `last` hold no
 * title word and no first name (a place or a body, not "former Sen. Gordon
 * Hale"); else `y`.
 */
export function afterAdjectivesBeforeName(doc: Doc, y: number, last: number): number {
  let z = y;
  while (z - y < 2 && z < last - 1 && tokenAt(doc, z).pos === 'ADJ' && /^\p{Ll}/u.test(tokenAt(doc, z).value)) z++;
  if (z === y) return y;
  for (let j = z; j < last; j++) {
    const t = tokenAt(doc, j);
    if (!/^(\p{Lu}|\.$)/u.test(t.value) || TITLE_WORDS.has(tokenTitleKey(t)) || FIRST_NAMES.has(t.lower)) return y;
  }
  return z;
}

/**
 * True when a capitalised word that is no title stands in tokens [y, last)
 * before the titles in front of the name at the end ("Disease Control" in
 * "Disease Control Director Tom Reyes"; none in "Mayor Ann Lee"). The name
 * starts at its first first name, or is the last word.
 */
export function bodyBeforeTitles(doc: Doc, y: number, last: number): boolean {
  let name = last - 1;
  for (let j = y; j < last - 1; j++) {
    const t = tokenAt(doc, j);
    if (FIRST_NAMES.has(t.lower) && /^\p{Lu}/u.test(t.value)) {
      name = j;
      break;
    }
  }
  let titles = name;
  while (titles - 1 >= y && (tokenAt(doc, titles - 1).value === '.' || TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, titles - 1))))) titles--;
  for (let j = y; j < titles; j++) {
    const t = tokenAt(doc, j);
    if (/^\p{Lu}/u.test(t.value) && !TITLE_WORDS.has(tokenTitleKey(t))) return true;
  }
  return false;
}
