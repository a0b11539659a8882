/**
 * The conjuncts of a tagged coordination of two persons ("Sen. Ann Lee
 * (R-Tenn.) and Rep. Tom Reyes (D-Ore.)", "Ann Lee, a Democrat, and Tom
 * Reyes"), read with the phrase reader handed in: mention.ts asks this for
 * the name of such a phrase and hands its own `makeMention`, so that no
 * import goes round in a cycle (see coordinated-tagged.ts for the speakers).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { kindOfName } from '../kinds.js';
import { partyCodeEnd } from './name-marks.js';
import type { MentionMaker } from './search.js';
import { RELATIVE_PRONOUNS } from '../../data/clauses.js';

/** Most tokens a conjunct with its tag may have ("Senate Majority Leader Ann Lee (R-Tenn.)"). */
const MAX_CONJUNCT_TOKENS = 14;

/** The name of a person that the phrase [first, last) names, or null. */
function personName(doc: Doc, first: number, last: number, makeMention: MentionMaker): string | null {
  const m = makeMention(doc, first, last);
  return m?.kind === 'name' && m.last === last && kindOfName(m.name) === 'person' ? m.name : null;
}

/** True when tokens [first, last) are a party-state code alone: "R-Tenn.", "D-N.Y.". */
export function isPartyCode(doc: Doc, first: number, last: number): boolean {
  return last > first && partyCodeEnd(doc, first) === last;
}

/**
 * The person's name of one conjunct [first, last) of a tagged coordination,
 * without its tag: "Sen. Ann Lee (R-Tenn.)", "Ann Lee, R-Tenn.,", "Ann Lee, a
 * Democrat,", "the mayor, Ann Lee," all give "Ann Lee"; a trailing comma is
 * allowed. `tagged` tells whether a tag was found. Null when the conjunct is
 * no person so tagged (nor, with `plain`, a person's bare name).
 * `makeMention` reads a phrase (see {@link MentionMaker}).
 */
export function conjunct(doc: Doc, first: number, last: number, plain: boolean, makeMention: MentionMaker): { name: string; tagged: boolean } | null {
  if (last - first > MAX_CONJUNCT_TOKENS || last <= first) return null;
  let end = last;
  if (tokenAt(doc, end - 1).value === ',') end--;
  const close = tokenAt(doc, end - 1);
  // "Sen. Ann Lee (R-Tenn.)": a parenthesised party code
  if (close.value === ')') {
    let open = end - 2;
    while (open > first && tokenAt(doc, open).value !== '(') open--;
    if (open <= first || !isPartyCode(doc, open + 1, end - 1)) return null;
    const name = personName(doc, first, open, makeMention);
    return name === null ? null : { name, tagged: true };
  }
  // "Ann Lee, R-Tenn.", "Ann Lee, a Democrat", "the mayor, Ann Lee": a comma inside the conjunct
  let comma = -1;
  for (let k = end - 1; k > first; k--) {
    if (tokenAt(doc, k).value !== ',') continue;
    if (comma >= 0) return null;
    comma = k;
  }
  if (comma < 0) {
    const name = plain ? personName(doc, first, end, makeMention) : null;
    return name === null ? null : { name, tagged: false };
  }
  if (comma + 1 >= end) return null;
  const head = makeMention(doc, first, comma);
  if (head === null || head.last !== comma) return null;
  if (head.kind === 'name') {
    // the name and its tag: a party code or a description ("a Democrat", "the mayor")
    const name = personName(doc, first, comma, makeMention);
    if (name === null) return null;
    if (isPartyCode(doc, comma + 1, end)) return { name, tagged: true };
    // (a relative clause is no tag: "Mr. Lee, whose company makes chips, and ...")
    if (RELATIVE_PRONOUNS.has(tokenAt(doc, comma + 1).lower)) return null;
    const tag = makeMention(doc, comma + 1, end);
    return tag?.kind === 'description' && tag.first === comma + 1 && tag.last === end ? { name, tagged: true } : null;
  }
  // a description and the name in apposition: "the mayor, Ann Lee"
  if (head.kind !== 'description') return null;
  const name = personName(doc, comma + 1, end, makeMention);
  return name === null ? null : { name, tagged: true };
}

/**
 * The names "Ann Lee and Tom Reyes" of a phrase [first, last) that is a
 * tagged coordination of two persons ("Sen. Ann Lee (R-Tenn.) and Rep. Tom
 * Reyes (D-Ore.)"), at least one conjunct tagged; null otherwise.
 * `makeMention` is mention.ts's, which asks this back.
 */
export function taggedCoordinationName(doc: Doc, first: number, last: number, makeMention: MentionMaker): string | null {
  let and = -1;
  for (let k = first + 1; k < last - 1; k++) {
    if (tokenAt(doc, k).lower !== 'and') continue;
    if (and >= 0) return null;
    and = k;
  }
  if (and < 0) return null;
  const a = conjunct(doc, first, and, true, makeMention);
  const b = a === null ? null : conjunct(doc, and + 1, last, true, makeMention);
  return a !== null && b !== null && (a.tagged || b.tagged) ? `${a.name} and ${b.name}` : null;
}
