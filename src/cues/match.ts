/**
 * The shape of a cue that cue detection finds and every later stage reads
 * (re-exported by `attribution/candidate.ts`).
 * @internal
 */
import type { CueCategory } from '../types.js';

/** A cue found in the text. */
export interface CueMatch {
  /** First token of the cue (auxiliaries included). */
  readonly first: number;
  /** One past its last token. */
  readonly last: number;
  /** The main verb or the first word of the phrase. */
  readonly head: number;
  readonly lemma: string;
  readonly category: CueCategory;
  readonly negated: boolean;
  /** A verb, or a source phrase such as "according to". */
  readonly form: 'verb' | 'phrase';
}

/**
 * `cue` with `changes` made, as `{ ...cue, ...changes }` gives, but made as an object literal with every field in
 * the order of {@link CueMatch}: V8 gives an object made by spreading a hidden class of its own, and optimised code
 * that reads cues deoptimises each time such a copy first reaches it (speed round 64).
 */
export function cueWith(cue: CueMatch, changes: Partial<CueMatch>): CueMatch {
  const copy: CueMatch = { first: cue.first, last: cue.last, head: cue.head, lemma: cue.lemma, category: cue.category, negated: cue.negated, form: cue.form };
  return Object.assign(copy, changes);
}

/** The cue of a speaker label or of a clause that hands over to a quote: its colon at token `colon`, a speech cue. */
export function colonCue(colon: number): CueMatch {
  return { first: colon, last: colon + 1, head: colon, lemma: ':', category: 'speech', negated: false, form: 'verb' };
}
