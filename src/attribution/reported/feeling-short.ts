/**
 * Rule `reported/cue-feeling-short` (category `stance`, opt-in): a feeling
 * voiced about something named in under four words, which the opt-in bar
 * asks of rule `reported/cue-feeling`: `Ms. Varga voiced concern about the
 * toll.`, `The growers expressed their support for Reyes.` Such a short
 * feeling is mostly annotated with the feeling in its content ("their
 * support for Reyes", the verb alone as the cue), so the shape moves the
 * feeling and its preposition from the cue to the content. Measured on
 * PolNeAR train with every category on, such short feelings were annotated
 * 9 times in 10, six of them with the feeling in the content. It is less
 * sure than a long one, so its confidence is lower and `minConfidence` drops
 * it first. It only lifts a candidate the bar refused: a generic "you" and a
 * confidence under the bar's stay refused.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { countWords } from './opt-in.js';
import { MIN_SHORT_CONFIDENCE, shortShape, type ShortShape } from './short-shape.js';
import { cueWith } from '../../cues/match.js';

/** The rule whose short feelings this shape takes. */
const FEELING_RULE = 'reported/cue-feeling';
/** The name of the shape. */
const SHORT_FEELING_RULE = 'reported/cue-feeling-short';
/** Most words of what the feeling is about: from four on, the bar itself lets the feeling through. */
const MAX_WORDS = 3;

/**
 * Lifts `c`, a feeling voiced about something and refused by the opt-in bar
 * for its short content: its content then opens with the feeling ("concern
 * about the toll") and its cue is the verb with its auxiliaries. Returns
 * the rule and confidence it takes, or null (and leaves `c` as it was) when
 * it takes none.
 *
 * @param doc - The prepared document.
 * @param c - A candidate the opt-in bar refused.
 * @returns The shape's rule and confidence, or null.
 */
export function shortFeelingShape(doc: Doc, c: Candidate): ShortShape | null {
  const cue = c.cue;
  if (c.rule !== FEELING_RULE || cue === null || c.speaker === null || c.confidence < MIN_SHORT_CONFIDENCE) return null;
  // "you expressed concern about it": a generic "you" names no one
  if (c.speaker.name.toLowerCase() === 'you') return null;
  const words = countWords(doc, c, MAX_WORDS + 1);
  if (words < 1 || words > MAX_WORDS) return null;
  const last = c.parts[c.parts.length - 1]!;
  c.parts = [{ start: tokenAt(doc, cue.head + 1).start, end: last.end }];
  c.cue = cueWith(cue, { last: cue.head + 1 });
  return shortShape(SHORT_FEELING_RULE, c);
}
