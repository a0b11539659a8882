/**
 * A source phrase before a quote that has an attribution of its own after it:
 * in the invented `According to the report, "the pier was sold," Lee said.`
 * Lee says the words (rule `direct/trailing-speaker-cue`); the report is the
 * narrator's source for the sentence, not the speaker of the quote.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Attribution, CueMatch } from '../candidate.js';
import { trailingAttribution } from './trailing.js';

/**
 * The attribution after the quote (its tokens from `after`, up to `ceiling`)
 * when `leading` is a source phrase ("according to", "as reported by") and
 * that attribution has a verb cue and a speaker of its own; else `leading`.
 * A pronoun after the quote stands for a person the source phrase names, who
 * keeps the quote (`According to Lee, "the pier was sold," she said.`).
 */
export function trailOverSourceLead(doc: Doc, cueAt: readonly (CueMatch | undefined)[], leading: Attribution | null, after: number, ceiling: number): Attribution | null {
  if (leading?.cue == null || leading.cue.form !== 'phrase' || leading.cue.category !== 'source') return leading;
  const trail = trailingAttribution(doc, cueAt, after, ceiling);
  if (trail === null || trail.cue === null || trail.speaker === null || trail.cue.form !== 'verb') return leading;
  if (trail.speaker.kind === 'pronoun' && leading.speaker?.kind === 'name') return leading;
  return trail;
}
