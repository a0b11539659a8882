/**
 * A headline's teaser after a spaced dash is the editor's, not what was said:
 * in the invented headline `Mayor Reyes Just Revealed Who He Would Back – You
 * Might Be Surprised.` the content is "Who He Would Back".
 * @internal
 */
import { tokenAt } from '../../../prepare/lookup.js';
import type { Doc } from '../../../prepare/document.js';
import { spacedDash, type ReportedContext } from '../shared.js';

/** Most words a headline has. */
const MAX_HEADLINE_WORDS = 24;

/** Whether each document's first paragraph is a headline ({@link isHeadline}). */
const HEADLINES = new WeakMap<Doc, boolean>();

/**
 * True when the document's first paragraph is a headline: one line of at most
 * {@link MAX_HEADLINE_WORDS} words, with a paragraph after it, whose words of
 * four letters or more all open with a capital ("Lee Just Said Who He Would
 * Back – It May Surprise You."); a full stop at its end is let through.
 */
function isHeadline(doc: Doc): boolean {
  let found = HEADLINES.get(doc);
  if (found === undefined) {
    found = false;
    const first = doc.paragraphs[0];
    if (first !== undefined && doc.paragraphs.length > 1) {
      const text = doc.text.slice(first.start, first.end).trim();
      const words = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
      const long = words.filter((w) => w.length >= 4);
      found = !text.includes('\n') && words.length <= MAX_HEADLINE_WORDS && long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
    }
    HEADLINES.set(doc, found);
  }
  return found;
}

/**
 * The end of a reported clause `[from, end)` in a document's headline
 * ({@link isHeadline}) at its first spaced dash outside quotation marks after
 * the content's first word: the words after the dash are the editor's teaser
 * ("... Who He Would Back – It May Surprise You"). Else `end`; prose is never
 * cut here (a dash there may go on with what was said).
 */
export function cutHeadlineTeaser(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  if (from >= end || tokenAt(doc, from).para !== 0 || !isHeadline(doc)) return end;
  for (let k = from + 1; k < end; k++) {
    if (!ctx.quoted[k] && spacedDash(ctx, k)) return k;
  }
  return end;
}
