/**
 * Rule `reported/chant-noun`: words a crowd called out, quoted after a noun of
 * calling and "of": `Their chants of "Save the pier!" drowned out the
 * gulls.`, `The dockers answered with cries of "Not one more toll!"`. The content is the
 * quotation (a direct quote once the quoted words are read); the speaker is
 * the noun's owner ("their chants"), or none. One word alone is left out.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { lowerBound, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { CHANT_NOUN_LEMMA } from '../../data/cues.js';
import { owner } from './noun-cue.js';
import { candidate, openOf, type ReportedContext } from './shared.js';
import { viewSlice } from '../../prepare/view.js';

/** How sure the rule is. */
const CONFIDENCE = 0.5;

/** How many words the quotation must have. */
const MIN_WORDS = 2;

/** Words in a text: runs of letters or digits. */
function wordsIn(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** `chants of "..."`: the quotation right after the noun and "of". */
export function chantNoun(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  if (cue.lemma !== CHANT_NOUN_LEMMA) return null;
  const { doc } = ctx;
  if (cue.last >= tokenCount(doc)) return null;
  const mark = tokenAt(doc, cue.last);
  const quote = ctx.stretches[lowerBound(ctx.stretches, mark.start, openOf)];
  if (!quote || quote.open !== mark.start || quote.close < 0 || quote.contentEnd <= quote.contentStart) return null;
  // one word called out (a shouted "no" at a vote, a jeer) is no quotation annotated news marks
  if (wordsIn(viewSlice(doc.view, quote.contentStart, quote.contentEnd)) < MIN_WORDS) return null;
  const speaker = owner(doc, cue.first);
  return candidate(ctx, [{ start: quote.contentStart, end: quote.contentEnd }], cue, speaker, 'reported/chant-noun', CONFIDENCE);
}
