/**
 * A feeling voiced with a that-clause, a report of speech: "Lee expressed
 * concern that the plant would close", "The mayor voiced confidence that the
 * levy would pass". The verb and the feeling make the cue; the clause is what
 * was said. Read by this rule alone, in every run where speech is reported
 * (the verbs' other uses, "expressed concern about the plant", stay in the
 * opt-in category stance).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { FEELING_CLAUSE_NOUNS, FEELING_VERBS } from '../data/cues.js';
import { PRE_NOUN_TAGS } from '../data/tags.js';

/** Most words between the verb and its feeling: "expressed similar doubts", "voiced their deep concern". */
const MAX_BEFORE_FEELING = 2;

/** Parts of speech of the words that may stand between the verb and its feeling. */
const BEFORE_FEELING_POS: ReadonlySet<string> = PRE_NOUN_TAGS;

/**
 * The index of the feeling noun after a verb of {@link FEELING_VERBS} at token
 * `i` when "that" follows the noun in its sentence ("expressed [deep] concern
 * that ..."), or -1: "expressed concern about the plant", "voiced support
 * for the levy", "expressed the hope of many" open no clause.
 */
export function feelingClauseNoun(doc: Doc, i: number): number {
  const t = tokenAt(doc, i);
  if (t.pos !== 'VERB' || !FEELING_VERBS.has(t.lemma)) return -1;
  let k = i + 1;
  while (k - i <= MAX_BEFORE_FEELING && BEFORE_FEELING_POS.has(tokenAt(doc, k).pos) && !FEELING_CLAUSE_NOUNS.has(tokenAt(doc, k).lower)) k++;
  const noun = maybeToken(doc, k);
  const that = maybeToken(doc, k + 1);
  if (noun === undefined || that === undefined || !FEELING_CLAUSE_NOUNS.has(noun.lower) || that.lower !== 'that') return -1;
  // the clause must start in the sentence with its subject ("that changing the policy would ..."): not a
  // relative "that" before its verb ("the concern that was raised"), nor "that" at the sentence's end
  const first = maybeToken(doc, k + 2);
  if (first === undefined || first.sent !== t.sent || noun.sent !== t.sent || /^(PUNCT|AUX)$/.test(first.pos)) return -1;
  if (first.pos === 'VERB' && !first.lower.endsWith('ing')) return -1;
  return k;
}
