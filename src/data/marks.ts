/**
 * Quotation-mark characters and the words that an apostrophe may open.
 * @internal
 */

/** Which family a quotation mark belongs to: double marks pair with double, single with single. */
export type MarkFamily = 'double' | 'single';

/** What a mark can do by its shape alone. */
export type MarkShape = 'open' | 'close' | 'either';

/** Every quotation-mark character with its family and shape. */
export const MARKS: ReadonlyMap<string, { family: MarkFamily; shape: MarkShape }> = new Map([
  ['"', { family: 'double', shape: 'either' }],
  ['\u201C', { family: 'double', shape: 'either' }], // “ opens in English, closes after „
  ['\u201D', { family: 'double', shape: 'either' }], // ” closes, opens in some styles
  ['\u201E', { family: 'double', shape: 'open' }], // „
  ['\u201F', { family: 'double', shape: 'open' }], // ‟
  ['\u00AB', { family: 'double', shape: 'either' }], // « opens, or closes in » « style
  ['\u00BB', { family: 'double', shape: 'either' }], // »
  ['\u2033', { family: 'double', shape: 'either' }], // ″ (OCR)
  ["'", { family: 'single', shape: 'either' }],
  ['\u2018', { family: 'single', shape: 'either' }], // ‘
  ['\u2019', { family: 'single', shape: 'either' }], // ’
  ['\u201A', { family: 'single', shape: 'open' }], // ‚
  ['\u201B', { family: 'single', shape: 'open' }], // ‛
  ['\u2039', { family: 'single', shape: 'either' }], // ‹
  ['\u203A', { family: 'single', shape: 'either' }], // ›
]);

/** Double quotation marks as tokens: the double family of {@link MARKS} and the two-character marks '' and ``; never an apostrophe. */
export const DOUBLE_MARK_TOKENS: ReadonlySet<string> = new Set([
  ...[...MARKS].filter(([, m]) => m.family === 'double').map(([c]) => c),
  "''",
  '``',
]);

/**
 * Quotation-mark tokens that may close a quote: every mark of {@link MARKS} but
 * the ones that only open („, ‟, ‚, ‛), and the two-apostrophe
 * `''` (not the two backticks, which only open). Straight, curly, guillemet and low-high
 * styles alike: `"A," Lee said`, `«A,» Lee said`, `„A,“ Lee said`.
 */
export const CLOSING_MARK_TOKENS: ReadonlySet<string> = new Set([
  ...[...MARKS].filter(([, m]) => m.shape !== 'open').map(([c]) => c),
  "''",
]);

/** Guillemets that French typography sets off from the quoted words by a space: « Non » (single ones too: ‹ Non ›). */
export const FRENCH_SPACED: ReadonlySet<string> = new Set(['\u00AB', '\u00BB', '\u2039', '\u203A']);
/** The marks of {@link FRENCH_SPACED} that open: « and ‹. */
export const FRENCH_SPACED_OPENERS: ReadonlySet<string> = new Set(['\u00AB', '\u2039']);

/** Marks that, in English typography, only ever open a quotation. */
export const ENGLISH_OPENERS: ReadonlySet<string> = new Set(['\u201C', '\u2018', '\u201E', '\u201A', '\u201F', '\u201B']);
/** Marks that, in English typography, only ever close a quotation. */
export const ENGLISH_CLOSERS: ReadonlySet<string> = new Set(['\u201D', '\u2019']);

/**
 * Words that begin with an apostrophe standing for dropped letters
 * (`'tis`, `’em`, `’n’`), so the mark before them does not open a quote.
 */
export const APOSTROPHE_WORDS: ReadonlySet<string> = new Set([
  'tis', 'twas', 'em', 'n', 'cause', 'til', 'till', 'bout', 'round', 'nuff', 'ol', 'im', 'ello', 's', 'er', 'ere',
]);

/** Dash tokens that join name parts, set off an appositive or an aside. */
export const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '\u2015', '-', '--']);

/**
 * A token that closes a clause or phrase inside a sentence: a comma,
 * semicolon, colon, bracket, em or en dash, or a double hyphen.
 */
export const CLAUSE_BREAK = /^(?:[,;:()\u2014\u2013]|--)$/;

/** Sentence-final punctuation: full stop, exclamation and question marks, ellipsis. */
export const SENTENCE_END = new Set(['.', '!', '?', '\u2026']);

/**
 * {@link CLAUSE_BREAK} without the comma and the double hyphen: a semicolon,
 * colon, bracket, or em or en dash, one character. Used where a comma does
 * not end the phrase read (a source named after a comma, a list of outcomes),
 * and the double hyphen is tested apart or not at all.
 */
export const HARD_CLAUSE_BREAK = /^[;:()\u2014\u2013]$/;

/**
 * Punctuation after a quotation that ends a quoted object (`called him
 * "weak" — a charge ...`): a comma, semicolon, opening bracket, em or en dash,
 * horizontal bar or double hyphen. Unlike {@link CLAUSE_BREAK}: no colon and
 * no closing bracket, and the horizontal bar counts.
 */
export const OBJECT_BREAKS: ReadonlySet<string> = new Set([',', ';', '(', '\u2014', '\u2013', '\u2015', '--']);

/**
 * Punctuation that ends the narrator's words after a quoted object:
 * {@link OBJECT_BREAKS} and a single hyphen (which the reader only takes
 * when spaced, as a dash).
 */
export const TAIL_BREAKS: ReadonlySet<string> = new Set([...OBJECT_BREAKS, '-']);

/**
 * Punctuation that ends reported content without belonging to it ("said the
 * plan would fail —"): {@link SENTENCE_END}, a comma, semicolon, em or en
 * dash, horizontal bar or double hyphen. Unlike {@link OBJECT_BREAKS}: no
 * bracket, and sentence-final marks count.
 */
export const CONTENT_TRAILING_MARKS: ReadonlySet<string> = new Set([...SENTENCE_END, ',', ';', '\u2014', '\u2013', '\u2015', '--']);

/**
 * One punctuation mark that ends a source's phrase after its cue: a comma,
 * full stop, semicolon, colon, exclamation or question mark, bracket, or em
 * or en dash ("according to the county clerk, ...";
 * `reported/pronoun-according.ts`, `reported/source-phrase.ts`).
 */
export const PHRASE_END_MARK = /^[,.;:!?()\u2014\u2013]$/;

/**
 * Marks that open an item of a list set out in lines (`- the bridge will
 * close`, `• buses will run`): hyphen, bullet, asterisk, en and em dash,
 * middle dot (`reported/colon-list.ts`).
 */
export const LIST_BULLETS: ReadonlySet<string> = new Set(['-', '\u2022', '*', '\u2013', '\u2014', '\u00B7']);
