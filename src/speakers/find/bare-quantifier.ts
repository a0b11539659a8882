/**
 * A quantifier standing alone as the subject of a cue, at the start of a
 * clause: "Most voters were worried; most said they were", "Both said",
 * "..., but many say".
 * @internal
 */
import { shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, isSpacedDash, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { BARE_QUANTIFIERS, FLOATING_QUANTIFIERS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';

/** Most tokens after the verb of "— some say reckless —" before the dash that closes the aside. */
const MAX_WORD_ASIDE = 4;

/**
 * True when a dash ({@link isSpacedDash}) closes the aside within
 * {@link MAX_WORD_ASIDE} tokens after the verb at `verb`, no verb or
 * auxiliary between: "— some say reckless —" qualifies a word ("an
 * ambitious — some say reckless — plan"); "— some say it was staged —" holds
 * a clause.
 */
function asideOnWord(doc: Doc, verb: number): boolean {
  const sent = maybeToken(doc, verb)?.sent;
  for (let k = verb + 1; k <= verb + MAX_WORD_ASIDE; k++) {
    const t = maybeToken(doc, k);
    if (t === undefined || t.sent !== sent || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (isSpacedDash(doc, t)) return k > verb + 1;
  }
  return false;
}

/**
 * A bare quantifier ("most", "many", "some", "others", "both", "all",
 * "several") that ends at `end - 1` and opens its clause (at the sentence
 * start or `floor`, or after a comma, semicolon, dash, quotation mark, "and"
 * or "but"; after a dash not one of {@link FLOATING_QUANTIFIERS}, which may
 * float after a subject set off by dashes: "Party figures — whose ... unity —
 * both suggested"; nor one of an aside on a word: "an ambitious — some say
 * reckless — plan"); else null. "they all said" and "in all, said" are none. `words`
 * are the quantifiers taken (the opt-in categories add "few").
 */
export function bareQuantifier(doc: Doc, end: number, floor: number, words: ReadonlySet<string> = BARE_QUANTIFIERS): Mention | null {
  if (end - 1 < floor) return null;
  const q = tokenAt(doc, end - 1);
  if (!words.has(q.lower)) return null;
  const prev = maybeToken(doc, end - 2);
  const opens = end - 1 === floor || prev === undefined || prev.sent !== q.sent || prev.value === ',' || prev.value === ';' || (isSpacedDash(doc, prev) && !FLOATING_QUANTIFIERS.has(q.lower)) || isMarkToken(prev.value) || SECOND_CLAUSE_CONJUNCTIONS.has(prev.lower);
  if (!opens) return null;
  // ("an ambitious — some say reckless — plan": an aside on a word, closed by a second dash before any verb, says no clause)
  if (prev !== undefined && isSpacedDash(doc, prev) && asideOnWord(doc, end)) return null;
  return shapedMention({ first: end - 1, last: end, start: q.start, end: q.end, kind: 'description', titles: [], name: q.value });
}
