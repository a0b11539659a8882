/**
 * A source that reports a direct quote's attribution: `"...," Lee said,
 * according to The Harbor Times.` Annotated news credits such a quote to the
 * outer source, the one the writer took it from (`direct/according-to-outer`),
 * with the attribution it relays (`Lee said`) as part of what it reports.
 * @internal
 */
import type { Attribution, CueMatch, Range } from './candidate.js';
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

/**
 * The words of the trailing attribution `inner` ("Lee said") that an outer
 * source relays, when they stand after the quote's last part (`partEnd`):
 * `"We won," Lee said, according to The Harbor Times.` credits the Times with
 * the quote and its attribution, and annotated news marks both as what the
 * Times reports. Null for an attribution inside the quote (`"We won," Lee
 * said, according to the Times. "Now we govern."`), whose parts go on after it.
 */
export function relayedWords(doc: Doc, inner: Attribution, partEnd: number): Range | null {
  const { cue, speaker } = inner;
  if (cue === null || speaker === null) return null;
  const start = tokenAt(doc, Math.min(cue.first, speaker.first)).start;
  if (start < partEnd) return null;
  return { start, end: tokenAt(doc, Math.max(cue.last, speaker.last) - 1).end };
}
