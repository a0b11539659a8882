/**
 * An introductory adjunct before a clause's subject: "In court documents, Lee
 * asked for ...", "But as he reached his twenties, he began ...". Read before
 * "X said" it is no content: the adjunct belongs to the clause X heads.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { FRONTED_OPENERS, FRONTED_OPENING_PHRASES } from '../../data/clauses.js';
import { MAX_LOOK, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';

/**
 * True when tokens [start, comma), the words before the comma ahead of a
 * subject and its cue, are an introductory adjunct with no main clause of their
 * own: after any leading conjunctions and adverbs ("But", "Later", "Still"),
 * nothing, a subordinate clause ("But as he reached his twenties"), or a
 * prepositional or participle phrase with no finite verb ("Despite the outrage
 * ..., including many", "Weighing in on the debate"), and no clause after a
 * comma inside them ("In 2016, the party will win" is a clause). "Around 30
 * people came" (a preposition that opens the subject) has its finite verb.
 * Words in quotation marks, or more than MAX_LOOK words, are never read as one.
 */
export function frontedAdjunct(ctx: ReportedContext, start: number, comma: number): boolean {
  const { doc } = ctx;
  if (comma - start > MAX_LOOK) return false;
  let k = start;
  while (k < comma && leadWord(doc, k)) k++;
  if (k < comma && !opensAdjunct(doc, k)) return false;
  // a subordinate clause has verbs of its own; a phrase has none
  const subordinate = k < comma && (tokenAt(doc, k).pos === 'SCONJ' || FRONTED_OPENERS.has(tokenAt(doc, k).lower) || openingPhrase(doc, k, comma));
  for (let j = start; j < comma; j++) {
    const t = tokenAt(doc, j);
    if (ctx.quoted[j] || isMarkToken(t.value)) return false;
    if (!subordinate && j > k && finiteAt(doc, j)) return false;
    if (t.value === ',' && j > k && clauseStartsAt(doc, j + 1, comma)) return false;
  }
  return true;
}

/** True when the three words from token `k`, before token `comma`, are a phrase of {@link FRONTED_OPENING_PHRASES} ("By the time"). */
function openingPhrase(doc: Doc, k: number, comma: number): boolean {
  return k + 3 < comma && FRONTED_OPENING_PHRASES.has(`${tokenAt(doc, k).lower} ${tokenAt(doc, k + 1).lower} ${tokenAt(doc, k + 2).lower}`);
}

/** True when the token at `k` is a finite verb: an auxiliary, or a verb neither in -ing nor a participle after its noun ("a speech cribbed from"). */
function finiteAt(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (t.pos === 'AUX') return true;
  return t.pos === 'VERB' && !/ing$/.test(t.lower) && !(/ed$/.test(t.lower) && tokenAt(doc, k - 1).pos === 'NOUN');
}

/** True when the token at `k` is a conjunction or an adverb that may open an adjunct ("But", "And", "Later", "Still"). */
function leadWord(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'CCONJ' || (t.pos === 'ADV' && !FRONTED_OPENERS.has(t.lower));
}

/** True when the token at `k` opens an adjunct: a preposition (not "according"), a subordinator, or a participle in -ing. */
function opensAdjunct(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (t.lower === 'according' || t.lower === 'that') return false;
  return t.pos === 'ADP' || t.pos === 'SCONJ' || FRONTED_OPENERS.has(t.lower) || (t.pos === 'VERB' && /ing$/.test(t.lower));
}
