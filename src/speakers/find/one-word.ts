/**
 * "one" or "another" standing alone as a speaker: "one said", "said another".
 * @internal
 */
import { shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { ONE_WORDS, ONE_PHRASE_DETERMINERS } from '../../data/function-words.js';

/**
 * "one" or "another" at token `k` as a speaker of its own, when it stands alone
 * next to the cue (`one said`, `said another.`, `Yet another said`), not inside a
 * phrase (`no one said`, `one of them`, `another voter`).
 */
export function oneSpeaker(doc: Doc, k: number): Mention | null {
  const t = tokenAt(doc, k);
  if (!ONE_WORDS.has(t.lower) || ONE_PHRASE_DETERMINERS.has(tokenAt(doc, k - 1).lower)) return null;
  return shapedMention({ first: k, last: k + 1, start: t.start, end: t.end, kind: 'description', titles: [], name: t.value });
}
