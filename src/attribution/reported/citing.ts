/**
 * Rule `reported/speech-object` for the source phrase "citing" (category
 * `evidence`, opt-in): `Ada Moss voted no, citing slow growth and high rents.`,
 * `The paper, citing court records, reported ...`, `Ada Moss won donors by
 * citing her record.`. By default "citing X" names
 * X as the source of the clause around it (as "according to X" does); when
 * evidence cues are reported, what is cited is the attributed content and the
 * subject who cites it is the source, as for the verb "cited". Nothing changes
 * unless `evidence` is on, so the default output never changes.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { speechObject } from './speech-object.js';
import { CITING_PREPOSITIONS } from '../../data/cues.js';

/** "..., citing X" or "X, citing Y, ...": the cited object as evidence, when `evidence` is on. */
export function citingObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  if (cue.form !== 'phrase' || cue.lemma !== 'cite' || !ctx.categories.has('evidence')) return null;
  // only the participle after a comma or a preposition ("won donors by citing X"): "Citing X, the mayor said ..." keeps its
  // default reading
  const before = tokenAt(ctx.doc, cue.first - 1);
  if (before.value !== ',' && !(before.pos === 'ADP' && CITING_PREPOSITIONS.has(before.lower))) return null;
  return speechObject(ctx, { ...cue, form: 'verb' });
}
