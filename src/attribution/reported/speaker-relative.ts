/**
 * Speaker spans over a relative clause right after an inverted speaker, as
 * annotated news marks them: `"We will fix the pier," said Tom Reyes, who
 * runs the harbor cafe.` credits "Tom Reyes, who runs the harbor cafe" (the
 * name stays Tom Reyes), for every cue category. The clause runs to the end
 * of the sentence, a stop mark, a quotation or the next comma, as an
 * appositive after an inverted speaker does (`speaker-appositive.ts`, which
 * calls {@link trailingRelativeOpens}). Only after a name: a description
 * ("said the woman, who asked not to be named", "said a longtime aide, who
 * ...") keeps its bare span, and so does a speaker before its cue ("Tom
 * Reyes, who runs the cafe, said ..."); PolNeAR train, default categories:
 * 61 gold speaker spans exact more, 17 fewer for the clause after a name
 * (after a description 2 more, 9 fewer; before the cue 55 more, 42 fewer).
 * @internal
 */
import type { Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { RELATIVE_SPEAKER_DESCRIPTION_OPENERS } from '../../data/clauses.js';

/** Fewest tokens a relative clause needs after "who" to join the span: "who" alone before a quotation is none. */
const MIN_CLAUSE = 2;

/**
 * True when ", who ..." after the comma at token `comma` may join the span
 * of the inverted speaker mention `m`: "who" follows the comma outside a
 * quotation, the mention ends in a capitalised word or a closing tag
 * bracket ("Tom Reyes", "Sen. Ada Moss (D-Ohio)") and does not open with
 * "a", "an", "one" or "the" (a description, not a name).
 */
export function trailingRelativeOpens(ctx: ReportedContext, m: Mention, comma: number): boolean {
  const { doc } = ctx;
  const who = comma + 1;
  if (who >= tokenCount(doc) || ctx.quoted[who] || tokenAt(doc, who).lower !== 'who') return false;
  if (RELATIVE_SPEAKER_DESCRIPTION_OPENERS.has(tokenAt(doc, m.first).lower)) return false;
  const last = tokenAt(doc, m.last - 1).value;
  return last === ')' || /^\p{Lu}/u.test(last);
}

/**
 * True when the stretch from the comma at token `comma` to the token `end`
 * (exclusive) is long enough to be the relative clause of
 * {@link trailingRelativeOpens}: "who" and at least {@link MIN_CLAUSE} more tokens.
 */
export function relativeClauseLongEnough(comma: number, end: number): boolean {
  return end - (comma + 2) >= MIN_CLAUSE;
}
