/**
 * An extraposed "it" before a cue ("It is important to note that ...", "it's
 * worth pointing out that ..."): it stands for the clause, not for a speaker.
 * @internal
 */
import type { Mention } from '../shape.js';
import { EXTRAPOSING_ADJECTIVES } from '../../data/pronouns.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { makeMention } from './mention.js';
import { canSpeak } from './can-speak.js';
import { EXTRAPOSING_COPULAS } from '../../data/function-words.js';

/**
 * For an "it" right before a cue that reads "is ADJ to ..." ("It is important
 * to note that", "it's worth pointing out"): the phrase after "for" that does
 * the saying ("It's common for reporters to say"), or null, since the "it"
 * stands for the clause; `undefined` when the cue is no such phrase.
 */
export function extraposedSpeaker(doc: Doc, cueFirst: number): Mention | null | undefined {
  let k = cueFirst;
  if (!EXTRAPOSING_COPULAS.has(tokenAt(doc, k).lower)) return undefined;
  k++;
  for (let round = 0; round < 3 && maybeToken(doc, k) !== undefined && /^(AUX|ADV|PART)$/.test(tokenAt(doc, k).pos) && tokenAt(doc, k).lower !== 'to'; round++) k++;
  const adjective = maybeToken(doc, k);
  if (adjective === undefined || !EXTRAPOSING_ADJECTIVES.has(adjective.lower)) return undefined;
  const next = maybeToken(doc, k + 1);
  if (next === undefined) return undefined;
  if (next.lower === 'to' || (adjective.lower === 'worth' && /ing$/.test(next.lower))) return null;
  if (next.lower === 'for') {
    let to = k + 2;
    while (to < Math.min(tokenCount(doc), k + 10) && tokenAt(doc, to).lower !== 'to') to++;
    const m = to < tokenCount(doc) && tokenAt(doc, to).lower === 'to' ? makeMention(doc, k + 2, to) : null;
    return m && m.kind !== 'pronoun' && canSpeak(doc, m) ? m : null;
  }
  return undefined;
}
