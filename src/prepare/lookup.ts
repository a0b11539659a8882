/**
 * Small lookups over a prepared document.
 * @internal
 */
import type { Doc, Segment, Token } from './document.js';
import { isOddSpace, viewChar, viewSlice } from './view.js';
import { DASHES } from '../data/marks.js';
import { STAMP_MERIDIEMS, TIME_ZONES } from '../data/time.js';

/**
 * Adds `items` to the end of `list`, one push each. `list.push(...items)`
 * passes every item as an argument, on the stack: a long text's hundreds of
 * thousands of quotes or stretches overflowed it.
 */
export function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/** Index of the first item whose key is at least `value`, in items sorted by key; items.length if none. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  // (its own loop: a closure over `items` for lowerIndex was one allocation per search)
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index from 0 to `count` whose key (`keyAt`, ascending) is at least `value`; `count` when none is. */
export function lowerIndex(count: number, value: number, keyAt: (index: number) => number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The token that stands for "no token": what {@link tokenAt} and
 * {@link tokenIn} return for an index outside their bounds. Its value, lemma
 * and part of speech are empty, so no word test matches it, and its sentence
 * and paragraph are -1, so it belongs to none.
 */
export const NO_TOKEN: Token = Object.freeze({ i: -1, start: 0, end: 0, value: '', lower: '', lemma: '', pos: '', negated: false, sent: -1, para: -1 });

/**
 * Token `k` of the document, or {@link NO_TOKEN} when `k` is out of range.
 * Rules read tokens only through this accessor (or {@link tokenIn}): a read one
 * past the end of the text can then never throw.
 */
export function tokenAt(doc: Doc, k: number): Token {
  const table = doc.table;
  // (a long text's token is made from its table here, without the list's property look-up)
  if (table !== undefined) return table.at(k) ?? NO_TOKEN;
  return doc.tokens[k] ?? NO_TOKEN;
}

/**
 * The document's token list when it holds plain token objects (a text under
 * `COMPACT_CHARS`), else undefined (a long text's list makes each token when
 * it is read). A loop over every token of the document reads `plain[k]` when
 * this is defined and {@link tokenAt} otherwise, without asking for the
 * table on every token.
 */
export function plainTokens(doc: Doc): readonly Token[] | undefined {
  return doc.table === undefined ? doc.tokens : undefined;
}

/**
 * Token `k` of the document, or undefined when `k` is out of range: what
 * `doc.tokens[k]` gives, but a long text's token is made from its table
 * without the list's property look-up (hot rules read tokens this way).
 */
export function maybeToken(doc: Doc, k: number): Token | undefined {
  const table = doc.table;
  return table !== undefined ? table.at(k) : doc.tokens[k];
}

/** Number of tokens of the document: `doc.tokens.length`, without the list's property look-up on a long text. */
export function tokenCount(doc: Doc): number {
  const table = doc.table;
  return table !== undefined ? table.length : doc.tokens.length;
}

/**
 * Token `k` when it lies inside `segment` (a sentence or a paragraph), otherwise
 * {@link NO_TOKEN}: a read past the end of a sentence neither throws nor sees
 * the next sentence's or paragraph's first word.
 */
export function tokenIn(doc: Doc, segment: Segment, k: number): Token {
  if (!(k >= segment.first && k < segment.last)) return NO_TOKEN;
  const table = doc.table;
  return table !== undefined ? table.at(k) ?? NO_TOKEN : doc.tokens[k]!;
}

/** Index of the first token that ends after `offset` (the token at or after it); tokens.length if none. */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  const table = doc.table;
  if (table === undefined) {
    // (the search written out: no closure per call on the articles' path)
    const tokens = doc.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.end < offset + 1) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  return lowerIndex(table.length, offset + 1, (k) => table.endOf(k));
}

/**
 * True when the token has the form of a regular past: it ends in "-ed" and
 * differs from its lemma ("called", "proposed"; not "need", "seed", nor an
 * irregular "told").
 */
export function isRegularPast(t: Token): boolean {
  return /ed$/.test(t.lower) && t.lemma !== t.lower;
}

/** True when tokens [from, to) are all adverbs (true when `from` equals `to`): "said | openly | that". */
export function onlyAdverbs(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokenAt(doc, k).pos !== 'ADV') return false;
  return true;
}

/**
 * True when a verb or an auxiliary (by part of speech) stands among tokens
 * [`from`, `to`): the plain "is there a verb between" test the rules share
 * ("a spokesman for the party" has none, "the party said" has one). Rules that
 * need more (stop at a quotation mark, read a misread noun as a verb, skip
 * participles in -ing) keep a check of their own and say why.
 */
export function hasVerbBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = tokenAt(doc, k).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** True when the token is a quotation mark (by character), or the two-character marks '' and ``. */
export function isMarkToken(value: string): boolean {
  if (value.length !== 1) return value === "''" || value === '``';
  // (by code, no search of a string of marks per token: " ' \u00AB \u00BB, \u2018 to \u201F, \u2039 \u203A and \u2033)
  const c = value.charCodeAt(0);
  if (c < 0x80) return c === 0x22 || c === 0x27;
  return c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a || c === 0x2033;
}

/**
 * True when the input holds white space at `offset` (an odd space such as a
 * no-break or zero-width space included). Unlike a test on the view, this is
 * false for the spaces that pad a decoded HTML reference (`&rdquo;`) or break
 * a very long run, so trimming with it never cuts into a reference.
 */
export function isBlankAt(doc: Doc, offset: number): boolean {
  const code = doc.text.charCodeAt(offset);
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || isOddSpace(code);
}

/**
 * True when token `t` is a dash that sets off a phrase: a dash mark, or a
 * hyphen with white space before it ("The photo surfaced - some say ...";
 * "Mar-a-Lago" and "by-now-familiar" hold none).
 */
export function isSpacedDash(doc: Doc, t: Token): boolean {
  if (!DASHES.has(t.value)) return false;
  return t.value !== '-' || /\s/.test(viewChar(doc.view, t.start - 1) ?? '');
}

/** A clock time written with a colon or a full stop: "14:32", "9.05". */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/;

/**
 * True when the token at `k` is a clock time that opens its line (the text's
 * start or a line break before it): a live blog's time stamp ("14:32 The
 * minister has just said ...").
 */
export function lineTimestamp(doc: Doc, k: number): boolean {
  if (!CLOCK_TIME.test(tokenAt(doc, k).value)) return false;
  return k === 0 || /[\n\r]/.test(viewSlice(doc.view, tokenAt(doc, k - 1).end, tokenAt(doc, k).start));
}

/**
 * How many tokens a live blog's time stamp at `k` takes ({@link lineTimestamp}),
 * with "am"/"pm" and a time zone in capitals after it ("16:30 GMT", "9:05 am",
 * "9:05 p.m. EST"; not a zone's letters before a word in lower case, "09:15 CT
 * scans"): 0 when there is none, else 1 to 3.
 */
export function timestampLength(doc: Doc, k: number): number {
  if (!lineTimestamp(doc, k)) return 0;
  const sent = tokenAt(doc, k).sent;
  let n = 1;
  const half = maybeToken(doc, k + n);
  if (half !== undefined && half.sent === sent && STAMP_MERIDIEMS.has(half.lower)) n++;
  const zone = maybeToken(doc, k + n);
  // (not before a word in lower case, which makes it the line's first word: "09:15 CT scans show ...")
  const after = maybeToken(doc, k + n + 1);
  const lowerAfter = after !== undefined && after.sent === sent && /^\p{Ll}/u.test(after.value);
  if (zone !== undefined && zone.sent === sent && TIME_ZONES.has(zone.value) && !lowerAfter) n++;
  return n;
}
