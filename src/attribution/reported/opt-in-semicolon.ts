/**
 * Content ends of opt-in thoughts and stances at a semicolon: in `Ms. Varga
 * thinks the toll is too high; the council will vote in May.` what follows the
 * semicolon is the narrator's next statement, and the content is "the toll is
 * too high", as annotated news marks it. Findings of evidence keep their
 * semicolons (`The poll found Ms. Varga at 41 percent; Mr. Reyes at 30
 * percent.` goes on with the next figure). Run last, on the kept candidates;
 * only a content after its cue is cut.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';

/** Opt-in categories whose content ends at a semicolon. */
const CUT_CATEGORIES: ReadonlySet<string> = new Set(['thought', 'stance']);

/** Cuts the content of the kept thoughts and stances in `list` at its first semicolon outside quotation marks. */
export function cutOptInSemicolons(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !CUT_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const part = c.parts[c.parts.length - 1]!;
    const first = tokenAtOrAfter(doc, part.start);
    // a content before its cue ("..., she thinks") is left as it is
    if (first < c.cue.last) continue;
    for (let k = first + 1; k < doc.tokens.length && tokenAt(doc, k).end <= part.end; k++) {
      if (quoted[k] || tokenAt(doc, k).value !== ';') continue;
      c.parts = [...c.parts.slice(0, -1), { start: part.start, end: tokenAt(doc, k - 1).end }];
      break;
    }
  }
}
