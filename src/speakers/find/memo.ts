/**
 * Speaker searches remembered by document, so that a rule asking again for
 * the same cue's speaker does not work it out again.
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';

/** Speaker searches remembered by document and by a key of the search's two token indexes (see {@link remembered}). */
export type MentionMemo = WeakMap<Doc, Map<number, Mention | null>>;

/**
 * The answer `find` gives for `a` and `b` in `doc`, worked out on the first
 * ask and a copy of it remembered in `memo`; a caller asking again gets a
 * fresh copy of that, as when it was found again (see {@link copyOf}). `a` and `b` are token
 * indexes (integers, `b` from -1 on), kept as one number: no key string and
 * no closure is made per ask.
 */
export function remembered(memo: MentionMemo, doc: Doc, a: number, b: number, find: (doc: Doc, a: number, b: number) => Mention | null): Mention | null;
/**
 * {@link remembered} for a search that takes one more argument, `context`,
 * passed on to `find` (the same on every ask: it is no part of the key).
 */
export function remembered<C>(memo: MentionMemo, doc: Doc, a: number, b: number, find: (doc: Doc, a: number, b: number, context: C) => Mention | null, context: C): Mention | null;
export function remembered<C>(memo: MentionMemo, doc: Doc, a: number, b: number, find: (doc: Doc, a: number, b: number, context?: C) => Mention | null, context?: C): Mention | null {
  let answers = memo.get(doc);
  if (answers === undefined) memo.set(doc, (answers = new Map()));
  const key = memoKey(a, b);
  const known = answers.get(key);
  if (known !== undefined) return known && copyOf(known);
  const found = find(doc, a, b, context);
  // (a copy kept: the first caller gets the answer itself and can change nothing a later caller gets. Not frozen in
  // place: V8 gives each frozen copy of a spread object a hidden class of its own, and the code that reads mentions
  // went megamorphic; speed round 72)
  answers.set(key, found && copyOf(found));
  return found;
}

/**
 * The one number {@link remembered} keeps the answer for `a` and `b` under. An
 * article's indexes give a small integer, which V8 keeps unboxed and hashes
 * quicker than a larger number (a Map look-up about three times as fast); any
 * other pair gives `a` times 2^32 plus `b` plus 2^31, exact for any index below
 * 2^21 times 2^32 (far past the longest text), and at least 2^31 - 1, above
 * every small key: no two pairs share a key.
 */
function memoKey(a: number, b: number): number {
  return a >= 0 && a < SMALL_A && b >= -1 && b < SMALL_B - 1 ? a * SMALL_B + (b + 1) : a * 0x1_0000_0000 + (b + 0x8000_0000);
}

/** Bounds of the small keys of {@link memoKey}: a key below 2^14 times 2^15 = 2^29, within V8's small integers. */
const SMALL_A = 0x4000;
const SMALL_B = 0x8000;

/**
 * A fresh copy of a mention found before: each caller gets its own object, as
 * when it was found again, since speaker resolution tells mentions apart by identity.
 */
function copyOf(m: Mention): Mention {
  return m.antecedent ? mentionWith(m, { antecedent: copyOf(m.antecedent) }) : shapedMention(m);
}
