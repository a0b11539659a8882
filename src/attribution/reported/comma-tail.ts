/**
 * The tail of a sentence after a content's comma, as the opt-in rules that
 * carry a content on to its sentence's end read it: the comma must follow the
 * content right away (white space only between, outside quotation marks), and
 * the tail runs to the sentence's last word before its closing punctuation.
 * Read by `reported/evidence-tail.ts` (", while 41 percent opposed it") and
 * `reported/opt-in-noun-list.ts` (", radio spots and street posters").
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Range } from '../candidate.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { viewSlice } from '../../prepare/view.js';

/** Punctuation that closes a sentence and stays out of the content. */
const SENTENCE_CLOSERS = /^[.!?]$/;

/**
 * The comma right after `part` (white space only between, not inside
 * quotation marks) and the last token of its sentence before the closing
 * punctuation, or null when no such comma follows or fewer than two tokens
 * stand between the comma and that last token's end (`last > comma + 1`).
 *
 * @param doc - The prepared document.
 * @param part - The content part the tail would extend.
 * @param quoted - One byte per token, 1 inside quotation marks.
 */
export function commaTail(doc: Doc, part: Range, quoted: Readonly<Uint8Array>): { comma: number; last: number } | null {
  const comma = tokenAtOrAfter(doc, part.end);
  const t = tokenAt(doc, comma);
  if (t.value !== ',' || quoted[comma] || viewSlice(doc.view, part.end, t.start).trim() !== '') return null;
  const sentence = doc.sentences[t.sent]!;
  let last = sentence.last - 1;
  while (last > comma && SENTENCE_CLOSERS.test(tokenAt(doc, last).value)) last--;
  return last > comma + 1 ? { comma, last } : null;
}
