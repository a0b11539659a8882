/**
 * Small lookups over a prepared document.
 * @internal
 */
import type { Doc } from './document.js';
import { isOddSpace } from './view.js';

/** Index of the first item whose key is at least `value`, in items sorted by key; items.length if none. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that ends after `offset` (the token at or after it); tokens.length if none. */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  return lowerBound(doc.tokens, offset + 1, (t) => t.end);
}

/** True when the token is a quotation mark (by character), or the two-character marks '' and ``. */
export function isMarkToken(value: string): boolean {
  if (value === "''" || value === '``') return true;
  return value.length === 1 && '"\u201C\u201D\u201E\u201F\u00AB\u00BB\'\u2018\u2019\u201A\u201B\u2039\u203A\u2033'.includes(value);
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
