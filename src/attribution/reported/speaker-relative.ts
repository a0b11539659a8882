/**
 * Speaker spans over a relative clause right after a named speaker, as
 * annotated news marks them, for every cue category (the name stays the
 * person; only the span widens):
 * - after an inverted speaker: `"We will fix the pier," said Tom Reyes, who
 *   runs the harbor cafe.` credits "Tom Reyes, who runs the harbor cafe";
 *   the clause runs to the end of the sentence, a stop mark, a quotation or
 *   the next comma, as an appositive after an inverted speaker does
 *   (`speaker-appositive.ts` calls {@link trailingRelativeOpens});
 * - before the cue, when the name is first mentioned there: `Tom Reyes, who
 *   runs the harbor cafe, said ...` credits "Tom Reyes, who runs the harbor
 *   cafe" ({@link leadingRelativeOpens}); a name the text gave before keeps
 *   its bare span ("Reyes, who backed the plan in May, said ...").
 * Only after a name: a description ("said the woman, who asked not to be
 * named", "said a longtime aide, who ...") keeps its bare span. PolNeAR
 * train, default categories, gold speaker spans exact: after the cue 61
 * more, 18 fewer (after a description 2 more, 9 fewer); before the cue, at a
 * name's first mention 34 more, 7 fewer (at a later mention 21 more, 35
 * fewer).
 * @internal
 */
import type { Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { startsUpper } from '../../prepare/case.js';
import type { ReportedContext } from './shared.js';
import { RELATIVE_SPEAKER_DESCRIPTION_OPENERS } from '../../data/clauses.js';
import type { Doc } from '../../prepare/document.js';

/** Fewest tokens a relative clause needs after "who" to join the span: "who" alone before a quotation is none. */
const MIN_CLAUSE = 2;

/**
 * True when ", who ..." after the comma at token `comma` may join the span
 * of the inverted speaker mention `m`: "who" follows the comma outside a
 * quotation, the mention is a name ending in a capitalised word or a
 * closing tag bracket ("Tom Reyes", "Sen. Ada Moss (D-Ohio)") and does not
 * open with "a", "an", "one" or "the" (a description, not a name); a
 * description that ends in a name ("members of Congress", "two senators
 * from Ohio") keeps its bare span too.
 */
export function trailingRelativeOpens(ctx: ReportedContext, m: Mention, comma: number): boolean {
  const { doc } = ctx;
  const who = comma + 1;
  if (who >= tokenCount(doc) || ctx.quoted[who] || tokenAt(doc, who).lower !== 'who') return false;
  if (m.kind !== 'name' || RELATIVE_SPEAKER_DESCRIPTION_OPENERS.has(tokenAt(doc, m.first).lower)) return false;
  const last = tokenAt(doc, m.last - 1).value;
  return last === ')' || /^\p{Lu}/u.test(last);
}

/**
 * The first token of each capitalised word of a document, built once per
 * document on first use (one pass over the tokens: a search of the text
 * before each mention would be quadratic in a long text).
 */
const FIRST_CAPITALISED = new WeakMap<Doc, Map<string, number>>();

/** The index of the first token of `doc` whose text is `word`, from {@link FIRST_CAPITALISED}. */
function firstCapitalised(doc: Doc, word: string): number {
  let index = FIRST_CAPITALISED.get(doc);
  if (index === undefined) {
    index = new Map();
    for (let k = 0, n = tokenCount(doc); k < n; k++) {
      const value = tokenAt(doc, k).value;
      // (ASCII first letters decided by their code: asked of every token of the document)
      if (startsUpper(value) && !index.has(value)) index.set(value, k);
    }
    FIRST_CAPITALISED.set(doc, index);
  }
  return index.get(word) ?? -1;
}

/**
 * True when ", who ..." after the comma at token `comma` may join the span
 * of the mention `m` of a speaker before its cue: as after an inverted
 * speaker ({@link trailingRelativeOpens}), and the name's last capitalised
 * word appears in the text for the first time in this mention (`Tom Reyes,
 * who runs the cafe, said` at the name's first mention; not a later
 * "Reyes, who ...").
 */
export function leadingRelativeOpens(ctx: ReportedContext, m: Mention, comma: number): boolean {
  if (!trailingRelativeOpens(ctx, m, comma)) return false;
  const { doc } = ctx;
  for (let k = m.last - 1; k >= m.first; k--) {
    const value = tokenAt(doc, k).value;
    if (/^\p{Lu}/u.test(value)) return firstCapitalised(doc, value) >= m.first;
  }
  return false;
}

/**
 * True when the stretch from the comma at token `comma` to the token `end`
 * (exclusive) is long enough to be the relative clause of
 * {@link trailingRelativeOpens}: "who" and at least {@link MIN_CLAUSE} more tokens.
 */
export function relativeClauseLongEnough(comma: number, end: number): boolean {
  return clauseAfterRelativeLongEnough(comma + 1, end);
}

/**
 * True when the tokens after the relative pronoun at token `rel` and before
 * token `end` (exclusive) are at least {@link MIN_CLAUSE}: "who works at the
 * clinic", not "who" alone (also read without a comma before the pronoun, by
 * `speaker-restrictive-relative.ts`).
 */
export function clauseAfterRelativeLongEnough(rel: number, end: number): boolean {
  return end - (rel + 1) >= MIN_CLAUSE;
}
