/**
 * Rule `reported/cue-colon-list`: a cue and a colon before a list set out in
 * lines, each line opened by the same bullet (`Officials said:` + newline +
 * `- the bridge will close in May;` + newline + `- buses will replace the
 * ferry.`). Each item is a part of what was said, without its bullet and the
 * semicolon, comma or full stop that ends it; a line that opens otherwise
 * ends the list, but for an item's words wrapped onto a line of their own
 * (a lower-case word after an item with no mark at its end), and so does an
 * item with no words after one with words. The items keep to the colon's
 * paragraph (a list after a blank line is a block of its own).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Range } from '../../prepare/range.js';
import { tokenAt } from '../../prepare/lookup.js';
import { LIST_BULLETS } from '../../data/marks.js';

/**
 * The most items a list may have: a longer run of bulleted lines is no list
 * of what was said, and every cue and colon inside it would read the rest of
 * it again (a text of such lines grew with the square of its length).
 */
const MAX_ITEMS = 30;

/** True when token `k` is the first of its line: a line break stands between it and the token before. */
function opensLine(doc: Doc, k: number): boolean {
  if (k === 0) return true;
  const gap = doc.text.slice(tokenAt(doc, k - 1).end, tokenAt(doc, k).start);
  return gap.includes('\n') || gap.includes('\r');
}

/**
 * True when the line opening at token `k` goes on with the item of the line
 * before, wrapped: it opens with a lower-case word, and the line before ends
 * in no semicolon, comma or full stop (`- the bridge will close` + newline +
 * `in May;`).
 */
function wrappedItem(doc: Doc, k: number): boolean {
  return k > 0 && /^\p{Ll}/u.test(tokenAt(doc, k).value) && !/^[;,.]$/.test(tokenAt(doc, k - 1).value);
}

/**
 * The items of a list whose first bullet is token `p`, right after a colon,
 * as character ranges, one per line; null when `p` is no bullet opening a
 * line, or its item holds no words (a later item with no words ends the
 * list), or the list has more than {@link MAX_ITEMS} items. `limit` is the
 * paragraph's end (token index, exclusive).
 */
export function colonListItems(doc: Doc, p: number, limit: number): Range[] | null {
  const bullet = tokenAt(doc, p).value;
  if (!LIST_BULLETS.has(bullet) || !opensLine(doc, p) || p + 1 >= limit) return null;
  const items: Range[] = [];
  let k = p;
  while (k < limit && tokenAt(doc, k).value === bullet && opensLine(doc, k)) {
    const first = k + 1;
    let end = first;
    while (end < limit && (!opensLine(doc, end) || wrappedItem(doc, end))) end++;
    // (without the mark that ends the item: "close in May;", "the ferry.")
    let last = end;
    if (last > first && /^[;,.]$/.test(tokenAt(doc, last - 1).value)) last--;
    // (an item with no words ends the list: a bullet left alone on the last line)
    if (last <= first) return items.length > 0 ? items : null;
    if (items.length === MAX_ITEMS) return null;
    items.push({ start: tokenAt(doc, first).start, end: tokenAt(doc, last - 1).end });
    k = end;
  }
  return items;
}
