/**
 * Cue spans of opt-in attributions (thought, evidence, stance) as annotated
 * news marks them: a manner adverb in -ly right before the cue belongs to it
 * (`The union largely supports the plan`: the cue is "largely supports";
 * `quickly endorsed`, `privately worried`). Words listed in
 * `CUE_ADVERB_EXCEPTIONS` ("likely", "lately", "respectively") stay out. Run
 * last, on the kept candidates: the cue object is replaced, and no later
 * stage looks it up. Only for the opt-in categories: the default output never
 * changes.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { CUE_ADVERB_EXCEPTIONS } from '../../data/cues.js';

/** Widens the cues of the kept opt-in attributions in `list` over a manner adverb right before them. */
export function widenOptInCues(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    const cue = c.cue;
    if (!c.keep || !cue || !OPT_IN_CATEGORIES.has(cue.category) || cue.first === 0) continue;
    const k = cue.first - 1;
    const t = tokenAt(doc, k);
    if (t.pos !== 'ADV' || !/^\p{Ll}+ly$/u.test(t.value) || CUE_ADVERB_EXCEPTIONS.has(t.lower) || quoted[k]) continue;
    if (t.sent !== tokenAt(doc, cue.first).sent) continue;
    // the adverb must not sit inside the content or the speaker span ("the largely rural county supports ...")
    if (c.parts.some((p) => p.start <= t.start && t.end <= p.end) || (c.speaker && c.speaker.first <= k && k < c.speaker.last)) continue;
    c.cue = { ...cue, first: k };
  }
}
