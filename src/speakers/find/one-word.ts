/**
 * "one" or "another" standing alone as a speaker: "one said", "said another".
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { ONE_WORDS, ONE_PHRASE_DETERMINERS } from '../../data/function-words.js';
import { startsUpper } from '../../prepare/case.js';
import { kindOfName } from '../kinds.js';
import { makeMention } from './mention.js';
import { isNameToken } from './name-tokens.js';

/** Most words of a person's name set off after "one" ({@link namedAfterOne}). */
const MAX_APPOSITIVE_NAME_WORDS = 4;

/**
 * "one" or "another" at token `k` as a speaker of its own, when it stands alone
 * next to the cue (`one said`, `said another.`, `Yet another said`), not inside a
 * phrase (`no one said`, `one of them`, `another voter`).
 */
export function oneSpeaker(doc: Doc, k: number): Mention | null {
  const t = tokenAt(doc, k);
  if (!ONE_WORDS.has(t.lower) || ONE_PHRASE_DETERMINERS.has(tokenAt(doc, k - 1).lower)) return null;
  return namedAfterOne(doc, k) ?? shapedMention({ first: k, last: k + 1, start: t.start, end: t.end, kind: 'description', titles: [], name: t.value });
}

/**
 * The person named in apposition right after "one" or "another" at token `k`,
 * set off by a comma and closed by punctuation, a quotation mark or the
 * sentence's end ('said one, Piet Jansen.', 'said another, Ann Lee, who ...'):
 * that person speaks, with the word as the description; else null (a name
 * that is no person's, 'said one, Harbor Trust', is none).
 */
function namedAfterOne(doc: Doc, k: number): Mention | null {
  const sent = tokenAt(doc, k).sent;
  const comma = maybeToken(doc, k + 1);
  if (comma === undefined || comma.value !== ',' || comma.sent !== sent) return null;
  let last = k + 2;
  for (let t = maybeToken(doc, last); t !== undefined && t.sent === sent && last - k - 2 < MAX_APPOSITIVE_NAME_WORDS && startsUpper(t.value) && isNameToken(t, doc); t = maybeToken(doc, last)) last++;
  const closes = maybeToken(doc, last);
  if (last === k + 2 || !(closes === undefined || closes.sent !== sent || /^[.,;:]$/.test(closes.value) || isMarkToken(closes.value))) return null;
  const name = makeMention(doc, k + 2, last);
  if (name === null || name.kind !== 'name' || kindOfName(name.name) !== 'person') return null;
  // (the mention holds the word and the comma, as an appositive after a description does: "a spokesman, Piet Jansen")
  const one = tokenAt(doc, k);
  return mentionWith(name, { first: k, start: one.start, description: one.value });
}
