/**
 * Rule `reported/speech-object` for the source phrase "citing": `Ada Moss
 * voted no, citing slow growth and high rents.`,
 * `The paper, citing court records, reported ...`, `Ada Moss won donors by
 * citing her record.`. What is cited is the attributed content and the
 * subject who cites it is the source, as for the verb "cited": a `source`
 * report by default, an `evidence` one when evidence cues are reported. Only
 * a leading "Citing X, CLAUSE" names X as the source of the clause after it
 * (as "according to X" does).
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { speechObject } from './speech-object.js';
import { CITING_PREPOSITIONS } from '../../data/cues.js';
import { cueWith } from '../../cues/match.js';

/**
 * "..., citing X" or "X, citing Y, ...", "won donors by citing X", "voted no after citing X":
 * the cited object is the content (an `evidence` report when `evidence` is on, else a
 * `source` one): the clause before the participle is no report of X.
 */
export function citingObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  if (cue.form !== 'phrase' || cue.lemma !== 'cite') return null;
  // only the participle after a comma or a preposition ("won donors by citing X"): "Citing X, the mayor said ..." keeps its
  // default reading
  const before = tokenAt(ctx.doc, cue.first - 1);
  const afterPreposition = (before.pos === 'ADP' || before.pos === 'SCONJ') && CITING_PREPOSITIONS.has(before.lower);
  if (before.value !== ',' && !afterPreposition) return null;
  return speechObject(ctx, cueWith(cue, { form: 'verb' }), ctx.categories.has('evidence') ? undefined : 'source');
}
