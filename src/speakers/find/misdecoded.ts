/**
 * Words split into pieces by a text decoded in the wrong character set.
 * @internal
 */
import type { Doc, Token } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { startsUpper } from '../../prepare/case.js';

/** A piece of a mis-decoded word: letters, symbols and Latin-1 signs such as "¡", never quotation marks, dashes or a possessive. */
const PIECE = /^(?:\p{L}|\p{M}|\p{S}|[\u0080-\u009f\u00a1-\u00bf])+$/u;
// (with combining marks, "Ã" read as A and a tilde, and C1 control characters, as a mis-decoding leaves them)
/** A character outside ASCII. */
const NON_ASCII = /[^\x00-\x7F]/u;

/**
 * True when token `t` continues a capitalised word with no space between, after
 * a mis-decoded character ("TrÃ" then "©" then "vidic" for "Trévidic").
 */
export function isMisdecodedPiece(doc: Doc, t: Token): boolean {
  return misdecodedWordStart(doc, t.i) < t.i;
}

/**
 * The token that starts the mis-decoded word token `k` continues ("LorÃ" for
 * the "tan" of "LorÃ©tan"), or `k` itself when it continues none: a
 * mention never starts inside such a word ("BreÃ±a Ortiz", not "a Ortiz").
 */
export function misdecodedWordStart(doc: Doc, k: number): number {
  const t = tokenAt(doc, k);
  // (a piece is glued to the token before it: a token after a space, as almost every word is, continues
  // nothing, and that is cheaper to see than the pattern)
  if (k === 0 || tokenAt(doc, k - 1).end !== t.start || !PIECE.test(t.value)) return k;
  // walk back over the glued pieces to the word that starts them; one piece must be outside ASCII
  let odd = NON_ASCII.test(t.value);
  for (let j = k; j > 0 && k - j < 4; j--) {
    const prev = tokenAt(doc, j - 1);
    if (prev.end !== tokenAt(doc, j).start || !PIECE.test(prev.value)) return k;
    odd ||= NON_ASCII.test(prev.value);
    const start = j - 1 === 0 || tokenAt(doc, j - 2).end !== prev.start;
    if (start) return odd && prev.pos === 'PROPN' && startsUpper(prev.value) ? j - 1 : k;
  }
  return k;
}
