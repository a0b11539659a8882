/**
 * Cue spans over an adverb in -ly, as annotated news marks them, for every
 * cue category: an -ly adverb right before the cue belongs to it, of manner
 * or of report alike (`Ms. Varga openly admitted ...`: the cue is "openly
 * admitted"; `The union largely supports the plan`, `reportedly said`).
 * Words listed in `CUE_ADVERB_EXCEPTIONS` ("only", "likely", "early") stay
 * out, and so does an adverb inside the content or the speaker span ("the
 * largely rural county says ..."), or one that ends a relative clause between
 * the speaker and the cue ("Residents who were interviewed separately
 * believe ..."), or "finally" after "and", "or" or "but" ("left and finally
 * said": `CUE_ADVERBS_NOT_JOINED`, as in `cues/verb-group.ts`). Run last, on
 * the kept candidates: the cue object is replaced, and no later stage looks
 * it up. An -ly adverb right after a verb cue joins it too (`"...," Lee
 * said sarcastically`, `Lee said recently that ...`:
 * {@link widenCueTrailingAdverbs}).
 * @internal
 */
import { freeForCue, type Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { CUE_ADVERB_EXCEPTIONS, CUE_ADVERBS_NOT_JOINED } from '../../data/cues.js';
import { DANGLING_CONJUNCTIONS, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { cueWith } from '../../cues/match.js';

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
    if (t.pos !== 'ADV' || !/^\p{Ll}+ly$/u.test(t.value) || CUE_ADVERB_EXCEPTIONS.has(t.lower)) continue;
    if (t.sent !== tokenAt(doc, cue.first).sent) continue;
    // an adverb of the verb before it ("cleared to speak publicly said") or of a phrase cue ("partly according to") is not the cue's
    if (cue.form === 'phrase' || (k > 0 && tokenAt(doc, k - 1).pos === 'VERB')) continue;
    // (nor "finally" after a coordinator, as `cues/verb-group.ts` leaves it: "left and finally said" is a joined predicate)
    if (CUE_ADVERBS_NOT_JOINED.has(t.lower) && k > 0 && DANGLING_CONJUNCTIONS.has(tokenAt(doc, k - 1).lower)) continue;
    if (!freeForCue(doc, c, quoted, k)) continue;
    // the adverb ends a relative clause of the speaker's ("Residents who were interviewed separately believe ...")
    if (c.speaker && c.speaker.last <= k && openRelative(doc, c.speaker.last, k)) continue;
    c.cue = cueWith(cue, { first: k });
  }
}

/**
 * Widens the verb cues of the kept attributions in `list` forward over an -ly
 * adverb right after them, as annotated news marks them: `"...," Lee said
 * sarcastically`, `Lee noted repeatedly that ...` (PolNeAR train: a verb of
 * saying and the -ly adverb after it are one cue 19 times of 27, and 18 of 21
 * leaving out the adverbs that open a content, "nearly", "only"). The adverb
 * must be unquoted, in the cue's sentence, outside the content and the
 * speaker, not one of `CUE_ADVERB_EXCEPTIONS`, and followed by punctuation or
 * "that" ("said recently in Ohio" keeps "said": widening there too fixes 5
 * and breaks 5 on train, and adds 12 other wrong cues);
 * a phrase cue ("according to") and a cue that ends past its verb ("put it
 * bluntly") keep their span. Train: exact cue 23 fixed, 0 broken.
 */
export function widenCueTrailingAdverbs(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  const count = tokenCount(doc);
  for (const c of list) {
    // right after the verb itself: "put it bluntly" keeps its cue "put it"
    if (!c.keep || !c.cue || c.cue.form !== 'verb' || c.cue.last >= count || c.cue.last !== c.cue.head + 1) continue;
    const cue = c.cue;
    const k = cue.last;
    const t = tokenAt(doc, k);
    if (t.pos !== 'ADV' || !/^\p{Ll}+ly$/u.test(t.value) || CUE_ADVERB_EXCEPTIONS.has(t.lower)) continue;
    if (t.sent !== tokenAt(doc, cue.head).sent) continue;
    if (!freeForCue(doc, c, quoted, k)) continue;
    // only an adverb that closes the verb's phrase: "said sarcastically.", "noted repeatedly that", not one that
    // leads on to a phrase of its own ("said recently in Ohio", "reported disappointingly flat sales")
    const next = k + 1 < count ? tokenAt(doc, k + 1) : null;
    if (next !== null && next.pos !== 'PUNCT' && next.lower !== 'that') continue;
    c.cue = cueWith(cue, { last: k + 1 });
  }
}
