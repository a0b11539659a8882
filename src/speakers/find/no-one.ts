/**
 * "no one" and "no-one" (a hyphen with no space), read backwards from its
 * "one" or forwards from its "no": one detection for the subject finder
 * (unnamed-subject) and for the listener of a verb of telling
 * (listener-split).
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { isInnerHyphen } from './name-marks.js';

/**
 * Where the "no one" that ends at token `k` starts, from `floor` on: the
 * index of its "no" ("no one", or "no-one" with a hyphen and no space); else -1.
 */
export function noOneStart(doc: Doc, k: number, floor: number): number {
  if (k - 1 < floor || tokenAt(doc, k).lower !== 'one') return -1;
  if (tokenAt(doc, k - 1).lower === 'no') return k - 1;
  return k - 2 >= floor && isInnerHyphen(doc, k - 1) && tokenAt(doc, k - 2).lower === 'no' ? k - 2 : -1;
}

/**
 * Where the "no one" that opens at token `k` ends, before `limit`: the index
 * after its "one" ("no one", or "no-one" with a hyphen and no space); else -1.
 */
export function noOneEnd(doc: Doc, k: number, limit: number): number {
  if (tokenAt(doc, k).lower !== 'no') return -1;
  if (k + 1 < limit && tokenAt(doc, k + 1).lower === 'one') return k + 2;
  return k + 2 < limit && isInnerHyphen(doc, k + 1) && tokenAt(doc, k + 2).lower === 'one' ? k + 3 : -1;
}
