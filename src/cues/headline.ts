/**
 * Headline verbs of judging ("slam", "blasts"), which a headline drops in
 * with no auxiliary and the tagger often reads as nouns. Shared by the
 * headline-verb rule and the subject finder.
 * @internal
 */
import { HEADLINE_OBJECT_VERBS } from '../data/cues.js';

/**
 * The lemma of a headline verb of judging ({@link HEADLINE_OBJECT_VERBS})
 * given as a lower-case word in its base or -s form ("slams" gives "slam",
 * "praises" gives "praise"), or null for any other word.
 */
export function headlineVerbLemma(lower: string): string | null {
  if (HEADLINE_OBJECT_VERBS.has(lower)) return lower;
  const stem = lower.endsWith('es') && HEADLINE_OBJECT_VERBS.has(lower.slice(0, -2)) ? lower.slice(0, -2) : lower.endsWith('s') ? lower.slice(0, -1) : '';
  return HEADLINE_OBJECT_VERBS.has(stem) ? stem : null;
}
