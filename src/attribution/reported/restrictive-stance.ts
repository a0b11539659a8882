/**
 * A stance taken inside a restrictive relative clause, whose pronoun follows
 * its head with no comma, dash or bracket: "a Democrat who has endorsed Tom
 * Reyes", "the women who have accused the mayor of fraud". Such a clause
 * mostly describes the head rather than reports what it said or did: measured
 * on PolNeAR train with every category on (stop 70), 30 predictions of this
 * shape were annotated 17 times (57%), against 89% for stances overall. They
 * are kept (dropping them would cost the F1 over all gold about as much as it
 * gains) but at a lower confidence, so that `minConfidence` 0.6 drops them.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { DASHES } from '../../data/marks.js';

/** Highest confidence of a stance in a restrictive relative clause (57% right on train). */
export const RESTRICTIVE_STANCE_CONFIDENCE = 0.5;

/**
 * True when the token `value` sets a relative clause off from its head: a comma,
 * an opening bracket or any dash of {@link DASHES} ("Ada Moss, who ...", "Ada
 * Moss (who ...", "Moss -- who ...", "Moss \u2015 who ..."). (The tag test
 * of {@link restrictiveRelativeStance} already turns such punctuation away;
 * this guards against a mark the tagger reads as a noun.)
 */
function setsOff(value: string): boolean {
  return value === ',' || value === '(' || DASHES.has(value);
}

/** True when `c` is a stance whose subject is the relative pronoun of a restrictive clause ("aides who backed the plan"). */
export function restrictiveRelativeStance(doc: Doc, c: Candidate): boolean {
  if (c.cue === null || c.cue.category !== 'stance' || c.speaker === null) return false;
  const first = c.speaker.first;
  const pronoun = tokenAt(doc, first);
  // (the mention is the pronoun alone, whatever antecedent it was resolved to)
  if (first < 1 || !RELATIVE_PRONOUNS.has(pronoun.lower) || c.speaker.end - c.speaker.start !== pronoun.value.length) return false;
  const before = tokenAt(doc, first - 1);
  return !setsOff(before.value) && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON');
}

/** Lowers the confidence of every stance of `found` taken inside a restrictive relative clause (see {@link restrictiveRelativeStance}). */
export function lowerRestrictiveStances(doc: Doc, found: readonly Candidate[]): void {
  for (const c of found) if (restrictiveRelativeStance(doc, c)) c.confidence = Math.min(c.confidence, RESTRICTIVE_STANCE_CONFIDENCE);
}
