/**
 * Where each capitalised word stands as the last word of a longer name: one
 * index per document, built once, for the rules that ask whether a lone
 * surname was named in full ("Ann Holt", "Ms. Holt") elsewhere in the text.
 * @internal
 */
import type { Doc, Token } from './document.js';
import { lowerBound, plainTokens, tokenAt, tokenCount } from './lookup.js';
import { startsUpper, startsUpperLower } from './case.js';

/** {@link surnameUses} by document. */
const SURNAME_USES = new WeakMap<Doc, ReadonlyMap<string, readonly number[]>>();

/**
 * The positions, in ascending order, of each capitalised word ("Holt", not
 * "HOLT") right after a capitalised proper noun of its sentence ("Ann Holt",
 * "Rep. Tom Gladly"), keyed by the word's text; the keys in the order of
 * their first use.
 */
export function surnameUses(doc: Doc): ReadonlyMap<string, readonly number[]> {
  let uses = SURNAME_USES.get(doc);
  if (uses === undefined) {
    const built = new Map<string, number[]>();
    const table = doc.table;
    const plain = plainTokens(doc);
    // (each token is read once: the one before is carried over, and only a proper noun's next token is read at all)
    let prev: Token | undefined;
    for (let k = 1, count = tokenCount(doc); k < count; k++) {
      // (a long text's word after no proper noun is passed over on the tag before it, without token objects)
      if (table !== undefined && table.posOf(k - 1) !== 'PROPN') {
        prev = undefined;
        continue;
      }
      if (prev === undefined || prev.i !== k - 1) prev = plain !== undefined ? plain[k - 1]! : tokenAt(doc, k - 1);
      if (prev.pos !== 'PROPN') {
        prev = undefined;
        continue;
      }
      const t = plain !== undefined ? plain[k]! : tokenAt(doc, k);
      const last = prev;
      prev = t;
      if (last.sent !== t.sent || !startsUpper(last.value) || !startsUpperLower(t.value)) continue;
      const at = built.get(t.value);
      if (at === undefined) built.set(t.value, [k]);
      else at.push(k);
    }
    uses = built;
    SURNAME_USES.set(doc, uses);
  }
  return uses;
}

/**
 * True when the word `value` stands as the last word of a longer name
 * ({@link surnameUses}) at a token before `before` and no more than `window`
 * tokens back: a binary search, not a scan back over the text.
 */
export function namedInFullBefore(doc: Doc, value: string, before: number, window: number): boolean {
  const at = surnameUses(doc).get(value);
  if (at === undefined) return false;
  const i = lowerBound(at, before, (k) => k) - 1;
  return i >= 0 && before - at[i]! <= window;
}
