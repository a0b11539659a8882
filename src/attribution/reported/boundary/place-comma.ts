/**
 * The comma inside a place's name: "Dellport, Nebraska", "San Remo, Calif.",
 * "Hollis, N.H.". A city and its US state are one name, so the comma between
 * them ends no object or clause of reported content, nor does the comma after
 * the pair when it describes the noun that follows ("Hollis, N.H., police").
 * @internal
 */
import type { Doc } from '../../../prepare/document.js';
import { tokenAt, tokenCount } from '../../../prepare/lookup.js';
import { COUNTRY_NAMES, STATE_ABBREVIATION_WORDS, US_STATE_NAMES } from '../../../data/places.js';

/** Most words of a US state's name ("New Hampshire", "District of Columbia"). */
const MAX_STATE_WORDS = 3;

/** A newspaper state abbreviation with its periods: "Calif.", "Wis.", "N.H.", "W.Va.". */
const DOTTED_ABBREVIATION = /^(?:[A-Z][a-z]{1,4}\.|(?:[A-Z][a-z]?\.){2,3})$/;

const CAPITALISED = /^\p{Lu}/u;

/**
 * One past the last token of a US state's name or dotted newspaper
 * abbreviation that starts at token `k`, or -1. Every word of a full name is
 * capitalised but its "of" ("District of Columbia").
 */
function stateEnd(doc: Doc, k: number): number {
  const count = tokenCount(doc);
  const first = tokenAt(doc, k);
  if (DOTTED_ABBREVIATION.test(first.value) && STATE_ABBREVIATION_WORDS.has(first.lower.replace(/\./g, ''))) return k + 1;
  const words: string[] = [];
  let found = -1;
  for (let j = k; j < count && j - k < MAX_STATE_WORDS; j++) {
    const t = tokenAt(doc, j);
    if (!CAPITALISED.test(t.value) && !(j > k && t.lower === 'of')) break;
    words.push(t.lower);
    if (US_STATE_NAMES.has(words.join(' '))) found = j + 1;
  }
  return found;
}

/**
 * True when the words before the comma at token `k` end with a state's or a
 * country's name: "Ohio, Florida" and "Texas, Mexico" are lists of places,
 * not a city and its state.
 */
function stateOrCountryBefore(doc: Doc, k: number): boolean {
  const words: string[] = [];
  for (let j = k - 1; j >= 0 && k - j <= MAX_STATE_WORDS; j--) {
    words.unshift(tokenAt(doc, j).lower);
    const name = words.join(' ');
    if (US_STATE_NAMES.has(name) || COUNTRY_NAMES.has(name)) return true;
  }
  return false;
}

/** One past the state's last token when the comma at token `k` opens a city's state ("Dellport, Nebraska", "San Remo, Calif."), else -1. */
function opensState(doc: Doc, k: number): number {
  if (k < 1 || k + 1 >= tokenCount(doc) || tokenAt(doc, k).value !== ',') return -1;
  // (a capitalised noun inside the sentence is a name's word too: "Harbor City")
  const city = tokenAt(doc, k - 1);
  const named = city.pos === 'PROPN' || (city.pos === 'NOUN' && k >= 2 && tokenAt(doc, k - 2).sent === city.sent);
  if (!named || !CAPITALISED.test(city.value) || stateOrCountryBefore(doc, k)) return -1;
  return stateEnd(doc, k + 1);
}

/**
 * True when the comma at token `k` sits between a capitalised place name and
 * the US state it lies in ("from Dellport, Nebraska", "in San Remo, Calif."),
 * the state not followed by a capitalised word of the same sentence unless it
 * is a dotted abbreviation (in "Dellport, Texas Gov. Ann Lee said" the state
 * is a modifier of the name that follows, and the comma may close a phrase;
 * "in San Remo, Calif. Gov. ..." keeps the pair); or when it closes such a
 * pair before a lower-case noun or adjective the pair describes ("criticized
 * Hollis, N.H., police officers for ...").
 */
export function placeComma(doc: Doc, k: number): boolean {
  const end = opensState(doc, k);
  if (end >= 0) {
    if (end >= tokenCount(doc)) return true;
    const next = tokenAt(doc, end);
    return next.sent !== tokenAt(doc, k).sent || !CAPITALISED.test(next.value) || /\.$/.test(tokenAt(doc, end - 1).value);
  }
  if (k + 1 >= tokenCount(doc) || tokenAt(doc, k).value !== ',') return false;
  const next = tokenAt(doc, k + 1);
  if (!/^(NOUN|ADJ)$/.test(next.pos) || CAPITALISED.test(next.value)) return false;
  // (the pair's opening comma: one to three words back, before the state's first word)
  for (let j = k - 2; j >= 1 && k - j <= MAX_STATE_WORDS + 1; j--) if (opensState(doc, j) === k) return true;
  return false;
}
