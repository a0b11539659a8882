/**
 * "say" as a noun, the voice someone has in something ("had their say",
 * "the final say on whether"), which is no cue; "The elderly say, however,
 * that ..." keeps the verb.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../prepare/lookup.js';
import { QUANTIFIER_SUBJECTS } from '../data/clauses.js';
import { SAY_NOUN_DETERMINERS } from '../data/senses.js';
import { ADJUNCT_TAGS } from '../data/tags.js';

/** Most adjectives between a determiner and the noun "say": "their final say", "a much larger say". */
const MAX_SAY_ADJECTIVES = 2;

/** How far after "say" the "that", colon or quotation mark of a report may stand: "say, however, that", "say in private that". */
const MAX_SAY_REPORT_GAP = 5;

/**
 * True when "that", a colon or a quotation mark follows "say" at `i` within a
 * few words of its sentence, past commas, adverbs and a short prepositional
 * phrase: "The elderly say, however, that ...", "The rich say in private that
 * ...", 'The unemployed say: "..."'.
 */
function reportAfterSay(doc: Doc, i: number): boolean {
  const sent = tokenAt(doc, i).sent;
  for (let j = i + 1; j <= i + MAX_SAY_REPORT_GAP; j++) {
    const t = maybeToken(doc, j);
    if (t === undefined || t.sent !== sent) return false;
    if (t.lower === 'that' || t.value === ':' || isMarkToken(t.value)) return true;
    if (t.value !== ',' && !ADJUNCT_TAGS.has(t.pos)) return false;
  }
  return false;
}

/**
 * True when token `k` can open a subject: the first word of its sentence, or
 * a word after punctuation or a conjunction, or a determiner after the "of"
 * of a quantifier that opens one ("Many of the poor say"), not after a verb
 * or a preposition whose object it would open ("want a larger say in ...").
 */
function opensSubject(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (k === 0 || doc.sentences[t.sent]?.first === k) return true;
  const prev = tokenAt(doc, k - 1);
  // ("Many of the poor say": a determiner after the "of" of a partitive quantifier that opens the subject)
  if (prev.lower === 'of' && k >= 2 && t.pos === 'DET' && QUANTIFIER_SUBJECTS.has(tokenAt(doc, k - 2).lower) && tokenAt(doc, k - 2).sent === t.sent) return opensSubject(doc, k - 2);
  return prev.sent === t.sent && (prev.pos === 'PUNCT' || prev.pos === 'CCONJ' || prev.pos === 'SCONJ');
}

/**
 * True when "say" at `i` is a noun, the voice someone has in something: a
 * determiner or possessive before it, adjectives between them allowed, and
 * punctuation, a preposition or "than" after it ("had their say, ...", "have
 * a larger say than", "the final say on whether"); "a third say they ..." is
 * the verb, and so is "say" after an adjective when a report follows it
 * ("The elderly say, however, that ...", "The rich say in private that").
 */
export function nounSay(doc: Doc, i: number): boolean {
  const t = tokenAt(doc, i);
  if (t.lower !== 'say') return false;
  const next = maybeToken(doc, i + 1);
  if (next !== undefined && next.sent === t.sent && next.pos !== 'PUNCT' && next.pos !== 'ADP' && next.lower !== 'than') return false;
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_SAY_ADJECTIVES && tokenAt(doc, k).pos === 'ADJ' && tokenAt(doc, k).sent === t.sent) k--;
  // ("The elderly say, however, that ...": a determiner opening the clause and an adjective are the subject)
  if (k < i - 1 && k >= 0 && opensSubject(doc, k) && reportAfterSay(doc, i)) return false;
  return k >= 0 && tokenAt(doc, k).sent === t.sent && SAY_NOUN_DETERMINERS.has(tokenAt(doc, k).lower);
}
