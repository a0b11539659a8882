/**
 * Small lookups over a prepared document.
 * @internal
 */
import type { Doc } from './document.js';

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
  return value.length === 1 && '"\u201C\u201D\u201E\u201F\u00AB\u00BB\'\u2018\u2019\u201A\u201B\u2039\u203A'.includes(value);
}
