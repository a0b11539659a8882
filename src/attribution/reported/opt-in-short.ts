/**
 * Rule `reported/cue-infinitive-short` (category `thought`, opt-in): a wish,
 * plan or aim with an infinitive of six or seven words, under the eight words
 * the opt-in bar asks of a thought: `The council plans to close the old
 * ferry pier.`, `Ada Moss sought to calm the angry crowd.` Measured on
 * PolNeAR train with every category on, such infinitives were annotated 27
 * times in 32 (84%); of four or five words 13 in 28, so those stay out. It
 * is less sure than a long one, so its confidence is lower and
 * `minConfidence` drops it first. It only lifts a candidate the bar refused
 * for its length: a generic "you", a first-person "I" or "we" (an aside), a
 * missing subject, a confidence under the bar's and a bare participle after
 * its noun ("anyone wanting to learn more") stay refused.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate } from '../candidate.js';
import { countWords } from './opt-in.js';
import { ASIDE_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { MIN_SHORT_CONFIDENCE, isBareParticipleCue, shortShape, type ShortShape } from './short-shape.js';

/** The rule whose short thought infinitives this shape takes. */
const INFINITIVE_RULE = 'reported/cue-infinitive';
/** The name of the shape. */
const SHORT_INFINITIVE_RULE = 'reported/cue-infinitive-short';
/** Fewest and most words of the infinitive ("to" included). */
const MIN_WORDS = 6;
const MAX_WORDS = 7;

/**
 * The rule and confidence that `c`, a thought's infinitive refused by the
 * opt-in bar for its six or seven words ("plans to close the old ferry
 * pier"), takes, or null when it takes none. The short feelings and stances
 * have shapes of their own (`reported/feeling-short.ts`,
 * `reported/topic-short.ts`).
 *
 * @param doc - The prepared document.
 * @param c - A candidate the opt-in bar refused.
 * @returns The shape's rule and confidence, or null.
 */
export function shortOptInShape(doc: Doc, c: Candidate): ShortShape | null {
  const cue = c.cue;
  if (cue === null || cue.category !== 'thought' || c.rule !== INFINITIVE_RULE || c.speaker === null || c.confidence < MIN_SHORT_CONFIDENCE) return null;
  if (ASIDE_SUBJECT_PRONOUNS.has(c.speaker.name.toLowerCase())) return null;
  // "anyone wanting to learn more", "two men seeking to win": a bare participle modifies its noun (0 of 2 on train and dev)
  if (isBareParticipleCue(doc, cue)) return null;
  const words = countWords(doc, c, MAX_WORDS + 1);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  return shortShape(SHORT_INFINITIVE_RULE, c);
}
