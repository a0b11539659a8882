/**
 * The subject of a cue that comes before its content, whether a cue may stand
 * without one, and whether the cue is passive.
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { CueMatch, Mention } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { conjoinedClauseSubject, coordinatedCueSpeaker, oneSpeaker, quoterOf, sentenceSubject, sharedAcrossTime, sharedSubject, speakerBefore, subordinateGerundSubject } from '../../speakers/phrase.js';
import { HAS_CONTRACTION_SUBJECTS, PASSIVE_COMPLEMENT_WORDS, PASSIVE_BE_FORMS, ASKED_SUBORDINATORS } from '../../data/clauses.js';
import { LISTENER_VERBS } from '../../data/cues.js';
import { DASHES } from '../../data/marks.js';
import { kindOfHead } from '../../speakers/kinds.js';
import { ONE_CLAUSE_OPENERS, SUBJECTLESS_CUE_OPENERS } from '../../data/function-words.js';

/** True for a comma, or a closing quotation mark right after a comma, `?` or `!` (`"...," said X`). */
export function isCommaBoundary(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  if (!t) return false;
  if (t.value === ',') return true;
  if (!isMarkToken(t.value)) return false;
  // a closing mark, or the two apostrophes of a '' mark, right after the comma
  let j = k - 1;
  if (maybeToken(doc, j) && isMarkToken(tokenAt(doc, j).value) && tokenAt(doc, j).end === tokenAt(doc, j + 1).start) j--;
  return /^[,?!]$/.test(tokenAt(doc, j).value) && tokenAt(doc, j).end === tokenAt(doc, j + 1).start;
}

/**
 * The subject of a cue that comes before its content: the phrase before it, or
 * for a participle after a comma the subject it shares with the sentence
 * ("Ada Moss spoke about X, arguing that ...").
 */
export function cueSubject(doc: Doc, cue: CueMatch, sentence: Segment): Mention | null {
  // '... "New York values," saying ...': a closing mark after a comma is a comma too
  // (the subject of a clause joined by "and" that the quotation closes: 'and Lee called it "a folly," saying')
  if (isIngCue(doc, cue) && isMarkToken(tokenAt(doc, cue.first - 1).value) && isCommaBoundary(doc, cue.first - 1)) {
    const comma = tokenAt(doc, cue.first - 2).value === ',' ? cue.first - 2 : -1;
    return (comma > sentence.first ? conjoinedClauseSubject(doc, comma, sentence.first) : null) ?? sentenceSubject(doc, sentence.first, cue.first - 1);
  }
  // after a dash, the phrase before an aside unless it names no one: "Lee - who backs the plan - calling", but
  // "Lee struggles with one task - bragging - conceding that ...": the task is an object, the clause's subject speaks
  if (DASHES.has(tokenAt(doc, cue.first - 1).value) && isIngCue(doc, cue)) {
    const before = speakerBefore(doc, cue.first, sentence.first);
    const object = before?.kind === 'description' && kindOfHead(tokenAt(doc, before.head ?? before.last - 1).lower) === 'unknown';
    if (before && !object) return before;
    return sharedSubject(doc, cue.first, cue.head) ?? before;
  }
  // (not a finite verb group ending in -ing after an appositive's comma: "The mayor, Dana Voss, was quoted as saying")
  const participle = tokenAt(doc, cue.first - 1).value === ',' && isIngCue(doc, cue) && tokenAt(doc, cue.first).pos !== 'AUX';
  return participle
    ? sharedSubject(doc, cue.first, cue.head) ?? speakerBefore(doc, cue.first, sentence.first)
    : speakerBefore(doc, cue.first, sentence.first) ?? subordinateGerundSubject(doc, cue.first, cue.head) ?? sharedSubject(doc, cue.first, cue.head) ?? oneSubject(doc, cue, sentence) ?? sharedAcrossTime(doc, cue.first, cue.head) ?? coordinatedCueSpeaker(doc, cue.first, cue.head) ?? quoterOf(doc, cue.first, cue.head);
}

/** "Another said he hoped ...", "Yet another said ...", "..., and another said ...": "one" or "another" opening a clause before the cue. */
function oneSubject(doc: Doc, cue: CueMatch, sentence: Segment): Mention | null {
  const k = cue.first - 1;
  if (k < sentence.first || (k > sentence.first && !ONE_CLAUSE_OPENERS.has(tokenAt(doc, k - 1).lower))) return null;
  return oneSpeaker(doc, k);
}

/** True when a cue without a subject may still stand: at the sentence start, or after a comma, "and" or "but". */
export function subjectlessCue(doc: Doc, cue: CueMatch, sentence: Segment): boolean {
  if (cue.first === sentence.first || SUBJECTLESS_CUE_OPENERS.has(tokenAt(doc, cue.first - 1).lower) || (isIngCue(doc, cue) && isCommaBoundary(doc, cue.first - 1))) return true;
  // "When asked about the deficit, ...", "..., he said when asked whether ..."
  return cue.lemma === 'ask' && cue.first === cue.head && ASKED_SUBORDINATORS.has(tokenAt(doc, cue.first - 1).lower);
}

/** True for a passive cue: "was announced", "has been denied" (its object is not what was said). */
export function passiveCue(doc: Doc, cue: CueMatch): boolean {
  // "are saying", "was telling": a progressive is active
  if (isIngCue(doc, cue)) return false;
  // "was quoted as saying": the passive is the quoting, the cue speaks
  for (let k = cue.first; k < cue.head; k++) if (tokenAt(doc, k).lower === 'as') return false;
  // "are beginning to see": only the head's own verb group after "to" can make it passive ("is expected to be named")
  let from = cue.first;
  for (let k = cue.first; k < cue.head; k++) if (tokenAt(doc, k).lower === 'to') from = k + 1;
  for (let k = from; k < cue.head; k++) if (PASSIVE_BE_FORMS.has(tokenAt(doc, k).lower) && !contractedHas(doc, cue, k)) return true;
  return false;
}

/**
 * True when the "'s" at `k` stands for "has": after "he", "she" or "who",
 * before a cue that takes no listener and is not followed by "to", "by" or
 * "as" ("he's said he will run", "who's argued for years that"; not "he's said
 * to be ill", "she's told that ...", "it's called ...").
 */
function contractedHas(doc: Doc, cue: CueMatch, k: number): boolean {
  const aux = tokenAt(doc, k);
  if (aux.lower !== "'s" && aux.lower !== '’s') return false;
  const subject = tokenAt(doc, k - 1);
  if (subject.sent !== aux.sent || !HAS_CONTRACTION_SUBJECTS.has(subject.lower) || LISTENER_VERBS.has(cue.lemma)) return false;
  return !PASSIVE_COMPLEMENT_WORDS.has(tokenAt(doc, cue.last).lower);
}
