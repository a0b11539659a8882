/**
 * A character range of the input, the shape every stage from the speaker
 * finders on passes along (re-exported by `attribution/candidate.ts`).
 * @internal
 */

/** A character range. */
export interface Range {
  readonly start: number;
  readonly end: number;
}
