/**
 * Splits the view into paragraphs. A paragraph break is a line that holds
 * nothing but white space (`\n\n`, `\r\n\r\n`, `\n \n`, `\r\r`, three newlines),
 * or a U+2029 paragraph separator. Single line breaks stay inside a paragraph,
 * except before a line that opens with a speaker's label in capitals and a
 * colon (`HALE: We will win.`, `Q: Will you run?`): each turn of a transcript
 * or an interview is a paragraph of its own; so is a line that opens with a
 * label in title case (`Reporter: What now?`) after a paragraph that opened
 * with a label, and an interview's `Q. ` line (with `A. ` after it).
 * @internal
 */
import { isOddSpace, viewCode, viewSlice, viewSliceAsStored, type View } from './view.js';

/** A paragraph as a half-open character range, trimmed of surrounding white space. */
export interface ParagraphRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A speaker's label in capitals at the start of a line, of up to four words,
 * then a colon and a space: `HALE: `, `Q: `, `SEN. ANN HALE: `.
 */
const TURN_LABEL = /^[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}: /;
/**
 * A speaker's label in title case at the start of a line, of up to three
 * words, then a colon and a space: `Reporter: `, `Mayor Reyes: `. It opens a
 * turn of its own only after a paragraph that opened with a label too (a
 * transcript's lines), not in running text.
 */
const TITLE_TURN_LABEL = /^[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?){0,2}: /;
/**
 * An interview's letter with a full stop instead of a colon, `Q. ` or `A. `:
 * a line opening with `Q. ` starts a turn of its own, and so does one opening
 * with `A. ` right after a paragraph that opened with `Q. ` or `A. ` (a lone
 * initial such as `A. Lee` in running text stays inside its paragraph).
 */
const DOTTED_QUESTION = /^Q\. /;
/** Either letter of an interview with a full stop, `Q. ` or `A. ` (see {@link DOTTED_QUESTION}). */
const DOTTED_TURN = /^[QA]\. /;
/** A line opening with an interview's question letter and a colon, `Q: `, which may hold the answer too. */
const INLINE_QUESTION = /^Q: /;
/**
 * The next turn inside such a line: a question mark (for the answer) or a
 * full stop, question or exclamation mark (for the next question), any
 * closing quotation mark (“ of German „…“ and guillemets either way included)
 * or bracket, a space and `A: ` or `Q: `.
 */
const INLINE_TURN = /[?.!]["'\u201C\u201D\u2019\u00AB\u00BB\u2039\u203A)]* +([QA]): /g;

/**
 * Where the line `[first, last)` of `view`, an interview's `Q: ` line, breaks
 * into turns written on it: each turn's end and where the next one starts.
 * The first break must be an answer after a question mark (`? A: `), and the
 * letters must take turns; a line without one gives none.
 */
function inlineTurns(view: View, first: number, last: number): { end: number; next: number }[] {
  const out: { end: number; next: number }[] = [];
  const line = viewSliceAsStored(view, first, last);
  let want = 'A';
  for (const m of line.matchAll(INLINE_TURN)) {
    if (m[1] !== want || (want === 'A' && m[0][0] !== '?')) {
      if (out.length === 0) return out;
      continue;
    }
    const next = m.index + m[0].length - 3;
    let end = next;
    while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
    out.push({ end: first + end, next: first + next });
    want = want === 'A' ? 'Q' : 'A';
  }
  return out;
}

/** How many characters of a line the label test reads. */
const MAX_LABEL = 60;

function isSpace(code: number): boolean {
  // (as the view reads it: viewCode shows every odd space as 0x20)
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** True for white space in the caller's text, odd spaces (no-break, zero-width) included. */
function isBlank(code: number): boolean {
  return isSpace(code) || isOddSpace(code);
}

/** True when a paragraph's first characters `head` open with a speaker's label, in capitals or in title case. */
function opensWithLabel(head: string): boolean {
  return TURN_LABEL.test(head) || TITLE_TURN_LABEL.test(head);
}

/**
 * True when a line opening with a title-case label or `A. ` (`head`) starts a
 * turn after the paragraph that opens with `previous`: one that opened with a
 * label, for a label; one that opened with `Q. ` or `A. `, for `A. `.
 */
function opensTurnAfter(head: string, previous: string): boolean {
  return DOTTED_TURN.test(head) ? DOTTED_TURN.test(previous) : opensWithLabel(previous);
}

/** The quotation marks a continued quotation's line opens with: straight, curly, guillemet. */
const OPENING_MARKS: ReadonlySet<number> = new Set([0x22, 0x201c, 0xab]);

/**
 * The quotation marks of a paragraph counted so far, each kind of mark
 * apart: straight double marks, curly opening less closing, guillemets
 * opening less closing. Counted once per character as lines are read, so a
 * quotation opened in a line before the last one (a hard-wrapped paragraph:
 * `"We will hold the line\nalong the river.\n"We will not move."`) is still
 * open where the next line opens with a mark.
 */
interface MarkCount {
  /** Where counting starts again (the paragraph's start) and how far it has read. */
  from: number;
  upTo: number;
  straight: number;
  curly: number;
  guillemets: number;
}

/**
 * True when the paragraph from `from` to `end` leaves open a quotation of
 * the kind the next line opens with (`mark`, its first character): an odd
 * number of straight double marks before a straight mark, more opening than
 * closing curly marks before “, or guillemets before « (a closing mark with
 * none open before it counts for nothing). A quotation left
 * open with one kind of mark and a next line opening with another is no
 * continuation. `count` carries what was read before (one paragraph's marks
 * are read once, however many of its lines open with a mark).
 */
function leftOpen(view: View, count: MarkCount, from: number, end: number, mark: number): boolean {
  if (count.from !== from) {
    count.from = from;
    count.upTo = from;
    count.straight = 0;
    count.curly = 0;
    count.guillemets = 0;
  }
  for (; count.upTo < end; count.upTo++) {
    const code = viewCode(view, count.upTo);
    if (code === 0x22) count.straight++;
    else if (code === 0x201c) count.curly++;
    // (a closing mark with none open, a stray one, leaves nothing open: it hides no quotation opened after it)
    else if (code === 0x201d) count.curly = Math.max(0, count.curly - 1);
    else if (code === 0xab) count.guillemets++;
    else if (code === 0xbb) count.guillemets = Math.max(0, count.guillemets - 1);
  }
  return mark === 0x22 ? count.straight % 2 === 1 : mark === 0x201c ? count.curly > 0 : count.guillemets > 0;
}

/** Returns the non-empty paragraphs of `view` in order. */
export function splitParagraphs(view: View, original: string): ParagraphRange[] {
  const bounds = paragraphBounds(view, original);
  const out: ParagraphRange[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push({ start: bounds[k]!, end: bounds[k + 1]! });
  return out;
}

/** Where {@link paragraphBounds} stands: the bounds so far, the open paragraph, the last line with text. */
interface ParagraphBuild {
  out: Int32Array;
  count: number;
  /** Start and end of the open paragraph (start -1: none). */
  paraStart: number;
  paraEnd: number;
  /** Where the last line with text ends: a quotation the paragraph leaves open there goes on in a paragraph of its own. */
  lineLast: number;
  /** The open paragraph's quotation marks counted so far ({@link leftOpen}). */
  marks: MarkCount;
  /** First and end offset of the text on the line just read (-1: a blank line). */
  first: number;
  last: number;
}

/** Closes the open paragraph of `b`, if any. */
function flush(b: ParagraphBuild): void {
  if (b.paraStart >= 0) {
    if (b.count + 2 > b.out.length) {
      const grown = new Int32Array(b.out.length * 2);
      grown.set(b.out);
      b.out = grown;
    }
    b.out[b.count++] = b.paraStart;
    b.out[b.count++] = b.paraEnd;
  }
  b.paraStart = -1;
}

/**
 * Reads the line of `original` (a view without a patch, as almost always: the input's own characters, an odd
 * space blank either way) from `i` into `b.first` and `b.last`; returns the offset of its line break, or `len`.
 */
function plainLine(original: string, i: number, len: number, b: ParagraphBuild): number {
  let first = -1;
  let last = -1;
  let j = i;
  for (; j < len; j++) {
    const code = original.charCodeAt(j);
    if (code === 0x0a || code === 0x0d || code === 0x2029) break;
    if ((code > 0x20 && code < 0x7f) || !isBlank(code)) {
      if (first < 0) first = j;
      last = j + 1;
    }
  }
  b.first = first;
  b.last = last;
  return j;
}

/** {@link plainLine} for a view with patches. */
function patchedLine(view: View, original: string, i: number, len: number, b: ParagraphBuild): number {
  let first = -1;
  let last = -1;
  let j = i;
  for (; j < len; j++) {
    const code = viewCode(view, j);
    if (code === 0x0a || code === 0x0d || original.charCodeAt(j) === 0x2029) break;
    // a decoded reference is padded with spaces in the view (`&quot;` reads `"     `):
    // the padding is part of the text, so a paragraph never ends inside a reference
    // (viewCode shows an odd space as a plain one; the input's own character is tested too)
    if (!isBlank(code) || !isBlank(original.charCodeAt(j))) {
      if (first < 0) first = j;
      last = j + 1;
    }
  }
  b.first = first;
  b.last = last;
  return j;
}

/** Adds the line with text just read (`b.first` to `b.last`) to the paragraphs of `b`. */
function lineWithText(view: View, b: ParagraphBuild): void {
  const { first, last } = b;
  // a line that opens with a speaker's label in capitals starts a turn of its own: "HALE: ...", "Q: ..."
  // (so does one with a label in title case after a paragraph that opened with a label: "Reporter: ...")
  const head = viewSlice(view, first, Math.min(last, first + MAX_LABEL));
  if (b.paraStart >= 0 && (TURN_LABEL.test(head) || DOTTED_QUESTION.test(head) || ((TITLE_TURN_LABEL.test(head) || DOTTED_TURN.test(head)) && opensTurnAfter(head, viewSlice(view, b.paraStart, Math.min(b.paraEnd, b.paraStart + MAX_LABEL)))))) flush(b);
  // 'Lee said. "We warned them.\n"Nobody listened."': a line that opens with a quotation mark after lines whose
  // quotation is left open (in the last line, or in one before it when the paragraph is wrapped) continues the
  // quotation in a paragraph of its own (the newsroom's convention); a line of the mark alone, or of the mark and a
  // space, is no such opening (it is the closing mark wrapped: review read84)
  else if (b.paraStart >= 0 && OPENING_MARKS.has(head.charCodeAt(0)) && /^.\S/u.test(head) && leftOpen(view, b.marks, b.paraStart, b.lineLast, head.charCodeAt(0))) flush(b);
  if (b.paraStart < 0) b.paraStart = first;
  // an interview written on one line, "Q: Will you run? A: Not yet.": each turn is a paragraph of its own
  if (b.paraStart === first && INLINE_QUESTION.test(head)) inlineCuts(view, b);
  b.paraEnd = last;
  b.lineLast = last;
}

/** Cuts the line just read, an interview's `Q: ` line, into its turns ({@link inlineTurns}). */
function inlineCuts(view: View, b: ParagraphBuild): void {
  for (const cut of inlineTurns(view, b.first, b.last)) {
    b.paraEnd = cut.end;
    flush(b);
    b.paraStart = cut.next;
  }
}

/**
 * The paragraphs of {@link splitParagraphs} as numbers: the start and the end
 * of paragraph `p` at `2p` and `2p + 1`. A long text's paragraphs stay in
 * memory while the whole text is read (47,690 paragraphs in 10 MB of news):
 * a typed array keeps them off the JS heap, whose first full collection of a
 * call sets how far the heap may grow before the next one. Each step is a
 * function of its own, so that a branch V8 meets for the first time late
 * recompiles that step alone (speed round 73).
 */
export function paragraphBounds(view: View, original: string): Int32Array {
  const b: ParagraphBuild = { out: new Int32Array(64), count: 0, paraStart: -1, paraEnd: -1, lineLast: -1, marks: { from: -1, upTo: -1, straight: 0, curly: 0, guillemets: 0 }, first: -1, last: -1 };
  const len = view.length;
  const unpatched = view.starts.length === 0 && view.text === original;
  let i = 0;
  while (i < len) {
    const j = unpatched ? plainLine(original, i, len, b) : patchedLine(view, original, i, len, b);
    if (b.first >= 0) lineWithText(view, b);
    else flush(b);
    if (j < len && original.charCodeAt(j) === 0x2029) flush(b);
    i = j < len && original.charCodeAt(j) === 0x0d && original.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
  }
  flush(b);
  return b.out.subarray(0, b.count);
}
