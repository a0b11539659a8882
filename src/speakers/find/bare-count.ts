/**
 * A number standing alone as the subject of a cue, after a comma or at the
 * start of a clause: "Of the delegates, 520 said ..., 39 have said ...",
 * "at least 2,000 said".
 * @internal
 */
import { shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { nameText } from './mention.js';
import { BARE_COUNT_APPROXIMATORS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { YEAR } from '../../data/time.js';

/** A bare number written in digits that ends at `end - 1` and opens its clause; else null. */
export function bareCount(doc: Doc, end: number, floor: number): Mention | null {
  if (end - 1 < floor) return null;
  const n = tokenAt(doc, end - 1);
  if (n.pos !== 'NUM' || !/^\d[\d,]*$/.test(n.value) || YEAR.test(n.value)) return null;
  let first = end - 1;
  // "at least 2,000", "nearly 300", "about 40"
  if (first - 2 >= floor && tokenAt(doc, first - 1).lower === 'least' && tokenAt(doc, first - 2).lower === 'at') first -= 2;
  else if (first - 1 >= floor && BARE_COUNT_APPROXIMATORS.has(tokenAt(doc, first - 1).lower)) first--;
  const prev = maybeToken(doc, first - 1);
  // "60 pledged delegates": a participle before a noun is no cue of the number
  let verb = end;
  while (verb < end + 3 && maybeToken(doc, verb) !== undefined && tokenAt(doc, verb).pos !== 'VERB') verb++;
  if (/^(NOUN|PROPN|ADJ)$/.test(maybeToken(doc, verb + 1)?.pos ?? '')) return null;
  const opens = first === floor || prev === undefined || prev.sent !== n.sent || prev.value === ',' || isMarkToken(prev.value) || SECOND_CLAUSE_CONJUNCTIONS.has(prev.lower);
  if (!opens) return null;
  const start = tokenAt(doc, first).start;
  return shapedMention({ first, last: end, start, end: n.end, kind: 'description', titles: [], name: nameText(doc, start, n.end) });
}
