/**
 * A source phrase inside brackets: "Iowa (93 percent of its voters were
 * white, according to exit polls) votes first". The source backs the
 * bracketed aside only, so the content starts after the opening bracket.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { MAX_LOOK } from './shared.js';

/**
 * Where reported content that runs from token `start` up to `end` (the comma
 * or bracket before a source phrase) begins when an opening bracket between
 * them, or at `start` itself ("(Turnout was low, according to ...)"), is
 * still open at `end`: the token after that bracket; else `start`.
 * Looks back a bounded way, as the content start before a cue does (a giant
 * sentence of source phrases stays linear).
 * @internal
 */
export function afterOpenBracket(doc: Doc, start: number, end: number): number {
  let depth = 0;
  for (let k = end - 1; k >= Math.max(start, end - 4 * MAX_LOOK); k--) {
    const v = tokenAt(doc, k).value;
    if (v === ')') depth++;
    else if (v === '(') {
      if (depth === 0) return k + 1;
      depth--;
    }
  }
  return start;
}
