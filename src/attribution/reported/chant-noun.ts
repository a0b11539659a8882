/**
 * Rule `reported/chant-noun`: words a crowd called out, quoted after a noun of
 * calling and "of": `Their chants of "Save the pier!" drowned out the
 * gulls.`, `The dockers answered with cries of "Not one more toll!"`. The content is the
 * quotation (a direct quote once the quoted words are read); the speaker is
 * the noun's owner ("their chants"), else the subject of a verb of answering
 * the noun follows ("Supporters responded with chants of", "The crowd joined
 * in a chant of"), or none. One word alone is left out.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { lowerBound, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { CHANT_NOUN_LEMMA, CHANT_REACTION_OBJECTS, CHANT_REACTION_PREPOSITIONS, CHANT_REACTION_VERBS } from '../../data/cues.js';
import type { Doc } from '../../prepare/document.js';
import { speakerBefore } from '../../speakers/phrase.js';
import { owner } from '../noun-owner.js';
import { candidate, openOf, sentenceOf, verbGroupStart, type ReportedContext } from './shared.js';
import { viewSlice } from '../../prepare/view.js';
import { DETERMINER_OR_ADJECTIVE_TAGS } from '../../data/tags.js';

/** How sure the rule is. */
const CONFIDENCE = 0.5;

/** How many words the quotation must have. */
const MIN_WORDS = 2;

/** Words in a text: runs of letters or digits. */
function wordsIn(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * The subject of a verb of answering right before the noun of calling at
 * `noun`, its preposition and the noun's determiner and adjectives between
 * ("responded with chants of", "joined in a thunderous chant of", "greeted
 * him with cries of"); null for a passive ("was met with chants of") or any
 * other verb ("roused the crowd to chants of").
 */
function reactingSubject(doc: Doc, noun: number): Mention | null {
  const sentenceFirst = sentenceOf(doc, noun).first;
  let k = noun - 1;
  while (k > sentenceFirst && DETERMINER_OR_ADJECTIVE_TAGS.has(tokenAt(doc, k).pos)) k--;
  if (k <= sentenceFirst || !CHANT_REACTION_PREPOSITIONS.has(tokenAt(doc, k).lower)) return null;
  let v = k - 1;
  // ("greeted him with": an object pronoun between the verb and its preposition)
  if (CHANT_REACTION_OBJECTS.has(maybeToken(doc, v)?.lower ?? '')) v--;
  const verb = maybeToken(doc, v);
  if (v <= sentenceFirst || verb === undefined || verb.pos !== 'VERB' || !/^\p{Ll}/u.test(verb.value) || !CHANT_REACTION_VERBS.has(verb.lemma)) return null;
  return speakerBefore(doc, verbGroupStart(doc, v, sentenceFirst), sentenceFirst);
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
  const speaker = owner(doc, cue.first) ?? reactingSubject(doc, cue.first);
  return candidate(ctx, [{ start: quote.contentStart, end: quote.contentEnd }], cue, speaker, 'reported/chant-noun', CONFIDENCE);
}
