/**
 * Places after a preposition ("a rally in Wilmington, N.C."): never the speaker of a cue.
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { isPlaceName, isStateAbbreviation, placeKey } from '../kinds.js';
import { phraseStartBefore } from './noun-phrase.js';
import { SPEAKER_PLACE_PREPOSITIONS } from '../../data/places.js';

/** True for a place name or a state abbreviation ("Colorado", "Calif.", "N.C."). */
export function isPlace(m: Mention): boolean {
  return isPlaceName(m.name) || isStateAbbreviation(m.name) || (/\./.test(m.name) && isStateAbbreviation(placeKey(m.name)));
}

/** True when the name `m` is a place after a preposition, maybe after its city and a comma: "in Aurora, Colorado". */
export function isPlaceAfterPreposition(doc: Doc, m: Mention, floor: number): boolean {
  if (!isPlace(m)) return false;
  let p = m.first - 1;
  if (p > floor && tokenAt(doc, p).value === ',') {
    const city = phraseStartBefore(doc, p, floor);
    if (city < 0) return false;
    p = city - 1;
  }
  if (p >= floor && tokenAt(doc, p).pos === 'DET') p--;
  return p >= floor && SPEAKER_PLACE_PREPOSITIONS.has(tokenAt(doc, p).lower);
}
