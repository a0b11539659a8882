/**
 * Rule `reported/cue-np-object`: what was said given as a noun phrase after a
 * verb of saying that rule `reported/cue-object` leaves alone, `The mayor
 * congratulated the winners.`, `The minister rebutted every charge.` Tried
 * after every other rule, with a lower confidence than `reported/cue-object`,
 * so `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { NP_OBJECT_VERBS } from '../../data/cues.js';
import { passiveCue, sentenceOf, type ReportedContext } from './shared.js';
import { objectAt, progressive } from './object.js';

/** How sure the rule is: below `reported/cue-object` (0.5). */
const CONFIDENCE = 0.4;

/** `X congratulated the winners` ({@link NP_OBJECT_VERBS}). */
export function cueNpObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  if (cue.form !== 'verb' || !NP_OBJECT_VERBS.has(cue.lemma) || passiveCue(ctx.doc, cue) || progressive(ctx, cue)) return null;
  const c = objectAt(ctx, cue, sentenceOf(ctx.doc, cue.head), cue.last, 'reported/cue-np-object');
  if (!c) return null;
  // "rebutted the charge, saying it was false": an object holding another cue is no plain noun phrase
  const start = c.parts[0]!.start;
  const end = c.parts[c.parts.length - 1]!.end;
  for (const other of ctx.cues) {
    const head = tokenAt(ctx.doc, other.head);
    if (other !== cue && head.start >= start && head.end <= end) return null;
  }
  return { ...c, confidence: CONFIDENCE };
}
