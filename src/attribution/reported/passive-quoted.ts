/**
 * Rule `reported/passive-quoted`: a passive cue whose complement is quoted,
 * `The plan was described as "dead" by Ms. Ortiz.`, `The audit was called "a
 * stunt."` The subject and the quoted complement are the content (two parts);
 * the agent after "by", when there is one, is the speaker.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { isMarkToken, lowerBound, tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { speakerAfter } from '../../speakers/phrase.js';
import { SUBJECT_PRONOUNS } from '../../data/function-words.js';
import { PASSIVE_NAMING_VERBS } from '../../data/cues.js';
import { candidate, openOf, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { DETERMINER_OR_ADJECTIVE_TAGS, NOUN_HEADED_PHRASE_TAGS } from '../../data/tags.js';

/** Parts of speech inside the subject noun phrase. */
const SUBJECT_POS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;
/** How long the subject may be, in tokens. */
const MAX_SUBJECT = 10;

/** Parts of speech between "as" and the opening mark: "as a "win ..."", "as an early "fiasco"". */
const BEFORE_MARK_POS: ReadonlySet<string> = DETERMINER_OR_ADJECTIVE_TAGS;
/** How many such words may stand before the opening mark. */
const MAX_BEFORE_MARK = 2;

/** `NP was described as "..." (by X)`. */
export function passiveQuoted(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (!PASSIVE_NAMING_VERBS.has(cue.lemma) || !passiveCue(doc, cue) || !/ed$/.test(tokenAt(doc, cue.head).lower)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  if (tokenAt(doc, p).lower === 'as') p++;
  // "was described as a "win for both sides"": an article or adjectives before the opening mark
  for (let n = 0; n < MAX_BEFORE_MARK && p < sentence.last && BEFORE_MARK_POS.has(tokenAt(doc, p).pos) && !isMarkToken(tokenAt(doc, p).value); n++) p++;
  // the quotation opens right there and closes inside the sentence
  const quote = ctx.stretches[lowerBound(ctx.stretches, tokenAt(doc, cue.last).start, openOf)];
  if (!quote || quote.close < 0 || !isMarkToken(tokenAt(doc, p).value) || tokenAt(doc, p).start !== quote.open) return null;
  const after = tokenAtOrAfter(doc, quote.end);
  if (after > sentence.last) return null;
  let start = cue.first;
  while (start > sentence.first && cue.first - start < MAX_SUBJECT && SUBJECT_POS.has(tokenAt(doc, start - 1).pos)) start--;
  // "She was described as "tireless."": a subject pronoun alone
  if (start === cue.first && start > sentence.first && SUBJECT_PRONOUNS.has(tokenAt(doc, start - 1).lower) && tokenAt(doc, start - 1).pos === 'PRON') start--;
  if (start === cue.first) return null;
  let speaker: Mention | null = null;
  if (tokenAt(doc, after).lower === 'by') speaker = speakerAfter(doc, after + 1, sentence.last);
  return candidate(ctx, [range(doc, start, cue.first), range(doc, cue.last, after)], cue, speaker, 'reported/passive-quoted', 0.55);
}
