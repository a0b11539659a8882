/**
 * Cue spans over a noun and its preposition that open the object of a verb of
 * saying, as annotated news marks them, for every cue category: `The mayor
 * signaled her support for the levy` has the cue "signaled her support for"
 * and the content "the levy"; `The group claimed responsibility for the
 * attack`, `The report says nothing about the toll` likewise; an infinitive
 * keeps its "to" (`signaled his desire` / `to sell the pier`) (nouns in
 * `CUE_OBJECT_NOUNS`). Only when the content opens right after the cue with
 * that noun (one possessive or "any"/"almost" before it), the preposition
 * follows it unquoted, and words of the content remain after it; never for a
 * direct quote. Run on the kept candidates, before the cue's preposition is
 * looked for (`reported/cue-particle.ts`).
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { CUE_OBJECT_NOUN_OPENERS, CUE_OBJECT_NOUNS } from '../../data/cues.js';
import { cueWith } from '../../cues/match.js';

/** Moves the noun and preposition that open the content of a kept attribution in `list` into its cue. */
export function widenCueNouns(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  const count = tokenCount(doc);
  for (const c of list) {
    if (!c.keep || c.kind === 'direct' || !c.cue || c.cue.form !== 'verb' || c.parts.length === 0) continue;
    const nouns = CUE_OBJECT_NOUNS.get(c.cue.lemma);
    if (!nouns) continue;
    const first = c.parts[0]!;
    let k = c.cue.last;
    if (k + 2 >= count || tokenAt(doc, k).start !== first.start) continue;
    if (CUE_OBJECT_NOUN_OPENERS.has(tokenAt(doc, k).lower)) k++;
    const noun = tokenAt(doc, k);
    const prep = tokenAt(doc, k + 1);
    if (k + 2 >= count || nouns.get(noun.lower) !== prep.lower || quoted[k] || quoted[k + 1]) continue;
    // (an infinitive keeps its "to": "signaled his desire | to sell the pier")
    const infinitive = prep.lower === 'to' && tokenAt(doc, k + 2).pos === 'VERB';
    const resume = tokenAt(doc, infinitive ? k + 1 : k + 2);
    // words of the content after the preposition, in the sentence of the cue
    if (resume.end > first.end || resume.sent !== tokenAt(doc, c.cue.head).sent || !/[\p{L}\p{N}]/u.test(resume.value)) continue;
    c.parts = [{ start: resume.start, end: first.end }, ...c.parts.slice(1)];
    c.cue = cueWith(c.cue, { last: infinitive ? k + 1 : k + 2 });
  }
}
