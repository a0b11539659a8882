/**
 * A quotation that is the subject of the narrator's sentence: `"It was never
 * sold" remains the answer.` A finite verb right after its closing mark, with
 * no comma between, makes the quoted words a thing the sentence talks about,
 * not words that go on with the quote before it (`merge.ts`).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { tokenBounds } from '../attribution/direct/bounds.js';
import { maybeToken } from '../prepare/lookup.js';
import { CUE_VERBS } from '../data/cues.js';

/**
 * True when the one quoted stretch of `c` is followed, in its sentence, by a
 * lower-case verb or auxiliary that is no cue (`"It was never sold" remains
 * the answer`, `"Build it" has become a slogan`); not `"B" said Lee`, whose
 * verb names the quote's own attribution.
 */
export function quoteAsSubject(doc: Doc, c: Candidate): boolean {
  if (c.stretches.length !== 1 || c.stretches[0]!.close < 0) return false;
  const { open, after } = tokenBounds(doc, c);
  const verb = maybeToken(doc, after);
  const first = maybeToken(doc, open);
  if (verb === undefined || first === undefined || verb.sent !== first.sent) return false;
  return (verb.pos === 'VERB' || verb.pos === 'AUX') && /^\p{Ll}+$/u.test(verb.value) && !CUE_VERBS.has(verb.lemma);
}
