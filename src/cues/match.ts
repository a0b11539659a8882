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

/** The cue of a speaker label or of a clause that hands over to a quote: its colon at token `colon`, a speech cue. */
export function colonCue(colon: number): CueMatch {
  return { first: colon, last: colon + 1, head: colon, lemma: ':', category: 'speech', negated: false, form: 'verb' };
}
