/**
 * Builds the "view" of the input: a string of exactly the same length in which
 * HTML character references are replaced by the character they stand for
 * (padded with spaces; quotation marks, dashes, a few common names and every
 * numeric reference), odd whitespace is made plain (so are emoji and a soft
 * hyphen outside a word), and very long runs of
 * non-space characters are broken up so that the tokenizer stays linear.
 * Every later stage reads the view; offsets into it are offsets into the input.
 *
 * When odd whitespace is all that would change, the view is the input itself
 * (no copy: a long text's copy costs memory that the engine then lets grow
 * fourfold), odd spaces included, so the view is read through
 * {@link viewSlice}, {@link viewChar} and {@link viewCode}, which show every
 * odd space as a plain space. A built view holds no odd space at all, so for it
 * they read what plain indexing reads.
 * @internal
 */

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
 * the control characters other than the tab and the line breaks (a NUL or an
 * escape glued to a quotation mark would make it a word's), and the invisible
 * direction marks of right-to-left text (U+200E, U+200F, U+202A to U+202E,
 * U+2066 to U+2069). Not the C1 controls but U+0085: they turn up inside the
 * words of mis-decoded text.
 */
export function isOddSpace(code: number): boolean {
  // (printable ASCII is never one: most characters stop here)
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
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
  '\\x00-\\x08\\v\\f\\x0e-\\x1f\\x7f\\x85\\xa0\\u1680\\u2000-\\u200f\\u2028-\\u202f\\u205f\\u2060\\u2066-\\u2069\\u3000\\ufeff';
const ODD_SPACES = new RegExp(`[${ODD_SPACE_CLASS}]`, 'g');

/**
 * A new global pattern for the runs of what the view shows as non-space: `\S`
 * alone would take the odd spaces that `\s` lacks (U+0085, U+200B to U+200D,
 * U+2060) as words.
 */
export function viewWordRuns(): RegExp {
  return new RegExp(`[^\\s${ODD_SPACE_CLASS}]+`, 'g');
}

/** `view.slice(start, end)` with every odd space read as a plain space. */
export function viewSlice(view: string, start: number, end?: number): string {
  // (no match, as almost always: the slice itself comes back)
  return view.slice(start, end).replace(ODD_SPACES, ' ');
}

/** `view[at]` with an odd space read as a plain space. */
export function viewChar(view: string, at: number): string | undefined {
  const char = view[at];
  return char !== undefined && isOddSpace(char.charCodeAt(0)) ? ' ' : char;
}

/** `view.charCodeAt(at)` with an odd space read as a plain space (NaN outside the view). */
export function viewCode(view: string, at: number): number {
  const code = view.charCodeAt(at);
  return isOddSpace(code) ? 0x20 : code;
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
export function endOutsideReference(text: string, view: string, end: number): number {
  // inside a reference the view holds padding where the input holds no blank
  if (end >= text.length || viewCode(view, end) !== 0x20 || text.charCodeAt(end) === 0x20) return end;
  for (let j = end - 1; j >= Math.max(0, end - 10); j--) {
    if (text.charCodeAt(j) !== 0x26 /* & */) continue;
    const length = referenceLength(text, j);
    return j + length > end ? j + length : end;
  }
  return end;
}

/**
 * Returns a string of the same length as `text` that the later stages read:
 * `text` itself when it needs no change but odd spaces (read it through
 * {@link viewSlice}, {@link viewChar} and {@link viewCode}).
 */
export function buildView(text: string): string {
  const out: string[] = [];
  let copied = 0; // text[copied, i) still has to be copied to out
  let run = 0;
  // true while every change is an odd space made plain
  let spacesOnly = true;
  const replace = (at: number, length: number, by: string): void => {
    if (at > copied) out.push(text.slice(copied, at));
    out.push(by);
    copied = at + length;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      run = 0;
      continue;
    }
    if (code === 0x26 /* & */) {
      const ref = decodeReference(text, i);
      if (ref) {
        replace(i, ref.length, ref.char + ' '.repeat(ref.length - ref.char.length));
        spacesOnly = false;
        i += ref.length - 1;
        run = 0;
        continue;
      }
    }
    if (isOddSpace(code)) {
      replace(i, 1, ' ');
      run = 0;
      continue;
    }
    // a soft hyphen outside a word, or an emoji: glued to a quotation mark,
    // either would make the mark a word's (the quote then reads as mixed)
    const blank = code === 0xad || code >= 0x2190 ? blankedLength(text, i, code) : 0;
    if (blank > 0) {
      replace(i, blank, ' '.repeat(blank));
      spacesOnly = false;
      i += blank - 1;
      run = 0;
    } else if (++run > MAX_RUN) {
      // never break between the two halves of a surrogate pair: a pair goes
      // blank as a whole, and the break waits past a low half
      const pair = isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
      if (pair) {
        replace(i, 2, '  ');
        spacesOnly = false;
        i++;
        run = 0;
      } else if (!(isLowSurrogate(code) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) {
        replace(i, 1, ' ');
        spacesOnly = false;
        run = 0;
      }
    }
  }
  if (copied === 0 || spacesOnly) return text;
  if (copied < text.length) out.push(text.slice(copied));
  return out.join('');
}
