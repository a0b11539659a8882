/**
 * Subjects that name no speaker although a noun stands before the cue: a
 * negated nobody ("No one at the agency said ...") and a question's
 * interrogative subject ("Which senator said the bill was dead?").
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Mention } from '../shape.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { INTERROGATIVE_DETERMINERS } from '../../data/clauses.js';
import { CLAUSE_COORDINATORS } from '../../data/function-words.js';

/** Most words between the subject's opening word and the cue ("No one at the state agency said"). */
const MAX_SUBJECT_TAIL = 8;

/**
 * True when token `k` opens its sentence (or follows an opening quotation
 * mark there, or a coordinator: "And which senator said ...?") and the
 * sentence is a question: "Which senator said ...?".
 * A question mark before a closing mark ends a quoted question: the
 * sentence's own only when the sentence opened with the mark ('"Which
 * senator said the bill was dead?"'), not a quotation inside a statement
 * ('What critics asked was simple: "Who pays?"').
 */
function opensSentence(doc: Doc, k: number, sentenceFirst: number): boolean {
  const marked = isMarkToken(tokenAt(doc, sentenceFirst).value);
  let lead = marked ? sentenceFirst + 1 : sentenceFirst;
  // ("And which senator said ...?", "But what official said ...?": a coordinator may open the question)
  if (k === lead + 1 && CLAUSE_COORDINATORS.has(tokenAt(doc, lead).lower)) lead++;
  if (k !== lead) return false;
  // (a question: its sentence ends with a question mark; "What officials said was ..." is no question)
  const sentence = doc.sentences[tokenAt(doc, k).sent];
  if (sentence === undefined) return false;
  let last = sentence.last - 1;
  while (marked && last > k && isMarkToken(tokenAt(doc, last).value)) last--;
  return tokenAt(doc, last).value === '?';
}

/**
 * True when the interrogative word at `k` determines a noun (or "of" and a
 * phrase): "Which senator", "Which of the senators"; not a free relative
 * before a subject of its own ("What he said was ...", "What Ann Lee said").
 */
function determinesNoun(doc: Doc, k: number): boolean {
  const next = maybeToken(doc, k + 1);
  return next !== undefined && (next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * True when an interrogative determiner that opens the sentence heads
 * mention `m`, or stands right before it (after "of" too): "Which senator",
 * "What official", "Which of the senators". A "which" after a comma is a
 * relative and is never read here.
 */
export function interrogativeMention(doc: Doc, m: Mention, sentenceFirst: number): boolean {
  for (const k of [m.first, m.first - 1, m.first - 2]) {
    if (k < sentenceFirst) return false;
    const t = tokenAt(doc, k);
    if (INTERROGATIVE_DETERMINERS.has(t.lower)) return determinesNoun(doc, k) && opensSentence(doc, k, sentenceFirst) && (k === m.first || k === m.first - 1 || maybeToken(doc, k + 1)?.lower === 'of');
  }
  return false;
}

/**
 * True when tokens `k - 1` and `k`, from `floor` on, are the "no one" that
 * opens a subject: "No one at the agency", "and no one in the room"; not
 * the object of a preposition inside another subject ("Families with no
 * one at home said ...", whose families speak).
 */
export function nobodyOpensAt(doc: Doc, k: number, floor: number): boolean {
  if (k - 1 < floor || tokenAt(doc, k).lower !== 'one' || tokenAt(doc, k - 1).lower !== 'no') return false;
  return k - 2 < floor || tokenAt(doc, k - 2).pos !== 'ADP';
}

/**
 * True when the subject right before token `cueFirst` names no speaker, with
 * at most a prepositional tail between and no comma or verb: "no one" opens it
 * ("No one said", "No one at the agency said", "no one in the room would
 * say"; {@link nobodyOpensAt}), or an interrogative determiner opening the sentence does ("Which
 * senator said", "What official said").
 */
export function unnamedSubjectBefore(doc: Doc, cueFirst: number, sentenceFirst: number): boolean {
  for (let k = cueFirst - 1; k >= sentenceFirst && k >= cueFirst - 1 - MAX_SUBJECT_TAIL; k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || t.pos === 'VERB' || t.pos === 'AUX' || (isMarkToken(t.value) && k > sentenceFirst)) return false;
    if (nobodyOpensAt(doc, k, sentenceFirst)) return true;
    if (INTERROGATIVE_DETERMINERS.has(t.lower) && k < cueFirst - 1) return determinesNoun(doc, k) && opensSentence(doc, k, sentenceFirst);
  }
  return false;
}
