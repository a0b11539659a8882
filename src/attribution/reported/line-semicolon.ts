/**
 * A semicolon that ends a line: the break between a headline and its
 * subheadline in a news archive's title field (`Harbor vote delayed; ` and,
 * on the next line, `Council wants more time.`). wink reads the two lines as
 * one sentence; text preparation ends the headline's sentence at the semicolon
 * when the headline opens its paragraph (`endsHeadline` in
 * prepare/document.ts), and a headline's colon lead, which takes the rest of
 * its paragraph, ends there with {@link semicolonLineEnd}. Annotated news ends the content
 * at the break in five of five such contents on the training split.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';

/** Spaces or tabs and then a line break, right after a semicolon. */
const LINE_END = /^[ \t\u00a0]*\r?\n/;

/** How many characters after the semicolon are read for the line break. */
const LOOK_AHEAD = 16;

/**
 * The first token in [`from`, `to`) that is a semicolon ending a line
 * (only spaces or tabs before the line break), or -1 when there is none.
 */
export function semicolonLineEnd(doc: Doc, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ';' && LINE_END.test(doc.text.slice(t.end, t.end + LOOK_AHEAD))) return k;
  }
  return -1;
}
