/**
 * A source that reports a direct quote's attribution: `"...," Lee said,
 * according to The Harbor Times.` Annotated news credits such a quote to the
 * outer source, the one the writer took it from (`direct/according-to-outer`).
 * @internal
 */
import type { Attribution, CueMatch } from './candidate.js';
import type { Doc } from '../prepare/document.js';
import { tokenAt } from '../prepare/lookup.js';
import { speakerAfter } from '../speakers/phrase.js';

/**
 * When the trailing attribution `found` ("Lee said") is followed, after a
 * comma, by a source phrase ("according to The Harbor Times", before
 * `ceiling`), the attribution to that source; else null.
 */
export function outerSource(doc: Doc, cueAt: readonly (CueMatch | undefined)[], found: Attribution, ceiling: number): Attribution | null {
  const { cue, speaker } = found;
  if (cue === null || speaker === null || cue.form !== 'verb') return null;
  const end = Math.max(cue.last, speaker.last);
  if (end + 1 >= ceiling || tokenAt(doc, end).value !== ',') return null;
  const source = cueAt[end + 1];
  if (!source || source.first !== end + 1 || source.form !== 'phrase' || source.lemma !== 'according to') return null;
  const outer = speakerAfter(doc, source.last, ceiling);
  return outer ? { cue: source, speaker: outer, rule: 'direct/according-to-outer', confidence: 0.9, relayed: cue } : null;
}
