/**
 * Cue spans over the "to" of an infinitive, as annotated news marks them, for
 * every cue category: a verb cue in its base form right after an unquoted "to"
 * takes it (`The mayor used the hearing to argue that ...`: the cue is "to
 * argue"; `..., led her to declare that ...`). PolNeAR train: of the verb cues
 * right after "to" whose cue the annotation marks from "to" or from the verb,
 * 21 run from "to" and 6 from the verb (4 of them no infinitive: "In addition
 * to stating", "responding to questions"). Left out: a cue after a verb of
 * holding back ("declined to say": the annotation marks "declined" or the
 * whole group), a cue that is not a verb or not in its base form, and a "to"
 * inside the content, the speaker or quotation marks. Run on the kept
 * candidates after the other cue widenings, before the trim of a dangling
 * conjunction: the cue object is replaced, and no later stage looks it up.
 * @internal
 */
import { freeForCue, type Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { DECLINING_VERBS } from '../../data/cues.js';
import { cueWith } from '../../cues/match.js';

/** Widens the verb cues of the kept attributions in `list` back over the infinitive "to" right before them. */
export function widenCueInfinitiveTo(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || c.cue.form !== 'verb' || c.cue.first === 0) continue;
    const cue = c.cue;
    const verb = tokenAt(doc, cue.first);
    const k = cue.first - 1;
    const to = tokenAt(doc, k);
    // the verb in its base form, right after "to" in its sentence: "to argue", not "to arguing", "to questions"
    if (to.lower !== 'to' || to.sent !== verb.sent || verb.lower !== verb.lemma || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    if (!freeForCue(doc, c, quoted, k)) continue;
    // "declined to say", "refused to comment on": no speech, marked another way
    if (k > 0 && DECLINING_VERBS.has(tokenAt(doc, k - 1).lemma)) continue;
    c.cue = cueWith(cue, { first: k });
  }
}
