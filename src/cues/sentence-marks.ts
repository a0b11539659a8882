/**
 * Where the last quotation mark and the last "that" or colon of a sentence
 * stand, found once per sentence and remembered by document. The cue tests
 * that ask whether such a word follows a token in its sentence (a built-in
 * speech phrase such as "shot back", a verb vetoed before a particle) read
 * it here instead of scanning to the sentence's end on every ask, which was
 * quadratic in a long sentence of such phrases.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, tokenAt } from '../prepare/lookup.js';

/** Not worked out yet (a real answer is a token index, or -1 for none). */
const UNKNOWN = -2;

/** By document: per sentence `s`, at `2s` the last mark's index, at `2s + 1` the last "that" or colon's (-1: none). */
const LAST_WORDS = new WeakMap<Doc, Int32Array>();

/** The remembered answers of `doc`'s sentence `sent`, worked out on the first ask. */
function lastWords(doc: Doc, sent: number): Int32Array {
  let found = LAST_WORDS.get(doc);
  if (found === undefined) LAST_WORDS.set(doc, (found = new Int32Array(2 * doc.sentences.length).fill(UNKNOWN)));
  if (found[2 * sent] === UNKNOWN) {
    const sentence = doc.sentences[sent]!;
    let mark = -1;
    let that = -1;
    for (let k = sentence.first; k < sentence.last; k++) {
      const t = tokenAt(doc, k);
      if (isMarkToken(t.value)) mark = k;
      if (t.lower === 'that' || t.value === ':') that = k;
    }
    found[2 * sent] = mark;
    found[2 * sent + 1] = that;
  }
  return found;
}

/** True when token `i` of `doc` or one after it in the sentence `sent` is a quotation mark. */
export function markFrom(doc: Doc, sent: number, i: number): boolean {
  if (sent < 0 || sent >= doc.sentences.length) return false;
  return lastWords(doc, sent)[2 * sent]! >= i;
}

/** True when token `i` of `doc` or one after it in the sentence `sent` is "that" or a colon. */
export function thatOrColonFrom(doc: Doc, sent: number, i: number): boolean {
  if (sent < 0 || sent >= doc.sentences.length) return false;
  return lastWords(doc, sent)[2 * sent + 1]! >= i;
}
