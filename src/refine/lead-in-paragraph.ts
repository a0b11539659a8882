/**
 * A quoted paragraph with no attribution of its own goes on with the direct
 * quote of the paragraph before when that quote follows its attribution and
 * closes its paragraph: `Ann Vidal said on Monday, "A."` / `"B."`, `Vidal
 * told the board: "A."` / `"B."`. Annotated news reads the quoted paragraph as
 * the rest of Vidal's quote, as it does after a trailing attribution (`"A,"
 * Vidal said.` / `"B."`, see `continuesParagraph` in `merge.ts`). One quoted
 * paragraph joins: a second one after it stays a quote of its own. The
 * attribution may stand in a paragraph of its own (`Said Vidal:` / `"A."` /
 * `"B."`).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateStart } from '../attribution/candidate.js';
import { tokenAt } from '../prepare/lookup.js';

/** Spaces and punctuation only. */
const PUNCTUATION_ONLY = /^[\s\p{P}]*$/u;

/**
 * True when nothing but spaces and punctuation stands between character
 * `from` and the end of paragraph `para`'s last token.
 */
export function onlyPunctuationToParagraphEnd(doc: Doc, from: number, para: number): boolean {
  return PUNCTUATION_ONLY.test(doc.text.slice(from, tokenAt(doc, doc.paragraphs[para]!.last - 1).end));
}

/**
 * True when the quoted words of `c` run to the end of their paragraph: nothing
 * but punctuation after the last closing mark, or no closing mark at all.
 */
export function fillsParagraph(doc: Doc, c: Candidate): boolean {
  const end = c.stretches[c.stretches.length - 1]!;
  return end.close < 0 || onlyPunctuationToParagraphEnd(doc, end.end, end.para);
}

/**
 * True when the direct quote `host` stands after its cue (`Vidal said, "A."`,
 * `Vidal said: "A."`), its last quotation closes its paragraph, and the quoted
 * paragraph `c` opens the next paragraph and fills it.
 */
export function leadInEndsParagraph(doc: Doc, host: Candidate, c: Candidate): boolean {
  if (host.kind !== 'direct' || host.cue === null || host.stretches.length === 0 || c.stretches.length === 0) return false;
  const last = host.stretches[host.stretches.length - 1]!;
  const first = c.stretches[0]!;
  if (last.close < 0 || first.para !== last.para + 1 || first.open !== doc.paragraphs[first.para]!.start) return false;
  // the attribution leads in: its cue ends before the quote's words begin, in the paragraph the quote closes or
  // in a lead-in paragraph of its own right before it ('Said Vidal:' / '"A."' / '"B."'); the quote is one
  // paragraph so far (one quoted paragraph joins: the one after it stays a quote of its own)
  const cuePara = tokenAt(doc, host.cue.head).para;
  if (tokenAt(doc, host.cue.last - 1).end > candidateStart(host) || host.stretches[0]!.para !== last.para || (cuePara !== last.para && cuePara !== last.para - 1)) return false;
  // nothing but punctuation after the quote's closing mark in its paragraph
  return onlyPunctuationToParagraphEnd(doc, last.end, last.para) && fillsParagraph(doc, c);
}
