/**
 * Subjects that name no speaker although a noun stands before the cue: a
 * negated nobody ("No one at the agency said ...") and a question's
 * interrogative subject ("Which senator said the bill was dead?") and a free
 * relative's ("Whichever senator said the bill was dead was wrong").
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Mention } from '../shape.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { FREE_RELATIVE_DETERMINERS, INTERROGATIVE_DETERMINERS } from '../../data/clauses.js';

/** Most words between the subject's opening word and the cue ("No one at the state agency said"). */
const MAX_SUBJECT_TAIL = 8;

/**
 * True when token `k` opens its sentence (or follows an opening quotation
 * mark there) and the sentence is a question: "Which senator said ...?".
 */
function opensSentence(doc: Doc, k: number, sentenceFirst: number): boolean {
  if (k !== sentenceFirst && !(k - 1 === sentenceFirst && isMarkToken(tokenAt(doc, sentenceFirst).value))) return false;
  // (a question: its sentence ends with a question mark, before any closing mark; "What officials said was ..." is no question)
  const sentence = doc.sentences[tokenAt(doc, k).sent];
  if (sentence === undefined) return false;
  let last = sentence.last - 1;
  while (last > k && isMarkToken(tokenAt(doc, last).value)) last--;
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
 * "What official", "Which of the senators"; or a free relative's determiner
 * (FREE_RELATIVE_DETERMINERS) does, question or not: "Whichever senator". A
 * "which" after a comma is a relative and is never read here.
 */
export function interrogativeMention(doc: Doc, m: Mention, sentenceFirst: number): boolean {
  for (const k of [m.first, m.first - 1, m.first - 2]) {
    if (k < sentenceFirst) return false;
    const t = tokenAt(doc, k);
    if (INTERROGATIVE_DETERMINERS.has(t.lower)) return determinesNoun(doc, k) && opensSentence(doc, k, sentenceFirst) && (k === m.first || k === m.first - 1 || maybeToken(doc, k + 1)?.lower === 'of');
    // ("Whichever senator said ... was wrong": a free relative's subject, question or not)
    if (FREE_RELATIVE_DETERMINERS.has(t.lower)) return determinesNoun(doc, k) && (k === m.first || k === m.first - 1 || maybeToken(doc, k + 1)?.lower === 'of');
  }
  return false;
}

/**
 * True when the subject right before token `cueFirst` names no speaker, with
 * at most a prepositional tail between and no comma or verb: "no one" opens it
 * ("No one said", "No one at the agency said", "no one in the room would
 * say"), or an interrogative determiner opening the sentence does ("Which
 * senator said", "What official said"), or a free relative's determiner
 * anywhere ("Whichever senator said ... was wrong").
 */
export function unnamedSubjectBefore(doc: Doc, cueFirst: number, sentenceFirst: number): boolean {
  for (let k = cueFirst - 1; k >= sentenceFirst && k >= cueFirst - 1 - MAX_SUBJECT_TAIL; k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || t.pos === 'VERB' || t.pos === 'AUX' || (isMarkToken(t.value) && k > sentenceFirst)) return false;
    if (t.lower === 'one' && k - 1 >= sentenceFirst && tokenAt(doc, k - 1).lower === 'no') return true;
    if (INTERROGATIVE_DETERMINERS.has(t.lower) && k < cueFirst - 1) return determinesNoun(doc, k) && opensSentence(doc, k, sentenceFirst);
    if (FREE_RELATIVE_DETERMINERS.has(t.lower) && k < cueFirst - 1) return determinesNoun(doc, k);
  }
  return false;
}
