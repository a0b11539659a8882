/**
 * Whether the line that ends before a token is a headline that no name runs
 * on from.
 * @internal
 */
import { TITLE_WORDS } from '../../data/titles.js';
import type { Doc } from '../../prepare/document.js';
import { tokenTitleKey } from './title-keys.js';
import { tokenAt } from '../../prepare/lookup.js';
import { viewSlice } from '../../prepare/view.js';

/** Words looked at, at most, on the line that ends before a token. */
const MAX_HEADLINE_TOKENS = 12;

/**
 * True when the line that ends right before token `k` cannot run on into it:
 * the line looks like a headline (its words, up to the last dozen, all
 * capitalised, and no full stop or comma at its end: "Budget Talks Stall"), it
 * ends on a word with a full stop that is no title ("the U.S."), or a
 * lower-case word ends it and a capitalised one starts the next ("the polls
 * \nReyes"). A line of running text cut by a hard wrap runs on ("Mayor
 * Ann\nReyes", "the chief financial\nofficer").
 */
export function lineEndsAt(doc: Doc, k: number): boolean {
  const end = tokenAt(doc, k - 1);
  if (end.value === ',') return false;
  if (/\.$/.test(end.value)) return end.value !== '.' && !TITLE_WORDS.has(tokenTitleKey(end));
  if (/^\p{Ll}/u.test(end.value)) return /^\p{Lu}/u.test(tokenAt(doc, k).value);
  for (let j = k - 1; j >= Math.max(0, k - MAX_HEADLINE_TOKENS); j--) {
    const t = tokenAt(doc, j);
    if (/^\p{Ll}/u.test(t.value)) return false;
    if (j === 0 || /[\n\r]/.test(viewSlice(doc.view, tokenAt(doc, j - 1).end, t.start))) return true;
  }
  return true;
}
