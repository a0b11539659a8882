/**
 * Cue spans over the preposition that makes "call" a verb of saying with an
 * object, as annotated news marks them, for every cue category: `The union
 * called on the council to ...` has the cue "called on", `Ms. Varga called
 * for an inquiry` the cue "called for" (words in `CUE_PREPOSITIONS`). The
 * preposition joins the cue only when no content part holds it, the content
 * comes after it and no time word follows it ("called on Tuesday to say ...",
 * "called for years for ..." keep the cue "called"), and never for a direct
 * quote. Run last, on the kept candidates: the cue object is replaced, and no
 * later stage looks it up.
 * @internal
 */
import { partHolds, type Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { CUE_PREPOSITIONS } from '../../data/cues.js';
import { TIME_PHRASE_DETERMINERS, TIME_POINT_WORDS } from '../../data/time.js';
import { cueWith } from '../../cues/match.js';

/** Widens the cues of the kept attributions in `list` over the preposition right after them that their verb takes. */
export function widenCuePrepositions(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    // (a direct quote's cue takes no object: '"Close it," the mayor called on the stage.')
    if (!c.keep || c.kind === 'direct' || !c.cue || c.cue.form !== 'verb' || c.cue.last + 1 >= tokenCount(doc)) continue;
    const cue = c.cue;
    const preps = CUE_PREPOSITIONS.get(cue.lemma);
    const k = cue.last;
    const t = tokenAt(doc, k);
    if (!preps || !preps.has(t.lower) || quoted[k] || t.sent !== tokenAt(doc, cue.head).sent) continue;
    if (partHolds(c, t.start, t.end)) continue;
    // the content comes after the preposition, and no time stands right after it: "called on the council to ...",
    // not "called on Tuesday to say ...", "called for years for an inquiry"
    // (a determiner only before a time noun: "called on this week to ...", not "called on each member to ...")
    const after = tokenAt(doc, k + 1);
    if (c.parts[0]!.start < after.start || TIME_POINT_WORDS.has(after.lower)) continue;
    if (TIME_PHRASE_DETERMINERS.has(after.lower) && k + 2 < tokenCount(doc) && TIME_POINT_WORDS.has(tokenAt(doc, k + 2).lower)) continue;
    c.cue = cueWith(cue, { last: k + 1 });
  }
}
