/**
 * Passive cues ("was told", "has been reported"): their subject is no speaker.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { maybeToken, onlyAdverbs, tokenAt } from '../../prepare/lookup.js';
import { CONTRACTED_PASSIVE_LISTENERS, LISTENER_CONTENT_OPENERS, MISTAGGED_FORMS } from '../../data/cues.js';
import { MAX_QUOTED_AGENT, perceivedSpeaking, quotedBeforeAs } from '../../cues/verb-group.js';
import { HAS_CONTRACTION_SUBJECTS } from '../../data/clauses.js';

/** True when a cue starting at `k` is passive: a form of "be" or "get" and a past participle ("was revealed", "were told"). */
export function isPassiveAt(doc: Doc, k: number): boolean {
  // "was told", "had been told", "has been reported", "'s been reported"
  let j = k;
  let be = false;
  while (maybeToken(doc, j) && (tokenAt(doc, j).pos === 'AUX' || tokenAt(doc, j).pos === 'ADV' || tokenAt(doc, j).pos === 'PART') && j - k < 5) {
    if (tokenAt(doc, j).pos === 'AUX' && (tokenAt(doc, j).lemma === 'be' || tokenAt(doc, j).lemma === 'get')) be = true;
    j++;
  }
  if (!be) return false;
  const verb = maybeToken(doc, j);
  // "who's argued", "she's said", "he's also said": a contracted "has" after a person, with the participle
  // right after it or after adverbs only
  // (not a listener verb with its content right after it: "she's often asked whether ...", "he's told that ...")
  if (/^['’]s$/.test(tokenAt(doc, k).lower) && k > 0 && HAS_CONTRACTION_SUBJECTS.has(tokenAt(doc, k - 1).lower) && onlyAdverbs(doc, k + 1, j) && !listenerWithoutObject(doc, j)) return false;
  // "was quoted as saying": the subject is quoted, so it speaks
  // (and "was quoted by the magazine as saying")
  if (verb?.lower === 'quoted' && quotedAsAfter(doc, j)) return false;
  if (verb === undefined) return false;
  // "was heard telling", "was seen saying": the subject was heard speaking, so it speaks
  if (perceivedSpeaking(doc, j)) return false;
  // ("was branded", "was alleged": a participle of a cue that the tagger read as an adjective)
  if (verb.pos === 'ADJ' && /ed$/.test(verb.lower) && MISTAGGED_FORMS.has(verb.lower)) return true;
  return verb.pos === 'VERB' && /(ed|own|wn|ld|lt|ght|id|en|ne)$/.test(verb.lower) && !/ing$/.test(verb.lower) && verb.lower !== verb.lemma;
}

/** Most tokens after "quoted" up to its "as": "by" and the agent {@link quotedBeforeAs} reads back over ("quoted by the local paper as"). */
const MAX_QUOTED_REACH = MAX_QUOTED_AGENT + 1;

/** True when the "quoted" at `j` takes "as" and a gerund after it, the one who quotes maybe between: "quoted (by the paper) as saying". */
function quotedAsAfter(doc: Doc, j: number): boolean {
  for (let as = j + 1; as <= j + MAX_QUOTED_REACH; as++) {
    const t = maybeToken(doc, as);
    if (!t || t.sent !== tokenAt(doc, j).sent) return false;
    if (t.lower === 'as') return quotedBeforeAs(doc, as) === j && /ing$/.test(maybeToken(doc, as + 1)?.lower ?? '');
  }
  return false;
}

/** True when the participle at `j` is "asked" or "told" with its content right after it: "asked whether", "told that". */
function listenerWithoutObject(doc: Doc, j: number): boolean {
  const verb = maybeToken(doc, j);
  return verb !== undefined && CONTRACTED_PASSIVE_LISTENERS.has(verb.lemma) && LISTENER_CONTENT_OPENERS.has(tokenAt(doc, j + 1).lower);
}

