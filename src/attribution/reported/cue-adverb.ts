/**
 * Cue spans over an adverb in -ly, as annotated news marks them, for every
 * cue category: an -ly adverb right before the cue belongs to it, of manner
 * or of report alike (`Ms. Varga openly admitted ...`: the cue is "openly
 * admitted"; `The union largely supports the plan`, `reportedly said`).
 * Words listed in `CUE_ADVERB_EXCEPTIONS` ("only", "likely", "early") stay
 * out, and so does an adverb inside the content or the speaker span ("the
 * largely rural county says ..."), or one that ends a relative clause between
 * the speaker and the cue ("Residents who were interviewed separately
 * believe ..."). Run last, on the kept candidates: the cue object is
 * replaced, and no later stage looks it up.
 * @internal
 */
import { partHolds, type Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { CUE_ADVERB_EXCEPTIONS } from '../../data/cues.js';
import { RELATIVE_PRONOUNS } from '../../data/clauses.js';

/**
 * True when a relative clause opens between tokens `from` and `to` (exclusive)
 * and no comma closes it: "Residents who were interviewed separately believe".
 */
function openRelative(doc: Doc, from: number, to: number): boolean {
  let open = false;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (RELATIVE_PRONOUNS.has(t.lower)) open = true;
    else if (t.value === ',') open = false;
  }
  return open;
}

/** Widens the cues of the kept attributions in `list` back over a manner adverb right before them. */
export function widenCueAdverbs(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || c.cue.first === 0) continue;
    const cue = c.cue;
    const k = cue.first - 1;
    const t = tokenAt(doc, k);
    if (t.pos !== 'ADV' || !/^\p{Ll}+ly$/u.test(t.value) || CUE_ADVERB_EXCEPTIONS.has(t.lower) || quoted[k]) continue;
    if (t.sent !== tokenAt(doc, cue.first).sent) continue;
    // an adverb of the verb before it ("cleared to speak publicly said") or of a phrase cue ("partly according to") is not the cue's
    if (cue.form === 'phrase' || (k > 0 && tokenAt(doc, k - 1).pos === 'VERB')) continue;
    if (partHolds(c, t.start, t.end) || (c.speaker && c.speaker.first <= k && k < c.speaker.last)) continue;
    // the adverb ends a relative clause of the speaker's ("Residents who were interviewed separately believe ...")
    if (c.speaker && c.speaker.last <= k && openRelative(doc, c.speaker.last, k)) continue;
    c.cue = { ...cue, first: k };
  }
}
