/**
 * Rule `reported/cue-feeling-bare` (category `stance`, opt-in): a feeling
 * voiced with nothing it is about, the feeling ending its clause: `The
 * harbor master also expressed concern.`, `Ms. Varga has voiced doubts but
 * will vote for the plan.` The content is the feeling noun, the cue the verb
 * with its auxiliaries, as annotated news marks it. Only a finite verb with
 * the noun right after it (not "to voice concerns peacefully", "expressing
 * full confidence", "voiced qualified support"), and the noun followed by the
 * sentence's end, a semicolon or "but". Measured on PolNeAR train, this
 * shape was annotated 3 times in 3; with a word before the noun or another
 * word after it, 1 in 3. A feeling with its preposition is rule
 * `reported/cue-feeling`'s.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { FEELING_NOUNS, FEELING_VERBS } from '../../data/cues.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';

/** The name of the rule. */
export const FEELING_BARE_RULE = 'reported/cue-feeling-bare';

/** What may follow the feeling noun: the sentence's end, a semicolon, "but". */
const AFTER_FEELING: ReadonlySet<string> = new Set(['.', '!', ';', 'but']);

/**
 * `X expressed concern.`, `X has voiced doubts but ...`: the feeling noun as
 * the content of a finite verb of voicing, or null.
 *
 * @param ctx - The reported-speech context.
 * @param cue - A verb cue.
 * @returns The candidate, or null when the shape does not hold.
 */
export function cueFeelingBare(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || cue.category !== 'stance' || !FEELING_VERBS.has(cue.lemma) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const noun = cue.last;
  if (noun + 1 >= sentence.last || ctx.quoted[noun]) return null;
  // "to voice concerns", "expressing sympathy": only a finite verb
  if (/ing$/.test(tokenAt(doc, cue.head).lower) || tokenAt(doc, cue.first - 1).lower === 'to') return null;
  if (!FEELING_NOUNS.has(tokenAt(doc, noun).lower) || !AFTER_FEELING.has(tokenAt(doc, noun + 1).lower)) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  return candidate(ctx, [range(doc, noun, noun + 1)], cue, speaker, FEELING_BARE_RULE, 0.5);
}
