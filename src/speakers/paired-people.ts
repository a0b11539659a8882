/**
 * Speaker resolution, two people described together: "the couple", "the
 * two", "both", "the brothers" ({@link PAIR_DESCRIPTIONS}) stand for the two
 * people just joined by "and" ("Ann Ruiz and Tom Ruiz met in 1990. The
 * couple said ..."). Read by `described-people.ts`.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { tokenAt } from '../prepare/lookup.js';
import { PAIR_DESCRIPTIONS } from '../data/people.js';

/** How many sentences before the description's own the pair may stand. */
const MAX_PAIR_SENTENCES_BACK = 2;

/** True when description `m` describes two people together ("The couple", "Both men"). */
export function isPairDescription(m: Mention): boolean {
  return m.kind === 'description' && PAIR_DESCRIPTIONS.has(m.name.toLowerCase().replace(/\s+/gu, ' '));
}

/**
 * The indexes into `names` (name mentions in text order) of the two people
 * joined by "and" ("Ann Ruiz and Tom Ruiz", "Mr. Lee and Mr. Hale") when
 * they are the two people (as `isPerson` tells) named nearest before `m`, in
 * its sentence or at most {@link MAX_PAIR_SENTENCES_BACK} before, and not the
 * last two of a list ("Eva Holt, Ann Ruiz and Tom Ruiz"); else null.
 * `before` is the index of the first name at or after `m`.
 */
export function pairBefore(doc: Doc, names: readonly Mention[], before: number, m: Mention, isPerson: (k: number) => boolean): [number, number] | null {
  const sent = tokenAt(doc, m.first).sent;
  // the two people named nearest before the description (places and bodies between are passed over)
  const found: number[] = [];
  for (let k = before - 1; k >= 0 && found.length < 2; k--) {
    const n = names[k]!;
    if (tokenAt(doc, n.first).sent < sent - MAX_PAIR_SENTENCES_BACK) return null;
    if (n.end <= m.start && isPerson(k)) found.push(k);
  }
  if (found.length < 2) return null;
  const [second, first] = found as [number, number];
  const a = names[first]!;
  const b = names[second]!;
  // "Ann Ruiz and Tom Ruiz": the two names with only "and" between them
  if (b.first !== a.last + 1 || tokenAt(doc, a.last).lower !== 'and') return null;
  // (not the last two of a list: "Eva Holt, Ann Ruiz and Tom Ruiz" are three; "In Marlow, Ann Ruiz and ..." are two)
  const listed = names[first - 1];
  const list = listed !== undefined && listed.last === a.first - 1 && tokenAt(doc, listed.last).value === ',' && isPerson(first - 1) &&
    !(listed.first > 0 && tokenAt(doc, listed.first - 1).pos === 'ADP' && tokenAt(doc, listed.first - 1).sent === tokenAt(doc, listed.first).sent);
  return list ? null : [first, second];
}
