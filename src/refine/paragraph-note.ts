/**
 * Where a note in the publisher's voice lies in a paragraph (an editor's
 * note, a correction): the refiners that drop what such a note says share
 * this reading.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Range } from '../attribution/candidate.js';
import { viewSlice } from '../prepare/view.js';

/**
 * Where the note of paragraph `para` lies: from the first line `opening`
 * matches at (a multiline pattern anchored at a line's start) to the end of
 * the paragraph, or null when no line of the paragraph opens one. `seen`
 * keeps each paragraph's answer, so each paragraph is read once.
 */
export function paragraphNote(doc: Doc, para: number, opening: RegExp, seen: Map<number, Range | null>): Range | null {
  let note = seen.get(para);
  if (note === undefined) {
    note = null;
    const p = doc.paragraphs[para];
    const m = p === undefined ? null : opening.exec(viewSlice(doc.view, p.start, p.end));
    if (p !== undefined && m !== null) note = { start: p.start + m.index, end: p.end };
    seen.set(para, note);
  }
  return note;
}
