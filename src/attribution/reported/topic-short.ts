/**
 * Rule `reported/cue-topic-short` (category `stance`, opt-in): a side
 * pushed for in two or three words, under the four words the opt-in bar
 * asks of a stance's phrase from rule `reported/cue-topic`: `The growers
 * pushed for a levy.`, `Mayor Ada Moss has long pushed for ferry funding.`
 * Measured on PolNeAR train with every category on, such short stances were
 * annotated 6 times in 6 once the shapes below are left out. It is less
 * sure than a long one, so its confidence is lower and `minConfidence`
 * drops it first. It only lifts a candidate the bar refused: a generic
 * "you", a confidence under the bar's, a negated cue, a bare participle
 * after its noun ("the rivals, pushing for common trade": 0 of 1), and a
 * verb after "to", "and" or "or" ("promised to push for a recount", "would
 * cut taxes and push for a recount": 0 of 2) stay refused.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { countWords } from './opt-in.js';
import { MIN_SHORT_CONFIDENCE, isBareParticipleCue, shortShape, type ShortShape } from './short-shape.js';
import { SHORT_STANCE_CUE_NOT_AFTER } from '../../data/senses.js';

/** The rule whose short stances this shape takes. */
const TOPIC_RULE = 'reported/cue-topic';
/** The name of the shape. */
const SHORT_TOPIC_RULE = 'reported/cue-topic-short';
/** Fewest and most words of the content: from four on, the bar itself lets the stance through. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;

/**
 * The rule and confidence that `c`, a stance with its topic ("pushed for a
 * levy") refused by the opt-in bar for its short content, takes, or null
 * when it takes none.
 *
 * @param doc - The prepared document.
 * @param c - A candidate the opt-in bar refused.
 * @returns The shape's rule and confidence, or null.
 */
export function shortTopicShape(doc: Doc, c: Candidate): ShortShape | null {
  const cue = c.cue;
  if (c.rule !== TOPIC_RULE || cue === null || cue.category !== 'stance' || cue.negated || c.speaker === null || c.confidence < MIN_SHORT_CONFIDENCE) return null;
  if (c.speaker.name.toLowerCase() === 'you') return null;
  // "the rivals, pushing for common trade": a bare participle modifies its noun
  if (isBareParticipleCue(doc, cue)) return null;
  if (cue.first > 0 && SHORT_STANCE_CUE_NOT_AFTER.has(tokenAt(doc, cue.first - 1).lower)) return null;
  const words = countWords(doc, c, MAX_WORDS + 1);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  return shortShape(SHORT_TOPIC_RULE, c);
}
