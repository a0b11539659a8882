/**
 * Content starts of opt-in attributions (thought, evidence, stance) whose
 * verb takes a proposition noun and its clause as object: `Ms. Varga rejected
 * the notion that the levy would pass` has the content "the notion that the
 * levy would pass", as annotated news marks it, not only the clause. The
 * noun phrase must follow the cue right away: a determiner or a possessive,
 * at most two modifiers, a noun of `PROPOSITION_NOUNS` and "that". Run last,
 * on the kept candidates.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { PROPOSITION_NOUNS } from '../../data/cues.js';
import { PROPOSITION_OPENERS } from '../../data/clauses.js';

/** Most modifiers between the determiner and the noun: "the long-standing notion", "the old racist idea". */
const MAX_MODIFIERS = 2;

/** Moves the start of the kept opt-in contents in `list` back over "the notion that" right after their cue. */
export function takePropositionNouns(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const k = c.cue.last;
    if (quoted[k] || !PROPOSITION_OPENERS.has(tokenAt(doc, k).lower)) continue;
    let n = k + 1;
    while (n - k - 1 < MAX_MODIFIERS && !PROPOSITION_NOUNS.has(tokenAt(doc, n).lower) && /^(ADJ|NOUN|ADV)$/.test(tokenAt(doc, n).pos)) n++;
    if (!PROPOSITION_NOUNS.has(tokenAt(doc, n).lower) || tokenAt(doc, n + 1).lower !== 'that') continue;
    const first = c.parts[0]!;
    // the content must start right after "that"
    if (tokenAtOrAfter(doc, first.start) !== n + 2 || tokenAt(doc, n + 2).sent !== tokenAt(doc, k).sent) continue;
    c.parts = [{ start: tokenAt(doc, k).start, end: first.end }, ...c.parts.slice(1)];
  }
}
