/**
 * The shared subject of a cue coordinated by "and" or "but" when a time phrase
 * stands between the conjunction and the cue: "Tom Hale has been critical of
 * the plan but on Tuesday wrote that ...", "Ann Lee lost the vote and in 2014
 * said ...".
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { sharedSubject } from './participle.js';
import { speakerBefore } from './before/speaker-before.js';
import { timePhraseEnd } from './time-phrase.js';
import { YEAR_PREPOSITIONS, YEAR } from '../../data/time.js';

/** How many tokens a time phrase between the conjunction and the cue may hold. */
const MAX_TIME_TOKENS = 4;

/** One past a time phrase at `k`: {@link timePhraseEnd}, or a year after "in" or "since" ("in 2014"). */
function timeEnd(doc: Doc, k: number, ceiling: number): number {
  const j = timePhraseEnd(doc, k, ceiling);
  if (j > k) return j;
  return k + 1 < ceiling && YEAR_PREPOSITIONS.has(tokenAt(doc, k).lower) && YEAR.test(tokenAt(doc, k + 1).value) ? k + 2 : k;
}

/**
 * The subject a cue shares with the verb before "and" or "but" across a time
 * phrase ("... but on Tuesday wrote", "... and last week has said"), or null
 * when no such phrase stands between the conjunction and the cue.
 */
export function sharedAcrossTime(doc: Doc, cueFirst: number, cueHead: number): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, cueHead).sent];
  if (!sentence) return null;
  // the auxiliaries and adverbs of the cue belong to it ("but on Monday had already said")
  let end = cueFirst;
  while (end - 1 > sentence.first && (tokenAt(doc, end - 1).pos === 'ADV' || (tokenAt(doc, end - 1).pos === 'AUX' && /^\p{Ll}/u.test(tokenAt(doc, end - 1).value)))) end--;
  for (let c = end - 2; c > sentence.first && c >= end - 1 - MAX_TIME_TOKENS; c--) {
    const conj = tokenAt(doc, c).lower;
    if (conj !== 'and' && conj !== 'but') continue;
    return timeEnd(doc, c + 1, end) === end ? sharedSubject(doc, c + 1, cueHead, speakerBefore) : null;
  }
  return null;
}
