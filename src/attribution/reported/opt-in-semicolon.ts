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
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { clauseStartsAt } from './clause-start.js';
import { LIST_CONJUNCTIONS } from '../../data/function-words.js';

/** Opt-in categories whose content ends at a semicolon. */
const CUT_CATEGORIES: ReadonlySet<string> = new Set(['thought', 'stance']);

/**
 * Cuts the content of the kept thoughts and stances in `list` at its first
 * semicolon outside quotation marks that a clause follows. Semicolons that
 * part the items of a list are kept: after a colon in the content ("three
 * projects: a pier in Ada, Ohio; a ferry ..."), or with a later "; and" or
 * "; or" that closes the list.
 */
export function cutOptInSemicolons(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !CUT_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const part = c.parts[c.parts.length - 1]!;
    const first = tokenAtOrAfter(doc, part.start);
    // a content before its cue ("..., she thinks") is left as it is
    if (first < c.cue.last) continue;
    let end = first;
    while (end < tokenCount(doc) && tokenAt(doc, end).end <= part.end) end++;
    let colon = false;
    for (let k = first + 1; k < end; k++) {
      if (quoted[k]) continue;
      const value = tokenAt(doc, k).value;
      if (value === ':') colon = true;
      if (value !== ';') continue;
      if (colon || closesList(doc, k, end, quoted)) break;
      // the clause after it may run past the content ("; more so, he said ...")
      if (!clauseAfter(doc, k + 1, doc.sentences[tokenAt(doc, k).sent]!.last)) continue;
      c.parts = [...c.parts.slice(0, -1), { start: part.start, end: tokenAt(doc, k - 1).end }];
      break;
    }
  }
}

/**
 * True when a clause starts at `p`, or after a short opening adverb phrase
 * and its comma ("; more so, he said ...", "; still, the council ...").
 */
function clauseAfter(doc: Doc, p: number, end: number): boolean {
  if (clauseStartsAt(doc, p, end)) return true;
  for (let j = p; j < Math.min(end, p + 3); j++) {
    const t = tokenAt(doc, j);
    if (t.value === ',') return j > p && clauseStartsAt(doc, j + 1, end);
    if (!/^(ADV|ADJ|CCONJ)$/.test(t.pos)) return false;
  }
  return false;
}

/** True when a semicolon at or after `k` and before `end` is followed by "and" or "or": the semicolons part a list. */
function closesList(doc: Doc, k: number, end: number, quoted: Readonly<Uint8Array>): boolean {
  for (let j = k; j + 1 < end; j++) if (!quoted[j] && tokenAt(doc, j).value === ';' && LIST_CONJUNCTIONS.has(tokenAt(doc, j + 1).lower)) return true;
  return false;
}
