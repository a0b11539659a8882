/**
 * Builds the "view" of the input: what the later stages read, as long as the input, in which
 * HTML character references are replaced by the character they stand for
 * (padded with spaces; quotation marks, dashes, a few common names and every
 * numeric reference), odd whitespace is made plain (so are emoji and a soft
 * hyphen outside a word), a Latin letter with a diacritic past Latin-1
 * shows as its base letter (wink cuts "Dragović" into "Dragovi" and "ć"; see
 * {@link foldedLetter}), and very long runs of
 * non-space characters are broken up so that the tokenizer stays linear.
 * Every later stage reads the view; offsets into it are offsets into the input.
 *
 * The view is never a copy of the input (a long text's copy costs memory that
 * the engine then lets grow fourfold): it is the input plus a sorted list of
 * patches, each as long as what it replaces, and it is read through
 * {@link viewSlice}, {@link viewChar}, {@link viewCode} and the other readers
 * here, which show every odd space as a plain space.
 * @internal
 */

/**
 * The view of a text: the input and the patches that replace parts of it
 * (decoded references, blanked emoji, broken-up runs). Odd spaces are no
 * patches: the readers show them as plain spaces.
 * @internal
 */
export interface View {
  /** The input. */
  readonly text: string;
  /** Length of the view: that of the input. */
  readonly length: number;
  /** Offset in the input of each patch, ascending; empty when the view changes odd spaces only. */
  readonly starts: readonly number[];
  /** What each patch shows: as long as what it replaces, never a line break nor an odd space. */
  readonly patches: readonly string[];
  /** False when no character of the input outside the patches is an odd space ({@link isOddSpace}): a slice of a view without a patch is then the input's own. */
  readonly oddSpaces: boolean;
}

/** The view of `text` without a patch: `text` itself, odd spaces read as plain spaces. */
export function unpatchedView(text: string): View {
  return { text, length: text.length, starts: [], patches: [], oddSpaces: true };
}

/** Index of the last patch of `view` that starts at or before `at`, or -1. */
function patchBefore(view: View, at: number): number {
  const starts = view.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The patch character shown at `at`, or undefined when no patch covers `at`. */
function patchedChar(view: View, at: number): string | undefined {
  const i = patchBefore(view, at);
  if (i < 0) return undefined;
  const offset = at - view.starts[i]!;
  const patch = view.patches[i]!;
  return offset < patch.length ? patch[offset] : undefined;
}

/** Longest run of non-space characters handed to the tokenizer unbroken. */
const MAX_RUN = 120;

/**
 * HTML references that stand for quotation marks or apostrophes. A Map, not an
 * object literal: `&valueOf;` or `&toString;` must not find Object.prototype.
 */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['quot', '"'],
  ['ldquo', '\u201C'],
  ['rdquo', '\u201D'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['bdquo', '\u201E'],
  ['sbquo', '\u201A'],
  ['laquo', '\u00AB'],
  ['raquo', '\u00BB'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['mdash', '\u2014'],
  ['ndash', '\u2013'],
  ['amp', '&'],
  ['hellip', '\u2026'],
  ['lt', '<'],
  ['gt', '>'],
  ['eacute', '\u00E9'],
  ['copy', '\u00A9'],
]);

const QUOTE_CODES = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019, 0x201e, 0x201a, 0xab, 0xbb, 0xa0, 0x2014, 0x2013, 0x26]);

/**
 * Characters the tokenizer mishandles, seen as a plain space: odd white space,
 * the tab (wink makes it a token of its own, which the tagger reads as a word
 * of the sentence: "Dunning\tsaid" and "further strong\taftershocks" were
 * tagged as no text with a space is), the control characters other than the
 * line breaks (a NUL or an
 * escape glued to a quotation mark would make it a word's), and the invisible
 * direction marks of right-to-left text (U+200E, U+200F, U+202A to U+202E,
 * U+2066 to U+2069). Not the C1 controls but U+0085: they turn up inside the
 * words of mis-decoded text.
 */
export function isOddSpace(code: number): boolean {
  // (printable ASCII is never one: most characters stop here)
  if (code < 0x20) return code !== 0x0a && code !== 0x0d;
  if (code < 0x7f) return false;
  return (
    code === 0x7f || code === 0x85 || code === 0xa0 || code === 0xfeff || code === 0x2028 ||
    code === 0x2029 || code === 0x1680 || (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202f) || code === 0x205f || code === 0x3000 ||
    code === 0x2060 || (code >= 0x2066 && code <= 0x2069)
  );
}

/** Every character {@link isOddSpace} is true for, as a character class's body (keep the two in step). */
const ODD_SPACE_CLASS =
  '\\x00-\\x09\\v\\f\\x0e-\\x1f\\x7f\\x85\\xa0\\u1680\\u2000-\\u200f\\u2028-\\u202f\\u205f\\u2060\\u2066-\\u2069\\u3000\\ufeff';
const ODD_SPACES = new RegExp(`[${ODD_SPACE_CLASS}]`, 'g');

/**
 * A new global pattern for the runs of what the view shows as non-space: `\S`
 * alone would take the odd spaces that `\s` lacks (U+0085, U+200B to U+200D,
 * U+2060) as words.
 */
export function viewWordRuns(): RegExp {
  return new RegExp(`[^\\s${ODD_SPACE_CLASS}]+`, 'g');
}

/** `String.prototype.slice`'s reading of a slice bound into [0, `length`]. */
function sliceBound(at: number | undefined, length: number, otherwise: number): number {
  if (at === undefined) return otherwise;
  const n = Math.trunc(at) || 0;
  return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}

/** `view.slice(start, end)` with every odd space read as a plain space. */
export function viewSlice(view: View, start: number, end?: number): string {
  const text = view.text;
  // (no patch and no odd space, as almost always: the slice itself)
  if (view.starts.length === 0) return view.oddSpaces ? text.slice(start, end).replace(ODD_SPACES, ' ') : text.slice(start, end);
  const s = sliceBound(start, text.length, 0);
  const e = sliceBound(end, text.length, text.length);
  if (s >= e) return '';
  const { starts, patches } = view;
  // the first patch that ends after s
  let i = patchBefore(view, s);
  if (i < 0 || s >= starts[i]! + patches[i]!.length) i++;
  let out = '';
  let at = s;
  for (; i < starts.length && starts[i]! < e; i++) {
    const from = starts[i]!;
    const patch = patches[i]!;
    if (from > at) out += text.slice(at, from);
    const to = Math.min(e, from + patch.length);
    out += patch.slice(Math.max(at, from) - from, to - from);
    at = to;
  }
  if (at < e) out += text.slice(at, e);
  // (a patch holds no odd space)
  return out.replace(ODD_SPACES, ' ');
}

/**
 * `view.slice(start, end)` as a copied view used to read: with odd spaces as
 * plain spaces when the view has a patch, else the input's own characters.
 */
export function viewSliceAsStored(view: View, start: number, end?: number): string {
  return view.starts.length === 0 ? view.text.slice(start, end) : viewSlice(view, start, end);
}

/** `view[at]` with an odd space read as a plain space. */
export function viewChar(view: View, at: number): string | undefined {
  if (view.starts.length !== 0) {
    const patched = patchedChar(view, at);
    if (patched !== undefined) return patched;
  }
  const char = view.text[at];
  return char !== undefined && isOddSpace(char.charCodeAt(0)) ? ' ' : char;
}

/** `view.charCodeAt(at)` with an odd space read as a plain space (NaN outside the view). */
export function viewCode(view: View, at: number): number {
  if (view.starts.length !== 0) {
    const patched = patchedChar(view, at);
    if (patched !== undefined) return patched.charCodeAt(0);
  }
  const code = view.text.charCodeAt(at);
  return isOddSpace(code) ? 0x20 : code;
}

/**
 * Offset of the first line feed of `view` at or after `from`, or -1: that of
 * the input, since a patch neither covers nor shows one.
 */
export function viewLineFeed(view: View, from: number): number {
  return view.text.indexOf('\n', from);
}

/** Longest slice of a patched view {@link viewWordRunsIn} reads at first. */
const WORD_WINDOW = 1024;

/**
 * Calls `each` with the offset and text of every run of what the view shows
 * as non-space (see {@link viewWordRuns}) that starts in [`start`, `end`), in
 * order, the last one cut at `end`, until `each` returns false. A patched view
 * is read in slices that grow only for a run longer than one.
 */
export function viewWordRunsIn(view: View, start: number, end: number, each: (at: number, run: string) => boolean): void {
  const run = viewWordRuns();
  if (view.starts.length === 0) {
    run.lastIndex = start;
    for (let m = run.exec(view.text); m !== null && m.index < end; m = run.exec(view.text)) {
      if (!each(m.index, m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0])) return;
    }
    return;
  }
  let from = start;
  let size = WORD_WINDOW;
  while (from < end) {
    const stop = Math.min(end, from + size);
    const chunk = viewSlice(view, from, stop);
    let next = stop;
    run.lastIndex = 0;
    for (let m = run.exec(chunk); m !== null; m = run.exec(chunk)) {
      // a run that reaches the slice's end may go on past it: read it again in the next slice
      if (stop < end && m.index + m[0].length === chunk.length) {
        next = from + m.index;
        break;
      }
      if (!each(from + m.index, m[0])) return;
    }
    if (next === from) size *= 2;
    else size = WORD_WINDOW;
    from = next;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const LETTER = /\p{L}/u;

/** Whether `text[at]` stands between two letters (a soft hyphen there is a word's). */
function betweenLetters(text: string, at: number): boolean {
  return at > 0 && LETTER.test(text[at - 1]!) && at + 1 < text.length && LETTER.test(text[at + 1]!);
}

/**
 * Emoji and their joiners: pictographs from U+2190 on (not the ©, ® and ™
 * below), skin-tone modifiers, flag letters, and variation selectors.
 */
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\uFE0E\uFE0F])$/u;

/** Length in code units of the emoji character at `at` (whose code is at least U+2190), or 0. */
function pictographLength(text: string, at: number): number {
  const cp = text.codePointAt(at)!;
  const inRange =
    (cp >= 0x2190 && cp <= 0x2bff) || cp === 0xfe0e || cp === 0xfe0f || (cp >= 0x1f000 && cp <= 0x1faff);
  if (!inRange) return 0;
  const char = String.fromCodePoint(cp);
  return PICTOGRAPH.test(char) ? char.length : 0;
}

/**
 * Length in code units of what the view blanks at `at` (whose code is
 * `code`): 1 for a soft hyphen outside a word, an emoji's length, else 0.
 */
function blankedLength(text: string, at: number, code: number): number {
  if (code === 0xad) return betweenLetters(text, at) ? 0 : 1;
  return code >= 0x2190 ? pictographLength(text, at) : 0;
}

/** Decodes the HTML reference starting at `at` (which holds `&`), or returns null. */
function decodeReference(text: string, at: number): { char: string; length: number } | null {
  // look at most 9 characters ahead: an unbounded search would make a text of
  // many '&' without ';' quadratic
  let semi = -1;
  for (let j = at + 1, stop = Math.min(text.length, at + 10); j < stop; j++) {
    if (text.charCodeAt(j) === 0x3b /* ; */) {
      semi = j;
      break;
    }
  }
  if (semi < 0) return null;
  const body = text.slice(at + 1, semi);
  let char: string | undefined;
  if (body.charCodeAt(0) === 0x23 /* # */) {
    const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
    const digits = hex ? body.slice(2) : body.slice(1);
    if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
    const code = parseInt(digits, hex ? 16 : 10);
    // any other character stands as itself (`&#233;` reads é), a control character or a lone surrogate as a space
    if (QUOTE_CODES.has(code)) char = code === 0xa0 ? ' ' : String.fromCharCode(code);
    else if (code > 0x10ffff || code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || isOddSpace(code)) char = ' ';
    else char = String.fromCodePoint(code);
  } else {
    char = NAMED.get(body);
  }
  return char === undefined ? null : { char, length: semi - at + 1 };
}

/**
 * Length in the input of the HTML reference at `at` that the view shows as one
 * character followed by spaces; 1 when there is none.
 */
export function referenceLength(text: string, at: number): number {
  return decodeReference(text, at)?.length ?? 1;
}

/**
 * Where a token that ends at `end` really ends: the end of the HTML reference
 * it stops inside (`Caf&eacute;` reads `Café` padded with spaces), else `end`.
 */
export function endOutsideReference(text: string, view: View, end: number): number {
  // inside a reference the view holds padding where the input holds no blank
  if (end >= text.length || viewCode(view, end) !== 0x20 || text.charCodeAt(end) === 0x20) return end;
  for (let j = end - 1; j >= Math.max(0, end - 10); j--) {
    if (text.charCodeAt(j) !== 0x26 /* & */) continue;
    const length = referenceLength(text, j);
    return j + length > end ? j + length : end;
  }
  return end;
}

/** The first and last code of the two blocks of Latin letters that {@link foldedLetter} folds. */
const FOLD_BLOCKS: readonly (readonly [number, number])[] = [
  [0x100, 0x24f],
  [0x1e00, 0x1eff],
];

/** Letters of {@link FOLD_BLOCKS} whose canonical decomposition holds no ASCII base letter. */
const FOLD_EXTRA: ReadonlyMap<string, string> = new Map([
  ['\u0141', 'L'], ['\u0142', 'l'], ['\u0110', 'D'], ['\u0111', 'd'], ['\u0126', 'H'], ['\u0127', 'h'],
  ['\u0131', 'i'], ['\u0166', 'T'], ['\u0167', 't'], ['\u013F', 'L'], ['\u0140', 'l'], ['\u014A', 'N'],
  ['\u014B', 'n'], ['\u017F', 's'], ['\u0180', 'b'], ['\u0191', 'F'], ['\u0192', 'f'], ['\u0197', 'I'],
  ['\u01B5', 'Z'], ['\u01B6', 'z'], ['\u0246', 'E'], ['\u0247', 'e'],
]);

/** By code of {@link FOLD_BLOCKS}: the base letter, or '' when none; made at the first fold. */
let foldTable: Map<number, string> | undefined;

/**
 * The ASCII base letter the view shows for the Latin letter `code` past
 * Latin-1 ("c" for "ć", "L" for "Ł", "e" for "ễ"), or undefined for any
 * other character. wink's tokenizer takes only ASCII and Latin-1 letters for
 * a word's: it cuts "Dragović" into "Dragovi" and "ć", "Łukasz" into "Ł" and
 * "ukasz", and tags the pieces as it may. The base letter is one UTF-16 unit
 * like the letter, so offsets hold; a token's value keeps the input's letter
 * (see {@link unfoldLetters}).
 */
export function foldedLetter(code: number): string | undefined {
  if (code < 0x100 || code > 0x1eff || (code > 0x24f && code < 0x1e00)) return undefined;
  if (foldTable === undefined) {
    foldTable = new Map();
    for (const [first, last] of FOLD_BLOCKS) {
      for (let c = first; c <= last; c++) {
        const ch = String.fromCharCode(c);
        const base = FOLD_EXTRA.get(ch) ?? ch.normalize('NFD').charAt(0);
        foldTable.set(c, /^[A-Za-z]$/.test(base) ? base : '');
      }
    }
  }
  const base = foldTable.get(code);
  return base === undefined || base === '' ? undefined : base;
}

/**
 * `shown`, a token's value as the view shows it from `start` in the input,
 * with every letter the view folded ({@link foldedLetter}) given back as the
 * input holds it: "Dragović", not "Dragovic".
 */
export function unfoldLetters(view: View, start: number, shown: string): string {
  if (view.starts.length === 0) return shown;
  let j = 0;
  while (j < shown.length && view.text.charCodeAt(start + j) < 0x100) j++;
  if (j === shown.length) return shown;
  let out = shown.slice(0, j);
  for (; j < shown.length; j++) {
    const code = view.text.charCodeAt(start + j);
    const ch = shown[j]!;
    out += code >= 0x100 && foldedLetter(code) === ch ? view.text[start + j]! : ch;
  }
  return out;
}

/** What {@link buildView} has found so far. */
interface ViewBuild {
  readonly starts: number[];
  readonly patches: string[];
  /** Characters since the last blank, as {@link MAX_RUN} counts them. */
  run: number;
  oddSpaces: boolean;
}

/** How many characters {@link viewChunk} reads in one call. */
const VIEW_CHUNK = 2048;

/**
 * Reads `text` from `from` up to `to` (or a little past it, at the end of a
 * patch) into `b`; returns where the next chunk starts. The loop of
 * {@link buildView}, read a chunk per call so that V8 optimises it as a
 * function called often rather than on-stack in one long loop; every
 * character but a blank or a plain ASCII one within a run is handled by
 * {@link viewCharAt} (speed round 73).
 */
function viewChunk(text: string, from: number, to: number, b: ViewBuild): number {
  let run = b.run;
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d) {
      run = 0;
      continue;
    }
    // (printable ASCII but '&', in a run not yet too long: as almost always)
    if (code > 0x20 && code < 0x7f && code !== 0x26 && run < MAX_RUN) {
      run++;
      continue;
    }
    b.run = run;
    i = viewCharAt(text, i, code, b);
    run = b.run;
  }
  b.run = run;
  return i;
}

/**
 * What the view shows for the character `code` at `i` of `text`, one that
 * {@link viewChunk} passes on: patches added to `b`; returns the offset of
 * the last character taken (`i`, or the end of a reference, emoji or pair).
 */
function viewCharAt(text: string, i: number, code: number, b: ViewBuild): number {
  if (code === 0x26 /* & */) {
    const ref = decodeReference(text, i);
    if (ref) {
      b.starts.push(i);
      b.patches.push(ref.char + ' '.repeat(ref.length - ref.char.length));
      b.run = 0;
      return i + ref.length - 1;
    }
  }
  if (isOddSpace(code)) {
    // (no patch: the readers show it as a plain space)
    b.oddSpaces = true;
    b.run = 0;
    return i;
  }
  // a soft hyphen outside a word, or an emoji: glued to a quotation mark,
  // either would make the mark a word's (the quote then reads as mixed)
  const blank = code === 0xad || code >= 0x2190 ? blankedLength(text, i, code) : 0;
  if (blank > 0) {
    b.starts.push(i);
    b.patches.push(' '.repeat(blank));
    b.run = 0;
    return i + blank - 1;
  }
  if (++b.run <= MAX_RUN) {
    // a Latin letter past Latin-1 ("ć", "Ł", "ễ"): its base letter, which wink keeps inside the word
    if (code >= 0x100) {
      const base = foldedLetter(code);
      if (base !== undefined) {
        b.starts.push(i);
        b.patches.push(base);
      }
    }
    return i;
  }
  // never break between the two halves of a surrogate pair: a pair goes
  // blank as a whole, and the break waits past a low half
  const pair = isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
  if (pair) {
    b.starts.push(i);
    b.patches.push('  ');
    b.run = 0;
    return i + 1;
  }
  if (!(isLowSurrogate(code) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) {
    b.starts.push(i);
    b.patches.push(' ');
    b.run = 0;
  }
  return i;
}

/**
 * Returns the view of `text`: `text` itself with the patches the later
 * stages read (read it through {@link viewSlice}, {@link viewChar} and
 * {@link viewCode}).
 */
export function buildView(text: string): View {
  const b: ViewBuild = { starts: [], patches: [], run: 0, oddSpaces: false };
  for (let i = 0; i < text.length; ) i = viewChunk(text, i, Math.min(text.length, i + VIEW_CHUNK), b);
  return { text, length: text.length, starts: b.starts, patches: b.patches, oddSpaces: b.oddSpaces };
}
