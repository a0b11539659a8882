/**
 * The words a trailing attribution carries after its verb, before the
 * sentence ends or resumes: "..., the mayor told reporters outside the
 * factory on Friday." A verb of telling takes its listener ("told
 * reporters"), then come adjuncts of time, place or medium. Shared by the
 * content-first rules (content-then-cue.ts) and the closing dash
 * (closing-dash.ts).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { speakerAfter } from '../../speakers/phrase.js';
import { ADJUNCT_PREPOSITIONS, LISTENER_VERBS, PLACE_PREPOSITIONS } from '../../data/cues.js';
import { TIME_WORDS } from '../../data/time.js';
import { NP_POS } from './shared.js';

/**
 * Past the listener a verb of telling or asking takes at `q`, right after
 * the verb of `cue` ("told reporters", "asked the board"), in tokens before
 * `last`; `q` itself for any other verb or when no listener stands there.
 */
export function listenerEnd(doc: Doc, cue: CueMatch, q: number, last: number): number {
  if (!LISTENER_VERBS.has(cue.lemma)) return q;
  return speakerAfter(doc, q, last)?.last ?? q;
}

/**
 * The end of the adjuncts of an attribution from `q`, before `last` and any
 * comma: adverbs and prepositions of time, place or medium
 * ({@link ADJUNCT_PREPOSITIONS}, {@link PLACE_PREPOSITIONS}) with their
 * phrases ("in a statement on Friday", "outside the factory"). With
 * `anyNoun`, a noun phrase passes anywhere ("said Monday", "told reporters
 * the news": the callers judge an object themselves); without it only inside
 * a preposition's phrase, and a bare day or time word ({@link TIME_WORDS}:
 * "said Friday", "said yesterday") is the one other word that passes, so
 * an object ("said nothing") stops the walk.
 */
export function adjunctsEnd(doc: Doc, q: number, last: number, anyNoun: boolean): number {
  let inPhrase = anyNoun;
  while (q < last) {
    const t = tokenAt(doc, q);
    if (t.value === ',') break;
    if (ADJUNCT_PREPOSITIONS.has(t.lower) || PLACE_PREPOSITIONS.has(t.lower)) inPhrase = true;
    else if (!(t.pos === 'ADV' || (inPhrase && NP_POS.has(t.pos)) || (!anyNoun && TIME_WORDS.has(t.lower)))) break;
    q++;
  }
  return q;
}
