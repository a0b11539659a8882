/**
 * The subject of a gerund cue after "by" (or "after", "before", "upon",
 * "without") inside a subordinate clause that follows a comma: in "Ann Lee
 * says X, while her rival, Tom Hale, has climbed by arguing that ...", Tom Hale
 * says it, not the main clause's Ann Lee.
 * @internal
 */
import type { Mention } from '../shape.js';
import { CLAUSE_SUBORDINATORS, MANNER_PREPOSITIONS } from '../../data/gerund-clause.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { sentenceSubject } from './subject.js';

/** How far back from the preposition the subordinator may stand. */
const MAX_BACK = 30;

/**
 * The subject of the subordinate clause that holds the gerund cue at
 * `cueFirst` after a preposition of manner, when a comma and a subordinator
 * open that clause and no comma stands between its subject and the cue; else
 * null.
 */
export function subordinateGerundSubject(doc: Doc, cueFirst: number, cueHead: number): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, cueHead).sent];
  const k = cueFirst - 1;
  if (!sentence || !/ing$/.test(tokenAt(doc, cueHead).lower) || k - 2 <= sentence.first || !MANNER_PREPOSITIONS.has(tokenAt(doc, k).lower)) return null;
  for (let s = k - 2; s > sentence.first && s >= k - MAX_BACK; s--) {
    const t = tokenAt(doc, s);
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value)) return null;
    if (!CLAUSE_SUBORDINATORS.has(t.lower) || tokenAt(doc, s - 1).value !== ',') continue;
    const subject = sentenceSubject(doc, s + 1, k);
    if (!subject || subject.first !== s + 1) return null;
    // (a comma after the subject's own appositive is the subject's; any later one opens another clause)
    for (let j = subject.last + 1; j < k; j++) if (tokenAt(doc, j).value === ',') return null;
    return subject;
  }
  return null;
}
