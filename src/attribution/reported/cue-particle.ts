/**
 * Cue spans over the preposition that makes "call" a verb of saying with an
 * object, as annotated news marks them, for every cue category: `The union
 * called on the council to ...` has the cue "called on", `Ms. Varga called
 * for an inquiry` the cue "called for" (words in `CUE_PREPOSITIONS`). The
 * preposition joins the cue only when no content part holds it. Run last, on
 * the kept candidates: the cue object is replaced, and no later stage looks
 * it up.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { CUE_PREPOSITIONS } from '../../data/cues.js';

/** Widens the cues of the kept attributions in `list` over the preposition right after them that their verb takes. */
export function widenCuePrepositions(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || c.cue.form !== 'verb' || c.cue.last >= doc.tokens.length) continue;
    const cue = c.cue;
    const preps = CUE_PREPOSITIONS.get(cue.lemma);
    const k = cue.last;
    const t = tokenAt(doc, k);
    if (!preps || !preps.has(t.lower) || quoted[k] || t.sent !== tokenAt(doc, cue.head).sent) continue;
    if (c.parts.some((p) => p.start <= t.start && t.end <= p.end)) continue;
    c.cue = { ...cue, last: k + 1 };
  }
}
