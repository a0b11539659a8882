/**
 * Cue spans over the statement a participle cue describes, as annotated news
 * marks them: `The firm issued a statement saying the plant will close` has
 * the cue "issued a statement saying", and so do "released a statement
 * saying", "put out a statement saying", "sent out a press release saying"
 * (PolNeAR train: 10 of 10 such cues; verbs in `PUBLISHING_VERB_LEMMAS`,
 * heads in `PUBLISHED_STATEMENT_HEADS`; exact cue 13 fixed, 0 broken). The participle must follow the head
 * right away, the head at most two words after "a", "an", "the" or a
 * possessive, and that after the verb (and its particle "out"); nothing of it
 * may be quoted or part of the content or the speaker. Run last, on the kept
 * candidates: the cue object is replaced, and no later stage looks it up.
 * @internal
 */
import { freeForCue, type Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { PUBLISHED_STATEMENT_HEADS, PUBLISHING_VERB_LEMMAS } from '../../data/cues.js';
import { ARTICLES } from '../../data/function-words.js';
import { THIRD_POSSESSIVES } from '../../data/clauses.js';
import { cueWith } from '../../cues/match.js';

/** True for a determiner before a statement put out: "issued a statement", "released its statement". */
const isDeterminer = (lower: string): boolean => ARTICLES.has(lower) || THIRD_POSSESSIVES.has(lower);

/** Widens a participle cue of a kept attribution in `list` back over the verb and statement before it. */
export function widenCueMedia(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || c.cue.form !== 'verb' || c.cue.first !== c.cue.head || c.cue.head < 3) continue;
    const cue = c.cue;
    const participle = tokenAt(doc, cue.head);
    if (!/ing$/.test(participle.lower)) continue;
    let k = cue.head - 1;
    if (!PUBLISHED_STATEMENT_HEADS.has(tokenAt(doc, k).lower)) continue;
    // at most two words between the determiner and the head: "a brief written statement", "a press release"
    let words = 0;
    k--;
    while (k > 0 && words < 2 && !isDeterminer(tokenAt(doc, k).lower) && /^(ADJ|NOUN)$/.test(tokenAt(doc, k).pos)) {
      k--;
      words++;
    }
    if (!isDeterminer(tokenAt(doc, k).lower) || k < 1) continue;
    k--;
    if (tokenAt(doc, k).lower === 'out' && k > 0) k--;
    const verb = tokenAt(doc, k);
    if (verb.pos !== 'VERB' || !PUBLISHING_VERB_LEMMAS.has(verb.lemma) || verb.sent !== participle.sent) continue;
    let clear = true;
    for (let j = k; j < cue.head && clear; j++) clear = freeForCue(doc, c, quoted, j);
    if (clear) c.cue = cueWith(cue, { first: k });
  }
}
