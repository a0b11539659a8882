/**
 * A town and its US state or country written with a comma between them:
 * "Dayton, Ohio", "Lyon, France", "Ava, Mo.", "Hollis, N.H.", "Washington,
 * D.C.", "near Santa Fe, New Mexico". The one recogniser of that pair for
 * every stage: speaker appositives, subjects and the boundaries of reported
 * content each keep only their own policy (what may follow the pair, a
 * quotation inside it) around it.
 * @internal
 */
import type { Doc } from './document.js';
import { tokenAt, tokenCount } from './lookup.js';
import { COUNTRY_NAMES, PLACE_OPENING_ABBREVIATIONS, STATE_ABBREVIATION_WORDS, TOWN_NAME_NOUNS, US_STATE_NAMES } from '../data/places.js';
import { FIRST_NAMES } from '../data/names.js';
import { DAY_OR_MONTH } from '../data/time.js';

/** Most tokens of a state's or a country's name ("New Hampshire", "District of Columbia", "United Arab Emirates"). */
export const MAX_PLACE_WORDS = 3;

const CAPITALISED = /^\p{Lu}/u;

/** True when `name` (lower-case, single spaces) is a US state's or a country's name. */
function isStateOrCountry(name: string): boolean {
  return US_STATE_NAMES.has(name) || COUNTRY_NAMES.has(name);
}

/**
 * One past the last token of the US state or country named from token `k`
 * ("Ohio", "New Mexico", "District of Columbia", "France", "U.S."), or of a
 * newspaper state abbreviation written with its period ("Calif.", "Mo.",
 * "N.H.", "W.Va."; "Mo" and a period token); the longest such name, or -1.
 * Every word is capitalised but an inner "of".
 */
export function stateOrCountryEnd(doc: Doc, k: number): number {
  const count = tokenCount(doc);
  let words = '';
  let found = -1;
  for (let j = k; j < count && j - k < MAX_PLACE_WORDS; j++) {
    const t = tokenAt(doc, j);
    if (!CAPITALISED.test(t.value) && !(j > k && t.lower === 'of')) break;
    const word = t.lower.replace(/\.$/, '');
    words = words ? `${words} ${word}` : word;
    if (isStateOrCountry(words)) found = j + 1;
    // "Calif.", "N.H.": an abbreviation ends in its period, in the token or right after it ("Mo" ".")
    // (not the sentence's period after a state's full name: "in Dayton, Ohio.")
    if (j === k && STATE_ABBREVIATION_WORDS.has(t.lower.replace(/\./g, ''))) {
      if (t.value.endsWith('.')) found = Math.max(found, j + 1);
      else if (found < 0 && j + 1 < count && tokenAt(doc, j + 1).value === '.') found = j + 2;
    }
  }
  return found;
}

/**
 * True when the token before the comma at `comma` reads as a town: a
 * capitalised name (a proper noun, or any capitalised word inside the
 * sentence), not a day or a month ("Friday, Texas, ...").
 */
function townBefore(doc: Doc, comma: number): boolean {
  if (comma < 1) return false;
  const town = tokenAt(doc, comma - 1);
  if (!CAPITALISED.test(town.value) || DAY_OR_MONTH.has(town.lower)) return false;
  return town.pos === 'PROPN' || (comma >= 2 && tokenAt(doc, comma - 2).sent === town.sent);
}

/**
 * True when the two words before the comma at `comma` are a person's name,
 * a given name and a surname ("Ann Lee, Chad, ...", "Gov. Ann Lee, Ohio"):
 * the given name opens the name (no capitalised word before it but a title's
 * abbreviation: "San Pedro Sula, Honduras" is a town) and the surname is no
 * town's last word ("Elizabeth City, N.C.").
 */
function personNameBefore(doc: Doc, comma: number): boolean {
  if (comma < 2) return false;
  const given = tokenAt(doc, comma - 2);
  const surname = tokenAt(doc, comma - 1);
  if (given.sent !== surname.sent || !CAPITALISED.test(given.value) || !FIRST_NAMES.has(given.lower)) return false;
  if (TOWN_NAME_NOUNS.has(surname.lower)) return false;
  if (comma < 3) return true;
  const before = tokenAt(doc, comma - 3);
  if (before.sent !== given.sent || !CAPITALISED.test(before.value)) return true;
  return before.value.endsWith('.') && !PLACE_OPENING_ABBREVIATIONS.has(before.lower);
}

/**
 * True when the words before the comma at `comma` end with a state's or a
 * country's name: "Ohio, Florida" and "Texas, Mexico" are lists of places,
 * not a town and its state.
 */
function stateOrCountryBefore(doc: Doc, comma: number): boolean {
  let words = '';
  for (let j = comma - 1; j >= 0 && comma - j <= MAX_PLACE_WORDS; j--) {
    words = words ? `${tokenAt(doc, j).lower} ${words}` : tokenAt(doc, j).lower;
    if (isStateOrCountry(words)) return true;
  }
  return false;
}

/**
 * One past the state or country after the comma at token `comma` when that
 * comma separates a town from it ("Dayton, Ohio", "Lyon, France", "Ava,
 * Mo.", "Washington, D.C."), else -1. Not after a day or a month ("Monday,
 * March"), nor between a person's given name and surname and a state's or a
 * country's full name ("Ann Lee, Chad"; before an abbreviation, "Ann Arbor,
 * Mich.", they are a town), nor between two states or countries of a list
 * ("Ohio, Florida"; a state's abbreviation may follow one: "Washington,
 * D.C.").
 */
export function placePairEnd(doc: Doc, comma: number): number {
  if (comma < 1 || comma + 1 >= tokenCount(doc) || tokenAt(doc, comma).value !== ',' || !townBefore(doc, comma)) return -1;
  const end = stateOrCountryEnd(doc, comma + 1);
  if (end < 0) return -1;
  // (a full name after a state or a country makes a list; an abbreviation does not: "Washington, D.C.")
  const named = isStateOrCountry(Array.from({ length: end - comma - 1 }, (_, i) => tokenAt(doc, comma + 1 + i).lower).join(' '));
  // (a person's name is no town: "criticized Ann Lee, Chad, for ..."; news writes a town, not a person, before a
  // state's abbreviation with its period: "Ann Arbor, Mich.", "Glen Burnie, Md.")
  if (named && personNameBefore(doc, comma)) return -1;
  return named && stateOrCountryBefore(doc, comma) ? -1 : end;
}
