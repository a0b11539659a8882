/**
 * A reported clause that runs on through a colon or a dash into a quotation
 * attributed on its own: in `Ann Vidal said the levy had lost its purpose:
 * "It no longer funds the schools," she told the board.` the clause after
 * "said" ends at the colon, and the quotation is the quote of its own trailing
 * "she told" (a direct quote, kept). Annotated news marks the two apart: the
 * clause without the quotation, and the quotation by itself (PolNeAR train:
 * 7 such clauses, the quotation a separate item in all 7). This refiner cuts
 * the clause's content before the colon or dash, so that the two no longer
 * share words; a clause left with no quoted words is reported speech
 * (indirect); a clause whose content opens with the colon or dash is
 * dropped (review read84). A quotation with no cue of its own, or whose cue stands inside
 * the clause (`said he heard them shout: "Go home," and left`), stays the
 * clause's. A refiner: run on the kept candidates, after the
 * one-quote-per-span refiner (`src/pipeline.ts`).
 * @internal
 */
import type { Candidate } from '../attribution/candidate.js';
import type { Doc } from '../prepare/document.js';
import { isBlankAt, isSpacedDash, lowerBound, tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';
import { holdsQuoted } from '../marks/quoted-words.js';

/** Where a direct quote's quoted words open: its first opening mark. */
function openOf(c: Candidate): number {
  return c.stretches[0]!.open;
}

/**
 * The offset where the clause's content ends when a colon or a spaced dash
 * stands right before the opening mark at `open` (only white space between),
 * after the content's words start at `from`; `from` itself when the content
 * opens with that colon or dash (nothing is left of it: `The mayor spoke —
 * "It is over," she said.` gave "spoke" the content `— "It is over,"`); -1
 * when no colon or dash stands there.
 */
function cutBefore(doc: Doc, from: number, open: number): number {
  const k = tokenAtOrAfter(doc, open) - 1;
  if (k < 0) return -1;
  const sep = tokenAt(doc, k);
  if (sep.start < from || (sep.value !== ':' && !isSpacedDash(doc, sep))) return -1;
  for (let i = sep.end; i < open; i++) if (!isBlankAt(doc, i)) return -1;
  let end = sep.start;
  while (end > from && isBlankAt(doc, end - 1)) end--;
  return end;
}

/**
 * Cuts the content of each kept reported or mixed candidate in `list` before
 * the colon or dash that opens a kept direct quote attributed after its
 * quoted words by a cue of its own (see the file comment), and makes a clause
 * left with no quoted words indirect. O(n log n) in the number of candidates.
 */
export function cutClausesBeforeQuotes(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  const direct = list
    .filter((c) => c.keep && c.kind === 'direct' && c.cue !== null && c.stretches.length > 0 && tokenAt(doc, c.cue.head).start >= c.stretches[0]!.end)
    .sort((a, b) => openOf(a) - openOf(b));
  if (direct.length === 0) return;
  for (const c of list) {
    if (!c.keep || c.kind === 'direct' || c.parts.length === 0 || !c.rule.startsWith('reported/')) continue;
    const first = c.parts[0]!.start;
    const last = c.parts[c.parts.length - 1]!.end;
    // the first direct quote that opens inside the content
    const d = direct[lowerBound(direct, first + 1, openOf)];
    if (d === undefined || openOf(d) >= last || d.cue === c.cue || (c.cue !== null && d.cue!.head === c.cue.head)) continue;
    const at = c.parts.findIndex((p) => p.start < openOf(d) && openOf(d) < p.end);
    if (at < 0) continue;
    const part = c.parts[at]!;
    const end = cutBefore(doc, part.start, openOf(d));
    if (end < 0) continue;
    // a content that is only the colon or dash and the quotation after it is no report of its own
    if (end === part.start && at === 0) {
      c.keep = false;
      continue;
    }
    c.parts = end === part.start ? c.parts.slice(0, at) : [...c.parts.slice(0, at), { start: part.start, end }];
    if (!holdsQuoted(doc, quoted, c.parts)) c.kind = 'indirect';
  }
}
