/**
 * Which of two reports of the same clause keeps it when an opt-in cue stands
 * nearer the clause than a default one: "New figures published on Wednesday
 * show that rents rose" is credited through "show", not "published". Of two
 * reports of one clause with equal confidence, the earlier cue would
 * otherwise win.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import { candidateEnd, candidateStart } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';

/**
 * True when `later`, a report through an opt-in cue, should replace
 * `earlier`, a report through a default cue, of exactly the same content: the
 * opt-in cue stands after the default one and before the content, and the
 * default one is a participle right after a noun ("figures published on
 * Wednesday"). With the default categories no opt-in cue is found, so default
 * output never changes.
 */
export function nearerOptInCue(doc: Doc, earlier: Candidate, later: Candidate): boolean {
  if (earlier.cue === null || later.cue === null || earlier.kind !== later.kind) return false;
  if (!OPT_IN_CATEGORIES.has(later.cue.category) || OPT_IN_CATEGORIES.has(earlier.cue.category)) return false;
  if (candidateStart(earlier) !== candidateStart(later) || candidateEnd(earlier) !== candidateEnd(later)) return false;
  if (earlier.cue.last > later.cue.first || tokenAt(doc, later.cue.last - 1).end > candidateStart(later)) return false;
  // the default cue is a participle after a noun, a reduced relative inside the subject ("figures published"),
  // not a verb whose own clause holds the opt-in one ("Aides say those revelations show that ...")
  const verb = tokenAt(doc, earlier.cue.head);
  return earlier.cue.first === earlier.cue.head && earlier.cue.head > 0 && /(ed|en|wn)$/.test(verb.lower) && /^(NOUN|PROPN)$/.test(tokenAt(doc, earlier.cue.head - 1).pos);
}
