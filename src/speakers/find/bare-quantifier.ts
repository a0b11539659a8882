/**
 * A quantifier standing alone as the subject of a cue, at the start of a
 * clause: "Most voters were worried; most said they were", "Both said",
 * "..., but many say".
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { BARE_QUANTIFIERS, FLOATING_QUANTIFIERS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';

/** Dashes that open a clause after them: "The photo surfaced — some say it was staged". */
const CLAUSE_DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '--']);

/**
 * A bare quantifier ("most", "many", "some", "others", "both", "all",
 * "several") that ends at `end - 1` and opens its clause (at the sentence
 * start or `floor`, or after a comma, semicolon, dash, quotation mark, "and"
 * or "but"; after a dash not one of {@link FLOATING_QUANTIFIERS}, which may
 * float after a subject set off by dashes: "Party figures — whose ... unity —
 * both suggested"); else null. "they all said" and "in all, said" are none. `words`
 * are the quantifiers taken (the opt-in categories add "few").
 */
export function bareQuantifier(doc: Doc, end: number, floor: number, words: ReadonlySet<string> = BARE_QUANTIFIERS): Mention | null {
  if (end - 1 < floor) return null;
  const q = tokenAt(doc, end - 1);
  if (!words.has(q.lower)) return null;
  const prev = maybeToken(doc, end - 2);
  const opens = end - 1 === floor || prev === undefined || prev.sent !== q.sent || prev.value === ',' || prev.value === ';' || (CLAUSE_DASHES.has(prev.value) && !FLOATING_QUANTIFIERS.has(q.lower)) || isMarkToken(prev.value) || SECOND_CLAUSE_CONJUNCTIONS.has(prev.lower);
  if (!opens) return null;
  return { first: end - 1, last: end, start: q.start, end: q.end, kind: 'description', titles: [], name: q.value };
}
