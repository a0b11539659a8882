/**
 * A subordinator may stand a short adjunct before its clause's subject: "...,
 * though in a radio interview last week she used stronger words, saying",
 * "when, at the rally, he turned to the crowd, shouting". The adjunct is passed
 * over to find the subordinator that opens the clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { PARTICIPLE_CLAUSE_OPENERS } from '../../data/clauses.js';
import { TIME_LEADS } from '../../data/time.js';

/** How many tokens an adjunct between a subordinator and its clause's subject may hold ("in a news conference last week"). */
const MAX_ADJUNCT = 8;

/** Parts of speech an adjunct of place or time is made of: "in a radio interview last week", "at the rally on Monday". */
const ADJUNCT_POS = /^(ADP|DET|NOUN|PROPN|ADJ|NUM)$/;

/**
 * The index of the subordinator of {@link PARTICIPLE_CLAUSE_OPENERS} that
 * opens the clause whose subject starts at token `subjectFirst`: right before
 * it, or before a prepositional or time adjunct that starts right after the
 * subordinator (an optional comma on either side of the adjunct); -1 when
 * none stands there, or only `sentenceFirst` or before.
 */
export function subordinatorBefore(doc: Doc, subjectFirst: number, sentenceFirst: number): number {
  const j = subjectFirst - 1;
  if (j <= sentenceFirst) return -1;
  if (PARTICIPLE_CLAUSE_OPENERS.has(tokenAt(doc, j).lower)) return j;
  const end = tokenAt(doc, j).value === ',' ? j - 1 : j;
  let k = end;
  while (k > sentenceFirst && end - k < MAX_ADJUNCT && (ADJUNCT_POS.test(tokenAt(doc, k).pos) || TIME_LEADS.has(tokenAt(doc, k).lower))) k--;
  const adjunctStart = k + 1;
  const opener = tokenAt(doc, k).value === ',' ? k - 1 : k;
  if (adjunctStart > end || opener <= sentenceFirst || !PARTICIPLE_CLAUSE_OPENERS.has(tokenAt(doc, opener).lower)) return -1;
  const lead = tokenAt(doc, adjunctStart);
  return lead.pos === 'ADP' || TIME_LEADS.has(lead.lower) ? opener : -1;
}
