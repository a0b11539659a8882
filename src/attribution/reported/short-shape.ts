/**
 * What the short opt-in shapes share (`reported/opt-in-short.ts`,
 * `reported/feeling-short.ts`, `reported/topic-short.ts`): each lifts a
 * candidate the opt-in bar refused for its short content, at the bar's own
 * lowest confidence or above, under a rule of its own and at a lower
 * confidence, so that `minConfidence` drops it first.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';

/** Lowest rule confidence a short shape lifts (the opt-in bar's own). */
export const MIN_SHORT_CONFIDENCE = 0.5;

/** The share of the rule's confidence a short shape keeps: 0.5 becomes 0.43, 0.6 becomes 0.51. */
const SHORT_CONFIDENCE_FACTOR = 0.85;

/** A short shape's rule and confidence. */
export interface ShortShape {
  readonly rule: string;
  readonly confidence: number;
}

/**
 * The rule `rule` with the lowered confidence of `c` (to two decimals), as
 * a short shape takes them.
 *
 * @param rule - The name of the short shape.
 * @param c - The candidate the shape lifts.
 * @returns The shape's rule and confidence.
 */
export function shortShape(rule: string, c: Candidate): ShortShape {
  return { rule, confidence: Math.round(c.confidence * SHORT_CONFIDENCE_FACTOR * 100) / 100 };
}

/**
 * True when `cue` is a bare participle in -ing, with nothing before it in
 * the cue: after a noun it modifies that noun ("the growers, pushing for a
 * levy", "anyone wanting to learn more") and reports no one's stance.
 *
 * @param doc - The prepared document.
 * @param cue - The candidate's cue.
 * @returns Whether the cue is a bare participle.
 */
export function isBareParticipleCue(doc: Doc, cue: CueMatch): boolean {
  return cue.first === cue.head && /ing$/.test(tokenAt(doc, cue.head).lower);
}
